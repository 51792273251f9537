"""The kinds the sixty-first to sixty-fourth writers' sets showed misread (issue #12), each in other words than those
sets': "none officially" before years of work that was not the title; a stretch doubted as clerical; a length said
again in other units or with its year-only dates; a licence only thought about, or a bridge only thought about; a
licence denied later under another level's name; supervision denied by "haven't had" after its length; a degree
studied part time; the kind of associate degree between its level and subject; a supervisor's badge; a doubted CCM;
"it was 1990" is no yes; "which one do you want" after both answers; a spoken question's lead-in ("real question:");
an answer said after a joke or "so I'd say"; and questions of what a thing actually is, who to send paperwork to,
the name of the body, the exam's number of questions and a degree's worth."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 2)


# ---- lengths of work ----
@pytest.mark.parametrize(
    "text",
    [
        "None formally. But I've coordinated discharges for my patients for 15 years on the floor, surely that counts?",
        "zero on paper, though I've basically been doing it for about ten years as a charge nurse",
        "well technically none, I've just helped our case managers for 6 years",
    ],
)
def test_none_in_the_title_before_years_of_other_work_is_none(extract, text):
    assert extract(text, requested="case_management_months", today=TODAY)["case_management_months"] == 0


def test_years_of_case_management_said_plainly_still_count(extract):  # control
    found = extract("officially six years as a case manager at the county", requested="case_management_months")
    assert found["case_management_months"] == 72


def test_a_stretch_doubted_as_clerical_is_left_out(extract):
    text = (
        "care coordinator for 2 years since december 2024 and before that front desk for three years but that "
        "was just clerical, i dont know if that counts"
    )
    assert extract(text, requested="case_management_months", today=TODAY)["case_management_months"] == 24


@pytest.mark.parametrize(
    "text, requested, months",
    [
        (
            "eight years on the cardiac floor so ninety six months, and before that a year at a dentist",
            "healthcare_months",
            108,
        ),
        ("since feb 2023, so nearly 4 years. 46 months to be exact-ish", "case_management_months", 46),
        ("20 months full time as a care coordinator at a clinic, 2021-2022, then school", "case_management_months", 20),
        ("seven months now, soon it'll be eight", "case_management_months", 7),
    ],
)
def test_a_length_said_again_is_counted_once(extract, text, requested, months):
    assert extract(text, requested=requested, today=TODAY)[requested] == months


def test_two_different_stretches_still_add_up(extract):  # control
    found = extract("three years at the hospital and before that two years at a clinic", requested="healthcare_months")
    assert found["healthcare_months"] == 60


def test_supervision_not_had_since_does_not_undo_its_length(extract):
    text = (
        "Eighteen months. After the MSW I did therapy at an agency with an LCSW supervising me weekly. I haven't had "
        "clinical supervision in my current job."
    )
    assert extract(text, requested="clinical_supervision_months", today=TODAY)["clinical_supervision_months"] == 18


# ---- licences ----
@pytest.mark.parametrize(
    "text, code",
    [
        ("no license, i considered the LSW but i'd need a social work degree", "LSW"),
        ("nothing yet, i looked into the l s w but my degree is psychology", "LSW"),
        ("associate degree in nursing, may 2026. thinking abt rn to bsn down the road", "RN"),
        ("lpn, and i'm halfway through the lpn to rn bridge rn at the tech college", "RN"),
    ],
)
def test_a_licence_only_thought_about_is_not_held(extract, text, code):
    assert code not in (extract(text, requested="licenses", today=TODAY).get("licenses") or [])


def test_a_licence_denied_later_only_under_a_higher_levels_name_is_still_held(extract):
    text = "LCSW since 2021 in Massachusetts, the master's level one. Not the LICSW yet."
    # (held, and read as its level: Massachusetts's "LCSW" is its master's licence, state-licensure.md, ASWB)
    assert extract(text, requested="licenses", today=TODAY)["licenses"] == ["LMSW"]


def test_a_licence_taken_back_by_its_own_name_is_not_held(extract):  # control
    text = "I have an LCSW. Sorry, not the LCSW, I meant the LMSW."
    assert extract(text, requested="licenses", today=TODAY)["licenses"] == ["LMSW"]


# ---- degrees ----
def test_a_degree_studied_part_time_is_underway_not_held(extract):
    found = extract("bsw, ohio lsw, 3 yrs at a health plan. msw part time, wrapping up in 2027", today=TODAY)
    assert found["education_level"] == "bachelor"
    assert found["underway_level"] == "master"
    assert found.get("case_management_full_time") is None


def test_the_kind_of_associate_degree_between_level_and_subject_keeps_the_level(extract):
    found = extract("human services, it's an associate of arts in human services", requested="degree_field")
    assert found["education_level"] == "associate"


# ---- supervision ----
@pytest.mark.parametrize(
    "text, said",
    [
        ("Our CM director supervises me. Her email signature lists RN, CCM.", True),
        ("it was 1995, my supervisor had a BSW. doubt she had a CCM", False),
        ("not sure, my boss is an L M F T, I don't think she has the other one", False),
    ],
)
def test_whether_a_supervisor_held_the_ccm(extract, text, said):
    assert extract(text, requested="supervised_by_ccm", today=TODAY)["supervised_by_ccm"] is said


# ---- answers said with a question ----
def test_which_one_do_you_want_after_both_degrees_is_an_answer():
    from language.answers_in_context import is_real_question

    assert not is_real_question("the masters is in theology and the bachelors in sociology, which one do you mean")
    assert is_real_question("which one do you want, the CCM or the ACM?")  # control


def test_a_question_with_a_spoken_lead_in_is_a_question():
    from language.answers_in_context import is_real_question

    assert is_real_question(
        "serious question: can an lpn do case management or is it rns only? my charge nurse says no"
    )


@pytest.mark.parametrize(
    "text, answer",
    [
        ("does the coast guard count? i was on a cutter not a clinic so i'd say zero", "zero"),
        ("i sold scrubs at a hospital gift shop, does that count? just kidding, none", "none"),
    ],
)
def test_an_answer_said_after_its_own_question(text, answer):
    from language.answers_in_context import answer_after_question

    assert answer_after_question(text, "healthcare_months").strip() == answer


# ---- questions ----
@pytest.mark.parametrize(
    "intent, text, topic",
    [
        (
            "ask_what_is",
            "can anyone tell me what care management actually is? my mom's nurse keeps mentioning it",
            ("what_is", ("case_management",)),
        ),
        ("ask_what_is", "CDMS... what's that? is it only for insurance people", ("what_is", ("CDMS",))),
        ("ask_issuer", "where do i sign up for the CCM, what's the organization called", ("issuer", ("CCM",))),
        (
            "ask_issuer",
            "I'm finishing my supervised hours in Ohio. Who do I send my application to for the independent license?",
            ("issuer", ("me",)),
        ),
        ("ask_exam", "the CCM test - how many q's and is it timed", ("exam", ("CCM",))),
        (
            "inform",
            "bsw or a masters in counseling if i want to do addiction case management",
            ("difference", ("BSW", "MCOUN")),
        ),
        (
            "inform",
            "i finished my msw in august and im doing therapy at an agency in ohio how long until i can get the lisw",
            ("duration", ("LCSW",)),
        ),
        ("ask_requirements", "who do i ask if my hours at the clinic count toward the LPC", ("issuer", ("LPC",))),
        (
            "ask_education",
            "is a psychology degree enough for case management or is it a waste of money",
            ("degree", ("BPSY",)),
        ),
    ],
)
def test_questions_in_these_words_are_answered_as_asked(topic_asked, intent, text, topic):
    assert topic_asked(intent, text) == topic


# ---- kinds probed in the lead's own words while the sixty-fifth to sixty-eighth sets stayed unread ----
@pytest.mark.parametrize(
    "text, months",
    [
        ("i started in 2020", 83),
        ("started spring 2024", 33),
        ("um i began there in june of 2025", 18),
        ("a year, maybe a year and a half", 12),
    ],
)
def test_a_start_alone_or_a_length_then_a_maybe_answers_how_long(extract, text, months):
    assert extract(text, requested="case_management_months", today=TODAY)["case_management_months"] == months


def test_a_start_that_ended_is_not_until_today(extract):  # control
    found = extract("i started in 2019 and left in 2021", requested="case_management_months", today=TODAY)
    assert found["case_management_months"] == 24


@pytest.mark.parametrize(
    "text",
    [
        "my aunt is an LPN and my brother has his LMSW, i don't have anything",
        "nope, but my roommate just got her LSW",
    ],
)
def test_family_and_friends_licences_are_not_held_and_none_is_an_answer(extract, text):
    assert extract(text, requested="licenses", today=TODAY)["licenses"] == []


def test_a_degree_someone_wants_for_them_is_not_held(extract):
    found = extract(
        "my dad wants me to do a BSN but I only have my high school diploma", requested="education_level", today=TODAY
    )
    assert found["education_level"] == "high_school"


def test_graduating_from_a_community_college_is_an_associate_degree(extract):
    found = extract("I graduated from the community college back in 2012", requested="education_level", today=TODAY)
    assert found["education_level"] == "associate"
