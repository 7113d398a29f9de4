"""Ordinary kinds from sets v13a, v13b and NLU set O, both ways (said_in_passing.py).

Each kind has ordinary messages in new words that must not get the full danger
reply, and the same shape said as happening now that must keep it.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess_afresh

# (kind, ordinary in new words: no full danger reply)
ORDINARY = [
    ("figure", "these court forms are actually killing me, so many boxes"),
    ("figure", "the wait for the hearing date is literally killing me, any news?"),
    ("figure", "I'm going to die on this hill: the reporting app is rubbish"),
    ("figure", "i am going to die on that hill, the victim portal logs me out every time"),
    (
        "caller",
        "someone knocked on my door at 7 and I froze. it was only the postman with a letter",
    ),
    (
        "caller",
        "a man knocked on my window this morning and I panicked but it was just the window cleaner",
    ),
    ("caller", "someone rattled the gate earlier but it was only the wind, I'm on edge"),
    ("owned_place", "she has got a holiday cottage in Abersoch, can the order cover it?"),
    ("owned_place", "he's got a flat in Chester as well as his house. Do I list both addresses?"),
    ("trade", "my brother runs a gun shop, would the stalker know that from Facebook?"),
    ("trade", "my cousin works at a knife shop in Stockport, could he be asked about the knife?"),
    (
        "news",
        "I read in the Echo about a woman in Widnes who was stabbed by her ex. How often "
        "does that happen?",
    ),
    ("news", "saw on the news about a man who was shot by his stalker in Leeds. Shaken up"),
    (
        "form_weapons",
        "the officer asked about weapons at home. we have kitchen knives like everybody else",
    ),
    (
        "form_weapons",
        "the risk form asks about weapons. a rolling pin and a bread knife, do I put them?",
    ),
    ("locked_away", "my husband's rifles are locked in a gun safe. would that count for the form?"),
    (
        "locked_away",
        "grandad's guns are locked in the cabinet in the loft, does that matter for my assessment?",
    ),
    ("lasting_fear", "She still won't go out alone, two years on. Where can she get help?"),
    (
        "lasting_fear",
        "the lad who bothered my nan moved away. She still won't go out on her own. any "
        "support for older people?",
    ),
    (
        "own_hours",
        "I want to talk to someone about the order but I'm at work until 5, could "
        "someone ring after?",
    ),
    (
        "own_hours",
        "I'd like to speak to someone about my statement but I'm at college till 3. Is "
        "tomorrow ok?",
    ),
    (
        "dealt_with",
        "a lad was following me round the supermarket but the security guard threw him "
        "out. anything else to do?",
    ),
    (
        "dealt_with",
        "a man was following me round the library but the staff banned him. Should I still report?",
    ),
    ("dated_after", "is it legal for her to fly a drone over my house? it happened once in May"),
    ("dated_after", "can he fly a drone over our garden? It was three weeks ago"),
    (
        "in_hospital",
        "his mum says he's in hospital after a crash and wants me to visit. Do I have to?",
    ),
    (
        "in_hospital",
        "she texted that he's in hospital with a broken leg, on a ward in Bolton. Does "
        "the order still count?",
    ),
    (
        "played_down",
        "The woman at the garage kept asking which street I'm on. Probably nothing. "
        "Should I mention it next week?",
    ),
    (
        "played_down",
        "the man at the garage asked what time I finish work. probably fine. should I "
        "report it at my next appointment?",
    ),
    (
        "at_work",
        "Plasterer here, he's been turning up at jobs watching me from his van. Can the "
        "site manager give a statement?",
    ),
    (
        "at_work",
        "she's been turning up at my work every day to stare at me. Can my boss give a statement?",
    ),
    (
        "posted_online",
        "an instagram account keeps posting my work address and pics of my car. can it "
        "be taken down",
    ),
    (
        "posted_online",
        "some page is sharing my postcode and photos of my car. can police find out who runs it?",
    ),
    ("counted", "I've seen her outside Aldi twice watching me. would that count as harassment"),
    ("counted", "I've seen him outside the gym a few times watching me. Is this stalking?"),
]

# The same shapes said as happening now: must keep the full danger reply.
DANGER = [
    ("figure", "he is literally killing me, he's got his hands round my neck"),
    ("figure", "he says he's going to kill me tonight, he's outside"),
    ("caller", "the knock is him, he's kicking the door"),
    ("caller", "someone's knocking and it's not the postman, it's him, help me"),
    ("owned_place", "he's got in the house, I'm in the bathroom"),
    ("owned_place", "she has got into my flat right now"),
    ("trade", "he's outside with the shotgun now"),
    ("trade", "he has a gun and he's at my door right now"),
    ("news", "he's stabbed me, I'm bleeding"),
    ("news", "he's outside with a knife right now"),
    ("form_weapons", "he's got a knife in the kitchen and he's coming at me"),
    ("form_weapons", "he has the bread knife and he's screaming at me"),
    ("locked_away", "he's locked me in the bedroom and taken my phone"),
    ("locked_away", "he has got the shotgun out of the cabinet and he's outside now"),
    ("lasting_fear", "he won't let me go out, he's locked the doors and is shouting at me"),
    ("lasting_fear", "I'm hiding and I can't go out, he's in the hallway"),
    ("own_hours", "I'm at work and he is in the car park right now"),
    ("own_hours", "he is at my work right now waiting by my car"),
    ("dealt_with", "he's following me round the shop right now"),
    ("dealt_with", "a man is following me home right now"),
    ("dated_after", "his drone is over my garden right now"),
    ("dated_after", "he's in my garden right now"),
    ("in_hospital", "he's at the hospital where I work, standing by my car right now"),
    ("in_hospital", "he's just turned up on my ward and he's at the nurses' station"),
    ("played_down", "the man from the garage is outside my house right now"),
    ("played_down", "he's just followed me from the garage to my door"),
    ("at_work", "he has just turned up at my work and he's in reception now"),
    ("at_work", "she's at my work right now banging on the window"),
    (
        "posted_online",
        "he's just posted a photo of my front door, taken a minute ago, he's outside",
    ),
    ("posted_online", "he just sent me a picture of me in my kitchen right now"),
    ("counted", "she's outside my house watching me right now"),
    ("counted", "he's outside the gym right now waiting for me"),
]


@pytest.mark.parametrize(("kind", "text"), ORDINARY)
def test_ordinary_kind_gets_no_full_reply(kind: str, text: str) -> None:
    found = assess_afresh(text)
    assert not found.immediate_danger, (kind, text, found.rule_ids)


@pytest.mark.parametrize(("kind", "text"), DANGER)
def test_same_shape_now_keeps_the_full_reply(kind: str, text: str) -> None:
    found = assess_afresh(text)
    assert found.immediate_danger, (kind, text, found)
