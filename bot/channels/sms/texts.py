"""The channel's own wording (texts.yml beside this module) and the lock-screen check."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

TEXTS_FILE = Path(__file__).resolve().parent / "texts.yml"
# What a lock screen or notification shows of an SMS [facts.md 7: shared phones].
PREVIEW_CHARS = 60
# Words that would give the topic away to someone glancing at the phone.
_REVEALING = re.compile(
    r"stalk|harass|abuse|domestic|police|suicid|self.?harm|restraining|violen", re.I
)


@lru_cache(maxsize=1)
def _texts() -> dict[str, str]:
    return yaml.safe_load(TEXTS_FILE.read_text(encoding="utf-8")) or {}


def text(name: str) -> str:
    """The wording for one of the channel's own replies."""
    return _texts()[name]


def names() -> list[str]:
    return sorted(_texts())


def reveals_topic(message: str, whole: bool = False) -> bool:
    """True if the lock-screen preview (the first 60 characters, lines included) names the topic.

    With ``whole=True`` the entire text is checked.
    """
    return bool(_REVEALING.search(message if whole else message[:PREVIEW_CHARS]))
