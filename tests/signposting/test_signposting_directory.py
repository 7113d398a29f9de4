"""Tests for signposting.directory: the bundled data, loading checks, hours,
ranking and contact lines.

Facts are from the research (docs/sources.md); [n] cites its source list.
"""

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from common.medium import Medium
from common.sms_text import GSM7_BASIC
from signposting.directory import (
    DEFAULT_PATH,
    Directory,
    DirectoryError,
    Service,
    load_directory,
)

LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_directory()


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


# ---------------------------------------------------------------------------
# The bundled file


# Every facts.md section-5 service with a confirmed number (NCDV from section 3).
@pytest.mark.parametrize(
    ("service_id", "phone"),
    [
        ("emergency_999", "999"),  # [73]
        ("police_101", "101"),  # [47]
        ("national_stalking_helpline", "0808 802 0300"),  # [75][76]
        ("paladin", "020 3866 4107"),  # [8][76]
        ("national_domestic_abuse_helpline", "0808 2000 247"),  # [78]
        ("mens_advice_line", "0808 801 0327"),  # [80]
        ("galop", "0800 999 5428"),  # [79][81]
        ("karma_nirvana", "0800 5999 247"),  # [82]
        ("victim_support", "08 08 16 89 111"),  # [83]
        ("samaritans", "116 123"),  # [84]
        ("revenge_porn_helpline", "0345 6000 459"),  # [85]
        ("report_fraud", "0300 123 2040"),  # [86]
        ("cheshire_cares", "01606 36 6336"),  # [87]
        ("cheshire_east_domestic_abuse_hub", "0300 123 5101"),  # [88]
        ("cheshire_without_abuse_refuge", "01270 250390"),  # [89]
        ("halton_domestic_abuse_service", "0300 11 11 247"),  # [90]
        ("ncdv", "0800 970 2070"),  # [53]
        ("cwp_crisis_line", "111"),  # [92]
    ],
)
def test_confirmed_numbers_match_facts(directory, service_id, phone):
    service = directory.get(service_id)
    assert service.phone == phone
    assert service.shown("phone") == phone


@pytest.mark.parametrize(
    ("service_id", "text"),
    [
        ("cheshire_east_domestic_abuse_hub", "07771 941464"),  # [88]
        ("ncdv", "NCDV to 60777"),  # [53]
    ],
)
def test_text_routes_match_facts(directory, service_id, text):
    assert directory.get(service_id).text == text


@pytest.mark.parametrize(
    ("service_id", "unconfirmed"),
    [
        ("protection_against_stalking", ("phone",)),  # [77]: number UNCONFIRMED
        ("mens_advice_line", ("hours",)),  # [80]: hours UNCONFIRMED
    ],
)
def test_unconfirmed_fields_are_marked(directory, service_id, unconfirmed):
    assert directory.get(service_id).unconfirmed == unconfirmed


def test_outdated_stalking_helpline_number_is_not_used(directory):
    # facts.md: the old 0300 636 0300 number is out of date [75][76].
    assert all(service.phone != "0300 636 0300" for service in directory)


def test_every_listed_service_is_present(directory):
    expected = {
        "emergency_999",
        "police_101",
        "national_stalking_helpline",
        "paladin",
        "protection_against_stalking",
        "national_domestic_abuse_helpline",
        "womens_aid_live_chat",
        "mens_advice_line",
        "galop",
        "karma_nirvana",
        "victim_support",
        "samaritans",
        "revenge_porn_helpline",
        "report_fraud",
        "cheshire_cares",
        "cheshire_east_domestic_abuse_hub",
        "cheshire_without_abuse_refuge",
        "halton_domestic_abuse_service",
        "ncdv",
        "cwp_crisis_line",
        "respect_phoneline",
        "ask_for_ani",
    }
    assert {service.id for service in directory} == expected


def test_every_entry_has_source_and_verification_date(directory):
    for service in directory:
        assert service.source.strip(), service.id
        assert service.last_verified == date(2026, 11, 21), service.id


def test_file_warns_deployers_to_recheck():
    header = DEFAULT_PATH.read_text(encoding="utf-8")[:800]
    assert "RE-CHECK EVERY ENTRY BEFORE GOING LIVE" in header
    assert "must be re-verified" in header


def test_default_directory_is_cached():
    assert load_directory() is load_directory()


