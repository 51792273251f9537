"""A read-only, in-memory snapshot of what the advising engine needs from the knowledge base.

Loaded once per process (or per request, it is cheap) from the database, then passed to the engine, which
never touches the database itself.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Dict, Mapping, Optional, Tuple

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from knowledge import models as m
from knowledge.db import Database


@dataclass(frozen=True)
class Citation:
    source_id: str
    title: str
    url: Optional[str]
    confidence: str
    as_of: date

    def to_dict(self) -> dict:
        """Its fields as JSON holds them: the source's id as `source`, the date as ISO text."""
        fields = asdict(self)
        return {"source": fields.pop("source_id"), **fields, "as_of": self.as_of.isoformat()}


@dataclass(frozen=True)
class StateMonths:
    months: int
    citation: Citation


@dataclass(frozen=True)
class ExperienceNeed:
    kind: str
    months: int
    supervised_by: Optional[str] = None
    setting: Optional[str] = None  # the setting the rule names; others are the issuer's call
    full_time: bool = False
    by_state: Mapping[str, StateMonths] = field(default_factory=dict)


@dataclass(frozen=True)
class Route:
    code: str
    label: str
    citation: Citation
    min_education: Optional[str] = None
    degree_fields: Optional[Tuple[str, ...]] = None
    field_experience: bool = False
    licenses_any: Tuple[str, ...] = ()
    experience: Tuple[ExperienceNeed, ...] = ()
    note: Optional[str] = None
    not_accepted: Tuple[Tuple[str, str], ...] = ()  # (licence code, why it does not count)
    unverifiable: Tuple[str, ...] = ()  # requirements a profile cannot express: never assumed met
    state_level: Optional[str] = None  # bachelor | master | clinical social-work licence level


@dataclass(frozen=True)
class RequirementGroup:
    name: str
    routes: Tuple[Route, ...]


@dataclass(frozen=True)
class Implies:
    """What holding a credential proves: a degree of `level` in one of `degree_fields`, and other credentials."""

    citation: Citation
    level: Optional[str] = None
    degree_fields: Tuple[str, ...] = ()
    credentials: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Renewal:
    """How long a credential stays valid and the continuing education that renews it."""

    months: int
    ce_hours: int
    citation: Optional[Citation] = None  # the issuer's renewal page, where the sources give one


@dataclass(frozen=True)
class Entry:
    """Something the knowledge base names, with the public source that describes it."""

    code: str
    name: str
    citation: Citation


@dataclass(frozen=True)
class Program(Entry):
    degree: str
    months: Optional[int] = None  # None: no public source gives a typical length
    months_max: Optional[int] = None
    requires_license: Optional[str] = None
    requires_degree: Optional[str] = None
    length_text: Optional[str] = None


@dataclass(frozen=True)
class Credential(Entry):
    kind: str  # license | certification
    issuer: Optional[str]
    requirements: Tuple[RequirementGroup, ...]
    cost_usd: Optional[int] = None
    renewal: Optional[Renewal] = None
    implies: Optional[Implies] = None


@dataclass(frozen=True)
class Degree(Entry):
    level: str
    field: str
    accredited_by: Optional[str] = None


@dataclass(frozen=True)
class Specialization(Entry):
    summary: str
    degrees: Tuple[str, ...]
    credentials: Tuple[str, ...]
    signals: Mapping[str, Mapping[str, int]]  # kind -> key -> weight


@dataclass(frozen=True)
class Interest:
    """Something a person may say draws them (a population, a setting, a kind of work), with the words for it."""

    code: str
    kind: str
    name: str
    aliases: Tuple[str, ...]


@dataclass(frozen=True)
class StateLevelRule:
    """One level of a state's social work licensure, as states.yml gives it (None: not found in the sources)."""

    level: str  # bachelor | master | clinical
    offered: bool
    citation: Citation
    voluntary: bool = False
    title: Optional[str] = None
    aliases: Tuple[str, ...] = ()
    degree: Optional[str] = None
    exam: Optional[str] = None
    supervised_months: Optional[int] = None
    supervised_hours: Optional[int] = None
    note: Optional[str] = None
    more_citations: Tuple[Citation, ...] = ()


