"""Routes of the widget blueprint (see the package docstring)."""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import urlsplit

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from common.settings import Settings
from signposting.directory import load_directory

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
ASSETS = {
    "webchat.js": "application/javascript; charset=utf-8",
    "webchat.css": "text/css; charset=utf-8",
    "demo.css": "text/css; charset=utf-8",
}
# Where "Exit this page" goes on the demo page: a neutral, busy site (the GOV.UK
# pattern suggests BBC Weather); embedders set their own with data-exit-url.
DEMO_EXIT_URL = "https://www.bbc.co.uk/weather"
HELPLINE_ID = "national_stalking_helpline"


def _socket_origins(server_url: str) -> list[str]:
    """The Rasa server's origin over HTTP(S) and the matching WebSocket scheme."""
    parts = urlsplit(server_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("WEBCHAT_SERVER_URL must be an http(s) URL")
    ws = "wss" if parts.scheme == "https" else "ws"
    return [f"{parts.scheme}://{parts.netloc}", f"{ws}://{parts.netloc}"]


def content_security_policy(settings: Settings) -> str:
    """Only this origin and the Rasa server; no inline code, frames or third parties."""
    connect = " ".join(["'self'", *_socket_origins(settings.webchat_server_url)])
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            f"connect-src {connect}",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ]
    )


def widget_blueprint(settings: Settings) -> Blueprint:
    """The widget's assets and the demo page, with their security headers."""
    bp = Blueprint("widget")
    headers = {
        "Content-Security-Policy": content_security_policy(settings),
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        # Host sites on other origins load the script and styles.
        "Cross-Origin-Resource-Policy": "cross-origin",
    }
    assets = {name: (STATIC / name).read_bytes() for name in ASSETS}
    helpline = load_directory().get(HELPLINE_ID).phone or ""
    page = (HERE / "demo.html").read_text(encoding="utf-8")
    for key, value in {
        "server": settings.webchat_server_url.rstrip("/"),
        "exit_url": DEMO_EXIT_URL,
        "helpline": helpline,
    }.items():
        page = page.replace("{" + key + "}", html.escape(value, quote=True))

    @bp.get("/")
    async def demo(_: Request) -> HTTPResponse:
        return response.html(page, headers=headers)

    @bp.get("/widget/<name>")
    async def asset(_: Request, name: str) -> HTTPResponse:
        if name not in assets:
            return response.json({"error": "not found"}, status=404)
        return response.raw(assets[name], content_type=ASSETS[name], headers=headers)

    return bp
