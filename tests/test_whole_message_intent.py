"""The intent of the whole message: a question told as a story is that question, an opening that says the person is
lost starts advising, real venting stays venting. Messages written for this test in people's own words."""

from __future__ import annotations

import pytest

from language.message_intent import wants_guidance, whole_message_intent

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "heard, text, meant",
    [
        ("vent", "my aunt does case management at a hospital and I still can't picture what her job looks like",
         "ask_day_to_day"),
        ("inform", "my cousin got her CRC last year. no clue who hands those out", "ask_issuer"),
        ("inform", "I keep running into CMGT-BC on job ads and honestly couldn't tell you what it is", "ask_what_is"),
        ("nlu_fallback", "heard the LCSW takes forever, wondering how long it really takes", "ask_duration"),
        ("start_advising", "people at work keep saying the ACM, not sure who even grants it", "ask_issuer"),
    ],
)  # fmt: skip
def test_a_question_told_as_a_story_is_that_question(heard, text, meant):
    assert whole_message_intent(heard, text) == meant


@pytest.mark.parametrize(
    "heard, text",
    [
        ("inform", "I'm an LPN at a nursing home and want to become a case manager, what do I need"),  # their own case
        ("inform", "bachelor's in psych, two years at a group home"),
        ("vent", "I'm so burnt out I cry after every shift"),
        ("ask_cost", "how much is the CCM exam"),  # a question intent is left to the topic reader
        ("dont_know", "idk"),
    ],
)
def test_other_messages_keep_the_classifiers_intent(heard, text):
    assert whole_message_intent(heard, text) is None


@pytest.mark.parametrize(
    "heard, text",
    [
        ("vent", "I'm lost"),
        ("nlu_fallback", "no idea where to start"),
        ("dont_know", "idk what I'm doing with my life"),
        ("vent", "honestly kinda lost, where do I even begin"),
    ],
)
def test_an_opening_that_says_the_person_is_lost_starts_advising(heard, text):
    assert whole_message_intent(heard, text) == "start_advising"


@pytest.mark.parametrize(
    "text",
    ["I'm so burnt out I cry after every shift", "lost my job last week and I'm exhausted", "I hate my job"],
)
def test_hurting_is_not_asking_for_guidance(text):
    assert not wants_guidance(text)


def test_an_unheard_question_about_ones_own_case_is_that_question():
    # the classifier heard nothing: the asking words decide, though they ask about the person's own case
    text = "did security for 10 years. could I get hired as a case manager with that?"
    assert whole_message_intent("nlu_fallback", text) == "ask_eligibility"
    # told as an answer or a story, it stays one: the intake reads its facts and the plan answers it
    assert whole_message_intent("inform", text) is None


# A story that ends by asking about the person's own case is that question; the intake reads its facts all the same
# (actions/intake.py reads a message that tells_then_asks). Written for this test in forum words.
@pytest.mark.parametrize(
    "heard, text, meant",
    [
        ("inform", "I was a bank teller for 15 years and now I work the front desk at a clinic. How long would it "
         "take me to become a case manager?", "ask_duration"),
        ("inform", "I have an associate's in early childhood ed and I've done daycare for a decade. Where should "
         "I even be applying for case management work?", "ask_employers"),
        ("vent", "I got my nursing degree in Kenya and worked five years on a surgical ward. I'm a home health "
         "aide here now. What would I need to do to get my RN license in Minnesota?", "ask_eligibility"),
    ],
)  # fmt: skip
def test_a_story_that_ends_by_asking_about_the_own_case_is_that_question(heard, text, meant):
    assert whole_message_intent(heard, text) == meant


def test_an_answer_that_doubts_stays_an_answer_for_the_intake():
    assert whole_message_intent("inform", "two years at a hospital, is that enough?") is None


def test_two_options_and_which_opens_more_doors_compare():
    assert (
        whole_message_intent("ask_education", "sociology or human services... which opens up more jobs?") == "compare"
    )
