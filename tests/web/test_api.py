"""The signposting API in process: routes, the OpenAPI description, validation, errors.

The description (web/openapi.yml) is checked against the served routes, the
request models, the library's vocabularies and every response; and the API
must accept exactly the requests the description allows (issue 12, point 7).
"""

from __future__ import annotations

from itertools import product
from typing import Any
from urllib.parse import quote

import httpx
import jsonschema
import pytest
from sanic import Sanic

from signposting.areas import SERVICE_AREAS, Area
from signposting.directory import IDENTITIES, NEEDS
from signposting.eligibility import FACT_FIELDS, Behaviour, CaseOutcome, Relationship
from web.api import openapi_document
from web.models import EligibilityRequest, ServicesQuery

SPEC = openapi_document()
FACTS_SCHEMA = SPEC["components"]["schemas"]["Facts"]


def _response_schema(path: str, status: str, method: str = "get") -> dict:
    entry = SPEC["paths"][path][method]["responses"][status]
    if "$ref" in entry:
        entry = SPEC["components"]["responses"][entry["$ref"].rsplit("/", 1)[-1]]
    return {**entry["content"]["application/json"]["schema"], "components": SPEC["components"]}


def _valid(instance: object, schema: dict) -> bool:
    resolver = jsonschema.RefResolver.from_schema({**schema, "components": SPEC["components"]})
    validator = jsonschema.Draft202012Validator(schema, resolver=resolver)
    return validator.is_valid(instance)


def _param(name: str) -> dict:
    params = SPEC["paths"]["/api/services"]["get"]["parameters"]
    return next(p for p in params if p["name"] == name)


# ---------------------------------------------------------------------------
# The description matches the routes, the models and the library


def test_every_api_route_is_described_and_every_description_is_served(app: Sanic) -> None:
    served = {
        ("/" + route.path.lstrip("/"), method.lower())
        for route in app.router.routes
        if ".signposting_api." in route.name
        for method in route.methods
    }
    described = {
        (path, method)
        for path, item in SPEC["paths"].items()
        # The advocate console's API: tests/web/test_advocate_openapi.py; the
        # incident log's: tests/web/test_incident_log_api.py.
        if not path.startswith(("/advocate/", "/api/incident-log", "/log"))
        for method in item
    }
    assert served == described


def test_the_facts_schema_is_the_order_facts_in_asking_order() -> None:
    assert tuple(FACTS_SCHEMA["properties"]) == FACT_FIELDS
    assert tuple(EligibilityRequest.__fields__) == FACT_FIELDS
    questions = _response_schema("/api/eligibility", "200", "post")["properties"]
    assert tuple(questions["questions_that_matter"]["items"]["enum"]) == FACT_FIELDS


@pytest.mark.parametrize(
    ("field", "values"),
    [
        ("relationship", {r.value for r in Relationship}),
        ("case_outcome", {c.value for c in CaseOutcome}),
        ("area", {a.value for a in Area}),
    ],
)
def test_fact_enums_match_the_library(field: str, values: set[str]) -> None:
    assert set(FACTS_SCHEMA["properties"][field]["enum"]) == values | {None}


def test_behaviour_enum_matches_the_library() -> None:
    items = FACTS_SCHEMA["properties"]["behaviours"]["items"]["enum"]
    assert set(items) == {b.value for b in Behaviour}


@pytest.mark.parametrize(
    ("name", "values"), [("need", NEEDS), ("identity", IDENTITIES), ("area", SERVICE_AREAS)]
)
def test_query_enums_match_the_library(name: str, values: frozenset) -> None:
    schema = _param(name)["schema"]
    assert set(schema.get("items", schema)["enum"]) == set(values)


def test_query_parameters_are_the_query_model() -> None:
    params = SPEC["paths"]["/api/services"]["get"]["parameters"]
    assert [p["name"] for p in params] == list(ServicesQuery.__fields__)


# ---------------------------------------------------------------------------
# Responses match the description


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/health", ""),
        ("/api/services", ""),
        ("/api/services", "?need=self_harm&limit=3"),
        ("/api/services", "?identity=men&area=warrington&open_now=true"),
        ("/api/services", "?place=WA4%206RT"),
        ("/api/services", "?place=manchester"),
        ("/openapi.json", ""),
    ],
)
async def test_responses_match_the_description(
    client: httpx.AsyncClient, path: str, query: str
) -> None:
    reply = await client.get(path + query)
    assert reply.status_code == 200
    assert _valid(reply.json(), _response_schema(path, "200"))


