"""The handover form's table (actions/handover.py FORM_STEPS) against the domain.

Rasa asks a form's slot with ``action_ask_<slot>`` and rasa_sdk validates it
with ``validate_<slot>``, both found by name: a step missing from the table, or
a table entry without its action or method, would leave a question unasked or
an answer unread. (How each step asks and reads: tests/unit/test_handover_entry_actions.py.)
"""

from __future__ import annotations

from pathlib import Path

import yaml
from rasa_sdk.executor import ActionExecutor

from actions.handover import FORM_STEPS, ValidateHandoverForm

DOMAIN = Path(__file__).resolve().parents[2] / "bot" / "domain" / "handover.yml"


def _domain() -> dict:
    return yaml.safe_load(DOMAIN.read_text())


def test_the_table_has_every_slot_the_form_may_ask_in_the_domains_order() -> None:
    assert list(FORM_STEPS) == _domain()["forms"]["handover_form"]["required_slots"]
    assert all(step.slot == slot for slot, step in FORM_STEPS.items())


def test_every_step_has_its_ask_action_and_its_validation() -> None:
    executor = ActionExecutor()
    executor.register_package("actions")
    declared = set(_domain()["actions"])
    for slot in FORM_STEPS:
        assert f"action_ask_{slot}" in executor.actions, slot
        assert f"action_ask_{slot}" in declared, slot
        assert callable(getattr(ValidateHandoverForm(), f"validate_{slot}", None)), slot
