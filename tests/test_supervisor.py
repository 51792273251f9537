"""The supervisor with small real processes, killed from outside as a crash would: restarted with backoff, given up
on after its tries, stopped with everything it started, also by a second signal. No model, no services."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from knowledge.paths import ROOT
from ops.processes import free_port
from ops.supervisor import DOWN, UP, NotServing, Service, Supervisor


def listener(port: int) -> list:
    """A process that listens on `port` and starts a child that would outlive it (as PostgreSQL's backends do)."""
    code = f"""
        import socket, subprocess, sys, time
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
        s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", {port})); s.listen()
        print("listening", flush=True)
        time.sleep(600)
    """
    return [sys.executable, "-c", textwrap.dedent(code)]


def answers(port: int) -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


def until(check, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(")")[-1].split()[0] != "Z"


def children_of(pid: int) -> list:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(line) for line in out.split()]


def test_a_process_killed_from_outside_is_restarted_and_the_other_keeps_serving(tmp_path):
    said = []
    supervisor = Supervisor(tmp_path, max_restarts=3, backoff=0.2, say=said.append)
    ports = [free_port(), free_port()]
    for name, port in zip(["one", "two"], ports):
        supervisor.start(Service(name, listener(port), ready=lambda p=port: answers(p), role="replica", port=port))
    try:
        supervisor.wait_ready(["one", "two"], timeout=30)
        first_pid = supervisor.pid("one")
        leftover = children_of(first_pid)
        assert leftover
        os.kill(first_pid, signal.SIGKILL)
        assert until(lambda: (supervisor.watch(), supervisor.state("one") != UP)[1], 5)
        assert supervisor.state("two") == UP and answers(ports[1])
        assert until(lambda: (supervisor.watch(), supervisor.state("one") == UP)[1], 20)
        assert supervisor.pid("one") != first_pid and answers(ports[0])
        assert not any(alive(pid) for pid in leftover)  # the dead one's child went with it: nothing holds on
        assert supervisor.health()["one"]["restarts"] == 1 and supervisor.cannot_serve() is None
        log = "\n".join(said)
        assert "one exited (killed by SIGKILL)" in log and "one is back" in log
    finally:
        supervisor.stop_all()


def test_a_process_that_cannot_start_is_given_up_on_with_its_log_and_the_role_is_lost(tmp_path):
    said = []
    supervisor = Supervisor(tmp_path, max_restarts=2, backoff=0.1, say=said.append)
    command = [sys.executable, "-c", "import sys; print('model file is broken'); sys.exit(3)"]
    supervisor.start(Service("broken", command, ready=lambda: False, role="replica"))
    started = time.monotonic()
    with pytest.raises(RuntimeError) as raised:
        supervisor.wait_ready(["broken"], timeout=60)
    assert time.monotonic() - started < 30  # does not hang
    assert "gave up on broken after 2 restarts" in str(raised.value)
    assert "model file is broken" in str(raised.value)
    assert supervisor.state("broken") == DOWN and supervisor.cannot_serve() == "replica"
    assert sum("restarting broken" in line for line in said) == 2


def test_a_readiness_check_that_says_it_can_never_serve_counts_as_a_failure(tmp_path):
    def no_model() -> bool:
        raise NotServing("no model loaded")

    supervisor = Supervisor(tmp_path, max_restarts=1, backoff=0.1, say=lambda _: None)
    supervisor.start(Service("replica", [sys.executable, "-c", "import time; time.sleep(60)"], ready=no_model))
    with pytest.raises(RuntimeError, match="gave up on replica"):
        supervisor.wait_ready(["replica"], timeout=30)
    assert not supervisor.running("replica")


def test_one_of_two_replicas_given_up_on_leaves_the_stack_serving(tmp_path):
    supervisor = Supervisor(tmp_path, max_restarts=0, backoff=0.1, say=lambda _: None)
    port = free_port()
    supervisor.start(Service("good", listener(port), ready=lambda: answers(port), role="replica"))
    supervisor.start(Service("bad", [sys.executable, "-c", "raise SystemExit(1)"], ready=lambda: False, role="replica"))
    try:
        assert until(lambda: (supervisor.watch(), supervisor.state("bad") == DOWN)[1], 10)
        assert supervisor.cannot_serve() is None
    finally:
        supervisor.stop_all()


SUPERVISED = """
import sys, time
from pathlib import Path
from ops.supervisor import Service, Supervisor
supervisor = Supervisor(Path(sys.argv[1]), say=lambda line: print(line, flush=True))
supervisor.stop_on_signals()
stubborn = (
    "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
    "signal.signal(signal.SIGINT, signal.SIG_IGN); time.sleep(600)"
)
for name in ("a", "b"):
    supervisor.start(Service(name, [sys.executable, "-c", stubborn], ready=lambda: True))
print("pids", supervisor.pid("a"), supervisor.pid("b"), flush=True)
supervisor.serve()
print("stopping", flush=True)
supervisor.stop_all()
print("stopped", flush=True)
"""


def start_supervised(tmp_path):
    """The supervisor script above in a process of its own, as bin/stack runs it."""
    return subprocess.Popen(
        [sys.executable, "-c", SUPERVISED, str(tmp_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def test_a_second_signal_during_shutdown_kills_what_is_left_and_nothing_is_orphaned(tmp_path):
    process = start_supervised(tmp_path)
    line = process.stdout.readline()
    pids = [int(pid) for pid in line.split()[1:]]
    assert len(pids) == 2, line
    process.send_signal(signal.SIGTERM)
    assert process.stdout.readline().strip() == "stopping"
    time.sleep(0.5)  # the children ignore the polite signal: a stop would wait 30 s for each
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 0
    assert until(lambda: not any(alive(pid) for pid in pids), 5)


def test_children_die_with_a_supervisor_that_is_itself_killed(tmp_path):
    process = start_supervised(tmp_path)
    pids = [int(pid) for pid in process.stdout.readline().split()[1:]]
    process.kill()
    process.wait()
    assert until(lambda: not any(alive(pid) for pid in pids), 5)


def test_settings_are_typed_and_a_wrong_value_gets_a_clear_message_not_a_stack_trace():
    from ops.settings import RunSettings, StackSettings

    settings = StackSettings.from_env({"STACK_KIOSK_KEYS": "north-hall-kiosk, south-hall-kiosk", "PATH": "/bin"})
    assert settings.kiosk_keys == ("north-hall-kiosk", "south-hall-kiosk") and settings.max_restarts == 5
    assert RunSettings.from_env({"RASA_PORT": "6005"}).rasa_url == "http://127.0.0.1:6005"
    for command, variable in (("ops.stack", "STACK_RASA_REPLICAS"), ("ops.run", "RASA_PORT")):
        done = subprocess.run(
            [sys.executable, "-m", command],
            cwd=ROOT,
            env=dict(os.environ, **{variable: "two"}),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2 and "not a valid integer" in done.stderr and "Traceback" not in done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "ops.stack"],
        cwd=ROOT,
        env=dict(os.environ, STACK_KIOSK_KEYS='x";deny all'),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "kiosk key" in done.stderr  # nothing of it reaches nginx's configuration


def test_the_proxy_routes_only_to_ready_parts_and_health_names_each_part_without_secrets(tmp_path):
    from ops.settings import StackSettings
    from ops.stack import Stack
    from ops.supervisor import RESTARTING, STARTING, Part

    stack = Stack(StackSettings(state_dir=tmp_path, rasa_base_port=7105, action_base_port=7155))
    (tmp_path / "nginx").mkdir()
    states = {"rasa-1": UP, "rasa-2": STARTING, "actions-1": RESTARTING, "actions-2": UP, "postgres": UP}
    for name, state in states.items():
        stack.group.parts[name] = Part(Service(name, ["true"], ready=lambda: True), state=state)
    stack.write_upstreams()
    upstreams = (tmp_path / "nginx" / "upstreams.conf").read_text()
    assert "127.0.0.1:7105 max_fails=1 fail_timeout=3s;" in upstreams  # ready: routed
    assert "127.0.0.1:7106 max_fails=1 fail_timeout=3s down;" in upstreams  # loading its model: no traffic
    assert "127.0.0.1:7155 max_fails=1 fail_timeout=3s down;" in upstreams
    stack.write_health()
    health = (tmp_path / "health" / "health.json").read_text()
    assert json_states(health) == states and '"status": "degraded"' in health  # no Redis, no nginx yet
    assert all(secret not in health for secret in stack.secrets.values()) and "7105" not in health


def json_states(text: str) -> dict:
    import json

    return {name: part["state"] for name, part in json.loads(text)["parts"].items()}


def test_a_change_while_the_proxy_is_dead_does_not_wait_for_its_routes(tmp_path, monkeypatch):
    # The supervisor waits for nginx to take a new upstream list before it says "serving"; with nginx dead (its
    # restart is the supervisor's next look) there is nothing to wait for, and the loop must not stall on it.
    import ops.stack
    from ops.settings import StackSettings
    from ops.stack import Stack
    from ops.supervisor import STARTING, Part

    stack = Stack(StackSettings(state_dir=tmp_path, rasa_base_port=7205, action_base_port=7255))
    (tmp_path / "nginx").mkdir()
    dead = subprocess.Popen(["true"])
    dead.wait()
    nginx = Part(Service("nginx", ["true"], ready=lambda: True), state=UP)
    nginx.process = dead
    replica = Part(Service("rasa-1", ["true"], ready=lambda: True), state=STARTING)
    stack.group.parts.update({"nginx": nginx, "rasa-1": replica})
    asked = []
    monkeypatch.setattr(ops.stack, "_http_text", lambda url: asked.append(url) or "")
    replica.state = UP
    stack._changed(stack.group)
    assert len(asked) <= 1 and (tmp_path / "health" / "health.json").exists()
