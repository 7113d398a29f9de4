"""Readings of the whole message that turn a match down (never up).

Each was a false alarm in a blind set; each keeps at least the check-in line
where the words could still mean danger:

- a friendly arrival (arrivals.py) with nothing threatening in the message;
- someone else's following or watching told with "how do I help"; a past
  arrival the person asks to log; a threat on a condition the person controls
  ("if I ring the police"): ``softened``;
- a past turning-up at someone else's place in a story about them, with "how
  do I help" (relayed.py, ``arrivals_elsewhere``);
- someone near, put right later in the message ("oh it's just my neighbour"),
  or a missing pet that turned up: ``put_right``;
- the message says it was not him ("nothing to do with my ex, just an
  idiot"), with nothing urgent: ``not_him``;
- an arrival for agreed child contact ("he's coming at 5 for contact"), with
  nothing threatening: ``contact_handover``;
- a threat said by the person or their own family against him ("my mum
  keeps saying she'll kill him"): ``their_side_threat``;
- a weapon, overdose or method named in a sentence about work or a hobby
  (or a kitchen knife sharpened): ``work_or_hobby``;
- a plain "please help" trailing an ordinary question:
  ``plea_with_a_question``.

- ordinary messages told with danger words (told_calmly.py): a child taken
  on a family trip, "at 3 am" read as a verb, someone caught on camera asked
  about as evidence, a blow as what lies or rumours are about, the person
  asking whether to knock on someone's door, a long-running pattern someone
  else told them of.

- a feeling, not a sighting ("I still feel like he's watching me"):
  not_happening.feels_like.

``turned_down`` gathers the ones that apply to each match. Readings that mute a
match said not to have happened or dated as a log entry are in
not_happening.py; readings about self-harm are in self_harm_readings.py.
"""

from __future__ import annotations

import re

from bot.safety.arrivals import (
    ARRIVAL_RULES,
    FRIENDLY_PEOPLE,
    HOSTILE,
    HOSTILE_CHECK_INS,
    is_friendly,
    own_people_before,
)
from bot.safety.clause import Context, clause_of
from bot.safety.context_words import URGENT
from bot.safety.job_or_course import ROLES
from bot.safety.matcher import Hit
from bot.safety.not_happening import NOT_TO_RULES, feels_like
from bot.safety.relayed import HOW_TO_HELP, THIRD_PARTY, arrivals_elsewhere, without_reports
from bot.safety.rules import Guard, Signal
from bot.safety.told_calmly import calmly_told

