"""Self-harm words in messages that say, themselves, the harm is past or ordinary.

Blind sets v12a and v12b (issue 8, session 11) held ordinary messages that got
the full self-harm reply (Samaritans 116 123 and 999) because a self-harm word
was in them. Each reading below is a kind, read over the whole message, and
mutes only the self-harm rules (never a danger rule, never a check-in):

* **Recovery told in new words** (v12b): "rated my suicidal thoughts zero for
  the first time", "12 years free of self harm", "not since my twenties",
  "used to think about suicide a lot in 2020. I don't now", "the anniversary
  of my overdose ... to mark that I'm still here", "last year ... hospital
  after an overdose. This year I'm on holiday".
* **Someone else's death by suicide, mourned** (v12b): "my sister died by
  suicide five years ago ... in grief counselling".
* **Seen at work or on a course** (v12a; session 12): "a 12 hour night shift in
  A&E, a stabbing and two overdoses", "a knife crime course ... where people
  hide blades", "two overdoses among the residents on my late shift", "a
  suicide awareness course for work": no I or me in the harm's own sentence and
  no "my" before the harm itself (the work words are job_or_course.py's,
  shared with the pills check-in and the weapon reading).
* **A medicine-interaction question** (v12a): "do my tablets interact with
  alcohol ... I want to cut down" (prescribed.INTERACTION, the pills check-in's
  words too).
* **A figure about a game or a bet** (v12a): "my horse fell at the first ...
  I want to die lol".
* **A means bought for an everyday use** (v12b): rope "for the allotment ...
  runner beans, all good".
* **Laughed off, or someone else's letters** (v15a, v15b): "I'd rather die than go
  to that hearing on my own lol"; a prison officer's "one of the lads on my wing
  keeps writing letters to a girl he was stalking".
* **A small accident, dressed** (v12a): "stabbed myself with the screwdriver
  putting flat pack drawers together ... tiny cut, plaster on, all good".

Two kinds from v13a and v13b are read in their own modules, with their own
guards, and asked from here: his old threats or a place he stood, told as over
(self_harm_his_past_threats.py), and a job, a blocked account or one's own habit
(self_harm_everyday_words.py); so is one from v14a and v14b: one's own long
past asked about for the case (self_harm_history_told.py).

None of the kinds above acts when the message also says now, again, lately, tonight, a
plan, a quantity, or dying as something wanted now (``_KEEP``): "12 years free
of self harm but I cut again last night" keeps the full reply.
"""

from __future__ import annotations

import re

from bot.safety.job_or_course import AT_WORK
from bot.safety.matcher import Hit
from bot.safety.named_last import named_last
from bot.safety.prescribed import INTERACTION
from bot.safety.rules import Signal
from bot.safety.self_harm_everyday_words import said_in_an_everyday_sense
from bot.safety.self_harm_his_past_threats import his_past_threat_or_place
from bot.safety.self_harm_history_told import own_history_for_the_case
from bot.safety.sentence import sentence_span
from bot.safety.stand_down import said_now

# Anything said now (stand_down.said_now, and "tonight", "at the moment",
# "currently"), again, planned or counted keeps the full reply. Not a bare
# "still": "to mark that I'm still here" is recovery.
_KEEP = re.compile(
    r"\b(?:again|lately|recently|"
    r"last night|this morning|yesterday|earlier today|an hour ago|minutes ago|"
    r"plan|plans|planned|planning|going to (?:do it|end|kill|take|jump|hang)|"
    r"kill myself|end it|end my life|ending it|take my (?:own )?life|"
    r"can not go on|cannot go on|can not cope|can not do this|no point|"
    r"do not want to (?:be here|live|wake up)|better off without me|"
    r"how many|how much|enough to|all (?:my|of my|the) (?:pills|tablets|meds)|"
    r"whole (?:box|packet|bottle|pack|strip)|\d+ (?:pills|tablets|paracetamol)|"
    r"relapse|relapsed|urge|urges|tempted|struggling|thinking about it|"
    r"still (?:want|think|feel|have|cut|hurt myself)|noose|hang myself|goodbye|"
    r"join (?:her|him|them)|be with (?:her|him|them)|same way|decided|"
    # Not "the same waiting room" (v15a's kind): doing the same as someone who died.
    r"(?:do|did|doing|done) the same|the same (?:way|thing|as (?:her|him|them))|"
    r"want to die(?! lol| lmao| haha)|"
    r"just (?:took|taken|cut|done it|swallowed))\b"
)

