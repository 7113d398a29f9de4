"""Every package the code imports is declared in requirements.txt: runtime and test apart."""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_PACKAGES = (
    "common",
    "bot",
    "actions",
    "signposting",
    "handover",
    "incident_log",
    "web",
    "scripts",
)
TOOLING_PACKAGES = ("tests", "bench", "devtools")
# Development tools that live beside runtime code: checked against the tooling list.
TOOLING_FILES = ("scripts/screenshots.py",)
LOCAL = set(RUNTIME_PACKAGES + TOOLING_PACKAGES)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> tuple[set[str], set[str]]:
    """(runtime, test and tooling) distribution names from requirements.txt (and no-deps.txt)."""
    text = (ROOT / "requirements" / "requirements.txt").read_text(encoding="utf-8")
    runtime_part, _, tooling_part = text.partition("# test and tooling")
    # Runtime packages installed without their dependencies (scripts/setup.sh).
    runtime_part += (ROOT / "requirements" / "no-deps.txt").read_text(encoding="utf-8")

    def names(part: str) -> set[str]:
        lines = (line.split("#")[0].strip() for line in part.splitlines())
        return {_normal(re.split(r"[<>=\[; ]", line)[0]) for line in lines if line}

    return names(runtime_part), names(tooling_part)


@lru_cache(maxsize=1)
def _top_level() -> dict[str, list[str]]:
    return metadata.packages_distributions()


def _owners(module: str) -> set[str]:
    """The installed distributions that provide a top-level module."""
    owners = {_normal(name) for name in _top_level().get(module, [])}
    if not owners:  # some wheels ship no top_level.txt: try the module's own name
        for candidate in {module, module.replace("_", "-")}:
            try:
                owners.add(_normal(metadata.distribution(candidate).metadata["Name"]))
            except metadata.PackageNotFoundError:
                continue
    if not owners:  # Python 3.10 reads only top_level.txt, which hatch-built wheels lack
        owners = _owners_by_files().get(module, set())
    return owners


@lru_cache(maxsize=1)
def _owners_by_files() -> dict[str, set[str]]:
    """Top-level package name to the distributions whose files hold it."""
    found: dict[str, set[str]] = {}
    for dist in metadata.distributions():
        for path in dist.files or ():
            if len(path.parts) == 2 and path.parts[1] == "__init__.py":
                found.setdefault(path.parts[0], set()).add(_normal(dist.metadata["Name"]))
    return found


def _imports(package: str) -> set[str]:
    found = set()
    tooling = {ROOT / name for name in TOOLING_FILES}
    paths = tooling if package == "tooling files" else set((ROOT / package).rglob("*.py")) - tooling
    for path in sorted(paths):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return {name for name in found if name not in LOCAL and name not in sys.stdlib_module_names}


def _undeclared(packages: tuple[str, ...], allowed: set[str]) -> dict[str, set[str]]:
    missing = {}
    for package in packages:
        for module in _imports(package):
            owners = _owners(module)
            assert owners, f"{package} imports {module}, which no installed distribution provides"
            if not owners & allowed:
                missing[f"{package}: {module}"] = owners
    return missing


def test_runtime_code_imports_only_runtime_dependencies() -> None:
    runtime, _ = _declared()
    assert _undeclared(RUNTIME_PACKAGES, runtime) == {}


def test_tests_and_benchmarks_import_only_declared_packages() -> None:
    runtime, tooling = _declared()
    assert _undeclared((*TOOLING_PACKAGES, "tooling files"), runtime | tooling) == {}


def test_nothing_is_declared_twice() -> None:
    runtime, tooling = _declared()
    assert runtime & tooling == set()