@dataclass(frozen=True)
class StateRules(Entry):
    """A state's social work licensure: the board that decides (the citation is the board's page) and its levels."""

    board: str
    levels: Mapping[str, StateLevelRule]


class StateTable(Mapping[str, StateRules]):
    """The states whose rules are held, by two-letter code; `general` is what holds for the others."""

    def __init__(self, rules: Mapping[str, StateRules] = None, general: Tuple[Tuple[str, Citation], ...] = ()):
        self._rules = dict(rules or {})
        self.general = general

    def __getitem__(self, code: str) -> StateRules:
        return self._rules[code]

    def __iter__(self):
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)


@dataclass(frozen=True)
class Catalog:
    specializations: Tuple[Specialization, ...]
    credentials: Mapping[str, Credential]
    degrees: Mapping[str, Degree]
    interests: Mapping[str, Interest]
    citations: Mapping[str, Citation] = field(repr=False)
    vocabulary: Mapping[str, Mapping[str, str]] = field(repr=False, default_factory=dict)  # type -> word -> code
    states: Mapping[str, StateRules] = field(repr=False, default_factory=StateTable)  # a StateTable
    programs: Tuple[Program, ...] = ()

    def specialization(self, code: str) -> Specialization:
        for spec in self.specializations:
            if spec.code == code:
                return spec
        raise KeyError(code)


class CatalogCache:
    """The latest snapshot of one knowledge base. Loading one takes tens of milliseconds; checking the build id
    takes one small query, so a snapshot is reused until a build replaces the knowledge base."""

    def __init__(self, database: Database):
        self.database = database
        self._build: Optional[str] = None
        self._catalog: Optional[Catalog] = None

    def current(self) -> Catalog:
        build = build_id(self.database)
        if self._catalog is None or build is None or build != self._build:
            self._catalog, self._build = load_catalog(self.database), build
        return self._catalog


def build_id(database: Database) -> Optional[str]:
    """The id of the build the database holds; None for a database built before builds had ids."""
    try:
        with database.session() as session:
            return session.execute(select(m.KnowledgeBuild.id)).scalar_one_or_none()
    except SQLAlchemyError:
        return None


