"""The texts of the safety responses and the turn's own notices, for a medium.

Danger and self-harm wording is read from the domain (bot/domain/safety.yml),
so the safety net and the assistant say the same thing; the turn's own
notices are in notices.yml beside this module. Both are read once. If neither
can be read, a last-resort line with 999 and 101 is used.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from common.medium import Medium

DOMAIN_DIR = Path(__file__).resolve().parent.parent / "domain"
NOTICES_FILE = Path(__file__).resolve().parent / "notices.yml"
UNAVAILABLE_RESPONSE = "notice_service_unavailable"
TOO_LONG_RESPONSE = "notice_message_too_long"
EMPTY_RESPONSE = "notice_message_empty"
MEDIA_ONLY_RESPONSE = "notice_media_only"
ENGLISH_ONLY_RESPONSE = "notice_english_only"
FIRST_REPLY_RESPONSE = "utter_first_reply_notice"
# Samaritans' number for a possible self-harm (Assessment.check_in_self_harm).
SELF_HARM_CHECK_IN_NOTICE = "notice_self_harm_check_in"

# 999 [facts 5]; 101, the police non-emergency number [facts 5].
LAST_RESORT = (
    "Sorry, something went wrong. If you are in danger now, call 999. "
    "If it is not an emergency, call the police on 101."
)


@lru_cache(maxsize=1)
def _responses() -> dict[str, list[dict]]:
    responses: dict[str, list[dict]] = {}
    for path in sorted(DOMAIN_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        responses.update(data.get("responses") or {})
    responses.update(yaml.safe_load(NOTICES_FILE.read_text(encoding="utf-8")) or {})
    return responses


def _variants(name: str) -> list[dict]:
    try:
        return _responses().get(name) or []
    except (OSError, yaml.YAMLError):
        return []


def response_message(name: str, medium: Medium = Medium.WEB) -> dict:
    """A domain response or notice as a message for a medium: text and any buttons.

    The SMS variant if the medium is SMS and there is one, else the default.
    Custom payloads are left out: they are instructions, not words to show.
    """
    variants = _variants(name)
    default = next((v for v in variants if not v.get("channel")), None)
    wanted = medium.value if medium.short else None
    chosen = next((v for v in variants if wanted and v.get("channel") == wanted), default) or {}
    message: dict = {"text": chosen.get("text") or LAST_RESORT}
    if chosen.get("buttons"):
        message["buttons"] = [dict(button) for button in chosen["buttons"]]
    return message


def response_text(name: str, medium: Medium = Medium.WEB) -> str:
    """Text of a domain response or notice for a medium (SMS variant, else the default)."""
    return response_message(name, medium)["text"]


def response_texts(name: str) -> frozenset[str]:
    """Every variant's text of a response, to recognise it in a turn's replies."""
    return frozenset((v.get("text") or "").strip() for v in _variants(name)) - {""}
