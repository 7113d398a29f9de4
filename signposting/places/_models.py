"""The checked data models behind ``data/places.yml``.

Each place name and postcode district says what it resolves to (one council
area, a choice of areas, or somewhere outside Cheshire); the section and
document models describe the file's layout. Validation here is what makes a
misspelt area name fail loudly instead of sending someone to the wrong council.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from pydantic import (
    BaseModel,
    Extra,
    StrictBool,
    StrictStr,
    validator,
)

from signposting.areas import LOCAL_AREAS
from signposting.text import words

Status = Literal["local", "ambiguous", "outside", "unknown"]

_AREA_CODE = re.compile(r"^[A-Z]{1,2}$")
DISTRICT = re.compile(r"^([A-Z]{1,2})\d{1,2}[A-Z]?$")
_SECTION_ID = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


class Model(BaseModel):
    class Config:
        extra = Extra.forbid  # catches misspelt field names in the YAML
        frozen = True  # the loaded gazetteer is cached and shared


class Resolves(Model):
    """Fields saying what an entry means (shared by places and districts).

    Exactly one of: ``area`` (local), ``ambiguous`` (ask; with ``outside`` if
    it may also be outside Cheshire) or ``outside`` alone. ``also`` records
    minor parts in other areas and does not change the result.
    """

    area: StrictStr | None = None
    ambiguous: tuple[StrictStr, ...] = ()
    outside: StrictStr | None = None
    also: tuple[StrictStr, ...] = ()
    note: StrictStr | None = None
    unverified: StrictBool = False

    @validator("area")
    def _area_known(cls, value: str | None) -> str | None:
        if value is not None:
            _check_area(value)
        return value

    @validator("ambiguous")
    def _ambiguous_areas(cls, value: tuple[str, ...], values: dict[str, Any]) -> tuple[str, ...]:
        for area in value:
            _check_area(area)
        if len(set(value)) != len(value):
            raise ValueError("lists an area twice")
        if value and values.get("area") is not None:
            raise ValueError("cannot be combined with `area`; use one or the other")
        return value

    @validator("outside", always=True)
    def _says_where(cls, value: str | None, values: dict[str, Any]) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("must not be empty")
        if "area" not in values or "ambiguous" not in values:
            return value  # an earlier field is already wrong
        area, ambiguous = values["area"], values["ambiguous"]
        if area is None and not ambiguous and value is None:
            raise ValueError("give `area`, `ambiguous` or `outside`")
        if len(ambiguous) == 1 and value is None:
            raise ValueError("needed when `ambiguous` lists one area: say where else it could be")
        return value

    @validator("also")
    def _minor_parts(cls, value: tuple[str, ...], values: dict[str, Any]) -> tuple[str, ...]:
        for area in value:
            _check_area(area)
        if value and values.get("ambiguous"):
            raise ValueError("not used with `ambiguous`; list every area there")
        if values.get("area") in value:
            raise ValueError("repeats the entry's own `area`")
        return value

    @validator("note")
    def _note_not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("must not be empty")
        return value

    @property
    def status(self) -> Status:
        """``"local"``, ``"ambiguous"`` or ``"outside"``."""
        if self.area is not None:
            return "local"
        return "ambiguous" if self.ambiguous else "outside"


class Place(Resolves):
    """A town, village, district or region name, with its other spellings."""

    name: StrictStr
    aliases: tuple[StrictStr, ...] = ()

    @validator("name", "aliases", each_item=True)
    def _has_letters(cls, value: str) -> str:
        if not words(value) or any(not word.isalpha() for word in words(value)):
            raise ValueError(f"must be made of letters, got {value!r}")
        return value


class District(Resolves):
    """A postcode district (outward code), e.g. ``CW1``."""

    district: StrictStr
    covers: StrictStr | None = None
    source: StrictStr | None = None

    @validator("district")
    def _district_form(cls, value: str) -> str:
        if not DISTRICT.match(value):
            raise ValueError(f"must be an outward code in capitals such as 'CW1', got {value!r}")
        return value


class _Sourced(Model):
    """A section of the file with its own source and verification date."""

    source: StrictStr
    last_verified: date
    unverified: StrictBool = False

    @validator("source")
    def _source_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value


class PlaceSection(_Sourced):
    section: StrictStr
    # Defaults for entries that set none of area / ambiguous / outside.
    area: StrictStr | None = None
    outside: StrictStr | None = None
    names: tuple[Any, ...]

    @validator("section")
    def _snake_case(cls, value: str) -> str:
        if not _SECTION_ID.match(value):
            raise ValueError(f"must be snake_case, got {value!r}")
        return value

    @validator("area")
    def _area_known(cls, value: str | None) -> str | None:
        if value is not None:
            _check_area(value)
        return value

    @validator("names")
    def _some_names(cls, value: tuple[Any, ...]) -> tuple[Any, ...]:
        if not value:
            raise ValueError("must list at least one name")
        return value


class PostcodeArea(_Sourced):
    area_code: StrictStr
    unlisted: Literal["unknown", "outside"]
    districts: tuple[Any, ...]

    @validator("area_code")
    def _code_form(cls, value: str) -> str:
        if not _AREA_CODE.match(value):
            raise ValueError(f"must be one or two capital letters, got {value!r}")
        return value


class OtherAreas(Model):
    source: StrictStr
    last_verified: date
    codes: tuple[StrictStr, ...]

    @validator("codes", each_item=True)
    def _code_form(cls, value: str) -> str:
        if not _AREA_CODE.match(value):
            raise ValueError(f"must be one or two capital letters, got {value!r}")
        return value

    @validator("codes")
    def _unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            raise ValueError("lists a code twice")
        return value


class Document(Model):
    places: tuple[Any, ...]
    postcode_areas: tuple[Any, ...]
    other_postcode_areas: Any
    not_typos: tuple[StrictStr, ...] = ()


def _check_area(value: str) -> None:
    if value not in LOCAL_AREAS:
        raise ValueError(f"must be one of {list(LOCAL_AREAS)}, got {value!r}")
