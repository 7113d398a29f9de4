"""The handover summary the advocate reads, so the person need not repeat their story.

Plain data (:meth:`HandoverSummary.to_dict` is JSON-ready) built from what the
bot already holds: the profile (area, identity, needs), the screening answers,
the danger flags, consent, and the topics the bot has already covered.

Without consent the summary keeps only what safety needs: the priority, its
reasons and the danger flags. The profile, answers and topics are left out,
and ``consent_to_share`` says so, so the console can show why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from handover.screening import Priority, ScreeningResult, questions
from signposting.profile import Profile

__all__ = ["HandoverSummary", "ScreeningLine", "build_summary"]


@dataclass(frozen=True)
class ScreeningLine:
    """One screening question as the advocate sees it."""

    number: int
    question: str
    sdash: str
    answer: str


@dataclass(frozen=True)
class HandoverSummary:
    consent_to_share: bool
    priority: Priority
    priority_reasons: tuple[str, ...]
    danger_flags: tuple[str, ...]
    area: str | None = None
    identities: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    screening: tuple[ScreeningLine, ...] = field(default=())
    told_topics: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "consent_to_share": self.consent_to_share,
            "priority": self.priority.value,
            "priority_reasons": list(self.priority_reasons),
            "danger_flags": list(self.danger_flags),
            "area": self.area,
            "identities": list(self.identities),
            "needs": list(self.needs),
            "screening": [
                {"number": s.number, "question": s.question, "sdash": s.sdash, "answer": s.answer}
                for s in self.screening
            ],
            "told_topics": list(self.told_topics),
        }


def build_summary(
    profile: Profile,
    screening: ScreeningResult,
    danger_flags: Iterable[str],
    consent_to_share: bool,
    told_topics: Iterable[str],
) -> HandoverSummary:
    """The summary for the console.

    Args:
        profile: What the person said about themselves (the profile slots).
        screening: The screening result (:func:`handover.screening.assess`; with no
            answers when the person skipped it).
        danger_flags: What the safety check found in this conversation.
        consent_to_share: The person agreed the advocate may see this summary.
        told_topics: What the bot already told them (topic names, in order, no repeats
            kept).
    """
    flags = tuple(dict.fromkeys(danger_flags))
    safety_only = HandoverSummary(
        consent_to_share=consent_to_share,
        priority=screening.priority,
        priority_reasons=screening.reasons,
        danger_flags=flags,
    )
    if not consent_to_share:
        return safety_only
    lines = tuple(
        ScreeningLine(q.number, q.plain, q.sdash, screening.answers[q.id].value)
        for q in questions()
        if q.id in screening.answers
    )
    return HandoverSummary(
        consent_to_share=True,
        priority=screening.priority,
        priority_reasons=screening.reasons,
        danger_flags=flags,
        area=profile.area.value if profile.area else None,
        identities=tuple(sorted(profile.identities)),
        needs=tuple(sorted(profile.needs)),
        screening=lines,
        told_topics=tuple(dict.fromkeys(told_topics)),
    )
