"""Danger words said in passing: ordinary messages by kind (sets v13a, v13b, NLU set O).

Each kind got the full danger reply at first sight of blind sets v13a and v13b
(issue 8) or of NLU dev set O. ``said_in_passing`` mutes one danger match (never a
self-harm one); ``asked_in_passing`` turns it down to the check-in line. Wired
through ordinary_kinds.py (``ordinary_kinds`` and ``asked_for_later``).

Muted:

* **A figure about a thing.** "this evidence form is literally killing me", "I'm
  going to die on this hill but the portal is awful" (the thing is a form, a
  website, a queue; never a person).
* **Only an ordinary caller.** "someone knocked ... it was just the Amazon
  driver", "it was only her with a parcel".
* **A place someone owns.** "he's got a static caravan in Prestatyn" (rule
  breaking_in_now read "he's got ... in").
* **A weapon word naming a trade.** "I work in a gun shop", "the gun club".
* **A news story.** "I read in the Chronicle about a woman who was stabbed".
* **Weapons as a form's question.** "the form asks about access to weapons ...
  a bread knife and a cricket bat", "licensed shotguns locked in a cabinet, does
  that matter for my risk assessment".
* **Someone else's lasting fear.** "she still won't go out on her own".
* **The person's own hours.** "I'm at work until 6, can I get a callback".
* **Put right by someone.** "was following me round ... but the manager banned
  him".
* **Dated in the next sentence.** "a drone over my garden? it happened twice last
  month".
* **Set v14a, v14b.** A firearms officer or instructor (a job); a "story in the
  paper about a woman"; someone else's hours ("he's at work till 6"); "at the end
  of her tether"; guns "all licensed"; a job asking for training or for someone
  else ("I'm a security officer ... what are the signs a woman is being
  followed?"); setting up a phone's emergency SOS; someone now staying safe with
  the person ("she's staying safe at my house now": "now" allowed, never with
  anyone near or a plea).

At most the check-in line:

* **Played down, asked for later.** "Probably nothing. Should I mention it to my
  officer next week?"
* **Turning up at work, asked about.** "he's been turning up at jobs to watch me
  ... can my customers give statements?"
* **Photos posted online.** "an account keeps posting my address and pics of my
  car".
* **Sightings counted, asked if it counts.** "seen her outside Tesco twice
  watching me. Would this count as stalking?"
* **A habit asked about (set v14b).** "he always seems to be in his front garden
  when I get home. Am I being paranoid or is this stalking?"

None applies with anything said now or a plea ("right now", "help me", "he's
just", "scared"): "the knock is him, he's kicking the door" and "he's outside
with the shotgun now" keep the full reply.
"""

from __future__ import annotations

import re

from bot.safety.context_words import MONTHS
from bot.safety.job_or_course import GUARDING_ROLES
from bot.safety.matcher import Hit
from bot.safety.rules import Signal
from bot.safety.said_in_play import LICENCE
from bot.safety.sentence import sentence_text
from bot.safety.stand_down import said_now

# Said now, a plea or fear: never muted or lowered here.
_ALSO_NOW = (
    r"help me",
    r"please help",
    r"hurry",
    r"scared",
    r"terrified",
    r"hiding",
    r"kicking",
    r"banging",
    r"outside (?:my|the|our) (?:door|house|flat|window)",
    r"at (?:my|the|our) (?:door|window)",
)

