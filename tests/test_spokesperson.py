"""Someone answering the intake for a relative ("my wife has a BSN and wants to get into case management"): what is
told of that person ("she has her RN", "he doesn't have any yet") is the profile, read by the real action."""

from __future__ import annotations

import pytest

from actions.intake import ActionExtractProfile
from language.spokesperson import in_first_person, speaks_for_someone
from tests.actions_harness import run, tracker
from tests.actions_harness import slot_events as slots_of

pytestmark = pytest.mark.unit

OPENING = "My husband was a medic in the Army and wants to get into case management. What would he need?"


def entities_in(nlp, text):
    return [{"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char} for e in nlp(text).ents]


def said(nlp, requested, text, opening=OPENING):
    """The slots an answer sets, the opening said turns before: as on the action server, which is sent only the
    latest turns (channels/action_calls.py), what the opening told reaches the answer through the slots alone."""
    told = slots_of(run(ActionExtractProfile(), tracker({}, text=opening, entities=entities_in(nlp, opening)))[0])
    slots = {"requested_slot": requested, "speaks_for_someone": told.get("speaks_for_someone", False)}
    events = [{"event": "user", "text": text}]
    t = tracker(slots, text=text, entities=entities_in(nlp, text), loop="intake_form", events=events)
    return slots_of(run(ActionExtractProfile(), t)[0])


@pytest.mark.parametrize(
    "requested, text, expected",
    [
        ("licenses", "he has his LPN, nothing else", ["LPN"]),
        ("licenses", "he doesn't have any yet", []),
        ("education_level", "he has an associate's in general studies", "associate"),
        ("case_management_months", "he's done about a year of it at the VA", 12),
        ("state", "he is in Oklahoma", "OK"),
    ],
)
def test_what_is_told_of_the_relative_is_the_profile(actions_database, nlp, requested, text, expected):
    assert said(nlp, requested, text)[requested] == expected


def test_asked_about_supervision_she_is_still_the_supervisor(actions_database, nlp):
    found = said(nlp, "supervised_by_ccm", "no, she's an LCSW, not a CCM")
    assert found == {"supervised_by_ccm": False}


def test_someone_speaking_for_themselves_is_read_as_before(actions_database, nlp):
    opening = "I'm a CNA and my supervisor says I'd be good at case management"
    assert "licenses" not in said(nlp, "licenses", "she has her RN", opening=opening)


def test_who_is_spoken_for():
    assert speaks_for_someone(["Asking for my daughter, she is a junior in college"])
    assert speaks_for_someone(["my son wants to help veterans find work"])
    assert not speaks_for_someone(["my boss wants me to get certified", "my son is 4 so I need part time"])
    assert not speaks_for_someone(["my daughter wants me to go back to work now that she's in school"])


def test_the_words_move_with_the_rewriting():
    text = "she has her BSW from Ohio State"
    rewritten = in_first_person(text)
    start = text.index("BSW")
    assert rewritten.text == "i have my BSW from Ohio State"
    assert rewritten.text[rewritten.moved(start) : rewritten.moved(start) + 3] == "BSW"
