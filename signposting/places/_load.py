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
from functools import lru_cache
from pathlib import Path
from typing import Any

from signposting.datafile import label as name_of
from signposting.datafile import load_yaml, parse
from signposting.places_match import Gazetteer, PlaceMatch
from signposting.places_models import (
    _DISTRICT,
    LOCAL_AREAS,
    District,
    Place,
    Status,
    _Document,
    _Model,
    _OtherAreas,
    _PlaceSection,
    _PostcodeArea,
)
from signposting.places_text import _words

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
