"""Running the custom actions as the action server runs them: a Tracker in, events and messages out.

Shared by the action-level tests; they also use the `actions_database` fixture (tests/conftest.py).
"""

from __future__ import annotations

import asyncio

import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from knowledge.paths import ROOT

DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())


def tracker(
    slots=None,
    intent="inform",
    text="",
    entities=(),
    loop=None,
    events=None,
    ranking=None,
    latest_action="action_extract_slots",
):
    """A conversation as an action sees it; by default just after the person said `text`."""
    message = {"intent": {"name": intent, "confidence": 0.9}, "entities": list(entities), "text": text}
    if ranking is not None:
        message["intent_ranking"] = ranking
    return Tracker(
        sender_id="test",
        slots={"skipped_slots": [], **(slots or {})},
        latest_message=message,
        events=list(events) if events is not None else [{"event": "user", "text": text}],
        paused=False,
        followup_action=None,
        active_loop={"name": loop} if loop else {},
        latest_action_name=latest_action,
    )


def run(action, tracker_):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker_, DOMAIN))
    return events, dispatcher.messages


def slot_events(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}
