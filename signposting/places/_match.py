"""Matching a message against a loaded gazetteer: :class:`Gazetteer` and
:class:`PlaceMatch`.

Looks for full postcodes, then place names (allowing one typo), then outward
codes on their own, and combines what it finds into one answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from signposting.places._models import District, Place, Resolves, Status
from signposting.places._patterns import (
    FULL_POSTCODE,
    FUZZY_MIN_LETTERS,
    NOT_A_PLACE_AFTER,
    OUTWARD_CODE,
    TEXT_SPEAK,
    TOKEN,
)
from signposting.text import searchable, within_one_edit, words


@dataclass(frozen=True)
class PlaceMatch:
    """Where a message says the person is, as far as we can tell.

    Attributes:
        area: One of :data:`signposting.areas.LOCAL_AREAS` when ``status`` is ``"local"``,
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
                spelled = tuple(words(spelling))
                self._exact[spelled] = target
                joined = "".join(spelled)
                if len(spelled) > 1:
                    self._joined[joined] = target
                if len(joined) >= FUZZY_MIN_LETTERS:
                    self._fuzzy_joined.setdefault(len(joined), {})[joined] = target
                    if len(spelled) > 1:
                        self._fuzzy_words.setdefault(len(spelled), {})[spelled] = target
        self._longest = max((len(spelled) for spelled in self._exact), default=1)

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
        normal = searchable(text)

        hits: list[_Target] = []
        for found in FULL_POSTCODE.finditer(normal):
            area_code = found.group(1).upper()
            target = self._district(area_code, area_code + found.group(2).upper(), full=True)
            if target is not None:
                hits.append(target)
            if area_code in self._unlisted or area_code in self._other_areas:
                start, end = found.span()
                normal = normal[:start] + " " * (end - start) + normal[end:]
        if hits:
            return _combine(hits)

        hits = self._names_in(TOKEN.findall(normal))
        if hits:
            return _combine(hits)

        for found in OUTWARD_CODE.finditer(normal):
            if found.group(0) in TEXT_SPEAK:
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
        if len(joined) < FUZZY_MIN_LETTERS or any(word in self._not_typos for word in words):
            return []
        found: dict[str, _Target] = {}
        if len(words) == 1:
            for length in (len(joined) - 1, len(joined), len(joined) + 1):
                for name, target in self._fuzzy_joined.get(length, {}).items():
                    if within_one_edit(joined, name):
                        found.setdefault(target.place, target)
        else:
            # Word by word, so "else report" is not "Elsmere Port" and
            # "rain now" is not "Rainow": only one word may carry the typo.
            for spelled, target in self._fuzzy_words.get(len(words), {}).items():
                pairs = enumerate(zip(words, spelled, strict=True))
                differ = [i for i, (typed, known) in pairs if typed != known]
                if len(differ) == 1 and within_one_edit(words[differ[0]], spelled[differ[0]]):
                    found.setdefault(target.place, target)
        return list(found.values())

    @staticmethod
    def _street_or_team(tokens: list[str], after: int) -> bool:
        return after < len(tokens) and tokens[after] in NOT_A_PLACE_AFTER


def _areas_of(entry: Resolves) -> tuple[str, ...]:
    if entry.area is not None:
        return (entry.area,)
    return tuple(entry.ambiguous)


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
