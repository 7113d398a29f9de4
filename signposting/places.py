"""Work out which Cheshire council area a person lives in from what they write.

The bot offers local services for four council areas (see
``signposting.directory.AREAS``): Cheshire East, Cheshire West and Chester,
Warrington and Halton. People rarely name their council; they write a town
("im in Crewe"), a postcode ("WA4 6RT", "sk10") or somewhere outside Cheshire
("Stockport"). :func:`area_for` turns that into a :class:`PlaceMatch`.

The gazetteer lives in ``data/places.yml`` beside this module, with a source
for every section. It is checked when loaded, so a misspelt area name fails
loudly (:class:`PlacesError`) instead of sending someone to the wrong council.

Typical use from an action::

    match = area_for(tracker.latest_message["text"])
    if match.status == "local":
        services = load_directory().find(needs={"stalking"}, area=match.area)
    elif match.status == "ambiguous":
        ...  # ask which of match.candidates, or say we are not sure
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    Extra,
    StrictBool,
    StrictStr,
    validator,
)

from signposting.datafile import label as name_of
from signposting.datafile import load_yaml, parse
from signposting.directory import AREAS

__all__ = [
    "DEFAULT_PATH",
    "LOCAL_AREAS",
    "District",
    "Gazetteer",
    "Place",
    "PlaceMatch",
    "PlacesError",
    "Status",
    "area_for",
    "load_places",
]

DEFAULT_PATH = Path(__file__).parent / "data" / "places.yml"

# The four council areas a place can resolve to: every directory area except
# "national", so the two modules cannot drift apart.
LOCAL_AREAS: tuple[str, ...] = tuple(sorted(AREAS - {"national"}))

Status = Literal["local", "ambiguous", "outside", "unknown"]

# Names this long or longer also match with one typo ("warington").
_FUZZY_MIN_LETTERS = 6
# "Chester Road", "Liverpool FC": a place name followed by one of these is a
# street or a team, not where the person lives.
_NOT_A_PLACE_AFTER = frozenset(
    {
        "road",
        "rd",
        "street",
        "lane",
        "avenue",
        "ave",
        "drive",
        "close",
        "crescent",
        "terrace",
        "fc",
        "united",
        "utd",
    }
)
# Outward codes that are also text-speak ("l8" = late, "sk8" = skate).
_TEXT_SPEAK = frozenset({"l8", "sk8"})
# The inward code (the part after the space) never uses C, I, K, M, O or V:
# ILR Specification, Appendix C "Valid postcode format"
# (https://studylib.net/doc/18359331/postcode-format). Checking this stops
# "b4 2pm" being read as a Birmingham postcode.
_INWARD = r"\d[abd-hjlnp-uw-z]{2}"
_FULL_POSTCODE = re.compile(rf"(?<![a-z0-9])([a-z]{{1,2}})(\d[a-z\d]?)\s*({_INWARD})(?![a-z0-9])")
_OUTWARD_CODE = re.compile(r"(?<![a-z0-9])([a-z]{1,2})(\d{1,2})(?![a-z0-9])")
_AREA_CODE = re.compile(r"^[A-Z]{1,2}$")
_DISTRICT = re.compile(r"^([A-Z]{1,2})\d{1,2}[A-Z]?$")
_SECTION_ID = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
_TOKEN = re.compile(r"[a-z0-9]+")


class PlacesError(ValueError):
    """The places file is missing, unreadable, malformed or inconsistent."""


@dataclass(frozen=True)
class PlaceMatch:
    """Where a message says the person is, as far as we can tell.

    Attributes:
        area: One of :data:`LOCAL_AREAS` when ``status`` is ``"local"``,
            else ``None``.
        place: The place or postcode district as written in the data
            (``"Warrington"``, ``"WA4"``), or ``None`` when nothing matched.
        status: ``"local"`` (one area), ``"ambiguous"`` (could be any of
            ``candidates``, or somewhere outside Cheshire when there is only
            one candidate), ``"outside"`` (not one of the four areas) or
            ``"unknown"`` (no place found).
        candidates: For ``"ambiguous"`` only: the possible areas, most
            likely first. Empty otherwise.
    """

    area: str | None = None
    place: str | None = None
    status: Status = "unknown"
    candidates: tuple[str, ...] = ()


class _Model(BaseModel):
    class Config:
        extra = Extra.forbid  # catches misspelt field names in the YAML
        frozen = True  # the loaded gazetteer is cached and shared


class _Resolves(_Model):
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


class Place(_Resolves):
    """A town, village, district or region name, with its other spellings."""

    name: StrictStr
    aliases: tuple[StrictStr, ...] = ()

    @validator("name", "aliases", each_item=True)
    def _has_letters(cls, value: str) -> str:
        if not _words(value) or any(not word.isalpha() for word in _words(value)):
            raise ValueError(f"must be made of letters, got {value!r}")
        return value


class District(_Resolves):
    """A postcode district (outward code), e.g. ``CW1``."""

    district: StrictStr
    covers: StrictStr | None = None
    source: StrictStr | None = None

    @validator("district")
    def _district_form(cls, value: str) -> str:
        if not _DISTRICT.match(value):
            raise ValueError(f"must be an outward code in capitals such as 'CW1', got {value!r}")
        return value


class _PlaceSection(_Model):
    section: StrictStr
    source: StrictStr
    last_verified: date
    unverified: StrictBool = False
    # Defaults for entries that set none of area / ambiguous / outside.
    area: StrictStr | None = None
    outside: StrictStr | None = None
    names: tuple[Any, ...]

    @validator("section")
    def _snake_case(cls, value: str) -> str:
        if not _SECTION_ID.match(value):
            raise ValueError(f"must be snake_case, got {value!r}")
        return value

    @validator("source")
    def _source_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
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


class _PostcodeArea(_Model):
    area_code: StrictStr
    unlisted: Literal["unknown", "outside"]
    source: StrictStr
    last_verified: date
    unverified: StrictBool = False
    districts: tuple[Any, ...]

    @validator("area_code")
    def _code_form(cls, value: str) -> str:
        if not _AREA_CODE.match(value):
            raise ValueError(f"must be one or two capital letters, got {value!r}")
        return value

    @validator("source")
    def _source_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value


class _OtherAreas(_Model):
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


class _Document(_Model):
    places: tuple[Any, ...]
    postcode_areas: tuple[Any, ...]
    other_postcode_areas: Any
    not_typos: tuple[StrictStr, ...] = ()


@dataclass(frozen=True)
class _Target:
    """What a matched name or district resolves to."""

    place: str
    status: Status
    areas: tuple[str, ...]


class Gazetteer:
    """Checked place names and postcode districts, with :meth:`area_for`.

    Build one with :func:`load_places`.

    Attributes:
        places: ``(section id, Place)`` pairs in file order.
        districts: Postcode districts by outward code (``"CW1"``).
        path: The file they came from.
    """

    def __init__(
        self,
        places: tuple[tuple[str, Place], ...],
        districts: dict[str, District],
        unlisted: dict[str, str],
        other_areas: frozenset[str],
        not_typos: frozenset[str],
        path: Path,
        unverified_sections: frozenset[str] = frozenset(),
    ) -> None:
        self.places = places
        self.districts = dict(districts)
        self.path = path
        self._unlisted = dict(unlisted)
        self._other_areas = other_areas
        self._not_typos = not_typos
        self._unverified_sections = unverified_sections
        # token tuple -> target, e.g. ("ellesmere", "port")
        self._exact: dict[tuple[str, ...], _Target] = {}
        # multi-word names run together, e.g. "ellesmereport"
        self._joined: dict[str, _Target] = {}
        # For typo matching: every spelling run together, by length (a typed
        # word may be a multi-word name without spaces: "elsmereport") ...
        self._fuzzy_joined: dict[int, dict[str, _Target]] = {}
        # ... and multi-word spellings word by word, by number of words.
        self._fuzzy_words: dict[int, dict[tuple[str, ...], _Target]] = {}
        for _section, place in places:
            target = _Target(place.name, place.status, _areas_of(place))
            for spelling in (place.name, *place.aliases):
                words = tuple(_words(spelling))
                self._exact[words] = target
                joined = "".join(words)
                if len(words) > 1:
                    self._joined[joined] = target
                if len(joined) >= _FUZZY_MIN_LETTERS:
                    self._fuzzy_joined.setdefault(len(joined), {})[joined] = target
                    if len(words) > 1:
                        self._fuzzy_words.setdefault(len(words), {})[words] = target
        self._longest = max((len(words) for words in self._exact), default=1)

    def __repr__(self) -> str:
        counts = f"{len(self.places)} places, {len(self.districts)} districts"
        return f"Gazetteer({counts} from {self.path})"

    def unverified(self) -> list[str]:
        """Names and districts with no source (``unverified: true``), to check first."""
        names = [
            place.name
            for section, place in self.places
            if place.unverified or section in self._unverified_sections
        ]
        return names + [code for code, district in self.districts.items() if district.unverified]

    def area_for(self, text: str) -> PlaceMatch:
        """Which council area a message points to.

        Looks, in this order, for full postcodes ("WA4 6RT", "wa46rt"), then
        place names (whole words, any case, one typo allowed in names of six
        or more letters), then outward codes on their own ("CW1", "sk10").
        The first kind found decides. When several places are named:

        * all in one area: ``"local"``;
        * in different areas, or some outside Cheshire: ``"ambiguous"``,
          with the Cheshire areas as ``candidates`` in the order mentioned;
        * all outside Cheshire: ``"outside"``.

        Args:
            text: A message, in any case.

        Returns:
            The match; ``status == "unknown"`` when no place was found.
        """
        if not text:
            return PlaceMatch()
        normal = _normalise(text)

        hits: list[_Target] = []
        for found in _FULL_POSTCODE.finditer(normal):
            area_code = found.group(1).upper()
            target = self._district(area_code, area_code + found.group(2).upper(), full=True)
            if target is not None:
                hits.append(target)
            if area_code in self._unlisted or area_code in self._other_areas:
                start, end = found.span()
                normal = normal[:start] + " " * (end - start) + normal[end:]
        if hits:
            return _combine(hits)

        hits = self._names_in(_TOKEN.findall(normal))
        if hits:
            return _combine(hits)

        for found in _OUTWARD_CODE.finditer(normal):
            if found.group(0) in _TEXT_SPEAK:
                continue
            area_code = found.group(1).upper()
            target = self._district(area_code, area_code + found.group(2), full=False)
            if target is not None:
                hits.append(target)
        return _combine(hits) if hits else PlaceMatch()

    def _district(self, area_code: str, code: str, *, full: bool) -> _Target | None:
        district = self.districts.get(code)
        if district is not None:
            return _Target(district.district, district.status, _areas_of(district))
        if self._unlisted.get(area_code) == "outside":
            return _Target(code, "outside", ())
        # An outward code alone in another area ("M6") may be a motorway.
        if full and area_code in self._other_areas:
            return _Target(code, "outside", ())
        return None

    def _names_in(self, tokens: list[str]) -> list[_Target]:
        used = [False] * len(tokens)
        found: list[tuple[int, _Target]] = []
        # Exact names first, longest at each position: "Hale Barns" beats "Hale".
        index = 0
        while index < len(tokens):
            match = self._exact_at(tokens, index)
            if match is None:
                index += 1
                continue
            size, target = match
            used[index : index + size] = [True] * size
            if not self._street_or_team(tokens, index + size):
                found.append((index, target))
            index += size
        # Then one typo, only in words no exact name has claimed.
        for index in range(len(tokens)):
            if used[index]:
                continue
            for size in range(min(self._longest, len(tokens) - index), 0, -1):
                window = tokens[index : index + size]
                if any(used[index : index + size]) or not all(word.isalpha() for word in window):
                    continue
                targets = self._typo_of(tuple(window))
                if targets:
                    used[index : index + size] = [True] * size
                    if not self._street_or_team(tokens, index + size):
                        found.extend((index, target) for target in targets)
                    break
        return [target for _, target in sorted(found, key=lambda pair: pair[0])]

    def _exact_at(self, tokens: list[str], index: int) -> tuple[int, _Target] | None:
        for size in range(min(self._longest, len(tokens) - index), 0, -1):
            target = self._exact.get(tuple(tokens[index : index + size]))
            if target is not None:
                return size, target
        # "ellesmereport", "holmeschapel": a multi-word name typed as one word
        target = self._joined.get(tokens[index])
        return (1, target) if target is not None else None

    def _typo_of(self, words: tuple[str, ...]) -> list[_Target]:
        joined = "".join(words)
        if len(joined) < _FUZZY_MIN_LETTERS or any(word in self._not_typos for word in words):
            return []
        found: dict[str, _Target] = {}
        if len(words) == 1:
            for length in (len(joined) - 1, len(joined), len(joined) + 1):
                for name, target in self._fuzzy_joined.get(length, {}).items():
                    if _one_edit_apart(joined, name):
                        found.setdefault(target.place, target)
        else:
            # Word by word, so "else report" is not "Elsmere Port" and
            # "rain now" is not "Rainow": only one word may carry the typo.
            for name, target in self._fuzzy_words.get(len(words), {}).items():
                pairs = enumerate(zip(words, name, strict=True))
                differ = [i for i, (typed, known) in pairs if typed != known]
                if len(differ) == 1 and _one_edit_apart(words[differ[0]], name[differ[0]]):
                    found.setdefault(target.place, target)
        return list(found.values())

    @staticmethod
    def _street_or_team(tokens: list[str], after: int) -> bool:
        return after < len(tokens) and tokens[after] in _NOT_A_PLACE_AFTER


def load_places(path: os.PathLike | str | None = None) -> Gazetteer:
    """Load and check a places file.

    Args:
        path: A YAML file to read. ``None`` reads the bundled
            ``data/places.yml``, parsed once and then cached.

    Returns:
        The checked gazetteer.

    Raises:
        PlacesError: The file is unreadable, not YAML, or an entry is
            malformed or duplicated. The message names the file, the entry
            (section or postcode area, name and position) and the field.
    """
    if path is None:
        return _load_bundled()
    return _read(Path(path))


def area_for(text: str) -> PlaceMatch:
    """Which council area a message points to, using the bundled places file.

    See :meth:`Gazetteer.area_for`. Examples: ``"im in Crewe"`` and ``"CW1"``
    give ``cheshire_east``; ``"Hale"`` is ambiguous (Halton, or Hale near
    Altrincham); ``"Stockport"`` is outside; ``"hello"`` is unknown.
    """
    return load_places().area_for(text)


@lru_cache(maxsize=1)
def _load_bundled() -> Gazetteer:
    return _read(DEFAULT_PATH)


def _read(path: Path) -> Gazetteer:
    raw = load_yaml(path, PlacesError)
    if not isinstance(raw, dict):
        raise PlacesError(f"{path}: must be a mapping with `places:` and `postcode_areas:` lists")
    document = _parse(_Document, raw, f"{path}")

    places: list[tuple[str, Place]] = []
    unverified_sections = set()
    owners: dict[str, str] = {}  # normalised spelling -> label of its entry
    section_ids: set[str] = set()
    for section_index, raw_section in enumerate(document.places):
        label = name_of("places section", raw_section, "section", section_index)
        section = _parse(_PlaceSection, raw_section, f"{path}: {label}")
        if section.section in section_ids:
            raise PlacesError(f"{path}: {label}: field 'section': used twice")
        section_ids.add(section.section)
        if section.unverified:
            unverified_sections.add(section.section)
        for index, raw_entry in enumerate(section.names):
            entry = {"name": raw_entry} if isinstance(raw_entry, str) else raw_entry
            entry_label = f"{label}, " + name_of("entry", entry, "name", index)
            where = f"{path}: {entry_label}"
            if isinstance(entry, dict) and not {"area", "ambiguous", "outside"} & entry.keys():
                defaults = {"area": section.area, "outside": section.outside}
                entry = {**{k: v for k, v in defaults.items() if v is not None}, **entry}
            place = _parse(Place, entry, where)
            for field, spelling in [("name", place.name)] + [("aliases", a) for a in place.aliases]:
                words = _words(spelling)
                for key in {" ".join(words), "".join(words)}:
                    if key in owners and owners[key] != entry_label:
                        raise PlacesError(
                            f"{where}: field '{field}': {spelling!r} is already used by "
                            f"{owners[key]}"
                        )
                    owners[key] = entry_label
            places.append((section.section, place))

    districts: dict[str, District] = {}
    unlisted: dict[str, str] = {}
    for area_index, raw_area in enumerate(document.postcode_areas):
        label = name_of("postcode area", raw_area, "area_code", area_index)
        area = _parse(_PostcodeArea, raw_area, f"{path}: {label}")
        if area.area_code in unlisted:
            raise PlacesError(f"{path}: {label}: field 'area_code': used twice")
        unlisted[area.area_code] = area.unlisted
        for index, raw_district in enumerate(area.districts):
            where = f"{path}: {label}, " + name_of("entry", raw_district, "district", index)
            district = _parse(District, raw_district, where)
            prefix = _DISTRICT.match(district.district)
            if prefix is None or prefix.group(1) != area.area_code:
                raise PlacesError(f"{where}: field 'district': not in area {area.area_code}")
            if area.unverified and not district.unverified:
                district = district.copy(update={"unverified": True})
            if district.district in districts:
                raise PlacesError(f"{where}: field 'district': listed twice")
            districts[district.district] = district

    other = _parse(_OtherAreas, document.other_postcode_areas, f"{path}: other_postcode_areas")
    overlap = sorted(set(other.codes) & unlisted.keys())
    if overlap:
        raise PlacesError(
            f"{path}: other_postcode_areas: field 'codes': {overlap} also have districts listed"
        )
    not_typos = frozenset(" ".join(_words(word)) for word in document.not_typos)
    return Gazetteer(
        tuple(places),
        districts,
        unlisted,
        frozenset(other.codes),
        not_typos,
        path,
        frozenset(unverified_sections),
    )


def _parse(model: type[_Model], raw: Any, where: str) -> Any:
    return parse(model, raw, where, PlacesError)


def _check_area(value: str) -> None:
    if value not in LOCAL_AREAS:
        raise ValueError(f"must be one of {list(LOCAL_AREAS)}, got {value!r}")


def _areas_of(entry: _Resolves) -> tuple[str, ...]:
    if entry.area is not None:
        return (entry.area,)
    return tuple(entry.ambiguous)


def _normalise(text: str) -> str:
    """Lower case, accents and apostrophes dropped ("Connah's" -> "connahs")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    return _APOSTROPHES.sub("", text).replace("&", " and ")


