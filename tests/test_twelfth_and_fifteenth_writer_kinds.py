"""The kinds the twelfth and fifteenth writers' sets showed missed (issue #12), each in other words than those sets':
a price asked as "pricey" or "paid for", the whole of one's own cost "all in", an exam of a credential already sought,
the degree a named credential asks for, "would I even qualify", a renewal period that is no wait for the asker, an
"RN-to-BSN" written with hyphens, "what's different about them", a definition followed by a guess, one's own days
"compared to now", what one could be making, work done fully from home; and, in people's words, a credential asked
about rather than held, a degree named as a goal, a story told before its questions, a state named before a role or
after "taught"."""

from __future__ import annotations

import pytest

from language.answers_in_context import tells_then_asks
from language.message_intent import whole_message_intent
from language.question_topic import cue_aspect, topic_of
from tests.placed import at

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text, aspect",
    [
        ("is an msw pricey, can i get it paid for", "cost"),
        ("what could an lpn realistically be making in case management", "salary"),
        ("is it possible to work remotely as a case manager, fully remote", "setting"),
        ("ccm vs acm, what's different about them", "difference"),
        ("lpc vs lcsw whats the diffrence", "difference"),
    ],
)
def test_everyday_words_name_the_aspect(text, aspect):
    assert cue_aspect(text) == aspect


@pytest.mark.parametrize(
    "intent, text, named, slot",
    [
        ("ask_cost", "CNA in Ohio, no degree. Ballpark, what am I paying, all in, to become a certified case manager?",
         [("credential", "CCM", "certified case manager")], "cost:me"),
        ("ask_exam", "My employer is covering the CRC for me this fall. Can I take it from home or at a center?",
         [("credential", "CRC", "crc")], "exam:CRC"),
        ("ask_education", "does the acm need a bsn or is an adn fine",
         [("credential", "ACM", "acm"), ("degree", "BSN", "bsn"), ("degree", "ADN", "adn")], "degree:ACM"),
        ("ask_education", "would you need an msw for the lcsw or do other masters count",
         [("degree", "MSW", "msw"), ("license", "LCSW", "lcsw")], "degree:LCSW"),
        ("ask_eligibility", "Ten years as a paramedic, bachelor's in biology. Would I even qualify for the CDMS?",
         [("credential", "CDMS", "cdms")], "requirements:me/CDMS"),
        ("ask_duration", "how long is the ccm good for before i have to recertify",
         [("credential", "CCM", "ccm")], "duration:CCM"),
        ("ask_duration", "how many semesters is an lpn-to-rn program",
         [("license", "LPN", "lpn"), ("license", "RN", "rn ")], "duration:RN"),
    ],
)  # fmt: skip
def test_the_subject_asked_of(intent, text, named, slot):
    mentions = [at(text, kind, code, words.strip()) for kind, code, words in named]
    assert topic_of(intent, text, mentions).slot == slot


def test_a_definition_then_a_guess_asks_what_it_is():
    text = "I was a caseworker in Nigeria. What is mental health case management in America, is it like over there?"
    assert topic_of("ask_employers", text, [at(text, "specialization", "mental_health", "mental health")]).aspect == (
        "what_is"
    )


def test_what_the_day_is_like_or_what_is_different_is_no_definition():
    text = "whats the week like for a hospice case manager, is it mostly driving"
    assert topic_of("ask_day_to_day", text, []).aspect == "day_to_day"
    text = "CRC vs CDMS for a disability claims job, whats actually different?"
    mentions = [at(text, "credential", "CRC", "crc"), at(text, "credential", "CDMS", "cdms")]
    assert topic_of("compare", text, mentions).slot == "difference:CRC+CDMS"


def test_one_thing_compared_to_now_is_asked_of_it():
    text = "Ten years a teacher. If I became a case manager what would my week look like compared to now?"
    assert topic_of("compare", text, []).slot == "day_to_day:me"


@pytest.mark.parametrize(
    "intent, text, expected",
    [
        ("nlu_fallback", "is the cdms good for five years", "ask_renewal"),
        ("start_advising", "BSW, two years at a shelter making 34k. What could I be making with a few more years?",
         "ask_salary"),
    ],
)  # fmt: skip
def test_the_whole_message_asks(intent, text, expected):
    assert whole_message_intent(intent, text) == expected


def test_a_story_told_before_its_questions_is_read_for_facts():
    text = (
        "Four years as a youth worker in Toledo, BA in sociology. I'm thinking about an MSW. "
        "Everyone says get licensed but which one?? where do i even look"
    )
    assert tells_then_asks(text)


@pytest.mark.parametrize(
    "text, requested, expected",
    [
        ("my manager keeps asking whether I have the CRC yet", "", {"licenses": None}),
        ("older adults, maybe an MSW someday, hospice", "interests", {"education_level": None}),
        ("Ohio RN here, 8 years in dialysis", "", {"state": "OH"}),
        # what a wanted job asks for is no wish of one's own
        ("the clinic job I really want says LCSW required", "", {"interests": None}),
        ("i want to get my lpc eventually", "", {"interests": ["mental health case management"]}),
        ("I taught high school science in Kansas for years", "", {"state": "KS"}),
        ("student teaching and that's all", "field_experience", {"field_experience": False}),
    ],
)  # fmt: skip
def test_facts_in_these_writers_kinds(extract, text, requested, expected):
    found = extract(text, requested=requested or None)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text, entities, expected",
    [
        # read now that a story ending in several questions is read for facts: what the questions name is asked about
        ("PT assistant, 9 yrs in outpatient ortho. Can a PTA even sit for the CCM? Or is it only for RNs?",
         [("credential", "CCM", "CCM"), ("license", "RN", "RN")], {"licenses": None}),
        ("Bachelor's in sociology, youth worker for 3 years. My mentor with an MSW also has an LCSW. Should I?? Where "
         "do I start", [("license", "LCSW", "LCSW")], {"licenses": None}),
        # a lapsed certification told in a story drops it, and leaves the licence question open
        ("my ACM expired last spring, I let it go. 7 yrs at a hospital. do I have to retest?? or is there grace",
         [("credential", "ACM", "ACM")], {"licenses": None}),
    ],
)  # fmt: skip
def test_a_storys_questions_hold_no_licence(text, entities, expected):
    from actions.intake import ActionExtractProfile
    from tests.actions_harness import run, slot_events, tracker

    placed = [
        {"entity": kind, "value": code, "start": text.index(words), "end": text.index(words) + len(words)}
        for kind, code, words in entities
    ]
    found = slot_events(run(ActionExtractProfile(), tracker({}, "ask_eligibility", text, placed, None, None))[0])
    assert {k: found.get(k) for k in expected} == expected
