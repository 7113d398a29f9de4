"""Reading the library's YAML data files, with errors a deployer can act on.

services.yml, orders.yml and places.yml are edited by hand before every
deployment, so a mistake must fail loudly and say where: every error names
the file, the entry (by id or name, and position) and the field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

Model = TypeVar("Model", bound=BaseModel)


def load_yaml(path: Path, error: type[Exception]) -> Any:
    """The parsed document, or ``error`` naming the file and what is wrong with it."""
    try:
        raw_text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise error(f"{path}: cannot read the file: {exc}") from exc
    try:
        # Safe loader, YAML 1.2: no arbitrary objects, no base-60 numbers;
        # a duplicate key in an entry is an error rather than silently lost.
        return YAML(typ="safe", pure=True).load(raw_text)
    except YAMLError as exc:
        raise error(f"{path}: not valid YAML: {exc}") from exc


def label(kind: str, raw: Any, key: str, index: int) -> str:
    """How an entry is named in errors: ``entry 'samaritans' (#11)`` or ``entry #3``."""
    if isinstance(raw, dict) and isinstance(raw.get(key), str) and raw[key].strip():
        return f"{kind} '{raw[key]}' (#{index})"
    return f"{kind} #{index}"


def field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(part) for part in loc if part != "__root__"]
    return ".".join(parts) or "(entry)"


def parse(model: type[Model], raw: Any, where: str, error: type[Exception]) -> Model:
    """Validates one mapping, or raises ``error`` naming ``where`` and every bad field."""
    if not isinstance(raw, dict):
        raise error(f"{where}: must be a mapping of fields")
    try:
        return model.parse_obj(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"field '{field_name(problem['loc'])}': {problem['msg']}" for problem in exc.errors()
        )
        raise error(f"{where}: {problems}") from exc


def parse_entries(
    model: type[Model], entries: list[Any], path: Path, error: type[Exception]
) -> list[Model]:
    """Validates a list of entries that each have a unique ``id``."""
    parsed: list[Model] = []
    first_index: dict[str, int] = {}
    for index, raw in enumerate(entries):
        where = f"{path}: {label('entry', raw, 'id', index)}"
        entry = parse(model, raw, where, error)
        entry_id = entry.id  # type: ignore[attr-defined]
        if entry_id in first_index:
            raise error(f"{where}: field 'id': duplicate of entry #{first_index[entry_id]}")
        first_index[entry_id] = index
        parsed.append(entry)
    return parsed
