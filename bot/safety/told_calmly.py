"""Readings of ordinary messages told with danger words: at most the check-in line.

Each turns a danger match into the check-in line ("Are you safe right now?"),
never into silence; each but ``clock_am`` (a misreading) stands down when the
message says it is happening now (``_said_now``: "right now", "still", "just") or is
threatening (stand_down.py):

- ``family_trip``: a child taken to the airport tonight on a family holiday
  ("my husband is taking our kids to the airport tonight, we fly to Spain"),
  not taken away from the person (rule child_taken_now; issue 8).
- ``clock_am``: "at 3 am" read as the verb "am" ("the CCTV picked him up at
  3am by my bins": "him ... am by my bins").
- ``footage_as_evidence``: someone seen on a camera, asked about as evidence
  ("the cctv shows him by my car at 4am, can I send it to the police?").
- ``violence_talked_about``: violence as the subject of lies, rumours or an
  accusation ("he's telling everyone lies about him hitting her").
- ``own_visit_asked``: whether the person should go and knock on someone's
  door ("should I go and knock on her door and tell her to stop?").
- ``pattern_told_by_someone``: someone else told the person of a long-running
  pattern ("my lodger told me tonight someone's been following her for
  months"); "tonight" there is when she told it, not when it happens.

The last four are the kinds of four ordinary first messages in an NLU set
that got the full danger reply (issue 8). readings.turned_down asks
``calmly_told``, with the others that turn a match down.
"""

from __future__ import annotations

import re

from bot.safety.arrivals import HOSTILE
from bot.safety.background import in_the_background
from bot.safety.context_words import MONTHS
from bot.safety.everyday_phrases import everyday_phrase
from bot.safety.footage import footage_seen_later
from bot.safety.matcher import RULES, Hit
from bot.safety.relayed import THIRD_PARTY
from bot.safety.rules import Signal
from bot.safety.sentence import sentence_span, sentence_start
from bot.safety.stand_down import said_now, threatening
from bot.safety.weapon_told import weapon_in_a_setting
from bot.safety.words import WORDS

# family_trip: child_taken_now catches "taking my son to the airport tonight"; a
# holiday, a school trip, or the person going too ("we fly at 6") is a trip.
_TRIP_RULES = frozenset({"child_taken_now", "children_taken"})
_TRIP = re.compile(
    r"\b(?:holiday|holidays|hols|half term|school trip|trip|vacation|honeymoon|"
    r"(?:we|i) (?:are |am |will |ll )?(?:fly|flying|going|off|travelling|jetting|leave|"
    r"leaving|meeting them)|our (?:flight|holiday|trip|plane)|family (?:wedding|holiday|visit)|"
    r"see (?:his|her|their|my|our) (?:gran|nan|grandma|grandad|grandparents|family|cousins))\b"
)
# Against the person's will: the hit stays danger whatever else is said.
_AGAINST_WILL = re.compile(
    r"\b(?:not allowed|without (?:my |our )?(?:permission|consent|asking|telling|knowing)|"
    r"(?:will|would) not (?:bring|give|let)|wont (?:bring|give|let)|not (?:coming|bringing "
    r"\w+) back|never see|stop (?:him|her|them)|court order|kidnap\w*|abduct\w*|snatch\w*|"
    r"forc\w*|dragg\w*|crying|from me|off me|passport\w*|help)\b"
)


def family_trip(words: list[str], hit: Hit) -> bool:
    """A child taken on a family trip, told calmly: the check-in line at most."""
    if hit.rule.id not in _TRIP_RULES:
        return False
    text = " ".join(words)
    return bool(_TRIP.search(text)) and not _AGAINST_WILL.search(text) and not HOSTILE.search(text)


def _said_now(text: str) -> bool:
    """Now, or still going on: none of the readings below applies with these in the
    message ("he's still there", "right now", "2 minutes ago", "watching it live").
    Someone nearby is not read here: "the cctv caught him outside" is footage."""
    return said_now(text, bare_just=True, near=False, also=("live",))


# clock_am: rules whose phrases read "is|are|am" as the verb.
_AM_RULES = frozenset(r.id for r in RULES if any("is|are|am" in p for p in r.phrases))
_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "am"})


def clock_am(words: list[str], hit: Hit) -> bool:
    """The only verb in the match is the "am" of a clock time ("at 3 am by my bins")."""
    if hit.rule.id not in _AM_RULES:
        return False
    verbs = [i for i in range(hit.start, hit.end) if words[i] in _VERBS]
    return bool(verbs) and all(words[i] == "am" and i > 0 and words[i - 1].isdigit() for i in verbs)


# footage_as_evidence: a camera that caught someone (footage.py), and a question what
# to do with the recording. Only the sentence with the camera in it is read.
_EVIDENCE = re.compile(
    r"\b(?:evidence|proof|prove|court|admissible|solicitor|(?:use|send|show|give|keep|save|"
    r"download|share) (?:it|that|this|them|the (?:footage|video|clip|recording))|(?:for|to|show|"
    r"give) the police|report (?:it|this|that)|enough (?:for|to)|count as|stand up)\b"
)


def footage_as_evidence(words: list[str], hit: Hit) -> bool:
    """Someone caught on a camera, told with a question about the recording."""
    if Signal.IMMEDIATE_DANGER not in hit.rule.signals:
        return False
    text = " ".join(words)
    if _said_now(text) or not _EVIDENCE.search(text):
        return False
    start, end = sentence_span(words, hit.start, hit.end)
    return footage_seen_later(
        " ".join(words[start : hit.start + 3]), told=" ".join(words[start:end])
    )


