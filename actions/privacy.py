"""'Forget me': ask once, then hand the deletion to the channel, which deletes after the turn is saved."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.named import NamedAction
from stores.forget import FORGET_MARKER

CONFIRM = (
    "Do you want me to delete our whole conversation, your answers and any plan link I made for you? "
    "This cannot be undone."
)
CONFIRM_BUTTONS = [
    {"title": "Yes, delete everything", "payload": "/affirm"},
    {"title": "No, keep it", "payload": "/deny"},
]
NOT_AN_ACTION = {"action_listen", "action_extract_slots", "action_extract_profile"}


def previous_action(events: List[Dict[Text, Any]]) -> Optional[Text]:
    """The last action the assistant ran before the person's latest message."""
    last_user = max((i for i, event in enumerate(events) if event.get("event") == "user"), default=len(events))
    for event in reversed(events[:last_user]):
        if event.get("event") == "action" and event.get("name") not in NOT_AN_ACTION:
            return event.get("name")
    return None


class ActionForgetMe(NamedAction):
    action_name = "action_forget_me"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        confirmed = intent == "affirm" and previous_action(tracker.events) == self.name()
        if confirmed:
            dispatcher.utter_message(json_message={FORGET_MARKER: True})
            return [ActiveLoop(None)]
        dispatcher.utter_message(text=CONFIRM, buttons=CONFIRM_BUTTONS)
        return [ActiveLoop(None)]
