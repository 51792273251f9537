"""The kinds the seventh writer's people showed missed (issue #12), each in other words than that set's: a school
level that names a job, a licence outside the tracked ones, a level only begun, a length told in parts, a school
where one studies, and one's own work in mental health as a signal."""

from __future__ import annotations

import pytest

from advising.engine import advise
from advising.profile import Profile
from knowledge.aspect_answers import answer_aspect
from language.message_intent import whole_message_intent

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "I spent 9 years as a middle school teacher before this",
        "been a high school guidance counselor since 2015",
        "i coached high school football and taught PE",
        "worked with high school students in a dropout prevention program",
    ],
)
def test_a_school_level_that_names_a_job_is_no_schooling(extract, text):
    assert "education_level" not in extract(text)


@pytest.mark.parametrize(
    "text, level",
    [
        ("I have a high school diploma", "high_school"),
        ("just high school, I worked at the high school cafeteria", "high_school"),
        ("finished high school in 2010", "high_school"),
    ],
)
def test_a_level_said_as_schooling_is_still_read(extract, text, level):
    assert extract(text, requested="education_level")["education_level"] == level


@pytest.mark.parametrize(
    "text",
    [
        "only my teaching license from the state board of education",
        "a school counselor license from the department of education",
        "just a real estate license",
        "my cosmetology license",
    ],
)
def test_a_licence_we_do_not_track_is_none_of_ours(extract, text):
    # the question asks for the licences that open case-management routes; another field's licence is none of them
    assert extract(text, requested="licenses")["licenses"] == []


@pytest.mark.parametrize(
    "text, held",
    [
        ("I have an associate's and I'm starting my bachelor's this fall", "associate"),
        ("associate degree in human services, just enrolled in a bachelors program", "associate"),
        ("I'm halfway through my bachelor's, I already have an associate's", "associate"),
        ("got my bachelors in 2019 and I am working on a masters now", "bachelor"),
        ("high school diploma, about to start an associate's at the community college", "high_school"),
        ("BA in sociology, now in my masters", "bachelor"),
        ("i'm doing my masters part time, my bachelors is in english", "bachelor"),
    ],
)
def test_a_level_only_begun_is_not_held(extract, text, held):
    assert extract(text, requested="education_level")["education_level"] == held


@pytest.mark.parametrize(
    "text, months",
    [
        ("14 months at the county and 10 at the hospital", 24),  # the second part's unit is the first's
        ("three years at the clinic and two at the hospital", 60),
        ("two years at one agency and three at another", 60),
        ("10 months in home health plus 6 more at the clinic", 16),
        ("18 months at my first job and 12 at this one, so about 30", 30),
        ("a year at the VA and 9 months at the clinic, that's 21 months or so", 21),
        ("5 years in all, 2 of them at the hospital", 60),  # a total and a part of it
        ("2 years (24 months)", 24),  # one length in two units
    ],
)
def test_a_length_in_parts_adds_up_and_a_stated_total_wins(extract, text, months):
    assert extract(text, requested="case_management_months")["case_management_months"] == months


@pytest.mark.parametrize(
    "text",
    [
        "2 years at the hospital and 3 kids at home",
        "a year at the agency and 40 hours a week",
    ],
)
def test_a_bare_number_that_is_not_a_length_is_not_added(extract, text):
    assert extract(text, requested="case_management_months")["case_management_months"] == 12 * int(
        text.split()[0].replace("a", "1")
    )


@pytest.mark.parametrize(
    "text",
    [
        "I've done case management for 2 years and took some community college classes",
        "case manager at a shelter, I have a few university credits",
        "I do case management and I'm taking college courses online",
    ],
)
def test_a_school_where_one_studies_is_not_the_case_management_setting(extract, text):
    assert extract(text).get("case_management_setting") != "school"


@pytest.mark.parametrize(
    "text, setting",
    [
        ("i do case management at a community clinic", "community_agency"),
        ("case manager at a community behavioral health agency for 3 years", "community_agency"),
        ("case management at the school district", "school"),
    ],
)
def test_a_community_clinic_is_a_community_agency(extract, text, setting):
    assert extract(text)["case_management_setting"] == setting


@pytest.mark.parametrize(
    "text, interest",
    [
        ("I've been a recovery coach at a community mental health center for 3 years", "community_mental_health"),
        ("i do behavioral health case management for the county", "mental_illness"),
        ("I'm a peer support worker for people with serious mental illness", "mental_illness"),
    ],
)
def test_ones_own_work_in_mental_health_is_a_signal(extract, text, interest):
    assert interest in extract(text)["work_interests"]  # a signal; what they would like is still asked


@pytest.mark.parametrize(
    "text",
    ["I'm an RN on a med-surg floor", "i work at a hospital as a unit clerk", "I'm an LPN at a nursing home"],
)
def test_health_care_work_is_counted_by_its_months_not_read_as_a_wish(extract, text):
    assert "interests" not in extract(text)