async def test_an_unexpected_error_is_json_and_names_no_detail(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("secret detail")

    monkeypatch.setattr("web.api.area_for", broken)
    reply = await client.get("/api/services?place=Crewe")
    assert reply.status_code == 500
    assert reply.json() == {"error": "something went wrong on our side"}


# ---------------------------------------------------------------------------
# The API accepts exactly what the description allows


def _query_allowed(name: str, raw: str) -> bool:
    """What the description allows for one query parameter's text (empty: not given)."""
    if raw == "":
        return True
    schema = _param(name)["schema"]
    if schema.get("type") == "array":
        value: object = [item for item in raw.split(",") if item]
    elif schema.get("type") == "boolean":
        value = {"true": True, "false": False}.get(raw, raw)
    elif schema.get("type") == "integer":
        value = int(raw) if raw.isascii() and raw.isdigit() else raw
    else:
        value = raw
    return _valid(value, schema)


QUERY_VALUES = {
    "need": ["stalking", "stalking,self_harm", "bogus", "stalking,bogus", "1", ""],
    "identity": ["men", "men,lgbt", "martian", "true"],
    "area": ["warrington", "national", "manchester", "Warrington", "3"],
    "place": ["Crewe", "WA4 6RT", "x" * 200, "x" * 201],
    "open_now": ["true", "false", "1", "0", "yes", "perhaps", "TRUE"],
    "limit": ["1", "50", "0", "51", "abc", "2.5", "-1", "١"],
}


@pytest.mark.parametrize(
    ("name", "raw"), [(name, raw) for name, values in QUERY_VALUES.items() for raw in values]
)
async def test_services_accepts_exactly_the_described_values(
    client: httpx.AsyncClient, name: str, raw: str
) -> None:
    reply = await client.get(f"/api/services?{name}={quote(raw)}")
    allowed = _query_allowed(name, raw)
    assert reply.status_code == (200 if allowed else 400), reply.text
    if not allowed:
        assert reply.json()["field"] == name
        assert _valid(reply.json(), _response_schema("/api/services", "400"))


async def test_a_repeated_parameter_is_a_400(client: httpx.AsyncClient) -> None:
    reply = await client.get("/api/services?limit=1&limit=2")
    assert reply.status_code == 400 and reply.json()["field"] == "limit"


FACT_VALUES: dict[str, list[object]] = {
    "relationship": ["ex_partner", "stranger", None, "Ex-partner", "alien", 1, ["ex_partner"]],
    "knows_who": [True, False, None, 1, 0, "true", "yes"],
    "lived_together": [True, None, 1.0],
    "behaviours": [["following"], [], ["following", "threats"], None, "following", ["juggling"],
                   [1], {"following": True}],
    "reported": [False, None, "no", 0],
    "case_outcome": ["charged", None, "Charged", 2],
    "area": ["halton", "greater_manchester", "other", None, "national", "Halton", True],
}  # fmt: skip


@pytest.mark.parametrize(
    ("field", "value"),
    [(field, value) for field, values in FACT_VALUES.items() for value in values],
    ids=repr,
)
async def test_eligibility_accepts_exactly_the_described_values(
    client: httpx.AsyncClient, field: str, value: object
) -> None:
    body = {field: value}
    reply = await client.post("/api/eligibility", json=body)
    allowed = _valid(body, FACTS_SCHEMA)
    assert reply.status_code == (200 if allowed else 400), reply.text
    schema = _response_schema("/api/eligibility", "200" if allowed else "400", "post")
    assert _valid(reply.json(), schema)
    if not allowed:
        assert reply.json()["field"] == field


@pytest.mark.parametrize(
    "pair", list(product(["ex_partner", "stranger"], [True, False], ["halton", "croydon"]))
)
async def test_combined_valid_facts_are_accepted(client: httpx.AsyncClient, pair: tuple) -> None:
    relationship, reported, area = pair
    body = {"relationship": relationship, "reported": reported, "area": area}
    reply = await client.post("/api/eligibility", json=body)
    assert reply.status_code == 200
    assert _valid(reply.json(), _response_schema("/api/eligibility", "200", "post"))


@pytest.mark.parametrize(
    ("content", "field"),
    [
        (b'{"favourite_colour": "blue"}', "favourite_colour"),
        (b'["not", "an", "object"]', "body"),
        (b"null", "body"),
        (b"{oops", "body"),
    ],
)
async def test_bad_bodies_get_400_naming_the_field(
    client: httpx.AsyncClient, content: bytes, field: str
) -> None:
    reply = await client.post(
        "/api/eligibility", content=content, headers={"content-type": "application/json"}
    )
    assert reply.status_code == 400
    assert reply.json()["field"] == field


async def test_no_body_means_no_facts(client: httpx.AsyncClient) -> None:
    reply = await client.post("/api/eligibility")
    assert reply.status_code == 200
    assert reply.json()["questions_that_matter"][0] == "relationship"
