"""Dialogue policy that answers safety signals first, whatever else is going on.

Rules and forms can be outvoted or can swallow a message as a slot value; this
policy cannot. When the latest user message carries a danger or self-harm
signal (from the SafetyGuard component, or the intent itself), it predicts the
safety response(s) with confidence 1.0, in the ensemble's top tier and with
the highest priority, then listens. An active form stays active, so the person can carry on
where they were once they are safe.

A "check-in" verdict (possible danger, nothing stronger) puts one short line
first ("Are you safe right now?...") and then lets the question be answered.
Rasa's rules cannot do that on their own: a rule "intent X -> answer" only
matches straight after the user's message, so once the check-in line has been
said no rule matches and the core fallback would answer instead. So this
policy learns, at training time, the actions each intent is answered with
outside a form (only where every rule and story agrees), and plays them after
the check-in. Inside a form, the form's own loop carries on by itself. For an
intent with no single learned answer the check-in is left to the channel net,
so the answer is never lost.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME, RULE_SNIPPET_ACTION_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.safety.intents import (
    CHECK_IN_RESPONSE,
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
CONTINUATIONS_FILE = "continuations.json"
# Rasa's training cache keys on config and data, not code: bump this when the
# way answers are learned changes, so `rasa train` retrains this policy.
LEARNING_VERSION = 2
SAFETY_RESPONSES = frozenset({DANGER_RESPONSE, SELF_HARM_RESPONSE, CHECK_IN_RESPONSE})


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


def check_in_due(tracker: DialogueStateTracker) -> bool:
    """The latest message is a check-in: possible danger, and nothing stronger."""
    message = tracker.latest_message
    if message is None or responses_due(tracker):
        return False
    return bool(((message.parse_data or {}).get(SAFETY_KEY) or {}).get("check_in"))


def actions_since_last_user_message(tracker: DialogueStateTracker) -> list[str]:
    """Actions run since the latest user message, oldest first."""
    names = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, ActionExecuted) and event.action_name:
            names.append(event.action_name)
    return names[::-1]


def learn_continuations(trackers: list[DialogueStateTracker]) -> dict[str, list[str]]:
    """For each intent, the actions that answer it outside a form, if all data agrees.

    Answers mid-conversation are preferred to those for a conversation's first
    message (which may add the first-reply notice).

    Args:
        trackers: Training trackers (rules and stories).

    Returns:
        Intent name to its answer (the actions after the message, up to listening).
        Intents answered differently in different rules or stories are left out.
    """
    seen: dict[bool, dict[str, set[tuple[str, ...]]]] = {
        True: defaultdict(set),
        False: defaultdict(set),
    }
    for tracker in trackers:
        intent: str | None = None
        actions: list[str] = []
        in_form = False
        first_turn = True
        mid_conversation = False
        for event in [*tracker.events, ActionExecuted(ACTION_LISTEN_NAME)]:
            if isinstance(event, ActiveLoop):
                in_form = event.name is not None
            elif isinstance(event, UserUttered):
                intent = None if in_form else event.intent_name
                mid_conversation = not first_turn
                first_turn = False
                actions = []
            elif isinstance(event, ActionExecuted):
                name = event.action_name or ""
                if name == RULE_SNIPPET_ACTION_NAME:
                    first_turn = False  # a rule that may apply at any point
                if not intent or name in (CHECK_IN_RESPONSE, RULE_SNIPPET_ACTION_NAME):
                    continue  # the answer is what follows the check-in line
                if name == ACTION_LISTEN_NAME:
                    if actions:
                        seen[mid_conversation][intent].add(tuple(actions))
                    intent = None
                else:
                    actions.append(name)
    learned = {}
    for intent in {*seen[True], *seen[False]}:
        answers = seen[True].get(intent) or seen[False][intent]
        answer = next(iter(answers))
        if len(answers) == 1 and not SAFETY_RESPONSES & set(answer):
            learned[intent] = list(answer)
    return learned


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class SafetyPolicy(Policy):
    """Predicts the safety responses for a danger or self-harm message, then listens."""

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        continuations: dict[str, list[str]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, **kwargs)
        self.continuations = continuations or {}

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"priority": SAFETY_POLICY_PRIORITY, "learning_version": LEARNING_VERSION}

    def train(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        self.continuations = learn_continuations(training_trackers)
        with self._model_storage.write_to(self._resource) as path:
            (path / CONTINUATIONS_FILE).write_text(json.dumps(self.continuations, sort_keys=True))
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SafetyPolicy:
        try:
            with model_storage.read_from(resource) as path:
                continuations = json.loads((path / CONTINUATIONS_FILE).read_text())
        except (ValueError, OSError):
            continuations = {}
        return cls(config, model_storage, resource, execution_context, continuations)

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        done = actions_since_last_user_message(tracker)
        due = responses_due(tracker)
        if due:
            pending = [name for name in due if name not in done]
            next_action = pending[0] if pending else ACTION_LISTEN_NAME
            probabilities[domain.index_for_action(next_action)] = 1.0
            # The ensemble lets "no user" predictions (a form continuing after a bot
            # action) overrule everything else; in that tier confidence and then
            # priority decide, so flagging ours keeps a form from asking its next
            # question straight after the 999 guidance.
            return self._prediction(probabilities, is_no_user_prediction=True)
        next_action = self._check_in_step(tracker, done)
        if next_action is None or next_action not in domain.action_names_or_texts:
            return self._prediction(probabilities)
        probabilities[domain.index_for_action(next_action)] = 1.0
        # Inside a form the form's loop is a "no user" prediction; flagged the
        # same, ours wins on priority and the check-in line goes first.
        return self._prediction(probabilities, is_no_user_prediction=True)

    def _check_in_step(self, tracker: DialogueStateTracker, done: list[str]) -> str | None:
        """The next action of a check-in turn: the line first, then the usual answer."""
        if not check_in_due(tracker):
            return None
        intent = (
            (tracker.latest_message.intent or {}).get("name") if tracker.latest_message else None
        )
        answer = self.continuations.get(intent or "")
        if CHECK_IN_RESPONSE not in done:
            # Without a learned answer (and outside a form, whose loop carries
            # on by itself) the line would cost the answer: leave it to the net.
            return CHECK_IN_RESPONSE if answer or tracker.active_loop_name else None
        if tracker.active_loop_name:
            return None  # the form's loop takes it from here
        after = done[done.index(CHECK_IN_RESPONSE) + 1 :]
        if answer and after == answer[: len(after)]:
            return answer[len(after)] if len(after) < len(answer) else ACTION_LISTEN_NAME
        return None
