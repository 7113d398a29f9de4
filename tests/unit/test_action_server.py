"""The action server (actions/server.py) is locked down: loopback, a shared token, no echo.

Each test talks to a real ``python -m actions.server`` process over HTTP, the
way Rasa or an attacker on the same network would.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
TOKEN = "test-token-" + "x" * 32
# A word that appears only in the request bodies below, never in our code.
MARKER = "quokkaharbourmarker"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(env: dict[str, str], log: Path) -> subprocess.Popen:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ACTION_")}
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "actions.server"],
            cwd=ROOT,
            env={**clean, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
        )


class Server:
    def __init__(self, tmp: Path) -> None:
        self.port = free_port()
        self.log = tmp / "actions.log"
        self.url = f"http://127.0.0.1:{self.port}"
        env = {"ACTION_PORT": str(self.port), "ACTION_SERVER_TOKEN": TOKEN}
        self.process = start_server(env, self.log)
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(self.url + "/health", timeout=1)
                return
            except httpx.TransportError:
                assert self.process.poll() is None, self.log.read_text()
                assert time.monotonic() < deadline, "the action server did not start"
                time.sleep(0.2)

    def post(self, body: bytes, token: str | None = TOKEN) -> httpx.Response:
        headers = {"content-type": "application/json"}
        if token is not None:
            headers["X-Action-Token"] = token
        return httpx.post(self.url + "/webhook", content=body, headers=headers, timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("action-server"))
    yield running
    running.process.terminate()
    running.process.wait(10)


def a_call(action: str = "action_list_services") -> bytes:
    """A hand-made action call whose tracker holds the marker word."""
    import json

    tracker = {
        "sender_id": "attacker",
        "slots": {},
        "latest_message": {"text": f"my secret is {MARKER}", "intent": {}, "entities": []},
        "events": [{"event": "user", "text": f"my secret is {MARKER}"}],
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": None,
    }
    return json.dumps(
        {"next_action": action, "sender_id": "attacker", "tracker": tracker, "domain": {}}
    ).encode()


@pytest.mark.parametrize("token", [None, "", "wrong", TOKEN[:-1], TOKEN + "x"])
def test_a_call_without_the_right_token_is_refused(server: Server, token: str | None) -> None:
    reply = server.post(a_call(), token=token)
    assert reply.status_code == 401
    assert MARKER not in reply.text


def test_the_action_list_needs_the_token(server: Server) -> None:
    assert httpx.get(server.url + "/actions", timeout=5).status_code == 401
    listed = httpx.get(server.url + "/actions", headers={"X-Action-Token": TOKEN}, timeout=5)
    assert listed.status_code == 200 and {"name": "action_list_services"} in listed.json()


def test_the_health_check_stays_open_and_says_only_ok(server: Server) -> None:
    reply = httpx.get(server.url + "/health", timeout=5)
    assert reply.status_code == 200 and reply.json() == {"status": "ok"}


@pytest.mark.parametrize(
    "body, status",
    [
        (f"not json {MARKER}".encode(), 400),
        (a_call("action_that_does_not_exist_" + MARKER), 404),
        # Valid JSON but no tracker: rasa-sdk raises, and its own handler would
        # send this whole body back in a 500 and log it with a traceback.
        (f'{{"next_action": "action_list_services", "{MARKER}": 1}}'.encode(), 500),
        (f'{{"next_action": "action_list_services", "tracker": "{MARKER}"}}'.encode(), 500),
    ],
)
def test_a_bad_call_gets_a_generic_error_that_echoes_nothing(
    server: Server, body: bytes, status: int
) -> None:
    reply = server.post(body)
    assert reply.status_code == status
    assert MARKER not in reply.text
    assert "request_body" not in reply.text
    time.sleep(0.2)  # let the server write its log line
    log = server.log.read_text(errors="replace")
    assert MARKER not in log
    assert "Traceback" not in log


def test_it_listens_on_loopback_only_by_default(server: Server) -> None:
    listening = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port = local.split(":")
            if state == "0A" and int(port, 16) == server.port:  # 0A: LISTEN
                listening.add(address)
    assert listening == {"0100007F"}, listening  # 127.0.0.1, little-endian hex


def test_it_refuses_to_start_without_a_token(tmp_path: Path) -> None:
    env = {"ACTION_PORT": str(free_port()), "ACTION_SERVER_TOKEN": ""}
    process = start_server(env, tmp_path / "log")
    assert process.wait(30) != 0
    assert "ACTION_SERVER_TOKEN" in (tmp_path / "log").read_text()


def test_rasa_sends_the_token_from_endpoints_yml(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasa.utils.endpoints import read_endpoint_config

    from scripts.stack import settings

    for key, value in settings({"ACTION_SERVER_TOKEN": TOKEN}).items():
        monkeypatch.setenv(key, value)
    endpoint = read_endpoint_config(str(ROOT / "endpoints.yml"), "action_endpoint")
    assert endpoint is not None and endpoint.headers == {"X-Action-Token": TOKEN}
    assert not endpoint.params, "the token must never travel in the query string"


def test_a_broken_services_file_stops_start_up_naming_the_field(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from actions.server import main

    broken = tmp_path / "services.yml"
    broken.write_text("services:\n  - id: half_entered\n    name: Half entered\n")
    monkeypatch.setenv("SERVICES_FILE", str(broken))
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "t" * 32)
    with pytest.raises(SystemExit, match="half_entered"):
        main()


def test_every_listed_action_is_one_the_domain_names(server: Server) -> None:
    """Abstract bases (SafeAction, _StartLog) are not served as a nameless action."""
    listed = httpx.get(server.url + "/actions", headers={"X-Action-Token": TOKEN}, timeout=5)
    names = [entry["name"] for entry in listed.json()]
    domain_actions = set()
    for path in (ROOT / "bot" / "domain").glob("*.yml"):
        domain_actions.update(yaml.safe_load(path.read_text(encoding="utf-8")).get("actions") or [])
    assert None not in names
    assert set(names) <= domain_actions
