"""Each library package exports exactly its public names (as httpx's test of the same name).

A name added to or dropped from a package's face is a decision: this test
makes it one, and keeps private modules from leaking through ``__init__``.
"""

from __future__ import annotations

import importlib
import inspect

import pytest

EXPORTS = {
    "signposting.directory": {
        "DAYS",
        "DEFAULT_PATH",
        "IDENTITIES",
        "NEEDS",
        "Directory",
        "DirectoryError",
        "OpeningHours",
        "Service",
        "Session",
        "cached_directory",
        "load_directory",
    },
    "signposting.places": {
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
    },
}


@pytest.mark.parametrize("package", sorted(EXPORTS))
def test_exported_members(package: str) -> None:
    module = importlib.import_module(package)
    exported = {name for name in vars(module) if not name.startswith("_")}
    # Submodules appear as attributes once imported; they are not exports.
    exported -= {name for name, value in vars(module).items() if type(value) is type(importlib)}
    assert set(module.__all__) == EXPORTS[package]
    assert exported == EXPORTS[package]


@pytest.mark.parametrize("package", sorted(EXPORTS))
def test_exported_members_belong_to_the_package(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        value = getattr(module, name)
        if not (inspect.isclass(value) or inspect.isfunction(value)):
            continue  # constants and type aliases: their type's module says nothing
        owner = value.__module__
        assert owner.startswith(package), f"{package}.{name} comes from {owner}"
