"""The kinds the hundred-and-sixteenth to hundred-and-nineteenth writers' sets showed misread (issue #12; written at the
start of round 29, kept unread for two rounds, read in round 31), each in other words than those sets': a stretch told
by "started <month year>, left <month year>" without the "in"s; a story whose own last word is "I suppose officially
none?"; a practicum "also in a school"; clinicals of LPN school or a CNA class, no degree; a placement going on "right
now ... it ends in April"; leading corpsmen, "not case mgmt"; "nothing since" after a stretch told, which leaves it as
it was; a total said last after a break taken out ("so four years, 48 months"); a placement in a degree said after to be
unfinished; "I am in the associate nursing program now" is a degree underway; years "managing but no caseload" are no
case management of one's own; someone asked for by "this is for my mother", "posting for a friend", "asking for my
younger brother" (so the asker's own "I'm the CRC in the family" or "that's mine not hers" is not theirs); two dated
stretches, the later begun after the earlier ended, are both counted; "which wasn't CM" said of an earlier stretch;
"never heard him mention a CCM" is no CCM supervisor; people who have a mental illness named first ("refugee families
with mental illness") are whom the condition is about, and people "coming out of hospital" whom one helps, not where one
wants to work; a degree "3/4 of the way through" and "never finished" is no field; other work said after a stretch of
case management ("now a job coach ..., not really CM") is still one's work; a disability named beside old age, with
nothing said of work, is long-term care, not vocational rehabilitation, and people with disabilities "who want to work"
want work; and questions: "who licenses counselors" asks of the LPC, "what will I owe" asks the cost, "can I do case
management without ever working in a hospital" asks of that place, "is case management the same as social work" or "a
licensed professional counselor and a case manager" compares the two named (and a voc rehab counselor with a social
worker is answered by the two fields' table), "where else can you be a case manager" after a place not wanted asks where
the field works, an unpunctuated "who decides how many hours" asks who grants the licence, "is a <degree> a good route
into case management" asks of the degree, community mental health case managers' pay or days are mental health case
management's, nurse case managers' pay "with the CCM" is theirs (unless the question weighs what the CCM adds; a rehab
counselor's "with the CRC" stays the CRC's), a credential's pay, which the sources lack, is answered with the ranges
they have, and a message heard as goodbye that says no farewell ("since right after labor day 2023, same clinic, full
time") is an answer, not the end of the intake.

Controls (pass on the code before, fac7e5a, too) are marked: they guard what the new rules must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from actions.answers import ActionAnswerQuestion
from language.spokesperson import in_first_person, speaks_for_someone
from tests.actions_harness import run, tracker

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text, months",
    [
        ("before grad school: care coordinator, started march 2018, left the end of may 2020. therapist since.", 27),
        ("I started there in March 2019 and left in June 2022", 39),  # control
    ],
)
def test_a_stretch_started_then_left_without_the_ins(extract, text, months):
    assert extract(text, requested="case_management_months", today=TODAY).get("case_management_months") == months


def test_ones_own_last_word_none_over_years_of_other_work(extract):
    text = (
        "Hard to say. Nobody ever called me a case manager, though I handled student caseloads for twenty years as a "
        "teacher. I guess technically none."
    )
    assert extract(text, requested="case_management_months", today=TODAY).get("case_management_months") == 0


def test_nothing_since_leaves_the_stretch_told(extract):
    text = (
        "Four years at a Medicaid health home, June 2016 to May 2020, so 48 months. Nothing since, unless the care "
        "coordination for my counseling clients counts, and I don't think it does."
    )
    assert extract(text, requested="case_management_months", today=TODAY).get("case_management_months") == 48


def test_a_total_said_last_after_a_break_taken_out(extract):
    text = "Since June 2023, so three and a half years, minus six months of leave, so three years, 36 months."
    got = extract(text, requested="clinical_supervision_months", today=TODAY)
    assert got.get("clinical_supervision_months") == 36


@pytest.mark.parametrize(
    "text, had",
    [
        ("Student teaching in a second-grade room, and my master's practicum was also in a school.", False),
        (
            "Not in my first degree. The MSW placements are the only ones I've had. The degree isn't finished yet.",
            False,
        ),
        ("my practicum was in a school, doing school social work", True),  # control
        ("Yes, my BSW had a practicum at a hospital. My MSW isn't finished yet.", True),  # control
    ],
)
def test_placements_outside_the_fields_or_in_a_degree_unfinished(extract, text, had):
    assert extract(text, requested="field_experience").get("field_experience") is had


@pytest.mark.parametrize(
    "text, had",
    [
        ("we did clinicals in LVN school at a rehab hospital, if that counts", False),
        ("he doesn't have a degree yet but he did the clinical part of the c n a course at a hospital", False),
        (
            "My associate's had nothing like that. LPN school had clinicals, but that was a certificate, not my AS",
            False,
        ),
        ("I'm doing my MSW practicum right now at a clinic, it ends in May. My BA didn't have one", False),
        (
            "just the clinical part of my CNA training at a rehab center, about 20 hours. but that is not degree",
            False,
        ),  # control
        (
            "yes, in college i did a for-credit internship at a clinic, and i'm doing my MSW practicum right now",
            True,
        ),  # control
        ("LVN school had clinicals, and my ADN had clinicals too", True),  # control
        ("yes, nursing clinicals", True),  # control
    ],
)
def test_clinicals_of_a_certificate_or_a_placement_still_going(extract, text, had):
    assert extract(text, requested="field_experience").get("field_experience") is had


def test_leading_corpsmen_is_no_supervising_of_case_managers(extract):
    text = "in the navy i was LPO over 12 corpsmen for 3 yrs, not case mgmt tho. none now"
    assert extract(text, requested="supervisor_months", today=TODAY).get("supervisor_months") == 0


def test_i_am_in_the_program_is_a_degree_underway(extract):
    text = "high school, finished in 2023, and i am in the associate nursing program now until may 2027"
    got = extract(text, requested="education_level", today=TODAY)
    assert got.get("education_level") == "high_school"
    assert got.get("underway_level") == "associate"


@pytest.mark.parametrize(
    "text, months",
    [
        ("my own caseload jan 2015 - jan 2020 = 60 months. plus ~6 yrs managing but no caseload", 60),
        ("5 years as a case manager, but no caseload now since I became the director", 60),  # control
    ],
)
def test_years_managing_without_a_caseload(extract, text, months):
    assert extract(text, requested="case_management_months", today=TODAY).get("case_management_months") == months


@pytest.mark.parametrize(
    "opening, for_someone",
    [
        ("hi this is for my father not me, he was a medic for years", True),
        ("posting for a friend (he's not on slack). he's a nurse from Kenya", True),
        ("I'm an LPC myself, but I'm asking for my older sister. She has a BSW.", True),
        ("i am asking for my mom who needs a case manager after her stroke", False),
        ("this is for a class project on careers", False),  # control
    ],
)
def test_asking_for_someone_else(opening, for_someone):
    assert speaks_for_someone([opening]) is for_someone


@pytest.mark.parametrize(
    "text, licences",
    [
        ("She has no licence here yet. I'm the LCSW in the family.", []),  # control
        ("nothing in the US yet, she's waiting on the board. (i'm an LPC btw, that's mine not hers)", []),  # control
        ("she has her r n in texas, it's active", ["RN"]),  # control
    ],
)
def test_the_askers_own_licence_is_not_the_persons(extract, text, licences):
    assert extract(in_first_person(text).text, requested="licenses").get("licenses") == licences


@pytest.mark.parametrize(
    "text, requested, months",
    [
        (
            "Hospital in Manila the whole time, jan 2010 to dec 2019. here at a clinic system since june 2026",
            "healthcare_months",
            126,
        ),
        (
            "coordinator jan 2018 to jan 2024, so 6 yrs. before that 2 yrs on a med unit which wasn't CM",
            "case_management_months",
            72,
        ),
        ("I've worked at hospitals 6 years. Here at St. Mary's since 2023.", "healthcare_months", 72),  # control
    ],
)
def test_stretches_dated_apart_and_one_said_not_to_count(extract, text, requested, months):
    assert extract(text, requested=requested, today=TODAY).get(requested) == months


def test_never_heard_of_a_ccm_supervisor_is_no(extract):
    text = "Not sure honestly. My supervisor is the clinic director, an LCSW. I've never heard her mention a CCM."
    assert extract(text, requested="supervised_by_ccm").get("supervised_by_ccm") is False


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        ("somali elders and immigrant families with serious mental illness", {"mental_illness"}, {"older_adults"}),
        ("homeless veterans, and families with kids, and people with addiction", {"families"}, set()),  # control
    ],
)
def test_who_has_a_condition_named_first(extract, text, kept, dropped):
    interests = set(extract(text, requested="interests").get("interests") or [])
    assert kept <= interests and not dropped & interests


@pytest.mark.parametrize(
    "text, field",
    [
        ("I'm 3/4 of the way through a psych degree I never finished. I want to work with families.", None),
        ("I'm halfway through my BSW, part time", None),  # control
    ],
)
def test_a_degree_left_unfinished_is_no_field(extract, text, field):
    assert extract(text).get("degree_field") == field


def test_other_work_after_a_stretch_of_case_management_is_still_ones_work(extract):  # control
    text = (
        "3 yrs as a housing case manager, 2015-2018, FT. now i'm a job coach at a clubhouse, job development and "
        "coaching, not really CM."
    )
    assert "job_coaching" in extract(text, requested="case_management_months", today=TODAY).get("work_interests")


@pytest.mark.parametrize(
    "intent, text, topic",
    [
        ("ask_licensure", "who licenses counselors in ohio? same board as social workers?", ("issuer", ("LPC",))),
        ("ask_cost", "I have to move my CCM exam date. What will I owe to reschedule?", ("cost", ("me",))),
        ("ask_salary", "what do community mental health case managers get paid", ("salary", ("mental_health",))),
        (
            "ask_employers",
            "would i be able to do case management without ever working in a hospital",
            ("setting", ("hospitals",)),
        ),
        (
            "ask_employers",
            "could someone be a case manager without working in a hospital?",
            ("setting", ("case_management",)),
        ),  # control
        (
            "ask_difference_therapist",
            "is case management pretty much the same as social work?",
            ("difference", ("case_management", "social_work")),
        ),
        (
            "ask_difference_therapist",
            "how is a licensed professional counselor different from a case manager",
            ("difference", ("LPC", "case_management")),
        ),
        (
            "ask_difference_therapist",
            "how is a case manager different from a therapist",
            ("difference", ("case_management", "counseling")),
        ),  # control
        (
            "ask_salary",
            "what do case managers at a community mental health center get paid",
            ("salary", ("community_mental_health",)),
        ),  # control
        ("ask_salary", "typical pay for nurse case managers w/ the CCM?", ("salary", ("healthcare",))),
        ("ask_salary", "what does a rehab counselor with the CRC earn", ("salary", ("CRC",))),  # control
        (
            "ask_salary",
            "do nurse case managers with a CCM earn more than those without one",
            ("salary", ("CCM",)),
        ),  # control
        (
            "ask_difference_therapist",
            "is a counseling master's a smart way into case management, or is that degree mainly for therapists?",
            ("degree", ("MCOUN",)),
        ),
        (
            "ask_employers",
            "i do not want to work at a hospital ever. where else can a case manager work",
            ("setting", ("case_management",)),
        ),
        (
            "ask_employers",
            "I'm an RN but I'm done with hospitals. Where else could I work as a nurse CM?",
            ("setting", ("me",)),
        ),  # control
        (
            "ask_employers",
            "done with hospital nursing for good. where else can an RN work as a case manager?",
            ("setting", ("RN",)),
        ),  # control
    ],
)
def test_questions_asked(topic_asked, intent, text, topic):
    aspect, subjects = topic_asked(intent, text)
    assert (aspect, tuple(subjects)) == topic


def test_an_unpunctuated_who_decides_asks_who_grants_it(topic_asked):
    aspect, _ = topic_asked("nlu_fallback", "im an l m s w in ohio who decides how many hours i need for my l i s w")
    assert aspect == "issuer"


def test_who_licenses_counselors_in_a_state_names_the_counsellors_licence(actions_database):
    text = "who licenses counselors in texas, is it the same board as social workers"
    entities = [{"entity": "state", "value": "TX", "start": 27, "end": 32}]
    events, messages = run(ActionAnswerQuestion(), tracker(intent="ask_licensure", text=text, entities=entities))
    assert next(e["value"] for e in events if e.get("name") == "last_topic") == "issuer:LPC"
    assert "Licensed Professional Counselor" in messages[0]["text"]


def test_a_credentials_pay_the_sources_lack_is_answered_with_the_ranges_they_have(actions_database):
    entities = [{"entity": "credential", "value": "CCM", "start": 36, "end": 39}]
    text = "what do nurse case managers with the CCM usually make"
    _, messages = run(ActionAnswerQuestion(), tracker(intent="ask_salary", text=text, entities=entities))
    said = "\n".join(m.get("text") or "" for m in messages)
    assert "I don't have pay figures for Certified Case Manager" in said
    assert "Healthcare case management: $80,000 to $90,000" in said  # the guide's range, cited


def _first(facts, catalog):
    from advising.profile import Profile
    from advising.ranking import rank_specializations

    return rank_specializations(Profile.from_dict(facts, catalog), catalog)[0].code


@pytest.mark.parametrize(
    "interests, first",
    [
        (["older adults", "people with disabilities"], "social_work"),
        (
            ["older adults", "people with disabilities", "helping people find work"],
            "vocational_rehabilitation",
        ),  # control
        (["people with disabilities"], "vocational_rehabilitation"),  # control
    ],
)
def test_disability_beside_old_age_is_long_term_care_not_work(catalog, interests, first):
    assert _first({"interests": interests}, catalog) == first


def test_a_rehab_counselor_and_a_social_worker_are_compared(actions_database):
    text = "is a voc rehab counselor the same thing as a social worker"
    entities = [{"entity": "specialization", "value": "vocational_rehabilitation", "start": 5, "end": 26}]
    events, messages = run(
        ActionAnswerQuestion(), tracker(intent="ask_difference_therapist", text=text, entities=entities)
    )
    said = "\n".join(m.get("text") or "" for m in messages)
    assert "Vocational rehabilitation case management vs Social work case management" in said


@pytest.mark.parametrize(
    "text, wants_a_hospital",
    [
        ("people with schizophrenia or bipolar who just got discharged from the hospital, outreach work", False),
        ("older patients leaving the hospital, and i'd like to keep working in a hospital", True),  # control
    ],
)
def test_people_leaving_a_hospital_are_whom_one_helps(extract, text, wants_a_hospital):
    assert ("hospitals" in (extract(text, requested="interests").get("interests") or [])) is wants_a_hospital


def test_people_with_disabilities_who_want_to_work_want_work(extract):
    text = "adults with disabilities who want to work, or maybe seniors"
    assert "employment" in extract(text, requested="interests").get("interests")


@pytest.mark.parametrize(
    "text, intent",
    [
        ("since right after labor day 2023, same clinic, full time", "inform"),
        ("ok thats all for now, bye", None),  # control
        ("gtg my lunch is over", None),  # control
    ],
)
def test_a_goodbye_heard_without_a_farewell_is_an_answer(text, intent):
    from language.message_intent import decided_by_words

    assert decided_by_words("goodbye", text) == intent
