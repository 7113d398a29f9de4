"""Asides: ordinary messages that mention danger or self-harm in passing.

Set H (bot/safety/messages/training_h.yml), written blind, got the full reply on
19 of its 222 ordinary messages at first sight. Each reading is one kind (tests:
tests/safety/test_training_h_kinds.py, both sides), called from everyday.py and
not_happening.py, so the order a match is read in is unchanged:
``sighting_referred_to`` ("shaky after seeing him in the shop"), ``explained_wish``
("I can't keep doing this, ringing every week": Samaritans' line),
``figure_of_speech`` ("it's slowly killing me"), ``where_he_cannot_go``,
``well_now`` (an attempt long past, well now), ``asked_who_a_service_is_for``,
``footage_reviewed`` (dashcam checked later); and for the check-in line:
``where_he_lives``, ``logging_a_pattern``, ``tracker_question``, ``promised_news``.
None reads a present, first-hand danger statement or urgency about the match.
"""

from __future__ import annotations

import re

from bot.safety.clause import Context
from bot.safety.footage import footage_seen_later
from bot.safety.matcher import Hit
from bot.safety.rules import Signal
from bot.safety.sentence import sentence_end, sentence_span

# h_sighting_referred_to: "after seeing him", "from seeing him", "of seeing him".
_SEEING_RULES = frozenset({"sensing", "ci_someone_near"})
_SEEING = frozenset({"seeing", "spotting", "hearing"})
_CAUSE_WORDS = frozenset({"after", "from", "since", "about", "of"})
# A fear of later: "terrified of seeing him", "the thought of seeing him".
_FEARED = frozenset(
    {
        "terrified",
        "scared",
        "afraid",
        "frightened",
        "petrified",
        "dreading",
        "dread",
        "fear",
        "thought",
        "idea",
        "worried",
        "nervous",
        "anxious",
        "prospect",
    }
)
# Only these say the sighting itself is now: "after seeing him outside just now".
_SIGHTING_NOW = re.compile(
    r"\b(?:just now|right now|as we speak|(?:\d+|a few|few|couple of|two|five|ten) "
    r"(?:minutes|mins|seconds) ago|(?:he|she|they) (?:is|are) still|still (?:there|here|"
    r"outside))\b"
)
# The message says it is over: he went, the person is home or safe, nothing happened.
_OVER = re.compile(
    r"\b(?:did not|didnt|never) (?:come over|approach|see me|notice me|follow|come near|"
    r"speak|say anything)\b|\b(?:i am|im) (?:home|back home|safe|ok|okay|fine|alright|"
    r"inside)\b|\bnothing happened\b|\bhe (?:left|went|drove off|walked off)\b"
)


def _seeing_position(words: list[str], hit: Hit) -> int | None:
    """Where the gerund "seeing" is for this hit: in it, or just before "him"."""
    if hit.rule.id not in _SEEING_RULES:
        return None
    if words[hit.start] in _SEEING:
        return hit.start
    if hit.start > 0 and words[hit.start - 1] in _SEEING:
        return hit.start - 1
    return None


def sighting_referred_to(words: list[str], hit: Hit) -> str | None:
    """ "mute" or "check_in" for a sighting named as a cause or a fear, not as news.

    "shaky after seeing him in the shop. he didn't come over": muted; "terrified
    of seeing him at court": muted (a fear of later); "upset after seeing him in
    town": the check-in line. None when the sighting is said to be now.
    """
    at = _seeing_position(words, hit)
    if at is None or at == 0:
        return None
    before = words[at - 1]
    if before not in _CAUSE_WORDS:
        return None
    clause_end = sentence_end(words, hit.end)
    if _SIGHTING_NOW.search(" ".join(words[at:clause_end])):
        return None
    if before == "of" and at > 1 and words[at - 2] in _FEARED:
        return "mute"
    return "mute" if _OVER.search(" ".join(words)) else "check_in"


# h_explained_wish: a vague wish_to_die ("I can't keep doing this", "I just want it
# to end", "I don't want to live like this") that the message explains as the
# process or him: "..., ringing every week for an update", "I want him to leave me
# alone", "what I mean is". Samaritans' line, not the full reply (everyday.py).
_VAGUE_WISH = frozenset(
    {
        "i",
        "can",
        "not",
        "keep",
        "doing",
        "do",
        "this",
        "take",
        "it",
        "anymore",
        "any",
        "more",
        "longer",
        ".",
        "want",
        "wanna",
        "to",
        "end",
        "just",
        "live",
        "living",
        "like",
        "go",
        "going",
        "on",
        "carry",
        "cope",
    }
)
_TRAILING = frozenset({"like", "this", "anymore", "any", "more", "longer", ".", "tbh", "honestly"})
# What "this" is, said straight after: "ringing every week", "always scared to go out".
_PROCESS_AFTER = re.compile(
    r"^(?:\w+ )?(?:ringing|calling|phoning|chasing|waiting|emailing|explaining|repeating|"
    r"checking|hiding|changing|filling|telling|going through|looking over|being (?:followed|"
    r"watched|messaged|ignored|passed)|always (?:scared|looking|checking|worried|on edge|"
    r"waiting)|getting (?:nobody|nowhere|no))\b"
)
_EXPLAINED = re.compile(
    r"\b(?:i|i just) (?:want|need) (?:him|her|them|the stalking|the messages|the calls) "
    r"(?:to (?:stop|leave me alone|leave us alone|go away|back off|get the message)|gone)\b|"
    r"\bwhat i mean is\b|\bby (?:that|this) i mean\b|\bi do not mean (?:it )?like that\b"
)
# Any of these keeps the full reply.
_DYING_WORDS = re.compile(
    r"\b(?:die|dying|dead|death|kill|killing|suicid\w*|end my life|end it all|myself|"
    r"not be here|not being here|not be around|pills|tablets|overdose|goodbye|note|gone|"
    r"everything|bridge|rope|jump|hurt myself|sleep forever|plan)\b"
)
_KEEP_LOGGING = re.compile(
    r"^(?:tbh |honestly )?but (?:i will|i am going to) (?:keep|carry on) (?:logging|reporting|"
    r"recording|writing|noting|a log|the log|the diary)\b"
)


