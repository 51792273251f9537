"""Every sentence of the seed guide is in the knowledge base, quoted word for word and cited to its section."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from knowledge import models as m
from knowledge.loader import normalise_quote
from knowledge.paths import ROOT

GUIDE = ROOT / "knowledge" / "sources" / "guide.txt"
SHARED_GUIDE = ROOT.parent / "shared" / "seed" / "case-manager-career-guide.txt"


def guide_sections(sources):
    """(source id, [sentences]) for each guide section, split at the section headings of sources.yml."""
    headings = {normalise_quote(s.section): s.id for s in sources.sources if s.kind == "guide_section"}
    sections, current = {}, None
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        line = normalise_quote(line)
        if not line:
            continue
        if line in headings:
            current = headings[line]
            sections[current] = []
            continue
        assert current is not None, f"text before the first heading: {line!r}"
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            if not sentence.endswith(
                ":"
            ):  # a lead-in such as "Major employers include:" introduces the facts that follow
                sections[current].append(sentence)
    return sections


def cited_quotes(database):
    with database.session() as session:
        facts = session.execute(select(m.Fact.source_id, m.Fact.text).where(m.Fact.is_quote)).all()
        skills = session.execute(select(m.Skill.source_id, m.Skill.description)).all()
    quotes = {}
    for source_id, text in [*facts, *skills]:
        quotes.setdefault(source_id, []).append(normalise_quote(text))
    return quotes


def test_the_guide_copy_is_the_seed_guide():
    if not SHARED_GUIDE.exists():
        pytest.skip("shared/seed is not beside this checkout")
    assert GUIDE.read_text(encoding="utf-8") == SHARED_GUIDE.read_text(encoding="utf-8")


def test_every_heading_of_the_guide_is_a_cited_section(sources):
    sections = guide_sections(sources)
    assert set(sections) == {s.id for s in sources.sources if s.kind == "guide_section"}
    assert sum(len(sentences) for sentences in sections.values()) == 62  # the sentences of the seed guide


def test_every_sentence_of_every_section_is_quoted_in_the_knowledge_base(sources, database):
    quotes = cited_quotes(database)
    missing = [
        (section, sentence)
        for section, sentences in guide_sections(sources).items()
        for sentence in sentences
        if not any(sentence in quote for quote in quotes.get(section, []))
    ]
    assert missing == []


@pytest.mark.parametrize(
    "subject, aspect, words",
    [
        ("case_management", "difference", "counselor or therapist"),
        ("healthcare", "settings", "hospitals, clinics, or insurance companies"),
        ("mental_health", "populations", "serious mental illnesses"),
        ("social_work", "populations", "homelessness, domestic violence, or poverty"),
        ("vocational_rehabilitation", "duties", "Individual Plan for Employment (IPE)"),
        ("BSW", "accreditation", "Council on Social Work Education (CSWE)"),
        ("MSW", "overview", "Licensed Clinical Social Worker"),
        ("MSN", "overview", "managed care"),
        ("CCM", "eligibility", "12 to 24 months of full-time, supervised case management experience"),
        ("ACM", "eligibility", "at least one year of experience in a healthcare delivery system"),
        ("RN", "overview", "active Registered Nurse (RN) license"),
        ("licensure", "licensure", "Association of Social Work Boards (ASWB) exam"),
        ("continuing_education", "renewal", "continuing education credits"),
        ("outlook", "outlook", "6 percent"),
        ("salary", "salary", "vary widely"),
        ("experience", "experience", "internships or practicums"),
    ],
)
def test_each_fact_is_answerable_by_its_subject_and_kind_of_question(database, subject, aspect, words):
    with database.session() as session:
        texts = (
            session.execute(select(m.Fact.text).where(m.Fact.subject_code == subject, m.Fact.aspect == aspect))
            .scalars()
            .all()
        )
    assert any(words in normalise_quote(text) for text in texts), texts
