"""The incident log in the real widget, against a real stack (issue 13).

A person logs two incidents on different days in the web chat and gets a
code; on another device (a new browser context: nothing shared) they open
the log with the code, list the entries, follow the download route to the
page at /log (which warns first) and export the PDF, then delete the whole
log; the code opens nothing after that.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader

from scripts.stack import MODEL_PATH, Stack
from tests.browser.widget import BOT, Widget
from tests.e2e.conftest import delete_keys, stack_env

FIRST = "last night about half 9 he was waiting outside my work in Crewe in a silver Corsa"
REPLY = 60_000  # the bot's replies on a loaded machine
LONDON = ZoneInfo("Europe/London")


@pytest.fixture(scope="module")
def log_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A stack of its own: the shared one has no INCIDENT_LOG_SECRET, so no log."""
    assert MODEL_PATH.is_file(), "train first: make train"
    env = stack_env()
    env |= {
        "INCIDENT_LOG_SECRET": secrets.token_urlsafe(32),
        "INCIDENT_LOG_PAGE_URL": f"http://127.0.0.1:{env['WEB_PORT']}/log",
    }
    running = Stack(env, log_dir=tmp_path_factory.mktemp("ilog-browser-logs"), quiet=True).start()
    try:
        yield running
    finally:
        running.stop()
        delete_keys(env)


def replies(page: Page):
    return page.get_by_role("group", name="Suggested replies").get_by_role("button")


def tap(widget: Widget, name: str) -> list[str]:
    """Taps a quick-reply button; returns the bot messages that answer it."""
    page = widget.page
    before = page.locator(BOT).count()
    replies(page).get_by_text(name, exact=True).click()
    return widget.wait_for_bot(before + 1)[before:]


def assert_no_serious_axe_violations(page: Page) -> None:
    results = Axe().run(page)
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def answer_questions(widget: Widget, answered: list[str], typed: dict[str, str]) -> list[str]:
    """Answers or skips each follow-up question until the read-back; returns the read-back."""
    last = answered
    for _ in range(12):
        text = last[-1]
        if "Shall I save it?" in text:
            return last
        for asks, words in typed.items():
            if asks in text:
                last = widget.say(words)
                break
        else:
            if "reported it" in text:
                last = tap(widget, "No")
            else:
                last = tap(widget, "Skip")
    raise AssertionError(f"no read-back: {widget.bot_texts()[-3:]}")


def save_entry(widget: Widget, readback: list[str], new_code: bool, code: str = "") -> list[str]:
    assert "Shall I save it?" in readback[-1]
    asked = tap(widget, "Save it")
    assert "Do you already have a code" in asked[-1]
    if new_code:
        return tap(widget, "No, make a new one")
    assert "type your code" in tap(widget, "Yes, I have a code")[-1]
    return widget.say(code)


