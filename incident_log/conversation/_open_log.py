"""With the log open: the menu, the list, amending, deleting, sharing, the download,
and on SMS the offer to link the phone."""

from __future__ import annotations

import datetime as dt
import re

from incident_log.conversation._answers import _YES, _is, normalise
from incident_log.conversation._readback import _field_choice
from incident_log.conversation._state import Draft, LogStore, Reply
from incident_log.conversation._texts import LABELS, _button, _msg, say
from incident_log.extract import LONDON
from incident_log.model import AmendableField, Entry

# Where an amendment of a label's part goes in the entry.
_AMEND_FIELD: dict[str, AmendableField] = {
    "when": "occurred",
    "where": "where",
    "what": "what",
    "description": "description",
    "witnesses": "witnesses",
    "evidence": "evidence",
    "reported": "reported",
    "impact": "impact",
}
MAX_LISTED = 9  # one digit on SMS

_MENU = {
    "add an entry": "add",
    "add another entry": "add",
    "add another": "add",
    "log something": "add",
    "see my entries": "list",
    "see entries": "list",
    "change an entry": "amend",
    "delete an entry": "delete_entry",
    "delete the whole log": "delete_log",
    "send to my advocate": "share",
    "send it to my advocate": "share",
    "share with my advocate": "share",
    "download a copy": "download",
    "download": "download",
    "finished": "finish",
    "i'm finished": "finish",
    "that's all": "finish",
    "thats all": "finish",
    "done": "finish",
    "close my log": "finish",
    "no thanks": "finish",
}
# Saying yes to "link this phone" (a bare "yes" too: the question asks just that).
_LINK_YES = ("link this phone", "yes, link this phone", "link it", "link my phone", "link phone")


def _menu(
    draft: Draft,
    short: bool,
    store: LogStore,
    lead: list[str] | None = None,
    after_save: bool = False,
) -> Reply:
    draft.stage = "menu"
    _forget_entry(draft)
    if after_save:
        buttons = [_button("Add another entry"), _button("See my entries"), _button("Finished")]
    else:
        buttons = [
            _button("Add an entry"),
            _button("See my entries"),
            _button("Change an entry"),
            _button("Delete an entry"),
            _button("Delete the whole log"),
            _button("Send to my advocate"),
        ]
        if not short:
            buttons.append(_button("Download a copy"))
        if store.linked:
            buttons.append(_button("Unlink this phone", "unlink"))
        buttons.append(_button("Finished"))
    messages = [_msg(text) for text in lead or []]
    messages.append(_msg(say("menu", short), *buttons))
    return Reply(messages)


def _forget_entry(draft: Draft) -> None:
    """Empties the draft of the entry (saved, or left), keeping where the conversation is."""
    draft.fields, draft.asked, draft.pending = {}, [], ""
    draft.occurred_at, draft.reported, draft.approximate = None, None, False


def _offer_link(draft: Draft, short: bool, lead: list[str], after_save: bool) -> Reply:
    """Asks (SMS, once the code was given or made) whether later texts may skip the code."""
    draft.stage = "link_offer"
    draft.then = "after_save" if after_save else ""
    _forget_entry(draft)
    buttons = [
        _button("Yes, link this phone", "link this phone"),
        _button("No, ask for the code", "no"),
    ]
    return Reply([*(_msg(text) for text in lead), _msg(say("link_offer", short), *buttons)])


