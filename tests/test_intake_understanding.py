"""The intake as people answer it: replies read as answers whatever the classifier says, and a loop guard that
never asks one question a third time in a row. Action-level: a Tracker in, events and messages out.

The expected values are what the person said (issue #12's examples and the answers people give in forums),
not what the code happens to return."""

from __future__ import annotations

import pytest

from actions.advice import ActionShowPlan
from actions.intake import ASK_ACTIONS, ActionExtractProfile, ActionIntakeIntro, ValidateIntakeForm
from actions.profile_slots import ASKED_SLOTS, PROFILE_SLOTS
from language import wording
from tests.actions_harness import DOMAIN, run
from tests.actions_harness import slot_events as slots_of
from tests.actions_harness import tracker as action_tracker

pytestmark = pytest.mark.usefixtures("actions_database")


def tracker(slots=None, intent="inform", text="", entities=(), loop="intake_form", events=None):
    return action_tracker(slots, intent, text, entities, loop, events)


@pytest.mark.parametrize(
    "requested, text, intent, expected",
    [
        ("case_management_months", "none, I've only done therapy", "ask_experience", 0),
        ("case_management_months", "no case management experience", "ask_what_is", 0),
        ("case_management_months", "never", "nlu_fallback", 0),
        ("case_management_months", "not yet", "ask_experience", 0),
        ("case_management_months", "only therapy", "ask_difference_therapist", 0),
        ("case_management_months", "about two years", "ask_experience", 24),
        ("healthcare_months", "18 months", "ask_experience", 18),
        ("healthcare_months", "Never", "inform", 0),
        ("degree_field", "social work", "ask_what_is", "social_work"),
        ("degree_field", "Social Work", "inform", "social_work"),
        ("degree_field", "NURSING", "ask_education", "nursing"),
        ("licenses", "None", "inform", []),
        ("licenses", "none", "ask_licensure", []),
        ("state", "ny", "inform", "NY"),
        ("state", "I'm in Ohio", "inform", "OH"),
        ("state", "here in texas", "chitchat", "TX"),
        ("case_management_setting", "at the hospital", "inform", "health_system"),
        ("case_management_setting", "an insurance company", "ask_employers", "payer"),
        ("case_management_setting", "Community agency", "inform", "community_agency"),
        ("case_management_full_time", "part time", "inform", False),
        ("case_management_full_time", "Full time", "inform", True),
        ("case_management_full_time", "yes", "affirm", True),
        ("supervised_by_ccm", "yes she was", "ask_eligibility", True),
        ("supervised_by_ccm", "no idea what that even means so probably no", "inform", False),
        ("field_experience", "yep", "inform", True),
        ("supervisor_months", "never supervised anyone", "ask_experience", 0),
        ("clinical_supervision_months", "not yet", "ask_licensure", 0),
        ("education_level", "Bachelor's", "inform", "bachelor"),
    ],
)
def test_a_reply_that_can_fill_the_asked_slot_is_its_answer(requested, text, intent, expected):
    events, _ = run(ActionExtractProfile(), tracker({"requested_slot": requested}, intent=intent, text=text))
    assert slots_of(events).get(requested) == expected


@pytest.mark.parametrize(
    "requested, text, intent",
    [
        ("case_management_months", "What does a case manager do all day?", "ask_what_is"),
        ("licenses", "do i need the bsn to be a case manager or will they take my adn", "ask_education"),
        ("degree_field", "Can an LPN get the CCM?", "ask_eligibility"),
        ("state", "how much does the CCM exam cost?", "ask_cost"),
        ("licenses", "cost?", "ask_cost"),
        ("degree_field", "wait so does my internship count toward it", "ask_experience"),
    ],
)
def test_a_real_question_during_the_intake_is_left_to_be_answered(requested, text, intent):
    t = tracker({"requested_slot": requested}, intent=intent, text=text)
    events, _ = run(ActionExtractProfile(), t)
    assert slots_of(events) == {}
    # no miss is counted, so the form steps aside and the question's own rule answers it
    events, messages = run(ValidateIntakeForm(), t)
    assert "intake_misses" not in slots_of(events) and messages == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "I've done case management at an insurance company for 3 years",
            {"case_management_months": 36, "case_management_setting": "payer"},
        ),
        ("I'm in Ohio", {"state": "OH"}),
        ("I worked part time as a case manager", {"case_management_full_time": False}),
    ],
)
def test_new_facts_volunteered_in_a_story(text, expected):
    events, _ = run(ActionExtractProfile(), tracker(text=text, loop=None))
    assert {k: v for k, v in slots_of(events).items() if k in expected} == expected


