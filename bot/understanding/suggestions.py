"""Which topics to offer when the bot is not sure what a message means.

When NLU confidence is low the FallbackClassifier puts ``nlu_fallback`` first
in the message's intent ranking and leaves the model's own guesses below it.
The bot still does not guess, but when the right topic is likely among the
top few, offering it as a choice saves the person saying it again.

The rule, for a safeguarding reader:

* Only topics: intents in :data:`TOPIC_TITLES`, each a question the bot answers
  with information. Small talk, yes/no, the safety answers (the safety policy
  gives those whatever the model thinks), deleting data, asking for a person
  and buttons' own intents are never offered (:data:`NOT_OFFERED` says why
  for each).
* Only likely ones: a topic the model gives less than :data:`FLOOR` is left
  out. With three dozen intents, chance is under 0.03 each; below 0.1 the
  model is not pointing at the topic, and a wrong choice is worse than none.
* At most :data:`MOST`, likeliest first, so the choice stays short enough
  to read on a phone.

No topic left: the caller says the plain fallback, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# Below this confidence a topic is not offered (see the module docstring).
FLOOR = 0.1
# At most this many topics are offered.
MOST = 2

# The topics that may be offered, with the short plain title a button shows.
# Where the greeting, the menu or another answer already has a button for the
# intent, the title is the same words (tests/understanding/ checks this).
TOPIC_TITLES: Mapping[str, str] = {
    "ask_what_is_stalking": "What is stalking?",
    "ask_evidence_log": "Keeping a record",
    "ask_evidence_keep": "Keeping evidence",
    "ask_blocking": "Blocking them",
    "ask_contact_stalker": "Replying to them",
    "ask_reporting": "Reporting it",
    "express_fear_of_reporting": "Worried about reporting",
    "ask_tracking": "Being tracked",
    "ask_account_security": "Online safety",
    "ask_protective_orders": "Court orders",
    "ask_clares_law": "Clare's Law",
    "ask_right_to_know": "Who is behind a fake account",
    "ask_support_services": "Who can help?",
    "express_distress": "Feeling scared or upset",
    "help_someone_else": "Helping someone else",
    "ask_chat_privacy": "Is this chat private?",
    "log_incident": "Log something now",
    "open_incident_log": "Open my saved log",
    "share_incident_log": "Share my log",
}

# Every other intent in the domain, and why it is never offered. A new intent
# must be added to one table or the other (tests/understanding/ checks this).
NOT_OFFERED: Mapping[str, str] = {
    "nlu_fallback": "the fallback itself",
    "greet": "small talk",
    "goodbye": "small talk",
    "thank": "small talk",
    "affirm": "a yes means nothing without a question",
    "deny": "a no means nothing without a question",
    "bot_challenge": "not a topic: asks what the bot is",
    "out_of_scope": "not a topic",
    "ask_menu": "always offered anyway, as 'Show me the options'",
    "immediate_danger": "the safety policy answers danger whatever the model thinks",
    "self_harm_risk": "the safety policy answers self-harm whatever the model thinks",
    "request_human": "a person is offered after a second misunderstanding (rules/handover.yml)",
    "start_screening": "the way into a handover, not a topic",
    "request_delete_data": "deleting the chat is never offered as a guess",
    "confirm_delete_data": "deleting the chat is never offered as a guess",
    "ask_order_detail": "reached from the court-order result's buttons only",
    "ask_orders_result": "reached from the court-order questions only",
    # Offered as a guess to someone being stalked, "worried about your own
    # behaviour" could read as blame; someone who means it is offered a person
    # if they are not understood again.
    "perpetrator_help": "could read as blame when guessed",
}

# Always offered with the topics, as utter_default offers it.
SHOW_THE_OPTIONS = {"title": "Show me the options", "payload": "/ask_menu"}


@dataclass(frozen=True)
class Suggestion:
    """A topic to offer: its intent and the title its button shows."""

    intent: str
    title: str

    @property
    def payload(self) -> str:
        """What the button sends: the intent itself, as Rasa reads ``/intent``."""
        return f"/{self.intent}"


def _confidence(entry: Mapping[str, Any]) -> float:
    value = entry.get("confidence")
    return float(value) if isinstance(value, (int, float)) else 0.0


def suggest_topics(
    ranking: Iterable[Mapping[str, Any]], floor: float = FLOOR, most: int = MOST
) -> list[Suggestion]:
    """The topics to offer for a message the bot did not understand.

    Args:
        ranking: The message's ``intent_ranking`` (``name`` and ``confidence``
            each), as Rasa parses it; ``nlu_fallback`` and non-topics are skipped.
        floor: Topics below this confidence are left out.
        most: At most this many are returned.

    Returns:
        Up to ``most`` topics, likeliest first, each once; empty if none is
        likely enough.
    """
    likely = sorted(
        (entry for entry in ranking if _confidence(entry) >= floor),
        key=_confidence,
        reverse=True,
    )
    found: list[Suggestion] = []
    for entry in likely:
        intent = str(entry.get("name") or "")
        if intent in TOPIC_TITLES and all(s.intent != intent for s in found):
            found.append(Suggestion(intent, TOPIC_TITLES[intent]))
        if len(found) >= most:
            break
    return found


def suggestion_buttons(suggestions: Iterable[Suggestion]) -> list[dict[str, str]]:
    """A button per topic, then "Show me the options" (numbered in that order on SMS)."""
    buttons = [{"title": s.title, "payload": s.payload} for s in suggestions]
    return [*buttons, dict(SHOW_THE_OPTIONS)]


__all__ = [
    "FLOOR",
    "MOST",
    "NOT_OFFERED",
    "SHOW_THE_OPTIONS",
    "TOPIC_TITLES",
    "Suggestion",
    "suggest_topics",
    "suggestion_buttons",
]
