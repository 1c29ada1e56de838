"""The map's incidents as arrays: positions and colours up front, words only when asked.

Building a Python object per incident costs about a second per 100k; the map needs only
world positions, outcome classes and precision to draw. Titles and dates are fetched in blocks
the first time a tooltip or a menu asks for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from asylum_browser.core.model.values import MapPoint

Describe = Callable[[Sequence[int]], dict[int, tuple[str, str, str]]]  # seq -> id, title, date
BLOCK = 500


def world_xy(longitude: npt.NDArray[np.float64], latitude: npt.NDArray[np.float64]
             ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Vectorised core.geo.project."""
    from asylum_browser.core.model.geo import MAX_LATITUDE

    clamped = np.clip(latitude, -MAX_LATITUDE, MAX_LATITUDE)
    sine = np.sin(np.radians(clamped))
    return (longitude + 180.0) / 360.0, 0.5 - np.log((1 + sine) / (1 - sine)) / (4 * np.pi)


def known_positions(latitude: npt.NDArray[np.float64], longitude: npt.NDArray[np.float64]
                    ) -> npt.NDArray[np.bool_]:
    """The rule of core.model.geo.POSITION_SQL over arrays (NaN, the unknown, fails it)."""
    return ((latitude >= -90.0) & (latitude <= 90.0)
            & (longitude >= -180.0) & (longitude <= 180.0))


class CodedValues(Sequence[str | None]):
    """A column as small integer codes and their values: reads like a list of the values, at
    one byte or two per row instead of a Python reference (8 bytes) per row."""

    def __init__(self, codes: npt.NDArray[np.integer[Any]], values: Sequence[str | None]) -> None:
        self.codes = codes
        self.values = tuple(values)

    def __len__(self) -> int:
        return len(self.codes)

    @overload
    def __getitem__(self, index: int) -> str | None: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str | None]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self.values[code] for code in self.codes[index].tolist()]
        return self.values[int(self.codes[index])]


class MapPoints(Sequence[MapPoint]):
    """Incidents with coordinates for one query, indexable like a tuple of MapPoints."""

    def __init__(self, seqs: npt.NDArray[np.int64], latitude: npt.NDArray[np.float64],
                 longitude: npt.NDArray[np.float64], outcomes: Sequence[str | None],
                 precise: npt.NDArray[np.bool_], describe: Describe) -> None:
        self.seqs = seqs
        self.latitude = latitude
        self.longitude = longitude
        self.x, self.y = world_xy(longitude, latitude)
        self.outcomes = outcomes
        self.precise = precise
        self._describe = describe
        self._words: dict[int, tuple[str, str, str]] = {}

    @staticmethod
    def empty() -> MapPoints:
        nothing = np.zeros(0)
        return MapPoints(np.zeros(0, dtype=np.int64), nothing, nothing, (),
                         np.zeros(0, dtype=bool), lambda seqs: {})

    def __len__(self) -> int:
        return len(self.seqs)

    @overload
    def __getitem__(self, index: int) -> MapPoint: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[MapPoint]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        seq = int(self.seqs[index])
        incident_id, title, date_label = self.words(index)
        return MapPoint(seq, incident_id, title, float(self.latitude[index]),
                        float(self.longitude[index]),
                        "mission" if self.precise[index] else "city", self.outcomes[index],
                        date_label)

    def __iter__(self) -> Iterator[MapPoint]:
        return (self[i] for i in range(len(self)))

    def words(self, index: int) -> tuple[str, str, str]:
        """(id, title, date label) of one point, fetched with its block on first use."""
        if index not in self._words:
            start = index - index % BLOCK
            block = [int(s) for s in self.seqs[start:start + BLOCK]]
            found = self._describe(block)
            for offset, seq in enumerate(block):
                self._words[start + offset] = found.get(seq, (str(seq), "", "unknown"))
        return self._words[index]

    def index_of(self, seq: int) -> int | None:
        """Where an incident is, by a vectorised scan (1 ms per million; no big dict)."""
        found = np.flatnonzero(self.seqs == seq)
        return int(found[0]) if len(found) else None
