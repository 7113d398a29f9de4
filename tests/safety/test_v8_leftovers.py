"""Session 7 leftovers, by kind (docs/safety.md, "Session 7: leftovers").

Examples in my own wording, never the sets' sentences. Each kind is tested on
both sides: the message that must change and the near-misses that must not.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess
from bot.safety.normalise import normalise

# --- 1. A height or clearance asked for a vehicle, a delivery, a load, a move ---


@pytest.mark.parametrize(
    "text",
    [
        "I looked up how high the bridge is for the van",
        "how high is the railway bridge on station road, will a luton van fit under it",
        "does anyone know how tall the bridge on the a49 is? got a lorry delivery coming tomorrow",
        "how high is the multi storey car park for the van, got the move on saturday",
        "checked how high the bridge was for the trailer with the load on",
        "looked up how high the bridge is, the horsebox is 3.4m",
        "is the bridge high enough for a lorry to get under",
        "how high is the bridge for the van, just want to make sure it fits",
        "googled how high the multi storey car park is, has a height barrier for vans",
    ],
)
def test_a_height_asked_for_a_vehicle_is_not_self_harm(text: str) -> None:
    found = assess(text)
    assert not found.self_harm and not found.immediate_danger, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # No purpose said: the height alone.
        "how high is the bridge",
        "I looked up how high the bridge is",
        "how high does the bridge need to be to make sure",
        # A vehicle there, but no purpose, or the purpose denied.
        "sitting in the van looking up how high the bridge is",
        "how high is the bridge, not for the van",
        "how high is the bridge, its time for me to move on",
        # A purpose said, and the act or certainty too.
        "how high is the bridge for the van, high enough to make sure if I jump",
        "I looked up how high the bridge is for the van. high enough",
        "which bridge is the highest, I'll drive the van off it",
    ],
)
def test_a_height_with_no_such_purpose_stays_self_harm(text: str) -> None:
    assert assess(text).self_harm, text


# --- 2. Waking late or at a time ---


@pytest.mark.parametrize(
    "text",
    [
        "I go to sleep and don't wake up till 10",
        "on my days off I never wake up before 11",
        "since the meds changed I sleep and don't wake up until the afternoon",
        "I take a sleeping tablet and dont wake up for hours, is that normal",
        "I go to sleep and not wake up til gone 12, then feel awful all day",
        "after nights I don't wake up till 3pm",
        "I sleep and never wake up till lunchtime",
    ],
)
def test_waking_late_or_at_a_time_is_not_self_harm(text: str) -> None:
    found = assess(text)
    assert not found.self_harm and not found.immediate_danger, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # No time: the wish itself.
        "I want to go to sleep and not wake up",
        "go to sleep and not wake up",
        "I'd rather go to sleep and not wake up",
        "I go to sleep and don't want to wake up",
        # Not a time: an end, or never.
        "I just want to sleep and never wake up till this is over",
        "I don't want to wake up until he's gone",
        "I hope I go to sleep tonight and don't wake up till never",
        # A time, but a wish or dying said too.
        "I don't want to wake up till 10, I want to die",
        "I go to sleep and don't wake up till 10, the way things are I wish I never did",
    ],
)
def test_not_waking_with_no_time_stays_self_harm(text: str) -> None:
    assert assess(text).self_harm, text


# --- 3. Someone of one's own arriving, with help asked on an ordinary task ---


@pytest.mark.parametrize(
    "text",
    [
        "my brother just got in, can you help me with the form",
        "my partner just got in, help me fill in the victim personal statement",
        "my sister just got home, can you help me write a letter to the court",
        "my mum came round, can you help me with what to write in my statement",
        "my friend's just come round, could you help me with the report",
        "my dad's just got home, please help me with this form",
    ],
)
def test_an_arrival_of_ones_own_with_help_on_a_task_gets_the_check_in_at_most(
    text: str,
) -> None:
    found = assess(text)
    assert not found.immediate_danger and not found.self_harm, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # No ordinary task: a plea.
        "my brother just got in, can you help me",
        "my brother just got in, help me",
        "he just got in, help me",
        "my brother just got in, can you help me with him",
        # Him, the ex or the stalker arriving, whatever the task.
        "he just got in, can you help me with the form",
        "my ex just got in, can you help me with the form",
        "the stalker just got in, help me with the form",
        # Something threatening beside it.
        "my brother just got in, he's drunk, can you help me with the form",
        "my brother just got in, please help me he's going mad",
    ],
)
def test_a_plea_or_a_hostile_arrival_stays_danger(text: str) -> None:
    assert assess(text).immediate_danger, text


# --- 4. A habit inside a "who" clause; the main clause is now ---


@pytest.mark.parametrize(
    "text",
    [
        "the man who keeps leaving notes is at my window",
        "the guy who always parks opposite is at my door",
        "the woman who follows me every day is in my garden",
        "the lad who keeps messaging me is outside my house",
        "the man that keeps ringing is at my door",
        "my neighbour who keeps leaving notes is at my window",
    ],
)
def test_a_habit_in_a_who_clause_does_not_soften_danger_now(text: str) -> None:
    assert assess(text).immediate_danger, text


@pytest.mark.parametrize(
    "text",
    [
        # The habit is the main clause's.
        "the man at my window keeps leaving notes",
        "the man who keeps leaving notes is at my window every night",
        "the man who keeps leaving notes is always at my window",
        "the man who leaves notes keeps coming to my window",
        # The main clause is past.
        "the man who keeps leaving notes was at my window last week",
    ],
)
def test_a_habit_in_the_main_clause_stays_below_the_danger_reply(text: str) -> None:
    assert not assess(text).immediate_danger, text


# --- 5. "2" and "4" as words, or as numbers ---


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("I want 2 die", "i want to die"),
        ("im going 2 end it", "i am going to end it"),
        ("going 2 kms", "going to kill myself"),
        ("4 the last time", "for the last time"),
        ("gonna end it 4 good", "going to end it for good"),
        ("need 2 talk things through", "need to talk things through"),
        ("going 2 a party", "going to a party"),
        ("he's coming 4 me", "he is coming for me"),
        # "too" where "to" makes no sense.
        ("i took 2 many", "i took too many"),
        ("I'm 2 scared 2 sleep", "i am too scared to sleep"),
        ("he got off 2", "he got off too"),
    ],
)
def test_2_and_4_used_as_words_are_read_as_words(text: str, read_as: str) -> None:
    assert normalise(text) == read_as


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("took 2 tablets", "took 2 tablets"),
        ("4 pills", "4 pills"),
        ("2 paracetamol", "2 paracetamol"),
        ("4 sleeping pills", "4 sleeping pills"),
        ("2 or 3 pills", "2 or 3 pills"),
        ("2 more pills", "2 more pills"),
        ("took 2 this morning", "took 2 this morning"),
        ("2 a day", "2 a day"),
        ("I took 2", "i took 2"),
        ("he's 2 mins away", "he is 2 minutes away"),
        ("4 hours", "4 hours"),
        ("2 streets away", "2 streets away"),
        ("he's 2 seats behind me", "he is 2 seats behind me"),
        ("he's 4 feet away", "he is 4 feet away"),
        ("there are 2 men outside", "there are 2 men outside"),
        ("2 missed calls", "2 missed calls"),
        ("at 4 in the morning", "at 4 in the morning"),
    ],
)
def test_2_and_4_as_a_count_or_before_a_unit_stay_numbers(text: str, read_as: str) -> None:
    assert normalise(text) == read_as


@pytest.mark.parametrize(
    ("text", "danger", "self_harm"),
    [
        ("I want 2 die", False, True),
        ("im going 2 end it tonight", False, True),
        ("gonna end it 4 good", False, True),
        ("i took 2 many pills", False, True),
        ("he's 2 mins away", True, False),
        ("he's 2 streets away", True, False),
        ("he's 2 seats behind me on the bus", True, False),
        ("there are 2 men outside my door", True, False),
        ("took 2 this morning as usual", False, False),
    ],
)
def test_what_the_digits_say_gets_the_reply_it_should(
    text: str, danger: bool, self_harm: bool
) -> None:
    found = assess(text)
    assert (found.immediate_danger, found.self_harm) == (danger, self_harm), (text, found)
