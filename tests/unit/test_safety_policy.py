"""SafetyPolicy answers danger first in any dialogue state, then listens."""

from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, ActiveLoop, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.components.safety_policy import SafetyPolicy, learn_continuations


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


def _check_in(intent: str = "ask_menu") -> UserUttered:
    safety = {"immediate_danger": False, "self_harm": False, "check_in": True, "rules": []}
    parse = {"intent": {"name": intent, "confidence": 0.9}, "safety": safety}
    return UserUttered("help", intent={"name": intent, "confidence": 0.9}, parse_data=parse)


@pytest.fixture
def trained(policy, domain) -> SafetyPolicy:
    """The policy after training on one rule: ask_menu is answered with utter_menu."""
    rule = DialogueStateTracker.from_events(
        "rule",
        [
            ActionExecuted("..."),
            UserUttered("menu", intent={"name": "ask_menu", "confidence": 1.0}),
            ActionExecuted("utter_menu"),
            ActionExecuted(ACTION_LISTEN_NAME),
        ],
    )
    policy.train([rule], domain)
    return policy


def test_learns_each_intents_answer_only_where_the_data_agrees() -> None:
    def tracker(intent: str, *actions: str) -> DialogueStateTracker:
        events = [UserUttered("x", intent={"name": intent, "confidence": 1.0})]
        events += [ActionExecuted(a) for a in (*actions, ACTION_LISTEN_NAME)]
        return DialogueStateTracker.from_events("t", events)

    learned = learn_continuations(
        [
            tracker("ask_menu", "utter_menu"),
            tracker("ask_menu", "utter_menu"),
            tracker("ask_services", "utter_a"),
            tracker("ask_services", "utter_b"),
        ]
    )
    assert learned == {"ask_menu": ["utter_menu"]}


def test_check_in_comes_first_then_the_usual_answer_then_listen(trained, domain) -> None:
    """A lone "help" on the web: the check-in line, then the menu."""
    tracker = _tracker(_check_in())
    assert _predicted(trained, tracker, domain) == "utter_safety_check_in"
    tracker.update(ActionExecuted("utter_safety_check_in"))
    assert _predicted(trained, tracker, domain) == "utter_menu"
    tracker.update(ActionExecuted("utter_menu"))
    assert _predicted(trained, tracker, domain) == ACTION_LISTEN_NAME


def test_check_in_survives_saving_and_loading(trained, domain, tmp_path) -> None:
    loaded = SafetyPolicy.load(
        SafetyPolicy.get_default_config(),
        trained._model_storage,
        trained._resource,
        ExecutionContext(GraphSchema({})),
    )
    assert loaded.continuations == {"ask_menu": ["utter_menu"]}


def test_check_in_without_a_learned_answer_is_left_to_the_channel_net(trained, domain) -> None:
    tracker = _tracker(_check_in("ask_something_else"))
    assert _predicted(trained, tracker, domain) is None


def test_check_in_inside_a_form_then_the_form_carries_on(trained, domain) -> None:
    tracker = _tracker(ActiveLoop("some_form"), _check_in("ask_something_else"))
    assert _predicted(trained, tracker, domain) == "utter_safety_check_in"
    tracker.update(ActionExecuted("utter_safety_check_in"))
    assert _predicted(trained, tracker, domain) is None


def test_danger_outranks_a_check_in(trained, domain) -> None:
    found = {"immediate_danger": True, "self_harm": False, "check_in": True, "rules": ["presence"]}
    tracker = _tracker(_user("ask_menu", **found))
    assert _predicted(trained, tracker, domain) == "utter_immediate_danger"


def test_check_in_outranks_a_form_continuing(trained, domain) -> None:
    from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble
    from rasa.core.policies.policy import PolicyPrediction

    tracker = _tracker(ActiveLoop("some_form"), _check_in("ask_something_else"))
    ours = trained.predict_action_probabilities(tracker, domain)
    form_probabilities = [0.0] * domain.num_actions
    form_probabilities[domain.index_for_action("utter_greet")] = 1.0
    form_continues = PolicyPrediction(
        form_probabilities, "RulePolicy", 6, is_no_user_prediction=True
    )
    best = DefaultPolicyPredictionEnsemble._pick_best_policy([form_continues, ours])
    assert domain.action_names_or_texts[best.max_confidence_index] == "utter_safety_check_in"
