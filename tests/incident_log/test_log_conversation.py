"""The log conversation as a state machine: asks only what is missing, skip and stop,
read-back before saving, codes, amendments, deletion, sharing, and its wording."""

from __future__ import annotations

import datetime as dt

import pytest
import textstat

from common.sms_text import is_gsm7, non_gsm7, reveals_topic
from incident_log.conversation import (
    Draft,
    Reply,
    build_entry,
    prefill,
    start,
    step,
    texts,
)
from incident_log.extract import LONDON
from incident_log.model import Entry
from incident_log.vault import TooManyGuesses

NOW = dt.datetime(2026, 11, 28, 10, 0, tzinfo=LONDON)
CODE = "maple lantern river otter bench"


class FakeStore:
    """An in-memory log with one code, counting wrong guesses like the vault.

    With ``sms``, the phone can be linked: ``phone_link`` is the code of the log
    it opens (kept between conversations), ``linked`` whether the open log is it.
    """

    retention_days = 365
    session_minutes = 30
    download_link = "http://localhost:8000/log"

    def __init__(self, has_log: bool = False, max_guesses: int = 3, sms: bool = False) -> None:
        self.logs: dict[str, dict[str, Entry]] = {CODE: {}} if has_log else {}
        self.code: str | None = None
        self.guesses = 0
        self.max_guesses = max_guesses
        self.shared = False
        self.sms = sms
        self.phone_link: str | None = None
        self.linked = False

    @property
    def can_link(self) -> bool:
        return self.sms and self.is_open and not self.linked

    def link(self) -> None:
        assert self.can_link
        self.phone_link, self.linked = self.code, True

    def unlink(self) -> bool:
        had, self.phone_link, self.linked = self.phone_link is not None, None, False
        return had

    def open_linked(self) -> bool:
        """What the bot's mode does when a log conversation starts."""
        if self.sms and self.phone_link in self.logs:
            self.code, self.linked = self.phone_link, True
        return self.linked

    @property
    def is_open(self) -> bool:
        return self.code is not None

    def create(self) -> str:
        code = "new code words here now"
        self.logs[code] = {}
        self.code, self.linked = code, False
        return code

    def open(self, code: str) -> bool:
        if self.guesses >= self.max_guesses:
            raise TooManyGuesses(3600)
        if code.strip().lower() in self.logs:
            self.code, self.linked = code.strip().lower(), False
            return True
        self.guesses += 1
        return False

    @property
    def log(self) -> dict[str, Entry]:
        assert self.code is not None
        return self.logs[self.code]

    def save(self, entry: Entry) -> int:
        self.log[entry.id] = entry
        return len(self.log)

    def entries(self) -> list[Entry]:
        return sorted(self.log.values(), key=Entry.sort_key)

    def delete_entry(self, entry_id: str) -> bool:
        return self.log.pop(entry_id, None) is not None

    def delete_log(self) -> None:
        assert self.code is not None
        del self.logs[self.code]
        if self.phone_link == self.code:
            self.phone_link = None
        self.code, self.linked = None, False
        self.shared = False

    def share(self) -> None:
        self.shared = True

    def stop_sharing(self) -> None:
        self.shared = False


class Chat:
    """Drives the state machine the way the bot's mode does."""

    def __init__(self, store: FakeStore, purpose: str = "entry", short: bool = False) -> None:
        self.store, self.short = store, short
        self.draft, self.reply = start(purpose, NOW, short, store)
        self.now = NOW

    def say(self, text: str) -> Reply:
        assert not self.reply.end, "the conversation has ended"
        self.now += dt.timedelta(minutes=1)
        self.reply = step(self.draft, text, self.now, self.short, self.store)
        # The draft goes to Redis as JSON between messages.
        self.draft = Draft.from_dict(self.draft.to_dict())
        return self.reply

    @property
    def last(self) -> str:
        return self.reply.messages[-1]["text"]

    @property
    def all_text(self) -> str:
        return "\n".join(m["text"] for m in self.reply.messages)

    @property
    def options(self) -> list[str]:
        return [b["payload"] for b in self.reply.messages[-1].get("buttons", [])]


def _asked(chat: Chat) -> str:
    return chat.draft.pending if chat.draft.stage == "ask" else chat.draft.stage


