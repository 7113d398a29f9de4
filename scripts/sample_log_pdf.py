"""Makes docs/img/incident-log-sample.png: the first table page of a sample log PDF.

Run: ``.venv/bin/python -m scripts.sample_log_pdf``. Needs ``pdftoppm`` (Debian's
poppler-utils: ``apt-get install poppler-utils``); without it, it says so and
writes only the PDF (docs/img/incident-log-sample.pdf is not kept in git).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from incident_log.export import to_pdf
from incident_log.extract import LONDON
from incident_log.model import Entry, Reported

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img" / "incident-log-sample.png"


def sample() -> list[Entry]:
    """Three made-up incidents (no real person, numbers in Ofcom's drama range)."""
    first = Entry(
        recorded_at=dt.datetime(2026, 11, 3, 22, 10, tzinfo=LONDON),
        occurred_at=dt.datetime(2026, 11, 3, 21, 30, tzinfo=LONDON),
        occurred_phrase="tonight about half 9",
        occurred_approximate=True,
        where="Outside my work, Market Street, Crewe",
        what=(
            "He stood across the road and watched me lock up, "
            "then walked behind me to the bus stop."
        ),
        description="White man, about 40, grey hoodie. Red Ford Fiesta AB12 CDE.",
        witnesses="Sam (bakery next door), 07700 900123",
        evidence="Photo of the car on my phone, copied to my sister",
        reported=Reported(to_police=False),
        impact="Shaking, could not sleep. Scared to close up alone.",
    )
    second = Entry(
        recorded_at=dt.datetime(2026, 11, 10, 8, 5, tzinfo=LONDON),
        occurred_at=dt.datetime(2026, 11, 9, 0, 0, tzinfo=LONDON),
        occurred_phrase="yesterday",
        where="Instagram",
        what="14 messages from a new account @dazza.b saying he knows where I live.",
        evidence="Screenshots showing the account name and times, emailed to myself",
        reported=Reported(to_police=True, officer="PC Patel", crime_reference="CC-20261109-0042"),
        impact="Very frightened; I have changed my route to work.",
    )
    second = second.amend(
        "evidence",
        "Also a screen recording of the messages before they disappeared",
        dt.datetime(2026, 11, 11, 19, 0, tzinfo=LONDON),
    )
    third = Entry(
        recorded_at=dt.datetime(2026, 11, 20, 18, 40, tzinfo=LONDON),
        occurred_at=dt.datetime(2026, 11, 20, 17, 0, tzinfo=LONDON),
        occurred_phrase="at 5pm",
        where="My mum's house, Nantwich",
        what="He left flowers on the doorstep with a note: 'You can't hide from me'.",
        description="Neighbour saw a red car",
        witnesses="Mrs Jones at number 12",
        evidence="The note, in a plastic bag, not handled since",
        reported=Reported(to_police=True, officer="PC Patel", crime_reference="CC-20261109-0042"),
        impact="Serious alarm: I am afraid he will hurt my mum.",
    )
    return [first, second, third]


def main() -> int:
    pdf = to_pdf(sample(), dt.datetime(2026, 11, 28, 12, 0, tzinfo=LONDON))
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: apt-get install poppler-utils (Debian), then run again")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "sample.pdf"
        source.write_bytes(pdf)
        # Page 2: the table (page 1 is the cover).
        args = [pdftoppm, "-png", "-r", "80", "-f", "2", "-l", "2", "-singlefile"]
        subprocess.run([*args, str(source), str(OUT.with_suffix(""))], check=True)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
