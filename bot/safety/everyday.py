"""Everyday readings that turn a rule's match into the lighter check-in.

Each was a false alarm a blind author wrote as an ordinary message (set D of
the understanding work, docs/benchmarks.md); each keeps a safety line rather
than going silent, because the same words can still mean danger:

* **Frustration with reporting.** "I reported him twice and it went nowhere,
  what's the point": a bare "what's the point" in a message about the police,
  reporting or a court is about the system, not a wish to die. It gets the
  check-in with Samaritans' number, not the full self-harm reply. Any other
  self-harm words in the message keep the full reply.
* **A parking dispute.** "someone's parked across my drive again, who do I
  call?": a vehicle blocking a drive, with no "he", no ex and nothing
  threatening, is a check-in ("are you safe right now?"), not the full 999
  guidance.
"""

from __future__ import annotations

import re

from bot.safety.arrivals import HOSTILE
from bot.safety.clause import Context
from bot.safety.cleared_up import asks_about_the_law
from bot.safety.everyday_asides import (
    asked_who_a_service_is_for,
    explained_wish,
    logging_a_pattern,
    sighting_referred_to,
    tracker_question,
)
from bot.safety.matcher import Hit
from bot.safety.not_news import (
    HELP_RULES,
    alarm_tested,
    dated_after,
    help_to_do_something,
    without_before,
)
from bot.safety.rules import Signal
from bot.safety.self_harm_long_past import well_now

# Words of the bare "no point" reading of rule wish_to_die ("what's the point",
# "whats the point anymore"): nothing about living, life or me.
_BARE_NO_POINT = frozenset({"no", "the", "point", "anymore", "any", "more", "."})
_REPORTING = re.compile(
    r"\b(?:report|reported|reporting|reports|police|polis|cops|officer|officers|101|"
    r"court|courts|cps|order|injunction|complaint|complain|complained|crime number|"
    r"crime reference|case|charge|charged|nfa|ring them|rang them|call them|called them)\b"
)
FRUSTRATION_ID = "frustration_with_reporting"

_PARKED = re.compile(
    r"\b(?:parked|parks|parking|park|pulled up|stopped|left (?:his|her|their|a) (?:car|van)) "
    r"(?:\w+ ){0,2}(?:across|over|on|in front of|outside|blocking) (?:my|our|the) "
    r"(?:drive|driveway|dropped kerb|garage|gate)\b|\bblocking (?:my|our|the) "
    r"(?:drive|driveway|dropped kerb)\b|\bblock(?:ing|ed|s)? (?:me|us) in\b"
)
# Someone known to the person, rather than a stranger's car.
_KNOWN_PERSON = re.compile(r"\b(?:he|hes|him|his|she|shes|her|ex|my ex|stalker)\b")
PARKING_ID = "parking_dispute"


def frustration_with_reporting(words: list[str], hit: Hit) -> bool:
    """A bare "what's the point" (rule wish_to_die) in a message about reporting, or a
    vague wish the message explains as the process or him (everyday_asides.explained_wish)."""
    if hit.rule.id != "wish_to_die":
        return False
    if explained_wish(words, hit):
        return True
    if not set(words[hit.start : hit.end]) <= _BARE_NO_POINT:
        return False
    return bool(_REPORTING.search(" ".join(words)))


def parking_dispute(words: list[str], hits: list[Hit]) -> bool:
    """A vehicle across a drive, nobody known and nothing threatening, is all there is."""
    text = " ".join(words)
    if not _PARKED.search(text) or _KNOWN_PERSON.search(text) or HOSTILE.search(text):
        return False
    return all(h.rule.id in _PARKING_RULES for h in hits)


# Rules a parked vehicle can set off.
_PARKING_RULES = frozenset(
    {"presence", "vehicle_near", "there_is_someone", "breaking_in", "ci_vehicle", "ci_someone_near"}
)


# --- Ordinary messages told with danger words (sets v7a, v7b and NLU set H) ---
#
# Each reading below is read only when the message holds no present, first-hand
# statement of danger (detector.py passes ``present``) and the match's clause is
# not urgent: "he's outside my door now" keeps the full reply whatever else is
# said. "mute" means no line; "check_in" keeps the "are you safe right now?" line.