def test_explicit_path_reads_that_file():
    assert len(load_directory(DEFAULT_PATH)) == len(load_directory())


# ---------------------------------------------------------------------------
# Malformed files


def _valid_entry(**changes) -> dict:
    entry = {
        "id": "test_line",
        "name": "Test line",
        "phone": "0800 000 000",
        "text": None,
        "web_chat": None,
        "hours": [{"days": ["mon"], "open": "09:00", "close": "17:00"}],
        "for": ["anyone"],
        "needs": ["stalking"],
        "areas": ["national"],
        "free": None,
        "shows_on_bill": None,
        "summary": "A test line.",
        "unconfirmed": [],
        "source": "[0] test",
        "last_verified": "2026-11-21",
    }
    entry.update(changes)
    return entry


def _write(tmp_path: Path, entries: list) -> Path:
    # JSON is valid YAML, and keeps the test free of YAML quoting rules.
    path = tmp_path / "services.yml"
    path.write_text(json.dumps({"services": entries}), encoding="utf-8")
    return path


def _without(field: str) -> dict:
    entry = _valid_entry()
    del entry[field]
    return entry


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        pytest.param(_without("phone"), "'phone'", id="missing-phone"),
        pytest.param(_without("hours"), "'hours'", id="missing-hours"),
        pytest.param(_without("source"), "'source'", id="missing-source"),
        pytest.param(_without("free"), "'free'", id="missing-free"),
        pytest.param(_valid_entry(phone=8000000), "'phone'", id="phone-not-text"),
        pytest.param(_valid_entry(phone="0800-000"), "'phone'", id="phone-bad-chars"),
        pytest.param(
            _valid_entry(hours=[{"days": ["mon"], "open": "17:00", "close": "09:00"}]),
            "'hours.sessions.0.close'",
            id="hours-close-before-open",
        ),
        pytest.param(
            _valid_entry(hours=[{"days": ["monday"], "open": "09:00", "close": "17:00"}]),
            "'hours.sessions.0.days.0'",
            id="hours-bad-day",
        ),
        pytest.param(
            # An unquoted 09:30 can arrive as a number.
            _valid_entry(hours=[{"days": ["mon"], "open": 570, "close": "17:00"}]),
            "'hours.sessions.0.open'",
            id="hours-unquoted-time",
        ),
        pytest.param(
            _valid_entry(hours={"always": True, "unknown": True, "note": "x"}),
            "'hours'",
            id="hours-two-kinds",
        ),
        pytest.param(_valid_entry(hours={"unknown": True}), "'hours'", id="hours-unknown-no-note"),
        pytest.param(_valid_entry(**{"for": ["adults"]}), "'for.0'", id="unknown-for"),
        pytest.param(_valid_entry(**{"for": ["anyone", "men"]}), "'for'", id="anyone-mixed"),
        pytest.param(_valid_entry(needs=["housing"]), "'needs.0'", id="unknown-need"),
        pytest.param(_valid_entry(areas=["cheshire"]), "'areas.0'", id="unknown-area"),
        pytest.param(
            _valid_entry(unconfirmed=["hours"]),
            "'unconfirmed'",
            id="unconfirmed-hours-shown",
        ),
        pytest.param(_valid_entry(id="Test Line"), "'id'", id="id-not-snake-case"),
        pytest.param(_valid_entry(phnoe="0800"), "'phnoe'", id="misspelt-field"),
        pytest.param(_valid_entry(summary="x" * 200), "'summary'", id="summary-too-long"),
    ],
)
def test_malformed_entry_names_file_entry_and_field(tmp_path, entry, field):
    good = _valid_entry(id="first_line")
    path = _write(tmp_path, [good, entry])

    with pytest.raises(DirectoryError) as caught:
        load_directory(path)

    message = str(caught.value)
    assert str(path) in message
    label = f"'{entry['id']}' (#1)" if entry.get("id") == "test_line" else "#1"
    assert label in message
    assert f"field {field}" in message


def test_entry_without_id_is_named_by_index(tmp_path):
    path = _write(tmp_path, [_valid_entry(), _without("id")])

    with pytest.raises(DirectoryError, match=r"entry #1: field 'id'"):
        load_directory(path)


