"""Footage seen later: a recording or camera the person looked at afterwards.

"my dashcam picked him up following me", "went back through the cctv when I got
home", "it's on my dashcam", "how long should I keep the footage": the danger
words are what a camera recorded, told after the event, not news. Four readings
ask here (everyday_asides.footage_reviewed, told_calmly.footage_as_evidence,
asked_about's dashcam question, background.followed_before), each with its own
stand-down (now, a threat) and its own window of words; they all agree on what
"seen on footage" is.
"""

from __future__ import annotations

from bot.safety.context_words import rx

# The recording: a camera, a doorbell, the file it made.
_VERBS = r"(?:picked|caught|got|shows|showed|showing|captured|recorded|filmed|has|spotted|clocked)"
# "ring" only as the doorbell: not "ring the police", "the ring road", "ring, he got in".
_CAMERA = (
    r"(?:dashcam|dash cam|camera|cameras|cam|cctv|doorbell|footage|video|recordings?|clips?|"
    rf"nest|blink|ring(?= (?:doorbell|camera|cam|footage|video)\b| {_VERBS}\b))"
)
# Looked at afterwards: "went back through the cctv", "checked my doorbell".
_REVIEWED = (
    r"(?:went|gone|going|been going|looked|looking|checked|checking|scrolled|watched|"
    r"watching|reviewed|rewound) (?:back )?(?:through|at|over)? ?(?:the|my|our)? ?(?:\w+ )?"
    # Not "watching a video": only what a camera keeps.
    r"(?:dashcam|dash cam|footage|cctv|recordings?|clips?|camera|doorbell)"
)
# What it caught: "my dashcam picked him up", "the ring camera got him".
_CAUGHT = rf"{_CAMERA}(?: \w+)? (?!shows|showing|has){_VERBS}"
# "shows" or "has" may be a live view ("doorbell cam shows him on the step"): a
# recording only with a time told ("the cctv shows him by my car at 4am").
_SHOWS = rf"{_CAMERA}(?: \w+)? (?:shows|showing|has)"
_WHEN = rx(
    r"at \d+(?: \d+)?(?: am| pm)?",
    r"at midnight|last night|yesterday|this morning|the other (?:night|day)|overnight",
    r"in the night|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
)
# Kept on it: "it's on my dashcam", "how long do I keep the footage".
_KEPT = (
    r"on (?:the |my |our )?(?:dashcam|dash cam|footage|cctv|camera|cameras|doorbell|recording)",
    r"keep the footage",
    # "got dashcam footage of him following me" (blind set Q): what a recording holds.
    r"footage of (?:him|her|them|someone|somebody)",
)

_LOOKED_BACK = rx(_REVIEWED)
_SEEN_LATER = rx(_REVIEWED, _CAUGHT, *_KEPT)
_SHOWN = rx(_SHOWS)


def footage_seen_later(text: str, *, looked_back: bool = False, told: str | None = None) -> bool:
    """Whether ``text`` tells of a recording looked at afterwards, or what it caught.

    With ``looked_back``, only the person going back over it counts ("went through
    the dashcam when I got home"): the surest sign it is later, for a reading that
    silences the match (everyday_asides.footage_reviewed) rather than lowering it.
    ``told`` is where a time for "shows" is looked for (``text`` if not given).
    """
    if looked_back:
        return bool(_LOOKED_BACK.search(text))
    if _SEEN_LATER.search(text):
        return True
    return bool(_SHOWN.search(text) and _WHEN.search(text if told is None else told))
