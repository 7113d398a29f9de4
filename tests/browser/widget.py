"""Drives the widget the way a person would: by its visible labels and roles."""

from __future__ import annotations

import json

from playwright.sync_api import Page, expect

BOT = ".hru-wc-msg--bot, .hru-wc-msg--advocate"
# The demo page's "Exit this page" target; the tests answer it locally.
EXIT_URL = "https://www.bbc.co.uk/weather"


class Widget:
    def __init__(self, page: Page) -> None:
        self.page = page

    def open(self, url: str) -> Widget:
        self.page.goto(url)
        self.page.get_by_role("button", name="Chat with us").click()
        expect(self.input).to_be_focused()
        return self

    @property
    def input(self):
        return self.page.get_by_label("Your message")

    @property
    def log(self):
        return self.page.get_by_role("log", name="Conversation")

    def bot_texts(self) -> list[str]:
        return self.page.locator(BOT).all_inner_texts()

    def say(self, text: str, replies: int = 1) -> list[str]:
        """Sends a message; returns the bot messages that answer it."""
        before = self.page.locator(BOT).count()
        self.input.fill(text)
        self.input.press("Enter")
        return self.wait_for_bot(before + replies)[before:]

    def wait_for_bot(self, count: int) -> list[str]:
        expect(self.page.locator(BOT).nth(count - 1)).to_be_visible(timeout=60_000)
        # Let the rest of the same reply render.
        self.page.wait_for_timeout(300)
        return self.bot_texts()

    def storage(self) -> dict[str, object]:
        raw = self.page.evaluate(
            "() => Object.fromEntries("
            "Object.keys(sessionStorage).map(k => [k, sessionStorage.getItem(k)]))"
        )
        return {k: json.loads(v) for k, v in raw.items()}

    def token(self) -> str:
        return str(self.storage()["w.t"])
