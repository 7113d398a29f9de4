"""Session 6 (issue 8, the leftovers of sets v6a and v6b), in my own wording.

Each kind is a family, not a sentence: these examples are written here, not
copied from the sets. Quiet self-harm that only the second opinion's line had
held is now a rule, with near-misses held below the full self-harm reply;
someone else's story with a question how to help is below the full danger
reply unless danger is said now; "not in danger, just can't sleep" gets no
line from the second opinion, and quiet self-harm beside it keeps its reading.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess
from bot.safety.normalise import normalise
from bot.safety.safe_and_tired import rest_of_safe_and_tired
from bot.safety.second_opinion import nlu_examples, safety_sets


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        # Rehearsal: a rope taken out and brought back with no reason; high water
        # visited at night.
        ("walked up to the woods with a rope yesterday. not sure why.", "rehearsal"),
        ("the reservoir is full right now and I keep sitting by it at night", "rehearsal"),
        # The act pictured as quick, over and over.
        ("the pills are in the drawer and I keep thinking how peaceful it would be.", None),
        ("I kept thinking how quick it would be.", "method_chosen"),
        # Affairs in order: a pet's things with a note, two things given away with a
        # pet, a keepsake "in case", deliveries cancelled while staying put, the
        # children minded on a cover story, the insurance and the family provided for.
        ("packed the dog's bed and her lead in a bag with a letter to my sister", None),
        ("gave my bike to my brother and the rabbit to the kids next door.", "affairs_in_order"),
        ("my grandad's watch is in the box for my son. in case anything happens", None),
        ("I've cancelled the newspapers. I'm not going anywhere.", "affairs_in_order"),
        (
            "asked my brother to take the girls on sunday, told him it's so I can catch up "
            "on sleep. it isn't.",
            "affairs_in_order",
        ),
        ("checked my life insurance. the boys will be ok", "affairs_in_order"),
        # A goodbye without the word.
        ("sorry for wasting everyone's time. I won't need the refuge any more", "quiet_goodbye"),
        ("I wanted to hug my mum one last time.", "quiet_goodbye"),
        ("I just had to talk to someone before.", "quiet_goodbye"),
        # Dying as the way it ends.
        ("if I was gone would the court case be dropped", "death_as_the_end_of_it"),
        ("the only way he stops is if I'm not around", None),
        ("I've got nobody left. he took the last of it. I give up.", None),
        ("gonna keep driving till the tank is empty", None),
        # Sleep and not waking; not being here at all.
        ("all I want is to fall asleep and not wake", "wish_to_die"),
        ("some nights I'd just rather not be here at all.", "wish_to_die"),
    ],
)
def test_quiet_self_harm_kinds_get_the_self_harm_reply(text: str, rule_id: str | None) -> None:
    found = assess(text)
    assert found.self_harm, (text, found)
    if rule_id:
        assert rule_id in found.rule_ids, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # A rope with a reason, a river walked by with the dog.
        "took the rope up to the top field for the gate this morning, back for tea now",
        "the river is high at the moment, we walk the dog along it at night",
        # How quick something ordinary would be.
        "I keep thinking how quick it would be for him to find my new flat",
        "applied for an order, how quick would it be?",
        # Pets and things handed over for the refuge, a sitter, a move.
        "I gave my statement to the police and the dog to my mum while I'm in the refuge",
        "I left the dog's food with a note for the sitter while I'm at court",
        "my mum's ring is in the safe for my daughter in case he breaks in again",
        # A cover story about the ex, the milk cancelled for a move.
        "I asked my mum to have the kids on Saturday, told my ex it's a party. It's not.",
        "cancelled the milk, we're moving on friday",
        # Frustration, last times that are about a move or the case.
        "sorry for wasting your time, I won't bother the police again, they never do anything",
        "I wanted to see my old house one last time.",
        "there's nobody left at the station who knows my case, I'm done.",
        "if he kills me will the case stop",
        "we drove till the fuel ran out on holiday",
        # Not being here when he is out, with a question.
        "I'd rather not be here at all when he's released, can I move?",
    ],
)
def test_quiet_self_harm_near_misses_get_no_self_harm_reply(text: str) -> None:
    assert not assess(text).self_harm, text


# Someone else's story with a question how to help or talk (relayed.py): no full
# danger reply. Some still get the check-in line.
@pytest.mark.parametrize(
    "text",
    [
        # A past visit to accuse someone else, reported.
        "her dad came round saying he's stalking her, how do I talk to him",
        "my son is 17 and her mum turned up saying he has been following her. how should I "
        "raise it with him?",
        "a neighbour came over to say my lad was harassing his daughter. what do I say to him",
        "his brother came round saying I'm stalking him, how do I deal with this",
        # A relative's arrival as news, then someone else's pattern.
        "my cousin just arrived, she says a man follows her from work every day, how can I "
        "help her",
        "my brother just got in, he says a lad follows him home from school every day, how "
        "can I help him",
        # Coming in, not breaking in.
        "my dad just walked in, I'll message later",
        # A child's coach or club leader turning up at the child's places, in the past.
        "my daughter's coach has been following her. he turned up at her school. how do I help her",
        "my son's scout leader followed him after scouts, then he showed up at school. how "
        "can I help him",
        "my niece says her swimming coach followed her and he got on her bus twice. how can "
        "I help my niece",
    ],
)
def test_someone_elses_story_gets_no_full_danger_reply(text: str) -> None:
    found = assess(text)
    assert not found.immediate_danger, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # The same stories with danger said now, at the person's door, or threatening.
        "her dad came round saying he's stalking her and he's outside now, how do I talk to him",
        "her dad came round saying he's stalking her. he is outside my house, how do I talk to him",
        "her dad came round saying he's going to kill my son, how do I talk to him",
        "her dad came round drunk saying my son is stalking her, how do I talk to him",
        "her dad came round saying he's stalking me, what should I do",
        "my cousin just arrived, she says a man is following her, how can I help her",
        "my cousin just arrived, a man followed her to my flat, how can I help her",
        "my cousin just arrived, she's terrified, a man follows her every day, how can I help",
        "my cousin just arrived, she says he follows her every day and he's outside, how can I "
        "help her",
        "my daughter's coach has been following her. he's at her school right now. how do I "
        "help her",
        "my daughter's coach turned up at her school with a knife, how do I help her",
        "my brother just got in and he's drunk and shouting",
        "he just got in",
        "someone got in through the back",
    ],
)
def test_someone_elses_story_with_danger_now_gets_the_danger_reply(text: str) -> None:
    assert assess(text).immediate_danger, text


# "Not in danger, just can't sleep" (safe_and_tired.py): the second opinion reads
# only what else is said, so a denial with tiredness gets no line and no check-in.
@pytest.mark.parametrize(
    "text",
    [
        "I'm not in danger, just can't sleep",
        "not in any danger, I just haven't slept properly since the hearing",
        "I'm safe tonight, just awake at 3am again",
        "honestly I'm ok, just exhausted from court, what helps?",
        "we're safe, just can't sleep with him texting all night",
        "im fine just shattered",
        "I'm safe, just knackered, is it normal to feel like this?",
        # The rest read alone ("since he got out") never adds a line.
        "I'm safe, I just can't sleep since he got out",
    ],
)
def test_said_safe_and_tired_gets_no_line_and_no_check_in(text: str) -> None:
    found = assess(text)
    assert not (found.any or found.check_in or found.check_in_self_harm), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # Quiet self-harm said beside "I'm fine" and tiredness keeps its reading.
        "I'm fine. Just tired of everything.",
        "I'm ok. just want to sleep.",
        "I'm safe, just so tired. I've sorted the dog's new home",
        "I'm ok just tired. thank you for everything",
        "I'm fine, just tired. gave my guitar away today",
        "I'm ok, can't sleep. kept all my sleeping tablets",
        "not in danger. just tired. sorry",
        "I'm safe, just can't sleep. keep thinking about the bridge",
    ],
)
def test_quiet_self_harm_beside_a_denial_keeps_its_reading(text: str) -> None:
    found = assess(text)
    assert found.self_harm or found.check_in_self_harm, (text, found)


@pytest.mark.parametrize(
    "text",
    ["I'm safe, just can't sleep, he's outside again", "I'm ok, just tired. he's at the door now"],
)
def test_a_denial_never_cancels_danger_said_too(text: str) -> None:
    assert assess(text).immediate_danger, text


def test_the_reading_takes_nothing_from_any_labelled_message() -> None:
    """No danger, self-harm or "both" message of any set (training sets included) or
    NLU safety example loses what the whole check gave it."""
    read = [
        e
        for e in safety_sets() + nlu_examples()
        if (e.danger or e.self_harm) and rest_of_safe_and_tired(normalise(e.text)) is not None
    ]
    for example in read:
        found = assess(example.text)
        if example.self_harm:
            assert found.self_harm or found.check_in_self_harm, example
        if example.danger:
            assert found.immediate_danger or found.check_in, example
