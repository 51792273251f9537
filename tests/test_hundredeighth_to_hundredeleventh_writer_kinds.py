"""The kinds the hundred-and-eighth to hundred-and-eleventh writers' sets showed misread (issue #12; written at the
start of round 27, kept unread for two rounds, read in round 29), each in other words than those sets': a credential
told of a supervisor, manager or director ("my manager is an RN with the CCM", "... is an ACM-RN, that's her not
me"); an RN still to come ("no r n yet, that's after I pass the n c l e x", "once he's an RN here"); "not the full
LPC yet" after a candidate licence; a length answered and then a question asked, with a remark after it; a later
sentence about an unpaid internship, which takes no months away; a start told as "since I registered in ..."; a rough
length, then its exact dates; another job "but that's X not people"; "I'd do part time" as a wish, "all FT" as an
answer; an earlier job "rather than managing cases" (its hours are not the case management's); the place of a year
that "doesn't count"; a bachelor's "two thirds through"; a diploma that "isn't a degree" before the degree held; the
research done for a daughter (speaking for her); a hospital one "worked ... in" told after "and" (no wish for
hospitals); fewer months in health care told in passing than already told; and questions: "who do I apply to ..., the
state or X?", "requirements for X?", "what do I need for X?" before a story, a day "compared with floor nursing" or
"compared to now", the cost of being "licensed as a mental health counselor", a job "all phone and computer", "is a
master's in X required", and who may hold a credential whatever the aspect reader hears; then, found by rerunning
every read set: a degree to come after a diploma is not held, a credential that would raise one's pay "as a health
plan nurse case manager" is what is asked of, a placement in a degree not yet finished is none (as every writer who
met one labels it), the asker's own years and story when asking for a relative ("they have been an RN case manager
for 12 years"), and what follows "me:".

Controls (pass on the code before, a993666, too) are marked: they guard what the new rules must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from actions.intake import ActionExtractProfile
from tests.actions_harness import run, slot_events
from tests.actions_harness import tracker as action_tracker

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    "text, held",
    [
        ("LSW in Ohio. My director is an RN with the CCM, in case that matters.", ["LSW"]),
        ("just the RN. my team lead on the case management side is an ACM-RN but that's her, not me", ["RN"]),
        ("none. my boss is a CRC and keeps telling me to get it", []),  # control
        ("my supervisor is an lcsw and i'm an lsw", ["LSW"]),  # control
        ("i'm an RN and my manager is a CCM", ["RN"]),  # control
        ("c n a for years, no r n yet, that comes after i pass the n c l e x in march", []),
        ("once hes an RN here can he apply for the ACM right away", []),
        ("I passed the NCLEX in 2019 and have worked med-surg since", ["RN"]),  # control
        ("I'm an LPCC here, the candidate one, not the full LPC yet", []),
        ("LPC, not the full LPCC yet", ["LPC"]),  # control: Ohio's LPC before its LPCC
    ],
)
def test_credentials_of_others_still_to_come_or_not_in_full(extract, text, held):
    assert sorted(extract(text, requested="licenses").get("licenses") or []) == held


def _intake(text, requested, intent="inform", slots=None, nlp=None):
    entities = [
        {"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char} for e in nlp(text).ents
    ]
    tracker = action_tracker(
        {"requested_slot": requested, **(slots or {})}, intent, text, entities, "intake_form", None, "action_listen"
    )
    events, _ = run(ActionExtractProfile(), tracker)
    return slot_events(events)


def test_a_length_answered_before_a_question_and_a_remark_is_the_answer(nlp):
    text = (
        "Care coordination at the health plan since May 2025, 19 months, though only 24 hours a week. Would my "
        "years on the ICU count for anything? I did plenty of coordinating there, but I wouldn't call it case "
        "management."
    )
    got = _intake(text, "case_management_months", intent="ask_requirements", nlp=nlp)
    assert got.get("case_management_months") == 19
    assert got.get("case_management_full_time") is False


def test_fewer_months_in_health_care_told_in_passing_keep_those_told(nlp):
    text = "18 months. care coordinator on a cardiac ward jan 2023 - jul 2024, bedside nurse before that"
    got = _intake(text, "case_management_months", slots={"healthcare_months": 120}, nlp=nlp)
    assert got.get("case_management_months") == 18
    assert "healthcare_months" not in got


def test_months_in_health_care_answered_are_taken_as_said(nlp):  # control  # control
    got = _intake("two years on a surgical ward", "healthcare_months", slots={"healthcare_months": 120}, nlp=nlp)
    assert got.get("healthcare_months") == 24


@pytest.mark.parametrize(
    "text, requested, months",
    [
        (
            "Since March 2023 at the county, so 45 months. My internship there was case management too, but unpaid.",
            None,
            45,
        ),
        ("since i registered as an associate in may 2024", "clinical_supervision_months", 31),
        ("Roughly three years and change. October 2023 to now.", None, 38),
        ("around two years, march 2025 to now", None, 21),  # control
        (
            "case aide since june 2025 so 18 months and i drove a forklift for five years but that's pallets not "
            "people",
            None,
            18,
        ),
        ("two years at the hospital, march 2020 to now at the clinic", None, 105),  # control: two stretches
        # controls found by the rerun: a start with no length said again, years alone, a placement only
        ("about 14 months, started oct '25. same unit the whole time", "healthcare_months", 14),  # control
        ("a unit clerk at a hospital for about 20 months, 2019 to 2021", "healthcare_months", 20),  # control
        (
            "About four months if the practicum counts, I started there in September. Otherwise none, I've never had a "
            "paid case management job.",
            None,
            0,
        ),  # control
    ],
)
def test_the_length_asked(extract, text, requested, months):
    slot = requested or "case_management_months"
    assert extract(text, requested=slot, today=TODAY)[slot] == months


@pytest.mark.parametrize(
    "text, requested, full",
    [
        ("people with addictions. honestly i'd do part time CM at the clinic again if it came up", "interests", None),
        ("so 3 yrs at the shelter and 2 at the county, 60 months, all FT", "case_management_months", True),
        (
            "Since 2022 as a case manager, 48 months. Before that I did part-time respite care, which was hands-on "
            "help rather than managing cases.",
            "case_management_months",
            None,
        ),
        ("three years, part time the whole way", "case_management_months", False),  # control
    ],
)
def test_full_or_part_time_of_the_case_management(extract, text, requested, full):
    assert extract(text, requested=requested, today=TODAY).get("case_management_full_time") is full


def test_the_place_of_a_year_that_does_not_count_is_not_the_setting(extract):
    text = "Eight months now, part time. The clinic year before doesn't count, the agency had its own case managers."
    assert "case_management_setting" not in extract(text, requested="case_management_months", today=TODAY)


@pytest.mark.parametrize(
    "text, level, underway",
    [
        (
            "an associate's in accounting, and I'm about two thirds through a bachelor's in psychology",
            "associate",
            "bachelor",
        ),
        (
            "My nursing schooling was a diploma, which isn't a degree. The one degree I hold is an associate in "
            "general studies.",
            "associate",
            None,
        ),
        ("high school diploma, nothing after", "high_school", None),  # control
        ("GED. ADN done december 2027", "high_school", None),  # control: a degree to come is not held
    ],
)
def test_degrees_held_and_underway(extract, text, level, underway):
    got = extract(text, requested="education_level", today=TODAY)
    assert got.get("education_level") == level
    assert got.get("underway_level") == underway


def test_research_done_for_a_relative_is_speaking_for_them():
    from language.spokesperson import speaks_for_someone

    assert speaks_for_someone(["My son just finished his BA and I'm doing some research for him. I'm a nurse."])
    assert not speaks_for_someone(["My son is in college and I'm doing research for my own career change."])  # control


def test_a_hospital_worked_in_told_after_and_is_no_wish(extract):
    text = (
        "i finished my degree back home and worked four years in a hospital there, and i want to help people with "
        "disabilities find work"
    )
    assert "hospitals" not in (extract(text).get("interests") or [])


@pytest.mark.parametrize(
    "intent, text, topic",
    [
        (
            "ask_licensure",
            "who do i apply to for my LMSW in ohio, the board or ASWB?",
            ("issuer", ("LMSW",)),
        ),  # control
        (
            "ask_eligibility",
            "requirements for the ACM? is an MSW required or is my BSW fine",
            ("requirements", ("ACM",)),
        ),
        (
            "inform",
            "What do I need for the CRC? I do job placement for people with disabilities at a nonprofit.",
            ("requirements", ("CRC",)),
        ),
        (
            "ask_day_to_day",
            "what's a typical day like for a hospital case manager compared with bedside nursing?",
            ("day_to_day", ("hospitals",)),
        ),
        (
            "ask_day_to_day",
            "I'm a tele RN hoping to move into case management at my hospital. What would my days look like compared "
            "to now?",
            ("day_to_day", ("me",)),
        ),
        (
            "ask_cost",
            "how much does it cost to get licensed as a mental health counselor in Florida?",
            ("cost", ("LPC",)),
        ),
        (
            "ask_outlook",
            "is payer case management all phones and computers? no clients at all?",
            ("day_to_day", ("insurance",)),
        ),
        ("ask_outlook", "is a master's in social work basically required for hospital jobs now?", ("degree", ("MSW",))),
        (
            "ask_eligibility",
            "is the CCM realistic for someone who isn't a nurse or an LCSW?",
            (
                "requirements",
                ("CCM",),
            ),  # control (the aspect reader, since it learned from these sets, hears a comparison: see below)
        ),
        ("ask_cost", "how much is the LPC exam?", ("cost", ("LPC",))),  # control
        # found by the rerun: the asker's own role, and what a credential adds to its pay
        ("ask_salary", "would the CCM raise my pay much as a health plan nurse case manager?", ("salary", ("CCM",))),
        ("ask_salary", "what does a health plan nurse case manager make?", ("salary", ("insurance",))),  # control
    ],
)
def test_questions_asked(topic_asked, intent, text, topic):
    assert topic_asked(intent, text) == topic


def test_one_question_then_guesses_at_its_answer_asks_the_first():
    from language.question_topic import first_question_cue

    assert first_question_cue("who do i apply to for my LMSW in ohio, the board or ASWB?") == "issuer"
    assert first_question_cue("who do i apply to for my LMSW in ohio?") is None  # control: one question, no guesses


def test_who_may_hold_it_is_asked_whatever_the_aspect_reader_hears():
    from language.question_topic import chosen_aspect, cue_aspect

    text = "is the CCM realistic for someone who isn't a nurse or an LCSW?"
    learned = {"difference": 0.51, "requirements": 0.07}  # (as the reader heard it once it learned from these sets)
    assert chosen_aspect("ask_eligibility", text, cue_aspect(text), learned) != "difference"


@pytest.mark.parametrize(
    "text, had",
    [
        (
            "Not in my bachelor's. My MRC has a practicum, which I finished in the spring, but the degree isn't done.",
            False,
        ),
        ("my msw placement is at a hospital, the degree is not done until may", False),
        ("yes, my BSW had a 400 hour placement at a hospital", True),  # control
        ("practicum done, internship starts in January", True),  # control
    ],
)
def test_a_placement_counts_with_its_degree_once_conferred(text, had):
    from language.answers_in_context import placement

    assert placement(text) is had


def test_the_askers_own_story_when_asking_for_someone_tells_nothing_of_them(extract):
    from language.spokesperson import in_first_person

    said = (
        "My son is about to finish his sociology degree and I'm doing the research for him. I've been a nurse case "
        "manager for 9 years at a health plan, so I know that side."
    )
    got = extract(in_first_person(said).text)
    assert "case_management_months" not in got
    assert "insurance" not in (got.get("interests") or [])


def test_what_follows_me_colon_is_the_askers_own():
    from language.spokesperson import in_first_person

    rewritten = in_first_person("her: no license here yet. me: LPN in Texas, not that it matters").text
    assert "LPN" not in rewritten and "her:" in rewritten
    assert in_first_person("she has her BSW").text == "i have my BSW"  # control


def test_what_clients_have_is_still_an_interest(extract):  # control, found by the rerun
    got = extract("older folks and their families, especially when they have dementia", requested="interests")
    assert "medical" in got["interests"]
