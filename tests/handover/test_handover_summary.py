"""The handover summary: what the advocate reads first, and only with consent."""

from __future__ import annotations

import json

from handover.screening import Answer, Priority, assess, questions
from handover.summary import build_summary
from signposting.areas import Area
from signposting.profile import Profile

PROFILE = Profile(area=Area.WARRINGTON, identities=frozenset({"men"}), needs=frozenset({"legal"}))


def _screening():
    q = questions()
    return assess({q[0].id: Answer.YES, q[1].id: Answer.NOT_SURE, q[2].id: Answer.SKIPPED})


def test_with_consent_the_advocate_sees_the_whole_story() -> None:
    summary = build_summary(
        PROFILE,
        _screening(),
        ["danger", "danger"],
        consent_to_share=True,
        told_topics=["orders", "evidence", "orders"],
    )
    data = summary.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["area"] == "warrington"
    assert data["identities"] == ["men"] and data["needs"] == ["legal"]
    assert data["priority"] == "high"
    assert data["danger_flags"] == ["danger"]
    assert data["told_topics"] == ["orders", "evidence"]
    assert [(s["number"], s["answer"]) for s in data["screening"]] == [
        (1, "yes"),
        (2, "not_sure"),
        (3, "skipped"),
    ]
    assert data["screening"][0]["question"] == questions()[0].plain


def test_without_consent_only_what_safety_needs() -> None:
    summary = build_summary(
        PROFILE, _screening(), ["danger"], consent_to_share=False, told_topics=["orders"]
    )
    assert summary.consent_to_share is False
    assert summary.priority is Priority.HIGH and summary.danger_flags == ("danger",)
    assert summary.area is None and summary.identities == () and summary.needs == ()
    assert summary.screening == () and summary.told_topics == ()


def test_a_skipped_screening_gives_a_standard_summary() -> None:
    summary = build_summary(Profile(), assess({}), [], consent_to_share=True, told_topics=[])
    assert summary.priority is Priority.STANDARD and summary.screening == ()
    assert summary.area is None
