"""Fixtures for the SMS channel's unit tests: settings, the fake Twilio API, a stub Rasa.

Redis is real: the machine's server on the test database if one answers on
6379, else a private redis-server started for the session (as `make test` may
run on a machine whose Redis is only started later, by the end-to-end stack).
Each test has a key prefix of its own, deleted afterwards. Rasa itself is
replaced by a stub that answers through the real SMS output channel; the
end-to-end tests use the real Rasa server.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
import redis
from cryptography.fernet import Fernet
from rasa.core.channels.channel import UserMessage

from bot.channels.sms.config import SmsSettings
from bot.channels.sms.service import SmsService
from bot.channels.sms.store import SmsStore, connect
from bot.channels.sms.twilio_client import TwilioMessages
from bot.turn import SafeTurn
from common.settings import Settings, load_settings
from tests.conftest import TEST_REDIS_DB
from tests.e2e.conftest import PrivateRedis
from tests.e2e.fake_twilio import FakeTwilio

FROM_NUMBER = "+447700900000"  # Ofcom's drama range: never a real person's number


@pytest.fixture(scope="session")
def redis_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    try:
        redis.Redis(port=6379, socket_connect_timeout=1).ping()
    except redis.ConnectionError:
        private = PrivateRedis(tmp_path_factory.mktemp("sms-redis"))
        private.start()
        try:
            yield private.port
        finally:
            private.stop()
    else:
        yield 6379


@pytest.fixture
def sms_redis(redis_port: int, redis_test_prefix: str) -> Iterator[redis.Redis]:
    """The test database; the test's keys are deleted afterwards."""
    conn = redis.Redis(port=redis_port, db=TEST_REDIS_DB)
    yield conn
    for key in conn.scan_iter(f"{redis_test_prefix}*"):
        conn.delete(key)


@pytest.fixture
async def fake_twilio() -> AsyncIterator[FakeTwilio]:
    fake = FakeTwilio()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.fixture
def sms_settings(fake_twilio: FakeTwilio, redis_port: int, redis_test_prefix: str) -> SmsSettings:
    return SmsSettings(
        account_sid=fake_twilio.account_sid,
        auth_token=fake_twilio.auth_token,
        from_number=FROM_NUMBER,
        api_url=fake_twilio.url,
        public_url="https://sms.example.org/webhooks/sms/webhook",
        id_secret=secrets.token_urlsafe(32),
        number_keys=Fernet.generate_key().decode(),
        redis_port=redis_port,
        redis_db=TEST_REDIS_DB,
        key_prefix=redis_test_prefix,
        retention_seconds=3600,
        send_backoff_seconds=0.01,
    )


@pytest.fixture
async def store(sms_settings: SmsSettings, sms_redis: redis.Redis) -> AsyncIterator[SmsStore]:
    # sms_redis (sync, same database) deletes the test's keys afterwards.
    sms_store = SmsStore(connect(sms_settings), sms_settings)
    try:
        yield sms_store
    finally:
        await sms_store.redis.close()


class StubRasa:
    """Answers every message with the configured replies, through the real output channel."""

    def __init__(self) -> None:
        self.replies: list[dict[str, Any]] = [{"text": "Hello. Ask me anything."}]
        self.received: list[UserMessage] = []
        self.fail = False

    async def __call__(self, message: UserMessage) -> None:
        self.received.append(message)
        if self.fail:
            raise ConnectionError("tracker store down")
        for reply in self.replies:
            await message.output_channel.send_response(message.sender_id, dict(reply))

    @property
    def texts(self) -> list[str]:
        return [m.text or "" for m in self.received]


def project_settings(sms: SmsSettings) -> Settings:
    """The project's settings on the SMS test's Redis, with no action server to probe."""
    return load_settings(
        None,
        action_server_url="",
        redis_port=sms.redis_port,
        redis_db=sms.redis_db,
        redis_key_prefix=sms.key_prefix,
    )


@pytest.fixture
def rasa() -> StubRasa:
    return StubRasa()


@pytest.fixture
async def make_service(
    sms_settings: SmsSettings, store: SmsStore, rasa: StubRasa
) -> AsyncIterator[Callable[..., SmsService]]:
    """Builds services on the test's store and stub Rasa; settings can be changed per test."""
    made: list[SmsService] = []

    def make(**changes: Any) -> SmsService:
        settings = replace(sms_settings, **changes)
        # No action server in these tests: an empty URL means "nothing to probe".
        project = project_settings(settings)
        turn = SafeTurn(rasa, settings=project)
        service = SmsService(settings, store, TwilioMessages(settings), turn)
        turn.on_forget = service.forget
        made.append(service)
        return service

    yield make
    for service in made:
        await service.drain(30)
        await service.twilio.close()
