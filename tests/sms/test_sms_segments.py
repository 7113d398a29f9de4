"""SMS length rules [facts.md 7, source 102]: GSM-7 160/153, UCS-2 70/67, extension chars x2."""

from __future__ import annotations

import pytest

from bot.channels.sms.segments import (
    compose,
    count_segments,
    encoding,
    fit,
    gsm_friendly,
    split_segments,
    units,
)


@pytest.mark.parametrize(
    ("text", "segments"),
    [
        ("", 0),
        ("a", 1),
        ("a" * 160, 1),  # GSM-7 single SMS: 160
        ("a" * 161, 2),  # split: 153 per part
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("a" * 459, 3),
        ("a" * 460, 4),
        ("€" * 80, 1),  # extension table: two septets each
        ("€" * 80 + "a", 2),
        ("a" * 159 + "{", 2),
        ("ą" * 70, 1),  # not GSM-7: UCS-2 single SMS: 70
        ("ą" * 71, 2),  # split: 67 per part
        ("ą" * 134, 2),
        ("ą" * 135, 3),
        ("a" * 69 + "😀", 2),  # an emoji is a surrogate pair: two UTF-16 units
        ("a" * 68 + "😀", 1),
    ],
)
def test_segment_counts(text: str, segments: int) -> None:
    assert count_segments(text) == segments


def test_gsm7_basic_characters_do_not_switch_to_ucs2() -> None:
    assert encoding("£5 café, Ñoño? ¿Qué? ß Δ @") == "GSM-7"
    assert encoding("one emoji 🙏") == "UCS-2"
    assert encoding("curly ’quotes’") == "UCS-2"
    assert encoding("ú (u acute) is not GSM-7; ù is") == "UCS-2"


def test_extension_characters_count_twice() -> None:
    assert units("[a]") == 5
    assert units("€") == 2


def test_an_escape_pair_is_never_split_across_parts() -> None:
    text = "a" * 152 + "€" + "b" * 20
    parts = split_segments(text)
    assert parts[0] == "a" * 152  # the euro (2 septets) would need 154: it moves on
    assert parts[1].startswith("€")
    assert "".join(parts) == text
    assert all(units(p) <= 153 for p in parts)


def test_an_emoji_is_never_split_across_parts() -> None:
    text = "a" * 66 + "😀" + "b" * 10
    parts = split_segments(text)
    assert parts[0] == "a" * 66 and parts[1].startswith("😀")
    assert "".join(parts) == text


def test_ucs2_parts_hold_67_units() -> None:
    parts = split_segments("ą" * 200)
    assert [len(p) for p in parts] == [67, 67, 66]


def test_typography_is_made_gsm_friendly_but_emoji_are_kept() -> None:
    assert gsm_friendly("It’s “fine” – really… • ok") == 'It\'s "fine" - really... - ok'
    assert encoding(gsm_friendly("It’s “fine” – really…")) == "GSM-7"
    assert "😀" in gsm_friendly("hi 😀")


def test_fit_keeps_whole_sentences_within_the_cap() -> None:
    sentences = [f"Sentence number {i} is here." for i in range(40)]
    text = " ".join(sentences)
    out = fit(text, 2)
    assert count_segments(out) <= 2
    assert out.endswith(".") and text.startswith(out)
    # Nothing more fits: the next sentence would need a third part.
    assert count_segments(out + " " + sentences[len(out.split(". "))]) > 2


def test_fit_cuts_at_line_breaks() -> None:
    lines = ["These can help:"] + [f"Service {i}: 0808 000 {i:04d}" for i in range(30)]
    out = fit("\n".join(lines), 1)
    assert count_segments(out) == 1
    assert all(line in lines for line in out.split("\n"))


def test_fit_cuts_one_overlong_sentence_at_a_word() -> None:
    out = fit("word " * 100, 1)
    assert count_segments(out) == 1 and not out.endswith(" ")
    assert set(out.split()) == {"word"}


def test_fit_cuts_an_unbroken_string_by_characters() -> None:
    assert fit("x" * 1000, 2) == "x" * 306


def test_fit_with_emoji_uses_the_ucs2_limits() -> None:
    out = fit("Thanks 🙏. " + "Short sentence here. " * 30, 2)
    assert encoding(out) == "UCS-2" and count_segments(out) <= 2


def test_compose_joins_a_turn_and_keeps_the_start() -> None:
    danger = "Call 999 now if you are in danger."
    body = compose([danger, "A long answer. " * 80, "This is automated."], 3)
    assert body.startswith(danger)
    assert count_segments(body) <= 3


def test_compose_of_nothing_is_empty() -> None:
    assert compose([], 4) == "" and compose(["  "], 4) == ""