_CONDITIONAL_RULES = frozenset({"threat_now"})
# Someone else's following or watching, told with a question how to help them
# (relayed.THIRD_PARTY and HOW_TO_HELP): the check-in unless it is happening now.
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
# Good news about the person's own people, said after "he's here!!": "my brother
# just landed from Australia".
_FRIENDLY_NEWS = re.compile(
    r"\b(?:my|our) (?:(?:little|big|older|younger|eldest|oldest|youngest|best|twin|baby) )?"
    r"(\w+) (?:has |have |is |had )?(?:just |finally )?(?:landed|"
    r"arrived|flown in|got here|got back|come home|come back|back home)\b"
)
# Not him: "someone tailgated me ... nothing to do with my ex, just an idiot".
# Someone near or following becomes a check-in when nothing in the message is urgent.
_NOT_HIM = re.compile(
    r"\bnothing to do with (?:my ex|him|her|them|the stalking|the case|my case)\b|"
    r"\b(?:it|that|he|she) (?:was|is) not (?:him|her|my ex)\b|"
    r"\bjust (?:an|a|some) (?:idiot|random|stranger|nutter|bad driver|boy racer|lunatic)\b"
)
_NOT_HIM_RULES = _NEAR_RULES | {"following", "following_now", "vehicle_attack"}
# Agreed child contact: "he's coming at 5 for contact and it's 4.30, how do I stay
# calm at handover". An arrival for it, with nothing threatening, is a check-in.
_CONTACT = re.compile(
    r"\bfor (?:contact|handover|the handover|a contact visit|his contact|her contact)\b|"
    r"\bcontact (?:visit|handover|day|time|arrangements?|weekend)\b|\bhandover\b|"
    r"\b(?:pick|picking|collect|collecting|drop|dropping) (?:up |off )?(?:the |my |our |his |"
    r"her )?(?:kids|children|son|daughter|boys|girls|little one)\b"
)
# A threat by the person or their own family against him ("my mum keeps saying
# she'll 'kill him' if she ever sees him", "I'll kill him"): anger on their
# side, not danger to them: a check-in.
_THREAT_RULES = frozenset({"threat_now"})
_THEIR_SIDE = frozenset({"i", "we"})
_AT_HIM = frozenset({"him", "them"})
_NOT_OBJECT = frozenset({"of", "about", "for", "over", "to", "with", "because"})
_PET_MISSING = re.compile(
    r"\b(?:my|our|the) (?:cat|cats|dog|dogs|kitten|puppy|pet|rabbit|bunny|tortoise|parrot|"
    r"budgie|hamster|ferret)\b(?: \w+){0,3} (?:went|gone|was|been|going|had gone) missing\b"
)
# Work, training or a licensed hobby in the same sentence (the jobs are
# job_or_course.ROLES, the list every work reading asks): "I'm a nurse, I see
# overdoses at work", "knife skills on my chef's course", "a licensed shotgun
# locked in a cabinet". A weapon named there is a check-in, not the full
# reply; an overdose or a method named there is not self-harm (a medicine
# named still gets the check-in line from ci_pills).
_WORK_OR_HOBBY = re.compile(
    rf"\b(?:i am|i m|im|she is|he is|my \w+ is) an? (?:\w+ ){{0,2}}(?:{ROLES})\b|"
    r"\bat work\b|\bmy job\b|\b(?:a|my|the|our) (?:\w+ ){0,2}(?:course|class|"
    r"lesson|apprenticeship|training)\b|\b(?:clay pigeon|licensed|licenced|gun cabinet|"
    r"shooting club|gun club|locked (?:up|away)|butchery|cookery)\b|"
    r"\b(?:learn|learned|learnt|learning|taught|teaching) (?:how )?to use\b|"
    # Kitchen knives sharpened: "a proper edge on a chef's knife, whetstone?".
    r"\b(?:sharpen\w*|whetstone|honing|chefs knife|chef knife|edge on)\b|"
    # A licensed gun for farm work, a blade for a trade: "a shotgun certificate for
    # the farm", "he carried a Stanley knife for work" (blind sets v6a, v6b).
    r"\b(?:shotgun|firearms?|gun) (?:certificate|licence|license|cert)\b|"
    r"\bfor (?:the |his |her |my )?(?:farm|work|job)\b"
)
# "What counts as a weapon legally?": a question of definition.
_DEFINITION = re.compile(
    r"\bwhat (?:counts|classes|is classed|is classified|is defined) as\b|\blegally\b|"
    r"\boffensive weapons?\b"
)
# A turning-up told in the past with a question how he knew: "my ex turned up at
# a restaurant I'd chosen an hour before, how could he know?" (blind set E). A
# question about tracking, so a check-in; "has just turned up" (arrived_now) stays.
_HOW_HE_KNEW = re.compile(
    # "how the hell is he finding me" (set N; normalise.py spells "hell" after
    # "the" as "he will"), "how does she keep finding us".
    r"\bhow (?:the hell |the he will |on earth )?(?:did|could|does|would|can|has|do|is|was) "
    r"(?:he|she|they|my ex|her ex|his ex|it) (?:\w+ )?(?:know|knew|known|knowing|find|found|"
    r"finding|track|tracked|tracking|work out|worked out|see|get)\b|"
    r"\b(?:is|could|can|would) (?:he|she|they|my ex) (?:be )?(?:tracking|following) me\b|"
    # Or how to talk to someone about it: "her dad came round saying he's
    # stalking her. How do I talk to him about it?" (blind set v6b).
    r"\bhow (?:do|can|should|could) (?:i|we) (?:talk|speak|help|support|deal|handle|approach|"
    r"explain)\b"
)
# Coming in, as the breaking_in rule reads "he got in": the plain verbs only.
_COMING_IN = frozenset({"got", "get", "gets", "getting", "come", "came", "walked", "walk"})
WORK_WEAPON_RULES = frozenset({"weapon"})
# A weapon turned on someone is no trade: "he just pulled a knife on me at work"
# keeps the full reply (issue 8).
_TURNED_ON = re.compile(r"\b(?:pulled|pulls|drew|draws|came at|coming at|on me|at me|on us)\b")
WORK_SELF_HARM_RULES = frozenset({"overdose", "method_question"})
# The person's own act in the clause: "I'm a nurse and I've taken an overdose" is not
# an overdose met at work (found in session 16 beside set v16b's paramedic).
_OWN_ACT = re.compile(r"\bi (?:have |had |just |have just |had just )?(?:taken|took|swallowed)\b")


