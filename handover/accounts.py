"""Advocate accounts: argon2id password hashes in Redis, created and disabled by an admin.

There is no default or demo account: the only way in is
``python -m handover.admin create <username>`` (handover/admin.py).

Keys: ``<prefix>:handover:account:<username>`` (hash: ``hash``, ``role``,
``disabled``, ``created_ms``) and ``<prefix>:handover:accounts`` (set of
usernames). An admin disables an account at once; an account nobody signs in
to for ``HANDOVER_ACCOUNT_DORMANT_DAYS`` lapses (every stored key expires, and
dormant staff accounts are a common way in), and each sign-in renews it.
"""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass
from enum import Enum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from redis.asyncio import Redis

from handover.config import HandoverConfig

__all__ = ["MIN_PASSWORD_CHARS", "Account", "AccountError", "AccountStore", "Role"]

# NCSC password guidance favours length over complexity rules; 12 characters is
# the common floor for staff accounts holding sensitive data.
MIN_PASSWORD_CHARS = 12
MAX_PASSWORD_CHARS = 1024
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")

# KEYS: account, accounts. ARGV: hash, role, created ms, username. 0 if taken.
_CREATE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'hash', ARGV[1], 'role', ARGV[2], 'disabled', '0',
  'created_ms', ARGV[3])
redis.call('SADD', KEYS[2], ARGV[4])
return 1
"""


class AccountError(ValueError):
    """An account cannot be created or changed; the message says why, in plain words."""


class Role(str, Enum):
    ADVOCATE = "advocate"
    # An admin is also an advocate, and can read the audit trail.
    ADMIN = "admin"


@dataclass(frozen=True)
class Account:
    username: str
    role: Role
    disabled: bool
    created_at: float


class AccountStore:
    """Advocate accounts.

    Args:
        redis: An async Redis client with ``decode_responses=True``.
        config: The key prefix.
        hasher: argon2's hasher; the default is argon2-cffi's (RFC 9106 low-memory
            profile). Tests pass a cheap one explicitly.
    """

    def __init__(
        self, redis: Redis, config: HandoverConfig, hasher: PasswordHasher | None = None
    ) -> None:
        self._redis = redis
        self._config = config
        self._hasher = hasher or PasswordHasher()
        self._dummy_hash: str | None = None

    def _key(self, username: str) -> str:
        return self._config.key("account", username)

    @staticmethod
    def check_username(username: str) -> str:
        """The username if it is 3-32 lower-case letters, digits, dots, dashes or underscores.

        Raises:
            AccountError: It is not.
        """
        if not _USERNAME.match(username):
            raise AccountError(
                "a username is 3 to 32 lower-case letters, digits, '.', '-' or '_', "
                "starting with a letter or digit"
            )
        return username

    @staticmethod
    def check_password(password: str) -> None:
        """Raises AccountError for a password too short or too long."""
        if len(password) < MIN_PASSWORD_CHARS:
            raise AccountError(f"a password needs at least {MIN_PASSWORD_CHARS} characters")
        if len(password) > MAX_PASSWORD_CHARS:
            raise AccountError(f"a password has at most {MAX_PASSWORD_CHARS} characters")

    async def create(self, username: str, password: str, role: Role = Role.ADVOCATE) -> Account:
        """Creates an account.

        Raises:
            AccountError: Bad username or password, or the username is taken.
        """
        self.check_username(username)
        self.check_password(password)
        hashed = await asyncio.to_thread(self._hasher.hash, password)
        created_ms = int(time.time() * 1000)
        keys = [self._key(username), self._config.key("accounts")]
        args = [hashed, role.value, created_ms, username]
        if not await self._redis.eval(_CREATE, len(keys), *keys, *args):
            raise AccountError(f"the username {username!r} is taken")
        await self._renew(username)
        return Account(username, role, False, created_ms / 1000)

    async def _renew(self, username: str) -> None:
        """Keeps an account in use: it lapses after the dormant time with no sign-in."""
        ttl = self._config.account_dormant_seconds
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.expire(self._key(username), ttl)
            pipe.expire(self._config.key("accounts"), ttl)
            await pipe.execute()

    async def get(self, username: str) -> Account | None:
        raw = await self._redis.hgetall(self._key(username))
        if not raw:
            return None
        return Account(
            username=username,
            role=Role(raw.get("role", Role.ADVOCATE.value)),
            disabled=raw.get("disabled") == "1",
            created_at=int(raw.get("created_ms", 0)) / 1000,
        )

    async def list(self) -> list[Account]:
        names = sorted(await self._redis.smembers(self._config.key("accounts")))
        accounts = [await self.get(name) for name in names]
        return [a for a in accounts if a is not None]

    async def disable(self, username: str) -> bool:
        """Disables an account at once; False if there is no such account."""
        if not await self._redis.exists(self._key(username)):
            return False
        await self._redis.hset(self._key(username), "disabled", "1")
        return True

    async def enable(self, username: str) -> bool:
        if not await self._redis.exists(self._key(username)):
            return False
        await self._redis.hset(self._key(username), "disabled", "0")
        await self._renew(username)
        return True

    async def set_password(self, username: str, password: str) -> bool:
        """Replaces an account's password; False if there is no such account."""
        self.check_password(password)
        if not await self._redis.exists(self._key(username)):
            return False
        hashed = await asyncio.to_thread(self._hasher.hash, password)
        await self._redis.hset(self._key(username), "hash", hashed)
        await self._renew(username)
        return True

    async def verify(self, username: str, password: str) -> Account | None:
        """The account if the password is right and the account enabled; None otherwise.

        An unknown username costs the same hashing work as a known one, so the
        time taken does not tell which usernames exist.
        """
        raw = await self._redis.hgetall(self._key(username)) if _USERNAME.match(username) else {}
        stored = raw.get("hash") or await self._dummy()
        try:
            await asyncio.to_thread(self._hasher.verify, stored, password[:MAX_PASSWORD_CHARS])
        except (VerificationError, InvalidHashError):
            return None
        if not raw or raw.get("disabled") == "1":
            return None
        if self._hasher.check_needs_rehash(stored):
            new_hash = await asyncio.to_thread(self._hasher.hash, password)
            await self._redis.hset(self._key(username), "hash", new_hash)
        await self._renew(username)
        return await self.get(username)

    async def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = await asyncio.to_thread(self._hasher.hash, "no such account")
        return self._dummy_hash
