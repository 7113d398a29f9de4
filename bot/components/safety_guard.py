"""NLU component that applies the deterministic safety check to every message.

It runs last in the pipeline, after DIET and the FallbackClassifier, so its
verdict wins over whatever the model predicted: a message that signals
immediate danger gets the ``immediate_danger`` intent with confidence 1.0,
whatever the rest of NLU thought. A check-in verdict (possible danger) leaves
the intent alone, so the question is still answered; SafetyPolicy puts the
check-in line first.

The model's own ``immediate_danger`` guess, when the check finds no danger,
becomes a **check-in**, not the full danger reply: every net (this
component, the policy, the channel's net, SMS) then answers from the same
verdict (issue 8), and the model's guesses, which caused most of the full
danger replies to ordinary questions through the whole stack (dreams, past
events, home security; docs/safety.md), still get "are you safe right now?"
first, then the answer to the question the model thought next most likely.
The model's ``self_harm_risk`` guess is kept: the Samaritans reply to a
message that was not about self-harm is gentle, and missing self-harm is not.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.safety.detector import assess
from bot.safety.intents import CHECK_IN_ENTITY, DANGER_INTENT, SAFETY_KEY, SELF_HARM_INTENT


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyGuard(GraphComponent, IntentClassifier):
    """Overrides the predicted intent when the message signals danger or self-harm."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyGuard:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._guard(message)
        return messages

    @staticmethod
    def _guard(message: Message) -> None:
        found = assess(message.get(TEXT))
        predicted = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        danger = found.immediate_danger
        model_only = predicted == DANGER_INTENT and not danger
        if model_only:
            _next_best(message)
            predicted = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        self_harm = found.self_harm or predicted == SELF_HARM_INTENT
        verdict = {
            "immediate_danger": danger,
            "self_harm": self_harm,
            # Possible danger: the policy puts the check-in line before the answer.
            "check_in": (found.check_in or model_only) and not danger,
            "rules": list(found.rule_ids),
            "check_in_rules": list(found.check_in_rule_ids),
            # Possible self-harm (the second opinion): the turn's net adds
            # Samaritans' number before the answer.
            "check_in_self_harm": found.check_in_self_harm and not self_harm,
        }
        message.set(SAFETY_KEY, verdict, add_to_output=True)
        if verdict["check_in"]:
            # An entity, so that rules can see the check-in (data/rules/safety.yml).
            entities = [
                e for e in message.get(ENTITIES) or [] if e.get("entity") != CHECK_IN_ENTITY
            ]
            entities.append({"entity": CHECK_IN_ENTITY, "value": "yes", "extractor": "SafetyGuard"})
            message.set(ENTITIES, entities, add_to_output=True)
        override = DANGER_INTENT if found.immediate_danger else None
        if override is None and found.self_harm:
            override = SELF_HARM_INTENT
        if override is None or predicted == override:
            return
        intent = {INTENT_NAME_KEY: override, PREDICTED_CONFIDENCE_KEY: 1.0}
        message.set(INTENT, intent, add_to_output=True)
        ranking = [
            r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != override
        ]
        message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)


def _next_best(message: Message) -> None:
    """Replaces the model's danger guess with its next guess (or the honest fallback)."""
    ranking = [
        r
        for r in message.get(INTENT_RANKING_KEY) or []
        if r.get(INTENT_NAME_KEY) not in (DANGER_INTENT, SELF_HARM_INTENT)
    ]
    intent = (
        ranking[0] if ranking else {INTENT_NAME_KEY: "nlu_fallback", PREDICTED_CONFIDENCE_KEY: 1.0}
    )
    message.set(INTENT, dict(intent), add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking or [intent], add_to_output=True)
