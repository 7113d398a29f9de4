"""Check-in words the message itself clears (issue 8, sets v9a and v9b).

Ordinary messages of each kind in check_in_cleared.py get no line from the
rules; the same words with danger now, a threat or a quantity keep the full
reply or the line. All wording here is new, not taken from the sets.

The second opinion (second_opinion.py) may still add a check-in of its own to
an ordinary message; another reading handles that, so the ordinary side here
asks only that no rule gives a line.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


def _rule_line(text: str) -> tuple[str, ...]:
    """The rule ids behind a full reply or a check-in, leaving the second opinion out."""
    result = assess(text)
    return result.rule_ids + tuple(
        i for i in result.check_in_rule_ids if not i.startswith("second_opinion")
    )


@pytest.mark.parametrize(
    "text",
    [
        # negated_presence
        "she isn't at the gate tonight, such a relief",
        "he's not outside my flat now, he was there at lunch. how do I report it?",
        # put_right
        "saw a van outside for an hour and freaked out, turned out to be the window cleaner",
        "a car sat across the road all morning, it was just a council van checking the drains",
        "the woman sat in the car opposite was a social worker visiting next door",
        # someone_elses_fear
        "My gran is frightened. Nobody has been round but the letters keep coming, what can we do",
        # medicine_question
        "can I have a glass of wine with my tablets at the christening?",
        "Should I take my anxiety tablets before the hearing or after?",
        "I overdosed at university twenty years ago, I'm doing really well now. Does the court "
        "need to know?",
        "I'm a paramedic and I see overdoses on every shift. Can he get my rota from work?",
        # One reading of "long past, well now" (self_harm_long_past.told_as_long_past):
        # a bare "I'm fine now" after the overdose, as the self-harm rules read it.
        "Years ago I took an overdose, I'm fine now. Does it matter if he brings it up?",
        # Asked with its doctor, even beside alarm words elsewhere (medicine_questions.py).
        "My GP has given me diazepam for panic attacks. Is it safe to drive on it?",
        # figure_of_speech
        "my manager will kill me if I'm late for my shift again",
        "this waiting is killing me, any news on the hearing date?",
        # past_leverage_asked
        "He used to tell me he'd hurt himself if I ever left. Was that coercive control?",
        # a_charge_named
        "the magistrate talked about threats to kill, what sentence is likely?",
        # doorbell_product
        "should I buy a Ring doorbell for the flat?",
        # name_seen_online
        "I saw his name on Facebook under a friend's post, should I block him?",
        # resident_next_door
        "the lady in the room next to mine at the hostel seems really low, who can I tell?",
        # nothing_since
        "my uncle lives across the road so I see him most days but he hasn't done anything "
        "since the police spoke to him. Can I still get an order?",
        # known_where_long_ago
        "he messaged me last year saying he knew where I live, can that still be used?",
        # everyday phrases
        "my laptop's about to die, can you send me the link",
        "thank you for everything, I'm feeling much better since the injunction went through",
        "I'm nervous about seeing him at the trial, can I give evidence by video?",
        # not_news.denied_claims, said in the same breath
        "my grandad sometimes thinks there's a man in the garden when there isn't. how do we "
        "handle it?",
    ],
)
def test_ordinary_kind_gets_no_line(text: str) -> None:
    assert _rule_line(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "he's not outside now, he's at my back door",
        "thought the car outside was a taxi but it's him, he's outside now",
        "my gran is frightened, he's outside her house now",
        "he's not done anything since the warning but he's in my garden right now",
        "my grandad thinks there's a man in the garden and he's right, he's at the window now",
        "I'm about to die",
    ],
)
def test_present_danger_keeps_the_full_reply(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "she's at the gate tonight",
        "the same car keeps parking outside, turned out to be his brother's",
        "I'm frightened.",
        "can I take three of my sleeping tablets tonight",
        "how many of my tablets would it take",
        "I overdosed years ago and lately I've been thinking about doing it again",
        "I'm a nurse and I've taken pills home from work",
        "my ex will kill me if I'm late",
        "he says he'll kill himself if I go to the police, is that blackmail?",
        "at court he made threats to kill me",
        "my Ring doorbell keeps going off at 3am",
        "I've seen his car on my street",
        "a man in the room next to mine keeps banging on my door",
        "he knows where I live",
        "thanks for everything, goodbye",
    ],
)
def test_same_words_meant_keep_a_line(text: str) -> None:
    result = assess(text)
    assert result.any or result.check_in or result.check_in_self_harm