def _link_stage(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    after_save, draft.then = draft.then == "after_save", ""
    # Only a clear yes links: anything else leaves the code needed.
    if _is(text, *_YES, *_LINK_YES):
        store.link()
        lead = say("linked", short)
    else:
        lead = say("not_linked", short)
    return _menu(draft, short, store, lead=[lead], after_save=after_save)


def _menu_stage(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    choice = _MENU.get(normalise(text))
    if choice is None and re.search(
        r"\b(?:log|add|record|write down)\b.*\b(?:another|something|more|new)\b", normalise(text)
    ):
        choice = "add"
    if choice is None:
        # Not for the log: close it and let the bot answer.
        return Reply([], end=True, to_rasa=True)
    if choice == "finish":
        return Reply(
            [_msg(say("finished_linked" if store.linked else "finished", short))], end=True
        )
    if choice == "add":
        draft.stage = "account"
        draft.written_at = now.isoformat()
        return Reply([_msg(say("ask_account", short), _button("Not now"))])
    if choice == "download":
        draft.stage = "download"
        return Reply(
            [
                _msg(
                    say("download_warning", short),
                    _button("Send to my advocate"),
                    _button("Download anyway"),
                    _button("Back"),
                )
            ]
        )
    if choice == "delete_log":
        return _confirm_delete_log(draft, short)
    if choice == "share":
        return _share_consent(draft, short)
    entries = store.entries()
    if not entries:
        return _menu(draft, short, store, lead=[say("none_yet", short)])
    if choice == "list":
        return _menu(draft, short, store, lead=[_listing(entries, short)])
    draft.then = choice  # amend or delete_entry
    return _pick(draft, entries, short)


def _short_when(entry: Entry) -> str:
    moment = entry.occurred_at or entry.recorded_at
    return moment.astimezone(LONDON).strftime("%d %b %H:%M")


def _listing(entries: list[Entry], short: bool) -> str:
    shown = entries[-MAX_LISTED:]
    lines = [say("list_lead", short)]
    for number, entry in enumerate(shown, start=1):
        first = " ".join(entry.what.split())
        first = first if len(first) <= 50 else first[:47].rstrip() + "..."
        lines.append(f"{number}. {_short_when(entry)}: {first}")
    if len(entries) > len(shown):
        lines.append(say("more_than_shown", short, shown=len(shown), total=len(entries)))
    return "\n".join(lines)


def _pick(draft: Draft, entries: list[Entry], short: bool) -> Reply:
    shown = entries[-MAX_LISTED:]
    draft.stage = "pick"
    draft.picks = [entry.id for entry in shown]
    buttons = [
        _button(f"{_short_when(entry)}", f"entry {number}")
        for number, entry in enumerate(shown, start=1)
    ]
    return Reply(
        [_msg(_listing(entries, short)), _msg(say("pick_entry", short), *buttons, _button("Back"))]
    )


def _pick_stage(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    match = re.fullmatch(r"(?:entry\s*)?(\d{1,2})", normalise(text))
    if match is None or not 1 <= int(match.group(1)) <= len(draft.picks):
        return _menu(draft, short, store)
    draft.picked = draft.picks[int(match.group(1)) - 1]
    entry = next((e for e in store.entries() if e.id == draft.picked), None)
    if entry is None:
        return _menu(draft, short, store)
    if draft.then == "delete_entry":
        draft.stage = "confirm_delete_entry"
        text = say("confirm_delete_entry", short, when=_short_when(entry))
        return Reply([_msg(text, _button("Yes, delete it", "yes"), _button("No, keep it", "no"))])
    draft.stage = "amend_which"
    buttons = [_button(label, f"part {key}") for key, label in LABELS.items()]
    return Reply([_msg(say("amend_which", short), *buttons)])


def _amend_which(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    key = _field_choice(text)
    if key is None:
        return _menu(draft, short, store)
    draft.stage = "amend_text"
    draft.pending = key
    return Reply([_msg(say("amend_text", short))])


def _amend_text(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    entry = next((e for e in store.entries() if e.id == draft.picked), None)
    if entry is None or not text.strip():
        return _menu(draft, short, store)
    made_at = max(now, entry.recorded_at)
    store.save(entry.amend(_AMEND_FIELD[draft.pending], text.strip(), made_at))
    draft.then, draft.picked = "", ""
    return _menu(draft, short, store, lead=[say("amended", short)])


def _confirm_delete_entry(
    draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore
) -> Reply:
    if _is(text, *_YES, "yes, delete it", "delete it", "delete"):
        store.delete_entry(draft.picked)
        draft.then, draft.picked = "", ""
        return _menu(draft, short, store, lead=[say("deleted_entry", short)])
    draft.then, draft.picked = "", ""
    return _menu(draft, short, store, lead=[say("kept", short)])


def _confirm_delete_log(draft: Draft, short: bool) -> Reply:
    draft.stage = "confirm_delete_log"
    draft.then = ""
    return Reply(
        [
            _msg(
                say("confirm_delete_log", short),
                _button("Yes, delete it all", "yes"),
                _button("No, keep it", "no"),
            )
        ]
    )


def _confirm_delete_log_stage(
    draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore
) -> Reply:
    if _is(text, *_YES, "yes, delete it all", "delete it all", "delete it", "delete"):
        store.delete_log()
        return Reply([_msg(say("deleted_log", short))], end=True)
    return _menu(draft, short, store, lead=[say("kept", short)])


def _share_consent(draft: Draft, short: bool) -> Reply:
    draft.stage = "share_consent"
    return Reply(
        [_msg(say("share_consent", short), _button("Yes, share it", "yes"), _button("No", "no"))]
    )


def _share_stage(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    if _is(text, *_YES, "yes, share it", "share it"):
        store.share()
        return _menu(draft, short, store, lead=[say("shared", short)])
    return _menu(draft, short, store, lead=[say("not_shared", short)])


def _download_stage(
    draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore
) -> Reply:
    choice = normalise(text)
    if choice in {"send to my advocate", "send it to my advocate"}:
        return _share_consent(draft, short)
    if choice in {"download anyway", "download", *_YES}:
        link = say("download_link", short, link=store.download_link)
        return _menu(draft, short, store, lead=[link])
    return _menu(draft, short, store)
