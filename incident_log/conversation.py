"""The log conversation as a plain state machine: one message in, replies out.

The person first tells what happened in their own words. :func:`prefill`
reads what that account already says (:func:`incident_log.extract.extract`
for when and where, plates, handles and numbers; short word lists for the
person's description, witnesses, evidence, reporting and feelings), then the
conversation asks only for what is missing or unclear, one short question
at a time, each with "Skip" and "That's all". It reads the entry back and
saves it only on "Save it", to a log opened with the person's code or a new
one (the code shown once, with the plain warning that a lost code is a lost
log). With the log open, the person can add, list, amend (a dated
amendment, never an edit), delete one entry or the whole log, share it with
their advocate, or (on the web) download it.

No Rasa, no Redis here: the log is reached through a :class:`LogStore`
(:class:`incident_log.store.VaultStore` in the bot, a fake in the tests), and
the state is a :class:`Draft` the caller keeps (sealed, with an expiry).
The wording, for the web and for SMS, is in ``data/texts.yml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import yaml

from incident_log.extract import LONDON, extract, when_of
from incident_log.model import AmendableField, Entry, Reported
from incident_log.vault import TooManyGuesses

TEXTS_PATH = Path(__file__).parent / "data" / "texts.yml"

Message = dict[str, Any]

# The questions, in the order they are asked (issue 13; what a log should hold:
# shared/domain/facts.md section 2). "said" adds to "what happened".
QUESTIONS = ("when", "where", "said", "description", "witnesses", "evidence", "reported", "impact")
# Labels in the read-back and the "which part?" choice; keys are the entry's fields.
LABELS: dict[str, str] = {
    "when": "When",
    "where": "Where",
    "what": "What happened",
    "description": "The person",
    "witnesses": "Who saw it",
    "evidence": "Evidence kept",
    "reported": "Reported",
    "impact": "How you felt",
}
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


@lru_cache(maxsize=1)
def texts() -> dict[str, dict[str, str]]:
    """Every text the conversation says, by name, with ``web`` and ``sms`` variants."""
    return dict(yaml.safe_load(TEXTS_PATH.read_text(encoding="utf-8")))


def say(name: str, short: bool, **values: object) -> str:
    """One text for the medium (``short``: SMS), placeholders filled in."""
    return texts()[name]["sms" if short else "web"].format(**values)


def _button(title: str, payload: str | None = None) -> dict[str, str]:
    return {"title": title, "payload": payload or title.lower()}


def _msg(text: str, *buttons: dict[str, str]) -> Message:
    return {"text": text, "buttons": list(buttons)} if buttons else {"text": text}


def _count(number: int) -> str:
    return f"{number} entry" if number == 1 else f"{number} entries"


# --- understanding short answers ---------------------------------------------------------


def normalise(text: str) -> str:
    """Lower case, curly quotes straightened, outer punctuation and extra spaces gone."""
    plain = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(plain.strip(' \t\n.!?,;:"()').split())


def _is(text: str, *words: str) -> bool:
    return normalise(text) in words


_SKIP = ("skip", "pass", "next", "dont know", "don't know", "not sure", "no idea", "skip it",
         "skip this", "rather not say", "i'd rather not say", "i dont know", "i don't know",
         "unsure", "n/a")  # fmt: skip
_FINISH = ("that's all", "thats all", "that is all", "finish", "finish now", "no more questions",
           "done", "i'm done", "im done", "enough", "finished", "no more")  # fmt: skip
_DISCARD = ("don't save", "dont save", "do not save", "never mind", "nevermind", "forget it",
            "not now", "exit", "cancel", "leave it", "don't save it", "dont save it",
            "discard", "bin it")  # fmt: skip
_YES = ("yes", "y", "yeah", "yep", "yup", "ok", "okay", "sure", "yes please", "please",
        "that's fine", "thats fine", "fine", "correct", "yes it is", "go ahead", "yes, that's ok",
        "yes that's ok", "yes thats ok", "that's ok", "thats ok")  # fmt: skip
_NO = ("no", "n", "nope", "nah", "no thanks", "not yet", "no i haven't", "no i havent",
       "no thank you", "not really", "no one", "nobody", "none", "nothing")  # fmt: skip
_DELETE_LOG = re.compile(
    r"\bdelete\b.*\b(?:whole|all|entire)?\s*(?:my|the)?\s*(?:log|notes|diary)\b(?!\s+entry)"
)
_STOP_SHARING = re.compile(r"\bstop\s+sharing\b|\bunshare\b|\bdon'?t\s+share\b")

# --- what an account already says ------------------------------------------------------

_SENTENCES = re.compile(r"(?<=[.!?\n])\s+")
_SAID = re.compile(
    r"\b(?:said|says|saying|told me|shouted|yelled|screamed|called me|texted|messaged|sent|wrote"
    r"|asked|threatened|whispered|posted|commented|emailed|voicemail|rang|phoned)\b|[\"\u201c]",
    re.I,
)
_DESCRIPTION = re.compile(
    r"\b(?:wear(?:ing)?|wore|dressed|hoodie|hoody|hood|jacket|coat|jeans|trainers|cap|hat|beanie"
    r"|mask|tall|short|beard|hair|glasses|tattoo|car|van|motorbike|bike|drove|driving|reg"
    r"|number plate|plate|taxi|lorry)\b",
    re.I,
)
_WITNESSES = re.compile(
    r"\b(?:saw (?:it|him|her|them|the whole)|witness(?:es|ed)?|(?:was|were) with me|nobody saw"
    r"|no one saw|noone saw|neighbou?r saw|friend saw|heard it|heard him|heard her)\b",
    re.I,
)
_EVIDENCE = re.compile(
    r"\b(?:screenshots?|screen ?shot|screen record(?:ing|ed)?|photos?|pictures?|pics?|videos?"
    r"|footage|cctv|doorbell|ring cam(?:era)?|dash ?cam|recorded|recording|saved"
    r"|kept (?:the|it|them)|still have (?:the|it|them))\b",
    re.I,
)
_REPORTED = re.compile(
    r"\b(?:reported|report(?:ed)? it|(?:rang|called|phoned|told|contacted) (?:the )?police|101|999"
    r"|officer|pc \w+|crime ref\w*|reference number|incident number)\b",
    re.I,
)
_NOT_REPORTED = re.compile(
    r"\b(?:(?:not|haven'?t|havent|didn'?t|didnt|never) (?:yet )?(?:reported|report(?:ed)? it"
    r"|told the police|called the police|rang the police))\b",
    re.I,
)
_REPORT_DETAIL = re.compile(
    r"\b(?:pc|dc|ps|sgt|sergeant|officer|constable)\s+\w+|\bref\w*\b|\b[a-z]{0,4}[-/]?\d{4,}\b",
    re.I,
)
_IMPACT = re.compile(
    r"\b(?:scared|frightened|terrified|afraid|anxious|anxiety|upset|shaking|shaken|shook|panic\w*"
    r"|worried|nervous|sick|cry|cried|crying|tears|can'?t sleep|couldn'?t sleep|unsafe|feel|felt"
    r"|feeling|alarmed|distressed|petrified|on edge|humiliated|angry)\b",
    re.I,
)


def _sentences(text: str, pattern: re.Pattern[str]) -> str:
    return " ".join(s.strip() for s in _SENTENCES.split(text) if pattern.search(s)).strip()


# --- the state ---------------------------------------------------------------------------


@dataclass
class Draft:
    """Where the conversation is, and the entry so far (plain JSON types only).

    Attributes:
        stage: What the last reply asked for.
        written_at: When the person gave their account (the entry's "recorded").
        fields: The entry's parts as text, by :data:`LABELS` key.
        occurred_at: When it happened (ISO), when it could be read.
        approximate: They said "about", "around" and the like.
        reported: Whether it was reported (None: not said).
        asked: Questions already asked or answered, never asked again.
        pending: The question or part a reply is about.
        then: What to do once the log is open ("save", "menu", "delete_log", "share").
        picks: Entry ids offered in the last numbered list.
        picked: The entry chosen from it.
    """

    stage: str = "account"
    written_at: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    occurred_at: str | None = None
    approximate: bool = False
    reported: bool | None = None
    asked: list[str] = field(default_factory=list)
    pending: str = ""
    then: str = ""
    picks: list[str] = field(default_factory=list)
    picked: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Draft:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def __repr__(self) -> str:
        # Never the words: a stray log line must not carry them.
        return f"Draft(stage={self.stage!r})"


@dataclass(frozen=True)
class Reply:
    """What the conversation answers.

    Attributes:
        messages: Message dicts (``text``, optional ``buttons``), in order.
        end: The conversation is over; forget the draft.
        to_rasa: Over, and the person's message was not for it: let the bot answer it too.
    """

    messages: list[Message]
    end: bool = False
    to_rasa: bool = False


class LogStore(Protocol):
    """The log the conversation reads and writes (one conversation's view of it)."""

    retention_days: int
    session_minutes: int
    download_link: str

    @property
    def is_open(self) -> bool:
        """A log is open in this conversation."""

    def create(self) -> str:
        """Makes a new log, opens it and returns its code."""

    def open(self, code: str) -> bool:
        """Opens the log for ``code``; False when there is none. May raise TooManyGuesses."""

    def save(self, entry: Entry) -> int:
        """Saves the entry to the open log; returns how many entries it now has."""

    def entries(self) -> list[Entry]:
        """The open log's entries, in the order things happened."""

    def delete_entry(self, entry_id: str) -> bool:
        """Deletes one entry of the open log."""

    def delete_log(self) -> None:
        """Deletes the open log and closes it."""

    def share(self) -> None:
        """Lets the person's advocate read the open log (their consent)."""

    def stop_sharing(self) -> None:
        """Withdraws that consent."""


# --- starting ----------------------------------------------------------------------------


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
    if store.is_open:
        return draft, _after_open(draft, short, store, opened=False)
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
    handler = _STAGES.get(draft.stage, _menu_stage)
    return handler(draft, text, now, short, store)


def _repeat(draft: Draft, short: bool) -> Reply:
    """The question the draft waits on, asked again."""
    if draft.stage == "ask":
        return _next_question(draft, short, hint=False)
    name = "change_text" if draft.stage == "change_text" else "amend_text"
    return Reply([_msg(say(name, short))])


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


def prefill(account: str, written_at: dt.datetime) -> dict[str, str]:
    """The entry's parts an account already gives, by :data:`LABELS` key.

    ``what`` is always the account itself, word for word; the other parts
    repeat the sentences that speak of them, and plates, accounts, numbers and
    addresses found in it.
    """
    found = extract(account, written_at)
    fields: dict[str, str] = {"what": account.strip()}
    if found.when is not None:
        fields["when"] = found.when.phrase
    where = found.where.text or found.where.place
    if where:
        if found.where.text and found.where.place and found.where.place not in found.where.text:
            where = f"{found.where.text} ({found.where.place})"
        fields["where"] = where
    description = _sentences(account, _DESCRIPTION)
    identifiers = [
        ("Number plate", found.registrations),
        ("Accounts", found.handles),
        ("Phone numbers", found.phones),
        ("Emails", found.emails),
        ("Web addresses", found.urls),
    ]
    extra = [f"{name}: {', '.join(items)}" for name, items in identifiers if items]
    if description or extra:
        fields["description"] = "\n".join(p for p in [description, *extra] if p)
    for key, pattern in (
        ("witnesses", _WITNESSES),
        ("evidence", _EVIDENCE),
        ("reported", _REPORTED),
        ("impact", _IMPACT),
    ):
        sentences = _sentences(account, pattern)
        if sentences:
            fields[key] = sentences
    if _SAID.search(account):
        fields["said"] = "(in the account)"
    return fields


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


def _join(before: str, after: str) -> str:
    return f"{before}\n{after}" if before else after


def _answer_when(draft: Draft, question: str, answer: str, written: dt.datetime) -> None:
    if question == "time" and draft.occurred_at:
        said_time = when_of(answer, written)
        if said_time is not None and said_time.has_time:
            day = dt.datetime.fromisoformat(draft.occurred_at)
            moment = day.replace(hour=said_time.at.hour, minute=said_time.at.minute)
            draft.occurred_at = moment.isoformat()
            draft.approximate = draft.approximate or said_time.approximate
        draft.fields["when"] = _join_inline(draft.fields.get("when", ""), answer)
        return
    when = when_of(answer, written)
    draft.fields["when"] = answer
    if when is not None:
        draft.occurred_at = when.at.isoformat()
        draft.approximate = when.approximate
        if not when.has_time:
            draft.pending = "time"
            draft.asked = [q for q in draft.asked if q != "time"]


def _join_inline(before: str, after: str) -> str:
    return f"{before}, {after}" if before else after


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


def _readback_stage(
    draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore
) -> Reply:
    if _is(text, "save it", "save", *_YES):
        draft.then = "save"
        if store.is_open:
            return _save(draft, short, store)
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


def _have_code(draft: Draft, text: str, now: dt.datetime, short: bool, store: LogStore) -> Reply:
    if _is(text, "new code", "new", "new log"):
        code = store.create()
        count = store.save(build_entry(draft))
        keep = _keep(store.retention_days)
        draft.stage = "menu"
        draft.then = ""
        return _menu(draft, short, store, lead=[say("saved_new", short, code=code, keep=keep)],
                     after_save=True, count=count)  # fmt: skip
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
    then, draft.then = draft.then, ""
    if then == "save":
        return _save(draft, short, store)
    if then == "delete_log":
        return _confirm_delete_log(draft, short)
    if then == "share":
        return _share_consent(draft, short)
    count = len(store.entries())
    lead = [say("opened", short, count=_count(count))] if opened else []
    return _menu(draft, short, store, lead=lead)


def _save(draft: Draft, short: bool, store: LogStore) -> Reply:
    count = store.save(build_entry(draft))
    draft.then = ""
    return _menu(draft, short, store, lead=[say("saved", short, count=_count(count))],
                 after_save=True)  # fmt: skip


# --- with the log open -------------------------------------------------------------------

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


def _menu(
    draft: Draft,
    short: bool,
    store: LogStore,
    lead: list[str] | None = None,
    after_save: bool = False,
    count: int | None = None,
) -> Reply:
    draft.stage = "menu"
    draft.fields, draft.asked, draft.pending = {}, [], ""
    draft.occurred_at, draft.reported, draft.approximate = None, None, False
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
        buttons.append(_button("Finished"))
    messages = [_msg(text) for text in lead or []]
    messages.append(_msg(say("menu", short), *buttons))
    return Reply(messages)


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
        return Reply([_msg(say("finished", short))], end=True)
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
}
