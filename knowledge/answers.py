"""Answers to questions, straight from the knowledge base: a kind of question plus its topic.

`answer(session, kind, subject)` returns the cited facts that answer it. The question kinds and the aspects of
the facts that answer them are listed here once; which subject a bare question is about, when the person names
none, too. Nothing here knows about Rasa.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge import models as m
from knowledge.catalog import Citation

# kind of question -> aspects of the facts that answer it
QUESTION_ASPECTS: Dict[str, Tuple[str, ...]] = {
    "what_is": ("overview", "duties", "settings", "populations", "goal", "education"),
    "eligibility": ("eligibility",),
    "cost": ("cost",),
    "renewal": ("renewal",),
    "exam": ("exam",),
    "salary": ("salary",),
    "outlook": ("outlook",),
    "employers": ("employers", "settings"),
    "skills": ("skills",),
    "difference_therapist": ("difference",),
    "education": ("education", "accreditation"),
    "experience": ("experience",),
    "licensure": ("licensure", "exam"),
}

# the subject of a question that names none ("how much do case managers make?")
DEFAULT_SUBJECT = {
    "what_is": "case_management",
    "salary": "salary",
    "outlook": "outlook",
    "employers": "employers",
    "skills": "skills",
    "difference_therapist": "case_management",
    "education": "education",
    "experience": "experience",
    "licensure": "licensure",
    "renewal": "continuing_education",
}

# where to look when the subject itself has no fact of that kind
GENERAL_TOPIC = {
    "salary": "salary",
    "outlook": "outlook",
    "employers": "employers",
    "education": "education",
    "experience": "experience",
    "licensure": "licensure",
    "renewal": "continuing_education",
    "exam": "licensure",
    "what_is": "case_management",
}


@dataclass(frozen=True)
class FactView:
    text: str
    citation: Citation


@dataclass(frozen=True)
class Answer:
    kind: str
    subject: str
    subject_name: str
    facts: Tuple[FactView, ...]
    routes: Tuple[str, ...] = ()  # eligibility routes, in words
    found: bool = True


def answer(session: Session, kind: str, subject: Optional[str]) -> Answer:
    if kind not in QUESTION_ASPECTS:
        raise ValueError(f"unknown kind of question {kind!r}")
    subject = subject or DEFAULT_SUBJECT.get(kind)
    if subject is None:
        return Answer(kind, "", "", (), found=False)
    name = subject_name(session, subject)
    facts = _facts(session, subject, QUESTION_ASPECTS[kind])
    if kind == "what_is":
        facts = _summary(session, subject) + facts
    if kind == "skills" and subject == "skills":
        facts += _skills(session)
    if kind == "salary" and subject == "salary":
        facts += _salary_ranges(session)
    routes = _routes(session, subject) if kind == "eligibility" else ()
    if not facts and not routes and GENERAL_TOPIC.get(kind) not in (None, subject):
        general = _facts(session, GENERAL_TOPIC[kind], QUESTION_ASPECTS[kind])
        return Answer(kind, subject, name, tuple(general), found=bool(general))
    return Answer(kind, subject, name, tuple(facts), routes, found=bool(facts or routes))


def subject_name(session: Session, code: str) -> str:
    for model in (m.Credential, m.Specialization, m.Degree, m.Topic):
        row = session.get(model, code)
        if row is not None:
            return row.name
    return code


def _cite(row) -> Citation:
    source = row.source
    return Citation(source.id, source.title, source.url, row.confidence, row.as_of)


def _facts(session: Session, subject: str, aspects: Sequence[str]) -> List[FactView]:
    rows = session.execute(
        select(m.Fact).where(m.Fact.subject_code == subject, m.Fact.aspect.in_(aspects)).order_by(m.Fact.id)
    ).scalars()
    return [FactView(row.text, _cite(row)) for row in rows]


def _summary(session: Session, subject: str) -> List[FactView]:
    spec = session.get(m.Specialization, subject)
    if spec is None:
        return []
    source = session.get(m.Source, spec.source_id)
    return [FactView(spec.summary, Citation(source.id, source.title, source.url, source.confidence, source.as_of))]


def _skills(session: Session) -> List[FactView]:
    rows = session.execute(select(m.Skill).order_by(m.Skill.position)).scalars()
    result = []
    for row in rows:
        source = session.get(m.Source, row.source_id)
        result.append(
            FactView(row.description, Citation(source.id, source.title, source.url, row.confidence, row.as_of))
        )
    return result


def _salary_ranges(session: Session) -> List[FactView]:
    result = []
    for row in session.execute(select(m.SalaryRange).order_by(m.SalaryRange.id)).scalars():
        source = session.get(m.Source, row.source_id)
        spec = session.get(m.Specialization, row.specialization_code)
        high = f"${row.high_usd:,}" + (" and over" if row.open_high else "")
        figure = f"${row.low_usd:,}" if row.low_usd == row.high_usd else f"${row.low_usd:,} to {high}"
        result.append(
            FactView(
                f"{spec.name}: {figure} a year ({row.basis}).",
                Citation(source.id, source.title, source.url, row.confidence, row.as_of),
            )
        )
    return result


def _routes(session: Session, code: str) -> Tuple[str, ...]:
    credential = session.get(m.Credential, code)
    if credential is None:
        return ()
    lines = []
    for group in credential.requirements:
        options = [route.label for route in group.routes]
        lines.append(("One of: " + " | ".join(options)) if len(options) > 1 else options[0])
        for route in group.routes:
            lines.extend(refused["reason"] for refused in route.not_accepted or ())
    return tuple(lines)
