"""Read the knowledge source files, check their shape and every cross-reference, and return them.

Any problem raises KnowledgeError naming the file and the entry, so an advisor can find and fix it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

import yaml
from pydantic import ValidationError

from knowledge import schema

SOURCES_DIR = Path(__file__).parent / "sources"


class KnowledgeError(ValueError):
    """A knowledge source file is malformed or refers to something that does not exist."""


@dataclass
class KnowledgeSources:
    guide: schema.GuideIn
    guide_text: str
    sources: List[schema.SourceIn]
    entries: Dict[str, list]  # top-level key (e.g. "credentials") -> validated entries

    def __getattr__(self, key):
        try:
            return self.__dict__["entries"][key]
        except KeyError:
            raise AttributeError(key) from None


def normalise_quote(text: str) -> str:
    """Quotes are compared without regard to typographic apostrophes, dashes or spacing."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip()


def load(directory: Path = SOURCES_DIR) -> KnowledgeSources:
    directory = Path(directory)
    raw = _read_yaml(directory / "sources.yml")
    try:
        sources_file = schema.SourcesFile.parse_obj(raw)
    except ValidationError as error:
        raise KnowledgeError(f"sources.yml: {_describe(error)}") from None
    sources = _parse_entries("sources.yml", "sources", sources_file.sources, schema.SourceIn)
    guide_path = directory / sources_file.guide.file
    if not guide_path.is_file():
        raise KnowledgeError(f"sources.yml: guide file {guide_path} not found")
    entries = {}
    for file_name, models in schema.FILES.items():
        data = _read_yaml(directory / file_name)
        for key, model in models.items():
            entries[key] = _parse_entries(file_name, key, data.get(key), model)
    loaded = KnowledgeSources(sources_file.guide, guide_path.read_text(encoding="utf-8"), sources, entries)
    _check_references(loaded)
    return loaded


def _read_yaml(path: Path) -> dict:
    if not path.is_file():
        raise KnowledgeError(f"{path.name}: file not found in {path.parent}")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except yaml.YAMLError as error:
        raise KnowledgeError(f"{path.name}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path.name}: expected a mapping at the top level")
    return data


