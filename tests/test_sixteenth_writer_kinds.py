"""The kinds the sixteenth writer's sets showed missed (issue #12), each in other words than that set's: a question-word
question followed by guesses at its answer, "what does it take", what a setting asks of its case managers, a path's
whole cost, going back for a named degree, remote jobs, one's actual day, what a state's title is; and, in people's
words, the step before a licence, degrees weighed, a licence someone was told about or was supposed to have, and
the place of one's own health-care work beside a wish."""

from __future__ import annotations

import pytest

from language.question_topic import cue_aspect, topic_of
from tests.placed import at

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text, aspect",
    [
        ("what would it take to become an lpc in ohio", "requirements"),
        ("are there any work from home case manager jobs", "setting"),
    ],
)
def test_everyday_words_name_the_aspect(text, aspect):
    assert cue_aspect(text) == aspect


def test_a_question_word_question_then_guesses_asks_what_the_first_asks():
    text = "who runs the CRC exam, is it the state or the CRCC?"
    assert topic_of("ask_exam", text, [at(text, "credential", "CRC", "crc")]).aspect == "issuer"


def test_what_a_title_is_then_a_guess_unpunctuated_asks_what_it_is():
    text = "what is an lbsw in texas is that just for new grads"
    assert topic_of("ask_licensure", text, [at(text, "license", "LSW", "lbsw")]).aspect == "what_is"


def test_what_a_setting_asks_of_its_case_managers_is_about_the_setting():
    text = "do insurance case managers in ohio need to be nurses"
    mentions = [at(text, "setting", "insurance", "insurance")]
    assert topic_of("ask_eligibility", text, mentions).slot == "requirements:insurance"


@pytest.mark.parametrize(
    "intent, text, mentions, slot",
    [
        ("ask_cost", "CNA here. if I do the LPN program and then the RN bridge what would all of that cost me",
         [("license", "LPN", 22, 25), ("license", "RN", 47, 49)], "cost:me"),
        ("ask_education", "ADN for 20 years. do I have to go back for my BSN to move into case management",
         [("degree", "ADN", 0, 3), ("degree", "BSN", 46, 49)], "degree:me"),
        ("ask_day_to_day", "ER nurse, 10 yrs. in case management what would my typical day be, would I be bored?",
         [], "day_to_day:me"),
    ],
)  # fmt: skip
def test_the_askers_own_path_cost_school_and_day(intent, text, mentions, slot):
    assert topic_of(intent, text, mentions).slot == slot


@pytest.mark.parametrize(
    "text, requested, expected",
    [
        ("LMSW-associate... no wait, LPC-Associate in Ohio, finished my counseling masters", "",
         {"education_level": "master"}),
        ("my son is deciding between transferring into a BSN or a nursing ADN", "", {"education_level": None}),
        ("my coworker told me the LCSW pays way more", "", {"licenses": None}),
        ("none, i should have had the CRC last year but i failed", "licenses", {"licenses": []}),
        ("i work as a hospital tech and i want to help families with paperwork", "", {"interests": ["families"]}),
    ],
)  # fmt: skip
def test_facts_in_the_sixteenth_writers_kinds(extract, text, requested, expected):
    found = extract(text, requested=requested or None)
    assert {k: found.get(k) for k in expected} == expected


def test_a_medical_assistant_is_no_masters_and_an_aas_is_an_associate_degree(extract):
    found = extract("MA here (medical assistant, not a masters). I have my AAS. should I do nursing school or a BA?")
    assert found.get("education_level") == "associate" and found.get("degree_field") is None
