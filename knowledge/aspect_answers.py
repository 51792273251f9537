"""Questions as aspect x subject: what is asked (the aspect) about what (the subject), answered from the knowledge base.

`subjects(session)` lists every subject the knowledge base knows (credentials, specializations, degrees, work
settings and case management itself); `answer_aspect(session, aspect, code)` returns only facts about that
subject, or found=False with the body that decides it, so one subject's fact never stands under another's name.
Nothing here knows about Rasa.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from knowledge import models as m
from knowledge.answers import FactView, _facts, _salary_ranges
from knowledge.catalog import Citation
from knowledge.schema import EDUCATION_LEVELS

ASPECTS = (
    "what_is",
    "issuer",
    "exam",
    "cost",
    "duration",
    "requirements",
    "degree",
    "salary",
    "setting",
    "day_to_day",
    "difference",
)
GENERAL = "case_management"  # the subject of a question that names none ("what does a case manager do?")
BROADEST_CERTIFICATION = "CCM"  # open to nurses, social workers and counselors alike (the guide, CCMC)
SUBJECT_KINDS = ("credential", "specialization", "degree", "setting", "topic")

# aspect -> the kinds of stored facts that answer it (one list, used for every subject)
FACT_ASPECTS: Dict[str, Tuple[str, ...]] = {
    "what_is": ("overview", "goal"),
    "issuer": (),
    "exam": ("exam",),
    "cost": ("cost",),
    "duration": ("renewal",),  # how long it takes, and how long it lasts
    "requirements": ("eligibility",),
    "degree": ("education", "accreditation"),
    "salary": ("salary",),
    "setting": ("settings", "employers"),
    "day_to_day": ("duties",),
    "difference": ("difference",),
}
# what case management in general answers from the topics (the guide's sections) beyond its own facts
GENERAL_TOPICS: Dict[str, Tuple[Tuple[str, Tuple[str, ...]], ...]] = {
    "what_is": ((GENERAL, ("duties",)),),  # what a case manager is, is what they do
    "requirements": (("education", ("education",)), ("experience", ("experience",)), ("licensure", ("licensure",))),
    # "how long does it take to become a case manager": the degree and then the supervised experience it asks for
    "duration": (("education", ("education",)), ("experience", ("experience",))),
    "degree": (("education", ("education",)),),
    "salary": (("salary", ("salary",)),),
    "setting": (("employers", ("employers",)),),
}


@dataclass(frozen=True)
class Subject:
    kind: str  # credential | specialization | degree | setting | topic
    code: str
    name: str


@dataclass(frozen=True)
class AspectAnswer:
    aspect: str
    subject: Subject
    facts: Tuple[FactView, ...]
    found: bool
    decider: str = ""  # who decides what we do not know
    decider_citation: Optional[Citation] = None


def subjects(session: Session) -> List[Subject]:
    """Every subject a question can be about, straight from the knowledge base."""
    result = [Subject("credential", r.code, r.name) for r in _rows(session, m.Credential, m.Credential.code)]
    result += [
        Subject("specialization", r.code, r.name) for r in _rows(session, m.Specialization, m.Specialization.position)
    ]
    result += [Subject("degree", r.code, r.name) for r in _rows(session, m.Degree, m.Degree.code)]
    result += [
        Subject("setting", r.code, r.name[:1].upper() + r.name[1:])
        for r in _rows(session, m.Interest, m.Interest.code)
        if r.kind == "setting"
    ]
    topic = session.get(m.Topic, GENERAL)
    if topic is not None:
        result.append(Subject("topic", GENERAL, "Case management"))
    return result


def find_subject(session: Session, code: str) -> Optional[Subject]:
    return next((s for s in subjects(session) if s.code == code), None)


def answer_aspect(session: Session, aspect: str, code: str) -> AspectAnswer:
    if aspect not in ASPECTS:
        raise ValueError(f"unknown aspect {aspect!r}")
    subject = find_subject(session, code)
    if subject is None:
        raise ValueError(f"unknown subject {code!r}")
    facts = list(_facts(session, code, FACT_ASPECTS[aspect])) if FACT_ASPECTS[aspect] else []
    facts += _EXTRA.get((subject.kind, aspect), _none)(session, subject)
    decider, citation = _decider(session, subject, aspect)
    return AspectAnswer(aspect, subject, tuple(facts), bool(facts), decider, citation)


def _rows(session: Session, model, order) -> list:
    # names only: loading whole rows pulled in every relationship (about 18 ms a call, several calls a question)
    columns = [model.code, model.name] + ([model.kind] if hasattr(model, "kind") else [])
    return list(session.execute(select(*columns).order_by(order)))


def _none(session: Session, subject: Subject) -> List[FactView]:
    return []


def _source_citation(session: Session, source_id: str) -> Citation:
    s = session.get(m.Source, source_id)
    return Citation(s.id, s.title, s.url, s.confidence, s.as_of)


# what employers decide, not a board or a school: pay, where the jobs are, what the work is, whom a setting hires
EMPLOYERS_DECIDE = {"salary", "setting", "day_to_day"}


def _decider(session: Session, subject: Subject, aspect: str) -> Tuple[str, Optional[Citation]]:
    """The body that decides a credential's or degree's rules; employers for the job itself; for the rest, the source
    the subject comes from."""
    if aspect in EMPLOYERS_DECIDE or subject.kind == "setting":
        return "each employer", _subject_citation(session, subject)
    if subject.kind == "credential":
        row = session.get(m.Credential, subject.code)
        if row.issuer is not None:
            return row.issuer.name, _source_citation(session, row.source_id)
        return "the certifying body", _source_citation(session, row.source_id)
    if subject.kind == "degree":
        row = session.get(m.Degree, subject.code)
        if row.accredited_by:
            org = session.get(m.Organization, row.accredited_by)
            return f"{org.name}, which accredits these programs, or the school", _source_citation(
                session, row.source_id
            )
        return "the school that offers it", _source_citation(session, row.source_id)
    if subject.kind == "specialization":
        return "employers in this field", _source_citation(
            session, session.get(m.Specialization, subject.code).source_id
        )
    return "employers and the certifying bodies", _source_citation(session, "guide.outlook")


def _subject_citation(session: Session, subject: Subject) -> Citation:
    """Where the subject itself is described."""
    model = {"credential": m.Credential, "degree": m.Degree, "specialization": m.Specialization}.get(subject.kind)
    if model is None:
        return _source_citation(session, "guide.outlook")
    return _source_citation(session, session.get(model, subject.code).source_id)


# --- facts that are not stored as Fact rows: they come from the subject's own row ---


def _credential_what_is(session: Session, subject: Subject) -> List[FactView]:
    row = session.get(m.Credential, subject.code)
    kind = "state licence" if row.kind == "license" else "certification"
    issuer = f", issued by {row.issuer.name}" if row.issuer else ""
    return [FactView(f"The {subject.name} is a {kind}{issuer}.", _source_citation(session, row.source_id))]


def _credential_issuer(session: Session, subject: Subject) -> List[FactView]:
    row = session.get(m.Credential, subject.code)
    if row.issuer is None:
        return []
    org = row.issuer
    return [FactView(f"The {subject.name} is granted by {org.name}.", _source_citation(session, org.source_id))]


def _credential_duration(session: Session, subject: Subject) -> List[FactView]:
    """The time a credential takes is the experience its routes ask for, in the issuer's words."""
    row = session.get(m.Credential, subject.code)
    result = []
    for group in row.requirements:
        for route in group.routes:
            if route.experience:
                result.append(FactView(_sentence(route.label), _cite_row(route)))
    return result


