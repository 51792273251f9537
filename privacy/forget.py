"""Forget one person: their conversation in the tracker store and the plan links made for them.

Nothing else keeps what they said: the lock store holds only a short-lived lock per conversation id, Slack
event ids are kept a few minutes without text, and the logs carry no user text.
"""

from __future__ import annotations

from typing import Any

from sharing.plan_links import plan_links_store
from stores.tracker_store import delete_conversation


def forget_person(tracker_store: Any, sender_id: str) -> None:
    delete_conversation(tracker_store, sender_id)
    plan_links_store().forget(sender_id)
