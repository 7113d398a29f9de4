"""The signposting API: services and order eligibility, over the library.

Mounted by :func:`web.app.create_app`. Requests are read by the pydantic
models in :mod:`web.models`; a bad one gets a 400 with ``{"error": ...,
"field": ...}`` (:mod:`common.errors`), never a 500. The OpenAPI description
(``web/openapi.yml``) is served at ``/openapi.json``; tests keep it and the
models in step.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from common.errors import FieldError, error_body
from common.medium import Medium
from signposting.directory import Directory, Service, cached_directory
from signposting.eligibility import (
    NOT_LEGAL_ADVICE,
    OrderOption,
    assess_orders,
    explain,
    questions_that_matter,
)
from signposting.places import PlaceMatch, area_for
from web.models import EligibilityRequest, ServicesQuery, parse

OPENAPI_FILE = Path(__file__).parent / "openapi.yml"


def api_blueprint() -> Blueprint:
    """The API's routes: /health, /api/services, /api/eligibility, /openapi.json."""
    api = Blueprint("signposting_api")
    api.add_route(health, "/health", methods=["GET"])
    api.add_route(services, "/api/services", methods=["GET"])
    api.add_route(eligibility, "/api/eligibility", methods=["POST"])
    api.add_route(openapi, "/openapi.json", methods=["GET"])
    return api


def bad_request(err: FieldError) -> HTTPResponse:
    return response.json(error_body(err), status=400)


def service_json(service: Service, at: datetime) -> dict[str, Any]:
    """A service as the API shows it: unconfirmed fields are null, never shown."""
    return {
        "id": service.id,
        "name": service.name,
        "phone": service.shown("phone"),
        "text": service.shown("text"),
        "web_chat": service.shown("web_chat"),
        "hours": service.hours.describe() if service.hours_known else None,
        "open_now": service.is_open(at) if service.hours_known else None,
        "for": list(service.for_),
        "needs": list(service.needs),
        "areas": list(service.areas),
        "free": service.shown("free"),
        "shows_on_bill": service.shown("shows_on_bill"),
        "summary": service.summary,
        "source": service.source,
        "last_verified": str(service.last_verified),
    }


def place_json(place: PlaceMatch | None) -> dict[str, Any] | None:
    """How a place was understood; national services only unless status is local."""
    if place is None:
        return None
    return {
        "status": place.status,
        "area": place.area,
        "matched": place.place,
        "candidates": list(place.candidates),
    }


def option_json(option: OrderOption) -> dict[str, Any]:
    return {
        "id": option.id,
        "name": option.name,
        "verdict": str(option.verdict),
        "reason": option.reason,
        "who_applies": option.who_applies,
        "court": option.court,
        "cost": option.cost,
        "legal_aid": option.legal_aid,
        "duration": option.duration,
        "breach": option.breach,
        "next_step": option.next_step,
        "statute": option.statute,
        "caveat": option.caveat,
        "unconfirmed": list(option.unconfirmed),
        "source": option.source,
        "last_verified": str(option.last_verified),
    }


def _directory(request: Request) -> Directory:
    """The bundled services, or the deployer's checked copy (SERVICES_FILE)."""
    return cached_directory(request.app.ctx.settings.services_file)


async def health(request: Request) -> HTTPResponse:
    return response.json({"status": "ok", "services": len(_directory(request))})


async def services(request: Request) -> HTTPResponse:
    try:
        query = ServicesQuery.from_args(dict(request.args))
    except FieldError as err:
        return bad_request(err)
    place = area_for(query.place) if query.place else None
    area = query.area
    if place is not None and place.status == "local" and area is None:
        area = place.area
    now = datetime.now(timezone.utc)
    found = _directory(request).find(
        needs=set(query.need) or None, identities=set(query.identity) or None, area=area, at=now
    )
    if query.open_now:
        found = [s for s in found if s.is_open(now)]
    return response.json(
        {
            "as_of": now.isoformat(),
            "place": place_json(place),
            "services": [service_json(s, now) for s in found[: query.limit]],
        }
    )


def _body(request: Request) -> Any:
    if not request.body:
        return {}  # the body is optional: no body, no facts
    try:
        return request.json
    except Exception as exc:  # noqa: BLE001 - sanic raises InvalidUsage for unparsable JSON
        raise FieldError("body", "the body must be a JSON object") from exc


async def eligibility(request: Request) -> HTTPResponse:
    try:
        facts = parse(EligibilityRequest, _body(request)).facts()
    except FieldError as err:
        return bad_request(err)
    options = assess_orders(facts)
    return response.json(
        {
            "options": [option_json(o) for o in options],
            "questions_that_matter": questions_that_matter(facts),
            "explanation": explain(options, Medium.WEB),
            "disclaimer": NOT_LEGAL_ADVICE,
        }
    )


@lru_cache(maxsize=1)
def openapi_document() -> dict[str, Any]:
    return yaml.safe_load(OPENAPI_FILE.read_text(encoding="utf-8"))


async def openapi(_: Request) -> HTTPResponse:
    return response.json(openapi_document())
