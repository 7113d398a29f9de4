"""Deterministic check for immediate danger, self-harm and "possible danger".

Runs on every user message (the SafetyGuard NLU component, and the channels'
safety net). It is a reviewed list of rules, not a model, so a safeguarding
lead can read why a message was flagged and a test set can pin its behaviour.
It errs towards flagging: a false alarm costs a short 999 reminder, a miss can
cost a life.

How a message is read:

1. Only the first and last ``EDGE_CHARS`` characters are read, so a huge
   message costs no more than a 4,000-character one and danger said at the
   start or the end is still found.
2. normalise.py folds case, shorthand and typos; spaCy lemmatises
   (matcher.py) and every rule's phrases are matched over lemmas and words.
3. Context decides what each match means, clause by clause ("present beats
   past", clause.py: ``match_verdict``):

   - A *present* match (a rule marked ``present``: "he is outside", "he has
     broken in", "he's got a knife") that is not itself inside a question,
     a condition, fiction, a worry or a habit is a present-tense, first-hand
     statement of danger. If the message holds one, nothing else in it mutes
     anything: history and questions never cancel a live emergency ("the man
     who hurt me last year is outside my flat", "he's broken in, when will
     the police come"). A question already finished before the match does not
     count as "inside" it: "what do I do he's outside" (``clause._ends_question``).
   - Only a clearly finished past in the match's own part of the sentence
     ("he's moved away now and it's stopped") mutes even a present-tense
     match, unless a strong recency word is there.
   - Otherwise a guarded danger match is silenced by a condition in the few
     words before it ("what do I do if he turns up") or by fiction in its
     clause ("a dream", "a film", "lol"), and by past wording ("last year")
     unless a strong recency word ("just", "right now", "still") is there.
     Habit ("keeps", "every night", "he turns up"), worry ("I'm worried
     he...") or a future ("he'll take the kids") turns it into a check-in
     instead, unless an urgency word ("now", "tonight", "in 10 mins") is
     there too.
   - Self-harm matches are never muted.
   - A friendly arrival (arrivals.py: "my sister is on her way over", "the
     delivery man is at the door") with nothing threatening in the message
     is a check-in, not danger; "he", "my ex" or "his brother" arriving is
     danger.
   - At most a check-in (readings.py: ``turned_down``, ``plea_with_a_question``):
     a plain "please help" trailing an ordinary question; someone else's
     following or watching told with "what should I do / how do I help"; a past
     arrival the person asks to log; a threat to stop them reporting ("if I ring
     the police"); "nothing to do with my ex"; a relative's "I'll kill him"; an
     arrival for agreed child contact; a past turning-up at someone else's place
     in a story about them (relayed.py). Never with urgency ("now", "tonight").
     Session 8 added a weapon in a legal, work or past setting
     (weapon_told.py), following told as background (background.py),
     everyday phrases holding danger words (everyday_phrases.py) and ordinary
     questions about evidence, reporting or one's own behaviour
     (asked_about.py). Session 9 (first_messages.py): someone's own
     controlling behaviour ("she says I smother her"), a friend's report of
     following or watching, a break-in that is over, following as a pattern
     asked about ("an employee is being followed to work, what can we do").
   - Muted (first_messages.py): "can't leave her alone", "nearly hit by a
     scooter", the person thinking of knocking on someone's door.
   - "What's the point" about reporting or telling anyone gets Samaritans'
     line, not the full self-harm reply (everyday.py, first_messages.py).
   - Muted (told_back.py, said_in_play.py; sets v11a, v11b): a past event told
     back in the present tense ("so last year right, hes at my door ... that was
     in april"), a story being written, danger words said in play or as a figure
     ("joked she'd kill me if I ate her yogurt", "kill me now, 4 assignments
     due"), a licensed gun or a knife kept before; never with anything said now.
   - Muted (relayed.py): a past visit to say someone is stalking someone else
     ("her dad came round saying he's stalking her. how do I talk to him").
   - A self-harm match is dropped only for a plain denial ("I'm not suicidal",
     "used to ... fine now") or a medicine by the day or for pain
     (self_harm_readings.py), never when anything else about dying is said.
   - Check-in rules (risk words without certainty: someone near, a vehicle, a
     threat, pills, a goodbye, a lone "help") give ``check_in`` unless the
     clause is a condition, fiction or the past.

4. A second opinion (second_opinion.py, a classifier trained on every
   labelled message the project holds) reads the message too. Where the rules
   found no danger and no check-in but it reads possible danger, the verdict
   is a check-in; where it reads self-harm the rules did not find,
   ``check_in_self_harm`` adds Samaritans' number to the reply. It can only
   add these lighter replies, never the full ones, and never take anything away.
   A message that opens with "not in danger" or "I'm safe" and says the person
   can't sleep or is tired is read by it without those words
   (safe_and_tired.py), when the rules found nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.clause import RECENT, is_first_hand_present, match_verdict, read_context
from bot.safety.everyday import (
    FRUSTRATION_ID,
    asked_what_counts,
    frustration_with_reporting,
    ordinary_reading,
    ordinary_self_harm,
    parking_dispute,
)
from bot.safety.first_messages import hopeless_about_telling, lightened, muted
from bot.safety.matcher import RULE_ORDER, find
from bot.safety.normalise import normalise
from bot.safety.not_happening import dated_past, negated_harm
from bot.safety.not_news import denied_claims, not_first_hand
from bot.safety.ordinary_kinds import asked_for_later, ordinary_kinds
from bot.safety.ordinary_senses import everyday_sense
from bot.safety.readings import (
    WORK_SELF_HARM_RULES,
    friendly_arrivals,
    plea_with_a_question,
    turned_down,
    work_or_hobby,
)
from bot.safety.recent_verdicts import RecentVerdicts
from bot.safety.relayed import accusation_visits
from bot.safety.rules import Signal
from bot.safety.safe_and_tired import rest_of_safe_and_tired
from bot.safety.said_in_play import said_in_play
from bot.safety.second_opinion import (
    SECOND_OPINION_DANGER,
    SECOND_OPINION_SELF_HARM,
    Opinion,
    second_opinion,
)
from bot.safety.self_harm_history_told import well_or_a_character
from bot.safety.self_harm_readings import (
    denied,
    height_for_a_vehicle,
    not_a_farewell,
    ordinary_medicine,
    someone_else,
    waking_at_a_time,
)
from bot.safety.told_as_over import told_as_over, whenever_it_happens
from bot.safety.told_back import told_back

# Work is bounded: at most the first and the last EDGE_CHARS characters.
EDGE_CHARS = 2000

# A lone "help!" is a plea; a lone "help" is a check-in (on the web it comes
# with the menu; on SMS, HELP stays the carrier keyword).
# Self-harm in someone else's words or about someone else's death (self_harm_readings.py).
REPORTED_SELF_HARM = "someone_elses_words"
_LONE_HELP_PLEA = re.compile(r"^\W*(?:help\W*!|999|sos)\W*$", re.IGNORECASE)
_LONE_HELP = re.compile(r"^\W*(?:help|please|pls|plz)\W*$", re.IGNORECASE)


@dataclass(frozen=True)
class Assessment:
    """What the check found. Holds rule ids only, never the user's words.

    Attributes:
        signals: Immediate danger and/or self-harm.
        rule_ids: Ids of the danger and self-harm rules that fired.
        check_in: "Possible danger": risk words without certainty. Always
            False when ``immediate_danger`` is True.
        check_in_rule_ids: Ids of the rules behind ``check_in`` (the second
            opinion's are ``second_opinion_danger`` and ``second_opinion_self_harm``).
        check_in_self_harm: "Possible self-harm": the second opinion
            (second_opinion.py) reads self-harm the rules did not find. The
            reply adds Samaritans' number to whatever else it says.
    """

    signals: frozenset[Signal]
    rule_ids: tuple[str, ...]
    check_in: bool = False
    check_in_rule_ids: tuple[str, ...] = ()
    check_in_self_harm: bool = False

    @property
    def immediate_danger(self) -> bool:
        return Signal.IMMEDIATE_DANGER in self.signals

    @property
    def self_harm(self) -> bool:
        return Signal.SELF_HARM in self.signals

    @property
    def any(self) -> bool:
        """Danger or self-harm (a check-in alone is not an alarm)."""
        return bool(self.signals)


NOTHING = Assessment(frozenset(), ())
# The second opinion's reading of nothing at all.
NO_OPINION = Opinion(danger=0.0, self_harm=0.0)


def bounded(text: str) -> str:
    """The part of ``text`` the check reads: all of it, or its two ends."""
    if len(text) <= 2 * EDGE_CHARS:
        return text
    return text[:EDGE_CHARS] + "\n" + text[-EDGE_CHARS:]


# The same message is asked about three times a turn (recent_verdicts.py says why).
VERDICTS = RecentVerdicts[Assessment](64)


def assess(text: str | None) -> Assessment:
    """Checks one user message for danger, self-harm and possible danger.

    The result for a message asked about again is the one already found
    (``VERDICTS``); ``assess_afresh`` reads it every time (timings use it).
    """
    if not text:
        return NOTHING
    return VERDICTS.get(text, assess_afresh)


def assess_afresh(text: str) -> Assessment:
    """Checks one user message for danger, self-harm and possible danger.

    Args:
        text: The message as the user typed it (any language, any length; only
            its first and last 2,000 characters are read).

    Returns:
        The signals found, the ids of the rules that fired, and the check-in
        verdict.
    """
    if not text:
        return NOTHING
    text = bounded(text)
    if _LONE_HELP_PLEA.match(text):
        return Assessment(frozenset({Signal.IMMEDIATE_DANGER}), ("help_plea",))
    if _LONE_HELP.match(text):
        return Assessment(frozenset(), (), True, ("lone_help",))
    normalised = normalise(text)
    if not normalised.strip(" ."):
        return NOTHING
    # Clause breaks at both ends let phrases say "nothing before" or "nothing
    # after" ("end it .").
    words, lemmas, hits = find(". " + normalised + " .")
    contexts = [read_context(words, lemmas, hit) for hit in hits]
    recent = bool(RECENT.search(" ".join(words)))
    friendly = friendly_arrivals(words, hits)
    lowered = turned_down(words, lemmas, hits, contexts)
    # A past visit to accuse someone else ("her dad came round saying he's
    # stalking her"), and the accusation itself: muted (relayed.py).
    accused = accusation_visits(words, lemmas, hits)
    # Ordinary first messages holding danger words (first_messages.py, issues 8
    # and 11): "she says I smother her", a friend's report of someone watching
    # her house, a shed broken into overnight get the check-in at most; "can't
    # leave her alone", "nearly hit by a scooter", "go and knock on her door"
    # are muted. Never with urgency ("now", "just", "tonight") in the message.
    lowered = [a or b for a, b in zip(lowered, lightened(words, hits, contexts), strict=True)]
    accused = [a or b for a, b in zip(accused, muted(words, hits), strict=True)]
    # Danger words in their everyday sense (ordinary_senses.py, v9a/v9b): "stuck in
    # traffic", "got into my Life360", "learning about stopping bleeding": muted.
    accused = [a or b for a, b in zip(accused, everyday_sense(words, hits), strict=True)]
    # A past event told back in the present tense ("so last year right, hes at my
    # door"), and danger words said in play or as a figure (told_back.py,
    # said_in_play.py; sets v11a, v11b): muted, never with anything said now.
    accused = [
        a or t or p
        for a, t, p in zip(accused, told_back(words, hits), said_in_play(words, hits), strict=True)
    ]
    # Ordinary messages by kind (ordinary_kinds.py; v12a, v12b, set L): put right in
    # the same breath, far away or later, work and hobby, told later: muted; a
    # question how to report or help: the check-in line at most. Never said now.
    accused = [a or k for a, k in zip(accused, ordinary_kinds(words, hits), strict=True)]
    # Told as over, minor or not now (told_as_over.py; v12a, v12b): muted or lightened.
    accused = [a or m or o for a, m, o in zip(accused, *told_as_over(words, hits), strict=True)]
    lowered = [a or w for a, w in zip(lowered, whenever_it_happens(words, hits), strict=True)]
    lowered = [a or k for a, k in zip(lowered, asked_for_later(words, hits), strict=True)]
    # A claim someone made, put right in the next sentence ("the neighbour keeps
    # saying someone's hitting her. nobody is."): muted (everyday.py).
    # So is a present-tense match a local reading shows is not news ("without
    # looking over my shoulder", "... turned out to be the postman").
    accused = [
        a or d or n
        for a, d, n in zip(
            accused, denied_claims(words, hits), not_first_hand(words, hits), strict=True
        )
    ]
    present = any(
        is_first_hand_present(h, c) and not f and not s and not a
        for h, c, f, s, a in zip(hits, contexts, friendly, lowered, accused, strict=True)
    )
    parked = parking_dispute(words, hits)
    what_counts = asked_what_counts(words)
    frustrated = reported = False
    signals: set[Signal] = set()
    fired: set[str] = set()
    checks: set[str] = set()
    urgent_checks: set[str] = set()
    for hit, ctx, soft, lower, accusation in zip(
        hits, contexts, friendly, lowered, accused, strict=True
    ):
        verdict = None if accusation else match_verdict(hit, ctx, present, recent)
        if Signal.SELF_HARM in hit.rule.signals and (
            denied(words, hit)
            or (hit.rule.id in WORK_SELF_HARM_RULES and work_or_hobby(words, hit))
            or not_a_farewell(words, hit)
            or height_for_a_vehicle(words, hit)
            or waking_at_a_time(words, hit)
            # Someone else's, long past and well now, or a character's (v14a, v14b).
            or well_or_a_character(words, hit)
        ):
            verdict = None
        if ordinary_medicine(words, hit):
            # Overdose, dose and medicine-named rules only (self_harm_readings.py):
            # "is it ok to take my anxiety meds before the hearing?" gets no line.
            verdict = None
        if verdict and hit.rule.signals == (Signal.SELF_HARM,) and someone_else(words, hit):
            # Someone else's words or death: Samaritans' line, not the full reply.
            verdict, reported = None, True
        if verdict and Signal.SELF_HARM in hit.rule.signals and ordinary_self_harm(words, hit):
            # "since I ended it" (a relationship), "used to ... haven't for years".
            verdict = None
        if negated_harm(words, hit, ctx) or (verdict and dated_past(words, hit, ctx)):
            verdict = None
        if verdict and not present:
            # Ordinary messages told with danger words (everyday.py): a dream, a
            # later "that was in June", a medicine question, "help me see it".
            reading = ordinary_reading(words, hit, ctx)
            if reading == "mute" or (verdict == "check_in" and what_counts):
                verdict = None
            elif reading == "check_in" and verdict == "fire":
                verdict = "check_in"
        # "what's the point" about reporting, or about telling anyone ("he's mates
        # with a copper so what's the point"): Samaritans' line (first_messages.py).
        if verdict == "fire" and (
            frustration_with_reporting(words, hit) or hopeless_about_telling(words, hit)
        ):
            verdict, frustrated = None, True
        if verdict == "fire" and parked:
            verdict = "check_in"
        if verdict == "fire" and (soft or lower):
            # A friendly arrival ("my sister is on her way over"), someone else's
            # pattern with a question how to help, a record to log, a threat that
            # hangs on what the person does next: at most a check-in.
            verdict = "check_in"
        if verdict == "fire":
            signals.update(s for s in hit.rule.signals if s is not Signal.CHECK_IN)
            fired.add(hit.rule.id)
        elif verdict == "check_in":
            checks.add(hit.rule.id)
            if not (ctx.habitual or ctx.habit_verb):
                urgent_checks.add(hit.rule.id)
    if fired == {"help_asked"} and plea_with_a_question(words, urgent_checks):
        signals.discard(Signal.IMMEDIATE_DANGER)
        fired.clear()
        checks.add("help_asked")
    danger = Signal.IMMEDIATE_DANGER in signals
    check_ids = tuple(sorted(checks, key=RULE_ORDER.__getitem__))
    # The second opinion only adds a check-in; it never removes what the rules
    # found and never gives the full reply (second_opinion.py says why).
    opinion = second_opinion(text)
    rest = rest_of_safe_and_tired(normalised) if not signals and not checks else None
    if rest is not None:
        # "Not in danger, just can't sleep": it reads only what else is said
        # (safe_and_tired.py), and this can only lower its reading: "since he got
        # out" alone reads as more danger than the whole message did.
        alone = second_opinion(rest) if rest else NO_OPINION
        opinion = Opinion(
            danger=min(opinion.danger, alone.danger),
            self_harm=min(opinion.self_harm, alone.self_harm),
        )
    possible_self_harm = Signal.SELF_HARM not in signals and (
        opinion.possible_self_harm or frustrated or reported
    )
    if frustrated and Signal.SELF_HARM not in signals and not danger:
        check_ids += (FRUSTRATION_ID,)
    if not danger and not checks and opinion.possible_danger:
        check_ids += (SECOND_OPINION_DANGER,)
    if possible_self_harm and not danger:
        check_ids += (REPORTED_SELF_HARM,) if reported else (SECOND_OPINION_SELF_HARM,)
    return Assessment(
        frozenset(signals),
        tuple(sorted(fired, key=RULE_ORDER.__getitem__)),
        check_in=bool(check_ids) and not danger,
        check_in_rule_ids=() if danger else check_ids,
        check_in_self_harm=possible_self_harm,
    )
