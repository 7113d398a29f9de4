"""A phone linked to a log, only when the person chooses it (SMS only).

Someone texting from the same phone can choose, once they have created a log
or opened it with the code, to "link this phone": later texts from that
number open the log without the code, until they text "unlink". The
conversation asks (one neutral question, numbered options) and says plainly
that anyone with the phone could then open the log.

How it is kept:

* The key is a keyed hash of the conversation id (the SMS pseudonym, itself a
  keyed hash of the number), so Redis names neither the number nor the log.
* The value is the log's :class:`~incident_log.vault.LogAccess` (its id and
  entry key) sealed with AES-256-GCM under a key derived from the pseudonym
  and ``INCIDENT_LOG_SECRET`` (:class:`~incident_log.sealed.Sealer`, one key
  per phone), bound to the key's name. A copy of Redis alone reads nothing;
  entries stay encrypted under the key the code derives, which is only ever
  stored wrapped like this.
* It expires with the log's retention: set to the retention when linked and
  renewed each time the phone opens the log, so it never outlives a log left
  unused. The log names the key (:meth:`~incident_log.vault.Log.bind`), so
  deleting the log, from the conversation or the web API, deletes the link.
  Linking again to another log unbinds the first; only a link that expired
  and was then made for another log stays named by the first, whose deletion
  would then remove it: the safe way round (the code is needed again).
* "unlink", "delete my data" and SMS STOP delete it (the turn mode's
  ``forget``); the web chat never links (a web session is no stable identity).

The trade-off, said to the person: the phone becomes the key. Whoever holds
the unlocked phone, or the deployment's secret and a copy of Redis, can open
a linked log, as they could a conversation's draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from incident_log.vault import Log, LogAccess

if TYPE_CHECKING:
    from incident_log.sealed import Sealer
    from incident_log.vault import Vault

_KIND = "ilog-link"


class PhoneLinks:
    """Links between SMS conversations (pseudonyms) and logs.

    Args:
        vault: The vault (its Redis connection, prefix, secret and retention are used).
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def __repr__(self) -> str:
        return "PhoneLinks()"

    def _key(self, conversation_id: str) -> str:
        return self._vault.keyed(_KIND, conversation_id)

    def _sealer(self, conversation_id: str) -> Sealer:
        return self._vault.sealer("phone link: " + conversation_id)

    def _access(self, conversation_id: str) -> LogAccess | None:
        key = self._key(conversation_id)
        blob = self._vault.redis.get(key)
        if blob is None:
            return None
        plain = self._sealer(conversation_id).unseal(blob, key)
        return None if plain is None else LogAccess.from_json(plain.decode())

    def link(self, conversation_id: str, log: Log) -> None:
        """From now on this conversation's texts open ``log`` without its code."""
        self.unlink(conversation_id)  # a link to another log goes first
        key = self._key(conversation_id)
        blob = self._sealer(conversation_id).seal(log.access().to_json().encode(), key)
        self._vault.redis.set(key, blob, ex=self._vault.retention_seconds)
        log.bind(key)

    def open(self, conversation_id: str) -> Log | None:
        """The linked log, its retention and the link's renewed; None without a link.

        A link to a log that is gone is removed.
        """
        access = self._access(conversation_id)
        if access is None:
            return None
        log = self._vault.resume(access)
        key = self._key(conversation_id)
        if log is None:
            self._vault.redis.delete(key)
            return None
        self._vault.redis.expire(key, self._vault.retention_seconds)
        return log

    def unlink(self, conversation_id: str) -> bool:
        """Removes the link, if any; True when there was one."""
        key = self._key(conversation_id)
        access = self._access(conversation_id)
        if access is not None:
            # Not resumed: unlinking (or STOP) is no use of the log that renews it.
            Log(self._vault, access.log_id, access.key).unbind(key)
        return bool(self._vault.redis.delete(key))
