"""Danger kinds from sets v17a and v17b, both ways (session 16; docs/safety.md).

Danger now in new words must get the full danger reply from its rule
(danger_v17_rules.py); their near neighbours (same words, nothing now) must not.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess_afresh
from tests.safety.rule_checks import assert_full_reply_from, assert_no_full_reply_from

# (rule id, danger now in new words)
DANGER = [
    ("there_with_me_wont_leave", "she's at the bar with me just staring and won't leave"),
    ("not_going_anywhere_said", "he's blocked my car in and told me I'm not going anywhere"),
    ("searched_for_and_hiding_now", "they're going door to door looking for me on the estate"),
    ("came_in_behind_someone", "the nurse went out and he's slipped in behind her"),
    ("learner_present_there_now", "he wait outside my house since two hours, please"),
    ("in_a_named_place_right_now", "she is in the tattoo studio right now, I'm in the back"),
    ("vehicle_revving_behind_now", "the red van keeps revving behind the pony"),
    ("sat_in_a_car_outside_now", "my ex is sitting in his van outside my flat right now"),
    ("on_the_camera_at_the_door_now", "the ring camera just pinged, he's on it now at the door"),
    ("outside_for_minutes_now", "a man has been outside my window for 20 minutes"),
    ("told_formally_now", "I wish to report that the gentleman is present at my front door"),
    ("hitting_the_door_now", "my ex is outside and battering the door with his fists"),
]

# (rule id, the same words with nothing now: no full reply from the rule)
NEIGHBOURS = [
    ("there_with_me_wont_leave", "he won't leave me alone online, can I block him?"),
    ("not_going_anywhere_said", "my solicitor says the case is not going anywhere yet"),
    ("searched_for_and_hiding_now", "the council are going door to door about the bins"),
    ("came_in_behind_someone", "can a carer come in with me to the interview?"),
    ("learner_present_there_now", "he used to stand outside my flat, last year it stopped"),
    ("in_a_named_place_right_now", "my son is in the school play right now, can I call later?"),
    ("in_a_named_place_right_now", "my ex is in the army right now, can I still get an order?"),
    ("vehicle_revving_behind_now", "a car was flashing its lights at me last week, is that odd?"),
    ("sat_in_a_car_outside_now", "can I log it if he sat in his car outside my house in May?"),
    ("on_the_camera_at_the_door_now", "how long does the ring camera keep clips?"),
    ("outside_for_minutes_now", "I was outside the court for 20 minutes waiting"),
    ("told_formally_now", "I wish to report that I have been harassed since March"),
    ("hitting_the_door_now", "he used to punch the door when he was angry, years ago"),
]


@pytest.mark.parametrize(("rule_id", "text"), DANGER)
def test_danger_now_gets_the_full_reply(rule_id: str, text: str) -> None:
    assert_full_reply_from(rule_id, text)


@pytest.mark.parametrize(("rule_id", "text"), NEIGHBOURS)
def test_near_neighbour_gets_no_full_reply(rule_id: str, text: str) -> None:
    assert_no_full_reply_from(rule_id, text)


def test_a_church_wardens_relayed_worry_gets_no_full_reply() -> None:
    text = (
        "I'm on the parish council and a man in our church says he's being followed. How "
        "can I point him to you?"
    )
    assert not assess_afresh(text).immediate_danger