def test_a_two_letter_word_is_a_state_only_as_the_answer_to_the_state_question():
    events, _ = run(ActionExtractProfile(), tracker({"requested_slot": "licenses"}, text="ny"))
    assert "state" not in slots_of(events)
    events, _ = run(ActionExtractProfile(), tracker(text="me and my kids moved in or near the city", loop=None))
    assert "state" not in slots_of(events)


def test_a_long_story_is_read_sentence_by_sentence():
    text = (
        "I was a nurse on a med surg floor for 6 years. Then I moved to a health plan. "
        "I've been a case manager there for 2 years, part time. Can I sit for the CCM?"
    )
    events, _ = run(ActionExtractProfile(), tracker(text=text, intent="ask_eligibility", loop=None))
    found = slots_of(events)
    assert found["healthcare_months"] == 72
    assert found["case_management_months"] == 24
    assert found["case_management_full_time"] is False


def ask(slot, misses):
    return run(ASK_ACTIONS[slot](), tracker({"requested_slot": slot, "intake_misses": misses}))[1]


def miss(slot, misses, text="purple monkey dishwasher", intent="inform"):
    t = tracker({"requested_slot": slot, "intake_misses": misses}, intent=intent, text=text)
    return run(ValidateIntakeForm(), t)


@pytest.mark.parametrize("slot", ASKED_SLOTS)
def test_the_loop_guard_never_asks_a_question_a_third_time_in_a_row(slot):
    assert DOMAIN["responses"][f"utter_ask_{slot}"], "every question the intake can ask is written in the domain"
    assert f"action_ask_{slot}" in DOMAIN["actions"]
    # first ask: the question as written
    first = ask(slot, 0)
    assert len(first) == 1 and first[0]["response"] == f"utter_ask_{slot}"
    # first miss: say so; the question is asked again, as written
    events, messages = miss(slot, 0)
    assert slots_of(events)["intake_misses"] == 1 and messages[0]["text"] == wording.NOT_CAUGHT
    assert ask(slot, 1)[0]["response"] == f"utter_ask_{slot}"
    # second miss: not the same question again, but help, the choices as buttons, and skip
    events, messages = miss(slot, 1, intent="ask_experience")
    assert slots_of(events)["intake_misses"] == 2 and messages == []
    helped = ask(slot, 2)[0]
    assert "response" not in helped or helped["response"] is None
    assert wording.QUESTION_HELP[slot] in helped["text"]
    assert helped["buttons"][-1] == wording.SKIP_BUTTON
    asked_buttons = DOMAIN["responses"][f"utter_ask_{slot}"][0].get("buttons") or []
    assert len(helped["buttons"]) == len(asked_buttons) + 1
    # third miss: skipped, said kindly, and the intake moves on to another question (or ends)
    events, messages = miss(slot, 2, intent="nlu_fallback")
    found = slots_of(events)
    assert slot in found["skipped_slots"] and found["intake_misses"] == 0
    assert found.get("requested_slot") != slot
    assert messages[0]["text"] == wording.SKIPPED_AFTER_MISSES


def test_an_answer_resets_the_count_of_misses():
    t = tracker(
        {"requested_slot": "licenses", "intake_misses": 2, "licenses": []},
        text="none",
        events=[{"event": "user", "text": "none"}, {"event": "slot", "name": "licenses", "value": []}],
    )
    events, messages = run(ValidateIntakeForm(), t)
    assert slots_of(events)["intake_misses"] == 0
    assert messages[0]["text"] == "Got it: licences: none."


