"""How whole kinds of answers are read: licences that lapsed, credentials other people hold or ask for, lengths of
time given in parts, hours a week, and degrees that are not the person's. Phrasings are our own, written to the
rule (a lapsed or inactive licence is not current; CCMC and ACMA state experience in full-time months)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, requested, profile",
    [
        ("my nursing license went inactive years ago, RN", "licenses", {}),
        ("RN, but it's inactive now", "licenses", {}),
        ("i had my RN but let it lapse when we moved", None, {}),
        ("my RN expired in 2019", "licenses", {}),
        ("the CCM lapsed last spring", "licenses", {"licenses": ["RN"]}),
        ("CCM, expired in june", "licenses", {}),
    ],
)
def test_a_lapsed_expired_or_inactive_licence_is_not_held(extract, text, requested, profile):
    held = extract(text, profile, requested).get("licenses", profile.get("licenses", []))
    assert "RN" not in held or "RN" in profile.get("licenses", [])
    assert "CCM" not in held


def test_a_lapsed_credential_said_beside_a_current_licence_keeps_only_the_current_one(extract):
    assert extract("RN. my CCM expired in the spring", {}, "licenses")["licenses"] == ["RN"]


@pytest.mark.parametrize(
    "text, requested, code",
    [
        ("i've mostly seen RN/SW in the job postings", None, "RN"),
        ("around 900 hours so far with my LCSW-S", "clinical_supervision_months", "LCSW"),
        ("l c s w a", "licenses", "LCSW"),
        ("LCSW-A", "licenses", "LCSW"),
    ],
)
def test_a_credential_seen_in_postings_a_supervisors_or_an_associate_step_is_not_held(extract, text, requested, code):
    assert code not in extract(text, {}, requested).get("licenses", [])


@pytest.mark.parametrize(
    "text, requested, months",
    [
        ("two years with a county program and three years before that at a carrier", "case_management_months", 60),
        ("4 yrs at the health plan + 6 yrs on a tele floor before that", "healthcare_months", 120),
        ("18 months at the clinic, plus 2 years in the hospital before that", "healthcare_months", 42),
        ("three years at the group home", "case_management_months", 36),
        ("two years at the nursing home", "case_management_months", 24),
        # a total first, then how it splits: the total
        ("5 years, 2 on the floor and 3 in the clinic", "healthcare_months", 60),
    ],
)
def test_a_length_of_time_given_in_parts_is_their_sum(extract, text, requested, months):
    assert extract(text, {}, requested)[requested] == months


def test_a_part_named_as_another_kind_of_work_is_not_added(extract):
    slots = extract("8 months as a case manager, then a year as the program supervisor", {}, "case_management_months")
    assert slots["case_management_months"] == 8


@pytest.mark.parametrize(
    "text, full",
    [
        ("40 hrs", True),
        ("about 38 hours a week", True),
        ("no, 0.5 FTE", False),
        ("24 hrs a week", False),
        ("1.0 FTE", True),
        ("three 8s a week", False),
    ],
)
def test_hours_a_week_say_whether_the_work_is_full_time(extract, text, full):
    assert extract(text, {}, "case_management_full_time")["case_management_full_time"] is full


def test_full_time_hoped_for_later_is_not_how_the_work_is_now(extract):
    slots = extract("want to be back to full time in a year or two", {}, "interests")
    assert "case_management_full_time" not in slots
    assert "case_management_months" not in slots


@pytest.mark.parametrize(
    "text",
    [
        "my supervisor who runs the unit has a masters",
        "i dont have a degree, just my MA certificate",
    ],
)
def test_a_degree_someone_else_holds_or_a_medical_assistant_certificate_is_no_degree(extract, text):
    assert extract(text, {}, None).get("education_level") in (None, "high_school")


@pytest.mark.parametrize("text", ["no degree, only the certificate", "none yet, i was taking gen eds"])
def test_no_subject_for_the_degree_means_no_degree(extract, text):
    slots = extract(text, {"education_level": "master"}, "degree_field")
    assert slots.get("education_level") == "high_school"
    assert "degree_field" not in slots


@pytest.mark.parametrize("text", ["LPC associate", "lcsw-a", "l c s w a"])
def test_a_step_before_the_licence_answers_the_licence_question_with_none_held(extract, text):
    assert extract(text, {}, "licenses")["licenses"] == []


@pytest.mark.parametrize(
    "text", ["she holds the ACM, not the CCM, i think", "my manager is a nurse without the CCM", "no CCM there"]
)
def test_a_supervisor_said_not_to_hold_the_ccm_answers_no(extract, text):
    assert extract(text, {}, "supervised_by_ccm")["supervised_by_ccm"] is False


def test_a_field_that_names_a_workplace_is_not_the_degrees_subject(extract):
    profile = {"education_level": "master", "degree_field": "psychology"}
    slots = extract("yes, a practicum at the campus counseling center during my MA", profile, "field_experience")
    assert slots.get("degree_field", "psychology") == "psychology"
    assert slots["field_experience"] is True


def test_a_wished_for_setting_in_the_interests_answer_is_not_where_case_management_was_done(extract):
    assert "case_management_setting" not in extract("hospital case management, maybe hospice", {}, "interests")


def test_managing_a_team_of_case_managers_is_supervising_them(extract):
    slots = extract("I manage a team of 6 case managers, 14 months in this role", {}, None)
    assert slots.get("supervisor_months") == 14


@pytest.mark.parametrize("text", ["respiratory therapy", "occupational therapy", "pharmacy"])
def test_a_health_profession_not_named_by_ccmc_is_another_field(extract, text):
    """CCMC names no list of fields: a subject outside the named ones is 'other', which CCMC decides on."""
    assert extract(text, {"education_level": "bachelor"}, "degree_field")["degree_field"] == "other"


def test_a_team_is_a_workplace_of_another_kind_rather_than_no_answer(extract):
    assert extract("the outreach team", {}, "case_management_setting")["case_management_setting"] == "other"


def test_a_question_asked_when_interests_were_asked_is_not_kept_as_an_interest(extract):
    assert "interests" not in extract("do my months as a manager and as a case manager add up", {}, "interests")


def test_a_lapsed_certificate_named_after_the_licence_leaves_the_licence_held(extract):
    assert extract("LPN, and i had a phlebotomy cert but it lapsed", {}, "licenses")["licenses"] == ["LPN"]


@pytest.mark.parametrize("text, full", [("yes, 37.5 hrs/week", True), ("32.5 hours", False)])
def test_hours_with_a_fraction_are_read_whole(extract, text, full):
    assert extract(text, {}, "case_management_full_time")["case_management_full_time"] is full


@pytest.mark.parametrize(
    "requested, text, expected",
    [
        # someone else's role is not the person's: being supervised by a team lead is supervised practice
        ("clinical_supervision_months", "ten months, my team lead is an LCSW and she supervises me", 10),
        ("clinical_supervision_months", "about a year, our team lead signs off on my hours", 12),
        # what was done before or after in time is another clause: "before the CM jobs" does not make it CM
        ("healthcare_months", "4 years of L&D before the case management jobs", 48),
        ("healthcare_months", "two years in labor and delivery before I moved to the health plan", 24),
    ],
)
def test_the_question_asked_gets_the_length_whose_own_clause_is_about_it(extract, requested, text, expected):
    assert extract(text, requested=requested)[requested] == expected


def test_leading_a_team_oneself_is_still_supervising(extract):
    assert extract("I've been a team lead for 2 years", requested="supervisor_months")["supervisor_months"] == 24
