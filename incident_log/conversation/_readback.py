"""The read-back: the entry the draft describes, shown, and a part of it changed."""

from __future__ import annotations

import datetime as dt
import re

from incident_log.conversation._answers import _NO, _YES, _answer_when, _is, normalise
from incident_log.conversation._prefill import _NOT_REPORTED
from incident_log.conversation._state import Draft, LogStore, Reply
from incident_log.conversation._texts import LABELS, _button, _msg, say
from incident_log.extract import LONDON
from incident_log.model import Entry, Reported


def _readback(draft: Draft, short: bool) -> Reply:
    draft.stage = "readback"
    entry = build_entry(draft)
    lines = [say("readback_lead", short), *_entry_lines(entry)]
    return Reply(
        [
            _msg("\n".join(lines)),
            _msg(
                say("readback_ask", short),
                _button("Save it"),
                _button("Change something"),
                _button("Don't save"),
            ),
        ]
    )


def _entry_lines(entry: Entry) -> list[str]:
    values = {
        "when": entry.when_text(),
        "where": entry.where,
        "what": entry.what,
        "description": entry.description,
        "witnesses": entry.witnesses,
        "evidence": entry.evidence,
        "reported": entry.reported.summary(),
        "impact": entry.impact,
    }
    return [f"{LABELS[key]}: {value}" for key, value in values.items() if value]


_OFFICER = re.compile(
    r"\b(?:pc|dc|ps|sgt|sergeant|officer|constable|inspector)\s+[a-z][\w'-]*", re.I
)
_CRIME_REF = re.compile(r"\b(?=[a-z/-]*\d)[a-z]{0,4}[-/]?\d[\d/-]{3,}\b", re.I)


def reported_details(text: str) -> Reported:
    """Reported, with the officer and crime reference when the words name them."""
    officer = _OFFICER.search(text)
    reference = _CRIME_REF.search(text)
    return Reported(
        to_police=True,
        officer=officer.group(0) if officer else "",
        crime_reference=reference.group(0) if reference else "",
        details=text.strip(),
    )


def build_entry(draft: Draft) -> Entry:
    """The entry the draft describes (not saved)."""
    fields = draft.fields
    reported = Reported(to_police=draft.reported)
    if draft.reported:
        reported = reported_details(fields.get("reported", ""))
    occurred = dt.datetime.fromisoformat(draft.occurred_at) if draft.occurred_at else None
    return Entry(
        recorded_at=dt.datetime.fromisoformat(draft.written_at),
        occurred_at=occurred.astimezone(LONDON) if occurred else None,
        occurred_phrase=fields.get("when", ""),
        occurred_approximate=draft.approximate,
        where=fields.get("where", ""),
        what=fields.get("what", "") or "(not given)",
        description=fields.get("description", ""),
        witnesses=fields.get("witnesses", ""),
        evidence=fields.get("evidence", ""),
        reported=reported,
        impact=fields.get("impact", ""),
    )


def _which_field(draft: Draft, short: bool) -> Reply:
    draft.stage = "change_which"
    buttons = [_button(label, f"part {key}") for key, label in LABELS.items()]
    return Reply([_msg(say("which_field", short), *buttons)])


def _field_choice(text: str) -> str | None:
    said = normalise(text)
    if said.startswith("part "):
        said = said[5:]
    for key, label in LABELS.items():
        if said in {key, label.lower()}:
            return key
    return None


def _change_which(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    key = _field_choice(text)
    if key is None:
        return _which_field(draft, short)
    draft.stage = "change_text"
    draft.pending = key
    return Reply([_msg(say("change_text", short))])


def _change_text(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    key, answer = draft.pending, text.strip()
    if key == "when":
        _answer_when(draft, "when", answer, dt.datetime.fromisoformat(draft.written_at))
    elif key == "reported":
        draft.reported = not (_is(answer, *_NO) or bool(_NOT_REPORTED.search(answer)))
        draft.fields["reported"] = "" if _is(answer, *_YES, *_NO) else answer
    else:
        draft.fields[key] = answer
    return _readback(draft, short)