def test_the_plan_is_there_at_any_time_during_the_intake():
    t = tracker(
        {"requested_slot": "healthcare_months", "education_level": "bachelor", "degree_field": "nursing"},
        intent="show_plan",
        text="just tell me what to do",
    )
    _, messages = run(ActionShowPlan(), t)
    said = "\n".join(m.get("text") or "" for m in messages)
    assert "haven't made your plan" not in said
    assert "best plan I can make from what you've told me" in said
    assert "It could change with" in said and "_" not in said.split("It could change with")[1]


def test_a_miss_is_counted_once_not_again_when_the_form_comes_back_after_an_answer():
    heard = [{"event": "user", "text": "purple"}, {"event": "action", "name": "action_extract_slots"}]
    events, _ = run(ValidateIntakeForm(), tracker({"requested_slot": "licenses"}, text="purple", events=heard))
    assert slots_of(events)["intake_misses"] == 1
    counted = [{"event": "slot", "name": "intake_misses", "value": 1}]
    back = [{"event": "action", "name": "action_answer_question"}, {"event": "action", "name": "intake_form"}]
    events, _ = run(
        ValidateIntakeForm(), tracker({"requested_slot": "licenses"}, text="purple", events=heard + counted + back)
    )
    assert "intake_misses" not in slots_of(events)


def test_a_question_asked_instead_of_the_answer_again_and_again_ends_in_a_skip():
    # a twentieth writer's person: a question that keeps being answered while ours keeps waiting came back 26 times
    asked = "Does an LCSW count as a certified case manager?"
    answered = [
        {"event": "user", "text": asked},
        {"event": "action", "name": "action_answer_question"},
        {"event": "action", "name": "intake_form"},
    ]
    said = []
    for misses in (0, 1, 2):
        slots = {"requested_slot": "supervised_by_ccm", "intake_misses": misses}
        events, messages = run(ValidateIntakeForm(), tracker(slots, text=asked, events=answered))
        said.append(" ".join(m.get("text") or "" for m in messages))
        if misses < 2:
            assert slots_of(events)["intake_misses"] == misses + 1
    assert wording.NOT_CAUGHT not in said[0]  # the question was answered, not missed
    assert "supervised_by_ccm" in slots_of(events)["skipped_slots"]
    assert wording.SKIPPED_AFTER_MISSES in said[2]


@pytest.mark.parametrize(
    "text, requested, absent",
    [
        ("recruiters keep telling me i need three years of acute care first", None, "healthcare_months"),
        ("i'm starting my MSW in the fall", None, "education_level"),
        ("not sure, my supervisor is an LCSW", "supervised_by_ccm", "licenses"),
        ("hospitals all say 'LCSW required' for that job", None, "licenses"),
        ("i'd like to do benefits counseling for seniors", "interests", "degree_field"),
    ],
)
def test_what_someone_needs_wants_or_another_person_holds_is_not_theirs(text, requested, absent):
    slots = {"requested_slot": requested} if requested else {}
    events, _ = run(ActionExtractProfile(), tracker(slots, text=text, loop="intake_form" if requested else None))
    assert absent not in slots_of(events)


def test_a_student_placement_is_no_employment():
    t = tracker({"requested_slot": "healthcare_months"}, text="only my practicum, two days a week for a year")
    assert slots_of(run(ActionExtractProfile(), t)[0])["healthcare_months"] == 0


def test_a_fact_said_again_is_no_answer_so_the_loop_guard_still_counts():
    t = tracker({"requested_slot": "education_level", "licenses": ["LPN"]}, text="she's an LPN, that's all")
    t.latest_message["entities"] = [{"entity": "license", "value": "LPN", "start": 9, "end": 12}]
    assert slots_of(run(ActionExtractProfile(), t)[0]) == {}
    t = tracker({"requested_slot": "education_level"}, text="she did the LPN program, no college degree")
    assert slots_of(run(ActionExtractProfile(), t)[0])["education_level"] == "high_school"


