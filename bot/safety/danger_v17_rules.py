"""Danger rules: danger now, in words sets v17a and v17b showed.

Each kind below got only the check-in line, or nothing, at first sight of
blind sets v17a and v17b (issue 8, session 16), instead of the full danger
reply:

- someone where the person is who "won't leave" or "won't get out": in the
  launderette "with me", "just walked into the polling station", "just got in
  the back of my cab";
- "says I'm not going anywhere";
- going "trailer to trailer looking for me", and hiding "with the lights off";
- "come straight in behind her" (a carer just gone);
- learner grammar: "he stand outside my flat since one hour", "he sat in his car
  outside my house right now";
- someone in a place not named before, now: "in the lecture theatre right now";
- a vehicle revving right behind the person's horse;
- "sat in a car outside my house right now";
- "he's on it now, live, at the door" (a doorbell camera);
- "blue transit outside again ... he's in it now";
- "a man's been outside her bedroom window for 10 mins";
- formal letters: "attempting to force entry", "is once again outside my place
  of work", "the individual is present in the reception area", "is presently at
  his door demanding to be let in", "I am at present being followed";
- "now hitting the door with something heavy".

Part of the danger rules (index: danger_rules.py explains the phrase language;
wired in matcher.py).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_WONT_LEAVE = "[will not leave|will not get out|will not go|will not budge|refuses to leave]"

V17_NOW_RULES: tuple[Rule, ...] = (
    Rule(
        "there_with_me_wont_leave",
        "Someone where the person is now who will not leave or get out (sets v17a, v17b): "
        "'hes in the launderette with me just stood there staring wont leave', 'has just "
        "walked into the polling station and won't leave', 'just got in the back of my cab "
        "... and wont get out'. Not 'he won't leave me alone' (the habit).",
        _D,
        (
            "@SUBJECT is|are in|at the|my|our _{0,2} with me|us __{0,6} " + _WONT_LEAVE,
            "has|have just walked|come|got|barged into|in the|my|our _{0,3} and " + _WONT_LEAVE,
            "just got in|into the back|front of my|the _{0,5} and " + _WONT_LEAVE,
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "hes in the launderette with me just stood there staring wont leave",
            "I'm a poll clerk today and the man who's been stalking me has just walked into the "
            "polling station and won't leave",
            "taxi driver. the fella whos been stalking me just got in the back of my cab at the "
            "rank and wont get out, says im not going anywhere",
        ),
    ),
    Rule(
        "not_going_anywhere_said",
        "Told by someone with the person that they are not going anywhere (set v17a): "
        "'says im not going anywhere'.",
        _D,
        (
            "says|said|saying|tells|told|telling _? me? you|i am|are not going anywhere",
            "[you are not going anywhere|you re not going anywhere]",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("he's locked the car and says im not going anywhere",),
    ),
    Rule(
        "searched_for_and_hiding_now",
        "People going door to door looking for the person, or the person hiding in the dark "
        "(set v17a): 'they're going trailer to trailer looking for me. I'm in my cousin's "
        "trailer with the lights off'.",
        _D,
        (
            "is|are going|knocking|walking _ to _ looking|asking|searching for? me|us",
            "i|we am|are in _{0,4} with the lights off|out",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he's come on site with his brothers, they're going trailer to trailer looking for "
            "me. I'm in my cousin's trailer with the lights off",
        ),
    ),
    Rule(
        "came_in_behind_someone",
        "Someone who came straight in behind a carer or a visitor just gone (set v17a): 'my "
        "carer just left and hes come straight in behind her. im in my chair i cant get "
        "away'.",
        _D,
        ("@SUBJECT is|has @ADV? come|came|got|walked|slipped straight? in behind|after her|him",),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("my carer just left and hes come straight in behind her. im in my chair",),
    ),
    Rule(
        "learner_present_there_now",
        "Learner grammar for someone there now (set v17b): 'he stand outside my flat since one "
        "hour', 'he sat in his car outside my house right now, staring'.",
        _D,
        (
            "@SUBJECT stand|stands|sit|sits|wait|waits|standing|waiting outside|at|in "
            "my|our|the _? @PLACE|outside since|for|now|right",
            "@SUBJECT sat|stood|stand|sit|wait|waited _{0,4} outside|at my|our _? @PLACE right now",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he stand outside my flat since one hour, not going away, i am alone with baby",
            "he sat in his car outside my house right now, staring, i am scared",
        ),
    ),
    Rule(
        "in_a_named_place_right_now",
        "Someone in a place the lists did not name, right now (set v17b): 'He is in the "
        "lecture theatre right now, back row, he's not a student'. Needs 'right now'.",
        _D,
        (
            # Not a way of life: "my ex is in the army right now".
            "@SUBJECT is|are in|at the|my|our !army|navy|raf|forces|military|process|middle|"
            "news|papers _? right now|rn",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "He is in the lecture theatre right now, back row, he's not a student, I have to "
            "start teaching in 5 minutes and my hands are shaking",
        ),
    ),
    Rule(
        "vehicle_revving_behind_now",
        "A vehicle revving or pressing right behind the person now (set v17b): 'his truck "
        "keeps revving right behind the horse, I can't get off the road'.",
        _D,
        (
            "@VEHICLE keeps|is @ADV? revving|beeping|tailgating|flashing|edging|creeping right? "
            "behind|at me|us|the|my",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "riding out on the lane and his truck keeps revving right behind the horse, I can't "
            "get off the road",
        ),
    ),
    Rule(
        "sat_in_a_car_outside_now",
        "Someone sat in a car outside the home now (set v17b): 'the man it's about is sat in "
        "a car outside my house right now and has been for an hour'.",
        _D,
        (
            "@SUBJECT _{0,6} is|are @ADV? sat|sitting|parked|waiting in a|his|her|the|their _? "
            "@VEHICLE outside|opposite|across|at my|our _{0,3} now|rn",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "Is Clare's Law just for partners or can I ask about anyone? Also not sure if "
            "relevant but the man it's about is sat in a car outside my house right now and has "
            "been for an hour",
        ),
    ),
    Rule(
        "on_the_camera_at_the_door_now",
        "Seen on the doorbell camera at the door now (set v17b): 'he's on it now actually, "
        "live, at the door'; a vehicle outside with him in it now: 'blue transit outside "
        "again ... he's in it now'.",
        _D,
        (
            "doorbell|ring|camera|cctv __{0,12} he|she|they is|are on it|camera|there now|live",
            "@VEHICLE outside|opposite|across __{0,10} he|she|they is|are in it|inside now|rn",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "how do i save ring doorbell clips so they dont delete after 30 days? he's on it now "
            "actually, live, at the door",
            "blue transit outside again, same reg as in my log, he's in it now",
        ),
    ),
    Rule(
        "outside_for_minutes_now",
        "Someone outside a window or a door for some minutes now (set v17b): 'a man's been "
        "outside her bedroom window for 10 mins'.",
        _D,
        (
            "@SUBJECT|mans has? been outside|at|by my|her|his|our|the _{0,2} @PLACE for # "
            "minutes|mins|min|minute",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "my 16yo says a man's been outside her bedroom window for 10 mins, I'm at work, what "
            "do I do",
        ),
    ),
    Rule(
        "told_formally_now",
        "Danger now told in a formal letter (set v17b): 'is currently attempting to force "
        "entry', 'is once again outside my place of work', 'the individual is present in the "
        "reception area', 'is presently at his door demanding to be let in', 'I am at "
        "present being followed'.",
        _D,
        (
            "is|are @ADV? attempting|trying to force|gain entry",
            "is|are once again|currently|presently outside|at my|his|her|our|the",
            "individual|person|gentleman|man is|are present in|at the|my",
            "is|are @ADV? at|outside _{0,3} door|house|flat|window|gate demanding|trying|"
            "asking|begging to be let in",
            "i|we am|are at present|presently|currently being followed|watched|chased|filmed",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "To whom it may concern, please be advised that my former husband is currently "
            "attempting to force entry at the rear of my property.",
            "Dear Sir or Madam, I regret to inform you that the person I have previously "
            "reported is once again outside my place of work",
            "Please note I am writing this while the individual is present in the reception "
            "area of my practice.",
            "His former carer, who has been stalking him, is presently at his door demanding "
            "to be let in.",
            "Dear Sir/Madam, I am at present being followed on foot along the canal towpath by "
            "the man I reported in March.",
        ),
    ),
    Rule(
        "hitting_the_door_now",
        "Someone hitting or battering the door now (set v17b): 'He is drunk and now hitting "
        "the door with something heavy'.",
        _D,
        (
            "@SUBJECT is|are _{0,3} hitting|battering|bashing|thumping|ramming the|my|our _? "
            "door|doors|window|windows|gate",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "He is drunk and now hitting the door with something heavy, I am with my mother she "
            "is old, please",
        ),
    ),
)
