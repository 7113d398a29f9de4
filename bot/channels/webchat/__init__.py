"""The web chat channel (socket.io), registered as ``bot.channels.webchat.WebchatInput``."""

from bot.channels.webchat.channel import WebchatInput, WebchatOutput

__all__ = ["WebchatInput", "WebchatOutput"]
