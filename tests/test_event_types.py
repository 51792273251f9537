"""Events read from the tracker store resolve to the same classes as with Rasa's own lookup."""

from __future__ import annotations

import inspect

import pytest
from rasa.shared.core.events import Event, SlotSet, UserUttered
from rasa.shared.utils.common import all_subclasses

from channels import event_types


def rasas_lookup(type_name, default=None):
    """Rasa 3.6's Event.resolve_by_type, as written in rasa/shared/core/events.py."""
    for cls in all_subclasses(Event):
        if cls.type_name == type_name:
            return cls
    if type_name == "topic":
        return None
    if default is not None:
        return default
    raise ValueError(f"Unknown event name '{type_name}'.")


def test_every_event_name_resolves_as_rasa_resolves_it():
    names = {cls.type_name for cls in all_subclasses(Event) if not inspect.isabstract(cls)}
    assert {"user", "bot", "slot", "action", "active_loop", "restart", "session_started"} <= names
    for name in names:
        assert event_types.resolve_by_type(name) is rasas_lookup(name), name


def test_unknown_names_topic_and_defaults_behave_as_in_rasa():
    assert event_types.resolve_by_type("topic") is None
    assert event_types.resolve_by_type("no such event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name 'no such event'"):
        event_types.resolve_by_type("no such event")


def test_an_event_class_defined_later_is_found():
    class Later(Event):
        type_name = "bench_later_event_for_a_test"

        def __eq__(self, other):
            return isinstance(other, Later)

        def __hash__(self):
            return 0

        def as_story_string(self):
            return None

    event_types.resolve_by_type("user")  # the table is built before the class exists
    assert event_types.resolve_by_type("bench_later_event_for_a_test") is Later


def test_a_stored_tracker_reads_back_through_the_installed_lookup():
    event_types.install()
    event = Event.from_parameters({"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}})
    assert isinstance(event, UserUttered) and event.text == "hi"
