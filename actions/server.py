"""The action server, locked down: ``python -m actions.server``.

``rasa run actions`` (rasa-sdk 3.6) listens on every interface, runs any action
for anyone who posts a hand-made tracker, and on an error logs the request and
echoes its whole body (the tracker, with the person's words) in a 500. This
runs the same rasa-sdk app (``rasa_sdk.endpoint.create_app``) with:

* the interface from ``ACTION_INTERFACE`` (default 127.0.0.1, loopback only);
* every route but ``/health`` refused with 401 unless the request carries
  ``X-Action-Token: <ACTION_SERVER_TOKEN>`` (compared in constant time); Rasa
  sends it from ``endpoints.yml``. ``/health`` stays open: it says only "ok"
  and the channels' safety net probes it;
* errors answered with a fixed message, never the request, and logged by error
  type only (no traceback, no tracker);
* no CORS and no access log.
"""

from __future__ import annotations

import hmac
import logging

from rasa_sdk.endpoint import create_app as create_sdk_app
from sanic import Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from common.settings import SettingsError, load_settings
from signposting.directory import DirectoryError, cached_directory

logger = logging.getLogger(__name__)

TOKEN_HEADER = "X-Action-Token"
OPEN_PATHS = frozenset({"/health"})
# Each call carries a whole tracker, so the cap is well above the channels' own
# (REQUEST_MAX_BYTES); the port is loopback-only and token-guarded.
REQUEST_MAX_BYTES = 16 * 1024 * 1024


class _NoActionNames(logging.Filter):
    """Drops rasa-sdk's "No registered action found for name '<what the caller sent>'"."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("No registered action found")


def create_app(token: str, actions_package: str = "actions") -> Sanic:
    """The rasa-sdk app for ``actions_package``, refusing calls without ``token``.

    Args:
        token: The shared secret every caller but the health probe must send.
        actions_package: Where the actions are registered from.

    Raises:
        ValueError: The token is empty (an open action server is never started).
    """
    if not token:
        raise ValueError("ACTION_SERVER_TOKEN is empty; the action server will not run open")
    expected = token.encode("utf-8")
    logging.getLogger("rasa_sdk.endpoint").addFilter(_NoActionNames())
    # cors_origins="" : no browser page may call it.
    app = create_sdk_app(actions_package, cors_origins="")
    app.config.REQUEST_MAX_SIZE = REQUEST_MAX_BYTES
    app.config.ACCESS_LOG = False

    @app.middleware("request")
    async def require_token(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS:
            return None
        sent = request.headers.get(TOKEN_HEADER, "").encode("utf-8")
        if not hmac.compare_digest(sent, expected):
            logger.warning("actions.server.refused path=%s", request.path)
            return response.json({"error": "unauthorized"}, status=401)
        return None

    @app.middleware("response")
    async def no_echo(request: Request, reply: HTTPResponse) -> HTTPResponse | None:
        # rasa-sdk's 404 names the action the caller asked for; Rasa reads only the
        # status. (Its 400, a form's rejection, is kept: Rasa reads action_name.)
        if reply.status == 404:
            logger.warning("actions.server.not_found path=%s", request.path)
            return response.json({"error": "not found"}, status=404)
        return None

    # Replaces rasa-sdk's handler (registered last, it wins), which logs the
    # request with a traceback and sends the request body back.
    @app.exception(Exception)
    async def generic_error(request: Request, exc: Exception) -> HTTPResponse:
        if isinstance(exc, SanicException) and exc.status_code < 500:
            status, message = exc.status_code, "bad request"
            if exc.status_code == 413:
                message = "request too large"
            elif exc.status_code in (404, 405):
                message = "not found"
        else:
            status, message = 500, "the action server could not run this request"
        logger.error(
            "actions.server.error path=%s status=%s error=%s",
            request.path,
            status,
            type(exc).__name__,
        )
        return response.json({"error": message}, status=status)

    return app


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        settings = load_settings()
        # A broken services file stops start-up here, naming the entry and field,
        # rather than failing the first person who asks who can help.
        cached_directory(settings.services_file)
        app = create_app(settings.action_server_token)
    except (SettingsError, DirectoryError, ValueError) as exc:
        raise SystemExit(f"actions.server: {exc}") from None
    logger.info(
        "actions.server.start interface=%s port=%s", settings.action_interface, settings.action_port
    )
    app.run(
        host=settings.action_interface,
        port=settings.action_port,
        access_log=False,
        workers=1,
    )


if __name__ == "__main__":
    main()
