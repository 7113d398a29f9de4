"""The conversation's state (:class:`Draft`), its answer (:class:`Reply`) and the log it uses."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from incident_log.model import Entry

Message = dict[str, Any]


@dataclass
class Draft:
    """Where the conversation is, and the entry so far (plain JSON types only).

    Attributes:
        stage: What the last reply asked for.
        written_at: When the person gave their account (the entry's "recorded").
        fields: The entry's parts as text, by :data:`LABELS` key.
        occurred_at: When it happened (ISO), when it could be read.
        approximate: They said "about", "around" and the like.
        reported: Whether it was reported (None: not said).
        asked: Questions already asked or answered, never asked again.
        pending: The question or part a reply is about.
        then: What to do once the log is open ("save", "menu", "delete_log", "share"),
            or, while the phone link is offered, whether an entry was just saved
            ("after_save").
        picks: Entry ids offered in the last numbered list.
        picked: The entry chosen from it.
    """

    stage: str = "account"
    written_at: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    occurred_at: str | None = None
    approximate: bool = False
    reported: bool | None = None
    asked: list[str] = field(default_factory=list)
    pending: str = ""
    then: str = ""
    picks: list[str] = field(default_factory=list)
    picked: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Draft:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def __repr__(self) -> str:
        # Never the words: a stray log line must not carry them.
        return f"Draft(stage={self.stage!r})"


@dataclass(frozen=True)
class Reply:
    """What the conversation answers.

    Attributes:
        messages: Message dicts (``text``, optional ``buttons``), in order.
        end: The conversation is over; forget the draft.
        to_rasa: Over, and the person's message was not for it: let the bot answer it too.
    """

    messages: list[Message]
    end: bool = False
    to_rasa: bool = False


class LogStore(Protocol):
    """The log the conversation reads and writes (one conversation's view of it)."""

    retention_days: int
    session_minutes: int
    download_link: str

    @property
    def is_open(self) -> bool:
        """A log is open in this conversation."""

    def create(self) -> str:
        """Makes a new log, opens it and returns its code."""

    def open(self, code: str) -> bool:
        """Opens the log for ``code``; False when there is none. May raise TooManyGuesses."""

    def save(self, entry: Entry) -> int:
        """Saves the entry to the open log; returns how many entries it now has."""

    def entries(self) -> list[Entry]:
        """The open log's entries, in the order things happened."""

    def delete_entry(self, entry_id: str) -> bool:
        """Deletes one entry of the open log."""

    def delete_log(self) -> None:
        """Deletes the open log and closes it."""

    def share(self) -> None:
        """Lets the person's advocate read the open log (their consent)."""

    def stop_sharing(self) -> None:
        """Withdraws that consent."""

    @property
    def can_link(self) -> bool:
        """This phone may be linked to the open log (SMS, a log open, not linked yet)."""

    @property
    def linked(self) -> bool:
        """The open log is linked to this phone: later texts open it without the code."""

    def link(self) -> None:
        """Links this phone to the open log (the person's choice)."""

    def unlink(self) -> bool:
        """Removes this phone's link, if any; True when there was one."""
