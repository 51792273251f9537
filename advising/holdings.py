"""What a person effectively holds: the degrees and credentials they told us of, plus what those imply.

An LCSW was issued on a master's in social work and includes the LMSW level; a CRC was issued on a counseling
master's (credentials.yml `implies`, each cited). Matching a route against these, never against the raw
profile, is what keeps the engine from telling an LCSW to earn a bachelor's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import FrozenSet, Optional, Tuple

from advising.profile import Profile, education_rank
from knowledge.catalog import Catalog, Citation

MET, UNKNOWN, MISSING = "met", "unknown", "missing"


@dataclass(frozen=True)
class HeldDegree:
    rank: int
    fields: Optional[FrozenSet[str]]  # one of these fields; None: field not told
    told: bool  # False when the level is deduced (from a credential, or from a field's lowest degree)
    citation: Optional[Citation] = None


@dataclass(frozen=True)
class Holdings:
    degrees: Tuple[HeldDegree, ...]
    credentials: FrozenSet[str]
    implied: Tuple[Tuple[str, Citation], ...]  # (what is implied, why) for the notes
    underway: Optional[HeldDegree] = None  # the degree being earned: not held until it is conferred

    @property
    def top_rank(self) -> int:
        return max((d.rank for d in self.degrees), default=-1)

    def holds(self, code: str) -> bool:
        return code in self.credentials


def holdings_of(profile: Profile, catalog: Catalog) -> Holdings:
    degrees = []
    told_field = frozenset({profile.degree_field}) if profile.degree_field else None
    earning_a_masters = education_rank(profile.underway_level) > education_rank("bachelor")
    if profile.education_level not in (None, "high_school"):
        degrees.append(HeldDegree(education_rank(profile.education_level), told_field, True))
    elif profile.education_level is None and earning_a_masters:
        # one earning a master's holds a bachelor's: the field told is that bachelor's ("sociology undergrad")
        degrees.append(HeldDegree(education_rank("bachelor"), told_field, True))
    elif profile.education_level is None and profile.degree_field:
        # a field without a level: at least the lowest degree offered in that field (a social-work degree is a
        # BSW or higher: CSWE accredits no lower one)
        levels = [education_rank(d.level) for d in catalog.degrees.values() if d.field == profile.degree_field]
        if levels:
            degrees.append(HeldDegree(min(levels), frozenset({profile.degree_field}), False))
    underway = None
    if profile.underway_level:
        fields = frozenset({profile.underway_field}) if profile.underway_field else None
        underway = HeldDegree(education_rank(profile.underway_level), fields, True)
    held = set(profile.licenses or ())
    implied = []
    pending = list(held)
    while pending:
        credential = catalog.credentials.get(pending.pop())
        if credential is None or credential.implies is None:
            continue
        rule = credential.implies
        if rule.level:
            degrees.append(HeldDegree(education_rank(rule.level), frozenset(rule.degree_fields), False, rule.citation))
            fields = " or ".join(f.replace("_", " ") for f in rule.degree_fields)
            implied.append((f"your {credential.code} means a {rule.level}'s degree in {fields}", rule.citation))
        for code in rule.credentials:
            if code not in held:
                held.add(code)
                pending.append(code)
                implied.append((f"your {credential.code} includes the {code} level", rule.citation))
    return Holdings(tuple(degrees), frozenset(held), tuple(implied), underway)


def degree_match(holdings: Holdings, profile: Profile, min_level: str, fields: Optional[Tuple[str, ...]]) -> tuple:
    """(MET | UNKNOWN | MISSING, the unknown profile fields that decide it)."""
    wanted = education_rank(min_level)
    undecided = set()
    for degree in holdings.degrees:
        if degree.rank < wanted:
            if not degree.told and profile.education_level is None:
                undecided.add("education_level")  # deduced as the lowest level: the real one may be higher
            continue
        if not fields:
            return MET, ()
        if degree.fields is None:
            undecided.add("degree_field")
        elif degree.fields <= set(fields):
            return MET, ()
        elif degree.fields & set(fields):
            undecided.add("degree_field")
    if profile.education_level is None and not holdings.degrees and holdings.underway is None:
        undecided.add("education_level")
        if fields and profile.degree_field is None:
            undecided.add("degree_field")
    if undecided:
        return UNKNOWN, tuple(sorted(undecided))
    return MISSING, ()


def finishes(holdings: Holdings, min_level: str, fields: Optional[Tuple[str, ...]]) -> bool:
    """Would the degree being earned meet this requirement once it is conferred?"""
    degree = holdings.underway
    if degree is None or degree.rank < education_rank(min_level):
        return False
    return not fields or (degree.fields is not None and degree.fields <= set(fields))
