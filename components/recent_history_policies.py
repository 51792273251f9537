"""Rasa's RulePolicy and MemoizationPolicy, without turning the whole conversation into states at every step.

Both policies call `tracker.past_states(domain)` at every prediction step (the rule policy twice), which replays
every event and builds a state for every action so far: 12 ms a turn-40 step here, so turn 40 cost 1.6x turn 4
(docs/performance.md). Their predictions depend on far less:

- The rule policy compares the latest states with its rules' states, from the newest back, and no rule is longer
  than `window` states (3 in our model); a state further back only decides whether a rule that begins with the
  conversation's start can match, and a longer conversation has more states before its latest `window` ones.
  So once a conversation has more than `window + 1` states, its last `window + 1` states give the same
  prediction; before that the whole history is used, so `conversation_start` rules behave as in Rasa.
- The memoization policy (no max_history) looks up the whole history among the training stories' histories,
  of at most `longest` states (15 in our model). A conversation with more states than that cannot be found, so
  its states are not looked up.

Both policies' states come from one replay of the events per prediction step (both are asked about the same
tracker), built as Rasa builds them, the rule policy's for the last points only;
tests/test_recent_history_policies.py replays long recorded conversations and compares every step's prediction
with Rasa's own policies.
"""

from __future__ import annotations

import base64
import copy
import json
import weakref
import zlib
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.memoization import MemoizationPolicy
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_UNLIKELY_INTENT_NAME, PREVIOUS_ACTION
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker


@dataclass
class Replay:
    """What the two policies need from one replay of a tracker's applied events."""

    points: int  # states in Rasa's past_states (one before each action, and the current one)
    recent: List[State]  # the last `kept` states of past_states (all of them when there are fewer)
    kept: int
    memo: List[State]  # the memoization policy's states (rule-only turns hidden, rule-only features removed)
    memo_for: str  # the rule-only data those were made with
    unlikely_intent: bool  # an action_unlikely_intent was run (the memoization policy drops its states)


KEPT = 8  # states kept from the end: more than any rule here needs, so both policies share one replay a step
_last: List[Any] = [None]  # (key, weak reference to the tracker, its Replay): one entry, replaced whole


def replay(
    tracker: DialogueStateTracker,
    domain: Domain,
    kept: int = KEPT,
    rule_only_data: Optional[Dict[Text, Any]] = None,
    memo: bool = False,
) -> Replay:
    """Replays the tracker once per prediction step: both policies ask for the same tracker at the same length
    (the events only grow between steps; a tracker with other events is another key). With `memo`, the
    memoization policy's states must have been made with `rule_only_data`."""
    events = tracker.events
    key = (id(tracker), len(events), id(events[-1]) if events else None, id(domain))
    memo_for = json.dumps(rule_only_data, sort_keys=True, default=str)
    entry = _last[0]
    if entry is not None and entry[0] == key and entry[1]() is tracker:
        found = entry[2]
        if found.kept >= kept and (not memo or found.memo_for == memo_for):
            return found
    found = _replay(tracker, domain, max(kept, KEPT), rule_only_data, memo_for)
    _last[0] = (key, weakref.ref(tracker), found)
    return found


def _replay(
    tracker: DialogueStateTracker,
    domain: Domain,
    kept: int,
    rule_only_data: Optional[Dict[Text, Any]],
    memo_for: str,
) -> Replay:
    """Rasa's `generate_all_prior_trackers` and `Domain.states_for_tracker_history` in one pass: the states
    without hiding (the rule policy's), built only for the last `kept` points, and with rule-only turns hidden
    (the memoization policy's, built as Rasa builds them, for the turns that are not hidden)."""
    applied = tracker.applied_events()
    points = 1 + sum(isinstance(event, ActionExecuted) for event in applied)
    first_kept = max(0, points - kept)
    prior = tracker.init_copy()
    recent: List[State] = []
    memo: List[State] = []
    last_ml_action, turn_was_hidden, unlikely, index = None, False, False, 0

    def visit(hide_rule_turn: bool) -> None:
        nonlocal last_ml_action, turn_was_hidden, index
        if index >= first_kept:
            recent.append(domain._clean_state(domain.get_active_state(prior)))
        index += 1
        # the memoization policy's state: Domain.states_for_tracker_history with ignore_rule_only_turns
        if not turn_was_hidden:
            last_ml_action = domain._get_prev_action_sub_state(prior)
        if not prior.followup_action and not prior.latest_action_name == prior.active_loop_name:
            turn_was_hidden = hide_rule_turn
        if turn_was_hidden:
            return
        state = domain.get_active_state(prior)
        domain._remove_rule_only_features(state, rule_only_data)
        if memo:
            domain._substitute_rule_only_user_input(state, memo[-1])
        if last_ml_action:
            state[PREVIOUS_ACTION] = last_ml_action
        memo.append(domain._clean_state(state))

    for event in applied:
        if isinstance(event, ActionExecuted):
            unlikely = unlikely or event.action_name == ACTION_UNLIKELY_INTENT_NAME
            visit(event.hide_rule_turn)
        prior.update(event)
    visit(False)
    return Replay(points, recent, kept, memo, memo_for, unlikely)


