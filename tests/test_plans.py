"""Complete plans for realistic people: the recommended specialization and where they stand on each credential."""

from __future__ import annotations

import pytest

from advising.engine import advise
from advising.profile import Profile

PEOPLE = {
    "new BSW graduate who wants to help homeless families": (
        dict(
            education_level="bachelor",
            degree_field="social_work",
            licenses=[],
            case_management_months=0,
            field_experience=True,
            interests=["homeless families"],
        ),
        "social_work",
        {
            "LSW": ("eligible_now", 0),
            "LMSW": ("needs_degree", None),
            "LCSW": ("needs_degree", None),
            "ACM": ("needs_experience", 12),
            "CCM": ("needs_experience", 24),
        },
    ),
    "med-surg nurse of ten years leaving bedside": (
        dict(
            education_level="bachelor",
            degree_field="nursing",
            licenses=["RN"],
            case_management_months=0,
            healthcare_months=120,
            interests=["discharge planning in a hospital"],
        ),
        "healthcare",
        {
            "RN": ("held", 0),
            "CCM": ("needs_experience", 24),
            "ACM": ("needs_experience", 12),
            "CMGT-BC": ("needs_experience", 12),
        },
    ),
    "hospital RN case manager for two years": (
        dict(
            education_level="bachelor",
            degree_field="nursing",
            licenses=["RN"],
            case_management_months=24,
            healthcare_months=60,
            interests=["hospital"],
        ),
        "healthcare",
        {"RN": ("held", 0), "CCM": ("eligible_now", 0), "ACM": ("eligible_now", 0), "CMGT-BC": ("eligible_now", 0)},
    ),
    "psychology graduate in community mental health": (
        dict(
            education_level="bachelor",
            degree_field="psychology",
            licenses=[],
            case_management_months=14,
            field_experience=True,
            interests=["people with serious mental illness", "crisis"],
        ),
        "mental_health",
        {"CCM": ("needs_experience", 10), "LSW": ("needs_degree", None), "LCSW": ("needs_degree", None)},
    ),
    "job coach who wants to work with people with disabilities": (
        dict(
            education_level="bachelor",
            degree_field="human_services",
            licenses=[],
            case_management_months=6,
            interests=["job coaching", "people with disabilities"],
        ),
        "vocational_rehabilitation",
        {"CRC": ("needs_degree", None), "CCM": ("needs_experience", 18)},
    ),
    "high-school diploma only": (
        dict(
            education_level="high_school",
            licenses=[],
            case_management_months=0,
            interests=["helping people find housing"],
        ),
        "mental_health",
        {"CCM": ("needs_degree", None), "LSW": ("needs_degree", None)},
    ),
    "LCSW therapist moving into case management": (
        dict(
            education_level="master",
            degree_field="social_work",
            licenses=["LCSW"],
            case_management_months=0,
            clinical_supervision_months=36,
            interests=["community"],
        ),
        "social_work",
        {"LCSW": ("held", 0), "LMSW": ("eligible_now", 0), "CCM": ("needs_experience", 24)},
    ),
    "LPN at a small company": (
        dict(
            education_level="associate",
            degree_field="nursing",
            licenses=["LPN"],
            case_management_months=30,
            healthcare_months=0,
            interests=["nursing home"],
        ),
        "healthcare",
        {"RN": ("eligible_now", 0), "CCM": ("needs_license", None), "ACM": ("needs_license", None)},
    ),
    "MSW student in Texas starting field placement": (
        dict(
            education_level="bachelor",
            degree_field="social_work",
            licenses=[],
            case_management_months=0,
            field_experience=True,
            interests=["private practice therapy one day"],
        ),
        "mental_health",  # a social worker who wants to do therapy: the clinical (LCSW) path
        {"LSW": ("eligible_now", 0), "LCSW": ("needs_degree", None)},
    ),
    "rehabilitation counseling master's graduate": (
        dict(
            education_level="master",
            degree_field="rehabilitation_counseling",
            licenses=[],
            case_management_months=0,
            interests=["return to work after injury"],
        ),
        "vocational_rehabilitation",
        {"CRC": ("eligible_now", 0), "CCM": ("needs_experience", 24)},
    ),
    "CRC-certified counselor, supervisor of case managers for a year": (
        dict(
            education_level="master",
            degree_field="rehabilitation_counseling",
            licenses=["CRC"],
            case_management_months=40,
            supervisor_months=12,
        ),
        "vocational_rehabilitation",
        {"CRC": ("held", 0), "CCM": ("eligible_now", 0)},
    ),
    "human-services graduate in child welfare": (
        dict(
            education_level="bachelor",
            degree_field="human_services",
            licenses=[],
            case_management_months=30,
            field_experience=True,
            interests=["child welfare", "foster care"],
        ),
        "social_work",
        {"CCM": ("eligible_now", 0), "LSW": ("needs_degree", None), "ACM": ("needs_degree", None)},
    ),
    "master's in education in their sixties": (
        dict(
            education_level="master",
            degree_field="other",
            licenses=[],
            case_management_months=0,
            interests=["nonprofit"],
        ),
        "social_work",
        {"CCM": ("needs_degree", None)},
    ),
}


@pytest.mark.parametrize("who", PEOPLE)
def test_a_complete_plan(catalog, who):
    profile_data, specialization, expected = PEOPLE[who]
    advice = advise(Profile.from_dict(profile_data, catalog), catalog)
    assert advice.recommended == specialization
    statuses = {item.credential: (item.status, item.months_to_eligible) for item in advice.plan}
    assert {code: statuses[code] for code in expected} == expected
    kinds = [step.kind for step in advice.steps]
    assert kinds[0] == "degree" and kinds[-1] == "renewal"
    assert kinds.index("experience") < min(kinds.index(k) for k in ("license", "certification") if k in kinds)
    assert sum(step.progress == "next" for step in advice.steps) == 1
    assert all(step.sources for step in advice.steps)


def test_the_plan_is_a_json_ready_list_with_the_public_fields(catalog):
    plan = advise(Profile.from_dict(PEOPLE["hospital RN case manager for two years"][0], catalog), catalog).to_dict()
    assert plan["recommended_specialization"] == "healthcare"
    for item in plan["credential_plan"]:
        assert {"credential", "status", "months_to_eligible", "route", "missing", "sources"} <= set(item)
        assert all({"source", "title", "confidence", "as_of"} <= set(s) for s in item["sources"])


def test_the_next_step_is_one_the_person_can_take_now(catalog):
    advice = advise(
        Profile.from_dict(PEOPLE["new BSW graduate who wants to help homeless families"][0], catalog), catalog
    )
    nxt = next(step for step in advice.steps if step.progress == "next")
    assert (nxt.credential, nxt.status) == ("LSW", "eligible_now")


def test_a_plan_for_another_specialization_on_request(catalog):
    profile = Profile.from_dict(PEOPLE["new BSW graduate who wants to help homeless families"][0], catalog)
    advice = advise(profile, catalog, specialization="healthcare")
    assert advice.recommended == "healthcare"
    assert {item.credential for item in advice.plan} == {"RN", "CCM", "ACM", "CMGT-BC"}
    assert advice.ranking[0].code == "social_work"