def test_duplicate_id_names_both_entries(tmp_path):
    path = _write(tmp_path, [_valid_entry(), _valid_entry()])

    with pytest.raises(DirectoryError) as caught:
        load_directory(path)

    message = str(caught.value)
    assert str(path) in message
    assert "entry 'test_line' (#1)" in message
    assert "field 'id'" in message
    assert "duplicate of entry #0" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("services: [\n", "not valid YAML"),
        ("- id: x\n", "`services:` list"),
        ("services:\n  - just a string\n", "entry #0: must be a mapping"),
        ("services:\n  - id: a\n    id: b\n", "not valid YAML"),  # duplicate key
    ],
)
def test_malformed_file_names_file(tmp_path, content, expected):
    path = tmp_path / "services.yml"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(DirectoryError) as caught:
        load_directory(path)

    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_missing_file_names_file(tmp_path):
    path = tmp_path / "nope.yml"

    with pytest.raises(DirectoryError, match="nope.yml"):
        load_directory(path)


# ---------------------------------------------------------------------------
# Opening hours


@pytest.mark.parametrize(
    "at",
    [
        london(2026, 11, 21, 3, 0),  # Saturday night
        datetime(2026, 7, 14, 12, 0),  # naive, read as UTC
        datetime(2026, 12, 25, 0, 0, tzinfo=UTC),
    ],
)
def test_samaritans_always_open(directory, at):
    # 116 123, 24/7 [84].
    samaritans = directory.get("samaritans")
    assert samaritans.is_open(at)
    assert samaritans.hours_known


# National Stalking Helpline: weekdays 9:30-16:00, Wednesdays 13:00-16:00 [75][76].
@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (london(2026, 11, 17, 10, 0), True),  # Tuesday 10:00
        (london(2026, 11, 17, 9, 29), False),  # Tuesday before opening
        (london(2026, 11, 17, 9, 30), True),  # opens at 9:30
        (london(2026, 11, 17, 16, 0), False),  # closed at 16:00
        (london(2026, 11, 18, 10, 0), False),  # Wednesday 10:00: opens at 13:00
        (london(2026, 11, 18, 14, 0), True),  # Wednesday 14:00
        (london(2026, 11, 21, 11, 0), False),  # Saturday
        (london(2026, 11, 22, 11, 0), False),  # Sunday
    ],
)
def test_stalking_helpline_hours(directory, at, expected):
    assert directory.get("national_stalking_helpline").is_open(at) is expected


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        # British Summer Time (UTC+1): 08:45 UTC is 09:45 in London, so open...
        (datetime(2026, 7, 14, 8, 45, tzinfo=UTC), True),
        # ...the same moment written naive is also taken as UTC...
        (datetime(2026, 7, 14, 8, 45), True),
        # ...and 15:30 UTC is 16:30 in London, so closed.
        (datetime(2026, 7, 14, 15, 30, tzinfo=UTC), False),
        # In winter (GMT) 08:45 UTC is 08:45 in London: closed.
        (datetime(2026, 11, 17, 8, 45, tzinfo=UTC), False),
        # Another zone is converted: 05:00 in New York (EDT) is 10:00 in London.
        (datetime(2026, 7, 14, 5, 0, tzinfo=ZoneInfo("America/New_York")), True),
    ],
)
def test_hours_are_london_time_across_summer_time(directory, at, expected):
    assert directory.get("national_stalking_helpline").is_open(at) is expected


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        # Clocks go forward 29 Mar 2026: 08:30 UTC is 09:30 BST, open [87].
        (datetime(2026, 3, 29, 8, 30, tzinfo=UTC), True),
        # Clocks go back 25 Oct 2026: 08:30 UTC is 08:30 GMT, closed.
        (datetime(2026, 10, 25, 8, 30, tzinfo=UTC), False),
        # Same day 15:30 UTC is 15:30 GMT, open until 16:00.
        (datetime(2026, 10, 25, 15, 30, tzinfo=UTC), True),
    ],
)
def test_weekend_hours_on_clock_change_days(directory, at, expected):
    # Cheshire CARES: weekends 9-16 [87].
    assert directory.get("cheshire_cares").is_open(at) is expected


@pytest.mark.parametrize("service_id", ["mens_advice_line", "galop", "karma_nirvana", "paladin"])
def test_unknown_hours_are_never_open(directory, service_id):
    service = directory.get(service_id)
    assert not service.hours_known
    assert not service.is_open(london(2026, 11, 17, 12, 0))


# ---------------------------------------------------------------------------
# find()


def _ids(services) -> list:
    return [service.id for service in services]


