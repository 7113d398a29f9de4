"""Sending an SMS through Twilio's Messages REST API without blocking the event loop.

``POST {TWILIO_API_URL}/2010-04-01/Accounts/{sid}/Messages.json`` with basic auth
(account SID : auth token) and form fields To, Body and From (or
MessagingServiceSid). httpx's async client is used, not twilio's synchronous
one, which would stall every conversation while it waits.

Retries, with exponential backoff and jitter, bounded by SMS_SEND_ATTEMPTS:

* 429 and 5xx answers (a Retry-After header is honoured, up to a cap);
* connection errors, where the request may not have reached Twilio.

Not retried: other 4xx answers (a retry would fail the same way; 21610 means
the person texted STOP to Twilio), and a read timeout, where Twilio may already
have accepted the message: the Messages API has no idempotency key, so a retry
could send the same text twice.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from bot.channels.sms.config import SmsSettings

logger = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 30.0


class _QuietMessagesApi(logging.Filter):
    """Drops httpx's per-request INFO line for the Messages API (it carries the account SID)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "/Messages.json" not in record.getMessage()


def _quiet_httpx() -> None:
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(f, _QuietMessagesApi) for f in httpx_logger.filters):
        httpx_logger.addFilter(_QuietMessagesApi())


@dataclass(frozen=True)
class SendResult:
    sent: bool
    attempts: int
    status: int | None = None
    message_sid: str | None = None


def _retryable(status: int) -> bool:
    return status == 429 or status >= 500


def _retry_after(reply: httpx.Response) -> float | None:
    try:
        return float(reply.headers.get("Retry-After", ""))
    except ValueError:
        return None


def _error_code(reply: httpx.Response) -> str:
    try:
        return str(reply.json().get("code", "-"))
    except ValueError:
        return "-"


class TwilioMessages:
    """A small async client for one Twilio account's Messages resource."""

    def __init__(
        self,
        settings: SmsSettings,
        client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.url = f"{settings.api_url}/2010-04-01/Accounts/{settings.account_sid}/Messages.json"
        self.auth = (settings.account_sid, settings.auth_token)
        if settings.messaging_service_sid:
            self.sender = {"MessagingServiceSid": settings.messaging_service_sid}
        else:
            self.sender = {"From": settings.from_number}
        self.attempts = settings.send_attempts
        self.backoff = settings.send_backoff_seconds
        self.timeout = settings.send_timeout_seconds
        self._client = client
        self._sleep = sleep

    def _http(self) -> httpx.AsyncClient:
        # Created on first use, inside the running event loop.
        if self._client is None:
            _quiet_httpx()
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 5.0))
            )
        return self._client

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, MAX_BACKOFF_SECONDS)
        base = min(self.backoff * 2 ** (attempt - 1), MAX_BACKOFF_SECONDS)
        return base * random.uniform(0.5, 1.0)  # jitter, so retries from many turns spread out

    async def send(self, to: str, body: str) -> SendResult:
        """Sends one SMS, retrying what is safe to retry. Never raises for network trouble."""
        data = {"To": to, "Body": body, **self.sender}
        status: int | None = None
        for attempt in range(1, self.attempts + 1):
            retry_after = None
            try:
                reply = await self._http().post(self.url, data=data, auth=self.auth)
            except httpx.ReadTimeout:
                logger.error("sms.send_unconfirmed attempt=%d error=ReadTimeout", attempt)
                return SendResult(False, attempt)
            except httpx.TransportError as exc:
                logger.warning("sms.send_retry attempt=%d error=%s", attempt, type(exc).__name__)
            else:
                status = reply.status_code
                if 200 <= status < 300:
                    sid = None
                    try:
                        sid = reply.json().get("sid")
                    except ValueError:
                        pass
                    return SendResult(True, attempt, status, sid)
                if not _retryable(status):
                    logger.error("sms.send_failed status=%d code=%s", status, _error_code(reply))
                    return SendResult(False, attempt, status)
                logger.warning("sms.send_retry attempt=%d status=%d", attempt, status)
                retry_after = _retry_after(reply)
            if attempt < self.attempts:
                await self._sleep(self._delay(attempt, retry_after))
        logger.error("sms.send_failed status=%s attempts=%d", status or "-", self.attempts)
        return SendResult(False, self.attempts, status)

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
