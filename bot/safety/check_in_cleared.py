"""Check-in words the message itself clears: no line at all (issue 8).

The check-in line ("Are you safe right now?") reached more than one ordinary
message in five in blind sets v9a and v9b. Each reading below is a kind of
ordinary message those sets showed, read per match (not_happening.negated_harm
mutes the match when one applies). Each stands down when the message says the
danger is here now, is threatening, or asks about taking a quantity:

- ``negated_presence``: "he's not outside tonight thank god", "she isn't at the
  gate now, she was there this morning" (rules ci_someone_near, ci_vehicle).
  Not when someone is then said to be anywhere else ("he's not outside now, he's
  at the back").
- ``put_right``: a sighting the message puts right: "turned out to be my Avon
  lady", "I thought it was him but it was just the neighbour's car", "the man in
  the van was a plain clothes officer", "I think it was a visitor". Not "it was
  him", "turned out to be his mate".
- ``someone_elses_fear``: fear said of someone else, calmly: "she's frightened
  of him though he's never come round" (rule ci_fear_now). "I'm frightened" keeps
  the line.
- ``medicine_question`` (medicine_questions.py, asked first, since danger said
  elsewhere is read by its own rules): an ordinary medicine question, an
  overdose long past, overdoses named about a job (rule ci_pills).
- ``figure_of_speech``: "my manager will kill me if I'm late", "this waiting is
  killing me" (rule ci_threat). "my ex will kill me if I'm late" keeps it.
- ``past_leverage_asked``: a past threat to self-harm used as leverage, asked
  about: "he always said he'd hurt himself if I left him, is that coercive
  control?" (rules ci_leverage, ci_threat). "he says he'll kill himself if I
  report him" keeps the line: the threat is live.
- ``a_charge_named``: "threats to kill" as an offence the court named: "the
  magistrate talked about threats to kill, what sentence is likely" (ci_threat).
- ``doorbell_product``: a Ring doorbell asked about as a device: "should I buy
  a Ring doorbell" (ci_someone_near). "my Ring doorbell keeps going off" keeps it.
- ``name_seen_online``: his name, profile or post seen online, not him: "I
  saw his name on Facebook" (ci_someone_near, sensing).
- ``resident_next_door``: a fellow resident told about: "the lady in the room
  next to mine at the hostel" (someone_in_my_place, ci_someone_near).
- ``nothing_since``: a relative or neighbour seen every day who "hasn't done
  anything since the warning" (habitual ci_someone_near only).
- ``known_where_long_ago``: "he knew where I live" in a post dated last year,
  asked about as evidence; "he not know where I live" (ci_goodbye).
- ``photos_asked_about``: a neighbour who keeps taking photos of the garden,
  asked about: "is that allowed?" (photo_now, set v11b).
- ``turning_up_asked_about`` (cleared_up.py): a turning-up told as a habit,
  then asked about: "she keeps showing up at our local, is that right?".
- everyday phrases (everyday_phrases.py): "my phone's about to die", "thanks
  for everything, I feel so much better", "dreading seeing him at court".
"""

from __future__ import annotations

import re

from bot.safety.clause import Context
from bot.safety.cleared_up import turning_up_asked_about
from bot.safety.everyday_phrases import everyday_phrase_no_line
from bot.safety.matcher import Hit
from bot.safety.medicine_questions import medicine_question
from bot.safety.self_harm_history_told import well_or_a_character
from bot.safety.self_harm_told_as_past import pills_told_as_past_or_ordinary

