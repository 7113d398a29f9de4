"""Where a sentence begins and ends among the normalised words.

normalise.py turns every sentence end into a "." word, so a sentence is the run
of words between two of them. Every reading that looks at "the rest of the
sentence" around a match asks here, so they all agree on where it stops.
"""

from __future__ import annotations

STOP = "."


def sentence_start(words: list[str], index: int, limit: int | None = None, count: int = 1) -> int:
    """The first word of the sentence holding ``words[index]`` (at most ``limit`` words back).

    With ``count`` above 1, the first word of the sentence ``count - 1`` sentences
    before it: ``count=3`` is the start of the sentence holding ``words[index]``
    and the two before it.
    """
    start = index
    for n in range(count):
        if n:
            if start == 0:
                break
            start -= 1  # over the "." that ends the sentence before
        while start > 0 and words[start - 1] != STOP and (limit is None or index - start < limit):
            start -= 1
    return start


def sentence_end(words: list[str], index: int, count: int = 1) -> int:
    """Just past the last word of the sentence going on from ``index`` (its "." or the end).

    With ``count`` above 1, just past the last word of the sentence ``count - 1``
    sentences after it, as ``sentence_start`` counts back.
    """
    end = index
    for n in range(count):
        if n:
            if end >= len(words):
                break
            end += 1  # over the "." that ends the sentence before
        while end < len(words) and words[end] != STOP:
            end += 1
    return end


def sentence_span(words: list[str], start: int, end: int) -> tuple[int, int]:
    """The whole sentence (or sentences) around the words ``start:end``."""
    return sentence_start(words, start), sentence_end(words, end)


def sentence_text(words: list[str], start: int, end: int) -> str:
    """The words of ``sentence_span``, joined: what most readings search."""
    first, last = sentence_span(words, start, end)
    return " ".join(words[first:last])


def sentences(words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without its "."; empty sentences left out."""
    spans, start = [], 0
    for i, word in enumerate([*words, STOP]):
        if word == STOP:
            if i > start:
                spans.append((start, i))
            start = i + 1
    return spans
