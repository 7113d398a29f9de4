"""Readings that say a self-harm match is not about self-harm now (never danger).

Self-harm rules are never muted by context words; these are the few plain
readings, each a false alarm in a blind set, where the words say the opposite:

- a plain denial: "I'm not suicidal", "I used to self harm as a teenager but
  I'm fine now", "she asked if I'd ever had thoughts of suicide and I said no"
  (``denied``: only for the words suicidal, suicide and self harm, never when
  anything else about dying is said);
- a medicine taken as prescribed or for pain, asked about by the day or with
  a drink: "not to take more than 8 paracetamol a day", "took 2 paracetamol
  for a headache", "is it ok to drink on citalopram? just a glass of wine"
  (``ordinary_medicine``: only for overdose and dose questions, and never with
  a word of quantity or dying: "enough", "too many", "at once", "wake up").
  The medicine named still gets the check-in line (ci_pills), unless the
  question is only about ordinary use ("is it ok to take my anxiety meds before
  the hearing?", "can I have a glass of prosecco on sertraline?").
- a height or clearance asked for a vehicle, a delivery, a load or a move:
  "I looked up how high the bridge is for the van", "will a luton fit under
  it" (``height_for_a_vehicle``: only for the height rules, never with a word
  of falling, dying or "make sure"; "how high is the bridge" alone stays);
- waking late or at a time: "I go to sleep and don't wake up till 10", "I
  never wake up before 11 on my days off" (``waking_at_a_time``: only when a
  clock time or a span follows the waking, never with a wish in the message or
  "want" in the clause, never with a word of dying; "go to sleep and not wake
  up" alone stays).
"""

from __future__ import annotations

import re

from bot.safety.clause import clause_start
from bot.safety.matcher import Hit
from bot.safety.prescribed import asked_with_prescriber
from bot.safety.rules import Signal
from bot.safety.self_harm_his_past_threats import cared_for_after_overdose
from bot.safety.self_harm_history_told import others_told_as_past, written_for_a_character
from bot.safety.self_harm_long_past import AGAIN, well_now
from bot.safety.self_harm_said_otherwise import (
    away_for_a_reason,
    said_otherwise,
    will_made_calmly,
)
from bot.safety.sentence import sentence_span
from bot.safety.tablet_devices import tablets_as_devices

# Self-harm said as not so: "I'm not suicidal", "I used to self harm but I'm
# not doing that now". Only these plain denials; anything else about dying in
# the message is still self-harm.
_NOT_BEFORE = re.compile(
    r"\b(?:not|never|no longer)(?: really| actually| feeling| at all| wanted to| felt like)?$"
    # v10b: "no thoughts of hurting myself, just sad".
    r"|\bno (?:thoughts?|plans?|intention|urges?) (?:of|to|about)$"
)
_DENIABLE = re.compile(
    r"^(?:suicidal|suicide|self harm|self harming|selfharm|self harmed|hurt myself|hurting "
    r"myself|harm myself|harming myself|(?:i )?(?:took|taken|had) an? overdose|overdosed|"
    r"overdose|"
    # v15a: "my counsellor asked if I have thoughts of ending my life and I said no".
    r"(?:any )?(?:thoughts|thinking) (?:of|about) (?:ending|taking) my (?:own )?life|"
    r"(?:ending|taking) my (?:own )?life|"
    r"(?:any )?(?:thoughts|thinking) (?:of|about) (?:suicide|self harm|ending it)|"
    # Set v20b: "my therapist asked if I've ever thought about ending it and I said no".
    r"(?:ending it|ending my life|suicide))\b"
)
# Past: "as a teenager", "years ago", "in 2015", "back in 2019".
_USED_TO = re.compile(
    r"\b(?:used to|when i was (?:a |at )?\w+|as a (?:teenager|teen|kid|child)|years ago|"
    r"in (?:19|20)\d\d|\d+ years ago)\b"
)
# Not now: "not doing that now", "I've stopped", "I'm fine now", "doing loads better".
_NOT_NOW = re.compile(
    r"\b(?:not|never) (?:doing|do|done) (?:that|it|this)(?: \w+)? "
    r"(?:now|anymore|any more|these days|since)\b|\b(?:i have|i ve|i) (?:stopped|given up|"
    r"not done (?:it|that) (?:in|for|since))\b|\b(?:i am|i m|im) (?:doing )?(?:fine|ok|okay|"
    r"good|well|better|loads better|much better|a lot better|so much better)(?: now)?\b|"
    r"\bdoing (?:loads |much |a lot |so much |way )?better\b|\bin a (?:much |far )?better place\b|"
    # "but I haven't in 10 years".
    r"\b(?:have not|had not|not)(?: done (?:it|that))? (?:in|for) (?:\d+|ten|a few|many|years|"
    r"ages|months|a long time)\b"
)
# Asked by someone else and answered no: "my counsellor asked if I'd ever had
# thoughts of suicide and I said no".
# Set v20a: "my counsellor asks every week if I have thoughts of harming myself".
_ASKED = re.compile(r"\b(?:asked|asks|ask) (?:me )?(?:\w+ ){0,2}(?:if|whether|about)\b")
_SAID_NO = re.compile(
    r"\b(?:said|say|answered|told (?:her|him|them)) no\b|\bi (?:have not|had not)\b|"
    # Set v18b: "The GP asked if I'm having thoughts of hurting myself. I'm not, but".
    r"^\. (?:no |and )?i am not (?:\.|but|though)"
)

