"""The API's request models: what a client may send, checked by pydantic.

Each model accepts exactly what ``web/openapi.yml`` describes (tests compare
the two over many valid and invalid inputs). A bad value becomes one
:class:`common.errors.FieldError` naming the field, answered as
``{"error": "...", "field": "..."}`` with status 400.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Extra, Field, StrictBool, ValidationError, conint, validator

from common.errors import FieldError
from signposting.areas import SERVICE_AREAS, Area
from signposting.directory import IDENTITIES, NEEDS
from signposting.eligibility import Behaviour, CaseOutcome, Facts, Relationship

MAX_LIMIT = 50
DEFAULT_LIMIT = 10
MAX_PLACE_CHARS = 200


class _Strict(BaseModel):
    class Config:
        extra = Extra.forbid
        frozen = True


class ServicesQuery(_Strict):
    """``GET /api/services`` query parameters. An empty value counts as not given."""

    need: frozenset[str] = frozenset()
    identity: frozenset[str] = frozenset()
    area: str | None = None
    place: str | None = Field(None, max_length=MAX_PLACE_CHARS)
    open_now: StrictBool = False
    limit: conint(strict=True, ge=1, le=MAX_LIMIT) = DEFAULT_LIMIT  # type: ignore[valid-type]

    @validator("need", "identity", pre=True)
    def _comma_list(cls, value: Any, field: Any) -> Any:  # noqa: N805 - pydantic validator
        allowed = NEEDS if field.name == "need" else IDENTITIES
        chosen = {item.strip() for item in value.split(",") if item.strip()}
        unknown = sorted(chosen - allowed)
        if unknown:
            raise ValueError(
                f"unknown {field.name}: {', '.join(unknown)}; use {', '.join(sorted(allowed))}"
            )
        return frozenset(chosen)

    @validator("area")
    def _known_area(cls, value: str | None) -> str | None:  # noqa: N805 - pydantic validator
        if value is not None and value not in SERVICE_AREAS:
            raise ValueError(f"unknown area; use {', '.join(sorted(SERVICE_AREAS))}")
        return value

    @validator("open_now", pre=True)
    def _query_boolean(cls, value: Any) -> Any:  # noqa: N805 - pydantic validator
        # A query string carries text: OpenAPI writes a boolean as true or false.
        if value in ("true", "false"):
            return value == "true"
        raise ValueError("open_now must be true or false")

    @validator("limit", pre=True)
    def _query_integer(cls, value: Any) -> Any:  # noqa: N805 - pydantic validator
        if isinstance(value, str) and value.isascii() and value.isdigit():
            return int(value)
        raise ValueError(f"limit must be a whole number from 1 to {MAX_LIMIT}")

    @classmethod
    def from_args(cls, args: dict[str, list[str]]) -> ServicesQuery:
        """Reads Sanic's ``request.args``: each parameter at most once; others ignored.

        Raises:
            FieldError: A parameter is repeated or invalid.
        """
        values: dict[str, str] = {}
        for name, given in args.items():
            if name not in cls.__fields__:
                continue  # OpenAPI does not forbid others (a cache-buster, say)
            if len(given) > 1:
                raise FieldError(name, f"{name} may be given once")
            if given[0].strip():
                values[name] = given[0].strip()
        return parse(cls, values)


class EligibilityRequest(_Strict):
    """``POST /api/eligibility`` body: the order facts, with exact JSON types.

    The fields are :data:`signposting.eligibility.FACT_FIELDS` (a test checks).
    Unlike :class:`~signposting.eligibility.Facts`, which also reads loosely
    written slot values, nothing here is coerced: ``1`` is not ``true``, and
    one string is not a list.
    """

    relationship: Relationship | None = None
    knows_who: StrictBool | None = None
    lived_together: StrictBool | None = None
    behaviours: list[Behaviour] | None = None
    reported: StrictBool | None = None
    case_outcome: CaseOutcome | None = None
    area: Area | None = None

    @validator("behaviours", pre=True)
    def _a_list(cls, value: Any) -> Any:  # noqa: N805 - pydantic validator
        if value is not None and not isinstance(value, list):
            raise ValueError("must be a list")
        return value

    def facts(self) -> Facts:
        return Facts.parse_obj(self.dict())


def parse(model: type[_Strict], values: Any) -> Any:
    """``model`` from ``values``, or the first problem as a :class:`FieldError`."""
    if not isinstance(values, dict):
        raise FieldError("body", "the body must be a JSON object")
    try:
        return model.parse_obj(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = [str(part) for part in first.get("loc", ()) if part != "__root__"]
        field = loc[0] if loc else "body"
        message = first["msg"]
        if first["type"] == "value_error.extra":
            message = "not a known field"
        raise FieldError(field, f"{field}: {message}" if field not in message else message) from exc
