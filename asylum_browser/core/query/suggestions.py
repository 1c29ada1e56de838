"""Hints for a query that found nothing: which field values name nothing, and what is close.

The window shows these over an empty table. They are worked out from the names vocabulary the
engine matches against, with the engine's own rule (an exact name, or a name the value begins
word by word), so a hint never calls a value unknown that the engine would have matched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from asylum_browser.core.model.fields import FIELDS, FieldKind, TermKind, field_label
from asylum_browser.core.model.text import normalise
from asylum_browser.core.model.values import QuerySpec
from asylum_browser.i18n.words import tr

NamesOf = Callable[[str], Sequence[tuple[str, str]]]  # vocabulary -> (name, name_norm) pairs


@dataclass(frozen=True)
class UnknownValue:
    """A field value that names nothing, with the closest known name (or None)."""

    field: str
    value: str
    closest: str | None

    @property
    def text(self) -> str:
        label = field_label(FIELDS[self.field])
        said = tr("“{value}” is not a known {field}.").format(value=self.value, field=label)
        if not self.closest:
            return said
        return said + " " + tr("Did you mean “{closest}”?").format(closest=self.closest)


def names_something(value: str, names: Sequence[tuple[str, str]]) -> bool:
    """Whether the engine would match ``value`` to a name (exactly, or as its first words)."""
    wanted = normalise(value)
    return any(norm == wanted or norm.startswith(wanted + " ") for _name, norm in names)


def edit_distance(a: str, b: str) -> int:
    """Edits (insert, delete, change, swap two neighbours) from ``a`` to ``b``: a typo's
    swapped letters are one slip, which difflib's ratio does not see ("chian" is China)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def closest_name(value: str, names: Sequence[tuple[str, str]]) -> str | None:
    """The known name fewest slips away from ``value`` (at most one per three letters);
    codes (two or three letters) are never offered."""
    wanted = normalise(value)
    allowed = max(1, len(wanted) // 3)
    scored = sorted((edit_distance(wanted, norm), norm, name) for name, norm in names
                    if len(norm) > 3 and abs(len(norm) - len(wanted)) <= allowed)
    return scored[0][2] if scored and scored[0][0] <= allowed else None


def unknown_values(spec: QuerySpec, names_of: NamesOf) -> list[UnknownValue]:
    """Every included names-field value of the query that names nothing in its vocabulary."""
    found = []
    for clause in spec.clauses:
        for term in clause:
            definition = FIELDS.get(term.field or "")
            if (term.kind is not TermKind.FIELD or term.unknown or term.negated
                    or definition is None or definition.kind is not FieldKind.NAMES
                    or definition.vocabulary is None):
                continue
            names = names_of(definition.vocabulary)
            if not names_something(term.value, names):
                found.append(UnknownValue(definition.name, term.value,
                                          closest_name(term.value, names)))
    return found
