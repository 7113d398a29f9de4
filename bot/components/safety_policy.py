"""Dialogue policy that answers safety signals first, whatever else is going on.

Rules and forms can be outvoted or can swallow a message as a slot value; this
policy cannot. When the latest user message carries a danger or self-harm
signal (from the SafetyGuard component, or the intent itself), it predicts the
safety response(s) with confidence 1.0, in the ensemble's top tier and with
the highest priority, then listens. An active form stays active, so the person can carry on
where they were once they are safe.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.safety.intents import (
    DANGER_INTENT,
    DANGER_RESPONSE,
    SAFETY_KEY,
    SELF_HARM_INTENT,
    SELF_HARM_RESPONSE,
)

# Above RulePolicy (6): on equal confidence the ensemble picks the higher priority.
SAFETY_POLICY_PRIORITY = 7
# Inside a form, answers are short fragments ("he's been charged") on which the
# NLU model is least reliable; there a safety intent that only the model saw
# (the deterministic check found nothing) must be this confident to interrupt.
# The deterministic check interrupts a form at any confidence.
MODEL_ONLY_MIN_CONFIDENCE_IN_FORM = 0.9


def responses_due(tracker: DialogueStateTracker) -> list[str]:
    """Safety responses the latest user message calls for, most urgent first."""
    message = tracker.latest_message
    if message is None:
        return []
    intent = (message.intent or {}).get("name")
    parse_data = message.parse_data or {}
    safety = parse_data.get(SAFETY_KEY) or {}
    model_only = SAFETY_KEY in parse_data and not safety.get("rules")
    confidence = (message.intent or {}).get("confidence", 1.0)
    if model_only and tracker.active_loop_name and confidence < MODEL_ONLY_MIN_CONFIDENCE_IN_FORM:
        return []
    due = []
    if intent == DANGER_INTENT or safety.get("immediate_danger"):
        due.append(DANGER_RESPONSE)
    if intent == SELF_HARM_INTENT or safety.get("self_harm"):
        due.append(SELF_HARM_RESPONSE)
    return due


def actions_since_last_user_message(tracker: DialogueStateTracker) -> list[str]:
    names = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, ActionExecuted) and event.action_name:
            names.append(event.action_name)
    return names


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class SafetyPolicy(Policy):
    """Predicts the safety responses for a danger or self-harm message, then listens."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"priority": SAFETY_POLICY_PRIORITY}

    def train(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        due = responses_due(tracker)
        if not due:
            return self._prediction(probabilities)
        done = actions_since_last_user_message(tracker)
        pending = [name for name in due if name not in done]
        next_action = pending[0] if pending else ACTION_LISTEN_NAME
        probabilities[domain.index_for_action(next_action)] = 1.0
        # The ensemble lets "no user" predictions (a form continuing after a bot
        # action) overrule everything else; in that tier confidence and then
        # priority decide, so flagging ours keeps a form from asking its next
        # question straight after the 999 guidance.
        return self._prediction(probabilities, is_no_user_prediction=True)
