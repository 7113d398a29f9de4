"""The SMS channel's own wording (texts.yml beside this module; rules in common/sms_text.py)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

TEXTS_FILE = Path(__file__).resolve().parent / "texts.yml"


@lru_cache(maxsize=1)
def _texts() -> dict[str, str]:
    return yaml.safe_load(TEXTS_FILE.read_text(encoding="utf-8")) or {}


def text(name: str) -> str:
    """The wording for one of the channel's own replies."""
    return _texts()[name]


def names() -> list[str]:
    return sorted(_texts())
