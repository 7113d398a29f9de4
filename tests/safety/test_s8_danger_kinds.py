"""Issue 8, safety v2: the danger kinds of pending sets v9a-v11b, in my own wording.

Each kind is a family, not a sentence: the examples are written here, not
copied from the sets. The first test holds each kind at the full danger reply
(danger messages that got only the check-in line); the second holds its
near-misses (the same words told as past, a habit, a what-if, a story, a
joke) below it. The third and fourth do the same for the ordinary kinds that
got the full danger reply (told_back.py, said_in_play.py).
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess_afresh


@pytest.mark.parametrize(
    "text",
    [
        # Someone there, said in a few words (danger_few_words_rules.py).
        "him outside. terrified",
        "ex at door. on my own",
        "please hes in",
        "help her in kitchen",
        "she found me",
        "got home and he's at mine.",
        "whoever keeps scratching my car is in my drive now",
        "i reckon he's in the stables, the horses are spooked",
        # A car there with its engine running or lights off.
        "van's back. engine running.",
        "same van parked up the lane, lights off, engine on",
        # Walking up now; getting out of his car; stood by my car.
        "he parked behind me and is walking to my car now",
        "his car pulled up. he's getting out.",
        "the black car stopped and he just got out and walked up to the house",
        "going out to my van after work and she's leaning against it",
        # On a train or a bus with the person.
        "on the bus and he's sat three rows behind me staring",
        "he changed seats to sit right next to me on the tram",
        "my ex is on the same train as me",
        # Followed or chased now.
        "a man has been following my son and is now chasing him",
        "someone's been behind me since the shop. he's catching up",
        "she's following in a white van",
        "followed by 3 men from the club, on the high street",
        # Sat in a car outside; waiting to come out; saying he knows I'm in.
        "also he's sat in a van outside my house",
        "he's outside the salon waiting for me to come out",
        "he's at the door saying he knows I'm in",
        # A photo just sent; a tracker with me; what I'm wearing now.
        "my mum just sent me a photo of a man standing in her garden",
        "he just messaged saying nice coat",
        # A child taken off now (danger_acts_now_rules.py).
        "he's taken my daughter out of the buggy and gone",
        "she took the baby from his cot and left",
        "his mum has taken my son from outside the school",
        "he won't give my girl back and just drove away",
        "they're taking my kids to the airport right now",
        # Trapped, cornered.
        "he won't stop the car and let me out",
        "he's cornered me in the stairwell",
        # Fire, a dog, glass, a window I didn't open, a dog going mad now.
        "there's petrol on my step and he's holding a lighter",
        "he let his dog on the door, it's scratching to get in",
        "the glass in the porch just shattered",
        "back door's unlocked. i didn't unlock it",
        "now the dogs are going mad at the front door",
        # A threat with him there or on the way.
        "text says ur dead when u get in",
        "he's saying he'll finish me when he sobers up",
        "she just texted 'i'm coming round'",
        "shouting what they'll do to us",
        # Standing over; hair; a plea cut off; messaging in secret.
        "a caller said her husband is stood over her and she can't speak",
        "he dragged me down the drive by my hair",
        "my friend rang crying and then the line went dead",
        "help. loft. he does not know im typing",
        # A disclosure after an ordinary question; "is he is"; the small hours.
        "i should say he's at the end of my path right now",
        "the reason i'm writing is he's sat on my garden wall",
        "someone keeps pushing my letterbox, it's 4am",
        "what do i do do i keep walking, he's following me",
        "bit tipsy lol but someone is in my kitchen and i live alone",
        # A child's tracked phone at an adult man's place.
        "my 14 year old's phone is at his flat, he's 40, she won't answer",
    ],
)
def test_danger_kinds_get_the_full_reply(text: str) -> None:
    assert assess_afresh(text).immediate_danger, text


@pytest.mark.parametrize(
    "text",
    [
        # Few words that are not someone there.
        "she found me a new flat, he does not know where.",
        "him and me went to the cinema.",
        "how he found me on facebook i will never know, should i block him",
        "my daughter is at mine this weekend.",
        # An engine, a car, walking, a train in an ordinary sense.
        "can i leave my car engine running while i pop into the refuge",
        "my car's engine light is on, can i still drive to court",
        "i'm walking to the shop later",
        "is it ok to sit next to me on the train if my support worker comes",
        # A child: a planned trip, a story.
        "my son is taking the kids to the airport next month for a holiday",
        "can he take my son out of school for a holiday",
        # A threat said as a thing of the past, far off.
        "he used to say i'd be dead if i left him",
        # A dog, glass, a window in an ordinary sense.
        "my dog goes mad at the door every time the postman comes",
        "the glass in the back door was smashed last year, can i claim for it",
        # A tracker alert alone; keeping a parcel of photos (a question).
        "my phone says an unknown airtag is moving with me",
        "he posted me a parcel with old photos of me in it, do i keep it or hand it in",
        # Hearing and tapping in a condition.
        "would the app make a noise if he was standing over my phone",
    ],
)
def test_danger_near_misses_stay_below_the_full_reply(text: str) -> None:
    assert not assess_afresh(text).immediate_danger, text


@pytest.mark.parametrize(
    "text",
    [
        # A past event told back in the present tense (told_back.py).
        "so two years ago right. he's at my window, he's tapping, i'm under the duvet. "
        "anyway can i get the case reopened",
        "he's in my hall, he's shouting, i'm in the corner. that was in june. where's my "
        "crime number",
        "doing my victim statement and it's like reliving it. he's at the door, i'm "
        "screaming. can i stop halfway",
        "i'm writing a story for my course where the boy is hiding from a man with a knife",
        "he's outside my flat in the photos he sent in march, is that enough",
        # Said in play or as a figure (said_in_play.py).
        "my sister jokingly said she'd kill me if i borrowed her hoodie again",
        "kill me now, my car failed its mot",
        "i reversed into a bollard and nearly killed us both lol",
        "my boy screams he's going to die when the xbox goes off",
        "my girls keep saying they'll murder each other, sibling stuff really",
        "he has a firearms licence, can they take his guns? he's never threatened me",
        "i carried a knife for a while after he attacked me but got rid of it, was that illegal",
        "will the tablets make me too sleepy to hear if someone tries the window",
        "do you need a copy of the letter where he said he'd hurt me? already reported it",
        "is a knife emoji as his profile pic worth logging",
        # A past wait, now stopped, and the person's own habit of checking.
        "he used to sit outside my work. it's stopped since easter but i still check",
    ],
)
def test_ordinary_kinds_get_no_danger_reply(text: str) -> None:
    assert not assess_afresh(text).immediate_danger, text


@pytest.mark.parametrize(
    "text",
    [
        # The same stories, with now: the full reply stays.
        "so two years ago right. now he's at my window again",
        "writing my statement and he's at my door right now",
        "he's outside my flat in the photos he sent, and he's outside now",
        # The same jokes or figures, with fear or him there.
        "he joked he is going to kill me tonight, i'm scared",
        "he's outside joking about killing me",
        "he nearly killed me last night and he's back at the door",
        "he has a gun licence and he's at my door with the gun",
        "i kept a knife by the bed, he's in the house now",
    ],
)
def test_ordinary_kinds_keep_the_full_reply_with_now(text: str) -> None:
    assert assess_afresh(text).immediate_danger, text


@pytest.mark.parametrize(
    "text",
    [
        # A lawful step threatened, a family threat with a laugh or "she'd never",
        # a belief put right straight after (said_in_play.py, not_news.py).
        "the landlord has threatened to take us to court over the deposit",
        "my dad keeps threatening to kill me if i crash his car haha",
        "my friend keeps saying she'll kill him, it's just how she talks, she'd never",
        "my mum sometimes thinks men are following her in town. they are not.",
        # Killing as a figure: work killing someone, a confidence killed (check_in_cleared.py).
        "the police want proof of the time he threatened me with a bat, is a text enough",
        "this coursework is killing me",
        "her revision is killing her, any tips for exam stress",
        "he killed my self esteem, counselling is helping",
    ],
)
def test_ordinary_threats_and_beliefs_get_no_line(text: str) -> None:
    found = assess_afresh(text)
    assert not found.immediate_danger and "ci_threat" not in found.check_in_rule_ids, text
    assert "following_now" not in found.check_in_rule_ids, text


@pytest.mark.parametrize(
    "text",
    [
        # Hearing in a condition; "he doesn't know where I live".
        "will these pills stop me hearing if someone tries the back door",
        "i am safe now, he does not know where i live",
        "the people over the road keep taking photos of my house, is that legal?",
    ],
)
def test_hearing_if_and_not_knowing_get_no_line(text: str) -> None:
    found = assess_afresh(text)
    assert not found.immediate_danger, text
    assert not {"ci_someone_near", "sensing", "ci_goodbye", "photo_now"} & set(
        found.check_in_rule_ids
    ), text


@pytest.mark.parametrize(
    "text",
    [
        "he knows where i live and he's outside",
        "he keeps taking photos of my house and he's outside right now, is that legal?",
        "can you hear if someone is at the door? someone is banging on mine right now",
    ],
)
def test_hearing_if_and_not_knowing_keep_a_reply_with_him_there(text: str) -> None:
    assert assess_afresh(text).immediate_danger, text


@pytest.mark.parametrize(
    "text",
    [
        "he has threatened to take me to court and he's at my door right now",
        "my ex keeps threatening to kill me, i'm scared",
        "my mum thinks a man is following her in town right now",
        "he is killing me slowly with the stress and he's outside now",
        "he said he'd kill my confidence and then me, he's at my door",
    ],
)
def test_the_same_threats_with_now_or_fear_keep_a_reply(text: str) -> None:
    found = assess_afresh(text)
    assert found.immediate_danger or found.check_in, text
