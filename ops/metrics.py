"""What the assistant counts for Prometheus (prometheus_client), and the one endpoint that shows it.

Every Rasa replica counts its turns and what happened in them; the supervisor adds each part's state and
restarts. The replicas write to PROMETHEUS_MULTIPROC_DIR (prometheus_client's multiprocess mode) and the
supervisor serves the sum on 127.0.0.1 only. Labels hold names from fixed lists, never what a person wrote.
"""

from __future__ import annotations

from typing import Callable, Dict, Iterable, Optional

from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector

CHANNELS = ("rest", "socketio", "slack")  # any other input channel is counted as "other"
OUTCOMES = ("answered", "cannot_answer", "not_taken_in", "too_long")
STATES = ("starting", "up", "restarting", "down", "stopped")

TURNS = Counter("advisor_turns", "Turns taken, by channel and outcome", ["channel", "outcome"])
TURN_SECONDS = Histogram(
    "advisor_turn_seconds",
    "Time from a message's arrival to the end of its turn",
    ["channel"],
    buckets=(0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64),
)
FALLBACKS = Counter("advisor_fallbacks", "Turns the assistant did not understand (NLU or dialogue fallback)")
INTAKE_COMPLETIONS = Counter("advisor_intake_completions", "Intakes finished with a recommended specialization")
HANDOFFS = Counter("advisor_handoffs", "Hand-offs to a human advisor")
ACTION_ERRORS = Counter("advisor_action_errors", "Custom actions that failed or whose server was unreachable")


def channel_label(name: Optional[str]) -> str:
    return name if name in CHANNELS else "other"


def count_turn(channel: Optional[str], outcome: str, seconds: float) -> None:
    label = channel_label(channel)
    TURNS.labels(label, outcome).inc()
    TURN_SECONDS.labels(label).observe(seconds)


class PartsCollector:
    """Each supervised part's state (1 for the current one) and its restarts, read from the supervisor."""

    def __init__(self, health: Callable[[], Dict[str, Dict[str, object]]]):
        self.health = health

    def collect(self) -> Iterable:
        state = GaugeMetricFamily("advisor_part_state", "Each part's state (1 = current)", labels=["part", "state"])
        restarts = CounterMetricFamily("advisor_process_restarts", "Restarts of each part", labels=["part"])
        for part, facts in self.health().items():
            for name in STATES:
                state.add_metric([part, name], 1.0 if facts["state"] == name else 0.0)
            restarts.add_metric([part], float(facts["restarts"]))
        yield state
        yield restarts


def serve_metrics(port: int, multiprocess_dir: str, health: Callable[[], Dict[str, Dict[str, object]]]) -> None:
    """Prometheus' scrape endpoint on loopback (a thread of the supervisor's process)."""
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=multiprocess_dir)
    registry.register(PartsCollector(health))
    start_http_server(port, addr="127.0.0.1", registry=registry)
