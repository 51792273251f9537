"""Shared by the tests of the running assistant: the servers started for real, and Debian's headless Chromium
under Playwright."""

from __future__ import annotations

from pathlib import Path

from knowledge.paths import ROOT
from ops.processes import Servers, Settings, free_port

ARTIFACTS = ROOT / "build" / "artifacts"
AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def start_servers(tmp_path_factory, database_url, auth_token: str = "", **env) -> Servers:
    """The action server and the Rasa server on free ports, with their own plan store; logs in a temporary folder."""
    settings = Settings(
        rasa_port=free_port(),
        action_port=free_port(),
        auth_token=auth_token,
        extra_env={
            "DATABASE_URL": database_url,
            "PLAN_STORE_URL": f"sqlite:///{tmp_path_factory.mktemp('plans') / 'plans.db'}",
            **env,
        },
    )
    servers = Servers(settings, log_dir=tmp_path_factory.mktemp("logs"))
    servers.start(timeout=300)
    return servers


def axe_violations(page, serious_only=True):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if not serious_only or v["impact"] in ("serious", "critical")]


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path