def test_a_mental_health_workplace_ranks_mental_health_over_health_care_months(catalog):
    # A peer specialist's years at a community mental health center are not case management (CCMC counts
    # case-management employment), but the field they work in is mental health (the guide: "the public mental
    # health system").
    profile = Profile.from_dict(
        {"education_level": "high_school", "interests": ["community_mental_health"], "healthcare_months": 36}, catalog
    )
    assert advise(profile, catalog, with_questions=False).recommended == "mental_health"


@pytest.mark.parametrize(
    "heard, text, asked",
    [
        # a licence weighed against another: what it counts for
        ("deny", "does it matter that im an lvn not an rn", "ask_eligibility"),
        ("nlu_fallback", "would it be a problem that my license is LPN", "ask_eligibility"),
        # schooling and hiring: the guide's education section
        ("nlu_fallback", "would anyone hire me with only a high school diploma", "ask_education"),
        ("nlu_fallback", "will anyone hire me with just a g e d", "ask_education"),
        ("inform", "is it a problem that I never finished college", "ask_education"),
        # where and how the work was: the employment rules
        ("nlu_fallback", "does it matter that my case management was at two different agencies?", "ask_experience"),
        ("affirm", "yes but will it count if the jobs were in different states", "ask_experience"),
    ],
)
def test_a_question_about_ones_own_case_is_asked_whatever_the_classifier_heard(nlp, heard, text, asked):
    # what the message names, as the knowledge base's patterns find it in the Rasa pipeline
    assert whole_message_intent(heard, text, {e.label_ for e in nlp(text).ents}) == asked


@pytest.mark.parametrize(
    "heard, text",
    [
        ("inform", "about 18 months, does that count?"),  # an answer with a doubt: the intake reads the length
        ("vent", "will anyone ever hire me after I got fired"),  # hurt first: the sympathy of venting
        ("deny", "no, my supervisor was not a CCM"),
    ],
)
def test_an_answer_with_a_doubt_or_a_hurt_keeps_its_intent(nlp, heard, text):
    assert whole_message_intent(heard, text, {e.label_ for e in nlp(text).ents}) in (None, heard)


@pytest.mark.parametrize(
    "code, words",
    [
        # CCMC's licence route asks for a licence that lets the holder assess independently; an LPN's does not
        ("LPN", "does not count for the CCM's licence route"),
    ],
)
def test_a_licence_without_its_own_rules_says_what_other_rules_say_of_it(database, code, words):
    with database.session() as session:
        answer = answer_aspect(session, "requirements", code)
    assert answer.found and any(words in fact.text for fact in answer.facts)


def test_the_ccm_employment_may_come_from_several_employers(database):
    # the CCMC application checklist asks for each employer with dates and a supervisor's contact
    with database.session() as session:
        answer = answer_aspect(session, "requirements", "CCM")
    assert any("more than one employer" in fact.text for fact in answer.facts)


@pytest.mark.parametrize(
    "text, level, field",
    [
        ("M.Ed. in school counseling, B.A. in history", "master", "counseling"),
        ("my M.Ed. is in clinical mental health counseling", "master", "counseling"),
        ("an M.Ed. in counseling. I also have a B.A.", "master", "counseling"),
    ],
)
def test_the_stops_of_a_degrees_letters_end_no_sentence(extract, text, level, field):
    slots = extract(text, requested="education_level")
    assert (slots["education_level"], slots.get("degree_field")) == (level, field)


@pytest.mark.parametrize(
    "words",
    ["helping families get food and pay rent", "getting food to seniors who are homebound", "groceries and bills"],
)
def test_helping_people_get_food_is_the_poverty_work_of_social_work(catalog, words):
    # the guide: social work case managers "connect clients with essential resources like food assistance"
    from advising.ranking import match_interests

    assert "poverty" in match_interests([words], catalog.interests)


@pytest.mark.parametrize(
    "state, words",
    [
        ("AZ", "Arizona-licensed LCSW"),  # A.A.C. R4-6-404: at least 50 of the 100 hours by an Arizona LCSW
        ("TX", "Council-approved LCSW supervisor"),
    ],
)
def test_the_states_rule_for_who_may_supervise_travels_with_the_lcsw_plan(catalog, state, words):
    profile = Profile.from_dict(
        {
            "education_level": "master",
            "degree_field": "social_work",
            "licenses": ["LMSW"],
            "state": state,
            "clinical_supervision_months": 24,
        },
        catalog,
    )
    lcsw = next(item for item in advise(profile, catalog, with_questions=False).plan if item.credential == "LCSW")
    assert any(words in note for note in lcsw.notes)


@pytest.mark.parametrize(
    "text",
    [
        "i work at vocational rehab as a rehab technician",
        "I'm a tech in a vocational rehabilitation office, mostly paperwork",
    ],
)
def test_a_field_worked_in_counts_for_that_field(extract, catalog, text):
    # a rehab technician with a psychology bachelor's who asks which master's to do: the third writer's advisor
    # pointed to vocational rehabilitation, not to mental health for the psychology degree
    told = extract(text)
    profile = {"education_level": "bachelor", "degree_field": "psychology", "work_interests": told["work_interests"]}
    assert advise(Profile.from_dict(profile, catalog), catalog, with_questions=False).recommended == (
        "vocational_rehabilitation"
    )
