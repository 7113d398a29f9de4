"""The orders data file: the bundled facts, and loading checks on malformed files.

Facts are from the research (docs/sources.md) section 3; [n] cites its source list.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from common.sms_text import GSM7_BASIC
from signposting.eligibility import ORDER_IDS, OrderCatalogue, OrdersError, load_orders
from signposting.eligibility.catalogue import DEFAULT_PATH, DETAIL_FIELDS


@pytest.fixture(scope="module")
def orders() -> OrderCatalogue:
    return load_orders()


# ---------------------------------------------------------------------------
# The bundled file


def test_real_file_loads_with_one_entry_per_rule(orders: OrderCatalogue) -> None:
    assert [order.id for order in orders] == list(ORDER_IDS)
    assert DEFAULT_PATH.name == "orders.yml" and DEFAULT_PATH.parent.name == "data"


def test_every_entry_has_source_and_verification_date(orders: OrderCatalogue) -> None:
    for order in orders:
        assert "[" in order.source, order.id
        assert order.last_verified == date(2026, 11, 21), order.id


def test_file_warns_deployers_to_recheck() -> None:
    header = DEFAULT_PATH.read_text(encoding="utf-8")[:600]
    assert "RE-CHECK EVERY ENTRY BEFORE GOING LIVE" in header


def test_default_catalogue_is_cached() -> None:
    assert load_orders() is load_orders()


@pytest.mark.parametrize(
    ("order_id", "statute"),
    [
        ("stalking_protection_order", "Stalking Protection Act 2019 s.1"),  # [24]
        ("interim_stalking_protection_order", "Stalking Protection Act 2019 s.5"),  # [30]
        ("non_molestation_order", "Family Law Act 1996 s.42"),  # [32]
        ("occupation_order", "Family Law Act 1996 ss.33-38"),  # [36]
        ("restraining_order_conviction", "Sentencing Act 2020 s.360"),  # [38]
        ("restraining_order_acquittal", "Protection from Harassment Act 1997 s.5A"),  # [38]
        ("harassment_injunction", "Protection from Harassment Act 1997 s.3"),  # [39]
        ("dapn_dapo", "Domestic Abuse Act 2021"),  # [41]
        ("dvpn_dvpo", "Crime and Security Act 2010 ss.24-33"),  # [46]
    ],
)
def test_statutes(orders: OrderCatalogue, order_id: str, statute: str) -> None:
    assert orders.get(order_id).statute.startswith(statute)


@pytest.mark.parametrize(
    ("order_id", "field", "text"),
    [
        ("stalking_protection_order", "who_applies", "The police apply"),  # [24]
        ("stalking_protection_order", "cost", "Free"),  # [24]
        ("stalking_protection_order", "duration", "At least 2 years"),  # [29]
        ("stalking_protection_order", "breach", "5 years"),  # [25]
        ("non_molestation_order", "who_applies", "FL401"),  # [31]
        ("non_molestation_order", "cost", "No court fee"),  # [31]
        ("non_molestation_order", "duration", "6 to 12 months"),  # [34]
        ("non_molestation_order", "legal_aid", "depending on your money"),  # [35]
        ("non_molestation_order", "next_step", "0800 970 2070"),  # NCDV [53]
        ("occupation_order", "duration", "6 months"),  # [36]
        ("restraining_order_conviction", "breach", "5 years"),  # [37][38]
        ("harassment_injunction", "court", "county court or the High Court"),  # [39]
        ("dapn_dapo", "duration", "No set end date"),  # [41]
        ("dvpn_dvpo", "duration", "48 hours"),  # [46]
        ("dvpn_dvpo", "duration", "14 to 28 days"),  # [46]
        ("clares_law", "duration", "28 days"),  # [47][48]
        ("clares_law", "next_step", "101"),  # [47]
    ],
)
def test_facts_match_the_research(orders: OrderCatalogue, order_id, field, text) -> None:
    assert text in getattr(orders.get(order_id), field)


@pytest.mark.parametrize(
    ("order_id", "unconfirmed"),
    [
        ("occupation_order", {"breach"}),  # breach consequences UNCONFIRMED
        ("harassment_injunction", {"cost", "legal_aid"}),  # fee and legal aid UNCONFIRMED
    ],
)
def test_unconfirmed_facts_are_marked_and_left_blank(orders, order_id, unconfirmed) -> None:
    order = orders.get(order_id)
    assert unconfirmed <= set(order.unconfirmed)
    for field in unconfirmed:
        assert getattr(order, field) is None
    assert "could not confirm" in order.caveat


@pytest.mark.parametrize(
    ("order_id", "hedge"),
    [
        # In the Crime and Policing Act 2026; its start is not confirmed
        # [factcheck 2026-11, section A].
        ("online_right_to_know", "could not confirm that this part of the 2026 law has started"),
        # Any change to Cheshire's DVPN scheme since is UNCONFIRMED [46].
        ("dvpn_dvpo", "may have changed since"),
    ],
)
def test_unconfirmed_status_is_worded_as_uncertain(orders, order_id, hedge) -> None:
    assert hedge in orders.get(order_id).caveat


def test_dapo_pilot_areas_match_the_research_and_exclude_cheshire(orders) -> None:
    notes = " ".join(orders.get("dapn_dapo").notes)
    for area in ("Greater Manchester", "Croydon, Bromley and Sutton", "British Transport Police"):
        assert area in notes
    assert "Cleveland" in notes and "North Wales" in notes
    assert "Cheshire" not in notes


def test_shown_text_is_sms_safe(orders: OrderCatalogue) -> None:
    for order in orders:
        for field in ("name", "short_name", *DETAIL_FIELDS, "next_step", "caveat", "statute"):
            value = getattr(order, field) or ""
            assert set(value) <= GSM7_BASIC, (order.id, field, sorted(set(value) - GSM7_BASIC))


# ---------------------------------------------------------------------------
# Malformed files


def _valid_entry(**changes) -> dict:
    entry = {
        "id": "stalking_protection_order",
        "name": "Test order",
        "short_name": "Test",
        "who_applies": "The police.",
        "court": "A test court.",
        "cost": "Free.",
        "legal_aid": "Not needed.",
        "duration": "Two years.",
        "breach": "A crime.",
        "next_step": "Call 101.",
        "statute": "Test Act s.1",
        "unconfirmed": [],
        "source": "[0] test",
        "last_verified": "2026-11-21",
    }
    entry.update(changes)
    return entry


def _real_entries() -> list[dict]:
    # Every bundled entry, as plain data, so a test can break one of them.
    return [json.loads(order.json()) for order in load_orders()]


def _write(tmp_path: Path, entries: list) -> Path:
    # JSON is valid YAML, and keeps the test free of YAML quoting rules.
    path = tmp_path / "orders.yml"
    path.write_text(json.dumps({"orders": entries}), encoding="utf-8")
    return path


def _without(field: str) -> dict:
    entry = _valid_entry()
    del entry[field]
    return entry


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        pytest.param(_without("breach"), "'breach'", id="missing-breach"),
        pytest.param(_without("statute"), "'statute'", id="missing-statute"),
        pytest.param(_without("last_verified"), "'last_verified'", id="missing-date"),
        pytest.param(_valid_entry(cost=None), "'cost'", id="null-but-not-unconfirmed"),
        pytest.param(
            _valid_entry(unconfirmed=["breach"], caveat="Check."),
            "'breach'",
            id="unconfirmed-but-stated-as-fact",
        ),
        pytest.param(
            _valid_entry(unconfirmed=["breach"], breach=None),
            "'caveat'",
            id="unconfirmed-without-caveat",
        ),
        pytest.param(_valid_entry(unconfirmed=["fee"]), "'unconfirmed.0'", id="unknown-field"),
        pytest.param(_valid_entry(name="Clare\u2019s Law"), "'name'", id="curly-quote"),
        pytest.param(_valid_entry(duration="6\u201312 months"), "'duration'", id="en-dash"),
        pytest.param(_valid_entry(notes=["\u2022 bullet"]), "'notes.0'", id="bullet-in-notes"),
        pytest.param(_valid_entry(breach="It will stop them."), "'breach'", id="promise"),
        pytest.param(_valid_entry(short_name="x" * 41), "'short_name'", id="short-name-long"),
        pytest.param(_valid_entry(source="a website"), "'source'", id="source-without-[n]"),
        pytest.param(_valid_entry(court=""), "'court'", id="empty-text"),
        pytest.param(_valid_entry(cost=0), "'cost'", id="cost-not-text"),
        pytest.param(_valid_entry(last_verified="soon"), "'last_verified'", id="bad-date"),
        pytest.param(_valid_entry(id="Stalking Order"), "'id'", id="id-not-snake-case"),
        pytest.param(_valid_entry(id="curfew_order"), "'id'", id="id-without-a-rule"),
        pytest.param(_valid_entry(statue="x"), "'statue'", id="misspelt-field"),
    ],
)
def test_malformed_entry_names_file_entry_and_field(tmp_path, entry, field) -> None:
    entries = _real_entries()
    entries[1] = entry  # replace the interim SPO entry
    path = _write(tmp_path, entries)

    with pytest.raises(OrdersError) as caught:
        load_orders(path)

    message = str(caught.value)
    assert str(path) in message
    assert f"'{entry['id']}' (#1)" in message if "id" in entry else "entry #1" in message
    assert f"field {field}" in message


def test_entry_without_id_is_named_by_index(tmp_path) -> None:
    entries = _real_entries()
    del entries[2]["id"]
    with pytest.raises(OrdersError, match=r"entry #2: field 'id'"):
        load_orders(_write(tmp_path, entries))


def test_duplicate_id_names_both_entries(tmp_path) -> None:
    entries = _real_entries()
    entries[3]["id"] = entries[0]["id"]
    with pytest.raises(OrdersError) as caught:
        load_orders(_write(tmp_path, entries))
    message = str(caught.value)
    assert f"entry '{entries[0]['id']}' (#3)" in message
    assert "field 'id': duplicate of entry #0" in message


def test_a_rule_without_an_entry_is_an_error(tmp_path) -> None:
    entries = [e for e in _real_entries() if e["id"] != "clares_law"]
    with pytest.raises(OrdersError, match="no entry for clares_law"):
        load_orders(_write(tmp_path, entries))


def test_a_valid_copy_loads(tmp_path) -> None:
    catalogue = load_orders(_write(tmp_path, _real_entries()))
    assert [order.id for order in catalogue] == list(ORDER_IDS)
    assert catalogue.position("clares_law") == ORDER_IDS.index("clares_law")
    with pytest.raises(KeyError, match="known: "):
        catalogue.get("curfew_order")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("orders: [\n", "not valid YAML"),
        ("- id: x\n", "`orders:` list"),
        ("orders:\n  - just a string\n", "entry #0: must be a mapping"),
        ("orders:\n  - id: a\n    id: b\n", "not valid YAML"),  # duplicate key
    ],
)
def test_malformed_file_names_file(tmp_path, content: str, expected: str) -> None:
    path = tmp_path / "orders.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(OrdersError) as caught:
        load_orders(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_missing_file_names_file(tmp_path) -> None:
    with pytest.raises(OrdersError, match="nope.yml"):
        load_orders(tmp_path / "nope.yml")
