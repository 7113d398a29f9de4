"""The export: CSV and the police-ready PDF, read back to check every field in order."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from pypdf import PdfReader

from incident_log.export import COLUMNS, row, to_csv, to_pdf
from incident_log.extract import LONDON

EXPORTED = dt.datetime(2026, 11, 28, 12, 0, tzinfo=LONDON)


def _text(pdf: bytes) -> list[str]:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [re.sub(r"\s+", " ", page.extract_text()) for page in pages]


def test_pdf_cover_says_how_it_was_kept_how_many_and_the_period(make_entries) -> None:
    cover = _text(to_pdf(make_entries(3), EXPORTED))[0]
    assert "Incident log" in cover
    assert "dated amendment" in cover and "original words kept" in cover
    assert "Number of entries: 3" in cover
    assert "Period covered: 01 Oct 2026 21:30 to 03 Oct 2026 21:30" in cover
    assert "Exported: 28 Nov 2026 12:00" in cover


def test_pdf_table_holds_every_field_in_order_with_amendments(make_entries) -> None:
    entries = make_entries(3)
    amended = entries[-1].amend(
        "witnesses", "Also the bus driver saw him", dt.datetime(2026, 10, 5, 9, 0, tzinfo=LONDON)
    )
    entries[-1] = amended
    body = " ".join(_text(to_pdf(entries, EXPORTED))[1:])
    expected: list[str] = list(COLUMNS)
    for entry in sorted(entries, key=lambda e: e.sort_key()):  # chronological: (0) first
        expected += [cell for cell in row(entry) if cell]
        for amendment in entry.amendments:
            expected += ["Amendment made 05 Oct 2026 09:00", f"{amendment.field}: {amendment.text}"]
    position = 0
    for cell in expected:
        words = cell.split()
        # Cells wrap inside the table: look for each cell's words in order.
        for word in words:
            found = body.find(word, position)
            assert found >= 0, f"{word!r} (from {cell!r}) missing or out of order"
            position = found + len(word)


def test_pdf_of_an_empty_log_still_has_a_cover() -> None:
    assert "Number of entries: 0" in _text(to_pdf([], EXPORTED))[0]


def test_csv_has_every_field_and_amendment_rows(make_entries) -> None:
    entries = make_entries(2)
    entries[0] = entries[0].amend(
        "impact", "I now vary my route", dt.datetime(2026, 11, 1, tzinfo=LONDON)
    )
    rows = list(csv.reader(io.StringIO(to_csv(entries))))
    assert rows[0][1:10] == list(COLUMNS)
    first, second, amendment = rows[1], rows[2], rows[3]
    assert first[0] == "1" and first[4].endswith("(0)")
    assert second[0] == "2" and second[4].endswith("(1)")
    assert amendment[0] == "2" and amendment[-3:] == [
        "01 Nov 2026 00:00",
        "impact",
        "I now vary my route",
    ]
    assert second[8] == "Yes; officer: PC Patel; crime reference: CC-1001"
