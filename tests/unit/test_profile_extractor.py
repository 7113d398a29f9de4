"""The profile extractor: what a message says about the person, as entities for the slots."""

from __future__ import annotations

from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message

from bot.components.profile_extractor import ProfileExtractor


def _entities(tmp_path, text: str) -> set[tuple[str, str]]:
    extractor = ProfileExtractor.create(
        {}, LocalModelStorage(tmp_path), Resource("profile"), ExecutionContext(GraphSchema({}))
    )
    (message,) = extractor.process([Message(data={"text": text})])
    return {(e["entity"], e["value"]) for e in message.get("entities") or []}


def test_place_and_identity_become_entities(tmp_path) -> None:
    found = _entities(tmp_path, "im a man and i live in crewe")
    assert ("area", "cheshire_east") in found and ("identity", "men") in found


def test_self_harm_as_a_need_comes_from_the_safety_check(tmp_path) -> None:
    # One definition of self-harm: the safety check's verdict, not a second pattern list.
    found = _entities(tmp_path, "i keep hurting myself, who can help")
    assert {("need", "self_harm"), ("need", "emotional_support")} <= found
    assert ("need", "self_harm") not in _entities(tmp_path, "who can help me")
