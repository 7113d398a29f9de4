"""Browser tests: Debian's chromium driven by Playwright against the real stack.

Playwright's own browser download does not work on our machines, so the
tests launch ``/usr/bin/chromium`` (installed by scripts/setup.sh) with
``executable_path``. The stack (Redis, action server, web service, Rasa) is
the end-to-end suite's own fixture.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from tests.e2e.conftest import stack  # noqa: F401 - the shared real-stack fixture

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EXIT_PAGE = "<!doctype html><title>Weather</title><h1>Weather</h1>"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    assert CHROMIUM.is_file(), "chromium is missing: run make setup (apt-get install chromium)"
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def demo_url(stack) -> str:  # noqa: F811 - the fixture imported above
    return f"http://127.0.0.1:{stack.env['WEB_PORT']}/"


class Requests:
    """Every request a context made, so a test can prove none left for a third party."""

    def __init__(self) -> None:
        self.hosts: set[str] = set()

    def third_party(self, allowed: set[str]) -> set[str]:
        return self.hosts - allowed


@pytest.fixture
def requests_seen() -> Requests:
    return Requests()


@pytest.fixture
def context(browser: Browser, requests_seen: Requests) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.set_default_timeout(30_000)
    ctx.on("request", lambda r: requests_seen.hosts.add(urlsplit(r.url).netloc))
    ctx.route(
        re.compile(r"^https://www\.bbc\.co\.uk/.*"),
        lambda route: route.fulfill(status=200, content_type="text/html", body=EXIT_PAGE),
    )
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()
