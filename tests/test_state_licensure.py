"""State social work licensure, checked against the state boards' rules as shared/research/state-licensure.md
records them (each expectation below names the board or law it comes from), not against the code's output."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from sqlalchemy import select

from advising.state_licensure import license_title_level, state_level
from knowledge import models as m
from knowledge.schema import STATE_LEVELS
from knowledge.state_answers import state_licensure_answer

STATES = {"CA", "TX", "FL", "NY", "PA", "IL", "OH", "GA", "NC", "MI", "NJ", "VA", "WA", "AZ", "MA"}


def test_every_state_in_the_research_loads_with_its_board_and_three_levels(catalog):
    assert set(catalog.states) == STATES
    for code in STATES:
        rules = catalog.states[code]
        assert rules.board and rules.citation.url.startswith("http")
        assert set(rules.levels) == set(STATE_LEVELS)
        for level in STATE_LEVELS:
            found = state_level(catalog, code, level)
            assert found.state == code and found.level == level and found.citation.confidence in "CSU"


@pytest.mark.parametrize("state", ["CA", "NY", "FL", "GA", "WA"])
def test_states_without_a_bachelors_license(catalog, state):
    # CA: "California only licenses at the clinical level" (Sacred Heart); FL: "Florida does not license
    # baccalaureate social workers" (MSWGuide); NY, GA, WA: none (MSWGuide, SocialWorkLicensure.org, NASW-WA).
    bachelor = state_level(catalog, state, "bachelor")
    assert bachelor.offered is False and bachelor.title is None and bachelor.exam is None
    assert "no licence" in state_licensure_answer(catalog, state, "bachelor").text


@pytest.mark.parametrize("state", ["TX", "PA", "IL", "OH", "MI", "VA", "AZ", "MA"])
def test_states_with_a_bachelors_license(catalog, state):
    bachelor = state_level(catalog, state, "bachelor")
    assert bachelor.offered is True and bachelor.degree == "BSW" and not bachelor.voluntary


def test_north_carolina_bachelors_level_is_a_voluntary_certification(catalog):
    csw = state_level(catalog, "NC", "bachelor")  # NASW-NC: CSW, voluntary, not a licence
    assert (csw.title, csw.offered, csw.voluntary) == ("CSW", True, True)
    assert "voluntary certification" in state_licensure_answer(catalog, "NC", "bachelor").text


def test_illinois_lsw_with_a_bsw_needs_three_years_and_no_exam(catalog):
    # 225 ILCS 20/9A: BSW plus 3 years of supervised professional experience; no exam since January 1, 2022.
    lsw = state_level(catalog, "Illinois", "bachelor")
    assert (lsw.title, lsw.degree, lsw.supervised_months, lsw.exam) == ("LSW", "BSW", 36, "none")
    assert lsw.citation.url == "https://www.ilga.gov/legislation/ilcs/documents/022500200K9A.htm"
    with_msw = state_level(catalog, "IL", "master")
    assert (with_msw.title, with_msw.exam, with_msw.supervised_months) == ("LSW", "none", 0)


def test_texas_lcsw_needs_3000_hours_over_at_least_24_months(catalog):
    # Texas Register (2023 amendment): 3,000 hours over at least 24 months, the 48-month maximum deleted.
    lcsw = state_level(catalog, "TX", "clinical")
    assert lcsw.title == "LCSW" and lcsw.supervised_months >= 24 and lcsw.supervised_hours == 3000
    assert urlparse(lcsw.citation.url).hostname == "texreg.sos.state.tx.us" and lcsw.citation.confidence == "C"


def test_experience_that_differs_from_the_usual_two_years(catalog):
    assert state_level(catalog, "NY", "clinical").supervised_months == 36  # NYSED: at least 36 months
    assert state_level(catalog, "NY", "clinical").citation.url.startswith("https://op.nysed.gov/")
    assert state_level(catalog, "MI", "clinical").supervised_hours == 4000  # LARA: 4,000 hours
    assert state_level(catalog, "MA", "clinical").supervised_hours == 3500  # ASWB: 3,500 h after the LCSW
    assert state_level(catalog, "GA", "clinical").supervised_months == 36  # Rule 135-5-.04: 3 years


def test_washingtons_clinical_hours_are_uncertain_and_not_stated_as_figures(catalog):
    licsw = state_level(catalog, "WA", "clinical")  # 4,000 h before 2023, a reported cut to 3,000 h: [U]
    assert licsw.title == "LICSW" and licsw.citation.confidence == "U"
    assert licsw.supervised_hours is None and licsw.supervised_months is None
    assert "uncertain: check with the board" in state_licensure_answer(catalog, "WA", "clinical").text


def test_titles_by_state(catalog):
    assert state_level(catalog, "PA", "master").title == "LSW"  # PA DOS: the LSW is the master's licence
    assert state_level(catalog, "PA", "bachelor").title == "LBSW"
    assert state_level(catalog, "MI", "clinical").title == "LMSW-Clinical"  # LARA: no "LCSW" title
    assert state_level(catalog, "OH", "clinical").title == "LISW"
    assert state_level(catalog, "MA", "master").title == "LCSW"  # Licensed *Certified* Social Worker
    assert state_level(catalog, "MA", "clinical").title == "LICSW"


@pytest.mark.parametrize(
    "state, words, level",
    [
        ("PA", "I'm an LSW", "master"),
        ("pa", "i'm an l.s.w.", "master"),
        ("Ohio", "I have my LISW", "clinical"),
        ("OH", "I'm an LISW-S now", "clinical"),
        ("OH", "I'm an LSW", "bachelor"),  # held with a BSW or an MSW: the title alone shows the bachelor's level
        ("MI", "I have my LMSW clinical", "clinical"),
        ("MI", "LMSW-Clinical", "clinical"),
        ("MI", "I'm an LMSW", "master"),
        ("MI", "I'm an LCSW", None),  # Michigan has no LCSW title
        ("MA", "I'm an LCSW", "master"),
        ("MA", "licensed independent clinical social worker", "clinical"),
        ("TX", "LCSW since 2019", "clinical"),
        ("IL", "I'm an LSW", "bachelor"),
        ("CA", "I'm a BSW", None),
        # An intern or associate registered while gaining the hours does not hold the level yet.
        ("FL", "I'm an RCSWI", None),
        ("NC", "I'm an LCSWA", None),
        ("OR", "I'm an LCSW", None),  # not in the knowledge base: no guess
        ("Narnia", "LCSW", None),
        (None, "LCSW", None),
        ("TX", "", None),
    ],
)
def test_license_title_level(catalog, state, words, level):
    assert license_title_level(catalog, state, words) == level


def test_a_state_not_held_gives_none_and_a_bad_level_a_clear_error(catalog):
    assert state_level(catalog, "OR", "clinical") is None
    assert state_level(catalog, "Atlantis", "clinical") is None
    assert state_level(catalog, None, "clinical") is None
    with pytest.raises(ValueError, match="bachelor, master, clinical"):
        state_level(catalog, "TX", "doctoral")


def test_a_state_not_held_gets_the_honest_general_answer(catalog):
    answer = state_licensure_answer(catalog, "OR")
    assert not answer.held and answer.state_name == "Oregon"
    assert "won't guess" in answer.text and "Oregon's social work licensing board" in answer.text
    assert "https://aswbsocialworkregulations.org/jurisdictionLevelsReportBuilder.jsp" in {
        c.url for c in answer.citations
    }
    assert state_licensure_answer(catalog, "not a state").citations == answer.citations


def test_a_held_states_answer_names_its_board_and_cites_every_level(catalog):
    answer = state_licensure_answer(catalog, "OH")
    assert answer.held and "Ohio Counselor, Social Worker and Marriage and Family Therapist Board" in answer.text
    assert "LISW" in answer.text and "3,000 hours" in answer.text and "Advanced Generalist" in answer.text
    assert {c.source_id for c in answer.citations} >= {"oh.board", "oh.lisw"}


OFFICIAL_HOSTS = ("ncswboard.org",)  # a board's own site outside .gov


def test_confirmed_levels_cite_the_board_or_the_law_and_every_citation_is_a_public_page(catalog):
    for rules in catalog.states.values():
        for rule in rules.levels.values():
            for citation in (rule.citation, *rule.more_citations, rules.citation):
                assert urlparse(citation.url).scheme in ("http", "https"), citation
            host = urlparse(rule.citation.url).hostname
            if rule.citation.confidence == "C":
                assert host.endswith((".gov", ".us")) or host in OFFICIAL_HOSTS, (rules.code, rule.level, host)


# Every table whose rows a person is shown, with the column that names the row's source.
SHOWN = {
    m.Fact: "source_id",
    m.Credential: "source_id",
    m.Degree: "source_id",
    m.Organization: "source_id",
    m.Specialization: "source_id",
    m.Skill: "source_id",
    m.SalaryRange: "source_id",
    m.OutlookFigure: "source_id",
    m.StateLevel: "source_id",
    m.StateBoard: "board_source_id",
    m.Route: "source_id",
    m.Program: "source_id",
}


def test_nothing_a_person_sees_cites_research_notes(database):
    with database.session() as session:
        sources = {s.id: s for s in session.execute(select(m.Source)).scalars()}
        for model, column in SHOWN.items():
            for source_id in session.execute(select(getattr(model, column))).scalars():
                source = sources[source_id]
                assert "research" not in source.title.lower(), (model.__tablename__, source_id)
                if source.kind == "web_page":
                    assert urlparse(source.url).scheme in ("http", "https"), (model.__tablename__, source_id)
