"""The report review's "Add as a source": where the report goes depends on whose case it is.

A bundled case is never changed, so the report becomes the user's source correction of it
(core/cases/corrections.py), shown in the detail pane and exported with the other corrections.
One of the user's own cases gets the report in its own list of sources.
"""

from __future__ import annotations

from typing import Any

from asylum_browser.core.cases.corrections import CorrectionProblem, is_bundled, source_from_report
from asylum_browser.core.cases.corrections import add as add_correction
from asylum_browser.core.workspace import WorkspaceProblem
from asylum_browser.gui.state import AppState
from asylum_browser.i18n.words import translate
from asylum_browser.paths import records_dir


def add_report_as_source(state: AppState, existing: str, source: dict[str, Any],
                         sentence: str, values: dict[str, str]) -> str | None:
    """What was done, for the status line; None when nothing could be (no workspace, no such
    case). A correction that cannot be kept raises CorrectionProblem with the reason."""
    if is_bundled(records_dir(), existing):
        workspace = state.workspace
        if workspace is None:
            return None
        try:
            add_correction(workspace, source_from_report(records_dir(), existing, source,
                                                         sentence, values))
        except WorkspaceProblem as problem:
            raise CorrectionProblem(str(problem)) from None
        state.corrections_changed.emit()
        return translate("Corrections", "Added this report as your source for {id} (see its "
                                        "details).").format(id=existing)
    case = next((c for c in state.my_cases.cases() if c.get("id") == existing), None)
    if case is None:
        return None
    sources = list(case.get("sources") or [])
    if all(s.get("url") != source["url"] for s in sources):
        sources.append({key: value for key, value in source.items() if value})
    if not state.my_cases.put([{**case, "sources": sources}]):
        return None
    return translate("Corrections", "Added this report to the sources of your case {id}."
                     ).format(id=existing)
