"""Danger words said in play, as a figure, or about a thing kept or licensed.

Each reading mutes one danger match whose message shows it is not danger now;
found as false alarms (the full danger reply) in blind sets v11a and v11b
(issue 8). None applies with fear, a plea, or anything said to be happening now
or close by (stand_down.said_now: "right now", "still", "outside", "at the
door"), so "he joked he'd kill me, I'm scared" and "he's outside joking about
killing me" keep the full reply.

* **A joke or family squabble.** "my housemate joked she'd kill me if I ate her
  yogurt", "'i'll come for you' in our group chat as a joke about a game", "she
  keeps saying she's going to murder her brother for reading her diary ...
  standard stuff", "he's going to kill me about her brother ... just sibling
  stuff", "keeps threatening to kill me if I'm late home again haha", "it's just
  how she talks, she'd never" (``in_play``).
* **A figure.** "kill me now, ive got 4 assignments due" (a sentence opening
  "kill me"); "I hit the kerb so hard I nearly killed us both" (the person's
  own mishap); "shouts I'm going to die when the wifi goes off" (a trivial
  trigger) (``a_figure``).
* **A gun licensed, a knife kept before.** "can the police take his guns off
  him? he has a shotgun licence ... he's never threatened me with it"; "I kept a
  knife in the car door for a while after he attacked me ... I've taken it out"
  (``kept_or_licensed``).
* **Set v14a, v14b.** "he's killing me with these texts", "killing me. not
  literally", "he's just my mate" and "game talk" (banter), a danger told
  inside a game or soap ("a horror game where a stalker breaks in", "Hollyoaks
  had a stalker setting fire": its own guard, no "now" after the show, no plea),
  a what-if legal question ("Hypothetically ... would they get arrested?"),
  guns "all licensed".
* **Set v16b.** A boss or a teacher who "is gonna kill me, I'm late again", and
  anything said "metaphorically" ("he stabbed me in the back... metaphorically").
* **Hearing if.** "will it make me too drowsy to hear if someone tries the
  door?" (rule sensing: hearing in a condition, not hearing now).
* **A lawful step threatened.** "they've threatened to take us to court" over a
  fence (set v11b; rule ci_threat).
* **A threat handed in.** "do you need the original of the note where he said
  he'd burn the house down ... I've already reported it", "my solicitor wants
  evidence of the time he threatened me with a hammer" (sets v9b, v10b).
"""

from __future__ import annotations

import re

from bot.safety.matcher import Hit
from bot.safety.rules import Signal
from bot.safety.sentence import sentence_span, sentence_text
from bot.safety.stand_down import said_now

