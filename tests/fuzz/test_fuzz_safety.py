"""The safety check and the language check: any text, no exception, bounded time.

Both run on every message before anything else, so an input that made them
raise or stall would silence the danger guidance for everyone. Measured on
the shared 2-core development machine (best of three): ``assess`` on 100,000
characters takes 1-240 ms (risky words and printable ASCII are the slowest;
whitespace and one repeated letter the fastest) and ``other_language``
2-150 ms; the bound asserted is 0.5 s.
"""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.safety.detector import Assessment, assess
from bot.turn.language import other_language
from tests.fuzz.conftest import fuzz, timed

HUGE = 100_000
# "Bounded" is measured against the same check on what it reads (the first and
# last 2,000 characters): on a shared, loaded machine an absolute limit is noise,
# a ratio is not. Reading all 100,000 characters would cost about 25 times as
# much; 3 times plus a small allowance (slicing the string) leaves room for noise.
SLACK_SECONDS = 0.1
# Words the rules look for, so a huge message is full of near-matches.
RISKY = (
    "he is outside my house now with a knife i want to kill myself end it all "
    "help me tonight hes got in broke the door im scared overdose pills goodbye "
    "if he turns up last year a dream keeps following"
).split()
ALPHABETS = {
    "printable": string.printable,
    "letters": string.ascii_letters + " ",
    "punctuation": string.punctuation + " \n\t",
    "unicode": None,
}


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    # The first call loads spaCy and the language model; time the checks, not the loads.
    assess("he is outside")
    other_language("il me suit partout depuis des semaines")


def huge_text(seed: int, alphabet: str | None) -> str:
    rng = random.Random(seed)
    if alphabet is None:
        return "".join(chr(rng.randrange(0x20, 0x30000)) for _ in range(HUGE))
    if alphabet == "words":
        return " ".join(rng.choice(RISKY) for _ in range(HUGE // 4))[:HUGE]
    return "".join(rng.choice(alphabet) for _ in range(HUGE))


def check_assessment(result: Assessment) -> None:
    assert isinstance(result, Assessment)
    assert not (result.immediate_danger and result.check_in)


@fuzz(300)
@given(st.text(max_size=600) | st.none())
def test_assess_reads_any_text(text: str | None) -> None:
    check_assessment(assess(text))


@fuzz(150)
@given(st.lists(st.sampled_from(RISKY) | st.text(max_size=6), max_size=80).map(" ".join))
def test_assess_reads_any_mix_of_risky_words(text: str) -> None:
    check_assessment(assess(text))


@fuzz(300)
@given(st.text(max_size=600))
def test_other_language_gives_a_code_or_none(text: str) -> None:
    code = other_language(text)
    assert code is None or (isinstance(code, str) and code != "en" and 2 <= len(code) <= 3)


@pytest.mark.parametrize("alphabet", [*ALPHABETS, "words"])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_huge_message_is_checked_in_bounded_time(alphabet: str, seed: int) -> None:
    text = huge_text(seed, ALPHABETS.get(alphabet, alphabet))
    ends = text[:2000] + text[-2000:]
    result, seconds = timed(lambda: assess(text))
    _, seconds_for_ends = timed(lambda: assess(ends))
    check_assessment(result)
    assert seconds <= 3 * seconds_for_ends + SLACK_SECONDS, (
        f"assess took {seconds:.3f} s on {HUGE:,} characters, {seconds_for_ends:.3f} s on 4,000"
    )
    code, seconds = timed(lambda: other_language(text))
    _, seconds_for_start = timed(lambda: other_language(text[:2000]))
    assert code is None or isinstance(code, str)
    assert seconds <= 3 * seconds_for_start + SLACK_SECONDS, (
        f"other_language took {seconds:.3f} s on {HUGE:,} characters"
    )


def test_danger_at_either_end_of_a_huge_message_is_still_found() -> None:
    filler = huge_text(3, string.ascii_lowercase + " ")
    assert assess("he is outside my house now. " + filler).immediate_danger
    assert assess(filler + ". he is outside my house now").immediate_danger
