"""The kinds the hundred-and-fourth to hundred-and-seventh writers' sets showed misread (issue #12; written at the start
of round 26, kept unread for two rounds, read in round 28), each in other words than those sets': a credential one
"let lapse" that is not the RN, one that "lapsed" told before another licence never held, a licence whose schooling
"isn't done yet", "a CMA" said aloud (no ACM), a licensed master tradesman (no master's degree), the letters one
"doesn't get" (none held), a senior in a degree programme (the degree underway); a stretch whose later work "isn't
case management", a later unit after "then I", the dates' length said again with only marks between, the first
months part time of a stretch now full time, years supervising the coordinators (supervisor months); student
teaching beside "no health placement"; one's own "need to go back to work" and jobs "in the community" (no wish for
community work, nor for helping people find work); a nurse case manager of some kind named as the wish; one's own
wish after a parent named in the story ("with my mom ... so i want to do that" is no one asking for their mother, whose
rewriting of "i have" as "they have" lost the answer after it; found by the rerun of every read set); an RN licence
let lapse, said with its licence word; a price asked by comparing it ("does it cost the same as") or "out of
pocket"; and the place said just before "nurse case manager" ("an insurance nurse cm, day in the life?") as the
subject of a question about the work.

Controls (pass on the code before, 40d2901, too) are marked: they guard what the new rules must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    "text, held",
    [
        ("RN in Ohio. I had my CEN from the ER years but let it lapse, so it's only the RN", ["RN"]),
        ("I had the CRC for twenty years but I missed the CEUs so it lapsed. I never had an LPC", []),
        ("LPN in Kentucky, my RN isn't done yet, boards next summer", ["LPN"]),
        ("i'm a c m a through the a a m a, not a nurse", []),
        # the RN and its licence word are one mention, written as its code when read: the lapse is still the RN's
        ("I let my RN license lapse in 2019", []),
        ("i have the a c m since 2020", ["ACM"]),  # control
        ("RN in Ohio, I never let it lapse, not once in 20 years", ["RN"]),
        ("I don't understand all the letters, LMSW, LCSW, LSW, what are they", []),
    ],
)
def test_licences_lapsed_unfinished_or_not_ours(extract, text, held):
    assert sorted(extract(text, requested="licenses").get("licenses") or []) == held


@pytest.mark.parametrize(
    "text, requested, level",
    [
        ("I'm a licensed master plumber, no college", "education_level", None),
        ("a master's in counseling", "education_level", "master"),  # control
    ],
)
def test_a_master_tradesman_has_no_masters_degree(extract, text, requested, level):
    assert extract(text, requested=requested).get("education_level") == level


def test_a_senior_in_a_degree_programme_is_earning_it(extract):
    got = extract("I'm a junior in the BSW program at State and I graduate in May 2028", today=TODAY)
    assert got.get("underway_level") == "bachelor"
    assert got.get("underway_field") == "social_work"
    assert "education_level" not in got


@pytest.mark.parametrize(
    "text, months",
    [
        # ten years, then other work said not to be case management
        (
            "I was a claims case manager for ten years, then I ran the unit, and now I do consulting, which isn't CM",
            120,
        ),
        # August 2023 to December 2026 is 40 months, said again as "~3 yrs 4 mo"; the first months part of it
        ("aug 2023 to now, ~3 yrs 4 mo. the first 4 months i was per diem", 40),
        ("two years at the county and three at a nonprofit before that", 60),  # control
    ],
)
def test_the_length_of_one_stretch(extract, text, months):
    assert extract(text, requested="case_management_months", today=TODAY)["case_management_months"] == months


def test_years_supervising_the_coordinators_are_supervisor_months(extract):
    said = (
        "a service coordinator from January 2016 to December 2021, and since January 2022 I've been supervising the"
        " coordinators"
    )
    got = extract(said, requested="case_management_months", today=TODAY)
    assert got["case_management_months"] == 72  # January 2016 through December 2021
    assert got["supervisor_months"] == 59  # January 2022 through November 2026, the last whole month


@pytest.mark.parametrize(
    "text, full",
    [
        ("mostly. 30 hrs a week the first year then ft 40 since 2024", True),
        ("the first 6 months 30 hrs, then part time now", False),  # part time at first and still
        ("part time, 24 hours a week", False),  # control
    ],
)
def test_part_time_only_at_first_is_full_time_now(extract, text, full):
    assert extract(text, requested="case_management_full_time")["case_management_full_time"] is full


@pytest.mark.parametrize(
    "text, had",
    [
        ("student teaching in a high school, and the master's didn't have any placement", False),
        (
            "a classroom practicum for the M.Ed. and student teaching before it. No health or social work placement.",
            False,
        ),
        ("yes, a practicum at a hospice for my BSW", True),  # control
    ],
)
def test_student_teaching_beside_no_health_placement(text, had):
    from language.answers_in_context import placement

    assert placement(text) is had


def test_ones_own_return_to_work_is_no_interest(extract):
    said = "I've been home with my twins for eight years and need to go back to work, and I'd love to help families"
    assert "employment" not in (extract(said, requested="interests").get("interests") or [])


def test_helping_others_back_to_work_is_an_interest(extract):  # control
    said = "injured workers who get hurt and need to get back to work"
    assert "employment" in (extract(said, requested="interests").get("interests") or [])


def test_jobs_in_the_community_are_work_not_community_work(extract):
    got = extract("people with autism getting real jobs in the community", requested="interests")
    assert "community" not in got["interests"]
    assert "employment" in got["interests"]


def test_a_kind_of_nurse_case_manager_named_as_the_wish_is_healthcare(extract, catalog):
    from advising.ranking import named_specializations

    vocabulary = catalog.vocabulary.get("specialization", {})
    assert "healthcare" in named_specializations(["one day a telephonic nurse case manager at an insurer"], vocabulary)
    assert not named_specializations(["my son's nurse case manager was great"], vocabulary)
    assert not named_specializations(["the workers comp had this nurse case manager"], vocabulary)


def test_ones_own_wish_after_a_relative_in_the_story_is_not_speaking_for_them():
    from language.spokesperson import SPEAKS_FOR

    said = "we lived in a shelter with my dad when i was ten and a caseworker got us housed, so i want to do that"
    assert not SPEAKS_FOR.search(said)
    assert SPEAKS_FOR.search("my dad is 58 and wants to do case management")  # control


@pytest.mark.parametrize(
    "intent, text, topic",
    [
        ("compare", "how much is the c r c exam um does it cost the same as the see see em", ("cost", ("CRC",))),
        ("ask_cost", "if I have to reschedule the CCM exam what am I out of pocket", ("cost", ("me",))),
        # the place said just before a nurse case manager is the work's subject
        (
            "ask_day_to_day",
            "what's a day like for a health plan nurse case manager, all phones?",
            ("day_to_day", ("insurance",)),
        ),
        ("ask_day_to_day", "payer nurse cm, what's the day like?", ("day_to_day", ("insurance",))),
        (
            "ask_day_to_day",
            "what does a home health nurse case manager do all day",
            ("day_to_day", ("healthcare",)),
        ),  # control
    ],
)
def test_a_price_asked_by_comparing_and_a_nurses_employer(topic_asked, intent, text, topic):
    assert topic_asked(intent, text) == topic
