"""Ordinary first messages that hold danger words (issues 8 and 11).

Each reading below was a full danger or self-harm reply to a message written
by an author who never saw the rules (the unseen-author NLU sets:
devtools/nlu_candidates/voices_h2.yml, voices_i1.yml, blind_set_i.yml and
voices_l1.yml). Each is a kind a safeguarding lead can check, and each gives
way to urgency: "now", "right now", "tonight", "just", "still" anywhere in the
message (context_words.URGENT) keep the full reply.

At most the check-in line ("are you safe right now?"), ``lightened``:

* **Their own controlling behaviour.** "my girlfriend says I smother her":
  the person is the one said to smother, told as what someone says of them
  or next to checking, jealousy or texting. Read as a perpetrator asking
  for help, not a killing.
* **Someone else's situation, told second-hand.** "my neighbour told me
  someone's been watching her house", "bestie thinks her ex is following her":
  a friend's or relative's report of following or watching that happens to
  her, not to the person.
* **A break-in that is over.** "the garage was broken into overnight and
  they took the bikes": a property crime to report, not someone inside.
* **Following as a pattern, asked about.** "a member of my staff is being
  followed to work, what can we do?", "I'm a woman of 70 being followed by a
  neighbour and scared the police won't believe me": a pattern in someone's
  care, or the person's own situation told as who they are, with a question
  about what to do or about being believed. "I'm being followed right now"
  and "he's following me" keep the full reply.

Muted, ``muted``:

* **Can't leave someone alone.** "I can't leave her alone" means can't stop
  contacting her (rule hiding_trapped reads "can't leave" as being trapped).
* **Nearly hit by a vehicle.** "a cyclist nearly hit my son on the crossing":
  an accident that did not happen, not an assault.
* **The person thinking of going to someone's door.** "part of me wants to go
  and knock on his door": the person at someone else's door, not someone at
  theirs.

Samaritans' line only, ``hopeless_about_telling``:

* **What's the point of telling.** "his brother's a copper so what's the
  point", "nobody believed me before so what's the point": a bare "what's the
  point" about telling anyone is hopelessness about reporting. It keeps
  Samaritans' number (detector.py's ``frustrated``); "what's the point in
  living" is another match (rule wish_to_die's own words) and keeps the full
  reply.
"""

from __future__ import annotations

import re

from bot.safety.clause import Context, clause_of
from bot.safety.context_words import URGENT
from bot.safety.matcher import Hit
from bot.safety.self_harm_told_as_past import told_as_past_or_ordinary

# --- Samaritans' line: "what's the point" about telling anyone ---

# The bare "no point" reading of rule wish_to_die: nothing about living or me.
_BARE_NO_POINT = frozenset({"no", "the", "point", "anymore", "any", "more", "."})
# Telling someone, or someone who would be told (voices_h2, voices_l1): words
# the reporting reading in everyday.py does not hold.
_TELLING = re.compile(
    r"\b(?:coppers?|plod|old bill|the law|999|solicitors?|social workers?|social services|"
    r"(?:told|tell|telling|tells|asked|ask) (?:someone|somebody|anyone|anybody|people|them|"
    r"my \w+|a \w+|the \w+)|laughed (?:it|me) off|laughed at me|"
    r"(?:believe|believed|believes) me|take (?:me|it) seriously|took (?:me|it) seriously|"
    r"(?:nobody|no one|noone) (?:listens|listened|believes|believed|did anything))\b"
)


def hopeless_about_telling(words: list[str], hit: Hit) -> bool:
    """A bare "what's the point" (rule wish_to_die) in a message about telling someone."""
    if hit.rule.id != "wish_to_die":
        return False
    if not set(words[hit.start : hit.end]) <= _BARE_NO_POINT:
        return False
    return bool(_TELLING.search(" ".join(words)))


# --- Check-in at most ---

