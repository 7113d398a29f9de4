"""One message in, replies out: where the conversation starts and which stage answers."""

from __future__ import annotations

import datetime as dt

from incident_log.conversation._answers import (
    _DELETE_LOG,
    _STOP_SHARING,
    asks_to_unlink,
    normalise,
)
from incident_log.conversation._open_log import (
    _amend_text,
    _amend_which,
    _confirm_delete_entry,
    _confirm_delete_log,
    _confirm_delete_log_stage,
    _download_stage,
    _link_stage,
    _menu,
    _menu_stage,
    _pick_stage,
    _share_stage,
)
from incident_log.conversation._questions import _account, _ask, _next_question
from incident_log.conversation._readback import _change_text, _change_which
from incident_log.conversation._saving import _after_open, _code, _have_code, _readback_stage
from incident_log.conversation._state import Draft, LogStore, Reply
from incident_log.conversation._texts import _button, _msg, say


def start(purpose: str, now: dt.datetime, short: bool, store: LogStore) -> tuple[Draft, Reply]:
    """The first state and reply.

    Args:
        purpose: ``entry`` (log something), ``open`` (open my log, I have a code)
            or ``share`` (send my log to my advocate).
        now: The time, timezone-aware.
        short: SMS wording.
        store: The log.
    """
    draft = Draft(written_at=now.isoformat())
    if purpose == "entry":
        draft.stage = "account"
        return draft, Reply([_msg(say("ask_account", short), _button("Not now"))])
    draft.then = "share" if purpose == "share" else "menu"
    if store.is_open:  # this phone's link opened it
        return draft, _after_open(draft, short, store, opened=store.linked)
    draft.stage = "code"
    return draft, Reply([_msg(say("ask_code", short), _button("Not now"))])


# --- one message -------------------------------------------------------------------------


def step(
    draft: Draft,
    text: str,
    now: dt.datetime,
    short: bool,
    store: LogStore,
    alarm: bool = False,
) -> Reply:
    """Answers one message, updating ``draft`` in place.

    Args:
        draft: The state from :func:`start` or the last step.
        text: What the person wrote (or a button's payload).
        now: The time, timezone-aware.
        short: SMS wording.
        store: The log.
        alarm: The safety check found danger or self-harm in the message. The
            turn answers that first; an answer to a question is then not taken
            as the answer, and the same question waits (the account itself is
            kept: it is the person's own words).
    """
    if alarm and draft.stage in _ANSWERS:
        question = _repeat(draft, short)
        return Reply([_msg(say("carry_on", short)), *question.messages])
    said = normalise(text)
    if _DELETE_LOG.search(said) and draft.stage not in {"account", "ask", "change_text"}:
        draft.then = "delete_log"
        if store.is_open:
            return _confirm_delete_log(draft, short)
        draft.stage = "code"
        return Reply([_msg(say("ask_code", short), _button("Not now"))])
    if _STOP_SHARING.search(said) and store.is_open and draft.stage not in {"account", "ask"}:
        store.stop_sharing()
        return _menu(draft, short, store, lead=[say("share_stopped", short)])
    if asks_to_unlink(said) and draft.stage not in {"account", *_ANSWERS}:
        store.unlink()
        if store.is_open:
            return _menu(draft, short, store, lead=[say("unlinked", short)])
        return Reply([_msg(say("unlinked", short))])  # the question asked still waits
    handler = _STAGES.get(draft.stage, _menu_stage)
    return handler(draft, text, now, short, store)


def _repeat(draft: Draft, short: bool) -> Reply:
    """The question the draft waits on, asked again."""
    if draft.stage == "ask":
        return _next_question(draft, short, hint=False)
    name = "change_text" if draft.stage == "change_text" else "amend_text"
    return Reply([_msg(say(name, short))])


# Stages whose reply is an answer to be kept in the entry.
_ANSWERS = frozenset({"ask", "change_text", "amend_text"})

_STAGES = {
    "account": _account,
    "ask": _ask,
    "readback": _readback_stage,
    "change_which": _change_which,
    "change_text": _change_text,
    "have_code": _have_code,
    "code": _code,
    "menu": _menu_stage,
    "pick": _pick_stage,
    "amend_which": _amend_which,
    "amend_text": _amend_text,
    "confirm_delete_entry": _confirm_delete_entry,
    "confirm_delete_log": _confirm_delete_log_stage,
    "share_consent": _share_stage,
    "download": _download_stage,
    "link_offer": _link_stage,
}
