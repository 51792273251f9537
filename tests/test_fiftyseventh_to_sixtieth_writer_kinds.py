"""The kinds the fifty-seventh to sixtieth writers' sets showed misread (issue #12), each in other words than those
sets': another person's licence told in brackets or "at work"; a licence from another country, or one whose exam is
still booked; a licence likened to another or being created; the licence a bridge leads to, spelled out at the kiosk;
a stretch of work said not to be at a hospital, or not case management; a length, then its dates; lengths joined
only by hedges; a degree's letters before its subject; a degree graduating in a named month; a school's degrees; a
length unsure of itself; and questions of what case management is, which kind of thing a credential is, an exam's
own length, a credential named by its issuer in a comparison and a choice between two degrees."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 2)


# ---- licences not held ----
@pytest.mark.parametrize(
    "text, code",
    [
        ("nope. my manager at work has an LCSW though", "LCSW"),
        ("only my LPN. my supe (lcsw) signs off on my notes", "LCSW"),
        ("just the LPN, my boss (RN, CCM) keeps saying i should go further", "RN"),
        ("i was a registered nurse in India for six years, here I have nothing yet", "RN"),
        ("my nigerian RN license is active but I have no license in this country", "RN"),
        ("i was an RN back home, here no license yet, my n c l e x r n is booked for march", "RN"),
        ("none, my n c l e x is in february", "RN"),
        ("a CNA. not an RN until I pass the NCLEX", "RN"),
        ("none, the state board is creating an LSW for bachelor's grads next year", "LSW"),
        ("none, our top social work license is like the LCSW elsewhere", "LCSW"),
        ("l v n in texas and im starting the l v n to r n bridge in the fall", "RN"),
        ("my LPN, and the RN bridge begins in August", "RN"),
    ],
)
def test_a_licence_someone_else_or_another_country_holds_or_still_ahead_is_not_held(extract, text, code):
    assert code not in (extract(text, requested="licenses", today=TODAY).get("licenses") or [])


@pytest.mark.parametrize(
    "text, code",
    [
        ("RN in Ohio since 2012, my manager at work has an LCSW", "RN"),
        ("I passed the NCLEX in 2019 and have been an RN since", "RN"),
        ("I have my LPN and my supervisor (an RN) checks my charts", "LPN"),
        ("Hospital RN case manager in NJ, got my CCM back in 2021", "CCM"),
    ],
)
def test_a_licence_of_ones_own_beside_them_is_still_held(extract, text, code):  # control
    assert code in (extract(text, requested="licenses", today=TODAY).get("licenses") or [])


def test_another_credential_let_go_is_not_the_licence_held(extract):
    found = extract(
        "RN, active in Ohio. I had my CEN for years but let it go in 2019, so just the RN", requested="licenses"
    )
    assert found["licenses"] == ["RN"]


def test_the_licence_itself_let_go_is_not_held(extract):  # control
    assert not extract("I had my RN license in Indiana but let it go in 2015.", requested="licenses").get("licenses")


def test_a_licence_goal_told_as_a_timeline_is_not_held(extract):
    found = extract("lmsw here, trying to map out my LCSW timeline", today=TODAY)
    assert "LCSW" not in (found.get("licenses") or [])


def test_a_rule_that_supervisors_hold_a_credential_is_not_one_held(extract):
    found = extract("my employer now wants every team lead to hold the CCM by 2027", today=TODAY)
    assert "CCM" not in (found.get("licenses") or [])


def test_texting_right_now_after_a_school_year_is_no_licence():
    from language.profile_extraction import means_right_now

    text = "hs diploma. junior rn (not a nurse lol)"
    at = text.index(" rn") + 1
    assert means_right_now(text, at, at + 2)


# ---- hospital and case-management lengths ----
@pytest.mark.parametrize(
    "text, requested, months",
    [
        (
            "two years with the medical center, before that nine years at an assisted living place that was not "
            "part of any hospital",
            "healthcare_months",
            24,
        ),
        ("5 yrs at a hospital, then a rehab facility 2020-2023 but that isn't a hospital", "healthcare_months", 60),
        (
            "i started as a care coordinator in june twenty twenty three and im still there and before that from "
            "twenty nineteen to twenty twenty three i was a job coach which was not case management",
            "case_management_months",
            42,
        ),
    ],
)
def test_a_stretch_said_not_to_be_the_work_asked_is_left_out(extract, text, requested, months):
    assert extract(text, requested=requested, today=TODAY)[requested] == months


def test_a_length_then_its_dates_is_one_stretch(extract):
    found = extract(
        "12 years at the hospital, March 2010 through February 2022.", requested="healthcare_months", today=TODAY
    )
    assert found["healthcare_months"] == 144  # both months worked: the twelve years said


def test_two_dated_stretches_still_add_up(extract):  # control
    found = extract("a year at the county and a year at the hospital", requested="case_management_months", today=TODAY)
    assert found["case_management_months"] == 24


@pytest.mark.parametrize(
    "text, months",
    [
        ("i started there in june of twenty twenty five so about a year and a half ish maybe eighteen months", 18),
        ("like two years, maybe twenty three months", 23),
    ],
)
def test_lengths_joined_only_by_hedges_are_one_stretch(extract, text, months):
    assert extract(text, requested="case_management_months", today=TODAY)["case_management_months"] == months


def test_a_range_of_lengths_is_still_its_lower_end(extract):  # control
    assert (
        extract("18 months or 2 years", requested="case_management_months", today=TODAY)["case_management_months"] == 18
    )


def test_a_length_unsure_of_itself_is_an_answer_not_a_question():
    from language.answers_in_context import is_real_question

    assert not is_real_question("since march of last year so like 21 mo?")
    assert not is_real_question("maybe three years?")
    assert is_real_question("does it take three years?")  # control


# ---- degrees ----
def test_a_degrees_letters_before_its_subject_give_its_level(extract):
    found = extract("AAS human services from the community college in 2021", requested="education_level", today=TODAY)
    assert found["education_level"] == "associate"


def test_a_degree_graduating_in_a_named_month_is_not_yet_held(extract):
    found = extract(
        "AS in human services. bsw at the state university, graduating may 2027",
        requested="education_level",
        today=TODAY,
    )
    assert found.get("education_level") != "bachelor"


@pytest.mark.parametrize(
    "text",
    [
        "Your college offers both an MSW and a master's in rehabilitation counseling, which should I pick?",
        "can i do it with my associate's or do i gotta finish my bachelors first",
        "not the LSW, i think that's after the BSW",
    ],
)
def test_a_degree_offered_or_still_to_come_is_not_held(extract, text):
    found = extract(text, today=TODAY)
    assert found.get("education_level") not in ("bachelor", "master")
    assert found.get("degree_field") not in ("social_work", "rehabilitation_counseling")


def test_a_degree_finished_after_going_back_is_still_held(extract):  # control
    assert extract("I went back to finish my bachelor's in 2018", today=TODAY)["education_level"] == "bachelor"


# ---- questions ----
@pytest.mark.parametrize(
    "intent, text, topic",
    [
        (
            "ask_what_is",
            "so what even IS case management? my cousin does it at a clinic and I can't tell what she does",
            ("what_is", ("case_management",)),
        ),
        ("ask_employers", "where do case managers work, is it only hospitals?", ("setting", ("case_management",))),
        ("ask_exam", "my boss said get the CDMS... is it a license, a degree or a test?", ("what_is", ("CDMS",))),
        ("ask_exam", "How many questions are on the CCM exam and how long do you get to take it?", ("exam", ("CCM",))),
        (
            "inform",
            "BSW or a master's in counseling if I want to do case management?",
            ("difference", ("BSW", "MCOUN")),
        ),
        ("ask_cost", "is the CCM worth it money wise if I stay at the clinic?", ("salary", ("CCM",))),
        (
            "ask_salary",
            "RN with two years at an insurer here. What would I pay in all for the CCM?",
            ("cost", ("CCM",)),
        ),
        ("ask_exam", "who do i call about the CRC exam, there are so many websites", ("issuer", ("CRC",))),
        (
            "ask_issuer",
            "Finished my MSW. Who do I send my application and supervision paperwork to for the clinical license?",
            ("issuer", ("LCSW",)),
        ),
        (
            "ask_duration",
            "New RN, my manager has her CCM. What's the soonest I could sit for the CCM?",
            ("duration", ("me",)),
        ),
        (
            "ask_education",
            "ADN vs BSN if I want to do case management, is the bachelor's worth it",
            ("difference", ("ADN", "BSN")),
        ),
        (
            "ask_education",
            "what do i need to become a rehab counselor for the state um do i need a masters",
            ("requirements", ("vocational_rehabilitation",)),
        ),
        (
            "ask_licensure",
            "CDMS requirements? do i need a degree or is my experience enough",
            ("requirements", ("CDMS",)),
        ),
        (
            "ask_issuer",
            "I have an MSW and three years at a hospital. Which group would I even apply to for a certification?",
            ("issuer", ("me",)),
        ),
        (
            "ask_employers",
            "If I do vocational rehab case management where would I be working?",
            ("setting", ("vocational_rehabilitation",)),
        ),
        (
            "inform",
            "i drive for a delivery company now if i got a case manager job at a hospital what would my days look like",
            ("day_to_day", ("hospitals",)),
        ),
    ],
)
def test_questions_in_these_words_are_answered_as_asked(topic_asked, intent, text, topic):
    assert topic_asked(intent, text) == topic


@pytest.mark.parametrize(
    "text",
    [
        "LMSW in Ohio, clinical job since May 2025 with an LISW supervisor. How long until I can get my LCSW?",
        "nj lsw, supervised hours started jan 2025 full time. soonest i could have my lcsw?",
    ],
)
def test_how_long_until_ones_own_licence_asks_of_ones_own_case(topic_asked, text):
    assert topic_asked("ask_duration", text) == ("duration", ("me",))


def test_how_long_a_licence_takes_in_general_is_asked_of_the_licence(topic_asked):  # control
    assert topic_asked("ask_duration", "I'm an LMSW. How long does the LCSW take in general?") == (
        "duration",
        ("LCSW",),
    )


def test_a_second_credential_named_by_its_issuer_is_compared(topic_asked):
    aspect, subjects = topic_asked("compare", "how is the CCM different from the nurse case management one from ANCC")
    assert aspect == "difference" and set(subjects) == {"CCM", "CMGT-BC"}


def test_a_place_named_as_the_subject_is_still_the_subject(topic_asked):  # control
    assert topic_asked("ask_employers", "do hospitals hire social workers as case managers?")[1] == ("hospitals",)
