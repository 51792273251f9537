"""The kinds the thirteenth writer's sets showed missed (issue #12), each in other words than that set's: short and
spoken questions, a charge nurse is no price, hourly pay is no price, paid work is no salary, what someone has to do
to get a licence, one's own way to a role, the licence a question leads to, a leading "none", a degree's length,
other fields' licences, and placements told as rotations."""

from __future__ import annotations

import pytest

from language.answers_in_context import placement
from language.question_topic import cue_aspect, topic_of
from tests.placed import at

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text, aspect",
    [
        ("what do the letters CDMS on my charge nurse's badge mean", "what_is"),
        ("crc meaning", "what_is"),
        ("what is utilization review, in simple terms", "what_is"),
        ("whos behind the cmgt-bc", "issuer"),
        ("are LPNs licensed by the state or by their school", "issuer"),
        ("does the CRC count unpaid internships or only paid work", "requirements"),
        ("what does a Philippine-trained nurse have to do to get licensed in Ohio", "requirements"),
        ("CNA making about $19/hr, would I make more as a case manager", "salary"),
        ("where could a person like me do care coordination without a nursing license", "setting"),
    ],
)
def test_everyday_words_name_the_aspect(text, aspect):
    assert cue_aspect(text) == aspect


def test_the_own_way_to_a_role_is_the_askers_case():
    text = "CNA in a nursing home for 7 years. how long would it take me to become an RN case manager?"
    assert topic_of("ask_duration", text, [at(text, "license", "RN", "rn")]).slot == "duration:me"


def test_the_licence_a_question_leads_to_is_its_subject():
    text = "ohio lsw here how long of supervision before i can go for the lisw"
    mentions = [at(text, "license", "LSW", "lsw"), at(text, "license", "LCSW", "lisw")]
    assert topic_of("ask_duration", text, mentions).slot == "duration:LCSW"


def test_a_move_told_first_is_not_a_programme_from_one_thing_to_another():
    text = "Nurse from Kenya, moved to Georgia in May. Who gives out the RN license, the hospital or the state?"
    mentions = [at(text, "license", "RN", "rn license"), at(text, "setting", "hospitals", "hospital")]
    assert topic_of("ask_issuer", text, mentions).slot == "issuer:RN"


@pytest.mark.parametrize(
    "text, requested, expected",
    [
        ("none, I was a therapist for fifteen years", "case_management_months", {"case_management_months": 0}),
        ("did discharge teaching but no case manager position", "case_management_months",
         {"case_management_months": 0}),
        ("BSc Nursing from Kerala, 4 years", "education_level", {"education_level": "bachelor"}),
        ("BSN, and 5 years on a med-surg floor", "education_level", {"healthcare_months": 60}),  # work told too
        ("RDH, licensed in Ohio", "licenses", {"licenses": []}),
    ],
)  # fmt: skip
def test_facts_in_the_thirteenth_writers_kinds(extract, text, requested, expected):
    found = extract(text, requested=requested)
    assert {k: found.get(k) for k in expected} == expected


def test_a_supervised_rotation_is_a_placement():
    assert placement("we had a supervised public health rotation in our last year") is True
