"""A map-area filter reads as the cities on record inside it, not as four-decimal degrees."""

from __future__ import annotations

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.query.describe import area_words, describe_query
from asylum_browser.core.query.editing import chips
from asylum_browser.core.query.parser import parse_query

SUVA, APIA, NUKUALOFA = ("Suva", -18.14, 178.44), ("Apia", -13.83, -171.77), (
    "Nuku'alofa", -21.14, -175.2)


def test_a_box_around_beijing_is_the_map_area_around_beijing() -> None:
    places = Repository(open_database()).cities()
    query = "embassy within:39.5,115.9,40.3,116.9"
    assert [chip.label for chip in chips(query, places)] == [
        "“embassy”", "map area around Beijing"]
    assert describe_query(parse_query(query), places) == (
        "incidents where the text contains “embassy” and the map position is around Beijing")


def test_a_box_without_cities_gives_rounded_degrees() -> None:
    places = Repository(open_database()).cities()
    [chip] = chips("within:0.2528,-65.5744,12.3111,-60.1234", places)
    assert chip.label == "map area 0.3°N–12.3°N, 65.6°W–60.1°W"


def test_cities_are_named_nearest_the_centre_first_and_counted_past_three() -> None:
    places = [("Far", 1.0, 9.0), ("Near", 5.1, 5.1), ("Middle", 3.0, 3.0)]
    assert area_words("0,0,10,10", places) == "around Near, Middle and Far"
    assert area_words("0,0,10,10", [*places, ("Edge", 9.9, 0.1)]) == (
        "around Near and 3 other cities")
    assert area_words("20,20,30,30", places) is None


def test_a_box_across_the_180_meridian_finds_the_cities_on_both_sides() -> None:
    # west 175°E, east 170°W: Suva (178°E) and Apia (172°W) are in, Nuku'alofa (175°W) too.
    assert area_words("-25,175,-10,-170", [APIA, SUVA, NUKUALOFA]) == (
        "around Suva, Nuku'alofa and Apia")
    assert area_words("-25,175,-10,-174", [APIA, SUVA]) == "around Suva"
