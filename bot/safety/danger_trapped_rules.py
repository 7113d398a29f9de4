"""Danger rules: hiding, trapped, watched while typing, pleas for help, in danger.

Part of the danger rules (index: danger_rules.py, which also explains the
phrase language).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)

TRAPPED_RULES: tuple[Rule, ...] = (
    Rule(
        "hiding_now",
        "The person is hiding, trapped, locked in or cornered, now.",
        _D,
        (
            "i|we|im am|are|m? @ADV? hiding|hidden|trapped|locked|barricaded|stuck|cornered|pinned",
            "~type|~text|~message|~write this? from|under|in|behind|inside _{0,3} "
            "bathroom|loo|toilet|wardrobe|cupboard|bed|car|room|shed|attic|loft|cellar",
            "~read|~look|~watch|~stand|~sit|~hover|~stare over my|me shoulder",
            ". under|in|behind|inside the|my _? stairs|bed|wardrobe|cupboard|bathroom|loo|"
            "toilet|shed|attic|loft|car|table|desk|sofa|bush|bushes|bin|bins .",
            ". cornered|trapped|pinned|barricaded|hiding",
            # In a hiding place, or hidden from him: "I'm in the cupboard under the
            # stairs", "she doesn't know I'm here".
            "i|we am|are @ADV? in|inside|under|behind the|my|a _? wardrobe|cupboard|closet|"
            "bed|stairs|table|desk|sofa|couch|bush|bushes|bins",
            "@WHO _{0,2} does|do not know i|we am|are here|hiding|in|inside|upstairs|downstairs",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "I'm hiding in the bathroom",
            "texting from under the bed",
            "he's reading over my shoulder",
            "i'm in the cupboard under the stairs",
            "she doesn't know i'm here",
        ),
    ),
    Rule(
        "hiding_trapped",
        "Hiding, locked in, trapped, kept in, whispering so as not to be heard.",
        _D,
        (
            "hiding|hid|hidden in|inside|under|behind|from|upstairs|downstairs|.",
            "~lock|~barricade myself|ourselves|us|me|the|my _? kids? in|inside",
            "locked in @POSS|a",
            "~barricade",
            "i|we|im|am|are|got|been|is|me|us trapped",
            "trapped upstairs|downstairs|here|inside",
            # Not a feeling: "I feel trapped in my own home" is a check-in (ci_fear_now).
            "!feel|feeling|felt|feels trapped in|inside @POSS|a _? @PLACE",
            "can|do not get? out|escape|leave|go",
            "not let me|us leave|go|out|in|escape|out",
            "~block @POSS _? door|doorway|way|exit|stairs",
            "~pin|~corner|~hold me|us down|in|against|up|hostage",
            "~corner me|us",
            "has|got hold of me|us|my",
            "~whisper because|so|as|cos",
            "can not|cant talk|speak because|he|she|they|him|her|loud|properly|out",
            "~refuse to leave|go|move",
            "@WHO _{0,2} will not|wont move|budge|leave|go !me|us|alone|her|him",
            "not|nt ~take|~drive|~bring|~let me|us home|back|out|go",
            "~drive|~take me|us somewhere|elsewhere",
            "not let me|us call|ring|phone|use|get|have|leave",
            "~take|~smash|~grab|~break|~hide|~snatch my phone",
        ),
        Guard.ANY,
        examples=(
            "locked myself in the bathroom",
            "he won't let me leave",
            "whispering so he cant hear",
        ),
    ),
    Rule(
        "screen_seen",
        "Someone near enough to see the person's phone or screen now (a covert message).",
        _D,
        (
            "@WHO _{0,2} can|could @ADV? ~see|~read my|the|this phone|screen|typing "
            "!location|locations|gps|app|apps|data|activity|bill|account|accounts|history|"
            "contacts|photos|pictures|calls|records|camera",
            "@WHO _{0,2} can|could @ADV? ~see|~read what i am|m typing|writing|texting|sending",
            "@WHO _{0,3} is|are @ADV? looking|watching|staring|peering at|over? my|the phone|"
            "screen",
            "@WHO _{0,3} is|are right? now? reading|checking my|the phone|screen",
            # Typing against the clock: "I've got about 5 mins before she's out of the bath".
            "~have|~get|got about|only|maybe|like? #|a|few|couple _? minutes|mins|min|seconds "
            "before @WHO _{0,2} ~come|~get|~be|~wake|~finish out|back|up|home|in|off|done",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "cant reply properly, she can see my screen",
            "ive got 2 mins before he gets out of the bath",
            "hes right next to me, he can see what im typing",
        ),
    ),
    Rule(
        "help_plea",
        "An urgent plea: for the police or someone to come, or for help now.",
        _D,
        (
            "help me now|quick|quickly|asap|someone",
            "someone|somebody help me|us|please|now|quick|asap",
            "!can|could|will|would|anyone someone|somebody help .",
            "help quick|asap|urgent|urgently",
            # "send help", "send the police"; not "send the incidents to my advocate".
            "send the|an? help|someone|somebody|police|cops|ambulance",
            "call|ring|phone|get the? police|999|ambulance for me|here|now|quick",
            "sos",
            "please|pls|plz come|hurry|quick|quickly",
            "~get|~send someone|police|help here|now|round|quick",
            "need _? police|ambulance|help now|here|asap|urgently|quick",
        ),
        Guard.NONE,
        examples=("send police", "call 999 for me", "help me now", "please come quick"),
    ),
    Rule(
        "help_asked",
        # A plain "please help" / "help me": the full danger reply when it is the
        # whole message ("please help me"), or with a danger statement, fear now
        # or someone near; only the check-in line when it trails an ordinary
        # question ("should I block him? pls help", "hi i need help please"):
        # readings.plea_with_a_question.
        "A plain plea for help ('please help', 'help me').",
        _D,
        (
            "please|pls|plz|plez help",
            "help me|us? please|pls|plz",
            ". help me|us .",
            # Not a question about who can help: "can victim support help me".
            "!can|could|will|would|to|you|who|they|it|that|this|support|anyone|people|services "
            "help me|us .",
        ),
        Guard.NONE,
        examples=("please help", "help me please", "pls help me"),
    ),
    Rule(
        "in_danger",
        "The person says they are in danger or fear for their life.",
        _D,
        (
            "i|we|im am|are|feel|m? in danger",
            "i|we|im am|are|feel|m? not safe right|now|here|tonight",
            "scared|afraid|fear|terrified|frightened for|of @POSS life|lives|safety",
            "going|about to die",
            "think|thinks @WHO is|are going to kill|hurt",
        ),
        Guard.NONE,
        examples=("i am in danger", "terrified for my life", "i think he's going to kill me"),
    ),
)
