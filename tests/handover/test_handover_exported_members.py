"""The handover package exports exactly its public names (as tests/signposting's test)."""

from __future__ import annotations

import handover

EXPORTS = {
    "Event",
    "EventKind",
    "Events",
    "HandoverService",
    "ReplyRefused",
    "Line",
    "Speaker",
    "Transcript",
    "Account",
    "AccountError",
    "AccountStore",
    "Action",
    "Answer",
    "AuditEntry",
    "AuditTrail",
    "Callback",
    "Handover",
    "HandoverConfig",
    "HandoverQueue",
    "HandoverRequest",
    "HandoverSummary",
    "NotAllowed",
    "Priority",
    "Question",
    "Role",
    "ScreeningResult",
    "State",
    "assess",
    "build_summary",
    "questions",
}


def test_handover_exports_exactly_its_public_names() -> None:
    assert set(handover.__all__) == EXPORTS
    public = {name for name in vars(handover) if not name.startswith("_")}
    modules = {"accounts", "admin", "audit", "config", "events", "hours", "queue", "screening"}
    modules |= {"service", "summary", "transcript"}
    assert public - modules == EXPORTS
