"""Self-harm words said in another sense: not the full self-harm reply (issue 8).

Each reading was a full self-harm reply to an ordinary message in blind sets
v10a, v11a or v11b. Each needs the plain words of its kind and nothing else
about dying in the message (``_DARK``); asked from
``self_harm_readings.denied`` and ``self_harm_readings.not_a_farewell`` for
self-harm matches only. The second opinion may still add Samaritans' line.

- **A denial with its reason** (``denial_with_a_reason``): "I'm not going to
  hurt myself, I'm just exhausted", "i dont want to die or anything, i just
  want him to stop messaging me". A denial ("not going to", "don't want to")
  right before the words, then "just" or "or anything" giving the real reason.
  "I don't want to die but I can't go on", "... I just want it all to stop"
  and a denial with no reason keep the reply.
- **A figure of speech** (``figure_of_speech``): "ready to take my life
  back", "shot myself in the foot", "thinking about ending it... with my
  solicitor", "an overdose of caffeine lol", "wanna die of embarrassment"
  (v14a; not "of shame"). Only when the words that make it a
  figure follow the match: "take my life" alone, "ending it with pills", "an
  overdose of tablets" keep the reply.
- **A joke said to be a joke** (``joke_taken_back``): "I'll jump off a cliff if
  I have to fill in one more form lol. I won't", "his mates were all joking
  they'd jump off a cliff if City got relegated ... just banter". Said on a
  condition ("if ...") and called a joke or taken back ("joking", "banter",
  "I won't"); a laugh alone ("lol") is not enough.
- **A noose as a threat** (``noose_left_as_a_threat``): "I had a noose drawn on
  my car in 2020": a noose drawn, left or sent to the person, a threat from
  someone else, not their own means; v14a, v14b: "he hung a noose in my garden
  in 2020", "her stalker sent her a picture of a noose". "I've hung a noose in
  the garage" keeps it.
- **Someone's claim, denied** (``claim_denied``, v14a): "my ex told police I
  was threatening to hang myself because of it, I wasn't and never have been":
  a claim about the person ("told ... I was"), denied in the same breath or
  the next sentence. "He says I was threatening to hang myself and he's right"
  keeps the reply.
- **A will made calmly** (``will_made_calmly``): "doing my will with the
  solicitor (I'm 70, nothing morbid!)", "I'm 67 and in good health, just getting
  things in order": a will with the person's age over 60, good health or
  "nothing morbid". "I've made my will, I won't be here much longer" keeps it.
- **Away for a reason** (``away_for_a_reason``): "I won't be here next week, I'm
  on holiday": rule farewell_or_plan_said_quietly's "I won't be here" with an
  ordinary reason. "I won't be here. I've made my arrangements" keeps it.
- **A thing that "just died"** (``a_thing_died``): "my laptop just died", "my
  phone just died": rule wish_to_die's "just die" read of a device.
"""

from __future__ import annotations

import re

from bot.safety.matcher import Hit
from bot.safety.sentence import sentence_end, sentence_start

# Anything else about dying or ending it keeps the self-harm reply.
_DARK = re.compile(
    r"\b(?:suicid\w*|kill myself|end (?:it|things|my life)|ending (?:it all|my life)|"
    r"overdos\w*|tablets|pills|(?:want|wanted|wanna) to die|better off|not be (?:here|around)|"
    r"(?:will not|wont) be (?:here|around)|goodbye|can not (?:go on|cope|do this|carry on)|"
    r"no point|it all to (?:stop|end)|(?:it|everything) to (?:stop|end)|not wake up|"
    r"disappear|sleep forever|for good|my note|last time|(?:want|need|wanted) it (?:all )?over|"
    r"over with|pain to stop)\b"
)

