"""Ordinary messages told with danger words (sets v7a, v7b and NLU set H), by kind.

Examples in my own wording, never the sets' sentences. Each kind has its other
side: a present, first-hand danger statement keeps the full reply whatever
history, story or question is around it.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        # A later sentence dates the story.
        "he said he'd hurt my dog. that was back in the spring. should i still report it",
        "my neighbours say he's been loitering by the bus stop. they said it was last month",
        # A dream or a programme, not a sighting.
        "the bad dreams are easing off. only one this week where he was chasing me",
        "still hear his motorbike in my sleep sometimes",
        "that new netflix drama had a guy hiding in her attic the whole time, proper scary",
        # "without" before the words.
        "went to the park today without looking over my shoulder for once",
        # A claim someone made, put right next.
        "my nan's neighbour keeps saying someone is hitting her. nobody is. she bruises easily",
        # Put right: it was someone ordinary.
        "knock on the door at 8, nearly died of fright, turned out to be the parcel courier",
        # Crime as a topic; idioms.
        "we had a knife crime assembly at school, it was good",
        "kids are getting stabbed in town and i'm here worrying about a few texts",
        "he keeps shooting his mouth off about me at the pub, can that go in the log",
        "does anyone else feel like they're going mad with all this",
        # Help to do something, an alarm tested, a judgement of one's own doing.
        "can you help me understand what the order covers",
        "pressed the sos button on the app to try it out, it works, all fine",
        "my sister says what i'm doing is obsessive. am i in the wrong",
        # A question about a location app; a self-harm word said of a relationship.
        "just realised my location sharing was on with him. has he been following me all along",
        "he's still sending flowers since i ended it with him, bin them or keep them",
        "i used to self harm as a teenager but i haven't in over fifteen years. do you need that",
        # A relationship hint of later; a weapon kept safe.
        "the order ends in march and he's hinting he'll be back round. can it be renewed",
        "my dad's old rifle is in the gun cabinet and there's no licence, who takes it",
    ],
)
def test_ordinary_kinds_get_no_full_reply(text: str) -> None:
    assert not assess(text).any, text


@pytest.mark.parametrize(
    "text",
    [
        # Sent here by mistake, and said so.
        "gonna strangle my brother he's eaten my chips. oops wrong chat, can I change my number",
        # Medicine asked about as medicine.
        "my doctor upped my citalopram, is it normal to feel dizzy the first week",
        "my tablets run out friday, how do i get a repeat from the gp",
        # Someone's doorbell as a device; a mistaken sighting.
        "can video doorbell footage be used in court or does it need cctv",
        "at the fair i thought i saw him but it wasn't him. does the panic ever stop",
        # A dated log entry; what the law calls a habit.
        "log please: friday 3rd, his van was parked at the end of my road again",
        "my neighbour keeps filming my garden, is that harassment or just nosy",
        "a bloke from my work follows me to the bus some days. is this stalking in law",
        # Sitting in one's own car; a farewell party; an idiom of tiredness.
        "had a wobble at the shops, sat in the car till it passed, i'm ok now",
        "farewell party for a colleague on friday so can we move the call",
        "these night shifts are killing me. what time does the helpline close",
    ],
)
def test_ordinary_kinds_get_no_line_from_the_rules(text: str) -> None:
    found = assess(text)
    assert not found.any, text
    rules = [r for r in found.check_in_rule_ids if not r.startswith("second_opinion")]
    assert not rules, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # A past break-in with something taken, asked where to report: at most the line.
        "somebody broke into my garage and nicked the mower, who do i report it to",
        # A habit told in a relative clause: at most the line.
        "there's a man at my running club who always waits for me to finish. what should i do",
    ],
)
def test_at_most_the_check_in_line(text: str) -> None:
    assert not assess(text).any, text


@pytest.mark.parametrize(
    "text",
    [
        # History, a dream, a story or a question never cancel a present danger.
        "i had a nightmare and woke up and he's standing over my bed",
        "he's outside my door right now. he threatened me last spring too",
        "he threatened to kill me and he's at the door now",
        "that was last week but now he's back in my garden",
        "is this stalking? he's outside my house right now",
        "he's in my kitchen with a knife, turned out the back door was unlocked",
        "help me he's breaking the door down",
        "can you help me he's following me right now",
        "he's got a knife and he's kicking the door, i'm hiding in the bathroom",
        "people are getting stabbed outside my house right now",
        "my neighbour says someone is hitting her right now, i can hear screaming",
        "i used to self harm and i've started again, i cut myself last night",
        "since i ended it he's been outside my flat every night and he's there now",
        "the sos button didn't work and he's inside the house",
        # "wrong number" is no mistake when the danger is present.
        "he's kicking the door in, sorry wrong number earlier, please send someone",
        # A floor or a weekday date is no log entry's date for a present statement.
        "i'm on the 2nd floor and he's outside my door",
        "saturday 6th and he's in my back garden",
    ],
)
def test_present_danger_keeps_the_full_reply(text: str) -> None:
    assert assess(text).any, text
