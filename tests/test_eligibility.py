"""Every eligibility rule at its boundaries."""

from __future__ import annotations

import pytest

from advising.eligibility import assess
from advising.profile import Profile


def status(catalog, code, **profile):
    result = assess(catalog.credentials[code], Profile.from_dict(profile, catalog), catalog)
    return result.status, result.months_to_eligible


BSN_RN = dict(education_level="bachelor", degree_field="nursing", licenses=["RN"])
BSW = dict(education_level="bachelor", degree_field="social_work", licenses=[], field_experience=True)


@pytest.mark.parametrize(
    "months, supervised_by_ccm, expected",
    [
        (11, True, ("needs_experience", 1)),
        (12, True, ("eligible_now", 0)),
        (12, False, ("needs_experience", 12)),
        (12, None, ("needs_experience", 12)),  # unknown supervision is not assumed
        (23, False, ("needs_experience", 1)),
        (24, False, ("eligible_now", 0)),
        (0, False, ("needs_experience", 24)),
    ],
)
def test_ccm_employment_routes_at_their_boundaries(catalog, months, supervised_by_ccm, expected):
    profile = dict(BSN_RN, case_management_months=months, supervised_by_ccm=supervised_by_ccm)
    assert status(catalog, "CCM", **profile) == expected


@pytest.mark.parametrize("supervisor_months, expected", [(11, ("needs_experience", 1)), (12, ("eligible_now", 0))])
def test_ccm_supervisor_route(catalog, supervisor_months, expected):
    profile = dict(BSN_RN, case_management_months=0, supervisor_months=supervisor_months)
    assert status(catalog, "CCM", **profile) == expected


def test_ccm_supervisor_route_is_not_offered_to_someone_who_never_supervised(catalog):
    result = assess(
        catalog.credentials["CCM"], Profile.from_dict(dict(BSN_RN, case_management_months=0), catalog), catalog
    )
    assert result.routes == ("ccm.licence", "ccm.24_months")
    assert result.months_to_eligible == 24


def test_rn_licence_qualifies_for_ccm_but_lpn_does_not(catalog):
    rn = dict(education_level="associate", degree_field="nursing", licenses=["RN"], case_management_months=24)
    lpn = dict(rn, licenses=["LPN"])
    assert status(catalog, "CCM", **rn) == ("eligible_now", 0)
    result = assess(catalog.credentials["CCM"], Profile.from_dict(lpn, catalog), catalog)
    assert result.status == "needs_license"
    assert any("LPN" in note for note in result.notes)


def test_an_associate_degree_with_an_rn_licence_is_enough_for_ccm_by_the_licence_route(catalog):
    profile = dict(education_level="associate", degree_field="nursing", licenses=["RN"], case_management_months=30)
    result = assess(catalog.credentials["CCM"], Profile.from_dict(profile, catalog), catalog)
    assert (result.status, result.routes) == ("eligible_now", ("ccm.licence", "ccm.24_months"))


def test_an_associate_degree_without_a_licence_is_not_enough_for_ccm(catalog):
    profile = dict(education_level="associate", degree_field="nursing", licenses=[], case_management_months=30)
    assert status(catalog, "CCM", **profile) == ("needs_license", None)  # an RN licence is within reach


@pytest.mark.parametrize(
    "field, expected", [("psychology", "eligible_now"), ("human_services", "eligible_now"), ("other", "needs_degree")]
)
def test_ccm_degree_route_by_field(catalog, field, expected):
    profile = dict(
        education_level="bachelor", degree_field=field, licenses=[], case_management_months=24, field_experience=True
    )
    assert status(catalog, "CCM", **profile)[0] == expected


def test_ccm_degree_route_needs_the_field_experience(catalog):
    profile = dict(education_level="bachelor", degree_field="psychology", licenses=[], case_management_months=24)
    assert status(catalog, "CCM", **dict(profile, field_experience=False)) == ("needs_experience", None)
    unknown = assess(catalog.credentials["CCM"], Profile.from_dict(profile, catalog), catalog)
    assert "field_experience" in unknown.unknown_facts
    assert any("field experience" in note for note in unknown.notes)