def explained_wish(words: list[str], hit: Hit) -> bool:
    """A vague wish_to_die the message explains as the process or him."""
    if hit.rule.id != "wish_to_die":
        return False
    matched = words[hit.start : hit.end]
    text = " ".join(words)
    if _DYING_WORDS.search(text):
        return False
    if matched == ["tired", "of", "it", "all"]:
        return bool(_KEEP_LOGGING.search(" ".join(words[hit.end :])))
    if not set(matched) <= _VAGUE_WISH:
        return False
    after = hit.end
    while after < len(words) and words[after] in _TRAILING:
        after += 1
    if {"live", "living"} & set(matched) and "like" not in words[hit.start : after]:
        return False
    return bool(_PROCESS_AFTER.search(" ".join(words[after:])) or _EXPLAINED.search(text))


# h_figure_of_speech: a thing "killing me": "it's slowly killing me", "not knowing
# is killing me", "this waiting is killing us". Not a person ("he is killing me"),
# and not with a wish to hurry it ("... and I'm thinking of helping it along").
_KILLING_RULES = frozenset({"violence", "violence_now", "threat_now", "ci_threat"})
_THING = frozenset(
    {"it", "this", "that", "which", "anxiety", "stress", "worry", "waiting", "knowing", "fear"}
)
_SOFTENERS = frozenset({"slowly", "literally", "honestly", "actually", "really", "just", "all"})
_HURRY_IT = re.compile(
    r"\b(?:help|helping|helped) it along|get on with it|got on with it|speed it up|"
    r"finish (?:it|me) off|let it\b"
)


def figure_of_speech(words: list[str], hit: Hit) -> bool:
    """ "it's slowly killing me": a thing wearing the person down, not a threat."""
    if hit.rule.id not in _KILLING_RULES:
        return False
    span = words[hit.start : hit.end]
    if "killing" not in span:
        return False
    k = hit.start + span.index("killing")
    if words[k + 1 : k + 2] not in (["me"], ["us"]):
        return False
    i = k - 1
    while i > 0 and words[i] in _SOFTENERS:
        i -= 1
    if words[i] not in ("is", "are", "was") or words[i - 1] not in _THING:
        return False
    return not _HURRY_IT.search(" ".join(words))


# h_well_now (self-harm long past, the person well now) is in self_harm_readings.py.


# h_service_question: who a service is for: "is Samaritans only for people who want
# to kill themselves, or can my friend ring them". Muted for the words about "people
# who"; "I want to kill myself, is Samaritans for people like me" keeps its reply.
_SERVICE_QUESTION = re.compile(
    r"\b(?:is|are|does|do) (?:\w+ ){0,2}(?:only |just )?(?:for|help|helps|support|take|"
    r"takes|talk to) (?:people|those|someone|anyone|folk) (?:who|that)\b"
)
_SERVICE = re.compile(
    r"\b(?:samaritans|helpline|helplines|the line|service|services|shout|mind|crisis team|"
    r"crisis line|number)\b"
)
_SERVICE_RULES = frozenset({"suicide_words", "threat_now", "wish_to_die", "ci_threat"})


def asked_who_a_service_is_for(words: list[str], hit: Hit) -> bool:
    """A match inside "is Samaritans only for people who ...": a question, not a risk."""
    if hit.rule.id not in _SERVICE_RULES:
        return False
    # "people who" may open the match itself (threat_now: "people who want to kill").
    before = " ".join(words[max(0, hit.start - 12) : hit.start + 2])
    found = _SERVICE_QUESTION.search(before)
    if not found or not _SERVICE.search(before[: found.start()] + " " + before):
        return False
    # Only words about "them": "people who want to kill themselves".
    return not {"i", "me", "myself", "my"} & set(words[hit.start : hit.end][:4])


