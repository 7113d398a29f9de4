"""The log inside the shared turn, on real Redis, with a stand-in for Rasa.

What a person notices: once they ask to log something, their account and
answers never reach the bot; danger in the middle still gets 999 first and
the entry carries on; the entry is saved behind a new code; "delete my data"
removes the draft; and nothing readable of the entry is left in Redis. By
text, they may link the phone so later texts need no code, until "unlink",
"delete my data" or STOP; the web chat never links.
"""

from __future__ import annotations

import pytest
import redis
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.sms.options import render
from bot.safety.replies import response_text
from bot.turn import SafeTurn, TurnRequest
from bot.turn.incident_log_mode import IncidentLogMode
from common import markers
from common.settings import Settings
from incident_log.vault import Vault
from tests.incident_log.conftest import CHEAP, SECRET
from tests.redis_values import everything
from tests.unit.test_safe_turn import Handler

DANGER = response_text("utter_immediate_danger")
START = markers.start_mode("incident_log", purpose="entry")
OPEN = markers.start_mode("incident_log", purpose="open")
PHONE = "sms_" + "5e" * 32
ACCOUNT = "Last night about half 9 he sat outside my flat in a silver Astra KP19 XYZ"
WORDS = ("silver Astra", "KP19", "outside my flat", "Sainsburys", "shaking")


@pytest.fixture
def log_settings(settings: Settings) -> Settings:
    return settings.copy(update={"incident_log_secret": SECRET})


@pytest.fixture
def mode(log_settings: Settings, redis_conn: redis.Redis) -> IncidentLogMode:
    vault = Vault(redis_conn, secret=SECRET, prefix=log_settings.redis_key_prefix, kdf=CHEAP)
    return IncidentLogMode(log_settings, vault=vault)


@pytest.fixture
async def trackers() -> InMemoryTrackerStore:
    store = InMemoryTrackerStore(Domain.empty())
    await store.save(DialogueStateTracker("web:one", []))
    await store.save(DialogueStateTracker(PHONE, []))
    return store


def _turn(handler: Handler, trackers, settings: Settings, mode: IncidentLogMode) -> SafeTurn:
    return SafeTurn(handler, lambda: trackers, settings, modes=[mode])


async def _started(trackers, settings, mode) -> tuple[SafeTurn, Handler]:
    asked = Handler({"custom": START})
    first = await _turn(asked, trackers, settings, mode).run(
        TurnRequest("web:one", "i want to log something", "webchat")
    )
    assert "your own words" in first.texts[-1]
    bot = Handler({"text": "the bot answered"})
    return _turn(bot, trackers, settings, mode), bot


async def test_the_account_never_reaches_the_bot_and_is_saved_behind_a_code(
    trackers, log_settings, mode, redis_conn
) -> None:
    safe, bot = await _started(trackers, log_settings, mode)
    said = [ACCOUNT, "No, nothing", "skip", "Yes, the lady from Sainsburys", "No", "No",
            "Shaking, I couldn't sleep", "save it", "new code"]  # fmt: skip
    for text in said:
        result = await safe.run(TurnRequest("web:one", text, "webchat"))
    assert bot.seen == []
    assert "Your code is:" in result.texts[0]
    # Nothing of the entry is readable anywhere in Redis.
    for key, value in everything(redis_conn, log_settings.redis_key_prefix):
        assert not any(word.encode() in value for word in WORDS), key
    # Something else goes back to the bot, which answers it.
    after = await safe.run(TurnRequest("web:one", "who can help in Crewe?", "webchat"))
    assert after.texts == ["the bot answered"]
    assert [m.text for m in bot.seen] == ["who can help in Crewe?"]


async def test_danger_mid_entry_gets_999_first_and_the_entry_carries_on(
    trackers, log_settings, mode
) -> None:
    safe, bot = await _started(trackers, log_settings, mode)
    await safe.run(TurnRequest("web:one", "he followed me", "webchat"))
    result = await safe.run(TurnRequest("web:one", "hes outside my door right now", "webchat"))
    assert result.texts[0] == DANGER
    assert "we can carry on" in result.texts[-2]
    assert "When did it happen?" in result.texts[-1]  # asked again: danger is no answer
    result = await safe.run(TurnRequest("web:one", "yesterday at 8pm", "webchat"))
    assert "Where did it happen?" in result.texts[-1]
    assert bot.seen == []


