"""Said to be happening now, or threatening: the one stand-down for readings.

The readings that turn a danger match down to the check-in line or silence
(asked_about.py, background.py, told_calmly.py, weapon_told.py, arrivals.py)
must never apply when the message says it is happening now ("right now",
"still", "he's just", "outside") or holds a threat, fear or a plea ("kill",
"knife", "scared", "help me"). They used to keep five copies of that list,
each a little different; they now all ask ``said_now`` and ``threatening``
here. Where a reading leaves a kind of word out, it is because its ordinary
messages are made of those words (weapon_told.py: the weapon; told_calmly.py:
the fear of someone followed for months; asked_about.py: "can someone help me").
"""

from __future__ import annotations

import functools
import re

from bot.safety.context_words import rx

# Anything threatening in the message keeps the full danger reply (arrivals.py
# and the readings that turn a match down).
# Session 7: help asked with an ordinary task is not a plea: "my brother just got
# in, can you help me with the form", "help me write a letter to the court", "help
# me with what to put in my statement". "help me" alone, "help me with him" or
# "help me get out" stays a plea.
_TASK = (
    r"(?:(?:with |to |do |on |finish |complete |sort |check |read )?(?:(?:the|my|a|an|this|"
    r"that|some|our|these|those) )?(?:\w+ ){0,2}(?:forms?|letters?|reports?|statements?|"
    r"applications?|emails?|paperwork|log|diary|timeline|claim|questions?|wording|homework|"
    r"essay|cv|complaint|documents?|docs?|appeal)\b|"
    r"(?:to )?(?:write|word|draft|phrase|fill|fill in|fill out)\b|"
    r"with what to (?:write|say|put)\b)"
)
HOSTILE = rx(
    r"angry",
    r"furious",
    r"raging",
    r"fuming",
    r"livid",
    r"drunk",
    r"wasted",
    r"steaming",
    r"off (?:his|her|their) (?:head|face)",
    r"violent",
    r"aggressive",
    r"kick(?:ing)? off",
    r"going (?:mad|crazy|mental|nuts)",
    r"(?:will|would) not (?:leave|go|let)",
    r"not (?:leave|leaving)",
    r"shouting",
    r"screaming",
    r"banging",
    r"threat\w*",
    r"scared",
    r"terrified",
    r"frightened",
    r"afraid",
    r"petrified",
    r"unsafe",
    r"not safe",
    rf"(?<!to )help me(?! {_TASK})",
    rf"please help(?!(?: me)? {_TASK})",
    r"999",
    r"kill\w*",
    r"hurt\w*",
    r"hit\w*",
    r"stalk\w*",
    r"follow\w*",
)

# --- Said to be happening now, or threatening -----------------------------------
# One stand-down for the readings that turn a danger match down to the check-in
# line or silence (asked_about.py, background.py, told_calmly.py, weapon_told.py):
# none of them applies when the message says it is happening now, or holds a
# threat, fear or a plea. It is stronger than URGENT, which also reads "I just
# want to talk" and "he just rings me" as now. Each group below is one kind of
# word; a reading leaves a group out only where those words are what its
# ordinary messages are about (weapon_told.py: the weapon itself; told_calmly.py:
# the fear of someone followed for months; asked_about.py: "can someone help me").
_SAID_NOW = (
    r"right now",
    r"just now",
    r"rn",
    r"as we speak",
    r"this (?:minute|second)",
    r"any minute",
    r"(?:minutes|mins|seconds|secs) ago",
    r"an hour ago",
    r"on (?:his|her|their) way",
    # Not "he's just my mate" (set v14b): who he is, not news.
    r"(?:he|she|they|someone|somebody) (?:is|are|has|have) just"
    r"(?! (?:my|a|our) (?:mate|mates|friend|friends|pal|pals)\b)",
    # Not "he just rings me", "he just keeps texting": a habit, not news.
    r"(?:he|she|they|someone|somebody) just (?!rings?|texts?|calls?|messages?|keeps?)",
)
# A state going on now rather than an event: ordinary messages say these too
# ("he's in prison at the moment", "I still can't cook in there", "the storm's
# battering the caravan tonight"; set v12a), so ordinary_kinds.py leaves them out.
# "now he's" goes here too: it also means "since he has" ("I should go to the
# police now he's turned up at my work", set L).
_SAID_LASTING = (
    r"now (?:he|she|they|someone) (?:is|are)",
    r"at the moment",
    r"currently",
    r"presently",
    r"tonight",
    r"still",
)
# Someone close by: "outside", "at the door", "behind me". Not "here" or
# "coming" ("I moved here", "coming up to court"): a reading adds those itself.
_SAID_NEAR = (
    r"outside",
    r"behind me",
    r"at (?:the|my) door",
    # Not "the form asked about weapons in the house" (set v11a).
    r"(?<!weapons )(?<!weapon )in the house",
)
_SAID_FEAR = (
    r"scared",
    r"terrified",
    r"frightened",
    r"petrified",
    r"afraid",
    r"unsafe",
    r"not safe",
    r"panick\w*",
)
_SAID_HARM = (
    r"kill\w*",
    r"hurt\w*",
    r"threat\w*",
    r"hit",
    r"hitting",
    r"punch\w*",
    r"attack\w*",
    r"strangl\w*",
    r"chok\w*",
    r"rape\w*",
    r"smash\w*",
    r"bang\w*",
    r"kick\w* (?:the|my|our) door",
    r"break\w* in",
    r"broke in",
)
_SAID_WEAPON = (r"knife", r"knives", r"gun", r"weapon", r"hammer", r"bat")
_SAID_PLEA = (r"help me", r"please help", r"999")
_SAID_MOOD = (
    r"angry",
    r"furious",
    r"raging",
    r"drunk",
    r"violent",
    r"aggressive",
    r"shouting",
    r"screaming",
    r"banging",
    r"kicking off",
    r"(?:will|would) not (?:leave|go)",
)


