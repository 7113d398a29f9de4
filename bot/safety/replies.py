"""Safety-net replies for when the normal turn fails or says nothing.

Danger and self-harm wording is read from the domain (bot/domain/safety.yml),
so the safety net and the assistant say the same thing; the net's own notices
are in notices.yml beside this module. Both are read once. If neither can be
read, a last-resort line with 999 and 101 is used.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from bot.safety.detector import assess
from bot.safety.intents import DANGER_RESPONSE, SELF_HARM_RESPONSE

DOMAIN_DIR = Path(__file__).resolve().parent.parent / "domain"
NOTICES_FILE = Path(__file__).resolve().parent / "notices.yml"
UNAVAILABLE_RESPONSE = "notice_service_unavailable"
TOO_LONG_RESPONSE = "notice_message_too_long"
EMPTY_RESPONSE = "notice_message_empty"

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


def response_text(name: str, channel: str | None = None) -> str:
    """Text of a domain response for a channel, falling back to the default variant."""
    try:
        variants = _responses().get(name) or []
    except (OSError, yaml.YAMLError):
        return LAST_RESORT
    default = next((v for v in variants if not v.get("channel")), None)
    chosen = next((v for v in variants if channel and v.get("channel") == channel), default)
    return (chosen or {}).get("text") or LAST_RESORT


def safety_texts(user_text: str | None, channel: str | None = None) -> list[str]:
    """Danger and self-harm guidance the user's words call for (may be empty)."""
    found = assess(user_text)
    texts = []
    if found.immediate_danger:
        texts.append(response_text(DANGER_RESPONSE, channel))
    if found.self_harm:
        texts.append(response_text(SELF_HARM_RESPONSE, channel))
    return texts


# A helpline number in a reply: anything that looks like a UK phone number other
# than 999 (0808 802 0300, 116 123, 08 08 16 89 111, ...).
_HELPLINE = re.compile(r"\b(?:0\d[\d ]{7,12}\d|116 123)\b")


def has_helpline(replies: list[str]) -> bool:
    return any(_HELPLINE.search(r) for r in replies)


def safety_additions(
    replies: list[str],
    user_text: str | None,
    channel: str | None = None,
    degraded: bool = False,
) -> tuple[list[str], list[str]]:
    """What the safety net adds before and after a turn's replies.

    Args:
        replies: Texts the assistant produced this turn (possibly none).
        user_text: What the user sent.
        channel: Output channel name, to pick the SMS or web wording.
        degraded: A part of the stack (the action server) is known to be down.

    Returns:
        ``(before, after)``: danger guidance to put first if the message signals
        danger and no reply mentions 999; the service-unavailable notice to put
        last if there is no reply at all, or the stack is degraded and no reply
        gives a helpline number.
    """
    guidance = safety_texts(user_text, channel)
    before = guidance if guidance and not any("999" in r for r in replies) else []
    said = before + replies
    needs_notice = not said or (degraded and not has_helpline(said))
    after = [response_text(UNAVAILABLE_RESPONSE, channel)] if needs_notice else []
    return before, after


def ensure_safe_reply(
    replies: list[str],
    user_text: str | None,
    channel: str | None = None,
    degraded: bool = False,
) -> list[str]:
    """A turn's replies made safe: never empty, 999 guidance first when needed."""
    before, after = safety_additions(replies, user_text, channel, degraded)
    return before + list(replies) + after
