"""The log as a CSV and as a PDF a person can hand to a police officer or advocate.

The PDF (reportlab) has a cover page saying how the record was kept, how many
entries there are and the period they cover, then one chronological table:
when it happened, when it was recorded, where, what happened, the person,
witnesses, evidence, reported, impact. Each amendment follows its entry as
its own dated row, so the original words are always visible.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from incident_log.model import Entry

COLUMNS = (
    "When it happened",
    "Recorded",
    "Where",
    "What happened",
    "The person",
    "Witnesses",
    "Evidence",
    "Reported",
    "Impact",
)

HOW_KEPT = (
    "The person this log belongs to kept it with an online support assistant, in "
    "their own words, at the times shown. Each entry shows when it was written down "
    "as well as when the incident happened. Entries are never edited: a later change "
    "is shown as a dated amendment below the entry, with the original words kept. "
    "The log was stored encrypted, readable only with a code that the person holds."
)


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%d %b %Y %H:%M")


def row(entry: Entry) -> list[str]:
    """An entry's cells, in :data:`COLUMNS` order."""
    return [
        entry.when_text(),
        _stamp(entry.recorded_at),
        entry.where,
        entry.what,
        entry.description,
        entry.witnesses,
        entry.evidence,
        entry.reported.summary(),
        entry.impact,
    ]


def to_csv(entries: Sequence[Entry]) -> str:
    """The log as CSV: one row per entry, then a row per amendment, in order."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Entry", *COLUMNS, "Amendment made", "Amended field", "Amendment"])
    for number, entry in enumerate(sorted(entries, key=Entry.sort_key), start=1):
        writer.writerow([number, *row(entry), "", "", ""])
        for amendment in entry.amendments:
            blanks = [""] * len(COLUMNS)
            writer.writerow(
                [number, *blanks, _stamp(amendment.made_at), amendment.field, amendment.text]
            )
    return out.getvalue()


def period(entries: Sequence[Entry]) -> tuple[dt.datetime, dt.datetime] | None:
    """The first and last moment the entries cover (when it happened, else when recorded)."""
    moments = [entry.sort_key()[0] for entry in entries]
    return (min(moments), max(moments)) if moments else None


def to_pdf(entries: Sequence[Entry], generated_at: dt.datetime) -> bytes:
    """The log as a PDF: cover page, then the chronological table (A4 landscape).

    Args:
        entries: The log's entries, in any order.
        generated_at: When the export is made (shown on the cover).
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    ordered = sorted(entries, key=Entry.sort_key)
    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontSize=7.5, leading=9)
    head = cell.clone("head", fontName="Helvetica-Bold")

    def para(text: str, style: object = cell) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    span = period(ordered)
    covered = f"{_stamp(span[0])} to {_stamp(span[1])}" if span else "no entries yet"
    story: list[object] = [
        Paragraph("Incident log", styles["Title"]),
        Paragraph(escape(HOW_KEPT), styles["BodyText"]),
        Spacer(1, 6 * mm),
        Paragraph(f"Number of entries: {len(ordered)}", styles["BodyText"]),
        Paragraph(f"Period covered: {covered}", styles["BodyText"]),
        Paragraph(f"Exported: {_stamp(generated_at)}", styles["BodyText"]),
        PageBreak(),
    ]
    data: list[list[object]] = [[para(name, head) for name in COLUMNS]]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
    ]
    for entry in ordered:
        data.append([para(text) for text in row(entry)])
        for amendment in entry.amendments:
            label = f"Amendment made {_stamp(amendment.made_at)}"
            data.append(
                [para(label, head), para(f"{amendment.field}: {amendment.text}")]
                + [""] * (len(COLUMNS) - 2)
            )
            at = len(data) - 1
            commands.append(("SPAN", (1, at), (-1, at)))
            commands.append(("BACKGROUND", (0, at), (-1, at), colors.HexColor("#f6f6f6")))
    widths = [w * mm for w in (30, 22, 28, 60, 32, 26, 32, 24, 23)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    story.append(table)

    out = io.BytesIO()
    page = landscape(A4)
    doc = SimpleDocTemplate(
        out,
        pagesize=page,
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title="Incident log",
        invariant=1,
    )

    def footer(canvas: object, document: object) -> None:
        canvas.setFont("Helvetica", 7)  # type: ignore[attr-defined]
        number = canvas.getPageNumber()  # type: ignore[attr-defined]
        canvas.drawRightString(page[0] - 10 * mm, 6 * mm, f"Page {number}")  # type: ignore[attr-defined]

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
