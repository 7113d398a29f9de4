"""Builds and runs the web service: ``python -m web.server`` (port WEB_PORT, default 8000)."""

from __future__ import annotations

import logging
import os

from sanic import Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from signposting.api import api

logger = logging.getLogger(__name__)


def create_app(name: str = "hru_web") -> Sanic:
    app = Sanic(name)
    # Sanic's own access log would record query strings (place names people typed).
    app.config.ACCESS_LOG = False
    app.blueprint(api)

    @app.exception(SanicException)
    async def http_error(request: Request, exc: SanicException) -> HTTPResponse:
        return response.json({"error": str(exc) or "request failed"}, status=exc.status_code)

    @app.exception(Exception)
    async def unexpected(request: Request, exc: Exception) -> HTTPResponse:
        logger.error("web.unexpected_error path=%s error=%s", request.path, type(exc).__name__)
        return response.json({"error": "something went wrong on our side"}, status=500)

    return app


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    app = create_app()
    app.run(
        host=os.environ.get("WEB_INTERFACE", "127.0.0.1"),
        port=int(os.environ.get("WEB_PORT", "8000")),
        access_log=False,
        workers=1,
    )


if __name__ == "__main__":
    main()
