"""The details from shared/research/credential-facts.md are in the knowledge base, with their confidence marks."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from knowledge import models as m


def facts(database, subject, aspect=None):
    with database.session() as session:
        query = select(m.Fact).where(m.Fact.subject_code == subject)
        if aspect:
            query = query.where(m.Fact.aspect == aspect)
        return session.execute(query).scalars().all()


def test_ccm_cost_validity_and_renewal(catalog, database):
    ccm = catalog.credentials["CCM"]
    assert (ccm.cost_usd, ccm.renewal.months, ccm.renewal.ce_hours, ccm.issuer) == (
        430,
        60,
        80,
        "Commission for Case Manager Certification",
    )
    (cost,) = facts(database, "CCM", "cost")
    assert "$235" in cost.text and "$195" in cost.text and cost.confidence == "C"
    assert any("8 of them in ethics" in f.text for f in facts(database, "CCM", "renewal"))


def test_ccm_routes_are_a_license_or_degree_and_one_of_three_employment_routes(catalog):
    groups = catalog.credentials["CCM"].requirements
    assert [[r.code for r in g.routes] for g in groups] == [
        # a degree in another field is CCMC's call (its pages name no list of fields): an uncertain route
        ["ccm.licence", "ccm.degree", "ccm.degree_other_field"],
        ["ccm.12_months_ccm_supervised", "ccm.24_months", "ccm.12_months_supervisor"],
    ]
    license_route = groups[0].routes[0]
    assert set(license_route.licenses_any) == {"RN", "LCSW", "LMSW", "LPC", "CRC", "CDMS"}
    assert [code for code, _ in license_route.not_accepted] == ["LPN"]


def test_acm_rule_and_its_unconfirmed_fee(catalog, database):
    acm = catalog.credentials["ACM"]
    assert acm.cost_usd is None  # not confirmed: no figure is stated
    assert (acm.renewal.months, acm.renewal.ce_hours) == (48, 40)
    assert "2,080 hours" in acm.requirements[1].routes[0].label
    (cost,) = facts(database, "ACM", "cost")
    assert cost.confidence == "U" and "not confirmed" in cost.text


def test_crc_exam_renewal_and_name_clash(database, catalog):
    assert any("175 multiple-choice" in f.text for f in facts(database, "CRC", "exam"))
    assert catalog.credentials["CRC"].renewal.ce_hours == 100
    assert any("Certified Retirement Counselor" in f.text for f in facts(database, "CRC"))
    uncertain = [r for g in catalog.credentials["CRC"].requirements for r in g.routes if r.citation.confidence == "U"]
    assert [r.code for r in uncertain] == ["crc.related_counseling"]


@pytest.mark.parametrize(
    "subject, words, confidence",
    [
        ("licensure", "Advanced Generalist", "C"),
        ("licensure", "Illinois dropped it", "C"),
        ("LSW", "Titles vary by state", None),
        ("BSN", "preferred pathway for healthcare case managers", None),
        ("ADN", "1 to 2 years", "S"),
        ("salary", "$81,220", "C"),
        ("vocational_rehabilitation", "$39,990", "C"),
        ("LPN", "does not meet the CCM", "S"),
    ],
)
def test_research_detail(database, subject, words, confidence):
    matching = [f for f in facts(database, subject) if words.lower() in f.text.lower()]
    assert matching, f"{words!r} not found for {subject}"
    if confidence:
        assert matching[0].confidence == confidence


def test_lcsw_hours_are_marked_uncertain_and_name_state_examples(catalog):
    route = catalog.credentials["LCSW"].requirements[1].routes[0]
    assert route.citation.confidence == "U"
    assert "New York 36 months" in route.label and "Texas" in route.label and "California" in route.label


def test_cmgt_bc_requirements(catalog):
    route = catalog.credentials["CMGT-BC"].requirements[1].routes[0]
    assert {(e.kind, e.months) for e in route.experience} == {("rn_practice", 24), ("case_management", 12)}
    assert "30 hours of continuing education" in route.label
