"""Validate the knowledge source files and (re)build the knowledge database from them.

    python -m knowledge.build            # validate, build the database and the spaCy pipeline
    python -m knowledge.build --check    # validate only

DATABASE_URL selects the database (default: the SQLite file build/knowledge.db).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import uuid
from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Dict, Iterable, List, Optional

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from knowledge import models as m
from knowledge import schema
from knowledge.db import Database, database_url
from knowledge.loader import KnowledgeError, KnowledgeSources, load


def build_rows(k: KnowledgeSources) -> List[m.Base]:
    """Every row of the knowledge base, in an order that satisfies the foreign keys."""
    guide_sources = {s.id for s in k.sources if s.kind == "guide_section"}
    defaults = {
        s.id: (
            s.confidence or (k.guide.confidence if s.id in guide_sources else "S"),
            s.as_of or k.guide.as_of,
        )
        for s in k.sources
    }

    def cite(item, source_id: Optional[str] = None) -> dict:
        source_id = source_id or item.source
        confidence, as_of = defaults[source_id]
        return {
            "source_id": source_id,
            "confidence": getattr(item, "confidence", None) or confidence,
            "as_of": getattr(item, "as_of", None) or as_of,
        }

    rows: List[m.Base] = [
        m.Source(
            id=s.id,
            kind=s.kind,
            title=s.title or f'Career guide, "{s.section}"',
            section=s.section,
            url=s.url,
            confidence=defaults[s.id][0],
            as_of=defaults[s.id][1],
        )
        for s in k.sources
    ]
    rows += [m.Organization(code=o.code, name=o.name, source_id=o.source) for o in k.organizations]
    rows += [m.Interest(code=i.code, kind=i.kind, name=i.name) for i in k.interests]
    rows += [m.Topic(code=t.code, name=t.name) for t in k.topics]

    def facts(subject_type: str, entity) -> Iterable[m.Fact]:
        for fact in entity.facts:
            yield m.Fact(
                subject_type=subject_type,
                subject_code=entity.code,
                aspect=fact.aspect,
                text=fact.text or fact.quote,
                is_quote=fact.text is None,
                **cite(fact),
            )

    for position, spec in enumerate(k.specializations):
        rows.append(
            m.Specialization(
                code=spec.code, position=position, name=spec.name, summary=spec.summary, source_id=spec.source
            )
        )
        pathway = [("degree", c) for c in spec.pathway.degrees] + [("credential", c) for c in spec.pathway.credentials]
        rows += [
            m.PathwayItem(specialization_code=spec.code, position=i, item_kind=kind, item_code=code)
            for i, (kind, code) in enumerate(pathway)
        ]
        signals = spec.signals
        for kind, weights in (
            ("degree_field", signals.degree_fields),
            ("license", signals.licenses),
            ("interest", signals.interests),
            ("case_management_setting", signals.case_management_settings),
        ):
            rows += [
                m.Signal(specialization_code=spec.code, kind=kind, key=key, weight=w) for key, w in weights.items()
            ]
        if signals.healthcare_experience:
            rows.append(
                m.Signal(
                    specialization_code=spec.code,
                    kind="healthcare_experience",
                    key="healthcare_months",
                    weight=signals.healthcare_experience,
                )
            )
        rows += facts("specialization", spec)

    for degree in k.degrees:
        rows.append(m.Degree(**_columns(degree, "code name level field accredited_by"), source_id=degree.source))
        rows += facts("degree", degree)
    for position, program in enumerate(k.programs):
        same = _columns(program, "code name months months_max requires_license requires_degree length_text")
        rows.append(m.Program(**same, position=position, degree_code=program.degree, **cite(program)))

    for cred in k.credentials:
        rows.append(
            m.Credential(
                **_columns(cred, "code kind name"),
                issuer_code=cred.issuer,
                cost_usd=cred.cost.usd if cred.cost else None,
                validity_months=cred.validity.months if cred.validity else None,
                renewal_ce_hours=cred.validity.ce_hours if cred.validity else None,
                source_id=cred.source,
                implies=_json_cited(
                    cite(cred.implies),
                    degree=cred.implies.degree.dict() if cred.implies.degree else None,
                    credentials=list(cred.implies.credentials),
                )
                if cred.implies
                else None,
            )
        )
        for aspect, part in (("exam", cred.exam), ("cost", cred.cost), ("renewal", cred.validity)):
            if part:
                rows.append(
                    m.Fact(
                        subject_type="credential",
                        subject_code=cred.code,
                        aspect=aspect,
                        text=part.text,
                        is_quote=False,
                        **cite(part),
                    )
                )
        for group_position, group in enumerate(cred.eligibility):
            group_row = m.RequirementGroup(credential_code=cred.code, position=group_position, name=group.name)
            for route_position, route in enumerate(group.any_of):
                group_row.routes.append(
                    m.Route(
                        **_columns(route, ROUTE_COLUMNS),
                        position=route_position,
                        not_accepted=[
                            {"code": n.code, "reason": n.reason, "source_id": n.source} for n in route.not_accepted
                        ],
                        experience=[
                            m.RouteExperience(
                                **_columns(e, "kind months supervised_by setting full_time"),
                                by_state={st: _json_cited(cite(f), months=f.months) for st, f in e.by_state.items()},
                            )
                            for e in route.experience
                        ],
                        **cite(route),
                    )
                )
            rows.append(group_row)
        rows += facts("credential", cred)

    for topic in k.topics:
        rows += facts("topic", topic)
    for position, skill in enumerate(k.skills):
        rows.append(
            m.Skill(code=skill.code, position=position, name=skill.name, description=skill.quote, **cite(skill))
        )
    rows += [
        m.SalaryRange(
            specialization_code=s.specialization, **_columns(s, "low_usd high_usd open_high basis"), **cite(s)
        )
        for s in k.salary_ranges
    ]
    rows += [
        m.OutlookFigure(**_columns(o, "occupation growth_percent period qualifier"), **cite(o))
        for o in k.outlook_figures
    ]
    rows += state_rows(k, cite)
    rows += [m.Alias(entity_type=t, code=c, alias=a) for t, c, a in alias_rows(k)]
    return rows


def state_rows(k: KnowledgeSources, cite) -> List[m.Base]:
    """Each state's board and licensure levels, and the general statements for the states not held."""
    rows: List[m.Base] = []
    for state in k.states:
        board = m.StateBoard(
            code=state.code,
            name=schema.US_STATES[state.code],
            board_name=state.board.name,
            board_source_id=state.board.source,
        )
        for position, level in enumerate(schema.STATE_LEVELS):
            rule = getattr(state, level)
            fields = rule.dict(exclude={"source", "confidence", "as_of"})
            board.levels.append(m.StateLevel(position=position, level=level, rule=fields, **cite(rule)))
        rows.append(board)
    rows += [
        m.Fact(
            subject_type="state",
            subject_code="default",
            aspect="licensure",
            text=item.text,
            is_quote=False,
            **cite(item),
        )
        for item in k.default
    ]
    return rows


