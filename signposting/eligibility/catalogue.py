"""Load the static facts about each order from ``data/orders.yml``.

Who applies, which court, cost, duration, what a breach means, the statute
and the source all live in the data file, with a ``last_verified`` date, so a
deployer can re-check them. Each entry is checked on load: a malformed entry
raises :class:`OrdersError` naming the file, the entry and the field.

Facts the research marks UNCONFIRMED are listed in an entry's
``unconfirmed`` and must be ``null`` in the file, so they cannot be shown as
fact by mistake; a ``caveat`` then says, with its uncertainty, what to check.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Extra, Field, StrictStr, validator

from common.sms_text import GSM7_BASIC
from signposting.datafile import label, load_yaml, parse_entries
from signposting.eligibility.rules import ORDER_IDS

__all__ = [
    "DEFAULT_PATH",
    "DETAIL_FIELDS",
    "OrderCatalogue",
    "OrderInfo",
    "OrdersError",
    "load_orders",
]

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "orders.yml"

DetailField = Literal["who_applies", "court", "cost", "legal_aid", "duration", "breach"]
DETAIL_FIELDS: tuple[str, ...] = (
    "who_applies",
    "court",
    "cost",
    "legal_aid",
    "duration",
    "breach",
)

# Courts and police decide; the data must not promise an outcome.
PROMISES = ("guarantee", "will stop", "will keep you safe", "will be arrested", "will protect")
# Text a person can be shown (sources are for deployers, and may use "·").
_SHOWN_TEXT = ("name", "short_name", "caveat", *DETAIL_FIELDS, "next_step", "statute", "notes")
_ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_SOURCE_PATTERN = re.compile(r"\[\d+\]")
_SHORT_NAME_MAX = 40


class OrdersError(ValueError):
    """The orders file is missing, unreadable, malformed or incomplete."""


class OrderInfo(BaseModel):
    """One order's static facts, as listed in ``orders.yml``.

    Every detail field must be present (``null`` only when it is listed in
    ``unconfirmed``), so a missing fact is a choice, not an accident.
    """

    id: StrictStr
    name: StrictStr
    short_name: StrictStr
    # Before the details, so their validators can see it.
    unconfirmed: tuple[DetailField, ...]
    caveat: StrictStr | None = None
    who_applies: StrictStr | None = Field(...)
    court: StrictStr | None = Field(...)
    cost: StrictStr | None = Field(...)
    legal_aid: StrictStr | None = Field(...)
    duration: StrictStr | None = Field(...)
    breach: StrictStr | None = Field(...)
    next_step: StrictStr
    statute: StrictStr
    notes: tuple[StrictStr, ...] = ()
    source: StrictStr
    last_verified: date

    class Config:
        extra = Extra.forbid  # catches misspelt field names in the YAML
        frozen = True

    @validator("id")
    def _snake_case(cls, value: str) -> str:
        if not _ID_PATTERN.match(value):
            raise ValueError(f"must be snake_case, got {value!r}")
        return value

    @validator(*_SHOWN_TEXT, each_item=True)
    def _plain_sms_safe_text(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if not value.strip():
            raise ValueError("must not be empty; use null if unconfirmed")
        # GSM-7's basic set only: anything else turns an SMS into UCS-2, and
        # extension characters cost two [common/sms_text.py].
        odd = sorted(set(value) - GSM7_BASIC)
        if odd:
            raise ValueError(f"uses characters an SMS cannot send plainly: {odd}")
        lowered = value.lower()
        for phrase in PROMISES:
            if phrase in lowered:
                raise ValueError(f"promises an outcome ({phrase!r}); say 'can' or 'may'")
        return value

    @validator("short_name")
    def _short(cls, value: str) -> str:
        if len(value) > _SHORT_NAME_MAX:
            raise ValueError(f"must be at most {_SHORT_NAME_MAX} characters (it goes in SMS)")
        return value

    @validator("source")
    def _cites(cls, value: str) -> str:
        if not _SOURCE_PATTERN.search(value):
            raise ValueError("must cite facts.md sources as [n]")
        return value

    @validator("unconfirmed")
    def _unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            raise ValueError("lists a field twice")
        return value

    @validator("caveat", always=True)
    def _caveat_when_unconfirmed(cls, value: str | None, values: dict[str, Any]) -> str | None:
        if values.get("unconfirmed") and value is None:
            raise ValueError("needed: `unconfirmed` lists fields, so say what to check")
        return value

    @validator(*DETAIL_FIELDS, always=True)
    def _null_only_if_unconfirmed(
        cls, value: str | None, values: dict[str, Any], field: Any
    ) -> str | None:
        unconfirmed = values.get("unconfirmed")
        if unconfirmed is None:
            return value  # `unconfirmed` itself failed; that error is reported
        if field.name in unconfirmed and value is not None:
            raise ValueError(
                "is listed in `unconfirmed`, so must be null (say what to check in `caveat`)"
            )
        if field.name not in unconfirmed and value is None:
            raise ValueError("is null: give it, or list it in `unconfirmed`")
        return value


class OrderCatalogue:
    """The loaded orders, in file order (the order breaks ties between verdicts).

    Args:
        orders: Orders in file order.
        path: The file they came from, for messages.
    """

    def __init__(self, orders: tuple[OrderInfo, ...], path: Path) -> None:
        self.orders = tuple(orders)
        self.path = path
        self._by_id = {order.id: order for order in self.orders}

    def __iter__(self) -> Iterator[OrderInfo]:
        return iter(self.orders)

    def __len__(self) -> int:
        return len(self.orders)

    def __contains__(self, order_id: object) -> bool:
        return order_id in self._by_id

    def __repr__(self) -> str:
        return f"OrderCatalogue({len(self)} orders from {self.path})"

    def get(self, order_id: str) -> OrderInfo:
        """The order with this id.

        Raises:
            KeyError: No such id; the message lists the known ids.
        """
        try:
            return self._by_id[order_id]
        except KeyError:
            known = ", ".join(sorted(self._by_id))
            raise KeyError(f"no order {order_id!r} in {self.path}; known: {known}") from None

    def position(self, order_id: str) -> int:
        """The order's place in the file, from 0."""
        return self.orders.index(self.get(order_id))


