"""Danger to a child now, whatever word names the child (issue 8, rule child_taken_now).

The child can be said as a relation ("my son", "my niece", "the children"), by
age ("my 7 year old", "our youngest") or by name after the relation ("my son
Jake"). The first test holds each at the full danger reply; the second holds the
near-misses (a past attempt, a film, a child off with friends, a trip, "won't
let her leave the table", a child's things) below it. Written here, not copied
from a set.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        # Taken off the person, the child said any way.
        "he's trying to take our youngest from me",
        "my ex is trying to take my eldest off me in the car park",
        "he is trying to take my 7 year old off me",
        "his mum is trying to snatch my 10 month old from me",
        "they are trying to take our 2 year old away from us",
        "my ex is trying to take my lad from me outside school",
        "her brother is trying to grab my son Jake off me",
        "my ex is trying to take my granddaughter Lily off me",
        "his family are trying to take the children from me",
        "he is trying to pull my little one off me",
        "my ex is trying to take my niece off me",
        "they're trying to take my stepkids from me",
        # Kept from leaving now.
        "he's here now and won't let my son leave",
        "my sister rang, he is there right now and won't let our 15 year old go",
        # Gone off with the man grooming them.
        "my nephew has gone off with the man who is grooming him",
        "our youngest has gone with that man who is grooming her",
        "my 14 year old has gone off with the bloke who's grooming her",
        "my girl has gone off with the guy who is grooming her",
        # Taken to the airport or abroad tonight.
        "his family are taking our 6 year old to the airport tonight",
        "he is taking my lad to the airport tonight",
        "her dad is taking my granddaughter out of the country tonight",
    ],
)
def test_a_child_taken_now_gets_the_full_danger_reply(text: str) -> None:
    result = assess(text)
    assert result.immediate_danger
    assert "child_taken_now" in result.rule_ids or "children_taken" in result.rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # A past attempt.
        "my ex tried to take my son off me last year",
        "his mum tried to snatch our youngest from me at the christening in 2021",
        # A film.
        "in the film he is trying to take the baby from her",
        # A child off with friends.
        "my daughter has gone off with her mates to town",
        "my lad went off with his friends",
        "our youngest has gone off with her friends from school",
        # A trip.
        "my husband is taking our kids to the airport tonight, we fly to spain",
        "my son is going to France on a school trip tonight",
        "the school is taking our 10 year old on a trip to france tonight",
        "his dad is taking his son to the airport tonight for their holiday",
        "my partner is taking my 8 year old to the airport tonight for half term",
        # Ordinary words for "won't let her leave".
        "my mum won't let my daughter leave the table until she eats her peas",
        # A child's things, a court case.
        "my 7 year old is taking my phone off me lol",
        "my ex is trying to take my lad to court for custody",
    ],
)
def test_a_child_near_miss_stays_below_the_full_reply(text: str) -> None:
    assert not assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        # A trip said beside something against the person's will stays danger.
        "he's taking our kids to the airport tonight for a holiday without my permission",
        "my ex is taking my son to the airport tonight for a trip, please help",
    ],
)
def test_a_trip_against_the_persons_will_stays_danger(text: str) -> None:
    assert assess(text).immediate_danger
