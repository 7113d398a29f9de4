"""An ordinary medicine question: the check-in line about pills is not needed.

One reading of "a medicine asked about as medicine", for the check-in rule
ci_pills only (every self-harm rule still reads the message). It was read in two
places before (check_in_cleared.py for blind sets v9a and v9b, everyday.py for
v7a and v7b); it is asked once now, from check_in_cleared.check_in_cleared:

- a medicine question: "can I take paracetamol with my antidepressants", "is it
  ok to have a glass of wine on my tablets", "my meds ran out, how do I get a
  repeat", "side effects of sertraline";
- an overdose long past, the person well now: "took an overdose at uni, 20 years
  ago, I'm fine now" (``self_harm_long_past.told_as_long_past``);
- overdoses or medicines named about a job: "I'm a paramedic, I see overdoses on
  every shift".

A quantity, a stockpile, dying or wanting to die keeps the line: "can I take
three tonight", "how many would it take".
"""

from __future__ import annotations

import re

from bot.safety.job_or_course import AT_WORK
from bot.safety.matcher import Hit
from bot.safety.prescribed import INTERACTION, PRESCRIBER
from bot.safety.self_harm_long_past import told_as_long_past
from bot.safety.tablet_devices import tablets_as_devices

# A quantity, a stockpile, or dying: the check-in line stays with any medicine.
_QUANTITY = re.compile(
    r"\b(?:two|three|four|five|six|ten|double|extra|more|lots|loads|a lot|whole|packets?|"
    r"all (?:of )?(?:them|my|those|these|the (?:pills|tablets|meds))|"
    r"box|boxes|bottles?|stash|stockpil\w*|sav(?:e|ed|ing) (?:up|them)|how many|"
    r"too many|how much|do it|access|enough|know exactly|at once|the lot|end it|die|dying|"
    r"dead|kill\w*|wake up|be done|for good|forever)\b"
)
_OVERDOSE = re.compile(r"\b(?:overdos\w*|od|ods)\b")
_MEDICINE_ASKED = re.compile(
    r"\b(?:can|could|should|do|may) (?:i|you|she|he) (?:still )?(?:take|have|drink|mix|use)\b|"
    r"\bis it (?:ok|okay|safe|alright|fine|bad) to (?:take|have|drink|mix)\b|"
    r"\b(?:drink|drinking|alcohol|wine|beer) (?:on|with|while on) (?:my|the|her|his) "
    r"(?:medication|meds|tablets|pills)\b"
)
_NOT_OVER = re.compile(
    r"\b(?:again|lately|recently|tonight|urges?|thinking about|want to|wanting to|still)\b"
)
# Words about dying or wanting to, beside a medicine question.
_DARK = re.compile(
    r"\b(?:urges?|thinking about (?:it|doing|taking|ending)|want to (?:die|end|sleep forever|"
    r"not wake|disappear)|had enough|can not go on|cant go on|no point)\b"
)
_TAKING = re.compile(r"\b(?:i|we) (?:have |had |just )?(?:took|take|taken|swallowed|taking)\b")
# ordinary_v7_medicine: a medicine asked about as medicine (side effects,
# a repeat, what to put on a form): "is it ok to take ibuprofen with
# my sertraline", "my meds ran out, how do I get a repeat". Only the check-in rule
# ci_pills; every self-harm rule still reads the message.
_MEDICINE_QUESTION = re.compile(
    r"\b(?:side effects?|repeat|"
    r"upped|the form|on the form|first week|is it normal|ran out|run out|running out|"
    r"for (?:her|his|my) (?:back|pain|nerves|cancer|panic|anxiety|heart))\b"
)


def medicine_question(words: list[str], hit: Hit) -> bool:
    """An ordinary medicine question, an overdose long over, or overdoses at work."""
    if hit.rule.id != "ci_pills" or {"rope", "ropes"} & set(words[hit.start : hit.end]):
        return False
    text = " ".join(words)
    if tablets_as_devices(text):
        return True  # "can he get into the kids' tablet" (set M; tablet_devices.py)
    if _MEDICINE_QUESTION.search(text) or PRESCRIBER.search(text) or INTERACTION.search(text):
        # Asked with its doctor, prescription, interactions or side effects (sets
        # v7a, v7b); prescribers and interactions are prescribed.py's, the words
        # the self-harm readings also ask.
        return True
    if _QUANTITY.search(text):
        # "can I take two tonight", "how many would it take": the line stays.
        return False
    if told_as_long_past(words, hit.start, hit.end):
        # "took an overdose at uni, 20 years ago, I'm fine now": the one reading of
        # "long past, well now" (self_harm_readings.py), not "... again lately".
        return not _NOT_OVER.search(text)
    if _OVERDOSE.search(text):
        return (
            bool(AT_WORK.search(text)) and not _TAKING.search(text) and not _NOT_OVER.search(text)
        )
    if _DARK.search(text):
        return False
    return bool(_MEDICINE_ASKED.search(text) or AT_WORK.search(text))
