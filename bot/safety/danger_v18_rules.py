"""Danger rules: danger now, in words sets v18a and v18b showed.

Each kind below got only the check-in line, or nothing, at first sight of
blind sets v18a and v18b (issue 8, session 16), instead of the full danger
reply:

- two words of plea and place, or following said without a subject: "help
  outside", "following me now";
- someone under an order against them sat or stood near the person now: "the
  man I've got the restraining order against is in the corridor", "my ex who's
  got a restraining order is sat two rows behind";
- "... and is at the door now", "... and is still on the drive" (the subject
  said before "and");
- Deaf and telegraphic: "Door he kick. Me bedroom.", "Ex. Car. Outside house.";
- "he's took our Ellie from the park ... he's drove off";
- the pizza-order code: "Can't talk. Pizza order please";
- "he's right next to me so yes thanks opening times" (a covert message);
- "Garage door just went up ... only him and me had the fob";
- leaning on the person's car now;
- "the car behind has been with us since Frodsham ... it's deliberately following";
- "come out or I come in";
- a box cutter in hand;
- "every turn I take it takes";
- flashing lights at the bedroom;
- "smashed his way through the front door", "walking off up the street with her".

Part of the danger rules (index: danger_rules.py explains the phrase language;
wired in matcher.py).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_HOME_SPOT = (
    "door|drive|driveway|garden|house|flat|window|gate|porch|step|doorstep|path|landing|stairs"
)

V18_NOW_RULES: tuple[Rule, ...] = (
    Rule(
        "plea_or_following_in_two_words",
        "A plea and a place, or following with no subject, as the whole message (set "
        "v18a): 'help outside', 'following me now'.",
        _D,
        (
            ". help|helpp outside|downstairs|upstairs|here|inside .",
            ". following|followin|chasing me|us now|rn|again .",
        ),
        Guard.NONE,
        present=True,
        examples=("help outside", "following me now"),
    ),
    Rule(
        "under_an_order_and_near_now",
        "Someone under an order against them, sat, stood or in a place near the person now "
        "(sets v18a, v18b): 'the man I've got the restraining order against is in the "
        "corridor outside the delivery suite', 'my ex who's got a restraining order is sat "
        "two rows behind'. Not 'my restraining order is in the post'.",
        _D,
        (
            "order|injunction|nmo|spo _{0,2} against|on? _? is|are @ADV? sat|sitting|stood|"
            "standing|parked|waiting|outside|behind|here|opposite",
            "order|injunction|nmo|spo _{0,2} against|on? _? is|are @ADV? in|at the|my|our "
            "corridor|door|ward|reception|house|garden|street|school|gate|gates|window|foyer",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "On nights on the labour ward at Leighton. The man I've got the restraining order "
            "against is in the corridor outside the delivery suite asking for me by name",
            "Im at the football with my lad and my ex who's got a restraining order is sat two "
            "rows behind",
        ),
    ),
    Rule(
        "and_is_at_my_door_now",
        "'... and is at the door now', 'and is still on the drive', the subject said before "
        "'and' (sets v18a): 'Birth mum has found our address and is at the door now', 'Hes "
        "slashed all 4 tyres just now n is still on the drive'.",
        _D,
        (
            "and is|are @ADV? @ADV? at|on|in|outside the|my|our _? " + _HOME_SPOT + " now|rn|"
            "shouting|banging|screaming|kicking|with",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "Foster carer. Birth mum has found our address and is at the door now with a man "
            "shouting",
            "Hes slashed all 4 tyres just now n is still on the drive shouting come out",
        ),
    ),
    Rule(
        "telegraphic_object_first",
        "Telegraphic danger with the thing first, as in BSL order (set v18a): 'Door he kick. "
        "Me bedroom.', 'Ex. Car. Outside house. Lights off.'.",
        _D,
        (
            "door|window|gate he|she|man|they kick|kicks|break|breaks|bang|bangs|smash|smashes|"
            "push|pushes",
            ". ex|him|he|stalker . @VEHICLE . outside|at house|home|flat|door|window",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "Police come. Deaf. Door he kick. Me bedroom. Children with me.",
            "Ex. Car. Outside house. Lights off. 1 hour now. He know I see him. Scared.",
        ),
    ),
    Rule(
        "took_a_child_and_drove_off",
        "A child taken from the park and driven off, in dialect (set v18a): 'He's took our "
        "Ellie from the park. He's not got contact. He's drove off'.",
        _D,
        (
            "@SUBJECT is|has took|taken|snatched|grabbed our|my _ from the|her|his _? "
            "park|school|nursery|garden|street|house|club",
            "@SUBJECT is|has drove|driven|sped|gone off|away _{0,3} with|in|towards",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "He's took our Ellie from the park. He's not got contact. He's drove off in a white "
            "Transit towards the M56 two minutes ago",
        ),
    ),
    Rule(
        "pizza_order_code",
        "The pizza-order code for help when the person cannot talk (set v18a): 'Can't talk. "
        "Pizza order please. Large margherita to my usual address'.",
        _D,
        (
            "can not|cant talk __{0,6} pizza|takeaway|food order|delivery",
            ". pizza|takeaway order please",
        ),
        Guard.NONE,
        present=True,
        examples=("Can't talk. Pizza order please. Large margherita to my usual address 😬",),
    ),
    Rule(
        "right_next_to_me_covert",
        "Someone right beside the person, told inside a cover story (set v18a): 'he's right "
        "next to me so yes thanks opening times x'.",
        _D,
        ("he|she|they is|are right next to|beside me|us so|and yes|thanks|ok",),
        Guard.NONE,
        present=True,
        examples=(
            "I'm asking about opening times for my friend 🙂🙂 he's right next to me so yes "
            "thanks opening times x",
        ),
    ),
    Rule(
        "opened_with_his_fob_now",
        "A door or a gate just opened that only he could open (set v18a): 'Garage door just "
        "went up. I didn't open it. Only him and me had the fob'.",
        _D,
        ("just went|gone|opened|came|come up|open __{0,10} only him|he|her|she and me|i",),
        Guard.NONE,
        present=True,
        examples=("Garage door just went up. I didn't open it. Only him and me had the fob",),
    ),
    Rule(
        "leaning_on_my_car_now",
        "Someone leaning or sat on the person's car now (set v18a): 'he's leaning on my car "
        "in the staff car park. He's seen me'.",
        _D,
        ("@SUBJECT is|are @ADV? leaning|sat|sitting|perched on|against my|our car|van|bike",),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "I've come out for a smoke on my break on nights and he's leaning on my car in the "
            "staff car park. He's seen me. I'm at the fire door",
        ),
    ),
    Rule(
        "car_behind_following_now",
        "The car behind following the person's taxi or car now (set v18a): 'the car behind "
        "has been with us since Frodsham. The driver says it's deliberately following'.",
        _D,
        (
            "@VEHICLE behind has|is been with|behind us|me since|for",
            "it|car|van is @ADV? deliberately|definitely following",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "In the back of a taxi and the car behind has been with us since Frodsham. The "
            "driver says it's deliberately following. It's my ex's car.",
        ),
    ),
    Rule(
        "come_out_or_i_come_in",
        "An ultimatum at the person's home (set v18a): 'I'm at the end of the garden. come out "
        "or I come in.' sent 1 minute ago.",
        _D,
        ("come out or i|we will? come|break|kick|get in|you",),
        Guard.NONE,
        present=True,
        examples=(
            "Quote: 'I'm at the end of the garden. come out or I come in.' sent 1 minute ago",
        ),
    ),
    Rule(
        "blade_in_hand_now",
        "A box cutter or a blade in someone's hand now (set v18b): 'he has box cutter in "
        "hand, he say he cut me'.",
        _D,
        (
            "@SUBJECT has|is|got _? box|stanley? cutter|cutters|blade|knife _{0,2} in "
            "his|her|their? hand|hands",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "I am in warehouse aisle 14, the man from night shift follow me and he has box "
            "cutter in hand, he say he cut me. manager not here",
        ),
    ),
    Rule(
        "every_turn_it_takes",
        "A car taking every turn the person takes, now (set v18b): 'there's a car been "
        "following me since I left the gym, every turn I take it takes, I'm driving now'.",
        _D,
        (
            "every turn i|we take|make __{0,3} it|he|she|they|car|van|bike take|takes|turn|"
            "turns|follow|follows",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "there's a car been following me since I left the gym, every turn I take it takes, "
            "I'm driving now, should I drive to the police station",
        ),
    ),
    Rule(
        "lights_flashed_at_my_window_now",
        "Lights flashed or shone at the person's window now (set v18b): 'it's 3am and he's "
        "flashing the lights at my bedroom'.",
        _D,
        (
            "@SUBJECT is|are @ADV? flashing|shining|pointing _? _? lights|torch|headlights|light "
            "at|into|through my|our|the _? bedroom|window|windows|house|flat",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "car outside again same reg as before, its 3am and he's flashing the lights at my "
            "bedroom",
        ),
    ),
    Rule(
        "smashed_in_and_walking_off_with_her",
        "A door smashed through just now, a baby taken and carried off (set v18b): 'Kid's dad "
        "just smashed his way through the front door and took the baby out of the cot, he's "
        "walking off up the street with her'.",
        _D,
        (
            "just smashed|forced|kicked|broke|barged his|her|their way in|into|through",
            "@SUBJECT is|are @ADV? walking|running|driving off|away _{0,4} with her|him|them|"
            "the|my",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "Kid's dad just smashed his way through the front door and took the baby out of the "
            "cot, he's walking off up the street with her",
        ),
    ),
)
