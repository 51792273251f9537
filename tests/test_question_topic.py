"""Compound questions keep both what is asked and what it is about (issue #12's own examples)."""

from __future__ import annotations

import pytest

from knowledge.paths import ROOT
from language.question_topic import cue_aspect, topic_of, weighs_options

FIELDS = {"psychology": "BPSY", "social_work": "BSW"}


@pytest.mark.parametrize(
    "intent, text, mentions, slot",
    [
        ("ask_exam", "Which exam does an LMSW sit?", [("license", "LMSW")], "exam:LMSW"),
        ("ask_what_is", "Which exam does an LMSW sit?", [("license", "LMSW")], "exam:LMSW"),
        ("ask_eligibility", "How long until I could hold the CRC?", [("credential", "CRC")], "duration:CRC"),
        ("ask_cost", "what will getting certified cost me", [], "cost:me"),
        ("ask_eligibility", "am I eligible yet?", [], "requirements:me"),
        (
            "ask_what_is",
            "What do mental health case managers usually major in?",
            [("specialization", "mental_health")],
            "degree:mental_health",
        ),
        ("ask_what_is", "Who grants the ACM?", [("credential", "ACM")], "issuer:ACM"),
        (
            "ask_eligibility",
            "Is the CCM only for nurses?",
            [("license", "RN"), ("credential", "CCM")],
            "requirements:CCM",
        ),
        (
            "ask_what_is",
            "What does a vocational rehab case manager do on a normal day?",
            [("specialization", "vocational_rehabilitation")],
            "day_to_day:vocational_rehabilitation",
        ),
        (
            "compare",
            "CCM or ACM, what's the difference",
            [("credential", "CCM"), ("credential", "ACM")],
            "difference:CCM+ACM",
        ),
        ("ask_difference_therapist", "is a case manager a therapist", [], "difference:case_management+counseling"),
        ("ask_salary", "what do case managers earn", [], "salary:case_management"),
        ("ask_education", "is a psychology degree enough", [("degree_field", "psychology")], "degree:BPSY"),
        ("ask_employers", "do hospitals hire case managers", [("setting", "hospitals")], "setting:hospitals"),
        # how long a program runs is a duration, even when the classifier hears a degree question
        ("ask_education", "how long is a two-year nursing degree really", [("degree", "ADN")], "duration:ADN"),
        # a bridge or a "from ... to" leads to the second thing named
        ("ask_cost", "what does an LPN to RN bridge cost", [("license", "LPN"), ("license", "RN")], "cost:RN"),
        (
            "ask_licensure",
            "how long to get from the LMSW to the LCSW",
            [("license", "LMSW"), ("license", "LCSW")],
            "duration:LCSW",
        ),
        # what a named role does is its day-to-day work; what it makes is its pay
        ("ask_what_is", "what does a hospital case manager do", [("setting", "hospitals")], "day_to_day:hospitals"),
        ("ask_what_is", "what does a CDMS make", [("credential", "CDMS")], "salary:CDMS"),
        ("ask_cost", "is the CRC run by the same people as the CCM", [("credential", "CRC")], "issuer:CRC"),
        (
            "ask_employers",
            "what do insurers require of case managers",
            [("setting", "insurance")],
            "requirements:insurance",
        ),
        # "I" asking the rule for anyone, or asking what a thing is, is not the person's own case
        ("ask_what_is", "explain to me what case management is", [], "what_is:case_management"),
        ("ask_education", "do I need a master's to become a case manager", [], "degree:case_management"),
        ("ask_eligibility", "do I have to be a nurse to do that job", [], "requirements:case_management"),
        ("ask_education", "should I go back to school", [], "degree:me"),
        ("ask_exam", "which exam will I have to pass to be licensed", [], "exam:me"),
        # without a degree named, "what do I need" asks every requirement, not only the degree
        (
            "ask_education",
            "what do I need to be a hospital case manager",
            [("setting", "hospitals")],
            "requirements:hospitals",
        ),
        # a degree question is about the degree it names, whatever else the sentence names
        (
            "ask_education",
            "is an MSW required for hospital case managers",
            [("specialization", "healthcare"), ("degree", "MSW")],
            "degree:MSW",
        ),
        (
            "ask_education",
            "would a psychology degree be enough for the CRC",
            [("credential", "CRC"), ("degree_field", "psychology")],
            "degree:BPSY",
        ),
    ],
)
def test_compound_questions_keep_aspect_and_subject(intent, text, mentions, slot):
    assert topic_of(intent, text, mentions, None, FIELDS).slot == slot


def test_a_follow_up_reuses_the_last_subject():
    assert topic_of("ask_cost", "and how much is it?", [], "exam:CCM").slot == "cost:CCM"
    assert topic_of("ask_salary", "what about their pay?", [], "what_is:mental_health").slot == "salary:mental_health"


def test_a_question_needing_a_subject_without_one_asks_which():
    assert topic_of("ask_cost", "how much is the exam fee", [], None).subjects == ()
    assert topic_of("ask_issuer", "who grants it?", [], "cost:me").subjects == ()


def test_how_long_a_credential_lasts_is_a_duration_question():
    assert topic_of("ask_renewal", "how long is the CRC valid?", [("credential", "CRC")]).slot == "duration:CRC"


def test_other_intents_are_not_aspect_questions():
    assert topic_of("ask_renewal", "how do I renew the CCM", [("credential", "CCM")]) is None
    assert topic_of("greet", "hi", []) is None


def test_cues_name_one_aspect_or_none():
    assert cue_aspect("how long does it take to get the CCM") == "duration"
    assert cue_aspect("what does a typical day look like") == "day_to_day"
    assert cue_aspect("tell me about the CCM") is None
    assert cue_aspect("how much is the fee for the CRC exam") == "cost"
    assert cue_aspect("what degree is required for the CRC") == "degree"
    assert cue_aspect("who hires case managers and what do they pay") == "salary"


def test_no_fresh_question_is_in_the_training_data():
    import re

    import yaml

    def norm(text):
        return " ".join(re.sub(r"\[([^]]+)\]\([^)]+\)", r"\1", text).lower().split())

    training = set()
    for path in (ROOT / "data" / "nlu").rglob("*.yml"):
        for block in yaml.safe_load(path.read_text()).get("nlu") or []:
            training |= {norm(line[2:]) for line in (block.get("examples") or "").splitlines() if line.strip()}
    for name, at_least in (("questions.yml", 200), ("questions_second_writer.yml", 120)):
        questions = yaml.safe_load((ROOT / "evaluation" / "quality" / name).read_text())["questions"]
        assert len(questions) >= at_least
        assert {norm(q["text"]) for q in questions} & training == set(), name


def test_weighing_two_options_is_a_comparison_whatever_it_weighs():
    assert weighs_options("hospital or insurance, which pays better")
    assert weighs_options("is the ACM easier than the CCM")
    assert not weighs_options("does the CCM accept an LMSW or only an LCSW")
