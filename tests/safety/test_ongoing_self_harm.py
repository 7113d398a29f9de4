"""Self-harm said as going on now gets the full self-harm reply (issue 8, rule self_injury).

"I've been cutting since he came" got only Samaritans' line: a bare "cutting"
with a since, a span or a repeat ("ever since", "all week", "again", "started
again") is self-harm going on now. Past self-harm with the person well now, a
thing cut ("cutting back on coffee", "cutting out sugar", "cutting my hours")
and a pain ("my back started hurting again") stay below the full reply.
Written here, not copied from a set.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        "I've been cutting since he came",
        "I've been cutting myself since he turned up",
        "ive been cutting ever since he moved in next door",
        "i've been cutting since the court date",
        "been cutting all week",
        "I keep cutting since he came back",
        "been cutting on and off since he came back",
        "still cutting most nights",
        "I've been harming every night since it started",
        "been hurting myself again since it started",
        "started cutting again",
        "I've started cutting again since he found me",
        "I used to cut years ago but I've started again",
        "I used to self harm as a teen and I've relapsed",
        "i used to cut myself years ago but ive been cutting again since he turned up",
    ],
)
def test_ongoing_self_harm_gets_the_full_self_harm_reply(text: str) -> None:
    assert assess(text).self_harm


@pytest.mark.parametrize(
    "text",
    [
        # Past self-harm, the person well now.
        "I used to cut myself years ago but I'm fine now",
        "I self harmed when I was a teenager but I've been fine for years",
        "i used to hurt myself years ago, not since i got help",
        # Something cut, not the person.
        "I've been cutting back on coffee since he came",
        "I've been cutting my hours at work since it started",
        "been cutting the grass all week",
        "I've started cutting out sugar again",
        "started cutting my hours",
        "I've been cutting corners since he turned up",
        "I used to cut hair but I've started again at a new salon",
        "my baby has started cutting teeth again",
        # A pain.
        "my back started hurting again",
        "my knee has started hurting since the fall",
    ],
)
def test_past_or_ordinary_cutting_stays_below_the_full_self_harm_reply(text: str) -> None:
    assert not assess(text).self_harm


def test_ongoing_self_harm_beside_someone_there_gets_both_replies() -> None:
    result = assess("my ex is outside my house again and I've been cutting since he turned up")
    assert result.immediate_danger
    assert result.self_harm