async def test_delete_my_data_removes_the_draft(trackers, log_settings, mode, redis_conn) -> None:
    safe, bot = await _started(trackers, log_settings, mode)
    await safe.run(TurnRequest("web:one", ACCOUNT, "webchat"))
    drafts = list(redis_conn.scan_iter(f"{log_settings.redis_key_prefix}:ilog-draft:*"))
    assert len(drafts) == 1 and 0 < redis_conn.ttl(drafts[0]) <= 1800
    await safe.forget("web:one")
    assert list(redis_conn.scan_iter(f"{log_settings.redis_key_prefix}:ilog-draft:*")) == []
    after = await safe.run(TurnRequest("web:one", "hello", "webchat"))
    assert after.texts[0] == "the bot answered"  # then the new conversation's notice


async def test_without_a_secret_the_log_says_it_is_unavailable(trackers, settings) -> None:
    mode = IncidentLogMode(settings)
    asked = Handler({"custom": START})
    result = await _turn(asked, trackers, settings, mode).run(
        TurnRequest("web:one", "log it", "webchat")
    )
    assert "can't keep a log right now" in result.texts[-1]
    assert not result.failed


def test_a_new_code_never_looks_like_another_language(log_settings, mode) -> None:
    from bot.turn.language import other_language

    store = mode._store(TurnRequest("web:codes", "log it", "webchat"), None)
    codes = [store.create() for _ in range(300)]
    assert not [code for code in codes if other_language(code)]


async def test_an_expired_entry_keeps_the_next_message_from_the_bot(
    trackers, log_settings, mode, redis_conn
) -> None:
    safe, bot = await _started(trackers, log_settings, mode)
    await safe.run(TurnRequest("web:one", "He followed me", "webchat"))
    for key in redis_conn.scan_iter(f"{log_settings.redis_key_prefix}:ilog-draft:*"):
        redis_conn.delete(key)  # what the draft's expiry amounts to
    result = await safe.run(TurnRequest("web:one", "outside the Co-op on Mill Lane", "webchat"))
    assert "To start again" in result.texts[-1] and bot.seen == []
    after = await safe.run(TurnRequest("web:one", "thanks", "webchat"))
    assert after.texts == ["the bot answered"]  # said once, then the bot again


async def test_a_finished_log_leaves_no_mark(trackers, log_settings, mode, redis_conn) -> None:
    safe, bot = await _started(trackers, log_settings, mode)
    await safe.run(TurnRequest("web:one", "not now", "webchat"))
    assert list(redis_conn.scan_iter(f"{log_settings.redis_key_prefix}:ilog-*")) == []


# --- a linked phone (SMS) ----------------------------------------------------------------


async def _sms(safe: SafeTurn, text: str, conversation: str = PHONE) -> str:
    """The reply as the SMS channel writes it (options numbered; no numbers are sent back)."""
    result = await safe.run(TurnRequest(conversation, text, "sms"))
    return "\n".join(render(result.messages)[0])


async def _new_log_by_text(trackers, settings, mode, link: bool) -> tuple[SafeTurn, Handler, str]:
    """Texts an entry, saves it under a new code and answers the link offer."""
    await _sms(_turn(Handler({"custom": START}), trackers, settings, mode), "log something")
    bot = Handler({"text": "the bot answered"})
    safe = _turn(bot, trackers, settings, mode)
    await _sms(safe, ACCOUNT)
    await _sms(safe, "That's all")
    await _sms(safe, "save it")
    saved = await _sms(safe, "new code")
    assert "Anyone who can use this phone could then read them" in saved
    code = saved.split("Your words: ", 1)[1].split("\n", 1)[0]
    answer = await _sms(safe, "link this phone" if link else "no")
    assert ("Texts from this phone open your notes now" in answer) is link
    assert "OK. To add more" in await _sms(safe, "finished")
    return safe, bot, code


def _links(redis_conn: redis.Redis, settings: Settings) -> list[bytes]:
    return list(redis_conn.scan_iter(f"{settings.redis_key_prefix}:ilog-link:*"))


