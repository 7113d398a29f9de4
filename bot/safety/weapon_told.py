"""A weapon named in a legal, evidence, work, pretend or past setting: the
check-in line at most (rule ``weapon``; issue 8, blind sets v9a and v9b).

Eight ordinary messages got the full danger reply because a knife or a hammer
was named at all: a court order about carrying one, a charge sheet, a
solicitor's account, a butcher's knives, a knife emoji kept for the file, a
fake knife at a self-defence workshop, evidence asked for "the time he
threatened me with a hammer", a knife "still with police". The weapon is what
the case, the job or the memory is about, not something in someone's hand now.

Only the bare ``weapon`` rule is turned down: to no line at all when no other
match says someone is there now (quiet_settings.py, blind sets v9a and v9b: "the
charge sheet says assault with a weapon"), else to the check-in line ("Are you
safe right now?"). It stands down when the message is urgent or
threatening, or when the weapon is used on someone in the match ("stabbed
me", "a knife to my throat"). "He's got a knife", "he's outside with a knife",
"he's waving a hammer at the door" fire other rules (weapon_held, presence,
breaking_in) that this reading never touches.
"""

from __future__ import annotations

import re

from bot.safety.matcher import Hit
from bot.safety.stand_down import said_now, threatening

_RULES = frozenset({"weapon"})
# The setting: the law, the case, evidence, a trade, a pretend weapon, a time gone by.
_SETTING = re.compile(
    r"\b(?:"
    # The law and the case.
    r"(?:court|non molestation|restraining|bail|protection) orders?|the order|his order|"
    r"bail conditions?|conditions|charge sheet|charged|charges?|conviction|convicted|"
    r"sentenc\w*|prison|jail|trial|hearing|court|magistrates?|crown court|solicitor|"
    r"barrister|lawyer|cps|prosecut\w*|statement|evidence|exhibit|the police (?:have|took|kept|"
    r"seized)|(?:with|by) (?:the )?police|seized|confiscated|caution|probation|"
    r"allowed to carry|can not carry|cannot carry|not allowed|count against|"
    # A record: a screenshot, a profile picture, an emoji.
    r"screenshot\w*|for the file|for my file|for the log|profile (?:pic|picture|photo)|"
    r"emoji|"
    # A trade, a tool, a pastime.
    r"work tools?|tools|butcher|chef|fishing|angling|camping|carpentry|joiner|"
    r"work with knives|(?:for|at) work|my job|his job|"
    # Pretend.
    r"fake|toy|replica|prop|rubber|plastic|pretend|workshop|self defen[cs]e class|"
    r"self defen[cs]e (?:workshop|course|lesson)|film|game|"
    # A time gone by, named.
    r"the time (?:he|she|they)|that night|that day|back then|years ago|at the time|"
    r"last (?:year|month|summer|winter|spring|autumn|christmas)|in (?:19|20)\d\d|"
    r"i did not report|i didnt report|never reported"
    r")\b"
)
# "still with (the) police" is where the knife is kept, not "he's still here".
# Blind set v10: "still in police evidence", "still held as evidence" too.
_KEPT_BY_POLICE = re.compile(
    r"\bstill (?:with|at|held by|in the hands of|in|held in|held as|kept in|kept as) "
    r"(?:the )?(?:police(?: evidence| custody| storage| property)?|evidence|an exhibit)\b"
)


def _now_or_threatening(text: str) -> bool:
    """Now, going on, fear or a threat beside the weapon: the full reply stays.

    Not the weapon words themselves, nor a threat told in the past ("the time he
    threatened me with a hammer"); "today" and "gonna" are read as now here.
    """
    return said_now(
        _KEPT_BY_POLICE.sub(" ", text),
        bare_just=True,
        also=("here", "coming", "today", "going to", "gonna"),
    ) or threatening(text, harm=False, weapons=False)


# The weapon used on someone in the match itself.
_USED = frozenset(
    {
        "stab",
        "stabbed",
        "stabbing",
        "stabs",
        "shoot",
        "shot",
        "shooting",
        "shoots",
        "throat",
        "neck",
        "head",
        "face",
        "chest",
        "back",
    }
)


def weapon_in_a_setting(words: list[str], hit: Hit) -> bool:
    """A bare weapon named in a legal, evidence, work, pretend or past setting."""
    if hit.rule.id not in _RULES or _USED & set(words[hit.start : hit.end]):
        return False
    text = " ".join(words)
    return bool(_SETTING.search(text)) and not _now_or_threatening(text)


# Blind set v10: "I've been stabbing at this laptop for an hour": stabbing or
# jabbing at a device or its buttons is a figure of speech, not a weapon.
_AT_A_DEVICE = re.compile(
    r"\b(?:stab\w*|jab\w*) (?:away )?at (?:the |this |that |my |a |these |those )?"
    r"(?:\w+ )?(?:laptop|keyboard|keys|computer|pc|phone|screen|touchscreen|buttons?|"
    r"mouse|trackpad|touchpad|remote|tablet|ipad|app|form|website|printer|keypad|till)s?\b"
)


def stabbing_at_a_device(words: list[str], hit: Hit) -> bool:
    """ "stabbing at the keyboard", "jabbing at my phone screen": no weapon at all.

    Stands down on anything now, near or threatening (a knife named, fear, a plea).
    """
    text = " ".join(words)
    return (
        hit.rule.id in _RULES
        and bool(_AT_A_DEVICE.search(text))
        and not said_now(text, bare_just=True, also=("here", "coming"))
        and not threatening(text)
    )


# Blind set v10: "if I'm chopping veg with a big knife and he turns up can I say
# it was self defence? he's not here": the person's own knife in a what-if, with
# him said not to be there. Both are needed: an "if" alone keeps the reply.
_WHAT_IF = re.compile(r"\b(?:if|what if|say) (?:i|i am|we|we are)\b")
_NOT_THERE = re.compile(
    r"\b(?:he|she|they|my ex) (?:is|are) not (?:here|around|about|near)\b(?: now)?|"
    r"\bhypothetical\w*|\bjust (?:overthinking|wondering|asking|curious)\b|"
    r"\bsilly question\b"
)


def own_weapon_in_a_what_if(words: list[str], hit: Hit) -> bool:
    """The person's own knife in a what-if, and him said not to be there.

    "he's not here" and "just overthinking" are set aside before the stand-down
    (they hold "here" and "just"); anything else now or threatening keeps the reply:
    "if he turns up I'll use my knife, he's here now".
    """
    text = " ".join(words)
    if hit.rule.id not in _RULES or _USED & set(words[hit.start : hit.end]):
        return False
    if not (_WHAT_IF.search(text) and re.search(r"\b(?:he|she|they) (?:is|are) not", text)):
        return False
    rest = _NOT_THERE.sub(" ", text)
    return not _now_or_threatening(rest)
