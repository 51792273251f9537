"""Questions answered from the knowledge base: the intent is the kind of question, an entity its topic."""

from __future__ import annotations

from typing import List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import render
from actions.knowledge_access import catalog as load_catalog
from actions.knowledge_access import database
from actions.profile_slots import profile_from_tracker
from actions.surface import KIOSK, send_sources, speakable, surface
from advising.eligibility import assess
from advising.profile import Profile
from advising.state_licensure import licence_title_level
from knowledge.answers import DEFAULT_SUBJECT, answer
from knowledge.state_answers import state_licensure_answer
from language.profile_extraction import extract_profile, mentions_from_entities

TOPIC_KINDS = ("credential", "specialization", "license", "degree")  # "can an LPN get the CCM?" is about the CCM
# Social work licensure is decided state by state: these questions, naming a state, get that state's rules.
STATE_KINDS = ("licensure", "eligibility", "exam", "experience")
SOCIAL_WORK_LICENCES = ("LSW", "LMSW", "LCSW")
GENERIC_LEVELS = {"LMSW": "master", "LCSW": "clinical"}  # after the state's own titles: MA's LCSW is a master's
TOPIC_BUTTONS = [
    {"title": "CCM", "payload": "CCM"},
    {"title": "ACM", "payload": "ACM"},
    {"title": "CRC", "payload": "CRC"},
    {"title": "LCSW", "payload": "LCSW"},
]
SECOND_PERSON = {
    "held": "already hold it",
    "eligible_now": "can apply now",
    "needs_experience": "need more experience",
    "needs_degree": "need a degree first",
    "needs_license": "need a licence first",
    "needs_information": "may qualify, depending on a few facts I don't know yet",
    "check_with_issuer": "seem to meet the published rules, but the issuer decides part of it: check with them",
    "not_offered_in_state": "can't get it in your state: it isn't offered there",
}
THIRD_PERSON = {
    "held": "already holds it",
    "eligible_now": "can apply",
    "needs_experience": "needs more experience",
    "needs_degree": "needs a degree first",
    "needs_license": "needs a licence first",
    "needs_information": "may qualify, depending on facts not given",
    "check_with_issuer": "seems to meet the published rules, but the issuer decides part of it",
    "not_offered_in_state": "can't get it in that state: it isn't offered there",
}


class ActionAnswerQuestion(Action):
    def name(self) -> Text:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        message = tracker.latest_message or {}
        kind = ((message.get("intent") or {}).get("name") or "").replace("ask_", "", 1)
        knowledge = load_catalog()
        mentions = mentions_from_entities(message.get("entities") or [], knowledge.vocabulary)
        named = next((m.code for kind in TOPIC_KINDS for m in mentions if m.kind == kind), None)
        state = next((m.code for m in mentions if m.kind == "state"), None)
        if state and kind in STATE_KINDS and (named is None or named in SOCIAL_WORK_LICENCES):
            _answer_for_state(dispatcher, tracker, knowledge, state, message.get("text") or "", mentions)
            return [SlotSet("last_topic", named or "licensure")]
        subject = named or _follow_up_subject(kind, tracker)
        if subject is None and kind not in DEFAULT_SUBJECT:
            dispatcher.utter_message(
                text="Which credential do you mean?",
                buttons=[
                    {"title": b["title"], "payload": f'/{message["intent"]["name"]}{{"credential": "{b["payload"]}"}}'}
                    for b in TOPIC_BUTTONS
                ],
            )
            return []
        try:
            with database().session() as session:
                result = answer(session, kind, subject)
        except ValueError:
            dispatcher.utter_message(response="utter_default")
            return []
        credential = knowledge.credentials.get(result.subject)
        issuer = credential.issuer if credential and credential.issuer else ""
        if surface(tracker) == KIOSK and result.found:
            dispatcher.utter_message(
                text=speakable(" ".join(f.text for f in result.facts) or render.render_answer(result, issuer))
            )
            send_sources(dispatcher, [f.citation for f in result.facts])
        else:
            dispatcher.utter_message(text=render.render_answer(result, issuer=issuer))
        if kind == "eligibility" and credential is not None and credential.requirements:
            personal = _personal_status(tracker, knowledge, credential, message.get("text") or "", mentions)
            if personal:
                dispatcher.utter_message(text=personal)
        return [SlotSet("last_topic", result.subject)] if result.subject else []


def _answer_for_state(dispatcher, tracker, knowledge, state: str, text: str, mentions) -> None:
    """Social work licensure in the state the message names, at the level it names, if any."""
    level = _level_named(knowledge, state, text, mentions)
    result = state_licensure_answer(knowledge, state, level)
    if surface(tracker) == KIOSK:
        dispatcher.utter_message(text=speakable(result.text))
        send_sources(dispatcher, list(result.citations))
    else:
        dispatcher.utter_message(text=result.text + "\n" + render.cite(result.citations))


def _level_named(knowledge, state: str, text: str, mentions) -> Optional[str]:
    """The level a question is about: a title in the state's own usage first, then a generic title, degree or level."""
    level = licence_title_level(knowledge, state, text)
    for mention in mentions:
        if level:
            break
        if mention.kind == "license":
            level = GENERIC_LEVELS.get(mention.code)
        elif mention.kind == "degree" and mention.code in ("BSW", "MSW"):
            level = knowledge.degrees[mention.code].level
        elif mention.kind == "education_level" and mention.code in ("bachelor", "master"):
            level = mention.code
    return level


def _follow_up_subject(kind: str, tracker: Tracker) -> Optional[str]:
    """'How much does it cost?' after talking about the CCM is about the CCM."""
    last = tracker.get_slot("last_topic")
    if last and kind in ("eligibility", "cost", "renewal", "exam"):
        return last
    return None


def _personal_status(tracker: Tracker, knowledge, credential, text: str, mentions) -> str:
    """Where the person stands, or the person the question describes ("can an LPN get the CCM?")."""
    described = [
        m for m in mentions if m.kind in ("license", "degree", "education_level") and m.code != credential.code
    ]
    if described:
        facts = extract_profile(text, described, {}, knowledge, intent="inform").slots
        profile = Profile.from_dict({"licenses": [], **facts}, knowledge)
        who = "Someone with " + " and ".join(m.code.replace("_", " ") for m in described)
        words = THIRD_PERSON
    else:
        profile = profile_from_tracker(tracker, knowledge)
        if profile.education_level is None and profile.licenses is None:
            return ""
        who = "From what you've told me, you"
        words = SECOND_PERSON
    item = assess(credential, profile, knowledge)
    status = words[item.status]
    if item.status == "needs_experience" and item.months_to_eligible:
        status = f"could be eligible in {item.months_words}"
    text = f"{who} {status}."
    if item.missing and item.status not in ("held", "eligible_now"):
        text += " Missing: " + "; ".join(item.missing) + "."
    if item.notes:
        text += " Note: " + " ".join(item.notes)
    return text
