"""The kinds the hundred-and-twelfth to hundred-and-fifteenth writers' sets showed misread (issue #12; written at the
start of round 28, kept unread for two rounds, read in round 30), each in other words than those sets': majors only
weighed ("not sure if I should major in psychology or social work", "undeclared, leaning ...") are neither a degree
held nor a wish for that work; a team or department one supervises or manages ("I've supervised our care coordination
team", "since June I've been managing the department") is supervisor time, and a length that opens its own clause
("for almost two years I've ...") measures what follows it; years whose title says case manager "but that's really
teaching" are not counted; a full-time job of which the coordination is only a share is part-time case management;
student teaching's placements are no placement in the fields CCMC names; a relative's or a co-worker's RN or BSN
("my son has the r n and the b s n", "the care coordinator is an RN") is not the asker's; "not yet a US RN" holds no
RN; discharge planning one did is one's work, not a wish; and questions: "where do I apply for my LSW?" asks who
grants it, an unpunctuated "who do I apply to ... is it the state or ..." asks the first question, "how long after
starting ... before I can sit for ..." asks how long, "the difference between a case manager and a social worker"
compares those two, "where else can I do case management" asks where, "what's an X" before a relative's story asks
what X is, and a specialization's pay, which the sources lack, is answered with the ranges they have; then, found by
rerunning every read set and reading every answer: supervised clinical practice begun ("started a clinical job ... in
September 2024 with an LCSW supervisor", "therapy ... under an LISW since ..."), one's own way to a state's clinical
licence answered with where one stands first, whether one's own background counts for a credential (asked of one's own
case, unless the message asks what anyone needs), two majors weighed compared by where each degree leads, what each
degree leads to, and a length told before a rougher "since <year>" naming the same work.

Controls (pass on the code before, ccd5ef5, too) are marked: they guard what the new rules must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from actions.answers import ActionAnswerQuestion
from tests.actions_harness import run, tracker

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 3)


def test_majors_weighed_are_no_degree_and_no_wish(extract):
    got = extract(
        "I'm a first-year student and my cousin who is blind got a great job through a job coach. I can't decide if "
        "I should major in sociology or social work though."
    )
    assert "degree_field" not in got
    assert "social work case management" not in (got.get("interests") or [])


@pytest.mark.parametrize(
    "text, field",
    [
        ("Nothing yet, still undecided. Leaning nursing or psych.", None),
        ("psychology, leaning toward a counseling masters later", "psychology"),  # control
        ("social work", "social_work"),  # control
    ],
)
def test_the_field_of_one_still_undecided(extract, text, field):
    assert extract(text, requested="degree_field").get("degree_field") == field


@pytest.mark.parametrize(
    "text, requested, months",
    [
        ("LPC. For about three years now I've supervised our outpatient care team.", None, 36),
        ("since March 2025 I supervise the intensive care coordination team", "case_management_months", 21),
        ("I've been managing the case management department since June 2024.", None, 30),
        ("i've supervised the case managers for two years", None, 24),  # control
    ],
)
def test_a_team_or_department_supervised_is_supervisor_time(extract, text, requested, months):
    assert extract(text, requested=requested, today=TODAY).get("supervisor_months") == months


def test_being_supervised_by_a_team_lead_is_no_supervising(extract):  # control
    assert "supervisor_months" not in extract("I was supervised by our team lead for 2 years", today=TODAY)


def test_a_title_that_is_really_teaching_is_not_counted(extract):
    text = (
        "Since September 2023 I've been the transition specialist for the district. Before that I taught life skills "
        "for 9 years, and the school called us case managers, but it was really teaching."
    )
    assert extract(text, requested="case_management_months", today=TODAY).get("case_management_months") == 39


@pytest.mark.parametrize(
    "text, full",
    [
        ("Full time at the school, but the case management part is about 40%.", False),
        ("I'm full-time but only half of my week is coordinating services.", False),
        ("yes full time, 100% case management", True),  # control
        ("full time, half my caseload is pediatric", True),  # control
    ],
)
def test_a_share_of_a_full_time_job(extract, text, full):
    assert extract(text, requested="case_management_full_time").get("case_management_full_time") is full


@pytest.mark.parametrize(
    "text, had",
    [
        ("Student teaching, two placements, both in fourth-grade classrooms. Nothing in health.", False),
        ("student teaching, and also a practicum at a community clinic", True),  # control
        ("yes, two placements, one at a hospital", True),  # control
    ],
)
def test_placements_of_student_teaching(extract, text, had):
    assert extract(text, requested="field_experience").get("field_experience") is had


@pytest.mark.parametrize(
    "text, requested, holds_rn",
    [
        ("LPN in Ohio. my son has the r n and the b s n, not me", "licenses", False),
        (
            "I'm the LPN at the clinic and the care coordinator is an RN, so zero I guess",
            "case_management_months",
            False,
        ),
        ("My RN is from Kenya, still active there. So not yet a US RN.", "licenses", False),
        ("I'm the care coordinator and I'm an RN", "licenses", True),  # control
    ],
)
def test_licences_of_others_and_abroad(extract, text, requested, holds_rn):
    got = extract(text, requested=requested)
    assert ("RN" in (got.get("licenses") or [])) is holds_rn
    assert got.get("education_level") != "bachelor"  # the son's BSN


def test_discharge_planning_one_did_is_work_not_a_wish(extract):
    text = (
        "i was a nurse on a rehab unit and i did discharge planning there for two years, now i want to do case "
        "management with people who have addictions"
    )
    assert "discharge_planning" not in (extract(text).get("interests") or [])
    again = "i did discharge planning for 3 years and i want to keep doing discharge planning at a hospital"
    assert "discharge_planning" in extract(again).get("interests")  # control of the wish said again


@pytest.mark.parametrize(
    "intent, text, topic",
    [
        ("ask_licensure", "Where do I apply for my LSW in Ohio? Is it the state board or ASWB?", ("issuer", ("LSW",))),
        (
            "ask_difference_therapist",
            "what's the difference between a social worker and a case manager",
            ("difference", ("case_management", "social_work")),
        ),
        (
            "ask_difference_therapist",
            "what's the difference between a case manager and a therapist",
            ("difference", ("case_management", "counseling")),
        ),  # control
        (
            "start_advising",
            "I have a BSW and hospitals aren't for me, where else can I do case management",
            ("setting", ("me",)),
        ),
        (
            "inform",
            "um whats a c r c the man at my brother's job center who helped him find work said he is one",
            ("what_is", ("CRC",)),
        ),
    ],
)
def test_questions_asked(topic_asked, intent, text, topic):
    aspect, subjects = topic_asked(intent, text)
    assert (aspect, tuple(subjects)) == topic


def test_how_long_after_one_thing_before_another_asks_how_long():
    from language.question_topic import cue_aspect

    assert (
        cue_aspect("how long after starting a hospital case manager job before you can sit for the ACM?") == "duration"
    )


def test_an_unpunctuated_question_then_guesses_in_a_state_asks_who_grants_it(actions_database):
    text = "just got my msw in ohio who do i apply to for my license is it the state or is it aswb"
    entities = [
        {"entity": "degree", "value": "MSW", "start": 12, "end": 15},
        {"entity": "state", "value": "OH", "start": 19, "end": 23},
    ]
    events, messages = run(ActionAnswerQuestion(), tracker(intent="ask_licensure", text=text, entities=entities))
    topic = next(e["value"] for e in events if e.get("name") == "last_topic")
    assert topic.startswith("issuer:")
    assert "Ohio" in messages[0]["text"]


def test_where_to_apply_for_jobs_is_still_where_the_work_is():  # control
    from language.question_topic import cue_aspect

    assert cue_aspect("where should I be applying for case management jobs") == "setting"


def test_a_specializations_pay_the_sources_lack_is_answered_with_the_ranges_they_have(actions_database):
    entities = [{"entity": "specialization", "value": "mental_health"}]
    _, messages = run(
        ActionAnswerQuestion(),
        tracker(intent="ask_salary", text="what do mental health case managers earn", entities=entities),
    )
    said = "\n".join(m.get("text") or "" for m in messages)
    assert "I don't have pay figures for Mental health case management" in said
    assert "Social work case management: $45,000 to $65,000" in said  # the guide's range, cited
    assert "bls.gov" in said


def test_a_question_asked_for_whom_one_would_help_is_no_interest(extract):
    text = "my husband says you cant do case management without a degree is that true or does it depend on the job"
    assert "interests" not in extract(text, requested="interests")


@pytest.mark.parametrize(
    "text, months",
    [
        ("LMSW in Illinois, started a clinical job at a counseling center in March 2025 with an LCSW supervisor.", 21),
        ("lmsw in ohio, started supervised clinical hours june 2025, full time", 18),
        ("LMSW here, doing therapy at a community clinic under an LISW since February 2025.", 22),
        ("im an lmsw in texas, started my supervised clinical hours in march 2025, full time.", 21),  # control
    ],
)
def test_supervised_clinical_practice_begun(extract, text, months):
    assert extract(text, today=TODAY).get("clinical_supervision_months") == months


def test_a_licence_of_ones_own_supervisor_still_dates_no_work(extract):  # control
    assert "clinical_supervision_months" not in extract("LCSW since 2021 and a therapist", today=TODAY)


def test_ones_own_way_to_a_states_clinical_licence_says_where_one_stands_first(actions_database):
    text = (
        "LMSW in New York, I started a clinical job at a counseling center in September 2024 with an LCSW "
        "supervisor. How long until I can apply for my LCSW?"
    )
    entities = [
        {"entity": "license", "value": "LMSW", "start": 0, "end": 4},
        {"entity": "state", "value": "NY", "start": 8, "end": 16},
        {"entity": "license", "value": "LCSW", "start": 92, "end": 96},
        {"entity": "license", "value": "LCSW", "start": 143, "end": 147},
    ]
    events, messages = run(ActionAnswerQuestion(), tracker(intent="ask_duration", text=text, entities=entities))
    assert next(e["value"] for e in events if e.get("name") == "last_topic") == "duration:me/LCSW"
    # 36 months in New York (the board's rule), 27 of them since September 2024
    assert "27 of 36 months" in messages[0]["text"]
    assert "New York" in messages[1]["text"]


@pytest.mark.parametrize(
    "text, subjects",
    [
        (
            "I've been a peer navigator at a recovery center for two years full time. Does any of that time count "
            "toward the CCM?",
            ("me",),
        ),
        ("LPC in Nevada, 4 years of case management at a clinic. Does that qualify me for the CCM?", ("me",)),
        ("does my degree in criminal justice count for the CCM? I did an internship at a jail", ("me",)),
        ("does a sociology degree count for the CCM?", ("CCM",)),  # control: anyone's degree
        ("does volunteer work count toward the CCM?", ("CCM",)),  # control
    ],
)
def test_whether_ones_own_background_counts_for_a_credential_is_asked_of_ones_own_case(topic_asked, text, subjects):
    assert topic_asked("ask_requirements", text) == ("requirements", subjects)


def test_two_majors_weighed_are_compared_by_where_each_degree_leads(actions_database):
    text = "should my daughter major in psychology or social work if she wants to do case management"
    entities = [
        {"entity": "degree_field", "value": "psychology", "start": 28, "end": 38},
        {"entity": "specialization", "value": "social_work", "start": 42, "end": 53},
    ]
    events, messages = run(ActionAnswerQuestion(), tracker(intent="ask_education", text=text, entities=entities))
    assert next(e["value"] for e in events if e.get("name") == "last_topic") == "difference:BPSY+BSW"
    psychology, social_work = (m["text"] for m in messages[:2])
    # CCMC's degree route takes a health or human services field; the LSW and the ACM-SW take a social work degree
    assert "Toward the CCM" in psychology and "Toward the LSW" not in psychology
    assert "Toward the LSW" in social_work and "Toward the ACM" in social_work


def test_a_masters_meets_what_a_bachelors_does_and_more(actions_database):
    _, messages = run(
        ActionAnswerQuestion(),
        tracker(intent="ask_what_is", text="what is an MSW", entities=[{"entity": "degree", "value": "MSW"}]),
    )
    said = messages[0]["text"]
    assert "Toward the LMSW" in said and "Toward the LCSW" in said and "Toward the CCM" in said
    assert "Toward the LSW" not in said  # the bachelor-level licence's route asks for a BSW
    assert "Toward the CRC" not in said  # CRCC asks for a rehabilitation counseling or related master's


def test_what_anyone_needs_then_whether_ones_work_counts_asks_the_credentials_rule(topic_asked):  # control
    text = "what do you need for the crc? i'm a job coach at a nonprofit, does that count"
    assert topic_asked("ask_requirements", text) == ("requirements", ("CRC",))


@pytest.mark.parametrize(
    "degree, leads, not_to",
    [
        ("BSN", ["RN", "CCM"], ["LMSW"]),  # the RN's route names an associate or a bachelor's in nursing
        ("BSW", ["LSW", "C-SWCM"], ["C-ASWCM", "LMSW"]),
        ("MSW", ["C-ASWCM"], ["C-SWCM"]),  # NASW's bachelor-level certification is the BSW's
    ],
)
def test_where_a_degree_leads(actions_database, degree, leads, not_to):
    _, messages = run(
        ActionAnswerQuestion(),
        tracker(intent="ask_what_is", text=f"what is a {degree}", entities=[{"entity": "degree", "value": degree}]),
    )
    said = messages[0]["text"]
    assert all(f"Toward the {code}:" in said for code in leads)
    assert not any(f"Toward the {code}:" in said for code in not_to)


@pytest.mark.parametrize(
    "text, requested, slot, months",
    [
        # found by the answer reading: the supervising that now names its work says a rough "since" again
        (
            "Four years. I've supervised the care coordination team since 2022.",
            "supervisor_months",
            "supervisor_months",
            48,
        ),  # control
        # control
        ("four years, I've supervised the case managers since 2022", "supervisor_months", "supervisor_months", 48),
        (
            "started march 2018 as an intake worker then caseworker, got promoted to supervisor in may of last year "
            "so about seven years doing casework and supervising since then",
            "case_management_months",
            "case_management_months",
            84,
        ),  # control: the length said of the casework, not from its start until today
    ],
)
def test_a_length_then_a_rougher_start(extract, text, requested, slot, months):
    assert extract(text, requested=requested, today=TODAY).get(slot) == months
