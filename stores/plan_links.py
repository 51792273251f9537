"""Plan links: a plan (never the conversation) stored under an unguessable token that expires.

PLAN_STORE_URL selects the database (default: the SQLite file build/plans.db); PLAN_LINK_MINUTES how long a
link lives (default 60). Plain SQLAlchemy; the action server writes links, the web pages read them. Each link
records a hash of its conversation's id, so "forget me" can delete that person's links.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Optional

from sqlalchemy import Column, DateTime, MetaData, String, Table, Text, create_engine, delete, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, ProgrammingError

from knowledge.paths import ROOT

metadata = MetaData()
plan_links = Table(
    "shared_plans",  # the table's name in existing databases: renamed, old links and their owners' rows would linger
    metadata,
    Column("token", String(64), primary_key=True),
    Column("owner", String(64), nullable=False, index=True),
    Column("plan_json", Text, nullable=False),
    Column("expires_at", DateTime, nullable=False),
)


def store_url(environ=os.environ) -> str:
    return environ.get("PLAN_STORE_URL") or f"sqlite:///{ROOT / 'build' / 'plans.db'}"


def public_base_url(environ=os.environ) -> str:
    """Where phones reach the plan pages: PUBLIC_BASE_URL, by default this machine's Rasa server."""
    return environ.get("PUBLIC_BASE_URL", f"http://127.0.0.1:{environ.get('RASA_PORT', '5005')}").rstrip("/")


def link_minutes(environ=os.environ) -> int:
    return max(1, int(environ.get("PLAN_LINK_MINUTES", "60")))


class PlanLinks:
    def __init__(self, url: Optional[str] = None):
        self.engine: Engine = create_engine(url or store_url(), future=True, pool_pre_ping=True, hide_parameters=True)
        try:
            metadata.create_all(self.engine)
        except (IntegrityError, ProgrammingError):  # another replica created the table at the same moment
            metadata.create_all(self.engine)

    def create(self, plan_json: str, owner: str, minutes: Optional[int] = None, now: Optional[datetime] = None) -> str:
        token = secrets.token_urlsafe(24)
        expires = (now or _now()) + timedelta(minutes=minutes or link_minutes())
        with self.engine.begin() as connection:
            connection.execute(delete(plan_links).where(plan_links.c.expires_at < (now or _now())))
            connection.execute(
                insert(plan_links).values(token=token, owner=_owner_key(owner), plan_json=plan_json, expires_at=expires)
            )
        return token

    def forget(self, owner: str) -> int:
        """Delete every link of one conversation; returns how many."""
        with self.engine.begin() as connection:
            return connection.execute(delete(plan_links).where(plan_links.c.owner == _owner_key(owner))).rowcount

    def delete_expired(self, now: Optional[datetime] = None) -> int:
        with self.engine.begin() as connection:
            return connection.execute(delete(plan_links).where(plan_links.c.expires_at < (now or _now()))).rowcount

    def get(self, token: str, now: Optional[datetime] = None) -> Optional[str]:
        """The plan, or None if the token is unknown, malformed or expired."""
        if not isinstance(token, str) or not 20 <= len(token) <= 64:
            return None
        with self.engine.connect() as connection:
            row = connection.execute(
                select(plan_links.c.plan_json, plan_links.c.expires_at).where(plan_links.c.token == token)
            ).first()
        if row is None or row.expires_at < (now or _now()):
            return None
        return row.plan_json

    def dispose(self) -> None:
        self.engine.dispose()


@lru_cache(maxsize=4)
def plan_links_store(url: str = "") -> PlanLinks:
    """One store (and one connection pool) per database per process."""
    return PlanLinks(url or store_url())


def _owner_key(sender_id: str) -> str:
    return hashlib.sha256(sender_id.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
