"""Every setting the project reads, in one typed object, read once.

Values come from the real environment, then ``.env`` (read by python-dotenv
through pydantic), then the defaults below; ``.env.example`` lists exactly
these names (a test keeps the two in step). A bad value stops the process at
start-up with the variable's name, instead of falling back silently.

Read it with :func:`get_settings` when first needed, never at import time.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseSettings, Field, ValidationError, validator

ROOT = Path(__file__).resolve().parent.parent
ENV_FILE = ROOT / ".env"


class SettingsError(ValueError):
    """A setting has a value the project cannot use; the message names the variable."""


class Settings(BaseSettings):
    """The project's settings. Field ``foo_bar`` is read from ``FOO_BAR``."""

    # Redis: tracker store (redis_db) and lock store (redis_lock_db).
    redis_host: str = "127.0.0.1"
    redis_port: int = Field(6379, ge=1, le=65535)
    redis_password: str = ""
    redis_db: int = Field(0, ge=0, le=10_000)
    redis_lock_db: int = Field(1, ge=0, le=10_000)
    # Rasa ignores a tracker-store prefix that is not alphanumeric, so we refuse one.
    redis_key_prefix: str = Field("stalkingsupport", regex=r"^[A-Za-z0-9]+$")
    tracker_retention_seconds: int = Field(2_592_000, ge=60)
    local_redis_dir: str = ".redis-data"

    # Rasa server and action server.
    rasa_port: int = Field(5005, ge=1, le=65535)
    rasa_interface: str = "127.0.0.1"
    action_port: int = Field(5055, ge=1, le=65535)
    # The action server runs any action for a hand-made tracker: loopback only by
    # default, and every call must carry this token (endpoints.yml sends it).
    # Empty: `make run` generates a fresh random one per run for both children.
    action_interface: str = "127.0.0.1"
    action_server_token: str = ""
    action_server_url: str = "http://127.0.0.1:5055/webhook"
    action_health_cache_seconds: float = Field(2.0, ge=0, le=3600)

    # Development and tests only: actions that raise instead of running, to prove
    # a failed action still ends in 999 and helplines. Ignored in production.
    fail_actions: str = ""

    # A services file to use instead of the bundled signposting/data/services.yml
    # (a deployer's checked copy). Read once per process; a bad file is reported
    # when first needed, naming the entry and field.
    services_file: str = ""

    # Web service: signposting API, later the web chat widget and advocate console.
    web_port: int = Field(8000, ge=1, le=65535)
    web_interface: str = "127.0.0.1"

    # Longest message the channels accept, in characters.
    max_message_chars: int = Field(5000, ge=1, le=100_000)

    # "production" turns off what is only for development: the REST channel without
    # a token (anyone could post as any conversation id there).
    deployment: Literal["development", "production"] = "development"
    # The REST channel (tests, benchmarks, integrators) requires this bearer token
    # when set; empty means open, which production refuses.
    rest_channel_token: str = ""
    # Largest HTTP request body Rasa and the web service accept, in bytes; larger
    # ones get 413 before the body is read. 256 KiB is ~50x MAX_MESSAGE_CHARS, so
    # an over-long paste still reaches the channel and gets the right guidance.
    request_max_bytes: int = Field(262_144, ge=1024, le=100_000_000)

    # make run: a crashed service is restarted after this delay, doubling on each
    # crash up to the maximum (reset once it has stayed up for a minute).
    restart_backoff_seconds: float = Field(1.0, ge=0.1, le=60)
    restart_backoff_max_seconds: float = Field(30.0, ge=1, le=3600)

    # SMS channel (docs/sms.md). Secrets have no default: unset, the webhook answers 503.
    twilio_account_sid: str = ""
    twilio_auth_token: str = ""
    twilio_from_number: str = ""
    twilio_messaging_service_sid: str = ""
    twilio_api_url: str = "https://api.twilio.com"
    sms_public_url: str = ""
    sms_id_secret: str = ""
    sms_number_key: str = ""
    sms_max_parts: int = Field(4, ge=1, le=10)
    sms_max_inbound_chars: int = Field(1600, ge=1, le=100_000)
    sms_stop_confirmation: bool = False
    sms_send_attempts: int = Field(4, ge=1, le=10)
    sms_send_backoff_seconds: float = Field(0.5, ge=0, le=60)
    sms_send_timeout_seconds: float = Field(15.0, ge=1, le=120)
    sms_max_concurrent_turns: int = Field(4, ge=1, le=256)
    sms_options_seconds: int = Field(86_400, ge=60)
    sms_dedupe_seconds: int = Field(86_400, ge=60)
    # Development: the local Twilio-compatible server (devtools/twilio_local) that
    # `make run` starts when TWILIO_API_URL points at this port; its test phone page
    # is at http://localhost:<port>/.
    twilio_local_port: int = Field(8010, ge=1, le=65535)

    # Web chat (bot/channels/webchat, web/widget). The token secret signs the session
    # tokens pages keep in sessionStorage; empty, the channel refuses every connection
    # (`make run` writes a random one into .env when it is missing).
    webchat_token_secret: str = ""
    # Comma-separated page origins (scheme://host[:port]) allowed to open the socket.
    webchat_allowed_origins: str = "http://localhost:8000,http://127.0.0.1:8000"
    # Where the widget opens its socket: the Rasa server as browsers reach it.
    webchat_server_url: str = "http://localhost:5005"
    # Transport cap: longer messages are refused before any turn (MAX_MESSAGE_CHARS,
    # the shared turn's own limit, answers "too long" below it).
    webchat_max_message_chars: int = Field(10_000, ge=1, le=100_000)
    # Messages one connection may send per minute; more are refused until the minute ends.
    webchat_rate_per_minute: int = Field(20, ge=1, le=10_000)
    # How long a client message id and its replies are remembered (reconnect dedupe).
    webchat_dedupe_seconds: int = Field(3600, ge=60, le=86_400)

    # Warm handover to an advocate (handover/, issue 10). A handover nobody has
    # claimed after this long is reported so the person is told and offered
    # helplines; a claimed one whose advocate has not been seen for the idle time
    # goes back to the queue, keeping its place.
    handover_unclaimed_seconds: int = Field(300, ge=10, le=86_400)
    handover_idle_seconds: int = Field(180, ge=10, le=86_400)
    # Every handover key expires this long after its last change (7 days).
    handover_retention_seconds: int = Field(604_800, ge=3600)
    # The advocates' audit trail keeps entries this long (90 days), at most this many.
    handover_audit_retention_seconds: int = Field(7_776_000, ge=3600)
    handover_audit_max_entries: int = Field(100_000, ge=100, le=10_000_000)
    # An advocate account nobody signs in to for this many days lapses.
    handover_account_dormant_days: int = Field(180, ge=7, le=3650)
    # When advocates are on duty (handover/hours.py): "always", or windows in
    # Europe/London time such as "Mon-Fri 09:00-17:00" (closed on England and Wales
    # bank holidays). Outside them the bot gives the 24/7 lines and offers a callback.
    # "always" is for development and demos (the bot logs a warning in production).
    handover_hours: str = "always"

    # Advocate console (web/advocate, issue 10). A session ends after this long with
    # nothing done by the advocate, and after the maximum whatever they do.
    advocate_session_idle_seconds: int = Field(1800, ge=60, le=86_400)
    advocate_session_max_seconds: int = Field(43_200, ge=300, le=604_800)
    # The session cookie's Secure flag: sent over HTTPS only (browsers also allow
    # http://localhost). Turn off only to test over plain HTTP on another host name.
    advocate_cookie_secure: bool = True
    # Failed sign-ins allowed per username, and per client address, within the window;
    # then 429 until the window ends.
    advocate_login_max_failures: int = Field(5, ge=1, le=1000)
    advocate_login_max_failures_per_address: int = Field(20, ge=1, le=10_000)
    advocate_login_window_seconds: int = Field(900, ge=60, le=86_400)
    # How often the web service tells people left waiting and hands idle handovers back.
    advocate_sweep_seconds: float = Field(5.0, ge=0.5, le=300)

    # Incident log (incident_log/, issue 13). The secret keys the KDF salt and the
    # guess counters; empty, the log is unavailable. Retention: an unused log is
    # deleted after this many days. Failed code entries allowed per client per window,
    # and from everyone together per (sliding) window: a wrong code names no log, so
    # the total is what bounds the guesses any one log faces (incident_log/guesses.py).
    incident_log_secret: str = ""
    incident_log_retention_days: int = Field(365, ge=1, le=3650)
    incident_log_max_guesses: int = Field(10, ge=1, le=1000)
    incident_log_max_guesses_total: int = Field(200, ge=1, le=100_000)
    incident_log_guess_window_seconds: int = Field(3600, ge=60, le=86_400)
    # An entry in progress (and a log opened in a conversation) is kept this long
    # untouched, sealed; an API token lasts as long.
    incident_log_session_seconds: int = Field(1800, ge=60, le=86_400)
    # The web page where a person downloads their log with their code (web service /log).
    incident_log_page_url: str = "http://localhost:8000/log"

    class Config:
        env_file = str(ENV_FILE)
        env_file_encoding = "utf-8"
        case_sensitive = False
        # Strings are stripped: a stray space in .env must not break a secret or a URL.
        anystr_strip_whitespace = True
        allow_mutation = False

    @validator("handover_hours")
    def _readable_hours(cls, value: str) -> str:  # noqa: N805 - pydantic validator
        from handover.hours import parse_hours  # the library's reader, only when validating

        parse_hours(value)
        return value

    @validator("twilio_api_url")
    def _no_trailing_slash(cls, value: str) -> str:  # noqa: N805 - pydantic validator
        return value.rstrip("/")

    @validator("incident_log_max_guesses_total")
    def _total_covers_one_client(cls, value: int, values: dict[str, Any]) -> int:  # noqa: N805
        # Below one client's allowance, the per-client limit would never be what stops anyone.
        if value < values.get("incident_log_max_guesses", 0):
            raise ValueError("must be at least INCIDENT_LOG_MAX_GUESSES")
        return value

    def injected_failure(self, action: str) -> bool:
        """True when ``action`` must fail on purpose (FAIL_ACTIONS, never in production)."""
        names = {name.strip() for name in self.fail_actions.split(",")}
        return self.deployment != "production" and action in names

    def environ(self) -> dict[str, str]:
        """The settings as environment variables, for child processes and endpoints.yml."""
        out: dict[str, str] = {}
        for name, value in self.dict().items():
            if isinstance(value, bool):
                value = "true" if value else "false"
            out[name.upper()] = str(value)
        return out


def load_settings(env_file: Path | None = ENV_FILE, **overrides: object) -> Settings:
    """Reads the settings, failing with the variable's name on a bad value.

    Args:
        env_file: The ``.env`` file to read (None: environment and defaults only).
        **overrides: Values that win over everything (tests).

    Raises:
        SettingsError: A variable has an unusable value.
    """
    try:
        values: dict[str, Any] = {"_env_file": str(env_file) if env_file else None, **overrides}
        return Settings(**values)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'/'.join(str(p) for p in err['loc']).upper()}: {err['msg']}" for err in exc.errors()
        )
        raise SettingsError(f"bad setting: {problems}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read on first use and then kept."""
    return load_settings()
