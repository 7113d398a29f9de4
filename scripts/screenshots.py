"""Screenshots of the web chat for the README: ``python -m scripts.screenshots``.

Starts the stack (test Redis databases, a unique key prefix, removed after),
opens the demo page in Debian's chromium, has a short conversation (a court
order question and the first question with its buttons) and saves:

* docs/img/webchat-desktop.png (1280 x 800)
* docs/img/webchat-320.png (320 x 640, the narrowest supported phone width)
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

from scripts.stack import MODEL_PATH, ROOT, Stack
from tests.e2e.conftest import delete_keys, stack_env

OUT = ROOT / "docs" / "img"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
BOT = ".hru-wc-msg--bot"


def converse(page: Page, url: str) -> None:
    page.goto(url)
    page.get_by_role("button", name="Chat with us").click()
    box = page.get_by_label("Your message")
    box.fill("can I get a restraining order?")
    box.press("Enter")
    expect(page.get_by_role("button", name="Yes, ask me")).to_be_visible(timeout=60_000)
    before = page.locator(BOT).count()
    page.get_by_role("button", name="Yes, ask me").click()
    expect(page.locator(BOT).nth(before)).to_be_visible(timeout=60_000)
    page.wait_for_timeout(500)
    page.locator(".hru-wc-input").blur()


def shoot(url: str, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for name, size in (("desktop", (1280, 800)), ("320", (320, 640))):
            page = browser.new_page(viewport={"width": size[0], "height": size[1]})
            converse(page, url)
            path = out / f"webchat-{name}.png"
            page.screenshot(path=str(path))
            made.append(path)
            page.close()
        browser.close()
    return made


def main() -> int:
    if not MODEL_PATH.is_file():
        raise SystemExit("train first: make train")
    env = stack_env()
    stack = Stack(env, quiet=False)
    try:
        stack.start()
        for path in shoot(f"http://127.0.0.1:{env['WEB_PORT']}/", OUT):
            print(f"wrote {path.relative_to(ROOT)}")
    finally:
        stack.stop()
        delete_keys(env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
