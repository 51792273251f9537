"""What the Rasa server sends the action server on each call. Rasa 3.6 sends the whole conversation's events (in a
40-turn conversation, over 300 events and 140 KB) and the whole domain (10 KB) with every call, several calls a
turn, and both servers encode and parse all of it each time: the cost of a turn grew with the conversation.

Our actions read the events of the latest exchange only (the slots the latest message set, the action before the
latest message: actions/profile_slots.py, actions/privacy.py; rasa_sdk's form reads the slots set since the last
message), and only a form's validation action reads the domain (the form's required slots). So each call carries
the events from the previous user message on, and the domain only for `validate_*` actions. The slots, the latest
message, the active loop and the latest action are sent whole, as before.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.version import __version__

USER_TURNS_SENT = 2  # the latest message and the one before it, with everything after each


def recent_events(events: List[Event], user_turns: int = USER_TURNS_SENT) -> List[Event]:
    """The events from the `user_turns`-th last user message on (all of them if there are fewer)."""
    seen = 0
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            seen += 1
            if seen == user_turns:
                return events[index:]
    return events


def action_call_format(self: RemoteAction, tracker: DialogueStateTracker, domain: Any) -> Dict[Text, Any]:
    state = tracker.current_state(EventVerbosity.NONE)
    state["events"] = [event.as_dict() for event in recent_events(list(tracker.events))]
    call = {"next_action": self._name, "sender_id": tracker.sender_id, "tracker": state, "version": __version__}
    if self.name().startswith("validate_"):
        call["domain"] = domain.as_dict()
    return call


def install() -> None:
    RemoteAction._action_call_format = action_call_format
