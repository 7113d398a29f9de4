"""``sentence_start(..., count=n)``: the start of a sentence and the n - 1 before it.

self_harm_long_past.well_now reads the sentence of a match and the two before it
("a long time ago. years ago now. I tried to ...") to find a long-past time.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.safety.sentence import STOP, sentence_start

WORDS = ". it was years ago . i am well now . i tried to once .".split()


def test_count_one_is_the_sentence_itself() -> None:
    at = WORDS.index("tried")
    assert sentence_start(WORDS, at, count=1) == sentence_start(WORDS, at) == WORDS.index("i", 7)


def test_count_three_reaches_back_two_sentences() -> None:
    assert WORDS[sentence_start(WORDS, WORDS.index("tried"), count=3)] == "it"


def test_count_past_the_first_sentence_stops_at_the_start() -> None:
    assert sentence_start(WORDS, WORDS.index("well"), count=5) == 0


def _three_stops_back(words: list[str], index: int) -> int:
    """The walk-back well_now used before: back over at most three stops."""
    start, breaks = index, 0
    while start > 0 and breaks < 3:
        start -= 1
        breaks += words[start] == STOP
    return start


@given(st.lists(st.sampled_from(["i", "was", "well", STOP]), min_size=1, max_size=30), st.data())
def test_count_three_reads_what_the_old_walk_back_read(
    words: list[str], data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(words) - 1))
    old = _three_stops_back(words, index)
    new = sentence_start(words, index, count=3)
    # The same words, save the "." the old walk stopped on.
    assert [w for w in words[new:index] if w != STOP] == [w for w in words[old:index] if w != STOP]
    assert new - old in (0, 1)