def test_men_get_mens_advice_line_before_generic(directory):
    ids = _ids(directory.find(needs={"domestic_abuse"}, identities={"men"}))

    assert ids[0] == "mens_advice_line"
    assert "womens_aid_live_chat" not in ids
    # Refuge's helpline is for women [factcheck 2026-11, section A].
    assert "national_domestic_abuse_helpline" not in ids


def test_without_identity_generic_comes_before_specific(directory):
    ids = _ids(directory.find(needs={"domestic_abuse"}))

    assert ids.index("ncdv") < ids.index("mens_advice_line")
    assert "womens_aid_live_chat" in ids


@pytest.mark.parametrize("needs", [None, {"domestic_abuse"}])
def test_lgbt_gets_galop_first(directory, needs):
    assert directory.find(needs=needs, identities={"lgbt"})[0].id == "galop"


def test_honour_based_abuse_gets_karma_nirvana_first(directory):
    found = directory.find(needs={"domestic_abuse"}, identities={"honour_based_abuse"})
    assert found[0].id == "karma_nirvana"


def test_area_includes_local_and_national(directory):
    ids = _ids(directory.find(needs={"stalking"}, area="warrington"))

    assert "national_stalking_helpline" in ids
    assert "cheshire_cares" in ids


def test_area_excludes_other_areas(directory):
    ids = _ids(directory.find(needs={"domestic_abuse"}, area="warrington"))

    assert "national_domestic_abuse_helpline" in ids
    assert "cheshire_east_domestic_abuse_hub" not in ids
    assert "halton_domestic_abuse_service" not in ids


def test_local_service_found_for_its_area(directory):
    ids = _ids(directory.find(needs={"domestic_abuse"}, area="halton"))
    assert "halton_domestic_abuse_service" in ids


def test_no_area_gives_national_only(directory):
    assert all("national" in service.areas for service in directory.find())


@pytest.mark.parametrize(
    ("area", "at"),
    [
        (None, None),
        ("cheshire_west_and_chester", None),
        ("halton", london(2026, 11, 17, 3, 0)),
    ],
)
def test_self_harm_gets_samaritans_first(directory, area, at):
    found = directory.find(needs={"self_harm"}, area=area, at=at)
    assert found[0].id == "samaritans"


def test_open_services_come_first(directory):
    # Saturday 11:00: the Stalking Helpline is closed, Cheshire CARES is open.
    ids = _ids(
        directory.find(needs={"stalking"}, area="warrington", at=london(2026, 11, 21, 11, 0))
    )

    assert ids.index("cheshire_cares") < ids.index("national_stalking_helpline")
    assert ids.index("victim_support") < ids.index("national_stalking_helpline")
    # Unknown hours sit between open and known-closed services.
    assert (
        ids.index("cheshire_cares") < ids.index("paladin") < ids.index("national_stalking_helpline")
    )


def test_emergency_only_when_asked(directory):
    assert "emergency_999" not in _ids(directory.find())
    assert "emergency_999" in _ids(directory.find(needs={"emergency"}))


def test_never_returns_services_without_confirmed_contact(directory):
    everything = directory.find(
        needs={"emergency", "stalking", "domestic_abuse"},
        identities={"perpetrators", "high_risk"},
        area="cheshire_east",
    )
    ids = _ids(everything)
    assert "protection_against_stalking" not in ids  # number UNCONFIRMED [77]
    assert "ask_for_ani" not in ids  # in person only [93]
    assert all(service.is_contactable for service in everything)


def test_perpetrator_services_only_when_asked(tmp_path):
    entries = [
        {**_valid_entry(id="victim_line")},
        {**_valid_entry(id="perpetrator_line"), "for": ["perpetrators"]},
    ]
    directory = load_directory(_write(tmp_path, entries))

    assert _ids(directory.find()) == ["victim_line"]
    assert _ids(directory.find(identities={"perpetrators"}))[0] == "perpetrator_line"


def test_limit(directory):
    assert len(directory.find(limit=2)) == 2
    assert directory.find(limit=0) == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"needs": {"housing"}},
        {"identities": {"adults"}},
        {"area": "cheshire"},
        {"limit": -1},
    ],
)
def test_find_rejects_unknown_names(directory, kwargs):
    with pytest.raises(ValueError):
        directory.find(**kwargs)


# ---------------------------------------------------------------------------
# contact_line()


