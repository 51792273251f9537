"""A Rasa event broker that only counts: fallbacks, finished intakes and hand-offs, from the events the tracker
store saves (each event once, whichever replica took the turn); and failed custom actions, from Rasa's own log
record of them. Configured in ops/endpoints.yml as `event_broker: type: ops.metrics_broker.CountingBroker`.
"""

from __future__ import annotations

import logging
from asyncio import AbstractEventLoop
from typing import Any, Dict, Optional, Text

from rasa.core.brokers.broker import EventBroker
from rasa.utils.endpoints import EndpointConfig

from ops import metrics

FALLBACK_ACTIONS = {"action_default_fallback", "action_two_stage_fallback"}
FALLBACK_INTENTS = {"nlu_fallback"}
HANDOFF_ACTIONS = {"action_handoff"}
COMPLETION_SLOT = "recommended_specialization"
FAILED_ACTION = "Encountered an exception while running action"


class CountingBroker(EventBroker):
    @classmethod
    async def from_endpoint_config(
        cls, broker_config: EndpointConfig, event_loop: Optional[AbstractEventLoop] = None
    ) -> "CountingBroker":
        processor_log = logging.getLogger("rasa.core.processor")
        if not any(isinstance(handler, FailedActionCounter) for handler in processor_log.handlers):
            processor_log.addHandler(FailedActionCounter())
        return cls()

    def publish(self, event: Dict[Text, Any]) -> None:
        kind = event.get("event")
        if kind == "action" and event.get("name") in FALLBACK_ACTIONS:
            metrics.FALLBACKS.inc()
        elif kind == "user" and (event.get("parse_data") or {}).get("intent", {}).get("name") in FALLBACK_INTENTS:
            metrics.FALLBACKS.inc()
        elif kind == "action" and event.get("name") in HANDOFF_ACTIONS:
            metrics.HANDOFFS.inc()
        elif kind == "slot" and event.get("name") == COMPLETION_SLOT and event.get("value"):
            metrics.INTAKE_COMPLETIONS.inc()


class FailedActionCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith(FAILED_ACTION):
            metrics.ACTION_ERRORS.inc()