@pytest.mark.parametrize(
    "text",
    [
        "New grad here and I want to get into hospital case management someday.",
        "hoping to land case management at an insurance company",
    ],
)
def test_a_workplace_wished_for_is_not_where_case_management_was_done(text):
    events, _ = run(ActionExtractProfile(), tracker(text=text, loop=None))
    assert "case_management_setting" not in slots_of(events)


@pytest.mark.parametrize(
    "requested, text, intent",
    [
        ("licenses", "is it 3000 or 3200 supervised hours out here", "inform"),
        ("education_level", "lcsw or ccm which first", "inform"),
    ],
)
def test_a_question_taken_for_an_answer_is_no_missed_answer(requested, text, intent):
    t = tracker({"requested_slot": requested}, intent=intent, text=text)
    assert slots_of(run(ActionExtractProfile(), t)[0]) == {}
    events, messages = run(ValidateIntakeForm(), t)
    assert "intake_misses" not in slots_of(events) and messages == []


def interests_heard(text, entities=()):
    t = tracker({"requested_slot": "interests"}, text=text, entities=entities)
    return slots_of(run(ActionExtractProfile(), t)[0]).get("interests")


def test_a_nursing_home_is_long_term_care_not_home_health_and_nursing():
    entities = [{"entity": "setting", "value": "long_term_care", "start": 10, "end": 22}]
    # (the older folks are an interest of their own: older adults)
    assert interests_heard("working in nursing homes with older folks", entities) == ["long_term_care", "older_adults"]
    assert interests_heard("assisted living or a skilled nursing facility") == ["long_term_care"]
    # nursing as the work itself is still nursing
    assert "nursing" in interests_heard("I love nursing and patients")


def test_interests_said_in_other_words_than_the_specializations_name():
    said = interests_heard("helping patients who are being discharged from the hospital")
    assert set(said) >= {"patients", "discharge_planning", "hospitals"}


@pytest.mark.parametrize("text", ["social work", "Social Work", "social work stuff"])
def test_a_field_given_as_the_workplace_is_not_read_as_one(text):
    t = tracker({"requested_slot": "case_management_setting"}, text=text, entities=[])
    assert "case_management_setting" not in slots_of(run(ActionExtractProfile(), t)[0])


@pytest.mark.parametrize(
    "text, code",
    [("I failed the clinical exam twice", "LCSW"), ("studying for the masters level social work exam", "LMSW")],
)
def test_a_licence_named_by_its_exam_is_not_a_licence_held(text, code):
    start = text.index("the ") + 4
    entities = [{"entity": "license", "value": code, "start": start, "end": len(text)}]
    t = tracker({"requested_slot": "licenses"}, text=text, entities=entities)
    assert code not in (slots_of(run(ActionExtractProfile(), t)[0]).get("licenses") or [])


def test_someone_lost_hears_a_warm_line_before_the_intake_starts():
    _, messages = run(
        ActionIntakeIntro(), tracker(intent="start_advising", text="no idea where to start tbh", loop=None)
    )
    assert [m["response"] for m in messages] == ["utter_lost_welcome", "utter_intake_intro"]
    _, messages = run(ActionIntakeIntro(), tracker(intent="start_advising", text="help me find my path", loop=None))
    assert [m["response"] for m in messages] == ["utter_intake_intro"]


def test_a_question_told_as_a_story_during_the_intake_is_no_missed_answer():
    text = "my cousin is a case manager and I never got what she does all day"
    t = tracker({"requested_slot": "case_management_months"}, intent="ask_day_to_day", text=text)
    events, messages = run(ValidateIntakeForm(), t)
    assert "intake_misses" not in slots_of(events) and messages == []


