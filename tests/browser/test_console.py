"""The advocate console in a real browser (Debian's chromium), against a real web service.

The stack here is the web service alone (``scripts.stack.Stack.start_web``,
the same process ``make run`` starts) on the test Redis database with its own
key prefix: the console needs no Rasa server. The person's side is played by
the handover library in the test, as the Rasa server's turn would: it queues
handovers and adds messages, and the console must show them without a reload.

The page is opened as ``http://localhost:<port>``: the session cookie is
Secure (the default), and Chromium accepts Secure cookies on localhost only.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import redis
from argon2 import PasswordHasher
from axe_playwright_python.sync_playwright import Axe
from cryptography.fernet import Fernet
from playwright.sync_api import BrowserContext, Page, expect
from redis.asyncio import Redis

from bot.channels.sms.identity import NumberVault
from common.settings import Settings, load_settings
from handover import AccountStore, HandoverConfig, HandoverRequest, Priority, Role
from handover.queue import Callback
from handover.service import HandoverService
from incident_log.extract import LONDON
from incident_log.model import Entry
from incident_log.sharing import share_with_handover
from incident_log.vault import KdfParams, Vault, new_code
from scripts.stack import Stack
from tests.e2e.conftest import delete_keys, stack_env

PASSWORD = "correct horse battery"


def run_async(make: Callable[[], Any]) -> Any:
    """Runs a coroutine beside Playwright's own event loop."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