# A route's columns that hold its source entry's fields as they are.
ROUTE_COLUMNS = "code label min_education degree_fields field_experience licenses_any note unverifiable state_level"


def _columns(item, names: str) -> dict:
    """The values of an entry's fields that its row keeps under the same names ("code name level")."""
    return item.dict(include=set(names.split()))


def _json_cited(citation: dict, **values) -> dict:
    """A cited value as a JSON column holds it (dates as ISO text)."""
    return {**values, **citation, "as_of": citation["as_of"].isoformat()}


def alias_rows(k: KnowledgeSources) -> List[tuple]:
    """(entity_type, code, alias) for every name, listed alias and spoken form of an acronym code."""
    typed = [("degree", d) for d in k.degrees]
    typed += [("license" if c.kind == "license" else "credential", c) for c in k.credentials]
    typed += [("specialization", s) for s in k.specializations]
    typed += [("organization", o) for o in k.organizations]
    typed += [("topic", t) for t in k.topics]
    typed += [("setting" if i.kind == "setting" else "interest", i) for i in k.interests]
    typed += [("education_level", v) for v in k.education_levels]
    typed += [("degree_field", v) for v in k.degree_fields]
    typed += [("case_management_setting", v) for v in k.case_management_settings]
    typed += state_names()
    composed = composed_degree_names(k)
    result, seen = [], set()
    for entity_type, entity in typed:
        spoken = spoken_forms(entity.code) if entity_type != "state" else []  # "o h" is not Ohio
        names = [getattr(entity, "name", entity.code.replace("_", " ")), *entity.aliases, *spoken]
        if entity_type in SPELLED_ALOUD:  # "el pee en", "el see es double u": a kiosk's transcript of the letters
            names += [named for alias in names for named in letter_names(alias)]
        names += composed.get(entity.code, []) if entity_type == "degree" else []
        for alias in names:
            alias = re.sub(r"\s+", " ", alias.strip().lower())
            if alias and (entity_type, alias) not in seen:
                seen.add((entity_type, alias))
                result.append((entity_type, entity.code, alias))
    return result


