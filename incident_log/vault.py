"""The log behind a code only the person holds, encrypted at rest in Redis.

Security design (docs/architecture.md, "Incident log library"):

* **The code** is a few random words from ``data/words.txt`` (about 2,000
  words), drawn with :mod:`secrets`: five words carry about 55 bits. We
  never store it; a lost code is a lost log.
* **One memory-hard derivation per access**: ``master = scrypt(code, salt)``
  where the salt is an HMAC of the deployment's secret. Scrypt's default
  parameters (N=2**15, r=8, p=1: 32 MiB and tens of milliseconds a try) make
  every offline guess cost that memory and time, on top of the code's entropy.
  Tests pass cheaper :class:`KdfParams` explicitly.
* **Log id** = HMAC(master, "log id"): Redis keys name neither the code nor
  anything a copy of Redis could test a guess against without the secret
  *and* a scrypt run per guess.
* **Entries** are encrypted with AES-256-GCM under HMAC(master, "entry key"),
  a fresh 96-bit nonce each, the log and entry ids bound as associated data (a
  ciphertext moved to another entry or log does not decrypt).
* **Wrong code**: another log id, nothing there: :meth:`Vault.open` returns
  None and counts a failed guess for the client and for everyone together
  (:mod:`incident_log.guesses`: a wrong code cannot name the log it was
  meant for, so the total is what bounds the guesses any one log faces);
  past either limit it refuses before running the KDF
  (:class:`TooManyGuesses`), so guessing is also no way to burn CPU.
* **Retention**: every key has a TTL, renewed whenever the log is used
  (default one year: ``INCIDENT_LOG_RETENTION_DAYS``). Keys elsewhere that
  hold a log's access for longer than a conversation (a linked phone,
  :mod:`incident_log.links`) are named in the log (:meth:`Log.bind`) and go
  when it is deleted.

Nothing here logs an entry or a code, and nothing of an entry is ever
written unencrypted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from incident_log.guesses import GuessLimit
from incident_log.guesses import TooManyGuesses as TooManyGuesses  # re-exported
from incident_log.model import Entry
from incident_log.sealed import Sealer

if TYPE_CHECKING:
    import redis

WORDS_PATH = Path(__file__).parent / "data" / "words.txt"
DEFAULT_CODE_WORDS = 5
# Fields of a log's hash that are not entries start with this ("_" marks the log;
# "_bound:<key>" names a key holding the log's access, deleted with it).
_NOT_ENTRY = "_"
_BOUND = "_bound:"


@dataclass(frozen=True)
class KdfParams:
    """Scrypt's cost parameters.

    The defaults (N=2**15, r=8, p=1) take 32 MiB (128 * N * r bytes) and about
    0.1 s per derivation on one core: within the interactive range the scrypt
    paper recommends and RFC 7914 section 2 describes, and small enough that
    two cores serve several people at once. Tests pass ``KdfParams(n=2**10)``.
    """

    n: int = 2**15
    r: int = 8
    p: int = 1


@lru_cache(maxsize=1)
def words() -> tuple[str, ...]:
    """The word list codes are drawn from (comments and blank lines skipped)."""
    lines = WORDS_PATH.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def new_code(count: int = DEFAULT_CODE_WORDS) -> str:
    """A fresh code: ``count`` random words joined by spaces ("maple lantern ...")."""
    return " ".join(secrets.choice(words()) for _ in range(count))


def normalise_code(code: str) -> str:
    """The code as compared: lower case, words separated by single spaces.

    "Maple-Lantern  river" and "maple lantern river" are the same code.
    """
    return " ".join(code.lower().replace("-", " ").replace(",", " ").split())


class Log:
    """One open log. Hold it only for the request that opened it."""

    def __init__(self, vault: Vault, log_id: str, key: bytes) -> None:
        self._vault = vault
        self.log_id = log_id
        self._entry_key = key
        self._aead = AESGCM(key)

    def access(self) -> LogAccess:
        """What reopens this log without the code (kept only sealed, for a short while)."""
        return LogAccess(self.log_id, self._entry_key)

    def __repr__(self) -> str:
        return "Log(<open>)"

    @property
    def _key(self) -> str:
        return self._vault._entries_key(self.log_id)

    def _seal(self, entry: Entry) -> bytes:
        nonce = os.urandom(12)
        aad = f"{self.log_id}:{entry.id}".encode()
        return nonce + self._aead.encrypt(nonce, entry.json().encode(), aad)

    def _unseal(self, entry_id: str, blob: bytes) -> Entry | None:
        aad = f"{self.log_id}:{entry_id}".encode()
        try:
            plain = self._aead.decrypt(blob[:12], blob[12:], aad)
        except InvalidTag:
            return None
        return Entry.parse_obj(json.loads(plain))

    def save(self, entry: Entry) -> None:
        """Stores an entry (new, or a copy with amendments added), renewing the retention."""
        conn = self._vault.redis
        pipe = conn.pipeline()
        pipe.hset(self._key, entry.id, self._seal(entry))
        pipe.expire(self._key, self._vault.retention_seconds)
        pipe.execute()

    def get(self, entry_id: str) -> Entry | None:
        """One entry, or None when there is none with that id."""
        blob = self._vault.redis.hget(self._key, entry_id)
        return None if blob is None else self._unseal(entry_id, blob)

    def entries(self) -> list[Entry]:
        """Every entry, in the order things happened."""
        raw = self._vault.redis.hgetall(self._key)
        found = (
            self._unseal(k.decode(), v)
            for k, v in raw.items()
            if not k.startswith(_NOT_ENTRY.encode())
        )
        return sorted((e for e in found if e is not None), key=Entry.sort_key)

    def delete_entry(self, entry_id: str) -> bool:
        """Deletes one entry; True when it existed."""
        if entry_id.startswith(_NOT_ENTRY):
            return False
        return bool(self._vault.redis.hdel(self._key, entry_id))

    def bind(self, key_name: str) -> None:
        """Names a Redis key that holds this log's access: :meth:`delete` deletes it too."""
        self._vault.redis.hset(self._key, _BOUND + key_name, b"")

    def unbind(self, key_name: str) -> None:
        """Forgets a key named by :meth:`bind` (the key itself is the caller's to delete)."""
        self._vault.redis.hdel(self._key, _BOUND + key_name)

    def delete(self) -> None:
        """Deletes the whole log and every key bound to it; the code then opens nothing."""
        conn = self._vault.redis
        bound = [
            field.decode()[len(_BOUND) :]
            for field in conn.hkeys(self._key)
            if field.startswith(_BOUND.encode())
        ]
        conn.delete(self._key, *bound)

    def ttl_seconds(self) -> int:
        """Seconds until the log is deleted unless used again."""
        return int(self._vault.redis.ttl(self._key))

    def exists(self) -> bool:
        """False once the log was deleted (by the person, or by retention)."""
        return bool(self._vault.redis.exists(self._key))


