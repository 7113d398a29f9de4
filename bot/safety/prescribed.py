"""A medicine asked about with its prescriber or its interactions: the one reading
both checks ask.

"My GP has given me 28 days of zopiclone, the pharmacy only gave me 14, is that
normal?", "my GP wants to up it, will it make me drowsy?" (blind set v11b): a
prescriber named and a question asked is a medicine question, not an overdose
question. The self-harm rules (``self_harm_readings.ordinary_medicine``) and the
pills check-in (``medicine_questions.medicine_question``) each used to keep a
copy of these words; each still keeps its own guard (an amount, dying, a
stockpile), because the check-in is lighter than the full self-harm reply.
"""

from __future__ import annotations

import re

# A medicine's interaction asked about: "do my tablets interact with alcohol",
# "does it clash with my sertraline". Asked by the pills check-in
# (medicine_questions) and the self-harm readings (self_harm_told_as_past).
INTERACTION = re.compile(
    r"\b(?:interact|interacts|interaction|interactions|clash|clashes|mix with)\b"
)

PRESCRIBER = re.compile(
    r"\b(?:gp|doctor|doctors|pharmacy|pharmacist|chemist|prescription|prescribed|"
    r"psychiatrist|consultant)\b"
)
_ASKED_ABOUT_IT = re.compile(
    r"\b(?:is (?:that|it|this) (?:normal|right|ok|okay)|will it|would it|should i|can i|"
    r"do i|why (?:did|would|has|have|is)|wants? to (?:up|increase|lower|change) (?:it|my))\b"
)


def asked_with_prescriber(text: str) -> bool:
    """Whether the normalised ``text`` names a prescriber and asks about the medicine."""
    return bool(PRESCRIBER.search(text) and _ASKED_ABOUT_IT.search(text))