# A medicine by the day, for pain or illness, or with one drink.
_ORDINARY_USE = re.compile(
    # Set v18b: a double dose by mistake: "my kid took two gummies instead of one".
    r"\b(?:took|had|given|gave (?:him|her|them)) (?:two|2|an extra|a double) (?:\w+ )?instead of "
    r"(?:one|1)\b|"
    r"\b(?:a|per|each|every|in a) day\b|\bdaily\b|\bevery \d+ hours\b|\bfor (?:my|a|her|his|"
    r"the|their|your) (?:bad |sore |bit of a )?(?:back|head|headache|toothache|tooth|teeth|pain|"
    r"period|cramps|migraine|temperature|fever|cold|flu|arthritis|knee|knees|hip|sciatica|"
    r"hangover|sleep|anxiety)\b|\b(?:is it|is that|would it be) (?:ok|okay|safe|alright|fine|"
    r"bad) to (?:drink|have a (?:drink|glass|pint)|take (?:my|the|a|an|one))\b|"
    r"\bcan i (?:have|drink) a (?:glass|drink|pint|beer)\b|\b(?:just |only )?(?:a|one) (?:small )?"
    r"(?:glass|drink|pint|beer)\b|"
    # Blind set v11a: "is co-codamol ok to take with alcohol, got a bad back".
    r"\b(?:ok|okay|safe|alright|fine) to (?:take|have|drink|mix)\b|"
    r"\b(?:got|have|with) a (?:bad|sore) (?:back|knee|hip|neck|shoulder|tooth|head)\b|"
    # v15a, v15b: "I take 50mg sertraline every morning as my GP prescribed", "like the
    # doctor said".
    r"\b(?:take|takes|taking|have|has|having) (?:\w+ ){0,4}every (?:morning|night|evening)\b|"
    r"\bas prescribed\b|"
    r"\b(?:as|like) (?:my|the) (?:gp|doctor|doctors|psychiatrist|nurse|consultant) "
    r"(?:said|says|prescribed|told me|advised|wants)\b"
)
# Any of these keeps the self-harm reading.
_QUANTITY_OR_DYING = re.compile(
    r"\b(?:enough|too many|too much|kill|killed|die|died|dying|dead|lethal|fatal|overdose|"
    r"overdosed|wake up|at once|in one go|the lot|whole|all (?:my|of them|the|them)|end it|"
    r"them all|thinking (?:of|about)|tempted|"
    r"painless|quickest|saved|saving|stockpil\w*|hoard\w*|bottle|vodka|on purpose)\b"
)
_MEDICINE_RULES = frozenset({"overdose", "method_question", "ci_pills"})
# Blind set v8: a medicine held for its own use, asked about as medicine: "I have
# the medicine for my anxiety, can I drink wine with it". Only stockpiling's plain
# "have / got the tablets"; "saving them up", "I've been keeping my tablets" and
# any amount keep the self-harm reply (_QUANTITY_OR_DYING, _KEPT_BACK).
_HELD_FOR_USE = frozenset({"have", "got", "ve"})
_KEPT_BACK = re.compile(r"\b(?:keep|keeping|kept|hide|hiding|hidden|stash\w*|collect\w*)\b")


