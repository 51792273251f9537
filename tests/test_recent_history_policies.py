"""The policies that skip the old history predict what Rasa's RulePolicy and MemoizationPolicy predict, at every
step of real conversations: long ones recorded from the running assistant (the load benchmark's 40-turn people and
a person asking 40 questions, tests/fixtures/long_conversations.json.gz, `python -m evaluation.bench.growth
--record`), from their first turn (where `conversation_start` rules and memorised stories apply) to the last."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

import pytest
from rasa.core.policies.memoization import MemoizationPolicy
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.shared.core.events import ActionExecuted, Event
from rasa.shared.core.trackers import DialogueStateTracker

from components.recent_history_policies import (
    LongestStoryMemoizationPolicy,
    RecentRulePolicy,
    _state_count,
    replay,
)
from knowledge.paths import ROOT

MODEL = ROOT / "models" / "advisor.tar.gz"
RECORDED = ROOT / "tests" / "fixtures" / "long_conversations.json.gz"


def conversations():
    return json.loads(gzip.decompress(RECORDED.read_bytes()))


@pytest.fixture(scope="module")
def policies():
    if not MODEL.exists():
        pytest.skip("no trained model (bin/train)")
    storage, meta = LocalModelStorage.from_model_archive(Path(tempfile.mkdtemp()), MODEL)
    context = ExecutionContext(meta.predict_schema, meta.model_id)
    loaded = {}
    for node in meta.predict_schema.nodes.values():
        for rasa_class, ours in ((RulePolicy, RecentRulePolicy), (MemoizationPolicy, LongestStoryMemoizationPolicy)):
            if isinstance(node.uses, type) and issubclass(node.uses, rasa_class) and node.resource:
                if rasa_class is MemoizationPolicy and issubclass(node.uses, RulePolicy):
                    continue
                for cls in (rasa_class, ours):
                    config = {**cls.get_default_config(), **node.config}
                    loaded[cls] = cls.load(config, storage, node.resource, context)
    assert set(loaded) == {RulePolicy, RecentRulePolicy, MemoizationPolicy, LongestStoryMemoizationPolicy}
    return meta.domain, loaded


def same(rasa_prediction, our_prediction) -> None:
    for field in (
        "probabilities",
        "events",
        "optional_events",
        "is_end_to_end_prediction",
        "is_no_user_prediction",
        "hide_rule_turn",
        "policy_priority",
        "action_metadata",
    ):
        assert getattr(our_prediction, field) == getattr(rasa_prediction, field), field


def test_the_recordings_are_long_conversations():
    recorded = conversations()
    assert len(recorded) >= 6
    assert all(sum(e["event"] == "user" for e in events) >= 40 for events in recorded)


@pytest.mark.parametrize("index", range(len(conversations())))
def test_every_step_of_a_long_conversation_gets_rasas_prediction(policies, index):
    """As the processor does it: one tracker, growing event by event, asked before every action."""
    domain, loaded = policies
    events = [Event.from_parameters(e) for e in conversations()[index]]
    tracker = DialogueStateTracker("recorded", domain.slots)
    rule_only = loaded[RulePolicy]._get_rule_only_data()
    steps = rule_shortcuts = memo_shortcuts = recalled = 0
    for event in events:
        if isinstance(event, ActionExecuted) and tracker.events:
            same(
                loaded[RulePolicy].predict_action_probabilities(tracker, domain),
                loaded[RecentRulePolicy].predict_action_probabilities(tracker, domain),
            )
            memo = loaded[MemoizationPolicy].predict_action_probabilities(tracker, domain, rule_only_data=rule_only)
            ours = loaded[LongestStoryMemoizationPolicy].predict_action_probabilities(
                tracker, domain, rule_only_data=rule_only
            )
            same(memo, ours)
            recalled += max(memo.probabilities) > 0
            steps += 1
            found = replay(tracker, domain, rule_only_data=rule_only, memo=True)
            rule_shortcuts += found.points > loaded[RecentRulePolicy].window() + 1
            memo_shortcuts += len(found.memo) > loaded[LongestStoryMemoizationPolicy].longest()
        tracker.update(event)
    # the short paths were taken (the rule policy's most of the time)
    assert steps > 60 and rule_shortcuts > steps / 2 and memo_shortcuts > 0
    assert recalled > 0  # a memorised story was recalled (at the start), and the same way


def test_a_fresh_tracker_at_each_step_gets_rasas_prediction(policies):
    """As after a restart of Rasa: the tracker read from the store, not the one the last step used."""
    domain, loaded = policies
    events = conversations()[-1]  # a person through the intake, the plan, questions and what-ifs
    for end in range(1, len(events)):
        if events[end]["event"] != "action":
            continue
        tracker = DialogueStateTracker.from_dict("recorded", events[:end], domain.slots)
        same(
            loaded[RulePolicy].predict_action_probabilities(tracker, domain),
            loaded[RecentRulePolicy].predict_action_probabilities(tracker, domain),
        )


def test_a_memorised_history_is_counted_in_states():
    import base64
    import zlib

    key = "[{}, {user: {intent: greet}, prev_action: {action_name: action_listen}}, {x: [1, 2]}]"
    assert _state_count(key, compressed=False) == 3
    assert _state_count(base64.b64encode(zlib.compress(key.encode())).decode(), compressed=True) == 3
    assert _state_count("[{user: {intent: greet}", compressed=False) is None  # unbalanced: not used
    assert _state_count("not base64 !", compressed=True) is None
