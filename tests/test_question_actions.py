"""The question action: what was answered is recorded as aspect:subject, the person's own case uses the engine."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerQuestion
from tests.actions_harness import DOMAIN, run, slot_events
from tests.test_actions import NURSE, tracker

pytestmark = pytest.mark.usefixtures("actions_database")


def test_a_compound_question_gets_the_specific_answer_and_records_it():
    t = tracker(intent="ask_what_is", text="who grants the ACM?", entities=[{"entity": "credential", "value": "ACM"}])
    events, messages = run(ActionAnswerQuestion(), t)
    assert "American Case Management Association" in messages[0]["text"]
    assert slot_events(events)["last_topic"] == "issuer:ACM"


def test_a_subject_without_a_clear_aspect_gets_its_overview_and_the_other_aspects_as_buttons():
    t = tracker(intent="ask_what_is", text="CRC?", entities=[{"entity": "credential", "value": "CRC"}])
    _, messages = run(ActionAnswerQuestion(), t)
    assert messages[0]["text"].startswith("Certified Rehabilitation Counselor: what it is")
    assert len(messages) == 1  # the other aspects ride on the overview itself
    payloads = [b["payload"] for b in messages[0]["buttons"]]
    assert '/ask_issuer{"credential": "CRC"}' in payloads and '/ask_exam{"credential": "CRC"}' in payloads


def test_a_follow_up_keeps_the_subject_of_the_last_answer():
    events, messages = run(
        ActionAnswerQuestion(), tracker(intent="ask_cost", text="and how much is it?", slots={"last_topic": "exam:CCM"})
    )
    assert "$430" in messages[0]["text"]
    assert slot_events(events)["last_topic"] == "cost:CCM"


def test_how_long_until_i_could_hold_it_is_answered_for_the_person():
    t = tracker(
        intent="ask_duration",
        text="how long until I could hold the CCM?",
        entities=[{"entity": "credential", "value": "CCM"}],
        slots={**NURSE, "case_management_months": 14.0, "case_management_full_time": True, "supervised_by_ccm": False},
    )
    events, messages = run(ActionAnswerQuestion(), t)
    # where they stand first, then the CCM's own rule; a follow-up stays on the CCM
    assert "you could be eligible in about 10 months" in messages[0]["text"]
    assert "CCM" in messages[1]["text"] and "12 months" in messages[1]["text"]
    assert slot_events(events)["last_topic"] == "duration:me/CCM"


def test_am_i_eligible_uses_the_engine_for_the_person():
    t = tracker(
        intent="ask_eligibility",
        text="am I eligible yet?",
        slots={**NURSE, "case_management_months": 14.0, "case_management_full_time": True, "supervised_by_ccm": False},
    )
    events, messages = run(ActionAnswerQuestion(), t)
    assert "CCM: you could be eligible in about 10 months" in messages[0]["text"]
    assert slot_events(events)["last_topic"] == "requirements:me"


def test_am_i_eligible_before_any_background_asks_for_it():
    _, messages = run(ActionAnswerQuestion(), tracker(intent="ask_eligibility", text="am I eligible?"))
    assert "your degree" in messages[0]["text"]


def test_difference_between_two_degrees_keeps_each_under_its_own_heading():
    entities = [{"entity": "degree", "value": "BSN"}, {"entity": "degree", "value": "ADN"}]
    events, messages = run(ActionAnswerQuestion(), tracker(intent="compare", text="BSN vs ADN", entities=entities))
    assert messages[0]["text"].startswith("Bachelor of Science in Nursing:")
    assert messages[1]["text"].startswith("Associate Degree in Nursing:")
    assert slot_events(events)["last_topic"] == "difference:BSN+ADN"


def test_two_credentials_are_compared_in_a_table_and_recorded():
    entities = [{"entity": "credential", "value": "CCM"}, {"entity": "credential", "value": "ACM"}]
    events, messages = run(ActionAnswerQuestion(), tracker(intent="compare", text="CCM vs ACM", entities=entities))
    assert "$430" in messages[0]["text"]
    assert slot_events(events)["last_topic"] == "difference:CCM+ACM"


def test_compare_two_degrees_shows_each_under_its_own_heading():
    from actions.advice import ActionCompare

    entities = [{"entity": "degree", "value": "BSW"}, {"entity": "degree", "value": "MSW"}]
    events, messages = run(ActionCompare(), tracker(intent="compare", text="bsw or msw?", entities=entities))
    assert messages[0]["text"].startswith("Bachelor of Social Work:")
    assert messages[1]["text"].startswith("Master of Social Work:")
    assert slot_events(events)["last_topic"] == "difference:BSW+MSW"


def test_tell_me_what_it_is_is_the_general_overview_not_the_persons_case():
    events, messages = run(ActionAnswerQuestion(), tracker(intent="ask_what_is", text="can you tell me what a CM is"))
    assert messages and "case manage" in messages[0]["text"].lower()
    assert slot_events(events)["last_topic"] == "what_is:case_management"


def test_a_compare_whose_words_ask_what_is_accepted_is_answered_as_that():
    t = tracker(
        intent="compare",
        text="does the CRC accept an LPC or only a rehab master's",
        entities=[{"entity": "credential", "value": "CRC"}, {"entity": "license", "value": "LPC"}],
    )
    events, messages = run(ActionAnswerQuestion(), t)
    assert "Certified Rehabilitation Counselor" in messages[0]["text"]
    assert slot_events(events)["last_topic"] == "requirements:CRC"


def test_a_setting_without_sources_says_so_and_who_decides():
    t = tracker(
        intent="ask_employers",
        text="are there case managers in school districts",
        entities=[{"entity": "setting", "value": "schools"}],
    )
    events, messages = run(ActionAnswerQuestion(), t)
    assert "I don't have" in messages[0]["text"] and "to decide" in messages[0]["text"]
    assert slot_events(events)["last_topic"] == "setting:schools"


def test_a_compare_action_whose_words_ask_another_aspect_answers_that_aspect():
    from actions.advice import ActionCompare

    t = tracker(
        intent="compare",
        text="does the CRC accept an LPC or only a rehab master's",
        entities=[{"entity": "credential", "value": "CRC"}, {"entity": "license", "value": "LPC"}],
    )
    events, messages = run(ActionCompare(), t)
    assert slot_events(events)["last_topic"] == "requirements:CRC"
    assert "Certified Rehabilitation Counselor" in messages[0]["text"]


def test_a_compare_that_weighs_two_options_stays_a_comparison():
    from actions.advice import ActionCompare

    t = tracker(
        intent="compare",
        text="CCM or ACM, which one requires less experience",
        entities=[{"entity": "credential", "value": "CCM"}, {"entity": "credential", "value": "ACM"}],
    )
    events, _ = run(ActionCompare(), t)
    assert slot_events(events)["last_topic"] == "difference:CCM+ACM"


def test_a_question_naming_nothing_is_answered_about_the_last_subject_and_says_so():
    t = tracker(intent="ask_duration", text="how long does it take?", slots={"last_topic": "what_is:CCM"})
    events, messages = run(ActionAnswerQuestion(), t)
    assert messages[0]["text"].startswith("About the Certified Case Manager")
    assert "which we were just talking about" in messages[0]["text"]
    assert slot_events(events)["last_topic"] == "duration:CCM"


def test_a_question_naming_nothing_after_the_plan_is_about_the_plans_next_credential():
    plan = [{"credential": "RN", "status": "held"}, {"credential": "CCM", "status": "needs_experience"}]
    t = tracker(intent="ask_cost", text="what does the exam cost?", slots={"credential_plan": plan})
    events, messages = run(ActionAnswerQuestion(), t)
    assert "the next credential in your plan" in messages[0]["text"] and "$430" in messages[0]["text"]
    assert slot_events(events)["last_topic"] == "cost:CCM"


def test_a_question_naming_nothing_without_any_context_asks_which_with_buttons():
    events, messages = run(ActionAnswerQuestion(), tracker(intent="ask_duration", text="how long does it take?"))
    assert messages[0]["text"].startswith("Which one do you mean?") and len(messages[0]["buttons"]) >= 2
    assert "last_topic" not in slot_events(events)


def test_the_difference_between_them_compares_the_last_two_named():
    from actions.advice import ActionCompare

    text = "LPC for years. my boss says get the CDMS, my coworker says the CCM. whats the difference between them"

    def entity(kind, code):
        start = text.index(code)
        return {"entity": kind, "value": code, "start": start, "end": start + len(code)}

    entities = [entity("license", "LPC"), entity("credential", "CDMS"), entity("credential", "CCM")]
    for action in (ActionCompare(), ActionAnswerQuestion()):
        events, messages = run(action, tracker(intent="compare", text=text, entities=entities))
        assert slot_events(events)["last_topic"] == "difference:CDMS+CCM"
        assert messages[0]["text"].startswith("CDMS vs CCM")


def test_a_comparison_handed_over_by_the_question_answer_is_not_handed_back():
    # action_compare gives a question whose words ask something else to action_answer_question, which gives a
    # comparison back: handed over, it compares, or the two would hand it on forever
    from actions.advice import ActionCompare

    entities = [{"entity": "credential", "value": "CCM", "start": 12, "end": 15}]
    entities.append({"entity": "credential", "value": "ACM", "start": 23, "end": 26})
    asked = tracker(intent="compare", text="how much is CCM or the ACM", entities=entities)
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionCompare().run(dispatcher, asked, DOMAIN, from_answer=True))
    assert slot_events(events)["last_topic"] == "difference:CCM+ACM"


def test_an_answer_that_asks_nothing_it_can_place_is_not_caught_rather_than_asked_which_credential():
    # the intake could not read it, and its question names nothing: the intake's own question comes next
    t = tracker(intent="inform", text="hmm so that part doesn't count then?")
    _, messages = run(ActionAnswerQuestion(), t)
    assert [m["text"] for m in messages] == ["Sorry, I didn't catch that."]
