"""Results that depend only on the knowledge snapshot and the profile, computed once and reused.

Within one turn Rasa calls the action server several times (the slot extraction, then the form, whose
required_slots rasa_sdk asks for three times), and across turns and people the same profiles come back: without
this, the form alone ran the open questions' search through the engine three times per turn. The profile is a
frozen dataclass, so it is the key; the cache is emptied when the knowledge base is rebuilt (a new snapshot).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Callable, Hashable, List, Optional, Tuple

from advising import engine
from advising.profile import Profile
from knowledge.catalog import Catalog

ENTRIES = 2048  # a few hundred bytes to a few KB each: at most a few MB


class SnapshotCache:
    """A bounded least-recently-used cache whose entries belong to one knowledge snapshot."""

    def __init__(self, entries: int = ENTRIES):
        self.entries = entries
        self._catalog: Optional[Catalog] = None
        self._values: "OrderedDict[Hashable, Any]" = OrderedDict()

    def get(self, catalog: Catalog, key: Hashable, compute: Callable[[], Any]) -> Any:
        if catalog is not self._catalog:  # by identity: a catalog holds dicts, so it has no hash
            self._catalog, self._values = catalog, OrderedDict()
        if key in self._values:
            self._values.move_to_end(key)
            return self._values[key]
        value = self._values[key] = compute()
        if len(self._values) > self.entries:
            self._values.popitem(last=False)
        return value

    def clear(self) -> None:
        self._catalog, self._values = None, OrderedDict()


_questions = SnapshotCache()
_advice = SnapshotCache()
_profiles = SnapshotCache()


def open_questions(profile: Profile, catalog: Catalog, specialization: Optional[str] = None) -> List[str]:
    found = _questions.get(
        catalog, (profile, specialization), lambda: tuple(engine.open_questions(profile, catalog, specialization))
    )
    return list(found)


def advise(profile: Profile, catalog: Catalog, specialization: Optional[str] = None) -> engine.Advice:
    """The advice without its open questions (the form asks those); the Advice is frozen, so sharing it is safe."""
    return _advice.get(
        catalog,
        (profile, specialization),
        lambda: engine.advise(profile, catalog, specialization, with_questions=False),
    )


def profile(values: Tuple[Tuple[str, Hashable], ...], catalog: Catalog, build: Callable[[], Profile]) -> Profile:
    """The profile built (and validated) from these slot values, built once per distinct set of values."""
    return _profiles.get(catalog, values, build)


def hashable(value: Any) -> Hashable:
    """A slot value as a key: lists (licences, interests) become tuples; anything else unhashable, its repr."""
    if isinstance(value, list):
        return tuple(hashable(v) for v in value)
    try:
        hash(value)
        return (type(value).__name__, value)  # True and 1 are equal but not the same answer
    except TypeError:
        return ("repr", repr(value))


def clear() -> None:
    for cache in (_questions, _advice, _profiles):
        cache.clear()