# violence_talked_about: the blow is what lies, rumours or an accusation are about.
_VIOLENCE_RULES = frozenset({"violence"})
_TALKED_ABOUT = re.compile(
    r"\b(?:lies|lie|lying|lied|rumou?rs?|claims?|claiming|claimed|accus\w*|allegations?|"
    r"alleg\w*|stor(?:y|ies)|made up|making up|make up|makes up|den(?:y|ies|ied|ying)|"
    r"gossip\w*|spreading|slander\w*|(?<!i )(?<!i have )(?<!i am )(?:telling|tells|told) "
    r"(?:everyone|everybody|people|anyone|the police|the school|social services|them|"
    r"(?:his|her|their|our|my) \w+))\b"
)


def violence_talked_about(words: list[str], hit: Hit) -> bool:
    """A blow named as what lies, rumours or an accusation are about, nothing now.

    The blow must follow the words about it closely ("lies about him hitting her",
    "rumours that I hit him"); "he's telling everyone lies and then he hit me" is a blow.
    """
    if hit.rule.id not in _VIOLENCE_RULES:
        return False
    start, end = sentence_span(words, hit.start, hit.end)
    before = " ".join(words[max(start, hit.start - 10) : hit.start])
    said = [m.end() for m in _TALKED_ABOUT.finditer(before)]
    if not said or _said_now(" ".join(words[start:end])):
        return False
    gap = before[said[-1] :].split()
    return len(gap) <= 3 and not _NOT_ABOUT & set(gap)


_NOT_ABOUT = frozenset({"and", "but", "then", "so", "now", "because", "cos", "after", "when"})


# own_visit_asked: the person going to someone else's door, asked about.
_DOOR_RULES = frozenset({"breaking_in", "breaking_in_now", "presence", "watching_waiting"})
_OWN_ACT = re.compile(
    r"\b(?:should|could|can|shall|would|will|might|do) (?:i|we)\b|\b(?:i|we) (?:am |m |are )?"
    r"(?:want|wanna|going|gonna|thinking|tempted|planning|considering|might|could|should|"
    r"will)\b|\b(?:idea|ok|okay|alright|safe|wise|worth|allowed|advisable|right|best|"
    r"better|sensible|legal|illegal) (?:to|if i|going|knocking)\b"
)
_THEIR_DOOR = re.compile(r"\b(?:his|her|their|the|next doors|neighbours) (?:front |back )?door\b")


def own_visit_asked(words: list[str], hit: Hit) -> bool:
    """The person asking whether to knock on someone else's door.

    Nobody else may be named between the question and the knock: in "what should I
    do he's banging on the door" he is the one knocking.
    """
    if hit.rule.id not in _DOOR_RULES or _said_now(" ".join(words)):
        return False
    start = sentence_start(words, hit.start)
    before = " ".join(words[start : hit.start + 1])
    asked = [m.end() for m in _OWN_ACT.finditer(before)]
    if not asked or not _THEIR_DOOR.search(" ".join(words[hit.start : hit.end])):
        return False
    between = before[asked[-1] :].split()
    return not _SOMEONE_ELSE & set(between)


_SOMEONE_ELSE = frozenset(WORDS["SUBJECT"])


# pattern_told_by_someone: someone else told the person of a pattern going on for
# months; when they told it ("told me tonight", "rang today") is not urgency.
_PATTERN_RULES = frozenset({"following_now", "following", "watching_waiting", "sensing"})
_TOLD_WHEN = re.compile(
    r"\b(?:just )?(?:told|rang|called|phoned|messaged|texted|said|mentioned|confided|admitted|"
    r"opened up)(?: (?:to|in))?(?: me| us)?(?: earlier)? (?:tonight|today|this (?:morning|"
    r"afternoon|evening)|earlier|at work|on the phone)\b|\bjust (?:told|rang|said|messaged|"
    r"texted|called|phoned)\b"
)
_TOLD = re.compile(
    r"\b(?:told|tells|rang|called|phoned|messaged|texted|said|says|mentioned|confided|"
    r"admitted|opened up)\b"
)
_LONG_RUNNING = re.compile(
    r"\bfor (?:months|weeks|ages|years|a (?:while|year|long time)|the (?:last|past) "
    rf"(?:\w+ )?(?:weeks|months|years))\b|\bsince (?:{MONTHS}|christmas|the summer|last \w+)\b"
)


def pattern_told_by_someone(words: list[str], hit: Hit) -> bool:
    """Someone else told the person of a pattern going on for months, nothing now."""
    if hit.rule.id not in _PATTERN_RULES:
        return False
    text = " ".join(words)
    start, end = sentence_span(words, hit.start, hit.end)
    return (
        bool(THIRD_PARTY.search(text))
        and bool(_TOLD.search(" ".join(words[: hit.start])))
        and bool(_LONG_RUNNING.search(" ".join(words[hit.start : end])))
        and not _said_now(_TOLD_WHEN.sub(" ", text))
        # A threat or a plea beside the pattern keeps the full reply (fear or his
        # mood alone does not: someone followed for months is frightened).
        and not threatening(text, fear=False, mood=False)
    )


def calmly_told(words: list[str], hit: Hit) -> bool:
    """Whether any reading here makes the match the check-in line at most."""
    return (
        family_trip(words, hit)
        or clock_am(words, hit)
        or footage_as_evidence(words, hit)
        or violence_talked_about(words, hit)
        or own_visit_asked(words, hit)
        or pattern_told_by_someone(words, hit)
        or weapon_in_a_setting(words, hit)
        or in_the_background(words, hit)
        or everyday_phrase(words, hit)
    )
