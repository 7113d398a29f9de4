"""Safety v6: the kinds of danger blind sets v6a and v6b showed, in my own wording.

Each kind is a family, not a sentence: these examples are written here, not
copied from the sets. The first test holds each kind at the full danger reply
(not only the check-in line); the second holds near-misses of each kind below
it. The sets themselves are held at 100% by test_safety_sets.py.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        # Something locked is open now, or a lock has given way.
        "the garage door is open and I padlocked it before bed",
        "I bolted the kitchen door at 8 and now it's open",
        "the chain on the front door has been cut",
        "side door handle just moved. someone trying it",
        "the conservatory glass just went",
        # Sounds or lights inside or outside when the person lives alone or nobody is due.
        "whispering in the hallway and I live on my own",
        "I'm alone in the house. footsteps on the stairs",
        "a torch in the barn, nobody should be out there",
        "headlights behind the stables where they shouldn't be",
        # The same sound at the boundary again, a door pushed, a lock that may not hold.
        "heard the back gate. then the back gate again.",
        "the back door is being pushed, I'm leaning on it",
        "the chain's on but it's only a thin chain",
        "third time tonight. now a knock on the window",
        # A caller who can see the person now.
        "she messaged saying I can see you, I'm in the lounge",
        "he rang and knew what I'm wearing, my curtains are closed",
        "he must be able to see in",
        # A post of the person's street or home just now.
        "she's just put a video of my front door on her story",
        "a snap of my street with see you soon on it, 2 mins ago",
        # A plea passed on, or a check-in time gone by.
        "my mate has just sent me her location and the word help",
        "she said if she hadn't texted by 11 to ring the police. it's now 11 30",
        # A child gone with, or to meet, someone.
        "our daughter has not come home and her phone is off, that lad said he'd pick her up",
        "my son has gone to meet a man he's been talking to online",
        # Taken abroad or to the airport for a marriage.
        "they want me to marry my cousin and are taking me to the airport tonight",
        # Near or coming, told plainly.
        "he's still out there in the van",
        "on the tram. stood right behind me.",
        "the doorbell camera is showing a man on my step right now",
        "a van has backed up to our gate and two men getting out",
        "she's heading my way, she was at the corner shop 2 mins ago",
        "the quad bike is coming down the track towards the house",
        "he's found the refuge",
        "the same car has been round the estate 4 times in the last hour",
        "I'm cycling home and he keeps popping up behind me",
        # A question answered straight after: it is about now.
        "is he allowed to be in my garden? because he is",
        # Too near to talk; about to get through the door.
        "he'd hear me if I talk, he's just on the landing",
        "if she gets through this door I don't know what she'll do",
        # A threat for tonight; held by the throat.
        "he texted tonight you get what you deserve",
        "he's got my brother by the throat",
    ],
)
def test_v6_danger_kinds_get_the_danger_reply(text: str) -> None:
    assert assess(text).immediate_danger, text


@pytest.mark.parametrize(
    "text",
    [
        # Locks and doors, not a break-in.
        "I lock the gate every night, should I get a better padlock?",
        "the padlock on my bike is rusty, where can I get a new one",
        "my phone glass just cracked, can I still screenshot his messages",
        # Living alone, with nothing heard or seen.
        "I live alone and someone keeps messaging me from new numbers",
        "I live on my own, can I get a free doorbell camera",
        # Posts, calls and pleas that are not about now.
        "he posted a picture of my old street years ago, should I report it",
        "what should I do if a friend ever sends me the word help",
        "my taxi went the wrong way and charged me more, can I complain",
        # Marriage and travel with no force.
        "my sister is getting married abroad next year and I'm flying out",
        # Near-misses of game wording, holding a door, drones.
        "we met on a game years ago, now he won't stop messaging",
        "I held the door for a neighbour and he was rude",
        "can I fly a drone over my own garden to check for cameras",
        "its giving me the ick, is that stalking",
        # Friendly people near or coming (arrivals.py): at most the check-in line.
        "my husband is heading my way with the shopping",
        "my mum is still out there in the car waiting for me",
    ],
)
def test_v6_near_misses_get_no_danger_reply(text: str) -> None:
    assert not assess(text).immediate_danger, text