# ordinary_v7_story: the message is about a dream or a programme, not a sighting:
# "the nightmares have eased, one this week where he was after me", "still hear his
# van in my sleep", "that new drama on the telly had a man hiding in the attic".
# Not a metaphor ("it's a nightmare", "living nightmare").
_STORY = re.compile(
    r"\b(?:dreamt|dreamed|dreaming|in my sleep|woke up from)\b|"
    r"\b(?:had|have|having|get|getting|the|my|these|those|bad|recurring|one) (?:a |the )?"
    r"(?:bad )?(?:dreams?|nightmares?)\b|"
    r"\b(?:tv|bbc|itv|netflix|new|that|this|a|the) (?:crime )?(?:drama|film|movie|series|"
    r"episode|documentary|podcast|novel)\b"
)
# ordinary_v7_what_counts: a question of what the law calls a pattern: "is that
# stalking or just nosy", "is this harassment in UK law", "is 'I know where you
# live' a threat under the law". A habit or a check-in word asked about this way
# is a question, not an alarm.
_WHAT_COUNTS = re.compile(
    r"\b(?:is|does|would|could) (?:this|that|it|he|she|what \w+ (?:is|does)) (?:\w+ ){0,4}"
    r"(?:stalking|harassment|harrassment|a crime|illegal|an offence|a threat|count)\b|"
    r"\bunder the law\b|\bin (?:uk |english )?law\b|\blegally\b|\bwhat counts\b"
)
# ordinary_v7_pass_on: someone else's pattern seen from outside, asked as whether
# to pass it on: "my mate's ex keeps showing up at her work, what advice can I pass
# on", "I keep seeing the same van outside a house on my round, should I mention it".
_PASS_ON = re.compile(
    r"\b(?:what advice|advice (?:can|should|do|could) (?:i|we)|pass (?:it |this |that )?on|"
    r"should (?:i|we) (?:mention|tell|pass|say)|overstepping|is it my place)\b"
)
_FIRST_PERSON = frozenset({"me", "my", "i", "us", "our", "we", "mine"})
# ordinary_v7_wrong_chat: a message sent here by mistake, said so: "gonna kill my
# brother, he's eaten my chips. sorry wrong chat!".
_WRONG_CHAT = re.compile(
    r"\b(?:wrong (?:chat|number|person|convo|conversation|group|window|app)|meant (?:that|this) "
    r"for (?:someone|my|a)|ignore (?:that|my last))\b"
)
# ordinary_v7_own_car: the person sitting in their own car: "sat in the car till
# it passed".
_OWN_CAR = re.compile(
    r"(?:^|\. )(?:i |we )?(?:am |was |were )?(?:sat|sitting|sit|stayed|waited) in (?:the|my|our) "
    r"car\b"
)
# ordinary_v7_doorbell: a doorbell camera as a device: "is doorbell footage
# evidence", "she got a video doorbell after ...".
_DOORBELL = frozenset({"ring", "doorbell", "video", "camera", "cam", "a", "the", "my"})
_DEVICE = re.compile(
    r"\b(?:footage|camera|cam|clips?|recorded|recording|recordings|evidence|app|cctv|"
    r"got a|bought a|fitted|installed|video)\b"
)
# ordinary_v7_location_app: a location-sharing app left on: "forgot I was still on
# Find My Friends with him, has he been watching me all along?".
_LOCATION_APP = re.compile(
    r"\b(?:find my (?:friends|iphone|phone|device)|location sharing|shar(?:e|ed|ing) (?:my )?"
    r"location|life360|snap ?map|airtag|tile tracker|tracking app)\b"
)
_SEEING_RULES = frozenset({"watching_waiting", "following", "following_now", "sensing"})
# ordinary_v7_break_in_to_report: a past break-in with something taken, asked as
# where to report it: "someone got into my garage and took the mower, who do I tell".
_TAKEN = re.compile(r"\b(?:nicked|stole|stolen|took|taken|pinched|robbed|swiped|nicking)\b")
_WHERE_TO_REPORT = re.compile(
    r"\b(?:report|reporting|crime number|crime reference|who do i|where do i|is this where|"
    r"insurance)\b"
)
# ordinary_v7_weapon_kept: a weapon kept safe or handed in, with nothing
# threatening: "the officer said to lock the knives away", "my late dad's rifle
# is in the cabinet, how do I hand it in".
_WEAPON_KEPT = re.compile(
    r"\b(?:keep|hide|lock|put|store|locked|hidden|stored) (?:\w+ ){0,2}(?:knives|knife|blades?|"
    r"guns?|shotgun|rifle)\b|\b(?:knives|knife|blades|guns?|shotgun|rifle) (?:\w+ )?"
    r"(?:out of sight|away|locked)\b|\bhand (?:it|them) in\b|\bcabinet\b|\blicen[cs]e\b|"
    r"\bamnesty\b|\bsurrender\b"
)
_BREAK_IN_RULES = frozenset({"breaking_in", "breaking_in_now"})
_PAST_BREAK = frozenset({"broke", "broken", "got", "smashed", "forced"})
# ordinary_v7_ended_it: a relationship ended: "since I ended it", "after I ended
# it with him". A self-harm match on these words alone is dropped.
_ENDED_IT = re.compile(
    r"\b(?:since|after|when|before|because|till|until|the day|cos) (?:i|we|she|he) "
    r"(?:finally |first )?ended (?:it|things)\b|\bended (?:it|things) with (?:him|her|them)\b|"
    # Set v17b: "I ended it and he kept on for about a year" (he went on, so a
    # relationship).
    r"\bi ended (?:it|things) (?:and|but|so) (?:he|she|they) (?:kept|carried|started|would|"
    r"did|was|went|wouldn|would not|refused)\b"
)
_ENDED_IT_RULES = frozenset({"suicide_words"})
# ordinary_v7_long_over: self-harm told as long over: "I used to self harm as a
# teenager but I haven't for years".
_LONG_OVER = re.compile(
    r"\b(?:used to|when i was|as a (?:teenager|teen|kid|child))\b.*\b(?:have not|havent|not|"
    r"never) (?:\w+ ){0,2}(?:for|since|in) (?:over |about |nearly |well over |more than )?"
    r"(?:\w+ )?(?:years|year|decades?)\b"
)
_LONG_OVER_RULES = frozenset({"self_injury"})