FULL = (
    "Last night about half 9 he was outside my work on Market Street in Crewe, in a grey "
    "hoodie, red Fiesta AB12 CDE. He shouted that he would find me. My colleague Sam saw it. "
    "I saved the doorbell video. I reported it to PC Shah, ref 2611-0042. I was terrified."
)


def test_a_full_account_asks_nothing_and_is_read_back() -> None:
    chat = Chat(FakeStore())
    assert "your own words" in chat.last
    chat.say(FULL)
    assert chat.draft.stage == "readback"
    text = chat.all_text
    for part in ("about Fri 27 Nov 2026 21:30", "outside my work", "AB12 CDE", "Sam saw it",
                 "doorbell video", "PC Shah", "terrified"):  # fmt: skip
        assert part in text, part
    assert chat.options == ["save it", "change something", "don't save"]


@pytest.mark.parametrize(
    ("account", "first_question"),
    [
        ("He followed me home from the bus stop", "when"),
        ("He was at the bus stop last night about 10", "said"),
        ("Yesterday he was at the bus stop", "time"),
        ("Last night at 10 he followed me in Crewe. He said he loves me", "description"),
        ("Last night at 10 he followed me near Nantwich in his red van. He said hi", "witnesses"),
    ],
)
def test_only_what_is_missing_or_unclear_is_asked_first(account: str, first_question: str) -> None:
    chat = Chat(FakeStore())
    chat.say(account)
    assert _asked(chat) == first_question


def test_questions_come_one_at_a_time_in_order_and_skip_moves_on() -> None:
    chat = Chat(FakeStore())
    chat.say("He sat outside the house")
    seen = []
    while chat.draft.stage == "ask":
        seen.append(chat.draft.pending)
        assert len([m for m in chat.reply.messages if m.get("buttons")]) == 1
        assert "skip" in chat.options
        chat.say("skip")
    assert seen == ["when", "said", "description", "witnesses", "evidence", "reported", "impact"]
    assert chat.draft.stage == "readback"


def test_answers_fill_the_entry() -> None:
    chat = Chat(FakeStore())
    chat.say("He sat outside the house in his car")
    assert _asked(chat) == "when"
    chat.say("tuesday about 8pm")
    chat.say("He texted 'I can see you'")  # said
    chat.say("No one")  # witnesses
    chat.say("Screenshots on my laptop")  # evidence
    chat.say("Yes")  # reported
    assert _asked(chat) == "reported_detail"
    chat.say("PC Jones, crime ref 55-1234")
    chat.say("Sick with worry")
    entry = build_entry(chat.draft)
    assert entry.occurred_at == dt.datetime(2026, 11, 24, 20, 0, tzinfo=LONDON)
    assert entry.occurred_approximate
    assert "I can see you" in entry.what and entry.what.startswith("He sat outside the house")
    assert entry.evidence == "Screenshots on my laptop"
    assert entry.reported.to_police and entry.reported.officer == "PC Jones"
    assert entry.reported.crime_reference == "55-1234"
    assert entry.impact == "Sick with worry"
    assert entry.recorded_at == NOW


def test_a_day_without_a_time_asks_for_the_time_and_combines_them() -> None:
    chat = Chat(FakeStore())
    chat.say("He followed me. He said hi. Red car. Nobody saw it. I kept the photos. "
             "I haven't reported it. I was scared. It was on Wednesday in Crewe")  # fmt: skip
    assert _asked(chat) == "time"
    chat.say("about 6pm")
    entry = build_entry(chat.draft)
    assert entry.occurred_at == dt.datetime(2026, 11, 25, 18, 0, tzinfo=LONDON)
    assert entry.reported.to_police is False
    assert chat.draft.stage == "readback"


def test_thats_all_stops_the_questions_and_reads_back() -> None:
    chat = Chat(FakeStore())
    chat.say("He followed me")
    chat.say("That's all")
    assert chat.draft.stage == "readback"
    assert "He followed me" in chat.all_text


def test_nothing_is_saved_without_save_it_and_dont_save_ends() -> None:
    store = FakeStore()
    chat = Chat(store)
    chat.say(FULL)
    chat.say("don't save")
    assert chat.reply.end and store.logs == {}


