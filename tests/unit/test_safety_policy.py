"""SafetyPolicy answers danger first in any dialogue state, then listens."""

from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, ActiveLoop, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.components.safety_policy import SafetyPolicy


@pytest.fixture
def policy(tmp_path) -> SafetyPolicy:
    return SafetyPolicy.create(
        SafetyPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("safety_policy"),
        ExecutionContext(GraphSchema({})),
    )


def _tracker(*events) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        "someone", [ActionExecuted(ACTION_LISTEN_NAME), *events]
    )


def _user(intent: str, confidence: float = 1.0, **safety) -> UserUttered:
    parse = {"intent": {"name": intent, "confidence": confidence}}
    if safety:
        parse["safety"] = safety
    intent_data = {"name": intent, "confidence": confidence}
    return UserUttered("...", intent=intent_data, parse_data=parse)


def _predicted(policy: SafetyPolicy, tracker: DialogueStateTracker, domain) -> str | None:
    prediction = policy.predict_action_probabilities(tracker, domain)
    if prediction.max_confidence < 1.0:
        return None
    return domain.action_names_or_texts[prediction.max_confidence_index]


def test_danger_is_answered_first(policy, domain) -> None:
    tracker = _tracker(_user("immediate_danger"))
    assert _predicted(policy, tracker, domain) == "utter_immediate_danger"


def test_danger_then_listens(policy, domain) -> None:
    tracker = _tracker(_user("immediate_danger"), ActionExecuted("utter_immediate_danger"))
    assert _predicted(policy, tracker, domain) == ACTION_LISTEN_NAME


def test_danger_and_self_harm_both_answered_in_order(policy, domain) -> None:
    tracker = _tracker(_user("immediate_danger", immediate_danger=True, self_harm=True))
    assert _predicted(policy, tracker, domain) == "utter_immediate_danger"
    tracker.update(ActionExecuted("utter_immediate_danger"))
    assert _predicted(policy, tracker, domain) == "utter_self_harm_support"
    tracker.update(ActionExecuted("utter_self_harm_support"))
    assert _predicted(policy, tracker, domain) == ACTION_LISTEN_NAME


def test_danger_inside_an_active_form_still_wins(policy, domain) -> None:
    found = {"immediate_danger": True, "self_harm": False, "rules": ["presence"]}
    tracker = _tracker(ActiveLoop("some_form"), _user("immediate_danger", **found))
    assert _predicted(policy, tracker, domain) == "utter_immediate_danger"


def test_a_model_only_guess_does_not_interrupt_a_form(policy, domain) -> None:
    guess = {"immediate_danger": True, "self_harm": False, "rules": []}
    tracker = _tracker(ActiveLoop("some_form"), _user("immediate_danger", 0.75, **guess))
    assert _predicted(policy, tracker, domain) is None


def test_a_confident_model_prediction_interrupts_a_form(policy, domain) -> None:
    guess = {"immediate_danger": True, "self_harm": False, "rules": []}
    tracker = _tracker(ActiveLoop("some_form"), _user("immediate_danger", 0.95, **guess))
    assert _predicted(policy, tracker, domain) == "utter_immediate_danger"


def test_a_model_only_guess_outside_a_form_is_answered(policy, domain) -> None:
    guess = {"immediate_danger": True, "self_harm": False, "rules": []}
    tracker = _tracker(_user("immediate_danger", 0.6, **guess))
    assert _predicted(policy, tracker, domain) == "utter_immediate_danger"


def test_ordinary_message_is_left_to_other_policies(policy, domain) -> None:
    tracker = _tracker(_user("ask_reporting"))
    assert _predicted(policy, tracker, domain) is None


def test_outranks_rule_policy_on_equal_confidence(policy) -> None:
    from rasa.core.policies.rule_policy import RulePolicy

    assert policy.priority > RulePolicy.get_default_config()["priority"]


def test_outranks_a_form_continuing_after_the_danger_reply(policy, domain) -> None:
    from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble
    from rasa.core.policies.policy import PolicyPrediction

    tracker = _tracker(
        ActiveLoop("some_form"),
        _user("ask_reporting", immediate_danger=True, rules=["presence"]),
        ActionExecuted("utter_immediate_danger"),
    )
    ours = policy.predict_action_probabilities(tracker, domain)
    form_probabilities = [0.0] * domain.num_actions
    form_probabilities[domain.index_for_action("utter_greet")] = 1.0
    form_continues = PolicyPrediction(
        form_probabilities, "RulePolicy", 6, is_no_user_prediction=True
    )
    best = DefaultPolicyPredictionEnsemble._pick_best_policy([form_continues, ours])
    assert best.policy_name == "SafetyPolicy"
    assert domain.action_names_or_texts[best.max_confidence_index] == ACTION_LISTEN_NAME
