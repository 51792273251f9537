"""`bin/run`'s two processes, the action server and the Rasa server, under the supervisor (ops/supervisor.py):
started together, ready together, restarted if one dies, stopped together."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, Optional

from knowledge.paths import ROOT
from ops.settings import RunSettings
from ops.supervisor import Service, Supervisor

BIN = Path(sys.executable).parent  # the virtual environment's bin/, where `rasa` lives
Settings = RunSettings  # the name its callers know


class Servers:
    def __init__(self, settings: RunSettings, log_dir: Optional[Path] = None):
        self.settings = settings
        self.log_dir = log_dir
        self.supervisor = Supervisor(log_dir, max_restarts=settings.max_restarts)

    @property
    def processes(self) -> Dict[str, subprocess.Popen]:
        return {name: part.process for name, part in self.supervisor.parts.items() if part.process is not None}

    def environment(self) -> Dict[str, str]:
        env = dict(os.environ, **self.settings.extra_env)
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        env.setdefault("RASA_TELEMETRY_ENABLED", "false")  # nothing leaves the machine
        env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
        env["ACTION_ENDPOINT_URL"] = f"{self.settings.action_url}/webhook"
        env["RASA_PORT"] = str(self.settings.rasa_port)  # the pages' default origin and plan links follow the port
        env["SANIC_HOST"] = "127.0.0.1"  # the action server is never exposed
        return env

    def actions_service(self) -> Service:
        port = self.settings.action_port
        command = [str(BIN / "rasa"), "run", "actions", "--actions", "actions", "-p", str(port), "--quiet"]
        return Service(
            "actions", command, ready=lambda: _answers(f"{self.settings.action_url}/health"), **self._common(port)
        )

    def rasa_service(self) -> Service:
        s = self.settings
        command = [str(BIN / "rasa"), "run", "--enable-api", "-i", s.rasa_host, "-p", str(s.rasa_port), "-m", s.model]
        command += ["--credentials", "credentials.yml", "--endpoints", "endpoints.yml"]
        if s.auth_token:
            command.append(f"--auth-token={s.auth_token}")  # a token may start with "-"
        return Service("rasa", command, ready=lambda: _answers(f"{s.rasa_url}/"), **self._common(s.rasa_port))

    def _common(self, port: int) -> dict:
        return dict(env=self.environment(), cwd=ROOT, port=port, stop_signal=signal.SIGINT)

    def start_actions(self) -> None:
        self.supervisor.start(self.actions_service())

    def start_rasa(self) -> None:
        self.supervisor.start(self.rasa_service())

    def start(self, timeout: float = 300) -> float:
        import time

        started = time.monotonic()
        self.start_actions()
        self.start_rasa()
        self.wait_ready(timeout)
        return time.monotonic() - started

    def wait_ready(self, timeout: float) -> None:
        for part in self.supervisor.parts.values():
            part.service.start_timeout = timeout
        self.supervisor.wait_ready(list(self.supervisor.parts), timeout)

    def stop(self, name: Optional[str] = None) -> None:
        if name:
            self.supervisor.stop(name, timeout=20)
        else:
            self.supervisor.stop_all(["rasa", "actions"])

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
