"""`make run` supervises: a crash is restarted while the rest keep answering,
signals stop everything, and the children never outlive the runner.

Each test runs the real runner (``python -m scripts.stack run``) as a process
on free ports, with its own Redis databases and key prefix, and kills things
the way a crash, an OOM killer or a shell script would.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from scripts.stack import MODEL_PATH, ROOT, VENV_BIN
from tests.e2e.conftest import Chat, delete_keys, stack_env

# A helpline number in the reply, besides 999 (freephone 0800/0808, or Samaritans).
HELPLINE = re.compile(r"\b080[08] ?\d{3} ?\d{4}\b|\b116 ?123\b")
NOTICE = "nobody reads this chat as you type"
# What identifies each child on its command line.
CHILDREN = {"actions": "actions.server", "web": "web.server", "rasa": "rasa run"}


def alive(pid: int) -> bool:
    """Running and not a zombie (an orphan's parent may be slow to reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def children_of(pid: int) -> dict[str, int]:
    """The runner's live children, by service name."""
    found: dict[str, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) != pid or not alive(int(entry.name)):
            continue
        for name, marker in CHILDREN.items():
            if marker in cmdline:
                found[name] = int(entry.name)
    return found


def listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{what}: not within {timeout:.0f} s"
        time.sleep(0.2)


class Runner:
    """``make run``'s runner in a process of its own, its status output in a file."""

    def __init__(self, tmp: Path, background: bool = False, **overrides: str) -> None:
        self.env = stack_env()
        self.env.update(overrides)
        self.out = tmp / "runner.out"
        self.log_dir = tmp / "logs"
        command = [str(VENV_BIN / "python"), "-m", "scripts.stack", "run"]
        command += ["--log-dir", str(self.log_dir)]
        environ = {**os.environ, **self.env}
        if background:
            # As a shell script would: a background job of a non-interactive shell
            # starts with SIGINT ignored, so Python never raises KeyboardInterrupt.
            pid_file = tmp / "runner.pid"
            script = f"{' '.join(command)} >{self.out} 2>&1 & echo $! >{pid_file}; wait"
            self.shell = subprocess.Popen(["bash", "-c", script], cwd=ROOT, env=environ)
            wait_until(lambda: pid_file.exists() and pid_file.read_text().strip(), 10, "pid")
            self.pid = int(pid_file.read_text())
        else:
            with self.out.open("wb") as out:
                self.shell = subprocess.Popen(
                    command, cwd=ROOT, env=environ, stdout=out, stderr=subprocess.STDOUT
                )
            self.pid = self.shell.pid
        self.ports = {
            "actions": int(self.env["ACTION_PORT"]),
            "web": int(self.env["WEB_PORT"]),
            "rasa": int(self.env["RASA_PORT"]),
        }

    def output(self) -> str:
        return self.out.read_text(errors="replace") if self.out.exists() else ""

    def ups(self, name: str) -> int:
        return len(re.findall(rf"^  {name} +up ", self.output(), flags=re.M))

    def wait_up(self, name: str, times: int = 1, timeout: float = 240) -> None:
        wait_until(lambda: self.ups(name) >= times, timeout, f"{name} up x{times}\n{self.output()}")

    def exited(self) -> bool:
        return not alive(self.pid)

    def stop(self) -> None:
        if alive(self.pid):
            os.kill(self.pid, signal.SIGTERM)
        try:
            self.shell.wait(30)
        except subprocess.TimeoutExpired:
            self.shell.kill()
        delete_keys(self.env)


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runner]:
    assert MODEL_PATH.is_file(), "train first: make train"
    # A restart delay long enough to talk to the stack while a service is down.
    running = Runner(tmp_path_factory.mktemp("runner"), RESTART_BACKOFF_SECONDS="4")
    try:
        wait_until(lambda: "Ready." in running.output(), 300, "ready\n" + running.output())
        yield running
    finally:
        running.stop()


def test_status_says_what_is_up_where_and_how_to_stop(runner: Runner) -> None:
    out = runner.output()
    for name in CHILDREN:
        assert runner.ups(name) == 1, out
    assert f"http://localhost:{runner.ports['web']}/" in out
    assert f"POST http://localhost:{runner.ports['rasa']}/webhooks/rest/webhook" in out
    assert f"kill -TERM {runner.pid}" in out and "Ctrl-C" in out
    # Third-party warnings and progress go to the log files, not the status.
    assert "Warning" not in out and len(out.splitlines()) < 20, out
    assert {p.name for p in runner.log_dir.iterdir()} >= {"rasa.log", "actions.log", "web.log"}