@pytest.mark.parametrize("slot", PROFILE_SLOTS)
def test_a_fact_for_another_question_leaves_the_one_asked_open_and_counts_as_a_miss(slot):
    # "4 years of L&D, plus the 24 months", asked for health-care months, read as case-management months: "Got it"
    # for what was read, and the question asked comes again only once more as written, then with help, then skipped
    other, value = ("state", "OH") if slot != "state" else ("licenses", ["RN"])

    def answer_elsewhere(misses):
        said = [{"event": "user", "text": "something else"}, {"event": "slot", "name": other, "value": value}]
        t = tracker({"requested_slot": slot, "intake_misses": misses, other: value}, text="something else", events=said)
        return run(ValidateIntakeForm(), t)

    events, messages = answer_elsewhere(0)
    assert slots_of(events)["intake_misses"] == 1 and messages[0]["text"].startswith("Got it: ")
    assert len(messages) == 1  # no "Sorry, I didn't catch that" after "Got it"
    events, _ = answer_elsewhere(1)
    assert slots_of(events)["intake_misses"] == 2  # the next ask is the helped one, with buttons and skip
    events, messages = answer_elsewhere(2)
    assert slot in slots_of(events)["skipped_slots"] and messages[-1]["text"] == wording.SKIPPED_AFTER_MISSES


@pytest.mark.parametrize(
    "text, requested, expected",
    [
        # the nineteenth and twentieth writers' people, whose question before the answer was answered without end
        ("Does an LCSW count as a certified case manager? If not, then no, she's an LCSW without the CCM.",
         "supervised_by_ccm", False),
        ("what is a c c m is that a certification oh okay then no my boss is the county director and she isnt one",
         "supervised_by_ccm", False),
        ("what do you mean by supervised? if you mean my boss then yes she has her ccm", "supervised_by_ccm", True),
        ("what do you mean like case management? nope never done that", "case_management_months", 0),
        ("what counts as case management? if it's helping people get services then about two years",
         "case_management_months", 24),
        # a time told after the question, when a time was asked for (the thirty-second writer's program manager)
        ("is the ccm worth it? i have two years", "case_management_months", 24),
        ("Would my years running the team count? On my own caseload it was three years before the promotion.",
         "case_management_months", 36),
    ],
)  # fmt: skip
def test_an_answer_after_a_question_in_the_same_message_answers_the_question_asked(text, requested, expected):
    t = tracker({"requested_slot": requested}, intent="ask_what_is", text=text)
    assert slots_of(run(ActionExtractProfile(), t)[0]) == {requested: expected}


@pytest.mark.parametrize(
    "text",
    ["is the ccm worth it if i have two years?", "how much is the ccm? ok", "who runs the acm, is it acma?"],
)
def test_a_question_alone_answers_nothing(text):
    t = tracker({"requested_slot": "case_management_months"}, intent="ask_cost", text=text)
    assert slots_of(run(ActionExtractProfile(), t)[0]) == {}


def test_full_time_is_asked_of_the_supervising_when_there_is_no_caseload_of_ones_own():
    # CCMC's supervisor route: an LPC who leads an ACT team's case managers and never carried a caseload
    slots = {"requested_slot": "case_management_full_time", "case_management_months": 0, "supervisor_months": 14}
    asked = run(ASK_ACTIONS["case_management_full_time"](), tracker(slots))[1]
    assert asked[0]["response"] == "utter_ask_case_management_full_time_supervising"
    said = DOMAIN["responses"][asked[0]["response"]][0]["text"]
    assert "supervising" in said and "case-management work" not in said
    slots = dict(slots, case_management_months=20)
    assert run(ASK_ACTIONS["case_management_full_time"](), tracker(slots))[1][0]["response"] == (
        "utter_ask_case_management_full_time"
    )


def test_a_length_corrected_after_the_intake_moved_on_corrects_the_last_length_answered():
    earlier = [
        {"event": "slot", "name": "healthcare_months", "value": 120},
        {"event": "slot", "name": "case_management_months", "value": 60},
    ]
    slots = {"requested_slot": "supervised_by_ccm", "healthcare_months": 120, "case_management_months": 60}
    t = tracker(slots, text="wait, actually it was 3 years not 5", events=earlier)
    assert slots_of(run(ActionExtractProfile(), t)[0]) == {"case_management_months": 36}
    # a plain answer to the question asked corrects nothing
    t = tracker(slots, intent="deny", text="no, not a CCM", events=earlier)
    assert "case_management_months" not in slots_of(run(ActionExtractProfile(), t)[0])
