"""The kinds the forty-ninth to fifty-second writers' sets showed misread (issue #12), each in other words than those
sets': a supervisor's degree or credential; texting's "rn" after a longer place; licences named as a route, a rule,
a goal or office talk; a year said aloud; a degree field said only in a question or negated; placements counted in as
all of the time; a supervisor's own years; work set aside with "unless ... counts"; one's children's school years; a
job told with "helping"; a degree begun and dropped, or due in a month; why a question is asked, then the answer;
harm reduction; and case management for a health system as time in health care."""

from __future__ import annotations

from datetime import date

import pytest

from advising.profile import Profile
from advising.ranking import rank_specializations
from language.answers_in_context import answer_after_question
from language.durations import dated_lengths, years_in_figures
from language.profile_extraction import means_right_now

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 2)


# ---- whose degree, whose licence ----
def test_a_supervisors_degree_and_credential_are_not_ones_own(extract):
    found = extract("No, my clinical director is an MSW and I doubt she's got the CCM.", requested="supervised_by_ccm")
    assert found.get("supervised_by_ccm") is False
    assert "education_level" not in found and not found.get("licenses")


def test_texting_rn_after_a_longer_place_is_right_now():
    text = "doing my practicum at the county youth services office rn and loving it"
    start = text.index(" rn ") + 1
    assert means_right_now(text, start, start + 2)
    text = "i work at the county youth services office as an rn and love it"  # control: the licence
    start = text.index(" rn ") + 1
    assert not means_right_now(text, start, start + 2)


@pytest.mark.parametrize(
    "text, requested",
    [
        ("the LPC route looks shorter to me than going back for an MSW", None),
        ("Nope. I heard Ohio's bachelor-level social work license requires a CSWE degree.", "licenses"),
        ("none so far, the CRC is the one I'm going for after grad school", "licenses"),
        ("Nothing yet. The LCSW is what I'm working my way toward.", "licenses"),
        ("people at work throw around LPC and LCPC all day and I can't keep them straight", None),
    ],
)
def test_a_licence_named_as_a_route_a_rule_a_goal_or_office_talk_is_not_held(extract, text, requested):
    assert not extract(text, requested=requested).get("licenses")


def test_a_licence_told_outright_is_still_held(extract):  # control
    assert extract("I have my LPC in Ohio", requested="licenses")["licenses"] == ["LPC"]


# ---- lengths ----
def test_a_year_said_aloud_is_a_year():
    said = "from june twenty sixteen to june twenty nineteen at the county"
    assert len(years_in_figures(said)) == len(said)  # every other word keeps its place
    assert [d.months for d in dated_lengths(said, TODAY)] == [36]
    assert [d.months for d in dated_lengths("two thousand nine to two thousand and eleven", TODAY)] == [24]


def test_twenty_years_is_still_a_length_not_a_year():  # control
    assert years_in_figures("twenty years at the hospital") == "twenty years at the hospital"


def test_placements_counted_in_as_all_of_it_are_no_work(extract):
    found = extract("about 18 months if you count all my internships", requested="case_management_months")
    assert found["case_management_months"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "weekly with an LCSW who's been licensed for fifteen years",
        "an hour a week with my supervisor, she's been an LPC for twelve years",
    ],
)
def test_a_supervisors_own_years_are_not_the_askers(extract, text):
    assert "clinical_supervision_months" not in extract(text, requested="clinical_supervision_months")


# ---- what one's work is ----
def test_work_set_aside_with_unless_it_counts_is_no_work_interest(extract):
    found = extract("Zero. Unless coaching kids with autism on weekends counts.", requested="case_management_months")
    assert not found.get("work_interests")


def test_ones_childrens_school_years_are_no_work_interest(extract):
    found = extract(
        "Home with my kids for six years, then about four years at the clinic.", requested="healthcare_months"
    )
    assert "child_welfare" not in (found.get("work_interests") or [])


def test_a_job_told_with_helping_is_work_not_a_wish(extract):
    found = extract("right now i work nights helping folks at the shelter find housing")
    assert not found.get("interests")


