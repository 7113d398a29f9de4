"""Request bodies of the incident log API (strict: no coercion, no unknown fields)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, Extra, Field, StrictBool, StrictStr, validator

from incident_log.model import AmendableField, Entry

# "Blank" is whitespace as both Python's str.strip() and JSON Schema's
# ECMA-262 "\s" see it, written out so the two agree: "\x1f" alone is
# whitespace to Python but not to ECMA, and "\ufeff" the other way round
# (schemathesis found the first). web/openapi.yml gives the same pattern.
NOT_BLANK = (
    r"[^\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
)
_NOT_BLANK = re.compile(NOT_BLANK)

MAX_TEXT = 5000
MAX_CODE = 200


class _Strict(BaseModel):
    class Config:
        extra = Extra.forbid
        frozen = True


class OpenRequest(_Strict):
    """``POST /api/incident-log/open``."""

    code: StrictStr = Field(..., min_length=1, max_length=MAX_CODE)


class ReportedIn(_Strict):
    to_police: StrictBool | None = None
    officer: StrictStr = Field("", max_length=MAX_TEXT)
    crime_reference: StrictStr = Field("", max_length=MAX_TEXT)
    details: StrictStr = Field("", max_length=MAX_TEXT)


class EntryIn(_Strict):
    """``POST /api/incident-log/entries``: a new entry; only ``what`` is required."""

    what: StrictStr = Field(..., min_length=1, max_length=MAX_TEXT)
    occurred_at: dt.datetime | None = None
    occurred_phrase: StrictStr = Field("", max_length=MAX_TEXT)
    occurred_approximate: StrictBool = False
    where: StrictStr = Field("", max_length=MAX_TEXT)
    description: StrictStr = Field("", max_length=MAX_TEXT)
    witnesses: StrictStr = Field("", max_length=MAX_TEXT)
    evidence: StrictStr = Field("", max_length=MAX_TEXT)
    reported: ReportedIn = Field(default_factory=ReportedIn)  # type: ignore[arg-type]
    impact: StrictStr = Field("", max_length=MAX_TEXT)

    @validator("what")
    def _not_blank(cls, value: str) -> str:  # noqa: N805 - pydantic validator
        if not _NOT_BLANK.search(value):
            raise ValueError("must not be blank")
        return value

    @validator("occurred_at", pre=True)
    def _iso_string(cls, value: Any) -> Any:  # noqa: N805 - pydantic validator
        if value is not None and not isinstance(value, str):
            raise ValueError("must be a date-time string")
        return value

    @validator("occurred_at")
    def _aware(cls, value: dt.datetime | None) -> dt.datetime | None:  # noqa: N805
        if value is not None and value.tzinfo is None:
            raise ValueError("must carry a timezone offset")
        return value


class AmendmentIn(_Strict):
    """``POST /api/incident-log/entries/{id}/amendments``."""

    field: AmendableField
    text: StrictStr = Field(..., min_length=1, max_length=MAX_TEXT)

    @validator("text")
    def _not_blank(cls, value: str) -> str:  # noqa: N805 - pydantic validator
        if not _NOT_BLANK.search(value):
            raise ValueError("must not be blank")
        return value


def entry_json(entry: Entry) -> dict[str, Any]:
    """An entry as the API shows it."""
    return {
        "id": entry.id,
        "recorded_at": entry.recorded_at.isoformat(),
        "occurred_at": entry.occurred_at.isoformat() if entry.occurred_at else None,
        "occurred_phrase": entry.occurred_phrase,
        "occurred_approximate": entry.occurred_approximate,
        "when": entry.when_text(),
        "where": entry.where,
        "what": entry.what,
        "description": entry.description,
        "witnesses": entry.witnesses,
        "evidence": entry.evidence,
        "reported": {
            "to_police": entry.reported.to_police,
            "officer": entry.reported.officer,
            "crime_reference": entry.reported.crime_reference,
            "details": entry.reported.details,
        },
        "impact": entry.impact,
        "amendments": [
            {"made_at": a.made_at.isoformat(), "field": a.field, "text": a.text}
            for a in entry.amendments
        ],
    }


def parse(model: type[BaseModel], values: Any) -> Any:
    """``model`` from ``values``, or the first problem as a :class:`FieldError`."""
    from pydantic import ValidationError

    from common.errors import FieldError

    if not isinstance(values, dict):
        raise FieldError("body", "the body must be a JSON object")
    try:
        return model.parse_obj(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = [str(part) for part in first.get("loc", ()) if part != "__root__"]
        name = ".".join(loc) if loc else "body"
        message = "not a known field" if first["type"] == "value_error.extra" else first["msg"]
        raise FieldError(name, f"{name}: {message}") from exc
