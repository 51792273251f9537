"""Everything the stack is configured by, from the environment. Secrets never come from a committed file: when
RASA_AUTH_TOKEN, STACK_DB_PASSWORD or STACK_REDIS_PASSWORD are unset, random ones are made once and kept in
STACK_DIR/secrets.env (readable by its owner only)."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Dict, List, Mapping

ROOT = Path(__file__).resolve().parent.parent
SECRET_NAMES = ("RASA_AUTH_TOKEN", "STACK_DB_PASSWORD", "STACK_REDIS_PASSWORD")


@dataclass(frozen=True)
class StackSettings:
    state_dir: Path = ROOT / "build" / "stack"
    public_host: str = "127.0.0.1"
    public_port: int = 8080
    replicas: int = 2
    action_servers: int = 2
    rasa_base_port: int = 5105
    action_base_port: int = 5155
    actions_proxy_port: int = 5150
    postgres_port: int = 5433
    redis_port: int = 6380
    rate_per_second: int = 10
    rate_burst: int = 20
    max_body: str = "64k"
    model: str = "models/advisor.tar.gz"
    passthrough: Dict[str, str] = field(default_factory=dict)  # channel settings (Slack, ADVISOR_CONTACT...)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> "StackSettings":
        def number(name: str, default: int) -> int:
            return int(environ.get(name, default))

        passthrough = {
            name: value
            for name, value in environ.items()
            if name.startswith(("SLACK_", "ADVISOR_", "PLAN_LINK_", "RETENTION_")) or name == "PUBLIC_BASE_URL"
        }
        return cls(
            state_dir=Path(environ.get("STACK_DIR", cls.state_dir)),
            public_host=environ.get("STACK_PUBLIC_HOST", cls.public_host),
            public_port=number("STACK_PUBLIC_PORT", cls.public_port),
            replicas=number("STACK_RASA_REPLICAS", cls.replicas),
            action_servers=number("STACK_ACTION_SERVERS", cls.action_servers),
            rasa_base_port=number("STACK_RASA_BASE_PORT", cls.rasa_base_port),
            action_base_port=number("STACK_ACTION_BASE_PORT", cls.action_base_port),
            actions_proxy_port=number("STACK_ACTIONS_PROXY_PORT", cls.actions_proxy_port),
            postgres_port=number("STACK_POSTGRES_PORT", cls.postgres_port),
            redis_port=number("STACK_REDIS_PORT", cls.redis_port),
            rate_per_second=number("STACK_RATE_PER_SECOND", cls.rate_per_second),
            rate_burst=number("STACK_RATE_BURST", cls.rate_burst),
            max_body=environ.get("STACK_MAX_BODY", cls.max_body),
            passthrough=passthrough,
        )

    def with_ports(self, **ports: int) -> "StackSettings":
        return replace(self, **ports)

    @property
    def public_url(self) -> str:
        return f"http://{self.public_host}:{self.public_port}"

    @property
    def rasa_ports(self) -> List[int]:
        return [self.rasa_base_port + i for i in range(self.replicas)]

    @property
    def action_ports(self) -> List[int]:
        return [self.action_base_port + i for i in range(self.action_servers)]

    @property
    def log_dir(self) -> Path:
        return self.state_dir / "logs"


def load_secrets(settings: StackSettings, environ: Mapping[str, str] = os.environ) -> Dict[str, str]:
    """The stack's secrets: from the environment, else from STACK_DIR/secrets.env, else newly made and kept there."""
    path = settings.state_dir / "secrets.env"
    kept: Dict[str, str] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            name, _, value = line.partition("=")
            kept[name.strip()] = value.strip()
    values = {name: environ.get(name) or kept.get(name) or secrets.token_hex(24) for name in SECRET_NAMES}
    if any(kept.get(name) != values[name] for name in SECRET_NAMES if not environ.get(name)):
        settings.state_dir.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        os.chmod(path, 0o600)
        path.write_text("".join(f"{name}={values[name]}\n" for name in SECRET_NAMES if not environ.get(name)))
    return values
