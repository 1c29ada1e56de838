"""Facts about the open database for About and the status bar, read in one go.

The window asks for these once per database, off the GUI thread, instead of running SQL each
time About opens.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from asylum_browser.core.engine.repository import Repository


@dataclass(frozen=True)
class DatasetFacts:
    """The dataset's version and date, its schema, licence and how many of each thing it holds."""

    version: str = "unknown"
    date: str = "unknown"
    schema: str | None = None
    licence: str = ""
    counts: dict[str, int] = field(default_factory=dict)  # incidents, sources, missions, disputes
    bundled: bool = True
    file_name: str = ""


def dataset_facts(repository: Repository) -> DatasetFacts:
    """Read the meta table and count the main tables now (not the counts meta recorded)."""
    meta = repository.meta()
    database = repository.database
    return DatasetFacts(meta.get("dataset_version", "unknown"), meta.get("dataset_date", "unknown"),
                        meta.get("schema_version"), meta.get("licence", ""),
                        repository.table_counts(), database.immutable, database.path.name)
