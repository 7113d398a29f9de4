"""Starts and stops the whole stack: Redis (if none is reachable), action server, Rasa.

Used by ``make run`` (``python -m scripts.stack run``) and by the end-to-end
tests, so both run the same processes the same way. Ctrl-C (SIGINT) or SIGTERM
stops every child cleanly, newest first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import redis

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
MODEL_PATH = ROOT / "models" / "stalking-support.tar.gz"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def read_env_file(path: Path) -> dict[str, str]:
    """Parses KEY=VALUE lines; comments and blank lines are skipped."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip('"').strip("'")
    return values


def settings(overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """Defaults from .env.example, then .env, then the real environment, then overrides."""
    env = read_env_file(ROOT / ".env.example")
    env.update(read_env_file(ROOT / ".env"))
    env.update({k: v for k, v in os.environ.items() if k in env or k.startswith("RASA_")})
    env.update(overrides or {})
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


def wait_for_http(url: str, timeout: float, process: subprocess.Popen | None = None) -> None:
    """Polls url until it answers, the process dies, or timeout seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process for {url} exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


@dataclass
class Service:
    name: str
    process: subprocess.Popen
    log: IO[bytes] | None = None


@dataclass
class Stack:
    """The running processes of one stack. Start with start(), stop with stop()."""

    env: dict[str, str]
    log_dir: Path | None = None
    quiet: bool = False
    services: list[Service] = field(default_factory=list)

    def say(self, message: str) -> None:
        if not self.quiet:
            print(f"stack: {message}", flush=True)

    def _spawn(self, name: str, args: list[str]) -> Service:
        log = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            log = (self.log_dir / f"{name}.log").open("ab")
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env={**os.environ, **self.env},
            stdout=log,
            stderr=subprocess.STDOUT if log else None,
            start_new_session=True,  # Ctrl-C reaches us; we stop children in order
        )
        service = Service(name, process, log)
        self.services.append(service)
        return service

    def ensure_redis(self) -> None:
        if redis_reachable(self.env):
            self.say(f"using Redis at {self.env['REDIS_HOST']}:{self.env['REDIS_PORT']}")
            return
        if self.env["REDIS_HOST"] not in LOCAL_HOSTS:
            raise SystemExit(
                f"stack: Redis at {self.env['REDIS_HOST']}:{self.env['REDIS_PORT']} is not "
                "reachable. Start it, or unset REDIS_HOST to let make run start a local one."
            )
        server = shutil.which("redis-server")
        if server is None:
            raise SystemExit(
                "stack: no Redis is reachable and redis-server is not installed.\n"
                "Install it (Debian/Ubuntu: apt-get install redis-server) or point "
                "REDIS_HOST/REDIS_PORT at a running Redis."
            )
        data_dir = ROOT / self.env.get("LOCAL_REDIS_DIR", ".redis-data")
        data_dir.mkdir(parents=True, exist_ok=True)
        self.say(
            f"no Redis reachable: starting a local redis-server on port "
            f"{self.env['REDIS_PORT']} (data in {data_dir.relative_to(ROOT)}, append-only)"
        )
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
        service = self._spawn("redis", args)
        deadline = time.monotonic() + 15
        while not redis_reachable(self.env):
            if service.process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("stack: the local redis-server did not start")
            time.sleep(0.2)

    def start_actions(self) -> None:
        port = self.env["ACTION_PORT"]
        self.say(f"starting the action server on port {port}")
        service = self._spawn(
            "actions",
            [str(VENV_BIN / "rasa"), "run", "actions", "--actions", "actions", "-p", port],
        )
        wait_for_http(f"http://127.0.0.1:{port}/health", 120, service.process)

    def start_rasa(self, model: Path = MODEL_PATH) -> None:
        port = self.env["RASA_PORT"]
        self.say(f"starting the Rasa server on port {port} (loading the model)")
        args = [
            str(VENV_BIN / "rasa"), "run",
            "--model", str(model),
            "--endpoints", "endpoints.yml",
            "--credentials", "credentials.yml",
            "--port", port,
            "--interface", self.env.get("RASA_INTERFACE", "127.0.0.1"),
        ]  # fmt: skip
        service = self._spawn("rasa", args)
        wait_for_http(f"http://127.0.0.1:{port}/webhooks/rest/", 300, service.process)
        self.say(f"ready: POST http://localhost:{port}/webhooks/rest/webhook")

    def start_web(self) -> None:
        port = self.env["WEB_PORT"]
        self.say(f"starting the web service on port {port} (signposting API)")
        service = self._spawn("web", [str(VENV_BIN / "python"), "-m", "web.server"])
        wait_for_http(f"http://127.0.0.1:{port}/health", 60, service.process)

    def stop_service(self, name: str) -> None:
        for service in [s for s in self.services if s.name == name]:
            self._terminate(service)
            self.services.remove(service)

    def start(self) -> Stack:
        self.ensure_redis()
        self.start_actions()
        self.start_web()
        self.start_rasa()
        return self

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

    def stop(self) -> None:
        for service in reversed(self.services):
            self.say(f"stopping {service.name}")
            self._terminate(service)
        self.services.clear()


def run() -> int:
    if not MODEL_PATH.is_file():
        print("stack: no trained model; run `make train` first", file=sys.stderr)
        return 1
    stack = Stack(settings())
    stopping = False

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        stack.start()
        print("stack: press Ctrl-C to stop everything", flush=True)
        while all(s.process.poll() is None for s in stack.services):
            time.sleep(1)
        dead = [s.name for s in stack.services if s.process.poll() is not None]
        print(f"stack: {', '.join(dead)} exited; stopping the rest", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["run", "env"])
    args = parser.parse_args()
    if args.command == "env":
        for key, value in settings().items():
            print(f"export {key}={value!r}" if value else f"export {key}=''")
        return 0
    return run()


if __name__ == "__main__":
    sys.exit(main())
