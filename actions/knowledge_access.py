"""The action server's handle on the knowledge base: one engine per database URL, a session per request."""
from __future__ import annotations

from functools import lru_cache

from knowledge.catalog import Catalog, load_catalog
from knowledge.db import Database, database_url


@lru_cache(maxsize=4)
def database(url: str = "") -> Database:
    return Database(url or database_url())


def catalog() -> Catalog:
    """A fresh snapshot each request (a few milliseconds), so a rebuilt knowledge base is used at once."""
    return load_catalog(database())