_NOW_TOO = (r"tonight", r"at the moment", r"currently")


def _kept(text: str) -> bool:
    return bool(_KEEP.search(text)) or said_now(
        text, bare_now=False, near=False, lasting=False, also=_NOW_TOO
    )


_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "im", "mine"})

# Recovery said in the message itself (v12b).
_RECOVERED = re.compile(
    r"\b(?:(?:years?|months?|weeks?|days?) (?:free|clean) (?:of|from)|"
    # v14b: "clean from self harm for 2 years and I'm proud of it".
    r"(?:free|clean) (?:of|from) (?:self harm|cutting|self harming|suicidal)|"
    r"(?:said|rated? (?:it|them)?|scored?|down to|at) (?:a )?(?:zero|0|none)\b|"
    r"not since (?:my|i was|school|uni|college|university|\d{4}|\d+ years)|"
    r"i do not (?:now|any ?more)|"
    r"(?:this year|now|these days) i am (?:on holiday|happy|well|better|doing well|"
    r"in a good place|in recovery)|"
    r"i am still here|proud of myself|mark that i am still here)\b"
)
# Recovery readings need the harm told as past or rated, not happening.
_PAST_OR_RATED = re.compile(
    r"\b(?:used to|last year|years ago|months ago|in (?:19|20)\d\d|back in|"
    r"anniversary of|when i was|not since|(?:free|clean) (?:of|from)|rate|rated|"
    r"thoughts? (?:this|last) week)\b"
)

# Someone else's death by suicide, mourned (v12b).
_MOURNED = re.compile(
    r"\b(?:mum|mam|dad|mother|father|sister|brother|son|daughter|friend|partner|"
    r"husband|wife|cousin|uncle|aunt|nan|grandad|grandma|grandad|he|she)"
    r" (?:died by|died of|took (?:his|her|their) (?:own )?life|killed (?:himself|herself)|"
    r"committed) (?:suicide )?\w*"
)
_GRIEF = re.compile(
    r"\b(?:years? ago|months? ago|grief|bereave\w*|funeral|inquest|miss (?:her|him))\b"
)

# A figure about a game or a bet (v12a).
_LAUGHED = re.compile(r"\b(?:lol|lmao|haha+|rofl)\b")
_GAME = re.compile(
    r"\b(?:grand national|horse|race|match|game|team|score|bet|quiz|fantasy|"
    r"lost a (?:tenner|fiver|quid)|penalty|referee|league)\b"
)

# A means bought for an everyday use (v12b).
_EVERYDAY_USE = re.compile(
    r"\bfor (?:the|my) (?:allotment|runner beans|beans|tomatoes|peas|garden|greenhouse|"
    r"tent|camping|boat|narrowboat|mooring|climbing|washing line|trailer|towing|horse|"
    r"goats|fencing|sailing)\b"
)
_MEANS_RULES = frozenset({"stockpiling", "rope_in_mind_or_at_hand"})
_HANGING = re.compile(r"\b(?:tree|beam|banister|hatch|neck|hang|noose|knot|loft)\b")

# A small accident, dressed (v12a).
_ACCIDENT = re.compile(
    r"\b(?:putting \w+ (?:\w+ )?together|flat ?pack|diy|chopping|cooking|slipped|"
    r"by accident|accidentally|gardening|shaving|opening)\b"
)
_MINOR = re.compile(
    r"\b(?:tiny|small|little) (?:cut|nick|scratch)|plaster on|all good|nothing serious\b"
)


def _sentence(words: list[str], hit: Hit) -> list[str]:
    start, end = sentence_span(words, hit.start, hit.end)
    return words[start:end]


# Harm counted or done by others: "two overdoses", "where people hide blades".
_COUNTED = re.compile(r"^(?:two|three|four|five|six|several|some|few|multiple|\d+)$")
# "took two overdoses" is the person's own act, said without "I".
_TAKEN = frozenset({"take", "took", "taken", "taking", "swallowed", "had", "did", "done"})
_OTHERS = frozenset({"people", "patients", "patient", "they", "someone", "students", "kids"})