# --- a denial with its reason ---
_DENIAL = re.compile(
    r"\b(?:not|never|no) (?:going to|gonna|about to|planning to|planning on|thinking of)$|"
    r"\b(?:will not|wont|would not|do not want to|dont want to|never want to)$"
)
_NO_WISH = ("do not", "dont", "never")
_DENIABLE = re.compile(
    r"^(?:hurt|hurting|harm|harming|kill|killing) myself$|^(?:want )?to die$|^die$|"
    r"^(?:want to )?(?:die|end it|end my life)"
)
# The reason given instead: "I'm just exhausted", "I just want him to stop".
_REASON = re.compile(r"^(?:or anything|(?:\. )?(?:i am|i m|im|i) just|(?:\. )?just)\b")
_BUT = re.compile(r"^(?:\. )?(?:but|just yet|yet|for now|tonight|today)\b")


def denial_with_a_reason(words: list[str], hit: Hit) -> bool:
    """ "I'm not going to hurt myself, I'm just exhausted": a denial and its reason."""
    matched = " ".join(words[hit.start : hit.end])
    if not _DENIABLE.search(matched):
        return False
    before = " ".join(words[sentence_start(words, hit.start) : hit.start])
    if not (_DENIAL.search(before) or (matched.startswith("want") and before.endswith(_NO_WISH))):
        return False
    after = " ".join(words[hit.end :])
    if _BUT.search(after) or not _REASON.search(after):
        return False
    return not _DARK.search(after)


# --- figures of speech ---
_TRIVIAL = (
    r"^(?:of|on) (?:caffeine|coffee|sugar|chocolate|energy drinks?|monsters?|red ?bull|"
    r"netflix|telly|tv|christmas|vitamin \w|fresh air|cake|sweets)\b"
)
_PEOPLE = (
    r"(?:him|her|them|my (?:\w+ )?(?:solicitor|lawyer|barrister|boyfriend|girlfriend|bf|gf|"
    r"partner|husband|wife|fella|ex|landlord|counsellor|therapist|job|boss|gym|contract|"
    r"bank|provider|agency|phone company)|the (?:solicitor|lawyer|firm|agency|landlord|gym|"
    r"contract|job))"
)
# What follows the match and makes it a figure, by the match's last word.
_FIGURE_AFTER = {
    # "take my life back", "take my life into my own hands".
    "life": re.compile(r"^(?:back|into my own hands)\b"),
    # "shot myself in the foot".
    "myself": re.compile(r"^in the foot\b"),
    # "ending it... with my solicitor".
    "it": re.compile(rf"^(?:\. )?(?:with|w) {_PEOPLE}\b"),
    # v14a: "i wanna die of embarrassment" (not "of shame").
    "die": re.compile(r"^(?:of|from) (?:embarrassment|cringe|boredom|laughing|laughter)\b"),
    # "overdose of caffeine", "overdosed on sugar".
    "overdose": re.compile(_TRIVIAL),
    "overdosed": re.compile(_TRIVIAL),
}
_FIGURE_RULES = frozenset({"suicide_words", "overdose", "self_injury", "wish_to_die"})


def figure_of_speech(words: list[str], hit: Hit) -> bool:
    """ "Take my life back", "shot myself in the foot", "an overdose of caffeine"."""
    if hit.rule.id not in _FIGURE_RULES:
        return False
    matched = [w for w in words[hit.start : hit.end] if w != "."]
    after = " ".join(words[hit.end : hit.end + 6])
    if words[hit.end - 1] == "." and hit.end - hit.start > 1:
        # "ending it ." matched with its full stop: read on from it.
        after = ". " + after
    figure = _FIGURE_AFTER.get(matched[-1]) if matched else None
    if figure is None or not figure.search(after):
        return False
    return not _DARK.search(" ".join(words[hit.end :]))


# --- a joke said to be a joke ---
_JOKE_RULES = frozenset(
    {"method_question", "self_injury", "jump_from_a_height_said", "suicide_words"}
)
_CALLED_A_JOKE = re.compile(
    r"\b(?:joking|joked|jokes|kidding|banter|jk|i will not|i wont|not really|not literally|"
    r"only messing|just messing)\b"
)