_THINGS = (
    r"form|forms|website|site|portal|paperwork|app|queue|wait|waiting|commute|traffic|"
    r"heat|exam|exams|essay|assignment|deadline|process|system|admin|statement|"
    r"questions|job|shift|back|knee|hangover|hoover|printer|laptop|phone|"
    # Set v14b: "this stalker situation is actually killing me".
    r"situation|stress|investigation|case|court case"
)
_FIGURE = re.compile(
    rf"\b(?:this|that|the|these|those|my) (?:\w+ ){{0,4}}(?:{_THINGS})(?: \w+){{0,4}} (?:is|are) "
    r"(?:literally |actually |honestly |genuinely |slowly )?killing me\b|"
    r"\bdie on (?:this|that|the) hill\b"
)
_CALLERS = (
    r"neighbours?|postman|postie|post|driver|courier|delivery|parcel|amazon|dpd|evri|"
    r"milkman|window cleaner|meter reader|gas man|landlord|friend|mum|dad|sister|brother|"
    r"kids?|cat|dog|fox|wind|rain|council|carer|nurse"
)
_ONLY_A_CALLER = re.compile(
    # Not "his" or "her": "it was only his brother" may be the danger itself.
    rf"\bit was (?:only|just) (?:(?:the|a|an|my|our) )?(?:\w+ )?(?:{_CALLERS})\b|"
    r"\bit was (?:only|just) (?:her|him|them) with (?:a|the|my|our) "
    r"(?:parcel|delivery|post|letter|package|leaflet)"
)
_OWNED_PLACE = re.compile(
    r"\b(?:is|has|have) got (?:a|an) (?:\w+ ){0,2}(?:caravan|house|flat|place|villa|cottage|"
    r"boat|lodge|chalet|home|apartment|bungalow|property|allotment|static) "
    r"(?:in|at|near|on) (?!my|our|the|your|me|us)"
)
_TRADES = frozenset(
    {
        "shop",
        "shops",
        "club",
        "range",
        "store",
        "counter",
        "dealer",
        "dealers",
        "fair",
        "smith",
        # Set v14b: "my dad's a firearms officer" (a job, not a gun).
        "officer",
        "officers",
        "unit",
        "instructor",
        "licensing",
    }
)
# A weapon word naming a job (set v14b): "my uncle is a firearms officer".
_JOBS = frozenset({"officer", "officers", "unit", "instructor"})
_NEWS = re.compile(
    r"\b(?:read|saw|seen|heard|watched) (?:\w+ ){0,2}(?:in|on) (?:the )?(?:news|paper|papers|"
    r"chronicle|guardian|telegraph|echo|mirror|sun|bbc|itv|local paper|local news)\b|"
    r"\b(?:news|newspaper) (?:story|article|report)\b|\bread (?:an? )?(?:article|story|piece)\b|"
    # Set v14b: "there was a story in the paper about a woman ... who ended up stabbed".
    r"\b(?:story|article|piece|report) (?:in|on) (?:the )?(?:news|paper|papers|local paper|"
    r"local news|echo|chronicle|bbc)\b"
)
_STORY_OF_OTHERS = re.compile(r"\babout (?:a|an|this|some) (?:\w+ )?(?:woman|man|girl|lady|lad)\b")
_FORM_ASKS = re.compile(
    r"\b(?:form|questionnaire|assessment|dash|question|officer) (?:\w+ )?(?:asks?|asked|"
    r"says|wants to know)\b|\b(?:does|would|will) (?:that|this|it) (?:matter|count) for "
    r"(?:my|the|our) (?:risk assessment|form|application|assessment)\b"
)
_LOCKED_AWAY = re.compile(
    r"\b(?:guns?|shotguns?|rifles?|knives|weapons?|them|it) (?:are |is )?locked in (?:a|the|his) "
    r"(?:gun )?(?:cabinet|safe|box|drawer|locker|cupboard)\b"
)
_HOUSEHOLD = re.compile(
    r"\b(?:like everyone else|like everybody else|bread knife|kitchen knives|cricket bat|"
    r"rolling pin|normal kitchen)\b"
)
_LASTING_FEAR = re.compile(
    r"\b(?:she|he|my mum|my mam|my dad|my nan|my sister|my brother|my daughter|my son) "
    r"(?:still )?(?:will not|can not|does not|would not|never) (?:\w+ )?go out (?:on "
    r"(?:her|his) own|alone|by (?:herself|himself)|anymore|any more|at night)\b"
)
# Set v14a: someone else's hours too ("the lodger ... he's at work till 6").
_OWN_HOURS = re.compile(
    r"\b(?:i am|he is|she is|they are) (?:at|in) "
    r"(?:work|home|college|school|uni|the office|class|court) "
    r"(?:until|till|til|from|all day)\b"
)
_DEALT_WITH = re.compile(
    r"\bbut (?:the|my|our) (?:\w+ )?(?:manager|security|staff|gym|landlord|police|school|club|"
    r"bouncers?|owner|council|boss|teacher|warden|guard) (?:\w+ )?(?:banned|barred|removed|"
    r"threw|kicked|dealt with|warned|arrested|sorted|stopped|moved)\b"
)
# Someone now safe with the person (set v14b): "my aunt is being followed ... she's
# staying safe at my house now".
_SAFE_WITH_ME = re.compile(
    # Staying or safe, never "he is at my house" (set v8a: someone there now).
    r"\b(?:she|they) (?:is|are) (?:(?:staying|living|sleeping) (?:safe )?|safe )(?:at|with) "
    r"(?:my|our|me|us)\b|\b(?:she|they) (?:is|are) staying safe\b"
)
# An idiom read as a place (set v14a): "she's at the end of her tether".
_TETHER = re.compile(r"^\w+ (?:is|are|am) at (?:the )?end of (?:my|her|his|their|our) tether\b")
# A job asking in general or for someone else (set v14a): "I'm a security officer
# ... what are the signs a woman is being followed? staff training", "Retired
# copper here. My daughter-in-law is being followed ... anything else you'd add?"
_ON_THE_JOB = re.compile(rf"\b(?:i am an? (?:\w+ ){{0,2}}|retired |ex )(?:{GUARDING_ROLES})\b")
_ASKING_FOR_OTHERS = re.compile(
    r"\b(?:what are the signs|signs (?:we|i|staff) should|staff training|training|"
    r"anything else (?:you d|you would|you) add|what else (?:can|should) (?:i|she|we) do)\b"
)
_ME = re.compile(r"\b(?:me|i am|i have been|i was|i keep)\b")
# Setting up a phone's SOS ahead of time (set v14b): "how do I set up emergency SOS
# on my iphone ... just being prepared".
_SOS_SETTING = re.compile(
    r"\b(?:set up|setting up|turn on|switch on|enable|use|using|does|add) (?:the )?(?:emergency )?"
    r"sos (?:on|feature|function|setting|settings|button|contact|contacts|so|to)\b"
)
_DATED_AFTER = re.compile(
    r"\. (?:it|this|that|both|all) (?:\w+ )?(?:happened|was|were) (?:\w+ ){0,3}"
    rf"(?:last (?:week|month|year|summer|spring|autumn|winter)|in (?:{MONTHS})|"
    r"(?:\d+|a few|two|three|several) (?:weeks|months|years) ago)\b"
)
_WAS = re.compile(r"\b(?:was|were|had been)\b")
_ASKED_FIRST = re.compile(
    r"(?:\. )?(?:is|are|can|could|does|do|would|should|will|am) (?:it|he|she|they|i|we|that)\b"
)