# Danger said anywhere in the message: no reading here applies. Narrower than
# arrivals.HOSTILE, whose "kill", "threat" and "stalker" are what some of these
# ordinary messages are about ("my boss will kill me", "thought my stalker was
# outside but ...").
_ALARM = re.compile(
    r"\b(?:help me|please help|999|knife|knives|gun|weapon|machete|blade|hammer|axe|"
    r"hurt me|hit me|hitting me|"
    r"attack\w*|break\w* in|broke in|smash\w*|banging (?:on|at)|kick\w* off|terrified|petrified|"
    r"not safe|unsafe|on (?:his|her|their) way|coming (?:over|round|here))\b"
)
# Said to be happening now. Like context_words.URGENT_OVER_PAST, but not a bare
# "still" ("should I still log it", "is that still usable as evidence").
_NOW_SAID = re.compile(
    r"\b(?:right now|just now|as we speak|at the moment|currently|this (?:minute|second)|"
    r"(?:minutes|mins|seconds) ago|an hour ago|(?:he|she|they|someone|somebody) "
    r"(?:is |are |has |have )?just|(?:is|are) still (?:outside|here|there|at|in|parked|sat|"
    r"sitting|waiting|hanging))\b"
)
_NEAR_RULES = frozenset({"ci_someone_near", "ci_vehicle"})
_PUT_RIGHT_RULES = frozenset({"ci_someone_near", "ci_vehicle", "ci_fear_now"})
_POSITIONS = frozenset(
    "at in by outside near nearby opposite across round around behind here downstairs back "
    "there parked".split()
)
# Someone said to be somewhere, after the negated match: "he's not outside now,
# he's at the back". Any such statement keeps the line.
_SOMEONE_IS = re.compile(
    r"\b(?:he|she|they|someone|somebody|ex|stalker|man|guy) (?:is|are|has|have|keeps|will|ll|"
    r"just|can)\b"
)
# Him, his people or his things: a sighting "put right" as him is no putting right.
_HIM = (
    r"(?:him|her|them|he|she|they|his|hers|their|my ex|the ex|ex|my stalker|the stalker|"
    r"stalker)\b"
)
_TURNED_OUT = re.compile(
    r"\bturn(?:ed|s)? out (?:to be |it was |that it was |it is )?(?!" + _HIM + r")"
)
_HARMLESS = (
    r"(?:neighbours?|visitors?|visiting|officers?|police\w*|pcso|detectives?|copper|taxi|uber|"
    r"cab|delivery|courier|postman|postie|avon|lady|friends?|family|relatives?|builders?|"
    r"workmen|workman|council|carer|nurse|midwife|health visitor|social worker|landlord|"
    r"landlady|estate agent|electrician|plumber|engineer|cleaner|gardener|surveyor|meter|"
    r"dog walker|mum|dad|parents?|sister|brother|son|daughter|kids|"
    r"lads?|students?|teenagers|tradesman|van driver|driver)\b"
)
_WAS_HARMLESS = re.compile(
    r"\b(?:was|were|it is|its|it s) (?:just |only |"
    r"actually |really )?(?:the|a|an|my|our|some|one of (?:the|my|our)) (?:\w+ ){0,3}" + _HARMLESS
)
_BUT_HIM = re.compile(r"\b(?:it is|it was|its|it s|that was|that is) (?:really |actually )?" + _HIM)
# Fear said of someone else: "she's frightened", "my mum is scared".
_OTHERS = frozenset(
    "she he they mum mam mom mother dad father gran nan grandma grandad sister brother "
    "daughter son friend mate kids children child neighbour wife husband partner".split()
)
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "im"})
# "my boss will kill me if I'm late": everyday people and an everyday slip.
_EVERYDAY_PEOPLE = (
    r"(?:boss|manager|supervisor|teacher|tutor|lecturer|coach|mum|mam|mom|mother|gran|nan|"
    r"grandma|sister|mates?|friends?|bestie|colleagues?|team|editor|client)"
)
_WILL_KILL_ME_IF_SLIP = re.compile(
    r"\b" + _EVERYDAY_PEOPLE + r" (?:\w+ ){0,2}(?:will|would|is going to|gonna|ll|is gonna) "
    r"(?:literally |actually |honestly )?kill me if (?:i|we) (?:am |m |are )?(?:\w+ )?"
    r"(?:late|forget|forgot|miss|missed|lose|lost|break|spend|mess|scratch|crash|burn|ruin|"
    r"fail|oversleep|skip|eat|do not turn up|dont turn up)\b"
)
_KILLING_ME = re.compile(
    r"\b(?:the|this|my|all this|all the|her|his|our|their|your) (?:\w+ )?(?:suspense|waiting|"
    r"wait|stress|anxiety|uncertainty|"
    r"not knowing|delay|delays|heat|commute|back|feet|head|headache|hangover|cold|boredom|"
    r"paperwork|process|traffic|curiosity|noise|admin|hold music|queue|shifts?|exams?|"
    # Set v10b: "this court bundle is killing me", "my son's revision is killing him".
    r"bundle|court bundle|revision|homework|coursework|forms|deadlines?|assignments?) "
    r"(?:\w+ )?(?:is|are) (?:literally |actually |slowly |honestly |absolutely )?killing "
    r"(?:me|him|her|us)\b|"
    # Set v10b: "he killed my confidence" (a harm to a feeling, not a threat).
    r"\b(?:killed|killing|kills) (?:my|her|his|our) (?:confidence|self esteem|self worth|"
    r"spirit|mood|vibe|buzz|social life|love life)\b"
)
_FIGURE_RULES = frozenset({"ci_threat"})
# A past threat to self-harm used as leverage: "he always threatened to kill himself".
_LEVERAGE_RULES = frozenset({"ci_leverage", "ci_threat"})
_USED_TO = re.compile(
    r"\b(?:always|used to|would always|constantly|all the time|back then|when we were "
    r"together|during the relationship|for years)\b"
)
_WHAT_IS_IT = re.compile(
    r"\b(?:is|was|does|would|could|are) (?:that|this|it|these|those)(?: \w+){0,3} (?:abuse|"
    r"emotional|abusive|blackmail|coercive|coercion|control|controlling|manipulat\w*|normal|"
    r"count|counts|stalking|harassment|a crime|an offence|gaslighting|part of)\b"
)
_LIVE_THREAT = re.compile(
    r"\b(?:says|saying|threatens|threatening|keeps|now|again|tonight|today|yesterday|"
    r"this week|last night|has said|just said|texted|messaged)\b"
)
_LEGAL = re.compile(
    r"\b(?:judge|magistrates?|court|hearing|charge|charged|sentence|sentencing|cps|offence|"
    r"prosecut\w*|solicitor|barrister|trial|convicted|guilty|plead\w*)\b"
)
_THREATS_TO_KILL = re.compile(r"\bthreats? to kill (?!me|us|my|her|him|them|the kids)")
# A Ring doorbell as a product: "getting a Ring doorbell"; not one going off.
_PRODUCT_BEFORE = frozenset(
    "a the my our get getting got buy buying bought install installing fit fitting".split()
)
_DOORBELL_ACTIVE = re.compile(
    r"\b(?:off|alert\w*|notification\w*|motion|ping\w*|showing|shows|showed|caught|someone|"
    r"somebody|knock\w*|now|tonight|keeps|kept|buzz\w*)\b"
)
_ONLINE_THINGS = frozenset(
    "name profile account page post posts photo photos pic pics picture pictures comment "
    "comments status story stories review reviews listing".split()
)
# A fellow resident next to the person: "the woman in the room next to mine".
_NEXT_TO_ME = re.compile(r"^(?:next to (?:mine|me|ours|us)|next door)\b")
_RESIDENT = frozenset("woman lady girl resident neighbour family mum couple she".split())
_NOTHING_SINCE = re.compile(
    r"\b(?:not|never|has not|hasnt|have not) (?:done|said|tried) anything since\b|"
    r"\bnothing (?:has )?happened since\b|\b(?:been|kept) (?:quiet|fine|ok|okay) since\b"
)
_DATED_LAST = re.compile(r"\b(?:last|a) (?:year|month)\b|\b(?:years|months) ago\b|\bin 20\d\d\b")


