"""Which topics the honest fallback offers: likely topics only, at most two, likeliest first."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import bot.understanding as understanding
from bot.understanding.suggestions import (
    FLOOR,
    NOT_OFFERED,
    SHOW_THE_OPTIONS,
    TOPIC_TITLES,
    Suggestion,
    suggest_topics,
    suggestion_buttons,
)

ROOT = Path(__file__).resolve().parents[2]


def _ranking(*pairs: tuple[str, float]) -> list[dict]:
    """An intent ranking as the FallbackClassifier leaves it: the fallback first."""
    return [{"name": "nlu_fallback", "confidence": 0.5}] + [
        {"name": name, "confidence": confidence} for name, confidence in pairs
    ]


def _intents(found: list[Suggestion]) -> list[str]:
    return [s.intent for s in found]


@pytest.mark.parametrize(
    ("ranking", "offered"),
    [
        # The two likeliest topics, in order.
        (
            _ranking(("ask_reporting", 0.42), ("ask_evidence_log", 0.31), ("ask_tracking", 0.2)),
            ["ask_reporting", "ask_evidence_log"],
        ),
        # Two topics too close to call (the ambiguity fallback): both offered.
        (
            _ranking(("ask_blocking", 0.46), ("ask_contact_stalker", 0.44)),
            ["ask_blocking", "ask_contact_stalker"],
        ),
        # Small talk and yes/no are skipped, not counted: the topics below them are offered.
        (
            _ranking(
                ("greet", 0.4),
                ("ask_support_services", 0.3),
                ("thank", 0.1),
                ("affirm", 0.1),
                ("ask_tracking", 0.1),
            ),
            ["ask_support_services", "ask_tracking"],
        ),
        # Only one topic is likely enough: one is offered, never a filler.
        (
            _ranking(("ask_protective_orders", 0.45), ("ask_reporting", 0.09)),
            ["ask_protective_orders"],
        ),
        # The floor counts as likely enough.
        (_ranking(("ask_clares_law", FLOOR)), ["ask_clares_law"]),
        # Nothing likely: nothing offered (the caller says the plain fallback).
        (_ranking(("ask_reporting", 0.08), ("ask_tracking", 0.05)), []),
        # A payload "/nlu_fallback" has only the fallback in its ranking.
        ([{"name": "nlu_fallback", "confidence": 1.0}], []),
        ([], []),
    ],
)
def test_offers_at_most_two_likely_topics_likeliest_first(ranking, offered) -> None:
    assert _intents(suggest_topics(ranking)) == offered


@pytest.mark.parametrize(
    "intent",
    [
        "immediate_danger",  # the safety policy answers these whatever the model thinks
        "self_harm_risk",
        "confirm_delete_data",  # a button that deletes the chat is never a guess
        "request_delete_data",
        "request_human",  # a person is offered after a second misunderstanding instead
        "perpetrator_help",  # could read as blame
        "ask_menu",  # "Show me the options" is always there
        "out_of_scope",
        "bot_challenge",
        "goodbye",
        "deny",
    ],
)
def test_never_offers_what_is_not_a_topic_however_likely(intent: str) -> None:
    ranking = _ranking((intent, 0.49), ("ask_reporting", 0.2))
    assert _intents(suggest_topics(ranking)) == ["ask_reporting"]


def test_an_unknown_or_new_intent_is_never_offered() -> None:
    # Only the topics table may be offered: an intent added later is not, until
    # someone gives it a title.
    assert suggest_topics(_ranking(("ask_something_new", 0.45))) == []


def test_a_ranking_out_of_order_or_with_gaps_is_read_by_confidence() -> None:
    ranking = [
        {"name": "ask_tracking", "confidence": 0.15},
        {"name": "ask_reporting"},  # no confidence: not likely
        {"confidence": 0.4},  # no name
        {"name": "ask_evidence_keep", "confidence": 0.35},
        {"name": "ask_evidence_keep", "confidence": 0.3},  # twice: offered once
        {"name": "ask_blocking", "confidence": "0.9"},  # not a number
    ]
    assert _intents(suggest_topics(ranking)) == ["ask_evidence_keep", "ask_tracking"]


def test_buttons_are_the_topics_then_show_me_the_options() -> None:
    found = suggest_topics(_ranking(("ask_reporting", 0.4), ("ask_evidence_log", 0.3)))
    assert suggestion_buttons(found) == [
        {"title": "Reporting it", "payload": "/ask_reporting"},
        {"title": "Keeping a record", "payload": "/ask_evidence_log"},
        {"title": "Show me the options", "payload": "/ask_menu"},
    ]
    assert suggestion_buttons([]) == [SHOW_THE_OPTIONS]


# -- the tables against the domain and the rules ------------------------------------


def _domain_files() -> list[dict]:
    return [yaml.safe_load(p.read_text()) for p in sorted((ROOT / "bot" / "domain").glob("*.yml"))]


def _domain_intents() -> set[str]:
    return {name for data in _domain_files() for name in data.get("intents") or []}


def _domain_button_titles() -> dict[str, set[str]]:
    """Each intent a domain button sends, with the titles those buttons show."""
    titles: dict[str, set[str]] = {}
    for data in _domain_files():
        for variants in (data.get("responses") or {}).values():
            for variant in variants:
                for button in variant.get("buttons") or []:
                    payload = str(button.get("payload") or "")
                    if payload.startswith("/"):
                        titles.setdefault(payload[1:], set()).add(button["title"])
    return titles


def _answered_intents() -> set[str]:
    """Intents a rule answers straight away, outside any form."""
    found = set()
    for path in (ROOT / "data" / "rules").glob("*.yml"):
        for rule in yaml.safe_load(path.read_text()).get("rules") or []:
            steps = rule.get("steps") or []
            if rule.get("condition") or len(steps) < 2:
                continue
            if "intent" in steps[0] and "action" in steps[1]:
                found.add(steps[0]["intent"])
    return found


def test_every_intent_is_either_a_topic_or_said_why_not() -> None:
    # A new intent needs a decision: a title in TOPIC_TITLES, or a reason in NOT_OFFERED.
    assert set(TOPIC_TITLES) | set(NOT_OFFERED) == _domain_intents()
    assert not set(TOPIC_TITLES) & set(NOT_OFFERED)


def test_every_topic_button_leads_to_an_answer() -> None:
    assert set(TOPIC_TITLES) <= _answered_intents()


def test_titles_match_the_buttons_the_bot_already_shows() -> None:
    for intent, titles in _domain_button_titles().items():
        if intent in TOPIC_TITLES:
            assert TOPIC_TITLES[intent] in titles, (intent, titles)
    assert SHOW_THE_OPTIONS["title"] in _domain_button_titles()["ask_menu"]


@pytest.mark.parametrize(("intent", "title"), sorted(TOPIC_TITLES.items()))
def test_titles_are_short_and_fit_an_sms(intent: str, title: str) -> None:
    from common.sms_text import is_gsm7

    assert len(title) <= 30 and len(title.split()) <= 6, intent
    assert is_gsm7(title), intent


def test_the_module_exports_exactly_its_public_names() -> None:
    """Callers import from bot.understanding.suggestions; the package re-exports nothing."""
    from bot.understanding import suggestions

    defined = {
        name
        for name, value in vars(suggestions).items()
        if not name.startswith("_")
        and getattr(value, "__module__", suggestions.__name__) == suggestions.__name__
        and name != "annotations"
    }
    assert defined == set(suggestions.__all__)
    assert not {name for name in vars(understanding) if not name.startswith("_")} - {"suggestions"}