def test_change_something_before_saving_reads_back_again() -> None:
    chat = Chat(FakeStore())
    chat.say(FULL)
    chat.say("change something")
    assert "part where" in chat.options
    chat.say("part where")
    chat.say("Outside the side entrance of my work")
    assert chat.draft.stage == "readback"
    assert "Where: Outside the side entrance of my work" in chat.all_text


def test_a_new_log_gives_a_code_with_the_plain_warning_and_retention() -> None:
    store = FakeStore()
    chat = Chat(store)
    chat.say(FULL)
    chat.say("save it")
    assert chat.draft.stage == "have_code"
    chat.say("new code")
    text = chat.all_text
    assert "new code words here now" in text
    assert "If the code is lost, the log is lost too" in text
    assert "kept for 1 year after you last use it" in text
    assert len(store.entries()) == 1
    assert store.entries()[0].what == FULL
    assert chat.draft.fields == {}  # nothing of the entry stays in the draft


def test_an_existing_log_asks_for_the_code_and_a_wrong_code_is_limited() -> None:
    store = FakeStore(has_log=True, max_guesses=2)
    chat = Chat(store)
    chat.say(FULL)
    chat.say("save it")
    chat.say("i have a code")
    chat.say("wrong words entirely here")
    assert "didn't open" in chat.last and chat.draft.stage == "code"
    chat.say("still the wrong words")
    chat.say(CODE)  # right, but too many wrong guesses first
    assert "too many tries" in chat.last
    assert store.logs[CODE] == {}
    chat.say("new code")  # the entry is not lost: it goes to a new log
    assert len(store.entries()) == 1


def test_the_right_code_saves_to_the_same_log() -> None:
    store = FakeStore(has_log=True)
    chat = Chat(store)
    chat.say(FULL)
    chat.say("save it")
    chat.say("yes")
    chat.say(CODE.upper())
    assert "Saved. Your log has 1 entry now." in chat.all_text
    assert len(store.logs[CODE]) == 1


def _open_with_entries(count: int = 2) -> tuple[Chat, FakeStore]:
    store = FakeStore(has_log=True)
    for day in range(count):
        store.logs[CODE][f"e{day}"] = Entry(
            id=f"e{day}",
            recorded_at=NOW - dt.timedelta(days=10 - day),
            occurred_at=NOW - dt.timedelta(days=10 - day, hours=2),
            what=f"Incident number {day}",
        )
    chat = Chat(store, purpose="open")
    assert chat.draft.stage == "code"
    chat.say(CODE)
    assert f"It has {count} entries" in chat.all_text
    return chat, store


def test_amending_adds_a_dated_amendment_and_keeps_the_original() -> None:
    chat, store = _open_with_entries()
    chat.say("change an entry")
    assert chat.options[:2] == ["entry 1", "entry 2"]
    chat.say("entry 1")
    chat.say("part what")
    chat.say("He also took a photo of me")
    entry = store.logs[CODE]["e0"]
    assert entry.what == "Incident number 0"
    (amendment,) = entry.amendments
    assert (amendment.field, amendment.text) == ("what", "He also took a photo of me")
    assert amendment.made_at > entry.recorded_at


def test_delete_one_entry_asks_first() -> None:
    chat, store = _open_with_entries()
    chat.say("delete an entry")
    chat.say("2")
    assert "can't be undone" in chat.last
    chat.say("no")
    assert len(store.logs[CODE]) == 2
    chat.say("delete an entry")
    chat.say("2")
    chat.say("yes")
    assert list(store.logs[CODE]) == ["e0"]


def test_delete_the_whole_log_at_any_time() -> None:
    chat, store = _open_with_entries()
    chat.say("please delete my whole log")
    assert "every entry" in chat.last
    chat.say("yes")
    assert chat.reply.end and store.logs == {}


def test_a_log_can_be_deleted_mid_entry_after_the_questions() -> None:
    store = FakeStore(has_log=True)
    chat = Chat(store)
    chat.say(FULL)
    chat.say("delete my log")  # at the read-back
    assert chat.draft.stage == "code"
    chat.say(CODE)
    chat.say("yes")
    assert chat.reply.end and store.logs == {}


