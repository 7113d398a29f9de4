"""An arrival put right in the same message, and fiction read as a book (issue 8).

Blind sets v9a and v9b: a knock that "turned out to be the manager with clean
towels" or "a drunk lad at the wrong house", "someone's at the door - oh it's
just the Amazon driver", and "reading a thriller where the stalker climbs in
through the window" got the full danger reply. They no longer do
(cleared_up.mistaken, context_words.FICTION); "it's him", "right now", and
"reading a book and now someone is climbing in" keep it (clause_parts.after_waking).
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        "someone knocked on my door at the B&B, turned out to be the manager with clean "
        "towels, I'm fine",
        "someone banging on the door at 2am, turned out to be a drunk lad at the wrong house, "
        "all fine",
        "Someone's at the door - oh it's just the Amazon driver. Sorry. Anyway what was I saying",
        "someone was knocking at my hotel room, turned out to be housekeeping",
        "there's someone at the door. oh it's only my neighbour with a parcel",
        "loud knocking on the door at midnight, turned out to be some students knocking on the "
        "wrong door",
        "Reading a thriller where the stalker climbs in through the window, can't sleep now. "
        "It's just a book",
        "listening to an audiobook where a man breaks in through the back door, freaked myself out",
    ],
)
def test_put_right_or_fiction_is_not_the_full_reply(text: str) -> None:
    result = assess(text)
    assert not result.immediate_danger, result.rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "someone knocked on my door at the B&B, I think it's him",
        "someone banging on the door at 2am, it's him, he's drunk",
        "Someone's at the door - oh god it's him",
        "someone's at the door, it turned out to be him",
        "the knock turned out to be the postman. now he is banging on the door",
        "he's climbing in through the window, I was reading a book",
        "someone is banging on the door right now",
        "reading a thriller and now someone is climbing in through my window",
        "watching a film and now someone is climbing in through my window",
    ],
)
def test_someone_there_keeps_the_full_reply(text: str) -> None:
    assert assess(text).immediate_danger, text
