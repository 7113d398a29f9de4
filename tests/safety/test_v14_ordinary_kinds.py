"""Ordinary kinds from sets v14a and v14b, both ways.

Readings widened: said_in_play.py (figures about messages, "not literally",
banter from a mate, game talk, a game or show, a what-if legal question, guns
all licensed), said_in_passing.py (a firearms officer, a news story, someone's
hours, an idiom, a job asking for others, a phone's SOS set up, someone now safe
with the person, a habit asked as "is this stalking"), told_as_over.py (a day
gone by with the police taking him away, not seen since), ordinary_kinds.py (an
inmate inside for years) and stand_down.py ("he's just my mate" is not news).

Each kind has ordinary messages in new words that must not get the full danger
reply, and the same shape said as happening now that must keep it.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess_afresh

# (kind, ordinary in new words: no full danger reply)
ORDINARY = [
    ("figure", "she is killing me with all these voicemails, twenty since Monday. can I block?"),
    ("figure", "my ex is killing me with his messages every night. he lives in Kent now"),
    ("figure", "this whole court case is killing me. not literally haha. how long do they take?"),
    ("figure", "the stress is honestly killing me. not literally. who can I talk to?"),
    (
        "banter",
        "my brother messaged 'i'll kill you if you're late for the match again'. he's just my "
        "mate really, mum overreacted",
    ),
    ("banter", "my pal texted he'd murder me if I skipped the gig. he's just my friend lol"),
    (
        "game_talk",
        "a kid on Fortnite keeps telling my daughter he'll hunt her down and kill her. probably "
        "trash talk but should I report it?",
    ),
    (
        "game_talk",
        "someone online says he'll find my lad and kill him, I reckon it's game talk. how do I "
        "tell?",
    ),
    (
        "fiction",
        "watched a film where a man breaks into a woman's flat and now I keep checking the locks "
        "lol. are door alarms any good?",
    ),
    (
        "fiction",
        "Emmerdale had a stalker breaking into a cottage last week and my mum's now worried. "
        "what can I tell her?",
    ),
    (
        "what_if",
        "Hypothetically, if I hit him with a cricket bat when he came through the gate, would I "
        "get charged?",
    ),
    (
        "what_if",
        "in theory, if my dad stabbed the stalker when he broke in, would he be arrested?",
    ),
    (
        "licensed",
        "we farm so there are rifles in the house, all licensed. he keeps saying he'll report us. "
        "can he?",
    ),
    (
        "licensed",
        "my partner shoots so we have shotguns at home, fully licensed. does the stalker "
        "knowing that matter?",
    ),
    (
        "firearms_job",
        "my mum's a firearms instructor so I know the rules, but is a man messaging my work "
        "stalking?",
    ),
    (
        "firearms_job",
        "my uncle is a firearms officer. does that mean I should ring him instead of you?",
    ),
    (
        "news",
        "there was an article in the local paper about a man who was shot by a neighbour. does "
        "that happen a lot?",
    ),
    (
        "news",
        "saw a report on the BBC about a woman who got stabbed by her stalker. what are the stats?",
    ),
    (
        "their_hours",
        "my flatmate's boyfriend keeps reading my post. he's at work until 8 most days. can I "
        "tell the landlord?",
    ),
    ("their_hours", "the tenant downstairs is odd with me. she is at work till 5, then home"),
    (
        "tether",
        "my mum's at the end of her tether with his letters. what can she do?",
    ),
    ("tether", "she is at the end of her tether, the calls never stop. any support groups?"),
    (
        "job_asking",
        "I'm a school teacher. What are the signs a pupil is being followed home? For our staff "
        "training day.",
    ),
    (
        "job_asking",
        "Ex copper here. My niece is being followed by a man from her gym. I've told her to keep "
        "a diary. Anything else you would add?",
    ),
    (
        "inmate",
        "I work in a prison and a lifer writes to me at home. he's inside for another 9 years. "
        "who should know?",
    ),
    ("inmate", "the man who stalked me is inside for two more years. can I be told of release?"),
    (
        "sos",
        "how do I turn on emergency SOS on my android so it texts my mum? just in case",
    ),
    ("sos", "how do I set up the sos feature on my watch? being careful"),
    (
        "safe_with_me",
        "My sister is being followed by her ex. She's staying at my flat now and she's safe. "
        "Where can she get advice?",
    ),
    (
        "safe_with_me",
        "my friend was being harassed by a neighbour. she is staying safe with us now. how does "
        "she get a new tenancy?",
    ),
    (
        "over",
        "her ex came to our door on Christmas Eve screaming. Police arrived and arrested him. "
        "can she get an order now?",
    ),
    (
        "over",
        "he kept turning up at my work last year. this year I have not seen him at all. still "
        "worth logging?",
    ),
    (
        "habit",
        "the man across the road always seems to be at his window when I leave. am I being daft "
        "or is this stalking?",
    ),
    (
        "habit",
        "my colleague always is at the car park when I finish. is that harassment?",
    ),
]

# (kind, the same shape said now: the full danger reply)
DANGER = [
    ("figure", "he's killing me, he's hitting me now"),
    ("figure", "she is killing me with a knife, help"),
    ("banter", "he's just my mate but he's outside with a knife saying he'll kill me"),
    ("banter", "my mate said he'd kill me and now he's banging on my door, help"),
    ("game_talk", "a lad from a game said he'd find me and kill me and he's outside my house now"),
    ("game_talk", "he says it's game talk but he's at my door right now threatening to kill me"),
    ("fiction", "my ex is breaking in through the back door now, help"),
    ("fiction", "he's breaking into my house right now, I can hear him"),
    ("what_if", "he's coming in the garden now with a spade, help me"),
    ("what_if", "he has a knife and he's at my back door right now"),
    ("licensed", "he's got his shotgun, it's licensed, and he's outside my door right now"),
    ("licensed", "my ex has a licensed rifle and he's just turned up at my house with it"),
    ("firearms_job", "he's a firearms officer and he's outside my house now with a gun"),
    ("firearms_job", "a man with a gun is at my door right now"),
    ("news", "a man with a knife is in my garden right now"),
    ("news", "he's just stabbed my neighbour and he's outside"),
    ("their_hours", "he's at my door right now and won't leave"),
    ("their_hours", "she's in my house right now and I'm hiding"),
    ("tether", "he is at the end of my road right now watching the house"),
    ("tether", "he's at the back door now, please help"),
    ("job_asking", "I'm a security guard and a man is following me round the centre right now"),
    ("job_asking", "I'm a teacher and a man has just followed me into the school car park, help"),
    ("inmate", "he was inside for years and now he's outside my house right now"),
    ("inmate", "a released prisoner is in my garden now, he's at my window"),
    ("sos", "SOS he's in my house"),
    ("sos", "help sos he's here now"),
    ("safe_with_me", "my aunt is being followed by him right now, she's on the phone to me, help"),
    ("safe_with_me", "he's following me home right now"),
    ("over", "the police took him away but he's back outside my house right now"),
    ("over", "he's just turned up at my house shouting"),
    ("habit", "he's in the front garden now staring at my window, help"),
    ("habit", "he's outside my house right now watching me, is this stalking?"),
]


@pytest.mark.parametrize(("kind", "text"), ORDINARY)
def test_ordinary_kind_gets_no_full_reply(kind: str, text: str) -> None:
    found = assess_afresh(text)
    assert not found.immediate_danger, (kind, text, found.rule_ids)


@pytest.mark.parametrize(("kind", "text"), DANGER)
def test_same_shape_now_keeps_the_full_reply(kind: str, text: str) -> None:
    found = assess_afresh(text)
    assert found.immediate_danger, (kind, text, found)