def check_in_cleared(words: list[str], hit: Hit, ctx: Context) -> bool:
    """Whether the message clears this match: no line (the readings above)."""
    if medicine_question(words, hit):
        # About pills alone: danger said elsewhere is read by its own rules.
        return True
    if _ALARM.search(" ".join(words)):
        return False
    return (
        everyday_phrase_no_line(words, hit)
        or negated_presence(words, hit)
        or put_right(words, hit)
        or someone_elses_fear(words, hit, ctx)
        or figure_of_speech(words, hit)
        or past_leverage_asked(words, hit)
        or a_charge_named(words, hit)
        or doorbell_product(words, hit, ctx)
        or name_seen_online(words, hit, ctx)
        or resident_next_door(words, hit)
        or nothing_since(words, hit, ctx)
        or known_where_long_ago(words, hit)
        or photos_asked_about(words, hit)
        # v14a, v14b: "keeps turning up at the gym, can they ban him?" (cleared_up.py).
        or turning_up_asked_about(words, hit)
        # v14b: "the main character takes an overdose in act 2" (self_harm_history_told.py).
        or well_or_a_character(words, hit)
        # v12b: recovery or an everyday use told (self_harm_told_as_past.py).
        or pills_told_as_past_or_ordinary(words, hit)
    )


def negated_presence(words: list[str], hit: Hit) -> bool:
    """ "he's not outside tonight": someone said not to be there, no one said to be."""
    if hit.rule.id not in _NEAR_RULES:
        return False
    matched = words[hit.start : hit.end]
    # Someone else not there: not "when I'm not here" (set v6a, a goodbye).
    negated = any(
        w in ("not", "never")
        and i + 1 < len(matched)
        and matched[i + 1] in _POSITIONS
        and not _FIRST_PERSON & set(matched[:i])
        and matched[i - 1 : i] != ["am"]
        for i, w in enumerate(matched)
    )
    after = " ".join(words[hit.end :])
    return negated and not _SOMEONE_IS.search(after) and not _NOW_SAID.search(after)