# "says I smother her", "I smother him and check his phone".
_SMOTHER = frozenset({"smother", "smothers", "smothering", "smothered"})
_OWN_BEHAVIOUR = re.compile(
    r"\b(?:says|said|say|thinks|reckons|told me|tells me|accuses me|accused me|apparently|"
    r"complains|calls me|check|checking|checks|location|jealous|clingy|controlling|"
    r"possessive|texts?|texting|messages|all the time|too much|need space|give (?:her|him) space)\b"
)
# Someone who tells the person about a third person: "my neighbour told me",
# "bestie thinks", "my sister reckons".
_TELLER = re.compile(
    r"\b(?:my |our |a )?(?:best |close |good |old )?(?:bestie|bff|bezzie|friend|mate|pal|"
    r"colleague|neighbour|neighbor|sister|brother|mum|mom|dad|cousin|daughter|son|niece|"
    r"nephew|aunt|auntie|uncle|nan|gran|flatmate|housemate|girlfriend|boyfriend|wife|husband)s? "
    r"(?:told me|tells me|thinks|reckons|says|said|believes|is worried|is convinced|swears)\b"
)
# The one followed or watched is her, him or them: "watching her house",
# "following her".
_THIRD_PERSON_OBJECT = frozenset({"her", "him", "them", "his", "their"})
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "im", "mine"})
_RELAYED_RULES = frozenset({"following_now", "following", "watching_waiting", "sensing"})

# A break-in that is over: "was broken into overnight", "they took the mower".
_BREAK_IN_OVER = re.compile(
    r"\b(?:was|were|got|been|had been) broken into\b|\bovernight\b|"
    r"\b(?:they|someone|somebody) (?:took|stole|nicked|had away|made off with)\b"
)

# Following as a pattern. Someone in the person's care: "an employee", "one of my
# workers"; or the person described: "I'm a 68 year old man being followed".
_IN_CARE = re.compile(
    r"\b(?:an|my|our|one of my|one of our|a) (?:\w+ )?(?:employees?|workers?|staff|team|"
    r"colleagues?|pupils?|students?|clients?|patients?|tenants?|members? of staff|"
    r"service users?|volunteers?|players?)\b"
)
_DESCRIBED_SELF = re.compile(
    r"\b(?:i am|im) an? (?:\w+ ){0,4}(?:man|woman|lady|person|lad|guy|bloke|girl|mum|"
    r"dad|mother|father|pensioner|widow|widower|student) (?:who is )?being followed\b"
)
_PATTERN_FOLLOWING = re.compile(
    r"\b(?:being|getting) (?:followed|hassled|harassed|pestered|stalked)\b|\bturning up at\b"
)
_WHAT_TO_DO = re.compile(
    r"\bwhat (?:can|should|could|do) (?:i|we|the company|my company|the school|the business|"
    r"a manager|an employer|employers?) do\b|\bhow (?:do|can|should) (?:i|we) (?:help|support)\b|"
    r"\b(?:take me seriously|believe me|be believed|taken seriously)\b"
)
_PATTERN_RULES = frozenset({"following_now", "following", "arrived", "arrival_now"})


def _own_smothering(words: list[str], hit: Hit, text: str) -> bool:
    """The person is the one who smothers: "she says I smother her"."""
    matched = words[hit.start : hit.end]
    if not _SMOTHER & set(matched):
        return False
    # The match may start at "i" or at the verb itself ("i | smother my wife").
    doer = matched[0] if matched[0] == "i" else words[hit.start - 1]
    return doer == "i" and bool(_OWN_BEHAVIOUR.search(text))


def _told_second_hand(words: list[str], hit: Hit) -> bool:
    """A friend's report of following or watching that happens to her, not to the person."""
    if hit.rule.id not in _RELAYED_RULES:
        return False
    clause = clause_of(words, hit)
    teller = _TELLER.search(clause)
    if not teller:
        return False
    after = clause[teller.end() :].split()
    return bool(_THIRD_PERSON_OBJECT & set(after)) and not (_FIRST_PERSON & set(after))


