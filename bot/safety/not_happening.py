"""Readings that say a danger match is not something happening now.

Per match, read by detector.py after the clause's own verdict (clause.py);
each was a false alarm in a blind set:

- a harm, threat or arrival said not to have happened: "it's not like he's
  hurt me", "he's never threatened me", "he didn't come in the end", "so I
  don't have to see him" (``negated_harm``: muted);
- a feeling, not a sighting: "I still feel like he's watching me"
  (``feels_like``: at most the check-in line, through readings.turned_down);
- a thing "killing me": "not knowing, it's slowly killing me" (set H,
  ``everyday_asides.figure_of_speech``: muted in ``negated_harm``);
- a dated entry of a log or timeline: "12 Jan he broke the window", "he's been
  in my house before" (``dated_past``: muted).

None applies when the clause is urgent ("now", "tonight", "just"). Moved out
of readings.py unchanged.
"""

from __future__ import annotations

import re

from bot.safety.check_in_cleared import check_in_cleared
from bot.safety.clause import Context, clause_of, clause_start
from bot.safety.cleared_up import hunch_someone_has_been, turning_up_as_a_habit
from bot.safety.context_words import URGENT_OVER_PAST
from bot.safety.everyday_asides import (
    asked_who_a_service_is_for,
    figure_of_speech,
    promised_news,
    where_he_cannot_go,
)
from bot.safety.matcher import Hit
from bot.safety.sentence import sentence_end, sentence_start

# A harm said not to have happened: "it's not like he's hurt me", "it isn't as
# if he's ever hit me" (blind set E). The frame sits just before the harm.
_NOT_AS_IF = re.compile(r"\bnot (?:like|as if|as though|that)(?: \w+){0,2}$")
# Set v17b: "it's not like I'm in danger" (in_danger, said not to be so).
_NEGATABLE_RULES = frozenset({"violence_now", "violence", "threat_now", "ci_threat", "in_danger"})
# A threat word said not to be there: "he's never hurt me or threatened me",
# "nothing threatening, just a lot" (blind set v6b). Check-in rule only.
_NEVER = re.compile(r"\b(?:never|not|nothing|no)(?: ever| once| really| actually)?$")
# Not seeing him, not coming in: "make sure I don't have to see him at court",
# "he didn't come in the end" (blind set v6a). The "not" sits before the verb,
# inside the match ("he did not come in") or just before it.
_NOT_TO = re.compile(
    r"\b(?:not|never)(?: have| want| need| going)? to$|\b(?:not|never) know(?: that)?$|"
    r"\bno idea(?: that)?$"
)
# A feeling, not a sighting: "I still feel like he's watching me" (he died last
# month; blind set v6b). At most the check-in line.
_FEELS_LIKE = re.compile(r"\b(?:feel|feels|felt|feeling) (?:like|as if|as though)$")
# Set H: a sense that someone has been, not a sighting: "got this weird sense
# someone's been in the garden" (only with "been", never with "right now", "still").
_SENSE = re.compile(r"\b(?:sense|feeling|hunch|vibe|inkling)(?: that)?$")
_NOT_INSIDE_RULES = frozenset({"arrived", "arrived_now", "breaking_in", "ci_someone_near"})
NOT_TO_RULES = frozenset(
    {"sensing", "watching_waiting", "presence", "arrived_now", "ci_someone_near", "arrived"}
)
# A dated entry of a log or timeline: "12 Jan he broke the window", "03/02 car outside".
_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{1,2} \d{1,2}(?: \d{2,4})?\b|"
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?\b"
)
# ordinary_v7: a weekday and a day of the month, "Friday 3rd": a log entry's date for
# a match that is not a present-tense statement ("Tuesday 14th, his car was parked
# outside again"); "Tuesday 14th and he's in my garden" stays danger.
_WEEKDAY_DATE = re.compile(
    r"\b(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)? \d{1,2}(?:st|nd|rd|th)\b"
)
# A log entry's date said as its own clause just before: "Friday 3rd, about 7pm, his
# van was parked at the end of the road" (ordinary_v7).
_DATE_ONLY_CLAUSES = 2


