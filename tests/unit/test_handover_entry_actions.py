"""The way into a handover: the steps, the screening, hours, and the data the mode gets."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.handover as ho
from actions.handover_callback import (
    CONTACT_CHOICES_CLOSED,
    CONTACT_CHOICES_OPEN,
    METHOD_CHOICES,
    SAFE_TIME_MAX_CHARS,
)
from actions.handover_data import handover_data
from actions.handover_screening import (
    ActionScreeningDone,
    screening_question,
    validate_screening_answer,
)
from actions.handover_steps import (
    ANSWER,
    ANSWERS,
    ASKED,
    CALLBACK,
    CALLBACK_METHOD,
    CALLBACK_TIME,
    CONSENT,
    CONTACT,
    HIGH_RISK,
    LEAVE,
    LEFT,
    NOT_UNDERSTOOD,
    OPEN,
    REASON,
    SCREENING_OFFER,
    STOPPED,
    WAIT,
    choose,
)
from common import markers
from common.medium import Medium
from common.settings import load_settings
from common.sms_text import reveals_topic
from handover.screening import Answer, assess, questions
from handover.summary import build_summary
from signposting.profile import Profile

ROOT = Path(__file__).resolve().parents[2]
SATURDAY_NOON = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.timezone.utc)
MONDAY_TEN = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.timezone.utc)


def _user(text: str, intent: str = "affirm", channel: str = "rest", **safety: Any) -> dict:
    parse: dict[str, Any] = {"text": text, "intent": {"name": intent}, "entities": []}
    if safety:
        parse["safety"] = safety
    return {"event": "user", "text": text, "input_channel": channel, "parse_data": parse}


def _action(name: str) -> dict:
    return {"event": "action", "name": name}


def _tracker(
    slots: dict | None = None, events: list[dict] | None = None, channel: str = "rest"
) -> Tracker:
    events = events or [_user("hello", "greet", channel)]
    latest = next(e["parse_data"] for e in reversed(events) if e["event"] == "user")
    return Tracker("someone", slots or {}, latest, events, False, None, {}, "action_listen")


def _hours(monkeypatch: pytest.MonkeyPatch, spec: str, at: dt.datetime) -> None:
    settings = load_settings(None, handover_hours=spec)
    monkeypatch.setattr(ho, "get_settings", lambda: settings)
    monkeypatch.setattr(ho, "now", lambda: at)


# -- reading the person's choices ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes, share it", True),
        ("yes", True),
        ("ok go ahead", True),
        ("1", True),
        ("2", False),
        ("No, don't share", False),
        ("no thanks", False),
        ("please don't share it", False),  # both words: the cautious reading
        ("Back to the bot", LEAVE),
        ("menu", LEAVE),
        ("3", LEAVE),
        ("what do you mean", None),
        ("", None),
    ],
)
def test_consent_is_read_from_buttons_numbers_and_words(text: str, expected: Any) -> None:
    assert choose(text, ho.CONSENT_CHOICES) == expected


@pytest.mark.parametrize(
    ("text", "choices", "expected"),
    [
        ("Yes, I'll wait", CONTACT_CHOICES_OPEN, WAIT),
        ("wait here", CONTACT_CHOICES_OPEN, WAIT),
        ("i'll wait", CONTACT_CHOICES_OPEN, WAIT),
        ("can someone call me back later", CONTACT_CHOICES_OPEN, CALLBACK),
        ("Yes, contact me later", CONTACT_CHOICES_CLOSED, CALLBACK),
        ("yes please", CONTACT_CHOICES_CLOSED, CALLBACK),
        ("no", CONTACT_CHOICES_CLOSED, LEAVE),
        ("Text message", METHOD_CHOICES, "sms"),
        ("ring me", METHOD_CHOICES, "phone"),
        ("2", METHOD_CHOICES, "sms"),
        ("call me, or text", METHOD_CHOICES, "sms"),
    ],
)
def test_contact_and_method_choices(text: str, choices, expected: Any) -> None:
    assert choose(text, choices) == expected


# -- the order of the steps ---------------------------------------------------------


async def _required(slots: dict) -> list[str]:
    form = ho.ValidateHandoverForm()
    return await form.required_slots([], CollectingDispatcher(), _tracker(slots), {})


async def test_in_hours_consent_comes_first_then_screening_then_wait_or_callback() -> None:
    assert await _required({OPEN: True}) == [CONSENT, CONTACT]
    steps = await _required({OPEN: True, CONSENT: True, SCREENING_OFFER: True})
    assert steps == [CONSENT, SCREENING_OFFER, ANSWER, CONTACT]
    callback = {OPEN: True, CONSENT: True, SCREENING_OFFER: False, CONTACT: "callback"}
    assert (await _required(callback))[-2:] == [CALLBACK_TIME, CALLBACK_METHOD]


async def test_out_of_hours_the_callback_offer_comes_first() -> None:
    assert await _required({OPEN: False}) == [CONTACT]
    steps = await _required({OPEN: False, CONTACT: CALLBACK, CONSENT: True})
    assert steps == [
        CONTACT,
        CONSENT,
        SCREENING_OFFER,
        CALLBACK_TIME,
        CALLBACK_METHOD,
    ]


async def test_no_consent_means_no_screening_and_leaving_ends_the_questions() -> None:
    assert SCREENING_OFFER not in await _required({OPEN: True, CONSENT: False})
    assert await _required({OPEN: True, LEFT: True}) == []
    assert await _required({OPEN: False, CONTACT: LEAVE}) == []


async def test_a_screening_already_done_is_not_offered_again() -> None:
    done = {q.id: "no" for q in questions()}
    slots = {OPEN: True, CONSENT: True, ANSWERS: done}
    assert await _required(slots) == [CONSENT, CONTACT]


async def test_declining_consent_is_acknowledged_and_unclear_answers_asked_again() -> None:
    form, dispatcher = ho.ValidateHandoverForm(), CollectingDispatcher()
    assert await form.validate_handover_consent("no", dispatcher, _tracker(), {}) == {
        CONSENT: False
    }
    assert dispatcher.messages[-1]["response"] == "utter_handover_consent_declined"
    assert await form.validate_handover_consent("hmm", dispatcher, _tracker(), {}) == {
        CONSENT: None
    }
    assert dispatcher.messages[-1]["response"] == "utter_handover_not_understood"


async def test_back_to_the_bot_at_any_step_leaves() -> None:
    form, dispatcher = ho.ValidateHandoverForm(), CollectingDispatcher()
    left = await form.validate_handover_screening_offer(
        "back to the bot", dispatcher, _tracker(), {}
    )
    assert left[LEFT] is True and left["requested_slot"] is None
    contact = await form.validate_handover_contact("menu", dispatcher, _tracker({OPEN: True}), {})
    assert contact == {CONTACT: LEAVE}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("weekday mornings", "weekday mornings"),
        ("  after   6pm ", "after 6pm"),
        ("call 07700 900123 after 6", None),  # a number is not kept in the tracker's slots
        ("", None),
        ("x" * 200, "x" * SAFE_TIME_MAX_CHARS),
    ],
)
async def test_the_safe_time(text: str, kept: str | None) -> None:
    form = ho.ValidateHandoverForm()
    found = await form.validate_handover_callback_time(text, CollectingDispatcher(), _tracker(), {})
    assert found[CALLBACK_TIME] == kept


# -- the screening ------------------------------------------------------------------


async def _answer(
    text: str, slots: dict | None = None, in_handover: bool = True
) -> tuple[dict, list]:
    dispatcher = CollectingDispatcher()
    found = validate_screening_answer(text, dispatcher, _tracker(slots), in_handover)
    return found, [m.get("response") for m in dispatcher.messages]


async def test_screening_answers_by_button_number_and_words() -> None:
    found, said = await _answer("Yes")
    assert found[ANSWERS] == {"very_frightened": "yes"} and said == []
    found, _ = await _answer("3", {ANSWERS: {"very_frightened": "yes"}})
    assert found[ANSWERS]["harassed_before"] == "not_sure"
    found, _ = await _answer("i'd rather not say", {ANSWERS: {"very_frightened": "no"}})
    assert found[ANSWERS]["harassed_before"] == "skipped"


@pytest.mark.parametrize("text", ["No more questions", "5", "stop", "stop the questions"])
async def test_stop_ends_the_screening_and_the_handover_goes_on(text: str) -> None:
    found, said = await _answer(text)
    assert found[STOPPED] is True and LEFT not in found
    assert said == ["utter_screening_stopped"]


async def test_unclear_answers_are_asked_again_and_the_last_one_thanks() -> None:
    found, said = await _answer("purple")
    assert found == {ANSWER: None} and said == ["utter_screening_not_understood"]
    ten = {q.id: "no" for q in questions()[:10]}
    found, said = await _answer("no", {ANSWERS: ten})
    assert len(found[ANSWERS]) == 11 and said == ["utter_screening_thanks"]


async def test_menu_in_the_screening_leaves_the_handover_but_only_stops_it_alone() -> None:
    found, _ = await _answer("menu")
    assert found[LEFT] is True
    found, _ = await _answer("menu", in_handover=False)
    assert found[STOPPED] is True


@pytest.mark.parametrize("question", questions(), ids=lambda q: q.id)
def test_sms_questions_never_show_the_topic_on_a_lock_screen(question) -> None:
    sms = screening_question(question, Medium.SMS)
    assert not reveals_topic(sms), sms
    assert f"{question.number} of 11" in sms


async def test_the_next_question_has_buttons_for_every_answer_and_to_stop() -> None:
    dispatcher = CollectingDispatcher()
    await ho.ActionAskScreeningAnswer().run(
        dispatcher, _tracker({ANSWERS: {"very_frightened": "no"}}), {}
    )
    message = dispatcher.messages[0]
    assert message["text"] == "Question 2 of 11: " + questions()[1].plain
    titles = [b["title"] for b in message["buttons"]]
    assert titles == ["Yes", "No", "Not sure", "Skip this one", "No more questions"]


# -- advocate hours -----------------------------------------------------------------


async def test_out_of_hours_says_when_they_are_back_and_offers_a_callback(monkeypatch) -> None:
    _hours(monkeypatch, "Mon-Fri 09:00-17:00", SATURDAY_NOON)
    dispatcher = CollectingDispatcher()
    await ho.ActionAskHandoverContact().run(dispatcher, _tracker({OPEN: False}), {})
    message = dispatcher.messages[0]
    assert message["response"] == "utter_handover_closed"
    assert message["next_open"] == "on Monday at 9am"
    titles = [b["title"] for b in message["buttons"]]
    assert titles == ["Yes, contact me later", "No, back to the bot"]


@pytest.mark.parametrize(("at", "open_"), [(SATURDAY_NOON, False), (MONDAY_TEN, True)])
async def test_prepare_records_the_hours_and_why(monkeypatch, at, open_) -> None:
    _hours(monkeypatch, "Mon-Fri 09:00-17:00", at)
    asked = _tracker(events=[_user("can i talk to a person", "request_human")])
    events = await ho.ActionPrepareHandover().run(CollectingDispatcher(), asked, {})
    values = {e["name"]: e["value"] for e in events}
    assert values[OPEN] is open_ and values[REASON] == ASKED
    assert values[CONSENT] is None and values[CONTACT] is None


async def test_prepare_keeps_the_reason_of_the_offer_the_person_said_yes_to(monkeypatch) -> None:
    _hours(monkeypatch, "always", SATURDAY_NOON)
    events = [
        _user("blah", "nlu_fallback"),
        _action("utter_default"),
        _action("action_listen"),
        _user("blah blah", "nlu_fallback"),
        _action("action_offer_handover"),
        _action("action_listen"),
        _user("yes", "affirm"),
    ]
    tracker = _tracker({REASON: NOT_UNDERSTOOD}, events)
    found = await ho.ActionPrepareHandover().run(CollectingDispatcher(), tracker, {})
    assert {e["name"]: e["value"] for e in found}[REASON] == NOT_UNDERSTOOD
    assert {e["name"]: e["value"] for e in found}[OPEN] is True


# -- what the handover mode is given ------------------------------------------------

CONVERSATION = [
    _user("what is stalking", "ask_what_is_stalking"),
    _action("utter_what_is_stalking"),
    _action("utter_first_reply_notice"),
    _action("action_listen"),
    _user(
        "hes outside my house now",
        "immediate_danger",
        immediate_danger=True,
        self_harm=False,
        rules=["presence_outside_home"],
    ),  # fmt: skip
    _action("utter_immediate_danger"),
    _action("action_listen"),
    _user(
        "who can help",
        "ask_support_services",
        check_in=True,
        rules=[],
        check_in_rules=["lone_help"],
    ),  # fmt: skip
    _action("action_list_services"),
    _action("utter_what_is_stalking"),
    _action("action_listen"),
    _user("can i talk to a person", "request_human"),
    _action("action_prepare_handover"),
    _action("handover_form"),
    _action("action_ask_handover_consent"),
    _action("validate_handover_form"),
]


def test_the_data_the_mode_expects() -> None:
    slots = {
        REASON: ASKED,
        CONSENT: True,
        ANSWERS: {"very_frightened": "no", "harassed_before": "skipped", "loitered": "yes"},
        CONTACT: CALLBACK,
        CALLBACK_TIME: "weekday mornings",
        CALLBACK_METHOD: "sms",
        "area": "halton",
        "identity": ["men"],
        "need": ["emotional_support"],
    }
    data = handover_data(_tracker(slots, CONVERSATION))
    assert json.loads(json.dumps(data)) == data
    assert data == {
        "consent": True,
        # The danger message earlier makes it high, whatever the answers.
        "priority": "high",
        "screening": {"very_frightened": "no", "loitered": "yes"},
        "danger_flags": ["immediate_danger", "presence_outside_home"],
        "area": "halton",
        "identities": ["men"],
        "needs": ["emotional_support"],
        "told_topics": ["utter_what_is_stalking", "utter_immediate_danger", "action_list_services"],
        "reason": "asked",
        "callback": {"safe_time": "weekday mornings", "method": "sms"},
    }


def test_without_danger_or_answers_it_is_standard_and_waits_here() -> None:
    events = [_user("can i talk to a person", "request_human")]
    data = handover_data(_tracker({CONSENT: False, CONTACT: WAIT}, events))
    assert data["priority"] == "standard" and data["consent"] is False
    assert data["callback"] is None and data["screening"] == {} and data["danger_flags"] == []


def test_the_summary_library_reads_the_data() -> None:
    data = handover_data(_tracker({CONSENT: True, ANSWERS: {"loitered": "yes"}}))
    answers = {k: Answer(v) for k, v in data["screening"].items()}
    summary = build_summary(
        Profile.from_slots(data["area"], data["identities"], data["needs"]),
        assess(answers, data["danger_flags"]),
        data["danger_flags"],
        data["consent"],
        data["told_topics"],
    ).to_dict()
    assert summary["priority"] == data["priority"]
    assert summary["screening"][0]["answer"] == "yes"


async def test_start_hands_over_with_the_marker(monkeypatch) -> None:
    dispatcher = CollectingDispatcher()
    tracker = _tracker({CONSENT: True, CONTACT: WAIT}, CONVERSATION)
    await ho.ActionStartHandover().run(dispatcher, tracker, {})
    [message] = dispatcher.messages
    assert message["custom"] == markers.start_mode("handover", **handover_data(tracker))


async def test_back_to_the_bot_starts_nothing() -> None:
    dispatcher = CollectingDispatcher()
    await ho.ActionStartHandover().run(dispatcher, _tracker({CONTACT: LEAVE}), {})
    assert [m.get("response") for m in dispatcher.messages] == ["utter_handover_left"]
    assert not any(m.get("custom") for m in dispatcher.messages)


@pytest.mark.parametrize(
    ("answers", "response", "reason"),
    [
        ({"threatened_violence": "yes"}, "utter_offer_person_high_risk", HIGH_RISK),
        ({"threatened_violence": "no"}, "utter_offer_person_screening", ASKED),
    ],
)
async def test_the_screening_alone_offers_a_person(answers, response, reason) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionScreeningDone().run(dispatcher, _tracker({ANSWERS: answers}), {})
    assert dispatcher.messages[0]["response"] == response
    assert {e["name"]: e["value"] for e in events}[REASON] == reason


def test_no_reply_ever_tells_the_person_a_score_or_a_risk_level() -> None:
    domain = yaml.safe_load((ROOT / "bot" / "domain" / "handover.yml").read_text())
    for name, variants in domain["responses"].items():
        for variant in variants:
            text = variant["text"].lower()
            assert not re.search(r"score|high risk|risk level|priority|points", text), name


async def test_a_failing_step_tells_the_turn_and_logs_no_words(monkeypatch, caplog) -> None:
    def broken() -> None:
        raise RuntimeError("hours unreadable")

    monkeypatch.setattr(ho, "advocate_hours", broken)
    dispatcher = CollectingDispatcher()
    tracker = _tracker(events=[_user("my secret words", "request_human")])
    assert await ho.ActionPrepareHandover().run(dispatcher, tracker, {}) == []
    assert [m.get("custom") for m in dispatcher.messages] == [{markers.ACTION_FAILED: True}]
    assert "my secret words" not in caplog.text
