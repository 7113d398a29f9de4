"""The order facts have one source, ``Facts``; everything that lists them follows it.

FACT_FIELDS is read from the Facts model. The questions, the form's slots and
ask actions in the domain, the form's validators and the API's request body
each list the facts too (Rasa and rasa_sdk need them by name); these tests
fail when any of them drifts.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from rasa_sdk.executor import ActionExecutor

from actions.orders_form import ValidateOrdersForm
from signposting.eligibility import FACT_FIELDS, Facts
from signposting.eligibility.question_texts import QUESTIONS

DOMAIN = Path(__file__).resolve().parents[2] / "bot" / "domain"


def _domain(name: str) -> dict:
    return yaml.safe_load((DOMAIN / name).read_text(encoding="utf-8"))


def test_fact_fields_are_the_facts_model_fields() -> None:
    assert FACT_FIELDS == tuple(Facts.__fields__)
    assert FACT_FIELDS[0] == "relationship" and FACT_FIELDS[-1] == "area"


def test_every_fact_has_one_question_in_asking_order() -> None:
    assert tuple(QUESTIONS) == FACT_FIELDS
    assert all(question.field == field for field, question in QUESTIONS.items())


def test_the_form_asks_for_exactly_the_facts() -> None:
    assert tuple(_domain("orders.yml")["forms"]["orders_form"]["required_slots"]) == FACT_FIELDS


def test_every_fact_has_a_slot_an_ask_action_and_a_validator() -> None:
    slots = {**_domain("orders.yml")["slots"], **_domain("profile.yml")["slots"]}
    executor = ActionExecutor()
    executor.register_package("actions")
    for field in FACT_FIELDS:
        assert field in slots, field
        assert f"action_ask_{field}" in _domain("orders.yml")["actions"], field
        assert f"action_ask_{field}" in executor.actions, field
        assert callable(getattr(ValidateOrdersForm, f"validate_{field}", None)), field
