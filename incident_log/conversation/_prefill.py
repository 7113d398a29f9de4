"""What an account already says: the entry's parts found in the person's own words."""

from __future__ import annotations

import datetime as dt
import re

from incident_log.extract import extract

_SENTENCES = re.compile(r"(?<=[.!?\n])\s+")
_SAID = re.compile(
    r"\b(?:said|says|saying|told me|shouted|yelled|screamed|called me|texted|messaged|sent|wrote"
    r"|asked|threatened|whispered|posted|commented|emailed|voicemail|rang|phoned)\b|[\"\u201c]",
    re.I,
)
_DESCRIPTION = re.compile(
    r"\b(?:wear(?:ing)?|wore|dressed|hoodie|hoody|hood|jacket|coat|jeans|trainers|cap|hat|beanie"
    r"|mask|tall|short|beard|hair|glasses|tattoo|car|van|motorbike|bike|drove|driving|reg"
    r"|number plate|plate|taxi|lorry)\b",
    re.I,
)
_WITNESSES = re.compile(
    r"\b(?:saw (?:it|him|her|them|the whole)|witness(?:es|ed)?|(?:was|were) with me|nobody saw"
    r"|no one saw|noone saw|neighbou?r saw|friend saw|heard it|heard him|heard her)\b",
    re.I,
)
_EVIDENCE = re.compile(
    r"\b(?:screenshots?|screen ?shot|screen record(?:ing|ed)?|photos?|pictures?|pics?|videos?"
    r"|footage|cctv|doorbell|ring cam(?:era)?|dash ?cam|recorded|recording|saved"
    r"|kept (?:the|it|them)|still have (?:the|it|them))\b",
    re.I,
)
_REPORTED = re.compile(
    r"\b(?:reported|report(?:ed)? it|(?:rang|called|phoned|told|contacted) (?:the )?police|101|999"
    r"|officer|pc \w+|crime ref\w*|reference number|incident number)\b",
    re.I,
)
_NOT_REPORTED = re.compile(
    r"\b(?:(?:not|haven'?t|havent|didn'?t|didnt|never) (?:yet )?(?:reported|report(?:ed)? it"
    r"|told the police|called the police|rang the police))\b",
    re.I,
)
_REPORT_DETAIL = re.compile(
    r"\b(?:pc|dc|ps|sgt|sergeant|officer|constable)\s+\w+|\bref\w*\b|\b[a-z]{0,4}[-/]?\d{4,}\b",
    re.I,
)
_IMPACT = re.compile(
    r"\b(?:scared|frightened|terrified|afraid|anxious|anxiety|upset|shaking|shaken|shook|panic\w*"
    r"|worried|nervous|sick|cry|cried|crying|tears|can'?t sleep|couldn'?t sleep|unsafe|feel|felt"
    r"|feeling|alarmed|distressed|petrified|on edge|humiliated|angry)\b",
    re.I,
)


def _sentences(text: str, pattern: re.Pattern[str]) -> str:
    return " ".join(s.strip() for s in _SENTENCES.split(text) if pattern.search(s)).strip()


def prefill(account: str, written_at: dt.datetime) -> dict[str, str]:
    """The entry's parts an account already gives, by :data:`LABELS` key.

    ``what`` is always the account itself, word for word; the other parts
    repeat the sentences that speak of them, and plates, accounts, numbers and
    addresses found in it.
    """
    found = extract(account, written_at)
    fields: dict[str, str] = {"what": account.strip()}
    if found.when is not None:
        fields["when"] = found.when.phrase
    where = found.where.text or found.where.place
    if where:
        if found.where.text and found.where.place and found.where.place not in found.where.text:
            where = f"{found.where.text} ({found.where.place})"
        fields["where"] = where
    description = _sentences(account, _DESCRIPTION)
    identifiers = [
        ("Number plate", found.registrations),
        ("Accounts", found.handles),
        ("Phone numbers", found.phones),
        ("Emails", found.emails),
        ("Web addresses", found.urls),
    ]
    extra = [f"{name}: {', '.join(items)}" for name, items in identifiers if items]
    if description or extra:
        fields["description"] = "\n".join(p for p in [description, *extra] if p)
    for key, pattern in (
        ("witnesses", _WITNESSES),
        ("evidence", _EVIDENCE),
        ("reported", _REPORTED),
        ("impact", _IMPACT),
    ):
        sentences = _sentences(account, pattern)
        if sentences:
            fields[key] = sentences
    if _SAID.search(account):
        fields["said"] = "(in the account)"
    return fields
