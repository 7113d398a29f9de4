"""The safety net: what the turn adds around the replies, decided by the verdict.

It follows the safety check's verdict, never the wording of the replies: a
reply that happens to mention 999 (the "too long" notice does) is not the
danger guidance. Guidance is recognised by the exact text of its response.

* danger → the danger guidance (with the Silent Solution) first;
* a possible danger (the check-in tier) → the short "are you safe?" line first,
  before any self-harm guidance too (blind sets v16a and v16b: "he's sat outside
  in his car again and I've swallowed 20 of my sleeping tablets" opened with the
  self-harm reply, so possible danger came second);
* self-harm → the Samaritans guidance, after any danger guidance or check-in line;
* a possible self-harm (the second opinion's reading) → Samaritans' number,
  after any of the above and before the answer;
* a failed turn, an action that failed, no reply at all, or a known outage with
  no helpline number said → the notice with 999, 101 and helplines, last;
* the first reply in a conversation → the "automated, not read live" notice.
"""

from __future__ import annotations

import re
from typing import Any

from bot.safety.detector import Assessment
from bot.safety.intents import DANGER_RESPONSE, SELF_HARM_RESPONSE
from bot.safety.replies import (
    FIRST_REPLY_RESPONSE,
    SELF_HARM_CHECK_IN_NOTICE,
    UNAVAILABLE_RESPONSE,
    response_text,
    response_texts,
)
from common.medium import Medium

CHECK_IN_RESPONSE = "utter_safety_check_in"
# Check-ins read from self-harm words, not from possible danger (check_in_rules.py,
# second_opinion.py, detector.py).
_SELF_HARM_CHECK_INS = frozenset(
    {"ci_pills", "ci_goodbye", "second_opinion_self_harm", "someone_elses_words"}
)

# A helpline number in a reply: a UK number other than 999 (0808 802 0300,
# 116 123, 08 08 16 89 111, ...).
_HELPLINE = re.compile(r"\b(?:0\d[\d ]{7,12}\d|116 123)\b")

Message = dict[str, Any]


def has_helpline(texts: list[str]) -> bool:
    return any(_HELPLINE.search(t) for t in texts)


def _is(message: Message, name: str) -> bool:
    return (message.get("text") or "").strip() in response_texts(name)


def _said_or_new(messages: list[Message], name: str, medium: Medium) -> Message:
    """Rasa's own copy of a guidance message (with any buttons), else a new one."""
    for message in messages:
        if _is(message, name):
            return message
    return {"text": response_text(name, medium)}


def _guidance(verdict: Assessment) -> list[str]:
    """Responses the verdict calls for, in the order they must come."""
    names = []
    check_in = getattr(verdict, "check_in", False) and not verdict.immediate_danger
    # Possible danger goes before the self-harm guidance; a check-in read from
    # self-harm words alone (pills, a goodbye) stays after it.
    ids = set(getattr(verdict, "check_in_rule_ids", ()))
    danger_first = check_in and bool(ids - _SELF_HARM_CHECK_INS)
    if verdict.immediate_danger:
        names.append(DANGER_RESPONSE)
    if danger_first:
        names.append(CHECK_IN_RESPONSE)
    if verdict.self_harm:
        names.append(SELF_HARM_RESPONSE)
    if check_in and not danger_first:
        names.append(CHECK_IN_RESPONSE)
    if getattr(verdict, "check_in_self_harm", False) and not verdict.self_harm:
        names.append(SELF_HARM_CHECK_IN_NOTICE)
    return names


def apply_net(
    messages: list[Message],
    verdict: Assessment,
    medium: Medium,
    *,
    failed: bool = False,
    degraded: bool = False,
    first: bool = False,
    quiet: bool = False,
) -> list[Message]:
    """The turn's messages made safe.

    Args:
        messages: What Rasa said this turn (markers already removed).
        verdict: The safety check's verdict on the person's message.
        medium: Picks the web or SMS wording of anything added.
        failed: The turn, or an action in it, failed.
        degraded: A part of the stack is known to be down.
        first: This is the first reply in the conversation.
        quiet: Saying nothing is right this turn (an advocate will answer).

    Returns:
        The guidance the verdict calls for first (each once), then the turn's
        other messages, then any notices.
    """
    guidance = _guidance(verdict)
    first_part = [_said_or_new(messages, name, medium) for name in guidance]
    rest = [m for m in messages if not any(_is(m, name) for name in guidance)]
    said = [m.get("text") or "" for m in first_part + rest]
    after: list[Message] = []
    if failed or (not any(said) and not quiet) or (degraded and not has_helpline(said)):
        after.append({"text": response_text(UNAVAILABLE_RESPONSE, medium)})
    if first and not any(_is(m, FIRST_REPLY_RESPONSE) for m in rest):
        after.append({"text": response_text(FIRST_REPLY_RESPONSE, medium)})
    return first_part + rest + after
