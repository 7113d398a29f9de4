"""A message asked about again is read once; the cache holds digests, never words."""

from __future__ import annotations

from bot.safety import detector
from bot.safety.recent_verdicts import RecentVerdicts


def test_a_text_is_computed_once_while_held_and_again_once_pushed_out() -> None:
    calls: list[str] = []
    recent = RecentVerdicts[int](2)

    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    assert [recent.get(t, length) for t in ("aa", "aa", "bbb", "c", "aa")] == [2, 2, 3, 1, 2]
    assert calls == ["aa", "bbb", "c", "aa"], "'aa' was pushed out by two newer texts"


def test_the_cache_keeps_no_words() -> None:
    recent = RecentVerdicts[int](4)
    recent.get("he is outside my house", len)
    held = repr(recent._held)
    assert "outside" not in held and "house" not in held


def test_the_check_gives_the_same_verdict_the_second_time() -> None:
    detector.VERDICTS.clear()
    first = detector.assess("he's outside my flat right now")
    assert detector.assess("he's outside my flat right now") is first
    assert first.immediate_danger
