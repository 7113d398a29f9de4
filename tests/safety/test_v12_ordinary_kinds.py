"""Ordinary messages by kind (ordinary_kinds.py; sets v12a, v12b and NLU set L), both ways.

Each kind has a message in new words the check must not give the full danger
reply, and the same shape said as danger now that must keep it.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess_afresh

# (kind, ordinary message: no full danger reply, danger now: the full reply)
PAIRS = [
    (
        "put right in the same breath",
        "He's in the garden!! ... the fox I mean, sorry. Do you keep my messages?",
        "He's in the garden!! please help",
    ),
    (
        "put right: I know it's only",
        "Every creak makes me think he's at the window. "
        "I know it's only the heating. How do I relax?",
        "He's at the window right now, I can see him",
    ),
    (
        "put right: turned out",
        "A man followed me round Aldi but it turned out he was returning my scarf. Felt daft",
        "A man is following me round Aldi right now and won't stop",
    ),
    (
        "far away",
        "He's 150 miles away in prison now and the house is finally quiet. thank you all",
        "He's out of prison and he's coming to my house right now",
    ),
    (
        "coming to court",
        "He's coming to court on Thursday. Can I wait in a separate room?",
        "He's coming to my house right now, he's just texted",
    ),
    (
        "work shift",
        "Finished a long night shift in A&E, two stabbings and a glassing. "
        "Can I change my address?",
        "He's got a knife and he's stabbing the door right now",
    ),
    (
        "hobby",
        "Hit three clays at the shooting ground today, my counsellor says hobbies help",
        "He's shooting at my house right now",
    ),
    (
        "commentary",
        "The pundit said they absolutely murdered them. Those words upset me. Is that normal?",
        "He said he's going to murder me, he's outside right now",
    ),
    (
        "a client's disclosure",
        "I'm a nail tech and a customer told me her partner hits her. What can I do?",
        "My partner is hitting me right now",
    ),
    (
        "weapons to hand in",
        "My dad's old air rifles are in the shed. He used to wave them at us. "
        "I want rid of them, who collects them?",
        "He's got a gun in the shed and he's waving it at me right now",
    ),
    (
        "told later: anniversary",
        "It's the anniversary of the night he smashed the door down, 4 years ago. "
        "Just wanted to say.",
        "He's smashing the door down right now",
    ),
    (
        "told later: the year after",
        "Told my counsellor about the night he broke in. That was 2021. Can I get a review?",
        "He's broken in and he's in the house right now",
    ),
]


@pytest.mark.parametrize(("kind", "ordinary", "danger"), PAIRS, ids=[p[0] for p in PAIRS])
def test_kind_both_ways(kind: str, ordinary: str, danger: str) -> None:
    assert not assess_afresh(ordinary).immediate_danger, kind
    assert assess_afresh(danger).immediate_danger, kind


# Asked as a question about reporting or helping (set L): the check-in line at
# most; the same question with someone at the person now keeps the full reply.
ASKED = [
    (
        "my mate says I should ring the police now he's been turning up at my gym. "
        "what would they actually do",
        "he's outside my door right now, what would the police actually do",
    ),
    (
        "how do I check my phone for a tracker, he turned up at my nan's "
        "when no one knew I was there",
        "he's following me right now, how do I check my phone for a tracker",
    ),
]


@pytest.mark.parametrize(("ordinary", "danger"), ASKED)
def test_asked_about_reporting_both_ways(ordinary: str, danger: str) -> None:
    assert not assess_afresh(ordinary).immediate_danger
    assert assess_afresh(danger).immediate_danger
