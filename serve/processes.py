"""The action server and the Rasa server as child processes, started together, ready together, stopped together."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Mapping, Optional

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent  # the virtual environment's bin/, where `rasa` lives


@dataclass
class Settings:
    rasa_host: str = "127.0.0.1"
    rasa_port: int = 5005
    action_port: int = 5055
    auth_token: str = ""
    model: str = "models/advisor.tar.gz"
    extra_env: Dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> "Settings":
        return cls(
            rasa_host=environ.get("RASA_HOST", "127.0.0.1"),
            rasa_port=int(environ.get("RASA_PORT", "5005")),
            action_port=int(environ.get("ACTION_PORT", "5055")),
            auth_token=environ.get("RASA_AUTH_TOKEN", ""),
        )

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://127.0.0.1:{self.action_port}"


class Servers:
    def __init__(self, settings: Settings, log_dir: Optional[Path] = None):
        self.settings = settings
        self.log_dir = log_dir
        self.processes: Dict[str, subprocess.Popen] = {}

    def environment(self) -> Dict[str, str]:
        env = dict(os.environ, **self.settings.extra_env)
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        env.setdefault("RASA_TELEMETRY_ENABLED", "false")  # nothing leaves the machine
        env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
        env["ACTION_ENDPOINT_URL"] = f"{self.settings.action_url}/webhook"
        env["RASA_PORT"] = str(self.settings.rasa_port)  # the pages' default origin and plan links follow the port
        env["SANIC_HOST"] = "127.0.0.1"  # the action server is never exposed
        return env

    def start_actions(self) -> None:
        self._spawn(
            "actions",
            [
                str(BIN / "rasa"),
                "run",
                "actions",
                "--actions",
                "actions",
                "-p",
                str(self.settings.action_port),
                "--quiet",
            ],
        )

    def start_rasa(self) -> None:
        command = [
            str(BIN / "rasa"),
            "run",
            "--enable-api",
            "-i",
            self.settings.rasa_host,
            "-p",
            str(self.settings.rasa_port),
            "-m",
            self.settings.model,
            "--credentials",
            "credentials.yml",
            "--endpoints",
            "endpoints.yml",
        ]
        if self.settings.auth_token:
            command.append(f"--auth-token={self.settings.auth_token}")  # a token may start with "-"
        self._spawn("rasa", command)

    def start(self, timeout: float = 300) -> float:
        started = time.monotonic()
        self.start_actions()
        self.start_rasa()
        self.wait_ready(timeout)
        return time.monotonic() - started

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        waiting = {
            name: url
            for name, url in (("actions", f"{self.settings.action_url}/health"), ("rasa", f"{self.settings.rasa_url}/"))
            if name in self.processes
        }
        while waiting:
            waiting = {name: url for name, url in waiting.items() if not _answers(url)}
            dead = [name for name, process in self.processes.items() if process.poll() is not None]
            if dead:
                raise RuntimeError(f"server exited during start-up: {', '.join(dead)}{self._log_hint()}")
            if waiting and time.monotonic() > deadline:
                raise RuntimeError(f"not ready after {timeout:.0f} s: {', '.join(waiting)}{self._log_hint()}")
            if waiting:
                time.sleep(0.5)

    def stop(self, name: Optional[str] = None) -> None:
        for key in [name] if name else list(self.processes):
            process = self.processes.pop(key, None)
            if process is None or process.poll() is not None:
                continue
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def first_exit(self) -> Optional[str]:
        return next((name for name, p in self.processes.items() if p.poll() is not None), None)

    def _spawn(self, name: str, command: List[str]) -> None:
        output = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            output = open(self.log_dir / f"{name}.log", "ab")
        self.processes[name] = subprocess.Popen(
            command, cwd=ROOT, env=self.environment(), stdout=output, stderr=subprocess.STDOUT if output else None
        )

    def _log_hint(self) -> str:
        return f" (logs in {self.log_dir})" if self.log_dir else ""

    def __enter__(self) -> "Servers":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status < 500
    except (urllib.error.URLError, OSError):
        return False
