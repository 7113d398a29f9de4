"""Ordinary first messages told with danger words stay below the full reply (issue 8).

Four ordinary first messages from an NLU set got the full danger reply. Their
kinds (told_calmly.py), each in several wordings of my own, get the check-in
line at most, while their dangerous neighbours (the same words now) keep the
full reply:

- someone caught on a camera, asked about as evidence (and "at 3 am" no
  longer read as the verb "am");
- a blow as what lies, rumours or an accusation are about;
- the person asking whether to go and knock on someone's door;
- someone else told the person of a pattern going on for months ("told me
  tonight" is when she told it).
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        # Footage asked about as evidence.
        "the CCTV picked him up at 3am by my bins, can I use that as evidence?",
        "the cctv shows him standing by my car at 4am, can I send it to the police?",
        "my doorbell camera caught him at my door at 2am last night, is that enough for the "
        "police?",
        "my ring camera picked him up outside my house, can I use it in court?",
        "the doorbell footage shows him at my door at 1am, is it admissible",
        "the camera got him by my gate at midnight, will that count as evidence",
        # A clock time is not the verb "am".
        "the cctv picked him up at 3am by my bins",
        # A blow as what lies, rumours or an accusation are about.
        "he's telling everyone lies about him hitting her",
        "she's telling people he hit her, it's all lies",
        "he keeps saying I lied about him hitting me",
        "his family are telling everyone I made up him hitting me",
        "he's spreading rumours that I hit him",
        "she accused me of hitting her kids",
        # The person asking whether to go to someone's door.
        "should I go and knock on her door and tell her to stop?",
        "is it a good idea to knock on his door and ask him to stop",
        "I'm thinking of knocking on her door to tell her to stop",
        "I want to bang on his door and tell him to leave me alone",
        "is it worth going round and knocking on their door",
        # Someone else told the person of a long-running pattern.
        "my lodger told me tonight someone's been following her for months, what should she do?",
        "my friend told me today a man has been following her for weeks, what can she do",
        "my sister just told me her ex has been watching her house for months, how can I help her",
        "my colleague said someone's been following her home for ages, what should she do",
        "my flatmate told me tonight that a man has been following her for weeks",
        "my mum rang today, she says someone has been watching her house for months",
    ],
)
def test_ordinary_kind_gets_the_check_in_line_at_most(text: str) -> None:
    assert not assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        # Someone there now, with or without a camera.
        "he's by my bins right now",
        "the cctv is showing him by my bins right now",
        "I can see him on the camera, he's at my door now",
        "my ring doorbell just picked him up at my door, he's still there",
        "the cctv shows him in my garden now, what do I do",
        "the camera shows him at my door, should I call the police?",
        "the cctv shows him at my door, can I use it as evidence? he's still there",
        # A blow now, or a blow after the talk.
        "he's hitting her right now",
        "he's telling me he's going to hit me",
        "he's hitting her, I can hear it through the wall",
        "he's telling everyone lies and now he's hitting me",
        "he's telling everyone I'm a liar and then he hit me",
        "he lied to the police and then hit me",
        # Someone else at the door.
        "he's knocking on my door right now",
        "he's banging on her door, should I go round?",
        "what should I do he's banging on the door",
        "should I hide, someone is banging on the door",
        # Someone else followed now.
        "someone's following her right now, she's on the phone to me",
        "my lodger just rang, someone is following her right now",
        "my friend is on the phone, a man is following her now and she's scared",
        "my lodger told me tonight someone's been following her for months and he's outside now",
        "my friend told me someone has been following her for months and he's following her "
        "right now",
    ],
)
def test_dangerous_neighbour_keeps_the_full_danger_reply(text: str) -> None:
    assert assess(text).immediate_danger
