"""Safety v8: danger kinds blind sets v8a and v8b showed, in my own wording.

Each kind is a family, not a sentence: the examples are written here, not
copied from the sets. The first test holds each kind at the full danger reply
(not only the check-in line); the second holds near-misses of each kind (the
same words told as past, as a habit, as a "what if", a film, or someone else's
old story) below it.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        # An insult word used for the person who is there, the same as "he".
        "the creep is at my door",
        "that bastard is in my garden again shouting",
        "the psycho is outside my flat right now",
        # A client or a gentleman as the one who is there.
        "my client is outside my house and won't go",
        "the gentleman from the meeting is presently at my gate",
        # "Presently", "currently", "at this moment" read as now.
        "the man I reported in May is presently standing at my front door",
        "the man who hurt me is at this moment outside my flat",
        # A present statement with no subject.
        "staring at me from the car park right now",
        "downstairs again now",
        # Someone else's relative as the one who is there; "the stalker's outside".
        "my neighbour's son is at my back door",
        "the stalker's outside the flat",
        # Fuel poured now; a vehicle coming up the track; "look out the window".
        "he's pouring something round my front door, smells of diesel",
        "the jeep is coming up the lane now",
        "he texted 'look out of your window' and the van is outside",
        # Danger to a child now.
        "my ex is trying to take him off me in the car park",
        "my son called, the man is there right now and won't let him leave",
        "my daughter has gone off with the man who's grooming her",
        "her uncles are taking my daughter to the airport, please stop them",
    ],
)
def test_v8_danger_kind_gets_the_full_danger_reply(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        # Insult words as past, habit or a film.
        "the creep was at my door last year",
        "that bastard used to stand in my garden every night back in 2019",
        "in the film the psycho is outside her flat",
        # A client told as past or a question.
        "my client was outside my house last month",
        "what if my client is outside my house when I get home",
        # "Presently" with a past or someone else's old story.
        "presently I am reading about my rights",
        "my friend's stalker stood at her gate for years",
        # No subject, but a habit or past.
        "watching me from the bus stop every morning last year",
        # Someone else's relative: past, or a film.
        "my neighbour's son was at my back door last week",
        # Fuel: past, a habit, or the person filling their own car.
        "he poured petrol on my car in 2020",
        "I am pouring fuel into my car",
        # A vehicle coming up the track as an ordinary visit, in the past.
        "the post van came up the lane yesterday",
        # "Look out the window" for something ordinary.
        "my mum said look out the window at the snow",
        # A child: past, a habit, ordinary plans.
        "my ex tried to take her off me at the school gates last year",
        "my daughter has gone off with her friends to the cinema",
        "my mum won't let her leave the table until she eats her peas",
        "my husband is taking my son to the park now",
        "in the film a man is trying to take the child from her",
    ],
)
def test_v8_danger_near_miss_stays_below_the_full_reply(text: str) -> None:
    assert not assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        # Someone there now and self-harm now: both replies, not only the self-harm one.
        "my client is outside my flat again and I've been cutting myself since he came",
        "the stalker's outside the house and I've taken all my sleeping tablets",
    ],
)
def test_v8_danger_and_self_harm_together_get_both_replies(text: str) -> None:
    result = assess(text)
    assert result.immediate_danger
    assert result.self_harm
