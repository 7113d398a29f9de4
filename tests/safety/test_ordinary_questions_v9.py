"""Ordinary first messages from two new authors (issues 8 and 11, v9 kinds).

Each got the full danger or self-harm reply. They get no alarm, or the check-in
line at most (asked_about.py and the rules' own phrases); the same words said
now, or with danger, keep the full reply.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess

# No full reply (a check-in line at most).
ORDINARY = [
    # 1. Photos of past damage, asked about as evidence (photo_now).
    "what counts as evidence? i have a few letters he posted through the door and some "
    "photos of my car being keyed",
    "ive got pictures of my front door after he kicked it in last month, can i use them as "
    "evidence",
    "i took photos of my car being scratched, will the police want them",
    "i've got some pics of my car after he slashed the tyres, what counts as proof",
    "i've got photos of my door after he kicked it in, what counts as evidence",
    # 2. Following as what is reported (following).
    "gonna report my ex for following me around chester, what do they ask you when you ring up",
    "reporting him for following me home, what will the police ask",
    # 3. A past turning-up asked about (arrived).
    "he turned up at a festival in cheshire where i hadnt told anyone i was going. how is he "
    "doing it",
    "he turned up at my cousins wedding in leeds and nobody told him. how does he know",
    # 4. Someone else's report passed on, with how to support them (following_now).
    "I'm a teacher at a school near Crewe and a pupil has told me someone is following her. "
    "What is the best way to support her?",
    "my neighbour told me someone is following her. how can i help her",
    "my daughter's friend told me a man is following her home from school, how can I support her",
    # 5. The person asking about their own behaviour (seen_by_caller, help_plea, help_asked).
    "my mum says what im doing to my ex boyfriend counts as harassment. i just want to talk "
    "to him. is she right",
    "my ex says i'm harassing her. i just want to talk. maybe im not seeing it right. can "
    "someone help me",
    "my friend says im stalking her. am i? i just miss her",
    "she says im stalking her, all i do is text. can someone help me understand",
    "he says what im doing to the dinner looks nice",
    # 6. "Write down everything" is a record (overdose).
    "how do i write down everything hes doing, do i need a special form or can i just put it "
    "in my phone notes",
    "i need to write down everything.",
    "should i jot down everything he says",
    # 7. Footage looked at later (following).
    "My dashcam picked him up following me on the A556. Do I need to copy the file "
    "somewhere, it loops after a few days",
    "my ring doorbell caught him following me up the path last week, how do i save the clip",
    # 8. Hearsay, not hearing (sensing).
    "I've heard stories about the man I'm seeing from his ex. Is there a way to find out "
    "officially if they're true?",
    "heard rumours about the bloke she's seeing, how do i check",
    "heard a lot of stories about her ex, should i be worried",
    # 9. An idea of what stalking is (hiding_trapped).
    "me mate says what my ex is doing is stalking but i thought stalking was like hiding in "
    "bushes. he just rings me constantly and turns up at the kids school",
    "i thought stalking meant hiding in bushes but he just texts me",
    "i thought stalkers were like hiding in bushes, he just messages me all day",
]

# Kinds 2, 3 and 7 may keep the check-in line (the now-reading is not certain); the
# others are not news at all (the second opinion may still add its line).
CHECK_IN_ALLOWED = {
    "gonna report my ex for following me around chester, what do they ask you when you ring up",
    "reporting him for following me home, what will the police ask",
    "he turned up at a festival in cheshire where i hadnt told anyone i was going. how is he "
    "doing it",
    "he turned up at my cousins wedding in leeds and nobody told him. how does he know",
    "My dashcam picked him up following me on the A556. Do I need to copy the file "
    "somewhere, it loops after a few days",
    "my ring doorbell caught him following me up the path last week, how do i save the clip",
}

# The same words said now, or with danger: the full reply stays.
DANGER = [
    "he just sent me a photo of my car, what counts as evidence",
    "he just sent me a pic of my car after he slashed the tyres, what counts as proof",
    "i have pics of my car, he is smashing the windscreen now",
    "i have a photo of my car being keyed he sent me 5 mins ago, is that evidence",
    "he's following me around chester right now",
    "i want to report him for following me, he's behind me now",
    "someone is following me home from the bus, i want to report it",
    "he's just turned up at the festival",
    "he has just turned up at my work, how is he doing it",
    "a pupil is being followed right now outside the school gates",
    "my ex says i'm harassing him and now he's outside my house, help me now",
    "someone help me",
    "he texted me what im doing right now",
    "i heard a woman screaming next door",
    "i can hear screaming",
    "he's hiding in the bushes outside my house",
    "stalking is hiding in the bushes outside my house and he's doing it right now",
    "i'm hiding in the bathroom",
]

SELF_HARM = [
    "i just downed everything",
    "i've downed the lot. sorry",
    "i'm going to down the lot tonight",
    "i downed everything in the cupboard",
    "swallowed them all",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_question_gets_no_full_reply(text: str) -> None:
    result = assess(text)
    assert not result.any, (text, result.rule_ids)
    if text not in CHECK_IN_ALLOWED:
        rules = [r for r in result.check_in_rule_ids if not r.startswith("second_opinion")]
        assert not rules, (text, rules)


@pytest.mark.parametrize("text", DANGER)
def test_same_words_now_keep_the_full_reply(text: str) -> None:
    assert assess(text).immediate_danger, text


@pytest.mark.parametrize("text", SELF_HARM)
def test_everything_downed_is_still_self_harm(text: str) -> None:
    assert assess(text).self_harm, text
