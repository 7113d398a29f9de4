"""Sentence bounds shared by every safety reading (bot/safety/sentence.py).

A reading that looks past its own sentence mixes two stories: "he was outside
last week. he's at the door" must read the second sentence as now.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.safety.sentence import sentence_end, sentence_span, sentence_start, sentences

WORDS = "he was outside last week . he is at the door".split()


def test_a_match_in_the_second_sentence_reads_only_that_sentence() -> None:
    at = WORDS.index("at")
    start, end = sentence_span(WORDS, at, at + 2)
    assert WORDS[start:end] == "he is at the door".split()


def test_a_limit_stops_short_of_the_sentence_start() -> None:
    assert sentence_start(WORDS, WORDS.index("week"), limit=2) == WORDS.index("outside")


def test_sentences_leave_out_empty_ones() -> None:
    words = ". hi . . he is here .".split()
    assert [words[a:b] for a, b in sentences(words)] == [["hi"], ["he", "is", "here"]]


@given(st.lists(st.sampled_from(["he", "is", "here", "."]), min_size=1, max_size=30), st.data())
def test_a_span_never_crosses_a_stop(words: list[str], data: st.DataObject) -> None:
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words)))
    start, end = sentence_span(words, first, last)
    assert start <= first and last <= end <= len(words)
    assert "." not in words[start:first] and "." not in words[last:end]
    assert sentence_end(words, end) == end
