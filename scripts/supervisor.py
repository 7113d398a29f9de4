"""``make run``: the whole stack supervised, for a person at a terminal.

``python -m scripts.stack run`` (scripts/stack.py starts the processes) prints
one line per service as it comes up and the URLs to open, sends every child's
output (third-party warnings, progress bars, logs) to ``logs/<service>.log``,
restarts a crashed service with backoff while the rest stay up, and stops
everything on SIGTERM, SIGINT or SIGHUP. On a first run it writes the secrets
that must survive a restart into ``.env``; in development it adds the local
Twilio with its test phone (devtools/twilio_local).
"""

from __future__ import annotations

import os
import secrets
import signal
import sys
import time
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from common.settings import ENV_FILE, SettingsError
from scripts.stack import LOCAL_HOSTS, LOG_DIR, MODEL_PATH, Service, Spec, Stack, settings

# A service that stays up this long has its restart delay reset.
STABLE_SECONDS = 60.0


def ensure_secret_in_env_file(env: dict[str, str], name: str, env_file: Path = ENV_FILE) -> None:
    """Gives an empty secret a random value and keeps it in ``.env`` (mode 0600).

    For secrets that must survive a restart (the web chat signs the session
    tokens pages keep with WEBCHAT_TOKEN_SECRET; the incident log's keys derive
    from INCIDENT_LOG_SECRET). Only ever appends a line.
    """
    if env.get(name, "x"):
        return
    value = secrets.token_urlsafe(32)
    existing = env_file.read_text(encoding="utf-8") if env_file.exists() else ""
    separator = "" if not existing or existing.endswith("\n") else "\n"
    fd = os.open(env_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as out:
        out.write(
            f"{separator}# Written by make run (scripts/stack.py) on first run.\n{name}={value}\n"
        )
    env[name] = value
    print(f"  (wrote a random {name} into {env_file.name})", flush=True)


def twilio_local_wanted(env: Mapping[str, str]) -> bool:
    """True in development when the SMS channel sends to the local Twilio's port.

    Real Twilio settings (TWILIO_API_URL at api.twilio.com) or DEPLOYMENT=production
    mean no local Twilio: only Twilio's cloud is ever replaced, and only in development.
    """
    if env.get("DEPLOYMENT") == "production":
        return False
    api = urllib.parse.urlsplit(env.get("TWILIO_API_URL", ""))
    return api.hostname in LOCAL_HOSTS and str(api.port) == env.get("TWILIO_LOCAL_PORT")


def service_names(env: Mapping[str, str], local_redis: bool) -> list[str]:
    """What ``make run`` starts and supervises, in start order."""
    names = ["actions", "web", "rasa"]
    if twilio_local_wanted(env):
        names.append("twilio_local")
    if local_redis:
        names.insert(0, "redis")
    return names


# -- supervision --------------------------------------------------------------


@dataclass
class Watch:
    """One supervised service: its spec, process and restart state."""

    spec: Spec
    service: Service | None = None
    state: str = "down"  # starting | up | down
    since: float = 0.0
    delay: float = 0.0
    next_start: float = 0.0
    label: str = ""


class Supervisor:
    """Keeps every service up; one crash never takes the others down."""

    def __init__(self, stack: Stack, names: list[str], backoff: float, backoff_max: float):
        self.stack = stack
        self.backoff, self.backoff_max = backoff, backoff_max
        self.watches = [Watch(stack.spec(name), delay=backoff) for name in names]
        self.stop_signal: int | None = None
        self.signals = 0
        self.announced = False

    @staticmethod
    def say(message: str) -> None:
        print(message, flush=True)

    def status(self, watch: Watch, message: str) -> None:
        self.say(f"  {watch.spec.name:<8} {message}")

    def _on_signal(self, signum: int, _frame: object) -> None:
        # Only record it: the main loop stops the children (no KeyboardInterrupt,
        # which a background job with SIGINT ignored would never see anyway).
        self.signals += 1
        if self.stop_signal is None:
            self.stop_signal = signum

    def install_signal_handlers(self) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(signum, self._on_signal)

    def start(self, watch: Watch) -> None:
        watch.service = self.stack.spawn(watch.spec)
        watch.state, watch.since = "starting", time.monotonic()

    def crashed(self, watch: Watch, why: str) -> None:
        assert watch.service is not None
        if watch.service in self.stack.services:
            self.stack.services.remove(watch.service)
        if watch.service.log is not None:
            watch.service.log.close()
        watch.service = None
        watch.state = "down"
        watch.next_start = time.monotonic() + watch.delay
        self.status(watch, f"{why}; restarting in {watch.delay:g} s (the rest keep running)")
        watch.delay = min(watch.delay * 2, self.backoff_max)

    def tick(self, watch: Watch) -> None:
        now = time.monotonic()
        if watch.state == "down":
            if now >= watch.next_start:
                self.start(watch)
                self.status(watch, "restarting")
            return
        assert watch.service is not None
        code = watch.service.process.poll()
        if code is not None:
            self.crashed(watch, f"exited (code {code}, see {self.log_name(watch)})")
        elif watch.state == "starting":
            if watch.spec.ready():
                watch.state, watch.since = "up", now
                self.status(watch, f"up       {watch.spec.address}")
            elif now - watch.since > watch.spec.start_timeout:
                watch.service.process.kill()
                watch.service.process.wait()
                self.crashed(watch, f"not up after {watch.spec.start_timeout:.0f} s")
        elif now - watch.since > STABLE_SECONDS:
            watch.delay = self.backoff

    def log_name(self, watch: Watch) -> str:
        logs = self.stack.log_dir
        if logs is None:
            return "the output above"
        path = logs / f"{watch.spec.name}.log"
        return str(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path)

    def banner(self) -> None:
        env = self.stack.env
        logs = self.stack.log_dir
        where = "the terminal"
        if logs is not None:
            where = str(logs.relative_to(Path.cwd()) if logs.is_relative_to(Path.cwd()) else logs)
            where += "/<service>.log"
        phone = ""
        if any(w.spec.name == "twilio_local" for w in self.watches):
            port = env["TWILIO_LOCAL_PORT"]
            phone = f"  Test phone:     http://localhost:{port}/ (text the assistant)\n"
        self.say(
            "Ready.\n"
            f"  Web chat demo:  http://localhost:{env['WEB_PORT']}/\n"
            f"{phone}"
            f"  REST webhook:   POST http://localhost:{env['RASA_PORT']}/webhooks/rest/webhook\n"
            f"  Logs:           {where}\n"
            f"  Stop:           Ctrl-C, or kill -TERM {os.getpid()}"
        )

    def run(self) -> int:
        self.install_signal_handlers()
        for watch in self.watches:
            self.start(watch)
            if watch.spec.name == "redis":  # the others need it from their first turn
                deadline = time.monotonic() + watch.spec.start_timeout
                while not watch.spec.ready() and time.monotonic() < deadline:
                    time.sleep(0.1)
                self.tick(watch)
            else:
                note = " (loading the model, about a minute)" if watch.spec.name == "rasa" else ""
                self.status(watch, "starting" + note)
        while self.stop_signal is None:
            for watch in self.watches:
                self.tick(watch)
            if not self.announced and all(w.state == "up" for w in self.watches):
                self.announced = True
                self.banner()
            time.sleep(0.2)
        name = signal.Signals(self.stop_signal).name
        self.say(f"Stopping ({name}); a second Ctrl-C stops at once.")
        self.stack.stop(grace=20, force=lambda: self.signals > 1)
        self.say("Stopped.")
        return 0


def rotate_logs(log_dir: Path, names: list[str]) -> None:
    """Keeps the previous run's log as ``<name>.log.1``; each run starts afresh."""
    log_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        log = log_dir / f"{name}.log"
        if log.exists():
            log.replace(log_dir / f"{name}.log.1")


def run(log_dir: Path = LOG_DIR) -> int:
    if not MODEL_PATH.is_file():
        print("stack: no trained model; run `make train` first", file=sys.stderr)
        return 1
    try:
        env = settings()
    except SettingsError as exc:
        print(f"stack: {exc}", file=sys.stderr)
        return 2
    print("Starting the stalking support assistant.", flush=True)
    ensure_secret_in_env_file(env, "WEBCHAT_TOKEN_SECRET")
    # The incident log is offered only with a secret; changing it loses every log.
    ensure_secret_in_env_file(env, "INCIDENT_LOG_SECRET")
    stack = Stack(env, log_dir=log_dir)
    local_redis = stack.needs_local_redis()
    names = service_names(env, local_redis)
    if local_redis:
        print(f"  redis    none reachable: starting a local redis-server (data in "
              f"{env['LOCAL_REDIS_DIR']}/)", flush=True)  # fmt: skip
    else:
        print(f"  redis    using {env['REDIS_HOST']}:{env['REDIS_PORT']}", flush=True)
    rotate_logs(log_dir, names)
    supervisor = Supervisor(
        stack,
        names,
        backoff=float(env["RESTART_BACKOFF_SECONDS"]),
        backoff_max=float(env["RESTART_BACKOFF_MAX_SECONDS"]),
    )
    try:
        return supervisor.run()
    finally:
        stack.stop(grace=5)  # only if something above failed; normally a no-op
