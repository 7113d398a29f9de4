"""How one rule match is read in its clause: "present beats past".

For each match (matcher.Hit) the words around it decide what it means
(detector.py applies the verdict to the whole message):

- A *present* match (a rule marked ``present``) that is not inside a question,
  a condition, fiction, a worry or a habit is a present-tense, first-hand
  statement of danger (``is_first_hand_present``); if the message holds one,
  nothing else in it mutes anything.
- A question already finished before the match does not count as "inside" it:
  "what do I do he's outside" (``_ends_question``).
- Only a clearly finished past in the match's own part of the sentence mutes
  even a present-tense match, unless a strong recency word is there.
- Otherwise a condition, fiction or past wording mutes a guarded match; habit,
  worry or a future turns it into a check-in unless urgency is there
  (``match_verdict``).

Safety v5 (sets v5a, v5b) added four readings here:

- a condition or question about this very moment ("right now", "at the
  moment", ``LIVE``) is not a hypothetical: "is it 999 or 101 if he's trying
  the back door right now";
- fear ends a condition: "what do I ring if I'm scared he's coming up the
  stairs" (what follows "scared" is what is happening);
- a threat whose only condition is his return is a time: "when he gets back
  he'll finish what he started";
- a present rule matched in the past tense ("a car followed me home", "it was
  behind me") with past wording in its clause is history, not a present
  statement; and a match ending on a full stop ("he won't leave .") reads
  its own sentence, not the next.

Session 7: a habit inside a "who" clause of the match belongs to that clause:
"the man who keeps leaving notes is at my window" is about now
(``_without_who_clause``); "... is at my window every night" is still a habit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.clause_parts import IS, after_but, after_waking
from bot.safety.context_words import (
    FINISHED,
    HABITUAL,
    HYPOTHETICAL,
    LIVE,
    ONLINE,
    PAST,
    URGENT,
    URGENT_OVER_PAST,
    WORRY,
)
from bot.safety.joking import is_fiction
from bot.safety.matcher import Hit
from bot.safety.rules import Guard, Signal
from bot.safety.sentence import sentence_end, sentence_start, sentence_text
from bot.safety.words import WORDS

# Rules about watching and following mean nothing when about social media.
OFFLINE_ONLY = frozenset(
    {
        "watching_waiting",
        "following_now",
        "following",
        "breaking_in_now",
        "breaking_in",
        "screen_seen",
    }
)
# A condition or question ("if", "what do I do") governs the few words after
# it, up to a soft break: "can you get someone here now please he's battering
# the door" is not a question about the door.
_CONDITION_SCOPE = 6
_SOFT_BREAKS = frozenset({"please", "but", "so", "cos", "because", "then"})
# Fear ends a condition too: in "what's the number to ring if you're scared he's
# coming up the stairs" the "if" is about being scared; what follows the fear
# word is what is happening.
_FEAR_BREAKS = frozenset({"scared", "frightened", "terrified", "afraid", "petrified"})
# A threat's condition that is only his return ("when he gets back he'll finish what
# he started", "when he gets out of the shower I'm dead") is a time, not an "if".
_RETURN = re.compile(
    r"\bwhen (?:he|she|they) (?:gets?|comes?) (?:back|home|in|out|here|up|down|round)\b"
)
_RETURN_RULES = frozenset({"threat_now"})
# A present-tense rule matched in the past tense ("a car followed me home last
# night") is history like any other, when the clause says when.
_PAST_VERBS = frozenset({"was", "were", "had"})
_PRESENT_VERBS = frozenset({"is", "are", "am", "has", "have", "now", "still"})
# A question that is finished before the danger starts does not govern it:
# "what do i do hes outside", "can you help me he's at the door", "is anyone
# there he's in the house". Only these words can end such a question right
# before the match; "how do I prove he's following me" stays a question
# ("prove" wants the clause as its object).
_QUESTION_ENDS = frozenset(
    {
        "do",
        "now",
        "help",
        "there",
        "anyone",
        "anybody",
        "me",
        "us",
        "quick",
        "quickly",
        "asap",
        "urgently",
        "hello",
        "hi",
        "hey",
        "omg",
    }
)
_QUESTION_SUBJECTS = frozenset({"i", "we", "you", "they"})
# A future word just before a match ("he says he'll take the kids") makes it a
# threat for later, a check-in; these rules are about the future already.
_FUTURE = re.compile(r"\b(?:will(?! not)|would(?! not)|going to|gonna|might|may|wants? to)\b")
_FUTURE_RULES = frozenset({"threat_now", "arrival_now"})
# Habit words belong to their own part of a sentence: in "someone is in my
# shed and the light keeps going on and off", "keeps" is about the light.
_HABIT_BREAKS = frozenset({"and", "but", "so", "cos", "because", "who", "which", "saying", "while"})
# Simple present for a third person ("he turns up", "she follows me") describes
# a habit, not this moment: it turns a match into a check-in.
_THIRD_PERSON = frozenset({"he", "she", "someone", "somebody", "it", "ex", "man", "woman"})
# Verbs of knowing, wanting or feeling are states, not habits: "two lads he
# knows are outside" is about now.
_NOT_HABIT = frozenset(
    {"be", "have", "do", "say", "know", "want", "think", "need", "like", "hate", "mean", "owe"}
)
# Recency anywhere in the message outweighs habit ("fourth time in 10 mins").
RECENT = re.compile(
    r"\b(?:(?:\d+|a few|few|ten|five|twenty|couple of) (?:minutes|seconds)|right now|as we speak)\b"
)

# A question answered by the person in the next sentence is about now: "is it
# illegal for him to be in my garden? because he is", "does the order count if
# he's in the hallway? Because he is. My mum let him in" (set v6).
_ANSWERED = re.compile(
    r"^(?:because|cos|coz|cuz|well|and|but|which) (?:he|she|they|it|someone|somebody|there) "
    r"(?:is|are|has|have|does|do|did)\b"
)

# A threat to stop the person reporting or telling ("he'll hurt the kids if I
# ring the police", "if you tell anyone") is coercion to note and ask about, a
# check-in, unless it is for now; a threat on what they do this minute ("he'll
# stab me if I leave the room", "if I don't open the door") stays danger.
_IF_THE_PERSON = re.compile(
    r"^(?:\w+ ){0,3}(?:if|unless) (?:i|we|you|u) (?:ever )?(?:ring|call|phone|report|tell|"
    r"contact|go to|speak to|talk to|text|message|grass|dob)\b"
)


# A relative clause inside a match ("the man who keeps leaving notes is at my
# window") ends at the main clause's verb; "that" is relative after a person.
_MAIN_VERBS = frozenset({"is", "are", "am", "was", "were", "has", "have"})
_PERSON_NOUNS = frozenset(WORDS["WHO"]) | frozenset(WORDS["KIN"])

# Someone said to be at a place, whose habit a relative clause may tell.
_SOMEONE_THERE = frozenset({"there_is_someone", "presence", "ci_someone_near"})


@dataclass(frozen=True)
class Context:
    condition_before: bool
    fiction: bool
    past: bool
    finished: bool
    habitual: bool
    worry_before: bool
    future_before: bool
    habit_verb: bool
    urgent: bool
    urgent_over_past: bool
    online: bool
    condition_after: bool
    past_form: bool


def _past_form(words: list[str], lemmas: list[str], first: int, last: int) -> bool:
    """Whether the hit's own verb is in the past: "a car followed me", "it was behind me".

    Not when the hit also holds a present verb: "the man who attacked me last year is
    outside my flat" is about now.
    """
    span = range(first, last)
    if any(words[i] in _PRESENT_VERBS for i in span):
        return False
    return any(
        words[i] in _PAST_VERBS or (words[i].endswith("ed") and lemmas[i] != words[i]) for i in span
    )


def _habit_verb(words: list[str], lemmas: list[str], hit: Hit) -> bool:
    return any(
        words[i - 1] in _THIRD_PERSON
        and words[i].endswith("s")
        and lemmas[i] != words[i]
        and lemmas[i] not in _NOT_HABIT
        for i in range(max(hit.start, 1), hit.end)
    )


def _part(words: list[str], start: int, end: int, first: int, last: int) -> str:
    """The part of the clause around a hit, between habit breaks ("and", "who").

    A "who" clause inside the hit is left out (``_without_who_clause``).
    """
    left = first
    while left > start and words[left - 1] not in _HABIT_BREAKS:
        left -= 1
    right = last
    while right < end and words[right] not in _HABIT_BREAKS:
        right += 1
    hit = _without_who_clause(words, first, last)
    return " ".join(words[left:first] + hit + words[last:right])


def _without_who_clause(words: list[str], first: int, last: int) -> list[str]:
    """The hit's words without a "who" clause inside it, told before the main verb.

    In "the man who keeps leaving notes is at my window" the habit is the who
    clause's; the main clause, "is at my window", is now (session 7). A habit
    said of the main clause ("... is at my window every night") still counts.
    """
    span = words[first:last]
    relative = next(
        (
            i
            for i, word in enumerate(span)
            if word == "who" or (word == "that" and i > 0 and span[i - 1] in _PERSON_NOUNS)
        ),
        None,
    )
    if relative is None:
        return span
    verbs = [i for i in range(relative + 2, len(span)) if span[i] in _MAIN_VERBS]
    if not verbs:
        return span
    return span[:relative] + span[verbs[-1] :]


def _ends_question(words: list[str], i: int) -> bool:
    """Whether words[i] ends a question: "what do I do", "can you help", "hello?"."""
    if words[i] == "do":
        # "what do I do", "what should we do"; not "how do I kick him out".
        return words[i - 1] in _QUESTION_SUBJECTS
    return words[i] in _QUESTION_ENDS


def _own_span(words: list[str], hit: Hit) -> tuple[int, int]:
    """The hit's words without a sentence break it starts or ends on.

    A phrase may match the break itself ("he won't leave ."); its sentence is
    still the one its words are in, not the next ("I've asked him 5 times").
    """
    first, last = hit.start, hit.end
    if words[first] == "." and last - first > 1:
        first += 1
    if words[last - 1] == "." and last - 1 > first:
        last -= 1
    return first, last


def read_context(words: list[str], lemmas: list[str], hit: Hit) -> Context:
    first, last = _own_span(words, hit)
    start = sentence_start(words, first)
    # A condition or question governs the few words after it, up to a soft
    # break: "can you get someone here now please he's battering the door".
    scope = max(start, first - _CONDITION_SCOPE)
    for i in range(first - 1, scope - 1, -1):
        if (
            words[i] in _SOFT_BREAKS
            or words[i] in _FEAR_BREAKS
            or (i == first - 1 and _ends_question(words, i))
        ):
            scope = i + 1
            break
    end = sentence_end(words, last)
    # The first matched word counts as "before": "if he" in "if he turns up".
    before = " ".join(words[scope : first + 1])
    if 0 < first < len(words) - 1 and words[first - 1] in IS and words[first + 1] in IS:
        # "the reason I'm messaging now is he's sat on the wall" (set v11a): "is he is"
        # is a statement, not the question "is he".
        before = " ".join(words[scope : first - 1] + words[first : first + 1])
    if hit.rule.id in _RETURN_RULES:
        before = _RETURN.sub("", before)
    # The future can be in the hit's own first words: "he'll turn up" ("he will").
    future = " ".join(words[max(start, first - 2) : min(last, first + 3)])
    clause = " ".join(words[start:end])
    part = _part(words, start, end, first, last)
    # A habit said of the person in a relative clause right after the match:
    # "there's a guy at the gym who always times his session with mine".
    relative = next((j for j in range(last, min(end, last + 5)) if words[j] == "who"), None)
    if relative is not None and hit.rule.id in _SOMEONE_THERE:
        part += " " + " ".join(words[relative : min(end, relative + 3)])
    return Context(
        # A question about this very moment is not a hypothetical: "is it 999 or
        # 101 if he's trying the back door right now".
        condition_before=bool(HYPOTHETICAL.search(before))
        and not LIVE.search(clause)
        and not _ANSWERED.match(" ".join(words[end + 1 : end + 5])),
        # Waking ends a dream: "I had a nightmare and woke up and he's standing
        # over my bed" is not fiction from "woke up" on.
        # Laughing said in earnest is not fiction: "lol he's at my window now" (joking.py).
        fiction=is_fiction(after_waking(words, start, first, end), " ".join(words)),
        past=bool(PAST.search(clause)),
        finished=bool(FINISHED.search(part)),
        habitual=bool(HABITUAL.search(part)),
        # Self-doubt before "but" is not a worry about what follows (set v9a): "probably
        # me being paranoid but the glass in my back door just smashed".
        worry_before=bool(
            WORRY.search(" ".join(words[after_but(words, start, first) : min(last, first + 3)]))
        ),
        future_before=bool(_FUTURE.search(future)),
        habit_verb=_habit_verb(words, lemmas, hit),
        urgent=bool(URGENT.search(clause)),
        urgent_over_past=bool(URGENT_OVER_PAST.search(clause)),
        online=bool(ONLINE.search(clause)),
        condition_after=bool(_IF_THE_PERSON.search(" ".join(words[last:end]))),
        past_form=_past_form(words, lemmas, first, last),
    )


def is_first_hand_present(hit: Hit, ctx: Context) -> bool:
    """A present-tense statement of danger, not inside a question, a story or a habit."""
    return (
        hit.rule.present
        and not ctx.condition_before
        and not ctx.fiction
        and not ctx.worry_before
        and not ctx.habit_verb
        and not (ctx.habitual and not ctx.urgent)
        and not (ctx.finished and not ctx.urgent_over_past)
        and not (ctx.past_form and ctx.past and not ctx.urgent_over_past)
    )


def match_verdict(hit: Hit, ctx: Context, present_in_message: bool, recent: bool) -> str | None:
    """ "fire", "check_in" or None (muted) for one hit. Present beats past."""
    rule = hit.rule
    if rule.id in OFFLINE_ONLY and ctx.online:
        return None
    if Signal.CHECK_IN in rule.signals:
        if rule.guard is Guard.NONE:
            return "check_in"
        if ctx.condition_before or ctx.fiction or (ctx.past and not ctx.urgent_over_past):
            return None
        return "check_in"
    if rule.guard is Guard.NONE:
        return "fire"
    if ctx.finished and not ctx.urgent_over_past:
        return None
    if present_in_message:
        return "fire"
    if ctx.condition_before or ctx.fiction:
        return None
    if ctx.past:
        return "fire" if ctx.urgent_over_past else None
    if recent:
        return "fire"
    if ctx.habit_verb and rule.guard is Guard.ANY:
        return "check_in"
    if ctx.future_before and rule.id not in _FUTURE_RULES and not ctx.urgent:
        return "check_in"
    if ctx.urgent:
        return "fire"
    if ctx.worry_before or (rule.guard is Guard.ANY and ctx.habitual):
        return "check_in"
    return "fire"


def clause_start(words: list[str], hit: Hit, limit: int | None = None) -> int:
    """Where the hit's clause begins (at most ``limit`` words back)."""
    return sentence_start(words, hit.start, limit)


def clause_of(words: list[str], hit: Hit) -> str:
    return sentence_text(words, hit.start, hit.end)
