"""A folder a team serves with Datasette: a copy of the database, its metadata and a README.

Why a copy and generated metadata rather than pointing Datasette at the bundled file: the
bundled database is never written (Datasette may create nothing in it, but a team's host is
free to), and the labels, descriptions, facets and search settings come from the same
registry the window reads (model/schema.py), so the site and the app never describe a column
twice. The metadata is metadata.yml, the name Datasette's docs and teams use; it is written
as JSON, which is YAML too (Datasette reads it with its YAML parser), so that a team edits the
file it knows and no YAML library joins the app's dependencies. Nothing here imports Datasette:
it is an optional extra.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asylum_browser.core.model.schema import COLUMNS, FACETS
from asylum_browser.files import atomic_write
from asylum_browser.i18n.words import translate

DATABASE_NAME = "asylum-browser"  # the site's URL path: /asylum-browser/incidents
DATABASE_FILE = f"{DATABASE_NAME}.sqlite"
METADATA_FILE = "metadata.yml"
# The first line of metadata.yml, so that whoever opens it knows why it looks like JSON.
METADATA_HEADER = ("# Datasette metadata written by asylum-browser publish. It is JSON, which is "
                   "also YAML: edit it as either.\n")
README_FILE = "README.md"
FTS_TABLE = "incidents_fts"  # the word index; its rowid is the incident's seq
CC_BY = "https://creativecommons.org/licenses/by/4.0/"


class PublishProblem(Exception):
    """Why the folder could not be written, in words for the user."""


@dataclass(frozen=True)
class PublishedSite:
    folder: Path
    database: Path
    metadata: Path
    readme: Path
    incidents: int


def _meta(database: Path) -> dict[str, str]:
    """The dataset's identity as the build stamped it (the combined database names the
    user's cases in its title)."""
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as db:
            found = {str(key): str(value)
                     for key, value in db.execute("SELECT key, value FROM meta")}
            found["count_incidents"] = str(db.execute("SELECT count(*) FROM incidents")
                                           .fetchone()[0])
            return found
    except sqlite3.Error as error:
        raise PublishProblem(translate("Publish", "cannot read {path}: {error}").format(
            path=database, error=error)) from None


def _column_name(sql: str) -> str:
    return sql.removeprefix("incidents.")


def metadata_for(meta: dict[str, str]) -> dict[str, Any]:
    """Datasette's metadata for the published database, from the schema registry."""
    licence = meta.get("licence", "")
    columns = {_column_name(c.sql): f"{c.label}: {c.description}" if c.description else c.label
               for c in COLUMNS if c.sql.startswith("incidents.")}
    incidents: dict[str, Any] = {
        "title": translate("Publish", "Incidents"),
        "label_column": "title",
        "sort_desc": "date_start_lo",
        "facets": [_column_name(f.sql) for f in FACETS if f.sql.startswith("incidents.")],
        "fts_table": FTS_TABLE,
        "fts_pk": "seq",
        "columns": columns,
    }
    site: dict[str, Any] = {
        "title": meta.get("dataset_title", "Asylum Browser"),
        "description": translate(
            "Publish", "Sourced incidents of asylum bids at diplomatic missions, published "
            "from Asylum Browser (dataset {version} of {date}). Every fact cites its sources "
            "(the incident_sources and sources tables).").format(
                version=meta.get("dataset_version", "?"), date=meta.get("dataset_date", "?")),
        "license": licence,
        "source": translate("Publish", "Asylum Browser dataset {version}").format(
            version=meta.get("dataset_version", "?")),
        "databases": {DATABASE_NAME: {"tables": {
            "incidents": incidents,
            "countries": {"label_column": "name"},
            "cities": {"label_column": "name"},
        }}},
        "plugins": {"datasette-cluster-map": {"latitude_column": "latitude",
                                              "longitude_column": "longitude"}},
    }
    url = licence_url(licence)
    if url is not None:
        site["license_url"] = url
    return site


def licence_url(licence: str) -> str | None:
    """The URL of the licence the meta table's words name, when the program knows it (the
    Datasette site and the export's data package link the same one)."""
    return CC_BY if "CC BY 4.0" in licence else None


def readme_text(meta: dict[str, str], with_my_cases: bool) -> str:
    """What the team needs to serve, publish and correct the site."""
    mine = translate("Publish", "It includes the cases of the person who published it "
                     "(origin = mine).\n") if with_my_cases else ""
    return translate("Publish", """# {title}

This folder was written by `asylum-browser publish`: a copy of the Asylum Browser database
({database}), its Datasette metadata ({metadata}) and this README.
{mine}
## Serve it for your team

From this folder:

    pip install 'asylum-browser[publish]'   # or: pip install datasette datasette-cluster-map
    datasette serve -i {database} --metadata {metadata}

`-i` (immutable) serves the file read-only: no one can write to it through the site.

## Publish it

`datasette publish` sends the same two files to a host of your choice, for example
`datasette publish cloudrun {database} --metadata {metadata} --install datasette-cluster-map`.
Published databases are served immutably.

## Corrections

The site is read-only. Corrections come back as the TOML records that Asylum Browser's
"Export my corrections" writes; send them as a pull request to the dataset's repository,
where they are reviewed in git like every other record.
""").format(title=meta.get("dataset_title", "Asylum Browser"), database=DATABASE_FILE,
            metadata=METADATA_FILE, mine=mine)


def _prepare(folder: Path, force: bool) -> None:
    if folder.exists() and not folder.is_dir():
        raise PublishProblem(translate("Publish", "{path} is a file, not a folder").format(
            path=folder))
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise PublishProblem(translate(
            "Publish", "{path} is not empty; name an empty or new folder, or add --force to "
            "write into it").format(path=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PublishProblem(translate("Publish", "cannot create {path}: {error}").format(
            path=folder, error=error.strerror or error)) from None


def publish(source: Path, folder: Path, *, with_my_cases: bool = False,
            force: bool = False) -> PublishedSite:
    """Write the site into ``folder`` from ``source`` (only read, never written)."""
    _prepare(folder, force)
    meta = _meta(source)
    database = folder / DATABASE_FILE
    metadata = folder / METADATA_FILE
    readme = folder / README_FILE
    try:
        database.unlink(missing_ok=True)  # --force over a read-only copy from before
        shutil.copyfile(source, database)
        with atomic_write(metadata, "w", encoding="utf-8") as stream:
            stream.write(METADATA_HEADER
                         + json.dumps(metadata_for(meta), ensure_ascii=False, indent=2) + "\n")
        with atomic_write(readme, "w", encoding="utf-8") as stream:
            stream.write(readme_text(meta, with_my_cases))
    except OSError as error:
        raise PublishProblem(translate("Publish", "cannot write into {path}: {error}").format(
            path=folder, error=error.strerror or error)) from None
    return PublishedSite(folder, database, metadata, readme,
                         int(meta.get("count_incidents", "0") or 0))