@pytest.mark.parametrize("channel", [Medium.WEB, Medium.SMS, Medium.WEB])
@pytest.mark.parametrize(
    ("service_id", "hidden"),
    [
        (
            "protection_against_stalking",
            ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
        ),
    ],
)
def test_contact_line_hides_unconfirmed_numbers(directory, channel, service_id, hidden):
    line = directory.get(service_id).contact_line(channel)

    assert directory.get(service_id).name in line
    for value in hidden:
        assert value not in line


@pytest.mark.parametrize("channel", [Medium.WEB, Medium.SMS])
def test_contact_line_hides_unconfirmed_hours(directory, channel):
    line = directory.get("mens_advice_line").contact_line(channel)

    assert line == "Men's Advice Line: 0808 801 0327"


def test_no_contact_line_shows_an_unconfirmed_field(directory):
    for service in directory:
        for channel in (Medium.WEB, Medium.SMS):
            line = service.contact_line(channel)
            for field in service.unconfirmed:
                value = getattr(service, field)
                if field == "hours":
                    assert "(" not in line.split(":", 1)[-1], (service.id, line)
                elif isinstance(value, str):
                    assert value not in line, (service.id, line)


@pytest.mark.parametrize(
    ("service_id", "channel", "expected"),
    [
        (
            "national_stalking_helpline",
            Medium.WEB,
            "National Stalking Helpline: 0808 802 0300 (Mon-Tue, Thu-Fri 9:30am-4pm; Wed 1pm-4pm)",
        ),
        (
            "national_stalking_helpline",
            Medium.SMS,
            "National Stalking Helpline: 0808 802 0300",
        ),
        ("samaritans", Medium.WEB, "Samaritans: 116 123 (24/7)"),
        ("samaritans", Medium.SMS, "Samaritans: 116 123 (24/7)"),
        (
            "cheshire_east_domestic_abuse_hub",
            Medium.WEB,
            "Cheshire East Domestic Abuse Hub (myCWA): 0300 123 5101, or text 07771 941464",
        ),
        (
            "womens_aid_live_chat",
            Medium.WEB,
            # No current source confirms the chat hours [factcheck 2026-11, section B].
            "Women's Aid: live chat on the Women's Aid website",
        ),
    ],
)
def test_contact_line_wording(directory, service_id, channel, expected):
    assert directory.get(service_id).contact_line(channel) == expected


def test_contact_lines_fit_plain_sms(directory):
    for service in directory:
        sms = service.contact_line(Medium.SMS)
        assert set(sms) <= GSM7_BASIC, (service.id, set(sms) - GSM7_BASIC)
        assert len(sms) <= len(service.contact_line(Medium.WEB))


def test_service_is_immutable(directory):
    service: Service = directory.get("samaritans")
    with pytest.raises(TypeError):
        service.phone = "000"  # the cached directory is shared


def test_get_unknown_id_lists_known_ids(directory):
    with pytest.raises(KeyError, match="samaritans"):
        directory.get("no_such_service")


# ---------------------------------------------------------------------------
# Issue 11: who each service is for, from the 2026-11 fact-check (section A)


def test_refuge_and_the_cwa_refuge_are_offered_to_women_only(directory):
    for service_id in ("national_domestic_abuse_helpline", "cheshire_without_abuse_refuge"):
        assert directory.get(service_id).for_ == ("women",)
    women = _ids(directory.find(needs={"domestic_abuse"}, identities={"women"}))
    assert "national_domestic_abuse_helpline" in women


def test_the_revenge_porn_helpline_is_not_offered_to_young_people(directory):
    assert "revenge_porn_helpline" in _ids(directory.find(needs={"online_safety"}))
    young = _ids(directory.find(needs={"online_safety"}, identities={"young_people"}))
    assert "revenge_porn_helpline" not in young


def test_the_respect_phoneline_is_shown_to_people_worried_about_themselves(directory):
    ids = _ids(directory.find(needs={"domestic_abuse"}, identities={"perpetrators"}))
    assert "respect_phoneline" in ids
    assert "0808 802 4040" in directory.get("respect_phoneline").contact_line(Medium.WEB)
    assert "respect_phoneline" not in _ids(directory.find(needs={"domestic_abuse"}))


def test_report_fraud_hours_are_weekdays_8_to_8(directory):
    line = directory.get("report_fraud").contact_line(Medium.WEB)
    assert "Mon-Fri 8am-8pm" in line, line
