"""Regressions for what schemathesis found against the description (tests/e2e/test_api_fuzz.py)."""

from __future__ import annotations

import httpx
import pytest

from web.api import openapi_document

SPEC = openapi_document()


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("TRACE", "/health", "GET"),
        ("PUT", "/api/services", "GET"),
        ("GET", "/api/eligibility", "POST"),
    ],
)
async def test_a_405_lists_the_allowed_methods(
    client: httpx.AsyncClient, method: str, path: str, allowed: str
) -> None:
    # RFC 9110 section 15.5.6: a 405 response must carry an Allow header.
    reply = await client.request(method, path)
    assert reply.status_code == 405
    assert reply.headers["allow"] == allowed
    assert set(reply.json()) == {"error"}


def test_every_query_parameter_is_described_as_allowed_empty() -> None:
    # The API reads an empty value as not given (web.models.ServicesQuery.from_args).
    parameters = SPEC["paths"]["/api/services"]["get"]["parameters"]
    assert all(p.get("allowEmptyValue") is True for p in parameters if p["in"] == "query")


async def test_empty_query_values_are_not_given(client: httpx.AsyncClient) -> None:
    empty = await client.get("/api/services?need=&identity=&area=&place=&open_now=&limit=")
    plain = await client.get("/api/services")
    assert empty.status_code == 200
    assert [s["id"] for s in empty.json()["services"]] == [
        s["id"] for s in plain.json()["services"]
    ]


@pytest.mark.parametrize(
    ("path", "method"), [("/api/services", "get"), ("/api/eligibility", "post")]
)
def test_a_too_large_request_is_a_described_status(path: str, method: str) -> None:
    assert "413" in SPEC["paths"][path][method]["responses"]
