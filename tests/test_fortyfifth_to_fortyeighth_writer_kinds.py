"""The kinds the forty-fifth to forty-eighth writers' sets showed misread (issue #12), each in other words than those
sets': the practical nurses' exam spelled out at a kiosk; a licence's school, or a licence let go, is no licence held;
the capital is not Washington state; a length corrected after its unit's short form; the answer before a question; a
hospital's discharge planning nurse is a case manager; "the past year and a half"; a degree said not to be one's own,
or a degree's length asked about; and who "deaf" and "real jobs" name."""

from __future__ import annotations

import pytest

from language.answers_in_context import answer_after_question, is_real_question, state_code
from language.durations import find_durations

pytestmark = pytest.mark.unit


# ---- licences ----
def test_the_practical_nurses_exam_spelled_out_is_the_lpn_not_the_rn(extract):
    found = extract("yes i got my license when i passed the n c l e x p n in twenty nineteen", requested="licenses")
    assert found["licenses"] == ["LPN"]


def test_the_school_for_a_licence_is_not_the_licence(extract):
    found = extract("GED, then the RN program at the community college but I never finished",
                    requested="education_level")  # fmt: skip
    assert "RN" not in (found.get("licenses") or [])


def test_a_licence_let_go_is_not_held(extract):
    found = extract("I used to be an RN but let my license go when the twins were born", requested="licenses")
    assert found["licenses"] == []


# ---- where ----
@pytest.mark.parametrize(
    "text, answering, code",
    [
        ("washington d c", True, "DC"),
        ("we live in Washington, D.C. now", False, "DC"),
        ("the district of columbia", True, "DC"),
        ("washington", True, "WA"),  # the state, when only its name is said
    ],
)
def test_the_capital_is_not_washington_state(text, answering, code):
    assert state_code(text, answering) == code


# ---- lengths ----
def test_a_length_corrected_after_a_units_short_form(extract):
    found = extract("8 mos. no wait 9, it started in march", requested="case_management_months")
    assert found["case_management_months"] == 9


def test_the_past_year_and_a_half_is_eighteen_months():
    assert [d.months for d in find_durations("the past year and a half I've run the team")] == [18]
    assert [d.months for d in find_durations("for the last year I've been on nights")] == [12]


def test_last_year_as_a_when_is_no_length():  # a control: passed before
    assert find_durations("I finished my BSW last year") == []


def test_leading_case_managers_for_the_past_year_and_a_half(extract):
    found = extract("LCSW in Ohio. The past year and a half I've been team lead over six care coordinators.")
    assert found["supervisor_months"] == 18


def test_a_hospitals_discharge_planning_nurse_does_case_management(extract):
    found = extract("I was the discharge planning nurse on a surgical unit for two years. Before that, telemetry.",
                    requested="case_management_months")  # fmt: skip
    assert found["case_management_months"] == 24
    assert "healthcare_months" not in found  # the time in health care told before stays as told


def test_a_degrees_length_asked_about_is_no_time_at_work(extract):
    found = extract("a bsn after an adn is about eighteen months if you go part time", requested="healthcare_months")
    assert "healthcare_months" not in found


def test_a_statement_checked_with_right_is_a_question():
    assert is_real_question("a masters in counseling is the full three years right? no shortcut for me")
    assert not is_real_question("none (they only license the bachelor level here right? i have no license)")


def test_no_to_something_else_is_no_none_of_the_time_asked():
    assert (
        answer_after_question("is that counted from my msw? no advanced standing for me", "case_management_months")
        is None
    )


# ---- degrees ----
@pytest.mark.parametrize(
    "text", ["none, they only license bsw grads here", "none. an msw without a bsw takes two years"]
)
def test_a_degree_said_not_to_be_held(extract, text):
    found = extract(text, requested="licenses")
    assert found.get("degree_field") != "social_work"


# ---- the answer, then a question ----
def test_a_word_of_answer_then_a_question(extract):
    told = answer_after_question("lpc. is that what new york calls the lmhc?", "licenses")
    assert told and extract(told, requested="licenses")["licenses"] == ["LPC"]


# ---- whom they would help ----
def test_deaf_and_blind_people_are_people_with_disabilities(extract):
    found = extract("adults who are deaf or blind", requested="interests")
    assert "disabilities" in found["interests"]


def test_real_jobs_instead_of_sheltered_work_is_helping_people_find_work(extract):
    found = extract("getting people into real jobs instead of a sheltered workshop", requested="interests")
    assert "employment" in found["interests"]
