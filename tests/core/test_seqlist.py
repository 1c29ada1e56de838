"""SeqList and CodedValues stand in for a tuple and a list; they must behave like them."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from asylum_browser.core.engine.mapdata import CodedValues
from asylum_browser.core.model.seqlist import SeqList

seq_lists = st.lists(st.integers(min_value=0, max_value=2**40), max_size=60)


@given(seq_lists, st.integers(-70, 70), st.integers(-70, 70), st.integers(-3, 3))
def test_a_seqlist_reads_like_the_tuple_it_holds(values: list[int], start: int, stop: int,
                                                  step: int) -> None:
    ids, reference = SeqList(values), tuple(values)
    assert len(ids) == len(reference) and list(ids) == values
    assert ids == reference and reference == ids and ids == SeqList(values)
    if step != 0:
        assert ids[start:stop:step] == reference[start:stop:step]
    for position in (start, stop):
        if -len(values) <= position < len(values):
            assert ids[position] == reference[position]
            assert type(ids[position]) is int
    for value in values[:5]:
        assert value in ids
        assert ids.index(value) == reference.index(value)
    assert hash(ids) == hash(SeqList(values))


def test_index_honours_start_and_stop_and_refuses_what_is_missing() -> None:
    ids = SeqList([5, 7, 5, 9])
    assert ids.index(5) == 0 and ids.index(5, 1) == 2
    with pytest.raises(ValueError):
        ids.index(9, 0, 3)
    with pytest.raises(ValueError):
        ids.index("5")
    assert "5" not in ids and ids != [5, 7, 5] and ids != "5759"


def test_a_seqlist_cannot_be_changed_through_its_array() -> None:
    source = np.array([1, 2, 3])
    ids = SeqList(source)
    source[0] = 99
    assert ids[0] == 1
    with pytest.raises(ValueError):
        ids.array[0] = 5


def test_coded_values_read_like_the_list_of_values() -> None:
    values = ("detained_by_host", None, "mixed")
    codes = np.array([2, 0, 1, 1], dtype=np.int8)
    coded = CodedValues(codes, values)
    assert list(coded) == ["mixed", "detained_by_host", None, None]
    assert coded[-1] is None and coded[1:3] == ["detained_by_host", None]
