"""Shared by the property-based tests."""

from __future__ import annotations

from knowledge.catalog import Catalog


class QuietCatalog(Catalog):
    """The catalog, short in hypothesis' report of a failing example (which lists every argument)."""

    def __repr__(self) -> str:
        return "<catalog>"


def quiet(catalog: Catalog) -> QuietCatalog:
    return QuietCatalog(**{name: getattr(catalog, name) for name in Catalog.__dataclass_fields__})
