"""Someone else's story, told by the person with a question how to help.

A parent, friend or colleague asking how to help someone else is not in
danger themselves, but the story has danger words in it. These readings keep
such a story below the full danger reply; each keeps the full reply when the
message says something is happening now (urgency anywhere, a present
statement such as "he's outside", a place of the person's own) or anything
threatening outside the story.

- ``THIRD_PARTY`` and ``HOW_TO_HELP``: a friend's, relative's or colleague's
  pattern told with "how do I help" (readings.softened uses them for
  following and watching).
- ``without_reports``: the message with the clauses that only tell someone
  else's story taken out ("she says a man follows her from work every day"),
  so that a friendly arrival beside them ("my cousin just arrived") is read
  as friendly (readings.friendly_arrivals). Session 6.
- ``accusation_visits``: a past visit to say someone is stalking someone else
  ("her dad came round saying he's stalking her. how do I talk to him"):
  history and an accusation, not a presence; muted. Session 6.
- ``arrivals_elsewhere``: a past turning-up at someone else's place in a
  story about them ("my son's coach followed him. he turned up at his
  school. how do I help him"): at most the check-in line. Session 6. With
  it, ``someone_elses_ex_around`` (set H): "our lodger's ex has been hanging
  around the house. can we report it": at most the check-in line.
"""

from __future__ import annotations

import re

from bot.safety.arrivals import ARRIVAL_RULES, HOSTILE
from bot.safety.asked_about import checked_questions, muted_questions
from bot.safety.context_words import URGENT
from bot.safety.matcher import Hit
from bot.safety.sentence import sentence_end, sentence_span, sentences

# A friend, relative or colleague's ongoing pattern told by the person, with a
# question about how to help ("my colleague is being followed home, what should
# I do", "my best friend thinks she's being watched, how do I support her"): the
# check-in, not the full danger reply, unless it is happening now ("my friend is
# being followed right now").
THIRD_PARTY = re.compile(
    r"\b(?:my|a|our|her|his) (?:best |close |good |old )?(?:friend|mate|pal|colleague|"
    r"coworker|co worker|workmate|sister|brother|daughter|son|mum|mom|mother|dad|father|"
    r"other half|partner|neighbour|neighbor|client|flatmate|housemate|roommate|cousin|"
    r"niece|nephew|student|pupil|patient|employee|girlfriend|boyfriend|wife|husband|aunt|"
    r"uncle|gran|nan|grandma|grandad|teenager|kid|child|lodger)s?\b"
    # Someone in the person's care at work: "one of my team", "a member of staff",
    # "my year 10s", "a student of mine" (set D: a manager's and a teacher's report).
    r"|\b(?:my|our|a|one of my|one of our) (?:\w+ )?(?:team|staff|team member|staff member|"
    r"member of (?:my )?(?:staff|team)|direct report|report|learner|tenant|resident|customer|"
    r"service user|volunteer|trainee|apprentice|mentee|year \d+s?|class|parishioner)s?\b"
    # Set v17a: "a lady in our congregation" (a church warden's).
    r"|\b(?:a|one) (?:\w+ )?(?:in|at|from) (?:our|my) (?:congregation|church|mosque|parish|"
    r"group|club|choir|team|class)\b"
    r"|\ba (?:student|pupil|patient|client|colleague|member) of (?:mine|ours)\b"
)
HOW_TO_HELP = re.compile(
    r"\b(?:(?:wants?|wanting|would like) to help|(?:does not|doesnt|do not|dont) know how|"
    # Blind set v9: "grandad wants to help but doesn't know how", "can someone check on her".
    r"(?:can|could) (?:someone|somebody|anyone|you) check on|"
    r"how (?:do|can|should|could) (?:i|we) (?:best )?(?:help|support|protect|advise)|"
    r"how to (?:help|support|protect|advise)|what (?:should|can|could|do) (?:i|we) (?:do|say)|"
    # Word order from another language: "how I can help her" (blind set F).
    r"how (?:i|we) (?:can|could|should) (?:best )?(?:help|support|protect)|"
    r"what (?:should|can|could) (?:she|he|they) do|how (?:can|do) (?:i|we) make (?:her|him|"
    r"them) (?:safe|safer)|"
    # Someone told at work or college, asking where it goes next: "who do I
    # pass this to", "who should I tell" (blind set E: a lecturer's report).
    r"(?:who|where) (?:do|should|can|could) (?:i|we) (?:pass|tell|report|refer|send|take|"
    r"speak|talk|go)|"
    # Set H: "is there someone she can talk to", "anything I should do as the friend".
    r"is there (?:someone|anyone|somebody|anywhere|somewhere) (?:she|he|they) can (?:talk|"
    r"speak|go|ring|call|turn)|anything (?:i|we) (?:should|can|could|ought to) do (?:as (?:the|a|"
    r"her|his|their) (?:friend|mate|colleague|manager|parent|neighbour)|for (?:her|him|them)|to "
    r"help (?:her|him|them)))\b"
)
# Or how to talk to someone about it: "how do I talk to him about it", "how do
# I raise it with my son".
_HOW_TO_TALK = re.compile(
    r"\bhow (?:do|can|should|could) (?:i|we) (?:best )?(?:talk|speak|deal|handle|approach|"
    r"explain|raise|bring|tell|ask)\b|\bwhat (?:do|should|can) (?:i|we) say\b"
)

