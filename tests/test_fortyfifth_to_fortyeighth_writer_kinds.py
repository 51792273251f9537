"""The kinds the forty-fifth to forty-eighth writers' sets showed misread (issue #12), each in other words than those
sets': the practical nurses' exam spelled out at a kiosk; a licence's school, or a licence let go, is no licence held;
the capital is not Washington state; a length corrected after its unit's short form; the answer before a question; a
hospital's discharge planning nurse is a case manager; "the past year and a half"; a degree said not to be one's own,
or a degree's length asked about; and who "deaf" and "real jobs" name."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.intake import ValidateIntakeForm
from language import wording
from language.answers_in_context import answer_after_question, full_time, is_real_question, state_code
from language.durations import find_durations
from tests.actions_harness import DOMAIN
from tests.actions_harness import tracker as action_tracker

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
    assert found["licenses"] == []
    assert "education_level" not in found and "degree_field" not in found


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


# ---- questions ----
@pytest.mark.parametrize(
    "intent, text, aspect, subjects",
    [
        # how long the field takes: the degree, then the experience its certification asks
        ("ask_duration", "roughly how long until someone can work as a case manager?", "duration",
         ("case_management",)),
        # everything it takes, though an exam is one of the things named
        ("ask_exam", "For the LMSW, what's needed other than the MSW? An exam, fingerprints, anything else?",
         "requirements", ("LMSW",)),
        ("ask_education", "lcsw in texas after an msw: what do i need besides the degree", "requirements", ("LCSW",)),
        ("ask_eligibility", "what do u need to sit for the crc", "requirements", ("CRC",)),
        # what it costs to sit the exam
        ("ask_cost", "how much to take the aswb masters exam", "cost", ("LMSW",)),
        # which degree will do: named by its subject, weighed against another
        ("ask_eligibility", "Would a bachelor's in sociology work for the CCM or does it have to be nursing or social"
         " work?", "degree", ("CCM",)),
        ("ask_eligibility", "is an ADN really enough to work as a nurse case manager", "degree", ("ADN",)),
        # the field's majors, asked by someone who only wants the job
        ("ask_education", "what should i major in if im gonna be a case manager", "degree", ("case_management",)),
        # a day's work, said as office hours, as a shift, as where the time goes
        ("start_advising", "what would i actually be doing nine to five as a case manager", "day_to_day",
         ("case_management",)),
        ("ask_day_to_day", "Insurance case managers - what fills their week?", "day_to_day", ("insurance",)),  # control
        ("ask_outlook", "CRCs, are they mostly in the office or out in the field?", "day_to_day", ("CRC",)),
        # the days at a place named in the question, not in the story before it
        ("ask_day_to_day", "If I worked as a case manager at an insurance company, what would my days look like?",
         "day_to_day", ("insurance",)),
        # a path "X -> Y" is about Y
        ("ask_duration", "adn -> bsn while working nights, how many semesters", "duration", ("BSN",)),
        # controls for the two changes above (passed before): told as a path before the question, "X -> Y" is no
        # subject, what is asked is
        ("ask_what_is", "the counselor wrote 'BSW -> MSW -> LCSW' for me. What's an LCSW though?", "what_is",
         ("LCSW",)),
        # ...and a licence or the degree (no degree named by its kind) asks what it takes
        ("ask_eligibility", "for the C-SWCM do you need the license or is the degree enough?", "requirements",
         ("C-SWCM",)),
        # who decides the rules
        ("ask_eligibility", "the cdms is through ccmc right, but who actually sets the eligibility rules",
         "issuer", ("CDMS",)),
        # places and pay, asked of oneself, are the work's
        ("inform", "with an lpc in ohio where can i work besides private practice", "setting", ("LPC",)),
        ("inform", "twenty years as a firefighter making about ninety thousand would i take a big pay cut going into"
         " case management", "salary", ("me",)),
        # a story told in one breath, then whether they may sit for it
        ("inform", "i was a youth pastor for twelve years and did a lot of what i would call case management and i "
         "have a bachelors in theology would i be able to sit for the ccm", "requirements", ("me",)),
        # what it is, then a guess about it
        ("out_of_scope", "whats a cdms exactly? and is it just the insurance version of the ccm", "what_is",
         ("CDMS",)),
        # whether a programme's accreditation is needed is the degree asked for (a control: passed before)
        ("ask_education", "is cacrep or core accreditation needed for the crc?", "degree", ("CRC",)),
        # medical case managers are healthcare case management's
        ("ask_salary", "ballpark pay for medical case managers?", "salary", ("healthcare",)),
    ],
)  # fmt: skip
def test_the_topic_asked(topic_asked, intent, text, aspect, subjects):
    assert topic_asked(intent, text) == (aspect, subjects)


def test_how_long_the_field_takes_is_answered_with_times(database):
    from knowledge.aspect_answers import answer_aspect

    with database.session() as session:
        answer = answer_aspect(session, "duration", "case_management")
    assert answer.found and any("24 months" in fact.text for fact in answer.facts)


# ---- "n/a" ----
def test_not_applicable_is_neither_full_nor_part_time():
    assert full_time("n/a", answering=True) is None
    assert full_time("not applicable", answering=True) is None


def test_not_applicable_leaves_the_question_at_once():
    text = "n/a"
    t = action_tracker(
        {"supervisor_months": 18, "requested_slot": "case_management_full_time"},
        text=text,
        loop="intake_form",
        events=[{"event": "user", "text": text}],
    )
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateIntakeForm().run(dispatcher, t, DOMAIN))
    assert wording.SKIPPED_AFTER_MISSES in [m.get("text") for m in dispatcher.messages]
    skipped = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "skipped_slots"]
    assert skipped and "case_management_full_time" in skipped[-1]


# ---- kinds imagined from the forty-ninth to fifty-second writers' briefs (their sets stay unread) ----
def test_work_since_a_date_is_measured_to_today():
    from datetime import date

    from language.durations import work_since

    today = date(2026, 12, 1)
    assert [d.months for d in work_since("caseworker at the county since June 2024", today)] == [30]
    assert [d.months for d in work_since("doing this since fall of 2025", today)] == [15]  # from September
    assert [d.months for d in work_since("since 2025", today)] == [23]  # a year alone: from its January
    assert work_since("LSW since 2021", today) == []  # when a licence came
    assert work_since("sober since 2019", today) == []


def test_years_sober_are_no_years_at_work(extract):
    found = extract("clean nine years now and a recovery coach for one", requested="case_management_months")
    assert found.get("case_management_months") != 108


def test_getting_people_back_to_their_jobs_is_helping_people_find_work(extract):
    found = extract("I help guys who got hurt on the job get back to their jobs", requested="interests")
    assert "employment" in found["interests"]


def test_running_a_team_is_supervising(extract):
    found = extract("I run the care coordination team, six of them, for about two years", requested="supervisor_months")
    assert found["supervisor_months"] == 24


@pytest.mark.parametrize(
    "text, code",
    [
        ("overnight tech at a detox center in Nevada, three years", "NV"),
        ("I'm an LADC in Minnesota with a bachelor's", "MN"),
        ("claims adjuster in Tennessee for a big carrier", "TN"),
    ],
)
def test_the_state_a_role_or_a_workplace_is_in(text, code):
    assert state_code(text, False) == code


def test_no_degree_past_high_school_is_high_school(extract):
    found = extract("warehouse lead for ten years, no degree past high school, want to help people find work")
    assert found["education_level"] == "high_school"


def test_a_check_of_ones_own_answer_stays_an_answer(extract):  # a control for the change above: passed before
    text = "RN, active in Ohio. I have CPR and PALS too but those aren't licenses, right? That's all."
    assert not is_real_question(text)
    assert extract(text, requested="licenses")["licenses"] == ["RN"]


# ---- a school placement counted in with the work (boards count employment only) ----
@pytest.mark.parametrize(
    "text, months",
    [
        ("four years at the county, including my BSW placement year", 36),
        ("three years, but the first year was my MSW internship", 24),
        ("like 5 years if you count the practicum, 4 paid", 48),
    ],
)
def test_a_placement_counted_in_is_taken_out(extract, text, months):
    assert extract(text, requested="case_management_months")["case_management_months"] == months


@pytest.mark.parametrize(
    "text", ["LMSW; passed the clinical last week, the LCSW is pending", "LSW, LISW not issued yet"]
)
def test_a_licence_not_granted_yet_is_not_held(extract, text):
    assert "LCSW" not in extract(text, requested="licenses")["licenses"]


def test_years_doing_discharge_planning_are_case_management(extract):
    found = extract("MSW and LSW, hospital social worker, six years doing discharge planning")
    assert found["case_management_months"] == 72


def test_time_served_is_no_time_at_work(extract):
    found = extract("I did three years in state prison, and when I got out a case manager helped me find housing.")
    assert "case_management_months" not in found


def test_the_va_is_a_health_system(extract):
    found = extract("at the VA, the one in Denver", requested="case_management_setting")
    assert found["case_management_setting"] == "health_system"


@pytest.mark.parametrize("text", ["guys getting out of prison like I did", "folks on parole trying to find work"])
def test_people_getting_out_of_prison_are_reentry(extract, text):
    assert "reentry" in extract(text, requested="interests")["interests"]


def test_people_coming_home_from_rehab_are_not_reentry(extract):  # a control: passed before, as it must after
    assert (
        "reentry"
        not in extract("families with addiction, people coming home from rehab", requested="interests")["interests"]
    )


def test_another_fields_licence_spelled_out_is_none_of_ours(extract):
    assert extract("i'm a licensed o t a here in texas and that's all", requested="licenses")["licenses"] == []
