"""Table-driven behaviour of the deterministic safety check."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.safety.detector import EDGE_CHARS, assess, assess_afresh, bounded
from bot.safety.matcher import RULES
from bot.safety.normalise import normalise
from bot.safety.rules import Signal
from tests.unit.check_timing import best_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He's outside my house right now", "he is outside my house right now"),
        ("hes @ the frnt dor", "he is at the front door"),
        ("im scard hes outsdie", "i am scared he is outside"),
        ("Hés bangin on the WINDW!!!", "he is banging on the window ."),
        ("he said 20mins", "he said 20 minutes"),
        # idioms read as their plain meaning; "out side" as "outside"
        ("shoot me a text", "send me a text"),
        ("my back's killing me", "my backs aching"),
        ("dead tired", "very tired"),
        ("the man's at the door", "the man is at the door"),
        ("hes out side", "he is outside"),
        # "2" is "to" in text-speak, but a number before a unit (set v3)
        ("need 2 talk", "need to talk"),
        ("hes 2 mins away", "he is 2 minutes away"),
        ("4 hours", "4 hours"),
        ("", ""),
    ],
)
def test_normalise_folds_case_shorthand_and_typos(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "he's at my front door",
        "he has a weapon",
        "I'm hiding in the bathroom",
        "HES OUTSIDE",
        "hes outsde my hous rn",
        "help!",
        "what should i do if he turns up, he is outside now",
        # word forms: one lemma rule covers every inflection
        "he stabbed my brother",
        "hes stabbing the door",
        "someone is tailgating me",
        "they've broken in",
        # someone at arm's length, a message only he could send from nearby (session 7)
        "he's about 10 feet away from me on the platform",
        "she's just texted 'look behind you' and I'm on my own in the park",
        "he's got hold of my arm and won't let go",
    ],
)
def test_danger_is_flagged(text: str) -> None:
    assert assess(text).immediate_danger


# Present beats past: history, worry or a question in the message never cancels
# a present-tense, first-hand statement of danger (issue 8, kind 2).
@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("the man who hurt me last year is outside my flat", True),
        ("he's in the garden and I'm worried", True),
        ("he's broken in, when will the police come", True),
        ("he hit me last year and now he's at my door", True),
        ("is it normal that hes been sat outside in his car for an hour", True),
        ("he turned up at my work last week", False),
        ("he was outside my flat last year, can I still report it", False),
        ("what should I do if he turns up at my door?", False),
        ("last year he threatened me with a knife, can I get an order", False),
        ("in the film a man breaks in with a knife", False),
        # A finished question does not govern the statement run on after it (set v3)...
        ("what should we do he is in the garden", True),
        ("can you help me hes at my door", True),
        ("is anyone there he's in the house", True),
        # ...but a question whose object is the clause still does.
        ("how do i prove he is following me", False),
        ("do i need evidence he has been at my house", False),
        ("how do i kick him out of my accounts", False),
        # A clearly finished past mutes even a present form in its own part (set v3).
        ("he used to park outside my flat but he's moved away and it has stopped", False),
        ("he moved away but now he is back outside my flat", True),
        # What a product is for is not what is happening.
        ("which camera is best for filming someone at my door", False),
        # Safety v5. A match ending on a full stop reads its own sentence only.
        ("he won't leave. i've asked him 5 times", True),
        # A question or condition about this very moment is live...
        ("is it 999 or 101 if he's in the garden right now", True),
        ("what should I do if he's in the garden", False),
        # ...and fear ends a condition: what follows is what is happening.
        ("what number do i ring if im scared hes coming up the stairs", True),
        # A threat on his return is a time, not an "if".
        ("he said when he gets back he'll finish what he started", True),
        # The future in the match itself ("he'll turn up") is a check-in.
        ("I'm scared he'll turn up at the hearing", False),
        # A present rule in the past tense, with a time, is history.
        ("a car followed me home last night, can I report it", False),
        ("the man who followed me last year is outside my flat", True),
    ],
)
def test_present_beats_past(text: str, danger: bool) -> None:
    assert assess(text).immediate_danger is danger


# Friendly arrivals: the person's own relative, friend or partner, or someone there
# for a service, arriving with nothing threatening: at most the check-in (set v3).
@pytest.mark.parametrize(
    "text",
    [
        "my brother is on his way over to help me move the wardrobe",
        "my nan's coming round later, she'll be here at 4",
        "the gas engineer is at the door",
        "our postman is outside with a parcel",
        "my girlfriend has just got home, can we finish this later",
        "the taxi's outside, speak tomorrow",
    ],
)
def test_friendly_arrivals_get_a_check_in_at_most(text: str) -> None:
    assert not assess(text).any


@pytest.mark.parametrize(
    "text",
    [
        "he's on his way over",
        "my ex is on his way",
        "his brother is at my door",
        "my ex's sister is outside",
        "my brother said he is outside",
        "my son is upstairs and he's at the door",
        "my wife is on her way home and she's drunk and angry",
        "my mum's on her way, he said he'd kill me",
        "my dad is coming round, i'm scared",
        "the taxi is outside and he is in it",
    ],
)
def test_arrivals_of_anyone_else_or_with_a_threat_stay_danger(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "what should I do if he turns up at my door?",
        "he turned up at my work last week",
        "he has turned up at my house ten times since christmas",
        "can i get an order if he threatened me with a knife last year",
        "how do I keep a log",
        "help",
        "i feel trapped in this situation",
        "someone's got into my instagram",
        "he keeps following me on instagram",
        "this headache is killing me",
        "sorry, eating my tea, knife and fork in one hand",
        # idioms and ordinary objects in ordinary use (issue 8, set v2c)
        "shoot me an email when you can",
        "my feet are killing me after that walk",
        "I'm dead tired tonight",
        "ordered a new knife block for the kitchen",
        "mowed the lawn, blades of grass all over my shoes",
        "picked up razor blades for shaving at Boots",
        "I do self-defence, we practised wrist grabs",
        "went climbing at the wall with my mates",
        "we keep a rope ladder in the loft in case of fire",
        "he used to circle the block when we were together",
        "my son is standing by my car waiting for a lift",
        "I need to finish things at work before I can report",
        "the edge of the table cut my hand",
        # near-misses of the session 7 kinds
        "my husband is holding the ladder while I clean the windows",
        "I deleted my accounts so he can't find me",
        "I know exactly what I'd say to him in court",
        "",
    ],
)
def test_ordinary_messages_are_not_flagged(text: str) -> None:
    assert not assess(text).any


@pytest.mark.parametrize(
    "text",
    [
        "help",
        "HELP",
        "his car is parked down the road again every night",
        "he keeps turning up at my work",
        "i'm worried he's outside",
        "he threatened me",
        "can i take paracetamol with my meds",
        "goodbye",
    ],
)
def test_possible_danger_gets_a_check_in_not_an_alarm(text: str) -> None:
    found = assess(text)
    assert found.check_in and not found.any


def test_check_in_is_never_set_with_danger() -> None:
    found = assess("hes outside and I'm scared, he threatened me")
    assert found.immediate_danger and not found.check_in


@pytest.mark.parametrize(
    "text",
    [
        "i want to kill myself",
        "gonna kms",
        "took all my tablets",
        "everyone would be better off",
        "been saving up my sertraline",
        "how many co-codamol would it take",
        "theres no way out except dying",
    ],
)
def test_self_harm_is_flagged_and_never_muted(text: str) -> None:
    assert assess(text).self_harm


@pytest.mark.parametrize(
    "text",
    [
        "i cut myself and it won't stop bleeding",
        "hes kicking the door in and ive taken all my pills",
        "he's hitting my mum and I want to die",
    ],
)
def test_mixed_danger_and_self_harm_gets_both(text: str) -> None:
    found = assess(text)
    assert found.immediate_danger and found.self_harm


@pytest.mark.parametrize(
    ("rule_id", "example"),
    [(rule.id, example) for rule in RULES for example in rule.examples],
)
def test_every_rule_fires_on_its_own_examples(rule_id: str, example: str) -> None:
    found = assess(example)
    assert rule_id in found.rule_ids + found.check_in_rule_ids, (example, found)


def test_every_rule_has_an_id_a_description_and_examples() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.catches and rule.examples and rule.phrases, rule.id
        assert rule.signals and all(isinstance(s, Signal) for s in rule.signals)


def test_assessment_holds_rule_ids_never_words() -> None:
    found = assess("he is outside my house with a knife")
    assert {"presence", "weapon"} <= set(found.rule_ids)
    assert all(" " not in rule for rule in found.rule_ids + found.check_in_rule_ids)


@pytest.mark.parametrize("text", ["😀😀😀", "x" * 20000, "Il est devant ma porte", "\x00\u202e"])
def test_odd_input_is_handled_without_alarm(text: str) -> None:
    assert assess(text).any is False


def test_only_the_two_ends_of_a_long_message_are_read() -> None:
    filler = "how do i keep a diary of what he does. " * 200_000  # about 8 MB
    assert len(bounded(filler)) <= 2 * EDGE_CHARS + 1
    assert assess("he is outside my house. " + filler).immediate_danger
    assert assess(filler + " he is outside my house").immediate_danger
    assert assess(filler + " i want to kill myself").self_harm


def test_a_huge_message_costs_no_more_than_a_4000_character_one() -> None:
    assess("warm up")
    short = ("how do i keep a diary of what he does. " * 200)[: 2 * EDGE_CHARS]
    huge = "how do i keep a diary of what he does. " * 130_000  # about 5 MB
    # Slicing 5 MB is the only extra work; allow for noise on a busy machine.
    assert best_time(huge) < 2 * best_time(short) + 0.2


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=6000))
def test_any_text_gives_an_assessment_in_bounded_time(text: str) -> None:
    assess("warm up")
    started = time.perf_counter()
    found = assess_afresh(text)
    assert time.perf_counter() - started < 2.0  # about 0.1 s at most on an idle machine
    assert not (found.immediate_danger and found.check_in)
    assert all(isinstance(rule, str) for rule in found.rule_ids)


@pytest.mark.parametrize("name", ["WEAPON", "OBJECT", "MEDS", "PILLS", "METHOD", "VEHICLE"])
def test_thing_words_keep_their_meaning_when_lemmatised(name: str) -> None:
    """A set word whose lemma is another word widens every rule ("saw" -> "see")."""
    from bot.safety.matcher import pipeline
    from bot.safety.words import WORDS

    # "moped" reads as "mope": the verb is rare where these rules look.
    reviewed = {"moped"}
    nlp = pipeline().nlp
    for word in set(WORDS[name]) - reviewed:
        lemma = nlp(word)[0].lemma_
        assert word in (lemma, lemma + "s", lemma + "es"), (name, word, lemma)
