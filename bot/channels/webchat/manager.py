"""Where every process's socket.io manager meets: the Redis URL and pub/sub channel.

Light on purpose (no Rasa, no Sanic): the web service imports it to push an
advocate's words into a person's web chat (bot/channels/push.py).
"""

from __future__ import annotations

from urllib.parse import quote

from common.settings import Settings


def redis_url(settings: Settings) -> str:
    auth = f":{quote(settings.redis_password, safe='')}@" if settings.redis_password else ""
    return f"redis://{auth}{settings.redis_host}:{settings.redis_port}/{settings.redis_db}"


def manager_channel(settings: Settings) -> str:
    """The Redis pub/sub channel every process's socket.io manager shares."""
    return f"{settings.redis_key_prefix}:webchat:socketio"
