"""Someone there now, named by a word like "the stalker", anywhere in a sentence (issue 8).

"The stalker's outside" was read only at the start of a sentence ("the stalkers
outside", the apostrophe gone); after "omg", "help" or "ok so" it got the
check-in line at most. The normaliser now reads "X's" as "X is" for the words
people use for the one who is there (the stalker, my ex, the creep, my client,
this bastard...), so the presence rules read it anywhere. Past, habit, a "what
if" and a film stay below the full reply. Written here, not copied from a set.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess
from bot.safety.normalise import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("omg the stalker's outside", "omg the stalker is outside"),
        ("help my ex's at the door", "help my ex is at the door"),
        ("this bastard's in my garden", "this bastard is in my garden"),
        # A possession, or "gives me the creeps", is left alone.
        ("the stalker's car", "the stalkers car"),
        ("my ex's new girlfriend", "my exs new girlfriend"),
        ("it gives me the creeps in the dark", "it gives me the creeps in the dark"),
        # Plurals that are common stay plurals.
        ("the lads outside the shop", "the lads outside the shop"),
    ],
)
def test_the_stalkers_outside_is_read_as_the_stalker_is_outside(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "omg the stalker's outside",
        "help the stalker's outside",
        "ok so the stalker is outside my work now",
        "the stalker's outside",
        "sorry to bother you but the stalker's outside my work",
        "oh god the stalker's in my garden",
        "omg the creep's outside my flat",
        "guys the creep's at my window",
        "help my ex's outside",
        "omg my ex's at the door right now",
        "so basically the man I reported is outside my house",
        "ok so my client's outside my work",
        "right so this bastard's in my garden again",
        "ok the psycho's outside again",
        "the creep's watching me from his car",
        "quick my abuser's downstairs",
    ],
)
def test_someone_there_now_is_danger_anywhere_in_a_sentence(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        # Past.
        "omg the stalker was outside my work last week",
        "help the stalker used to wait outside my work",
        # Habit.
        "ok so the stalker is outside my work every morning",
        "the stalker's outside my work most days, can I get an injunction",
        "my friend said the stalker's outside her work every day",
        # A "what if".
        "what if the stalker's outside when I get home",
        "what if my ex's outside when I get back",
        # A film or a show.
        "in the film the stalker's outside her house",
        "lol the stalker's outside in this show",
        # Not someone there at all.
        "my ex's new girlfriend is nice",
        "my ex's next door neighbour told me he moved",
        "the stalker's in prison now",
        "this house gives me the creeps in the dark",
    ],
)
def test_someone_there_near_miss_stays_below_the_full_reply(text: str) -> None:
    assert not assess(text).immediate_danger
