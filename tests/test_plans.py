"""The shape of a plan: only the missing steps of the quickest route, in order, each sourced.

Statuses and months per person are checked against the rules in tests/test_advice_profiles.py; here, what any
plan must look like.
"""

from __future__ import annotations

import pytest

from advising.engine import advise
from advising.profile import Profile

FULL = dict(case_management_full_time=True, supervised_by_ccm=False)
PEOPLE = {
    "LPN with three years at an insurer": dict(
        education_level="high_school", degree_field="nursing", licenses=["LPN"], case_management_months=36,
        case_management_setting="payer", **FULL,
    ),
    "new BSW graduate who wants to help homeless families": dict(
        education_level="bachelor", degree_field="social_work", licenses=[], case_management_months=0,
        field_experience=True, interests=["homeless families"], state="TX",
    ),
    "psychology graduate who wants hospital case management": dict(
        education_level="bachelor", degree_field="psychology", licenses=[], case_management_months=0,
        field_experience=True, interests=["hospital"],
    ),
    "LCSW who never said a degree": dict(
        licenses=["LCSW"], case_management_months=36, case_management_setting="health_system", **FULL
    ),
    "high-school diploma only": dict(education_level="high_school", licenses=[], case_management_months=0),
}  # fmt: skip
ORDER = ["ask", "degree", "license", "experience", "certification", "renewal"]


def plan(catalog, who, specialization=None):
    return advise(Profile.from_dict(PEOPLE[who], catalog), catalog, specialization)


def goal_steps(advice):
    return [s for s in advice.steps if s.kind in ("certification", "license") and not s.done
            and s.credential == advice.recommended_credential]  # fmt: skip


@pytest.mark.parametrize("who", PEOPLE)
def test_a_plan_is_ordered_sourced_and_has_one_next_step(catalog, who):
    advice = plan(catalog, who)
    open_steps = [s for s in advice.steps if not s.done]
    assert sum(s.progress == "next" for s in advice.steps) == 1
    assert all(s.sources for s in advice.steps if s.kind != "ask")
    assert all(s.kind == "renewal" for s in open_steps[open_steps.index(next(iter(goal_steps(advice)))) + 1 :])
    goal = [
        s
        for s in open_steps
        if s.kind in ("certification", "license") and s.credential == advice.recommended_credential
    ]
    assert goal, "the plan ends with the recommended credential"
    degrees = [n for n, s in enumerate(open_steps) if s.kind == "degree"]
    others = [n for n, s in enumerate(open_steps) if s.kind in ("experience", "certification")]
    assert not degrees or not others or max(degrees) < min(others)


def test_the_lpn_route_goes_through_the_bridge_and_the_rn(catalog):
    steps = [(s.kind, s.code) for s in plan(catalog, "LPN with three years at an insurer").steps if not s.done]
    assert steps[:2] == [("degree", "ADN"), ("license", "RN")]
    assert ("experience", None) not in steps  # 36 months already meet the 24-month route


def test_a_psychology_graduate_on_the_healthcare_path_is_never_told_to_become_a_nurse(catalog):
    advice = plan(catalog, "psychology graduate who wants hospital case management", "healthcare")
    assert advice.recommended_credential == "CCM"
    required = {s.code for s in advice.steps if not s.done}
    assert not {"RN", "BSN", "ADN"} & required


def test_a_credential_held_is_a_done_step_and_what_it_implies_is_never_a_step(catalog):
    advice = plan(catalog, "LCSW who never said a degree")
    assert any(s.done and s.credential == "LCSW" for s in advice.steps)
    assert not [s for s in advice.steps if s.kind == "degree"]
    assert "LMSW" not in {s.code for s in advice.steps if not s.done}


def test_alternatives_carry_their_months(catalog):
    advice = plan(catalog, "new BSW graduate who wants to help homeless families")
    assert advice.recommended_credential == "LSW"  # Texas LBSW: the degree and the exam
    assert {a.credential for a in advice.alternatives} >= {"CCM", "ACM"}
    ccm = next(a for a in advice.alternatives if a.credential == "CCM")
    assert ccm.months_to_eligible == 12


def test_unknown_program_lengths_are_not_invented(catalog):
    advice = plan(catalog, "high-school diploma only", "healthcare")
    degree = next(s for s in advice.steps if s.kind == "degree")
    assert degree.months_to_eligible is None and "varies by program" in degree.title


def test_the_plan_is_a_json_ready_dict_with_the_public_fields(catalog):
    answer = plan(catalog, "LPN with three years at an insurer").to_dict()
    assert {
        "recommended_specialization",
        "ranking",
        "credential_plan",
        "steps",
        "open_questions",
        "alternatives",
    } <= set(answer)
    for item in answer["credential_plan"]:
        assert {"credential", "status", "months_to_eligible", "route", "missing", "sources"} <= set(item)
        assert all({"source", "title", "confidence", "as_of"} <= set(s) for s in item["sources"])


def test_a_plan_for_another_specialization_on_request(catalog):
    advice = plan(catalog, "new BSW graduate who wants to help homeless families", "healthcare")
    assert advice.recommended == "healthcare"
    assert {item.credential for item in advice.plan} == {"CCM", "ACM", "CMGT-BC"}
    assert advice.ranking[0].code == "social_work"