# At most the check-in line.
_PLAYED_DOWN = re.compile(
    r"\bprobably (?:nothing|fine|innocent|harmless|just me|me being (?:silly|paranoid|daft))\b"
)
_LATER = re.compile(
    r"\b(?:next week|next time|at my next|when i next|should i (?:mention|tell|say|report))\b"
)
_TURNING_UP_AT_JOBS = re.compile(
    r"\b(?:has|have|is|are) been (?:turning|showing) up at (?:my |the |our )?(?:jobs|work|"
    r"sites|job sites|shifts|workplace)\b"
)
_QUESTION = re.compile(
    r"\b(?:can|could|should|do|does|is|would|will) (?:i|my|we|they|the|that|this|it|he|she)\b"
)
_POSTED = re.compile(
    r"\b(?:posting|posted|posts|sharing|shared|uploading|uploaded) (?:\w+ ){0,5}"
    r"(?:pics|photos|pictures|images|videos?)\b"
)
_ONLINE = re.compile(
    r"\b(?:account|accounts|online|twitter|facebook|instagram|insta|tiktok|page|group|x)\b"
)
_COUNTED = re.compile(
    r"\b(?:twice|three times|a few times|a couple of times|\d+ times|once or twice)\b"
)
_HABIT = re.compile(r"\b(?:always|usually|often) (?:seems? to be|is|are|seem to be)\b")
_DOES_IT_COUNT = re.compile(
    r"\b(?:count as|counts as|class(?:ed)? as|is (?:this|that|it)|would (?:this|that|it) be) "
    r"(?:stalking|harassment|harrasment)\b"
)


