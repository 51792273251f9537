"""The kinds of question the fifth writer's set showed missed (issue #12), each in other words than that set's:
cue words, settings as subjects, stories that end by asking what a thing is, and the ANCC's certification named
in words."""

from __future__ import annotations

import pytest

from language.message_intent import whole_message_intent
from language.question_topic import cue_aspect, topic_of
from tests.placed import FIELDS, at

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text, aspect",
    [
        ("what does ccmc charge people to take the ccm exam", "cost"),  # a charge to sit an exam is its price
        ("how many semesters of nursing school for an associate degree", "duration"),
        ("shortest amount of time to the lcsw?", "duration"),
        ("what does a hospital cm do hour by hour", "day_to_day"),
        ("where do psych grads end up getting jobs", "setting"),
        ("how different is hospital case management from insurance work", "difference"),
        ("who is in charge of social work licences there", "issuer"),  # "in charge of" is not a price: who runs it
    ],
)
def test_everyday_words_name_the_aspect(text, aspect):
    assert cue_aspect(text) == aspect


def test_the_asked_pay_beats_an_exam_only_told():
    text = "Passed my exam in May and they offer 48k. Is that normal pay for a new LMSW?"
    assert topic_of("ask_cost", text, [at(text, "license", "LMSW", "lmsw")]).slot == "salary:LMSW"


def test_a_vs_between_activities_compares_no_two_subjects():
    text = "in case management, is it more driving clients vs sitting at a desk day to day?"
    assert topic_of("ask_day_to_day", text, []).slot == "day_to_day:case_management"


@pytest.mark.parametrize(
    "intent, text, named, slot",
    [
        # the setting that hires is the subject, whatever licence or credential the question also names
        (
            "ask_experience",
            "do insurance companies want an RN with 3 years of med surg before hiring",
            [("setting", "insurance", "insurance"), ("license", "RN", "rn")],
            "requirements:insurance",
        ),
        (
            "ask_employers",
            "do hospitals make their case managers have a license or not",
            [("setting", "hospitals", "hospitals")],
            "requirements:hospitals",
        ),
        (
            "ask_education",
            "which degrees do nonprofits look for when they hire a case manager, would sociology do",
            [("setting", "nonprofit", "nonprofits"), ("degree_field", "other", "sociology")],
            "degree:nonprofit",
        ),
    ],
)
def test_a_setting_that_hires_is_the_subject(intent, text, named, slot):
    mentions = [at(text, *each) for each in named]
    assert topic_of(intent, text, mentions, degree_for_field=FIELDS).slot == slot


def test_degrees_named_as_alternatives_ask_what_the_credential_accepts():
    text = "for the ccm, does the degree need to be nursing or social work, or is psychology ok"
    mentions = [
        at(text, "credential", "CCM", "ccm"),
        at(text, "degree_field", "nursing", "nursing"),
        at(text, "degree_field", "social_work", "social work"),
        at(text, "degree_field", "psychology", "psychology"),
    ]
    assert topic_of("ask_education", text, mentions, degree_for_field=FIELDS).slot == "degree:CCM"


def test_where_a_field_of_study_leads_is_its_degree_setting():
    text = "where do people with a counseling masters get hired if they don't want to do therapy?"
    mentions = [at(text, "degree_field", "counseling", "counseling")]
    assert topic_of("ask_difference_therapist", text, mentions, degree_for_field=FIELDS).slot == "setting:MCOUN"


def test_a_bridge_is_about_where_it_leads_only_among_what_is_asked():
    text = "Worked as an LPN for years and just finished a bridge. Is the NCLEX the only exam for the RN?"
    mentions = [at(text, "license", "LPN", "lpn"), at(text, "license", "RN", " rn?")]
    mentions[1] = ("license", "RN", mentions[1][2] + 1, mentions[1][3] - 1)
    assert topic_of("ask_eligibility", text, mentions).slot == "exam:RN"


@pytest.mark.parametrize(
    "heard, text, meant",
    [
        ("out_of_scope", "The nurse at my grandpa's rehab signs as an RN. What is an RN exactly?", "ask_what_is"),
        (
            "vent",
            "a lady from the insurer kept calling me about my claim. im so confused lol what is a cdms",
            "ask_what_is",
        ),
        # "..., which surprised me." tells; the next sentence asks
        (
            "inform",
            "My cousin says most jobs are at hospitals now, which surprised me. What is hospital case management?",
            "ask_what_is",
        ),
        (
            "inform",
            "Ten years at a shelter, now I'm tired. How different is insurance work from agency work, honestly?",
            "compare",
        ),
    ],
)
def test_a_story_ending_in_what_a_thing_is_asks_what_it_is(heard, text, meant):
    assert whole_message_intent(heard, text) == meant


def test_a_story_that_only_tells_keeps_its_intent():
    text = "I work at a clinic, which I love, and my manager is great."
    assert whole_message_intent("inform", text) is None


@pytest.mark.parametrize(
    "text, said",
    [
        ("where do you sit the ANCC case mgmt exam", "ANCC case mgmt"),
        ("is the a n c c case management certification hard", "a n c c case management"),
    ],
)
def test_the_anccs_case_management_certification_in_words_is_cmgt_bc(nlp, catalog, text, said):
    credentials = [(e.text, e.label_) for e in nlp(text).ents if e.label_ == "credential"]
    assert credentials == [(said, "credential")]
    assert catalog.vocabulary["credential"][said.lower()] == "CMGT-BC"
