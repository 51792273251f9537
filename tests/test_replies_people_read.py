"""Every reply path, rendered: no raw value ever reaches a person (a Python list, a dict, a slot name, None,
True/False or a float such as 12.0). The checks are what a reader would stumble on, not what the code emits."""

from __future__ import annotations

import asyncio
import re

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import render
from actions.advice import ActionCompare, ActionRecommend, ActionShowPlan, ActionWhatIf
from actions.intake import ASK_ACTIONS, ValidateIntakeForm
from actions.profile_slots import ASKED_SLOTS, PROFILE_SLOTS
from advising.eligibility import Assessment
from knowledge.schema import CASE_MANAGEMENT_SETTINGS, DEGREE_FIELDS, EDUCATION_LEVELS, US_STATES
from language import wording
from tests.actions_harness import DOMAIN, tracker

RAW = re.compile(
    r"[\[\]{}]|\b[a-z]+_[a-z_]+\b|\bNone\b|\bTrue\b|\bFalse\b|\b\d+\.0\b|\b\d+\.\d\d+\b|\bnan\b|<[a-z]+ object",
)
URL = re.compile(r"https?://\S+")

MONTHS = (0, 0.0, 1, 1.0, 11.5, 12, 12.0, 13, 24.0, 30, 61, 228.0)
VALUES = {
    "education_level": EDUCATION_LEVELS,
    "degree_field": DEGREE_FIELDS,
    "underway_level": EDUCATION_LEVELS[1:],
    "underway_field": DEGREE_FIELDS,
    "licenses": ([], ["RN"], ["LMSW", "CCM"], ["RN", "CCM", "CRC"]),
    "state": tuple(US_STATES),
    "case_management_setting": CASE_MANAGEMENT_SETTINGS,
    "case_management_full_time": (True, False),
    "supervised_by_ccm": (True, False),
    "field_experience": (True, False),
    "interests": (["insurance", "nursing"], ["hospitals"], ["mental_illness", "homelessness"], ["remote work"]),
    "work_interests": (["counseling"], ["community_mental_health", "disabilities"]),
}

pytestmark = pytest.mark.usefixtures("actions_database")


def values_of(name):
    return VALUES.get(name, MONTHS)


def raw_bits(text: str) -> list:
    return RAW.findall(URL.sub("", text or ""))


def said(action, tracker_) -> str:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tracker_, DOMAIN))
    parts = []
    for message in dispatcher.messages:
        parts.append(message.get("text") or "")
        # a button may say "None" (no licence): a title is checked for code-like bits only
        parts += [button["title"].replace("None", "no") for button in message.get("buttons") or []]
    return "\n".join(parts)


def test_the_checker_catches_the_reported_leak():
    assert raw_bits("If your interests was ['insurance', 'nursing']:")
    assert raw_bits("you had 12.0 months of case_management experience")
    assert not raw_bits("11.5 of 24 months")
    assert not raw_bits("If you were interested in insurance and nursing: see https://ccmcertification.org/a_b")


@pytest.mark.parametrize("name", PROFILE_SLOTS)
def test_got_it_confirmations_read_as_words(name, catalog):
    for value in values_of(name):
        events = [{"event": "user", "text": "x"}, {"event": "slot", "name": name, "value": value}]
        text = said(
            ValidateIntakeForm(), tracker({name: value, "requested_slot": name}, loop="intake_form", events=events)
        )
        assert text.startswith("Got it: ") and not raw_bits(text), (name, value, text)


@pytest.mark.parametrize("name", PROFILE_SLOTS)
def test_what_if_wording_reads_as_words_for_every_field(name):
    for value in values_of(name):
        text = wording.supposing(name, value)
        assert not raw_bits(text), (name, value, text)


@pytest.mark.parametrize("name", ASKED_SLOTS)
def test_questions_and_their_help_read_as_words(name):
    for misses in (0, 2):
        text = said(ASK_ACTIONS[name](), tracker({"requested_slot": name, "intake_misses": misses}))
        asked = DOMAIN["responses"][f"utter_ask_{name}"][0]
        assert not raw_bits(text) and not raw_bits(asked["text"]), (name, text)
        assert wording.FIELD_TOPICS[name] and not raw_bits(wording.FIELD_TOPICS[name])


@pytest.mark.parametrize(
    "text, entities",
    [
        ("what if i wanted to work in insurance or nursing", [{"entity": "setting", "value": "insurance"}]),
        ("what if i got an msw", [{"entity": "degree", "value": "MSW", "start": 17, "end": 20}]),
        ("what if i had two years of case management", []),
        ("what if i got the RN", [{"entity": "license", "value": "RN", "start": 15, "end": 17}]),
        ("what if i lived in ohio", []),
        ("what if my case management was at an insurance company", []),
        ("what if i had been supervised by a ccm", []),
    ],
)
def test_what_if_replies_read_as_words(text, entities):
    slots = {"education_level": "bachelor", "degree_field": "social_work", "licenses": [], "interests": ["hospitals"]}
    reply = said(ActionWhatIf(), tracker(slots, intent="what_if", text=text, entities=entities))
    assert reply and not raw_bits(reply), reply


PROFILES = [
    {},
    {"education_level": "bachelor", "degree_field": "nursing", "licenses": ["RN"], "case_management_months": 24.0},
    {"education_level": "master", "degree_field": "social_work", "licenses": ["LMSW"], "interests": ["mental_illness"]},
    {"education_level": "high_school", "interests": ["disabilities"], "case_management_months": 11.5},
    {"education_level": "bachelor", "degree_field": "psychology", "case_management_months": 12.0, "state": "TX"},
    {"education_level": "master", "degree_field": "rehabilitation_counseling", "licenses": ["CRC"], "state": "OH"},
]


@pytest.mark.parametrize("profile", PROFILES)
def test_recommendation_and_plan_read_as_words(profile):
    for action in (ActionRecommend(), ActionShowPlan()):
        reply = said(action, tracker({**profile, "recommended_specialization": None}, intent="show_plan"))
        assert reply and not raw_bits(reply), reply
    reply = said(ActionShowPlan(), tracker({**profile, "requested_slot": "interests"}, loop="intake_form"))
    assert not raw_bits(reply), reply


@pytest.mark.parametrize("status", sorted(wording.STATUS_WORDS))
def test_every_status_reads_as_words(status):
    for months in (None, 0, 1, 12, 18, 30):
        item = Assessment("CCM", "Certified Case Manager", "certification", status, months, (), (), (), (), (), ())
        text = render.plan_summary([item])
        assert not raw_bits(text) and "months" not in text.split("about")[-1][:2], text


@pytest.mark.parametrize(
    "entities",
    [
        [{"entity": "specialization", "value": "healthcare"}, {"entity": "specialization", "value": "mental_health"}],
        [{"entity": "credential", "value": "CCM"}, {"entity": "credential", "value": "ACM"}],
        [{"entity": "license", "value": "LMSW"}, {"entity": "license", "value": "LCSW"}],
        [],
    ],
)
def test_comparisons_read_as_words(entities):
    reply = said(ActionCompare(), tracker(intent="compare", text="compare them", entities=entities))
    assert reply and not raw_bits(reply), reply