# v16b: taken by someone named as the taker: "a job last night where someone had taken
# an overdose" (a paramedic's). v17b: asked about by a customer or a patient ("Had a
# customer ask how many paracetamol is an overdose", a pharmacist's; _ASKED_BY_OTHERS).
_TAKEN_BY_OTHERS = re.compile(
    r"\b(?:someone|somebody|a patient|the patient|a man|a woman|a lad|a girl|he|she|they) "
    r"(?:had |has |have )?(?:taken|took|swallowed)\b"
)
_ASKED_BY_OTHERS = re.compile(
    r"\b(?:a|my|one|the) (?:customer|patient|client|caller|service user)s? (?:asked|ask|asks|"
    r"asking) (?:me )?(?:about |how many |how much )?(?:\w+ ){0,2}(?:overdoses?|paracetamol|"
    r"tablets|pills)\b"
)
# The person's own intent beside a question someone asked them: never muted.
_OWN_INTENT = re.compile(
    r"\bi (?:have |had |just )?(?:taken|took|swallowed|want to|am going to|will|might)\b"
)


def _seen_in_others(words: list[str], hit: Hit) -> bool:
    before = words[hit.start - 1] if hit.start else ""
    sentence = _sentence(words, hit)
    if _TAKEN & set(sentence) and not _TAKEN_BY_OTHERS.search(" ".join(sentence)):
        return False
    return bool(_COUNTED.match(before)) or bool(_OTHERS & set(sentence))


# Harm as a subject of study: "a suicide awareness course", "self harm training".
_STUDIED = re.compile(
    r"\b(?:suicide|self harm|self injury|overdose|knife crime) (?:awareness|prevention|"
    r"first aid|training|course|talk|module|workshop|lecture|"
    # v15a, v15b: "coursework on suicide rates", "a unit on suicide statistics".
    r"rates?|statistics|stats|figures|data|research)\b|"
    # v15a: met in the work itself: "on a mental health ward ... I deal with self harm
    # every shift", "a paramedic ... sees overdoses all the time".
    r"\b(?:deal|deals|dealt|dealing|work|works|working|cope|coping) with (?:\w+ ){0,2}"
    r"(?:self harm|self injury|suicid\w*|overdoses?)\b|"
    r"\b(?:see|sees|saw|seeing) (?:\w+ ){0,2}overdoses?\b|"
    # v16a, v16b: "my dissertation on stalking and suicide risk", "a psych module on
    # self-harm".
    r"\b(?:module|course|dissertation|thesis|essay|research|project|unit|lecture|"
    r"assignment|seminar|session|training) on (?:\w+ ){0,3}(?:suicide|self harm|self injury|"
    r"overdoses?)\b|"
    # v17a, v17b: "safeguarding training, does it cover stalking and suicide risk?", "I
    # volunteer on a crisis line so I talk about suicide most shifts".
    r"\b(?:cover|covers|covering|include|includes) (?:\w+ ){0,3}(?:suicide|self harm)\b|"
    r"\btalk about (?:suicide|self harm) (?:most|every|each|on) (?:\w+ )?shifts?\b"
)
# v15a: "I'd rather die than go to that hearing on my own lol": the idiom, laughed.
_RATHER_THAN = frozenset({"rather", "sooner"})
# v15b: letters someone else writes to a person he stalks, told by a prison officer
# ("one of the lads on my wing keeps writing letters to a girl he was stalking").
_LETTERS_TO_SOMEONE = re.compile(r"\bletters? (?:\w+ )?to (?:a|an|this|that|some) \w+")


# Set v18a: a dream told as a dream: "Dreamt I jumped off a cliff and woke up falling".
# Not "dreaming about being dead, just wanting it to be over" (a longing, not a dream).
_DREAMT = re.compile(r"\b(?:dreamt|dreamed|had a dream|had a nightmare|in my dream)\b")


def _own_harm(words: list[str], hit: Hit, own: list[str]) -> bool:
    """I or me in the harm's sentence, or "my" before the harm itself ("my
    overdose"); "on my shift" alone is the job, not the person's own harm."""
    if (_FIRST_PERSON - {"my"}) & set(own):
        return True
    return hit.start > 0 and words[hit.start - 1] == "my"


