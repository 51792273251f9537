"""Simulated people with known backgrounds, and a driver that holds their whole advising conversation over REST.

Each person opens with their story and answers whatever the assistant asks, the way such a person would.
The right plan is what the engine computes from the person's true background, so the check is end to end:
understanding, dialogue and advice.
"""

from __future__ import annotations

import json
import urllib.request
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass(frozen=True)
class Person:
    name: str
    opening: str
    answers: Dict[str, str]  # the question asked (slot name) -> what they say
    truth: Dict[str, object]  # their real background, as an engine profile
    specialization: str


PEOPLE: List[Person] = [
    Person(
        "med-surg nurse leaving the floor",
        "im an rn with a bsn and three years on a med surg floor, my knees are shot and i need off the floor",
        {"case_management_months": "none yet", "interests": "hospitals"},
        {
            "education_level": "bachelor",
            "degree_field": "nursing",
            "licenses": ["RN"],
            "healthcare_months": 36,
            "case_management_months": 0,
        },
        "healthcare",
    ),
    Person(
        "new BSW graduate",
        "i just graduated with my bsw and i want to work with homeless families",
        {"licenses": "none", "case_management_months": "none", "field_experience": "yes", "state": "ohio"},
        {
            "education_level": "bachelor",
            "degree_field": "social_work",
            "licenses": [],
            "case_management_months": 0,
            "field_experience": True,
            "state": "OH",
            "interests": ["homelessness", "families"],
        },
        "social_work",
    ),
    Person(
        "psychology graduate in community mental health",
        "i have a bachelors in psychology and want to work with people with serious mental illness",
        {
            "licenses": "no",
            "case_management_months": "about 14 months",
            "case_management_full_time": "yes, full time",
            "supervised_by_ccm": "no",
            "supervisor_months": "no",
            "field_experience": "yes",
        },
        {
            "education_level": "bachelor",
            "degree_field": "psychology",
            "licenses": [],
            "case_management_months": 14,
            "case_management_full_time": True,
            "supervised_by_ccm": False,
            "supervisor_months": 0,
            "field_experience": True,
            "interests": ["mental_illness"],
        },
        "mental_health",
    ),
    Person(
        "rehabilitation counseling graduate",
        "i have a masters in rehabilitation counseling and want to help people with disabilities get jobs",
        {"licenses": "none", "case_management_months": "none", "field_experience": "yes"},
        {
            "education_level": "master",
            "degree_field": "rehabilitation_counseling",
            "licenses": [],
            "case_management_months": 0,
            "field_experience": True,
            "interests": ["disabilities", "employment"],
        },
        "vocational_rehabilitation",
    ),
    Person(
        "hospital RN case manager, two years",
        "Im an RN (BSN) and ive been a case manager at a hospital for two years",
        {
            "interests": "discharge planning",
            "healthcare_months": "five years",
            "supervised_by_ccm": "no",
            "supervisor_months": "no",
        },
        {
            "education_level": "bachelor",
            "degree_field": "nursing",
            "licenses": ["RN"],
            "case_management_months": 24,
            "healthcare_months": 60,
            "supervised_by_ccm": False,
            "supervisor_months": 0,
            "interests": ["discharge_planning"],
        },
        "healthcare",
    ),
    Person(
        "kiosk visitor with an associate degree in nursing (speech-to-text)",
        "um so i have an a d n and im an r n and i worked like two years on a telemetry floor",
        {"case_management_months": "none", "interests": "hospitals"},
        {
            "education_level": "associate",
            "degree_field": "nursing",
            "licenses": ["RN"],
            "healthcare_months": 24,
            "case_management_months": 0,
        },
        "healthcare",
    ),
    Person(
        "human-services graduate in child welfare",
        "i have a bachelors in human services and ive been a caseworker in child welfare for two and a half years",
        {
            "licenses": "none",
            "supervised_by_ccm": "no",
            "supervisor_months": "no",
            "field_experience": "yes",
            "interests": "foster care",
        },
        {
            "education_level": "bachelor",
            "degree_field": "human_services",
            "licenses": [],
            "case_management_months": 30,
            "supervised_by_ccm": False,
            "supervisor_months": 0,
            "field_experience": True,
            "interests": ["child_welfare"],
        },
        "social_work",
    ),
    Person(
        "LCSW therapist moving into case management",
        "i have my msw and im an lcsw, i do therapy in a community agency",
        {"case_management_months": "none", "interests": "community"},
        {
            "education_level": "master",
            "degree_field": "social_work",
            "licenses": ["LCSW"],
            "case_management_months": 0,
            "interests": ["community"],
        },
        "social_work",
    ),
]


def post_json(url: str, body: dict, timeout: float = 120) -> list:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


@dataclass
class Outcome:
    person: str
    sender: str
    reached_plan: bool
    specialization: Optional[str]
    turns: int
    asked: List[str] = field(default_factory=list)
    slots: dict = field(default_factory=dict)
    replies: List[str] = field(default_factory=list)


def converse(base_url: str, person: Person, token: str = "", max_turns: int = 14) -> Outcome:
    """Hold the person's conversation until a plan is made (a question they cannot answer is skipped)."""
    sender = f"sim-{uuid.uuid4().hex[:10]}"
    query = f"?token={token}" if token else ""

    def slots() -> dict:
        with urllib.request.urlopen(f"{base_url}/conversations/{sender}/tracker{query}", timeout=60) as response:
            return json.loads(response.read())["slots"]

    def say(text: str) -> None:
        replies.extend(
            r.get("text", "")
            for r in post_json(f"{base_url}/webhooks/rest/webhook", {"sender": sender, "message": text})
        )

    replies: List[str] = []
    say(person.opening)
    turns, asked = 1, []
    while turns < max_turns:
        current = slots()
        if current.get("recommended_specialization"):
            return Outcome(
                person.name, sender, True, current["recommended_specialization"], turns, asked, current, replies
            )
        question = current.get("requested_slot")
        asked.append(question)
        # a question the person has no answer for is skipped, as people do
        say(person.answers.get(question, "skip"))
        turns += 1
    return Outcome(person.name, sender, False, None, turns, asked, slots(), replies)
