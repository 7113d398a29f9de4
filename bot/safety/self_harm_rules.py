"""Patterns for self-harm and suicide risk. Never muted by context: "I took my tablets
an hour ago" is as urgent as "now". Beyond direct words, they cover the published
warning signs: hopelessness, being a burden, saying goodbye, putting affairs in
order, giving things away, researching methods, being somewhere high."""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal, rx

_S = Signal.SELF_HARM

SELF_HARM_RULES: tuple[Rule, ...] = (
    Rule(
        "suicide_words",
        _S,
        rx(
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
        rx(
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
        rx(
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
