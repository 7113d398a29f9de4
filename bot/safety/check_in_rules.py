"""Rules for the check-in tier: risk words without certainty.

A check-in puts one short line first ("Are you safe right now? If not, call
999...") and then the answer to the question. These rules never give the full
danger reply. Danger rules muted by habit ("he is outside every night") or
worry ("I'm worried he's outside") also become a check-in (detector.py). A
lone "help" is handled in detector.py.

The phrase language is explained in danger_rules.py and rules.compile_phrase.
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_C = (Signal.CHECK_IN,)

CHECK_IN_RULES: tuple[Rule, ...] = (
    Rule(
        "ci_someone_near",
        "Someone named near the person's place or the person, with no clear 'now'.",
        _C,
        (
            "@WHO _{0,3} at|in|by|outside|near|nearby|opposite|across|round|around|behind "
            "@POSS _? @PLACE",
            "i|just|ve|have|think ~see|~spot _{0,2} him|her|them|his|their",
            "~hear _? footsteps|noises|noise|something|someone|banging|knocking",
            "~knock|~ring|~buzz _{0,2} door|doorbell|bell|buzzer|intercom",
            "someone|somebody knocking|banging|ringing|buzzing|trying|outside|at|here",
            "@WHO _{0,3} ~be _? here|outside|downstairs|nearby|back",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=("him outside my work", "i think i just saw his car", "someone knocking"),
    ),
    Rule(
        "ci_vehicle",
        "A vehicle that may be his, or the same one again.",
        _C,
        (
            "@VEHDET _? @VEHICLE _{0,3} outside|opposite|parked|~park|~follow|behind|across|"
            "near|~circle|~pass|~drive|~slow|~keep|again|every|~sit|~stop",
            "same @VEHICLE|reg|registration|number",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=("his car parked down the road", "same van again"),
    ),
    Rule(
        "ci_threat",
        "A threat or a threatening message, with no time given.",
        _C,
        (
            # Not "he's never threatened me", "there's no threats".
            "!never|not|nt|no ~threaten|threat|threats|threatening",
            "~say|~text|~tell|~message|~post|~write _{0,6} would|will|going|gonna|ll _{0,3} "
            "~kill|~hurt|~get|~find|~burn|~ruin|~destroy|~make",
            "you will|ll [pay|regret|be sorry]",
            "i|we know where you|u live|work|are",
            "i|we am|are watching you",
            "see you soon",
            "this is not over",
            "not over",
            "~kill|~hurt|~murder @ME|@POSS",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=("he threatened me", "he said he would find me", "you'll regret this"),
    ),
    Rule(
        "ci_leverage",
        # Not the person's own self-harm (self_harm_said_rules.suicide_words leaves
        # these out): a threat used to control them, a risk sign worth the check-in.
        "Someone threatening to harm themselves if the person reports, leaves or tells.",
        _C,
        (
            "~kill|~hang|~hurt|~harm|~top|~off|~end himself|herself|themselves|themself "
            "if|unless i|we|you|u",
            "~take|~end her|his|their own? life|lives if|unless i|we|you|u",
        ),
        Guard.NONE,
        examples=(
            "she said she'll kill herself if i report her",
            "he says he'll end his life if I leave him",
        ),
    ),
    Rule(
        "ci_pills",
        "Medicines named (pills, tablets, paracetamol...), or a rope.",
        _C,
        ("@PILLS", "rope|ropes"),
        Guard.NONE,
        examples=("ive been saving up my paracetamol", "I've got pills"),
    ),
    Rule(
        "ci_goodbye",
        "A goodbye or a last-words message.",
        _C,
        (
            "goodbye|farewell",
            "~love you all|everyone",
            "not|never bother|trouble you|anyone again",
            "~hate _? myself|my life",
            "can not [cope|go on|do this]",
            "i am|m done|ready .",
            "i have a plan",
            "look out _? window",
            "~know where i|we|you am|are|live|work",
        ),
        Guard.NONE,
        examples=("goodbye", "i love you all", "i cant cope"),
    ),
    Rule(
        "ci_fear_now",
        "Fear, panic or feeling unsafe right now, without saying of what.",
        _C,
        (
            # Not "getting better at not panicking".
            "!not|nt|never|without scared|terrified|frightened|petrified|panicking|"
            "shaking|unsafe|afraid .",
            "!not|nt|never|without scared|terrified|frightened|petrified|panicking|"
            "shaking|unsafe|afraid _? "
            "right|now|tonight|here|alone|home",
            "not feel? safe|secure",
            # Feeling trapped or a prisoner at home: "I feel trapped in my own home".
            "~feel [trapped|imprisoned|caged|like a prisoner]",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=("im so scared", "i dont feel safe", "i feel like a prisoner in my own flat"),
    ),
    Rule(
        "ci_found",
        "The person has been found: where they live, hide or moved to is known to him.",
        _C,
        (
            # "he found me", "she's found us", "they've found my new address" (set v9a):
            # someone who moved or hid may be found again now. Not "I found him
            # on Facebook" (the person is the finder).
            "@WHO has|have|is|just? found|tracked me|us !on|online|a|an|the|some|out",
            "@WHO has|have|is|just? found|tracked [my new|our new|where i|where we]",
            "@WHO has|have|is|just? found out where i|we|my|our",
        ),
        # "found" is itself past: the past guard would mute every match.
        Guard.NONE,
        # "he found me" alone, the whole message, is the full danger reply
        # (danger_few_words_rules.found_me_now, set v9a).
        examples=("he's found me again", "they've found my new address"),
    ),
    Rule(
        "ci_covert",
        "Signs someone may be watching the person's screen or about to come back.",
        _C,
        (
            "[read|reads|reading|check|checks|checking|goes through|looks at|going through] "
            "my phone|messages|texts|screen|emails|chats",
            "if @WHO _{0,2} ~see|~find|~catch this|these|me",
            # "delete this chat", "clear our messages"; not "does blocking him delete the
            # messages I need for evidence".
            "delete|clear this|these|our messages|chat|conversation|history|.",
            "delete|clear the chat|conversation|history",
            # "he'll see me", "she'd hear"; not "he'll see me soon" (a threat, ci_threat).
            "@WHO will|ll|would|might|can|could hear|see|notice|catch|find me|us !soon|again|later|"
            "tomorrow|next|at|in|on|when|there|around|after",
            # Not "without it going anywhere he might see" (set H).
            "!anywhere|somewhere|where|everywhere|something|anything|what @WHO will|ll|would|"
            "might|can|could hear|see|notice|catch|find .",
            "before @WHO _{0,2} ~come|~get|~see|~wake|~notice|~find|~catch|~hear|~back",
        ),
        Guard.NONE,
        examples=("he checks my phone", "have to be quick before he gets back"),
    ),
)
