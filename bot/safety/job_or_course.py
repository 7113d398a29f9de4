"""Told about a job or a course: the one list of work words the checks ask.

A nurse who sees overdoses on every shift, a trainer on a knife-crime course, a
paramedic asking about a patient's tablets: the harm words are the job's, not the
person's. Three readings ask this (the review of session 11 found three copies):

- ``medicine_questions.medicine_question``: overdoses or medicines named about a
  job drop the pills check-in line ("I'm a paramedic, I see overdoses on every
  shift");
- ``self_harm_told_as_past``: harm seen in others at work or on a course is not
  the person's own ("a 12 hour night shift in A&E, a stabbing and two overdoses",
  blind set v12a);
- ``readings.work_or_hobby``: a weapon named in a sentence about a trade or a
  course is a check-in, not the full danger reply ("knife skills on my chef's
  course").

Each keeps its own guard (an amount, the person's own act, a weapon turned on
someone): only the words are shared. ``ordinary_kinds`` mutes the full danger
reply outright, so it asks only the narrower ``SHIFT_OVER`` (a shift told as over)
and ``CLIENT_TOLD`` (a client's story), not "at work" on its own.
``said_in_passing`` asks ``GUARDING_ROLES`` (someone asking for those in their care).
"""

from __future__ import annotations

import re

# Jobs that meet harm, medicines or weapons in the course of the work.
ROLES = (
    r"nurse|doctor|paramedic|pharmacist|carer|chef|butcher|vet|midwife|gp|medic|"
    r"social worker|support worker|care worker|healthcare assistant|hca|student nurse"
)

# Jobs that look out for others' safety: a teacher or a security officer asking
# what to watch for is asking for the people in their care (said_in_passing.py,
# set v14b). Kept apart from ROLES: "I'm a teacher" alone does not make pills or a
# weapon part of the job.
GUARDING_ROLES = (
    r"security (?:officer|guard)|copper|cop|police officer|officer|steward|bouncer|teacher|"
    r"trainer|manager"
)

# Told about a job or a course: "at work", "on every shift", "on the ward", "I
# work in", "I'm a nurse", "patients", "a training course", "an awareness talk".
# A shift or a course needs its own article: not "after her shift" (a carer's
# pills "after her shift" keep the check-in) or "let nature take its course".
AT_WORK = re.compile(
    r"\b(?:at work|on duty|(?:on|every|each|my|a|an|the|night|day|late|early) (?:\w+ ){0,3}"
    r"shifts?|a and e|on the ward|ward|patients?|i work (?:in|at|on|as)|"
    rf"(?:i am|im|i m) an? (?:\w+ )?(?:{ROLES})|"
    # v15a: "my brother's a paramedic and says he sees overdoses all the time".
    rf"my \w+(?: is| s)? an? (?:\w+ )?(?:{ROLES})|"
    # v16b: the job said first, alone: "paramedic. had a job last night where ...".
    rf"(?:(?<=^)|(?<=\. ))(?:{ROLES})(?= \.)|"
    # v15a, v15b: "A level sociology coursework on suicide rates", "a unit on suicide
    # statistics in sixth form psychology".
    r"(?:a|an|my|our|the|this) (?:\w+ ){0,3}(?:course|coursework|training|workshop|lecture|"
    r"module|unit|essay|dissertation|assignment|thesis|project|research|seminar|session)|"
    # v17a, v17b: "safeguarding training", "I volunteer on a crisis line", "Pharmacist
    # here", "Student nurse on a psych placement".
    # Not "rang the helpline" (the person's own call).
    r"safeguarding|(?:on|for|at) (?:a|the) (?:crisis line|helpline)|placement|"
    r"(?:pharmacist|nurse|doctor|paramedic) here|"
    r"trainer|awareness)\b"
)

# A shift told as over, and a client's story: the narrow forms ordinary_kinds asks.
SHIFT_OVER = (
    r"(?:finished|end of) (?:a |my )?(?:\d+ hour )?(?:(?:night|day|long|late|early) )*shift"
)
CLIENT_TOLD = (
    r"(?:a|my|one of my) (?:client|customer|patient|service user|pupil)s? "
    r"(?:told|tells|said|says)"
)
