"""`asylum-browser cite QUERY`: the matched incidents cited as records of the dataset, with
the sources they cite, as CSL-JSON, BibTeX (biblatex), RIS or a Chicago-like reference list.

Its own module beside cli.py (near its size limit), registered on the same group; it reuses
the search helpers of cli.py, imported when the command runs, since cli.py imports this
module at its end.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from asylum_browser.core.export.citation_formats import FORMATS
from asylum_browser.core.export.citations import DatasetInfo, citation_items
from asylum_browser.core.export.writer import ExportError
from asylum_browser.files import atomic_write
from asylum_browser.terminal import echo


@click.command("cite")
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@click.option("--format", "output", type=click.Choice(sorted(FORMATS)), default="text",
              show_default=True, help="csl-json, bibtex (biblatex), ris or text (a "
                                      "Chicago-like reference list).")
@click.option("-o", "--output", "target", type=click.Path(path_type=Path), default=None,
              help="Write to this file instead of the terminal.")
@click.option("--records-only", is_flag=True, help="Cite only the incidents as records of "
                                                   "the dataset, not their sources.")
@click.option("--sources-only", is_flag=True, help="Cite only the sources of the incidents.")
@click.option("--db", "db_path", type=click.Path(path_type=Path, readable=False),
              default=None, help="Read another compatible database instead of the bundled one.")
def cite_command(query: tuple[str, ...], output: str, target: Path | None, records_only: bool,
                 sources_only: bool, db_path: Path | None) -> None:
    """Cite the incidents matching QUERY (all without one) and their sources."""
    from asylum_browser.cli import _searching_repository, _spec, _with_workspace

    if records_only and sources_only:
        raise click.UsageError("give --records-only or --sources-only, not both")
    repository = _searching_repository(db_path)
    spec = _with_workspace(_spec(query, None), repository)
    incidents = [incident for row in repository.rows(repository.ids_for(spec))
                 if (incident := repository.incident(str(row["id"]))) is not None]
    items = citation_items(incidents, DatasetInfo.from_meta(repository.meta()), date.today(),
                           records=not sources_only, sources=not records_only)
    if not incidents:
        echo("asylum-browser: no incident matches; nothing to cite", err=True)
    text = FORMATS[output](items)
    if target is None:
        echo(text.rstrip("\n"))
        return
    try:
        with atomic_write(target, "w", encoding="utf-8") as stream:
            stream.write(text)
    except OSError as error:
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from None
    echo(f"Wrote {len(items)} citation{'' if len(items) == 1 else 's'} of "
         f"{len(incidents)} incident{'' if len(incidents) == 1 else 's'} to {target}", err=True)
