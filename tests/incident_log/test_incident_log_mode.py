"""The log inside the shared turn, on real Redis, with a stand-in for Rasa.

What a person notices: once they ask to log something, their account and
answers never reach the bot; danger in the middle still gets 999 first and
the entry carries on; the entry is saved behind a new code; "delete my data"
removes the draft; and nothing readable of the entry is left in Redis.
"""

from __future__ import annotations

import pytest
import redis
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.safety.replies import response_text
from bot.turn import SafeTurn, TurnRequest
from bot.turn.incident_log_mode import IncidentLogMode
from common import markers
from common.settings import Settings
from incident_log.vault import Vault
from tests.incident_log.conftest import CHEAP, SECRET
from tests.unit.test_safe_turn import Handler

DANGER = response_text("utter_immediate_danger")
START = markers.start_mode("incident_log", purpose="entry")
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
    for key in redis_conn.scan_iter(f"{log_settings.redis_key_prefix}*"):
        value = redis_conn.dump(key) or b""
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

    store = mode._store("web:codes", None)
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
