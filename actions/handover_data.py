"""What the turn's handover mode is given: the advocate's first view, read from the tracker.

Everything here is JSON-ready; ``bot/turn/handover_mode.py`` builds the
summary with ``handover.summary`` (reduced to safety facts without consent).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rasa_sdk import Tracker

from actions.handover_screening import answers_of, danger_flags
from actions.handover_steps import (
    ASKED,
    CALLBACK,
    CALLBACK_METHOD,
    CALLBACK_TIME,
    CONSENT,
    CONTACT,
    HIGH_RISK,
    NOT_UNDERSTOOD,
    REASON,
)
from handover.screening import Answer, assess
from signposting.profile import AREA, IDENTITY, NEED, Profile

# Steps of the conversation's machinery, not something the person was told.
_NOT_TOPICS = {
    "action_listen", "action_session_start", "action_restart", "action_extract_slots",
    "action_default_fallback", "action_unlikely_intent", "action_deactivate_loop",
    "action_back", "action_two_stage_fallback", "utter_default", "utter_first_reply_notice",
    "utter_greet", "utter_thank", "utter_goodbye", "utter_affirm", "utter_deny",
    "utter_bot_challenge", "utter_out_of_scope", "utter_safety_check_in", "action_suggest_topics",
}  # fmt: skip
_NOT_TOPIC_PREFIXES = ("validate_", "action_ask_", "utter_handover", "utter_screening",
                       "utter_offer_person")  # fmt: skip

# The way into a handover: not topics either.
HANDOVER_ACTIONS = (
    "action_prepare_handover",
    "action_offer_handover",
    "action_start_handover",
    "action_prepare_screening",
    "action_screening_done",
)


def told_topics(tracker: Tracker, own_actions: Iterable[str] = ()) -> list[str]:
    """What the bot told the person: its answers' names, in order, each once."""
    skip = set(_NOT_TOPICS) | set(own_actions)
    found: dict[str, None] = {}
    for event in tracker.events:
        if event.get("event") != "action":
            continue
        name = str(event.get("name") or "")
        if not name or name in skip or name.endswith("_form"):
            continue
        if name.startswith(_NOT_TOPIC_PREFIXES):
            continue
        found.setdefault(name, None)
    return list(found)


def handover_data(tracker: Tracker) -> dict[str, Any]:
    """The data the turn's handover mode expects (all JSON-ready)."""
    answers = answers_of(tracker)
    flags = danger_flags(tracker)
    profile = Profile.from_slots(
        tracker.get_slot(AREA), tracker.get_slot(IDENTITY), tracker.get_slot(NEED)
    )
    callback = None
    if tracker.get_slot(CONTACT) == CALLBACK:
        callback = {
            "safe_time": tracker.get_slot(CALLBACK_TIME),
            "method": tracker.get_slot(CALLBACK_METHOD),
        }
    reason = tracker.get_slot(REASON)
    return {
        "consent": tracker.get_slot(CONSENT) is True,
        "priority": assess(answers, flags).priority.value,
        "screening": {k: a.value for k, a in answers.items() if a is not Answer.SKIPPED},
        "danger_flags": flags,
        "area": profile.area.value if profile.area else None,
        "identities": sorted(profile.identities),
        "needs": sorted(profile.needs),
        "told_topics": told_topics(tracker, HANDOVER_ACTIONS),
        "reason": reason if reason in (ASKED, HIGH_RISK, NOT_UNDERSTOOD) else ASKED,
        "callback": callback,
    }


__all__ = ["HANDOVER_ACTIONS", "handover_data", "told_topics"]
