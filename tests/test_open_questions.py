"""The engine names only the unknown facts that would change the answer."""

from __future__ import annotations

from advising.eligibility import Assessor
from advising.engine import _with_ranking_questions, advise, open_questions
from advising.profile import Profile
from advising.ranking import rank_specializations


def questions(catalog, **data):
    return open_questions(Profile.from_dict(data, catalog), catalog)


def test_an_empty_profile_asks_for_education_first(catalog):
    assert questions(catalog)[:3] == ["education_level", "degree_field", "licenses"]


def test_known_facts_are_not_asked_again(catalog):
    asked = questions(catalog, education_level="bachelor", degree_field="nursing", licenses=["RN"])
    assert not {"education_level", "degree_field", "licenses"} & set(asked)


def test_a_fact_that_cannot_change_the_plan_is_not_asked(catalog):
    # a high-school graduate's degree field does not exist; supervision details cannot matter without a degree
    asked = questions(
        catalog, education_level="high_school", licenses=[], interests=["hospital"], case_management_months=0
    )
    assert "degree_field" not in asked
    assert "supervised_by_ccm" not in asked and "field_experience" not in asked


def test_supervision_by_a_ccm_is_asked_only_when_it_would_shorten_the_wait(catalog):
    base = dict(
        education_level="bachelor",
        degree_field="nursing",
        licenses=["RN"],
        interests=["hospital"],
        healthcare_months=60,
        supervisor_months=0,
        case_management_full_time=True,
        case_management_setting="health_system",
    )
    assert "supervised_by_ccm" in questions(catalog, case_management_months=14, **base)
    assert "supervised_by_ccm" not in questions(catalog, case_management_months=30, **base)


def test_a_complete_profile_has_no_open_questions(catalog):
    profile = dict(
        education_level="master",
        degree_field="social_work",
        licenses=["LCSW"],
        interests=["community"],
        case_management_months=30,
        healthcare_months=0,
        supervised_by_ccm=False,
        supervisor_months=0,
        field_experience=True,
        clinical_supervision_months=36,
        state="OH",
        case_management_setting="community_agency",
        case_management_full_time=True,
    )
    assert questions(catalog, **profile) == []
    assert advise(Profile.from_dict(profile, catalog), catalog).open_questions == ()


def test_supervision_is_not_asked_of_someone_with_no_case_management_work(catalog):
    asked = questions(
        catalog,
        education_level="bachelor",
        degree_field="nursing",
        licenses=["RN"],
        interests=["hospital"],
        case_management_months=0,
        healthcare_months=36,
    )
    assert "supervised_by_ccm" not in asked and "supervisor_months" not in asked


def test_the_setting_is_asked_only_when_it_decides_an_acm(catalog):
    rn = dict(education_level="bachelor", degree_field="nursing", licenses=["RN"], interests=["hospital"],
              case_management_full_time=True, supervised_by_ccm=False, healthcare_months=60)  # fmt: skip
    assert "case_management_setting" in questions(catalog, case_management_months=14, **rn)
    assert "case_management_setting" not in questions(catalog, case_management_months=0, **rn)


def test_the_state_is_asked_only_when_a_state_license_is_on_the_plan(catalog):
    msw = dict(education_level="master", degree_field="social_work", licenses=[], interests=["homelessness"],
               case_management_months=0, field_experience=True)  # fmt: skip
    assert "state" in questions(catalog, **msw)  # the LMSW is the next step: its title and rules vary by state
    rn = dict(education_level="bachelor", degree_field="nursing", licenses=["RN"], interests=["hospital"])
    assert "state" not in questions(catalog, **rn)


def test_a_fact_the_ranking_weighs_is_asked_when_it_could_change_the_specialization(catalog):
    # An LMSW has an MSW (a state rule), and the licence and its degree count once in the ranking: the field is
    # not asked. Where a social worker did case management could move the recommendation to healthcare.
    lmsw = dict(licenses=["LMSW"], interests=["hospital"], healthcare_months=10)
    assert "degree_field" not in questions(catalog, **lmsw)
    assert "education_level" not in questions(catalog, **lmsw)

    # (the intake asks where anyway when it decides a route, so the ranking's own reason is checked directly)
    def tipping(**data):
        profile = Profile.from_dict(data, catalog)
        ranking = rank_specializations(profile, catalog)
        return _with_ranking_questions([], profile, catalog, ranking, Assessor(profile, catalog))

    bsw = dict(education_level="bachelor", degree_field="social_work", licenses=[], interests=["medical"])
    assert "case_management_setting" in tipping(**bsw, case_management_months=24)  # a hospital's would make it HC
    assert "case_management_setting" not in tipping(**dict(bsw, interests=["homelessness"]), case_management_months=24)
    assert "case_management_setting" not in tipping(**bsw, case_management_months=0)
    # time in health care tips a tie between counseling interests and health care
    career_changer = dict(education_level="bachelor", degree_field="other", licenses=[], interests=["counseling"])
    assert "healthcare_months" in questions(catalog, **career_changer)


def test_a_fact_the_ranking_weighs_is_not_asked_when_it_cannot_change_the_specialization(catalog):
    bsw = dict(education_level="bachelor", degree_field="social_work", licenses=["LSW"], interests=["homelessness"])
    assert "healthcare_months" not in questions(catalog, **bsw)  # social work leads by far
    lcsw = dict(licenses=["LCSW"], interests=["homelessness"])
    assert "degree_field" not in questions(catalog, **lcsw)  # social work leads already


def test_the_state_is_asked_where_a_bachelors_level_social_work_licence_is_on_the_plan(catalog):
    # Washington has no bachelor's-level licence: whether that step exists at all is the state's (state-licensure.md)
    asked = questions(
        catalog,
        education_level="bachelor",
        degree_field="other",
        licenses=[],
        interests=["families", "child welfare"],
        case_management_months=0,
        field_experience=False,
    )
    assert "state" in asked
    wa = advise(Profile.from_dict({"state": "WA", "education_level": "bachelor", "degree_field": "other",
                                   "licenses": [], "interests": ["families"]}, catalog), catalog)  # fmt: skip
    assert {item.credential: item.status for item in wa.plan}.get("LSW") == "not_offered_in_state"
