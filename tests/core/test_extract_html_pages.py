"""An HTML report as pages are really built: the story is the <article> (or <main>), not the
site's menus, teasers, scripts and footer; the page's publication day comes from its metadata
(article:published_time, a JSON-LD datePublished) and dates "Tuesday"; entities, non-breaking
spaces, <br> and list items read as a reader sees them."""

from __future__ import annotations

from pathlib import Path

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Extractor
from asylum_browser.core.extract.reading import html_to_report, read_report

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "tuning" / \
    "caracas_page_furniture.html"


def test_the_story_is_read_and_the_page_furniture_is_not() -> None:
    report = read_report(PAGE)
    text = report.text
    assert text.startswith("Opposition figures shelter at Argentine embassy\n\n")
    assert "CARACAS — Six Venezuelan" in text and "ambassador’s residence" in text
    for furniture in ("World", "Most read", "Mexican embassy in Quito", "French embassy",
                      "All rights reserved", "Search", "Share", "Reporting by", "analytics"):
        assert furniture not in text, furniture
    # <br> breaks the line inside its paragraph; each list item is a paragraph of its own.
    assert "overnight.\nThe aides were inside" in text
    assert "\n\nsafe conduct for the six to leave the country\n\nthe release" in text
    assert "The government called" in text  # &nbsp; is a space
    assert report.published == "2031-04-16"  # JSON-LD datePublished, not dateModified


def test_the_page_dates_the_drafts_and_the_teaser_makes_none(repository: Repository) -> None:
    report = read_report(PAGE)
    (draft,) = Extractor.from_repository(repository).extract(
        report.text, published=report.published).drafts
    assert (draft.get("sending_state"), draft.get("mission_type"), draft.get("date_start"),
            draft.get("people_count")) == ("AR", "ambassadors_residence", "2031-04-15", 6)


def test_metadata_wins_over_a_time_tag_and_main_is_the_story_without_an_article() -> None:
    page = ("<html><head><meta name='viewport' content='width=device-width'>"
            "<meta itemprop='datePublished' content='2026-02-03T10:00:00Z'></head><body>"
            "<nav><ul><li>Home</li></ul></nav><div class='promo'>Subscribe now</div>"
            "<main><p>PHNOM PENH &ndash; Two men entered the French embassy on "
            "<time datetime='2026-02-02'>Monday</time>.</p></main>"
            "<footer>Contact us</footer></body></html>")
    report = html_to_report(page)
    assert report.text == "PHNOM PENH – Two men entered the French embassy on Monday."
    assert report.published == "2026-02-03"
    bare = html_to_report("<body><header>The Wire</header><nav>Home</nav><aside>Ads</aside>"
                          "<p>Seen <time datetime='2026-02-02'>Monday</time>.</p>"
                          "<p>A&#8203;B&shy;C &amp; D</p></body>")
    assert bare.published == "2026-02-02" and bare.text == "Seen Monday.\n\nABC & D"


def test_of_several_articles_the_longest_is_the_story() -> None:
    page = ("<body><article><p>Teaser: a short headline elsewhere.</p></article>"
            "<article><header><h1>The headline</h1></header><p>" + "Words of the story. " * 30
            + "</p></article><article><p>Another teaser.</p></article></body>")
    text = html_to_report(page).text
    assert text.startswith("The headline\n\nWords of the story.") and "easer" not in text