def joke_taken_back(words: list[str], hit: Hit) -> bool:
    """ "I'll jump off a cliff if I fill in one more form lol. I won't": a joke."""
    if hit.rule.id not in _JOKE_RULES:
        return False
    end = sentence_end(words, hit.end)
    if "if" not in words[hit.end : end]:
        return False
    start = sentence_start(words, hit.start)
    # The sentence and the two after it: "... lol. i won't. but seriously".
    told = " ".join(words[start : sentence_end(words, sentence_end(words, end + 1) + 1)])
    if not _CALLED_A_JOKE.search(told):
        return False
    rest = " ".join(words[:start] + words[hit.end :])
    return not _DARK.search(rest)


# --- a noose as a threat ---
_NOOSE_LEFT = re.compile(
    r"\bnoose (?:was |had been |been )?(?:drawn|painted|sprayed|scratched|carved|left|stuck|"
    r"posted|sent|put|tied)(?: \w+){0,3} (?:on|outside|at|through|to) (?:my|our|the) "
    r"(?:car|door|front door|house|window|windscreen|wall|fence|gate|drive|letterbox|phone)\b|"
    r"\b(?:sent|drew|left) (?:me|her|him|us|them) (?:a )?(?:picture|pic|photo|drawing)? ?"
    r"(?:of )?a noose\b|"
    # v14a: "he hung a noose in my garden in 2020 as a 'joke'".
    r"\b(?:he|she|they|someone) (?:drew|left|put|hung|tied) (?:a )?noose (?:in|on|outside) "
    r"(?:my|our|her|his) (?:garden|yard|drive|car|door|tree|fence|gate|porch|doorstep)\b|"
    # "someone left a noose on my front door"; v13a: "left a noose hanging on our gate".
    r"\b(?:drew|drawn|painted|sprayed|left|put|stuck|hung|tied) (?:a )?noose "
    r"(?:hanging |hung |tied )?(?:on|outside|at|"
    r"through|to) (?:my|our|the) (?:car|door|front door|back door|house|window|windscreen|wall|"
    r"fence|gate|drive|letterbox)\b"
)
_OWN_NOOSE = re.compile(r"\bi (?:have |had |ve )?(?:tied|made|hung|put|left|bought)\b")


def noose_left_as_a_threat(words: list[str], hit: Hit) -> bool:
    """ "A noose drawn on my car": someone else's threat, not the person's own means."""
    if "noose" not in words[hit.start : hit.end]:
        return False
    text = " ".join(words)
    return bool(_NOOSE_LEFT.search(text)) and not _OWN_NOOSE.search(text)


# --- someone's claim about the person, denied ---
# v14a: "my ex told police I was threatening to hang myself ... I wasn't and never
# have been": the words are his claim about the person, and she denies it.
_CLAIMED = re.compile(
    r"\b(?:told|tells|telling|said|says|saying|claimed|claims|claiming|reported|accused me of|"
    r"making out)(?: \w+){0,3} (?:that )?(?:i was|i am|i had|i have been)\b"
)
_DENIED_AFTER = re.compile(
    r"^(?:\w+ ){0,8}?(?:\. )?(?:i was not|i am not|i have not|i had not|i never|"
    r"never have been|not true|that is a lie|he is lying|she is lying|it is a lie|"
    r"it is not true|which is not true|which is a lie)\b"
    r"(?! (?:joking|lying|kidding|messing|exaggerating|wrong))"
)


def claim_denied(words: list[str], hit: Hit) -> bool:
    """ "He told police I was threatening to hang myself. I wasn't": his claim, denied."""
    start = sentence_start(words, hit.start)
    if not _CLAIMED.search(" ".join(words[start : hit.start])):
        return False
    after = " ".join(words[hit.end : sentence_end(words, sentence_end(words, hit.end) + 1)])
    if not _DENIED_AFTER.search(after):
        return False
    return not _DARK.search(" ".join(words[: hit.start] + words[hit.end :]))