def _credential_requirements(session: Session, subject: Subject) -> List[FactView]:
    row = session.get(m.Credential, subject.code)
    if not row.requirements:  # "does it matter that I'm an LPN": what other credentials' rules say of this one
        return _counted_elsewhere(session, subject)
    result = []
    for group in row.requirements:
        labels = [route.label for route in group.routes]
        text = ("One of: " + " | ".join(labels)) if len(labels) > 1 else labels[0]
        result.append(FactView(_sentence(text), _cite_row(group.routes[0])))
        for route in group.routes:
            result += [FactView(_sentence(n["reason"]), _cite_row(route)) for n in route.not_accepted or ()]
    return result


def _counted_elsewhere(session: Session, subject: Subject) -> List[FactView]:
    """The reasons other credentials' routes give for not accepting this one, with the routes' sources."""
    return [
        FactView(_sentence(refused["reason"]), _source_citation(session, refused["source_id"]))
        for (refusals,) in session.execute(select(m.Route.not_accepted).order_by(m.Route.id))
        for refused in refusals or ()
        if refused.get("code") == subject.code
    ]


def _credential_degree(session: Session, subject: Subject) -> List[FactView]:
    row = session.get(m.Credential, subject.code)
    return [
        FactView(_sentence(route.label), _cite_row(route))
        for group in row.requirements
        for route in group.routes
        if route.min_education
    ]


