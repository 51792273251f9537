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


@dataclass(frozen=True)
class QuestionKind:
    aspects: Tuple[str, ...]  # of the facts that answer it
    default_subject: Optional[str] = None  # the subject of a question that names none ("how much do CMs make?")
    general_topic: Optional[str] = None  # where to look when the subject itself has no fact of that kind


QUESTION_KINDS: Dict[str, QuestionKind] = {
    "what_is": QuestionKind(
        ("overview", "duties", "settings", "populations", "goal", "education"), "case_management", "case_management"
    ),
    "eligibility": QuestionKind(("eligibility",)),
    "cost": QuestionKind(("cost",)),
    "renewal": QuestionKind(("renewal",), "continuing_education", "continuing_education"),
    "exam": QuestionKind(("exam",), general_topic="licensure"),
    "salary": QuestionKind(("salary",), "salary", "salary"),
    "outlook": QuestionKind(("outlook",), "outlook", "outlook"),
    "employers": QuestionKind(("employers", "settings"), "employers", "employers"),
    "skills": QuestionKind(("skills",), "skills"),
    "difference_therapist": QuestionKind(("difference",), "case_management"),
    "education": QuestionKind(("education", "accreditation"), "education", "education"),
    "experience": QuestionKind(("experience",), "experience", "experience"),
    "licensure": QuestionKind(("licensure", "exam"), "licensure", "licensure"),
}


@dataclass(frozen=True)
class Answer:
    kind: str
    subject: str
    subject_name: str
    facts: Tuple[FactView, ...] = ()
    routes: Tuple[str, ...] = ()  # eligibility routes, in words

    @property
    def found(self) -> bool:
        return bool(self.facts or self.routes)


@dataclass(frozen=True)
class FactView:
    """A fact as it is shown: its text and where it comes from."""

    text: str
    citation: Citation


def answer(session: Session, kind: str, subject: Optional[str]) -> Answer:
    if kind not in QUESTION_KINDS:
        raise ValueError(f"unknown kind of question {kind!r}")
    question = QUESTION_KINDS[kind]
    subject = subject or question.default_subject
    if subject is None:
        return Answer(kind, "", "")
    name = subject_name(session, subject)
    facts = _facts(session, subject, question.aspects)
    if kind == "what_is":
        facts = _summary(session, subject) + facts
    if kind == "skills" and subject == "skills":
        facts += _skills(session)
    if kind == "salary" and subject == "salary":
        facts += _salary_ranges(session)
    routes = _routes(session, subject) if kind == "eligibility" else ()
    if not facts and not routes and question.general_topic not in (None, subject):
        general = _facts(session, question.general_topic, question.aspects)
        return Answer(kind, subject, name, tuple(general))
    return Answer(kind, subject, name, tuple(facts), routes)


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
