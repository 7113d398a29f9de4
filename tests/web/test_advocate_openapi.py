"""The advocate API's description (web/openapi.yml) matches the routes and the library.

Every route under ``/advocate/api/`` is described and every described
``/advocate/`` path is served; the request limits and vocabularies are the
library's. That real answers match the described schemas is checked in
tests/web/test_advocate_api.py, with its fixtures.
"""

from __future__ import annotations

import re

from sanic import Sanic

from handover import Action
from handover.service import MAX_OUTCOME_CHARS
from handover.transcript import MAX_LINE_CHARS
from web.api import openapi_document

SPEC = openapi_document()
# The catch-all that answers 401/404 for unknown paths is not an operation.
NOT_OPERATIONS = {"unknown_api_path"}


def _sanic_path(path: str) -> str:
    return "/" + re.sub(r"<([a-z_]+)(:[a-z]+)?>", r"{\1}", path.lstrip("/"))


def test_every_advocate_api_route_is_described_and_every_description_is_served(
    app: Sanic,
) -> None:
    served = {
        (_sanic_path(route.path), method.lower())
        for route in app.router.routes
        if ".advocate." in route.name
        and route.name.rsplit(".", 1)[-1] not in NOT_OPERATIONS
        and _sanic_path(route.path).startswith("/advocate/api/")
        for method in route.methods
    }
    described = {
        (path, method)
        for path, item in SPEC["paths"].items()
        if path.startswith("/advocate/")
        for method in item
    }
    assert served == described
    assert len(described) == 16


def _body_schema(path: str) -> dict:
    return SPEC["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]


def test_the_described_limits_are_the_librarys() -> None:
    reply = _body_schema("/advocate/api/handovers/{handover_id}/reply")["properties"]["text"]
    end = _body_schema("/advocate/api/handovers/{handover_id}/end")["properties"]["outcome"]
    assert reply["maxLength"] == MAX_LINE_CHARS
    assert end["maxLength"] == MAX_OUTCOME_CHARS


def test_the_audit_actions_are_the_librarys() -> None:
    described = SPEC["components"]["schemas"]["AuditEntry"]["properties"]["action"]["enum"]
    assert set(described) == {a.value for a in Action}


def test_every_state_changing_operation_needs_the_csrf_token() -> None:
    for path, item in SPEC["paths"].items():
        if path.startswith("/advocate/api/") and path != "/advocate/api/login":
            for method, operation in item.items():
                schemes = set().union(*operation["security"])
                assert "advocateSession" in schemes
                assert ("csrfToken" in schemes) == (method == "post"), (path, method)


def test_every_advocate_query_parameter_may_be_empty() -> None:
    # As in the rest of the API, an empty value counts as not given (found by fuzzing).
    params = [
        p
        for path, item in SPEC["paths"].items()
        if path.startswith("/advocate/")
        for operation in item.values()
        for p in operation.get("parameters", [])
        if p.get("in") == "query"
    ]
    assert len(params) == 3
    assert all(p.get("allowEmptyValue") is True for p in params)
