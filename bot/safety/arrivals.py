"""Who is arriving: friendly arrivals are a check-in, not the full danger reply.

"My sister is on her way over", "my husband's on his way back with the
shopping", "the delivery man is at the door": a named relative, friend or
partner of the person's own ("my", "our"), or someone there for a service
("the postman", "the delivery driver", "the police officer"), arriving or at
the door, with nothing threatening in the message. These get at most the
check-in line (detector.py): the person is asked whether they are safe, and
the answer to their question follows.

Someone "just come home" or "just got home" is back in their own home, a
partner or flatmate the person lives with: friendly in this sense ("have to go,
he's just come home" gets the check-in line), unless the message is hostile.

Never friendly: "he", "she", "him", "they" on their own, "my ex" and anyone
named through another person ("his brother", "my ex's mum", "my sister's
boyfriend"), and any arrival in a message that also holds a threat, fear,
anger, drink, a weapon or any other danger rule. A plea ("help me", "please
help") counts as threatening; help asked with an ordinary task ("my brother
just got in, can you help me with the form", "help me write a letter") does not.

A pronoun is friendly only when it plainly points back to a friendly person
who is arriving in the same message ("my boyfriend's on his way home, he'll be
here at 6"), matches them ("he" for a man, "she" for a woman) and is not
reported speech ("my brother said he is outside" stays danger).
"""

from __future__ import annotations

import re

from bot.safety.stand_down import HOSTILE as HOSTILE

# Danger rules about someone being there or arriving: only these are softened.
ARRIVAL_RULES = frozenset(
    {
        "presence",
        "arrival_now",
        "arrived_now",
        "arrived",
        "someone_in_my_place",
        "vehicle_near",
        "clock_now",
        # Set v6: someone near or coming, told plainly ("out there in the car",
        # "heading my way"): "my mum's still out there in the car" is friendly too.
        "near_told_plainly",
        "arriving_told_plainly",
    }
)

# The person's own people: friendly after "my" or "our".
_MALE_KIN = frozenset(
    "dad daddy father brother bro son husband hubby boyfriend bf fiance grandad grandpa "
    "grandson uncle nephew stepdad stepson".split()
)
_FEMALE_KIN = frozenset(
    "mum mummy mom mam mother sister sis daughter wife girlfriend gf fiancee nan nana gran "
    "granny grandma granddaughter aunt auntie niece stepmum stepdaughter".split()
)
_ANY_KIN = frozenset(
    "friend mate bestie partner cousin flatmate housemate carer sitter babysitter".split()
)
_GROUP_KIN = frozenset("family parents kids children friends mates".split())
# People there for a service: friendly after "the", "a", "my" or "our".
_SERVICE = frozenset(
    "postman postie postwoman courier engineer plumber electrician officer officers police "
    "pc nurse midwife doctor gp paramedic paramedics ambulance advocate idva solicitor "
    "caseworker taxi uber cab landlord landlady locksmith builder builders agent inspector "
    "surveyor".split()
)
# "the delivery man", "the gas engineer", "the taxi driver".
_SERVICE_HEADS = frozenset(
    "man men guy guys lady woman bloke person people driver fella chap lad team worker".split()
)
_SERVICE_KINDS = frozenset(
    "delivery deliveries post parcel amazon dpd evri hermes dhl ups yodel gas meter "
    "council housing window bin taxi uber cab police support care repair maintenance "
    "food grocery groceries tesco asda sainsburys ocado morrisons pizza takeaway "
    "social".split()
)
_KIN = _MALE_KIN | _FEMALE_KIN | _ANY_KIN | _GROUP_KIN
_PEOPLE = _KIN | _SERVICE | _SERVICE_HEADS
# The person's own people and people there for a service (readings.py uses it
# for "oh it's just my neighbour").
FRIENDLY_PEOPLE = _KIN | _SERVICE
# Words allowed between "my" and the person ("my little sister").
_ADJECTIVES = frozenset(
    "little big older younger eldest oldest youngest best new twin step lovely".split()
)
# Named through someone else, or a former partner: never friendly.
_NOT_OWN = frozenset(
    "ex exs exes former estranged abusive violent stalker stalkers his her their its".split()
)
_PRONOUNS = {
    "he": _MALE_KIN,
    "she": _FEMALE_KIN,
    "they": _MALE_KIN | _FEMALE_KIN | _ANY_KIN | _GROUP_KIN,
}
_MAN = frozenset("man men guy guys bloke fella chap lad postman".split())
_WOMAN = frozenset("lady woman postwoman".split())
# Reported speech before a pronoun: "my brother said he is outside".
_SPEECH = frozenset(
    "said says saying told tells texted text messaged rang called thinks reckons that".split()
)
_ARRIVING = re.compile(
    r"^(?:is |s |will be |be |has |just |is just |has just )?"
    r"(?:on (?:his|her|their|the) way|coming|due|arriving|here|at the door|outside|"
    r"back|home|round|over|picking|landed|arrived|flown in|got here|got in)"
)
# "The taxi is outside": only when no one else is named ("he", "his", "them").
_SERVICE_VEHICLES = frozenset("taxi cab uber ambulance".split())
_THIRD_PERSON = frozenset("he him his she her they them their ex".split())
# Check-in rules that mean a threat or fear: they keep the full reply too.
HOSTILE_CHECK_INS = frozenset({"ci_threat", "ci_fear_now", "ci_covert"})


