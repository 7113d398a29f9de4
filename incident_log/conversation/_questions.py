"""The question plan: what is missing or unclear, asked one question at a time."""

from __future__ import annotations

import datetime as dt

from incident_log.conversation._answers import (
    _DISCARD,
    _FINISH,
    _NO,
    _SKIP,
    _YES,
    _answer_when,
    _is,
    _join,
)
from incident_log.conversation._prefill import _NOT_REPORTED, _REPORT_DETAIL, _REPORTED, prefill
from incident_log.conversation._readback import _readback
from incident_log.conversation._state import Draft, LogStore, Reply
from incident_log.conversation._texts import _button, _msg, say
from incident_log.extract import when_of

# The questions, in the order they are asked (issue 13; what a log should hold:
# shared/domain/facts.md section 2). "said" adds to "what happened".
QUESTIONS = ("when", "where", "said", "description", "witnesses", "evidence", "reported", "impact")


def _account(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    if _is(text, *_DISCARD):
        return Reply([_msg(say("not_saved", short))], end=True)
    written = dt.datetime.fromisoformat(draft.written_at) if draft.written_at else now
    draft.fields = prefill(text, written)
    when = when_of(text, written)
    if when is not None:
        draft.occurred_at = when.at.isoformat()
        draft.approximate = when.approximate
        if not when.has_time:
            draft.pending = "time"
    if _NOT_REPORTED.search(text):
        draft.reported = False
    elif _REPORTED.search(text):
        draft.reported = True
    return _next_question(draft, short)


def _missing(draft: Draft) -> str | None:
    """The next question to ask, or None when nothing is missing or unclear."""
    if draft.pending == "time" and "time" not in draft.asked:
        return "time"
    for question in QUESTIONS:
        if (
            question == "reported"
            and draft.reported
            and "reported_detail" not in draft.asked
            and not _REPORT_DETAIL.search(draft.fields.get("reported", ""))
        ):
            return "reported_detail"
        if question in draft.asked:
            continue
        if question == "reported":
            if draft.reported is None:
                return "reported"
            continue
        if not draft.fields.get(question):
            return question
    return None


def _next_question(draft: Draft, short: bool, hint: bool = True) -> Reply:
    question = _missing(draft)
    if question is None:
        return _readback(draft, short)
    first = hint and not draft.asked
    draft.stage = "ask"
    draft.pending = question
    text = say(f"ask_{question}", short)
    buttons = [_button("Skip"), _button("That's all")]
    if question == "reported":
        buttons = [_button("Yes"), _button("No"), *buttons]
    lead = [_msg(say("skip_hint", short))] if first else []
    return Reply([*lead, _msg(text, *buttons)])


def _ask(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    question = draft.pending
    draft.asked.append(question)
    if _is(text, *_FINISH):
        draft.asked.extend(QUESTIONS)
        return _readback(draft, short)
    if _is(text, *_DISCARD):
        return Reply([_msg(say("not_saved", short))], end=True)
    if _is(text, *_SKIP):
        return _next_question(draft, short)
    answer = text.strip()
    written = dt.datetime.fromisoformat(draft.written_at)
    if question in {"when", "time"}:
        _answer_when(draft, question, answer, written)
    elif question == "said":
        if not _is(answer, *_NO):
            draft.fields["what"] = f"{draft.fields['what']}\nWhat was said: {answer}"
    elif question == "reported":
        if _is(answer, *_NO) or _NOT_REPORTED.search(answer):
            draft.reported = False
        else:
            draft.reported = True
            if not _is(answer, *_YES):
                draft.fields["reported"] = answer
    elif question == "reported_detail":
        if not _is(answer, *_NO):
            draft.fields["reported"] = _join(draft.fields.get("reported", ""), answer)
            draft.fields["reported_detail"] = answer
    else:
        draft.fields[question] = _join(draft.fields.get(question, ""), answer)
    return _next_question(draft, short)