_THREAT_RULES = frozenset(
    {"threat_now", "violence", "violence_now", "arrival_now", "ci_threat", "in_danger"}
)
_WEAPON_RULES = frozenset({"weapon", "weapon_held"})
_FEAR = re.compile(
    r"\b(?:scared|terrified|frightened|afraid|petrified|unsafe|not safe|panick\w*|help me|"
    r"please help|999|crying|shaking)\b"
)
_PLAY = re.compile(
    r"\b(?:joked|joking|jokes|jokingly|as a joke|a joke|banter|kidding|messing about|"
    r"winding (?:me|us|her|him) up|(?:sibling|siblings|standard|normal|typical|teenage|kids|"
    r"brother and sister) (?:stuff|squabbles?|fights?|rows?|rivalry)|haha\w*|"
    r"just how (?:she|he|they) talks?|(?:she|he|they) would never|"
    # Set v14b: "I think it's just game talk", "he's just my mate" (banter quoted).
    r"game talk|trash talk|(?:he|she|they) (?:is|are) just my (?:mate|mates|friend|friends|pal))\b"
)
# A figure about messages, or put right at once (set v14b): "he's killing me with
# these texts, 40 a day", "this stalker situation is killing me. not literally lol".
_FIGURE_KILLING = re.compile(
    r"\bkilling me with (?:these|those|his|her|their|the|all|all these|all the|all his|all her) "
    r"(?:\w+ ){0,2}(?:texts|messages|calls|emails|voicemails|letters|questions|comments|"
    r"notifications|dms|requests|emails)\b|"
    r"\bkilling me (?:\. )?(?:lol |haha |ha )?not literally\b|"
    # Set v15b: a thing, not a person, "nearly killed me": "that meeting with the
    # solicitor nearly killed me, 3 hours of going over everything".
    r"\b(?:that|the|this|my|today s|todays) (?:\w+ ){0,3}(?:meeting|training|session|workout|"
    r"class|lesson|exam|hill|walk|run|shift|interview|hearing|appointment|form|forms|"
    r"paperwork|stairs|climb|gym|course|commute|queue|journey|drive) (?:\w+ ){0,6}"
    r"(?:nearly|almost|practically|literally|absolutely|totally|properly|proper) "
    r"(?:killed|kill) (?:me|us)\b|"
    # Set v18b: "that leg day absolutely killed me".
    r"\b(?:leg|arm|chest|back) day (?:\w+ ){0,2}(?:killed|kill|killing|destroyed) (?:me|us)\b|"
    # "legit thought i was gonna die on the rower": exercise, not danger.
    r"\bthought (?:i|we) (?:was|were) (?:going to|gonna) die (?:on|at|in|during) (?:the|that|"
    r"my|this) (?:rower|treadmill|bike|stairs|stepper|hill|run|spin|gym|class|session|workout|"
    r"climb|circuit|circuits|bleep test|crossfit|hike)\b"
)
# Set v16b: a boss or a teacher who "is gonna kill me" for lateness, across a comma:
# "my boss is gonna kill me I'm late again". Not a partner's threat about being late.
_LATE_FIGURE = re.compile(
    r"\b(?:boss|manager|supervisor|teacher|coach|tutor|lecturer|sarge|gaffer) (?:is |will |"
    r"would )?(?:going to |gonna )?(?:nearly |almost )?(?:kill|killed|murder|murdered) me "
    r"(?:\. )?(?:\w+ ){0,3}(?:late|forgot|forgetting)\b"
)
# Said as a figure of speech (set v16b): "he stabbed me in the back... metaphorically
# lol told all our mates lies about me".
_METAPHOR = re.compile(r"\b(?:metaphorically|figuratively|not literally)\b")
# A story, game or show the danger happens in (set v14b): "playing this horror game
# where a stalker breaks into your house", "last night's Hollyoaks had a stalker
# setting fire to a house".
_FICTION = re.compile(
    r"\b(?:game|film|movie|show|episode|series|programme|book|novel|soap|drama|documentary) "
    r"(?:where|in which)\b|"
    # Set v20a: "that film last night had me proper jumpin, the bit where he's in the back seat".
    r"\bthe (?:bit|scene|part) where\b|"
    # A soap by name with what it showed; not "a man she met on a game has come to our
    # road" (set v6b: "has" after a plain "game" is news).
    r"\b(?:hollyoaks|eastenders|emmerdale|corrie|coronation street|casualty|the episode) "
    r"(?:had|has|where|showed|shows)\b|"
    # Set v17a: "my son's playing GTA and screaming 'he's got a gun' every five mins".
    r"\b(?:playing|plays|played) (?:gta|grand theft auto|call of duty|cod|fortnite|warzone|"
    r"minecraft|roblox|fifa|a shooter|shooters)\b"
)
# A question asked as a what-if (set v14a): "Hypothetically, if someone hit the
# stalker with a spade when he came in the garden, would they get arrested?"
# Set v20b: "if he ever came at me with a knife could I defend myself".
_WHAT_IF = re.compile(
    r"\b(?:hypothetical|hypothetically|in theory|theoretically|if (?:he|she|they) ever)\b"
)
_LEGAL_QUESTION = re.compile(
    r"\bwould (?:they|i|he|she|you|we) (?:get|be) (?:arrested|charged|prosecuted|in trouble|done)\b"
)
# A lawful step threatened, not harm (set v11b): "they've threatened to take us to
# court" over a boundary fence.
_LAWFUL_STEP = re.compile(
    r"\bthreat\w* (?:to|with) (?:take (?:us|me|him|her|them) to court|court|sue|suing|"
    r"evict|eviction|legal action|take legal action|small claims|a solicitor)\b"
)
_TRIVIAL = (
    r"(?:wifi|wi fi|internet|xbox|playstation|ps5|switch|ipad|tablet|phone|telly|tv|remote|"
    r"tv remote|charger|diary|yogurt|yoghurt|chocolate|sweets|crisps|biscuits|cake|food|"
    r"makeup|clothes|hoodie|game|games)"
)
# "going to die when the wifi goes off", "for reading her diary", "if I ate her yogurt".
_TRIVIAL_TRIGGER = re.compile(
    r"\b(?:when|if|for|about) (?:the |my |her |his |their )?(?:\w+ ){0,2}" + _TRIVIAL + r"\b"
)
_OWN_MISHAP = re.compile(r"\bi (?:nearly|almost) (?:killed|kill|killing)\b")
LICENCE = re.compile(
    # Set v18a: "I shoot pigeons on a farm near Malpas, all legal".
    r"\ball (?:legal|legit|above board)\b|"
    # Set v14b: "shotguns in the house, all licensed" (a gamekeeper's).
    r"\b(?:all|both|fully|properly|legally|they are) (?:licensed|licenced)\b|"
    r"\b(?:shotgun|gun|firearms?|rifle|guns) (?:licen[cs]e|certificate|cert)s?\b|"
    r"\b(?:licensed|licenced) (?:gun|guns|shotgun|firearm|firearms|rifle)\b"
)
_KEPT_BEFORE = re.compile(
    r"\bi (?:kept|carried|used to carry|used to keep|had) (?:a|my|the) (?:\w+ )?"
    r"(?:knife|knives|blade|bat|hammer|pepper spray)\b"
)
_PUT_AWAY = re.compile(
    r"\b(?:taken it out|took it out|got rid|get rid|illegal|legal|against the law|"
    r"never have used|never used)\b"
)
# Set v11b: hearing "if someone tries the door" (rules sensing, ci_someone_near).
_HEARING_RULES = frozenset({"sensing", "ci_someone_near"})
_HEAR_IF = re.compile(
    r"\b(?:hear|hearing|notice|noticing|wake|wake up|waken) (?:if|when|whether)\b"
)
_HANDED_IN = re.compile(
    r"\b(?:the original|a copy|a photo|a screenshot|photo of|copy of) (?:of )?(?:the |his |her |"
    r"that )?(?:note|letter|card|text|message|email)\b"
)
# Set v10b: "my solicitor wants evidence of the time he threatened me with a hammer".
_EVIDENCE_OF_THE_TIME = re.compile(
    r"\b(?:evidence|proof|a record|details) (?:of|about|for) the (?:time|night|day) "
    r"(?:he|she|they)\b"
)
_PLEA = (r"help me", r"please help", r"help", r"999", r"hiding")
_REPORTED = re.compile(r"\b(?:already reported|reported it|reported that|crime number)\b")