def _degree_issuer(session: Session, subject: Subject) -> List[FactView]:
    row = session.get(m.Degree, subject.code)
    if not row.accredited_by:
        return []
    org = session.get(m.Organization, row.accredited_by)
    return [
        FactView(
            f"Programs for the {subject.name} are accredited by {org.name}; the school grants the degree.",
            _source_citation(session, org.source_id),
        )
    ]


def _degree_what_is(session: Session, subject: Subject) -> List[FactView]:
    row = session.get(m.Degree, subject.code)
    level = row.level.replace("_", " ")
    field = row.field.replace("_", " ")
    return [
        FactView(
            f"The {subject.name} is a {level}'s-level degree in {field}.", _source_citation(session, row.source_id)
        )
    ]


def _degree_routes(session: Session, subject: Subject) -> List[FactView]:
    """What the degree meets, in each credential's own words: the routes whose education it satisfies ("should I
    major in psychology or social work?" is answered by where each degree leads)."""
    degree = session.get(m.Degree, subject.code)
    rank = EDUCATION_LEVELS.index(degree.level)
    result = []
    for credential in session.execute(select(m.Credential).order_by(m.Credential.code)).scalars():
        for group in credential.requirements:
            for route in group.routes:
                if (
                    route.min_education
                    and EDUCATION_LEVELS.index(route.min_education) <= rank
                    and (route.degree_fields is None or degree.field in route.degree_fields)
                    and not route.licenses_any
                    and (route.min_education == degree.level or _open_to_higher(route, degree.level))
                    # a state's level-by-level licences: the level the degree is ("an MSW" leads to the LMSW, while the
                    # bachelor-level licence's route asks for a BSW)
                    and route.state_level in (None, degree.level, "clinical" if degree.level == "master" else None)
                ):
                    result.append(FactView(f"Toward the {credential.code}: {_sentence(route.label)}", _cite_row(route)))
    return result


def _open_to_higher(route, level: str) -> bool:
    """A route that takes degrees above its least ("a bachelor's or graduate degree in ... any health or human services
    field", "an associate (ADN) or bachelor's (BSN) degree"), not one for a degree of that level only ("a BSW")."""
    fields = route.degree_fields
    return fields is None or len(fields) > 1 or bool(re.search(LEVEL_NAMED[level], route.label, re.I))


# how a route's own words name a level above its least
LEVEL_NAMED = {
    "bachelor": r"\b(?:bachelor|graduate)",
    "master": r"\b(?:master|graduate)",
    "doctorate": r"\b(?:doctor|graduate)",
    "associate": r"\bassociate",
}


def _degree_what_is_and_routes(session: Session, subject: Subject) -> List[FactView]:
    return _degree_what_is(session, subject) + _degree_routes(session, subject)


def _specialization_what_is(session: Session, subject: Subject) -> List[FactView]:
    row = session.get(m.Specialization, subject.code)
    return [FactView(row.summary, _source_citation(session, row.source_id))]