def put_right(words: list[str], hit: Hit) -> bool:
    """A sighting put right: "turned out to be my Avon lady", "it was a visitor"."""
    if hit.rule.id not in _PUT_RIGHT_RULES:
        return False
    text = " ".join(words)
    if _BUT_HIM.search(text) or _NOW_SAID.search(text) or _SOMEONE_IS_NOW.search(text):
        return False
    # The putting right comes after the sighting: not "it's my brother. his ex's
    # new bloke has turned up at his work" (an introduction, set v7a).
    # Fear may come after the putting right: "... so I stop panicking".
    after = text if hit.rule.id == "ci_fear_now" else " ".join(words[hit.start :])
    return bool(_TURNED_OUT.search(after) or _WAS_HARMLESS.search(after))


# "he's outside now", "someone is at the door right now": present danger said too.
_SOMEONE_IS_NOW = re.compile(r"\b(?:he|she|they|someone|somebody) is (?:\w+ ){0,4}(?:now|again)\b")


def someone_elses_fear(words: list[str], hit: Hit, ctx: Context) -> bool:
    """ "she's frightened": fear said of someone else, with nothing urgent."""
    if hit.rule.id != "ci_fear_now" or ctx.urgent:
        return False
    before = words[max(0, hit.start - 3) : hit.start]
    return (
        bool(_OTHERS & set(before))
        and not _FIRST_PERSON & set(before)
        and not _DANGER_TO_THEM.search(" ".join(words))
    )


# Someone else's fear with its cause here now: "she's scared, a man's following
# her home", "she is very frightened, he is at the door" (sets v3, v6b).
_DANGER_TO_THEM = re.compile(
    r"\b(?:follow\w*|outside|at (?:the|her|his|my|our|their) (?:door|window)|window|"
    r"(?:it is|its|it s) (?:him|her|them)|stalk\w*)\b"
)


def figure_of_speech(words: list[str], hit: Hit) -> bool:
    """ "my boss will kill me if I'm late", "the suspense is killing me"."""
    if hit.rule.id not in _FIGURE_RULES:
        return False
    text = " ".join(words)
    return bool(_WILL_KILL_ME_IF_SLIP.search(text) or _KILLING_ME.search(text))


def past_leverage_asked(words: list[str], hit: Hit) -> bool:
    """ "he always threatened to kill himself if I left, is that abuse?": past, asked."""
    if hit.rule.id not in _LEVERAGE_RULES:
        return False
    text = " ".join(words)
    if not any(w in ("himself", "herself", "themselves", "themself") for w in words):
        return False
    return (
        bool(_USED_TO.search(text))
        and bool(_WHAT_IS_IT.search(text))
        and not _LIVE_THREAT.search(text)
    )


