"""The incident log a person shared, as the advocate console shows it (issues 10 and 13).

In process, on real Redis (test database, test prefix): a log is created with
the vault and shared for a conversation as the log conversation does
(:func:`incident_log.sharing.share_with_handover`), then advocates read it
through the console's API. Only the advocate who holds the handover may read
or download it (403 for anyone else, before anything is said about the log);
without consent, or once it is withdrawn or the log deleted, 404; every read
and download is in the audit trail; nothing of an entry is logged.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from typing import Any

import pytest
import redis
from pypdf import PdfReader
from redis.asyncio import Redis
from sanic import Sanic

from common.settings import Settings
from handover import HandoverConfig, Role
from handover.service import HandoverService
from incident_log.extract import LONDON
from incident_log.model import Entry, Reported
from incident_log.sharing import share_with_handover, stop_sharing
from incident_log.vault import KdfParams, Log, Vault, new_code
from tests.web.conftest import browser, check_answer, console_settings, enqueue
from web.advocate._shared_log import SharedLogs

SECRET = "advocate-shared-log-test-secret-" + "y" * 16
CHEAP = KdfParams(n=2**10, r=8, p=1)  # the real derivation is slow; none is needed here
LOG = "/advocate/api/handovers/{handover_id}/log"
PDF = "/advocate/api/handovers/{handover_id}/log.pdf"
HANDOVER = "/advocate/api/handovers/{handover_id}"
NOT_SHARED = {"error": "they have not shared an incident log with this chat"}

# What the person wrote: each must reach the holder, and never a log line.
WORDS = (
    "He waited by the bins outside Nantwich library",
    "Tall, black puffer jacket, silver Vauxhall Corsa KX19 ZTW",
    "Priya from the library desk",
    "Screenshot of his texts saved in my email",
    "Could not go back to work the next day",
    "Library car park, Nantwich",
    "It was 10 past 6, not 6",
    "CC-20261123",
)


@pytest.fixture
def settings(redis_conn: redis.Redis, redis_test_prefix: str) -> Settings:
    return console_settings(redis_test_prefix, incident_log_secret=SECRET)


@pytest.fixture
def vault(redis_conn: redis.Redis, redis_test_prefix: str) -> Vault:
    """The vault the log conversation uses (same secret, database and prefix)."""
    return Vault(redis_conn, secret=SECRET, prefix=redis_test_prefix, kdf=CHEAP)


def entries() -> list[Entry]:
    """Two incidents, recorded later one first; the first amended the day after."""
    first_at = dt.datetime(2026, 11, 20, 18, 0, tzinfo=LONDON)
    first = Entry(
        recorded_at=first_at + dt.timedelta(hours=2),
        occurred_at=first_at,
        occurred_phrase="Friday about 6",
        occurred_approximate=True,
        where=WORDS[5],
        what=WORDS[0],
        description=WORDS[1],
        witnesses=WORDS[2],
        evidence=WORDS[3],
        reported=Reported(to_police=True, officer="PC Okafor", crime_reference=WORDS[7]),
        impact=WORDS[4],
    ).amend("occurred", WORDS[6], first_at + dt.timedelta(days=1))
    second_at = dt.datetime(2026, 11, 24, 8, 15, tzinfo=LONDON)
    second = Entry(
        recorded_at=second_at + dt.timedelta(minutes=30),
        occurred_at=second_at,
        where="Crewe station",
        what="A card through my door with no stamp",
    )
    return [second, first]


def shared_log(vault: Vault, conversation_id: str) -> Log:
    """A log kept with the vault, shared for this conversation as the bot does it."""
    log = vault.create(new_code())
    for entry in entries():
        log.save(entry)
    share_with_handover(vault, conversation_id, log, ttl_seconds=600)
    return log


async def audited(aredis: Redis, settings: Settings, action: str) -> list[tuple[str, str]]:
    """(actor, target) of every audit entry with this action."""
    rows = await aredis.xrange(HandoverConfig.from_settings(settings).key("audit"))
    return [(f["actor"], f["target"]) for _id, f in rows if f["action"] == action]


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# ---------------------------------------------------------------------------
# The holder


async def test_the_holder_sees_the_shared_entries_and_downloads_the_pdf(
    sign_in: Any,
    service: HandoverService,
    vault: Vault,
    aredis: Redis,
    settings: Settings,
) -> None:
    handover_id = await enqueue(service, 1)  # conversation web:person1
    shared_log(vault, "web:person1")
    sam = await sign_in("sam.jones")
    assert (await sam.post(f"handovers/{handover_id}/claim")).status_code == 200

    detail = await sam.get(f"handovers/{handover_id}")
    assert (detail.json()["log_shared"], detail.json()["log_entries"]) == (True, 2)
    check_answer(detail, HANDOVER)

    reply = await sam.get(f"handovers/{handover_id}/log")
    assert reply.status_code == 200
    assert reply.headers["cache-control"] == "no-store"
    check_answer(reply, LOG)
    body = reply.json()
    assert body["count"] == 2 and body["handover_id"] == handover_id
    assert body["pdf"] == f"/advocate/api/handovers/{handover_id}/log.pdf"
    first, second = body["entries"]  # in the order things happened
    assert first["what"] == WORDS[0] and second["what"].startswith("A card")
    assert first["when"].startswith("about Fri 20 Nov 2026 18:00")
    assert first["recorded_at"].startswith("2026-11-20T20:00")
    assert (first["where"], first["description"]) == (WORDS[5], WORDS[1])
    assert first["witnesses"] == WORDS[2]
    assert (first["evidence"], first["impact"]) == (WORDS[3], WORDS[4])
    assert first["reported"]["to_police"] is True
    assert first["reported"]["crime_reference"] == WORDS[7]
    assert [(a["field"], a["text"]) for a in first["amendments"]] == [("occurred", WORDS[6])]
    assert second["amendments"] == []

    download = await sam.get(f"handovers/{handover_id}/log.pdf")
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/pdf"
    assert download.headers["content-disposition"] == 'attachment; filename="incident-log.pdf"'
    assert download.headers["cache-control"] == "no-store"
    assert download.content.startswith(b"%PDF")
    text = " ".join(pdf_text(download.content).split())
    assert "Number of entries: 2" in text
    for words in WORDS:
        assert " ".join(words.split()) in text, words
    assert text.index("Nantwich library") < text.index("A card through my door")

    assert await audited(aredis, settings, "view_log") == [("sam.jones", handover_id)]
    assert await audited(aredis, settings, "download_log") == [("sam.jones", handover_id)]


async def test_the_admin_reads_the_views_and_downloads_in_the_audit_trail(
    sign_in: Any, service: HandoverService, vault: Vault
) -> None:
    handover_id = await enqueue(service, 1)
    shared_log(vault, "web:person1")
    sam = await sign_in("sam.jones")
    lee = await sign_in("lee.admin", Role.ADMIN)
    await sam.post(f"handovers/{handover_id}/claim")
    await sam.get(f"handovers/{handover_id}/log")
    await sam.get(f"handovers/{handover_id}/log.pdf")
    reply = await lee.get("audit")
    check_answer(reply, "/advocate/api/audit")
    seen = [(e["actor"], e["action"], e["target"]) for e in reply.json()["entries"]]
    assert ("sam.jones", "view_log", handover_id) in seen
    assert ("sam.jones", "download_log", handover_id) in seen


# ---------------------------------------------------------------------------
# Anyone else


async def test_only_the_advocate_holding_the_handover_may_read_or_download(
    sign_in: Any,
    service: HandoverService,
    vault: Vault,
    aredis: Redis,
    settings: Settings,
) -> None:
    handover_id = await enqueue(service, 1)
    shared_log(vault, "web:person1")
    sam = await sign_in("sam.jones")
    lee = await sign_in("lee.admin", Role.ADMIN)

    # Waiting: nobody holds it, and the detail does not say whether a log was shared.
    detail = (await sam.get(f"handovers/{handover_id}")).json()
    assert (detail["log_shared"], detail["log_entries"]) == (None, None)
    for path in (f"handovers/{handover_id}/log", f"handovers/{handover_id}/log.pdf"):
        reply = await sam.get(path)
        assert reply.status_code == 403
        check_answer(reply, LOG)

    await sam.post(f"handovers/{handover_id}/claim")
    # Another advocate, an admin too, is refused until they take it over explicitly.
    assert (await lee.get(f"handovers/{handover_id}/log")).status_code == 403
    assert (await lee.get(f"handovers/{handover_id}/log.pdf")).status_code == 403
    assert (await lee.get(f"handovers/{handover_id}")).json()["log_shared"] is None
    assert (await lee.post(f"handovers/{handover_id}/take-over")).status_code == 200
    assert (await lee.get(f"handovers/{handover_id}/log")).status_code == 200
    assert (await sam.get(f"handovers/{handover_id}/log")).status_code == 403

    # Ended: nobody holds it any more.
    await lee.post(f"handovers/{handover_id}/end", {"outcome": "safety plan made"})
    assert (await lee.get(f"handovers/{handover_id}/log.pdf")).status_code == 403

    # Only the one permitted read is audited.
    assert await audited(aredis, settings, "view_log") == [("lee.admin", handover_id)]
    assert await audited(aredis, settings, "download_log") == []


async def test_an_unknown_handover_is_not_found(sign_in: Any) -> None:
    sam = await sign_in("sam.jones")
    for path in (f"handovers/{'0' * 32}/log", "handovers/not-an-id/log.pdf"):
        reply = await sam.get(path)
        assert reply.status_code == 404
        assert reply.json() == {"error": "no such handover"}


async def test_without_a_session_the_answer_is_401(web: Sanic) -> None:
    async with browser(web) as http:
        for path in (LOG, PDF):
            reply = await http.get(path.replace("{handover_id}", "a" * 32))
            assert reply.status_code == 401
            assert reply.json() == {"error": "sign in first"}


# ---------------------------------------------------------------------------
# Without consent


async def test_without_consent_the_holder_learns_only_that_nothing_was_shared(
    sign_in: Any,
    service: HandoverService,
    vault: Vault,
    aredis: Redis,
    settings: Settings,
) -> None:
    handover_id = await enqueue(service, 1)
    other = vault.create(new_code())  # a log exists, but was never shared
    other.save(entries()[0])
    sam = await sign_in("sam.jones")
    await sam.post(f"handovers/{handover_id}/claim")
    detail = await sam.get(f"handovers/{handover_id}")
    assert (detail.json()["log_shared"], detail.json()["log_entries"]) == (False, 0)
    check_answer(detail, HANDOVER)
    for path in (LOG, PDF):
        reply = await sam.get(path.replace("{handover_id}", handover_id)[len("/advocate/api/") :])
        assert reply.status_code == 404
        assert reply.json() == NOT_SHARED
        check_answer(reply, path)
    assert await audited(aredis, settings, "view_log") == []
    assert await audited(aredis, settings, "download_log") == []


@pytest.mark.parametrize("how", ["withdrawn", "deleted"])
async def test_a_withdrawn_consent_or_a_deleted_log_reads_nothing(
    sign_in: Any, service: HandoverService, vault: Vault, how: str
) -> None:
    handover_id = await enqueue(service, 1)
    log = shared_log(vault, "web:person1")
    sam = await sign_in("sam.jones")
    await sam.post(f"handovers/{handover_id}/claim")
    assert (await sam.get(f"handovers/{handover_id}/log")).status_code == 200
    if how == "withdrawn":
        stop_sharing(vault, "web:person1")  # "stop sharing my log"
    else:
        log.delete()
    assert (await sam.get(f"handovers/{handover_id}")).json()["log_shared"] is False
    for suffix in ("log", "log.pdf"):
        reply = await sam.get(f"handovers/{handover_id}/{suffix}")
        assert (reply.status_code, reply.json()) == (404, NOT_SHARED)


async def test_a_log_shared_for_another_conversation_is_not_shown(
    sign_in: Any, service: HandoverService, vault: Vault
) -> None:
    handover_id = await enqueue(service, 1)
    shared_log(vault, "web:person2")
    sam = await sign_in("sam.jones")
    await sam.post(f"handovers/{handover_id}/claim")
    assert (await sam.get(f"handovers/{handover_id}/log")).status_code == 404


async def test_without_an_incident_log_secret_nothing_is_shared(
    sign_in: Any, service: HandoverService, vault: Vault, web: Sanic, settings: Settings
) -> None:
    handover_id = await enqueue(service, 1)
    shared_log(vault, "web:person1")
    web.ctx.advocate_console.shared_logs = SharedLogs(
        settings.copy(update={"incident_log_secret": ""})
    )
    sam = await sign_in("sam.jones")
    await sam.post(f"handovers/{handover_id}/claim")
    assert (await sam.get(f"handovers/{handover_id}")).json()["log_shared"] is False
    assert (await sam.get(f"handovers/{handover_id}/log.pdf")).status_code == 404


# ---------------------------------------------------------------------------
# Failures and logs


async def test_a_vault_failure_is_503_and_the_chat_still_opens(
    sign_in: Any,
    service: HandoverService,
    vault: Vault,
    web: Sanic,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handover_id = await enqueue(service, 1)
    shared_log(vault, "web:person1")
    sam = await sign_in("sam.jones")
    await sam.post(f"handovers/{handover_id}/claim")

    async def broken(*_args: Any) -> None:
        raise redis.ConnectionError("Redis went away")

    logs = web.ctx.advocate_console.shared_logs
    for name in ("entries", "count", "pdf"):
        monkeypatch.setattr(logs, name, broken)
    detail = await sam.get(f"handovers/{handover_id}")
    assert detail.status_code == 200 and detail.json()["log_shared"] is None
    for path in (LOG, PDF):
        reply = await sam.get(path.replace("{handover_id}", handover_id)[len("/advocate/api/") :])
        assert reply.status_code == 503
        check_answer(reply, path)


async def test_nothing_of_an_entry_is_logged(
    sign_in: Any,
    service: HandoverService,
    vault: Vault,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    handover_id = await enqueue(service, 1)
    shared_log(vault, "web:person1")
    sam = await sign_in("sam.jones")
    await sam.post(f"handovers/{handover_id}/claim")
    await sam.get(f"handovers/{handover_id}")
    await sam.get(f"handovers/{handover_id}/log")
    await sam.get(f"handovers/{handover_id}/log.pdf")
    for words in (*WORDS, "web:person1"):
        assert words not in caplog.text