def _specialization_pathway(kind: str) -> Callable[[Session, Subject], List[FactView]]:
    def pathway(session: Session, subject: Subject) -> List[FactView]:
        row = session.get(m.Specialization, subject.code)
        model = m.Degree if kind == "degree" else m.Credential
        names = [session.get(model, p.item_code).name for p in row.pathway if p.item_kind == kind]
        if not names:
            return []
        words = "Degrees" if kind == "degree" else "Credentials"
        return [FactView(f"{words} on the usual path: {', '.join(names)}.", _source_citation(session, row.source_id))]

    return pathway


def _specialization_salary(session: Session, subject: Subject) -> List[FactView]:
    spec = session.get(m.Specialization, subject.code)
    return [f for f in _salary_ranges(session) if f.text.startswith(f"{spec.name}:")]


def _setting_mentions(session: Session, subject: Subject) -> List[FactView]:
    """A work setting's facts are the guide's sentences about where case managers work that name it."""
    words = {subject.name.lower(), subject.code.replace("_", " ")}
    words |= {
        a.lower()
        for (a,) in session.execute(
            select(m.Alias.alias).where(m.Alias.entity_type == "setting", m.Alias.code == subject.code)
        )
        if len(a) > 3
    }
    rows = session.execute(
        select(m.Fact).where(m.Fact.aspect.in_(("employers", "settings"))).order_by(m.Fact.id)
    ).scalars()
    return [FactView(r.text, _cite_row(r)) for r in rows if any(_names(r.text, w) for w in words)]


def _general(aspect: str) -> Callable[[Session, Subject], List[FactView]]:
    def general(session: Session, subject: Subject) -> List[FactView]:
        result: List[FactView] = []
        for topic, fact_aspects in GENERAL_TOPICS.get(aspect, ()):
            result += _facts(session, topic, fact_aspects)
        if aspect == "salary":
            result += _salary_ranges(session)
        if aspect == "duration":
            # then the experience the field's broadest certification asks for, named, since no one answer fits all
            broadest = session.get(m.Credential, BROADEST_CERTIFICATION)
            named = Subject("credential", broadest.code, broadest.name)
            result += [
                FactView(f"{broadest.name} ({broadest.code}): {fact.text}", fact.citation)
                for fact in _credential_duration(session, named)
            ]
        return result

    return general


def _names(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}", text, re.IGNORECASE) is not None


def _sentence(text: str) -> str:
    text = text.strip()
    return text[0].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _cite_row(row) -> Citation:
    """A fact's or a route's own citation: its source, with the row's confidence and date."""
    s = object_session(row).get(m.Source, row.source_id)
    return Citation(s.id, s.title, s.url, row.confidence, row.as_of)


_EXTRA: Dict[Tuple[str, str], Callable[[Session, Subject], List[FactView]]] = {
    ("credential", "what_is"): _credential_what_is,
    ("credential", "issuer"): _credential_issuer,
    ("credential", "duration"): _credential_duration,
    ("credential", "requirements"): _credential_requirements,
    ("credential", "degree"): _credential_degree,
    ("degree", "what_is"): _degree_what_is_and_routes,
    ("degree", "degree"): _degree_routes,
    ("degree", "issuer"): _degree_issuer,
    ("specialization", "what_is"): _specialization_what_is,
    ("specialization", "requirements"): _specialization_pathway("credential"),
    ("specialization", "degree"): _specialization_pathway("degree"),
    ("specialization", "salary"): _specialization_salary,
    ("setting", "what_is"): _setting_mentions,
    ("setting", "setting"): _setting_mentions,
    ("topic", "what_is"): _general("what_is"),
    ("topic", "requirements"): _general("requirements"),
    ("topic", "duration"): _general("duration"),
    ("topic", "degree"): _general("degree"),
    ("topic", "salary"): _general("salary"),
    ("topic", "setting"): _general("setting"),
}


def aspect_facts(aspects: Sequence[str]) -> Tuple[str, ...]:
    """The stored fact kinds behind some aspects (for the knowledge checks)."""
    return tuple(a for aspect in aspects for a in FACT_ASPECTS[aspect])