@dataclass(frozen=True)
class LogAccess:
    """A log's id and entry key: what the code derives, without the code.

    Held only sealed under the deployment's secret and for a short while (a
    conversation's draft, an API token, a consented share), so a person need
    not type their code at every message.
    """

    log_id: str
    key: bytes = field(repr=False)

    def to_json(self) -> str:
        return json.dumps({"log": self.log_id, "key": base64.b64encode(self.key).decode()})

    @classmethod
    def from_json(cls, text: str) -> LogAccess:
        data = json.loads(text)
        return cls(str(data["log"]), base64.b64decode(data["key"]))


class Vault:
    """Logs in Redis, each reached only by its code.

    Args:
        redis: A Redis connection.
        secret: The deployment's secret (``INCIDENT_LOG_SECRET``), at least 32 bytes.
        prefix: Key prefix (``REDIS_KEY_PREFIX``).
        retention_days: How long an unused log is kept.
        max_guesses: Failed opens allowed per client within ``guess_window_seconds``.
        max_guesses_total: Failed opens allowed from every client together within
            the window (sliding): see :mod:`incident_log.guesses`.
        guess_window_seconds: The window for both.
        kdf: Scrypt parameters; the defaults are the real ones.
    """

    def __init__(
        self,
        redis: redis.Redis,
        *,
        secret: str | bytes,
        prefix: str,
        retention_days: int = 365,
        max_guesses: int = 10,
        max_guesses_total: int = 200,
        guess_window_seconds: int = 3600,
        kdf: KdfParams = KdfParams(),  # noqa: B008 - frozen dataclass
    ) -> None:
        secret_bytes = secret.encode() if isinstance(secret, str) else secret
        if len(secret_bytes) < 32:
            raise ValueError("INCIDENT_LOG_SECRET must be at least 32 characters")
        self.redis = redis
        self._secret = secret_bytes
        self._salt = hmac.new(secret_bytes, b"incident log scrypt salt", hashlib.sha256).digest()
        self.prefix = prefix
        self.retention_seconds = retention_days * 86_400
        self.guesses = GuessLimit(
            redis,
            client_key=lambda client: self.keyed("ilog-guesses", client),
            total_key=f"{prefix}:ilog-guesses-total",
            per_client=max_guesses,
            total=max_guesses_total,
            window_seconds=guess_window_seconds,
        )
        self.kdf = kdf

    def __repr__(self) -> str:
        return f"Vault(prefix={self.prefix!r})"

    def _entries_key(self, log_id: str) -> str:
        return f"{self.prefix}:ilog:{log_id}"

    def keyed(self, kind: str, name: str) -> str:
        """A Redis key for ``name`` (a conversation id, a client) that does not show it."""
        digest = hmac.new(self._secret, name.encode(), hashlib.sha256).hexdigest()[:32]
        return f"{self.prefix}:{kind}:{digest}"

    def sealer(self, purpose: str) -> Sealer:
        """Encryption under a key derived from the deployment's secret, one per purpose."""
        return Sealer(self._secret, purpose)

    def _derive(self, code: str) -> tuple[str, bytes]:
        normal = normalise_code(code)
        if not normal:
            raise ValueError("empty code")
        kdf = Scrypt(salt=self._salt, length=32, n=self.kdf.n, r=self.kdf.r, p=self.kdf.p)
        master = kdf.derive(normal.encode())
        log_id = hmac.new(master, b"log id", hashlib.sha256).hexdigest()
        key = hmac.new(master, b"entry key", hashlib.sha256).digest()
        return log_id, key

    def create(self, code: str) -> Log:
        """A new, empty log for a code from :func:`new_code`.

        Raises:
            ValueError: A log with this code already exists.
        """
        log_id, key = self._derive(code)
        key_name = self._entries_key(log_id)
        # A marker field so the log exists (and expires) before its first entry.
        if not self.redis.hsetnx(key_name, "_", b""):
            raise ValueError("a log with this code already exists")
        self.redis.expire(key_name, self.retention_seconds)
        return Log(self, log_id, key)

    def resume(self, access: LogAccess) -> Log | None:
        """The log ``access`` reaches, or None when it has been deleted; renews retention."""
        log = Log(self, access.log_id, access.key)
        if not self.redis.expire(self._entries_key(access.log_id), self.retention_seconds):
            return None
        return log

    def open(self, code: str, client: str) -> Log | None:
        """The log for ``code``, or None when there is none (counted as a guess).

        Args:
            code: What the person typed.
            client: Who is asking (web session, address, SMS pseudonym), for the
                guess limit; the key that counts it is a keyed hash of it.

        Raises:
            TooManyGuesses: ``client`` has failed ``max_guesses`` times in the window,
                or every client together ``max_guesses_total`` times.
        """
        self.guesses.check(client)
        try:
            log_id, key = self._derive(code)
        except ValueError:
            log_id, key = "", b""
        if log_id and self.redis.expire(self._entries_key(log_id), self.retention_seconds):
            return Log(self, log_id, key)
        self.guesses.failed(client)
        return None
