"""The action server's handle on the knowledge base: one engine per database URL, a session per request.

Both caches are keyed by the URL itself, read from the environment on each call, so a process (or a test) that points
DATABASE_URL elsewhere gets that knowledge base, never the one it used before."""

from __future__ import annotations

from functools import lru_cache
from typing import Dict

from knowledge.catalog import Catalog, CatalogCache
from knowledge.db import Database, database_url


def database() -> Database:
    return _database(database_url())


def current_catalog() -> Catalog:
    """The current snapshot: reused while the knowledge base is unchanged, reloaded at once after a rebuild."""
    return _catalogs(database_url()).current()


def interest_names(knowledge: Catalog) -> Dict[str, str]:
    """Each interest tag's name, as replies say it."""
    return {code: interest.name for code, interest in knowledge.interests.items()}


@lru_cache(maxsize=4)
def _database(url: str) -> Database:
    return Database(url)


@lru_cache(maxsize=4)
def _catalogs(url: str) -> CatalogCache:
    return CatalogCache(_database(url))