def test_a_crashed_action_server_is_restarted_and_replies_carry_999_meanwhile(
    runner: Runner,
) -> None:
    chat, sender = Chat(runner.env), "sup-actions"
    chat.say(sender, "hello")
    os.kill(children_of(runner.pid)["actions"], signal.SIGKILL)
    wait_until(lambda: "actions  exited" in runner.output(), 5, "crash seen")

    reply = " ".join(chat.say(sender, "who can help me"))
    assert runner.ups("actions") == 1, "restarted before the reply: the test proved nothing"
    assert "999" in reply and HELPLINE.search(reply), reply
    assert listening(runner.ports["web"])

    runner.wait_up("actions", times=2, timeout=30)
    replies = chat.say(sender, "how do i keep a record of what he does")
    assert "date and time" in replies[0]
    assert not any(NOTICE in r for r in replies), "the conversation was forgotten"


def test_a_crashed_web_service_is_restarted_and_chat_carries_on(runner: Runner) -> None:
    chat, sender = Chat(runner.env), "sup-web"
    chat.say(sender, "hello")
    os.kill(children_of(runner.pid)["web"], signal.SIGKILL)
    wait_until(lambda: "web      exited" in runner.output(), 5, "crash seen")

    danger = chat.say(sender, "hes outside my house right now")
    assert "999" in danger[0]
    runner.wait_up("web", times=2, timeout=30)
    health = httpx.get(f"http://127.0.0.1:{runner.ports['web']}/health", timeout=5)
    assert health.status_code == 200
    assert "date and time" in chat.say(sender, "how do i keep a record of what he does")[0]


def test_a_crashed_rasa_is_restarted_and_the_conversation_carries_on(runner: Runner) -> None:
    chat, sender = Chat(runner.env), "sup-rasa"
    chat.say(sender, "hello")
    before = children_of(runner.pid)
    os.kill(before["rasa"], signal.SIGKILL)
    wait_until(lambda: "rasa     exited" in runner.output(), 5, "crash seen")
    # The rest keep running (the runner used to stop everything here).
    after = children_of(runner.pid)
    assert after["actions"] == before["actions"] and after["web"] == before["web"]

    runner.wait_up("rasa", times=2, timeout=240)
    replies = chat.say(sender, "how do i keep a record of what he does")
    assert "date and time" in replies[0]
    assert not any(NOTICE in r for r in replies), "the conversation was forgotten"


def test_killing_the_runner_leaves_no_child_holding_a_port(runner: Runner) -> None:
    kids = children_of(runner.pid)
    assert set(kids) == set(CHILDREN)
    os.kill(runner.pid, signal.SIGKILL)
    wait_until(lambda: not any(alive(pid) for pid in kids.values()), 30, "children gone")
    for name, port in runner.ports.items():
        assert not listening(port), f"{name} still holds port {port}"


@pytest.mark.parametrize(
    "signum, background",
    [(signal.SIGTERM, False), (signal.SIGINT, True), (signal.SIGTERM, True)],
    ids=["sigterm", "sigint-from-background-job", "sigterm-from-background-job"],
)
def test_a_signal_stops_every_service(tmp_path: Path, signum: int, background: bool) -> None:
    runner = Runner(tmp_path, background=background)
    try:
        # Rasa may still be loading its model: it must stop too.
        runner.wait_up("actions", timeout=60)
        runner.wait_up("web", timeout=60)
        kids = children_of(runner.pid)
        assert set(kids) == set(CHILDREN), runner.output()
        os.kill(runner.pid, signum)
        wait_until(runner.exited, 30, "runner stopped\n" + runner.output())
        assert not any(alive(pid) for pid in kids.values())
        for name, port in runner.ports.items():
            assert not listening(port), f"{name} still holds port {port}"
        assert "Stopped." in runner.output()
    finally:
        runner.stop()


def test_a_background_job_really_starts_with_sigint_ignored() -> None:
    """Checks the premise of the background-job cases above."""
    probe = subprocess.run(
        ["bash", "-c", "grep SigIgn /proc/self/status & wait"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    ignored = int(probe.stdout.split()[1], 16)
    assert ignored & (1 << (signal.SIGINT - 1))
