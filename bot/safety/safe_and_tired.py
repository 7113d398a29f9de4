"""Said to be safe, and tired: the second opinion reads only the rest.

"Not in danger, just can't sleep", "I'm safe, I'm just shattered": an explicit
denial of danger with sleep or tiredness. The second opinion
(second_opinion.py) has learnt that tiredness and sleep sit close to quiet
self-harm ("tired of everything", "I just want to sleep forever"), and at its
self-harm threshold of 0.25 it put Samaritans' line, and sometimes the
check-in question, on messages like these (set v6a, session 5).

So, when a message opens a sentence with an explicit denial ("not in danger",
"I'm safe", "I'm ok", "I'm fine", "not an emergency") and says it cannot
sleep or is tired, the second opinion reads the message *without* the denial
and the tiredness: whatever else is said ("I've sorted the dog's new home",
"he keeps texting") is read as before, and a message that was only the denial
and the tiredness gets no line from it. ``rest_of_safe_and_tired`` gives that
rest; detector.py keeps the lower of the two readings, so the rest read alone
can never add a line the whole message did not have ("since he got out" alone
reads as more danger than "I'm safe, I just can't sleep since he got out").

What it never does: touch the rules (they read the whole message: "I'm fine,
just tired of everything" is still self-harm by rule), or apply when a rule
found anything, or when the message holds words quiet self-harm is said with
(``_QUIET_CUES``: tiredness *of* something, wanting to sleep, not waking, an
end or a time limit, a goodbye or an apology, "everything", "nothing",
"point", "burden"). tests/safety/test_v7_kinds.py holds that no self-harm,
"both" or danger message of any set in bot/safety/messages (training sets
included) loses its reading.
"""

from __future__ import annotations

import re

from bot.safety.context_words import rx

# A denial that opens a sentence: "not in danger", "I'm safe tonight", "honestly
# I'm fine". Not "he says I'm fine" or "is she safe".
_DENIAL = re.compile(
    r"(?:^|\. )(?:(?:hi|hello|hey|ok|so|honestly|just so you know|to be clear|do not worry) )?"
    r"(?:(?:i am|we are|i feel|feeling|all) )?(?:(?:completely|totally|perfectly|quite|really|"
    r"honestly|physically|definitely) )?(?:not in (?:any )?danger(?: at all)?|safe|ok|okay|"
    r"fine|alright|all right|not at risk|not an emergency|no emergency|nothing urgent|"
    r"not urgent)(?: (?:now|tonight|here|at the moment|right now))?\b"
)
# Sleep and tiredness, with the small words around them ("just", "so", "again").
_TIRED = re.compile(
    r"\b(?:(?:just|only|really|so|very|a bit|a little|bit|i am|i|we|am|still) )*"
    r"(?:(?:can not|could not|can t|cannot|not able to|unable to) (?:get (?:to )?|go (?:to )?|"
    r"fall )?(?:sleep|asleep)|not sleeping|no sleep|(?:have not|had not|not|barely|hardly) "
    r"slept|insomnia|awake|up all night|(?:tired|exhausted|knackered|shattered|drained|sleepy|"
    r"worn out|wiped out)(?! of| with))"
    r"(?: (?:properly|well|much|again|at night|lately|at the moment|these days))*\b"
)
# Any of these keeps the second opinion's reading of the whole message.
_QUIET_CUES = rx(
    r"(?:tired|sick|done|fed up) (?:of|with)",
    r"(?:want|wanna|wish|need|like) (?:\w+ )?(?:to )?(?:sleep|rest)",
    r"(?:not|never) (?:\w+ )?wak\w*",
    r"any ?more",
    r"for ?ever",
    r"for good",
    r"(?:much|any) longer",
    r"every ?thing",
    r"nothing",
    r"no ?point",
    r"burden",
    r"good ?bye",
    r"bye",
    r"sorry",
    r"thank you for (?:everything|trying)",
    r"last",
    r"end\w*",
    r"over",
    r"peace",
    r"give up",
    r"giving up",
    r"numb",
)


def rest_of_safe_and_tired(normalised: str) -> str | None:
    """The message without its denial and tiredness, if it says both; else None.

    Args:
        normalised: The message as normalise.normalise gives it.

    Returns:
        What the second opinion should read instead of the whole message ("" when
        nothing else is said), or None when the reading does not apply.
    """
    text = ". " + normalised.strip(" .") + " ."
    if not _DENIAL.search(text) or not _TIRED.search(text) or _QUIET_CUES.search(text):
        return None
    rest = _TIRED.sub(" ", _DENIAL.sub(" . ", text))
    return " ".join(word for word in rest.split() if word != ".")
