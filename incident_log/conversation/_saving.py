"""Saving the entry: "Save it", the code for an open log or a new one, then the log open."""

from __future__ import annotations

import datetime as dt

from incident_log.conversation._answers import _DISCARD, _YES, _is, normalise
from incident_log.conversation._open_log import (
    _confirm_delete_log,
    _menu,
    _offer_link,
    _share_consent,
)
from incident_log.conversation._readback import _which_field, build_entry
from incident_log.conversation._state import Draft, LogStore, Reply
from incident_log.conversation._texts import _button, _count, _msg, say
from incident_log.vault import TooManyGuesses


def _readback_stage(
    draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore
) -> Reply:
    if _is(text, "save it", "save", *_YES):
        draft.then = "save"
        if store.is_open:  # opened earlier in this conversation, or by this phone's link
            return _after_open(draft, short, store, opened=False)
        draft.stage = "have_code"
        return Reply(
            [
                _msg(
                    say("have_code", short),
                    _button("Yes, I have a code", "i have a code"),
                    _button("No, make a new one", "new code"),
                )
            ]
        )
    if _is(text, "change something", "change", "edit", "change it"):
        return _which_field(draft, short)
    if _is(text, *_DISCARD, "no"):
        return Reply([_msg(say("not_saved", short))], end=True)
    return Reply(
        [
            _msg(
                say("readback_choose", short),
                _button("Save it"),
                _button("Change something"),
                _button("Don't save"),
            )
        ]
    )


def _have_code(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    if _is(text, "new code", "new", "new log"):
        code = store.create()
        store.save(build_entry(draft))
        lead = [say("saved_new", short, code=code, keep=_keep(store.retention_days))]
        draft.then = ""
        if store.can_link:
            return _offer_link(draft, short, lead, after_save=True)
        return _menu(draft, short, store, lead=lead, after_save=True)
    said = normalise(text)
    if said in {"i have a code", *_YES} or said.startswith("yes"):
        draft.stage = "code"
        return Reply([_msg(say("ask_code", short))])
    if said.startswith("no"):
        return _have_code(draft, "new code", now, short, store)
    if len(said.split()) >= 3:  # they typed their code straight away
        draft.stage = "code"
        return _code(draft, text, now, short, store)
    return _readback_stage(draft, "save it", now, short, store)


def _keep(days: int) -> str:
    if days % 365 == 0:
        years = days // 365
        return "1 year" if years == 1 else f"{years} years"
    return f"{days} days"


def _code(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    if _is(text, *_DISCARD) and draft.then != "save":
        return Reply([_msg(say("not_saved", short))], end=True)
    if draft.then == "save" and _is(text, "new code", "new", "new log", "start new notes"):
        return _have_code(draft, "new code", now, short, store)
    try:
        opened = store.open(text)
    except TooManyGuesses:
        if draft.then == "save":
            minutes = store.session_minutes
            return Reply(
                [
                    _msg(
                        say("too_many", short, minutes=minutes),
                        _button("Start a new log", "new code"),
                        _button("Don't save"),
                    )
                ]
            )
        return Reply([_msg(say("too_many_open", short))], end=True)
    if not opened:
        buttons = [_button("Not now")]
        if draft.then == "save":
            buttons = [_button("Start a new log", "new code"), _button("Don't save")]
        return Reply([_msg(say("wrong_code", short), *buttons)])
    return _after_open(draft, short, store, opened=True)


def _after_open(draft: Draft, short: bool, store: LogStore, opened: bool) -> Reply:
    """What follows the log's opening: what the person came for, or the menu.

    Args:
        opened: Just opened (by the code, or by this phone's link as the conversation
            starts), not earlier in it: the menu says how many entries there are,
            and where the phone can still be linked (SMS, not linked yet), the link
            is offered first.
    """
    then, draft.then = draft.then, ""
    if then == "delete_log":
        return _confirm_delete_log(draft, short)
    if then == "share":
        return _share_consent(draft, short)
    if then == "save":
        lead = [say("saved", short, count=_count(store.save(build_entry(draft))))]
    else:
        lead = [say("opened", short, count=_count(len(store.entries())))] if opened else []
    if opened and store.can_link:
        return _offer_link(draft, short, lead, after_save=then == "save")
    return _menu(draft, short, store, lead=lead, after_save=then == "save")
