"""Named child processes with a log file each, a readiness check each, and stop, kill and restart by name."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional


@dataclass
class Service:
    name: str
    command: List[str]
    ready: Callable[[], bool]
    env: Dict[str, str] = field(default_factory=dict)
    user: Optional[str] = None  # run as this user (PostgreSQL refuses to run as root)
    stop_signal: int = signal.SIGINT
    cwd: Optional[Path] = None


class ProcessGroup:
    def __init__(self, log_dir: Path):
        self.log_dir = log_dir
        self.services: Dict[str, Service] = {}
        self.processes: Dict[str, subprocess.Popen] = {}

    def start(self, service: Service) -> None:
        self.services[service.name] = service
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{service.name}.log", "ab")
        self.processes[service.name] = subprocess.Popen(
            service.command,
            cwd=service.cwd,
            env=service.env or None,
            stdout=log,
            stderr=subprocess.STDOUT,
            user=service.user,
            start_new_session=True,
        )
        log.close()

    def restart(self, name: str, timeout: float = 300) -> None:
        self.start(self.services[name])
        self.wait_ready([name], timeout)

    def wait_ready(self, names: List[str], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        waiting = list(names)
        while waiting:
            for name in list(waiting):
                process = self.processes[name]
                if process.poll() is not None:
                    raise RuntimeError(
                        f"{name} exited during start-up (code {process.returncode}); the end of "
                        f"{self.log_dir / (name + '.log')}:\n{self.log_tail(name)}"
                    )
                if self.services[name].ready():
                    waiting.remove(name)
            if waiting:
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"not ready after {timeout:.0f} s: {', '.join(waiting)} (logs in {self.log_dir})"
                    )
                time.sleep(0.5)

    def log_tail(self, name: str, lines: int = 15) -> str:
        try:
            return "\n".join((self.log_dir / f"{name}.log").read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self, name: str, timeout: float = 30) -> None:
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        process.send_signal(self.services[name].stop_signal)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill_process(process)

    def kill(self, name: str) -> None:
        """As a crash would: SIGKILL to the process and everything it started."""
        process = self.processes.pop(name, None)
        if process is not None:
            self.kill_process(process)

    @staticmethod
    def kill_process(process: subprocess.Popen) -> None:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()

    def running(self, name: str) -> bool:
        process = self.processes.get(name)
        return process is not None and process.poll() is None

    def first_exit(self) -> Optional[str]:
        return next((name for name, p in self.processes.items() if p.poll() is not None), None)

    def stop_all(self, order: List[str]) -> None:
        for name in order + [n for n in list(self.processes) if n not in order]:
            self.stop(name)