def test_a_wish_beside_the_work_is_still_a_wish(extract):  # control
    found = extract("i work at a call center but i want to help people with mental illness")
    assert "mental_illness" in found["interests"]


# ---- degrees ----
def test_a_degree_begun_and_dropped_is_not_being_earned(extract):  # guards this round's reading of degrees underway
    said = "Associate's. I started a bachelor's in nursing but quit after a year."
    found = extract(said, requested="education_level")
    assert "underway_level" not in found


def test_a_degree_due_in_a_month_with_no_year_is_being_earned(extract):
    found = extract("just high school for now, but my associate's in may!", requested="education_level", today=TODAY)
    assert found["education_level"] == "high_school" and found["underway_level"] == "associate"


def test_graduating_some_words_before_the_degree_is_being_earned(extract):
    found = extract("I'm graduating this December with my MSW", today=TODAY)
    assert found["underway_level"] == "master" and "education_level" not in found


def test_a_field_said_only_in_a_question_or_negated_is_no_answer(extract):
    found = extract(
        "would I have to go back for a bachelor's in nursing since my degree isn't nursing", requested="degree_field"
    )
    assert "degree_field" not in found


# ---- answers ----
def test_why_a_question_is_asked_then_the_answer():
    said = "why does that matter for the ccm no i never did a practicum"
    assert answer_after_question(said, "field_experience").startswith("no i never")


def test_harm_reduction_is_substance_use(extract):
    assert "substance_use" in extract("harm reduction and syringe services", requested="interests")["interests"]


def test_case_management_for_a_health_system_is_time_in_health_care(catalog):
    profile = Profile.from_dict(
        {"case_management_months": 30, "case_management_setting": "health_system", "case_management_full_time": True},
        catalog,
    )
    healthcare = next(r for r in rank_specializations(profile, catalog) if r.code == "healthcare")
    assert any(reason.factor == "healthcare_experience" for reason in healthcare.reasons)


# ---- questions ----
@pytest.mark.parametrize(
    "intent, text, subject",
    [
        ("ask_salary", "roughly what do RN case managers earn at a managed care company?", "managed_care"),
        (
            "ask_day_to_day",
            "what does the workday look like when you do case management at a county agency?",
            "government",
        ),
    ],
)
def test_pay_or_days_of_the_work_at_a_place_are_that_places(topic_asked, intent, text, subject):
    assert topic_asked(intent, text)[1] == (subject,)


def test_pay_of_a_role_with_no_place_stays_the_roles(topic_asked):  # control
    assert topic_asked("ask_salary", "what do social work case managers earn?")[1] == ("social_work",)


def test_the_exam_ahead_not_the_licence_held(topic_asked):
    topic = topic_asked("ask_exam", "I'm an LPN studying for the CCM exam, how many questions does it have?")
    assert topic == ("exam", ("CCM",))


def test_what_all_it_takes_with_examples_is_requirements(topic_asked):
    topic = topic_asked("ask_exam", "what all goes into getting the LPC in ohio, like exams and supervised hours?")
    assert topic == ("requirements", ("LPC",))


def test_a_question_asked_back_to_the_degree_question_fills_no_field(nlp):
    from actions.intake import ActionExtractProfile
    from tests.actions_harness import run, slot_events, tracker

    text = "if i go back for a masters in social work do i need the full 60 credits since my bachelors isnt social work"
    entities = [
        {"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char} for e in nlp(text).ents
    ]
    events, _ = run(
        ActionExtractProfile(),
        tracker(
            slots={"requested_slot": "degree_field", "education_level": "bachelor"},
            intent="ask_education",
            text=text,
            entities=entities,
            loop="intake_form",
        ),
    )
    assert "degree_field" not in slot_events(events)


def test_a_conclusion_drawn_after_asking_what_is_meant_answers():
    said = "Certified meaning what exactly? The nurse who reviews my files lists CCM under her name, so yes."
    assert "so yes" in (answer_after_question(said, "supervised_by_ccm") or "")
