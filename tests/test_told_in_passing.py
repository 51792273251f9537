"""Facts that decide eligibility (licences, the highest degree, the months counted) told in passing, in a story of
more than one sentence or thirty words, or answering another question at such length, are asked once more by their
own question, whose answer then says them anew (issue #12: a story is read less surely than an answer; "my sup (rn,
ccm) says lpns cant sit" held the RN and the CCM, and no question came to correct it). Run as the action server runs
the actions."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.intake import ASK_ACTIONS, ActionExtractProfile, ValidateIntakeForm
from tests.actions_harness import DOMAIN, run, slot_events
from tests.actions_harness import tracker as action_tracker

pytestmark = pytest.mark.usefixtures("actions_database")

STORY_SLOTS = {"licenses": ["LPN", "RN"], "told_in_passing": ["licenses"], "checked_slots": []}


def tracker(slots=None, intent="inform", text="", entities=(), events=None):
    return action_tracker(slots, intent, text, entities, "intake_form", events, latest_action="action_listen")


def next_asked(slots) -> str:
    form = ValidateIntakeForm()
    event = asyncio.run(form.next_requested_slot(CollectingDispatcher(), tracker(slots=slots), DOMAIN))
    return event["value"] if event else None


def test_a_story_marks_the_licences_it_told_as_told_in_passing():
    text = "lpn at a managed care plan doing care coordination 2 yrs. my sup (rn, ccm) says lpns cant sit for ccm."
    entities = [{"entity": "license", "value": "LPN", "start": 0, "end": 3}]
    events, _ = run(ActionExtractProfile(), tracker(text=text, entities=entities, slots={"told_in_passing": []}))
    assert sorted(slot_events(events)["told_in_passing"]) == ["case_management_months", "licenses"]


def test_a_fact_said_in_a_few_words_is_read_as_said():
    text = "im an lpn at a managed care plan"
    entities = [{"entity": "license", "value": "LPN", "start": 6, "end": 9}]
    events, _ = run(ActionExtractProfile(), tracker(text=text, entities=entities, slots={"told_in_passing": []}))
    assert slot_events(events)["licenses"] == ["LPN"]
    assert "told_in_passing" not in slot_events(events)


def test_an_answer_to_the_licence_question_is_not_told_in_passing():
    entities = [{"entity": "license", "value": "LPN", "start": 0, "end": 3}]
    slots = {"requested_slot": "licenses", "told_in_passing": []}
    events, _ = run(ActionExtractProfile(), tracker(text="LPN, active", entities=entities, slots=slots))
    assert slot_events(events)["licenses"] == ["LPN"]
    assert "told_in_passing" not in slot_events(events)


def test_a_fact_told_in_passing_is_asked_next_by_its_own_question():
    assert next_asked({**STORY_SLOTS, "education_level": "bachelor"}) == "licenses"


def test_the_question_says_what_was_understood_and_is_asked_once():
    _, messages = run(ASK_ACTIONS["licenses"](), tracker(slots={**STORY_SLOTS, "requested_slot": "licenses"}))
    assert "I understood licences: LPN and RN" in messages[0]["text"]
    assert messages[1]["response"] == "utter_ask_licenses"
    assert next_asked({**STORY_SLOTS, "checked_slots": ["licenses"]}) != "licenses"


def test_an_answer_to_the_check_ends_it_so_it_is_never_asked_twice():
    slots = {**STORY_SLOTS, "requested_slot": "licenses"}
    heard = [
        {"event": "user", "text": "LPN, and does LPN count?"},
        {"event": "slot", "name": "licenses", "value": ["LPN"]},
    ]
    events, messages = run(ValidateIntakeForm(), tracker(text="LPN, and does LPN count?", slots=slots, events=heard))
    assert slot_events(events)["checked_slots"] == ["licenses"]
    assert slot_events(events).get("requested_slot") != "licenses"
    assert not any("didn't catch" in (m.get("text") or "") for m in messages)


def test_a_question_asked_back_to_the_check_is_let_go_to_be_answered_and_the_check_waits():
    # a slot set here would keep the form from letting the question go: it was swallowed unanswered ("does mco
    # experience count for acm-sw or does it have to be hospital", asked back to the degree's check)
    slots = {**STORY_SLOTS, "requested_slot": "licenses"}
    events, messages = run(
        ValidateIntakeForm(), tracker(text="wait, how much does the CCM cost?", intent="ask_cost", slots=slots)
    )
    assert [e for e in events if e.get("event") == "slot" and e["name"] != "requested_slot"] == []
    assert not messages


def test_a_check_asked_back_again_and_again_is_skipped_not_asked_a_third_time():
    slots = {**STORY_SLOTS, "requested_slot": "licenses", "intake_misses": 2}
    answered_elsewhere = [{"event": "user", "text": "how much is it?"}, {"event": "action", "name": "action_answer"}]
    events, _ = run(
        ValidateIntakeForm(), tracker(text="how much is it?", intent="ask_cost", slots=slots, events=answered_elsewhere)
    )
    assert slot_events(events)["skipped_slots"] == ["licenses"]
    assert next_asked({**slots, "skipped_slots": ["licenses"], "requested_slot": None}) != "licenses"


def test_a_check_missed_is_asked_with_help_not_said_again_word_for_word():
    # "Just to be sure ... I understood 6 years" was said three times in a row to "jan 21 - now, ft. so ~71?"
    _, messages = run(
        ASK_ACTIONS["licenses"](), tracker(slots={**STORY_SLOTS, "requested_slot": "licenses", "intake_misses": 1})
    )
    assert not any("I understood" in (m.get("text") or "") for m in messages)


def test_the_answer_to_the_check_says_the_licences_anew():
    slots = {**STORY_SLOTS, "checked_slots": ["licenses"], "requested_slot": "licenses"}
    entities = [{"entity": "license", "value": "LPN", "start": 0, "end": 3}]
    events, _ = run(ActionExtractProfile(), tracker(text="LPN, that's it", entities=entities, slots=slots))
    assert slot_events(events)["licenses"] == ["LPN"]


def test_none_to_the_check_leaves_no_licence():
    slots = {**STORY_SLOTS, "checked_slots": ["licenses"], "requested_slot": "licenses"}
    events, _ = run(ActionExtractProfile(), tracker(text="none", intent="deny", slots=slots))
    assert slot_events(events)["licenses"] == []


def test_yes_to_the_check_keeps_the_licences_and_is_no_miss():
    slots = {**STORY_SLOTS, "requested_slot": "licenses"}
    events, _ = run(ActionExtractProfile(), tracker(text="yes that's right", intent="affirm", slots=slots))
    assert "licenses" not in slot_events(events)
    events, messages = run(
        ValidateIntakeForm(),
        tracker(text="yes that's right", intent="affirm", slots=slots, events=[{"event": "user", "text": "yes"}]),
    )
    assert slot_events(events).get("intake_misses") == 0
    assert slot_events(events)["checked_slots"] == ["licenses"]
    assert not any("didn't catch" in (m.get("text") or "") for m in messages)
    assert slot_events(events).get("requested_slot") != "licenses"


def test_a_degree_told_in_passing_is_asked_again_and_answered_anew():
    slots = {
        "education_level": "master",
        "degree_field": "social_work",
        "told_in_passing": ["education_level"],
        "checked_slots": ["education_level"],
        "requested_slot": "education_level",
    }
    entities = [{"entity": "education_level", "value": "bachelor", "start": 0, "end": 10}]
    events, _ = run(
        ActionExtractProfile(), tracker(text="Bachelor's, 2007, in English", entities=entities, slots=slots)
    )
    assert slot_events(events)["education_level"] == "bachelor"


def test_months_told_in_passing_are_asked_again_and_answered_anew():
    slots = {
        "healthcare_months": 360,
        "told_in_passing": ["healthcare_months"],
        "checked_slots": [],
    }
    assert next_asked(slots) == "healthcare_months"
    slots = {**slots, "checked_slots": ["healthcare_months"], "requested_slot": "healthcare_months"}
    events, _ = run(ActionExtractProfile(), tracker(text="21 years at the hospital, then a health plan", slots=slots))
    assert slot_events(events)["healthcare_months"] == 252


def test_the_same_fact_said_again_to_its_check_with_a_request_is_the_checks_answer():
    # "10. can u just give me the plan now": the months said again answer the check, so it is not asked again and
    # again while the plan request is answered each time
    slots = {"case_management_months": 10, "told_in_passing": ["case_management_months"], "checked_slots": []}
    text = "10. can u just give me the plan now and ask the rest after? im on my lunch"
    tracker_ = tracker(text=text, intent="ask_plan", slots={**slots, "requested_slot": "case_management_months"})
    events, _ = run(ActionExtractProfile(), tracker_)
    assert slot_events(events)["case_management_months"] == 10


@pytest.mark.parametrize(
    "text, checked",
    [
        # the work they do now, told with "helping": who they would like to help is still asked
        (
            "I've been a pastor for twenty years, helping families with rent and food and visiting people in the "
            "hospital. My church is closing and I need something new.",
            True,
        ),
        # a wish said outright is an answer already (control)
        (
            "I'm a pastor of twenty years and I want to work with families facing eviction. My church is closing and I "
            "need something new.",
            False,
        ),
    ],
)
def test_interests_read_from_a_story_of_ones_work_are_asked_once_more(text, checked):
    events, _ = run(ActionExtractProfile(), tracker(text=text, slots={"told_in_passing": []}))
    assert ("interests" in (slot_events(events).get("told_in_passing") or [])) is checked
