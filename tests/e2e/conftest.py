"""A real stack for end-to-end tests: Rasa server, action server and Redis.

The stack runs the shipped model and config on free ports, with its own Redis
databases and a unique key prefix, and removes its keys afterwards.
"""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis

from scripts.stack import MODEL_PATH, Stack, settings
from tests.conftest import TEST_REDIS_DB, TEST_REDIS_LOCK_DB
from tests.e2e.redis_keys import KEYS_WITHOUT_TTL, keys_without_ttl

# Long enough for any test, short enough that a leaked key cannot linger.
TEST_RETENTION_SECONDS = 3600


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stack_env(redis_port: int = 6379) -> dict[str, str]:
    rasa_port, action_port, web_port = free_port(), free_port(), free_port()
    return settings(
        {
            "REDIS_HOST": "127.0.0.1",
            "REDIS_PORT": str(redis_port),
            "REDIS_PASSWORD": "",
            "REDIS_DB": str(TEST_REDIS_DB),
            "REDIS_LOCK_DB": str(TEST_REDIS_LOCK_DB),
            "REDIS_KEY_PREFIX": "e2e" + uuid.uuid4().hex[:10],
            "TRACKER_RETENTION_SECONDS": str(TEST_RETENTION_SECONDS),
            "RASA_PORT": str(rasa_port),
            "RASA_INTERFACE": "127.0.0.1",
            "ACTION_PORT": str(action_port),
            "WEB_PORT": str(web_port),
            "WEB_INTERFACE": "127.0.0.1",
            "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
            "MAX_MESSAGE_CHARS": "5000",
            # Outage tests stop the action server and talk to Rasa straight away.
            "ACTION_HEALTH_CACHE_SECONDS": "0",
            # Web chat: the widget on the web service talks to this Rasa server.
            "WEBCHAT_TOKEN_SECRET": secrets.token_urlsafe(32),
            "WEBCHAT_ALLOWED_ORIGINS": f"http://127.0.0.1:{web_port},http://localhost:{web_port}",
            "WEBCHAT_SERVER_URL": f"http://127.0.0.1:{rasa_port}",
            # Never the developer's local Twilio port (make run may be up): a runner
            # started here then starts no local Twilio of its own.
            "TWILIO_LOCAL_PORT": str(free_port()),
        }
    )


def delete_keys(env: dict[str, str]) -> None:
    """Removes the stack's keys, first noting any that had no expiry."""
    KEYS_WITHOUT_TTL.extend(keys_without_ttl(env))
    for db in (env["REDIS_DB"], env["REDIS_LOCK_DB"]):
        conn = redis.Redis(host=env["REDIS_HOST"], port=int(env["REDIS_PORT"]), db=int(db))
        for key in conn.scan_iter(f"{env['REDIS_KEY_PREFIX']}*"):
            conn.delete(key)


class Chat:
    """Talks to the stack's REST channel the way an integrator would."""

    def __init__(self, env: dict[str, str]) -> None:
        self.url = f"http://127.0.0.1:{env['RASA_PORT']}/webhooks/rest/webhook"

    def post(self, body: object, **kwargs) -> httpx.Response:
        return httpx.post(self.url, json=body, timeout=60, **kwargs)

    def say(self, sender: str, message: str) -> list[str]:
        reply = self.post({"sender": sender, "message": message})
        assert reply.status_code == 200, reply.text
        return [m.get("text") or "" for m in reply.json()]


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    assert MODEL_PATH.is_file(), "train first: make train"
    env = stack_env()
    running = Stack(env, log_dir=tmp_path_factory.mktemp("stack-logs"), quiet=True).start()
    try:
        yield running
    finally:
        running.stop()
        delete_keys(env)


@pytest.fixture(scope="session")
def chat(stack: Stack) -> Chat:
    return Chat(stack.env)


@pytest.fixture
def sender() -> str:
    return "e2e-" + uuid.uuid4().hex


class PrivateRedis:
    """A redis-server of the test's own, so a test can stop and restart it."""

    def __init__(self, data_dir: Path) -> None:
        server = shutil.which("redis-server")
        assert server, (
            "redis-server is needed for the Redis outage test (apt-get install redis-server)"
        )
        self.server, self.data_dir, self.port = server, data_dir, free_port()
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.server, "--port", str(self.port), "--bind", "127.0.0.1", "--dir",
             str(self.data_dir), "--appendonly", "yes", "--save", ""],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        conn = redis.Redis(port=self.port)
        deadline = time.monotonic() + 10
        while True:
            try:
                conn.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
