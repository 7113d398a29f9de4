"""SafetyGuard overrides NLU towards safety, never away from it."""

from __future__ import annotations

from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message

from bot.components.safety_guard import SafetyGuard


def _guarded(tmp_path, text: str, predicted: str, confidence: float = 0.9) -> Message:
    guard = SafetyGuard.create(
        {}, LocalModelStorage(tmp_path), Resource("guard"), ExecutionContext(GraphSchema({}))
    )
    intent = {"name": predicted, "confidence": confidence}
    message = Message(data={"text": text, "intent": intent, "intent_ranking": [intent]})
    return guard.process([message])[0]


def test_danger_overrides_a_calm_prediction(tmp_path) -> None:
    message = _guarded(
        tmp_path, "how do i keep evidence, he is outside my house now", "ask_evidence_keep"
    )
    assert message.get("intent") == {"name": "immediate_danger", "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == "immediate_danger"
    assert message.get("safety")["immediate_danger"] is True


def test_self_harm_overrides_fallback(tmp_path) -> None:
    message = _guarded(tmp_path, "i want to end it all", "nlu_fallback", 0.5)
    assert message.get("intent")["name"] == "self_harm_risk"


def test_a_model_danger_guess_without_danger_words_is_a_check_in(tmp_path) -> None:
    guard = SafetyGuard.create(
        {}, LocalModelStorage(tmp_path), Resource("guard"), ExecutionContext(GraphSchema({}))
    )
    ranking = [
        {"name": "immediate_danger", "confidence": 0.6},
        {"name": "ask_blocking", "confidence": 0.3},
    ]
    message = Message(
        data={"text": "blocked him everywhere but new accounts keep coming", "intent": ranking[0]}
    )
    message.set("intent_ranking", ranking)
    guarded = guard.process([message])[0]
    # The person still gets an answer to their question, with "are you safe?" first.
    assert guarded.get("intent") == {"name": "ask_blocking", "confidence": 0.3}
    assert guarded.get("safety")["immediate_danger"] is False
    assert guarded.get("safety")["check_in"] is True


def test_a_model_danger_guess_with_nothing_else_falls_back_honestly(tmp_path) -> None:
    message = _guarded(tmp_path, "something unusual", "immediate_danger", 0.8)
    assert message.get("intent")["name"] == "nlu_fallback"
    assert message.get("safety")["check_in"] is True


def test_ordinary_message_is_untouched(tmp_path) -> None:
    message = _guarded(tmp_path, "how do i report him", "ask_reporting")
    assert message.get("intent") == {"name": "ask_reporting", "confidence": 0.9}
    assert message.get("safety") == {
        "immediate_danger": False,
        "self_harm": False,
        "check_in": False,
        "rules": [],
        "check_in_rules": [],
        "check_in_self_harm": False,
    }


def test_check_in_keeps_the_question_and_flags_the_check_in(tmp_path) -> None:
    message = _guarded(tmp_path, "his car is parked down the road every night", "ask_reporting")
    assert message.get("intent") == {"name": "ask_reporting", "confidence": 0.9}
    assert message.get("safety")["check_in"] is True
    assert message.get("safety")["immediate_danger"] is False


def test_a_lone_help_is_a_check_in_not_an_alarm(tmp_path) -> None:
    message = _guarded(tmp_path, "HELP", "ask_menu")
    assert message.get("intent")["name"] == "ask_menu"
    assert message.get("safety")["check_in"] is True
    # Rules see the check-in as an entity (data/rules/safety.yml).
    assert {"entity": "safety_check_in", "value": "yes", "extractor": "SafetyGuard"} in (
        message.get("entities")
    )


def test_no_check_in_when_danger_fired(tmp_path) -> None:
    message = _guarded(tmp_path, "hes outside my house and im scared", "ask_reporting")
    assert message.get("safety")["immediate_danger"] is True
    assert message.get("safety")["check_in"] is False
