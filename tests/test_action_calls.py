"""Each action call carries the latest exchange: what the actions read from it is the same as from the whole
conversation, however long the conversation is."""

from __future__ import annotations

from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.utils.endpoints import EndpointConfig
from rasa_sdk import Tracker

from actions.privacy import previous_action
from actions.profile_slots import slots_set_since_user_message
from channels.action_calls import action_call_format, recent_events
from knowledge.paths import ROOT

DOMAIN = Domain.load(str(ROOT / "domain.yml"))


def user(text, intent):
    return UserUttered(text, {"name": intent, "confidence": 1.0})


def long_conversation(turns: int = 40) -> DialogueStateTracker:
    """An intake, then many questions, then 'forget me' (whose confirmation reads the action before it)."""
    events = [ActionExecuted("action_session_start"), ActionExecuted("action_listen")]
    events += [user("im an rn with a bsn", "inform"), ActionExecuted("action_extract_profile")]
    events += [SlotSet("education_level", "bachelor"), SlotSet("licenses", ["RN"]), ActionExecuted("intake_form")]
    events += [ActiveLoop("intake_form"), SlotSet("requested_slot", "case_management_months")]
    events += [BotUttered("How long have you worked in case management?"), ActionExecuted("action_listen")]
    for turn in range(turns):
        events += [user(f"how much does the ccm cost ({turn})", "ask_cost"), ActionExecuted("action_answer_question")]
        events += [BotUttered("$430 in all."), ActionExecuted("action_listen")]
    events += [user("forget me", "forget_me"), ActionExecuted("action_forget_me")]
    events += [BotUttered("Are you sure?"), ActionExecuted("action_listen")]
    events += [user("yes", "affirm"), ActionExecuted("action_extract_profile"), SlotSet("field_experience", True)]
    return DialogueStateTracker.from_events("someone", events, slots=DOMAIN.slots)


def sdk_tracker(state: dict) -> Tracker:
    return Tracker.from_dict(state)


def test_the_actions_read_the_same_from_the_latest_exchange_as_from_the_whole_conversation():
    tracker = long_conversation()
    whole = sdk_tracker(tracker.current_state(EventVerbosity.ALL))
    call = action_call_format(RemoteAction("action_forget_me", EndpointConfig("http://x")), tracker, DOMAIN)
    sliced = sdk_tracker(call["tracker"])
    assert len(sliced.events) < 15 < 150 < len(whole.events)
    assert previous_action(sliced.events) == previous_action(whole.events) == "action_forget_me"
    assert slots_set_since_user_message(sliced) == slots_set_since_user_message(whole) == [("field_experience", True)]
    assert sliced.slots_to_validate() == whole.slots_to_validate() == {"field_experience": True}
    for attribute in ("slots", "latest_message", "active_loop", "latest_action_name", "sender_id"):
        assert getattr(sliced, attribute) == getattr(whole, attribute), attribute


def test_only_a_forms_validation_action_gets_the_domain():
    tracker = long_conversation(2)
    endpoint = EndpointConfig("http://x")
    assert "domain" not in action_call_format(RemoteAction("action_answer_question", endpoint), tracker, DOMAIN)
    call = action_call_format(RemoteAction("validate_intake_form", endpoint), tracker, DOMAIN)
    assert call["domain"]["forms"]["intake_form"] == DOMAIN.as_dict()["forms"]["intake_form"]


def test_a_short_conversation_is_sent_whole():
    events = [ActionExecuted("action_listen"), user("hi", "greet")]
    assert recent_events(events) == events
    assert recent_events([]) == []
