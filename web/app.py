"""The web service's one app factory: ``create_app(settings)``.

Everything the web service serves is a Sanic blueprint listed in
:func:`blueprints`. To add a feature (the web chat widget's assets, the
advocate console, the incident-log API), write its blueprint in its own
package under ``web/`` and add one line there; nothing else changes.
Settings are passed in (never read at import), so tests build an app with
their own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sanic import Blueprint, Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from common.settings import Settings
from web.advocate import advocate_blueprint
from web.api import api_blueprint
from web.incident_log import incident_log_blueprint
from web.widget import widget_blueprint

logger = logging.getLogger(__name__)

APP_NAME = "hru_web"


def blueprints(settings: Settings) -> list[Blueprint]:
    """Every blueprint the web service mounts, in order. Add new features here."""
    mounted: list[Callable[[Settings], Blueprint]] = [
        lambda _settings: api_blueprint(),  # /health, /api/*, /openapi.json
        widget_blueprint,  # /, /widget/*: the web chat widget and demo page
        advocate_blueprint,  # /advocate/*: the advocate console and its API (issue 10)
        incident_log_blueprint,  # /api/incident-log/*, /log: the incident log API and page
    ]
    return [make(settings) for make in mounted]


def create_app(settings: Settings, name: str = APP_NAME) -> Sanic:
    """The web service, with every blueprint and one JSON error shape.

    Args:
        settings: The process's settings (:func:`common.settings.get_settings`).
        name: Sanic's app name; Sanic keeps a registry, so each app in one
            process needs its own (tests pass a unique one).
    """
    app = Sanic(name)
    app.ctx.settings = settings
    # Sanic's own access log would record query strings (place names people typed).
    app.config.ACCESS_LOG = False
    # Bodies over the cap get 413 from the Content-Length, before they are read (issue 12).
    app.config.REQUEST_MAX_SIZE = settings.request_max_bytes
    for blueprint in blueprints(settings):
        app.blueprint(blueprint)

    @app.exception(SanicException)
    async def http_error(request: Request, exc: SanicException) -> HTTPResponse:
        # Keep the exception's headers: a 405 must say which methods are allowed (Allow).
        return response.json(
            {"error": str(exc) or "request failed"},
            status=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception(Exception)
    async def unexpected(request: Request, exc: Exception) -> HTTPResponse:
        logger.error("web.unexpected_error path=%s error=%s", request.path, type(exc).__name__)
        return response.json({"error": "something went wrong on our side"}, status=500)

    return app