def denied(words: list[str], hit: Hit) -> bool:
    """Whether a self-harm match is a plain denial ("I'm not suicidal"), or said in
    another sense (self_harm_said_otherwise.py: "not going to hurt myself, just
    exhausted", "take my life back", a joke taken back)."""
    if said_otherwise(words, hit):
        return True
    matched = " ".join(words[hit.start : hit.end])
    if not _DENIABLE.match(matched):
        return False
    start, end = sentence_span(words, hit.start, hit.end)
    before = " ".join(words[start : hit.start])
    after = " ".join(words[hit.end :])
    if _NOT_BEFORE.search(before):
        return True
    if _ASKED.search(before) and _SAID_NO.search(after):
        return True
    past = _USED_TO.search(before) or _USED_TO.search(" ".join(words[hit.end : end]))
    # "I used to self harm, I'm fine now but I cut last night": not over.
    return bool(past and _NOT_NOW.search(after)) and not AGAIN.search(after)


# A child's dose taken by mistake and asked about (set v18b: "Can you overdose on
# melatonin? My kid took two gummies instead of one and seems totally fine"): a
# first-aid question, not self-harm. Not when the child is unwell.
_CHILDS_MISTAKE = re.compile(
    r"\b(?:my|our) (?:kid|son|daughter|child|baby|toddler|boy|girl|little one)s? "
    r"(?:\w+ ){0,2}(?:took|had|ate|swallowed|got into)\b.{0,60}\b(?:by mistake|by accident|"
    r"accidentally|instead of)\b.{0,40}\b(?:seems?|is|looks?) (?:totally |completely |"
    r"absolutely )?(?:fine|ok|okay|alright|normal)\b"
)


def ordinary_medicine(words: list[str], hit: Hit) -> bool:
    """A medicine by the day, for pain or with one drink: not an overdose question."""
    held = (
        hit.rule.id == "stockpiling"
        and hit.end - hit.start <= 3
        and words[hit.start] in _HELD_FOR_USE
    )
    if hit.rule.id not in _MEDICINE_RULES and not held:
        return False
    text = " ".join(words)
    if held and _KEPT_BACK.search(text):
        return False
    if _CHILDS_MISTAKE.search(text):
        return True
    if tablets_as_devices(text):
        return True  # "the same account for the kids' tablets" (set M; tablet_devices.py)
    # Blind set v11b: a prescription asked about (prescribed.py).
    ordinary = _ORDINARY_USE.search(text) or asked_with_prescriber(text)
    return bool(ordinary) and not _QUANTITY_OR_DYING.search(text)


# Someone else's outburst or past death, not the person's own risk now: "my son
# keeps saying 'im gonna kms' when he loses at FIFA", "my daughter screamed 'I
# want to die'", "my sister took her own life in 2017" (blind sets v6a, v6b).
# These get Samaritans' line as a check-in (bereavement by suicide and a child's
# words are worth the line). Someone else's plain statement ("my dad says he'll
# end his life") stays self-harm.
_REPORTED = re.compile(
    r"\b(?:my|our|her|his|a|the) (?:\w+ )?(?:son|daughter|kid|kids|child|boy|girl|brother|"
    r"sister|friend|mate|teen|teenager|pupil|student|nephew|niece|grandson|granddaughter|"
    r"partner|husband|wife|mum|dad|colleague)s? (?:\w+ )?(?:keeps saying|kept saying|always says|"
    r"screamed|shouted|yelled)\b|"
    # Set v19a: his words to the person, logged as abuse: "He used to tell me I'd be
    # better off dead. I'm putting that in my statement".
    # Set v20b: a group's what-if: "if someone mentions wanting to end their life".
    r"\bif (?:someone|somebody|anyone|a member|a client) (?:mentions|says|talks about|tells "
    r"(?:me|us))\b|"
    # A habit of his ("used to", "always"): "he said I should kill myself and I think he
    # might be right" (v10a) is the person's own now.
    r"\b(?:he|she|they|my ex) (?:used to|would|always|kept|keeps) (?:tell|telling|tells|told|"
    r"say|saying|says|said) (?:me |to me )?(?:that )?(?:i|you)\b"
)
_OTHERS_DEATH = re.compile(
    # Set v20b: "a book where she's stalked and kills herself"; not "if the person kills
    # themselves" (a training set's own plan, asked about).
    r"\bkills (?:herself|himself)\b|"
    r"\b(?:took|taken|take) (?:her|his|their) own life\b|\b(?:killed|hanged|hung) "
    r"(?:herself|himself|themselves)\b"
)
_NOT_A_FAREWELL = re.compile(
    r"\b(?:ignore|about|re|sorry about|further to|following|forget) my last "
    r"(?:message|text|msg|email)\b"
)


