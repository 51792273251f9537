"""The intake: facts captured from any message, and a form that asks only what would change the advice."""

from __future__ import annotations

from typing import Any, List, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.knowledge_access import catalog as load_catalog
from actions.profile_slots import (
    PROFILE_SLOTS,
    profile_from_tracker,
    profile_values,
    skipped,
    slots_set_since_user_message,
)
from actions.turn_cache import open_questions
from language.profile_extraction import extract_profile, mentions_from_entities

# Messages that can carry facts about the person; questions ("can an LPN get the CCM?") do not.
FACT_INTENTS = {"inform", "start_advising", "affirm", "deny", "greet", "vent"}

QUESTION_HELP = {
    "education_level": "Pick the highest you've finished, or the one you're about to finish.",
    "degree_field": "The subject of that degree: social work, nursing, psychology, human services, counseling, "
    "or something else.",
    "licenses": "A licence from a state board (RN, LPN, LSW, LMSW, LCSW, LPC) or a certification such as the CRC. "
    'Say "none" if you have none.',
    "interests": "Anything helps: a setting (hospital, community agency), a group of people (children, people with "
    "disabilities), or a kind of work.",
    "case_management_months": "Count paid, full-time work coordinating services for clients, as a case manager or in "
    'a role like it. Say "none" if you have none.',
    "healthcare_months": 'Time employed by a hospital or health system in any role. Say "none" if you have none.',
    "supervised_by_ccm": "Answer yes if the person who supervised your case-management work held the CCM credential.",
    "supervisor_months": 'Time spent supervising staff who do case management. Say "none" if you have none.',
    "field_experience": "Most social work, nursing and counseling degrees include a supervised practicum "
    "or field placement.",
    "clinical_supervision_months": "Time since your MSW practising clinical social work under a qualified supervisor.",
}


class ActionExtractProfile(Action):
    """Runs after every message (a custom slot mapping): captures whatever facts about the person it carries."""

    def name(self) -> Text:
        return "action_extract_profile"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        message = tracker.latest_message or {}
        intent = (message.get("intent") or {}).get("name")
        requested = tracker.get_slot("requested_slot") if tracker.active_loop_name == "intake_form" else None
        if intent not in FACT_INTENTS and not (requested and intent == "dont_know"):
            return []
        knowledge = load_catalog()
        mentions = mentions_from_entities(message.get("entities") or [], knowledge.vocabulary)
        update = extract_profile(
            message.get("text") or "", mentions, profile_values(tracker), knowledge, requested, intent
        )
        return [SlotSet(name, value) for name, value in update.slots.items() if name in PROFILE_SLOTS]


class ValidateIntakeForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_intake_form"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        """Filled profile slots first (so a volunteered fact counts as an answer), then the open questions."""
        knowledge = load_catalog()
        profile = profile_from_tracker(tracker, knowledge)
        filled = [name for name in PROFILE_SLOTS if tracker.get_slot(name) is not None]
        pending = [name for name in open_questions(profile, knowledge) if name not in skipped(tracker)]
        return filled + pending

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        events = await super().run(dispatcher, tracker, domain)
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        requested = tracker.get_slot("requested_slot")
        newly_set = slots_set_since_user_message(tracker)
        if newly_set:
            dispatcher.utter_message(
                text="Got it: " + "; ".join(_describe(name, value) for name, value in newly_set) + "."
            )
            return events + [SlotSet("intake_misses", 0)]
        if requested and intent in ("inform", "affirm", "deny"):
            misses = (tracker.get_slot("intake_misses") or 0) + 1
            text = "Sorry, I didn't catch that."
            if misses >= 2:
                text += " " + QUESTION_HELP.get(requested, "") + ' Or say "skip".'
            dispatcher.utter_message(text=text)
            return events + [SlotSet("intake_misses", misses)]
        return events


class ActionSkipQuestion(Action):
    """'I don't know' or 'skip' during the intake: never ask that question again."""

    def name(self) -> Text:
        return "action_skip_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        requested = tracker.get_slot("requested_slot")
        if not requested:
            return []
        dispatcher.utter_message(text="No problem, let's skip that.")
        return [SlotSet("skipped_slots", skipped(tracker) + [requested]), SlotSet("requested_slot", None)]


def _describe(name: str, value: Any) -> str:
    if name.endswith("_months"):
        some, none = {
            "case_management_months": ("of case management", "no case-management work yet"),
            "healthcare_months": ("in health care", "no time in health care yet"),
            "supervisor_months": ("supervising case managers", "no time supervising case managers"),
            "clinical_supervision_months": ("of supervised clinical practice", "no supervised clinical practice yet"),
        }[name]
        return f"{int(value)} months {some}" if value else none
    if name == "licenses":
        return "licences: " + (", ".join(value) if value else "none")
    if name == "interests":
        return "interested in " + ", ".join(str(v).replace("_", " ") for v in value)
    if isinstance(value, bool):
        return {"supervised_by_ccm": "supervised by a CCM", "field_experience": "a supervised practicum"}[name] + (
            "" if value else ": no"
        )
    if name == "education_level":
        return {
            "high_school": "a high-school diploma",
            "associate": "an associate degree",
            "bachelor": "a bachelor's degree",
            "master": "a master's degree",
            "doctorate": "a doctorate",
        }.get(value, str(value))
    return f"degree in {str(value).replace('_', ' ')}"