def _is_live(tracker: DialogueStateTracker) -> bool:
    """A conversation's tracker (training uses trackers that cache their own states: left to Rasa)."""
    return type(tracker) is DialogueStateTracker and not tracker.is_rule_tracker


class ReplayedStates:
    """A policy's prediction states from the shared replay where `_replayed_states` gives them, else Rasa's."""

    def _prediction_states(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        use_text_for_last_user_input: bool = False,
        rule_only_data: Optional[Dict[Text, Any]] = None,
    ) -> List[State]:
        states = self._replayed_states(tracker, domain, rule_only_data)
        if states is None:
            return super()._prediction_states(tracker, domain, use_text_for_last_user_input, rule_only_data)
        # the featurizer edits the last state in place (intent or text): it gets a copy, which keeps which states
        # share a user part, and the replay keeps its own
        states = copy.deepcopy(states)
        self.featurizer._choose_last_user_input([states], use_text_for_last_user_input)
        return states


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class RecentRulePolicy(ReplayedStates, RulePolicy):
    """RulePolicy, given only the states its rules can reach once the conversation is longer than its rules."""

    _window_of: Any = None
    _window = 0

    def window(self) -> int:
        """The most states any rule has (computed again if training changed the rules)."""
        lookups = [self.lookup.get(RULES) or {}, self.lookup.get(RULES_FOR_LOOP_UNHAPPY_PATH) or {}]
        of = [(id(lookup), len(lookup)) for lookup in lookups]
        if of != self._window_of:
            keys = [key for lookup in lookups for key in lookup]
            self._window = max((len(self._rule_key_to_state(key)) for key in keys), default=0)
            self._window_of = of
        return self._window

    def _replayed_states(
        self, tracker: DialogueStateTracker, domain: Domain, rule_only_data: Optional[Dict[Text, Any]]
    ) -> Optional[List[State]]:
        if not self.lookup or not _is_live(tracker) or self.featurizer.max_history is not None:
            return None
        window = self.window()
        found = replay(tracker, domain, window + 1)
        if found.points <= window + 1:  # the conversation's start is among the states a rule may reach
            return None
        return found.recent[-(window + 1) :]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class LongestStoryMemoizationPolicy(ReplayedStates, MemoizationPolicy):
    """MemoizationPolicy that knows a conversation longer than every memorised story cannot be recalled."""

    _longest_of: Any = None
    _longest: Optional[int] = None

    def longest(self) -> Optional[int]:
        """The most states of any memorised history, or None if a key could not be read."""
        if self._longest_of != (id(self.lookup), len(self.lookup)):
            counts = [_state_count(key, self.config["enable_feature_string_compression"]) for key in self.lookup]
            self._longest = None if None in counts else max(counts, default=0)
            self._longest_of = (id(self.lookup), len(self.lookup))
        return self._longest

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        longest = self.longest()
        if longest is not None and self._replays(tracker):
            found = replay(tracker, domain, 0, rule_only_data, memo=True)
            if not found.unlikely_intent and len(found.memo) > longest:
                return self._prediction(self._default_predictions(domain))  # what Rasa returns when nothing matched
        return super().predict_action_probabilities(tracker, domain, rule_only_data=rule_only_data, **kwargs)

    def _replays(self, tracker: DialogueStateTracker) -> bool:
        return self.featurizer.max_history is None and _is_live(tracker)

    def _replayed_states(
        self, tracker: DialogueStateTracker, domain: Domain, rule_only_data: Optional[Dict[Text, Any]]
    ) -> Optional[List[State]]:
        if not self._replays(tracker):
            return None
        states = replay(tracker, domain, 0, rule_only_data, memo=True).memo
        return self.featurizer._remove_action_unlikely_intent_from_states(states)


def _state_count(key: Text, compressed: bool) -> Optional[int]:
    """The number of states in a memorised key (JSON of a list of states, quotes removed), or None if unsure."""
    try:
        text = zlib.decompress(base64.b64decode(key)).decode() if compressed else key
    except (ValueError, zlib.error, UnicodeDecodeError):
        return None
    depth, count = 0, 0
    for char in text:
        if char in "[{":
            count += char == "{" and depth == 1
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth < 0:
                return None
    return count if depth == 0 and text.startswith("[") else None