def _person(word: str) -> str | None:
    """The person word, also in the form the normaliser leaves ("mums" for "mum's")."""
    if word in _PEOPLE or word in _PRONOUNS:
        return word
    if word.endswith("s") and word[:-1] in _PEOPLE:
        return word[:-1]
    return None


def _head(words: list[str], start: int, end: int) -> int | None:
    """The person an arrival match is about: its first word, or one just before."""
    if _person(words[start]) or words[start] in _NOT_OWN:
        # "my friend's ex is outside": the ex, not the friend.
        return start
    for i in range(start - 1, max(-1, start - 6), -1):
        if words[i] == ".":
            return None
        if _person(words[i]):
            return i
    return next((i for i in range(start, end) if _person(words[i])), None)


def _own_or_service(words: list[str], head: int) -> bool:
    """Whether the noun phrase ending at ``head`` names a friendly person."""
    word = _person(words[head]) or words[head]
    left = head - 1
    modifiers: list[str] = []
    while left >= 0 and len(modifiers) < 3 and words[left] not in (".", "my", "our", "the", "a"):
        modifiers.append(words[left])
        left -= 1
    determiner = words[left] if left >= 0 else "."
    if _NOT_OWN & set(modifiers) or word in _NOT_OWN:
        return False
    others = [m for m in modifiers if m not in _ADJECTIVES]
    if word in _KIN:
        return determiner in ("my", "our") and not others
    if word in _SERVICE:
        # "the gas engineer", or no article at all: "landlord turned up to look at the boiler".
        return determiner in ("my", "our", "the", "a", ".") and all(
            m in _SERVICE_KINDS for m in others
        )
    if word in _SERVICE_HEADS:
        return (
            determiner in ("my", "our", "the", "a")
            and bool(others)
            and all(m in _SERVICE_KINDS for m in others)
        )
    return False


def _antecedent_is_friendly(words: list[str], head: int) -> bool:
    """A pronoun pointing back to a friendly person arriving earlier in the message."""
    if head > 0 and words[head - 1] in _SPEECH:
        return False
    pronoun = words[head]
    for i in range(head - 1, -1, -1):
        word = _person(words[i])
        if word is None or word in _PRONOUNS:
            continue
        after = " ".join(words[i + 1 : i + 6])
        # "my friend is on her way, he is outside": "her" is not "he".
        other = {"he": "her", "she": "his"}.get(pronoun, "")
        fits = (
            pronoun == "they"
            or word in _PRONOUNS[pronoun]
            or ((word in _ANY_KIN or word in _SERVICE) and other not in after.split())
            or (pronoun == "he" and word in _MAN)
            or (pronoun == "she" and word in _WOMAN)
        )
        return fits and _own_or_service(words, i) and bool(_ARRIVING.match(after))
    return False


def _service_vehicle(words: list[str], start: int, end: int) -> bool:
    """ "The taxi is outside": a service vehicle, with nobody else named in the message."""
    vehicle = next((i for i in range(start, end) if words[i] in _SERVICE_VEHICLES), None)
    return (
        vehicle is not None
        and vehicle > 0
        and words[vehicle - 1] in ("the", "my", "our")
        and not _THIRD_PERSON & set(words)
    )


def is_friendly(words: list[str], start: int, end: int, rule_id: str = "") -> bool:
    """Whether an arrival match (words[start:end]) is about a friendly person."""
    if rule_id == "vehicle_near":
        return _service_vehicle(words, start, end)
    if rule_id == "arrived_now" and "home" in words[max(start, end - 2) : end]:
        # Back in their own home ("have to go, he's just come home"): someone the
        # person lives with, so the check-in line; not an ex or someone named
        # through another person ("my ex has just got home").
        return not _NOT_OWN & set(words[max(0, start - 4) : end])
    head = _head(words, start, end)
    if head is None:
        return False
    if words[head] in _PRONOUNS:
        return _antecedent_is_friendly(words, head)
    return _own_or_service(words, head)


def own_people_before(words: list[str], i: int) -> bool:
    """Whether the person's own relative or friend is named just before words[i].

    "my mum keeps saying she'll kill him": "she" is the person's own mum. Looks
    back at most eight words, within the sentence.
    """
    for j in range(i - 1, max(-1, i - 9), -1):
        if words[j] == ".":
            return False
        word = _person(words[j])
        if word in _KIN and not _NOT_OWN & set(words[max(0, j - 3) : j]):
            return _own_or_service(words, j)
    return False
