"""Running the project's commands as a person does: `python -m MODULE ...` from the project root."""

from __future__ import annotations

import os
import subprocess
import sys

from knowledge.paths import ROOT


def run_module(module: str, *args: str, env=None, stdin=None, timeout: int = 120) -> subprocess.CompletedProcess:
    """Its exit code and output; `env`: variables set over this process' environment."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", **(env or {})},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
