"""Starts, supervises and stops the whole stack: Redis (if none is reachable),
the action server, the web service and Rasa, and in development the local
Twilio-compatible server with its test phone (devtools/twilio_local).

Here: the children's environment (:func:`settings`) and how each service is
started, probed and stopped (:class:`Stack`). ``make run``
(``python -m scripts.stack run``) supervises them with scripts/supervisor.py:
one line per service as it comes up, logs in ``logs/<service>.log``, a crashed
service restarted with backoff while the rest stay up. The end-to-end tests
and benches use :class:`Stack` directly, so they run the same processes the
same way.

Children never outlive the runner. On Linux each child asks the kernel, in
``preexec_fn``, for SIGTERM when its parent dies (``prctl(PR_SET_PDEATHSIG)``):
that holds even when the runner is killed with SIGKILL, where no cleanup code
of ours can run. SIGTERM rather than SIGKILL lets Redis flush its append-only
file and Rasa finish the turn in flight. The signal fires when the *thread*
that forked the child ends, so every child is started from the main thread.
Children run in sessions of their own, so a Ctrl-C reaches the runner only,
which then stops them in order.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import redis

from common.settings import ENV_FILE, Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
MODEL_PATH = ROOT / "models" / "stalking-support.tar.gz"
LOG_DIR = ROOT / "logs"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def settings(
    overrides: Mapping[str, str] | None = None, env_file: Path | None = ENV_FILE
) -> dict[str, str]:
    """The children's environment: real environment > .env > defaults, then overrides.

    Values are read and checked by ``common.settings``. When ACTION_SERVER_TOKEN
    is empty a random one is generated here, once per runner (or per test
    stack), and reaches Rasa and the action server through their environment:
    nothing is written to disk and a fresh machine needs no manual step.

    Raises:
        SettingsError: A variable has an unusable value.
    """
    overrides = dict(overrides or {})
    fields = set(Settings.__fields__)
    known: dict[str, Any] = {k.lower(): v for k, v in overrides.items() if k.lower() in fields}
    env = load_settings(env_file, **known).environ()
    env.update({k: v for k, v in overrides.items() if k.lower() not in fields})
    if not env["ACTION_SERVER_TOKEN"]:
        env["ACTION_SERVER_TOKEN"] = secrets.token_urlsafe(32)
    # Sanic reads SANIC_* into every app's config (sanic/config.py,
    # load_environment_vars), so this caps `rasa run` and the web service: a
    # larger Content-Length gets 413 before the body is read.
    env["SANIC_REQUEST_MAX_SIZE"] = env["REQUEST_MAX_BYTES"]
    return env


def redis_client(env: Mapping[str, str], db_key: str = "REDIS_DB") -> redis.Redis:
    return redis.Redis(
        host=env["REDIS_HOST"],
        port=int(env["REDIS_PORT"]),
        db=int(env[db_key]),
        password=env.get("REDIS_PASSWORD") or None,
        socket_connect_timeout=2,
        socket_timeout=5,
    )


def redis_reachable(env: Mapping[str, str]) -> bool:
    try:
        return bool(redis_client(env).ping())
    except redis.RedisError:
        return False


def http_ok(url: str, timeout: float = 1.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout):
            return True
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def wait_for_http(url: str, timeout: float, process: subprocess.Popen | None = None) -> None:
    """Polls url until it answers, the process dies, or timeout seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process for {url} exited with code {process.returncode}")
        if http_ok(url, timeout=2):
            return
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


_libc: ctypes.CDLL | None = None


def _child_setup(parent_pid: int) -> Callable[[], None]:
    """What each child runs between fork and exec (``preexec_fn``)."""
    global _libc
    if _libc is None and sys.platform.startswith("linux"):
        _libc = ctypes.CDLL(None, use_errno=True)  # loaded before fork, not in the child
    libc = _libc

    def setup() -> None:
        # A runner started in the background by a script has SIGINT ignored, and
        # ignored signals stay ignored across exec: give the children the defaults.
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT):
            signal.signal(signum, signal.SIG_DFL)
        if libc is not None:
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
            if os.getppid() != parent_pid:  # the runner died before prctl took effect
                os.kill(os.getpid(), signal.SIGTERM)

    return setup