def _calm(text: str) -> bool:
    """No fear or plea, nothing now or close by (the readings' shared stand-down)."""
    return not _FEAR.search(text) and not said_now(text, bare_now=False)


def _in_play(words: list[str], hit: Hit, text: str) -> bool:
    return hit.rule.id in _THREAT_RULES and bool(_PLAY.search(text))


def _a_figure(words: list[str], hit: Hit) -> bool:
    if hit.rule.id not in _THREAT_RULES:
        return False
    first = hit.start + 1 if words[hit.start] == "." else hit.start
    opens = words[first - 1 : first] == ["."] and words[first : first + 2] == ["kill", "me"]
    sentence = sentence_text(words, hit.start, hit.end)
    return (
        opens
        or bool(_FIGURE_KILLING.search(sentence))
        or bool(_OWN_MISHAP.search(sentence))
        or bool(_TRIVIAL_TRIGGER.search(" ".join(words[hit.start : hit.end + 8])))
        or bool(_LATE_FIGURE.search(" ".join(words[max(0, hit.start - 2) : hit.end + 8])))
    )


def _kept_or_licensed(words: list[str], hit: Hit, text: str) -> bool:
    if hit.rule.id in _WEAPON_RULES and LICENCE.search(text):
        return True
    if _KEPT_BEFORE.search(text) and _PUT_AWAY.search(text):
        return hit.rule.id in _WEAPON_RULES or (
            hit.rule.id in _THREAT_RULES
            and bool(_KEPT_BEFORE.search(sentence_text(words, hit.start, hit.end)))
        )
    return False


def _in_fiction(words: list[str], hit: Hit) -> bool:
    """The match told inside a game or show named earlier in its sentence, with no
    "now" between ("a horror game where a stalker breaks in and now I can't sleep")."""
    start, _ = sentence_span(words, hit.start, hit.end)
    before = " ".join(words[start : hit.end])
    found = _FICTION.search(before)
    if found is None:
        return False
    return " now " not in f" {before[found.start() :]} "


def _what_if(text: str) -> bool:
    return bool(_WHAT_IF.search(text) and _LEGAL_QUESTION.search(text))


def said_in_play(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether the module docstring's readings mute it."""
    text = " ".join(words)
    # Fiction keeps its own guard: a sister scared "the same thing will happen" after
    # a soap is fear of a story, not of someone there (set v14b).
    # Not "near": the door in "a horror game where someone's knocking at the door" is
    # the game's (set v18b); _in_fiction reads only the match's own sentence.
    told_plainly = not said_now(text, bare_now=False, near=False, lasting=False, also=_PLEA)
    fiction = [
        told_plainly and Signal.SELF_HARM not in hit.rule.signals and _in_fiction(words, hit)
        for hit in hits
    ]
    if not _calm(text):
        return fiction
    what_if = _what_if(text)
    muted = []
    for hit, in_fiction in zip(hits, fiction, strict=True):
        if Signal.SELF_HARM in hit.rule.signals:
            muted.append(False)
            continue
        muted.append(
            _in_play(words, hit, text)
            or in_fiction
            or what_if
            or _a_figure(words, hit)
            or (hit.rule.id in _THREAT_RULES | _WEAPON_RULES and bool(_METAPHOR.search(text)))
            or _kept_or_licensed(words, hit, text)
            or (
                hit.rule.id in _HEARING_RULES
                and bool(_HEAR_IF.search(sentence_text(words, hit.start, hit.end)))
            )
            or (
                hit.rule.id in _THREAT_RULES
                and bool(_LAWFUL_STEP.search(sentence_text(words, hit.start, hit.end)))
            )
            or (
                hit.rule.id in _THREAT_RULES
                and (
                    (bool(_HANDED_IN.search(text)) and bool(_REPORTED.search(text)))
                    or bool(_EVIDENCE_OF_THE_TIME.search(text))
                )
            )
        )
    return muted
