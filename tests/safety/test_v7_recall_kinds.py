"""Session 7 recall (issue 8, sets v7a and v7b), in my own wording.

The kinds of danger message that got only the check-in line, and the quiet
self-harm the rules missed. Each kind is a family, not a sentence: these
examples are written here, not copied from the sets, and each has
near-misses that must stay below the full reply.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        # Someone at arm's length on transport or a platform.
        "he got on two stops after me and sat right opposite me, just grinning",
        "the man from the gym is about 2 metres away from me on the platform",
        "she's leaning over me whispering in my ear on the tram",
        # Watching in, told as a fragment after the who-clause.
        "the guy who keeps sending flowers is at my bedroom window. just standing there staring in",
        # A message that only works if he can see the person, said just now.
        "my ex has just texted 'look behind you' and I'm on the towpath on my own",
        "she just messaged 'watching you from the bus stop, nice coat'",
        "he sent me 'look out your window' and his van's there",
        # A child taken now: out of a pram, driven off, against an order.
        "a woman has just grabbed my baby out of the pushchair outside the bakery",
        "their dad's put them in his car and driven off, he isn't allowed contact",
        "his father has just taken him from the school gate and there's a court order",
        "a little girl being dragged into a van on the high street",
        # Held and not let go; a ladder shaken; searched for with a torch.
        "he's got hold of my sister's wrist at the station and won't let go",
        "I'm on the ladder clearing the gutter and he's shaking it",
        "I got out through the back window and he's searching the garden for me",
        # Getting in now: a fist through the door, a handle pulled, forcing a way in.
        "he's just put his fist through the bedroom door and I'm in here with my son",
        "someone is tugging at my car door handle at the traffic lights",
        "her ex is pushing his way in now and I've got the children upstairs",
        # A vehicle at walking pace beside the person, someone climbing aboard.
        "a car is driving alongside me on the lane and he's telling me to get in",
        "someone has just jumped onto the deck of my boat. nobody should be there",
        # A who-clause longer than before, and "here".
        "the man who has been messaging me on facebook for weeks and weeks is here right now",
        # "And now there's someone at the door", after a game or an app was named.
        "I left my location on in a game and now there's someone at my door",
        # Shouted name just now.
        "a van slowed down beside me and he just yelled my name",
        # Mirrored step for step; a message praising what the person has on.
        "every time I speed up he speeds up too",
        "I turned into the side street and so did she",
        "he texted 'nice scarf' and I'm wearing it on the platform",
    ],
)
def test_present_danger_kinds_get_the_full_reply(text: str) -> None:
    found = assess(text)
    assert found.immediate_danger, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "I got on the train and sat next to my friend",
        "my mum texted me to look out the window at the snow",
        "years ago he used to text 'I'm watching you'. can that still count?",
        "my son is nearly 6 feet tall now",
        "I took the baby out of the pram to feed her on the bench",
        "I had to force my way through the crowd at the match",
        "my husband is holding the ladder while I paint the fence",
        "he's looking for me on facebook under a new name",
        "my sister met a lad online who wasn't who he said he was. how do I report him?",
        "the man who used to follow me is in prison now",
        "my friend texted 'look outside, the sunset is amazing'",
        "I got a new job and so did he",
        "every time I move house he moves too. how do I stop him finding me?",
    ],
)
def test_near_misses_stay_below_the_full_danger_reply(text: str) -> None:
    assert not assess(text).immediate_danger, text


@pytest.mark.parametrize(
    "text",
    [
        "closed my instagram and snapchat and said bye to everyone in the chat. not coming back",
        "I've practised it once. next time I won't stop myself",
        "I'm a vet nurse. I know exactly which drug I'd use and how much. it scares me",
    ],
)
def test_quiet_self_harm_kinds_get_the_self_harm_reply(text: str) -> None:
    assert assess(text).self_harm, text


@pytest.mark.parametrize(
    "text",
    [
        "I deleted all my accounts so he can't find me. is that enough?",
        "I know exactly what I'd say to him if I saw him",
        "we practised the route to the refuge. next time I won't stop at the shop",
    ],
)
def test_quiet_self_harm_near_misses_get_no_self_harm_reply(text: str) -> None:
    assert not assess(text).self_harm, text
