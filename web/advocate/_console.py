"""The console's state, made when the server starts: Redis, the handover service, sessions."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from redis.asyncio import Redis
from sanic.request import Request

from bot.safety.replies import response_text
from common.settings import Settings
from handover import Account, AccountStore, Action, AuditTrail, HandoverConfig
from handover.service import Deliver, HandoverService
from web.advocate._http import SESSION_COOKIE
from web.advocate._sessions import LoginLimiter, Session, SessionStore
from web.advocate._shared_log import SharedLogs

logger = logging.getLogger(__name__)

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")  # as handover.accounts checks
MakeDelivery = Callable[[Settings, Redis], tuple[Deliver, Callable[[], Awaitable[None]]]]


@dataclass
class Console:
    """What the routes use, made when the server starts (never at import)."""

    settings: Settings
    redis: Redis
    service: HandoverService
    accounts: AccountStore
    audit: AuditTrail
    sessions: SessionStore
    limiter: LoginLimiter
    shared_logs: SharedLogs
    close_delivery: Callable[[], Awaitable[None]]
    tasks: list[asyncio.Task] = field(default_factory=list)

    @classmethod
    def start(cls, settings: Settings, make_delivery: MakeDelivery) -> Console:
        redis = Redis(
            host=settings.redis_host,
            port=settings.redis_port,
            db=settings.redis_db,
            password=settings.redis_password or None,
            decode_responses=True,
            socket_connect_timeout=5,
        )
        config = HandoverConfig.from_settings(settings)
        deliver, close_delivery = make_delivery(settings, redis)
        service = HandoverService(redis, settings, deliver=deliver, texts=response_text)
        return cls(
            settings=settings,
            redis=redis,
            service=service,
            accounts=AccountStore(redis, config),
            audit=service.audit,
            sessions=SessionStore(redis, settings),
            limiter=LoginLimiter(redis, settings),
            shared_logs=SharedLogs(settings),
            close_delivery=close_delivery,
        )

    def start_sweeping(self) -> None:
        self.tasks.append(asyncio.get_running_loop().create_task(self._sweep_forever()))

    async def _sweep_forever(self) -> None:
        """Overdue notices to people waiting, idle handovers back to the queue."""
        while True:
            await asyncio.sleep(self.settings.advocate_sweep_seconds)
            try:
                await self.service.sweep()
            except Exception as exc:  # noqa: BLE001 - the next sweep tries again
                logger.warning("advocate.sweep_failed error=%s", type(exc).__name__)

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.tasks.clear()
        await self.close_delivery()
        self.shared_logs.close()
        await self.redis.close()

    async def signed_in(self, request: Request, touch: bool) -> tuple[Session, Account] | None:
        """The request's session and its (enabled) account, or None."""
        token = request.cookies.get(SESSION_COOKIE, "")
        session = await self.sessions.get(token, touch=touch)
        if session is None:
            return None
        account = await self.accounts.get(session.username)
        if account is None or account.disabled:
            await self.sessions.end(token)
            return None
        return session, account

    async def sign_in(self, username: str, password: str, address: str) -> Session | int | None:
        """A new session; the seconds to wait when rate-limited; None for a wrong password."""
        wait = await self.limiter.retry_after(username, address)
        if wait:
            return wait
        account = await self.accounts.verify(username, password)
        if account is None:
            await self.limiter.failed(username, address)
            # Only a real account's name goes in the trail: a password typed into the
            # username box must not be kept.
            known = _USERNAME.match(username) and await self.accounts.get(username) is not None
            await self.audit.record(username if known else "unknown", Action.LOGIN_FAILED)
            logger.info("advocate.login_failed")
            return None
        await self.limiter.succeeded(username)
        session = await self.sessions.create(account.username)
        await self.audit.record(account.username, Action.LOGIN)
        logger.info("advocate.login")
        return session