# --- a will made calmly ---
_WILL_RULES = frozenset(
    {"farewell", "affairs_in_order", "affairs_settled", "who_gets_what", "wish_to_die"}
)
_A_WILL = re.compile(r"\b(?:my|a|our) (?:new )?will\b(?! (?:be|not|never|have|go|do)\b)|\bwills\b")
_CALM = re.compile(
    r"\b(?:i am|i m|im) (?:[6-9]\d|1[01]\d)\b|\bin good health\b|\bnothing morbid\b|"
    r"\bnot (?:being )?morbid\b|\bnothing to worry about\b|"
    # Set v20b: "my solicitor says everyone with kids should have one".
    r"\b(?:solicitor|lawyer|advocate) (?:says|said|told me|advised|recommended)\b|"
    r"\beveryone (?:\w+ ){0,3}should have one\b"
)
_WILL_DARK = re.compile(
    r"\b(?:goodbye|sorry|burden|tired|end|ending|die|dying|suicid\w*|tablets|pills|"
    r"not be (?:here|around)|(?:will not|wont) be (?:here|around)|gone|much longer|soon|"
    r"can not|last)\b"
)


def will_made_calmly(words: list[str], hit: Hit) -> bool:
    """A will made at 70, in good health or "nothing morbid": not a farewell."""
    if hit.rule.id not in _WILL_RULES:
        return False
    text = " ".join(words)
    return bool(_A_WILL.search(text) and _CALM.search(text)) and not _WILL_DARK.search(text)


# --- a thing that "just died" ---
_THING = frozenset(
    {
        "laptop",
        "phone",
        "battery",
        "charger",
        "car",
        "computer",
        "pc",
        "tablet",
        "ipad",
        "wifi",
        "internet",
        "tv",
        "telly",
        "kettle",
        "boiler",
        "printer",
        "character",
        "plant",
        "plants",
    }
)


def a_thing_died(words: list[str], hit: Hit) -> bool:
    """ "My laptop just died": a device, not a wish to die."""
    if hit.rule.id != "wish_to_die" or words[hit.start] != "just" or hit.start == 0:
        return False
    return words[hit.start - 1] in _THING and words[hit.end - 1] == "died"


# --- "I won't be here" with an ordinary reason ---
_AWAY = re.compile(
    r"\b(?:i am|im|i m|i will be|i ll be|ill be|we are|we will be|i have got|i ve got|i have) "
    r"(?:on holiday|on hols|away|abroad|on leave|at work|working|on shift|on nights|on a course|"
    r"in hospital|out of the country|out of town|moving|visiting|staying (?:with|at)|at my|"
    r"going (?:away|abroad|on holiday)|an appointment|a hospital appointment|court)\b|"
    # Set v19a: "The vet's coming tomorrow ... so I won't be around, can we move the
    # call with the officer to Thursday".
    r"\b(?:can|could) we (?:move|change|rearrange|reschedule|swap|put off|push back|do)\b|"
    r"\b(?:reschedul|rearrang)\w*"
)


# Rules that read "not be here": this session's, and wish_to_die's "I won't be here
# next week" (a near-miss written for this kind).
_AWAY_RULES = frozenset(
    {
        "farewell_or_plan_said_quietly",
        "wish_to_die",
        "farewell",
        "not_here_at_a_time_to_come",
        # v12b: "won't be around to give evidence, I'm on holiday that week".
        "no_coming_back",
    }
)


def away_for_a_reason(words: list[str], hit: Hit) -> bool:
    """ "I won't be here, I'm on holiday": an absence with its ordinary reason."""
    if hit.rule.id not in _AWAY_RULES:
        return False
    if not {"here", "around"} & set(words[hit.start : hit.end]):
        return False
    rest = " ".join(words[: hit.start] + words[hit.end :])
    return bool(_AWAY.search(rest)) and not _DARK.search(rest)


def said_otherwise(words: list[str], hit: Hit) -> bool:
    """Any reading above: the self-harm words are said in another sense."""
    return (
        denial_with_a_reason(words, hit)
        or figure_of_speech(words, hit)
        or joke_taken_back(words, hit)
        or noose_left_as_a_threat(words, hit)
        or a_thing_died(words, hit)
        or claim_denied(words, hit)
    )