def load_catalog(database: Database) -> Catalog:
    with database.session() as session:
        citations = {
            s.id: Citation(s.id, s.title, s.url, s.confidence, s.as_of)
            for s in session.execute(select(m.Source)).scalars()
        }

        def cite(row) -> Citation:
            base = citations[row.source_id]
            if hasattr(row, "confidence"):
                return Citation(base.source_id, base.title, base.url, row.confidence, row.as_of)
            return base

        def cite_json(data: dict) -> Citation:
            base = citations[data["source_id"]]
            return Citation(base.source_id, base.title, base.url, data["confidence"], date.fromisoformat(data["as_of"]))

        renewal_citations = {
            fact.subject_code: cite(fact)
            for fact in session.execute(
                select(m.Fact).where(m.Fact.subject_type == "credential", m.Fact.aspect == "renewal")
            ).scalars()
        }
        credentials = {}
        for row in session.execute(select(m.Credential).order_by(m.Credential.code)).scalars():
            credentials[row.code] = Credential(
                code=row.code,
                kind=row.kind,
                name=row.name,
                issuer=row.issuer.name if row.issuer else None,
                citation=cite(row),
                cost_usd=row.cost_usd,
                renewal=Renewal(row.validity_months, row.renewal_ce_hours, renewal_citations.get(row.code))
                if row.validity_months
                else None,
                implies=Implies(
                    cite_json(row.implies),
                    (row.implies.get("degree") or {}).get("level"),
                    tuple((row.implies.get("degree") or {}).get("fields") or ()),
                    tuple(row.implies.get("credentials") or ()),
                )
                if row.implies
                else None,
                requirements=tuple(
                    RequirementGroup(
                        name=group.name,
                        routes=tuple(
                            Route(
                                code=route.code,
                                label=route.label,
                                citation=cite(route),
                                min_education=route.min_education,
                                degree_fields=tuple(route.degree_fields) if route.degree_fields else None,
                                field_experience=route.field_experience,
                                licenses_any=tuple(route.licenses_any or ()),
                                experience=tuple(
                                    ExperienceNeed(
                                        e.kind,
                                        e.months,
                                        e.supervised_by,
                                        e.setting,
                                        bool(e.full_time),
                                        {
                                            state: StateMonths(figure["months"], cite_json(figure))
                                            for state, figure in (e.by_state or {}).items()
                                        },
                                    )
                                    for e in route.experience
                                ),
                                unverifiable=tuple(route.unverifiable or ()),
                                state_level=route.state_level,
                                note=route.note,
                                not_accepted=tuple((n["code"], n["reason"]) for n in route.not_accepted or ()),
                            )
                            for route in group.routes
                        ),
                    )
                    for group in row.requirements
                ),
            )
        degrees = {
            row.code: Degree(row.code, row.name, cite(row), row.level, row.field, row.accredited_by)
            for row in session.execute(select(m.Degree).order_by(m.Degree.code)).scalars()
        }
        aliases: Dict[str, list] = {}
        vocabulary: Dict[str, Dict[str, str]] = {}
        for entity_type, code, alias in session.execute(
            select(m.Alias.entity_type, m.Alias.code, m.Alias.alias).order_by(m.Alias.id)
        ):
            words = vocabulary.setdefault(entity_type, {})
            words.setdefault(alias, code)
            words.setdefault(code, code)
            if entity_type in ("interest", "setting"):
                aliases.setdefault(code, []).append(alias)
        interests = {
            row.code: Interest(row.code, row.kind, row.name, tuple(aliases.get(row.code, ())))
            for row in session.execute(select(m.Interest).order_by(m.Interest.code)).scalars()
        }
        specializations = []
        for row in session.execute(select(m.Specialization).order_by(m.Specialization.position)).scalars():
            signals: Dict[str, Dict[str, int]] = {}
            for signal in row.signals:
                signals.setdefault(signal.kind, {})[signal.key] = signal.weight
            specializations.append(
                Specialization(
                    code=row.code,
                    name=row.name,
                    summary=row.summary,
                    citation=cite(row),
                    degrees=tuple(p.item_code for p in row.pathway if p.item_kind == "degree"),
                    credentials=tuple(p.item_code for p in row.pathway if p.item_kind == "credential"),
                    signals=signals,
                )
            )
        programs = tuple(
            Program(
                row.code,
                row.name,
                cite(row),
                row.degree_code,
                row.months,
                row.months_max,
                row.requires_license,
                row.requires_degree,
                row.length_text,
            )
            for row in session.execute(select(m.Program).order_by(m.Program.position)).scalars()
        )
        states = _states(session, citations, cite)
    return Catalog(
        tuple(specializations), credentials, degrees, interests, citations, vocabulary, states=states, programs=programs
    )


def _states(session, citations: Mapping[str, Citation], cite) -> StateTable:
    rules = {}
    for row in session.execute(select(m.StateBoard).order_by(m.StateBoard.code)).scalars():
        levels = {}
        for level in row.levels:
            rule = dict(level.rule)
            also = tuple(citations[source_id] for source_id in rule.pop("also", ()))
            rule["aliases"] = tuple(rule.get("aliases") or ())
            levels[level.level] = StateLevelRule(level=level.level, citation=cite(level), more_citations=also, **rule)
        rules[row.code] = StateRules(row.code, row.name, citations[row.board_source_id], row.board_name, levels)
    general = tuple(
        (fact.text, cite(fact))
        for fact in session.execute(
            select(m.Fact).where(m.Fact.subject_type == "state", m.Fact.subject_code == "default").order_by(m.Fact.id)
        ).scalars()
    )
    return StateTable(rules, general)
