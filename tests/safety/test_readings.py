"""Readings that turn a match down, and what they must never turn down.

Moved from tests/unit/test_detector.py (the NLU-data kinds and Safety v4) and
grown with Safety v5: each reading a safeguarding lead can check here, with
examples in my own wording, never the blind sets' sentences.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


# Everyday questions that had got the full danger or self-harm reply (NLU data,
# 28 November), by kind, in my own wording: at most the check-in line now.
@pytest.mark.parametrize(
    ("text", "check_in"),
    [
        # A plain plea trailing an ordinary question (help_asked).
        ("how do i stop him making new accounts, pls help", True),
        ("hello, i need some help please", True),
        ("can someone from victim support help me", False),
        # "Send the ..." is not "send the police".
        ("can you send the timeline to my solicitor", False),
        # A relationship ending is not a blow; a hit to one's health is not violence.
        ("we broke up in the summer and i cant stop checking his page", False),
        ("ever since the break-up i've watched her stories", False),
        ("losing my job really hit my confidence", False),
        # "tapped" is not a typo of "trapped"; feeling trapped is a check-in.
        ("i reckon my landline is tapped", False),
        # "hiring" and "hiking" are not typos of "hiding" (blind set R).
        ("are the police hiring special constables in crewe", False),
        ("is it safe to go hiking on my own while all this is going on", False),
        ("i feel trapped in my own flat", True),
        # Someone else's ongoing pattern, with a question how to help.
        ("my mate is being followed home from work, what should i do", True),
        ("my sister thinks someone is watching her, how can i support her", True),
        # An arrival told as a question, as a record or as someone coming home.
        ("my mum worries about him turning up", False),
        ("i answered the door when he turned up, was that wrong", False),
        ("he showed up again last night, can you log it", False),
        ("he turned up again, please add it to my log", True),
        ("got to go, he has just got home", True),
        # A threat to stop the person reporting; self-harm used as leverage.
        ("he says he'll hurt my dog if i call the police", True),
        ("he said he'd kill himself if i told anyone", True),
    ],
)
def test_everyday_questions_get_the_check_in_at_most(text: str, check_in: bool) -> None:
    found = assess(text)
    assert not found.any, found
    assert found.check_in is check_in, found


@pytest.mark.parametrize(
    "text",
    [
        # A plea alone, or with danger, fear now or someone near, stays danger.
        "please help me",
        "help me please",
        "pls help im so scared",
        "please help hes outside",
        "help me now",
        # Happening now to someone else, or said now.
        "my friend is being followed right now, what should i do",
        "my sister is being followed home tonight, how do i help",
        "my mate is being followed home, she's on the phone to me now, what do i do",
        "my ex is threatening me, please help",
        # A threat on what the person does this minute.
        "he's saying he'll stab me if i leave the room",
        "he will kill me if i dont open the door",
        # Coming home with anything threatening, or an ex.
        "he's just come home and he's drunk",
        "my ex has just got home",
        # Physically trapped.
        "im trapped in my bedroom",
        "he broke all my plates",
    ],
)
def test_pleas_and_present_danger_around_those_kinds_stay_danger(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "she said she'll kill herself",
        "my dad says he'll end his life if he can't see us",
        "my friend wants to kill herself if she fails",
    ],
)
def test_someone_elses_self_harm_is_still_self_harm_unless_it_is_leverage(text: str) -> None:
    assert assess(text).self_harm


# Safety v4: a plain denial, work or a hobby, and someone near put right.
@pytest.mark.parametrize(
    "text",
    [
        "just to be clear i'm not suicidal, i'm angry",
        "I used to self harm at school but I haven't done it in years, not doing that now",
        "as a paramedic I go to overdoses at work every week, can I still get a panic alarm",
        "my son's on a chef's course and they learnt to use filleting knives",
        "my uncle shoots clay pigeons and keeps a licensed rifle locked away, is that a problem",
        "there's someone at the back door, oh it's only my sister with the shopping",
        "our dog went missing last night but she came back this morning",
    ],
)
def test_denials_work_and_things_put_right_are_not_alarms(text: str) -> None:
    assert not assess(text).any, text


@pytest.mark.parametrize(
    "text",
    [
        # Denied, then said: still self-harm.
        "i'm not suicidal but i want to die",
        "I used to self harm and I've started again",
        # Work words never soften a weapon held or someone there.
        "he's at the door with a knife, I'm a nurse",
        "he's got a shotgun and he's outside, it's licensed",
        # "It's just my..." about the ex, or with a threat, stays danger.
        "someone's at the door, oh god it's just my ex",
        "someone's at the door - it's only my neighbour but he's drunk and shouting he'll kill me",
        # A pet mentioned never softens a threat.
        "my cat went missing and now he's outside saying he's got her",
    ],
)
def test_denials_and_work_never_cancel_danger_or_self_harm_said_too(text: str) -> None:
    found = assess(text)
    assert found.any, (text, found)


# Safety v5 (sets v5a, v5b): ordinary messages that had got the full reply, by
# kind. At most the check-in line now.
@pytest.mark.parametrize(
    "text",
    [
        # Figures of speech.
        "I overdosed on box sets this weekend lol",
        "omg my sister is literally going to die when she sees this",
        "I'm going to die of embarrassment at the hearing",
        "this website is killing me, it keeps logging me out",
        "the waiting is going to be the death of me",
        "I'd kill for a cup of tea",
        # A medicine for pain or by the day, or with one drink.
        "the leaflet says no more than 8 paracetamol a day, is ibuprofen the same",
        "took 2 co-codamol for my back this morning, can I have a paracetamol later",
        "is it ok to drink on sertraline? just one glass at a wedding",
        # Past thoughts or self-harm, and fine now; a question answered no.
        "I used to self harm at uni but I'm doing much better now",
        "I was suicidal years ago but I'm in a better place now, thank you",
        "the nurse asked me if I'd had thoughts of suicide and I said no",
        # "Do it myself" as a task.
        "can I apply for the order myself or should I do it myself with a solicitor",
        # Following advice; things burned; never hurt.
        "I've been following the guidance about changing my route",
        "should I keep his old cards or burn them",
        "he's never hurt me, he just messages all the time",
        # Someone there for a service, a relative's news, a calm disclaimer.
        "landlord came round to read the meter, is he allowed without notice",
        "he's here!! my dad just landed from Spain",
        "a van cut me up on the M56 this morning, nothing to do with my ex, just a bad driver",
        # A relative's anger at him.
        "my dad keeps saying he'll kill him if he sees him",
        # An arrival for agreed contact.
        "he's coming at 5 for contact and it's 4.30, how do I keep calm at handover",
        # A kitchen knife sharpened.
        "how do I sharpen a chef's knife properly, whetstone or steel",
        # Not a threat or fear: negated.
        "he's never threatened me but he won't take no for an answer",
        "there was a car outside earlier but it was just the taxi, getting better at not panicking",
        # A past-tense "present" rule with a time: history.
        "a car followed me home last night, can I report it",
        "a red van was behind me most of the way home yesterday",
    ],
)
def test_v5_ordinary_wording_gets_the_check_in_at_most(text: str) -> None:
    found = assess(text)
    assert not found.any, (text, found)


@pytest.mark.parametrize(
    ("text", "danger", "self_harm"),
    [
        # A disclaimer never softens something urgent.
        ("nothing to do with my ex, but a man is following me right now", True, False),
        # A relative's threat against "him" does not cover threats to the person.
        ("my dad says he'll kill me tonight", True, False),
        # Contact with anything threatening stays danger.
        ("he's on his way for contact and he's drunk and shouting", True, False),
        # A medicine with a quantity or dying stays self-harm.
        ("what's the max dose of paracetamol a day, I want to take the lot", False, True),
        ("is it ok to drink on amitriptyline so I don't wake up", False, True),
        # A denial with anything else about dying stays self-harm.
        ("I used to self harm but I'm fine now, I just want to die", False, True),
        # A sharpened knife held is danger.
        ("he's sharpening a knife and staring at me", True, False),
        # History with a present verb, or recency, stays danger.
        ("the man who followed me last year is outside my flat", True, False),
        ("a car followed me home and it's still outside", True, False),
    ],
)
def test_v5_readings_never_cancel_what_else_is_said(
    text: str, danger: bool, self_harm: bool
) -> None:
    found = assess(text)
    assert found.immediate_danger is danger, (text, found)
    if self_harm:
        assert found.self_harm, (text, found)


# Blind set E (issue 11's understanding set): ordinary first messages that had got
# the full reply from the rules, by kind. At most the check-in line now.
@pytest.mark.parametrize(
    "text",
    [
        # A harm said not to have happened.
        "it's not like he's hurt me, he just keeps messaging",
        "its not as if hes ever hit me, is it still stalking",
        # A turning-up told in the past with a question how he knew.
        "my ex turned up at the cafe I picked an hour before, how could he know?",
        "she turned up at my gym class last week, how did she find out where I go",
        # A log with a time range.
        "log this: he sent 14 messages between 10pm and midnight",
        "he rang at 3am and again at 4am, can you write that down",
    ],
)
def test_set_e_ordinary_wording_gets_no_full_reply(text: str) -> None:
    found = assess(text)
    assert not found.any, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # A negation never cancels a harm said now or a threat for now.
        "it's not like he's hurt me before but he's hitting me right now",
        "its not that hes hit me, hes threatening to kill me tonight",
        # How he knew, with him there now, stays danger.
        "he turned up at my work, how did he know I was here, hes outside now",
        # A time said for an arrival stays danger.
        "he texted 10 mins and he'll be here",
        "he said 9pm he's coming round to sort me out",
    ],
)
def test_set_e_readings_never_cancel_danger_said_too(text: str) -> None:
    found = assess(text)
    assert found.immediate_danger, (text, found)


# Safety v6 (sets v6a, v6b): ordinary messages that had got the full reply, by
# kind, in my own wording. No full reply now (some still get a line).
@pytest.mark.parametrize(
    "text",
    [
        # Work, a season or a case "killing me".
        "calving's killing me this week, can we move the visit to Friday",
        "this whole custody thing is killing me, how long do hearings take",
        "earache's killing me, can I take ibuprofen with co-codamol",
        # A licensed gun, a tool for work, a question of definition.
        "I've got a firearms certificate for the farm, will the stalking case affect it",
        "he always had a hammer for work in his van, does that matter",
        "what counts as an offensive weapon legally",
        # A past overdose or self-harm, and well now.
        "I overdosed back in 2016 but I'm well now, will the court find out",
        "I used to self harm but I haven't in years, can they bring that up",
        "I haven't wanted to hurt myself for months, just wanted to say",
        # Someone else's outburst or past death.
        "my son keeps saying 'I'll kms' every time he loses on Fortnite",
        "my cousin took his own life in 2019 and now this, who can I talk to",
        # A correction, a negation, a dated log.
        "please ignore my last message, I was talking about a TV show",
        "he didn't come round in the end, all quiet now",
        "I want to make sure I don't have to see him at the hearing",
        "her ex doesn't know she's here, what should she do next",
        "for my statement: 3 March he smashed the car window, is that enough detail",
        # A feeling.
        "he moved to Spain but I still feel like he's watching me, is that normal",
        # Never threatened.
        "she's never threatened me or hurt me, she just won't stop emailing",
    ],
)
def test_v6_ordinary_wording_gets_no_full_reply(text: str) -> None:
    found = assess(text)
    assert not found.any, (text, found)


@pytest.mark.parametrize(
    ("text", "danger", "self_harm"),
    [
        # Someone else's plain statement stays self-harm.
        ("my brother says he is going to kill himself tonight", False, True),
        # A dated entry with urgency now stays danger.
        ("12 March he broke the window and he's back right now", True, False),
        # A weapon meant for oneself, a rope made ready, cutting now: self-harm.
        ("he's in the house and I've got the knife. not for him. for me.", True, True),
        ("rope's ready in the garage", False, True),
        ("im cutting and i cant stop", False, True),
        ("I don't care anymore what happens to me", False, True),
        # A threat not stopped is still a line, and a present danger stays full.
        ("he never stops threatening me and he's outside now", True, False),
    ],
)
def test_v6_readings_never_cancel_what_is_said_too(
    text: str, danger: bool, self_harm: bool
) -> None:
    found = assess(text)
    assert (found.immediate_danger, found.self_harm) == (danger, self_harm), (text, found)


# Blind set F (first messages): ordinary ones that had got the full reply, by
# kind, in my own wording.
@pytest.mark.parametrize(
    "text",
    [
        "next time she turns up at my gym I'm going to tell her to go away, is that wise",
        "he's been to my flat before, should I move my diary somewhere else",
        "I'm so sick of hiding from him, can I get an order",
        "the woman over the road watches from her window everytime I leave, is that harassment",
        "he showed up at the cinema I'd only picked that afternoon, could he be tracking me",
        "a man keeps following my sister home from college, how I can help her",
    ],
)
def test_set_f_ordinary_wording_gets_no_full_reply(text: str) -> None:
    found = assess(text)
    assert not found.any, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "he's been here before and he's outside right now",
        "next time is now, he's at the door",
        "I'm hiding in the wardrobe, he's in the house",
    ],
)
def test_set_f_readings_never_cancel_danger_said_too(text: str) -> None:
    assert assess(text).immediate_danger, text