class Person:
    """The person's side and the accounts, through the library on the stack's Redis."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _redis(self) -> Redis:
        s = self.settings
        return Redis(host=s.redis_host, port=s.redis_port, db=s.redis_db, decode_responses=True)

    def create_account(self, username: str, role: Role = Role.ADVOCATE) -> None:
        async def create() -> None:
            client = self._redis()
            cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
            store = AccountStore(client, HandoverConfig.from_settings(self.settings), cheap)
            await store.create(username, PASSWORD, role)
            await client.close()

        run_async(create)

    def hand_over(self, n: int, priority: Priority, **kw: Any) -> str:
        async def start() -> str:
            client = self._redis()
            request = HandoverRequest(
                conversation_id=f"web:browser{n}",
                channel="webchat",
                area="cheshire_east",
                risk_flags=("threats", "escalation"),
                priority=priority,
                consent_to_share=True,
                **kw,
            )
            summary = {
                "consent_to_share": True,
                "priority": priority.value,
                "priority_reasons": ["they have threatened to kill"],
                "danger_flags": [],
                "area": "cheshire_east",
                "identities": ["women"],
                "needs": ["stalking", "reporting"],
                "screening": [
                    {
                        "number": 1,
                        "question": "Are you very frightened?",
                        "sdash": "Q1",
                        "answer": "yes",
                    }
                ],
                "told_topics": ["evidence diary"],
            }
            handover, _ = await HandoverService(client, self.settings).start(
                request, summary, "asked for a person"
            )
            await client.close()
            return handover.id

        return run_async(start)

    def says(self, n: int, text: str, danger: bool = False) -> None:
        async def say() -> None:
            client = self._redis()
            service = HandoverService(client, self.settings)
            handover = await service.live(f"web:browser{n}")
            assert handover is not None
            await service.person_said(handover, text, ("danger",) if danger else (), danger)
            await client.close()

        run_async(say)

    def leaves_a_number(self, n: int, number: str) -> None:
        """Keeps a number with the handover, as the handover mode does for a callback."""

        async def keep() -> None:
            client = self._redis()
            service = HandoverService(client, self.settings)
            handover = await service.live(f"web:browser{n}")
            assert handover is not None
            sealed = NumberVault(self.settings.sms_number_key).encrypt(number)
            await service.set_contact(handover.id, sealed)
            await client.close()

        run_async(keep)

    def shares_a_log(self, n: int) -> None:
        """Keeps a one-entry log and shares it with the advocate, as the log conversation does."""
        s = self.settings
        client = redis.Redis(host=s.redis_host, port=s.redis_port, db=s.redis_db)
        vault = Vault(
            client,
            secret=s.incident_log_secret,
            prefix=s.redis_key_prefix,
            kdf=KdfParams(n=2**10),
        )
        log = vault.create(new_code())
        happened = dt.datetime(2026, 11, 21, 19, 30, tzinfo=LONDON)
        log.save(
            Entry(
                recorded_at=happened + dt.timedelta(hours=1),
                occurred_at=happened,
                where="Outside the Co-op on Mill Street",
                what="He followed me from the bus stop to my door",
                witnesses="My neighbour Jo",
            )
        )
        share_with_handover(vault, f"web:browser{n}", log, ttl_seconds=600)
        client.close()


@pytest.fixture(scope="module")
def web_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    env = stack_env()
    env["ADVOCATE_SWEEP_SECONDS"] = "1"
    # Short enough to see a handover marked overdue within a test (the least allowed).
    env["HANDOVER_UNCLAIMED_SECONDS"] = "10"
    # The incident log a person can share with their advocate (issue 13).
    env["INCIDENT_LOG_SECRET"] = secrets.token_urlsafe(32)
    # The number a person leaves for a callback is kept encrypted with this key.
    env["SMS_NUMBER_KEY"] = Fernet.generate_key().decode()
    running = Stack(env, log_dir=tmp_path_factory.mktemp("console-logs"), quiet=True)
    running.ensure_redis()
    running.start_web()
    try:
        yield running
    finally:
        running.stop()
        # Accounts are kept until an admin disables them (handover/accounts.py);
        # every other key must have expired by itself.
        conn = redis.Redis(
            host=env["REDIS_HOST"], port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"])
        )
        for key in conn.scan_iter(f"{env['REDIS_KEY_PREFIX']}:handover:account*"):
            conn.delete(key)
        delete_keys(env)


@pytest.fixture(scope="module")
def person(web_stack: Stack) -> Person:
    fields = set(Settings.__fields__)
    values = {k.lower(): v for k, v in web_stack.env.items() if k.lower() in fields}
    person = Person(load_settings(None, **values))
    person.create_account("sam.jones")
    return person


@pytest.fixture
def console_url(web_stack: Stack) -> str:
    return f"http://localhost:{web_stack.env['WEB_PORT']}/advocate/"


def sign_in(page: Page, url: str, username: str = "sam.jones") -> None:
    page.goto(url)
    expect(page.get_by_role("heading", name="Advocate console")).to_be_visible()
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#me")).to_have_text(username)
    expect(page.locator("#live")).to_contain_text("Live")


def serious_axe_violations(page: Page) -> list[tuple]:
    results = Axe().run(page)
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_the_sign_in_page_refuses_a_wrong_password(page: Page, console_url: str, person) -> None:
    page.goto(console_url)
    page.get_by_label("Username").fill("sam.jones")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("Wrong username or password.")
    assert serious_axe_violations(page) == []


def test_sign_in_see_a_handover_arrive_claim_read_reply_and_end(
    page: Page, context: BrowserContext, console_url: str, person: Person
) -> None:
    sign_in(page, console_url)
    cookies = {c["name"]: c for c in context.cookies()}
    session = cookies["hru_advocate"]
    assert session["httpOnly"] and session["secure"] and session["sameSite"] == "Strict"
    assert session["path"] == "/advocate"

    # A high-risk handover arrives: it appears, with an alert, without a reload.
    person.hand_over(1, Priority.HIGH, callback=Callback("after 6pm", "phone"))
    item = page.locator(".item").filter(has_text="High risk")
    expect(item).to_be_visible()
    expect(item).to_contain_text("Callback: after 6pm by phone")
    expect(item).to_contain_text("Flags: threats, escalation")
    expect(page.locator("#alert")).to_contain_text("New high-risk chat")

    # Open it: the summary.
    item.click()
    expect(page.locator("#h-title")).to_have_text("High risk: Web chat, Cheshire east")
    summary = page.locator("#summary")
    expect(summary).to_contain_text("stalking, reporting")
    expect(summary).to_contain_text("evidence diary")
    expect(summary).to_contain_text("they have threatened to kill")
    expect(page.locator("#screening")).to_contain_text("Are you very frightened?")

    page.get_by_role("button", name="Claim this chat").click()
    reply_box = page.get_by_label("Your reply")
    expect(reply_box).to_be_focused()
    expect(page.locator("#h-meta")).to_contain_text("You have this chat")

    # The person writes: the message appears, without a reload.
    person.says(1, "Hello? He is outside again.")
    transcript = page.locator("#transcript")
    expect(transcript.locator("li.victim")).to_contain_text("Hello? He is outside again.")

    reply_box.fill("Hi, I'm Sam. Are you safe to talk right now?")
    page.get_by_role("button", name="Send").click()
    expect(transcript.locator("li.advocate")).to_contain_text("Are you safe to talk right now?")
    expect(reply_box).to_have_value("")

    # A danger message during the handover: a visual alert and a flagged line.
    person.says(1, "He has a knife", danger=True)
    expect(page.locator("#alert")).to_contain_text("Danger message")
    expect(transcript.locator("li.flagged")).to_contain_text("He has a knife")

    assert serious_axe_violations(page) == []

    page.get_by_label("Outcome note (they do not see this)").fill("Called 999 with them.")
    page.get_by_role("button", name="End chat").click()
    expect(page.locator("#h-meta")).to_contain_text("Ended: Called 999 with them.")
    expect(page.locator(".item")).to_have_count(0)
    expect(page.locator("#queue-empty")).to_be_visible()


def test_works_at_320_pixels_wide(browser, console_url: str, person: Person) -> None:  # noqa: ANN001 - the session's browser fixture
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        sign_in(page, console_url)
        person.hand_over(2, Priority.STANDARD)
        page.locator(".item").first.click()
        page.get_by_role("button", name="Claim this chat").click()
        expect(page.get_by_label("Your reply")).to_be_visible()
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 320
        assert serious_axe_violations(page) == []
        page.get_by_role("button", name="Sign out").click()
        expect(page.get_by_role("button", name="Sign in")).to_be_visible()
    finally:
        context.close()


def test_waiting_too_long_is_marked_and_an_admin_reads_the_audit_trail(
    page: Page, console_url: str, person: Person
) -> None:
    person.create_account("lee.admin", Role.ADMIN)
    sign_in(page, console_url, "lee.admin")
    person.hand_over(3, Priority.STANDARD)
    waiting = page.locator(".item").filter(has_text="Waiting")
    expect(waiting).to_have_count(1)
    # The web service's sweep tells the person and marks it; the console shows it live.
    expect(waiting.locator(".badge.overdue")).to_have_text("Overdue", timeout=30_000)

    page.get_by_role("button", name="Audit trail").click()
    expect(page.get_by_role("heading", name="Audit trail")).to_be_focused()
    rows = page.locator("#audit-rows")
    expect(rows).to_contain_text("claimed")
    expect(rows).to_contain_text("replied")
    expect(rows).to_contain_text("ended")
    expect(rows.locator("tr").first).to_contain_text("lee.admin")
    assert serious_axe_violations(page) == []


def test_the_holder_reads_a_shared_incident_log_and_downloads_it(
    page: Page, console_url: str, person: Person
) -> None:
    handover_id = person.hand_over(4, Priority.STANDARD)
    person.shares_a_log(4)
    sign_in(page, console_url)
    page.locator(f'.item[data-id="{handover_id}"]').click()
    section = page.locator("#log-section")
    expect(section.get_by_role("heading", name="Shared incident log")).to_be_visible()
    # Before claiming, nothing says whether a log was shared.
    expect(section).to_contain_text("Only the advocate who has this chat")
    expect(section.locator("#log-entries li")).to_have_count(0)

    page.get_by_role("button", name="Claim this chat").click()
    expect(section).to_contain_text("They shared their incident log with you: 1 entry")
    entry = section.locator("#log-entries > li")
    expect(entry).to_have_count(1)
    expect(entry).to_contain_text("He followed me from the bus stop to my door")
    expect(entry).to_contain_text("Outside the Co-op on Mill Street")
    expect(entry).to_contain_text("My neighbour Jo")
    expect(entry).to_contain_text("21 Nov 2026, 20:30")  # recorded
    expect(section).to_contain_text("secure work device")
    assert serious_axe_violations(page) == []

    with page.expect_download() as download_info:
        section.get_by_role("link", name="Download PDF").click()
    download = download_info.value
    path = download.path()
    assert path is not None
    with open(path, "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"

    page.get_by_role("button", name="Put back in the queue").click()
    expect(section).to_contain_text("Only the advocate who has this chat")
    expect(section.locator("#log-entries li")).to_have_count(0)


def test_the_holder_sees_the_number_left_for_a_callback(
    page: Page, console_url: str, person: Person
) -> None:
    sign_in(page, console_url)
    person.hand_over(7, Priority.STANDARD, callback=Callback("weekday mornings", "phone"))
    person.leaves_a_number(7, "+447700900777")
    item = page.locator(".item").filter(has_text="Callback: weekday mornings")
    item.click()
    expect(page.get_by_role("button", name="Show their number")).to_be_hidden()
    page.get_by_role("button", name="Claim this chat").click()
    page.get_by_role("button", name="Show their number").click()
    expect(page.locator("#contact-number")).to_have_text("+447700900777")
    assert serious_axe_violations(page) == []
    page.get_by_role("button", name="Put back in the queue").click()
    expect(page.get_by_role("button", name="Show their number")).to_be_hidden()
