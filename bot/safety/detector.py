"""Deterministic check for immediate danger, self-harm and "possible danger".

Runs on every user message (the SafetyGuard NLU component, and the channels'
safety net). It is a reviewed list of rules, not a model, so a safeguarding
lead can read why a message was flagged and a test set can pin its behaviour.
It errs towards flagging: a false alarm costs a short 999 reminder, a miss can
cost a life.

How a message is read:

1. Only the first and last ``EDGE_CHARS`` characters are read, so a huge
   message costs no more than a 4,000-character one and danger said at the
   start or the end is still found.
2. normalise.py folds case, shorthand and typos; spaCy lemmatises
   (matcher.py) and every rule's phrases are matched over lemmas and words.
3. Context decides what each match means, clause by clause ("present beats
   past", ``_verdict``):

   - A *present* match (a rule marked ``present``: "he is outside", "he has
     broken in", "he's got a knife") that is not itself inside a question,
     a condition, fiction, a worry or a habit is a present-tense, first-hand
     statement of danger. If the message holds one, nothing else in it mutes
     anything: history and questions never cancel a live emergency ("the man
     who hurt me last year is outside my flat", "he's broken in, when will
     the police come"). A question already finished before the match does not
     count as "inside" it: "what do I do he's outside" (``_ends_question``).
   - Only a clearly finished past in the match's own part of the sentence
     ("he's moved away now and it's stopped") mutes even a present-tense
     match, unless a strong recency word is there.
   - Otherwise a guarded danger match is silenced by a condition in the few
     words before it ("what do I do if he turns up") or by fiction in its
     clause ("a dream", "a film", "lol"), and by past wording ("last year")
     unless a strong recency word ("just", "right now", "still") is there.
     Habit ("keeps", "every night", "he turns up"), worry ("I'm worried
     he...") or a future ("he'll take the kids") turns it into a check-in
     instead, unless an urgency word ("now", "tonight", "in 10 mins") is
     there too.
   - Self-harm matches are never muted.
   - A friendly arrival (arrivals.py: "my sister is on her way over", "the
     delivery man is at the door") with nothing threatening in the message
     is a check-in, not danger; "he", "my ex" or "his brother" arriving is
     danger.
   - At most a check-in (``_softened``, ``_plea_with_a_question``): a plain
     "please help" trailing an ordinary question; someone else's following or
     watching told with "what should I do / how do I help"; a past arrival the
     person asks to log; a threat to stop them reporting ("if I ring the
     police"). Never with urgency ("now", "tonight", "just").
   - Check-in rules (risk words without certainty: someone near, a vehicle, a
     threat, pills, a goodbye, a lone "help") give ``check_in`` unless the
     clause is a condition, fiction or the past.

4. A second opinion (second_opinion.py, a classifier trained on every
   labelled message the project holds) reads the message too. Where the rules
   found no danger and no check-in but it reads possible danger, the verdict
   is a check-in; where it reads self-harm the rules did not find,
   ``check_in_self_harm`` adds Samaritans' number to the reply. It can only
   add these lighter replies, never the full ones, and never take anything away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.arrivals import (
    ARRIVAL_RULES,
    FRIENDLY_PEOPLE,
    HOSTILE,
    HOSTILE_CHECK_INS,
    is_friendly,
)
from bot.safety.everyday import FRUSTRATION_ID, frustration_with_reporting, parking_dispute
from bot.safety.matcher import RULE_ORDER, Hit, find
from bot.safety.normalise import normalise
from bot.safety.rules import (
    FICTION,
    FINISHED,
    HABITUAL,
    HYPOTHETICAL,
    ONLINE,
    PAST,
    URGENT,
    URGENT_OVER_PAST,
    WORRY,
    Guard,
    Signal,
)
from bot.safety.second_opinion import (
    SECOND_OPINION_DANGER,
    SECOND_OPINION_SELF_HARM,
    second_opinion,
)

# Work is bounded: at most the first and the last EDGE_CHARS characters.
EDGE_CHARS = 2000

# Rules about watching and following mean nothing when about social media.
OFFLINE_ONLY = frozenset(
    {
        "watching_waiting",
        "following_now",
        "following",
        "breaking_in_now",
        "breaking_in",
        "screen_seen",
    }
)
# A condition or question ("if", "what do I do") governs the few words after
# it, up to a soft break: "can you get someone here now please he's battering
# the door" is not a question about the door.
_CONDITION_SCOPE = 6
_SOFT_BREAKS = frozenset({"please", "but", "so", "cos", "because", "then"})
# A question that is finished before the danger starts does not govern it:
# "what do i do hes outside", "can you help me he's at the door", "is anyone
# there he's in the house". Only these words can end such a question right
# before the match; "how do I prove he's following me" stays a question
# ("prove" wants the clause as its object).
_QUESTION_ENDS = frozenset(
    {
        "do",
        "now",
        "help",
        "there",
        "anyone",
        "anybody",
        "me",
        "us",
        "quick",
        "quickly",
        "asap",
        "urgently",
        "hello",
        "hi",
        "hey",
        "omg",
    }
)
_QUESTION_SUBJECTS = frozenset({"i", "we", "you", "they"})
# A future word just before a match ("he says he'll take the kids") makes it a
# threat for later, a check-in; these rules are about the future already.
_FUTURE = re.compile(r"\b(?:will(?! not)|would(?! not)|going to|gonna|might|may|wants? to)\b")
_FUTURE_RULES = frozenset({"threat_now", "arrival_now"})
# Habit words belong to their own part of a sentence: in "someone is in my
# shed and the light keeps going on and off", "keeps" is about the light.
_HABIT_BREAKS = frozenset({"and", "but", "so", "cos", "because", "who", "which", "saying", "while"})
# Simple present for a third person ("he turns up", "she follows me") describes
# a habit, not this moment: it turns a match into a check-in.
_THIRD_PERSON = frozenset({"he", "she", "someone", "somebody", "it", "ex", "man", "woman"})
# Verbs of knowing, wanting or feeling are states, not habits: "two lads he
# knows are outside" is about now.
_NOT_HABIT = frozenset(
    {"be", "have", "do", "say", "know", "want", "think", "need", "like", "hate", "mean", "owe"}
)
# Recency anywhere in the message outweighs habit ("fourth time in 10 mins").
_RECENT = re.compile(
    r"\b(?:(?:\d+|a few|few|ten|five|twenty|couple of) (?:minutes|seconds)|right now|as we speak)\b"
)

# A lone "help!" is a plea; a lone "help" is a check-in (on the web it comes
# with the menu; on SMS, HELP stays the carrier keyword).
_LONE_HELP_PLEA = re.compile(r"^\W*(?:help\W*!|999|sos)\W*$", re.IGNORECASE)
_LONE_HELP = re.compile(r"^\W*(?:help|please|pls|plz)\W*$", re.IGNORECASE)
# A threat to stop the person reporting or telling ("he'll hurt the kids if I
# ring the police", "if you tell anyone") is coercion to note and ask about, a
# check-in, unless it is for now; a threat on what they do this minute ("he'll
# stab me if I leave the room", "if I don't open the door") stays danger.
_IF_THE_PERSON = re.compile(
    r"^(?:\w+ ){0,3}(?:if|unless) (?:i|we|you|u) (?:ever )?(?:ring|call|phone|report|tell|"
    r"contact|go to|speak to|talk to|text|message|grass|dob)\b"
)
_CONDITIONAL_RULES = frozenset({"threat_now"})
# A friend, relative or colleague's ongoing pattern told by the person, with a
# question about how to help ("my colleague is being followed home, what should
# I do", "my best friend thinks she's being watched, how do I support her"): the
# check-in, not the full danger reply, unless it is happening now ("my friend is
# being followed right now").
_THIRD_PARTY = re.compile(
    r"\b(?:my|a|our|her|his) (?:best |close |good |old )?(?:friend|mate|pal|colleague|"
    r"coworker|co worker|workmate|sister|brother|daughter|son|mum|mom|mother|dad|father|"
    r"other half|partner|neighbour|neighbor|client|flatmate|housemate|roommate|cousin|"
    r"niece|nephew|student|pupil|patient|employee|girlfriend|boyfriend|wife|husband|aunt|"
    r"uncle|gran|nan|grandma|grandad|teenager|kid|child)s?\b"
    # Someone in the person's care at work: "one of my team", "a member of staff",
    # "my year 10s", "a student of mine" (set D: a manager's and a teacher's report).
    r"|\b(?:my|our|a|one of my|one of our) (?:\w+ )?(?:team|staff|team member|staff member|"
    r"member of (?:my )?(?:staff|team)|direct report|report|learner|tenant|resident|customer|"
    r"service user|volunteer|trainee|apprentice|mentee|year \d+s?|class|parishioner)s?\b"
    r"|\ba (?:student|pupil|patient|client|colleague|member) of (?:mine|ours)\b"
)
_HOW_TO_HELP = re.compile(
    r"\b(?:how (?:do|can|should|could) (?:i|we) (?:best )?(?:help|support|protect|advise)|"
    r"how to (?:help|support|protect|advise)|what (?:should|can|could|do) (?:i|we) (?:do|say)|"
    r"what (?:should|can|could) (?:she|he|they) do|how (?:can|do) (?:i|we) make (?:her|him|"
    r"them) (?:safe|safer))\b"
)
_RELAYED_RULES = frozenset({"following_now", "following", "watching_waiting", "sensing"})
# Asked to log what happened ("he turned up again, can you log it"): a record of
# something over, not an emergency, unless a present statement or urgency is there.
_LOG_REQUEST = re.compile(
    r"\b(?:log|record|note|add|save|write) (?:it|this|that|them|these|down)\b|"
    r"\b(?:add|put) (?:it|this|that) (?:to|in|on) (?:my|the) (?:log|diary|record)"
)
# A plain plea ("please help", "help me": rule help_asked) is the full danger
# reply when the message is nothing but the plea, or comes with a danger
# statement, fear now or someone near. Trailing an ordinary question ("should i
# block him? pls help", "hi i need help please", "phone numbers for help
# please") it gets the check-in line: "are you safe right now?", then the answer.
_PLEA_WORDS = frozenset({".", "help", "hlp", "me", "us", "please", "pls", "plz", "plez"})
_PLEA_STAYS_DANGER = frozenset({"ci_fear_now", "ci_someone_near", "ci_covert", "ci_threat"})

# Someone there, then put right in the same message: "someone's at the door -
# oh it's only my neighbour", "my dog went missing ... she turned up at the
# neighbours". Someone near becomes a check-in, never silence, and only when
# nothing else in the message is danger and nothing is threatening.
_NEAR_RULES = frozenset(
    {"presence", "there_is_someone", "someone_in_my_place", "sensing", *ARRIVAL_RULES}
)
_ALL_CLEAR = re.compile(
    r"\b(?:it is|it was|its|was|that is|thats|that was) (?:just|only) (?:my|the|our|a|an) "
    r"(\w+)(?: (\w+))?"
)
_CLEAR_PEOPLE = FRIENDLY_PEOPLE | {"neighbour", "neighbor", "neighbours", "landlord", "landlady"}
_PET_MISSING = re.compile(
    r"\b(?:my|our|the) (?:cat|cats|dog|dogs|kitten|puppy|pet|rabbit|bunny|tortoise|parrot|"
    r"budgie|hamster|ferret)\b(?: \w+){0,3} (?:went|gone|was|been|going|had gone) missing\b"
)
# Work, training or a licensed hobby in the same sentence: "I'm a nurse, I see
# overdoses at work", "knife skills on my chef's course", "a licensed shotgun
# locked in a cabinet". A weapon named there is a check-in, not the full
# reply; an overdose or a method named there is not self-harm (a medicine
# named still gets the check-in line from ci_pills).
_WORK_OR_HOBBY = re.compile(
    r"\b(?:i am|i m|im|she is|he is|my \w+ is) an? (?:\w+ ){0,2}(?:nurse|doctor|paramedic|"
    r"pharmacist|carer|chef|butcher|vet|midwife|gp|medic|social worker|support worker|"
    r"care worker)\b|\bat work\b|\bmy job\b|\b(?:a|my|the|our) (?:\w+ ){0,2}(?:course|class|"
    r"lesson|apprenticeship|training)\b|\b(?:clay pigeon|licensed|licenced|gun cabinet|"
    r"shooting club|gun club|locked (?:up|away)|butchery|cookery)\b|"
    r"\b(?:learn|learned|learnt|learning|taught|teaching) (?:how )?to use\b"
)
_WORK_WEAPON_RULES = frozenset({"weapon"})
_WORK_SELF_HARM_RULES = frozenset({"overdose", "method_question"})
# Self-harm said as not so: "I'm not suicidal", "I used to self harm but I'm
# not doing that now". Only these plain denials; anything else about dying in
# the message is still self-harm.
_NOT_BEFORE = re.compile(r"\b(?:not|never|no longer)(?: really| actually| feeling| at all)?$")
_DENIABLE = re.compile(r"^(?:suicidal|suicide|self harm|self harming|selfharm|self harmed)\b")
_USED_TO = re.compile(
    r"\b(?:used to|when i was (?:a |at )?\w+|as a (?:teenager|teen|kid|child)|years ago)\b"
)
_NOT_NOW = re.compile(
    r"\b(?:not|never) (?:doing|do|done) (?:that|it|this)(?: \w+)? "
    r"(?:now|anymore|any more|these days|since)\b|\b(?:i have|i ve|i) (?:stopped|given up|"
    r"not done (?:it|that) (?:in|for|since))\b"
)


@dataclass(frozen=True)
class Assessment:
    """What the check found. Holds rule ids only, never the user's words.

    Attributes:
        signals: Immediate danger and/or self-harm.
        rule_ids: Ids of the danger and self-harm rules that fired.
        check_in: "Possible danger": risk words without certainty. Always
            False when ``immediate_danger`` is True.
        check_in_rule_ids: Ids of the rules behind ``check_in`` (the second
            opinion's are ``second_opinion_danger`` and ``second_opinion_self_harm``).
        check_in_self_harm: "Possible self-harm": the second opinion
            (second_opinion.py) reads self-harm the rules did not find. The
            reply adds Samaritans' number to whatever else it says.
    """

    signals: frozenset[Signal]
    rule_ids: tuple[str, ...]
    check_in: bool = False
    check_in_rule_ids: tuple[str, ...] = ()
    check_in_self_harm: bool = False

    @property
    def immediate_danger(self) -> bool:
        return Signal.IMMEDIATE_DANGER in self.signals

    @property
    def self_harm(self) -> bool:
        return Signal.SELF_HARM in self.signals

    @property
    def any(self) -> bool:
        """Danger or self-harm (a check-in alone is not an alarm)."""
        return bool(self.signals)


NOTHING = Assessment(frozenset(), ())


@dataclass(frozen=True)
class _Context:
    condition_before: bool
    fiction: bool
    past: bool
    finished: bool
    habitual: bool
    worry_before: bool
    future_before: bool
    habit_verb: bool
    urgent: bool
    urgent_over_past: bool
    online: bool
    condition_after: bool


def bounded(text: str) -> str:
    """The part of ``text`` the check reads: all of it, or its two ends."""
    if len(text) <= 2 * EDGE_CHARS:
        return text
    return text[:EDGE_CHARS] + "\n" + text[-EDGE_CHARS:]


def _habit_verb(words: list[str], lemmas: list[str], hit: Hit) -> bool:
    return any(
        words[i - 1] in _THIRD_PERSON
        and words[i].endswith("s")
        and lemmas[i] != words[i]
        and lemmas[i] not in _NOT_HABIT
        for i in range(max(hit.start, 1), hit.end)
    )


def _part(words: list[str], start: int, end: int, hit: Hit) -> str:
    """The part of the clause around a hit, between habit breaks ("and", "who")."""
    left = hit.start
    while left > start and words[left - 1] not in _HABIT_BREAKS:
        left -= 1
    right = hit.end
    while right < end and words[right] not in _HABIT_BREAKS:
        right += 1
    return " ".join(words[left:right])


def _ends_question(words: list[str], i: int) -> bool:
    """Whether words[i] ends a question: "what do I do", "can you help", "hello?"."""
    if words[i] == "do":
        # "what do I do", "what should we do"; not "how do I kick him out".
        return words[i - 1] in _QUESTION_SUBJECTS
    return words[i] in _QUESTION_ENDS


def _context(words: list[str], lemmas: list[str], hit: Hit) -> _Context:
    start = hit.start
    while start > 0 and words[start - 1] != ".":
        start -= 1
    # A condition or question governs the few words after it, up to a soft
    # break: "can you get someone here now please he's battering the door".
    scope = max(start, hit.start - _CONDITION_SCOPE)
    for i in range(hit.start - 1, scope - 1, -1):
        if words[i] in _SOFT_BREAKS or (i == hit.start - 1 and _ends_question(words, i)):
            scope = i + 1
            break
    end = hit.end
    while end < len(words) and words[end] != ".":
        end += 1
    # The first matched word counts as "before": "if he" in "if he turns up".
    before = " ".join(words[scope : hit.start + 1])
    future = " ".join(words[max(start, hit.start - 2) : hit.start + 1])
    clause = " ".join(words[start:end])
    part = _part(words, start, end, hit)
    return _Context(
        condition_before=bool(HYPOTHETICAL.search(before)),
        fiction=bool(FICTION.search(clause)),
        past=bool(PAST.search(clause)),
        finished=bool(FINISHED.search(part)),
        habitual=bool(HABITUAL.search(part)),
        worry_before=bool(WORRY.search(" ".join(words[start : hit.start + 1]))),
        future_before=bool(_FUTURE.search(future)),
        habit_verb=_habit_verb(words, lemmas, hit),
        urgent=bool(URGENT.search(clause)),
        urgent_over_past=bool(URGENT_OVER_PAST.search(clause)),
        online=bool(ONLINE.search(clause)),
        condition_after=bool(_IF_THE_PERSON.search(" ".join(words[hit.end : end]))),
    )


def _is_first_hand_present(hit: Hit, ctx: _Context) -> bool:
    """A present-tense statement of danger, not inside a question, a story or a habit."""
    return (
        hit.rule.present
        and not ctx.condition_before
        and not ctx.fiction
        and not ctx.worry_before
        and not ctx.habit_verb
        and not (ctx.habitual and not ctx.urgent)
        and not (ctx.finished and not ctx.urgent_over_past)
    )


def _verdict(hit: Hit, ctx: _Context, present_in_message: bool, recent: bool) -> str | None:
    """ "fire", "check_in" or None (muted) for one hit. Present beats past."""
    rule = hit.rule
    if rule.id in OFFLINE_ONLY and ctx.online:
        return None
    if Signal.CHECK_IN in rule.signals:
        if rule.guard is Guard.NONE:
            return "check_in"
        if ctx.condition_before or ctx.fiction or (ctx.past and not ctx.urgent_over_past):
            return None
        return "check_in"
    if rule.guard is Guard.NONE:
        return "fire"
    if ctx.finished and not ctx.urgent_over_past:
        return None
    if present_in_message:
        return "fire"
    if ctx.condition_before or ctx.fiction:
        return None
    if ctx.past:
        return "fire" if ctx.urgent_over_past else None
    if recent:
        return "fire"
    if ctx.habit_verb and rule.guard is Guard.ANY:
        return "check_in"
    if ctx.future_before and rule.id not in _FUTURE_RULES and not ctx.urgent:
        return "check_in"
    if ctx.urgent:
        return "fire"
    if ctx.worry_before or (rule.guard is Guard.ANY and ctx.habitual):
        return "check_in"
    return "fire"


def _friendly_arrivals(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is a friendly arrival (arrivals.py) to soften.

    Only when every danger hit in the message is an arrival and nothing in it
    is threatening: "my mum's on her way, he said he'd kill me" stays danger.
    """
    arrivals = [h.rule.id in ARRIVAL_RULES for h in hits]
    others = {
        h.rule.id
        for h, arrival in zip(hits, arrivals, strict=True)
        if not arrival and Signal.CHECK_IN not in h.rule.signals
    }
    if others or HOSTILE_CHECK_INS & {h.rule.id for h in hits}:
        return [False] * len(hits)
    if HOSTILE.search(" ".join(words)):
        return [False] * len(hits)
    return [
        arrival and is_friendly(words, h.start, h.end, h.rule.id)
        for h, arrival in zip(hits, arrivals, strict=True)
    ]


def _softened(text: str, hits: list[Hit], contexts: list[_Context]) -> list[bool]:
    """For each hit, whether its reading turns full danger into a check-in.

    Someone else's following or watching told with a question how to help, a
    record the person asks to log (for a match that is not a present statement),
    a threat on a condition the person controls; never with urgency ("now",
    "tonight", "just", "still") in the clause.
    """
    # Urgency anywhere in the message ("she's on the phone to me now") keeps a
    # relayed report or a record danger; a threat's condition is read in its clause.
    calm = not URGENT.search(text)
    relayed = calm and bool(_THIRD_PARTY.search(text) and _HOW_TO_HELP.search(text))
    logging = calm and bool(_LOG_REQUEST.search(text))
    return [
        not ctx.urgent
        and (
            (relayed and hit.rule.id in _RELAYED_RULES)
            or (logging and not hit.rule.present and hit.rule.guard is not Guard.NONE)
            or (ctx.condition_after and hit.rule.id in _CONDITIONAL_RULES)
        )
        for hit, ctx in zip(hits, contexts, strict=True)
    ]


def _put_right(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether someone near is put right later in the message."""
    danger = [h for h in hits if Signal.IMMEDIATE_DANGER in h.rule.signals]
    if not danger or any(h.rule.id not in _NEAR_RULES for h in danger):
        return [False] * len(hits)
    text = " ".join(words)
    if HOSTILE.search(text):
        return [False] * len(hits)
    after = " ".join(words[max(h.end for h in danger) :])
    cleared = any(_CLEAR_PEOPLE & {m.group(1), m.group(2)} for m in _ALL_CLEAR.finditer(after))
    pet = bool(_PET_MISSING.search(" ".join(words[: min(h.start for h in danger)])))
    # A pet that "turned up" softens only a turning-up ("arrived"), never a
    # present statement ("now he's outside").
    return [h.rule.id in _NEAR_RULES and (cleared or (pet and not h.rule.present)) for h in hits]


def _clause(words: list[str], hit: Hit) -> str:
    start = hit.start
    while start > 0 and words[start - 1] != ".":
        start -= 1
    end = hit.end
    while end < len(words) and words[end] != ".":
        end += 1
    return " ".join(words[start:end])


def _work_or_hobby(words: list[str], hit: Hit) -> bool:
    """A weapon, overdose or method named in a sentence about work or a hobby."""
    return bool(_WORK_OR_HOBBY.search(_clause(words, hit)))


def _denied(words: list[str], hit: Hit) -> bool:
    """Whether a self-harm match is a plain denial ("I'm not suicidal")."""
    matched = " ".join(words[hit.start : hit.end])
    if not _DENIABLE.match(matched):
        return False
    start = hit.start
    while start > 0 and words[start - 1] != ".":
        start -= 1
    before = " ".join(words[start : hit.start])
    if _NOT_BEFORE.search(before):
        return True
    return bool(_USED_TO.search(before) and _NOT_NOW.search(" ".join(words[hit.end :])))


def _plea_with_a_question(words: list[str], checks: set[str]) -> bool:
    """Whether a plain plea (help_asked) trails other words, with nothing urgent."""
    return not _PLEA_STAYS_DANGER & checks and any(w not in _PLEA_WORDS for w in words)


def assess(text: str | None) -> Assessment:
    """Checks one user message for danger, self-harm and possible danger.

    Args:
        text: The message as the user typed it (any language, any length; only
            its first and last 2,000 characters are read).

    Returns:
        The signals found, the ids of the rules that fired, and the check-in
        verdict.
    """
    if not text:
        return NOTHING
    text = bounded(text)
    if _LONE_HELP_PLEA.match(text):
        return Assessment(frozenset({Signal.IMMEDIATE_DANGER}), ("help_plea",))
    if _LONE_HELP.match(text):
        return Assessment(frozenset(), (), True, ("lone_help",))
    normalised = normalise(text)
    if not normalised.strip(" ."):
        return NOTHING
    # Clause breaks at both ends let phrases say "nothing before" or "nothing
    # after" ("end it .").
    words, lemmas, hits = find(". " + normalised + " .")
    contexts = [_context(words, lemmas, hit) for hit in hits]
    recent = bool(_RECENT.search(" ".join(words)))
    friendly = _friendly_arrivals(words, hits)
    softened = [
        s or r or (h.rule.id in _WORK_WEAPON_RULES and _work_or_hobby(words, h))
        for s, r, h in zip(
            _softened(" ".join(words), hits, contexts), _put_right(words, hits), hits, strict=True
        )
    ]
    present = any(
        _is_first_hand_present(h, c) and not f and not s
        for h, c, f, s in zip(hits, contexts, friendly, softened, strict=True)
    )
    parked = parking_dispute(words, hits)
    frustrated = False
    signals: set[Signal] = set()
    fired: set[str] = set()
    checks: set[str] = set()
    urgent_checks: set[str] = set()
    for hit, ctx, soft, lower in zip(hits, contexts, friendly, softened, strict=True):
        verdict = _verdict(hit, ctx, present, recent)
        if Signal.SELF_HARM in hit.rule.signals and (
            _denied(words, hit)
            or (hit.rule.id in _WORK_SELF_HARM_RULES and _work_or_hobby(words, hit))
        ):
            verdict = None
        if verdict == "fire" and frustration_with_reporting(words, hit):
            verdict, frustrated = None, True
        if verdict == "fire" and parked:
            verdict = "check_in"
        if verdict == "fire" and (soft or lower):
            # A friendly arrival ("my sister is on her way over"), someone else's
            # pattern with a question how to help, a record to log, a threat that
            # hangs on what the person does next: at most a check-in.
            verdict = "check_in"
        if verdict == "fire":
            signals.update(s for s in hit.rule.signals if s is not Signal.CHECK_IN)
            fired.add(hit.rule.id)
        elif verdict == "check_in":
            checks.add(hit.rule.id)
            if not (ctx.habitual or ctx.habit_verb):
                urgent_checks.add(hit.rule.id)
    if fired == {"help_asked"} and _plea_with_a_question(words, urgent_checks):
        signals.discard(Signal.IMMEDIATE_DANGER)
        fired.clear()
        checks.add("help_asked")
    danger = Signal.IMMEDIATE_DANGER in signals
    check_ids = tuple(sorted(checks, key=RULE_ORDER.__getitem__))
    # The second opinion only adds a check-in; it never removes what the rules
    # found and never gives the full reply (second_opinion.py says why).
    opinion = second_opinion(text)
    possible_self_harm = Signal.SELF_HARM not in signals and (
        opinion.possible_self_harm or frustrated
    )
    if frustrated and Signal.SELF_HARM not in signals and not danger:
        check_ids += (FRUSTRATION_ID,)
    if not danger and not checks and opinion.possible_danger:
        check_ids += (SECOND_OPINION_DANGER,)
    if possible_self_harm and not danger:
        check_ids += (SECOND_OPINION_SELF_HARM,)
    return Assessment(
        frozenset(signals),
        tuple(sorted(fired, key=RULE_ORDER.__getitem__)),
        check_in=bool(check_ids) and not danger,
        check_in_rule_ids=() if danger else check_ids,
        check_in_self_harm=possible_self_harm,
    )
