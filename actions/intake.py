"""The intake: facts captured from any message, and a form that asks only what would change the advice."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from actions.failures import said_on_failure
from actions.knowledge_access import current_catalog, interest_names
from actions.named import NamedAction
from actions.profile_slots import (
    ASKED_SLOTS,
    CHECK_ANSWERS,
    CHECKED_WHEN_TOLD,
    PROFILE_SLOTS,
    SPOKEN_FOR,
    check_due,
    checked,
    profile_from_tracker,
    profile_values,
    skipped,
    slots_set_since_user_message,
    told_in_passing,
)
from actions.turn_cache import open_questions
from language import wording
from language.answers_in_context import (
    HESITANT_LAST,
    NOT_APPLICABLE,
    answer_after_question,
    asking_sentence_spans,
    button_choice,
    ends_unsure_of_a_length,
    is_real_question,
    supposed_spans,
    tells_before_asking,
    tells_of_oneself,
)
from language.asking import SENTENCES
from language.message_intent import wants_guidance
from language.profile_extraction import (
    MONTH_SLOTS,
    SUPERVISION_SLOTS,
    Mention,
    corrected_length,
    extract_profile,
    mentions_from_entities,
    supervised_others_only,
    wishes_outright,
)
from language.question_topic import asked_aspect
from language.spokesperson import entities_in_first_person, speaks_for_someone

# whether the person speaks for someone else ("my son wants to be a rehab counselor"), once they said so
# Messages that can carry facts about the person; questions ("can an LPN get the CCM?") do not.
FACT_INTENTS = {"inform", "start_advising", "affirm", "deny", "greet", "vent"}
# Said during the intake, these are handled by their own rules (a goodbye, a skip, a request for a person...);
# any other message that fills nothing is a missed answer.
OWN_RULE_INTENTS = {
    "greet", "goodbye", "thank", "bot_challenge", "chitchat", "vent", "human_handoff", "start_over", "forget_me",
    "dont_know", "show_plan", "next_step", "start_advising",
}  # fmt: skip
# The actions Rasa runs between a message and the form's validation of it.
FORM_MACHINERY = {"action_listen", "action_extract_slots", "intake_form", "validate_intake_form"}
# kinds a story's questions name as asked about ("is the CCM open to OTs or is it an RN thing?"), not as held
NAMED_IN_QUESTIONS = {"license", "credential", "degree", "education_level", "degree_field", "specialization"}
# "if my BSW counts, how long until ...": one's own degree, named in a condition, is held
OWN_BEFORE = re.compile(r"\bmy\W+$", re.IGNORECASE)
MAX_MISSES = 3  # the third miss on one question skips it: never the same question three times in a row
QUESTION_HELP = wording.QUESTION_HELP


def is_answer_attempt(intent: Optional[str], text: str) -> bool:
    """While a question waits: is this message meant as its answer (whatever intent the classifier chose)?"""
    if intent in FACT_INTENTS:
        # "is it 3000 or 3200 hours in california" taken for an inform is still no missed answer
        return not is_real_question(text)
    # "cost?" filled nothing and asks: its own rule answers it; so does a question told as a story
    lowered = text.strip().lower()
    # "... so i think yes?", "jan 21 - now, ft. so ~71?": an answer unsure of itself
    hesitant = bool(HESITANT_LAST.search(lowered)) or ends_unsure_of_a_length(lowered)
    asks = is_real_question(text) or (lowered.endswith("?") and not hesitant) or asked_aspect(text) is not None
    return intent not in OWN_RULE_INTENTS and not asks


class ActionExtractProfile(NamedAction):
    """Runs after every message (a custom slot mapping): captures whatever facts about the person it carries.

    While the intake waits for an answer, a message that is not a real question is read as that answer, even when
    the classifier calls it a question ("no case management experience") or finds no intent at all."""

    action_name = "action_extract_profile"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        # the action server is sent only the latest turns (channels/action_calls.py): "I'm asking for my daughter",
        # said at the start, is kept in a slot for the answers that come later
        said_now = not tracker.get_slot(SPOKEN_FOR) and speaks_for_someone([(tracker.latest_message or {}).get("text")])
        events = self._facts(tracker, domain, spoken_for=said_now or bool(tracker.get_slot(SPOKEN_FOR)))
        return events + ([SlotSet(SPOKEN_FOR, True)] if said_now else [])

    def _facts(self, tracker: Tracker, domain: DomainDict, spoken_for: bool) -> List[EventType]:
        message = tracker.latest_message or {}
        intent = (message.get("intent") or {}).get("name")
        text = message.get("text") or ""
        entities = message.get("entities") or []
        requested = tracker.get_slot("requested_slot") if tracker.active_loop_name == "intake_form" else None
        if requested not in SUPERVISION_SLOTS and spoken_for:
            # "my son wants to be a rehab counselor... he doesn't have any yet": what is told of him is the profile
            text, entities = entities_in_first_person(text, entities)
        answering = bool(requested) and not is_real_question(text)
        # a story the classifier did not hear at all still tells the person's facts
        unheard_story = intent == "nlu_fallback" and tells_of_oneself(text) and not is_real_question(text)
        story = tells_before_asking(text) or unheard_story
        answer_after = answer_after_question(text, requested) if requested and not answering else None
        if answer_after:  # "Does an LCSW count as a CCM? If not, then no": the question is answered, and so is ours
            told_after = _answer_told_after_question(tracker, text, entities, answer_after, requested)
            # ("21 months, but only half time. Does the ICU count at all? I wouldn't call it case management.": the
            # answer was told before the question, and the story is read for it)
            if told_after or not story:
                return told_after
        if intent not in FACT_INTENTS and not answering and not story:
            return []
        classified_elsewhere = intent not in FACT_INTENTS and intent != "dont_know"
        knowledge = current_catalog()
        chosen = _button_answer(text, requested, domain, tracker) if requested else None
        if chosen is not None:
            return [SlotSet(requested, chosen)]
        mentions = mentions_from_entities(entities, knowledge.vocabulary, text)
        if story and not answering:  # what the story's questions name is asked about, not held
            asking = asking_sentence_spans(text)
            mentions = [m for m in mentions if m.kind not in NAMED_IN_QUESTIONS or not _inside(m, asking)]
        supposed = supposed_spans(text)  # "if I did the counseling master's, ...?": supposed, unless "my"
        mentions = [m for m in mentions if m.kind not in NAMED_IN_QUESTIONS or not _supposed(text, m, supposed)]
        # a question in reply ("Does supervising count? I've never carried a caseload") is no "no" to the one asked
        reading = "inform" if classified_elsewhere or (intent in ("affirm", "deny") and not answering) else intent
        known = _known_before_the_answer(tracker, requested) if answering else profile_values(tracker)
        update = extract_profile(text, mentions, known, knowledge, requested, reading)
        corrected = corrected_length(text, requested, update.slots, _lengths_answered(tracker))
        if corrected:  # "wait, actually it was 3 years not 5", said once the intake has moved on
            update.slots[corrected] = extract_profile(text, mentions, {}, knowledge, corrected, "inform").slots.get(
                corrected, tracker.get_slot(corrected)
            )
        if classified_elsewhere and intent in OWN_RULE_INTENTS and not story:
            # "thanks" or "hi" is no answer: keep only a real answer to the question asked
            value = update.slots.get(requested)
            free_text = requested == "interests" and any(v not in knowledge.interests for v in value or [])
            return [] if value is None or free_text else [SlotSet(requested, value)]
        # a fact said again is not news: only changes are set, so a repeated fact is no answer to another question
        # (but said again to its own check, "10. can u just give me the plan now", it is that check's answer)
        checking = requested in check_due(tracker)
        events = [
            SlotSet(name, value)
            for name, value in update.slots.items()
            if name in PROFILE_SLOTS
            and (tracker.get_slot(name) != value or (checking and name == requested))
            and not _a_part_of_the_health_care_told(tracker, name, value, requested, corrected)
        ]
        # (a length corrected on purpose, "wait, actually it was 3 years not 5", is no fact told in passing)
        told = [e for e in events if e["name"] != corrected]
        told = [e for e in told if e["name"] != "interests" or not wishes_outright(text)]
        return events + (_told_in_passing(tracker, told, requested) if said_at_length(text) else [])


def _a_part_of_the_health_care_told(
    tracker: Tracker, name: str, value: Any, requested: Optional[str], corrected: Optional[str]
) -> bool:
    """Months in health care read in passing that are fewer than those already told: one job of them ("2 yrs
    discharge coordinator on an acute medical ward", after eleven years in the NHS), not all of them."""
    known = tracker.get_slot(name)
    return (
        name == "healthcare_months"
        and name not in (requested, corrected)
        and isinstance(known, (int, float))
        and isinstance(value, (int, float))
        and value < known
    )


# Past this many words, or in more than one sentence, a message is a story whose facts are read less surely than a
# short one's ("im an rn with a bsn and three years on a med surg floor" is read as said)
STORY_WORDS = 30


def said_at_length(text: str) -> bool:
    sentences = [part for part in SENTENCES.split(text.strip()) if re.search(r"\w", part)]
    return len(re.findall(r"[\w']+", text)) > STORY_WORDS or len(sentences) > 1


def _told_in_passing(tracker: Tracker, events: List[EventType], requested: Optional[str]) -> List[EventType]:
    """The eligibility facts this message set without being asked for them, added to those told in passing."""
    told = told_in_passing(tracker)
    newly = [e["name"] for e in events if e["name"] in CHECKED_WHEN_TOLD and e["name"] != requested]
    newly = [name for name in newly if name not in told]
    return [SlotSet("told_in_passing", told + newly)] if newly else []


def _lengths_answered(tracker: Tracker) -> List[str]:
    """The lengths of time the person has answered so far, the latest last."""
    names = [e.get("name") for e in tracker.events if e.get("event") == "slot" and e.get("name") in MONTH_SLOTS]
    return list(dict.fromkeys(reversed(names)))[::-1]


def _inside(mention: Mention, spans: List[Tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in spans)


def _supposed(text: str, mention: Mention, spans: List[Tuple[int, int]]) -> bool:
    return _inside(mention, spans) and not OWN_BEFORE.search(text[max(0, mention.start - 12) : mention.start])


def _answer_told_after_question(
    tracker: Tracker, text: str, entities: List[dict], answer: str, requested: str
) -> List[EventType]:
    """The slot asked, read from the answer that follows a question in the same message."""
    knowledge = current_catalog()
    offset = text.find(answer)  # after the question, or before it ("crc. not lpc, nebraska calls it lmhp anyway?")
    mentions = [
        Mention(m.kind, m.code, m.start - offset, m.end - offset)
        for m in mentions_from_entities(entities, knowledge.vocabulary, text)
        if offset <= m.start and m.end <= offset + len(answer)
    ]
    update = extract_profile(
        answer, mentions, _known_before_the_answer(tracker, requested), knowledge, requested, "inform"
    )
    value = update.slots.get(requested)
    return [] if value is None else [SlotSet(requested, value)]


def _known_before_the_answer(tracker: Tracker, requested: str) -> Dict[str, Any]:
    """The profile an answer to the question asked is read against: asked again after a story told it, the answer
    ("none. can't get an lbsw w a soc degree right?") says it anew, in place of the story's."""
    known = profile_values(tracker)
    if requested in CHECKED_WHEN_TOLD and known.get(requested) is not None:
        known = {name: value for name, value in known.items() if name not in CHECK_ANSWERS[requested]}
    return known


def _button_answer(text: str, requested: str, domain: DomainDict, tracker: Tracker) -> Any:
    """The value of the button whose title was typed ("social work", "none") for the question asked."""
    buttons = ((domain.get("responses") or {}).get(f"utter_ask_{requested}") or [{}])[0].get("buttons") or []
    chosen = button_choice(text, buttons)
    if not chosen:
        return None
    intent, entities = chosen
    if intent in ("affirm", "deny"):
        return slot_value_for_yes_no(requested, intent == "affirm")
    current = list(tracker.get_slot(requested) or []) if requested in ("licenses", "interests") else None
    for value in entities.values():
        if current is not None:
            return current + ([value] if value not in current else [])
        return value
    return None


def slot_value_for_yes_no(requested: str, yes: bool) -> Any:
    """A "yes"/"none"/"never" button as the value of the slot asked."""
    if requested.endswith("_months"):
        return None if yes else 0
    if requested in ("licenses", "interests"):
        return None if yes else []
    return yes


class ValidateIntakeForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_intake_form"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        """Filled profile slots first (so a volunteered fact counts as an answer), then the open questions."""
        knowledge = current_catalog()
        profile = profile_from_tracker(tracker, knowledge)
        filled = [name for name in ASKED_SLOTS if tracker.get_slot(name) is not None]
        pending = [name for name in open_questions(profile, knowledge) if name not in skipped(tracker)]
        return filled + pending

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Optional[EventType]:
        """A fact told in passing that decides eligibility is asked once more by its own question, first."""
        due = check_due(tracker)
        if due:
            return SlotSet(REQUESTED_SLOT, due[0])
        return await super().next_requested_slot(dispatcher, tracker, domain)

    @said_on_failure
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        message = tracker.latest_message or {}
        intent = (message.get("intent") or {}).get("name")
        requested = tracker.get_slot("requested_slot")
        # a fact told in passing, asked again by its own question: whatever is said next ("yes, that's right", or the
        # facts anew) ends the check, so it is asked once and never again. A question asked back instead is answered
        # by its own rule (a slot set here would keep the form from letting it go), and the check waits, counted as a
        # miss like any question's, so it is skipped before a third time.
        heard = _just_heard(tracker)
        asked_back = (
            heard
            and not slots_set_since_user_message(tracker)
            and not is_answer_attempt(intent, message.get("text") or "")
        )
        a_check = requested in check_due(tracker) and heard and not asked_back
        now_checked = [SlotSet("checked_slots", checked(tracker) + [requested])] if a_check else []
        tracker.add_slots(now_checked)
        events = await super().run(dispatcher, tracker, domain) + now_checked
        newly_set = slots_set_since_user_message(tracker)
        # a fact for another question ("4 years of L&D" asked for health-care months, read as case management)
        # leaves the question asked open: it counts as a miss, or the question would come a third time in a row
        answered_elsewhere = (
            bool(newly_set)
            and bool(requested)
            and tracker.get_slot(requested) is None
            and not (requested == "education_level" and tracker.get_slot("underway_level"))  # "BSW, done in May"
        )
        if newly_set:
            names = interest_names(current_catalog())
            said = "; ".join(wording.describe(name, value, names) for name, value in newly_set)
            dispatcher.utter_message(text=f"Got it: {said}.")
            said_of_others = supervised_others_only((message.get("text") or "").lower())
            if dict(newly_set).get("supervisor_months") == 0 and said_of_others:
                dispatcher.utter_message(text=wording.SUPERVISING_OTHERS)
            if not answered_elsewhere:
                return events + [SlotSet("intake_misses", 0)]
        elif not requested:
            return events
        if asked_back:
            return events  # a real question, a goodbye...: its own rule answers, then the intake goes on
        if a_check:
            return events + [SlotSet("intake_misses", 0)]  # "yes, that's right": the fact stands, and no miss
        # back after another action answered a question, the question waiting counts as missed too: asked instead of
        # answered again and again, it would otherwise come back without end
        interrupted = not newly_set and not heard
        if interrupted and _miss_counted_since_message(tracker):
            return events  # the message was a miss, counted when it was heard
        misses = int(tracker.get_slot("intake_misses") or 0) + 1
        if NOT_APPLICABLE.match((message.get("text") or "").lower()):
            misses = MAX_MISSES  # "n/a": the question does not apply, so it is left, not asked again
        if misses < MAX_MISSES:
            if misses == 1 and not answered_elsewhere and not interrupted:
                dispatcher.utter_message(text=wording.NOT_CAUGHT)
            return events + [SlotSet("intake_misses", misses)]
        dispatcher.utter_message(text=wording.SKIPPED_AFTER_MISSES)
        now_skipped = skipped(tracker) + [requested]
        tracker.slots["skipped_slots"] = now_skipped
        tracker.slots["requested_slot"] = None
        following = await self.next_requested_slot(dispatcher, tracker, domain)
        kept = [e for e in events if not (e.get("event") == "slot" and e.get("name") == "requested_slot")]
        return (
            kept
            + [SlotSet("skipped_slots", now_skipped), SlotSet("intake_misses", 0)]
            + ([following] if following else [])
        )


def _miss_counted_since_message(tracker: Tracker) -> bool:
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") == "intake_misses":
            return True
    return False


def _just_heard(tracker: Tracker) -> bool:
    """Is the form validating the latest message, rather than coming back after another action answered it?"""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return True
        if event.get("event") == "action" and event.get("name") not in FORM_MACHINERY:
            return False
    return True


class ActionAskQuestion(NamedAction):
    """Asks one intake question: as written in the domain, or, after two misses, with help, buttons and skip."""

    slot = ""

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if self.slot in check_due(tracker) and not int(tracker.get_slot("intake_misses") or 0):
            # a fact told in passing: what was understood, then its own question, asked this once (missed, the
            # question comes with help as any question does, or the check would be said three times in a row)
            names = interest_names(current_catalog())
            told = wording.describe(self.slot, tracker.get_slot(self.slot), names)
            why = wording.CHECK_DECIDES.get(self.slot, wording.ELIGIBILITY_DECIDED)
            dispatcher.utter_message(text=wording.CHECKING_TOLD.format(why=why, told=told))
            dispatcher.utter_message(response=_question_as_asked(self.slot, tracker))
            return []
        if int(tracker.get_slot("intake_misses") or 0) < MAX_MISSES - 1:
            dispatcher.utter_message(response=_question_as_asked(self.slot, tracker))
            return []
        asked = ((domain.get("responses") or {}).get(f"utter_ask_{self.slot}") or [{}])[0]
        buttons = [
            {"title": b["title"], "payload": b["payload"].replace("{{", "{").replace("}}", "}")}
            for b in asked.get("buttons") or []
        ]
        opening = wording.STILL_NOT_CAUGHT if _just_heard(tracker) else wording.BACK_TO_THE_QUESTION
        text = " ".join((opening, wording.QUESTION_HELP[self.slot], wording.PICK_OR_SKIP))
        dispatcher.utter_message(text=text, buttons=buttons + [wording.SKIP_BUTTON])
        return []


def _question_as_asked(slot: str, tracker: Tracker) -> str:
    """The question's response: whether full time is asked of supervising when there is no caseload of one's own."""
    no_caseload = not float(tracker.get_slot("case_management_months") or 0)
    if slot == "case_management_full_time" and no_caseload and float(tracker.get_slot("supervisor_months") or 0):
        return "utter_ask_case_management_full_time_supervising"
    return f"utter_ask_{slot}"


# One ask action per question the intake can ask: action_ask_<slot>, which the form prefers to utter_ask_<slot>.
ASK_ACTIONS = {
    slot: type(
        f"ActionAsk_{slot}",
        (ActionAskQuestion,),
        {"slot": slot, "__module__": __name__},
    )
    for slot in ASKED_SLOTS
}


class ActionIntakeIntro(NamedAction):
    """The intake's intro; someone who opened with being lost ("no idea where to start") first hears that this is a
    fine place to start, rather than sympathy for a hardship they did not describe."""

    action_name = "action_intake_intro"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if wants_guidance((tracker.latest_message or {}).get("text") or ""):
            dispatcher.utter_message(response="utter_lost_welcome")
        dispatcher.utter_message(response="utter_intake_intro")
        return []


class ActionSkipQuestion(NamedAction):
    """'I don't know' or 'skip' during the intake: never ask that question again."""

    action_name = "action_skip_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        requested = tracker.get_slot("requested_slot")
        if not requested:
            return []
        dispatcher.utter_message(text="No problem, let's skip that.")
        return [
            SlotSet("skipped_slots", skipped(tracker) + [requested]),
            SlotSet("requested_slot", None),
            SlotSet("intake_misses", 0),
        ]
