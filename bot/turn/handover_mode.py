"""The live handover as a turn mode: the person's words go to the advocate.

While a conversation has a waiting or claimed handover (its record is the
project's own, in Redis: ``handover/queue.py``), this mode answers instead of
Rasa, so Rasa's ``ConversationPaused`` and session expiry play no part: a
session that expires in Rasa changes nothing here, and the handover lasts
until the advocate ends it, the person goes back, or it expires with its
retention.

Per message:

* the message goes into the transcript and every console hears of it;
* **danger or self-harm**: the turn's net puts the 999 / Samaritans guidance
  first (the verdict is taken before any mode), the handover is raised to high
  priority, and the advocate is alerted;
* **BACK** (and a few plain ways to say it) ends the handover, and Rasa shows
  the menu;
* waiting: a short line with the place in the queue; claimed: no bot reply,
  the advocate answers.

A callback request is queued for the advocates, but the person stays with the
bot (they asked not to wait).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from redis.asyncio import Redis

from bot.safety.detector import Assessment
from bot.safety.replies import response_message, response_text
from bot.turn.modes import Message, ModeReply, TurnMode
from bot.turn.request import TurnRequest
from common.medium import Medium
from common.settings import Settings
from handover.queue import Callback, Handover, HandoverRequest, State
from handover.screening import Answer, Priority, assess
from handover.service import HandoverService, priority_of

logger = logging.getLogger(__name__)

__all__ = ["HandoverMode", "is_back"]

# A whole message that means "take me back to the bot", and nothing else, so a
# sentence to the advocate that happens to contain "back" is never swallowed.
_BACK = re.compile(
    r"(?:go\s+)?back(?:\s+to\s+(?:the\s+)?(?:bot|helper|menu))?|(?:the\s+)?bot|menu|leave|exit"
    r"|end(?:\s+(?:the\s+)?chat)?|stop\s+(?:the\s+)?chat",
    re.IGNORECASE,
)
MENU_PAYLOAD = "/ask_menu"
# A callback asked for on web chat waits this long for the number.
ASK_NUMBER_SECONDS = 1800
MIN_CALLBACK_DIGITS = 9
_SKIP = re.compile(r"skip|no|no thanks|no number|none|rather not|back", re.IGNORECASE)


def is_back(text: str) -> bool:
    """True when the whole message asks to leave the handover for the bot."""
    return bool(_BACK.fullmatch(text.strip().rstrip(".! ")))


def _notice(name: str, medium: Medium, **values: Any) -> Message:
    message = response_message(name, medium)
    message["text"] = message["text"].format(**values)
    return message


def _answers(raw: Any) -> dict[str, Answer]:
    answers: dict[str, Answer] = {}
    for question_id, value in dict(raw or {}).items():
        try:
            answers[str(question_id)] = Answer(value)
        except ValueError:
            continue
    return answers


def _callback(raw: Any) -> Callback | None:
    if not isinstance(raw, dict) or not raw.get("safe_time"):
        return None
    method = "sms" if str(raw.get("method", "")).lower() in ("sms", "text") else "phone"
    return Callback(safe_time=str(raw["safe_time"])[:80], method=method)


class HandoverMode(TurnMode):
    """Routes a handed-over conversation to the advocates (see the module docstring)."""

    name = "handover"

    def __init__(self, settings: Settings, service: HandoverService | None = None) -> None:
        self.settings = settings
        self._service = service
        self._vault: Any = None

    @property
    def service(self) -> HandoverService:
        if self._service is None:  # a client made inside the running loop, on first use
            s = self.settings
            client = Redis(
                host=s.redis_host,
                port=s.redis_port,
                db=s.redis_db,
                password=s.redis_password or None,
                socket_connect_timeout=1,
                socket_timeout=2,
                decode_responses=True,
            )
            self._service = HandoverService(client, s, texts=response_text)
        return self._service

    def _encrypt(self, contact: str | None) -> bytes | None:
        if not contact or not self.settings.sms_number_key:
            return None
        if self._vault is None:
            from bot.channels.sms.identity import NumberVault

            self._vault = NumberVault(self.settings.sms_number_key)
        return bytes(self._vault.encrypt(contact))

    async def start(
        self, request: TurnRequest, verdict: Assessment, data: dict[str, Any]
    ) -> list[Message]:
        medium = request.medium
        answers = _answers(data.get("screening"))
        flags = [str(f) for f in data.get("danger_flags") or []] + list(verdict.rule_ids)
        screening = assess(answers, flags)
        wanted = priority_of(data.get("priority"))
        priority = Priority.HIGH if Priority.HIGH in (wanted, screening.priority) else wanted
        consent = bool(data.get("consent"))
        callback = _callback(data.get("callback"))
        handover_request = HandoverRequest(
            conversation_id=request.conversation_id,
            channel=request.channel,
            area=data.get("area") if consent else None,
            risk_flags=tuple(dict.fromkeys(flags + list(screening.reasons))),
            priority=priority,
            consent_to_share=consent,
            callback=callback,
        )
        summary = _summary(data, screening, flags, consent)
        handover, position = await self.service.start(
            handover_request,
            summary,
            str(data.get("reason") or "asked"),
            self._encrypt(request.contact),
        )
        if callback is not None:
            method = "text message" if callback.method == "sms" else "phone call"
            said = [
                _notice(
                    "notice_handover_callback", medium, safe_time=callback.safe_time, method=method
                )
            ]
            if request.contact is None:
                # Web chat: nobody can call or text back without a number. Asked here,
                # outside Rasa, so the number never reaches the tracker.
                await self._asking(request.conversation_id, handover.id)
                said.append(response_message("notice_handover_ask_number", medium))
            return said
        return [_notice("notice_handover_queued", medium, position=position or 1)]

    def _ask_key(self, conversation_id: str) -> str:
        return self.service.config.key("ask_number", conversation_id)

    async def _asking(self, conversation_id: str, handover_id: str) -> None:
        await self.service.redis.set(
            self._ask_key(conversation_id), handover_id, ex=ASK_NUMBER_SECONDS
        )

    async def _number(self, request: TurnRequest, verdict: Assessment) -> ModeReply | None:
        """The answer to "what number should they use?", if that was asked."""
        key = self._ask_key(request.conversation_id)
        handover_id = await self.service.redis.get(key)
        if handover_id is None or verdict.signals:
            return None  # danger: the net answers, and the question can wait
        medium = request.medium
        text = request.text.strip()
        if _SKIP.fullmatch(text.rstrip(".! ")):
            await self.service.redis.delete(key)
            return ModeReply([response_message("notice_handover_number_skipped", medium)])
        if not any(c.isdigit() for c in text):
            # Something else: no number kept, and the bot answers it.
            await self.service.redis.delete(key)
            skipped = response_message("notice_handover_number_skipped", medium)
            return ModeReply([skipped], to_rasa=True)
        from bot.channels.sms.identity import InvalidNumber, to_e164

        try:
            number = to_e164(text)
        except InvalidNumber:
            number = ""
        # "Possible" lets short codes through; a number to ring back has 9+ digits
        # after the country code (UK numbers have 9 or 10).
        if len(number) < MIN_CALLBACK_DIGITS + 3:
            return ModeReply([response_message("notice_handover_number_unclear", medium)])
        contact = self._encrypt(number)
        await self.service.redis.delete(key)
        if contact is None:  # no key configured to keep it safely: keep nothing
            logger.error("handover.no_number_key")
            return ModeReply([response_message("notice_handover_number_skipped", medium)])
        await self.service.set_contact(handover_id, contact)
        return ModeReply([response_message("notice_handover_number_kept", medium)])

    async def handle(self, request: TurnRequest, verdict: Assessment) -> ModeReply | None:
        asked = await self._number(request, verdict)
        if asked is not None:
            return asked
        handover = await self.service.live(request.conversation_id)
        if handover is None or handover.request.callback is not None:
            return None
        medium = request.medium
        if is_back(request.text) and not verdict.signals:
            await self.service.withdraw(request.conversation_id)
            back = response_message("notice_handover_back", medium)
            return ModeReply([back], to_rasa=True, text_for_rasa=MENU_PAYLOAD)
        danger = verdict.immediate_danger or verdict.self_harm
        await self.service.person_said(handover, request.text, verdict.rule_ids, danger=danger)
        return await self._reply(handover, medium, danger)

    async def _reply(self, handover: Handover, medium: Medium, danger: bool) -> ModeReply:
        messages: list[Message] = []
        if danger:
            # The net puts the 999 / Samaritans guidance before this line.
            messages.append(response_message("notice_handover_alerted", medium))
            await self.service.bot_said(handover, "[the bot gave the safety guidance]")
        if handover.state is State.WAITING:
            position = await self.service.position(handover.id)
            messages.append(_notice("notice_handover_waiting", medium, position=position or 1))
        return ModeReply(messages, quiet=True)

    async def forget(self, conversation_id: str) -> None:
        await self.service.redis.delete(self._ask_key(conversation_id))
        await self.service.forget(conversation_id)

    async def close(self) -> None:
        if self._service is not None:
            await self._service.redis.close()


def _summary(
    data: dict[str, Any], screening: Any, flags: list[str], consent: bool
) -> dict[str, Any]:
    """What the advocate reads first (reduced to safety facts without consent)."""
    from handover.summary import build_summary
    from signposting.profile import Profile

    profile = Profile.from_slots(data.get("area"), data.get("identities"), data.get("needs"))
    return build_summary(
        profile, screening, flags, consent, [str(t) for t in data.get("told_topics") or []]
    ).to_dict()