def ordinary_reading(words: list[str], hit: Hit, ctx: Context) -> str | None:
    """ "mute" or "check_in" for a match in an ordinary message (sets v7a, v7b, H).

    Only for a message with no present, first-hand statement of danger (the
    caller checks) and, but for a weapon kept safe, a clause with no urgency;
    None leaves the verdict.
    """
    if Signal.SELF_HARM in hit.rule.signals:
        return None
    text = " ".join(words)
    rule = hit.rule.id
    # "today" or "still" is no urgency for a weapon in a cabinet or a prescription.
    if rule == "weapon" and _WEAPON_KEPT.search(text) and not HOSTILE.search(text):
        return "mute"
    # Set v8 (cleared_up.py): "is it legal to keep a bat by the door?".
    if rule == "weapon" and asked_what_counts(words) and not HOSTILE.search(text):
        return "mute"
    # Set H: "shaky after seeing him in the shop" (its own test of "now").
    sighting = sighting_referred_to(words, hit)
    if sighting:
        return sighting
    if ctx.urgent:
        return None
    # Set H (everyday_asides.py): "he was at the stop again, should I log it".
    if logging_a_pattern(words, hit, ctx) or tracker_question(words, hit):
        return "mute"
    matched = words[hit.start : hit.end]
    after = " ".join(words[hit.end :])
    if dated_after(after) or _STORY.search(text):
        return "mute"
    if without_before(words, hit):
        return "mute"
    if _WRONG_CHAT.search(text) and not HOSTILE.search(text):
        return "mute"
    if help_to_do_something(words, hit):
        return "mute"
    if rule in HELP_RULES and alarm_tested(text):
        return "mute"
    if (
        (ctx.habitual or ctx.habit_verb or Signal.CHECK_IN in hit.rule.signals)
        and _PASS_ON.search(text)
        and not _FIRST_PERSON & set(matched)
    ):
        return "mute"
    if rule == "ci_vehicle" and _OWN_CAR.search(text):
        return "mute"
    if set(matched) <= _DOORBELL and _DEVICE.search(text):
        return "mute"
    if _LOCATION_APP.search(text) and rule in _SEEING_RULES:
        return "check_in"
    if (
        rule in _BREAK_IN_RULES
        and _PAST_BREAK & set(matched)
        and _TAKEN.search(text)
        and _WHERE_TO_REPORT.search(text)
    ):
        return "check_in"
    return None


def asked_what_counts(words: list[str]) -> bool:
    """ordinary_v7_what_counts: the message asks what the law calls something."""
    text = " ".join(words)
    # Set v8: whether an item is legal or a weapon (cleared_up.py).
    return bool(_WHAT_COUNTS.search(text)) or asks_about_the_law(text)


def ordinary_self_harm(words: list[str], hit: Hit) -> bool:
    """A self-harm match read as ordinary: a relationship ended, self-harm long over,
    a question who a service is for."""
    text = " ".join(words)
    return (
        (hit.rule.id in _ENDED_IT_RULES and bool(_ENDED_IT.search(text)))
        or (hit.rule.id in _LONG_OVER_RULES and bool(_LONG_OVER.search(text)))
        # Set H (self_harm_readings.py): "tried to end my life years ago, I'm well now".
        or well_now(words, hit)
        or asked_who_a_service_is_for(words, hit)
    )