def negated_harm(words: list[str], hit: Hit, ctx: Context) -> bool:
    """Whether a harm, threat or arrival is said not to have happened.

    "it's not like he's hurt me", "he didn't come in the end", "so I don't have
    to see him"; never with urgency in the clause.
    """
    # Issue 8 (sets v9a, v9b): check-in words the message itself clears ("he's
    # not outside tonight", "turned out to be my Avon lady"), each with its own
    # test of urgency (check_in_cleared.py).
    if check_in_cleared(words, hit, ctx):
        return True
    if ctx.urgent:
        return False
    before = " ".join(words[clause_start(words, hit, limit=6) : hit.start])
    rule = hit.rule.id
    return (
        (rule in _NEGATABLE_RULES and bool(_NOT_AS_IF.search(before)))
        or (rule in ("ci_threat", "violence") and never_threatened(words, hit))
        or (rule in _NOT_INSIDE_RULES and bool({"not", "never"} & set(words[hit.start : hit.end])))
        or (rule in NOT_TO_RULES and bool(_NOT_TO.search(before)))
        # "her ex doesn't know she's here": the person hidden, not someone there.
        or (rule in NOT_TO_RULES and "not know" in " ".join(words[hit.start : hit.end]))
        # Set H: "it's slowly killing me" (everyday_asides.figure_of_speech).
        or figure_of_speech(words, hit)
        # Set H: "where the order says he can't go" (his bounds).
        or where_he_cannot_go(words, hit)
        # Set H: "they said I'd get a letter" (news promised, not a threat).
        or promised_news(words, hit)
        # Set H: "is Samaritans only for people who want to kill themselves".
        or asked_who_a_service_is_for(words, hit)
    )


def feels_like(words: list[str], hit: Hit) -> bool:
    """ "I feel like he's watching me": a feeling, not a sighting. Also (set H) a
    sense that someone has been: "got this weird sense someone's been in the garden"."""
    before = " ".join(words[max(0, hit.start - 4) : hit.start])
    if _FEELS_LIKE.search(before):
        return True
    # Set v8 (cleared_up.py): "I think someone's been through my bins", "she has
    # been turning up at the football every Saturday".
    if hunch_someone_has_been(words, hit) or turning_up_as_a_habit(words, hit):
        return True
    end = sentence_end(words, hit.end)
    return (
        bool(_SENSE.search(before))
        and "been" in words[hit.start : hit.end]
        and not URGENT_OVER_PAST.search(" ".join(words[hit.start : end]))
    )


# Set v8: a harm dated just after it, in second-language English too: "my husband
# was hit me in past, in 2021. now we are divorce". Only "in (the) past" or a
# year right after; "he hit me just now" is urgent and never read here.
_IN_THE_PAST_AFTER = re.compile(r"^(?:\. )?(?:in (?:the )?past|in (?:19|20)\d\d|back in)\b")
_DATED_HARM_RULES = frozenset({"violence", "violence_now"})


def told_in_past_after(words: list[str], hit: Hit) -> bool:
    """ "he was hit me in past, in 2021": a harm dated straight after it."""
    return (
        hit.rule.id in _DATED_HARM_RULES
        and bool(_IN_THE_PAST_AFTER.search(" ".join(words[hit.end : hit.end + 5])))
        and not URGENT_OVER_PAST.search(" ".join(words[hit.start :]))
    )


def never_threatened(words: list[str], hit: Hit) -> bool:
    """ "he's never hurt me or threatened me", "nothing threatening": no threat said.

    Not "he hasn't stopped threatening me" (a "not" before "stop" keeps it).
    """
    window = words[max(0, hit.start - 4) : hit.end]
    if {"never", "nothing"} & set(window):
        return True
    return bool(_NEVER.search(" ".join(words[max(0, hit.start - 4) : hit.start]))) and not any(
        w.startswith("stop") for w in window
    )


def dated_past(words: list[str], hit: Hit, ctx: Context) -> bool:
    """A past entry: a date before it in its clause (a log, not news), or "before"
    closing it ("he's been in my house before", blind set F)."""
    if ctx.urgent:
        return False
    if words[hit.end : hit.end + 2] == ["before", "."]:
        return True
    start = clause_start(words, hit)
    if _DATE.search(" ".join(words[start : hit.start])):
        return True
    if told_in_past_after(words, hit):
        return True
    if hit.rule.present:
        return False
    dated = re.compile(f"{_DATE.pattern}|{_WEEKDAY_DATE.pattern}")
    # Dates after it, with past wording in its clause: "he waited at the end of my drive
    # on 2 March and 9 March, last year".
    if ctx.past and dated.search(clause_of(words, hit)):
        return True
    # Short clauses just before ("friday 3rd . about 7pm . his van was ..."), when
    # they hold a date and little else.
    for _ in range(_DATE_ONLY_CLAUSES):
        if start < 2:
            return False
        end = start - 1
        start = sentence_start(words, end)
        clause = " ".join(words[start:end])
        if end - start <= 4 and dated.search(clause):
            return True
    return False
