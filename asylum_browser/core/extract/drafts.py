"""What the extractor proposes: one draft per incident, each field with its evidence.

Plain frozen data, so a worker thread can hand an :class:`Extraction` to the window, which
highlights ``evidence`` spans in the text and shows ``sentence_of`` beside each field.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from asylum_browser.core.extract.spans import Evidence

# The record's own field names, in the order a draft shows them.
FIELDS = ("date_start", "city", "host_country", "sending_state", "mission_type", "people_count",
          "people_note", "seekers_nationality", "entry_method", "host_response", "outcome",
          "outcome_class")
ROLES = ("main", "background")


@dataclass(frozen=True)
class Draft:
    """A proposed incident. ``existing_id`` names the bundled incident it tells, when there is
    one: the report is then offered as a source of that case instead of a new one."""

    role: str
    existing_id: str | None
    values: dict[str, Any]
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        """A field's value, None when the report did not fill it."""
        return self.values.get(name)

    def to_json(self) -> dict[str, Any]:
        """The draft as --json prints it: every field (null when unfilled) and the evidence of
        each filled one."""
        out: dict[str, Any] = {"role": self.role, "existing_id": self.existing_id,
                               "add_as_source": self.existing_id is not None}
        for name in FIELDS:
            out[name] = self.values.get(name)
        out["evidence"] = {name: self.evidence[name].to_json() for name in FIELDS
                           if name in self.evidence}
        return out


@dataclass(frozen=True)
class Extraction:
    """The drafts of one report, with the dateline and language they were read with."""

    text: str
    dateline: str | None
    dateline_evidence: Evidence | None
    language: str
    drafts: tuple[Draft, ...]
    sentences: tuple[tuple[int, int], ...] = ()
    # The case whose year a yearless dateline took ("May 9" of the 2002 Shenyang case).
    dateline_from: str | None = None

    def sentence_of(self, evidence: Evidence) -> Evidence:
        """The sentence an evidence span stands in (the span itself if it is in none)."""
        starts = [start for start, _ in self.sentences]
        index = bisect.bisect_right(starts, evidence.start) - 1
        if index >= 0:
            start, end = self.sentences[index]
            if start <= evidence.start < end or evidence.start == start:
                return Evidence(start, max(end, evidence.end),
                                self.text[start:max(end, evidence.end)])
        return evidence

    def to_json(self) -> dict[str, Any]:
        """{"dateline", "language", "drafts"} as docs/cli.md describes."""
        return {"dateline": self.dateline,
                "dateline_evidence": (self.dateline_evidence.to_json()
                                      if self.dateline_evidence else None),
                "dateline_from": self.dateline_from,
                "language": self.language,
                "drafts": [draft.to_json() for draft in self.drafts]}