def a_charge_named(words: list[str], hit: Hit) -> bool:
    """ "the judge mentioned threats to kill": an offence named, no one threatened."""
    if hit.rule.id != "ci_threat":
        return False
    text = " ".join(words)
    return bool(_THREATS_TO_KILL.search(text + " ")) and bool(_LEGAL.search(text))


def doorbell_product(words: list[str], hit: Hit, ctx: Context) -> bool:
    """ "is it worth getting a Ring doorbell": the device, not a ring at the door."""
    matched = words[hit.start : hit.end]
    return (
        hit.rule.id == "ci_someone_near"
        and matched[:1] == ["ring"]
        and matched[-1] in ("doorbell", "doorbells")
        and hit.start > 0
        and words[hit.start - 1] in _PRODUCT_BEFORE
        and not ctx.urgent
        and not _DOORBELL_ACTIVE.search(" ".join(words))
    )


def name_seen_online(words: list[str], hit: Hit, ctx: Context) -> bool:
    """ "I've seen his name on LinkedIn": his name or posts online, not him."""
    if hit.rule.id not in ("ci_someone_near", "sensing") or not ctx.online:
        return False
    following = words[hit.end : hit.end + 2]
    inside = words[hit.start : hit.end]
    return bool(_ONLINE_THINGS & (set(following[:1]) | set(inside[-2:])))


def resident_next_door(words: list[str], hit: Hit) -> bool:
    """ "the woman in the room next to mine at the refuge": a fellow resident."""
    if hit.rule.id not in ("someone_in_my_place", "ci_someone_near"):
        return False
    matched = words[hit.start : hit.end]
    after = " ".join(words[hit.end : hit.end + 4])
    return (
        bool(_RESIDENT & set(matched[:2]))
        and bool(_NEXT_TO_ME.search(after))
        # Not a resident's own danger told: "the woman in the flat next to me told me
        # about a man who's been stalking her ... climb in through her window" (v6b).
        and not _DANGER_TO_THEM.search(" ".join(words))
    )


def nothing_since(words: list[str], hit: Hit, ctx: Context) -> bool:
    """ "I see him every day but he's not done anything since the warning"."""
    return (
        hit.rule.id == "ci_someone_near"
        and (ctx.habitual or ctx.habit_verb)
        and not ctx.urgent
        and bool(_NOTHING_SINCE.search(" ".join(words)))
    )


def known_where_long_ago(words: list[str], hit: Hit) -> bool:
    """ "he posted last year saying he knew where I live": dated past, not a goodbye."""
    matched = words[hit.start : hit.end]
    text = " ".join(words)
    if hit.rule.id == "ci_goodbye" and words[hit.start - 1 : hit.start] in (["not"], ["never"]):
        # Set v11b: "I am ok, he not know where I live" (he does not know).
        return "know" in matched and not _NOW_SAID.search(text)
    return (
        hit.rule.id == "ci_goodbye"
        and "knew" in matched
        and bool(_DATED_LAST.search(text))
        and not _NOW_SAID.search(text)
    )


# Set v11b: "next door ... keep taking photos of my garden. Is that allowed?"
_KEEP_TAKING = re.compile(
    r"\b(?:keep|keeps|always|often) (?:taking|take|takes) (?:photos|pictures|pics)\b"
)
_IS_IT_ALLOWED = re.compile(
    r"\b(?:is|are) (?:that|it|this|they) (?:allowed|legal|illegal|an offence|harassment|ok)\b"
)


def photos_asked_about(words: list[str], hit: Hit) -> bool:
    """Someone's habit of taking photos of the home, asked about: "is that allowed?"."""
    text = " ".join(words)
    return (
        hit.rule.id == "photo_now"
        and bool(_KEEP_TAKING.search(text))
        and bool(_IS_IT_ALLOWED.search(text))
        and not _NOW_SAID.search(text)
    )
