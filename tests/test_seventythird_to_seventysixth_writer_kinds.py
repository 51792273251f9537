"""The kinds the seventy-third to seventy-sixth writers' sets showed misread (issue #12; those sets were written and
read this round), each in other words than those sets': a licence that lapsed named by its state, a renewal not done;
an associate licence called licensed; a credential taken but its result not in; a supervisor's or a director's
credential, said with "'s an", in an aside in brackets, or listed after theirs with "and a"; "until I finish the MSW";
a supervisor who "never said anything about" the CCM; a director with two credentials, the CCM among them; and
questions of what one would spend, and whether what lapsed "still counts", said on without a mark."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text, held",
    [
        ("I was an RN but my Ohio license lapsed in 2019 when I moved abroad", []),
        ("CCM from 2017, but I didn't do the renewal last year", []),
        ("LMHC associate in Florida, so sort of licensed, but the full LMHC should come after my hours", []),
        ("sat for the c d m s last month, results come in six weeks, so nothing yet", []),
        ("none. my supervisor's an LCSW if that counts for anything", []),
        ("LSW. (My boss is an LCSW and a CCM, not me.)", ["LSW"]),
        ("Just my LPN. My husband is an RN and a CCM.", ["LPN"]),
        ("LMSW since June, nothing else. My program director has an LCSW.", ["LMSW"]),
    ],
)
def test_credentials_not_held_now_are_not_held(extract, text, held):
    assert extract(text, requested="licenses")["licenses"] == held


@pytest.mark.parametrize(
    "text, held",
    [
        ("RN, active in Ohio, renewed last year", ["RN"]),
        ("I have an LCSW and my director has one too", ["LCSW"]),
    ],
)
def test_credentials_held_stay_held(extract, text, held):  # controls: each passed before
    assert extract(text, requested="licenses")["licenses"] == held


def test_a_degree_to_finish_before_a_licence_is_not_held(extract):
    found = extract("nothing yet, I can't sit for the LMSW until I finish the MSW next year", requested="licenses")
    assert found.get("education_level") != "master"
    assert found["licenses"] == []


@pytest.mark.parametrize(
    "text, said",
    [
        ("not sure, my supervisor's an LMSW and she's never mentioned a CCM", False),
        ("the program director has the ACM and CCM, and she signs off on my cases", True),
    ],
)
def test_whether_a_supervisor_held_the_ccm(extract, text, said):
    assert extract(text, requested="supervised_by_ccm")["supervised_by_ccm"] is said


@pytest.mark.parametrize(
    "intent, text, topic",
    [
        ("ask_cost", "about what would I spend to get the CDMS if my company won't pay?", ("cost", ("CDMS",))),
        (
            "inform",
            "i used to be an lsw in ohio but it lapsed years ago does any of that still count",
            ("requirements", ("LSW",)),
        ),
    ],
)
def test_questions_in_these_words_are_answered_as_asked(topic_asked, intent, text, topic):
    assert topic_asked(intent, text) == topic
