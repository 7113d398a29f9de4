"""Danger rules: harm being done or set up now, and a child being taken off.

Kinds found by blind sets v9a, v9b, v10a, v10b, v11a and v11b (issue 8), each
of which got only the check-in line (or nothing) before:

- a child taken from a pram, kept at a handover, or taken to the airport now:
  "he has taken the baby from the pram and gone in his van", "refusing to give
  my boy back and just drove off", "he's taking the kids to the airport right
  now", "he's taken my son from outside school";
- trapped or cornered: "he won't stop and let me out", "he's cornered her in
  the garden and won't let her pass";
- fire set up at the door: "poured something by the front door it smells like
  petrol and he's got a lighter", or the person locked in with fuel poured;
- a dog set on the door; glass just smashed; a window open the person did not
  open; a dog going mad at the gate now;
- a threat with him at the person's home or beside them now: "ur dead when u
  get home ... he's at mine", "strangled me earlier and he'll finish it when he
  wakes up", "my uncle ... just texted her 'I'm coming in'";
- someone standing over a person who cannot talk (a third party's report);
- a plea cut off: "rang screaming ... and then the phone went dead";
- pulled by the hair; "he doesn't know I'm messaging" after a one-word place.

Part of the danger rules (index: danger_rules.py, which also explains the
phrase language).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_PRAM = "pram|buggy|pushchair|cot|carseat|arms|highchair"

ACTS_NOW_RULES: tuple[Rule, ...] = (
    Rule(
        "child_taken_off_now",
        "A child taken from a pram or from outside school, kept at a handover and driven "
        "off, or taken to the airport now (sets v9a, v9b, v10a, v10b).",
        _D,
        (
            # Someone else takes the child, and not "to feed her": "I took the baby
            # out of the pram to feed her" is no match.
            "@WHO _{0,3} is|has|have? ~take|took|~snatch|~grab|~pull|~lift @POSS? @ME|@CHILD|"
            "baby _{0,2} out|off? of|from the|her|his|my " + _PRAM + " !to",
            "is|has|have ~take|took|~snatch|~grab @POSS _? @CHILD from|out outside|of the? "
            "school|nursery",
            "give|bring|hand _{0,3} back _{0,3} just? drove|driven|sped|driving off|away",
            "is|are ~take the|my|our|his _? @CHILD _{0,3} to the? airport|ferry|port|plane "
            "right? now",
            # A child's tracked phone at an adult's place (set v9a): "my 15 year old's
            # phone is at his flat. he's 34".
            "# year|yr olds phone|location is|shows at|in his|a|an _? flat|house|place|car",
            "my|our daughters|sons|kids|childs|girls|boys phone|location is|shows at|in his "
            "flat|house|place|car",
            "is not in the|his|her|my garden|room|bed|pram|cot|buggy anymore __{0,8} "
            "@VEHICLE _{0,3} just seen",
        ),
        Guard.ANY,
        examples=(
            "he has taken the baby from the pram and gone in his van",
            "baby's dad has took her out of the pram and is walking off with her",
            "he's taken my son from outside school in his car",
            "he's refusing to give my boy back and just drove off towards the M56",
            "he's taking the kids to the airport right now",
            "my little boy isn't in the garden anymore and his dads car was just seen on our road",
        ),
    ),
    Rule(
        "not_let_out_now",
        "Kept in a car or a corner now (sets v9b, v10b): 'he won't stop and let me out', "
        "'he's cornered her in the garden and won't let her pass'.",
        _D,
        (
            "will|does not stop _{0,2} and? let me|us|her out",
            "will not let me|us|her out|pass|past|go|leave .",
            "@WHO is|has|have @ADV? cornered @ME",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "I'm in the back of his car, he won't stop and let me out",
            "he's cornered her in the garden and won't let her pass",
        ),
    ),
    # The one rule for a fire set up: fuel with a lighter, something poured at the
    # door, or the person locked in with fuel poured. Fuel being poured now, said in
    # the present tense, is danger_plain_now_rules.fuel_poured_now: a first-hand
    # present statement that can never be muted, which these can.
    Rule(
        "fire_set_up_now",
        "Petrol or fuel at the door with a lighter or matches (set v10b); locked or shut "
        "in with fuel poured around the person (found in session 12 beside blind sets "
        "v14a and v14b).",
        _D,
        (
            "petrol|fuel|diesel|paraffin __{0,10} got|has|holding|with a lighter|matches|match",
            "lighter|matches __{0,10} petrol|fuel|diesel|paraffin",
            "~pour|~tip|~splash something|liquid _{0,2} by|at|on|through the|my front|back? "
            "door|letterbox|step",
            "~lock|~shut @ME|me __{0,4} in __{0,12} ~pour|~splash|~tip|~spread|~throw "
            "petrol|fuel|diesel|paraffin",
            "~pour|~splash|~tip|~spread|~throw petrol|fuel|diesel|paraffin __{0,12} ~lock|~shut "
            "@ME|me __{0,4} in",
        ),
        Guard.ANY,
        examples=(
            "he's poured something by the front door it smells like petrol and he's got a lighter",
            "he's locked me and the kids in the house and poured paraffin everywhere",
            "she shut us in the caravan and splashed petrol everywhere",
        ),
    ),
    Rule(
        "signs_at_the_door_now",
        "A dog set on the door, glass just smashed, a window open that the person did not "
        "open, a dog going mad at the gate now (sets v9a, v9b, v10b).",
        _D,
        (
            "dog|dogs __{0,8} ~set it|him|her|them on the|my door|me|us",
            "~set|~let the|his|a|her dog|dogs on me|us|the door",
            # A door's or a window's glass, not a phone's ("my phone glass just cracked").
            "glass in|of|on the|my|our _? door|window|porch|conservatory|patio just smashed|"
            "shattered|broke|caved|cracked",
            "window|windows|pane|door|patio|conservatory _{0,2} just smashed|shattered|caved",
            "window|windows|door|doors|gate|gates is|are? open|opened|unlocked _{0,3} .? i did "
            "not|never open|leave|unlock it|that|them",
            "now my|the dog|dogs is|are @ADV? going mad|barking|growling at the|my _? "
            "gate|door|window|fence",
        ),
        Guard.ANY,
        examples=(
            "he's out there with a dog, he's set it on the door, it's going mad",
            "Probably me being paranoid but the glass in my back door just smashed",
            "the curtains just moved in the spare room. I live alone. window's open. I "
            "didn't open it",
            "he's been texting all night and now my dog is going mad at the back gate",
        ),
    ),
    Rule(
        "threat_with_him_there",
        "A threat for now with him there or about to be (sets v9b, v11a): 'ur dead when "
        "u get home', 'he'll finish it when he wakes up', 'just texted her \"I'm coming "
        "in\"', 'he'll wait till I come out', 'shouting what they'll do to me'.",
        _D,
        (
            "[your|you are|ur] dead when|if you get|come home|back|in",
            "[will|is going to|gonna] finish it|me|her|us _{0,3} when he|she wakes|sobers|gets up",
            "just texted|text|messaged|sent _{0,2} saying? i am coming in|round|for",
            "@WHO is|are @ADV? at|in|outside __{0,14} saying|says he|she|they will wait "
            "till|until|for",
            "shouting|saying|yelling what they|he|she will do to me|us|her",
        ),
        Guard.NONE,
        examples=(
            "he just text saying 'ur dead when u get home' and i'm on the bus home now",
            "he strangled me earlier and hes saying he'll finish it when he wakes up",
            "my uncle who's been stalking her just texted her 'I'm coming in'",
            "he's at A&E where I work, in the waiting room, saying he'll wait till I come out",
            "followed by 2 lads, they are shouting what they'll do to me",
        ),
    ),
    Rule(
        "held_down_now",
        "Someone standing over a person who cannot talk, pulled out by the hair, a plea "
        "cut off (sets v10a, v11a, v11b).",
        _D,
        (
            "@WHO _{0,3} is|are @ADV? standing|stood over @ME",
            "~pull|~drag|~yank @ME _{0,4} by @POSS hair",
            "~ring|~call|~phone screaming|crying|sobbing|whispering __{0,10} the? phone|line "
            "went|cut dead|off|out",
            ". please|help|pls . _ . he|she does not know i am messaging|texting|typing|here",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "she whispered that her partner is standing over her and she can't talk",
            "he's just pulled me out of the car by my hair",
            "my sister rang screaming that he's there and then the phone went dead",
            "please. bedroom. he doesnt know im messaging",
        ),
    ),
)
