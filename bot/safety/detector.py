"""Deterministic check for immediate danger and self-harm signals.

Runs on every user message (the SafetyGuard NLU component, and the channel
safety net when the rest of the turn fails). It is a reviewed list of patterns,
not a model, so a safeguarding lead can read why a message was flagged and a
test set can pin its behaviour. It errs towards flagging: a false alarm costs a
short 999 reminder, a miss can cost a life.

Patterns describing someone's presence, a weapon or violence are muted when the
same clause is clearly hypothetical ("what should I do if he turns up?"), in
the past ("last year") or habitual ("keeps turning up"), unless an urgency cue
("now", "tonight", "still", "just") is also there. Self-harm patterns are never
muted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from bot.safety.normalise import normalise


class Signal(str, Enum):
    IMMEDIATE_DANGER = "immediate_danger"
    SELF_HARM = "self_harm"


class Guard(str, Enum):
    """Which context words can mute a pattern within its clause."""

    NONE = "none"
    HYPOTHETICAL_OR_PAST = "hypothetical_or_past"
    ANY = "any"  # hypothetical, past or habitual


@dataclass(frozen=True)
class Rule:
    id: str
    signal: Signal
    pattern: re.Pattern[str]
    guard: Guard


@dataclass(frozen=True)
class Assessment:
    """What the check found. Holds rule ids only, never the user's words."""

    signals: frozenset[Signal]
    rule_ids: tuple[str, ...]

    @property
    def immediate_danger(self) -> bool:
        return Signal.IMMEDIATE_DANGER in self.signals

    @property
    def self_harm(self) -> bool:
        return Signal.SELF_HARM in self.signals

    @property
    def any(self) -> bool:
        return bool(self.signals)


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


_HYPOTHETICAL = _rx(
    r"if",
    r"when",
    r"whenever",
    r"in case",
    r"incase",
    r"worried",
    r"worry",
    r"afraid (?:he|she|they) (?:will|might)",
    r"scared (?:he|she|they) (?:will|might)",
    r"might",
    r"could",
    r"would",
    r"ever",
    r"one day",
    r"what happens",
)
_PAST = _rx(
    r"last (?:week|month|year|night|time|summer|winter|spring|autumn|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"yesterday",
    r"ago",
    r"used to",
    r"back in",
    r"in (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:19|20)\d\d)",
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"\d+(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)",
    r"(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) \d+",
    r"once",
    r"previously",
    r"at the time",
    r"was reported",
    r"reported it",
)
_HABITUAL = _rx(
    r"keeps?",
    r"always",
    r"every",
    r"often",
    r"sometimes",
    r"usually",
    r"times",
    r"since",
    r"for (?:months|weeks|years|ages|a while)",
    r"been going on",
)
_URGENT = _rx(
    r"right now",
    r"now",
    r"at the moment",
    r"currently",
    r"as we speak",
    r"tonight",
    r"still",
    r"just",
    r"minutes away",
    r"minutes",
    r"please help",
    r"help me",
)

_WHO = (
    r"(?:he|she|they|someone|somebody|some one|a man|a woman|a guy|a lad|men|people|"
    r"man|woman|guy|ex|stalker|husband|boyfriend|girlfriend|wife|partner|neighbour|neighbor|dad|"
    r"father|brother|him|her|them|mates|friends|\w+s ex)"
)
_NEAR = (
    r"(?:here|back|outside|out there|out front|downstairs|upstairs|inside|next door|"
    r"in the next room|in the same \w+|in reception|on the roof|"
    r"(?:through|in|at) (?:the|my|our) (?:letterbox|letter box|window|windows|door)|"
    r"in (?:my|the|our|her|his|their|mums|mum s) (?:\w+ )?(?:house|flat|home|garden|loft|"
    r"attic|hall|hallway|kitchen|room|bedroom|building|garage|shed|drive|driveway|"
    r"street|road|car park|stairwell|porch|yard|stairs|work|office|shop|school|"
    r"carriage|bus|train|car)|"
    r"at (?:my|the|our|her|his|their) (?:\w+ )?(?:door|doors|window|windows|house|"
    r"flat|home|gate|work|car|school|office|desk|place|doorstep)|"
    r"by (?:my|the|our|her) (?:\w+ )?(?:door|window|car|gate|house)|"
    r"on (?:my|the|our) (?:doorstep|drive|driveway|street|road)|"
    r"across the (?:road|street)|opposite (?:my|the|our)|"
    r"at the (?:end|bottom|top) of (?:my|the|our) \w+|in front of (?:my|the|me|it)|"
    r"behind (?:me|us)|round (?:my|the|our)|near (?:my|me|the|our))"
)
_ONLINE = _rx(
    r"instagram",
    r"insta",
    r"facebook",
    r"fb",
    r"tiktok",
    r"snapchat",
    r"twitter",
    r"whatsapp",
    r"online",
    r"social media",
    r"socials",
    r"stories",
    r"posts",
    r"profile",
    r"account",
)

