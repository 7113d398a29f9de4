"""Self-harm said without a word for suicide gets the full reply (v9b, v10a, v10b, v11a, v11b).

Someone else at risk told by a friend or carer, a means or place named, a
farewell or plan said quietly (bot/safety/self_harm_others_rules.py,
bot/safety/self_harm_unsaid_rules.py). Each kind both ways: a message of the
kind in new words gets the full self-harm reply; the same words in their
ordinary sense do not.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        # Someone else at risk.
        "my sister messaged 'bye everyone' and now her phone's switched off",
        "my flatmate says he's going to do it properly this time, he's been cutting",
        "my grandad keeps saying he'll go and join nan and asked where his tablets are",
        "a lad on my caseload has a plan to take his mum's pills tonight",
        "she told me on the phone she's going to go to sleep for good",
        "my mother says she wants to go to heaven soon and asked me how to do it",
        # Someone's own words said through them: their own wish stays.
        "my dad always says we don't talk about feelings but I've been wanting to die for weeks",
        # Means and places.
        "would the cord from my dressing gown hold",
        "sat in the car with the engine running in the garage",
        "is a box of paracetamol enough to stop my heart",
        "what's the max you can take of amitriptyline, asking for me",
        "I keep imagining driving into a wall so it looks like an accident",
        "I'm up on the multi storey roof and I keep looking down",
        "when does the railway bridge get quiet",
        "stood by the Mersey thinking about walking in",
        "the voice keeps telling me to jump",
        "had most of a bottle of whisky and I've got my tramadol next to me",
        # Farewells and plans.
        "cancel my appointment, I won't be here.",
        "I don't think I'll be here much longer",
        "I've made my arrangements.",
        "I've picked Saturday.",
        "tonight's the night.",
        "been googling ways to die",
        "in case anyone reads this, I'm so sorry.",
        "I really don't think I can carry on anymore",
        "I've stopped wanting to be here",
        "I've stopped eating and I just hope it ends.",
        "sorry for the trouble, there are instructions for my cat.",
    ],
)
def test_self_harm_said_without_the_word_gets_the_full_reply(text: str) -> None:
    found = assess(text)
    assert found.self_harm or found.immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "my friend said goodbye at the station and I waved her off",
        "my friend said goodbye and now she's not answering my texts about the party",
        "I want to do the witness statement properly this time",
        "I'll go and join mum at the cafe after court",
        "my mum wants to go to heaven to see dad one day, she's very religious",
        "the car is running in the garage to warm up, is that ok",
        "I don't think I'll be around at 5, can the officer ring later?",
        "my plan is to take the bus to the police station",
        "will the shelf hold if I put the CCTV monitor on it",
        "I park the car in the garage at night now",
        "what's the max dose of calpol for a 4 year old",
        "the accident report says he swerved",
        "when does the library get quiet, I want to write my statement",
        "we walked along the canal and then walked into town",
        "I won't be here next week, I'm on holiday until the 14th",
        "I don't think I'll be around on Friday, I'm at work",
        "we picked Friday for the hearing, is that ok?",
        "looking up ways to get a restraining order",
        "I don't think I can do this form without help",
        "I stopped eating sugar and hope it ends my headaches",
        "sorry for all the trouble, I've left instructions for the babysitter as I'm in court",
    ],
)
def test_the_same_words_in_their_ordinary_sense_do_not(text: str) -> None:
    assert not assess(text).self_harm