# Two-letter codes that are also words or other things people say ("in", "oh", "ma" the degree, "pa" a physician
# assistant, "va" Veterans Affairs; "ca" is how "can't" tokenizes): only the state's name stands for these states.
AMBIGUOUS_STATE_CODES = frozenset("AL CA CO CT DE HI ID IN LA MA MD ME MO MS MT NE NM OH OK OR PA VA".split())


@dataclass(frozen=True)
class StateName:
    code: str
    name: str
    aliases: tuple


def state_names() -> List[tuple]:
    """("state", entity) for every US state: its name, and its code where the code is not also a common word."""
    return [
        ("state", StateName(code, name, () if code in AMBIGUOUS_STATE_CODES else (code.lower(),)))
        for code, name in schema.US_STATES.items()
    ]


# "bachelor's in psych", "b s in human services", "master of arts in counseling": a level, one of these, a field.
DEGREE_CONNECTORS = ("in", "of arts in", "of science in")


def composed_degree_names(k: KnowledgeSources) -> Dict[str, List[str]]:
    """Every way of saying a degree's level and field together, for each degree that is the only one with that
    level and field (the education-level and degree-field vocabularies supply the words)."""
    # "m a in counseling" only: on its own, "m a" is also how "i'm a" tokenizes.
    levels = {
        v.code: [v.code.replace("_", " "), *v.aliases, *(" ".join(a) for a in v.aliases if a.isalpha() and len(a) == 2)]
        for v in k.education_levels
    }
    fields = {v.code: [v.code.replace("_", " "), *v.aliases] for v in k.degree_fields}
    owners: Dict[tuple, List[str]] = {}
    for degree in k.degrees:
        owners.setdefault((degree.level, degree.field), []).append(degree.code)
    return {
        codes[0]: [
            f"{level} {connector} {field}"
            for level in levels.get(level_code, [])
            for connector in DEGREE_CONNECTORS
            for field in fields.get(field_code, [])
        ]
        for (level_code, field_code), codes in owners.items()
        if len(codes) == 1 and field_code != "other"
    }


# The kinds whose acronyms people say letter by letter, and how speech-to-text writes each letter's name
SPELLED_ALOUD = ("license", "credential", "degree")
LETTER_NAMES = {
    "a": ("a",), "b": ("bee",), "c": ("see", "cee"), "d": ("dee",), "e": ("e",), "f": ("ef",), "g": ("gee",),
    "h": ("aitch",), "i": ("i",), "j": ("jay",), "k": ("kay",), "l": ("el",), "m": ("em",), "n": ("en",), "o": ("o",),
    "p": ("pee",), "q": ("cue",), "r": ("are",), "s": ("es", "ess"), "t": ("tee",), "u": ("you",), "v": ("vee",),
    "w": ("double u", "double you"), "x": ("ex",), "y": ("why",), "z": ("zee",),
}  # fmt: skip


