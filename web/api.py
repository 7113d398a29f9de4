"""HTTP API for the signposting library: services and order eligibility.

Mounted by the web service (web/server.py) on port 8000. Every input is
checked: a bad one gets a 400 with ``{"error": ..., "field": ...}``, never a
500. The OpenAPI description (signposting/openapi.yml) is served at
``/openapi.json`` and a test keeps it true.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from signposting.directory import AREAS, IDENTITIES, NEEDS, Service, load_directory
from signposting.eligibility import (
    NOT_LEGAL_ADVICE,
    Facts,
    OrderOption,
    assess_orders,
    explain,
    questions_that_matter,
)
from signposting.places import PlaceMatch, area_for

OPENAPI_FILE = Path(__file__).parent / "openapi.yml"
MAX_LIMIT = 50
MAX_PLACE_CHARS = 200
DEFAULT_LIMIT = 10
TRUE, FALSE = {"true", "1", "yes"}, {"false", "0", "no"}

api = Blueprint("signposting_api")


class BadInput(ValueError):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field, self.problem = field, problem


def bad_request(err: BadInput) -> HTTPResponse:
    return response.json({"error": err.problem, "field": err.field}, status=400)


def _one(request: Request, name: str) -> str | None:
    values = request.args.getlist(name)
    if not values:
        return None
    if len(values) > 1:
        raise BadInput(name, f"{name} may be given once")
    return values[0].strip()


def _choices(request: Request, name: str, allowed: frozenset) -> set[str]:
    raw = _one(request, name)
    if raw is None or raw == "":
        return set()
    chosen = {v.strip() for v in raw.split(",") if v.strip()}
    unknown = sorted(chosen - allowed)
    if unknown:
        raise BadInput(
            name, f"unknown {name}: {', '.join(unknown)}; use {', '.join(sorted(allowed))}"
        )
    return chosen


def _boolean(request: Request, name: str) -> bool:
    raw = _one(request, name)
    if raw is None or raw == "":
        return False
    if raw.lower() in TRUE:
        return True
    if raw.lower() in FALSE:
        return False
    raise BadInput(name, f"{name} must be true or false")


def _limit(request: Request) -> int:
    raw = _one(request, "limit")
    if raw is None or raw == "":
        return DEFAULT_LIMIT
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise BadInput("limit", f"limit must be a whole number from 1 to {MAX_LIMIT}")
    return int(raw)


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


@api.get("/health")
async def health(_: Request) -> HTTPResponse:
    return response.json({"status": "ok", "services": len(load_directory())})


@api.get("/api/services")
async def services(request: Request) -> HTTPResponse:
    try:
        needs = _choices(request, "need", NEEDS)
        identities = _choices(request, "identity", IDENTITIES)
        area = _one(request, "area") or None
        if area is not None and area not in AREAS:
            raise BadInput("area", f"unknown area; use {', '.join(sorted(AREAS))}")
        place_text = _one(request, "place") or None
        if place_text is not None and len(place_text) > MAX_PLACE_CHARS:
            raise BadInput("place", f"place must be at most {MAX_PLACE_CHARS} characters")
        open_now = _boolean(request, "open_now")
        limit = _limit(request)
    except BadInput as err:
        return bad_request(err)
    place = area_for(place_text) if place_text else None
    if place is not None and place.status == "local" and area is None:
        area = place.area
    now = datetime.now(timezone.utc)
    found = load_directory().find(
        needs=needs or None, identities=identities or None, area=area, at=now
    )
    if open_now:
        found = [s for s in found if s.hours_known and s.is_open(now)]
    return response.json(
        {
            "as_of": now.isoformat(),
            "place": place_json(place),
            "services": [service_json(s, now) for s in found[:limit]],
        }
    )


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


def _facts(request: Request) -> Facts:
    try:
        body = request.json
    except Exception as exc:  # sanic raises InvalidUsage for unparsable JSON
        raise BadInput("body", "the body must be a JSON object") from exc
    if body is None:
        body = {}
    if not isinstance(body, dict):
        raise BadInput("body", "the body must be a JSON object")
    try:
        return Facts.parse_obj(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first.get("loc") else "body"
        raise BadInput(field, f"{field}: {first['msg']}") from exc


@api.post("/api/eligibility")
async def eligibility(request: Request) -> HTTPResponse:
    try:
        facts = _facts(request)
    except BadInput as err:
        return bad_request(err)
    options = assess_orders(facts)
    return response.json(
        {
            "options": [option_json(o) for o in options],
            "questions_that_matter": questions_that_matter(facts),
            "explanation": explain(options, "web"),
            "disclaimer": NOT_LEGAL_ADVICE,
        }
    )


@lru_cache(maxsize=1)
def openapi_document() -> dict[str, Any]:
    return yaml.safe_load(OPENAPI_FILE.read_text(encoding="utf-8"))


@api.get("/openapi.json")
async def openapi(_: Request) -> HTTPResponse:
    return response.json(openapi_document())