@dataclass(frozen=True)
class Spec:
    """How to start one service and how to tell that it is up."""

    name: str
    args: list[str]
    ready: Callable[[], bool]
    start_timeout: float
    address: str


@dataclass
class Service:
    name: str
    process: subprocess.Popen
    log: IO[bytes] | None = None


@dataclass
class Stack:
    """The processes of one stack. Start with start(), stop with stop()."""

    env: dict[str, str]
    log_dir: Path | None = None
    quiet: bool = False
    services: list[Service] = field(default_factory=list)

    def say(self, message: str) -> None:
        if not self.quiet:
            print(f"stack: {message}", flush=True)

    # -- what to run ---------------------------------------------------------

    def spec(self, name: str, model: Path = MODEL_PATH) -> Spec:
        env = self.env
        if name == "actions":
            port = env["ACTION_PORT"]
            return Spec(
                name,
                [str(VENV_BIN / "python"), "-m", "actions.server"],
                lambda: http_ok(f"http://127.0.0.1:{port}/health"),
                120,
                f"http://{env['ACTION_INTERFACE']}:{port} (token required)",
            )
        if name == "web":
            port = env["WEB_PORT"]
            return Spec(
                name,
                [str(VENV_BIN / "python"), "-m", "web.server"],
                lambda: http_ok(f"http://127.0.0.1:{port}/health"),
                60,
                f"http://localhost:{port}/",
            )
        if name == "rasa":
            port = env["RASA_PORT"]
            args = [
                str(VENV_BIN / "rasa"), "run",
                "--model", str(model),
                "--endpoints", "endpoints.yml",
                "--credentials", "credentials.yml",
                "--port", port,
                "--interface", env.get("RASA_INTERFACE", "127.0.0.1"),
            ]  # fmt: skip
            # Rasa listens only once the model is loaded, so "/" answering means ready.
            return Spec(
                name, args, lambda: http_ok(f"http://127.0.0.1:{port}/"), 300,
                f"http://localhost:{port}/",
            )  # fmt: skip
        if name == "twilio_local":
            port = env["TWILIO_LOCAL_PORT"]
            return Spec(
                name,
                [str(VENV_BIN / "python"), "-m", "devtools.twilio_local"],
                lambda: http_ok(f"http://127.0.0.1:{port}/health"),
                30,
                f"http://localhost:{port}/ (test phone)",
            )
        if name == "redis":
            return Spec(
                name,
                self._redis_args(),
                lambda: redis_reachable(self.env),
                15,
                f"127.0.0.1:{env['REDIS_PORT']}",
            )
        raise ValueError(f"unknown service {name!r}")

    def _redis_args(self) -> list[str]:
        server = shutil.which("redis-server")
        if server is None:
            raise SystemExit(
                "stack: no Redis is reachable and redis-server is not installed.\n"
                "Install it (Debian/Ubuntu: apt-get install redis-server) or point "
                "REDIS_HOST/REDIS_PORT at a running Redis."
            )
        data_dir = ROOT / self.env.get("LOCAL_REDIS_DIR", ".redis-data")
        data_dir.mkdir(parents=True, exist_ok=True)
        args = [
            server,
            "--port", self.env["REDIS_PORT"],
            "--bind", "127.0.0.1",
            "--dir", str(data_dir),
            "--appendonly", "yes",
            "--save", "",
        ]  # fmt: skip
        if self.env.get("REDIS_PASSWORD"):
            args += ["--requirepass", self.env["REDIS_PASSWORD"]]
        return args

    # -- processes -----------------------------------------------------------

    def spawn(self, spec: Spec) -> Service:
        """Starts one service, its output appended to ``<log_dir>/<name>.log``."""
        log = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            log = (self.log_dir / f"{spec.name}.log").open("ab")
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            log.write(f"----- stack: starting {spec.name} at {stamp} -----\n".encode())
            log.flush()
        process = subprocess.Popen(
            spec.args,
            cwd=ROOT,
            env={**os.environ, **self.env},
            stdin=subprocess.DEVNULL,
            stdout=log if log else None,
            stderr=subprocess.STDOUT if log else None,
            start_new_session=True,  # a terminal's Ctrl-C reaches the runner only
            preexec_fn=_child_setup(os.getpid()),
        )
        service = Service(spec.name, process, log)
        self.services.append(service)
        return service

    def needs_local_redis(self) -> bool:
        """True when no Redis answers and REDIS_HOST is this machine."""
        if redis_reachable(self.env):
            return False
        if self.env["REDIS_HOST"] not in LOCAL_HOSTS:
            raise SystemExit(
                f"stack: Redis at {self.env['REDIS_HOST']}:{self.env['REDIS_PORT']} is not "
                "reachable. Start it, or unset REDIS_HOST to let make run start a local one."
            )
        return True

    def ensure_redis(self) -> None:
        if not self.needs_local_redis():
            self.say(f"using Redis at {self.env['REDIS_HOST']}:{self.env['REDIS_PORT']}")
            return
        self.say(f"no Redis reachable: starting a local redis-server on {self.env['REDIS_PORT']}")
        self._start_and_wait("redis")

    def _start_and_wait(self, name: str, model: Path = MODEL_PATH) -> None:
        spec = self.spec(name, model)
        service = self.spawn(spec)
        self._wait_ready(spec, service)

    @staticmethod
    def _wait_ready(spec: Spec, service: Service) -> None:
        deadline = time.monotonic() + spec.start_timeout
        while not spec.ready():
            if service.process.poll() is not None:
                raise RuntimeError(f"{spec.name} exited with code {service.process.returncode}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"{spec.name} was not up within {spec.start_timeout:.0f} s")
            time.sleep(0.3)

    def start_actions(self) -> None:
        self.say(f"starting the action server on port {self.env['ACTION_PORT']}")
        self._start_and_wait("actions")

    def start_web(self) -> None:
        self.say(f"starting the web service on port {self.env['WEB_PORT']}")
        self._start_and_wait("web")

    def start_twilio_local(self) -> None:
        self.say(f"starting the local Twilio on port {self.env['TWILIO_LOCAL_PORT']}")
        self._start_and_wait("twilio_local")

    def start_rasa(self, model: Path = MODEL_PATH) -> None:
        self.say(f"starting the Rasa server on port {self.env['RASA_PORT']} (loading the model)")
        self._start_and_wait("rasa", model)
        self.say(f"ready: POST http://localhost:{self.env['RASA_PORT']}/webhooks/rest/webhook")

    def start(self) -> Stack:
        """Starts every service (the three at once) and returns when all are up."""
        self.ensure_redis()
        specs = [self.spec(name) for name in ("actions", "web", "rasa")]
        started = [(spec, self.spawn(spec)) for spec in specs]
        try:
            for spec, service in started:
                self._wait_ready(spec, service)
        except BaseException:
            self.stop()
            raise
        return self

    def stop_service(self, name: str) -> None:
        for service in [s for s in self.services if s.name == name]:
            self._terminate(service)
            self.services.remove(service)

    @staticmethod
    def _terminate(service: Service, grace: float = 20) -> None:
        if service.process.poll() is None:
            service.process.send_signal(signal.SIGTERM)
            try:
                service.process.wait(grace)
            except subprocess.TimeoutExpired:
                service.process.kill()
                service.process.wait()
        if service.log is not None:
            service.log.close()

    def stop(self, grace: float = 20, force: Callable[[], bool] = lambda: False) -> None:
        """SIGTERM to every service but Redis at once, then Redis; SIGKILL after grace."""
        apps = [s for s in self.services if s.name != "redis"]
        for group in (apps, [s for s in self.services if s.name == "redis"]):
            for service in group:
                if service.process.poll() is None:
                    service.process.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + grace
            while any(s.process.poll() is None for s in group):
                if time.monotonic() > deadline or force():
                    for service in group:
                        if service.process.poll() is None:
                            service.process.kill()
                    for service in group:
                        service.process.wait()
                    break
                time.sleep(0.1)
            for service in group:
                if service.log is not None:
                    service.log.close()
        self.services.clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["run", "env"])
    parser.add_argument("--log-dir", type=Path, default=LOG_DIR, help="where children log")
    args = parser.parse_args()
    if args.command == "env":
        for key, value in settings().items():
            print(f"export {key}={value!r}" if value else f"export {key}=''")
        return 0
    # make run's supervision builds on Stack, so it is imported only to run it.
    from scripts.supervisor import run

    return run(args.log_dir.resolve())


if __name__ == "__main__":
    sys.exit(main())
