"""The kinds the fourteenth writer's sets showed missed (issue #12), each in other words than that set's: questions
said without punctuation after a story, "my question is ...", a telling clause before the asking one in the same
sentence, "is it all phone", what a price covers, what it takes besides the exam, going back to school as one's own
case, a degree's length, texting's "rn" for "right now", and everyday names of the CDMS and of ACT teams."""

from __future__ import annotations

import pytest

from language.asking import asking_part, asking_spans
from language.message_intent import whole_message_intent
from language.profile_extraction import means_right_now
from language.question_topic import cue_aspect, topic_of
from tests.placed import at

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text, aspect",
    [
        ("my aunt keeps telling me to look into utilization review what is that in regular words", "what_is"),
        ("how long is a bsw if I go at night", "duration"),
        ("she wants to be a rehab counselor, is that a six year thing?", "duration"),
        ("are hospice case managers out driving all day or is it mostly phone calls", "day_to_day"),
        ("do school case managers meet clients in person much", "day_to_day"),
        ("the cdms is 430 i think, is the exam included in that price", "cost"),
        ("does the lsw need supervision or is it just the test", "requirements"),
        ("would someone need experience hours for the crc", "requirements"),
    ],
)
def test_everyday_words_name_the_aspect(text, aspect):
    assert cue_aspect(asking_part(text) or text) == aspect


def test_a_question_said_without_punctuation_after_a_story_is_found():
    text = "my coworker says i should try care coordination what is that exactly"
    assert asking_part(text) == "what is that exactly"


def test_saying_my_question_is_asks_even_of_ones_own_case():
    text = "im 30 and an LPN at a clinic, my question is how soon could i be a case manager"
    assert whole_message_intent("inform", text, ["license"]) == "ask_duration"


def test_what_a_sentence_tells_before_it_asks_is_not_asked_about():
    text = "lpn with an adn here, how long is a bsn online"
    (start, end) = asking_spans(text)[0]
    assert text[start:end] == "how long is a bsn online"
    mentions = [at(text, "license", "LPN", "lpn"), at(text, "degree", "ADN", "adn"), at(text, "degree", "BSN", "bsn")]
    assert topic_of("ask_education", text, mentions).slot == "duration:BSN"


def test_going_back_to_school_is_the_askers_own_case():
    text = "I have a GED and 6 years as a medical assistant. would I have to go back to school to be a case manager?"
    assert topic_of("ask_education", text, []).slot == "degree:me"


@pytest.mark.parametrize(
    "text, right_now",
    [
        ("which major should I pick, im touring colleges rn", True),
        ("honestly im struggling rn, what pays more", True),
        ("i'm an rn on a cardiac floor", False),
        ("icu rn, 4 years", False),
        ("nights on a nursing home rn", False),
        ("I'm studying to be an RN", False),
    ],
)
def test_texting_rn_for_right_now_is_no_licence(text, right_now):
    start = text.lower().rindex("rn")
    assert means_right_now(text, start, start + 2) is right_now


def test_a_question_said_on_after_a_story_without_punctuation_is_asked():
    text = "ive been a cna for ten years and i want to move into case management do i need a bachelors"
    assert asking_part(text) == "do i need a bachelors"
    assert whole_message_intent("nlu_fallback", text, []) == "ask_education"
    # a question word earlier in the sentence keeps the whole question: "what degree do i need"
    assert asking_part("what degree do i need for the acm") == "what degree do i need for the acm"


@pytest.mark.parametrize(
    "text, requested, expected",
    [
        # the supervisor's licence, named as where supervision comes from, is not the asker's
        ("LMSW, getting supervision from my clinic's LCSW toward the clinical license", "",
         {"licenses": ["LMSW"]}),
        # everything heard of in a sentence is named, not held
        ("my friends keep telling me about the CCM and I keep hearing about the ACM and the CRC too", "",
         {"licenses": None}),
        # a degree someone is paying for is still being earned
        ("my employer is paying for my master's in social work, I'm halfway", "", {"education_level": None}),
        # a setting denied is not where the work was
        ("a freestanding dialysis center, not hospital based", "case_management_setting",
         {"case_management_setting": "other"}),
        ("got my LBSW in kentucky last spring", "", {"state": "KY"}),
    ],
)  # fmt: skip
def test_facts_in_the_fourteenth_writers_kinds(extract, text, requested, expected):
    found = extract(text, requested=requested or None)
    assert {k: found.get(k) for k in expected} == expected


def test_the_subject_of_a_degree_still_being_earned_is_not_the_held_degrees(extract):
    found = extract("the GI Bill is paying for my master's in clinical rehabilitation counseling, first year")
    assert found.get("degree_field") is None and found.get("education_level") is None
    held = extract("I have a master's in clinical rehabilitation counseling")
    assert held.get("education_level") == "master" and held.get("degree_field") == "rehabilitation_counseling"
