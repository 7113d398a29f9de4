"""Load the service directory and choose which services to offer.

The data lives in ``data/services.yml`` beside this module. Each entry is
checked when it is loaded, so a typo in a phone number field or an opening
time fails loudly (``DirectoryError``) instead of reaching a person in danger.

Typical use from an action::

    directory = load_directory()
    for service in directory.find(needs={"stalking"}, area="warrington",
                                  at=datetime.now(UTC), limit=3):
        dispatcher.utter_message(text=service.contact_line("web"))

The code is split by responsibility; this module loads the file and
re-exports the rest, so ``signposting.directory`` stays the one import path:

* :mod:`signposting.directory_terms`: the vocabulary (needs, identities,
  areas, days) and the base model.
* :mod:`signposting.directory_hours`: ``Session`` and ``OpeningHours``.
* :mod:`signposting.directory_service`: ``Service``, one checked entry.
* :mod:`signposting.directory_search`: ``Directory``, lookups and ranking.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from signposting.datafile import load_yaml, parse_entries
from signposting.directory_hours import _HHMM_PATTERN as _HHMM_PATTERN
from signposting.directory_hours import LONDON as LONDON
from signposting.directory_hours import UTC as UTC
from signposting.directory_hours import OpeningHours, Session
from signposting.directory_hours import _clock as _clock
from signposting.directory_hours import _day_label as _day_label
from signposting.directory_hours import _describe_days as _describe_days
from signposting.directory_hours import _to_london as _to_london
from signposting.directory_search import _EXCLUSIVE_GROUPS as _EXCLUSIVE_GROUPS
from signposting.directory_search import Directory
from signposting.directory_search import _check_names as _check_names
from signposting.directory_service import _ID_PATTERN as _ID_PATTERN
from signposting.directory_service import _PHONE_PATTERN as _PHONE_PATTERN
from signposting.directory_service import _SHORT_CHANNELS as _SHORT_CHANNELS
from signposting.directory_service import _SUMMARY_MAX as _SUMMARY_MAX
from signposting.directory_service import Service
from signposting.directory_terms import AREAS, DAYS, IDENTITIES, NEEDS
from signposting.directory_terms import Area as Area
from signposting.directory_terms import Day as Day
from signposting.directory_terms import Identity as Identity
from signposting.directory_terms import Need as Need
from signposting.directory_terms import ShowableField as ShowableField
from signposting.directory_terms import _Model as _Model

__all__ = [
    "AREAS",
    "DAYS",
    "DEFAULT_PATH",
    "IDENTITIES",
    "NEEDS",
    "Directory",
    "DirectoryError",
    "OpeningHours",
    "Service",
    "Session",
    "load_directory",
]

DEFAULT_PATH = Path(__file__).parent / "data" / "services.yml"


class DirectoryError(ValueError):
    """The directory file is missing, unreadable, malformed or incomplete."""


def load_directory(path: os.PathLike | str | None = None) -> Directory:
    """Load and check a services file.

    Args:
        path: A YAML file to read. ``None`` reads the bundled
            ``data/services.yml``, parsed once and then cached.

    Returns:
        The checked directory.

    Raises:
        DirectoryError: The file is unreadable, not YAML, or an entry is
            malformed, incomplete or has a duplicate id. The message names
            the file, the entry (id and position) and the field.
    """
    if path is None:
        return _load_bundled()
    return _read(Path(path))


@lru_cache(maxsize=1)
def _load_bundled() -> Directory:
    return _read(DEFAULT_PATH)


def _read(path: Path) -> Directory:
    document = load_yaml(path, DirectoryError)
    if not isinstance(document, dict) or not isinstance(document.get("services"), list):
        raise DirectoryError(f"{path}: must be a mapping with a `services:` list")
    services = parse_entries(Service, document["services"], path, DirectoryError)
    return Directory(tuple(services), path)
