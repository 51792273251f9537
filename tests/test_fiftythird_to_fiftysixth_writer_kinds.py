"""The kinds the fifty-third to fifty-sixth writers' sets showed misread (issue #12), each in other words than those
sets': a licence a bridge leads to, or one explained by another's name; a state named for a lapsed licence; a
degree's field taken for one's work; a caseload carried, and case managers supervised; a total told before its
parts; "I'd call it 0"; a degree denied beside a field word; a licence named by its exam; what job postings ask for;
"none" asked where the case management was; a degree whose placements are still ahead; and questions of pay, hiring,
timelines and degrees asked in words the cues lacked."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.unit


# ---- licences not held ----
@pytest.mark.parametrize(
    "text, requested",
    [
        ("I'm an LVN and I start the LVN-to-RN bridge at the junior college in January", None),
        (
            "nothing yet, I'm about halfway through my hours for the LMHC, which is New York's equivalent of the LPC",
            None,
        ),
        ("none, I'm a licensure candidate. I passed the NCMHCE last month", "licenses"),
    ],
)
def test_a_licence_a_bridge_leads_to_or_named_to_explain_another_is_not_held(extract, text, requested):
    assert "RN" not in (extract(text, requested=requested).get("licenses") or [])
    assert "LPC" not in (extract(text, requested=requested).get("licenses") or [])


@pytest.mark.parametrize(
    "text", ["Not yet. The LMHC comes after my supervised hours.", "nothing so far, my LPC comes once I pass the NCE"]
)
def test_a_licence_that_comes_later_is_not_held(extract, text):
    assert not extract(text, requested="licenses").get("licenses")


def test_a_licence_held_beside_a_bridge_is_still_held(extract):  # control
    assert "RN" in extract("RN since 2015, I did the LPN to RN bridge back then", requested="licenses")["licenses"]


def test_a_state_named_for_a_lapsed_licence_is_not_where_one_is(extract):
    found = extract("Not anymore. My Ohio LSW expired a couple of years after we moved away.", requested="licenses")
    assert found.get("state") != "OH"


def test_a_state_named_for_a_current_licence_is_where_one_is(extract):  # control
    assert extract("Ohio LSW since 2020, working in Dayton")["state"] == "OH"


# ---- schooling, not work; schooling not held ----
def test_a_degrees_field_is_not_the_work_one_does(extract):
    found = extract("I finished a psych degree and for three years I've been the job developer at a county workshop.")
    assert "psychiatric" not in (found.get("work_interests") or [])


def test_a_psych_unit_worked_on_is_still_ones_work(extract):  # control: "psych" names the unit, not a degree
    found = extract("i'm a psych tech on an adult inpatient unit, same patients keep coming back")
    assert "psychiatric" in found.get("work_interests", [])


def test_a_field_word_beside_a_degree_denied_is_no_degrees_field(extract):
    found = extract("i run the register at a pharmacy and i want to help people get housing but i dont have a degree")
    assert "degree_field" not in found


def test_fields_of_degrees_named_in_a_question_are_no_wish(catalog):
    # as the intake reads a story, without the mentions of the sentences that ask
    from language.profile_extraction import extract_profile

    text = "Claims adjuster, six years. Could I get into this line of work without a nursing or counseling degree?"
    assert not extract_profile(text, [], {}, catalog, None, "inform").slots.get("interests")


def test_fields_of_degrees_one_lacks_are_no_wish(extract):
    found = extract(
        "The nurse case managers and job coaches we contract with have the better job. Could I move into that without"
        " a nursing or counseling degree?"
    )
    assert not found.get("interests")


@pytest.mark.parametrize(
    "text, requested",
    [
        ("BA in sociology, and my MSW internship is next year", "field_experience"),
        ("I was just accepted to a counseling master's that begins in September.", None),
    ],
)
def test_a_degree_still_ahead_is_not_held(extract, text, requested):
    assert extract(text, requested=requested).get("education_level") != "master"


def test_a_degree_held_with_its_placement_told_is_held(extract):  # control
    found = extract("MSW, my practicum was at a hospice", requested="education_level")
    assert found["education_level"] == "master"


# ---- lengths ----
def test_a_caseload_carried_is_case_management_and_case_managers_supervised_are_supervising(extract):
    found = extract(
        "I carried a caseload for three years, and I've supervised the unit's case managers for eight months."
    )
    assert found.get("case_management_months") == 36
    assert found.get("supervisor_months") == 8


def test_a_total_told_before_its_parts_is_the_total(extract):
    found = extract("six years, four at the clinic and two at the hospital", requested="healthcare_months")
    assert found["healthcare_months"] == 72


def test_parts_told_alone_are_added(extract):  # control
    found = extract("2 years at the clinic and 1 at the hospital", requested="healthcare_months")
    assert found["healthcare_months"] == 36


@pytest.mark.parametrize("text", ["I process claims, I don't coordinate anyone's care, so I'd call it 0", "id say 0"])
def test_a_number_one_would_call_it_is_the_answer(extract, text):
    assert extract(text, requested="case_management_months")["case_management_months"] == 0


def test_what_job_postings_ask_for_is_not_ones_experience(extract):
    found = extract("ICU nurse 9 years. every listing I see says BSN preferred + 3 yrs CM exp. is that a hard rule?")
    assert "case_management_months" not in found


@pytest.mark.parametrize("text", ["none", "n/a", "nowhere, I've never done case management"])
def test_none_asked_where_the_case_management_was_takes_the_months_back(extract, text):
    assert extract(text, requested="case_management_setting")["case_management_months"] == 0


def test_none_of_the_choices_is_another_place(extract):  # control
    assert "case_management_months" not in extract(
        "none of those, a tribal agency", requested="case_management_setting"
    )


# ---- questions ----
@pytest.mark.parametrize(
    "intent, text, expected",
    [
        ("ask_employers", "what's the going rate for case managers at a health plan", "salary"),
        ("ask_employers", "what does a hospital case manager take home after taxes", "salary"),
        ("ask_employers", "what do hospitals look for when they hire case managers", "requirements"),
        ("ask_renewal", "lpn-to-rn online, what's a realistic timeline?", "duration"),
    ],
)
def test_pay_hiring_and_timelines_in_words_the_cues_lacked(topic_asked, intent, text, expected):
    assert topic_asked(intent, text)[0] == expected


def test_a_degree_named_as_needed_is_the_subject(topic_asked):
    aspect, subjects = topic_asked("ask_education", "Do hospital case managers really need an MSN?")
    assert (aspect, subjects[:1]) == ("degree", ("MSN",))


def test_a_field_gone_into_is_what_its_employers_are_asked_of(topic_asked):
    asked = "If I go into mental health case management, what sort of employers would I be looking at?"
    assert topic_asked("ask_employers", asked) == ("setting", ("mental_health",))


# ---- lengths told by a start, a month or hours (kinds imagined from the new writers' briefs, not read from them) ----
TODAY = date(2026, 12, 2)


def test_a_job_started_in_a_month_and_year_runs_until_today(extract):
    found = extract("I started as a care coordinator at the county in May 2022.", today=TODAY)
    assert found["case_management_months"] == 55


def test_a_job_started_and_left_is_not_counted_until_today(extract):  # control
    found = extract(
        "I started at the agency in March 2019 and left in 2022", requested="case_management_months", today=TODAY
    )
    assert found.get("case_management_months") != 92


def test_since_a_month_without_a_year_is_since_its_latest_passing(extract):
    found = extract("full time in case management since last February", requested="case_management_months", today=TODAY)
    assert found["case_management_months"] == 10


def test_a_total_of_hours_worked_is_full_time_months(extract):
    assert (
        extract("roughly 3,500 hours, give or take", requested="case_management_months")["case_management_months"] == 20
    )


def test_a_relatives_years_are_not_ones_own(extract):
    found = extract("My wife has been a nurse for 15 years. I've been a case manager for two.")
    assert "healthcare_months" not in found


# ---- a word asked back before the answer (kinds imagined from the new writers' briefs, not read from them) ----
def test_a_placement_asked_about_then_denied_is_none(extract):
    found = extract("what's a practicum? if you mean an internship, no, I never had one", requested="field_experience")
    assert found["field_experience"] is False


def test_a_licence_asked_about_then_denied_is_not_held(extract):
    assert not extract("what's an LMSW? no I don't have any", requested="licenses").get("licenses")


def test_no_degree_yet_asked_its_field_is_high_school(extract):
    found = extract("I don't have one yet, I'm stuck between nursing and social work", requested="degree_field")
    assert found.get("education_level") == "high_school" and "degree_field" not in found


def test_care_nobody_pays_for_is_no_employment(extract):
    assert (
        extract("I look after my dad at home but nobody pays me", requested="healthcare_months")["healthcare_months"]
        == 0
    )


@pytest.mark.parametrize(
    "intent, text, expected",
    [
        (
            "ask_exam",
            "Can I take the CDMS exam while I'm still finishing my bachelor's, or only after I graduate?",
            "requirements",
        ),
        (
            "ask_licensure",
            "I'm an LMSW in Ohio with most of my hours done. What's actually required before I can apply for the LISW?",
            "requirements",
        ),
        (
            "ask_employers",
            "Do insurance companies hire case managers without a nursing license, or do they insist on an RN?",
            "requirements",
        ),
        (
            "ask_licensure",
            "BSW, no license yet, and I live in a small town. Who around here would hire me as a case manager?",
            "setting",
        ),
        ("ask_salary", "crc = more $$ than a regular counselor? roughly how much more", "salary"),
    ],
)
def test_who_may_sit_what_is_required_who_hires_and_more_pay(topic_asked, intent, text, expected):
    assert topic_asked(intent, text)[0] == expected


@pytest.mark.parametrize(
    "text, pair",
    [
        ("How is an MSN different from a BSN if both make you an RN?", ("MSN", "BSN")),
        ("how is an ADN different from a BSN if they both let you be an RN", ("ADN", "BSN")),
    ],
)
def test_one_thing_different_from_another_is_the_pair_compared(topic_asked, text, pair):
    assert topic_asked("compare", text) == ("difference", pair)


def test_two_credentials_told_then_how_they_differ_is_a_comparison(topic_asked):
    text = "my supervisor has the CRC and her boss has the CDMS. hows one different from the other"
    assert topic_asked("inform", text) == ("difference", ("CRC", "CDMS"))


# ---- the ranking: whom one wants to serve, as the sets' writers weighed it ----
def _first(catalog, **facts):
    from advising.profile import Profile
    from advising.ranking import rank_specializations

    return rank_specializations(Profile.from_dict(facts, catalog), catalog)[0].code


def test_a_psych_nurse_who_wants_to_follow_people_with_mental_illness_is_mental_health(catalog):
    facts = dict(education_level="bachelor", degree_field="nursing", licenses=["RN"], healthcare_months=84)
    wants = ["people with serious mental illness after discharge", "housing"]
    assert _first(catalog, **facts, interests=wants, work_interests=["psychiatric"]) == "mental_health"


def test_a_nurse_who_wants_discharge_planning_is_still_healthcare(catalog):  # control
    facts = dict(education_level="bachelor", degree_field="nursing", licenses=["RN"], healthcare_months=84)
    assert _first(catalog, **facts, interests=["discharge planning", "hospitals"]) == "healthcare"


# ---- a rambling answer: the sentence that names the work asked about answers it (imagined from the briefs) ----
def test_the_sentence_naming_the_work_asked_answers_over_other_work_told_first(extract):
    text = (
        "Long story. I waited tables for four years after high school. "
        "Then I became a case manager at a shelter, two years ago."
    )
    assert extract(text, requested="case_management_months", today=TODAY)["case_management_months"] == 24


def test_a_total_then_a_part_of_it_is_the_total(extract):  # control
    text = "About 4 years in all. 3 of them were case management at a hospice."
    assert extract(text, requested="case_management_months")["case_management_months"] == 48


def test_a_year_told_before_a_job_still_held_runs_until_today(extract):
    text = "In 2020 I got hired at the county as a caseworker and I'm still there."
    assert extract(text, requested="case_management_months", today=TODAY)["case_management_months"] == 83


def test_a_degree_begun_and_stopped_or_a_relatives_is_not_underway(extract):
    text = "Associate's in business. I started a BSW but stopped after a year. My son is finishing his MSW now."
    found = extract(text, requested="education_level")
    assert found["education_level"] == "associate" and "underway_level" not in found


def test_a_minor_is_not_the_degrees_subject(extract):
    found = extract("a bachelor's in marketing, my minor was psychology", requested="degree_field")
    assert found["degree_field"] == "other"


def test_places_told_asked_where_leave_the_months_told_before(extract):
    text = "First two years at a hospital, then the last four at a health plan doing utilization review."
    assert "case_management_months" not in extract(text, requested="case_management_setting")


@pytest.mark.parametrize(
    "text",
    [
        "My employer is paying for my master's in clinical rehabilitation counseling, second semester now.",
        "I'm in year 2 of a master's in rehabilitation counseling.",
    ],
)
def test_a_degree_paid_for_or_in_its_second_year_is_underway_with_its_field(extract, text):
    found = extract(text)
    assert found.get("underway_field") == "rehabilitation_counseling" and found.get("education_level") != "master"


def test_work_said_not_to_be_case_management_does_not_answer_for_it(extract):
    text = (
        "I was a youth counselor at a group home from 2014 to 2017, which isn't really case management. "
        "Then I was a case manager at a family services agency from 2017 until 2021."
    )
    assert extract(text, requested="case_management_months")["case_management_months"] == 48


def test_a_licence_once_looked_into_is_not_held(extract):
    text = "Nothing like that. I did look into the LMSW once but I never took the exam."
    assert not extract(text, requested="licenses").get("licenses")


def test_since_then_counts_from_the_date_said_before(extract):
    text = "I got my LMSW in March 2024 and started supervision for the LCSW right after, so since then."
    assert extract(text, requested="clinical_supervision_months", today=TODAY)["clinical_supervision_months"] == 33


def test_a_role_at_a_clinic_measures_the_role(extract):
    text = "We moved here in April 2022 and I've been a care coordinator at the clinic ever since then."
    assert extract(text, requested="case_management_months", today=TODAY)["case_management_months"] == 56


def test_becoming_a_nurse_is_asked_of_the_rn(topic_asked):  # imagined from the fifty-eighth writer's brief
    assert topic_asked("ask_duration", "how long does it take to become a nurse") == ("duration", ("RN",))


@pytest.mark.parametrize(
    "text",
    [
        "I passed the NCLEX in October and I'm still waiting for my Arizona license number",
        "passed the NCLEX two weeks ago, license is pending",
    ],
)
def test_a_licence_not_issued_yet_after_the_exam_is_not_held(extract, text):
    assert extract(text, requested="licenses")["licenses"] == []


def test_an_rn_waiting_for_another_states_licence_still_holds_one(extract):  # control
    assert extract("I'm an RN, waiting for my Texas license to transfer", requested="licenses")["licenses"] == ["RN"]


@pytest.mark.parametrize(
    "text, months",
    [
        ("I started at the clinic in February 2020 and left in August 2023", 42),
        ("i got hired as a care coordinator in twenty twenty and ive been there ever since", 83),
    ],
)
def test_a_start_and_an_end_told_as_events(extract, text, months):
    assert extract(text, requested="case_management_months", today=TODAY)["case_management_months"] == months


def test_hours_said_aloud_are_full_time_months(extract):
    found = extract("about three thousand five hundred hours i think", requested="healthcare_months")
    assert found["healthcare_months"] == 20
