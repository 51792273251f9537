"""The kinds of question and answer the eleventh writer's sets showed missed (issue #12), each in other words than
that set's: cue words, exams as a credential's, a degree's own field, stories whose last question asks what a thing
is, one's own day, other fields' credentials, someone else's licence, a state before a licence, rates that are not
durations, subjects that are not ours, and first-person questions said without a question mark."""

from __future__ import annotations

import pytest

from language.message_intent import whole_message_intent
from language.question_topic import cue_aspect, topic_of
from tests.placed import FIELDS, at

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text, aspect",
    [
        ("who oversees the CRC exam nowadays", "issuer"),  # who runs an exam, not the exam
        ("whats that nurse certification, the one with BC at the end", "what_is"),
        ("how many questions does the ACM have", "exam"),
        ("can i finish an MSW in one year with advanced standing", "duration"),
        ("they offered me 45k to start at the nonprofit, fair or not?", "salary"),
        ("are there case management jobs out in small towns", "setting"),
        ("ballpark, what would the whole thing run me money-wise", "cost"),
        ("is the LPC in Ohio the same level as an LMHC in New York", "difference"),
        ("can an LPN work as a case manager in a clinic or does it have to be an RN", "requirements"),
        ("so what would my week look like in that job", "day_to_day"),
        ("honestly what kinds of employers want a psych grad", "setting"),
        ("saving up... is the CRC around $400? or does that not include the exam", "cost"),  # a price asked about
        ("starting at about $41,000 at the county, is that normal", "salary"),  # a salary is not a price
    ],
)
def test_everyday_words_name_the_aspect(text, aspect):
    assert cue_aspect(text) == aspect


def test_a_body_named_as_where_a_credential_comes_from_asks_the_issuer():
    text = "wait is the CDMS through CCMC or some other group"
    mentions = [at(text, "credential", "CDMS", "cdms"), at(text, "organization", "CCMC", "ccmc")]
    assert topic_of("ask_exam", text, mentions).slot == "issuer:CDMS"


def test_the_questions_of_an_exam_are_the_exams_not_what_counts_toward_a_requirement():
    text = "how many questions are on the CRC exam and how many of them actually count"
    assert topic_of("ask_eligibility", text, [at(text, "credential", "CRC", "crc")]).slot == "exam:CRC"


def test_an_exam_is_a_credentials_not_a_degree_field_named_in_the_question():
    text = "Thinking about the CRC someday. what is on the exam, is it mostly counseling theory?"
    mentions = [at(text, "credential", "CRC", "crc"), at(text, "degree_field", "counseling", "counseling")]
    assert topic_of("ask_exam", text, mentions, degree_for_field=FIELDS).slot == "exam:CRC"


def test_the_field_after_a_named_degree_is_that_degrees():
    text = "would an MSN in nursing leadership be enough, or does it have to be an MSN in case management"
    mentions = [at(text, "degree", "MSN", "msn"), at(text, "degree_field", "nursing", "nursing")]
    assert topic_of("compare", text, mentions, degree_for_field=FIELDS).slot == "degree:MSN"


def test_a_story_whose_last_question_asks_what_a_thing_is_asks_that():
    text = (
        "I drove a forklift for eleven years until my back went. My caseworker says I qualify for voc rehab. "
        "is that a program?? what even is vocational rehabilitation"
    )
    mentions = [at(text, "specialization", "vocational_rehabilitation", "vocational rehabilitation")]
    intent = whole_message_intent("inform", text, ["specialization"])
    assert intent == "ask_what_is"
    assert topic_of(intent, text, mentions).slot == "what_is:vocational_rehabilitation"


def test_my_day_as_a_case_manager_is_the_askers_own():
    text = "Home health aide for two years. If I switched to case management what would my days be like?"
    assert topic_of("ask_day_to_day", text, [at(text, "setting", "home_health", "home health")]).slot == (
        "day_to_day:me"
    )


def test_the_own_path_to_a_kind_of_work_is_the_askers_case():
    text = "Security guard, 9 years, no degree. how many years would it take before I'm a mental health case manager?"
    mentions = [at(text, "specialization", "mental_health", "mental health")]
    assert topic_of("ask_duration", text, mentions).slot == "duration:me"


@pytest.mark.parametrize(
    "text, intent",
    [
        ("do my three years as a case aide count toward the two years", "ask_eligibility"),  # no question mark
        ("County dispatcher for twelve years. is there a path for somebody like me", "start_advising"),
    ],
)
def test_first_person_questions_heard_as_telling_are_questions(text, intent):
    assert whole_message_intent("inform", text, []) == intent


@pytest.mark.parametrize(
    "text, requested, expected",
    [
        ("just my CADC for now", "licenses", {"licenses": []}),  # another field's certification: none of ours
        ("nationally registered paramedic", "licenses", {"licenses": []}),
        ("no, our team lead is an RN though", "licenses", {"licenses": []}),  # someone else's licence
        ("MA LSW here, bachelor level", None, {"state": "MA", "licenses": ["LSW"]}),  # the state, not a master's
        ("a few visits a month, otherwise it's 911 calls", "case_management_months", {}),  # a rate: not one month
        ("nothing official, a couple shifts a month", "case_management_months", {"case_management_months": 0}),
        ("business administration", "degree_field", {"degree_field": "other"}),  # a subject that is not ours
        ("outreach, and maybe an MSW down the road", "interests", {}),  # a degree still to come is not held
    ],
)
def test_facts_in_the_eleventh_writers_kinds(extract, text, requested, expected):
    found = extract(text, requested=requested)
    kept = ("licenses", "state", "education_level", "degree_field", "case_management_months")
    assert {k: v for k, v in found.items() if k in kept} == expected


@pytest.mark.parametrize(
    "text, kind, code",
    [
        ("what do child welfare case managers do all day", "specialization", "social_work"),
        ("how much of a nurse CM's day is phone calls", "specialization", "healthcare"),
        ("agency case managers, how much of your week is driving", "setting", "community"),
        ("how much do case managers at nonprofits make", "setting", "nonprofit"),
    ],
)
def test_a_role_named_by_its_field_or_place_names_that_subject(nlp, text, kind, code):
    assert (kind, code) in [(e.label_, e.ent_id_) for e in nlp(text).ents]