def _words(text: str) -> list[str]:
    return _TOKEN.findall(_normalise(text))


def _one_edit_apart(first: str, second: str) -> bool:
    """Whether two words differ by at most one insertion, deletion,
    substitution or swap of neighbouring letters ("maccelsfield")."""
    if first == second:
        return True
    if abs(len(first) - len(second)) > 1:
        return False
    index = 0
    while index < min(len(first), len(second)) and first[index] == second[index]:
        index += 1
    if len(first) == len(second):
        if first[index + 1 :] == second[index + 1 :]:
            return True
        return (
            index + 1 < len(first)
            and first[index] == second[index + 1]
            and first[index + 1] == second[index]
            and first[index + 2 :] == second[index + 2 :]
        )
    longer, shorter = (first, second) if len(first) > len(second) else (second, first)
    return longer[index + 1 :] == shorter[index:]


def _combine(hits: Iterable[_Target]) -> PlaceMatch:
    hits = list(hits)
    in_cheshire = [hit for hit in hits if hit.status != "outside"]
    if not in_cheshire:
        return PlaceMatch(place=hits[0].place, status="outside")
    candidates: list[str] = []
    for hit in in_cheshire:
        candidates.extend(area for area in hit.areas if area not in candidates)
    all_local = all(hit.status == "local" for hit in hits)
    if all_local and len(candidates) == 1:
        return PlaceMatch(area=candidates[0], place=in_cheshire[0].place, status="local")
    return PlaceMatch(place=in_cheshire[0].place, status="ambiguous", candidates=tuple(candidates))
