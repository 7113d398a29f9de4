"""False-alarm kinds of training set H, in the engineer's own words.

Training set H (bot/safety/messages/training_h.yml) met the rules blind: the
full danger or self-harm reply on 19 of its 222 ordinary messages. Each kind
is tested on both sides: the ordinary message gets no full reply (and, where
said, no check-in line), and a near-miss that is danger or self-harm keeps
its reply. Never the set's own sentences.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess

# --- A sighting named as a cause or a fear, not told as news ------------------


@pytest.mark.parametrize(
    "text",
    [
        "still a bit wobbly after seeing him at the garden centre. he walked off. do i log it",
        "dreading seeing him at the hearing on friday, can i wait in a separate room",
        "I'm terrified of seeing him in the waiting area at court. Can I have a screen?",
        "my sister saw him on the Saturday at the market. Do you need her to call you?",
        "heart still racing from seeing him at the chip shop this evening but I'm home now. "
        "should I report it",
    ],
)
def test_sighting_named_as_a_cause_or_a_fear_gets_no_full_reply(text: str) -> None:
    assert not assess(text).immediate_danger, text


@pytest.mark.parametrize(
    "text",
    [
        "still a bit wobbly after seeing him at the garden centre. he walked off. do i log it",
        "dreading seeing him at the hearing on friday, can i wait in a separate room",
    ],
)
def test_sighting_that_is_over_gets_no_check_in(text: str) -> None:
    assessment = assess(text)
    assert not assessment.any and "sensing" not in assessment.check_in_rule_ids, text


@pytest.mark.parametrize(
    "text",
    [
        "shaking after seeing him outside my window just now",
        "I'm scared of seeing him, he's outside my house right now",
        "i can see him across the road from my flat",
        "I saw him at the window just now",
        "just seen him outside the shop, I'm hiding in the back",
    ],
)
def test_sighting_now_keeps_the_danger_reply(text: str) -> None:
    assert assess(text).immediate_danger, text


# --- A vague wish explained as the process or him; a thing "killing me" -------


@pytest.mark.parametrize(
    "text",
    [
        "I can't keep doing this, chasing the officer every fortnight and hearing nothing. "
        "Who's above her?",
        "I just want it to end. I want him to stop turning up at the gym. Can the order cover it?",
        "I don't want to live like this anymore, always checking the mirrors when I drive. "
        "What I mean is, can he be banned from my road?",
        "tired of it all tbh but i'll keep logging. do you want the dates in order",
    ],
)
def test_wish_explained_as_the_process_gets_samaritans_line_not_the_full_reply(
    text: str,
) -> None:
    assessment = assess(text)
    assert not assessment.self_harm, text
    assert assessment.check_in_self_harm, text


@pytest.mark.parametrize(
    "text",
    [
        "I can't keep doing this. I want to die.",
        "I just want it to end. I've got the tablets out.",
        "I don't want to live anymore",
        "I don't want to live like this anymore",
        "I can't keep doing this, I've written a note for my mum",
        "i just want it all to end",
        "tired of it all. goodbye",
    ],
)
def test_wish_not_explained_keeps_the_self_harm_reply(text: str) -> None:
    assert assess(text).self_harm, text


@pytest.mark.parametrize(
    "text",
    [
        "Waiting for the charging decision, it's slowly killing me. How long does CPS take?",
        "The not knowing, this is killing me. Will I be told when he's interviewed?",
        "my knees are killing me from all the detours, where exactly can't he go under the order?",
    ],
)
def test_a_thing_killing_me_gets_no_full_reply_and_no_check_in(text: str) -> None:
    assessment = assess(text)
    assert not assessment.any, text
    assert not {"ci_threat", "hiding_trapped"} & set(assessment.check_in_rule_ids), text


@pytest.mark.parametrize(
    "text",
    [
        "he's killing me, he's got his hands round my neck",
        "he says he's going to kill me tonight",
        "we can't get out, he's locked the doors",
        "I can't leave, he's standing in the doorway",
    ],
)
def test_a_person_killing_or_trapping_keeps_the_danger_reply(text: str) -> None:
    assert assess(text).immediate_danger, text


# --- Self-harm long past, the person well now; who a service is for -----------


@pytest.mark.parametrize(
    "text",
    [
        "A long time ago, years ago now, I tried to kill myself. I'm in a good place now. "
        "Will the court be told about my mental health?",
        "I cut myself as a teenager. Not now. He's telling people I'm unstable, is that "
        "harassment?",
        "he keeps bringing up my suicide attempt at college to my family. I've been fine for "
        "years, can he be stopped?",
        "does Samaritans only help people who want to end their life or can I ring about the "
        "stalking",
        "is the helpline just for people who want to kill themselves? my mum wants to talk",
    ],
)
def test_long_past_or_a_service_question_gets_no_self_harm_reply(text: str) -> None:
    assessment = assess(text)
    assert not assessment.any, text


@pytest.mark.parametrize(
    "text",
    [
        "I tried to kill myself years ago and I'm thinking about it again",
        "I self harmed as a teenager and I've started again this week",
        "years ago I tried to end my life. I'm not well now, I've got the tablets",
        "I want to kill myself. is samaritans only for people who want to kill themselves?",
        "I tried to end my life last night",
    ],
)
def test_self_harm_now_keeps_its_reply(text: str) -> None:
    assert assess(text).self_harm, text


# --- Someone else being followed, told with how to help -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "My workmate is being followed by a man from her gym. She's not herself. Is there "
        "someone she can talk to apart from the police?",
        "my cousin is getting followed by her ex boyfriend, she's in bits. is there anything "
        "i should do to help",
        "Our lodger's ex has been hanging around outside the flats. We're not the victim "
        "but we live here too. Can we report it?",
    ],
)
def test_someone_elses_story_with_how_to_help_gets_at_most_the_check_in(text: str) -> None:
    assert not assess(text).any, text


@pytest.mark.parametrize(
    "text",
    [
        "my friend is being followed right now, she's on the phone to me, what should I do",
        "my cousin's ex is outside our house now banging on the door. can we report it",
        "I'm being followed by my colleague's ex. is there anything i should do",
        "Our lodger's ex has been watching us from his car. Can we report it?",
    ],
)
def test_happening_now_or_to_the_person_keeps_the_danger_reply(text: str) -> None:
    assert assess(text).immediate_danger, text


# --- Footage reviewed later; a sense someone has been -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Checked the dashcam after work, a black Golf was behind me the whole way from "
        "Crewe. Can footage be used?",
        "had this odd feeling someone's been in the shed, the bolt was undone this morning. "
        "probably me. worth reporting?",
    ],
)
def test_footage_or_a_sense_gets_no_full_reply(text: str) -> None:
    assert not assess(text).immediate_danger, text


def test_footage_reviewed_gets_no_check_in() -> None:
    text = (
        "Checked the dashcam after work, a black Golf was behind me the whole way from "
        "Crewe. Can footage be used?"
    )
    assert not assess(text).check_in, text


@pytest.mark.parametrize(
    "text",
    [
        "checking the dashcam now, the same car is still behind me",
        "I have a feeling someone is in the garden right now",
        "someone's been in the garden and they're still there",
    ],
)
def test_footage_or_a_sense_now_keeps_the_danger_reply(text: str) -> None:
    assert assess(text).immediate_danger, text


# --- Check-ins from the rules: dated, past, habit, a log, a tracker, a letter --


@pytest.mark.parametrize(
    "text",
    [
        "Back in March he followed me from the bus. Nothing since, but I've just heard he's "
        "moved nearby. Is it too late to report?",
        "last wk he was at the nursery gate at home time, should the nursery ring 101 if he "
        "comes again",
        "how long does the doorbell keep clips? think he was here while we were away",
        "Panicked in the library because I thought I saw him. It wasn't. Is that normal?",
        "he was at the gym car park again. should i be keeping a log of all these",
        "his van outside at 7am when I left for work. Logging it. Do you want the reg?",
        "I swear he always knows where I am. Could he have put an airtag in my bag?",
        "sorry to bother u, they said i would get a letter with the court date, nothing yet",
        "Moved flat last week. How do I change my address without it going anywhere he might see?",
    ],
)
def test_dated_past_or_logged_sightings_get_no_check_in(text: str) -> None:
    assessment = assess(text)
    assert not assessment.any, text
    rule_check_ins = {r for r in assessment.check_in_rule_ids if r.startswith("ci_")}
    assert not rule_check_ins, (text, assessment.check_in_rule_ids)


@pytest.mark.parametrize(
    "text",
    [
        "he's moved nearby and he's outside my house now",
        "i think he's here now, i can hear the gate",
        "he's at the gym car park again right now, should i log it",
        "he knows where I am. goodbye",
        "he said I would get what's coming to me",
        "delete this chat, he might see",
    ],
)
def test_now_or_a_threat_keeps_a_reply_or_the_check_in(text: str) -> None:
    assessment = assess(text)
    assert assessment.any or assessment.check_in, text


# --- Quiet self-harm the rules missed at first sight --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "done with the forms, done with him, done with breathing",
        "I'm done. Not with the case, not with you lot. Just done.",
        "The hearing is on the 14th. I won't make it to the 14th. Thank you anyway.",
        "I'm tired of coping. I just want to shut down, permanently.",
        "he can't get to me now. it's me i'm not safe from",
        "getting off at the bridge and I'm not getting back on anything. sorry",
        "He's downstairs. I've got the blades in here with me. If he gets through the door "
        "I'm doing it first.",
    ],
)
def test_quiet_self_harm_gets_the_self_harm_reply(text: str) -> None:
    assert assess(text).self_harm, text


@pytest.mark.parametrize(
    "text",
    [
        "I'm done with this app, it keeps crashing. Is there another way to keep a diary?",
        "Just done the victim statement, it took ages. What happens next?",
        "I won't make it to the appointment on the 14th, can we move it?",
        "how do I switch off location sharing permanently on an iPhone",
        "I'm safe from him now he's in prison. Is it normal to still feel on edge?",
        "after the crash I'm not getting back on a motorbike again",
        "I've got the blades for the mower. Shall I ring 101 or email? I'll do the email first.",
    ],
)
def test_ordinary_words_near_them_get_no_self_harm_reply(text: str) -> None:
    assert not assess(text).self_harm, text
