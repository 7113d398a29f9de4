"""The extraction table: realistic British sentences, typos included, and what each yields.

Every row is written on Saturday 28 November 2026 at 10:00 in London, so
"yesterday" is Friday 27th and "Tues just gone" is Tuesday 24th. A row pins
every field: a list left out must come back empty (no false registrations
or numbers), and ``when`` is (date-time, has a time, approximate) or None.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from incident_log.extract import LONDON, extract

WRITTEN = dt.datetime(2026, 11, 28, 10, 0, tzinfo=LONDON)


def at(day: int, hour: int = 0, minute: int = 0, month: int = 11, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=LONDON)


ROWS: list[tuple[str, dict[str, Any]]] = [
    (
        "he was outside my work last night about half 9",
        {"when": (at(27, 21, 30), True, True), "where_text": "outside my work"},
    ),
    ("Tues just gone he followed me home from the bus stop", {"when": (at(24), False, False)}),
    (
        "saw him on 3/4 at the shop in Crewe",
        {
            "when": (at(3, month=4), False, False),
            "place": "Crewe",
            "area": "cheshire_east",
            "where_text": "at the shop",
        },
    ),
    (
        "yesterday at 5pm he was parked on my street",
        {"when": (at(27, 17), True, False), "where_text": "on my street"},
    ),
    (
        "red ford fiesta reg AB12 CDE sat outside the house for 2 hours",
        {"registrations": ["AB12 CDE"], "where_text": "outside the house"},
    ),
    ("the car was ab12cde again", {"registrations": ["AB12 CDE"]}),
    ("his old van is a P123 ABC, white", {"registrations": ["P123 ABC"]}),
    ("classic car plate was KDE 456T", {"registrations": ["KDE 456T"]}),
    ("he's messaging me from @jay_smith99 on insta", {"handles": ["@jay_smith99"]}),
    ("new account @dazza.b followed me and @Dazza_B2 too", {"handles": ["@dazza.b", "@dazza_b2"]}),
    ("emails keep coming from jsmith1987@gmail.com", {"emails": ["jsmith1987@gmail.com"]}),
    ("he posted about me on www.example.co.uk/blog", {"urls": ["www.example.co.uk/blog"]}),
    ("texts from 07700 900123 all nite", {"phones": ["+447700900123"]}),
    (
        "rang me from +44 7700 900456 and 01270 123456",
        {"phones": ["+447700900456", "+441270123456"]},
    ),
    (
        "on wensday he turned up at my mums in Nantwhich",
        {
            "when": (at(25), False, False),
            "place": "Nantwich",
            "area": "cheshire_east",
            "where_text": "at my mums",
        },
    ),
    (
        "this morning about 8 he was at the school gates",
        {"when": (at(28, 8), True, True), "where_text": "at the school gates"},
    ),
    (
        "it happend on the 3rd, in Warrington town centre",
        {"when": (at(3), False, False), "place": "Warrington", "area": "warrington"},
    ),
    ("friday night at 11pm loads of calls", {"when": (at(27, 23), True, False)}),
    (
        "yesterday around quarter past 6 he was behind me in the car",
        {"when": (at(27, 18, 15), True, True), "where_text": "in the car"},
    ),
    ("quarter to 10 last night he knocked", {"when": (at(27, 21, 45), True, False)}),
    (
        "2 days ago he left flowers on my car at WA4 6RT",
        {
            "when": (at(26), False, False),
            "place": "WA4",
            "area": "warrington",
            "where_text": "on my car",
        },
    ),
    (
        "yday 21:30 he drove past slowly, reg YX68 KLM",
        {"when": (at(27, 21, 30), True, False), "registrations": ["YX68 KLM"]},
    ),
    ("on 12 oct he sent a letter", {"when": (at(12, month=10), False, False)}),
    (
        "it was last tuesday evening ish, near the co-op in Northwich",
        {
            "when": (at(24), False, True),
            "place": "Northwich",
            "area": "cheshire_west_and_chester",
            "where_text": "near the co-op",
        },
    ),
    ("he was in stockport when he rang", {"place": "Stockport"}),
    ("he keeps watching me and i am scared", {}),
    ("i had a bad day", {}),
    ("happened 5/11/2025 at 7pm", {"when": (at(5, 19, year=2025), True, False)}),
    (
        "i saw him at the station at 9.15pm in Macclesfield",
        {
            "when": (at(28, 21, 15) - dt.timedelta(days=1), True, False),
            "place": "Macclesfield",
            "area": "cheshire_east",
            "where_text": "at the station",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[row[0][:40] for row in ROWS])
def test_extraction_table(text: str, expected: dict[str, Any]) -> None:
    found = extract(text, WRITTEN)
    when = found.when
    got_when = (when.at, when.has_time, when.approximate) if when else None
    assert got_when == expected.get("when")
    assert found.where.text == expected.get("where_text")
    assert found.where.place == expected.get("place")
    assert found.where.area == expected.get("area")
    for name in ("registrations", "handles", "emails", "urls", "phones"):
        assert list(getattr(found, name)) == expected.get(name, []), name


def test_the_original_phrase_is_kept() -> None:
    when = extract("he was outside my work last night about half 9", WRITTEN).when
    assert when is not None
    assert when.phrase == "last night about half 9"


def test_the_table_has_enough_rows() -> None:
    assert len(ROWS) >= 25