# h_footage_reviewed: a vehicle or someone seen later on a recording: "went through
# the dashcam when I got home, the same car was behind me" (footage.py, gone back
# over). Told in the past ("was", "were"), with no "now", "still" or "just" in its
# clause: muted (not_news.not_first_hand).
_FOOTAGE_RULES = frozenset(
    {"vehicle_near", "ci_vehicle", "following", "following_now", "presence", "ci_someone_near"}
)
_TOLD_PAST = frozenset({"was", "were", "had"})
_NOT_NOW_WORDS = frozenset({"is", "are", "now", "still", "just", "right"})


def footage_reviewed(words: list[str], hit: Hit) -> bool:
    """A vehicle or someone seen afterwards on a recording, told in the past."""
    if hit.rule.id not in _FOOTAGE_RULES or not footage_seen_later(
        " ".join(words), looked_back=True
    ):
        return False
    start, end = sentence_span(words, hit.start, hit.end)
    matched = set(words[hit.start : hit.end])
    return bool(_TOLD_PAST & matched) and not _NOT_NOW_WORDS & set(words[start:end])


# h_where_he_cannot_go: bounds set on him, not the person trapped: "is there a map of
# where the order says he can't go" (rule hiding_trapped). Muted in negated_harm.
_BOUNDS = frozenset({"where", "places", "areas", "area", "zone", "zones", "streets", "order"})


def where_he_cannot_go(words: list[str], hit: Hit) -> bool:
    """ "where the order says he can't go": his bounds, not the person trapped."""
    if hit.rule.id != "hiding_trapped" or hit.start < 2 or words[hit.end - 1] != "go":
        return False
    return words[hit.start - 1] in ("he", "him") and bool(
        _BOUNDS & set(words[max(0, hit.start - 6) : hit.start - 1])
    )


# --- Check-ins from the rules on ordinary messages (set H) ---------------------

# h_where_he_lives: "I've just found out he's moved nearby": where he lives, not
# someone near now (rule ci_someone_near). Muted (not_news.not_first_hand).
_LIVES = frozenset({"moved", "moving", "lives", "living", "live"})


def where_he_lives(words: list[str], hit: Hit) -> bool:
    """ "he's moved nearby": where he lives, not someone near now."""
    return hit.rule.id == "ci_someone_near" and bool(_LIVES & set(words[hit.start : hit.end]))


# h_logging_a_pattern: a sighting told as past or habit, with the person asking
# whether to log it or saying they are: "he was at the stop again. should I be
# writing these down", "most mornings he's at the bus stop. should I log each one",
# "his car outside at 8am when I did the school run. logging it now". Muted, for a
# check-in only (a check-in rule, or a danger rule turned down by habit).
_LOGGING = re.compile(
    r"\b(?:should|do|shall|can|must) (?:i|we) (?:\w+ ){0,2}(?:log|logging|write|writing|record|"
    r"recording|note|noting|(?:keep|keeping) a (?:log|record|diary))\b|\b(?:logging|logged|noted|"
    r"recorded|writing) (?:it|this|that|them|these|all these)\b|\blog each\b"
)
_EARLIER = re.compile(
    r"\bwhen (?:i|we) (?:did|was|were|got|went|came|left|dropped|picked)\b|"
    r"\bthis (?:morning|afternoon)\b|\bat \d+ (?:am|pm)\b|\bagain\b"
)


def logging_a_pattern(words: list[str], hit: Hit, ctx: Context) -> bool:
    """A past or habitual sighting, asked about or said as being logged."""
    if not (Signal.CHECK_IN in hit.rule.signals or ctx.habitual or ctx.habit_verb):
        return False
    if not _LOGGING.search(" ".join(words)):
        return False
    start, end = sentence_span(words, hit.start, hit.end)
    earlier = ctx.past or ctx.past_form or ctx.habitual or ctx.habit_verb
    return earlier or bool(_EARLIER.search(" ".join(words[start:end])))


# h_tracker_question: "I swear he knows where I am all the time. Could there be a
# tracker on my car?": a question about tracking (rule ci_goodbye). Muted.
_TRACKER = re.compile(r"\b(?:tracker|trackers|tracking|airtag|gps|find my|location)\b")


def tracker_question(words: list[str], hit: Hit) -> bool:
    """ "he knows where I am all the time", asked as whether he is tracking."""
    return (
        hit.rule.id == "ci_goodbye"
        and "know" in " ".join(words[hit.start : hit.end])
        and bool(_TRACKER.search(" ".join(words)))
    )


# h_promised_news: "they said I'd get a letter": news promised, not a threat (rule
# ci_threat: "said ... would ... get"). Muted in not_happening.negated_harm.
_NEWS = re.compile(
    r"^(?:a|an|the|my) (?:\w+ )?(?:letter|call|callback|update|date|reply|response|email|"
    r"text|visit|appointment|phone call|decision|outcome|copy|number)\b"
)


def promised_news(words: list[str], hit: Hit) -> bool:
    """ "they said I'd get a letter": something promised to the person."""
    return (
        hit.rule.id == "ci_threat"
        and words[hit.end - 1] in ("get", "got", "getting")
        and bool(_NEWS.search(" ".join(words[hit.end : hit.end + 4])))
    )