# Blind set v9b: the person's own words after someone else's ("my mum always says we
# don't talk about these things but I've been wanting to die for months").
_OWN_WORDS_AFTER = re.compile(r"\b(?:but|and|so) (?:i|im|i am|i have|i ve)\b")
# Sets v10b, v11a, v11b: a means or a plan beside someone else's words keeps the full
# reply ("keeps saying he'll go and join mum and asks where his shotgun licence is").
_MEANS_OR_PLAN = re.compile(
    r"\b(?:gun|shotgun|rifle|licence|rope|tablets|pills|a plan|how to do it|tonight|"
    r"not answering|phone is off|phones off)\b"
)


# The person agreeing with his words: "he always said I'd be better off dead and I'm
# starting to agree" keeps the full reply (v9a).
_AGREED = re.compile(
    r"\b(?:agree\w*|believe (?:him|her|them|it)|(?:he|she|they) (?:is|was|are|might be|may be) "
    r"right|starting to think|maybe (?:he|she|they) (?:is|are|was))\b"
)


def someone_else(words: list[str], hit: Hit) -> bool:
    """A self-harm match in someone else's words or about someone else's death."""
    if cared_for_after_overdose(words, hit):
        return True  # v13b: his overdose, cared for on a ward (self_harm_his_past_threats.py)
    if not well_now(words, hit) and (
        others_told_as_past(words, hit) or written_for_a_character(words, hit)
    ):
        # v14a, v14b: a friend's told as past, a character's in a play being written
        # (self_harm_history_told.py); long past and well now stays muted (well_now).
        return True
    before = " ".join(words[clause_start(words, hit) : hit.start])
    matched = " ".join(words[hit.start : hit.end + 3])
    reported = _REPORTED.search(before)
    if reported and _OWN_WORDS_AFTER.search(before[reported.end() :]):
        return False
    if reported and _MEANS_OR_PLAN.search(" ".join(words)):
        return False
    if reported and _AGREED.search(" ".join(words[hit.end :])):
        return False
    return bool(reported or _OTHERS_DEATH.search(matched))


def not_a_farewell(words: list[str], hit: Hit) -> bool:
    """ "Ignore my last message": a correction, not a goodbye; a will made calmly
    (self_harm_said_otherwise.py: "I'm 70, nothing morbid!")."""
    if will_made_calmly(words, hit) or away_for_a_reason(words, hit):
        return True
    return hit.rule.id == "farewell" and bool(_NOT_A_FAREWELL.search(" ".join(words)))