# Help asked for someone else by a pronoun: "how can I help her", "what can
# we do to support him".
_HELP_THEM = re.compile(
    r"\b(?:how (?:do|can|should|could) (?:i|we)|what (?:do|can|should|could) (?:i|we) do to|"
    r"how to) (?:best )?(?:help|support|protect|reassure) (?:her|him|them)\b"
)
# Words that put the story at the person's own door: "followed her to my flat",
# "he turned up at our house", "followed her here".
_OWN = frozenset({"i", "me", "my", "we", "us", "our", "here", "mine", "ours", "myself"})
# What someone else's story is about: following, watching, stalking.
_STORY_WORDS = re.compile(r"\b(?:follow\w*|stalk\w*|watch\w*|harass\w*|track\w*)\b")
# Said as going on now: "a man is following her", "has been watching her".
_GOING_ON = re.compile(
    r"\b(?:is|are|am|has|have)(?: \w+)?(?: been)? (?:follow|stalk|watch|harass|track)\w*"
)
# The one doing it named as someone other than the arriving friend: "a man",
# "some guy", "her ex", "someone" (not "he", who may be the friend).
_SOMEONE_ELSE = re.compile(
    r"\b(?:a|an|some|this|that|the same|her|his|their) (?:\w+ )?(?:man|men|guy|guys|bloke|lad|"
    r"lads|woman|person|boy|girl|stranger|ex|driver|customer|neighbour|neighbor|coach|teacher|"
    r"leader)\b|\b(?:someone|somebody)\b"
)
# Places a child or a student goes: someone else's in a story about them.
_THEIR_PLACES = frozenset(
    "school nursery college uni club training practice lessons class classes gym".split()
)
_THEIR = frozenset({"her", "his", "their", "hers", "theirs"})

# Speech straight after a visit: "came round saying", "turned up to tell us".
_SPEECH = re.compile(
    r"^(?:\w+ ){0,2}?(?:saying|to say|to tell|and said|and told|and says|complaining|"
    r"to complain|accusing|to accuse)\b"
)
# What was said is an accusation against someone: "he is stalking her", "my son
# has been following his daughter", "that your lad is harassing her".
_ACCUSATION = re.compile(
    r"^(?:that )?(?:\w+ ){1,3}?(?:is|was|are|am|were|has been|had been|have been|is been|"
    r"been) (?:\w+ )?(?:stalking|harassing|following|messaging|texting|pestering|bothering|"
    r"watching|hounding|contacting|calling|tracking)\b"
)
# Rules about someone following or watching, which the accusation itself may match.
_ACCUSED_RULES = frozenset({"following_now", "following", "watching_waiting", "sensing"})
_CLAUSE_ENDS = frozenset({".", "and", "but", "so", "now", "then", "while"})
# A simple past, not a present perfect: "he came round", not "he has come round".
_PRESENT = frozenset({"is", "are", "am", "has", "have", "now", "still"})
_IRREGULAR_PAST = frozenset(
    "came got went ran drove rode flew sat stood broke burst found saw left brought caught "
    "took".split()
)
# The arrivals a relayed story may hold without being at the person's door.
_ELSEWHERE_RULES = frozenset({"arrived", "arrived_now"})


