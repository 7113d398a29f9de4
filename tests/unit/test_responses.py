"""What every reply says and how: short, plain, SMS-shaped, and traceable to the data.

Covers the domain responses and the safety net's notices (bot/safety/notices.yml).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat
import yaml

from common.sms_text import is_gsm7, non_gsm7, reveals_topic
from signposting.directory import load_directory

ROOT = Path(__file__).resolve().parents[2]

SMS_MAX_CHARS = 2 * 153  # two concatenated GSM-7 segments
# Flesch-Kincaid grade 7 is a reading age of about 12; the aim is about 11.
MAX_GRADE = 7.0
BLAMING_OR_PROMISING = (
    "you should have",
    "why didn't you",
    "why did you",
    "you must",
    "guarantee",
    "will keep you safe",
    "will stop",
    "will be arrested",
)
PHONE = re.compile(r"(?<![\d ])(?:0\d[\d ]{7,12}\d|116 123|\b999\b|\b101\b|\b111\b)")


def _responses() -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for path in sorted((ROOT / "bot" / "domain").glob("*.yml")):
        found.update(yaml.safe_load(path.read_text()).get("responses") or {})
    found.update(yaml.safe_load((ROOT / "bot" / "safety" / "notices.yml").read_text()))
    return found


RESPONSES = _responses()
VARIANTS = [
    (name, variant.get("channel", "web"), variant)
    for name, variants in RESPONSES.items()
    for variant in variants
]


def _grade(text: str) -> float:
    # Each bullet or line is read as a sentence, as a reader would.
    lines = [line.strip("• ").strip() for line in text.splitlines() if line.strip()]
    prose = " ".join(line if line[-1] in ".?!:" else line + "." for line in lines)
    return textstat.flesch_kincaid_grade(prose)


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_every_response_has_a_web_and_a_shorter_sms_variant(name: str) -> None:
    by_channel = {v.get("channel", "web"): v["text"] for v in RESPONSES[name]}
    assert set(by_channel) == {"web", "sms"}, name
    assert len(by_channel["sms"]) < len(by_channel["web"]), name


@pytest.mark.parametrize(("name", "channel", "variant"), [v for v in VARIANTS if v[1] == "sms"])
def test_sms_variants_fit_two_plain_segments_with_no_buttons(name, channel, variant) -> None:
    text = variant["text"]
    assert "buttons" not in variant, name
    assert len(text) <= SMS_MAX_CHARS, (name, len(text))
    assert is_gsm7(text), (name, non_gsm7(text))
    assert not reveals_topic(text), f"{name}: the lock-screen preview names the topic"


@pytest.mark.parametrize(("name", "channel", "variant"), VARIANTS)
def test_replies_are_plain_english(name, channel, variant) -> None:
    assert _grade(variant["text"]) <= MAX_GRADE, (name, channel, _grade(variant["text"]))


@pytest.mark.parametrize(("name", "channel", "variant"), VARIANTS)
def test_every_phone_number_comes_from_the_service_directory(name, channel, variant) -> None:
    known = {"999", "101", "111", "55"}
    for service in load_directory():
        known |= {n for n in (service.shown("phone"), service.shown("text")) if n}
    digits = {re.sub(r"\D", "", number) for number in known}
    for number in PHONE.findall(variant["text"]):
        assert re.sub(r"\D", "", number) in digits, (name, number)


@pytest.mark.parametrize(
    "name",
    [
        "utter_greet",
        "utter_menu",
        "utter_default",
        "utter_immediate_danger",
        "utter_self_harm_support",
        "utter_first_reply_notice",
        "utter_bot_challenge",
        "notice_service_unavailable",
        "notice_message_too_long",
        "notice_message_empty",
    ],
)
def test_safety_critical_replies_give_999_on_every_channel(name: str) -> None:
    assert all("999" in v["text"] for v in RESPONSES[name])


def test_danger_reply_explains_the_silent_solution() -> None:
    web = next(v["text"] for v in RESPONSES["utter_immediate_danger"] if "channel" not in v)
    sms = next(v["text"] for v in RESPONSES["utter_immediate_danger"] if v.get("channel") == "sms")
    assert "55" in web and "55" in sms
    assert "doesn't tell them where you are" in web


def test_orders_always_come_with_not_legal_advice() -> None:
    assert all(
        "not legal advice" in v["text"].lower() for v in RESPONSES["utter_protective_orders"]
    )


@pytest.mark.parametrize(("name", "channel", "variant"), VARIANTS)
def test_replies_never_blame_or_promise(name, channel, variant) -> None:
    text = variant["text"].lower()
    for phrase in BLAMING_OR_PROMISING:
        assert phrase not in text, (name, phrase)
