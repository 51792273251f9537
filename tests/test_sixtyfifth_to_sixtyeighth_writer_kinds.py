"""The kinds the sixty-fifth to sixty-eighth writers' sets showed misread (issue #12), each in other words than those
sets': a credential that expired, named in full and by its letters; a credential sat but not yet passed; one named
and then said to be another person's, or listed after someone else's with "too"; one only hoped to be close to, or
worried about; "none" before a question back, answering a check of a story's licences; a question back with
"never" in it, which denies nothing asked; no licence "of any kind" said in a long denial; per diem work said
letter by letter ("p r n"); fillers inside a spoken date; another stretch after "before the ..."; a range, then its
dates; the job before the case-management one; "didn't do an MSW"; a supervisor's letters after "was"; "lol no"; and
questions of a kind of case manager's pay or days at a place, what case management is, asked in one breath, an exam's
length, whom one "actually" applies to, and whether a degree will do and a licence is needed too."""

from __future__ import annotations

from datetime import date

import pytest

from actions.intake import ActionExtractProfile
from tests.actions_harness import run, slot_events
from tests.actions_harness import tracker as action_tracker

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 2)


def _intake(text, slots, intent="inform", entities=()):
    """The slots action_extract_profile sets for one message, the intake asking slots["requested_slot"]."""
    tracker = action_tracker(slots, intent, text, entities, "intake_form", None, latest_action="action_listen")
    events, _ = run(ActionExtractProfile(), tracker)
    return slot_events(events)


# ---- licences and credentials ----
@pytest.mark.parametrize(
    "text, held",
    [
        (
            "RN in Ohio, current. I also had the Certified Case Manager (CCM) until 2022 but it expired while I was "
            "on leave.",
            ["RN"],
        ),
        ("sat for the c r c in november and im still waiting on my results", []),
        ("LPC since 2020. The LCSW on my team is my clinical supervisor, not me.", ["LPC"]),
        ("no certs, my manager has the CRC and i think the CDMS too, i have nothing", []),
        ("I'm an LSW and honestly I'm close to the LISW, maybe a year out", ["LSW"]),
        ("RN. I keep worrying about the CCM because my manager wants it", ["RN"]),
        ("i dont have any nursing or counseling or social work license, just my teaching one", []),
    ],
)
def test_credentials_not_held_now_are_not_held(extract, text, held):
    assert extract(text, requested="licenses")["licenses"] == held


@pytest.mark.parametrize(
    "text, held",
    [
        ("I have the CRC, passed it in 2021, and my manager has the CDMS", ["CRC"]),  # mine, then another's
        ("RN and the CCM too", ["RN", "CCM"]),
        ("My CCM is current, renewed last year", ["CCM"]),
    ],
)
def test_credentials_held_stay_held(extract, text, held):  # controls: each passed before
    assert extract(text, requested="licenses")["licenses"] == held


def test_per_diem_said_letter_by_letter_is_no_rn(nlp, actions_database):
    text = "i work p r n on the weekends at the hospital since march twenty twenty"
    entities = [
        {"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char} for e in nlp(text).ents
    ]
    found = _intake(text, {"licenses": ["LPN"], "requested_slot": "healthcare_months"}, entities=entities)
    assert "licenses" not in found
    assert found["healthcare_months"] == 81  # March 2020 to December 2026


def test_a_degree_not_done_is_not_held(extract):
    found = extract("I didn't do an MSW. I went the counseling route.", requested="clinical_supervision_months")
    assert found.get("education_level") != "master"
    assert found.get("degree_field") != "social_work"


# ---- lengths ----
@pytest.mark.parametrize(
    "text, requested, months",
    [
        # fillers inside a spoken date
        ("um ive been on the unit since uh june twenty twenty one", "healthcare_months", 66),
        # another stretch, with its own words, after "before the ..."
        (
            "at the clinic since january 2022 and before the clinic i worked at an assisted living that isn't part "
            "of any hospital",
            "healthcare_months",
            59,
        ),
        # a range, then the dates it means
        ("maybe two or three years, i started as a case manager in march of twenty twenty four", None, 33),
        # the job before the case-management one is another job
        (
            "I became a care coordinator in May 2023, and before that I was a peer mentor there since 2019",
            "case_management_months",
            43,
        ),
    ],
)
def test_lengths_said_with_dates(extract, text, requested, months):
    requested = requested or "case_management_months"
    assert extract(text, requested=requested, today=TODAY)[requested] == months


def test_a_case_manager_before_that_still_counts(extract):  # control
    text = "I've been a case manager at the county since 2023 and before that a case manager at a shelter for 2 years"
    assert extract(text, requested="case_management_months", today=TODAY)["case_management_months"] == 71


@pytest.mark.parametrize(
    "text",
    [
        "my old manager (2016-2020) was rn, ccm. my new one is an lcsw",
        "my director was an RN, CCM the whole time",
    ],
)
def test_a_supervisors_letters_after_was_say_yes(extract, text):
    assert extract(text, requested="supervised_by_ccm")["supervised_by_ccm"] is True


@pytest.mark.parametrize("text", ["lol no. my internship was at a law firm", "haha nope, only an office job"])
def test_a_no_after_a_laugh_is_a_no(extract, text):
    assert extract(text, requested="field_experience")["field_experience"] is False


# ---- answers around questions, in the intake ----
def test_none_before_a_question_answers_a_check_of_a_storys_licences(actions_database):
    slots = {"licenses": ["LCSW"], "told_in_passing": ["licenses"], "requested_slot": "licenses"}
    assert _intake("nope. is the lbsw even a thing in my state?", slots, intent="deny")["licenses"] == []


def test_a_question_back_with_never_in_it_denies_no_licence(actions_database):
    text = "Does leading a team count as case management for the CCM? I've never had a caseload myself."
    assert "licenses" not in _intake(text, {"requested_slot": "licenses"})


# ---- questions ----
@pytest.mark.parametrize(
    "intent, text, topic",
    [
        ("ask_salary", "what do social work case managers earn at a homeless shelter", ("salary", ("social_work",))),
        (
            "ask_salary",
            "roughly what does a mental health case manager make at a county clinic",
            ("salary", ("mental_health",)),
        ),
        (
            "ask_salary",
            "what does a nurse case manager make at a health insurance company",
            ("salary", ("insurance",)),
        ),  # control: the insurers' work is its own
        ("ask_duration", "the CDMS test, how long is it and how many sections", ("exam", ("CDMS",))),
        (
            "start_advising",
            "im finishing my psych degree and hospitals are not for me where else could i be a case manager",
            ("setting", ("me",)),
        ),
        (
            "inform",
            "my c r c exam is in april but i want to move it to the fall what's that gonna cost me",
            ("cost", ("me",)),
        ),
        ("ask_issuer", "who do i even apply to for my lmsw, the board or aswb?", ("issuer", ("LMSW",))),
        (
            "ask_education",
            "is a BSW enough for the ACM or does it have to be an MSW? do I also have to be licensed?",
            ("requirements", ("ACM",)),
        ),
        (
            "ask_what_is",
            "uh what is case management is it sort of like a type of social work or what",
            ("what_is", ("case_management",)),
        ),
    ],
)
def test_questions_in_these_words_are_answered_as_asked(topic_asked, intent, text, topic):
    assert topic_asked(intent, text) == topic
