"""Where the knowledge base lives: DATABASE_URL, or an embedded SQLite file under build/ by default."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator, Optional

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from knowledge.paths import ROOT

DEFAULT_SQLITE_PATH = ROOT / "build" / "knowledge.db"


def database_url(environ=os.environ) -> str:
    return environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_SQLITE_PATH}"


class Database:
    """An engine and its session factory. Create one per process and hand it to whoever needs it."""

    def __init__(self, url: Optional[str] = None):
        self.url = url or database_url()
        self.engine: Engine = create_engine(self.url, future=True, pool_pre_ping=True)
        if self.engine.dialect.name == "sqlite":  # check foreign keys as PostgreSQL does
            event.listen(self.engine, "connect", _enforce_foreign_keys)
        self._sessions = sessionmaker(self.engine, future=True, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one request: committed if the block succeeds, rolled back otherwise, always closed."""
        with self._sessions() as session:
            with session.begin():
                yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _enforce_foreign_keys(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
