"""Danger rules: danger now, in words sets v19a and v19b showed.

Each kind below got only the check-in line, or nothing, at first sight of
blind sets v19a and v19b (issue 8, session 16), instead of the full danger
reply (one word to a line, "his car's just pulled onto the drive" and voice
typing's "wind oh" are read in normalise.py):

- locked in with him: "the viewer's locked the door and pocketed the key",
  "has locked the side door and is standing in front of the main one";
- a photo of the children taken over the fence minutes ago;
- "right behind me again", said of someone following;
- a car reversed at the front door, "he's going to drive into it";
- waiting by the person's car now;
- a car "driving up and down" past the house every few minutes;
- children taken with his phone off, or "they'd never come back";
- "come quick", and "following me" as the whole message;
- outside for the third night and "before he gets in".

Part of the danger rules (index: danger_rules.py explains the phrase language;
wired in matcher.py).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_KIDS = "kids|children|child|son|daughter|baby|boy|girl|boys|girls|lad|twins"

V19_NOW_RULES: tuple[Rule, ...] = (
    Rule(
        "locked_in_with_him_now",
        "A door locked on the person and the key taken, or the way out blocked, now (set "
        "v19a): 'the viewer's locked the door and pocketed the key', 'has locked the side "
        "door and is standing in front of the main one'.",
        _D,
        (
            "~lock the|my|our|us|me _{0,2} door|doors and ~pocket|~take|~hide|~grab "
            "the|my|our key|keys",
            "~lock the|my|our _{0,2} door|doors and is|are @ADV? standing|stood|blocking|sat|"
            "sitting|leaning",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=(
            "Estate agent. Showing a flat on my own, the viewer's locked the door and pocketed "
            "the key and says we're going to have a chat",
            "I'm in the church and the priest has locked the side door and is standing in front "
            "of the main one",
        ),
    ),
    Rule(
        "photo_over_the_fence_minutes_ago",
        "A photo of the person's children or home taken over the fence or through the window "
        "minutes ago: he is there now (set v19a): 'he's sent me a pic of my kids playing in the "
        "garden taken over the fence. 2 mins ago'.",
        _D,
        (
            "taken|took over|through|from the|our|my? fence|hedge|wall|gate|window|windows "
            "__{0,3} minutes|mins|seconds ago",
            "taken|took over|through|from the|our|my? fence|hedge|wall|gate|window|windows "
            "__{0,2} just now",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "he's sent me a pic of my kids playing in the garden taken over the fence. 2 mins ago",
        ),
    ),
    Rule(
        "right_behind_me_again",
        "Someone right behind the person again or now (set v19a): 'the man who's been "
        "following me for weeks is right behind me again'. Not 'my mum is right behind me on "
        "this' (support).",
        _D,
        ("is|are right|just behind|beside me|us again|now|rn",),
        Guard.NONE,
        present=True,
        examples=(
            "walking home from shul and the man who's been following me for weeks is right "
            "behind me again",
        ),
    ),
    Rule(
        "vehicle_driven_at_my_door_now",
        "A vehicle reversed or driven at the person's door or house now, or a threat to drive "
        "into it (set v19a): 'hes reversing his car at my front door, hes going to drive into "
        "it'.",
        _D,
        (
            "is|are reversing|revving|driving|backing his|her|their|the|a _? @VEHICLE at|into|"
            "towards my|our|the front|back? door|house|gate|window|wall|fence|car",
            "is|are going to drive|reverse|ram|crash into|through it|us|me",
            "is|are going to drive|reverse|ram|crash into|through the|my|our "
            "door|house|gate|window|wall|car",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("hes reversing his car at my front door, hes going to drive into it",),
    ),
    Rule(
        "waiting_by_my_car_now",
        "Someone waiting or stood by the person's car now (set v19b): 'a customer who keeps "
        "coming to the till, is waiting by my car in the staff car park right now'.",
        _D,
        (
            "is|are waiting|stood|standing|lurking|hanging|sat|sitting by|at|beside|near|next "
            "to? my|our @VEHICLE _{0,6} now|rn|tonight",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "The guy from my work, a customer who keeps coming to the till, is waiting by my car "
            "in the staff car park right now. It's dark and I'm the last one out",
        ),
    ),
    Rule(
        "driving_up_and_down_past_now",
        "A car driven up and down past the person's home now, every few minutes (set v19b): "
        "'now it's driving up and down slowly past my house every few minutes'. Not 'he keeps "
        "driving past my house, is that stalking?'.",
        _D,
        (
            "now _{0,3} is|are driving|going|crawling|circling up and down|past|round",
            "driving|going|crawling|circling up and down _{0,8} every few|couple of? minutes",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "car's been outside all night and now it's driving up and down slowly past my house "
            "every few minutes. same man",
        ),
    ),
    Rule(
        "children_taken_phone_off",
        "Children taken from home with his phone off, or told they would never come back (set "
        "v19b): 'he has taken the kids out the house and his phone is off ... he said this "
        "morning theyd never come back'.",
        _D,
        (
            "has|have|is taken|took|grabbed the|my|our _? " + _KIDS + " __{0,8} his|her|their "
            "phone is|has off|switched|turned|dead|going",
            "has|have|is taken|took|grabbed the|my|our _? " + _KIDS + " __{0,24} never "
            "[come back|coming back|be back|see them again|see her again|see him again]",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he has taken the kids out the house and his phone is off. there is a non "
            "molestation order. he said this morning theyd never come back",
        ),
    ),
    Rule(
        "come_quick_or_following_alone",
        "A plea to come quickly, or 'following me', as the whole message (set v19b): 'come "
        "quick', 'following me'.",
        _D,
        (
            ". come|cum quick|quickly|fast|now|asap please|plz? .",
            ". please|plz come|cum quick|quickly|fast|now|asap .",
            ". following|followin|chasing me|us .",
        ),
        Guard.NONE,
        present=True,
        examples=("come quick", "following me", "please come quick"),
    ),
    Rule(
        "outside_before_he_gets_in",
        "Someone outside the person's home now, and 'before he gets in' (set v19b): 'ex "
        "boyfriend's outside my flat for the third night, I'm on the balcony thinking about "
        "jumping before he gets in'.",
        _D,
        (
            "is|are outside|at my|our|the _? flat|house|door|home|window|room __{0,14} before "
            "he|she|they ~get|~break|~come in|inside",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "ex boyfriend's outside my flat for the third night, I'm on the balcony thinking "
            "about jumping before he gets in",
        ),
    ),
)
