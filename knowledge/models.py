"""SQLAlchemy models of the knowledge base. Built from knowledge/sources by knowledge/build.py, never edited by hand.

Every fact-bearing row carries its citation: source_id, confidence (C, S or U) and as_of.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, declared_attr, relationship

Base = declarative_base()


class CitationMixin:
    @declared_attr
    def source_id(cls):
        return Column(String(40), ForeignKey("sources.id"), nullable=False)

    confidence = Column(String(1), nullable=False)
    as_of = Column(Date, nullable=False)


class NumberedRow:
    """A row with no natural key: numbered in the order it was built."""

    id = Column(Integer, primary_key=True)


class CodedRow:
    """A row keyed by the code the knowledge sources give it ("CCM", "healthcare", "BSW")."""

    code = Column(String(40), primary_key=True)


class ListedRow:
    """A named row shown in the order its source lists it (the guide's specializations, skills, programs)."""

    position = Column(Integer, nullable=False)
    name = Column(Text, nullable=False)


class Source(Base):
    __tablename__ = "sources"
    id = Column(String(40), primary_key=True)
    kind = Column(String(20), nullable=False)
    title = Column(Text, nullable=False)
    section = Column(Text)
    url = Column(Text)
    as_of = Column(Date, nullable=False)
    confidence = Column(String(1), nullable=False)


class Organization(CodedRow, Base):
    __tablename__ = "organizations"
    name = Column(Text, nullable=False)
    source_id = Column(String(40), ForeignKey("sources.id"), nullable=False)


class Specialization(CodedRow, ListedRow, Base):
    __tablename__ = "specializations"
    summary = Column(Text, nullable=False)
    source_id = Column(String(40), ForeignKey("sources.id"), nullable=False)
    pathway = relationship("PathwayItem", order_by="PathwayItem.position", lazy="selectin")
    signals = relationship("Signal", lazy="selectin")


class PathwayItem(NumberedRow, Base):
    """A degree or credential on a specialization's step-by-step pathway."""

    __tablename__ = "pathway_items"
    specialization_code = Column(String(40), ForeignKey("specializations.code"), nullable=False)
    position = Column(Integer, nullable=False)
    item_kind = Column(String(20), nullable=False)  # degree | credential
    item_code = Column(String(40), nullable=False)


class Signal(NumberedRow, Base):
    """A weight that a degree field, licence, interest, healthcare experience or the setting of one's case management
    adds to a specialization's score."""

    __tablename__ = "signals"
    specialization_code = Column(String(40), ForeignKey("specializations.code"), nullable=False)
    kind = Column(String(30), nullable=False)  # degree_field | license | interest | healthcare_experience |
    # case_management_setting
    key = Column(String(40), nullable=False)
    weight = Column(Integer, nullable=False)


class Interest(CodedRow, Base):
    __tablename__ = "interests"
    kind = Column(String(20), nullable=False)  # setting | population | work
    name = Column(Text, nullable=False)


class Degree(CodedRow, Base):
    __tablename__ = "degrees"
    name = Column(Text, nullable=False)
    level = Column(String(20), nullable=False)
    field = Column(String(40), nullable=False)
    accredited_by = Column(String(40), ForeignKey("organizations.code"))
    source_id = Column(String(40), ForeignKey("sources.id"), nullable=False)


class Credential(CodedRow, Base):
    """A licence (kind='license') or a certification, with its eligibility as requirement groups of routes."""

    __tablename__ = "credentials"
    kind = Column(String(20), nullable=False)
    name = Column(Text, nullable=False)
    issuer_code = Column(String(40), ForeignKey("organizations.code"))
    cost_usd = Column(Integer)
    validity_months = Column(Integer)
    renewal_ce_hours = Column(Integer)
    source_id = Column(String(40), ForeignKey("sources.id"), nullable=False)
    issuer = relationship("Organization", lazy="joined")
    requirements = relationship("RequirementGroup", order_by="RequirementGroup.position", lazy="selectin")
    implies = Column(JSON)  # {degree: {level, fields}, credentials: [codes], source_id, confidence, as_of}


class RequirementGroup(NumberedRow, ListedRow, Base):
    """All groups of a credential must be met; within a group, any one route."""

    __tablename__ = "requirement_groups"
    credential_code = Column(String(40), ForeignKey("credentials.code"), nullable=False)
    routes = relationship("Route", order_by="Route.position", lazy="selectin")


class Route(NumberedRow, CitationMixin, Base):
    __tablename__ = "routes"
    group_id = Column(Integer, ForeignKey("requirement_groups.id"), nullable=False)
    code = Column(String(60), nullable=False, unique=True)
    position = Column(Integer, nullable=False)
    label = Column(Text, nullable=False)
    min_education = Column(String(20))
    degree_fields = Column(JSON)  # list of fields, or null for any field
    field_experience = Column(Boolean, nullable=False, default=False)
    licenses_any = Column(JSON, nullable=False, default=list)
    note = Column(Text)
    not_accepted = Column(JSON, nullable=False, default=list)  # [{code, reason, source_id}]
    unverifiable = Column(JSON, nullable=False, default=list)  # requirements a profile cannot express
    state_level = Column(String(20))  # bachelor | master | clinical: a state's rules replace the generic one
    experience = relationship("RouteExperience", order_by="RouteExperience.id", lazy="selectin")


class RouteExperience(NumberedRow, Base):
    __tablename__ = "route_experience"
    route_id = Column(Integer, ForeignKey("routes.id"), nullable=False)
    kind = Column(String(40), nullable=False)
    months = Column(Integer, nullable=False)
    supervised_by = Column(String(40))
    setting = Column(String(40))
    full_time = Column(Boolean, nullable=False, default=False)
    by_state = Column(JSON, nullable=False, default=dict)  # state -> {months, source_id, confidence, as_of}


class Program(CodedRow, ListedRow, CitationMixin, Base):
    """A way to earn a degree, with its typical length where a public source gives one."""

    __tablename__ = "programs"
    degree_code = Column(String(40), ForeignKey("degrees.code"), nullable=False)
    months = Column(Integer)
    months_max = Column(Integer)
    requires_license = Column(String(40))
    requires_degree = Column(String(40))
    length_text = Column(Text)


class Topic(CodedRow, Base):
    __tablename__ = "topics"
    name = Column(Text, nullable=False)


class Skill(CodedRow, ListedRow, CitationMixin, Base):
    __tablename__ = "skills"
    description = Column(Text, nullable=False)


class Fact(NumberedRow, CitationMixin, Base):
    """One answerable statement about a subject (a specialization, degree, credential, topic...)."""

    __tablename__ = "facts"
    subject_type = Column(String(20), nullable=False)
    subject_code = Column(String(40), nullable=False, index=True)
    aspect = Column(String(20), nullable=False)
    text = Column(Text, nullable=False)
    is_quote = Column(Boolean, nullable=False)
    source = relationship("Source", lazy="joined")


class Alias(NumberedRow, Base):
    """A name, abbreviation or spoken form by which people refer to an entity; feeds the NLU."""

    __tablename__ = "aliases"
    entity_type = Column(String(40), nullable=False)  # degree | license | credential | specialization | setting | ...
    code = Column(String(40), nullable=False)
    alias = Column(Text, nullable=False)


class SalaryRange(NumberedRow, CitationMixin, Base):
    __tablename__ = "salary_ranges"
    specialization_code = Column(String(40), ForeignKey("specializations.code"), nullable=False)
    low_usd = Column(Integer, nullable=False)
    high_usd = Column(Integer, nullable=False)
    open_high = Column(Boolean, nullable=False)
    basis = Column(Text, nullable=False)


class OutlookFigure(NumberedRow, CitationMixin, Base):
    __tablename__ = "outlook_figures"
    occupation = Column(Text, nullable=False)
    growth_percent = Column(Integer, nullable=False)
    period = Column(Text, nullable=False)
    qualifier = Column(Text)


class StateBoard(Base):
    """A state whose social work licensure rules are held, and the board that decides them."""

    __tablename__ = "state_boards"
    code = Column(String(2), primary_key=True)
    name = Column(Text, nullable=False)
    board_name = Column(Text, nullable=False)
    board_source_id = Column(String(40), ForeignKey("sources.id"), nullable=False)
    levels = relationship("StateLevel", order_by="StateLevel.position", lazy="selectin")


class StateLevel(NumberedRow, CitationMixin, Base):
    """One level (bachelor, master, clinical) of a state's social work licensure; `rule` holds its fields."""

    __tablename__ = "state_levels"
    state_code = Column(String(2), ForeignKey("state_boards.code"), nullable=False)
    position = Column(Integer, nullable=False)
    level = Column(String(20), nullable=False)
    # {offered, voluntary, title, aliases, degree, exam, supervised_months, supervised_hours, note, also}
    rule = Column(JSON, nullable=False)


class KnowledgeBuild(Base):
    """One row, with an id new at every build: a reader can tell cheaply that its snapshot is stale."""

    __tablename__ = "knowledge_build"
    id = Column(String(32), primary_key=True)