async def test_a_linked_phone_opens_its_log_in_later_texts_until_unlinked(
    trackers, log_settings, mode, redis_conn
) -> None:
    safe, bot, code = await _new_log_by_text(trackers, log_settings, mode, link=True)
    assert len(_links(redis_conn, log_settings)) == 1
    opener = _turn(Handler({"custom": OPEN}), trackers, log_settings, mode)

    # Later: "open my notes" opens them, no code asked.
    opened = await _sms(opener, "open my notes")
    assert "Your notes are open. They have 1 entry." in opened and "type your code" not in opened
    assert "Unlink this phone" in opened
    # A new entry is saved straight to it.
    await _sms(safe, "add an entry")
    await _sms(safe, "He rang the doorbell at 2am")
    await _sms(safe, "That's all")
    assert "Saved. Your notes have 2 entries now." in await _sms(safe, "save it")
    assert "from this phone" in await _sms(safe, "finished")

    # "unlink", even with no log conversation going on: then the code is needed again.
    assert "This phone won't open your notes now" in await _sms(safe, "Unlink")
    assert _links(redis_conn, log_settings) == []
    assert "type your code" in await _sms(opener, "open my notes")
    reopened = await _sms(safe, code)
    assert "Your notes are open. They have 2 entries." in reopened
    assert "Anyone who can use this phone" in reopened  # offered again, not taken
    assert bot.seen == []
    for key, value in everything(redis_conn, log_settings.redis_key_prefix):
        assert not any(word.encode() in value for word in (*WORDS, "doorbell", code)), key


@pytest.mark.parametrize("how", ["stop", "delete my data", "delete the log"])
async def test_stop_delete_my_data_and_deleting_the_log_remove_the_link(
    trackers, log_settings, mode, redis_conn, how
) -> None:
    safe, bot, code = await _new_log_by_text(trackers, log_settings, mode, link=True)
    assert len(_links(redis_conn, log_settings)) == 1
    if how == "stop":
        await safe.end_modes(PHONE)  # what the SMS channel does on STOP
    elif how == "delete my data":
        await safe.forget(PHONE)
    else:
        await _sms(_turn(Handler({"custom": OPEN}), trackers, log_settings, mode), "open my notes")
        await _sms(safe, "delete the whole log")
        assert "All deleted" in await _sms(safe, "yes")
    assert _links(redis_conn, log_settings) == []
    await trackers.save(DialogueStateTracker(PHONE, []))  # a new conversation, same phone
    again = await _sms(_turn(Handler({"custom": OPEN}), trackers, log_settings, mode), "open")
    assert "type your code" in again


async def test_declining_the_link_keeps_the_code_needed(
    trackers, log_settings, mode, redis_conn
) -> None:
    await _new_log_by_text(trackers, log_settings, mode, link=False)
    assert _links(redis_conn, log_settings) == []
    opener = _turn(Handler({"custom": OPEN}), trackers, log_settings, mode)
    assert "type your code" in await _sms(opener, "open my notes")


async def test_the_web_chat_never_links_even_where_a_link_exists(
    trackers, log_settings, mode, redis_conn
) -> None:
    vault, _, links = mode._parts()
    links.link("web:one", vault.create("maple lantern river otter bench"))
    opener = _turn(Handler({"custom": OPEN}), trackers, log_settings, mode)
    result = await opener.run(TurnRequest("web:one", "open my log", "webchat"))
    assert "type your code" in result.texts[-1]
    reply = await opener.run(TurnRequest("web:one", "maple lantern river otter bench", "webchat"))
    assert "Your log is open" in reply.texts[0]
    assert not any("this phone" in text for text in reply.texts)


async def test_the_text_with_the_new_code_and_the_offer_fits_and_opens_neutrally(
    trackers, log_settings, mode
) -> None:
    from bot.channels.sms.segments import compose, count_segments
    from common.sms_text import reveals_topic

    await _sms(_turn(Handler({"custom": START}), trackers, log_settings, mode), "log something")
    safe = _turn(Handler(), trackers, log_settings, mode)
    for text in (ACCOUNT, "That's all", "save it"):
        await _sms(safe, text)
    result = await safe.run(TurnRequest(PHONE, "new code", "sms"))
    texts, options = render(result.messages)
    body = compose(texts, log_settings.sms_max_parts)
    assert [o.payload for o in options] == ["link this phone", "no"]
    assert body.endswith("2 No, ask for the code")  # nothing cut to fit
    assert count_segments(body) <= log_settings.sms_max_parts
    assert not reveals_topic(body)