@pytest.mark.parametrize("level", ["high_school", None])
def test_no_degree_means_needs_degree(catalog, level):
    assert status(catalog, "CCM", education_level=level, licenses=[], case_management_months=36) == (
        "needs_degree",
        None,
    )
    assert status(catalog, "RN", education_level=level, licenses=[])[0] == "needs_degree"


@pytest.mark.parametrize(
    "cm, hc, expected",
    [
        (11, 36, ("needs_experience", 1)),
        (12, 36, ("eligible_now", 0)),
        (24, 11, ("needs_experience", 1)),
        (24, 12, ("eligible_now", 0)),
    ],
)
def test_acm_needs_a_year_in_a_health_delivery_system(catalog, cm, hc, expected):
    assert status(catalog, "ACM", **dict(BSN_RN, case_management_months=cm, healthcare_months=hc)) == expected


def test_acm_is_open_to_social_workers_by_degree_or_licence(catalog):
    experience = dict(case_management_months=12, healthcare_months=12)
    assert status(catalog, "ACM", **dict(BSW, **experience)) == ("eligible_now", 0)
    assert status(
        catalog, "ACM", education_level="master", degree_field="counseling", licenses=["LCSW"], **experience
    ) == ("eligible_now", 0)
    assert (
        status(catalog, "ACM", education_level="bachelor", degree_field="psychology", licenses=[], **experience)[0]
        == "needs_degree"
    )


def test_acm_is_not_open_to_an_lpn(catalog):
    profile = dict(
        education_level="associate",
        degree_field="nursing",
        licenses=["LPN"],
        case_management_months=24,
        healthcare_months=24,
    )
    assert status(catalog, "ACM", **profile) == ("needs_license", None)


def test_social_work_licences_follow_the_degree(catalog):
    assert status(catalog, "LSW", **BSW) == ("eligible_now", 0)
    assert status(catalog, "LMSW", **BSW) == ("needs_degree", None)
    msw = dict(education_level="master", degree_field="social_work", licenses=[])
    assert status(catalog, "LMSW", **msw) == ("eligible_now", 0)
    assert status(catalog, "LCSW", **dict(msw, clinical_supervision_months=23)) == ("needs_experience", 1)
    assert status(catalog, "LCSW", **dict(msw, clinical_supervision_months=24)) == ("eligible_now", 0)


def test_lcsw_rule_is_flagged_as_varying_by_state(catalog):
    msw = dict(education_level="master", degree_field="social_work", licenses=[], clinical_supervision_months=0)
    result = assess(catalog.credentials["LCSW"], Profile.from_dict(msw, catalog), catalog)
    assert any("state" in note for note in result.notes)


def test_rn_from_an_adn_or_a_bsn(catalog):
    assert status(catalog, "RN", education_level="associate", degree_field="nursing", licenses=[]) == (
        "eligible_now",
        0,
    )
    assert (
        status(catalog, "RN", education_level="bachelor", degree_field="psychology", licenses=[])[0] == "needs_degree"
    )


def test_crc_by_rehabilitation_counseling_masters_and_uncertain_related_field(catalog):
    assert status(catalog, "CRC", education_level="master", degree_field="rehabilitation_counseling", licenses=[]) == (
        "eligible_now",
        0,
    )
    assert (
        status(catalog, "CRC", education_level="bachelor", degree_field="rehabilitation_counseling", licenses=[])[0]
        == "needs_degree"
    )
    related = assess(
        catalog.credentials["CRC"],
        Profile.from_dict(dict(education_level="master", degree_field="counseling", licenses=[]), catalog),
        catalog,
    )
    assert related.status == "eligible_now"
    assert any("CRCC" in note for note in related.notes)


def test_a_held_credential_is_held(catalog):
    assert status(catalog, "CCM", licenses=["CCM"]) == ("held", 0)


def test_an_assessment_cites_the_credential_and_the_routes_used(catalog):
    result = assess(
        catalog.credentials["CCM"], Profile.from_dict(dict(BSN_RN, case_management_months=24), catalog), catalog
    )
    assert {c.source_id for c in result.sources} == {"guide.key_certifications", "ccmc.eligibility"}
    assert all(c.confidence in "CSU" and c.as_of for c in result.sources)
