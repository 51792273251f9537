"""A state's social work licence is never promised before the state is known, and the full-time question is asked
only when its answer can change a status or a number.

Expectations come from /work/shared/research/state-licensure.md (the row is named in each test; its sources are
the state boards and laws cited there) and from CCMC's published CCM rule (credential-facts.md: "12 months
full-time case-management experience supervised by a CCM; or 24 months full-time"), not from the code's output.
"""

from __future__ import annotations

import pytest

from advising.eligibility import assess
from advising.engine import advise
from advising.profile import Profile

BSW = dict(education_level="bachelor", degree_field="social_work", licenses=[], field_experience=True)
MSW = dict(education_level="master", degree_field="social_work", licenses=[], field_experience=True)
BSN_RN = dict(education_level="bachelor", degree_field="nursing", licenses=["RN"], interests=["hospital"])


def result(catalog, code, **profile):
    return assess(catalog.credentials[code], Profile.from_dict(profile, catalog), catalog)


def advice(catalog, **profile):
    return advise(Profile.from_dict(profile, catalog), catalog)


def test_a_bsw_without_a_state_is_not_told_to_apply_now_and_is_asked_the_state(catalog):
    # §1 "Safe wording": CA, FL, GA, NY and WA have no bachelor's-level licence; IL needs 3 years on a BSW.
    lsw = result(catalog, "LSW", **BSW)
    assert lsw.status != "eligible_now" and lsw.status == "needs_information"
    assert "state" in lsw.unknown_facts
    assert lsw.months_to_eligible is None  # no number the state could change
    assert any("vary by state" in note and "state board" in note for note in lsw.notes)
    plan = advice(catalog, **BSW, case_management_months=0)
    assert "state" in plan.open_questions
    first = next(step for step in plan.steps if step.progress == "next")
    assert (first.kind, first.code) == ("ask", "state")
    licence = next(step for step in plan.steps if step.credential == "LSW" and step.kind == "license")
    assert "You can apply now" not in licence.detail and "state board" in licence.detail


def test_a_bsw_in_ohio_can_apply_now(catalog):
    # Ohio row: "LSW with a BSW (Bachelors exam)" [S], no supervised experience needed for it.
    assert result(catalog, "LSW", **BSW, state="OH").status == "eligible_now"
    plan = advice(catalog, **BSW, state="OH", case_management_months=0)
    first = next(step for step in plan.steps if step.progress == "next")
    assert (first.kind, first.credential) == ("license", "LSW")


def test_a_bsw_in_illinois_without_experience_needs_three_years(catalog):
    # Illinois row: "LSW via BSW + 3 yrs supervised experience, no exam" [C law, 225 ILCS 20/9A].
    lsw = result(catalog, "LSW", **BSW, state="IL", case_management_months=0)
    assert lsw.status == "needs_experience"
    assert lsw.months_to_eligible == pytest.approx(36)


@pytest.mark.parametrize("state", ["CA", "FL", "GA", "NY", "WA"])
def test_a_bsw_where_the_state_has_no_bachelors_licence(catalog, state):
    # Quick matrix, bachelor column: "None" for CA, FL, NY, GA and WA [S].
    assert result(catalog, "LSW", **BSW, state=state).status == "not_offered_in_state"


@pytest.mark.parametrize("state", ["KS", "OR", "CO"])
def test_a_state_outside_the_table_is_its_boards_call(catalog, state):
    # Not among the 15 states of state-licensure.md; the §1 lists even disagree on KS, OR and CO, so no rule is
    # invented: the state's board decides.
    lsw = result(catalog, "LSW", **BSW, state=state)
    assert lsw.status == "check_with_issuer"
    assert lsw.months_to_eligible is None
    assert any("board" in note and "decide" in note for note in lsw.notes)
    assert "state" not in lsw.unknown_facts  # the state is known; asking it again would loop


def test_an_msw_without_a_state_is_not_told_the_masters_licence_is_open(catalog):
    # California row: master's level "none" [S]; Florida's master's level is a certification (CMSW) [C].
    lmsw = result(catalog, "LMSW", **MSW)
    assert lmsw.status == "needs_information" and "state" in lmsw.unknown_facts
    assert result(catalog, "LMSW", **MSW, state="CA").status == "not_offered_in_state"
    assert result(catalog, "LMSW", **MSW, state="NY").status == "eligible_now"  # NY: LMSW (Masters exam) [S]


def test_the_clinical_months_wait_for_the_state(catalog):
    # New York row: LCSW "≥36 months" [C]; Texas: "at least 24 months" [C]. Two years are enough in one state and
    # a year short in the other, so without the state no month count is promised.
    lcsw = result(catalog, "LCSW", **MSW, clinical_supervision_months=24)
    assert lcsw.status == "needs_information" and "state" in lcsw.unknown_facts
    assert lcsw.months_to_eligible is None
    new_york = result(catalog, "LCSW", **MSW, clinical_supervision_months=24, state="NY")
    assert (new_york.status, new_york.months_to_eligible) == ("needs_experience", pytest.approx(12))
    assert result(catalog, "LCSW", **MSW, clinical_supervision_months=24, state="TX").status == "eligible_now"


def test_full_time_is_asked_when_it_decides_between_now_and_the_issuers_call(catalog):
    # 18 months under a CCM: full-time meets the 12-month route now; part-time months are CCMC's call.
    profile = dict(BSN_RN, case_management_months=18, supervised_by_ccm=True, case_management_setting="health_system")
    assert "case_management_full_time" in advice(catalog, **profile).open_questions
    assert result(catalog, "CCM", **profile, case_management_full_time=True).status == "eligible_now"
    # 30 months without a CCM supervisor: the 24-month full-time route decides it the same way.
    profile = dict(BSN_RN, case_management_months=30, supervised_by_ccm=False, case_management_setting="health_system")
    assert "case_management_full_time" in advice(catalog, **profile).open_questions


@pytest.mark.parametrize(
    "months, supervised_by_ccm",
    [
        (0, None),  # no months: nothing for the hours to change
        (6, True),  # half of the 12 months under a CCM: not eligible now, full-time or not
        (8, False),  # 8 months without a CCM supervisor: short of both 12 (ACM) and 24, whatever the hours
    ],
)
def test_full_time_is_not_asked_when_no_answer_can_change_the_advice(catalog, months, supervised_by_ccm):
    profile = dict(
        BSN_RN,
        case_management_months=months,
        supervised_by_ccm=supervised_by_ccm,
        case_management_setting="health_system",
        healthcare_months=60,
    )
    assert "case_management_full_time" not in advice(catalog, **profile).open_questions
    ccm = result(catalog, "CCM", **profile)
    assert ccm.status == "needs_experience"
    # at least what the quicker route leaves: 12 months under a CCM (new ones if past work was not) or 24 in all
    assert ccm.months_to_eligible >= min(12 - (months if supervised_by_ccm else 0), 24 - months)
