"""Rasa's Redis lock store with its ticket changes made atomic.

Rasa 3.6 issues and returns a conversation's tickets by reading the lock from Redis, changing it and writing it
back. Two replicas doing that at the same moment both write, one ticket is lost, both think they hold the lock,
and both handle a turn of the same conversation at once: the test that sends six messages of one conversation
to two replicas together lost one of them. Here every change is a Redis transaction (WATCH/MULTI), retried if
the lock changed meanwhile. Configured in ops/endpoints.yml as `type: stores.lock_store.AtomicRedisLockStore`.

A replica killed in the middle of a turn cannot return its ticket, and the conversation would wait for the
ticket's lifetime. So each replica (named by LOCK_OWNER) also notes the tickets it holds, and its supervisor
returns them when it dies (stores/dead_replica_locks.py).
"""

from __future__ import annotations

import json
import os
from typing import Callable, Optional, Text, Tuple, TypeVar

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from stores.dead_replica_locks import held_key, holding

Result = TypeVar("Result")


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig) -> None:
        super().__init__(host=endpoint_config.url, **endpoint_config.kwargs)
        self.owner = os.environ.get("LOCK_OWNER", "")

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def issue(lock: Optional[TicketLock]) -> Tuple[int, Optional[TicketLock]]:
            lock = lock or TicketLock(conversation_id)
            return lock.issue_ticket(lock_lifetime), lock

        return self._change(conversation_id, issue, held=True)

    def finish_serving(self, conversation_id: Text, ticket_number: int) -> None:
        def finish(lock: Optional[TicketLock]) -> Tuple[None, Optional[TicketLock]]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return None, lock

        self._change(conversation_id, finish, returned=ticket_number)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        """Return the ticket, and delete the lock if no one else is waiting: one step, not three."""

        def clean(lock: Optional[TicketLock]) -> Tuple[None, Optional[TicketLock]]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
                if not lock.is_someone_waiting():
                    lock = None
            return None, lock

        self._change(conversation_id, clean, returned=ticket_number)

    def update_lock(self, conversation_id: Text) -> None:
        def expire(lock: Optional[TicketLock]) -> Tuple[None, Optional[TicketLock]]:
            if lock is not None:
                lock.remove_expired_tickets()
            return None, lock

        self._change(conversation_id, expire)

    def _change(
        self,
        conversation_id: Text,
        change: Callable[[Optional[TicketLock]], Tuple[Result, Optional[TicketLock]]],
        held: bool = False,
        returned: Optional[int] = None,
    ) -> Result:
        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    stored = pipe.get(key)
                    result, lock = change(TicketLock.from_dict(json.loads(stored)) if stored else None)
                    pipe.multi()
                    if lock is None:
                        pipe.delete(key)
                    else:
                        pipe.set(key, lock.dumps())
                    if self.owner and held:
                        pipe.sadd(held_key(self.key_prefix, self.owner), holding(result, conversation_id))
                    if self.owner and returned is not None:
                        pipe.srem(held_key(self.key_prefix, self.owner), holding(returned, conversation_id))
                    pipe.execute()
                    return result
                except redis.WatchError:  # someone changed the lock meanwhile: read it again
                    continue
