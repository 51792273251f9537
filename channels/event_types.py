"""Rasa 3.6 finds an event's class by walking every subclass of Event (all_subclasses, recursively, with an
inspect.isabstract check on each) once per event, each time a tracker is read from the store: in a 40-turn
conversation, a few hundred events per turn. Under load that was 13% of the Rasa server's CPU (py-spy,
docs/performance.md). This is the same lookup, with the table built once; an unknown name rebuilds it, so an event
class defined later is still found.
"""

from __future__ import annotations

from typing import Dict, Optional, Text, Type

from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

_classes: Dict[Text, Type[Event]] = {}


def _table() -> Dict[Text, Type[Event]]:
    table: Dict[Text, Type[Event]] = {}
    for cls in all_subclasses(Event):
        table.setdefault(cls.type_name, cls)  # the first in Rasa's order, as Rasa's loop returns
    return table


def resolve_by_type(type_name: Text, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
    """Event.resolve_by_type, answered from the table."""
    global _classes
    found = _classes.get(type_name)
    if found is None:
        _classes = _table()
        found = _classes.get(type_name)
    if found is not None:
        return found
    if type_name == "topic":
        return None  # Rasa's own backwards compatibility for old TopicSet events
    if default is not None:
        return default
    raise ValueError(f"Unknown event name '{type_name}'.")


def install() -> None:
    Event.resolve_by_type = staticmethod(resolve_by_type)