def test_log_two_incidents_come_back_export_and_delete(
    page: Page, browser: Browser, log_stack: Stack
) -> None:
    page.set_default_timeout(REPLY)
    demo = f"http://127.0.0.1:{log_stack.env['WEB_PORT']}/"
    now = dt.datetime.now(LONDON)
    # A weekday four days ago: never today, never "last night".
    day = (now - dt.timedelta(days=4)).strftime("%A")
    second = f"on {day} he sent me 20 messages"

    # 1. The first incident, in their own words; the questions by buttons.
    widget = Widget(page).open(demo)
    assert "your own words" in widget.say("I want to log something")[-1]
    expect(replies(page).get_by_text("Not now", exact=True)).to_be_visible()
    first_questions = widget.say(FIRST)
    readback = answer_questions(
        widget, first_questions, {"say or send": "He said I can't hide from him"}
    )
    text = "\n".join(readback)
    assert "Crewe" in text and "Corsa" in text
    assert "can't hide from him" in text  # the one question answered in words
    assert_no_serious_axe_violations(page)  # read-back with its buttons
    saved = "\n".join(save_entry(widget, readback, new_code=True))
    match = re.search(r"Your code is:\s*([a-z]+(?: [a-z]+){4})\b", saved)
    assert match, saved
    code = match.group(1)
    assert "If the code is lost, the log is lost too" in saved
    finished = tap(widget, "Finished")
    assert "log something" in finished[-1]

    # 2. A second incident, on another day; "That's all" at the first question.
    assert "your own words" in widget.say("log something")[-1]
    asked = widget.say(second)
    assert any(b == "That's all" for b in replies(page).all_inner_texts()), asked
    readback = tap(widget, "That's all")  # straight to the read-back
    assert "Shall I save it?" in readback[-1], readback
    assert "20 messages" in "\n".join(readback)
    saved = "\n".join(save_entry(widget, readback, new_code=False, code=code))
    assert "Your log has 2 entries now" in saved, saved
    tap(widget, "Finished")

    # 3. Another device: a new context shares no storage with the first.
    other = browser.new_context(viewport={"width": 1280, "height": 900})
    other.set_default_timeout(REPLY)
    try:
        device = Widget(other.new_page()).open(demo)
        assert device.storage().get("w.t") != widget.token()
        expect(device.page.locator(".hru-wc-msg")).to_have_count(0)
        assert "type your code" in device.say("open my log")[-1]
        opened = "\n".join(device.say(code))
        assert "Your log is open. It has 2 entries." in opened, opened
        assert_no_serious_axe_violations(device.page)  # the log's menu
        listed = "\n".join(tap(device, "See my entries"))
        assert "in the order they happened" in listed
        lines = [ln for ln in listed.splitlines() if re.match(r"^\d\. ", ln)]
        assert len(lines) == 2, listed
        # Four days ago first, then last night at half past nine (listed as "27 Nov 21:30").
        yesterday = (now - dt.timedelta(days=1)).strftime("%d %b")
        assert (now - dt.timedelta(days=4)).strftime("%d %b") in lines[0], lines
        assert "20 messages" in lines[0]
        assert f"{yesterday} 21:30: last night about half 9" in lines[1], lines

        # 4. The download route: the warning first, then the page at /log.
        warned = "\n".join(tap(device, "Download a copy"))
        assert "a file you download stays on this device" in warned
        assert "advocate" in warned
        for name in ("Send to my advocate", "Download anyway", "Back"):
            expect(replies(device.page).get_by_text(name, exact=True)).to_be_visible()
        linked = tap(device, "Download anyway")
        assert any("/log" in t and "type your code" in t for t in linked), linked
        with other.expect_page() as opening:
            device.page.locator(BOT).get_by_role("link", name=demo + "log").last.click()
        log_page = opening.value
        log_page.wait_for_load_state()
        assert log_page.url == demo + "log"
        warning = log_page.locator("#warning")
        expect(warning).to_contain_text("a file you download stays on this device")
        expect(log_page.locator("main")).to_contain_text("send my log to my advocate")
        log_page.get_by_label("Your code").fill(code)
        log_page.get_by_role("button", name="Open my log").click()
        expect(log_page.get_by_role("status")).to_have_text("Your log is open.")
        expect(log_page.locator("#count")).to_have_text("2")
        with log_page.expect_download() as downloading:
            log_page.get_by_role("button", name="Download a PDF").click()
        download = downloading.value
        assert download.suggested_filename == "incident-log.pdf"
        pdf = PdfReader(io.BytesIO(Path(download.path()).read_bytes()))
        words = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pdf.pages))
        for word in ("Number of entries: 2", "Crewe", "silver Corsa", "20 messages"):
            assert word in words, word
        expect(log_page.get_by_role("status")).to_have_text("Done.")
        log_page.close()

        # 5. Delete the whole log (confirmed); the code then opens nothing.
        asked = "\n".join(tap(device, "Delete the whole log"))
        assert "Delete your whole log" in asked
        deleted = "\n".join(tap(device, "Yes, delete it all"))
        assert "Your log is deleted" in deleted
        assert "type your code" in device.say("open my log")[-1]
        assert "didn't open a log" in device.say(code)[-1]
    finally:
        other.close()