# Session 7: a height or clearance asked for a vehicle, a delivery, a load or a
# move: "I looked up how high the bridge is for the van", "how tall is the car park,
# will a luton fit", "what's the clearance, we've got a lorry delivery". Only the
# height rules; "how high is the bridge" with no such purpose stays self-harm.
_HEIGHT_RULES = frozenset({"method_question", "height_looked_up"})
_HEIGHT_WORDS = frozenset({"high", "higher", "highest", "tall", "taller", "tallest", "height"})
# Words of the act inside the match: "how high to jump from", "high enough to die".
_ACT_IN_MATCH = frozenset(
    {"jump", "jumping", "fall", "falling", "die", "dying", "dead", "kill", "survive", "fatal"}
)
_LOAD = (
    r"(?:vans?|lorry|lorries|trucks?|hgv|artic|luton|transit|sprinter|minibus|bus|coach|"
    r"caravan|motorhome|campervan|camper|trailer|horsebox|tractor|digger|removals?|"
    r"deliver(?:y|ies)|load|roof box)"
)
_DET = r"(?:the|a|an|my|our|his|her|their|this|that|its)"
_FOR_A_VEHICLE = re.compile(
    # "for the van", "with a trailer on", "for our house move" (not "not for the van").
    rf"(?<!not )\b(?:for|with|got|have|booked|doing|hired) {_DET} (?:\w+ ){{0,2}}"
    rf"(?:{_LOAD}|move)\b|"
    # "will a luton van fit under it", "the lorry won't clear it".
    rf"\b{_LOAD}\b(?: \w+){{0,3}} (?:fit|fits|clear|clears|get under|go under|pass under)\b|"
    # "a lorry delivery coming tomorrow", "the horsebox is 3 4m".
    rf"\b{_LOAD} (?:is |are )?(?:coming|booked|due|arriving)\b|"
    rf"\b{_LOAD} (?:is|are) (?:about |only |just |nearly |over )?\d|"
    r"\b(?:clearance|headroom|height (?:limit|restriction|barrier)|max(?:imum)? height)\b"
)
# Any of these keeps the self-harm reading: "high enough to make sure", "I'll drive
# the van off it", "for the last time".
_FALL_OR_DYING = re.compile(
    r"\b(?:jump\w*|fall|falling|fell|die|died|dying|dead|death|kill\w*|end it|end things|"
    r"survive\w*|fatal|suicid\w*|myself|last time|goodbye|over the (?:edge|side|top)|"
    r"off (?:it|the (?:bridge|top|edge|side|roof))|not stopping)\b|"
    r"\benough\b(?! (?:for|to (?:get|fit|take|clear|drive)))|"
    r"\bmake sure\b(?!(?: \w+){0,3} (?:fit|fits|clear|clears|under)\b)"
)


def height_for_a_vehicle(words: list[str], hit: Hit) -> bool:
    """A height or clearance asked for a vehicle, a delivery, a load or a move."""
    matched = set(words[hit.start : hit.end])
    if hit.rule.id not in _HEIGHT_RULES or not _HEIGHT_WORDS & matched or _ACT_IN_MATCH & matched:
        return False
    text = " ".join(words)
    return bool(_FOR_A_VEHICLE.search(text)) and not _FALL_OR_DYING.search(text)


# Session 7: waking late or at a time: "I go to sleep and don't wake up till 10",
# "after nights I don't wake up until the afternoon", "a sleeping tablet and I don't
# wake up for hours". A span or a clock time must follow the waking; "till this is
# over", "till never" or "until he's gone" are not times.
_WAKING = frozenset({"wake", "waking", "woke", "woken", "wakes"})
_AT_A_TIME = re.compile(
    r"^(?:up )?(?:till|until|til|before|after|for|at|by|around|about) (?:gone |about |around |"
    r"past |like |nearly |almost |at least |after |half )?(?:\d+|noon|midday|lunch|lunchtime|"
    r"dinner|dinnertime|teatime|the afternoon|the evening|mid ?morning|late|later|hours|ages|"
    r"half \w+|quarter \w+|(?:nine|ten|eleven|twelve|one|two|three|four)(?: oclock)?)\b"
)
# Any of these keeps the self-harm reading: a wish ("I'd rather", "I hope"), dying,
# for good ("ever again").
_WISH_OR_DYING = re.compile(
    r"\b(?:wish\w*|rather|hope|hoping|pray\w*|prefer|die|died|dying|dead|death|kill\w*|"
    r"end it|end things|suicid\w*|overdos\w*|forever|for ever|ever again|again|anymore|"
    r"any more|goodbye|the lot|all (?:of them|my|the))\b"
)
_WANT = frozenset({"want", "wanna", "wants", "wanted", "wanting"})


def waking_at_a_time(words: list[str], hit: Hit) -> bool:
    """Waking late or at a time ("don't wake up till 10"), with no wish and no dying."""
    matched = words[hit.start : hit.end]
    if hit.rule.signals != (Signal.SELF_HARM,) or not _WAKING & set(matched[-2:]):
        return False
    if not _AT_A_TIME.match(" ".join(words[hit.end : hit.end + 6])):
        return False
    if _WANT & set(words[clause_start(words, hit) : hit.end]):
        return False
    return not _WISH_OR_DYING.search(" ".join(words))
