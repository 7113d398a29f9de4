"""Danger rules: danger told plainly now, without the usual "he is here".

A present statement with no subject ("watching me from the bus stop right
now"), someone else's relative or client as the one who is there ("my client's
son is outside the house I'm in now"), fuel poured over a car or a house now, a
vehicle coming up the track now, "look out the window" with his car there, and
danger to a child now.
Found by blind sets v8a and v8b. Part of the danger rules (index:
danger_rules.py, which also explains the phrase language).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_PLACE = "@AT @POSS _? @PLACE"
# A child said as a relation or by age (child_taken_now; blind set v8b, issue 8):
# "my son", "the children", "her little one", "our youngest", "my lad", "my 7 year
# old", "my 7yo", and a name after the relation ("my son Jake"). "{poss}" is whose:
# anyone's when the child is taken off the person, "my|our" when the child is
# being taken away (his own son to the airport is a trip).
_CHILD_FORMS = (
    "{poss} _? @CHILD",
    # Matched as written: the lemma of "youngest" is "young", of "oldest" "old".
    "{poss} youngest|eldest|oldest|lad|lass|teen|teenager|kiddo|bairn",
    "{poss} _? # year|years|yr|yrs|month|months old|olds",
    "{poss} _? # yo",
    # A name after the relation; "sons" (from "my son's phone") is not "son".
    "{poss} son|daughter|boy|girl|grandson|granddaughter|stepson|stepdaughter|nephew|niece|"
    "lad !.|off|from|away|to|and|home|back|out|up|down|in|is|has|was|will|would",
)


def _each_child(template: str, own: bool = False) -> tuple[str, ...]:
    """The phrase once for each way of saying the child ("{child}" in ``template``)."""
    poss = "my|our" if own else "@POSS"
    return tuple(template.replace("{child}", form.replace("{poss}", poss)) for form in _CHILD_FORMS)


# Where a child is taken from, or how, that makes "just took him" a snatch.
_TAKEN_OFF = (
    "drove off|drove away|driven off|sped off|from outside|outside school|outside the school|"
    "school gates|the school gate|outside nursery|outside the nursery|outside the house"
)

# "... has gone off with the man who is grooming her".
_GONE_WITH_GROOMER = (
    "has|have|is|are gone|went off? with the|a|that|this man|guy|lad|bloke|@WHO who|that is? ~groom"
)

PLAIN_NOW_RULES: tuple[Rule, ...] = (
    Rule(
        "no_subject_now",
        "A present statement with no subject, starting the sentence: 'watching me from "
        "the bus stop right now', 'outside again now'.",
        _D,
        (
            ". watching|following|staring|waiting me|at|for? me? _{0,8} right now",
            ". outside|downstairs|upstairs|here again|still right? now .",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "watching me from across the road right now",
            "following me down the high street right now",
            "outside again now",
        ),
    ),
    Rule(
        "someone_elses_relative_there",
        "Someone else's relative or a client's relative at the person's place now "
        "('my client's son who's obsessed with me is outside the house I'm in'). ('The "
        "stalker's outside' is read by the normaliser as 'the stalker is outside', so the "
        "presence rule takes it anywhere in a sentence.)",
        _D,
        (
            "clients|patients|neighbours|bosss|friends|colleagues|exs son|daughter|brother|"
            "husband|wife|dad|father|boyfriend|partner|mate|cousin|uncle _{0,8} is|are @ADV? "
            f"@ADV? {_PLACE}",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "my client's brother is outside my flat",
            "my patient's husband who keeps ringing me is at my door",
        ),
    ),
    Rule(
        "fuel_poured_now",
        "Petrol or fuel being poured over a car, a door or a house now (arson threat).",
        _D,
        (
            "@WHO _{0,2} is|are @ADV? ~pour|~splash|~throw|~tip|~spray petrol|fuel|diesel|"
            "paraffin|something|liquid _{0,3} over|on|onto|through|round|around @POSS _? "
            "@PLACE|@VEHICLE|letterbox",
            "@WHO _{0,2} is|are @ADV? ~pour|~splash|~throw|~tip|~spray something|liquid _{0,6} "
            "petrol|fuel|diesel|paraffin",
        ),
        Guard.ANY,
        examples=(
            "she's pouring petrol over my car",
            "he is splashing something on the front door, it smells of fuel",
        ),
    ),
    Rule(
        "vehicle_coming_up_now",
        "A vehicle coming up the track, drive or lane now.",
        _D,
        (
            "@VEHICLE is|are @ADV? coming|driving|heading|creeping up|down|along the|our|my "
            "track|drive|driveway|lane _? now",
        ),
        Guard.ANY,
        present=True,
        examples=("his van is coming up the drive now",),
    ),
    Rule(
        "look_out_window_there",
        "Told to look out of the window, and his car or he is there.",
        _D,
        (
            "look|looking out|outside _? window __{0,4} his|her|their|a|the @VEHICLE is|are "
            "@ADV? there|outside",
        ),
        Guard.ANY,
        present=True,
        examples=("she messaged 'look outside your window' and her car is outside",),
    ),
    Rule(
        "child_taken_now",
        "Danger to a child now: someone trying to take a child from the person, a child "
        "being taken abroad tonight, a teenager kept from leaving, a child gone off with "
        "the man grooming her. The child said any way: 'my son', 'the children', 'our "
        "youngest', 'my 7 year old', 'my lad', 'my son Jake'.",
        _D,
        (
            "is|are ~try|attempting to take|grab|snatch|pull her|him|them away? off|from me|us",
            *_each_child(
                "is|are ~try|attempting to take|grab|snatch|pull {child} away? off|from me|us"
            ),
            "is|are there|here right? now and? will|wont|is|are not? let|letting her|him|them "
            "leave|go",
            *_each_child(
                "is|are there|here right? now and? will|wont|is|are not? let|letting {child} "
                "leave|go"
            ),
            f"@CHILD _{{0,3}} {_GONE_WITH_GROOMER}",
            *_each_child("{child} _{0,3} " + _GONE_WITH_GROOMER),
            *_each_child(
                "is|are ~take {child} __{0,10} [going to _ tonight|abroad tonight|"
                "to the airport|on a plane|on a flight|out of the country]",
                own=True,
            ),
            # A child just taken by someone and driven off, or taken from outside
            # school (blind set v9, issue 12): "his dad just grabbed her from outside
            # the nursery and drove off". A handover ("his dad picked him up from
            # school for his weekend", "she just took them to the park") is no match.
            f"just ~take|~snatch|~grab|~bundle|~drag her|him|them __{{0,6}} [{_TAKEN_OFF}]",
            *_each_child(
                f"just ~take|~snatch|~grab|~bundle|~drag {{child}} __{{0,6}} [{_TAKEN_OFF}]"
            ),
            # Without "just", only a snatch: "he took them and drove off" may be his weekend.
            "~snatch|~grab|~bundle|~drag her|him|them and drove|driven|sped off|away",
            *_each_child("~snatch|~grab|~bundle|~drag {child} and drove|driven|sped off|away"),
        ),
        Guard.ANY,
        examples=(
            "her dad is trying to snatch her from me outside the nursery",
            "my daughter rang, the lad is here right now and won't let her leave",
            "my grandson has gone off with the man who is grooming him",
            "his parents are taking my son to the car, they say going to Dubai tonight",
            "he's trying to take our youngest from me",
            "my ex is trying to take my 7 year old off me",
            "his brother is trying to grab my son Jake off me",
            "my nephew has gone off with the man who is grooming him",
            "he is taking my lad to the airport tonight",
            "her father just snatched my girl from outside the nursery",
            "my ex grabbed our 6 year old and sped off",
        ),
    ),
)
