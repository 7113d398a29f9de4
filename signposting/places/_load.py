"""Reading and checking ``data/places.yml``, and the lookups that use the bundled file."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from signposting.areas import DAPO_PILOT_PLACE_NAMES, Area
from signposting.datafile import label as name_of
from signposting.datafile import load_yaml, parse
from signposting.places._match import Gazetteer, PlaceMatch
from signposting.places._models import (
    DISTRICT,
    District,
    Document,
    Model,
    OtherAreas,
    Place,
    PlaceSection,
    PostcodeArea,
)
from signposting.text import plain, words

DEFAULT_PATH = Path(__file__).parent.parent / "data" / "places.yml"


class PlacesError(ValueError):
    """The places file is missing, unreadable, malformed or inconsistent."""


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


def resident_area(text: str, *, asked: bool = False) -> Area | None:
    """Where a message says the person lives, as an :class:`~signposting.areas.Area`.

    A Cheshire area when :func:`area_for` finds one. When it finds only places
    outside Cheshire: the DAPO pilot area they name (``"i live in manchester"``
    -> ``GREATER_MANCHESTER``), else ``Area.OTHER``. ``None`` when there is no
    place, or it could be in more than one area.

    Args:
        text: A message, in any case.
        asked: The message answers "where do you live?", so a pilot area's
            name counts even where the gazetteer does not know it ("croydon").
            Elsewhere a word such as "bury" is too often not a place.
    """
    match = area_for(text)
    if match.status == "local" and match.area is not None:
        return Area(match.area)
    if match.status == "outside" or (asked and match.status == "unknown"):
        text_plain = plain(text)
        for area, names in DAPO_PILOT_PLACE_NAMES.items():
            if any(re.search(rf"\b{re.escape(name)}\b", text_plain) for name in names):
                return area
    return Area.OTHER if match.status == "outside" else None


@lru_cache(maxsize=1)
def _load_bundled() -> Gazetteer:
    return _read(DEFAULT_PATH)


def _read(path: Path) -> Gazetteer:
    raw = load_yaml(path, PlacesError)
    if not isinstance(raw, dict):
        raise PlacesError(f"{path}: must be a mapping with `places:` and `postcode_areas:` lists")
    document = _parse(Document, raw, f"{path}")

    places: list[tuple[str, Place]] = []
    unverified_sections = set()
    owners: dict[str, str] = {}  # normalised spelling -> label of its entry
    section_ids: set[str] = set()
    for section_index, raw_section in enumerate(document.places):
        label = name_of("places section", raw_section, "section", section_index)
        section = _parse(PlaceSection, raw_section, f"{path}: {label}")
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
                spelled = words(spelling)
                for key in {" ".join(spelled), "".join(spelled)}:
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
        area = _parse(PostcodeArea, raw_area, f"{path}: {label}")
        if area.area_code in unlisted:
            raise PlacesError(f"{path}: {label}: field 'area_code': used twice")
        unlisted[area.area_code] = area.unlisted
        for index, raw_district in enumerate(area.districts):
            where = f"{path}: {label}, " + name_of("entry", raw_district, "district", index)
            district = _parse(District, raw_district, where)
            prefix = DISTRICT.match(district.district)
            if prefix is None or prefix.group(1) != area.area_code:
                raise PlacesError(f"{where}: field 'district': not in area {area.area_code}")
            if area.unverified and not district.unverified:
                district = district.copy(update={"unverified": True})
            if district.district in districts:
                raise PlacesError(f"{where}: field 'district': listed twice")
            districts[district.district] = district

    other = _parse(OtherAreas, document.other_postcode_areas, f"{path}: other_postcode_areas")
    overlap = sorted(set(other.codes) & unlisted.keys())
    if overlap:
        raise PlacesError(
            f"{path}: other_postcode_areas: field 'codes': {overlap} also have districts listed"
        )
    not_typos = frozenset(" ".join(words(word)) for word in document.not_typos)
    return Gazetteer(
        tuple(places),
        districts,
        unlisted,
        frozenset(other.codes),
        not_typos,
        path,
        frozenset(unverified_sections),
    )


def _parse(model: type[Model], raw: Any, where: str) -> Any:
    return parse(model, raw, where, PlacesError)