def friendly_arrivals(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is a friendly arrival (arrivals.py) to soften.

    Only when every danger hit in the message is an arrival and nothing in it
    is threatening: "my mum's on her way, he said he'd kill me" stays danger.
    """
    arrivals = [h.rule.id in ARRIVAL_RULES or walked_in(words, h) for h in hits]
    others = {
        h.rule.id
        for h, arrival in zip(hits, arrivals, strict=True)
        if not arrival and Signal.CHECK_IN not in h.rule.signals
    }
    if others or HOSTILE_CHECK_INS & {h.rule.id for h in hits}:
        return [False] * len(hits)
    # Someone else's story told beside the arrival ("my cousin just arrived, she
    # says a man follows her from work") is not a threat at the door (relayed.py).
    if HOSTILE.search(without_reports(words)):
        return [False] * len(hits)
    return [
        arrival and is_friendly(words, h.start, h.end, h.rule.id)
        for h, arrival in zip(hits, arrivals, strict=True)
    ]


def walked_in(words: list[str], hit: Hit) -> bool:
    """ "my brother just got in": coming in, not breaking in (rule breaking_in).

    Read as an arrival, so a friendly person coming in gets the check-in line;
    "he just got in" or anything forced stays danger (friendly_arrivals).
    """
    matched = words[hit.start : hit.end]
    return (
        hit.rule.id == "breaking_in"
        and bool(_COMING_IN & set(matched))
        and matched[-1] in ("in", "inside", ".")
    )


def softened(text: str, hits: list[Hit], contexts: list[Context]) -> list[bool]:
    """For each hit, whether its reading turns full danger into a check-in.

    Someone else's following or watching told with a question how to help, a
    record the person asks to log (for a match that is not a present statement),
    a threat on a condition the person controls; never with urgency ("now",
    "tonight", "just", "still") in the clause.
    """
    # Urgency anywhere in the message ("she's on the phone to me now") keeps a
    # relayed report or a record danger; a threat's condition is read in its clause.
    calm = not URGENT.search(text)
    relayed = calm and bool(THIRD_PARTY.search(text) and HOW_TO_HELP.search(text))
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


def put_right(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether someone near is put right later in the message."""
    danger = [h for h in hits if Signal.IMMEDIATE_DANGER in h.rule.signals]
    if not danger or any(h.rule.id not in _NEAR_RULES for h in danger):
        return [False] * len(hits)
    text = " ".join(words)
    if HOSTILE.search(text):
        return [False] * len(hits)
    # After the first statement: "he's here!! my brother just landed" (the news is
    # itself an arrival).
    after = " ".join(words[min(h.end for h in danger) :])
    cleared = any(
        _CLEAR_PEOPLE & {m.group(1), m.group(2)} for m in _ALL_CLEAR.finditer(after)
    ) or any(m.group(1) in _CLEAR_PEOPLE for m in _FRIENDLY_NEWS.finditer(after))
    pet = bool(_PET_MISSING.search(" ".join(words[: min(h.start for h in danger)])))
    # A pet that "turned up" softens only a turning-up ("arrived"), never a
    # present statement ("now he's outside").
    return [h.rule.id in _NEAR_RULES and (cleared or (pet and not h.rule.present)) for h in hits]


def not_him(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether the message says it was not him, with nothing urgent."""
    text = " ".join(words)
    if not _NOT_HIM.search(text) or URGENT.search(text):
        return [False] * len(hits)
    return [h.rule.id in _NOT_HIM_RULES for h in hits]


def contact_handover(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is an arrival for agreed child contact, calmly told."""
    text = " ".join(words)
    danger = [h for h in hits if Signal.IMMEDIATE_DANGER in h.rule.signals]
    if (
        not _CONTACT.search(text)
        or HOSTILE.search(text)
        or any(h.rule.id not in ARRIVAL_RULES for h in danger)
    ):
        return [False] * len(hits)
    return [h.rule.id in ARRIVAL_RULES for h in hits]


def their_side_threat(words: list[str], hit: Hit) -> bool:
    """A threat said by the person or their own family, against "him" or "them"."""
    if hit.rule.id not in _THREAT_RULES or words[hit.end - 1] not in _AT_HIM:
        return False
    if words[hit.end - 2] in _NOT_OBJECT:
        # "kill herself because of him": him is not the one threatened.
        return False
    speaker = words[hit.start]
    if speaker in _THEIR_SIDE:
        return True
    # "my mum ... she'll kill him", or the relative named first: "my dad says he'll...".
    if speaker in ("he", "she", "they"):
        return own_people_before(words, hit.start)
    return own_people_before(words, hit.start + 1)


def turned_down(
    words: list[str], lemmas: list[str], hits: list[Hit], contexts: list[Context]
) -> list[bool]:
    """For each hit, whether any reading here turns full danger into a check-in."""
    return [
        s
        or r
        or n
        or c
        or k
        or e
        or their_side_threat(words, h)
        or calmly_told(words, h)
        or (h.rule.id in WORK_WEAPON_RULES and work_or_hobby(words, h))
        or (h.rule.id in WORK_WEAPON_RULES and bool(_DEFINITION.search(" ".join(words))))
        or (h.rule.id in NOT_TO_RULES and feels_like(words, h))
        for s, r, n, c, k, e, h in zip(
            softened(" ".join(words), hits, contexts),
            put_right(words, hits),
            not_him(words, hits),
            contact_handover(words, hits),
            asked_how_he_knew(words, hits, contexts),
            arrivals_elsewhere(words, lemmas, hits),
            hits,
            strict=True,
        )
    ]


# How late the person decided, not how close he is (set M): "I'd only decided to
# go 20 mins before, how did he know" is no URGENT "20 mins".
_DECIDED_BEFORE = re.compile(
    r"\b(?:\d+|ten|twenty|five|fifteen|thirty|an|half an) (?:minutes|mins|hours?) "
    r"(?:before|beforehand|earlier)\b"
)


def asked_how_he_knew(words: list[str], hits: list[Hit], contexts: list[Context]) -> list[bool]:
    """For each hit, whether it is a past turning-up told with a question how he knew."""
    text = _DECIDED_BEFORE.sub(" ", " ".join(words))
    if not _HOW_HE_KNEW.search(text) or URGENT.search(text) or HOSTILE.search(text):
        return [False] * len(hits)
    return [h.rule.id == "arrived" and c.past_form for h, c in zip(hits, contexts, strict=True)]


def work_or_hobby(words: list[str], hit: Hit) -> bool:
    """A weapon, overdose or method named in a sentence about work or a hobby."""
    clause = clause_of(words, hit)
    if hit.rule.id in WORK_WEAPON_RULES and _TURNED_ON.search(clause):
        return False
    if hit.rule.id in WORK_SELF_HARM_RULES and _OWN_ACT.search(clause):
        return False
    return bool(_WORK_OR_HOBBY.search(clause))


def plea_with_a_question(words: list[str], checks: set[str]) -> bool:
    """Whether a plain plea (help_asked) trails other words, with nothing urgent."""
    return not _PLEA_STAYS_DANGER & checks and any(w not in _PLEA_WORDS for w in words)
