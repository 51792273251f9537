"""Forget one person: their conversation in the tracker store and the plan links made for them.

Nothing else keeps what they said: the lock store holds only a short-lived lock per conversation id, Slack
event ids are kept a few minutes without text, and the logs carry no user text.
"""

from __future__ import annotations

from typing import Any

from stores.plan_links import plan_links_store

# The custom payload by which action_forget_me asks the channel to delete the conversation (never shown).
FORGET_MARKER = "forget_me"


def forget_person(tracker_store: Any, sender_id: str) -> None:
    # Imported here: the action server reads FORGET_MARKER from this module and must not load Rasa's core.
    from stores.tracker_store import delete_conversation

    delete_conversation(tracker_store, sender_id)
    plan_links_store().forget(sender_id)
