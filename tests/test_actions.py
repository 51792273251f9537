"""The custom actions, run as the action server runs them: a Tracker in, events and messages out."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionCompare, ActionNextStep, ActionRecommend, ActionShowPlan, ActionWhatIf
from actions.answers import ActionAnswerQuestion
from actions.conversation import ActionHandoff, ActionStartOver, ActionSuggestIntents
from actions.intake import ASK_ACTIONS, ActionExtractProfile, ActionSkipQuestion, ValidateIntakeForm
from tests.actions_harness import DOMAIN, run, slot_events
from tests.actions_harness import tracker as action_tracker

NURSE = {
    "education_level": "bachelor",
    "degree_field": "nursing",
    "licenses": ["RN"],
    "case_management_months": 24.0,
    "healthcare_months": 60.0,
    "interests": ["hospitals"],
}


pytestmark = pytest.mark.usefixtures("actions_database")


def tracker(slots=None, intent="inform", text="", entities=(), active_loop=None, events=(), ranking=None):
    ranking = ranking or [{"name": intent, "confidence": 0.9}]
    return action_tracker(slots, intent, text, entities, active_loop, events, ranking, latest_action="action_listen")


def test_extract_profile_from_a_story(catalog):
    text = "im an rn with a bsn and three years on a med surg floor"
    entities = [
        {"entity": "license", "value": "RN", "start": 6, "end": 8},
        {"entity": "degree", "value": "BSN", "start": 16, "end": 19},
    ]
    events, messages = run(ActionExtractProfile(), tracker(text=text, entities=entities))
    found = slot_events(events)
    assert "told_in_passing" not in found  # said in a few words: read as said, not asked again
    assert found == {
        "education_level": "bachelor",
        "degree_field": "nursing",
        "licenses": ["RN"],
        "healthcare_months": 36,
    }
    assert messages == []


def test_extract_profile_ignores_questions():
    entities = [{"entity": "license", "value": "LPN", "start": 4, "end": 7}, {"entity": "credential", "value": "CCM"}]
    events, _ = run(
        ActionExtractProfile(), tracker(intent="ask_eligibility", text="can an lpn get the ccm", entities=entities)
    )
    assert events == []


def test_a_story_that_ends_by_asking_gives_its_facts_though_the_question_is_answered(catalog):
    text = "I have a BSW and I did two years at a food bank. How long would it take me to get certified?"
    entities = [{"entity": "degree", "value": "BSW", "start": 9, "end": 12}]
    events, _ = run(ActionExtractProfile(), tracker(intent="ask_duration", text=text, entities=entities))
    facts = slot_events(events)
    assert facts["education_level"] == "bachelor" and facts["degree_field"] == "social_work"


def test_extract_profile_answers_the_requested_slot():
    t = tracker(
        intent="inform",
        text="about two years",
        slots={"requested_slot": "case_management_months"},
        active_loop="intake_form",
    )
    events, _ = run(ActionExtractProfile(), t)
    assert slot_events(events) == {"case_management_months": 24}


def test_intake_asks_only_open_questions_after_the_filled_ones():
    form = ValidateIntakeForm()
    required = asyncio.run(form.required_slots([], CollectingDispatcher(), tracker(slots=NURSE), DOMAIN))
    assert required[:6] == [
        "education_level",
        "degree_field",
        "licenses",
        "case_management_months",
        "healthcare_months",
        "interests",
    ]
    assert set(required[6:]) <= {
        "supervised_by_ccm",
        "supervisor_months",
        "field_experience",
        "clinical_supervision_months",
        "case_management_setting",
        "case_management_full_time",
        "state",
    }
    empty = asyncio.run(form.required_slots([], CollectingDispatcher(), tracker(), DOMAIN))
    assert empty[0] == "education_level"


def test_intake_skips_what_was_skipped():
    form = ValidateIntakeForm()
    required = asyncio.run(
        form.required_slots([], CollectingDispatcher(), tracker(slots={"skipped_slots": ["education_level"]}), DOMAIN)
    )
    assert "education_level" not in required


def test_intake_acknowledges_new_facts_and_explains_after_two_misses():
    form = ValidateIntakeForm()
    events = [
        {"event": "user", "text": "i have a bsw"},
        {"event": "slot", "name": "education_level", "value": "bachelor"},
        {"event": "slot", "name": "degree_field", "value": "social_work"},
    ]
    t = tracker(
        slots={"education_level": "bachelor", "degree_field": "social_work", "requested_slot": "education_level"},
        events=events,
        active_loop="intake_form",
    )
    _, messages = run(form, t)
    assert messages[0]["text"] == "Got it: a bachelor's degree; degree in social work."
    miss = tracker(
        slots={"requested_slot": "licenses", "intake_misses": 1},
        text="banana",
        active_loop="intake_form",
        events=[{"event": "user", "text": "banana"}],
    )
    events, messages = run(form, miss)
    assert slot_events(events)["intake_misses"] == 2
    _, messages = run(ASK_ACTIONS["licenses"](), tracker(slots={"requested_slot": "licenses", "intake_misses": 2}))
    assert "licence from a state board" in messages[0]["text"]


def test_skip_question_remembers_the_skip():
    events, messages = run(ActionSkipQuestion(), tracker(intent="dont_know", slots={"requested_slot": "interests"}))
    assert slot_events(events)["skipped_slots"] == ["interests"]
    assert "skip" in messages[0]["text"]


def test_recommend_sets_the_contract_slots():
    known = {
        **NURSE,
        "case_management_full_time": True,
        "supervised_by_ccm": False,
        "case_management_setting": "health_system",
    }
    events, messages = run(ActionRecommend(), tracker(slots=known))
    slots = slot_events(events)
    assert slots["recommended_specialization"] == "healthcare"
    plan = {item["credential"]: item for item in slots["credential_plan"]}
    assert plan["CCM"]["status"] == "eligible_now" and plan["CCM"]["months_to_eligible"] == 0
    assert "RN" not in plan  # a licence held is a done step, not a goal
    assert slots["credential_plan"] and slot_events(events).get("recommended_specialization") == "healthcare"
    assert all({"credential", "status", "months_to_eligible", "sources"} <= set(item) for item in plan.values())
    assert "Healthcare case management" in messages[0]["text"] and "Sources:" in messages[0]["text"]
    assert [b["payload"] for b in messages[1]["buttons"]] == ["/next_step", "/show_plan"]


def test_plan_one_step_at_a_time_then_all_at_once():
    slots = {**NURSE, "recommended_specialization": "healthcare", "plan_step": 0}
    events, messages = run(ActionNextStep(), tracker(slots=slots, intent="next_step"))
    assert messages[0]["text"].startswith("Step 1 of")
    assert slot_events(events) == {"plan_step": 1}
    _, messages = run(ActionShowPlan(), tracker(slots=slots, intent="show_plan"))
    assert "Step 1 of" in messages[0]["text"] and "Keep your CCM current" in messages[0]["text"]


def test_plan_before_intake_offers_to_start():
    _, messages = run(ActionNextStep(), tracker(intent="next_step"))
    assert messages[0]["buttons"][0]["payload"] == "/start_advising"


@pytest.mark.parametrize(
    "intent, entities, words",
    [
        ("ask_cost", [{"entity": "credential", "value": "CCM"}], "$430"),
        ("ask_cost", [{"entity": "credential", "value": "ACM"}], "not confirmed"),
        ("ask_eligibility", [{"entity": "credential", "value": "CCM"}], "One of:"),
        ("ask_renewal", [{"entity": "credential", "value": "CRC"}], "100 hours"),
        ("ask_exam", [{"entity": "license", "value": "LCSW"}], "ASWB Clinical"),
        (
            "ask_what_is",
            [{"entity": "specialization", "value": "vocational_rehabilitation"}],
            "Individual Plan for Employment",
        ),
        ("ask_what_is", [], "central coordinator"),
        ("ask_difference_therapist", [], "counselor or therapist"),
        ("ask_salary", [], "$45,000 to $65,000"),
        ("ask_skills", [], "Crisis Management"),
        ("ask_outlook", [], "6 percent"),
        ("ask_employers", [], "Managed care or insurance companies"),
        ("ask_education", [{"entity": "degree", "value": "BSW"}], "CSWE"),
        ("ask_experience", [], "internships or practicums"),
        ("ask_licensure", [], "ASWB"),
    ],
)
def test_questions_are_answered_from_the_knowledge_base_with_sources(intent, entities, words):
    events, messages = run(ActionAnswerQuestion(), tracker(intent=intent, entities=entities))
    assert words in messages[0]["text"]
    assert "Sources:" in messages[0]["text"]


def test_a_follow_up_question_keeps_the_topic():
    _, messages = run(ActionAnswerQuestion(), tracker(intent="ask_cost", slots={"last_topic": "CCM"}))
    assert "$430" in messages[0]["text"]


def test_a_bare_cost_question_asks_which_credential():
    _, messages = run(ActionAnswerQuestion(), tracker(intent="ask_cost"))
    assert messages[0]["buttons"][0]["payload"] == '/ask_cost{"credential": "CCM"}'


def test_an_unknown_answer_is_admitted_not_invented():
    _, messages = run(
        ActionAnswerQuestion(), tracker(intent="ask_cost", entities=[{"entity": "license", "value": "LSW"}])
    )
    assert "won't guess" in messages[0]["text"]


def test_eligibility_question_adds_the_persons_own_status():
    t = tracker(
        intent="ask_eligibility",
        entities=[{"entity": "credential", "value": "CCM"}],
        slots={**NURSE, "case_management_months": 14.0, "case_management_full_time": True, "supervised_by_ccm": False},
    )
    _, messages = run(ActionAnswerQuestion(), t)
    assert "you could be eligible in about 10 months" in messages[1]["text"]


def test_what_if_replans_without_changing_the_profile():
    slots = {
        "education_level": "bachelor",
        "degree_field": "social_work",
        "licenses": [],
        "case_management_months": 0.0,
        "state": "TX",  # Texas licenses at the master's level (LMSW); without a state the board's level is unknown
    }
    t = tracker(
        intent="what_if",
        text="what if i got an msw",
        slots=slots,
        entities=[{"entity": "degree", "value": "MSW", "start": 18, "end": 21}],
    )
    events, messages = run(ActionWhatIf(), t)
    assert events == []
    assert "LMSW: you are eligible now (now: you need a degree first)" in messages[0]["text"]


def test_compare_two_specializations_and_two_credentials():
    entities = [
        {"entity": "specialization", "value": "healthcare"},
        {"entity": "specialization", "value": "mental_health"},
    ]
    _, messages = run(ActionCompare(), tracker(intent="compare", entities=entities))
    assert "Healthcare case management vs Mental health case management" in messages[0]["text"]
    entities = [{"entity": "credential", "value": "CCM"}, {"entity": "credential", "value": "ACM"}]
    _, messages = run(ActionCompare(), tracker(intent="compare", entities=entities))
    assert "$430" in messages[0]["text"] and "not confirmed" in messages[0]["text"]


def test_start_over_forgets_everything():
    events, _ = run(ActionStartOver(), tracker(slots=NURSE))
    assert {"event": "reset_slots", "timestamp": None} in events
    assert {"event": "active_loop", "name": None, "timestamp": None} in events


def test_handoff_uses_the_configured_contact(monkeypatch):
    monkeypatch.setenv("ADVISOR_CONTACT", "advising@college.edu")
    _, messages = run(ActionHandoff(), tracker(intent="human_handoff"))
    assert "advising@college.edu" in messages[0]["text"]


def test_did_you_mean_offers_the_top_guesses():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.5},
        {"name": "ask_cost", "confidence": 0.3},
        {"name": "ask_renewal", "confidence": 0.2},
        {"name": "inform", "confidence": 0.1},
    ]
    _, messages = run(ActionSuggestIntents(), tracker(intent="nlu_fallback", ranking=ranking))
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/ask_cost", "/ask_renewal", "/out_of_scope"]


def test_eligibility_question_about_someone_described_in_it():
    entities = [
        {"entity": "license", "value": "LPN", "start": 7, "end": 10},
        {"entity": "credential", "value": "CCM", "start": 19, "end": 22},
    ]
    _, messages = run(
        ActionAnswerQuestion(), tracker(intent="ask_eligibility", text="can an lpn get the ccm", entities=entities)
    )
    assert messages[0]["text"].startswith("Certified Case Manager:")
    # an LPN licence does not count; with the education unknown the engine does not guess
    assert "Someone with an LPN may qualify, depending on facts not given." in messages[1]["text"]
    assert "does not let the holder assess clients independently" in messages[1]["text"]


@pytest.mark.parametrize(
    "text, entities, present, absent",
    [
        (
            "how do i get licensed in ohio",
            [{"entity": "state", "value": "OH"}],
            ["LISW", "Ohio Counselor, Social Worker", "https://cswmft.ohio.gov/"],
            [],
        ),
        (
            "does california have a bachelor's social work licence",
            [
                {"entity": "state", "value": "CA"},
                {"entity": "education_level", "value": "bachelor"},
                {"entity": "license", "value": "LSW"},
            ],
            ["Bachelor's level: no licence", "Sources:"],
            ["Clinical level"],
        ),
        (
            "i'm an lsw in pennsylvania, what comes next",
            [{"entity": "state", "value": "PA"}, {"entity": "license", "value": "LSW"}],
            ["Master's level: LSW"],
            ["Bachelor's level"],
        ),
        ("what do i need in oregon", [{"entity": "state", "value": "OR"}], ["won't guess", "ASWB"], []),
        (
            "what does the lcsw take in ohio",
            [{"entity": "state", "value": "OH"}, {"entity": "license", "value": "LCSW"}],
            ["Clinical level: LISW"],
            ["Bachelor's level"],
        ),
        # A nursing licence is not decided by the social work board: the usual answer, not the state's.
        (
            "how do i get my rn in texas",
            [{"entity": "state", "value": "TX"}, {"entity": "license", "value": "RN"}],
            ["Registered Nurse"],
            ["social work"],
        ),
    ],
)
def test_a_licensure_question_naming_a_state_gets_that_states_rules(text, entities, present, absent):
    _, messages = run(ActionAnswerQuestion(), tracker(intent="ask_licensure", text=text, entities=entities))
    for words in present:
        assert words in messages[0]["text"]
    for words in absent:
        assert words not in messages[0]["text"]


def test_a_story_naming_a_state_and_asking_of_the_askers_own_case_is_not_answered_with_the_states_licences():
    text = "Hospice aide in Ohio, 6 years, and I hold no license. Could I ever qualify for a case management cert?"
    entities = [{"entity": "state", "value": "OH", "start": 15, "end": 19}]
    events, messages = run(ActionAnswerQuestion(), tracker(intent="ask_eligibility", text=text, entities=entities))
    assert not any("Social work licensure in Ohio" in (m.get("text") or "") for m in messages)
    assert {"event": "slot", "name": "last_topic", "value": "requirements:me"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


def test_a_question_that_tells_the_askers_own_case_is_answered_for_them_and_negations_hold_nothing():
    text = "I'm an LPN with an associate's, can I get the CCM?"
    entities = [
        {"entity": "license", "value": "LPN", "start": 7, "end": 10},
        {"entity": "credential", "value": "CCM", "start": 44, "end": 47},
    ]
    events, messages = run(ActionAnswerQuestion(), tracker(intent="ask_eligibility", text=text, entities=entities))
    # their own eligibility is asked: where they stand comes first, then the CCM's published rule
    assert messages[0]["text"].startswith("From what you've told me, you")
    assert messages[1]["text"].startswith("Certified Case Manager:")
    assert {"event": "slot", "name": "last_topic", "value": "requirements:me/CCM"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]
    text = "is the CCM realistic for someone who isn't a nurse or an LCSW?"
    start = text.index("LCSW")
    entities = [
        {"entity": "credential", "value": "CCM", "start": 7, "end": 10},
        {"entity": "license", "value": "LCSW", "start": start, "end": start + 4},
    ]
    _, messages = run(ActionAnswerQuestion(), tracker(intent="ask_eligibility", text=text, entities=entities))
    # nothing is held, and nothing of the asker is known: no one's status is said
    assert not any("Someone with" in m.get("text", "") or "you could" in m.get("text", "") for m in messages)
    assert messages[0]["text"].startswith("Certified Case Manager:") and len(messages) == 1


def test_one_thing_compared_to_now_is_answered_as_asked_not_with_which_two():
    text = "Twelve years as an ICU nurse. If I moved to case management what would my days look like compared to now?"
    events, messages = run(ActionCompare(), tracker(intent="compare", text=text))
    assert not any("Which two" in (m.get("text") or "") for m in messages)
    assert {"event": "slot", "name": "last_topic", "value": "day_to_day:me"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


def test_which_body_to_apply_to_asked_of_ones_own_case_names_the_certification_that_fits():
    text = (
        "I have a BSW and five years as a county caseworker. Which organization would I apply to for a certification?"
    )
    slots = {
        "education_level": "bachelor",
        "degree_field": "social_work",
        "case_management_months": 60,
        "licenses": [],
    }
    entities = [{"entity": "degree", "value": "BSW", "start": 9, "end": 12}]
    events, messages = run(
        ActionAnswerQuestion(), tracker(slots=slots, intent="ask_issuer", text=text, entities=entities)
    )
    said = "\n".join(m.get("text") or "" for m in messages)
    assert "fits you first" in said and "Commission for Case Manager Certification" in said
    assert slot_events(events)["last_topic"] == "issuer:me"


def test_which_body_to_apply_to_asked_before_anything_is_told_asks_which_one_not_says_it_does_not_know():
    # it said "I don't have who grants it for case management": which credential fits is not known yet
    text = "which organization do I apply to for my certification?"
    events, messages = run(ActionAnswerQuestion(), tracker(slots={}, intent="ask_issuer", text=text))
    said = "\n".join(m.get("text") or "" for m in messages)
    assert "depends on your background" in said and "Which one do you mean?" in said
    assert "I don't have" not in said
    assert any(m.get("buttons") for m in messages)


def test_a_choice_asked_of_one_named_thing_is_answered_not_sent_back_for_two():
    # "which masters ..., is an MSN the one?" was taken for a comparison and got "Which two would you like to compare?"
    text = "which masters should a nurse get for case management, is an MSN the one?"
    entities = [{"entity": "degree", "value": "MSN", "start": 60, "end": 63}]
    events, messages = run(ActionCompare(), tracker(intent="compare", text=text, entities=entities))
    said = "\n".join(m.get("text") or "" for m in messages)
    assert "Which two would you like to compare?" not in said
    assert slot_events(events)["last_topic"].startswith("degree:")


def test_ones_own_case_asked_mid_intake_before_the_background_does_not_say_start():
    # 'Say "start" and I'll ask' was said to someone the intake was already asking
    text = "Does caring for my mother for five years count as experience for anything?"
    intake = action_tracker(
        {"requested_slot": "education_level"}, "ask_eligibility", text, (), "intake_form", latest_action="action_listen"
    )
    _, messages = run(ActionAnswerQuestion(), intake)
    said = "\n".join(m.get("text") or "" for m in messages)
    assert 'Say "start"' not in said