def test_sharing_needs_a_yes_and_can_be_stopped() -> None:
    chat, store = _open_with_entries()
    chat.say("send to my advocate")
    chat.say("no")
    assert not store.shared
    chat.say("send to my advocate")
    assert "stop sharing my log" in chat.reply.messages[-1]["text"]
    chat.say("yes")
    assert store.shared
    chat.say("stop sharing my log")
    assert not store.shared


def test_share_purpose_asks_the_code_then_consent() -> None:
    store = FakeStore(has_log=True)
    chat = Chat(store, purpose="share")
    chat.say(CODE)
    assert chat.draft.stage == "share_consent"
    chat.say("yes")
    assert store.shared


def test_download_on_the_web_warns_first_and_offers_the_advocate() -> None:
    chat, _ = _open_with_entries()
    chat.say("download a copy")
    assert chat.last.startswith("Before you download: a file you download stays on this device")
    assert chat.options[0] == "send to my advocate"
    chat.say("download anyway")
    assert "http://localhost:8000/log" in chat.all_text


def test_sms_has_no_download_and_lists_entries() -> None:
    store = FakeStore(has_log=True)
    store.logs[CODE]["a"] = Entry(id="a", recorded_at=NOW, what="x" * 80)
    chat = Chat(store, purpose="open", short=True)
    chat.say(CODE)
    assert "download a copy" not in chat.options
    chat.say("see my entries")
    assert "1. 28 Nov 10:00: " + "x" * 47 + "..." in chat.all_text


def test_something_else_in_the_menu_goes_to_the_bot() -> None:
    chat, _ = _open_with_entries()
    reply = chat.say("who can help me in Warrington?")
    assert reply.end and reply.to_rasa and reply.messages == []


def test_not_now_at_the_start_ends_without_saving() -> None:
    store = FakeStore()
    chat = Chat(store)
    chat.say("not now")
    assert chat.reply.end and store.logs == {}


def test_the_draft_never_shows_the_words_in_its_repr() -> None:
    chat = Chat(FakeStore())
    chat.say(FULL)
    assert "terrified" not in repr(chat.draft)


def test_prefill_keeps_the_account_word_for_word() -> None:
    found = prefill(FULL, NOW)
    assert found["what"] == FULL
    assert "Number plate: AB12 CDE" in found["description"]
    assert found["impact"] == "I was terrified."


# --- linking the phone (SMS) ---------------------------------------------------------

WARNING = "Anyone who can use this phone could then read them"


def test_on_sms_a_new_log_offers_to_link_the_phone_saying_who_else_could_open_it() -> None:
    store = FakeStore(sms=True)
    chat = Chat(store, short=True)
    chat.say(FULL)
    chat.say("save it")
    chat.say("new code")
    saved, offer = chat.reply.messages
    assert "new code words here now" in saved["text"]
    assert WARNING in offer["text"] and 'Text "unlink" at any time' in offer["text"]
    assert chat.options == ["link this phone", "no"]
    assert chat.draft.fields == {}  # the entry is saved: nothing of it waits in the draft
    chat.say("link this phone")
    assert store.phone_link == "new code words here now"
    assert "Texts from this phone open your notes now" in chat.all_text
    assert chat.options == ["add another entry", "see my entries", "finished"]


def test_opening_with_the_code_on_sms_offers_the_link_and_anything_but_yes_declines() -> None:
    for answer in ("no", "what does that mean?"):
        store = FakeStore(has_log=True, sms=True)
        chat = Chat(store, purpose="open", short=True)
        chat.say(CODE)
        assert "Your notes are open. They have 0 entries." in chat.all_text
        assert WARNING in chat.last
        chat.say(answer)
        assert store.phone_link is None
        assert "You'll need your code each time." in chat.all_text
        assert chat.draft.stage == "menu" and "unlink" not in chat.options


def test_saving_with_the_code_on_sms_offers_the_link_after_saving() -> None:
    store = FakeStore(has_log=True, sms=True)
    chat = Chat(store, short=True)
    chat.say(FULL)
    chat.say("save it")
    chat.say("i have a code")
    chat.say(CODE)
    assert "Saved. Your notes have 1 entry now." in chat.all_text and WARNING in chat.last
    chat.say("yes")
    assert store.phone_link == CODE


