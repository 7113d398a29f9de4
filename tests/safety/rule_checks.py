"""The checks every "kinds, both ways" test file makes: of a danger rule, of an
ordinary message, and of its neighbour said now."""

from __future__ import annotations

from bot.safety.detector import assess_afresh


def assert_full_reply_from(rule_id: str, text: str) -> None:
    """Danger now in new words: the full danger reply, from this rule."""
    verdict = assess_afresh(text)
    assert verdict.immediate_danger, (rule_id, verdict)
    assert rule_id in verdict.rule_ids, (rule_id, verdict.rule_ids)


def assert_self_harm_reply_from(rule_id: str, text: str) -> None:
    """Self-harm in new words: the full self-harm reply, from this rule."""
    verdict = assess_afresh(text)
    assert verdict.self_harm and rule_id in verdict.rule_ids, (rule_id, verdict)


def assert_no_full_reply_from(rule_id: str, text: str) -> None:
    """A near neighbour (same words, nothing now): no full reply, not from this rule."""
    verdict = assess_afresh(text)
    assert rule_id not in verdict.rule_ids, (rule_id, verdict.rule_ids)
    assert not verdict.immediate_danger, (rule_id, verdict.rule_ids)


def assert_no_full_reply(text: str) -> None:
    """An ordinary message of a kind that got a full reply: none now."""
    verdict = assess_afresh(text)
    assert not verdict.any, verdict.rule_ids


def assert_full_reply_kept(kind: str, text: str) -> None:
    """The same kind said now: the full danger or self-harm reply stays."""
    verdict = assess_afresh(text)
    assert verdict.immediate_danger if kind == "danger" else verdict.self_harm, verdict
