"""The knowledge base's aliases as the NLU reads them: the spaCy entity ruler's patterns and Rasa's lookup tables."""

from __future__ import annotations

from typing import Iterable, List, Optional, Tuple

from sqlalchemy import select

from knowledge.db import Database
from knowledge.models import Alias

# Every kind of alias the NLU reads, in the order the generated training data lists its lookup tables.
LOOKUP_TYPES = (
    "degree",
    "license",
    "credential",
    "specialization",
    "setting",
    "education_level",
    "degree_field",
    "interest",
    "state",
)
# The kinds the entity ruler labels: an interest is read from lookups and bare answers only.
ENTITY_TYPES = tuple(kind for kind in LOOKUP_TYPES if kind != "interest")


def alias_rows(database_url: str, types: Optional[Iterable[str]] = None) -> List[Tuple[str, str, str]]:
    """(entity type, code, alias) of every alias, or of those of `types`, in the order the sources give them."""
    query = select(Alias.entity_type, Alias.code, Alias.alias).order_by(Alias.id)
    if types is not None:
        query = query.where(Alias.entity_type.in_(tuple(types)))
    database = Database(database_url)
    try:
        with database.session() as session:
            return [tuple(row) for row in session.execute(query).all()]
    finally:
        database.dispose()
