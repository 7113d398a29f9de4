"""The signposting API served by the real web service process."""

from __future__ import annotations

import httpx
import jsonschema
import pytest

from scripts.stack import Stack
from signposting.api import openapi_document

SPEC = openapi_document()


def _url(stack: Stack, path: str) -> str:
    return f"http://127.0.0.1:{stack.env['WEB_PORT']}{path}"


def _schema(path: str, status: str) -> dict:
    responses = SPEC["paths"][path]["get"]["responses"]
    entry = responses[status]
    if "$ref" in entry:
        entry = SPEC["components"]["responses"][entry["$ref"].rsplit("/", 1)[-1]]
    schema = entry["content"]["application/json"]["schema"]
    return {**schema, "components": SPEC["components"]}


def _validate(body: object, schema: dict) -> None:
    resolver = jsonschema.RefResolver.from_schema(schema)
    jsonschema.Draft202012Validator(schema, resolver=resolver).validate(body)


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/health", ""),
        ("/api/services", ""),
        ("/api/services", "?need=self_harm&limit=3"),
        ("/api/services", "?identity=men&area=warrington&open_now=true"),
        ("/openapi.json", ""),
    ],
)
def test_responses_match_the_openapi_description(stack: Stack, path: str, query: str) -> None:
    reply = httpx.get(_url(stack, path + query), timeout=10)
    assert reply.status_code == 200
    _validate(reply.json(), _schema(path, "200"))


def test_self_harm_need_puts_samaritans_first(stack: Stack) -> None:
    body = httpx.get(_url(stack, "/api/services?need=self_harm"), timeout=10).json()
    assert body["services"][0]["name"] == "Samaritans"
    assert body["services"][0]["phone"] == "116 123"


def test_unconfirmed_fields_are_never_shown(stack: Stack) -> None:
    body = httpx.get(_url(stack, "/api/services?limit=50&need=domestic_abuse"), timeout=10).json()
    by_id = {s["id"]: s for s in body["services"]}
    assert by_id["mens_advice_line"]["hours"] is None  # hours UNCONFIRMED in the research


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("?need=bogus", "need"),
        ("?identity=martian", "identity"),
        ("?area=manchester", "area"),
        ("?open_now=perhaps", "open_now"),
        ("?limit=0", "limit"),
        ("?limit=abc", "limit"),
        ("?limit=1&limit=2", "limit"),
    ],
)
def test_bad_input_gets_400_naming_the_field(stack: Stack, query: str, field: str) -> None:
    reply = httpx.get(_url(stack, "/api/services" + query), timeout=10)
    assert reply.status_code == 400
    _validate(reply.json(), _schema("/api/services", "400"))
    assert reply.json()["field"] == field


def test_every_route_is_described_and_every_description_is_served(stack: Stack) -> None:
    from web.server import create_app

    app = create_app("route_listing")
    routes = {"/" + route.path.lstrip("/") for route in app.router.routes}
    assert routes == set(SPEC["paths"])