def load_orders(path: os.PathLike | str | None = None) -> OrderCatalogue:
    """Load and check an orders file.

    Args:
        path: A YAML file to read. ``None`` reads the bundled
            ``data/orders.yml``, parsed once and then cached.

    Returns:
        The checked catalogue, with exactly one entry for each rule in
        :data:`signposting.eligibility.rules.RULES`.

    Raises:
        OrdersError: The file is unreadable, not YAML, or an entry is
            malformed, duplicated, has no rule, or a rule has no entry. The
            message names the file, the entry (id and position) and the field.
    """
    if path is None:
        return _load_bundled()
    return _read(Path(path))


@lru_cache(maxsize=1)
def _load_bundled() -> OrderCatalogue:
    return _read(DEFAULT_PATH)


def _read(path: Path) -> OrderCatalogue:
    document = load_yaml(path, OrdersError)
    if not isinstance(document, dict) or not isinstance(document.get("orders"), list):
        raise OrdersError(f"{path}: must be a mapping with an `orders:` list")
    orders = parse_entries(OrderInfo, document["orders"], path, OrdersError)
    first_index = {order.id: index for index, order in enumerate(orders)}
    for index, order in enumerate(orders):
        if order.id not in ORDER_IDS:
            raise OrdersError(
                f"{path}: {label('entry', {'id': order.id}, 'id', index)}: field 'id': no rule "
                f"for {order.id!r}; rules exist for: {', '.join(ORDER_IDS)}"
            )

    missing = [order_id for order_id in ORDER_IDS if order_id not in first_index]
    if missing:
        raise OrdersError(f"{path}: no entry for {', '.join(missing)} (each rule needs one)")
    return OrderCatalogue(tuple(orders), path)
