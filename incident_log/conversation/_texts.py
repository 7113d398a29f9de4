"""The words the conversation says: ``data/texts.yml`` by name, buttons and messages."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from incident_log.conversation._state import Message

TEXTS_PATH = Path(__file__).parent.parent / "data" / "texts.yml"

# Labels in the read-back and the "which part?" choice; keys are the entry's fields.
LABELS: dict[str, str] = {
    "when": "When",
    "where": "Where",
    "what": "What happened",
    "description": "The person",
    "witnesses": "Who saw it",
    "evidence": "Evidence kept",
    "reported": "Reported",
    "impact": "How you felt",
}


@lru_cache(maxsize=1)
def texts() -> dict[str, dict[str, str]]:
    """Every text the conversation says, by name, with ``web`` and ``sms`` variants."""
    return dict(yaml.safe_load(TEXTS_PATH.read_text(encoding="utf-8")))


def say(name: str, short: bool, **values: object) -> str:
    """One text for the medium (``short``: SMS), placeholders filled in."""
    return texts()[name]["sms" if short else "web"].format(**values)


def _button(title: str, payload: str | None = None) -> dict[str, str]:
    return {"title": title, "payload": payload or title.lower()}


def _msg(text: str, *buttons: dict[str, str]) -> Message:
    return {"text": text, "buttons": list(buttons)} if buttons else {"text": text}


def _count(number: int) -> str:
    return f"{number} entry" if number == 1 else f"{number} entries"
