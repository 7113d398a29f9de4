"""Danger rules: danger now, in words sets v20a and v20b showed.

Each kind below got only the check-in line, or nothing, at first sight of
blind sets v20a and v20b (issue 8, session 17), instead of the full danger
reply:

Set v20a's kinds:

- "it's him" after someone there now ("customer just come in and its HIM",
  "Man at door. Him.", "the driver is him");
- stepped out ahead, a key heard in the door, in reception "saying he's the
  dad", in the hallway now, on this bus behind me or come and sat opposite;
- the lights gone off with the fuse box outside; every window tried; the
  barricade pushed; "not safe. he's near";
- "say bye bye to mummy"; sat since we opened; stood in front of the car and
  won't move; "he's in"; whispering what he'll do to me after; parked so I can't
  reverse out; someone walking about downstairs; keys out of the ignition,
  "this is where it ends";
- a child's "daddy's in the garden"; a child held on a bridge.

Set v20b's kinds, signs that he is there now (something in his hand, a hand
through the door, a note pushed under it, a changed route), are in
danger_v20_signs_rules.py.

Part of the danger rules (index: danger_rules.py explains the phrase language;
wired in matcher.py).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)

V20_NOW_RULES: tuple[Rule, ...] = (
    Rule(
        "it_is_him_there_now",
        "Someone there now, then 'it's him' (set v20a, v20b): 'Customer just come in and its "
        "HIM', 'someone in the hedge ... its him', 'Man at door. Him.', 'door going. him.', "
        "'the driver is him'.",
        _D,
        (
            "just ~come|~walk|~get in|on __{0,5} it is him|her",
            "someone|somebody|man|woman|person _{0,8} __{0,4} it is him|her . __{0,2} i|it|he|"
            "she saw|is",
            "door|window|gate _? . him|her .",
            "~bang|~knock|~hammer|~kick on|at __{0,12} it is him|her",
            "the|my|our _? driver|cabbie|taxi|delivery is him|her",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "Customer just come in and its HIM. sat at table 6",
            "someone banging on the side of the cab shouting my name, its him, doors are locked",
            "someone in the hedge at the bottom of the garden. its him, i saw his face",
            "Man at door. Him. Wont go.",
            "door going. him.",
            "back of a taxi and the driver is him. he's changed the route",
        ),
    ),
    Rule(
        "stepped_out_in_front_now",
        "Someone stepped out onto the path ahead of the person now (set v20a): 'now he's "
        "stepped out onto the path ahead of me and is just stood there'.",
        _D,
        ("~step out onto|into|in _{0,3} ahead|front of me|us",),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("now he's stepped out onto the path ahead of me and is just stood there",),
    ),
    Rule(
        "key_heard_in_the_door",
        "A key heard in the door of someone who should not have one (set v20a): 'I've just "
        "heard a key in the front door. he's not meant to have a key'.",
        _D,
        (
            "just? ~hear a|someones|his|her key in|turning the|my|our _? door|lock",
            "~hear a|someones|his|her key turning in the|my|our _? door|lock",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("I've just heard a key in the front door. he's not meant to have a key",),
    ),
    Rule(
        "in_reception_asking_for_me",
        "Someone in a reception, lobby or corridor now asking to be let to the person (set "
        "v20a): 'hes in reception of the unit saying hes the dad and they should let him "
        "up'.",
        _D,
        (
            "he|she|they is|are @ADV? in|at reception _{0,4} saying|asking|demanding|shouting|"
            "trying",
            "he|she|they is|are @ADV? in|at the|a foyer|lobby|corridor|reception _{0,4} saying|"
            "asking|demanding|shouting|trying",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("hes in reception of the unit saying hes the dad and they should let him up",),
    ),
    Rule(
        "in_a_room_of_the_house_now",
        "A man in a room of the home now (set v20a): 'the man is in the hallway now "
        "talking to him'.",
        _D,
        (
            "man|woman|stranger|he|she is|are in the|our|my hallway|hall|kitchen|lounge|"
            "landing|stairs|bedroom now|rn",
        ),
        Guard.NONE,
        present=True,
        examples=("he's opened the front door and the man is in the hallway now talking to him",),
    ),
    Rule(
        "on_this_bus_near_me",
        "On the same bus or train, sat behind or opposite the person now (set v20a): 'hes on "
        "this bus 3 seats behind me', 'he's come and sat opposite me'.",
        _D,
        (
            "is|are on this|the|my same? bus|train|tram|coach __{0,5} behind|opposite|beside me|us",
            "~come and ~sit|~stand opposite|behind|beside me|us",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "hes on this bus 3 seats behind me. dont want him to see me messaging",
            "on the train to Crewe and he got on at Sandbach. he's come and sat opposite me",
        ),
    ),
    Rule(
        "lights_off_fuse_box_outside",
        "The lights or power just gone off, and the fuse box or meter outside (set v20a): "
        "'ALL THE LIGHTS JUST WENT OFF AND THE FUSE BOX IS ON THE OUTSIDE OF THE HOUSE'.",
        _D,
        ("lights|power|electric|electricity just ~go|~cut off|out __{0,8} fuse|meter box|outside",),
        Guard.NONE,
        present=True,
        examples=("ALL THE LIGHTS JUST WENT OFF AND THE FUSE BOX IS ON THE OUTSIDE OF THE HOUSE",),
    ),
    Rule(
        "trying_every_window_now",
        "Going round the windows or doors trying them now (set v20a): 'hes going round all "
        "the windows trying them one by one'.",
        _D,
        (
            "is|are going|walking|creeping round|around all? the|my|our windows|doors "
            "trying|checking|testing",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("hes going round all the windows trying them one by one",),
    ),
    Rule(
        "barricade_pushed_now",
        "Furniture pushed against the door, and someone pushing it now (set v20a): 'I've "
        "pushed the sofa against the door and he's pushing it'.",
        _D,
        ("against the|my|our door __{0,3} he|she|they is|are pushing|shoving|forcing|kicking",),
        Guard.NONE,
        present=True,
        examples=("I've pushed the sofa against the door and he's pushing it",),
    ),
    Rule(
        "not_safe_he_is_near",
        "'not safe. cant say more. he's near.' (set v20a): unsafe now, someone near, in few words.",
        _D,
        (". he|she|they is|are near|close|nearby .", "not safe . can not say|talk more"),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("not safe. cant say more. he's near. flat 4 Hazel Court Frodsham",),
    ),
    Rule(
        "say_bye_to_mummy",
        "A video or message of the children with him saying goodbye to their mother or father "
        "(set v20a): \"he's just sent a video of them with him saying 'say bye bye to "
        "mummy'\".",
        _D,
        ("say bye|goodbye|byebye bye? to mummy|mommy|mum|mam|daddy|dad",),
        Guard.NONE,
        present=True,
        examples=(
            "the kids are at his for contact and he's just sent a video of them with him saying "
            "'say bye bye to mummy'",
        ),
    ),
    Rule(
        "sat_there_since_we_opened",
        "Sat or stood somewhere since the person arrived or opened today, and still there "
        '(set v20a): "he\'s been sat at the window table since we opened".',
        _D,
        (
            "has|is been sat|stood|sitting|standing|parked at|in|outside|by _{0,4} since "
            "we|i opened|arrived|started|came",
        ),
        Guard.NONE,
        present=True,
        examples=("in the staff room, he's been sat at the window table since we opened",),
    ),
    Rule(
        "in_front_of_the_car_wont_move",
        "Someone standing in front of the person's car who won't move, or the person unable to "
        "drive away (set v20a): 'The man is standing in front of the car and won't move. Mo "
        "cannot drive away'.",
        _D,
        (
            "in front of the|my|our @VEHICLE __{0,3} will not|wont move|budge|let",
            "i|we can not|cant drive away|off|out",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("The man is standing in front of the car and won't move. Mo cannot drive away",),
    ),
    Rule(
        "he_is_in_alone",
        "'he's in' as the whole message (set v20a): inside now.",
        _D,
        (". he|she|they|someone is|are in|inside .",),
        Guard.NONE,
        present=True,
        examples=("he's in",),
    ),
    Rule(
        "what_he_will_do_to_me_after",
        "Someone close telling the person what they will do to them later (set v20a): 'sat "
        "right behind me and he's whispering what he's going to do to me after'.",
        _D,
        ("what he|she|they is|are going to do|gonna to? me|us after|later|tonight|when",),
        Guard.NONE,
        present=True,
        examples=(
            "He came to the service and sat right behind me and he's whispering what he's going "
            "to do to me after",
        ),
    ),
    Rule(
        "blocked_in_cant_reverse",
        "Parked behind or across so the person cannot get out, now (set v20a): 'hes parked "
        "right behind so i cant reverse out and hes just sat there starin at me'.",
        _D,
        (
            "~block|~park me|us in __{0,2} so i|we can not reverse|get|drive|move|leave",
            "~park|~block _{0,3} behind|across|front __{0,3} so i|we can not reverse|get|"
            "drive|move|leave",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "sat in the car in aldi car park. hes parked right behind so i cant reverse out",
        ),
    ),
    Rule(
        "someone_moving_about_inside",
        "Someone walking or moving about in the house now (set v20a): 'I can feel someone "
        "walking about downstairs'.",
        _D,
        (
            "someone|somebody|person is|are? ~walk|~move|~creep|~walking about|around "
            "downstairs|upstairs|inside",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("the dog is going mad and I can feel someone walking about downstairs",),
    ),
    Rule(
        "this_is_where_it_ends",
        "Keys taken from the ignition, or 'this is where it ends' said now (set v20a): 'He's "
        "pulled the keys out of the ignition and won't give them back ... He keeps saying "
        "this is where it ends'.",
        _D,
        (
            "saying|says|said|shouting|shouts|told me [this is where it ends|this is where you "
            "die|this is the end for you]",
            "~pull|~take|~snatch|~grab the|my keys out of the ignition",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "He's pulled the keys out of the ignition and won't give them back. He keeps saying "
            "this is where it ends",
        ),
    ),
    Rule(
        "child_says_daddy_is_here",
        "A child saying the other parent is at the home now (set v20a): 'my little boy just "
        "said daddy's in the garden. we've got a non mol'.",
        _D,
        (
            "~say|~tell me? daddy|mummy|dad|mum is @ADV? in|at|outside the|our|my _? garden|"
            "door|window|house|flat|drive|gate|kitchen|hall|stairs|shed|yard",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("my little boy just said daddy's in the garden. we've got a non mol",),
    ),
    Rule(
        "child_held_at_a_height",
        "Someone on a bridge, a roof or a ledge with the person's child, now (set v20a): 'hes "
        "on the bridge with our son saying hes going to jump with him'.",
        _D,
        (
            "is|are @ADV? on|at the|a|our|my bridge|roof|ledge|edge|cliff|balcony|viaduct "
            "with our|my|the _? son|daughter|kids|children|baby|child|boy|girl|lad",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("hes on the bridge with our son saying hes going to jump with him",),
    ),
)