def letter_names(alias: str) -> List[str]:
    """'lpn' -> ['el pee en']: an acronym of two to six letters as its letters' names are said."""
    letters = alias.strip().lower()
    if not re.fullmatch(r"[a-z]{2,6}", letters):
        return []
    forms = [""]
    for letter in letters:
        forms = [f"{form} {name}".strip() for form in forms for name in LETTER_NAMES[letter]]
    return [form for form in forms if form != " ".join(letters)]


def spoken_forms(code: str) -> List[str]:
    """'BSW' -> ['bsw', 'b s w', 'b.s.w.', 'bsws', 'b s ws']: how an acronym is typed and how speech-to-text writes
    it, one or several ("how much do l p cs earn", "what do r ns make"); two-letter codes have no plural typed
    together ("mas", "bas" are other words)."""
    letters = code.replace("-", "")
    if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6):
        return []
    forms = [letters.lower(), " ".join(letters.lower()), ".".join(letters.lower()) + "."]
    return forms + ([letters.lower() + "s"] if len(letters) >= 3 else []) + [" ".join(letters.lower()) + "s"]


def write_database(rows: List[m.Base], url: str) -> None:
    """Replace the knowledge base at url with rows.

    An SQLite file is swapped in whole, so readers never see half a build."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        target = Path(parsed.database)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".knowledge-", suffix=".db", dir=target.parent)
        os.close(handle)
        try:
            _fill(Database(parsed.set(database=temp_name).render_as_string(hide_password=False)), rows)
            os.replace(temp_name, target)
        finally:
            if os.path.exists(temp_name):
                os.unlink(temp_name)
    else:
        _fill(Database(url), rows)


def _fill(database: Database, rows: List[m.Base]) -> None:
    # One transaction: on PostgreSQL, readers see the old knowledge base until the new one is complete.
    try:
        with database.session() as session:
            connection = session.connection()
            m.Base.metadata.drop_all(connection)
            m.Base.metadata.create_all(connection)
            # Parents before children: PostgreSQL checks every foreign key as the rows go in.
            order = {table.name: index for index, table in enumerate(m.Base.metadata.sorted_tables)}
            for _, group in groupby(
                sorted(rows, key=lambda row: order[row.__tablename__]), key=lambda row: row.__tablename__
            ):
                session.add_all(list(group))
                session.flush()
            session.add(m.KnowledgeBuild(id=uuid.uuid4().hex))
    finally:
        database.dispose()


def counts(url: str) -> Dict[str, int]:
    database = Database(url)
    try:
        with database.session() as session:
            return {
                table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
                for table in m.Base.metadata.sorted_tables
            }
    finally:
        database.dispose()


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="validate the source files only")
    parser.add_argument("--sources", type=Path, default=None, help="folder of source files (default knowledge/sources)")
    parser.add_argument("--no-spacy", action="store_true", help="do not rebuild the spaCy pipeline")
    parser.add_argument(
        "--database-only",
        action="store_true",
        help="fill DATABASE_URL only (a deployment's database; training data and pipeline untouched)",
    )
    args = parser.parse_args(argv)
    try:
        sources = load(args.sources) if args.sources else load()
    except KnowledgeError as error:
        print(f"knowledge: {error}", file=sys.stderr)
        return 1
    rows = build_rows(sources)
    tally = Counter(type(row).__tablename__ for row in rows)
    if args.check:
        print(f"knowledge: sources are valid ({sum(tally.values())} rows)")
        return 0
    url = database_url()
    write_database(rows, url)
    print(
        f"knowledge: built {make_url(url).render_as_string(hide_password=True)}: "
        + ", ".join(f"{n} {t}" for t, n in sorted(counts(url).items()))
    )
    if args.database_only:
        return 0
    from language.rasa_training_data import write_training_data

    print(f"knowledge: NLU lookups and synonyms written to {write_training_data(url)}")
    from language.rasa_rules import write_rules

    print(f"knowledge: interruption rules written to {write_rules()}")
    if not args.no_spacy:
        from language.spacy_pipeline import DEFAULT_PIPELINE_DIR, build_pipeline

        path = build_pipeline(url, DEFAULT_PIPELINE_DIR)
        print(f"knowledge: spaCy pipeline written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