def _others_harm_at_work(words: list[str], hit: Hit, text: str) -> bool:
    """Someone else's overdose met at work: taken by someone named ("paramedic. had a
    job last night where someone had taken an overdose"), or asked about by a customer
    or a patient ("had a customer ask how many paracetamol is an overdose"), the job
    named, nobody's own harm or intent in the sentence. Its own guard, as "last
    night" (``_KEEP``) dates the job, not the person's harm."""
    sentence = _sentence(words, hit)
    own = " ".join(sentence)
    if not AT_WORK.search(text):
        return False
    if _ASKED_BY_OTHERS.search(own):
        # "a patient asked me how many tablets is an overdose": "me" is the one asked.
        return not _OWN_INTENT.search(own)
    return bool(_TAKEN_BY_OTHERS.search(own)) and not _own_harm(words, hit, sentence)


def _reads_as_past_or_ordinary(words: list[str], hit: Hit, text: str) -> bool:
    own = _sentence(words, hit)
    # The harm's own sentence must be the past one: "I used to be happy, not
    # any more. I've got the pills" is not recovery.
    if _RECOVERED.search(text) and _PAST_OR_RATED.search(" ".join(own)):
        return True
    if _MOURNED.search(text) and _GRIEF.search(text) and not (_FIRST_PERSON & set(own) - {"my"}):
        return True
    if AT_WORK.search(text) and _seen_in_others(words, hit) and not _own_harm(words, hit, own):
        return True
    if AT_WORK.search(text) and _STUDIED.search(" ".join(own)):
        return True
    if INTERACTION.search(" ".join(own)):
        return True
    if _DREAMT.search(" ".join(own)):
        return True
    if hit.rule.id == "wish_to_die" and _LAUGHED.search(" ".join(own)) and _GAME.search(text):
        return True
    if (
        hit.rule.id == "wish_to_die"
        and _RATHER_THAN & set(words[max(0, hit.start - 2) : hit.end])
        and "than" in own
        and _LAUGHED.search(" ".join(own))
    ):
        return True
    if (
        hit.rule.id == "farewell"
        and _LETTERS_TO_SOMEONE.search(" ".join(own))
        and named_last(words, hit) != "first"
    ):
        return True
    if hit.rule.id in _MEANS_RULES and _EVERYDAY_USE.search(text) and not _HANGING.search(text):
        return True
    return hit.rule.id == "self_injury" and bool(_ACCIDENT.search(text) and _MINOR.search(text))


def told_as_past_or_ordinary(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is a self-harm match the message itself puts in the past
    or in an ordinary setting (the kinds above). Danger rules are never muted here."""
    text = " ".join(words)
    # Readings with their own guards (v13a, v13b): his old threats or a place he
    # stood, told as over; a job, a blocked account, one's own habit.
    own_guards = [
        his_past_threat_or_place(words, hit)
        or said_in_an_everyday_sense(words, hit)
        # v14a, v14b: one's own long past asked about for the case
        # (self_harm_history_told.py).
        or own_history_for_the_case(words, hit)
        # v16b: someone else's overdose met at work, "last night" or not.
        or _others_harm_at_work(words, hit, text)
        for hit in hits
    ]
    keep = _kept(text)
    return [
        Signal.SELF_HARM in hit.rule.signals
        and Signal.IMMEDIATE_DANGER not in hit.rule.signals
        and (guarded or (not keep and _reads_as_past_or_ordinary(words, hit, text)))
        for hit, guarded in zip(hits, own_guards, strict=True)
    ]


def pills_told_as_past_or_ordinary(words: list[str], hit: Hit) -> bool:
    """The pills check-in (ci_pills) on a message read above as recovery or an everyday
    use ("last year ... an overdose. This year I'm on holiday", rope "for the runner
    beans"): no check-in line either (check_in_cleared.py). Same guards."""
    if hit.rule.id != "ci_pills":
        return False
    text = " ".join(words)
    if _kept(text):
        return False
    own = " ".join(_sentence(words, hit))
    recovered = bool(_RECOVERED.search(text) and _PAST_OR_RATED.search(own))
    return recovered or bool(_EVERYDAY_USE.search(text) and not _HANGING.search(text))
