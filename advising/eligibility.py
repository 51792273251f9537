"""Whether a person meets a credential's eligibility routes, and if not, exactly what is missing.

A credential's requirements are groups that must all be met; within a group any one route will do. For
each group the engine picks the route closest to being met, so the answer names the quickest way in.
Unknown facts count as not met (never a hopeful guess) and are listed in `unknown_facts`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import List, Optional, Set, Tuple

from advising.profile import Profile, education_rank
from knowledge.catalog import Catalog, Citation, Credential, ExperienceNeed, Route

ELIGIBLE_NOW = "eligible_now"
NEEDS_EXPERIENCE = "needs_experience"
NEEDS_DEGREE = "needs_degree"
NEEDS_LICENSE = "needs_license"
HELD = "held"
STATUSES = (HELD, ELIGIBLE_NOW, NEEDS_EXPERIENCE, NEEDS_LICENSE, NEEDS_DEGREE)

EXPERIENCE_WORDS = {
    "case_management": "full-time case-management experience",
    "health_system_case_management": "case-management work while employed by a hospital or health system",
    "supervising_case_management": "full-time experience supervising people who provide case management",
    "clinical_social_work": "supervised clinical social work practice after the MSW",
    "rn_practice": "full-time practice as an RN",
}

# Experience that comes with a role rather than with time: someone who has none is not "12 months away".
SITUATIONAL_KINDS = {"supervising_case_management"}


@dataclass
class RouteCheck:
    route: Route
    missing_degree: List[str] = field(default_factory=list)
    missing_license: List[str] = field(default_factory=list)
    missing_other: List[str] = field(default_factory=list)  # cannot be made up by time alone
    missing_experience: List[str] = field(default_factory=list)
    shortfall_months: int = 0
    unknown: Set[str] = field(default_factory=set)
    assumptions: List[str] = field(default_factory=list)

    @property
    def met(self) -> bool:
        return not (self.missing_degree or self.missing_license or self.missing_other or self.missing_experience)

    def distance(self) -> tuple:
        """How far from met: a missing degree is furthest, then a licence, then anything else, then months."""
        return (
            len(self.missing_degree) > 0,
            len(self.missing_license) > 0,
            len(self.missing_other) > 0,
            self.shortfall_months,
        )


@dataclass(frozen=True)
class Assessment:
    credential: str
    name: str
    kind: str
    status: str
    months_to_eligible: Optional[int]
    routes: Tuple[str, ...]  # the route chosen in each requirement group
    route_labels: Tuple[str, ...]
    missing: Tuple[str, ...]
    unknown_facts: Tuple[str, ...]
    notes: Tuple[str, ...]
    sources: Tuple[Citation, ...]

    def to_dict(self) -> dict:
        return {
            "credential": self.credential,
            "name": self.name,
            "kind": self.kind,
            "status": self.status,
            "months_to_eligible": self.months_to_eligible,
            "route": " + ".join(self.routes) or None,
            "route_labels": list(self.route_labels),
            "missing": list(self.missing),
            "unknown_facts": list(self.unknown_facts),
            "notes": list(self.notes),
            "sources": [c.to_dict() for c in self.sources],
        }


def months_of(kind: str, profile: Profile) -> Tuple[int, Set[str], List[str]]:
    """Months of experience of `kind` in the profile, the profile fields it depends on, and assumptions made."""

    def value(name: str) -> int:
        return getattr(profile, name) or 0

    if kind == "case_management":
        return value("case_management_months"), {"case_management_months"}, []
    if kind == "health_system_case_management":
        return (
            min(value("case_management_months"), value("healthcare_months")),
            {"case_management_months", "healthcare_months"},
            ["counts only case-management months worked while employed by a hospital or health system"],
        )
    if kind == "supervising_case_management":
        return value("supervisor_months"), {"supervisor_months"}, []
    if kind == "clinical_social_work":
        return value("clinical_supervision_months"), {"clinical_supervision_months"}, []
    if kind == "rn_practice":
        return value("healthcare_months"), {"healthcare_months"}, ["counts your months in health care as RN practice"]
    raise ValueError(f"unknown experience kind {kind!r}")


def check_route(route: Route, profile: Profile) -> RouteCheck:
    check = RouteCheck(route)
    if route.min_education:
        _check_degree(route, profile, check)
    if route.field_experience and not check.missing_degree:
        if profile.field_experience is False:
            check.missing_other.append(
                "a supervised field experience (practicum) in case management, health or behavioral health"
            )
        elif profile.field_experience is None:
            check.unknown.add("field_experience")
            check.assumptions.append("assumes your degree included a supervised field experience (practicum)")
    if route.licenses_any:
        if profile.licenses is None:
            check.unknown.add("licenses")
        if not any(profile.holds(code) for code in route.licenses_any):
            check.missing_license.append("one of these licences or certifications: " + ", ".join(route.licenses_any))
    for need in route.experience:
        _check_experience(need, profile, check)
    return check


def _check_degree(route: Route, profile: Profile, check: RouteCheck) -> None:
    wanted = (
        f"a {route.min_education}'s degree or higher"
        if route.min_education in ("bachelor", "master")
        else (
            f"an {route.min_education} degree or higher"
            if route.min_education == "associate"
            else f"a {route.min_education}"
        )
    )
    if route.degree_fields:
        wanted += " in " + " or ".join(f.replace("_", " ") for f in route.degree_fields)
    if profile.education_level is None:
        check.unknown.add("education_level")
    if route.degree_fields and profile.degree_field is None:
        check.unknown.add("degree_field")
    level_ok = education_rank(profile.education_level) >= education_rank(route.min_education)
    field_ok = not route.degree_fields or profile.degree_field in route.degree_fields
    if not (level_ok and field_ok):
        check.missing_degree.append(wanted)


def _check_experience(need: ExperienceNeed, profile: Profile, check: RouteCheck) -> None:
    have, depends_on, assumptions = months_of(need.kind, profile)
    for name in depends_on:
        if getattr(profile, name) is None:
            check.unknown.add(name)
    words = EXPERIENCE_WORDS[need.kind]
    if need.supervised_by == "CCM" and profile.supervised_by_ccm is not True:
        if profile.supervised_by_ccm is None:
            check.unknown.add("supervised_by_ccm")
        check.missing_other.append(f"{need.months} months of {words} supervised by a CCM")
        return
    if have == 0 and need.kind in SITUATIONAL_KINDS:
        check.missing_other.append(f"{need.months} months of {words}")
        return
    if have < need.months:
        # 11.5 of 12 months is not 12: the shortfall counts up to whole months, never down
        short = math.ceil(need.months - have)
        check.missing_experience.append(f"{short} more months of {words} ({have:g} of {need.months})")
        check.shortfall_months = max(check.shortfall_months, short)
    check.assumptions.extend(a for a in assumptions if a not in check.assumptions)


def _licence_needs_degree(check: RouteCheck, profile: Profile, catalog) -> None:
    """A missing licence that the person could not get without a new degree counts as a missing degree."""
    reachable = False
    for code in check.route.licenses_any:
        licence = catalog.credentials.get(code)
        if licence is None or not licence.requirements:
            continue
        if assess(licence, profile).status != NEEDS_DEGREE:
            reachable = True
    if not reachable:
        check.missing_degree.append("a degree that leads to " + " or ".join(check.route.licenses_any))


def assess(credential: Credential, profile: Profile, catalog: Optional[Catalog] = None) -> Assessment:
    """Where the person stands on one credential. With the catalog, a missing licence is traced to its own needs."""
    if profile.holds(credential.code):
        return _assessment(credential, HELD, 0, [], [credential.citation])
    if not credential.requirements:
        return _assessment(
            credential,
            NEEDS_LICENSE if credential.kind == "license" else NEEDS_EXPERIENCE,
            None,
            [],
            [credential.citation],
            notes=[
                f"The requirements for the {credential.code} are not in this knowledge base: check with "
                f"{credential.issuer or 'the issuing body'}."
            ],
        )
    chosen = []
    for group in credential.requirements:
        checks = [check_route(route, profile) for route in group.routes]
        if catalog is not None:
            for check in checks:
                if check.missing_license and not check.missing_degree:
                    _licence_needs_degree(check, profile, catalog)
        chosen.append(min(checks, key=RouteCheck.distance))
    unknown = set().union(*(c.unknown for c in chosen))
    missing = [
        item for c in chosen for item in c.missing_degree + c.missing_license + c.missing_other + c.missing_experience
    ]
    if all(c.met for c in chosen):
        status, months = ELIGIBLE_NOW, 0
    elif any(c.missing_degree for c in chosen):
        status, months = NEEDS_DEGREE, None
    elif any(c.missing_license for c in chosen):
        status, months = NEEDS_LICENSE, None
    else:
        status = NEEDS_EXPERIENCE
        only_time = not any(c.missing_other for c in chosen)
        months = max(c.shortfall_months for c in chosen) if only_time else None
    notes = [a for c in chosen for a in c.assumptions]
    notes += [
        reason
        for group in credential.requirements
        for route in group.routes
        for code, reason in route.not_accepted
        if profile.holds(code)
    ]
    notes += [c.route.note for c in chosen if c.route.note]
    if any(c.route.citation.confidence == "U" for c in chosen):
        notes.append(
            f"Part of this rule is uncertain or varies: confirm it with {credential.issuer or 'the issuing body'}."
        )
    return _assessment(
        credential,
        status,
        months,
        missing,
        [credential.citation] + [c.route.citation for c in chosen],
        routes=[c.route.code for c in chosen],
        labels=[c.route.label for c in chosen],
        unknown=sorted(unknown),
        notes=notes,
    )


def _assessment(credential, status, months, missing, citations, routes=(), labels=(), unknown=(), notes=()):
    unique_citations = tuple({c.source_id: c for c in citations}.values())
    return Assessment(
        credential=credential.code,
        name=credential.name,
        kind=credential.kind,
        status=status,
        months_to_eligible=months,
        routes=tuple(routes),
        route_labels=tuple(labels),
        missing=tuple(missing),
        unknown_facts=tuple(unknown),
        notes=tuple(dict.fromkeys(notes)),
        sources=unique_citations,
    )
