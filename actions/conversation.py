"""Start over, a human advisor, and "did you mean...?" when the assistant is unsure."""

from __future__ import annotations

import os
from typing import List

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.named import NamedAction
from actions.profile_slots import slots_set_since_user_message

DEFAULT_ADVISOR_CONTACT = "your college's career services office"

# How each intent is offered back as a "did you mean" button.
INTENT_LABELS = {
    "start_advising": "Help me find my path",
    "show_plan": "Show my whole plan",
    "next_step": "Next step of my plan",
    "what_if": "Explore a what-if",
    "compare": "Compare two options",
    "ask_what_is": "What is ...?",
    "ask_eligibility": "Who can get a credential",
    "ask_cost": "What it costs",
    "ask_renewal": "Renewal and continuing education",
    "ask_exam": "About the exam",
    "ask_salary": "Salaries",
    "ask_outlook": "Job outlook",
    "ask_employers": "Where case managers work",
    "ask_skills": "Skills you need",
    "ask_difference_therapist": "Case manager vs therapist",
    "ask_education": "Degrees you need",
    "ask_experience": "Internships and supervised hours",
    "ask_licensure": "State licences",
    "ask_issuer": "Who grants a credential",
    "ask_duration": "How long it takes",
    "ask_day_to_day": "A normal day at work",
    "human_handoff": "Talk to a person",
    "start_over": "Start over",
}


class ActionVent(NamedAction):
    """Venting is acknowledged. When the same message told us about the person ("ten years on a med-surg floor
    and my knees are shot"), the intake starts from what it said instead of asking them to repeat it."""

    action_name = "action_vent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if slots_set_since_user_message(tracker):
            dispatcher.utter_message(response="utter_vent_with_background")
            return [FollowupAction("intake_form")]
        dispatcher.utter_message(response="utter_vent")
        return []


class ActionStartOver(NamedAction):
    action_name = "action_start_over"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        dispatcher.utter_message(
            text="Okay, I've cleared your answers. Let's start fresh: tell me about yourself, or ask me anything. "
            '(To delete our conversation entirely, say "forget me".)',
            buttons=[{"title": "Help me find my path", "payload": "/start_advising"}],
        )
        return [
            ActiveLoop(None),
            AllSlotsReset(),
            SlotSet("skipped_slots", []),
            SlotSet("intake_misses", 0),
            SlotSet("told_in_passing", []),
            SlotSet("checked_slots", []),
        ]


class ActionHandoff(NamedAction):
    action_name = "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        contact = os.environ.get("ADVISOR_CONTACT", "").strip() or DEFAULT_ADVISOR_CONTACT
        dispatcher.utter_message(
            text=f"Of course. You can reach a human advisor at {contact}. "
            "If you share your plan with them, they can pick up where we are."
        )
        return []


class ActionSuggestIntents(NamedAction):
    """On an unsure reading: offer the top guesses as buttons, instead of guessing or giving up."""

    action_name = "action_suggest_intents"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if slots_set_since_user_message(tracker) and tracker.active_loop_name != "intake_form":
            # a story whose question was not understood ("911 dispatcher eleven years, got my RN this summer ... can i
            # go straight to case management"): what it told is kept, and the intake starts from it
            dispatcher.utter_message(response="utter_story_heard")
            return [FollowupAction("intake_form")]
        ranking = (tracker.latest_message or {}).get("intent_ranking") or []
        guesses = [item["name"] for item in ranking if item.get("name") in INTENT_LABELS][:3]
        if not guesses:
            dispatcher.utter_message(response="utter_ask_rephrase")
            return []
        buttons = [{"title": INTENT_LABELS[name], "payload": f"/{name}"} for name in guesses]
        buttons.append({"title": "Something else", "payload": "/out_of_scope"})
        dispatcher.utter_message(text="Sorry, I'm not sure I understood. Did you mean one of these?", buttons=buttons)
        return []
