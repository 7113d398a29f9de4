"""What Redis holds under a prefix, as plain bytes, for "nothing readable is stored" checks.

Values are read by their type (GET, HGETALL, ZRANGE...), never with DUMP: DUMP
is Redis's RDB serialisation, which LZF-compresses strings over 20 bytes, so a
readable sentence stored in Redis can be missing from its DUMP and such a check
would pass with the words in plain view.
"""

from __future__ import annotations

import redis


def stored(conn: redis.Redis, key: bytes | str) -> bytes:
    """The key's name and every member, field and value it holds, joined."""
    kind = conn.type(key)
    parts: list[bytes] = []
    if kind == b"string":
        parts.append(conn.get(key) or b"")
    elif kind == b"hash":
        for field, value in conn.hgetall(key).items():
            parts += [field, value]
    elif kind == b"zset":
        parts += conn.zrange(key, 0, -1)
    elif kind == b"set":
        parts += sorted(conn.smembers(key))
    elif kind == b"list":
        parts += conn.lrange(key, 0, -1)
    elif kind == b"stream":
        for _, fields in conn.xrange(key):
            for field, value in fields.items():
                parts += [field, value]
    elif kind != b"none":  # gone since the scan
        raise AssertionError(f"cannot read a {kind!r} key")
    name = key.encode() if isinstance(key, str) else key
    return b"\n".join([name, *parts])


def everything(conn: redis.Redis, prefix: str) -> list[tuple[bytes, bytes]]:
    """Every key under ``prefix`` with what :func:`stored` reads from it."""
    return [(key, stored(conn, key)) for key in conn.scan_iter(f"{prefix}*")]
