"""Every stored key must expire (issue 12): what each end-to-end stack left without a TTL.

Each stack's clean-up (``tests.e2e.conftest.delete_keys``, used by the
session stack, the tests that start their own and the benchmarks) records
here the keys it found with no expiry, as ``db <n>: <key name>`` (names only,
never values), and ``pytest_sessionfinish`` in tests/conftest.py fails the
run if there are any. The list lives in this plain module, not in the conftest,
because pytest imports a conftest under its own name and the test modules
import it again as ``tests.e2e.conftest``: two copies, two lists.
"""

from __future__ import annotations

from collections.abc import Mapping

import redis

KEYS_WITHOUT_TTL: list[str] = []


def keys_without_ttl(env: Mapping[str, str]) -> list[str]:
    """The stack's keys (its prefix, both databases) that would never expire."""
    found = []
    for db in (env["REDIS_DB"], env["REDIS_LOCK_DB"]):
        conn = redis.Redis(host=env["REDIS_HOST"], port=int(env["REDIS_PORT"]), db=int(db))
        for key in conn.scan_iter(f"{env['REDIS_KEY_PREFIX']}*"):
            if conn.ttl(key) == -1:  # -1: no expiry; -2: gone since the scan
                found.append(f"db {db}: {key.decode(errors='replace')}")
    return found
