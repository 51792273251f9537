"""A degree still being earned is not held: no "eligible now" before it is conferred.

The truth here is the boards', not the code's: a state issues a social work licence on a degree conferred (Texas lets
students sit the ASWB Bachelors exam before graduating, but the LBSW comes after it: state-licensure.md, BHEC's "How to
become an LBSW"), and CRC Commission results are released only once a transcript shows the degree
(credentials-addendum.md, Category G). Every writer of the evaluation sets recorded a degree "graduating in May" as not
yet held. Before this change "bachelor's, graduating in May", the answer the intake invited ("completed, or about to"),
was a BSW held, and an Ohio student was told the LSW was hers to apply for now.
"""

from __future__ import annotations

from datetime import date

import pytest

from advising.eligibility import ELIGIBLE_NOW, NEEDS_DEGREE
from advising.engine import advise
from advising.profile import Profile
from tests.actions_harness import DOMAIN

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 2)


def assessed(catalog, code, **facts):
    profile = Profile.from_dict(facts, catalog)
    return advise(profile, catalog, "social_work", with_questions=False).assessment(code)


def test_a_bsw_finished_in_may_is_not_an_lsw_now(catalog):
    item = assessed(
        catalog, "LSW", underway_level="bachelor", underway_field="social_work", underway_months=5, state="OH"
    )
    assert item.status == NEEDS_DEGREE
    assert item.months_to_eligible == 5


def test_the_same_bsw_conferred_is_an_lsw_now(catalog):  # control: the board's rule once the degree is held
    item = assessed(catalog, "LSW", education_level="bachelor", degree_field="social_work", state="OH")
    assert item.status == ELIGIBLE_NOW


def test_an_msw_being_finished_is_no_lmsw_yet(catalog):
    item = assessed(
        catalog,
        "LMSW",
        education_level="bachelor",
        degree_field="psychology",
        underway_level="master",
        underway_field="social_work",
        state="NY",
    )
    assert item.status == NEEDS_DEGREE
    assert item.months_to_eligible is None  # when it is conferred was not told: no months promised


def test_the_plan_names_finishing_the_degree_not_starting_one(catalog):
    profile = Profile.from_dict(
        {"underway_level": "bachelor", "underway_field": "social_work", "underway_months": 5, "state": "OH"}, catalog
    )
    advice = advise(profile, catalog, "social_work")
    first = advice.steps[0].title.lower()
    assert "finish" in first and "earn the" not in first


@pytest.mark.parametrize(
    "text",
    [
        "bachelor's, graduating in may",
        "I'm graduating with my BSW in May",
        "bsw, two semesters left",
        "in my last semester of a bachelor's in social work",
    ],
)
def test_a_degree_being_finished_is_not_read_as_held(extract, text):
    found = extract(text, requested="education_level", today=TODAY)
    assert found.get("education_level") != "bachelor"
    assert found["underway_level"] == "bachelor"


def test_the_months_left_are_read_from_the_graduation_month(extract):
    found = extract("MSW, I graduate in May 2027", requested="education_level", today=TODAY)
    assert (found["underway_level"], found.get("underway_field"), found["underway_months"]) == (
        "master",
        "social_work",
        5,
    )


def test_semesters_left_are_months(extract):
    assert extract("BSW, 2 semesters left", requested="education_level", today=TODAY)["underway_months"] == 12


@pytest.mark.parametrize(
    "text, level",
    [
        ("I graduated in May with my BSW", "bachelor"),  # past: held
        ("bachelors, finished in may", "bachelor"),
        ("high school, i graduate in june", "high_school"),  # school is no degree being earned
    ],
)
def test_a_degree_finished_or_school_still_read_as_before(extract, text, level):  # controls
    found = extract(text, requested="education_level", today=TODAY)
    assert found["education_level"] == level and "underway_level" not in found


def test_a_degree_only_planned_is_not_underway(extract):  # control
    assert "underway_level" not in extract("thinking about getting an MSW next year", today=TODAY)


def test_the_intake_no_longer_asks_for_a_degree_about_to_be_finished():
    asked = DOMAIN["responses"]["utter_ask_education_level"][0]["text"]
    assert "about to" not in asked and "finishing" in asked


def test_one_finishing_a_bachelors_is_not_asked_the_level_again(catalog):
    profile = Profile.from_dict({"underway_level": "bachelor", "underway_field": "social_work"}, catalog)
    assert "education_level" not in advise(profile, catalog).open_questions
