"""The one process supervisor of `bin/run` and `bin/stack`: named child processes, each in its own process group
with its own log, restarted with backoff when they die, given up on after a number of tries, and all stopped on
request (a second request kills what is left at once).

Written here rather than taken from supervisord or honcho: supervisord is a daemon configured by files that would
have to be generated and driven over XML-RPC, and does not know readiness; honcho stops everything when one
process exits, the behaviour this replaces. What the stack needs on top of restarts -- readiness checks deciding
what nginx routes to, a hook when a replica dies (its lock tickets), a health file -- is a few lines here.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional

UP, STARTING, RESTARTING, DOWN, STOPPED = "up", "starting", "restarting", "down", "stopped"
STABLE_SECONDS = 60  # up this long, a process's earlier failures are forgiven


class NotServing(Exception):
    """Raised by a readiness check when the process is running but can never serve (a replica without a model)."""


@dataclass
class Service:
    name: str
    command: List[str]
    ready: Callable[[], bool]
    role: str = ""  # processes of one role stand in for each other (replicas); the stack serves while one is left
    env: Dict[str, str] = field(default_factory=dict)
    user: Optional[str] = None  # run as this user (PostgreSQL refuses to run as root)
    stop_signal: int = signal.SIGINT
    cwd: Optional[Path] = None
    port: Optional[int] = None  # must be free again before a restart
    start_timeout: float = 300
    on_exit: Optional[Callable[[], None]] = None  # after an unexpected death, before the restart


@dataclass
class Part:
    """What the supervisor knows of one service."""

    service: Service
    process: Optional[subprocess.Popen] = None
    state: str = STARTING
    since: float = field(default_factory=time.time)
    started: float = field(default_factory=time.monotonic)
    failures: int = 0
    restarts: int = 0
    retry_at: float = 0.0


class Supervisor:
    def __init__(
        self,
        log_dir: Optional[Path],
        max_restarts: int = 5,
        backoff: float = 1.0,
        max_backoff: float = 30.0,
        say: Callable[[str], None] = lambda line: print(line, flush=True),
        on_change: Optional[Callable[["Supervisor"], None]] = None,
    ):
        self.log_dir = log_dir
        self.max_restarts = max_restarts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.say = say
        self.on_change = on_change
        self.parts: Dict[str, Part] = {}
        self.stopping = False  # SIGINT or SIGTERM arrived
        self.hurry = False  # a second one: kill what is left without waiting

    def stop_on_signals(self) -> None:
        """Ctrl-C or SIGTERM asks to stop everything; a second one during the shutdown kills what is left."""

        def requested(*_) -> None:
            if self.stopping:
                self.hurry = True
            self.stopping = True

        signal.signal(signal.SIGINT, requested)
        signal.signal(signal.SIGTERM, requested)

    def serve(self) -> Optional[str]:
        """Supervise until asked to stop (None) or until a role has no process left (its name)."""
        while not self.stopping:
            self.watch()
            role = self.cannot_serve()
            if role is not None:
                return role
            time.sleep(0.5)
        return None

    # ---- starting ----
    def start(self, service: Service) -> None:
        part = self.parts.setdefault(service.name, Part(service))
        part.service = service
        log = None  # without a log folder, its output goes to the terminal
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            log = open(self.log_dir / f"{service.name}.log", "ab")
        try:
            part.process = subprocess.Popen(
                service.command,
                cwd=service.cwd,
                env=service.env or None,
                stdout=log,
                stderr=subprocess.STDOUT if log else None,
                user=service.user,
                start_new_session=True,  # its own process group: a crash's leftovers are killed with it
                preexec_fn=_die_with_parent,
            )
        finally:
            if log is not None:
                log.close()
        part.started = time.monotonic()
        self._set(part, STARTING if part.restarts == 0 else RESTARTING)

    def wait_ready(self, names: Iterable[str], timeout: Optional[float] = None) -> None:
        """Supervise until every named process is up; restarts count. Raises RuntimeError if one is given up on."""
        names = list(names)
        deadline = time.monotonic() + timeout if timeout else None
        while True:
            if self.stopping:
                raise KeyboardInterrupt
            self.watch()
            given_up = [name for name in names if self.parts[name].state == DOWN]
            if given_up:
                raise RuntimeError(self.gave_up_message(given_up[0]))
            if all(self.parts[name].state == UP for name in names):
                return
            if deadline and time.monotonic() > deadline:
                raise RuntimeError(f"not ready after {timeout:.0f} s: {', '.join(names)} (logs in {self.log_dir})")
            time.sleep(0.5)

    # ---- watching ----
    def watch(self) -> None:
        """One look at every process: notice deaths, restart when their backoff is over, notice readiness."""
        now = time.monotonic()
        for part in list(self.parts.values()):
            if part.state in (DOWN, STOPPED):
                continue
            process = part.process
            if process is None:
                if now >= part.retry_at:
                    self._restart(part)
                continue
            if process.poll() is not None:
                self._failed(part, f"exited ({_exit_reason(process.returncode)})")
                continue
            if part.state != UP:
                try:
                    ready = part.service.ready()
                except NotServing as problem:
                    self._failed(part, f"cannot serve: {problem}")
                    continue
                if ready:
                    back = part.restarts > 0
                    self._set(part, UP)
                    if back:
                        self.say(f"supervisor: {part.service.name} is back ({_clock()}, restart {part.restarts})")
                elif now - part.started > part.service.start_timeout:
                    self._failed(part, f"not ready after {part.service.start_timeout:.0f} s")
            elif part.failures and now - part.started > STABLE_SECONDS:
                part.failures = 0

    def _failed(self, part: Part, reason: str) -> None:
        name = part.service.name
        self.say(f"supervisor: {name} {reason} at {_clock()}")
        self._kill_group(part)
        if part.service.on_exit is not None:
            try:
                part.service.on_exit()
            except Exception as error:  # noqa: BLE001 - a clean-up that failed must not stop the restart
                self.say(f"supervisor: clean-up after {name} failed: {type(error).__name__}: {error}")
        part.failures += 1
        if part.failures > self.max_restarts:
            self._set(part, DOWN)
            self.say(self.gave_up_message(name))
            return
        delay = min(self.backoff * 2 ** (part.failures - 1), self.max_backoff)
        part.retry_at = time.monotonic() + delay
        self.say(f"supervisor: restarting {name} in {delay:.0f} s (try {part.failures} of {self.max_restarts})")
        self._set(part, RESTARTING)

    def _restart(self, part: Part) -> None:
        if part.service.port and not port_free(part.service.port):
            part.retry_at = time.monotonic() + 1  # a leftover still holds it; the group kill frees it shortly
            return
        part.restarts += 1
        self.start(part.service)

    def gave_up_message(self, name: str) -> str:
        return (
            f"supervisor: gave up on {name} after {self.max_restarts} restarts; the end of its log "
            f"({self.log_dir or 'the terminal'}):\n{self.log_tail(name)}"
        )

    def cannot_serve(self) -> Optional[str]:
        """The role (or process) all of whose processes were given up on, if any: then nothing can be served."""
        roles: Dict[str, List[str]] = {}
        for part in self.parts.values():
            roles.setdefault(part.service.role or part.service.name, []).append(part.state)
        return next((role for role, states in roles.items() if states and all(s == DOWN for s in states)), None)

    # ---- stopping ----
    def stop(self, name: str, timeout: float = 30) -> None:
        part = self.parts.get(name)
        if part is None:
            return
        self._set(part, STOPPED)
        process, part.process = part.process, None
        if process is None or process.poll() is not None:
            self._kill_group_of(process)
            return
        try:
            process.send_signal(part.service.stop_signal)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + timeout
        while process.poll() is None and time.monotonic() < deadline and not self.hurry:
            time.sleep(0.1)
        self._kill_group_of(process)  # what is left of it, children included

    def stop_all(self, order: Iterable[str] = ()) -> None:
        order = list(order)
        for name in order + [n for n in list(self.parts) if n not in order]:
            self.stop(name)

    def _kill_group(self, part: Part) -> None:
        process, part.process = part.process, None
        self._kill_group_of(process)

    @staticmethod
    def _kill_group_of(process: Optional[subprocess.Popen]) -> None:
        if process is None:
            return
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass

    # ---- what it knows ----
    def state(self, name: str) -> str:
        return self.parts[name].state

    def running(self, name: str) -> bool:
        part = self.parts.get(name)
        return part is not None and part.process is not None and part.process.poll() is None

    def pid(self, name: str) -> Optional[int]:
        part = self.parts.get(name)
        return part.process.pid if part and part.process else None

    def health(self) -> Dict[str, Dict[str, object]]:
        return {
            name: {"state": part.state, "restarts": part.restarts, "since": _iso(part.since)}
            for name, part in self.parts.items()
        }

    def log_tail(self, name: str, lines: int = 15) -> str:
        if self.log_dir is None:
            return "(its output is above)"
        try:
            return "\n".join((self.log_dir / f"{name}.log").read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def _set(self, part: Part, state: str) -> None:
        if part.state == state:
            return
        part.state, part.since = state, time.time()
        if self.on_change is not None:
            self.on_change(self)


def _die_with_parent() -> None:
    """The child gets SIGKILL if the supervisor itself is killed: no PostgreSQL or Redis left holding ports."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def port_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def _exit_reason(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _clock() -> str:
    return datetime.now(timezone.utc).strftime("%H:%M:%S UTC")


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).isoformat(timespec="seconds")
