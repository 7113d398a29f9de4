"""Reading and checking ``data/services.yml``: :func:`load_directory`."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from signposting.datafile import load_yaml, parse_entries
from signposting.directory._search import Directory
from signposting.directory._service import Service

DEFAULT_PATH = Path(__file__).parent.parent / "data" / "services.yml"


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


@lru_cache(maxsize=4)
def cached_directory(path: str = "") -> Directory:
    """The directory in ``path`` (empty: the bundled file), read once per process.

    A file that fails its checks is not cached: each call raises DirectoryError
    until it is fixed.
    """
    return load_directory(path or None)


def _read(path: Path) -> Directory:
    document = load_yaml(path, DirectoryError)
    if not isinstance(document, dict) or not isinstance(document.get("services"), list):
        raise DirectoryError(f"{path}: must be a mapping with a `services:` list")
    services = parse_entries(Service, document["services"], path, DirectoryError)
    return Directory(tuple(services), path)