def _told_in_past(words: list[str], lemmas: list[str], hit: Hit) -> bool:
    """Whether the hit's verb is a simple past ("turned up", "came round", "got on").

    Not "has come", "is here", "turns up", "has just arrived".
    """
    span = range(hit.start, hit.end)
    if any(words[i] in _PRESENT for i in span):
        return False
    return any(
        words[i] in _IRREGULAR_PAST or (words[i].endswith("ed") and lemmas[i] != words[i])
        for i in span
    )


def asks_for_someone_else(text: str) -> bool:
    """A calm question how to help someone else, in a story about them."""
    if URGENT.search(text):
        return False
    return bool((THIRD_PARTY.search(text) and HOW_TO_HELP.search(text)) or _HELP_THEM.search(text))


def without_reports(words: list[str]) -> str:
    """The message without the sentences that only tell someone else's story.

    A sentence is someone else's story when it holds following or watching
    words and none of the person's own ("i", "my", "here"), in a calm message
    that asks how to help someone else: "she says a man follows her from work
    every day". Anything else is kept, so "he followed her to my flat" or
    "she's scared" still counts as threatening.
    """
    text = " ".join(words)
    if not asks_for_someone_else(text):
        return text
    kept = [
        " ".join(words[start:end])
        for start, end in sentences(words)
        if not _someone_elses_story(words[start:end])
    ]
    return " . ".join(kept)


def _someone_elses_story(sentence: list[str]) -> bool:
    """ "she says a man follows her from work every day": following told about someone
    else, by someone else named, not now, not at the person's own place."""
    text = " ".join(sentence)
    return (
        bool(_STORY_WORDS.search(text))
        and bool(_SOMEONE_ELSE.search(text))
        and not _GOING_ON.search(text)
        and not _OWN & set(sentence)
        and not HOSTILE.search(_STORY_WORDS.sub(" ", text))
    )


def _reported_accusation(words: list[str], hit: Hit) -> tuple[int, int] | None:
    """Where an accusation said on a visit runs (word positions), if the visit has one."""
    end = sentence_end(words, hit.end)
    # The arrival phrase may end on the speech word itself ("came round saying").
    after = " ".join(words[hit.end - 1 : end])
    speech = _SPEECH.match(after)
    if not speech:
        return None
    first = hit.end - 1 + len(speech.group(0).split())
    last = first
    while last < len(words) and words[last] not in _CLAUSE_ENDS:
        last += 1
    said = words[first:last]
    if not _ACCUSATION.match(" ".join(said)) or {"me", "us", "i", "we"} & set(said[1:]):
        return None
    return first, last


