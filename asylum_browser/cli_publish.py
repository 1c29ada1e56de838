"""`asylum-browser publish DIR`: a folder a team serves with Datasette (docs/publish.md).

The logic is in core/export/publish.py; this module only picks the database (the bundled one,
or the bundled cases with the user's own when --with-my-cases asks) and reports.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from asylum_browser.core.cases.combined import open_with_my_cases
from asylum_browser.core.export.publish import PublishProblem, publish
from asylum_browser.core.workspace import Workspace, WorkspaceProblem
from asylum_browser.i18n.words import translate
from asylum_browser.paths import bundled_db_path
from asylum_browser.terminal import echo

EXIT_PUBLISH = 13


def _fail(message: str) -> None:
    echo(f"asylum-browser: {message}", err=True)
    sys.exit(EXIT_PUBLISH)


def _source(with_my_cases: bool) -> Path:
    """The file to copy: the user's cases need the combined database, built from them."""
    if not with_my_cases:
        return bundled_db_path()
    try:
        workspace = Workspace.open_existing()
    except WorkspaceProblem as problem:
        _fail(str(problem))
    if workspace is None or not workspace.my_cases():
        _fail(translate("Publish", "--with-my-cases: you have no cases of your own yet "
                        "(add some with: asylum-browser cases add FILE.json)"))
    return open_with_my_cases(workspace).path


@click.command("publish")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--with-my-cases", is_flag=True,
              help="Publish your own cases beside the bundled ones.")
@click.option("--force", is_flag=True, help="Write into FOLDER even if it is not empty.")
def publish_command(folder: Path, with_my_cases: bool, force: bool) -> None:
    """Write FOLDER for Datasette: the database, metadata.yml and a README for the team."""
    try:
        site = publish(_source(with_my_cases), folder, with_my_cases=with_my_cases,
                       force=force)
    except PublishProblem as problem:
        _fail(str(problem))
        return
    echo(translate("Publish", "Wrote {count} incidents to {folder}; serve them with:\n"
                   "  datasette serve -i {database} --metadata {metadata}").format(
        count=site.incidents, folder=site.folder, database=site.database,
        metadata=site.metadata))