def _break_in_over(words: list[str], hit: Hit) -> bool:
    """A break-in told as over: "was broken into overnight", "they took the mower"."""
    return hit.rule.id == "breaking_in" and bool(_BREAK_IN_OVER.search(clause_of(words, hit)))


def _pattern_asked_about(words: list[str], hit: Hit, text: str) -> bool:
    """Following or turning up as a pattern, in someone's care or told as who the
    person is, with a question what to do or about being believed."""
    if hit.rule.id not in _PATTERN_RULES or not _WHAT_TO_DO.search(text):
        return False
    if _DESCRIBED_SELF.search(text):
        return True
    clause = clause_of(words, hit)
    return bool(_IN_CARE.search(clause) and _PATTERN_FOLLOWING.search(clause))


def lightened(words: list[str], hits: list[Hit], contexts: list[Context]) -> list[bool]:
    """For each hit, whether it is one of the kinds above that gets the check-in at most."""
    text = " ".join(words)
    if URGENT.search(text):
        return [False] * len(hits)
    return [
        not ctx.urgent
        and (
            _own_smothering(words, hit, text)
            or _told_second_hand(words, hit)
            or _break_in_over(words, hit)
            or _pattern_asked_about(words, hit, text)
        )
        for hit, ctx in zip(hits, contexts, strict=True)
    ]


# --- Muted ---

# "can't leave her alone": can't stop contacting her.
_PERSON_ALONE = frozenset(
    {"someone", "somebody", "anyone", "anybody", "people", "her", "him", "them", "it", "ex"}
)
_NEARLY = frozenset({"nearly", "almost", "narrowly"})
_VEHICLE = re.compile(
    r"\b(?:e scooters?|escooters?|scooters?|bikes?|cyclists?|cars?|vans?|lorry|lorries|"
    r"bus|buses|taxi|driver|drivers|motorbikes?|moped|mopeds|truck|tractor|ball)\b"
)
# The person going to someone's door: "go and knock on her door", "should I knock
# on his door".
_GOING_TO_A_DOOR = re.compile(
    r"\b(?:go and|go|to go|to|should i|i could|i want to|i wanna|i will|ill|i ll|shall i|"
    r"instinct says go and) knock on (?:her|his|their|the neighbours|his mums|her mums) door\b"
)


def _cannot_leave_alone(words: list[str], hit: Hit) -> bool:
    if hit.rule.id != "hiding_trapped" or words[hit.end - 1] != "leave":
        return False
    after = words[hit.end : hit.end + 3]
    if len(after) >= 2 and after[0] in _PERSON_ALONE and after[1] == "alone":
        return True
    return len(after) >= 3 and after[0] == "my" and after[2] == "alone"


def _nearly_hit_by_a_vehicle(words: list[str], hit: Hit) -> bool:
    if hit.rule.id != "violence":
        return False
    start = hit.start + 1 if words[hit.start] in _NEARLY else hit.start
    if words[start] != "hit" or words[start - 1] not in _NEARLY:
        return False
    return bool(_VEHICLE.search(" ".join(words)))


def _going_to_a_door(words: list[str], hit: Hit) -> bool:
    return hit.rule.id == "breaking_in" and bool(_GOING_TO_A_DOOR.search(clause_of(words, hit)))


def muted(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is one of the kinds above that is no danger at all."""
    # Self-harm words the message itself puts in the past or an ordinary setting
    # (self_harm_told_as_past.py, sets v12a and v12b): read with their own guards.
    told = told_as_past_or_ordinary(words, hits)
    if URGENT.search(" ".join(words)):
        return told
    return [
        t
        or _cannot_leave_alone(words, hit)
        or _nearly_hit_by_a_vehicle(words, hit)
        or _going_to_a_door(words, hit)
        for hit, t in zip(hits, told, strict=True)
    ]
