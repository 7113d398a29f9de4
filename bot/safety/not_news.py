"""A danger match that is not news: a claim put right, dated, tested, or help asked.

Present-tense words can still say nothing is happening now. Each reading here
was a false alarm a blind author wrote as an ordinary message (sets v7a, v7b,
v9a and NLU set H; docs/safety.md):

* **A claim put right.** "the neighbour keeps saying someone's hurting her.
  Nobody is.", "my nan thinks there's a man in the garden when there isn't".
* **Not first-hand.** "without" before the match ("a day out without looking
  over my shoulder"); a sighting put right ("turned out to be the postman");
  an SOS button tested ("just testing it, all fine"); "he's been hanging
  round", dated by a later "it was last week"; "help me fill in the form".

``everyday.ordinary_reading`` asks the same small readings (``without_before``,
``help_to_do_something``, ``alarm_tested``, ``dated_after``) for ordinary
messages, so each is written once, here.
"""

from __future__ import annotations

import re

from bot.safety.cleared_up import mistaken
from bot.safety.everyday_asides import footage_reviewed, where_he_lives
from bot.safety.matcher import Hit
from bot.safety.rules import Signal
from bot.safety.sentence import sentence_end

# ordinary_v7_dated_after: a later sentence dates the story: "he threatened the
# dog. That was back in the spring.", "they said it was the week before", "he
# sent it ages ago".
_DATED_AFTER = re.compile(
    r"\. (?:\w+ ){0,3}(?:that|it|this) (?:was|happened|were) (?:back |all |only |just )?(?:in|"
    r"last|on|over|months|weeks|years|ages|the other|the week|a while)\b|"
    r"\b(?:sent|said|did|posted|wrote) (?:it|that|this|them) (?:\w+ )?(?:months|weeks|years|"
    r"ages|a while) ago\b"
)
# ordinary_v7_without: "without" before the match: "a whole day out without
# looking over my shoulder".
_WITHOUT = frozenset({"without"})
# ordinary_v7_help_with: "help me" asking for help to do something: "can you help
# me see it clearly", "help me fill in the form", "help me work out what to say".
_HELP_WITH = frozenset(
    {
        "see",
        "understand",
        "work",
        "figure",
        "make",
        "think",
        "decide",
        "write",
        "fill",
        "find",
        "sort",
        "plan",
        "prepare",
        "know",
        "with",
        "to",
        "word",
        "phrase",
        "read",
        "check",
        "choose",
        "pick",
        "draft",
        "put",
        "explain",
        "stop",
        "deal",
        "cope",
        "get",
    }
)
HELP_RULES = frozenset({"help_plea", "help_asked"})
_HINTING = frozenset({"hint", "hints", "hinting", "hinted"})
# ordinary_v7_testing: the person testing an alarm or app: "the SOS button
# works, just testing it, all fine".
_TESTING = re.compile(
    r"\b(?:just |only )?(?:testing|tested|test|trying out|tried out|trying|try) (?:it|this|the|my|"
    r"out)\b"
)
_ALL_FINE = re.compile(
    r"\b(?:all|everything|its all|it all) (?:fine|ok|okay|good|works)\b|\bworks\b"
)
# ordinary_v7_denied_claim: someone's claim put right in the next sentence: "the
# neighbour keeps saying someone's hurting her. Nobody is."
_CLAIM = frozenset({"saying", "says", "said", "thinks", "thought", "claims", "claiming", "reckons"})
_CLAIM_DENIED = re.compile(
    r"^\. (?:but )?(?:nobody|no one|noone|nobodys) (?:is|does|has|was|did)\b|"
    r"^\. (?:but )?(?:it is|its|that is|thats) (?:not|nt) true\b|"
    # Set v11b: "he sometimes thinks people are following us. they aren't." (a short
    # sentence of its own; not "they are not sure who").
    r"^\. (?:but )?(?:they|he|she|it|there) (?:are|is|was|were) not(?: really| though)? \."
)


def without_before(words: list[str], hit: Hit) -> bool:
    """ "without" just before the match: "a day out without looking over my shoulder"."""
    return bool(_WITHOUT & set(words[max(0, hit.start - 2) : hit.start]))


def help_to_do_something(words: list[str], hit: Hit) -> bool:
    """ "help me" asking for help with a task: "help me fill in the form"."""
    return hit.rule.id in HELP_RULES and hit.end < len(words) and words[hit.end] in _HELP_WITH


def alarm_tested(text: str) -> bool:
    """The person testing an alarm or app and saying it works."""
    return bool(_TESTING.search(text) and _ALL_FINE.search(text))


def dated_after(after: str) -> bool:
    """A later sentence dates the story: "That was back in the spring."."""
    return bool(_DATED_AFTER.search(after))


# Set v9a: the claim put right in the same breath: "my nan sometimes thinks
# there's a man in the garden when there isn't", "... but he's not".
_DENIED_INLINE = re.compile(
    r"^(?:\w+ ){0,3}(?:when|but|and|though|even though|even when) "
    r"(?:he|she|they|there|nobody|no one|noone|it) (?:is|are|was|were|s) (?:not|never)"
    r"(?: there| here)? (?:\.|,)"
)


def denied_claims(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is a claim someone made, put right next: muted."""
    found = []
    for hit in hits:
        end = sentence_end(words, hit.end)
        # The claim word up to five words back: "thinks there is a man in the garden
        # when there isn't", and (set v16a) "keeps saying there's a man in the
        # garden. there isn't", where the shorter match starts at "man".
        claim = bool(_CLAIM & set(words[max(0, hit.start - 5) : hit.start + 3]))
        found.append(
            claim
            and (
                bool(_CLAIM_DENIED.match(" ".join(words[end : end + 6])))
                or bool(_DENIED_INLINE.match(" ".join(words[hit.end : hit.end + 10])))
            )
        )
    return found


def not_first_hand(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether a reading shows even a present-tense match is not news.

    Local readings only: "without" before it ("a day out without looking over my
    shoulder"); the sighting put right after it ("... turned out to be the
    delivery man", "thought I saw him but it wasn't"); an SOS button tested
    ("just testing it, all fine"); "he's been hanging round" dated by a later
    "it was last week". A present statement with none of these stays first-hand.
    """
    testing = alarm_tested(" ".join(words))
    found = []
    for hit in hits:
        matched = words[hit.start : hit.end]
        after = " ".join(words[hit.end :])
        found.append(
            Signal.SELF_HARM not in hit.rule.signals
            and (
                without_before(words, hit)
                # "... turned out to be the postman", "... but it's the Tesco
                # delivery", "thought I saw him but it wasn't" (cleared_up.py).
                or mistaken(words, hit)
                # Set H (everyday_asides.py): footage reviewed later, "he's moved nearby".
                or footage_reviewed(words, hit)
                or where_he_lives(words, hit)
                or (testing and matched == ["sos"])
                or ("been" in matched and dated_after(after))
                # "he's hinting he's coming back": a hint of later, not an arrival now.
                or bool(_HINTING & set(words[max(0, hit.start - 3) : hit.end]))
                # "can someone help me see it clearly": help to do something.
                or help_to_do_something(words, hit)
                # "my friends say what I'm doing is harassing him": a judgement of
                # the person's own doing, not someone describing it as they watch.
                or (
                    hit.rule.id == "seen_by_caller"
                    and matched[-1] == "doing"
                    and words[hit.end : hit.end + 1] in (["is"], ["was"])
                )
            )
        )
    return found
