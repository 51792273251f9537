"""Returning the lock tickets of a replica that died in the middle of turns, so that its conversations go on at
once instead of after the tickets' lifetime. Plain Redis (no Rasa): the supervisor calls it.

Each replica notes the tickets it holds in the set `held-tickets:<prefix><owner>` as "<ticket>:<conversation id>"
(stores/lock_store.py); only tickets listed there are removed, so a live replica's tickets are never touched.
"""

from __future__ import annotations

import json
from typing import Text

import redis


def held_key(key_prefix: Text, owner: Text) -> str:
    return f"held-tickets:{key_prefix}{owner}"  # outside the locks' own keys, which any conversation id can take


def holding(ticket: int, conversation_id: Text) -> str:
    return f"{ticket}:{conversation_id}"


def return_tickets_of(client: redis.Redis, key_prefix: Text, owner: Text) -> int:
    """Remove every ticket the dead `owner` held from its conversation's lock; returns how many were removed."""
    returned = 0
    for entry in client.smembers(held_key(key_prefix, owner)):
        ticket, _, conversation_id = entry.decode().partition(":")
        if _remove(client, key_prefix + conversation_id, int(ticket)):
            returned += 1
    client.delete(held_key(key_prefix, owner))
    return returned


def _remove(client: redis.Redis, key: str, ticket: int) -> bool:
    with client.pipeline() as pipe:
        while True:
            try:
                pipe.watch(key)
                stored = pipe.get(key)
                if not stored:
                    return False
                lock = json.loads(stored)
                kept = [t for t in lock.get("tickets", []) if json.loads(t)["number"] != ticket]
                pipe.multi()
                if kept:
                    pipe.set(key, json.dumps(dict(lock, tickets=kept)))
                else:
                    pipe.delete(key)
                pipe.execute()
                return len(kept) < len(lock.get("tickets", []))
            except redis.WatchError:
                continue