def _calm(text: str) -> bool:
    return not said_now(text, bare_now=True, near=False, lasting=False, also=_ALSO_NOW)


def _weapon_in_question(text: str, hit: Hit) -> bool:
    if hit.rule.id not in ("weapon", "weapon_held", "hiding_trapped"):
        return False
    if hit.rule.id == "hiding_trapped":
        return bool(_LOCKED_AWAY.search(text))
    return bool(_FORM_ASKS.search(text) and (_HOUSEHOLD.search(text) or _LOCKED_AWAY.search(text)))


def _muted(words: list[str], hit: Hit, text: str) -> bool:
    sentence = sentence_text(words, hit.start, hit.end)
    after = " ".join(words[hit.start :])
    rule = hit.rule.id
    return (
        bool(_FIGURE.search(sentence))
        or bool(_ONLY_A_CALLER.search(after))
        or (rule == "breaking_in_now" and bool(_OWNED_PLACE.search(sentence)))
        or (rule == "weapon" and hit.end < len(words) and words[hit.end] in _TRADES)
        or (rule == "weapon_held" and hit.end < len(words) and words[hit.end] in _JOBS)
        or bool(_NEWS.search(sentence) and _STORY_OF_OTHERS.search(sentence))
        or _weapon_in_question(text, hit)
        or (rule == "hiding_trapped" and bool(_LASTING_FEAR.search(sentence)))
        or (
            rule == "presence" and bool(_OWN_HOURS.search(" ".join(words[hit.start : hit.end + 3])))
        )
        or (rule == "presence" and bool(_TETHER.search(" ".join(words[hit.start : hit.end + 6]))))
        or (rule in ("weapon", "weapon_held") and bool(LICENCE.search(text)))
        or (rule == "help_plea" and bool(_SOS_SETTING.search(text)))
        or (
            rule in ("following", "following_now")
            and bool(_ON_THE_JOB.search(text) and _ASKING_FOR_OTHERS.search(text))
            and not _ME.search(sentence)
        )
        # Told as the past and put right: "was following me ... but the manager banned him".
        or bool(_DEALT_WITH.search(sentence) and _WAS.search(sentence))
        # Asked about, then dated: "is it illegal for him to ...? it happened last month".
        or bool(_ASKED_FIRST.match(sentence) and _DATED_AFTER.search(after))
    )


def said_in_passing(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether a muted kind of the module docstring reads it."""
    text = " ".join(words)
    if not _calm(text):
        # "Now" may say where someone safe is staying (set v14b): "she's staying safe
        # at my house now"; never with anyone near, a plea or fear.
        safe = bool(_SAFE_WITH_ME.search(text)) and not said_now(
            text, bare_now=False, lasting=False, also=_ALSO_NOW
        )
        return [safe and Signal.SELF_HARM not in hit.rule.signals for hit in hits]
    return [
        Signal.SELF_HARM not in hit.rule.signals
        and (_muted(words, hit, text) or bool(_SAFE_WITH_ME.search(text)))
        for hit in hits
    ]


def _lowered(words: list[str], hit: Hit, text: str) -> bool:
    sentence = sentence_text(words, hit.start, hit.end)
    return (
        bool(_PLAYED_DOWN.search(text) and _LATER.search(text))
        or bool(_TURNING_UP_AT_JOBS.search(sentence) and _QUESTION.search(text))
        or (
            hit.rule.id == "photo_now"
            and bool(_POSTED.search(sentence))
            and bool(_ONLINE.search(text))
        )
        or bool(_COUNTED.search(sentence) and _DOES_IT_COUNT.search(text))
        # A habit asked about (set v14b): "he always seems to be in his front garden
        # when I get home. Am I being paranoid or is this stalking?"
        or bool(_HABIT.search(text) and _DOES_IT_COUNT.search(text))
    )


def asked_in_passing(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether a check-in kind of the module docstring reads it."""
    text = " ".join(words)
    if not _calm(text):
        return [False] * len(hits)
    return [Signal.SELF_HARM not in hit.rule.signals and _lowered(words, hit, text) for hit in hits]
