"""axe-core on the demo page with the widget open and a conversation in it."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.browser.widget import Widget


def test_no_serious_or_critical_axe_violations(page: Page, demo_url: str):
    widget = Widget(page).open(demo_url)
    widget.say("can I get a restraining order?", replies=3)
    results = Axe().run(page)
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
