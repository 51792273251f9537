"""Rasa's SQL tracker store, made fit for several replicas and for privacy.

Configured in ops/endpoints.yml as `type: stores.tracker_store.ResilientSQLTrackerStore`. Compared with
Rasa's own it
- checks a pooled connection before use, so a restarted PostgreSQL is used again without a restart of Rasa;
- keeps statement parameters (which hold what people wrote) out of error messages and so out of the logs;
- can delete one person's conversation ("forget me") and conversations idle for longer than N days;
- hands the event broker (the metrics) a turn's new events without loading the whole conversation again.
"""

from __future__ import annotations

import time
from typing import Any, Optional

import sqlalchemy as sa
from rasa.core.tracker_store import (
    AwaitableTrackerStore,
    FailSafeTrackerStore,
    InMemoryTrackerStore,
    SQLTrackerStore,
    TrackerStore,
    create_engine_kwargs,
)


class ResilientSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, hide_parameters=True, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def stream_events(self, tracker: Any) -> None:
        """The new events, for the event broker (ops/metrics_broker.py counts them). Rasa's own version loads
        the whole stored conversation again on every save to find them; counting the stored ones is enough."""
        if self.event_broker is None:
            return
        with self.session_scope() as session:
            new_events = list(self._additional_events(session, tracker))
        await self._stream_new_events(self.event_broker, new_events, tracker.sender_id)

    def delete_conversation(self, sender_id: str) -> int:
        event = self.SQLEvent
        with self.session_scope() as session:
            deleted = session.execute(sa.delete(event).where(event.sender_id == sender_id)).rowcount
            session.commit()
            return deleted

    def delete_idle_conversations(self, days: float, now: Optional[float] = None) -> int:
        """Delete every conversation whose last event is older than `days`; returns how many."""
        cutoff = (now if now is not None else time.time()) - days * 86400
        event = self.SQLEvent
        idle = sa.select(event.sender_id).group_by(event.sender_id).having(sa.func.max(event.timestamp) < cutoff)
        with self.session_scope() as session:
            count = session.execute(sa.select(sa.func.count()).select_from(idle.subquery())).scalar_one()
            session.execute(
                sa.delete(event).where(event.sender_id.in_(idle)), execution_options={"synchronize_session": False}
            )
            session.commit()
            return count


class StoreUnavailable(Exception):
    """The conversation store could not be reached; the turn was not handled."""


def innermost(store: TrackerStore) -> TrackerStore:
    while isinstance(store, (FailSafeTrackerStore, AwaitableTrackerStore)):
        store = store._tracker_store
    return store


def refuse_silent_fallback(store: TrackerStore) -> None:
    """Rasa's fail-safe wrapper answers an unreachable store with an empty conversation kept in memory, which
    would split a conversation in two across replicas. Raise instead, so the turn is refused and nothing is lost."""
    if isinstance(store, FailSafeTrackerStore) and store._on_tracker_store_error is None:
        store._on_tracker_store_error = _raise_unavailable


def _raise_unavailable(error: Exception) -> None:
    raise StoreUnavailable(type(error).__name__) from error


def delete_conversation(store: TrackerStore, sender_id: str) -> None:
    """Delete everything the tracker store keeps of one conversation."""
    inner = innermost(store)
    if isinstance(inner, ResilientSQLTrackerStore):
        inner.delete_conversation(sender_id)
    elif isinstance(inner, InMemoryTrackerStore):
        inner.store.pop(sender_id, None)
    else:
        raise NotImplementedError(f"deleting a conversation from {type(inner).__name__} is not supported")
    if isinstance(store, FailSafeTrackerStore) and store._fallback_tracker_store is not None:
        delete_conversation(store._fallback_tracker_store, sender_id)