def _linked_store() -> FakeStore:
    """A phone linked to the log earlier, as a new log conversation starts."""
    store = FakeStore(has_log=True, sms=True)
    store.phone_link = CODE
    store.open_linked()
    return store


def test_a_linked_phone_opens_its_log_without_the_code_until_it_is_unlinked() -> None:
    store = _linked_store()
    chat = Chat(store, purpose="open", short=True)
    assert chat.draft.stage == "menu"  # no code asked
    assert "Your notes are open. They have 0 entries." in chat.all_text
    assert WARNING not in chat.all_text  # linked already: not offered again
    assert "unlink" in chat.options
    chat.say("unlink")
    assert store.phone_link is None and "won't open your notes now" in chat.all_text
    assert "unlink" not in chat.options
    chat.say("finished")
    assert "You'll need your code." in chat.last


def test_on_a_linked_phone_an_entry_is_saved_without_the_code() -> None:
    store = _linked_store()
    chat = Chat(store, short=True)
    chat.say(FULL)
    chat.say("save it")
    assert "Saved. Your notes have 1 entry now." in chat.all_text
    chat.say("finished")
    assert 'text "log something" from this phone' in chat.last


def test_deleting_the_log_removes_the_phone_link() -> None:
    store = _linked_store()
    chat = Chat(store, purpose="open", short=True)
    chat.say("delete the whole log")
    chat.say("yes")
    assert chat.reply.end and store.phone_link is None


def test_the_web_never_offers_to_link() -> None:
    store = FakeStore(has_log=True)  # a web chat's store cannot link
    chat = Chat(store, purpose="open")
    chat.say(CODE)
    assert "this phone" not in chat.all_text and chat.draft.stage == "menu"
    chat.say("add an entry")
    chat.say(FULL)
    chat.say("save it")
    assert "this phone" not in chat.all_text


# --- the wording ---------------------------------------------------------------------

TEXTS = [(name, medium, text) for name, both in texts().items() for medium, text in both.items()]


def test_every_text_has_a_web_and_an_sms_variant() -> None:
    assert all(set(both) == {"web", "sms"} for both in texts().values())


@pytest.mark.parametrize(("name", "medium", "text"), [t for t in TEXTS if t[1] == "sms"])
def test_sms_texts_are_gsm7_short_and_neutral_on_the_lock_screen(name, medium, text) -> None:
    filled = text.format(code="maple lantern river otter bench", keep="1 year", count="2 entries",
                         minutes=30, shown=9, total=12, when="27 Nov 21:30",
                         link="http://localhost:8000/log")  # fmt: skip
    assert is_gsm7(filled), (name, non_gsm7(filled))
    assert len(filled) <= 306, name
    assert not reveals_topic(filled), name


@pytest.mark.parametrize(("name", "medium", "text"), TEXTS)
def test_texts_are_plain_english(name, medium, text) -> None:
    assert textstat.flesch_kincaid_grade(text) <= 7.0, (name, medium)


def test_danger_in_an_answer_is_not_kept_and_the_question_waits() -> None:
    chat = Chat(FakeStore())
    chat.say("He followed me")
    assert _asked(chat) == "when"
    chat.reply = step(chat.draft, "hes outside my door now", NOW, False, chat.store, alarm=True)
    assert "we can carry on" in chat.reply.messages[0]["text"]
    assert "When did it happen?" in chat.last
    chat.say("yesterday at 5pm")
    assert "hes outside" not in str(chat.draft.fields)


def test_danger_in_the_account_keeps_the_account() -> None:
    chat = Chat(FakeStore())
    chat.reply = step(chat.draft, "He is outside my door now", NOW, False, chat.store, alarm=True)
    assert chat.draft.fields["what"] == "He is outside my door now"


def test_on_sms_the_code_is_out_of_the_lock_screen_and_the_text_asks_to_be_deleted() -> None:
    from common.sms_text import PREVIEW_CHARS

    store = FakeStore()
    chat = Chat(store, short=True)
    chat.say(FULL)
    chat.say("save it")
    chat.say("new code")
    saved = chat.reply.messages[0]["text"]
    assert saved.index("new code words here now") > PREVIEW_CHARS
    assert "then delete it" in saved and "Lose them and the notes are lost" in saved
