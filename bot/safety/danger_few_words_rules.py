"""Danger rules: someone there, coming or following now, said in few words.

Kinds found by blind sets v9a, v9b, v10a, v11a and v11b (issue 8), each of
which got only the check-in line before:

- someone there said telegraphically: "him outside. scared. help", "stalker
  at door. alone.", "help hes in", "help him in garden", "he found me",
  "he's at mine", "whoever's been leaving the flowers is at my door now",
  "i think he's in the barn";
- a car back with its engine running or its lights off: "car's back. engine
  running", "same car at the end of the road lights off engine on";
- walking up to the person now: "he pulled over behind me and is walking to
  my window now", "just got out and walked up to the door", "his van pulled
  up ... he's getting out", "he's stood by it" (my car);
- with the person on a train or a bus: "sat 2 seats behind me staring",
  "moved seats to sit next to me", "he's in the same carriage";
- followed or chased now: "is now chasing her", "been behind me since the
  station. he's speeding up", "he's following in the black audi",
  "followed by 2 lads from the bar".

Part of the danger rules (index: danger_rules.py, which also explains the
phrase language).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
# The one who is there, said in few words ("stalker at door").
_WHO_SHORT = "him|he|stalker|ex|someone|somebody|they|she|her"
# Places that are the person's own, where someone has no business ("he is at
# work" is not among them).
_OWN_PLACE = (
    "door|doors|garden|house|hall|hallway|kitchen|window|windows|flat|stairs|landing|garage|"
    "shed|yard|porch|room|bedroom|loft|lounge|bathroom|barn|drive|driveway|gate"
)
_FARM = "barn|stable|stables|outbuilding|outbuildings|workshop|paddock|byre|shippon|yard"

FEW_WORDS_RULES: tuple[Rule, ...] = (
    Rule(
        "there_in_few_words",
        "Someone there said in a few words, the sentence nothing more: 'him outside.', "
        "'stalker at door.', 'help him in garden', 'help hes in', 'he's at mine.' "
        "(sets v9b, v10a, v11a).",
        _D,
        (
            # Not "here": "he's here!! my dad just landed" is a welcome.
            ". help|please|pls? " + _WHO_SHORT + " is|are? outside|downstairs .",
            ". help|please|pls? "
            + _WHO_SHORT
            + " is|are? in|at|outside the|my|our? "
            + _OWN_PLACE
            + " .",
            ". help|please|pls he|she|they is|are in .",
            "@WHO is|are @ADV? at|in|outside mine .",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "him outside. scared. help",
            "stalker at door. alone. cant call he will hear",
            "help him in garden",
            "help hes in",
            "just got off the bus and he's at mine.",
        ),
    ),
    Rule(
        "found_me_now",
        "'He found me', the whole sentence (set v9a): said as news, not a story.",
        _D,
        # "he's found me" is read "he is found me" (normalise.py).
        (". he|she|they|ex|stalker has|have|is? found me|us .",),
        Guard.ANY,
        examples=("he found me", "he's found me"),
    ),
    Rule(
        "whoever_there",
        "Whoever has been doing something is at the person's place now (set v9b): "
        "'whoever's been leaving the dead flowers is at my door now'.",
        _D,
        ("whoever|whoevers _{0,8} is|are @ADV? @AT @POSS _? @PLACE",),
        Guard.ANY,
        present=True,
        examples=("whoever's been leaving the dead flowers is at my door now",),
    ),
    Rule(
        "on_the_farm_now",
        "Someone in a barn, a stable or a yard on the person's land (set v10a).",
        _D,
        ("@WHO is|are @ADV? in|at|behind|outside|by the|my|our _? " + _FARM,),
        Guard.ANY,
        present=True,
        examples=("i think he's in the barn. the dogs are going mad",),
    ),
    Rule(
        "engine_running_now",
        "A car there with its engine running or its lights off (sets v9a, v9b, v11a, "
        "v11b): 'car's back. engine running', 'same car ... lights off engine on'.",
        _D,
        (
            "@VEHICLE __{0,10} lights off|out? engine on|running|idling .",
            "@VEHICLE __{0,10} engine is? on|running|idling . ",
            "@VEHICLE __{0,10} engine is? on|running|idling lights|headlights off",
            "@VEHICLE is|are? back|here|outside|again __{0,3} engine is? on|running|idling",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "car's back. engine running. outside the depot.",
            "its here again. same car at the end of the road lights off engine on",
            "its here again. the car. outside the house, engine on. same one",
        ),
    ),
    Rule(
        "walking_up_now",
        "Someone walking up to the person, their door or their car now (sets v9a, "
        "v10a, v11b): 'is walking to my window now', 'just got out and walked up to the "
        "door', 'he's getting out' (after his van pulled up), 'he's stood by it' (my car).",
        _D,
        (
            "@WHO _{0,8} is|are @ADV? walking|creeping|marching|running|heading|storming up? "
            "to|towards|over|up to? my|our|the front|back? door|window|house|flat|car|van",
            "just got out _{0,3} and? walked|walking|came|coming|headed|heading up|over to|"
            "towards the|my|our front|back? door|house|flat|window",
            "@VEHICLE __{0,16} . he|she|they is|are @ADV? [getting out|coming over|walking over] .",
            "started|starting walking|coming|creeping up|over towards|to my|our|the house|door|"
            "flat|car",
            "my|our|the @VEHICLE __{0,10} he|she|they is|are stood|standing|waiting|sat|sitting|"
            "leaning by|next|beside|against|at to? it",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "Doing deliveries, pulled over, he pulled over behind me and is walking to my "
            "window now",
            "he's been sat in a car across the road for an hour and just got out and walked "
            "up to the door",
            "I've just seen his van pull up outside the hostel. He's getting out",
            "im walking to my car after nights at the care home and hes stood by it",
        ),
    ),
    Rule(
        "on_board_with_me",
        "Him with the person on a train or a bus now, close and staring (sets v11a, "
        "v11b): 'sat 2 seats behind me staring', 'moved seats to sit next to me', 'he's "
        "in the same carriage'.",
        _D,
        (
            "sat|sitting|stood|standing _{0,3} behind|beside|opposite|next to? me|us "
            "staring|watching|glaring",
            "moved|moving|changed|swapped seats|seat to sit|sat right? next? to|behind|opposite|"
            "beside me|us",
            "@WHO is|are @ADV? in|on the? same carriage|bus|train|tram|coach",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "im on the last train to crewe and hes got on at the same stop sat 2 seats "
            "behind me staring",
            "on train to crewe. hes in same carriage, moved seats to sit next to me",
        ),
    ),
    Rule(
        "chased_now",
        "Followed or chased now (sets v9b, v10a, v11a, v11b): 'is now chasing her', "
        "'been behind me since the station. he's speeding up', 'he's following in the "
        "black audi', 'followed by 2 lads from the bar'.",
        _D,
        (
            "@WHO _{0,8} is|are @ADV? now? [chasing|running after] @ME !for|about",
            "been|is|are @ADV? behind me|us since|for the? _{0,3} . he|she|they is|are "
            "speeding|catching|running up|faster",
            ". he|she|they is|are [speeding up|catching up|gaining|getting closer] .",
            "@WHO is|are @ADV? following in|on a|the|his|her _{0,2} @VEHICLE",
            ". being? followed by # _{0,2} lads|men|guys|blokes|people|fellas",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "a man has been following her and is now chasing her",
            "the same fella's been behind me since the station. he's speeding up",
            "We are in the car, he's following in the black audi",
            "followed by 2 lads from the bar, im on brook st crewe now",
        ),
    ),
    Rule(
        "sat_outside_in_a_car",
        "Sat in a car outside the person's home now (set v11a): 'side note he's sat in a "
        "car outside my house rn'.",
        _D,
        (
            "@WHO is|are @ADV? in|inside a|his|her|the @VEHICLE _{0,2} outside|opposite|across "
            "from? my|our|the house|flat|door|home|place|work",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "question about the form - also side note he's sat in a car outside my house rn",
        ),
    ),
    Rule(
        "waiting_for_me_to_come_out",
        "Waiting outside for the person to come out, or saying he knows they are in (sets "
        "v9b, v10b): 'he's drunk and outside the chippy waiting for me to come out', 'saying "
        "he knows I'm in and he'll wait on the stairs'.",
        _D,
        (
            "@WHO is|are _{0,2} outside|at the|my _{0,2} waiting for @ME to come|get out",
            "saying|says|shouting he|she|they knows|know i am in|home|inside",
        ),
        Guard.ANY,
        examples=(
            "he's drunk and outside the chippy waiting for me to come out",
            "he's back again, ringing the buzzer and saying he knows I'm in",
        ),
    ),
    Rule(
        "seen_right_now",
        "A photo just sent of someone at a person's place or of a person asleep, or a "
        "message about what they wear now (sets v11a, v11b). (A tracker alert alone is "
        "the check-in line: 'my phone said an unknown airtag is moving with me'.)",
        _D,
        (
            "just sent|posted me? a|the? photo|pic|picture|video|selfie of a|the|him|her? _{0,2} "
            "standing|stood|sat|sitting|lurking|hiding in|at|outside|by her|my|our|the _? @PLACE",
            "just sent|posted me? a|the? photo|pic|picture|video of her|him|my _? asleep|sleeping|"
            "unconscious|tied|crying",
            "just messaged|texted|text saying nice|love|like your? top|dress|coat|jacket|outfit|"
            "shirt|hair",
        ),
        Guard.ANY,
        examples=(
            "she just sent me a photo of a bloke standing in her garden, it's 2am",
            "her stalker just posted a pic of her asleep in his car",
            "an AirTag has been travelling with me for an hour and he's just messaged saying "
            "nice top",
        ),
    ),
)
