"""Tests for signposting.places: the bundled gazetteer, loading checks and
turning what people write into one of Cheshire's four council areas.

Place-to-area facts come from the sources named in signposting/data/places.yml.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from signposting.areas import LOCAL_AREAS, SERVICE_AREAS
from signposting.places import (
    DEFAULT_PATH,
    Gazetteer,
    PlaceMatch,
    PlacesError,
    area_for,
    load_places,
)

EAST = "cheshire_east"
WEST = "cheshire_west_and_chester"
WARRINGTON = "warrington"
HALTON = "halton"


def local(area: str, place: str) -> PlaceMatch:
    return PlaceMatch(area=area, place=place, status="local")


def ambiguous(place: str, *candidates: str) -> PlaceMatch:
    return PlaceMatch(place=place, status="ambiguous", candidates=candidates)


def outside(place: str) -> PlaceMatch:
    return PlaceMatch(place=place, status="outside")


UNKNOWN = PlaceMatch()


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_places()


# ---------------------------------------------------------------------------
# Towns and villages, one table per area


@pytest.mark.parametrize(
    ("text", "area", "place"),
    [
        # Cheshire East: main towns (Wikipedia "Cheshire East") and villages
        ("Crewe", EAST, "Crewe"),
        ("Macclesfield", EAST, "Macclesfield"),
        ("macc", EAST, "Macclesfield"),
        ("Congleton", EAST, "Congleton"),
        ("Wilmslow", EAST, "Wilmslow"),
        ("Nantwich", EAST, "Nantwich"),
        ("Sandbach", EAST, "Sandbach"),
        ("Knutsford", EAST, "Knutsford"),
        ("Poynton", EAST, "Poynton"),
        ("Alsager", EAST, "Alsager"),
        ("Middlewich", EAST, "Middlewich"),
        ("Handforth", EAST, "Handforth"),
        ("Bollington", EAST, "Bollington"),
        ("Holmes Chapel", EAST, "Holmes Chapel"),
        ("Alderley Edge", EAST, "Alderley Edge"),
        ("Disley", EAST, "Disley"),
        ("Audlem", EAST, "Audlem"),
        ("Prestbury", EAST, "Prestbury"),
        # Cheshire West and Chester (Wikipedia, LGBCE ward names)
        ("Chester", WEST, "Chester"),
        ("Ellesmere Port", WEST, "Ellesmere Port"),
        ("Northwich", WEST, "Northwich"),
        ("Winsford", WEST, "Winsford"),
        ("Frodsham", WEST, "Frodsham"),
        ("Neston", WEST, "Neston"),
        ("Little Neston", WEST, "Little Neston"),
        ("Helsby", WEST, "Helsby"),
        ("Tarporley", WEST, "Tarporley"),
        ("Malpas", WEST, "Malpas"),
        ("Kelsall", WEST, "Kelsall"),
        ("Hoole", WEST, "Hoole"),
        ("Blacon", WEST, "Blacon"),
        ("Upton-by-Chester", WEST, "Upton-by-Chester"),
        ("upton by chester", WEST, "Upton-by-Chester"),
        # Warrington
        ("Warrington", WARRINGTON, "Warrington"),
        ("Lymm", WARRINGTON, "Lymm"),
        ("Great Sankey", WARRINGTON, "Great Sankey"),
        ("Penketh", WARRINGTON, "Penketh"),
        ("Birchwood", WARRINGTON, "Birchwood"),
        ("Culcheth", WARRINGTON, "Culcheth"),
        ("Padgate", WARRINGTON, "Padgate"),
        ("Stockton Heath", WARRINGTON, "Stockton Heath"),
        ("Burtonwood", WARRINGTON, "Burtonwood"),
        ("Woolston", WARRINGTON, "Woolston"),
        # Halton (Wikipedia "Borough of Halton"; ward names)
        ("Runcorn", HALTON, "Runcorn"),
        ("Widnes", HALTON, "Widnes"),
        ("Halton Lea", HALTON, "Halton Lea"),
        ("Murdishaw", HALTON, "Murdishaw"),
        ("Hale Village", HALTON, "Hale Village"),
        ("Halebank", HALTON, "Halebank"),
        ("hale bank", HALTON, "Halebank"),
        ("Daresbury", HALTON, "Daresbury"),
        # council names
        ("Cheshire East", EAST, "Cheshire East"),
        ("east cheshire", EAST, "Cheshire East"),
        ("cheshire west and chester", WEST, "Cheshire West and Chester"),
        ("Cheshire West & Chester", WEST, "Cheshire West and Chester"),
        ("cwac", WEST, "Cheshire West and Chester"),
        ("Halton", HALTON, "Halton"),
    ],
)
def test_towns_and_villages_map_to_their_area(text: str, area: str, place: str) -> None:
    assert area_for(text) == local(area, place)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anything in warrington?", local(WARRINGTON, "Warrington")),
        ("im in Crewe", local(EAST, "Crewe")),
        ("i live near macclesfield", local(EAST, "Macclesfield")),
        ("ellesmere port", local(WEST, "Ellesmere Port")),
        ("Runcorn pls", local(HALTON, "Runcorn")),
        ("I LIVE IN CHESTER", local(WEST, "Chester")),
        ("we moved to Holmes Chapel last year", local(EAST, "Holmes Chapel")),
        ("i'm in warrington's town centre", local(WARRINGTON, "Warrington")),
        ("crewe or nantwich, either", local(EAST, "Crewe")),
        ("Little Neston, near Neston", local(WEST, "Little Neston")),
        ("ellesmereport", local(WEST, "Ellesmere Port")),  # space left out
        ("i live on liverpool road in crewe", local(EAST, "Crewe")),  # a street, not a city
    ],
)
def test_place_names_are_found_in_free_text(text: str, expected: PlaceMatch) -> None:
    assert area_for(text) == expected


# ---------------------------------------------------------------------------
# Postcodes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # full postcodes, with and without the space, any case
        ("WA4 6RT", local(WARRINGTON, "WA4")),
        ("wa46rt", local(WARRINGTON, "WA4")),
        ("CW1 2AB", local(EAST, "CW1")),
        ("cw12ab", local(EAST, "CW1")),  # CW1 2AB, not CW12
        ("cw12 3ab", local(EAST, "CW12")),
        ("CW123AB", local(EAST, "CW12")),
        ("my postcode is sk10 1pj", local(EAST, "SK10")),
        ("CH2 3AB", local(WEST, "CH2")),
        ("ch65 0aa", local(WEST, "CH65")),
        ("WA7 1AA", local(HALTON, "WA7")),
        ("wa8 7tt", local(HALTON, "WA8")),
        ("WA13 0AB", local(WARRINGTON, "WA13")),
        ("CW8 1AA", local(WEST, "CW8")),
        # outward codes alone
        ("CW1", local(EAST, "CW1")),
        ("sk10", local(EAST, "SK10")),
        ("SK9", local(EAST, "SK9")),
        ("WA16", local(EAST, "WA16")),
        ("CH64", local(WEST, "CH64")),
        ("wa6", local(WEST, "WA6")),
        ("SY14", local(WEST, "SY14")),
        ("im in WA1", local(WARRINGTON, "WA1")),
        ("WA2 area", local(WARRINGTON, "WA2")),
        ("wa7", local(HALTON, "WA7")),
        ("WA8", local(HALTON, "WA8")),
    ],
)
def test_postcodes_map_to_their_area(text: str, expected: PlaceMatch) -> None:
    assert area_for(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i'm in chester, CW1 2AB", local(EAST, "CW1")),  # a full postcode beats a name
        ("chester ch4", local(WEST, "Chester")),  # a name beats an outward code
    ],
)
def test_postcode_and_name_priority(text: str, expected: PlaceMatch) -> None:
    assert area_for(text) == expected


# ---------------------------------------------------------------------------
# Ambiguous: straddling districts and shared names are never guessed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # districts split between an area and somewhere outside Cheshire
        ("CH4", ambiguous("CH4", WEST)),  # Chester / Flintshire (Saltney, Broughton)
        ("CH4 8AB", ambiguous("CH4", WEST)),
        ("CW3", ambiguous("CW3", EAST)),  # Audlem / Madeley, Betley, Woore
        ("WA3 1AB", ambiguous("WA3", WARRINGTON)),  # Birchwood, Culcheth / Golborne, Lowton
        ("ST7", ambiguous("ST7", EAST)),  # Alsager / Kidsgrove, Talke
        ("st7 2ab", ambiguous("ST7", EAST)),
        ("L24 4AB", ambiguous("L24", HALTON)),  # Hale / Speke
        # shared place names
        ("i live in hale", ambiguous("Hale", HALTON)),  # Halton, or Hale near Altrincham
        ("Weston", ambiguous("Weston", HALTON, EAST)),  # Runcorn or near Crewe
        ("willaston", ambiguous("Willaston", EAST, WEST)),
        ("Appleton", ambiguous("Appleton", WARRINGTON, HALTON)),
        ("upton", ambiguous("Upton", WEST)),  # Upton-by-Chester or Upton, Wirral
        ("Farnworth", ambiguous("Farnworth", HALTON)),  # Widnes or Bolton
        ("Mow Cop", ambiguous("Mow Cop", EAST)),
        ("i live in cheshire", ambiguous("Cheshire", EAST, WEST, WARRINGTON, HALTON)),
        # different areas, or Cheshire and elsewhere, in one message
        ("runcorn or warrington", ambiguous("Runcorn", HALTON, WARRINGTON)),
        ("i live in crewe, he's from stoke", ambiguous("Crewe", EAST)),
        ("WA4 6RT or CW1 2AB", ambiguous("WA4", WARRINGTON, EAST)),
    ],
)
def test_ambiguous_places_list_candidates_instead_of_guessing(
    text: str, expected: PlaceMatch
) -> None:
    match = area_for(text)
    assert match == expected
    assert match.area is None


# ---------------------------------------------------------------------------
# Outside Cheshire


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("i live in manchester", "Manchester"),
        ("Liverpool", "Liverpool"),
        ("stockport", "Stockport"),
        ("on the wirral", "Wirral"),
        ("Birkenhead", "Birkenhead"),
        ("wrexham", "Wrexham"),
        ("London", "London"),
        ("Stoke", "Stoke"),
        ("stoke-on-trent", "Stoke-on-Trent"),
        ("Altrincham", "Altrincham"),
        ("hale barns", "Hale Barns"),  # longest name wins over "Hale"
        ("Halewood", "Halewood"),  # not "Hale"
        ("St. Helens", "St Helens"),
        ("newton-le-willows", "Newton-le-Willows"),
        ("Connah's Quay", "Connah's Quay"),
        ("chester-le-street", "Chester-le-Street"),  # not Chester
        ("manchster", "Manchester"),  # typo
        # postcodes: Wirral, Flintshire, St Helens, Trafford, Stockport
        ("CH41 1AA", "CH41"),
        ("ch62", "CH62"),
        ("CH5 1AA", "CH5"),
        ("ch7", "CH7"),
        ("WA10 1AA", "WA10"),
        ("WA14", "WA14"),
        ("SK1 3XE", "SK1"),
        ("sk7", "SK7"),
        ("L1 8JQ", "L1"),
        ("L9", "L9"),
        ("l36 9aa", "L36"),  # unlisted L district: Liverpool area
        ("ST1 1AA", "ST1"),  # unlisted ST district: Staffordshire
        # full postcodes in areas that never reach Cheshire
        ("M1 1AE", "M1"),
        ("SW1A 1AA", "SW1A"),
        ("ll11 1aa", "LL11"),
    ],
)
def test_places_outside_cheshire(text: str, place: str) -> None:
    assert area_for(text) == outside(place)


# ---------------------------------------------------------------------------
# Never matching inside other words, typos, and what is not a place


@pytest.mark.parametrize(
    "text",
    [
        "i saw a whale",
        "the shale path",
        "olympic park",
        "chesterfield",
        "winchester",
        "dorchester",
        "rochester",
        "screwed up",
        "a crew cab",  # "crew" is too short to be a typo of Crewe
        "lymmington",
        "he came to the halloween party",
        "whales",
        "bacon sandwich",  # five letters: too short to be a typo of Blacon
        "i love disney",  # ordinary words one letter from a place: not_typos
        "the gap widens",
        "a rainbow",
        "the delete button",
        "he drives a bentley",
        "his name is anderson",
        "it's going to rain now",  # not "Rainow": multi-word typos are word by word
        "can someone else report it for me",  # not "Elsmere Port"
    ],
)
def test_place_names_do_not_match_inside_other_words(text: str) -> None:
    assert area_for(text) == UNKNOWN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("warington", local(WARRINGTON, "Warrington")),
        ("im in warrinton", local(WARRINGTON, "Warrington")),
        ("maccelsfield", local(EAST, "Macclesfield")),
        ("macclesfeild", local(EAST, "Macclesfield")),
        ("nantwhich", local(EAST, "Nantwich")),
        ("knutsfrod", local(EAST, "Knutsford")),
        ("wimslow", local(EAST, "Wilmslow")),
        ("runcon", local(HALTON, "Runcorn")),
        ("widness", local(HALTON, "Widnes")),
        ("elsmere port", local(WEST, "Ellesmere Port")),
        ("elesmere port", local(WEST, "Ellesmere Port")),
        ("stockton heth", local(WARRINGTON, "Stockton Heath")),
        ("alderly edge", local(EAST, "Alderley Edge")),
        ("chesters", local(WEST, "Chester")),
        ("cheshre", ambiguous("Cheshire", EAST, WEST, WARRINGTON, HALTON)),
    ],
)
def test_one_typo_is_forgiven_in_longer_names(text: str, expected: PlaceMatch) -> None:
    assert area_for(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "help me",
        "he follows me everywhere",
        "he keeps texting me at night",
        "call me b4 2pm",  # not a Birmingham postcode: inward codes never use M
        "he's always l8",  # text-speak, not Liverpool L8
        "sk8 park",  # text-speak, not SK8
        "he followed me down the M6",  # motorway, not a Salford postcode
        "CW99 1AA",  # no such district listed: not guessed
        "WA55",
        "chester road",  # a street name only
        "liverpool fc",
    ],
)
def test_no_place_gives_unknown(text: str) -> None:
    assert area_for(text) == UNKNOWN


def test_place_match_is_frozen() -> None:
    match = area_for("Crewe")
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.area = "halton"  # type: ignore[misc]


# ---------------------------------------------------------------------------
# The bundled file


def test_bundled_file_loads_and_is_cached(gazetteer: Gazetteer) -> None:
    assert gazetteer.path == DEFAULT_PATH
    assert load_places() is gazetteer


@pytest.mark.parametrize("area", LOCAL_AREAS)
def test_every_place_area_has_local_services(area: str) -> None:
    # A place that resolves to an area the directory has nothing for would
    # promise local help and give none.
    from signposting.directory import load_directory

    assert area in SERVICE_AREAS
    assert any(area in service.areas for service in load_directory())


@pytest.mark.parametrize("area", LOCAL_AREAS)
def test_every_area_has_places_and_districts(gazetteer: Gazetteer, area: str) -> None:
    places = [place for _, place in gazetteer.places if place.area == area]
    districts = [d for d in gazetteer.districts.values() if d.area == area]
    assert len(places) >= 10
    assert districts


def test_every_section_has_a_source_and_the_compile_date() -> None:
    raw = YAML(typ="safe", pure=True).load(DEFAULT_PATH.read_text(encoding="utf-8"))
    sections = [*raw["places"], *raw["postcode_areas"], raw["other_postcode_areas"]]
    for section in sections:
        assert section["source"].strip()
        assert section["last_verified"] == date(2026, 11, 21)


def test_header_tells_deployers_to_verify() -> None:
    header = DEFAULT_PATH.read_text(encoding="utf-8").split("\nplaces:")[0]
    assert "VERIFY THIS FILE BEFORE GOING LIVE" in header


def test_entries_without_a_source_are_listed_as_unverified(gazetteer: Gazetteer) -> None:
    unverified = gazetteer.unverified()
    assert {"WA7", "WA8", "L24", "Murdishaw", "London"} <= set(unverified)
    assert "Crewe" not in unverified
    assert "CW1" not in unverified


# ---------------------------------------------------------------------------
# Loading checks


def _document(**changes: object) -> dict:
    document = {
        "places": [
            {
                "section": "test_places",
                "area": "halton",
                "source": "https://example.org/places",
                "last_verified": "2026-11-21",
                "names": ["Runcorn", {"name": "Widnes", "aliases": ["Widdnes"]}],
            }
        ],
        "postcode_areas": [
            {
                "area_code": "WA",
                "unlisted": "unknown",
                "source": "https://example.org/wa",
                "last_verified": "2026-11-21",
                "districts": [{"district": "WA7", "area": "halton"}],
            }
        ],
        "other_postcode_areas": {
            "source": "https://example.org/areas",
            "last_verified": "2026-11-21",
            "codes": ["M"],
        },
        "not_typos": [],
    }
    document.update(changes)
    return document


def _with_place(entry: object) -> dict:
    document = _document()
    document["places"][0]["names"].append(entry)
    return document


def _with_district(entry: object) -> dict:
    document = _document()
    document["postcode_areas"][0]["districts"].append(entry)
    return document


def _write(tmp_path: Path, document: dict) -> Path:
    # JSON is valid YAML, and keeps the test free of YAML quoting rules.
    path = tmp_path / "places.yml"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_small_valid_file_loads(tmp_path: Path) -> None:
    places = load_places(_write(tmp_path, _document()))
    assert places.area_for("widdnes") == local(HALTON, "Widnes")
    assert places.area_for("WA7 1AA") == local(HALTON, "WA7")
    assert places.area_for("Crewe") == UNKNOWN


@pytest.mark.parametrize(
    ("document", "entry", "field"),
    [
        pytest.param(
            _with_place({"name": "Crewe", "area": "cheshire"}),
            "entry 'Crewe' (#2)",
            "field 'area'",
            id="unknown-area",
        ),
        pytest.param(
            _with_place({"name": "Anywhere", "area": "national"}),
            "entry 'Anywhere' (#2)",
            "field 'area'",
            id="national-is-not-a-local-area",
        ),
        pytest.param(
            _with_place({"name": "Hale", "ambiguous": ["halton"]}),
            "entry 'Hale' (#2)",
            "field 'outside'",
            id="one-candidate-without-outside",
        ),
        pytest.param(
            _with_place({"name": "Hale", "area": "halton", "ambiguous": ["warrington"]}),
            "entry 'Hale' (#2)",
            "field 'ambiguous'",
            id="area-and-ambiguous",
        ),
        pytest.param(
            _with_place({"name": "Weston", "ambiguous": ["halton", "halton"]}),
            "entry 'Weston' (#2)",
            "field 'ambiguous'",
            id="candidate-twice",
        ),
        pytest.param(
            _with_place({"name": "Lymm", "area": "warrington", "aera": "halton"}),
            "entry 'Lymm' (#2)",
            "field 'aera'",
            id="misspelt-field",
        ),
        pytest.param(
            _with_place({"name": "Runcorn", "area": "halton"}),
            "entry 'Runcorn' (#2)",
            "field 'name'",
            id="duplicate-name",
        ),
        pytest.param(
            _with_place({"name": "Widdnes", "area": "halton"}),
            "entry 'Widdnes' (#2)",
            "field 'name'",
            id="name-clashes-with-alias",
        ),
        pytest.param(
            _with_place({"name": "Flat 12", "area": "halton"}),
            "entry 'Flat 12' (#2)",
            "field 'name'",
            id="name-with-digits",
        ),
        pytest.param(
            _with_district({"district": "WA7", "area": "halton"}),
            "entry 'WA7' (#1)",
            "field 'district'",
            id="duplicate-district",
        ),
        pytest.param(
            _with_district({"district": "CW1", "area": "cheshire_east"}),
            "entry 'CW1' (#1)",
            "field 'district'",
            id="district-in-wrong-area",
        ),
        pytest.param(
            _with_district({"district": "wa8", "area": "halton"}),
            "entry 'wa8' (#1)",
            "field 'district'",
            id="district-not-capitals",
        ),
        pytest.param(
            _with_district({"district": "WA8"}),
            "entry 'WA8' (#1)",
            "field 'outside'",
            id="district-without-result",
        ),
        pytest.param(
            _with_district({"district": "WA4", "area": "warrington", "also": ["warrington"]}),
            "entry 'WA4' (#1)",
            "field 'also'",
            id="also-repeats-area",
        ),
        pytest.param(
            _with_district({"district": "WA3", "ambiguous": ["warrington"], "also": ["halton"]}),
            "entry 'WA3' (#1)",
            "field 'also'",
            id="also-with-ambiguous",
        ),
    ],
)
def test_malformed_entry_names_file_entry_and_field(
    tmp_path: Path, document: dict, entry: str, field: str
) -> None:
    path = _write(tmp_path, document)

    with pytest.raises(PlacesError) as caught:
        load_places(path)

    message = str(caught.value)
    assert str(path) in message
    assert entry in message
    assert field in message


def _without_source() -> dict:
    document = _document()
    del document["places"][0]["source"]
    return document


def _bad_section_area() -> dict:
    document = _document()
    document["places"][0]["area"] = "runcorn"
    return document


def _overlapping_areas() -> dict:
    document = _document()
    document["other_postcode_areas"]["codes"] = ["M", "WA"]
    return document


def _duplicate_sections() -> dict:
    document = _document()
    second = copy.deepcopy(document["places"][0])
    second["names"] = ["Daresbury"]
    document["places"].append(second)
    return document


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (_without_source(), "places section 'test_places' (#0): field 'source'"),
        (_bad_section_area(), "places section 'test_places' (#0): field 'area'"),
        (_overlapping_areas(), "other_postcode_areas: field 'codes'"),
        (_duplicate_sections(), "places section 'test_places' (#1): field 'section'"),
        (_document(postcode_areas=[{"area_code": "wa"}]), "postcode area 'wa' (#0)"),
    ],
)
def test_malformed_section_names_file_section_and_field(
    tmp_path: Path, document: dict, expected: str
) -> None:
    path = _write(tmp_path, document)

    with pytest.raises(PlacesError) as caught:
        load_places(path)

    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("places: [\n", "not valid YAML"),
        ("- Crewe\n", "must be a mapping"),
        ("places:\n  - section: a\n    section: b\n", "not valid YAML"),  # duplicate key
    ],
)
def test_malformed_file_names_file(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "places.yml"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(PlacesError) as caught:
        load_places(path)

    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_missing_file_names_file(tmp_path: Path) -> None:
    with pytest.raises(PlacesError, match="nope.yml"):
        load_places(tmp_path / "nope.yml")
