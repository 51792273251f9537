"""Everything `bin/run` (RunSettings) and `bin/stack` (StackSettings) are configured by, typed, from the
environment.

The stack's secrets never come from a committed file: when RASA_AUTH_TOKEN, STACK_DB_PASSWORD or
STACK_REDIS_PASSWORD are unset, random ones are made once and kept in STACK_DIR/secrets.env (owner only)."""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from typing import Dict, List, Mapping, Tuple

from pydantic import BaseSettings, Field, validator

from knowledge.paths import ROOT

SECRET_NAMES = ("RASA_AUTH_TOKEN", "STACK_DB_PASSWORD", "STACK_REDIS_PASSWORD")


class RunSettings(BaseSettings):
    """`bin/run`: one action server and one Rasa server on this machine."""

    rasa_host: str = Field("127.0.0.1", env="RASA_HOST")
    rasa_port: int = Field(5005, env="RASA_PORT")
    action_port: int = Field(5055, env="ACTION_PORT")
    auth_token: str = Field("", env="RASA_AUTH_TOKEN")
    model: str = Field("models/advisor.tar.gz", env="RUN_MODEL")
    max_restarts: int = Field(5, env="RUN_MAX_RESTARTS", ge=0)
    extra_env: Dict[str, str] = Field(default_factory=dict)  # for the servers' environment (tests, benchmarks)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> "RunSettings":
        return cls.parse_obj(_given(cls, environ))

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://127.0.0.1:{self.action_port}"


def _given(cls, environ: Mapping[str, str]) -> Dict[str, str]:
    """The fields whose environment variable is set in `environ`."""
    variables = {name: field.field_info.extra.get("env") for name, field in cls.__fields__.items()}
    return {name: environ[variable] for name, variable in variables.items() if variable and variable in environ}


KIOSK_KEY = re.compile(r"^[A-Za-z0-9_-]{12,64}$")


class StackSettings(BaseSettings):
    """Typed, from the environment variable named in each field's `env` (README: "Environment variables")."""

    state_dir: Path = Field(ROOT / "build" / "stack", env="STACK_DIR")
    public_host: str = Field("127.0.0.1", env="STACK_PUBLIC_HOST")
    public_port: int = Field(8080, env="STACK_PUBLIC_PORT")
    replicas: int = Field(2, env="STACK_RASA_REPLICAS", ge=1)
    action_servers: int = Field(2, env="STACK_ACTION_SERVERS", ge=1)
    rasa_base_port: int = Field(5105, env="STACK_RASA_BASE_PORT")
    action_base_port: int = Field(5155, env="STACK_ACTION_BASE_PORT")
    actions_proxy_port: int = Field(5150, env="STACK_ACTIONS_PROXY_PORT")
    postgres_port: int = Field(5433, env="STACK_POSTGRES_PORT")
    redis_port: int = Field(6380, env="STACK_REDIS_PORT")
    metrics_port: int = Field(9105, env="STACK_METRICS_PORT")  # Prometheus, on loopback only
    rate_per_second: int = Field(10, env="STACK_RATE_PER_SECOND")
    rate_burst: int = Field(20, env="STACK_RATE_BURST")
    max_body: str = Field("64k", env="STACK_MAX_BODY")
    model: str = Field("models/advisor.tar.gz", env="STACK_MODEL")
    max_restarts: int = Field(5, env="STACK_MAX_RESTARTS", ge=0)  # a crash-looping process is given up on after
    replica_start_timeout: float = Field(300, env="STACK_REPLICA_START_TIMEOUT")
    kiosk_keys: Tuple[str, ...] = Field((), env="STACK_KIOSK_KEYS")  # comma-separated; each kiosk's own allowance
    passthrough: Dict[str, str] = Field(default_factory=dict)  # channel settings (Slack, ADVISOR_CONTACT...)

    class Config:
        frozen = True

        @classmethod
        def parse_env_var(cls, name: str, raw: str):
            return tuple(k.strip() for k in raw.split(",") if k.strip()) if name == "kiosk_keys" else raw

    @validator("kiosk_keys", pre=True)
    def _keys(cls, keys):
        keys = tuple(k.strip() for k in keys.split(",") if k.strip()) if isinstance(keys, str) else tuple(keys)
        bad = [k for k in keys if not KIOSK_KEY.match(k)]
        if bad:
            raise ValueError("each kiosk key must be 12 to 64 letters, digits, '-' or '_'")
        return keys

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> "StackSettings":
        given = _given(cls, environ)
        passthrough = {
            name: value
            for name, value in environ.items()
            if name.startswith(("SLACK_", "ADVISOR_", "PLAN_LINK_", "RETENTION_")) or name == "PUBLIC_BASE_URL"
        }
        return cls.parse_obj(dict(given, passthrough=passthrough))

    def with_ports(self, **ports: int) -> "StackSettings":
        return self.copy(update=ports)

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
