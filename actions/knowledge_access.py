"""The action server's handle on the knowledge base: one engine per database URL, a session per request."""

from __future__ import annotations

from functools import lru_cache

from knowledge.catalog import Catalog, CatalogCache
from knowledge.db import Database, database_url


@lru_cache(maxsize=4)
def database(url: str = "") -> Database:
    return Database(url or database_url())


@lru_cache(maxsize=4)
def catalogs(url: str = "") -> CatalogCache:
    return CatalogCache(database(url))


def current_catalog() -> Catalog:
    """The current snapshot: reused while the knowledge base is unchanged, reloaded at once after a rebuild."""
    return catalogs().current()