# Always threatening, whatever a reading leaves out.
_SAID_THREAT = (r"kill\w*", r"threatening", r"hurt me")


@functools.cache
def _pattern(*groups: tuple[str, ...]) -> re.Pattern[str]:
    return rx(*(word for group in groups for word in group))


def said_now(
    text: str,
    *,
    bare_now: bool = True,
    bare_just: bool = False,
    near: bool = True,
    lasting: bool = True,
    also: tuple[str, ...] = (),
) -> bool:
    """Whether ``text`` says it is happening now ("right now", "still", "2 mins ago").

    - ``bare_now``: "now" alone (background.py leaves it out: "now I've seen his
      name on LinkedIn" is not news);
    - ``bare_just``: "just" alone ("it just happened", but also "I just want");
    - ``near``: someone close by: "outside", "behind me", "at the door";
    - ``lasting``: a state going on now: "still", "tonight", "at the moment",
      "now he's" (also "since he has");
    - ``also``: a reading's own extra words (weapon_told.py: "today", "gonna").
    """
    groups: list[tuple[str, ...]] = [_SAID_NOW, also]
    if bare_now:
        groups.append((r"now",))
    if bare_just:
        # Not "just mentioning", "just a knife emoji" (sets v9a, v11a): a word of
        # manner, not news.
        groups.append(
            (
                r"just(?! (?:mentioning|saying|wondering|asking|checking|curious|a|an|to (?:say|"
                r"let|mention|add|check|ask)))",
            )
        )
    if near:
        groups.append(_SAID_NEAR)
    if lasting:
        groups.append(_SAID_LASTING)
    return bool(_pattern(*groups).search(text))


def threatening(
    text: str,
    *,
    fear: bool = True,
    harm: bool = True,
    weapons: bool = True,
    pleas: bool = True,
    mood: bool = True,
    hostile: bool = False,
) -> bool:
    """Whether ``text`` holds a threat, fear or a plea ("kill", "knife", "help me").

    Always read: "kill", "threatening", "hurt me". The options:

    - ``fear``: "scared", "terrified", "not safe";
    - ``harm``: "hurt", "threat", "hit", "smash", "broke in";
    - ``weapons``: "knife", "gun", "hammer";
    - ``pleas``: "help me", "please help", "999";
    - ``mood``: "angry", "drunk", "shouting", "won't leave";
    - ``hostile``: the wider HOSTILE reading too ("following", "stalking").
    """
    groups: list[tuple[str, ...]] = [_SAID_THREAT]
    for wanted, group in (
        (fear, _SAID_FEAR),
        (harm, _SAID_HARM),
        (weapons, _SAID_WEAPON),
        (pleas, _SAID_PLEA),
        (mood, _SAID_MOOD),
    ):
        if wanted:
            groups.append(group)
    if hostile and HOSTILE.search(text):
        return True
    return bool(_pattern(*groups).search(text))
