"""The signposting API served by the real web service process (python -m web.server).

Routes, validation and the description are tested in process in tests/web/;
these check the same API through the process a deployer runs.
"""

from __future__ import annotations

import httpx
import jsonschema
import pytest

from scripts.stack import Stack
from web.api import openapi_document

SPEC = openapi_document()


def _url(stack: Stack, path: str) -> str:
    return f"http://127.0.0.1:{stack.env['WEB_PORT']}{path}"


def _schema(path: str, status: str, method: str = "get") -> dict:
    responses = SPEC["paths"][path][method]["responses"]
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
        ("/api/services", "?place=WA4%206RT"),
        ("/api/services", "?place=manchester"),
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
        ("?place=" + "x" * 300, "place"),
    ],
)
def test_bad_input_gets_400_naming_the_field(stack: Stack, query: str, field: str) -> None:
    reply = httpx.get(_url(stack, "/api/services" + query), timeout=10)
    assert reply.status_code == 400
    _validate(reply.json(), _schema("/api/services", "400"))
    assert reply.json()["field"] == field


def _eligibility(stack: Stack, body: object) -> httpx.Response:
    return httpx.post(_url(stack, "/api/eligibility"), json=body, timeout=10)


def test_eligibility_for_an_ex_partner_who_was_reported(stack: Stack) -> None:
    facts = {
        "relationship": "ex_partner",
        "lived_together": True,
        "behaviours": ["following", "threats"],
        "reported": True,
        "case_outcome": "charged",
        "area": "warrington",
    }
    reply = _eligibility(stack, facts)
    assert reply.status_code == 200
    body = reply.json()
    _validate(body, _schema("/api/eligibility", "200", "post"))
    verdicts = {o["id"]: o["verdict"] for o in body["options"]}
    assert verdicts["non_molestation_order"] == "likely_available"
    assert verdicts["dapn_dapo"] == "not_available"  # Cheshire is not a pilot area
    assert body["explanation"].count("This is not legal advice.") == 1


def test_a_stranger_cannot_get_a_non_molestation_order(stack: Stack) -> None:
    body = _eligibility(stack, {"relationship": "stranger", "knows_who": True}).json()
    verdicts = {o["id"]: o["verdict"] for o in body["options"]}
    assert verdicts["non_molestation_order"] == "not_available"
    assert "lived_together" not in body["questions_that_matter"]


def test_no_facts_means_every_question_still_matters(stack: Stack) -> None:
    body = _eligibility(stack, {}).json()
    assert body["questions_that_matter"][0] == "relationship"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"relationship": "alien"}, "relationship"),
        ({"behaviours": ["juggling"]}, "behaviours"),
        ({"reported": "perhaps"}, "reported"),
        ({"favourite_colour": "blue"}, "favourite_colour"),
        (["not", "an", "object"], "body"),
    ],
)
def test_bad_facts_get_400_naming_the_field(stack: Stack, body: object, field: str) -> None:
    reply = _eligibility(stack, body)
    assert reply.status_code == 400
    _validate(reply.json(), _schema("/api/eligibility", "400", "post"))
    assert reply.json()["field"] == field


def test_unparsable_eligibility_body_gets_400(stack: Stack) -> None:
    reply = httpx.post(
        _url(stack, "/api/eligibility"), content=b"{oops", timeout=10,
        headers={"content-type": "application/json"},
    )  # fmt: skip
    assert reply.status_code == 400 and reply.json()["field"] == "body"


def test_a_cheshire_place_adds_local_services(stack: Stack) -> None:
    body = httpx.get(_url(stack, "/api/services?place=Runcorn&limit=50"), timeout=10).json()
    assert body["place"]["status"] == "local" and body["place"]["area"] == "halton"
    assert "halton_domestic_abuse_service" in {s["id"] for s in body["services"]}


def test_a_place_outside_cheshire_gets_national_services_and_says_so(stack: Stack) -> None:
    body = httpx.get(_url(stack, "/api/services?place=Liverpool&limit=50"), timeout=10).json()
    assert body["place"]["status"] == "outside"
    assert all("national" in s["areas"] for s in body["services"])
