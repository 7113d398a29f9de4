"""Screenshots of the web chat for the README: ``python -m scripts.screenshots``.

Starts the stack (test Redis databases, a unique key prefix, removed after),
opens the demo page in Debian's chromium, has a short conversation (a court
order question and the first question with its buttons) and saves:

* docs/img/webchat-desktop.png (1280 x 800)
* docs/img/webchat-320.png (320 x 640, the narrowest supported phone width)
* docs/img/console-desktop.png (1280 wide, the whole page): the advocate console with a
  high-risk chat claimed, the summary, the person's message and a reply. The
  person's side is played through the handover library, as the browser tests
  do (tests/browser/test_console.py).
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


def console_shot(env: dict[str, str], out: Path) -> Path:
    from common.settings import Settings, load_settings
    from handover import Priority
    from tests.browser.test_console import Person, sign_in

    fields = set(Settings.__fields__)
    person = Person(
        load_settings(None, **{k.lower(): v for k, v in env.items() if k.lower() in fields})
    )
    person.create_account("sam.jones")
    path = out / "console-desktop.png"
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        # localhost, not 127.0.0.1: Chromium keeps the Secure session cookie there only.
        sign_in(page, f"http://localhost:{env['WEB_PORT']}/advocate/")
        person.hand_over(1, Priority.HIGH)
        page.locator(".item").filter(has_text="High risk").click()
        page.get_by_role("button", name="Claim this chat").click()
        person.says(1, "Hello? He was outside my work again last night.")
        expect(page.locator("#transcript li.victim")).to_contain_text("outside my work")
        page.get_by_label("Your reply").fill("Hi, I'm Sam from the unit. Are you safe to talk now?")
        page.get_by_role("button", name="Send").click()
        expect(page.locator("#transcript li.advocate")).to_contain_text("safe to talk")
        page.locator("#transcript").scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        page.screenshot(path=str(path), full_page=True)
        browser.close()
    return path


def main() -> int:
    if not MODEL_PATH.is_file():
        raise SystemExit("train first: make train")
    env = stack_env()
    stack = Stack(env, quiet=False)
    try:
        stack.start()
        for path in shoot(f"http://127.0.0.1:{env['WEB_PORT']}/", OUT):
            print(f"wrote {path.relative_to(ROOT)}")
        print(f"wrote {console_shot(env, OUT).relative_to(ROOT)}")
    finally:
        stack.stop()
        delete_keys(env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
