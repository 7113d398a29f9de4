"""Danger words used in their everyday sense (blind sets v9a/v9b, issue 12).

Each reading mutes one match whose words, read with the words next to them,
mean something ordinary. Each is local to the match, so any other danger in
the message still fires on its own, and each gives way to plain signs of him
being there (a locked door, "he's outside", being hit).

* **Stuck somewhere ordinary.** "I'm stuck in traffic on the viaduct", "stuck
  in a meeting", "stuck on the train" (rule hiding_now reads "I'm stuck" as
  trapped). "I'm stuck in the bathroom, he's outside" keeps the full reply.
* **Can't get out much.** "I care for my wife so I can't get out to groups"
  (rule hiding_trapped). "I can't get out, he's locked the door" keeps it.
* **Got into an account.** "has he got into my Life360?", "he's broken into my
  iCloud" (rule breaking_in_now): an account question, not a break-in. "He's
  got into the house" keeps it.
* **A tree hanging over the fence.** "next door's tree is hanging over my
  fence" (rule presence reads "hanging over my fence" as someone there).
* **Post through the letterbox.** "letters that were pushed through my
  letterbox", "he keeps putting cards through the letterbox" (rule breaking_in
  reads "pushed through my letterbox" as petrol or fire; set N, session 11).
  "Petrol through the letterbox" keeps it, and so does anything said as now.
* **In while the person is out.** "my landlord lets himself in when I'm out
  and moves my things" (a habit while the person is away, asked about as
  stalking; set N). "He let himself in" and "he's letting himself in now"
  keep the full reply.
* **Learning about bleeding.** "first aid course, we're learning about
  stopping bleeding" (rule violence). "I'm bleeding, he hit me" keeps it.
"""

from __future__ import annotations

import re

from bot.safety.matcher import Hit
from bot.safety.stand_down import said_now

_ORDINARY_STUCK = re.compile(
    r"^(?:in|on|at) (?:the |a |my |this )?(?:traffic|queue|queues|meeting|meetings|train|trains|"
    r"bus|tube|motorway|m\d+|jam|tailback|roadworks|work|office|hold|call|airport|station|"
    r"lecture|class|school run)\b"
)
_CANT_GET_OUT_MUCH = re.compile(
    r"^(?:much|often|as much|very much|very often|to (?:groups?|the shops|shops|meetings?|"
    r"classes|appointments|church|the gym|socialise|see friends|support groups?))\b"
)
_ACCOUNT = re.compile(
    r"^(?:my |her |his |our |the |their )?(?:life ?360|account|accounts|app|apps|email|emails|"
    r"e mail|gmail|phone|icloud|cloud|google|facebook|instagram|insta|snapchat|whatsapp|"
    r"tiktok|twitter|messages|laptop|computer|tablet|ipad|find my|bank|banking|amazon|"
    r"netflix|settings|location sharing|apple id|ring app|social media|online)\b"
)
_HANGING_THING = frozenset(
    {
        "tree",
        "trees",
        "branch",
        "branches",
        "hedge",
        "hedges",
        "washing",
        "ivy",
        "leaves",
        "bush",
        "bushes",
        "conifers",
        "leylandii",
        "clothes",
        "sign",
        "satellite",
        "dish",
    }
)
_LEARNING = re.compile(
    r"\b(?:course|training|learning|learn|lesson|lessons|class|first aid|taught|teach|"
    r"teaching|stop|stopping|stem|staunch)\b"
)
# Post, not petrol: what goes through a letterbox every day.
_POST = frozenset(
    {
        "letter",
        "letters",
        "card",
        "cards",
        "note",
        "notes",
        "leaflet",
        "leaflets",
        "flyer",
        "flyers",
        "post",
        "mail",
        "envelope",
        "envelopes",
        "parcel",
        "parcels",
        "poem",
        "poems",
    }
)
_WHILE_OUT = re.compile(r"^(?:when|while|whilst) (?:i am|im|i m|we are) (?:out|away|at work)\b")
# Signs of him there or harm done now: no muting with any of these in the message.
_HIM_THERE = re.compile(
    r"\b(?:locked|lock|outside|door|blocking|blocked|won t let|wont let|will not let|"
    r"following|behind me|hit me|punched|stabbed|attacked|hurt me|am bleeding|"
    r"is bleeding|are bleeding|in the house|inside)\b"
)


def _after(words: list[str], hit: Hit) -> str:
    return " ".join(words[hit.end : hit.end + 5])


def _sense(words: list[str], hit: Hit) -> bool:
    rule = hit.rule.id
    matched = words[hit.start : hit.end]
    if rule == "hiding_now" and matched[-1] == "stuck":
        return bool(_ORDINARY_STUCK.match(_after(words, hit)))
    if rule == "hiding_trapped" and matched[-2:] == ["get", "out"]:
        return bool(_CANT_GET_OUT_MUCH.match(_after(words, hit)))
    if rule == "breaking_in_now" and matched[-1] == "into":
        return bool(_ACCOUNT.match(_after(words, hit)))
    if rule == "presence" and "hanging" in matched:
        return any(word in _HANGING_THING for word in words[max(0, hit.start - 3) : hit.end])
    if rule == "breaking_in" and matched[-1] in {"letterbox", "letter"}:
        return any(word in _POST for word in words[max(0, hit.start - 5) : hit.end])
    if rule == "breaking_in" and matched[:2] == ["lets", "himself"]:
        return bool(_WHILE_OUT.match(_after(words, hit)))
    if rule == "violence" and matched == ["bleeding"]:
        before = " ".join(words[max(0, hit.start - 5) : hit.start])
        return bool(_LEARNING.search(before))
    return False


def everyday_sense(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether its danger words are used in an everyday sense above."""
    text = " ".join(words)
    if _HIM_THERE.search(text) or said_now(text, near=False, lasting=False):
        return [False] * len(hits)
    return [_sense(words, hit) for hit in hits]