# libyaml's parser when PyYAML was built with it: the same safe loading, several times faster than pure Python
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):
    """A safe loader that refuses a key given twice in one mapping, instead of keeping the last silently."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} appears twice in one entry", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as error:  # e.g. 2023-02-30
            raise yaml.constructor.ConstructorError(
                None, None, f"{node.value!r} is not a valid date ({error})", node.start_mark
            ) from None


_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:timestamp", _UniqueKeyLoader.construct_yaml_timestamp)


def guide_sections(guide_text: str, headings) -> Dict[str, str]:
    """Heading -> the normalised text under it, up to the next heading. Headings are whole lines of the guide."""
    wanted = {normalise_quote(h) for h in headings}
    sections: Dict[str, List[str]] = {}
    current = None
    for line in guide_text.splitlines():
        line = normalise_quote(line)
        if line in wanted:
            current = line
            sections[current] = []
        elif line and current is not None:
            sections[current].append(line)
    return {heading: " ".join(lines) for heading, lines in sections.items()}


def _parse_entries(file_name: str, key: str, items, model) -> list:
    if not isinstance(items, list):
        raise KnowledgeError(f"{file_name}: `{key}` must be a list of entries")
    parsed = []
    for index, item in enumerate(items):
        label = _entry_label(key, index, item)
        if not isinstance(item, dict):
            raise KnowledgeError(f"{file_name}: {label}: expected a mapping")
        try:
            parsed.append(model.parse_obj(item))
        except ValidationError as error:
            raise KnowledgeError(f"{file_name}: {label}: {_describe(error)}") from None
    return parsed


def _entry_label(key: str, index: int, item) -> str:
    code = item.get("code") or item.get("id") or item.get("specialization") if isinstance(item, dict) else None
    return f"{key} entry {index + 1}" + (f" ({code!r})" if code else "")


def _describe(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in problem['loc'] if part != '__root__') or 'entry'}: {problem['msg']}"
        for problem in error.errors()
    )


def _check_references(k: KnowledgeSources) -> None:
    source_ids = _unique("sources.yml", "sources", [s.id for s in k.sources])
    sections = {s.id: normalise_quote(s.section) for s in k.sources if s.kind == "guide_section"}
    section_texts = guide_sections(k.guide_text, sections.values())
    for source in k.sources:
        if source.kind == "guide_section" and sections[source.id] not in section_texts:
            raise KnowledgeError(
                f"sources.yml: sources entry {source.id!r}: heading not found in the guide "
                f"as a line of its own: {source.section!r}"
            )
    codes = {
        "specialization": _unique("specializations.yml", "specializations", [e.code for e in k.specializations]),
        "interest": _unique("interests.yml", "interests", [e.code for e in k.interests]),
        "degree": _unique("degrees.yml", "degrees", [e.code for e in k.degrees]),
        "organization": _unique("organizations.yml", "organizations", [e.code for e in k.organizations]),
        "credential": _unique("credentials.yml", "credentials", [e.code for e in k.credentials]),
        "topic": _unique("topics.yml", "topics", [e.code for e in k.topics]),
        "skill": _unique("skills.yml", "skills", [e.code for e in k.skills]),
    }
    _unique("credentials.yml", "route codes", [r.code for c in k.credentials for g in c.eligibility for r in g.any_of])

    def need(file_name, label, kind, code):
        known = source_ids if kind == "source" else codes[kind]
        if code not in known:
            raise KnowledgeError(f"{file_name}: {label}: unknown {kind} {code!r}")

    def check_cited(file_name, label, item):
        need(file_name, label, "source", item.source)
        quote = getattr(item, "quote", None)
        if quote:
            if item.source not in sections:
                raise KnowledgeError(f"{file_name}: {label}: a quote must cite a guide section, not {item.source!r}")
            if normalise_quote(quote) not in section_texts[sections[item.source]]:
                raise KnowledgeError(
                    f"{file_name}: {label}: quote not found word for word in the guide section "
                    f"{sections[item.source]!r}: {quote[:60]!r}"
                )

    for file_name, key in (
        ("specializations.yml", "specializations"),
        ("degrees.yml", "degrees"),
        ("credentials.yml", "credentials"),
        ("topics.yml", "topics"),
    ):
        for entity in k.entries[key]:
            label = f"{key} entry {entity.code!r}"
            if entity.source:
                need(file_name, label, "source", entity.source)
            for number, fact in enumerate(entity.facts, 1):
                check_cited(file_name, f"{label}, fact {number}", fact)

    for spec in k.specializations:
        label = f"specializations entry {spec.code!r}"
        if spec.code not in schema.SPECIALIZATIONS:
            raise KnowledgeError(
                f"specializations.yml: {label}: code must be one of {', '.join(schema.SPECIALIZATIONS)}"
            )
        for code in spec.pathway.degrees:
            need("specializations.yml", f"{label}, pathway", "degree", code)
        for code in spec.pathway.credentials:
            need("specializations.yml", f"{label}, pathway", "credential", code)
        for field in spec.signals.degree_fields:
            if field not in schema.DEGREE_FIELDS:
                raise KnowledgeError(f"specializations.yml: {label}, signals: unknown degree field {field!r}")
        for code in spec.signals.licenses:
            need("specializations.yml", f"{label}, signals", "credential", code)
        for code in spec.signals.interests:
            need("specializations.yml", f"{label}, signals", "interest", code)

    for degree in k.degrees:
        if degree.accredited_by:
            need("degrees.yml", f"degrees entry {degree.code!r}", "organization", degree.accredited_by)
    for org in k.organizations:
        need("organizations.yml", f"organizations entry {org.code!r}", "source", org.source)
    for skill in k.skills:
        check_cited("skills.yml", f"skills entry {skill.code!r}", skill)

    for cred in k.credentials:
        label = f"credentials entry {cred.code!r}"
        if cred.issuer:
            need("credentials.yml", label, "organization", cred.issuer)
        for part in (cred.exam, cred.cost, cred.validity):
            if part:
                check_cited("credentials.yml", label, part)
        for group in cred.eligibility:
            for route in group.any_of:
                route_label = f"{label}, route {route.code!r}"
                check_cited("credentials.yml", route_label, route)
                for code in route.licenses_any:
                    need("credentials.yml", route_label, "credential", code)
                for refused in route.not_accepted:
                    need("credentials.yml", route_label, "credential", refused.code)
                    check_cited("credentials.yml", f"{route_label}, not_accepted {refused.code!r}", refused)
                for experience in route.experience:
                    if experience.supervised_by:
                        need("credentials.yml", route_label, "credential", experience.supervised_by)
                    for state, figure in experience.by_state.items():
                        check_cited("credentials.yml", f"{route_label}, by_state {state}", figure)
        if cred.implies:
            check_cited("credentials.yml", f"{label}, implies", cred.implies)
            for code in cred.implies.credentials:
                need("credentials.yml", f"{label}, implies", "credential", code)

    _unique("degrees.yml", "programs", [p.code for p in k.programs])
    for program in k.programs:
        label = f"programs entry {program.code!r}"
        check_cited("degrees.yml", label, program)
        need("degrees.yml", label, "degree", program.degree)
        if program.requires_license:
            need("degrees.yml", label, "credential", program.requires_license)
        if program.requires_degree:
            need("degrees.yml", label, "degree", program.requires_degree)

    for item in k.salary_ranges:
        label = f"salary_ranges entry {item.specialization!r}"
        need("labor_market.yml", label, "specialization", item.specialization)
        check_cited("labor_market.yml", label, item)
    for item in k.outlook_figures:
        check_cited("labor_market.yml", f"outlook_figures entry {item.occupation!r}", item)

    _unique("states.yml", "states", [state.code for state in k.states])
    for state in k.states:
        label = f"states entry {state.code!r}"
        need("states.yml", f"{label}, board", "source", state.board.source)
        for level in schema.STATE_LEVELS:
            rule = getattr(state, level)
            check_cited("states.yml", f"{label}, {level}", rule)
            for source_id in rule.also:
                need("states.yml", f"{label}, {level}, also", "source", source_id)
    for number, item in enumerate(k.default, 1):
        check_cited("states.yml", f"default entry {number}", item)

    for key, allowed in (
        ("education_levels", schema.EDUCATION_LEVELS),
        ("degree_fields", schema.DEGREE_FIELDS),
        ("case_management_settings", schema.CASE_MANAGEMENT_SETTINGS),
    ):
        _unique("vocabulary.yml", key, [item.code for item in k.entries[key]])
        for item in k.entries[key]:
            if item.code not in allowed:
                raise KnowledgeError(f"vocabulary.yml: {key} entry {item.code!r}: must be one of {', '.join(allowed)}")


def _unique(file_name: str, what: str, codes: List[str]) -> set:
    seen = set()
    for code in codes:
        if code in seen:
            raise KnowledgeError(f"{file_name}: {what}: {code!r} appears twice")
        seen.add(code)
    return seen
