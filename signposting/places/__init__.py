"""Work out which Cheshire council area a person lives in from what they write.

The bot offers local services for four council areas
(:data:`signposting.areas.LOCAL_AREAS`): Cheshire East, Cheshire West and
Chester, Warrington and Halton. People rarely name their council; they write
a town ("im in Crewe"), a postcode ("WA4 6RT", "sk10") or somewhere outside
Cheshire ("Stockport"). :func:`area_for` turns that into a :class:`PlaceMatch`;
:func:`resident_area` into an :class:`~signposting.areas.Area` (the value the
``area`` slot and the order rules use).

The gazetteer lives in ``signposting/data/places.yml``, with a source for
every section. It is checked when loaded, so a misspelt area name fails
loudly (:class:`PlacesError`) instead of sending someone to the wrong council.

Typical use::

    match = area_for("im in Crewe")
    if match.status == "local":
        services = load_directory().find(needs={"stalking"}, area=match.area)
    elif match.status == "ambiguous":
        ...  # ask which of match.candidates, or say we are not sure

Private modules: ``_models`` (the file's checked models), ``_patterns``
(postcodes), ``_match`` (:class:`Gazetteer`, :class:`PlaceMatch`) and
``_load``. Import from here only; ``tests/signposting/test_exported_members.py``
keeps this list exact.
"""

from signposting.places._load import (
    DEFAULT_PATH,
    PlacesError,
    area_for,
    load_places,
    resident_area,
)
from signposting.places._match import Gazetteer, PlaceMatch
from signposting.places._models import District, Place, Status

__all__ = [
    "DEFAULT_PATH",
    "District",
    "Gazetteer",
    "Place",
    "PlaceMatch",
    "PlacesError",
    "Status",
    "area_for",
    "load_places",
    "resident_area",
]
