"""Self-harm rules: someone else at risk, told by a friend, carer, teacher or officer.

Blind sets v10b, v11a and v11b (session 10) held messages from people worried
about someone else that got only Samaritans' line from the second opinion, or
nothing: a friend's goodbye and then her phone off, a mate who "says he's going
to do it properly this weekend", "look after my dog" and then no answer, a
young man who wants "to go to heaven to see his mum" and asks how to do it, a
dad who will "go and join mum" and asks where his shotgun licence is, a Year 9
girl with "a plan to take her mum's tablets tonight", a tenant "going to go to
sleep for good". The person writing needs the full reply as much as the one at
risk: it says to call 999 and how to talk to them.

Each rule is the plan or the goodbye itself, so the ordinary uses of the same
words (a goodbye at the end of a visit, "do it properly" about a form, joining
mum at the shops) are left alone by needing the plan's own words beside them.

Part of the self-harm rules (index: self_harm_rules.py). Never muted.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
# Not answering since: "her phone's off", "he's not answering", "won't pick up".
_SILENT = (
    "[phones off|phone is off|phone off|phone switched off|phone is switched off|"
    "phone is dead|not answering|not picking up|not pick up|not replying|not answer|"
    "no answer|can not get hold of|can not reach|not responding|gone quiet|not read]"
)
# Goodbye words sent (a message, a post), not said at a parting ("said goodbye at
# the station").
_SENT = (
    "msg|msgs|message|messages|messaged|text|texts|texted|texting|post|posted|sent|wrote|write|"
    "writes|"
    "status|note|snapchat|facebook|insta|instagram|whatsapp|tiktok"
)
_GOODBYE = "[goodbye|bye|farewell|love you all|sorry for everything]"
# Goodbye in other words, sent or said: "look after my dog", "it's been a laugh".
_PARTING = "[look after my|take care of my|been a laugh|it is been a laugh]"
# The dead someone means to join.
_KIN = "mum|mam|mom|dad|nan|nana|grandad|grandma|wife|husband|son|daughter|brother|sister"

OTHERS_RULES: tuple[Rule, ...] = (
    Rule(
        "goodbye_then_not_answering",
        "A goodbye, 'look after my dog' or 'it's been a laugh' sent, and now no answer "
        "or the phone off (sets v11a, v11b: a friend's goodbye message and now her phone's "
        "off). Said of someone else or by the person.",
        _S,
        (
            f"{_SENT} _{{0,4}} {_GOODBYE} __{{0,14}} {_SILENT}",
            f"{_PARTING} __{{0,14}} {_SILENT}",
        ),
        examples=(
            "my cousin posted goodbye on snapchat and now she's not answering",
            "he texted me 'look after my cat' and now his phone is off",
        ),
    ),
    Rule(
        "their_plan_told",
        "Someone's plan told by a friend, carer, teacher or officer (sets v10b, v11a, "
        "v11b): going to 'do it properly' this time, a plan to take tablets, going 'to "
        "sleep for good', going to heaven to see a parent and asking how, joining a dead "
        "parent with a gun or tablets asked for, 'a plan if it gets too much'.",
        _S,
        (
            "~go|gonna|~want|~try|~mean to? do it properly|right [this time|this weekend|"
            "tonight|tomorrow|next time|at the weekend]",
            "a|the|her|his|my plan to take _{0,3} @PILLS|overdose",
            "a|the|her|his|my plan if it ~get too much|bad|worse|unbearable",
            "~go to sleep for good",
            "~sleep for good",
            "~go to heaven _{0,6} [now|tonight|today|soon]",
            "heaven __{0,14} how to do it",
            f"join _? {_KIN} __{{0,14}} gun|guns|shotgun|rifle|licence|@PILLS",
            f"join _? {_KIN} __{{0,14}} [how to do it]",
        ),
        examples=(
            "my friend says she's going to do it properly this time",
            "a boy in my tutor group has a plan to take his dad's pills",
            "my neighbour said she's going to go to sleep for good",
            "my nan wants to go to heaven to be with grandad and asked me how to do it",
            "he keeps saying he'll join his wife and he's asked for his rifle back",
        ),
    ),
)
