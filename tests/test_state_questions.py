"""A question that names a state keeps what it asks (who licenses, which exam, how long): the state's own rows answer
it. Expectations come from the boards and laws as shared/research/state-licensure.md records them, not from the code.
"""

from __future__ import annotations

import pytest

from actions.answers import ActionAnswerQuestion
from knowledge.state_answers import state_aspect_answer
from tests.actions_harness import run, slot_events
from tests.test_actions import tracker

pytestmark = pytest.mark.usefixtures("actions_database")


def test_who_licenses_in_a_state_is_that_states_board_with_its_page(catalog):
    # Pennsylvania's guide: the State Board of Social Workers, MFTs and Professional Counselors; the LSW is master's
    answer = state_aspect_answer(catalog, "PA", "issuer", "master")
    assert "Pennsylvania State Board of Social Workers" in answer.text and "the LSW is issued" in answer.text
    assert [c.url for c in answer.citations] == [catalog.states["PA"].citation.url]


def test_the_exam_in_a_state_is_that_states_exam_or_none(catalog):
    # California: "a California law and ethics examination and a clinical examination" (BPC, board page)
    assert "Law & Ethics" in state_aspect_answer(catalog, "CA", "exam", "clinical").text
    # Illinois (225 ILCS 20/9A): no exam for the LSW since 2022
    assert "LSW, no exam" in state_aspect_answer(catalog, "IL", "exam", "master").text


def test_how_long_in_a_state_is_its_supervised_experience(catalog):
    # Illinois: a BSW holder needs 3 years of supervised experience for the LSW
    assert "36 months" in state_aspect_answer(catalog, "IL", "duration", "bachelor").text
    # Florida: 2 years after the MSW, at least 1,500 hours of face-to-face psychotherapy; register as an intern first
    florida = state_aspect_answer(catalog, "FL", "duration", "clinical").text
    assert "24 months" in florida and "1,500 hours" in florida and "intern" in florida
    # Michigan: the limited licence first, then 4,000 hours for the full LMSW
    assert "4,000 hours" in state_aspect_answer(catalog, "MI", "duration", "master").text


def test_a_figure_the_sources_do_not_give_is_said_unknown_and_the_board_named(catalog):
    # Pennsylvania's master's level: the guide gives no months of supervised experience for the LSW
    text = state_aspect_answer(catalog, "PA", "duration", "master").text
    assert "don't say" in text and "Pennsylvania State Board" in text


def test_a_state_not_held_says_so_and_names_its_board(catalog):
    text = state_aspect_answer(catalog, "WY", "exam").text
    assert "I don't have Wyoming's" in text and "Wyoming's social work licensing board" in text


def _entity(text, kind, value, words):
    start = text.lower().index(words)
    return {"entity": kind, "value": value, "start": start, "end": start + len(words)}


@pytest.mark.parametrize(
    "intent, text, entities, slot, said",
    [
        (
            "ask_licensure",
            "over in ohio, what board hands out the lsw, and which body is that?",
            [("state", "OH", "ohio"), ("license", "LSW", "lsw")],
            "issuer:LSW",
            "Ohio Counselor, Social Worker",
        ),
        (
            "ask_eligibility",
            "texas msw here: which exams stand between me and the lmsw?",
            [("state", "TX", "texas"), ("degree", "MSW", "msw"), ("license", "LMSW", "lmsw")],
            "exam:LMSW",
            "Jurisprudence",
        ),
        (
            "ask_experience",
            "BSW in Illinois, how many years of supervision before the LSW",
            [("degree", "BSW", "bsw"), ("state", "IL", "illinois"), ("license", "LSW", "lsw")],
            "duration:LSW",
            "36 months",
        ),
    ],
)
def test_a_state_question_is_answered_as_asked_from_the_states_rows(intent, text, entities, slot, said):
    found = [_entity(text, *each) for each in entities]
    events, messages = run(ActionAnswerQuestion(), tracker(intent=intent, text=text, entities=found))
    assert slot_events(events)["last_topic"] == slot
    assert said in messages[0]["text"]


def test_a_state_question_asking_several_things_gets_the_states_whole_rules():
    text = "In Massachusetts, what does the LSW require, is it just the exam?"
    found = [_entity(text, "state", "MA", "massachusetts"), _entity(text, "license", "LSW", "lsw")]
    events, _ = run(ActionAnswerQuestion(), tracker(intent="ask_licensure", text=text, entities=found))
    assert slot_events(events)["last_topic"] == "requirements:LSW"


@pytest.mark.parametrize(
    "text, state, words, said",
    [
        # Illinois licenses BSW holders as LSWs after 3 years of supervised experience (state-licensure.md)
        ("is there any license in illinois for someone with only a BSW", "IL", "illinois", "Illinois"),
        ("Does Wyoming even have a license for people with just a BSW?", "WY", "wyoming", "I don't have Wyoming's"),
    ],
)
def test_a_licence_for_a_social_work_degree_in_a_state_is_the_states_answer(text, state, words, said):
    found = [_entity(text, "state", state, words), _entity(text, "degree", "BSW", "bsw")]
    events, messages = run(ActionAnswerQuestion(), tracker(intent="ask_education", text=text, entities=found))
    assert said in messages[0]["text"]
    assert "Council on Social Work Education" not in messages[0]["text"]
