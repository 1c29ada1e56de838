"""From a news report to draft incidents, with the evidence for every field (issue 18).

Rules over the open database's own names and vocabularies, no network and no model: see
extractor.py for the entry point and drafts.py for what it returns.
"""

from asylum_browser.core.extract.drafts import FIELDS, Draft, Extraction
from asylum_browser.core.extract.extractor import EmptyReport, Extractor, extract
from asylum_browser.core.extract.reading import Report, ReportProblem, read_report
from asylum_browser.core.extract.spans import Evidence

__all__ = ["FIELDS", "Draft", "EmptyReport", "Evidence", "Extraction", "Extractor", "Report",
           "ReportProblem", "extract", "read_report"]
