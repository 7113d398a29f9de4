"""Context words: regular expressions over the normalised clause around a match.

They decide when a rule's match is muted or turned down (clause.py):
hypothetical, past or habitual wording mutes presence, weapon and violence
rules unless an urgency word is there too, and never when the message also
holds a present-tense, first-hand danger statement ("present beats past").
"""

from __future__ import annotations

import re


def rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


# The months by name, for every reading that dates a thing ("in april", "since may").
MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"

# Context words, as regular expressions over the normalised clause.
HYPOTHETICAL = rx(
    # Not "if I don't open the door he'll kick it in": that is an ultimatum.
    r"if(?! (?:i|we) (?:do not|did not|will not|refuse|dont))",
    r"whenever",
    # Set v17a: "Say he turned up at the hospital while I'm on shift, could security
    # remove him?" ("say" opening a supposition, as "suppose").
    r"(?:^|\. )(?:say|suppose|supposing|imagine) (?:he|she|they|someone|my ex)",
    r"when (?:he|she|they|someone|i|we|it|you)",
    r"in case",
    r"incase",
    r"might",
    r"could",
    r"would",
    # Not a disclosure (set v11b, v9a): "I should say he's at the end of the drive now".
    r"should(?! (?:also |probably |just |maybe |really )?(?:say|mention|add|tell you|let you "
    r"know)\b)",
    r"ever",
    r"one day",
    # "Next time he turns up I'm going to confront him" (blind set F).
    r"next time",
    r"what happens",
    r"what if",
    r"supposing",
    r"suppose",
    r"hypothetically",
    r"imagine",
    r"pretend",
    r"how (?:do|can|to|should|would|could) (?:i|we|you|people|someone)",
    r"how to",
    # Questions: "will he turn up", "can he come to my house".
    # Not "the reason I'm messaging now is he's sat on the wall" ("is he is", set v11a).
    r"(?:will|would|can|could|does|do|did|should|might|may|is|are) (?:he|she|they|someone|"
    r"my ex|an ex|people)(?! (?:is|are|has|have|was)\b)",
    # ordinary_v7: "has he been watching me this whole time?" (a question about the past).
    r"(?:has|have) (?:he|she|they|someone|my ex)(?! just)",
    r"(?:before|until|till|unless) (?:he|she|they|someone|it)",
    r"is it (?:a crime|illegal|against the law|an offence|stalking|harassment)",
    r"(?:can|could|will|would|should|do|does|did) (?:the police|police|i|you|they|we|a court|"
    r"the court|someone|anyone)",
    r"is it (?:legal|allowed|ok|okay|against|normal) (?:to|for)",
    # What a product is for, not what is happening: "the best doorbell for
    # recording someone at the door", "a camera that detects people in the garden".
    r"(?:for|to) (?:record|recording|film|filming|capture|capturing|detect|detecting|deter|"
    r"deterring|monitor|monitoring|alert|alerting|notify|notifying)",
    r"(?:that|which) (?:records|films|captures|detects|deters|monitors|alerts|notifies|"
    r"shows)",
    r"which \w+(?: \w+)? (?:records|films|captures|detects|shows|alerts|picks up)",
)
# Fiction and dreams mute the whole clause ("in the film a man breaks in").
FICTION = rx(
    r"(?:dream|dreams|dreamt|dreamed|dreaming|nightmare|nightmares)",
    # ordinary_v7: "still hear his car in my sleep".
    r"in my sleep",
    # A TV named as a screen, not a thing: not "he's smashed the TV".
    r"(?:on|watching|watched|watch) (?:the )?(?:tv|telly)",
    r"(?:tv|telly) (?:show|shows|series|programme|programmes|drama|advert|advert)",
    r"(?:film|films|movie|movies|episode|programme|soap|documentary|podcast|"
    r"netflix|youtube|novel|video game|drama|lyrics|song|true crime|"
    r"on screen|on the news|in the news|article)",
    # A film's trailer, not a home (set v15b, a Traveller site: "he's dragging her out
    # the trailer", "he's going to torch the trailer").
    r"(?:film|movie|game|new|official|teaser) trailers?",
    r"trailers? (?:for|of) (?:the|a|an|that|this|his|her)",
    # A book, not booking one (set v11b): "rung us to book an appointment".
    r"(?<!to )book(?! (?:an?|the|my|your|in) (?:appointment|slot|taxi|table|room|session|"
    r"meeting|call|visit|doctor|gp))",
    # Blind set v9: "reading a thriller where the stalker climbs in through the window".
    r"(?:thriller|thrillers|audiobook|audio book|chapter|storyline|kindle)",
    r"(?:reading|read|listening to) (?:a|an|the|this|that|my) (?:\w+ )?(?:story|book|novel)",
    r"hypothetically",
    r"pretend",
    r"imagine",
    r"hide and seek",
    # Not someone met through a game: "a man she met on a game is outside".
    r"(?<!met )(?<!meet )(?<!know )(?:in|on|playing) (?:the|a|my) game",
    r"(?:xbox|playstation|ps5|fortnite|gta|nintendo|roblox|minecraft)",
    r"my character",
    r"(?:i|we) (?:watched|was watching|were watching)",
    r"news said",
    # Said in play, not in fear.
    r"lol",
    r"haha\w*",
    r"lmao",
    r"jk",
    r"only joking",
)
# Worry words: they turn a would-be danger match into a check-in, not silence.
WORRY = rx(
    r"worried",
    r"worry",
    r"worrying",
    r"paranoid",
    r"(?:afraid|scared|terrified|frightened|fear|think) (?:that )?(?:he|she|they|someone) "
    r"(?:will|might|would|may|could|is going to|are going to)",
    # ordinary_v7: "he's hinting he's coming back" (a hint of later, not now).
    r"hint(?:s|ing|ed)?",
)
PAST = rx(
    r"last (?:week|month|year|night|time|summer|winter|spring|autumn|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter)",
    # Set v17a: "he followed me home last March, does that count as stalking?"
    rf"last (?:{MONTHS})",
    r"yesterday",
    r"(?<!minutes )(?<!minute )(?<!seconds )(?<!mins )ago",
    r"earlier(?! today| tonight| this evening)",
    r"used to",
    r"back in",
    r"back then",
    r"in the past",
    r"years? back",
    r"weeks? back",
    r"months? back",
    r"the other (?:day|night|week)",
    r"earlier (?:this|in the) (?:year|month|week)",
    rf"in (?:{MONTHS}|(?:19|20)\d\d)",
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    # Set H: "my neighbour saw him on the Sunday".
    r"on the (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    # Set H: "last wk", "he was here while I was on holiday".
    r"last wk",
    r"while (?:i|we) (?:was|were) (?:away|on holiday|out|at work|abroad|in hospital)",
    rf"\d+(?:st|nd|rd|th)? (?:of )?(?:{MONTHS})",
    rf"(?:{MONTHS}) \d+",
    # Not "at once" ("banging on every door at once").
    r"(?<!at )(?<!all )once",
    r"previously",
    # "He's been in my house before" (blind set F).
    r"been (?:\w+ ){0,4}before",
    r"at the time",
    r"was reported",
    r"reported it",
    r"when i was",
    r"as a (?:kid|child|teenager)",
    r"growing up",
    r"was (?:convicted|charged|arrested|sentenced|jailed|cautioned)",
    r"(?:got|was|were|been) (?:convicted|charged|arrested|sentenced|jailed|cautioned)",
    r"in court",
    # Someone's history with a former partner (Clare's Law questions).
    r"(?:his|her|their) (?:last|previous|former|old|ex) (?:wife|husband|partner|girlfriend|"
    r"boyfriend)",
    r"my statement",
    r"years",
    # Distant future: also not "now".
    r"next (?:week|month|year|summer|spring|autumn|winter|christmas)",
    # Out of prison; not "when he gets out of the shower".
    r"when (?:he|she|they) (?:gets?|comes?|is) (?:out|released|let out)(?! of (?:the|his|her|my) "
    r"(?:bath|shower|car|bed|room|bathroom|toilet|loo|kitchen|house|pub))",
    r"(?:from|out of|leaves?) prison",
    r"on (?:his|her|their) release",
)
# A clearly finished past, read in the hit's own part of the sentence (between
# "and", "but", "so"...): "he used to wait outside my work, but he's moved away
# now and it's stopped". Unlike other past wording it also mutes a present-tense
# match in that part ("it's stopped" is not a car stopping), unless a strong
# recency word is there.
FINISHED = rx(
    r"moved away",
    r"(?:it|this|that|everything|things|all that|all of it) (?:is|has|are|have) "
    r"(?:all |now |completely )?(?:stopped|ended|finished|given up)"
    r"(?: now| since(?: \w+)?| completely| for good| thank god)?$",
    # A person "has stopped"; "he is stopped" is a driver who has pulled up.
    r"(?:he|she|they) (?:has|have) (?:all |now |completely )?(?:stopped|ended|finished|given up)"
    r"(?: now| since| completely| for good| thank god)?$",
    r"not (?:seen|heard from) (?:him|her|them) since",
    # ordinary_v7: in prison since: "he's been inside since".
    r"(?:he|she|they) (?:is|has|have) been (?:inside|in prison|in jail|locked up|banged up)"
    r"(?: ever)? since",
)
HABITUAL = rx(
    # Not the person's own question about now: "what do i do do i keep driving" (v10a);
    # "do i keep it or hand it in" is still about keeping.
    r"(?!(?<=do i )keep \w+ing\b)(?!(?<=should i )keep \w+ing\b)keeps?",
    r"kept",
    r"always",
    r"every (?:day|night|week|time|morning|evening|weekend|month|year|single|other|few|now)",
    r"everyday",
    r"everytime",
    r"often",
    r"sometimes",
    r"usually",
    r"times",
    r"since (?:last|christmas|easter|new year|the (?:summer|spring|autumn|winter|start|"
    rf"breakup|split|divorce)|then|i|we|he|she|they|it|(?:19|20)\d\d|{MONTHS}|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|summer|spring|autumn|winter)",
    r"for (?:months|weeks|years|ages|a while|days)",
    r"been going on",
    r"all the time",
    r"everywhere (?:i|she|he|we|they) go(?:es)?",
    r"wherever",
    r"most (?:days|nights|weeks|mornings|evenings)",
    r"again and again",
    r"regularly",
    r"constantly",
    # Set v17b: "Neighbour's been watching me from his window a lot lately".
    r"(?:a lot )?lately",
    r"(?:a|per|each|twice a|once a) (?:week|day|month|night)",
    # ordinary_v7: "follows me home some days", "it's recorded him loads", "her ex
    # started coming round", "we both see him around town".
    r"some (?:days|nights|mornings|evenings|weeks|times)",
    r"loads",
    r"now and (?:then|again)",
    r"from time to time",
    r"on and off",
    r"started (?:coming|turning|hanging|following|showing|sitting|waiting|parking)",
    r"(?:see|seen|bump into|run into) (?:him|her|them) (?:around|about)",
)
URGENT = rx(
    # v8a: "is presently standing at the end of my drive" is now.
    r"presently",
    r"at this (?:moment|minute|second)",
    r"right now",
    # Not "I didn't check till now" (set H).
    r"(?<!till )(?<!until )now",
    r"at the moment",
    r"currently",
    r"as we speak",
    r"as i (?:type|write|am typing|am writing)",
    r"tonight",
    r"today",
    # The time now (sets v11a, v11b): "someone keeps trying my door handle its 3am".
    r"it is \d{1,2} ?(?:am|pm)",
    # Not the person's own lingering habit (set v9a): "it's stopped since christmas but
    # i still check".
    r"(?!(?<=\bi )still (?:check|checks|worry|worries|think|look|jump|panic|feel)\b)still",
    r"(?:he|she|they|someone|somebody|has|have|is|are|i|we|was) just",
    r"just now",
    r"minutes away",
    r"minutes",
    r"please help",
    r"help me",
    r"this second",
    r"this minute",
    r"on (?:his|her|their) way",
    r"omw",
    r"otw",
    r"any minute",
    r"any second",
    r"hurry",
    # Typing in secret, now: "so I'm typing this instead", "texting under the covers".
    r"(?:typing|texting|messaging|writing) (?:this |you )?(?:instead|quietly|secretly|"
    r"in secret|under the covers|with one hand|from the)",
    r"quick",
    r"quickly",
    r"sos",
)
# This very moment: a question or condition around it is about now ("is it a
# breach if he's at the end of my road RIGHT NOW").
LIVE = rx(
    # v8a: "is presently standing at the end of my drive" is now.
    r"presently",
    r"at this (?:moment|minute|second)",
    r"right now",
    r"as we speak",
    r"at the moment",
    r"this second",
    r"this minute",
    r"currently",
)
# Urgency strong enough to outweigh past wording in the same clause ("he just
# hit me, like last week"); "now" alone is not ("can that be used now").
URGENT_OVER_PAST = rx(
    # v8a: "is presently standing at the end of my drive" is now.
    r"presently",
    r"at this (?:moment|minute|second)",
    r"right now",
    r"as we speak",
    r"(?:he|she|they|someone|somebody|has|have|i|we) just",
    r"just now",
    r"(?:minutes|mins|seconds) ago",
    r"(?:an|half an|one) hour ago",
    r"this second",
    r"this minute",
    r"at the moment",
    r"currently",
    # Not the person's own lingering habit (set v9a): "it's stopped since christmas but
    # i still check".
    r"(?!(?<=\bi )still (?:check|checks|worry|worries|think|look|jump|panic|feel)\b)still",
)

ONLINE = rx(
    r"instagram",
    r"insta",
    r"ig",
    r"facebook",
    r"fb",
    r"tiktok",
    r"snapchat",
    r"snap",
    r"twitter",
    r"whatsapp",
    r"online",
    r"social media",
    r"socials",
    r"stories",
    r"story",
    r"posts",
    r"profile",
    r"account",
    r"linkedin",
    r"strava",
    r"youtube",
    r"twitch",
    r"reddit",
    r"threads",
    r"x",
    r"bank",
    r"emails?",
    r"icloud",
    r"laptop",
    r"computer",
    r"password",
    r"cloud",
    r"gmail",
    r"apps?",
    r"accounts",
)
