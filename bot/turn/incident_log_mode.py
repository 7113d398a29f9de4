"""The incident log as a turn mode: the person's account never reaches Rasa.

An action (``actions/incident_log.py``) starts it; from then on every message
of the conversation is answered here by the library's state machine
(:mod:`incident_log.conversation`) until the entry is saved or dropped and
the person is finished. The safety verdict was taken before this runs and the
net puts 999 guidance first, so a danger message in the middle of an entry is
answered and the entry carries on.

State is the sealed draft in Redis (:mod:`incident_log.drafts`), expiring
after ``INCIDENT_LOG_SESSION_SECONDS``; never the tracker. Redis and scrypt
block, so each message's work runs in a worker thread. Nothing of an entry is
logged: only error types.

On SMS only, a phone the person chose to link (:mod:`incident_log.links`)
opens its log when the mode starts, without the code; "unlink" is answered
here even when no log conversation is going on, and "delete my data" and
STOP (both end every mode: :meth:`forget`) remove the link. The web chat
never links: a web session is no stable identity.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

from bot.safety.detector import Assessment
from bot.turn.language import other_language
from bot.turn.modes import Message, ModeReply, TurnMode
from bot.turn.request import TurnRequest
from common.settings import Settings
from incident_log.conversation import Draft, Reply, asks_to_unlink, say, start, step
from incident_log.drafts import Drafts
from incident_log.extract import LONDON
from incident_log.links import PhoneLinks
from incident_log.store import VaultStore, vault_from_settings
from incident_log.vault import LogAccess, Vault

logger = logging.getLogger(__name__)

PURPOSES = frozenset({"entry", "open", "share"})


class IncidentLogMode(TurnMode):
    """Keeps an incident log with the person, outside Rasa."""

    name = "incident_log"

    def __init__(self, settings: Settings, vault: Vault | None = None) -> None:
        self.settings = settings
        self._vault = vault
        self._drafts: Drafts | None = None
        self._links: PhoneLinks | None = None

    @property
    def available(self) -> bool:
        """False without a usable INCIDENT_LOG_SECRET: the log is then offered as unavailable."""
        return len(self.settings.incident_log_secret.encode()) >= 32

    def _parts(self) -> tuple[Vault, Drafts, PhoneLinks]:
        if self._vault is None:
            self._vault = vault_from_settings(self.settings)
        if self._drafts is None:
            self._drafts = Drafts(self._vault, self.settings.incident_log_session_seconds)
        if self._links is None:
            self._links = PhoneLinks(self._vault)
        return self._vault, self._drafts, self._links

    def _store(
        self, request: TurnRequest, access: LogAccess | None, linked: bool = False
    ) -> VaultStore:
        vault, _, links = self._parts()
        return VaultStore(
            vault,
            request.conversation_id,
            access,
            session_minutes=self.settings.incident_log_session_seconds // 60,
            share_seconds=self.settings.handover_retention_seconds,
            download_link=self.settings.incident_log_page_url,
            # The turn answers "English only" before any mode sees such a message.
            code_ok=lambda code: not other_language(code),
            # The SMS pseudonym is the number's stable identity; a web session is not.
            links=links if request.medium.short else None,
            linked=linked,
        )

    def _keep(self, conversation_id: str, draft: Draft, reply: Reply, store: VaultStore) -> None:
        _, drafts, _ = self._parts()
        if reply.end:
            drafts.delete(conversation_id)
            return
        access = store.access
        state: dict[str, Any] = {"draft": draft.to_dict()}
        if access is not None:
            state["access"] = access.to_json()
            state["linked"] = store.linked
        drafts.save(conversation_id, state)

    # --- TurnMode ---------------------------------------------------------------------

    async def handle(self, request: TurnRequest, verdict: Assessment) -> ModeReply | None:
        if not self.available:
            return None
        return await asyncio.to_thread(self._handle, request, verdict.any)

    def _handle(self, request: TurnRequest, alarm: bool) -> ModeReply | None:
        _, drafts, links = self._parts()
        state, lapsed = drafts.load_or_lapsed(request.conversation_id)
        short = request.medium.short
        if state is None:
            if short and asks_to_unlink(request.text):
                # Said the same whether or not there was a link: it tells a reader nothing.
                links.unlink(request.conversation_id)
                return ModeReply([{"text": say("unlinked", short)}])
            # An entry left unfinished until it expired: this message was most likely
            # meant for it, so it does not go on to Rasa's tracker.
            return ModeReply([{"text": say("timed_out", short)}]) if lapsed else None
        try:
            draft = Draft.from_dict(state["draft"])
            access = LogAccess.from_json(state["access"]) if state.get("access") else None
            store = self._store(request, access, linked=bool(state.get("linked")))
            now = dt.datetime.now(LONDON)
            reply = step(draft, request.text, now, short, store, alarm=alarm)
            self._keep(request.conversation_id, draft, reply, store)
        except Exception as exc:  # noqa: BLE001 - the words must not fall through to Rasa
            logger.error("incident_log.step_failed error=%s", type(exc).__name__)
            return ModeReply([{"text": say("failed", short)}])
        return ModeReply(reply.messages, to_rasa=reply.to_rasa)

    async def start(
        self, request: TurnRequest, verdict: Assessment, data: dict[str, Any]
    ) -> list[Message]:
        short = request.medium.short
        if not self.available:
            return [{"text": say("unavailable", short)}]
        purpose = str(data.get("purpose") or "entry")
        if purpose not in PURPOSES:
            purpose = "entry"
        return await asyncio.to_thread(self._start, request, purpose)

    def _start(self, request: TurnRequest, purpose: str) -> list[Message]:
        store = self._store(request, None)
        store.open_linked()  # a phone the person linked opens its log: no code
        draft, reply = start(purpose, dt.datetime.now(LONDON), request.medium.short, store)
        self._keep(request.conversation_id, draft, reply, store)
        return reply.messages

    async def forget(self, conversation_id: str) -> None:
        if not self.available:
            return
        await asyncio.to_thread(self._forget, conversation_id)

    def _forget(self, conversation_id: str) -> None:
        from incident_log.sharing import stop_sharing

        vault, drafts, links = self._parts()
        drafts.delete(conversation_id)
        stop_sharing(vault, conversation_id)
        links.unlink(conversation_id)  # "delete my data" and SMS STOP

    async def close(self) -> None:
        if self._vault is not None:
            await asyncio.to_thread(self._vault.redis.close)