_D = Signal.IMMEDIATE_DANGER
_S = Signal.SELF_HARM

RULES: tuple[Rule, ...] = (
    # Someone is at, in or near where the person is.
    Rule(
        "presence",
        _D,
        _rx(
            _WHO + r" (?:is|are|has been|have been|been) (?:still |now |right now |"
            r"currently |just |back )?(?!not |never )(?:\w+ ){0,2}?" + _NEAR
        ),
        Guard.ANY,
    ),
    Rule(
        "someone_in_my_place",
        _D,
        _rx(
            r"(?:a |the )?(?:man|woman|guy|someone|somebody|he|she|they|people|"
            r"stalker|ex) (?:in|inside|outside|at|on) (?:my|our|the) (?:\w+ )?(?:garden|"
            r"house|flat|home|door|window|windows|doorstep|drive|driveway|roof|hallway|"
            r"stairs|loft|shed|garage)",
            r"(?:is|are) (?:\w+ )?in the same \w+ as (?:me|us)",
        ),
        Guard.ANY,
    ),
    Rule(
        "there_is_someone",
        _D,
        _rx(
            r"there (?:is|are) (?:someone|somebody|some one|a man|a woman|a guy|"
            r"people|a person|men|a car) (?:\w+ )?(?:outside|in|at|by|on|following|"
            r"watching|trying|banging|knocking|standing|sat|sitting|parked)"
        ),
        Guard.ANY,
    ),
    Rule(
        "watching_waiting",
        _D,
        _rx(
            r"(?:is|are|been) (?:\w+ )?(?:watching|staring at|waiting for|waiting at|"
            r"waiting outside|lurking|loitering|parked|sat|sitting|standing|"
            r"stood|hanging around|hanging about|kicking off|shouting|screaming|coming towards|"
            r"looking (?:through|in|at (?:me|us|my|the house))|peering|prowling|pacing|"
            r"creeping|lurking|revving|walking (?:over|towards|up)|running (?:over|towards|"
            r"at)|heading (?:over|towards|here)|demanding to see)"
        ),
        Guard.ANY,
    ),
    Rule(
        "sensing",
        _D,
        _rx(
            r"i (?:can|could) (?:hear|see) (?:him|her|them|someone|somebody|a man|"
            r"people|footsteps|his|their|a car)",
            r"(?:just )?(?:seen|saw|spotted) (?:him|her|them) (?:at|outside|in|by|"
            r"through|across|on|near)",
            r"i know it is (?:him|her|them)",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
    ),
    Rule(
        "breaking_in",
        _D,
        _rx(
            r"(?:trying|tried|try|tries) (?:to )?(?:get in|break in|open|get into|"
            r"the (?:\w+ )?(?:door|handle|window|windows|gate|lock|locks|letterbox))",
            r"break(?:ing)? in",
            r"broke in",
            r"broken in",
            r"got in",
            r"getting in",
            r"forc(?:ed|ing) (?:his|her|their|the|my|a) ?(?:way|door|window|entry)",
            r"kick(?:ing|ed)? (?:the|my|down the|in the|our) (?:\w+ )?(?:door|window)",
            r"kick(?:ing)? (?:it|the door) in",
            r"smoke (?:coming|in|through|under)",
            r"put (?:something|\w+) through (?:the|my|our) (?:letterbox|letter box|window)",
            r"(?:banging|hammering|pounding|knocking|smashing|bashing) (?:on|at|in) "
            r"(?:the|my|all the|our) (?:\w+ )?(?:door|doors|window|windows|glass)",
            r"(?:smashing|smashed|broken|broke|breaking) (?:the|my|our|all the) "
            r"(?:\w+ )?(?:window|windows|door|glass|lock)",
            r"smashing (?:up |things|stuff|everything)",
            r"climb(?:ing|ed)? (?:over|in|through|up)",
            r"ringing the (?:door ?bell|bell)",
            r"letting (?:himself|herself|themselves) in",
            r"walked (?:in|into)",
            r"cut the (?:power|electric|lights|phone)",
            r"(?:jumped|jumping|climbed|climbing|got over|getting over|scaled) (?:the|my|our) "
            r"(?:\w+ )?(?:fence|wall|gate)",
            r"got into (?:my|the|our) (?:car|house|flat|home|garden)",
            r"blocked (?:me|my car|us) in",
            r"rattling the (?:\w+ )?(?:handle|door|window|letterbox)",
            r"smashed through",
            r"slashed my tyres",
            r"(?:set|setting|sets) (?:fire|light) to",
            r"on fire",
            r"(?:smell|smells|smelling) (?:smoke|petrol|gas)",
        ),
        Guard.ANY,
    ),
    Rule(
        "weapon",
        _D,
        _rx(
            r"knife",
            r"knives",
            r"gun",
            r"guns",
            r"pistol",
            r"shotgun",
            r"weapons?",
            r"blade",
            r"machete",
            r"axe",
            r"hammer",
            r"(?:baseball )?bat",
            r"crowbar",
            r"acid",
            r"petrol",
            r"stab(?:bed|bing)?",
            r"shoot",
            r"shot me",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
    ),
    Rule(
        "violence",
        _D,
        _rx(
            r"(?:is|are|keeps?) (?:hitting|punching|kicking|beating|attacking|hurting|"
            r"strangling|choking|grabbing|pushing|dragging|biting|slapping|assaulting)",
            r"(?:hit|punched|attacked|strangled|choked|stabbed|grabbed|pushed|dragged|"
            r"beat|beaten|slapped|kicked|raped|assaulted|hurt) (?:me|us|my|her)",
            r"hands? (?:round|around|on) (?:my|her) (?:neck|throat)",
            r"can not breathe",
            r"bleeding",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
    ),
    Rule(
        "threat_now",
        _D,
        _rx(
            r"(?:going to|will|coming to|about to|wants? to|threatening to|says? he will|"
            r"said he will|promised to|swore to) (?:come and )?(?:kill|hurt|stab|shoot|"
            r"murder|burn|attack|rape|finish|batter|beat|strangle|do) "
            r"(?:me|us|my|the kids|the children|her|everyone|the house|you)",
            r"kill (?:me|us)",
            r"coming for (?:me|us|you)",
            r"you are dead",
            r"(?:i|we) am dead",
            r"finish me",
            r"burn (?:the|my|our) (?:\w+ )?(?:house|flat|home|car)",
            r"(?:is|are) (?:coming|on (?:his|her|their) way)(?: \w+)? (?:here|over|round|"
            r"back|to (?:my|the|get|find)|for me|now|tonight)",
            r"minutes away",
            r"coming (?:towards|for) (?:me|us|my)",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
    ),
    Rule(
        "following_now",
        _D,
        _rx(
            r"(?:is|are) (?:still )?(?:following|chasing|behind|tailing) (?:me|us)",
            r"(?:is|are) (?:still )?after (?:me|us)",
            r"chasing (?:me|us)",
            r"being (?:followed|chased|watched)",
            r"followed (?:me|us) (?:in|into|here|home|to|from|off|onto|on)",
        ),
        Guard.ANY,
    ),
    Rule(
        "close_behind",
        _D,
        _rx(
            r"behind (?:me|us)",
            r"following (?:me|us) (?:round|around|through|into|across|along|down|up)",
            r"(?:will not|do not|does not) stop following",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
    ),
    Rule(
        "children_taken",
        _D,
        _rx(
            r"(?:taking|taken|took|grabbed|snatched|has got|has|got|trying to take|"
            r"drove off with|driving off with|will not give back|take) (?:my|the|our|her) "
            r"(?:kids|children|child|son|daughter|baby|boy|girl|little one)"
        ),
        Guard.ANY,
    ),
    Rule(
        "hiding_trapped",
        _D,
        _rx(
            r"hiding(?! (?:my|our|his|it|this|that|things|stuff|money|the fact|from "
            r"my family))",
            r"(?<!feel )(?<!feeling )trapped",
            r"locked (?:myself|ourselves|us|me) in",
            r"locked in (?:the|my|a)",
            r"barricaded",
            r"can not get out",
            r"will not let (?:me|us) (?:leave|go|out|in)",
            r"blocking the (?:door|way|exit)",
            r"whispering (?:because|as|so)",
            r"can not (?:talk|speak) (?:because|he|she|they|him|her)",
            r"(?:pinned|cornered|holding) (?:me|us) (?:down|in|against)",
            r"cornered (?:me|us)",
            r"(?:has|got) hold of (?:me|us|my)",
            r"will not let (?:me|us) go",
        ),
        Guard.ANY,
    ),
    Rule(
        "help_plea",
        _D,
        _rx(
            r"please help",
            r"help me please",
            r"help please",
            r"someone help",
            r"help me now",
            r"help quick",
            r"send (?:help|someone|police|the police)",
            r"call (?:the )?police for me",
            r"sos",
            r"get (?:the )?police (?:here|now)",
            r"^help me$",
        ),
        Guard.NONE,
    ),
    Rule(
        "in_danger",
        _D,
        _rx(
            r"(?:i am|we are|i feel) (?:in danger|not safe (?:right now|now|here|tonight))",
            r"(?:scared|afraid|fear|terrified) (?:for|of) (?:my|our) (?:life|lives)",
            r"(?:going|about) to die",
            r"think (?:he|she|they) (?:is|are) going to kill",
        ),
        Guard.NONE,
    ),
    Rule(
        "arrived_just_now",
        _D,
        _rx(
            _WHO + r" (?:has |have |is |are )?(?:just )?(?:turned up|shown up|showed up|"
            r"come back|came back|arrived|got here|walked in|come in|got on|got in|got off)"
        ),
        Guard.ANY,
    ),
    Rule(
        "suicide_words",
        _S,
        _rx(
            r"kill (?:myself|my self|meself|herself|himself|themselves)",
            r"killing (?:myself|herself|himself|themselves)",
            r"suicid\w*",
            r"(?:take|taking) my (?:own )?life",
            r"end (?:my life|it all|everything)",
            r"end it(?! with)",
            r"ending (?:it|my life|things|it all)(?! with)",
            r"hang (?:myself|my self)",
            r"noose",
            r"rope (?:\w+ ){0,12}(?:using it|use it|myself|thinking about it)",
        ),
        Guard.NONE,
    ),
    Rule(
        "wish_to_die",
        _S,
        _rx(
            r"(?:do not|not) want to (?:live|be alive|be here|exist|wake up|go on|carry on)",
            r"no (?:point|reason) (?:in |of )?(?:living|life|going on|being alive|"
            r"carrying on|to live)",
            r"point in (?:living|life|going on|carrying on)",
            r"better off (?:dead|without me)",
            r"(?:want|wanna|wish|ready) to die",
            r"(?:sleep|go to sleep) (?:forever|for ever|and not|and never)",
            r"(?:if|when) i (?:was|were|am) (?:not|no longer) (?:around|here|alive)",
            r"if i (?:died|was dead|were dead|am dead|was gone|were gone)",
            r"(?:easier|better) (?:for everyone )?(?:if|when) i (?:was|were|am) "
            r"(?:not|no longer|dead|gone)",
            r"no way out",
            r"only way out",
            r"(?:not|never) (?:going to be|be) (?:around|here) (?:much longer|for long|"
            r"anymore|any more|tomorrow)",
            r"(?:planning|planned|plan) (?:how to do it|how i will do it|my death|to end)",
            r"(?:tired|sick) of (?:living|life|being alive)",
            r"stop existing",
            r"(?:not|never) exist",
            r"cease to exist",
            r"a burden",
            r"burden (?:to|on) (?:everyone|everybody|my|them|people)",
            r"(?:can not|do not) see (?:a|any) future",
            r"no future",
            r"do not want (?:a|any) future",
            r"giving (?:my|all my|away my) (?:things|stuff|belongings|possessions)",
            r"will not need (?:them|it|my things) (?:anymore|any more)?",
            r"do it myself",
            r"can not (?:do|take) (?:this|it) any ?more",
            r"this is goodbye",
            r"goodbye forever",
            r"sorry for everything",
            r"tell my (?:mum|mom|dad|kids|children|family|sister|brother|partner) "
            r"(?:i|that i) love",
            r"no point (?:in |to )?(?:anything|it all|any of it)",
            r"nothing (?:left )?to live for",
            r"point (?:of|in) (?:carrying on|going on|living|anything)",
            r"letters (?:to|for) my",
            r"thinking (?:about|of) (?:jumping|driving into|crashing|walking into|"
            r"stepping in front|ending|not being here|dying)",
            r"(?:drive|driving|crash|crashing) (?:into|off) (?:a|the) (?:\w+ )?(?:wall|"
            r"bridge|tree|lorry|cliff)",
            r"one way out",
            r"(?:will not|wont) be needing (?:it|them|anything|my)",
            r"(?:given|giving) away",
            r"sorted (?:out )?(?:all )?my (?:stuff|things|affairs)",
            r"how many (?:\w+ )?(?:pills|tablets|paracetamol|sleeping pills) (?:it takes|"
            r"to take|would|does it take|to kill|to die)",
            r"(?:nobody|no one|noone|no body) (?:would|will) (?:even )?(?:miss|care|notice)",
            r"(?:they|kids|children|everyone|family|he|she|my \w+) (?:would|will) be "
            r"better off",
            r"wish i (?:was|were) (?:dead|gone|never born)",
            r"rather be dead",
            r"never wake up",
            r"not wake up",
            r"not (?:be )?here (?:anymore|any more|tomorrow|much longer)",
            r"in case i am not here",
            r"(?:if|when) i (?:was|am|were) gone",
            r"done with (?:life|living|it all)",
            r"want (?:it all|everything) to (?:stop|end)",
            r"want it to end",
            r"disappear (?:for good|forever)",
            r"(?:say|saying|said) goodbye to everyone",
            r"goodbye letters?",
            r"letters to my (?:kids|children|family)",
        ),
        Guard.NONE,
    ),
    Rule(
        "self_injury",
        _S,
        _rx(
            r"(?:hurt|harm|cut|cutting|harming|hurting|burn|burning) (?:myself|my self|"
            r"my arms|my wrists|my legs)",
            r"self ?harm\w*",
            r"cutting again",
            r"overdose\w*",
            r"took (?:all |a load of |loads of |too many |a lot of |a handful of )?(?:my |the )?"
            r"(?:tablets|pills|paracetamol|meds|medication|sleeping pills|sleeping tablets)",
            r"swallowed (?:\w+ ){0,4}(?:pills|tablets|paracetamol|meds|medication)",
            r"(?:pills|tablets) (?:all )?(?:lined up|ready|saved up)",
            r"got the (?:pills|tablets)",
            r"(?:jump|jumping) (?:off|from|in front of)",
            r"on the edge of (?:the|a) (?:\w+ ){0,3}(?:roof|bridge|cliff|building)",
            r"(?:^|i am )(?:on|at) the (?:roof|top) of (?:the|a|my) (?:\w+ ){0,2}(?:building|"
            r"multi storey|car park|bridge|flats|block|tower)",
            r"(?:^|i am |we are )(?:sat|sitting|standing|stood) (?:on|by|at|near) (?:the|a) "
            r"(?:\w+ )?(?:bridge|railway|tracks|train tracks|railway line|ledge|roof|edge|cliff)",
        ),
        Guard.NONE,
    ),
)


def _muted(clause: str, guard: Guard) -> bool:
    if guard is Guard.NONE or _URGENT.search(clause):
        return False
    if _HYPOTHETICAL.search(clause) or _PAST.search(clause):
        return True
    return guard is Guard.ANY and bool(_HABITUAL.search(clause))


# A lone "help!" is a plea; a lone "help" is usually a request for the menu.
_LONE_HELP_PLEA = re.compile(r"^\W*help\W*!\W*$", re.IGNORECASE)


def assess(text: str | None) -> Assessment:
    """Checks one user message for immediate-danger and self-harm signals.

    Args:
        text: The message as the user typed it (any language, any length).

    Returns:
        The signals found and the ids of the rules that matched.
    """
    if not text:
        return Assessment(frozenset(), ())
    clauses = [c.strip() for c in normalise(text).split(" . ") if c.strip(" .")]
    signals: set[Signal] = set()
    rule_ids: list[str] = []
    if _LONE_HELP_PLEA.match(text):
        signals.add(Signal.IMMEDIATE_DANGER)
        rule_ids.append("help_plea")
    for rule in RULES:
        for clause in clauses:
            if not rule.pattern.search(clause) or _muted(clause, rule.guard):
                continue
            if rule.id in ("watching_waiting", "following_now") and _ONLINE.search(clause):
                continue
            signals.add(rule.signal)
            rule_ids.append(rule.id)
            break
    return Assessment(frozenset(signals), tuple(rule_ids))
