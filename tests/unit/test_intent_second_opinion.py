"""The second intent reader: trained, stored, loaded, and averaged with DIET's ranking."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components import sentence_meaning
from bot.components.intent_second_opinion import IntentSecondOpinion, combine, mix

EXAMPLES = {
    "ask_blocking": [
        "how do I block him on whatsapp",
        "should i block his number",
        "can I block someone on instagram without them knowing",
        "blocking him on facebook, good idea?",
    ],
    "ask_tracking": [
        "my phone says an airtag is moving with me",
        "could there be a tracker on my car",
        "how does he always know where I am",
        "is he tracking my location on snap map",
    ],
}


def _training_data() -> TrainingData:
    return TrainingData(
        [Message({TEXT: text, INTENT: name}) for name, texts in EXAMPLES.items() for text in texts]
    )


def _trained(
    tmp_path: Path, config: dict[str, float] | None = None
) -> tuple[IntentSecondOpinion, LocalModelStorage, Resource]:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("second_reader")
    component = IntentSecondOpinion.create(
        config or {}, storage, resource, ExecutionContext(GraphSchema({}))
    )
    component.train(_training_data())
    return component, storage, resource


def _unsure_diet(text: str) -> Message:
    # DIET torn between the two, leaning the wrong way.
    return Message(
        {
            TEXT: text,
            INTENT: {"name": "ask_blocking", "confidence": 0.52},
            INTENT_RANKING_KEY: [
                {"name": "ask_blocking", "confidence": 0.52},
                {"name": "ask_tracking", "confidence": 0.48},
            ],
        }
    )


def test_an_unsure_diet_is_put_right_by_a_sure_reader(tmp_path: Path) -> None:
    component, _, _ = _trained(tmp_path)
    [message] = component.process([_unsure_diet("there's an airtag tracker on my car")])
    assert message.get(INTENT)["name"] == "ask_tracking"
    ranking = message.get(INTENT_RANKING_KEY)
    assert ranking[0] == message.get(INTENT)
    assert [r["confidence"] for r in ranking] == sorted(
        (r["confidence"] for r in ranking), reverse=True
    )


def test_the_reader_is_stored_with_the_model_and_loaded_back(tmp_path: Path) -> None:
    _, storage, resource = _trained(tmp_path)
    loaded = IntentSecondOpinion.load({}, storage, resource, ExecutionContext(GraphSchema({})))
    [message] = loaded.process([_unsure_diet("could he have put a tracker on my car")])
    assert message.get(INTENT)["name"] == "ask_tracking"


def test_intent_payloads_and_empty_messages_are_left_alone(tmp_path: Path) -> None:
    component, _, _ = _trained(tmp_path)
    payload = Message({TEXT: "", INTENT: {"name": "ask_blocking", "confidence": 1.0}})
    [kept] = component.process([payload])
    assert kept.get(INTENT) == {"name": "ask_blocking", "confidence": 1.0}


def test_the_vote_is_an_even_mean_of_both_readers() -> None:
    diet = [{"name": "a", "confidence": 0.6}, {"name": "b", "confidence": 0.2}]
    ranking = combine(diet, {"a": 0.1, "b": 0.7, "c": 0.2}, weight=0.5, length=10)
    confidences = {r["name"]: r["confidence"] for r in ranking}
    # DIET's listed share is renormalised (0.75 / 0.25) before the mean.
    assert confidences == pytest.approx({"a": 0.425, "b": 0.475, "c": 0.1})
    assert [r["name"] for r in ranking] == ["b", "a", "c"]
    assert len(combine(diet, {"a": 0.5, "b": 0.3, "c": 0.2}, weight=0.5, length=2)) == 2


def test_the_meaning_reader_takes_its_share_of_the_non_diet_vote() -> None:
    words = {"a": 0.6, "b": 0.4}
    meaning = {"a": 0.2, "b": 0.7, "c": 0.1}
    assert mix(words, meaning, 0.5) == pytest.approx({"a": 0.4, "b": 0.55, "c": 0.05})
    # Off (the default) or absent: the TF-IDF reader's vote, untouched.
    assert mix(words, meaning, 0.0) == words
    assert mix(words, None, 0.5) == words
    # DIET 0.2, TF-IDF 0.4, meaning 0.4: weight 0.2 and meaning_share 0.5.
    diet = [{"name": "a", "confidence": 1.0}]
    ranking = combine(diet, mix(words, meaning, 0.5), weight=0.2, length=10)
    assert {r["name"]: r["confidence"] for r in ranking} == pytest.approx(
        {"a": 0.2 + 0.8 * 0.4, "b": 0.8 * 0.55, "c": 0.8 * 0.05}
    )


def test_by_default_no_meaning_reader_is_trained_or_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("the sentence encoder was used with meaning_share 0")

    monkeypatch.setattr(sentence_meaning, "encode", refuse)
    monkeypatch.setattr(sentence_meaning, "encoder", refuse)
    _, storage, resource = _trained(tmp_path)
    with storage.read_from(resource) as folder:
        assert sorted(p.name for p in Path(folder).iterdir()) == ["reader.joblib"]
    loaded = IntentSecondOpinion.load({}, storage, resource, ExecutionContext(GraphSchema({})))
    [message] = loaded.process([_unsure_diet("could he have put a tracker on my car")])
    assert message.get(INTENT)["name"] == "ask_tracking"


def test_the_meaning_reader_is_stored_with_the_model_and_votes(tmp_path: Path) -> None:
    config = {"weight": 0.2, "meaning_share": 0.5}
    _, storage, resource = _trained(tmp_path, config)
    with storage.read_from(resource) as folder:
        # The regression only: the encoder is never copied into a model.
        assert sorted(p.name for p in Path(folder).iterdir()) == [
            "meaning.joblib",
            "reader.joblib",
        ]
    loaded = IntentSecondOpinion.load(config, storage, resource, ExecutionContext(GraphSchema({})))
    text = "someone may be following my movements with a hidden gadget"
    words = dict(zip(loaded._reader.classes_, loaded._reader.predict_proba([text])[0], strict=True))
    meaning_lr = loaded._meaning
    assert meaning_lr is not None
    vector = sentence_meaning.encode([text])
    meaning = dict(zip(meaning_lr.classes_, meaning_lr.predict_proba(vector)[0], strict=True))
    [message] = loaded.process([_unsure_diet(text)])
    diet = {"ask_blocking": 0.52, "ask_tracking": 0.48}
    expected = {n: 0.2 * diet[n] + 0.4 * words[n] + 0.4 * meaning[n] for n in diet}
    ranking = message.get(INTENT_RANKING_KEY)
    assert {r["name"]: r["confidence"] for r in ranking} == pytest.approx(expected)
    assert message.get(INTENT)["name"] == max(expected, key=expected.__getitem__)
