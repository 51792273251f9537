"""What the assistant counts for Prometheus, from the events Rasa saves and the turns the channels take; no
user text ever becomes a label."""

from __future__ import annotations

import asyncio
import logging

from prometheus_client import REGISTRY, generate_latest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from channels.turn_guard import CANNOT_ANSWER, never_silent
from ops import metrics
from ops.metrics_broker import CountingBroker
from ops.supervisor import Supervisor

SECRET_WORDS = "my name is Zanzibar-quokka-7431"


def value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_fallbacks_handoffs_and_finished_intakes_are_counted_from_saved_events():
    broker = asyncio.run(CountingBroker.from_endpoint_config(None))
    before = {name: value(name) for name in ("advisor_fallbacks_total", "advisor_handoffs_total")}
    before["intakes"] = value("advisor_intake_completions_total")
    for event in [
        {"event": "user", "text": SECRET_WORDS, "parse_data": {"intent": {"name": "nlu_fallback"}}},
        {"event": "action", "name": "action_default_fallback"},
        {"event": "action", "name": "action_handoff"},
        {"event": "slot", "name": "recommended_specialization", "value": "nursing_case_management"},
        {"event": "slot", "name": "recommended_specialization", "value": None},  # cleared: not a completion
        {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}},
        {"event": "bot", "text": "hello"},
    ]:
        broker.publish(event)
    assert value("advisor_fallbacks_total") - before["advisor_fallbacks_total"] == 2
    assert value("advisor_handoffs_total") - before["advisor_handoffs_total"] == 1
    assert value("advisor_intake_completions_total") - before["intakes"] == 1


def test_a_failed_custom_action_is_counted_from_rasas_own_log_record():
    asyncio.run(CountingBroker.from_endpoint_config(None))
    before = value("advisor_action_errors_total")
    logging.getLogger("rasa.core.processor").error(
        "Encountered an exception while running action 'action_advise'.Bot will continue"
    )
    assert value("advisor_action_errors_total") - before == 1


def test_turns_are_counted_by_channel_and_outcome_and_timed():
    async def silent(message: UserMessage) -> None:
        return None  # nothing said, as with the action server down

    before = value("advisor_turns_total", channel="rest", outcome="cannot_answer")
    timed = value("advisor_turn_seconds_count", channel="other")
    output = CollectingOutputChannel()
    asyncio.run(never_silent(silent)(UserMessage(SECRET_WORDS, output, "someone", input_channel="rest")))
    assert output.messages[0]["text"] == CANNOT_ANSWER
    assert value("advisor_turns_total", channel="rest", outcome="cannot_answer") - before == 1
    asyncio.run(never_silent(silent)(UserMessage("hi", CollectingOutputChannel(), "x", input_channel="telegram")))
    assert value("advisor_turn_seconds_count", channel="other") - timed == 1  # unknown channels: one label
    assert b"Zanzibar" not in generate_latest(REGISTRY)


def test_each_parts_state_and_restarts_are_exported(tmp_path):
    supervisor = Supervisor(tmp_path, say=lambda _: None)
    collector = metrics.PartsCollector(
        lambda: {"rasa-1": {"state": "restarting", "restarts": 2, "since": "x"}, **supervisor.health()}
    )
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value for f in collector.collect() for s in f.samples}
    assert samples[("advisor_process_restarts_total", (("part", "rasa-1"),))] == 2
    assert samples[("advisor_part_state", (("part", "rasa-1"), ("state", "restarting")))] == 1
    assert samples[("advisor_part_state", (("part", "rasa-1"), ("state", "up")))] == 0
