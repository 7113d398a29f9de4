"""Another language gets "I only read English" with how to get an interpreter on 999."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.turn.language import other_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("il me suit partout depuis une semaine, j'ai peur", "fr"),
        ("il est devant ma porte, il a un couteau", "fr"),
        ("jestem sledzona przez mojego bylego", "pl"),
        ("tengo miedo, mi ex me sigue a casa", "es"),
        ("Mă urmărește peste tot și mi-e frică", "ro"),
        ("Jis mane seka visur ir aš bijau", "lt"),
        ("میرا سابق شوہر میرا پیچھا کر رہا ہے", "ur"),
        ("er verfolgt mich überall hin", "de"),
    ],
)
def test_other_languages_are_recognised(text: str, language: str) -> None:
    assert other_language(text) == language


def _english_messages() -> list[str]:
    texts = []
    for path in [*sorted((ROOT / "data" / "nlu").glob("*.yml")), ROOT / "tests/nlu/test_nlu.yml"]:
        for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            # Out-of-scope examples include a few in other languages, on purpose.
            if block.get("intent") == "out_of_scope" or "examples" not in block:
                continue
            texts += [line.strip()[2:] for line in block["examples"].splitlines() if line.strip()]
    for path in sorted((ROOT / "tests" / "safety").glob("messages_*.yml")):
        for messages in yaml.safe_load(path.read_text(encoding="utf-8")).values():
            texts += messages
    return texts


def test_english_text_speak_and_typos_are_never_taken_for_another_language() -> None:
    english = _english_messages()
    mistaken = [text for text in english if other_language(text)]
    assert len(english) > 2000
    assert mistaken == []


@pytest.mark.parametrize(
    "text",
    [
        "ok",
        "im a man",
        "cant talk hes downstairs",
        "r u human",
        "is ellesmere port cheshire police",  # place names read as French
        "can hear glass breaking downstairs",  # scored Dutch 0.984, English 0.014
    ],
)
def test_short_and_text_speak_messages_count_as_english(text: str) -> None:
    assert other_language(text) is None