def accusation_visits(words: list[str], lemmas: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is muted: an accusation visit, or an ordinary question.

    The ordinary questions (v9 first messages) are asked_about.py's.
    """
    return [
        a or q
        for a, q in zip(
            _accusation_visits(words, lemmas, hits), muted_questions(words, hits), strict=True
        )
    ]


def _accusation_visits(words: list[str], lemmas: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is a past visit to accuse someone else, or the accusation.

    "her dad came round saying he's stalking her. how do I talk to him about it":
    the visit is over and what was said is about someone else; muted when the
    message asks how to talk or help, nothing in it is urgent and nothing
    outside the accusation is threatening.
    """
    muted = [False] * len(hits)
    text = " ".join(words)
    if URGENT.search(text) or not (_HOW_TO_TALK.search(text) or HOW_TO_HELP.search(text)):
        return muted
    for i, hit in enumerate(hits):
        if hit.rule.id not in ARRIVAL_RULES or not _told_in_past(words, lemmas, hit):
            continue
        said = _reported_accusation(words, hit)
        if said is None:
            continue
        first, last = said
        outside = words[:first] + words[last:]
        if HOSTILE.search(" ".join(outside)):
            continue
        muted[i] = True
        for j, other in enumerate(hits):
            inside = first <= other.start and other.end <= last
            if inside and other.rule.id in _ACCUSED_RULES:
                muted[j] = True
    return muted


def arrivals_elsewhere(words: list[str], lemmas: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is a past turning-up at someone else's place.

    In a calm story about someone else with a question how to help them: "my
    daughter's coach has been following her. he turned up at her school. how do
    I help her". Not at the person's own door ("at our house", "here"), not
    with anything threatening in its sentence, not said in the present.
    """
    text = " ".join(words)
    # Ordinary questions that get the check-in line at most (asked_about.py).
    around = [
        a or q
        for a, q in zip(
            someone_elses_ex_around(words, hits), checked_questions(words, hits), strict=True
        )
    ]
    if not asks_for_someone_else(text):
        return around
    found = []
    for hit in hits:
        start, end = sentence_span(words, hit.start, hit.end)
        # Following is the story itself; anger, fear or a threat is not.
        sentence = _STORY_WORDS.sub(" ", " ".join(words[start:end]))
        found.append(
            hit.rule.id in _ELSEWHERE_RULES
            and _told_in_past(words, lemmas, hit)
            and _someone_elses_place(words[hit.start : end])
            and "just" not in sentence.split()
            and not HOSTILE.search(sentence)
        )
    return [f or a for f, a in zip(found, around, strict=True)]


# Set H: someone else's ex or stalker hanging around, told by the person who shares
# the house, with a question whether they may report it: "our lodger's ex has been
# hanging around the house. we're not the victim. can we report it". The check-in
# line, not the full reply; never with urgency, anything threatening, or "me"/"us"
# as the one watched.
_THEIR_EX = re.compile(
    rf"(?:{THIRD_PARTY.pattern})(?<=s) (?:ex|ex partner|ex boyfriend|ex girlfriend|ex husband|"
    r"ex wife|stalker)$"
)
_MAY_WE_REPORT = re.compile(
    r"\b(?:can|could|should|do|may) (?:we|i) (?:\w+ )?(?:report|tell|ring|call) (?:it|this|"
    r"him|her|them|the police|101)\b|\bnot the victim\b"
)
_AROUND_RULES = frozenset({"presence", "watching_waiting", "ci_someone_near"})


def someone_elses_ex_around(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is someone else's ex or stalker hanging around."""
    text = " ".join(words)
    if URGENT.search(text) or HOSTILE.search(text) or not _MAY_WE_REPORT.search(text):
        return [False] * len(hits)
    found = []
    for hit in hits:
        at = hit.start
        while at < hit.end and words[at] not in ("ex", "stalker"):
            at += 1
        subject = " ".join(words[max(0, at - 5) : at + 1])
        end = sentence_end(words, hit.end)
        # "watching us from his car": the person, in the same sentence.
        watched = {"me", "us", "i", "we", "my", "our"} & set(words[at:end])
        found.append(
            hit.rule.id in _AROUND_RULES
            and at < hit.end
            and not watched
            and bool(_THEIR_EX.search(subject))
        )
    return found


def _someone_elses_place(after: list[str]) -> bool:
    """Whether a turning-up is said to be at someone else's place.

    "at her school", "at their house", "at my son's club", "at school" (in a
    story about a child); not "at our house", "here", nor no place at all
    ("my cousin arrived" is at the person's own door).
    """
    others = THIRD_PARTY.sub(" their ", " ".join(after)).split()
    return not _OWN & set(others) and bool((_THEIR | _THEIR_PLACES) & set(others))
