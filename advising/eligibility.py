"""Where a person stands on one credential: the quickest route from their facts, and only what is missing on it.

A credential's requirements are groups that must all be met; within a group any one route will do
(credentials.yml). Each route is checked against what the person effectively holds (advising/holdings.py).
A missing degree is filled by the quickest program that leads to it (degrees.yml `programs`), a missing licence
by that licence's own quickest route, recursively. A route's months are the program lengths plus the experience
still to earn. A status is eligible_now only when every requirement is known to be met; an unknown fact that
decides it gives needs_information; a rule the issuer has not published (a [U] rule, a setting or part-time
months it does not address) gives check_with_issuer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from advising.holdings import MET, MISSING, Holdings, degree_match, finishes, holdings_of
from advising.profile import Profile, education_rank
from advising.state_licensure import state_level
from knowledge.catalog import Catalog, Citation, Credential, ExperienceNeed, Program, Route
from knowledge.schema import EDUCATION_LEVELS, US_STATES

HELD = "held"
ELIGIBLE_NOW = "eligible_now"
CHECK_WITH_ISSUER = "check_with_issuer"
NEEDS_INFORMATION = "needs_information"
NEEDS_EXPERIENCE = "needs_experience"
NEEDS_LICENSE = "needs_license"
NEEDS_DEGREE = "needs_degree"
NOT_OFFERED = "not_offered_in_state"
# Best first: how much stands between the person and applying.
STATUSES = (
    HELD,
    ELIGIBLE_NOW,
    CHECK_WITH_ISSUER,
    NEEDS_INFORMATION,
    NEEDS_EXPERIENCE,
    NEEDS_LICENSE,
    NEEDS_DEGREE,
    NOT_OFFERED,
)
ACTIONABLE_NOW = (HELD, ELIGIBLE_NOW)
# Between two routes equally far away: a sure one, then one an answer could open, then one the issuer decides.
PREFERENCE = (
    HELD,
    ELIGIBLE_NOW,
    NEEDS_EXPERIENCE,
    NEEDS_INFORMATION,
    CHECK_WITH_ISSUER,
    NEEDS_LICENSE,
    NEEDS_DEGREE,
    NOT_OFFERED,
)
# How requirements combine, least to most in the way: an unknown that decides between "12 months" and "a degree"
# outweighs the 12 months, so the fact is asked before any months are promised.
COMBINED = (
    HELD,
    ELIGIBLE_NOW,
    CHECK_WITH_ISSUER,
    NEEDS_EXPERIENCE,
    NEEDS_INFORMATION,
    NEEDS_LICENSE,
    NEEDS_DEGREE,
    NOT_OFFERED,
)

EXPERIENCE_WORDS = {
    "case_management": "case-management experience",
    "supervising_case_management": "experience supervising people who provide case management",
    "clinical_social_work": "supervised clinical social work practice after the MSW",
    "counseling_supervised": "supervised counseling practice after the master's",
    "rn_practice": "practice as an RN",
    "social_work_experience": "supervised social work experience",
}
EXPERIENCE_FIELD = {
    "case_management": "case_management_months",
    "supervising_case_management": "supervisor_months",
    "clinical_social_work": "clinical_supervision_months",
    "counseling_supervised": "clinical_supervision_months",
    "rn_practice": "healthcare_months",
    "social_work_experience": "case_management_months",
}
# Experience that comes with a role rather than with time: someone who has none is not "12 months away".
SITUATIONAL_KINDS = {"supervising_case_management"}
SETTING_WORDS = {
    "health_system": "employed by a hospital or health system",
    "payer": "at an insurer or health plan",
    "community_agency": "at a community agency",
    "school": "at a school",
    "other": "in another setting",
}
MAX_DEPTH = 3  # a licence needed for a licence needed for a certification is as deep as any real route goes


@dataclass(frozen=True)
class Need:
    """One missing step on a route, in the order a person would take it."""

    kind: str  # degree | experience | license | ask
    text: str
    months: Optional[float] = None  # None: unknown (e.g. a program whose length no source gives)
    code: Optional[str] = None  # degree, licence or profile field
    level: Optional[str] = None  # a degree's level
    citation: Optional[Citation] = None
    status: Optional[str] = None  # a licence step's own status


@dataclass(frozen=True)
class Assessment:
    credential: str
    name: str
    kind: str
    status: str
    months_to_eligible: Optional[float]  # on the quickest route; None when unknown or not a matter of time
    routes: Tuple[str, ...]  # the route chosen in each requirement group
    route_labels: Tuple[str, ...]
    missing: Tuple[str, ...]
    unknown_facts: Tuple[str, ...]
    notes: Tuple[str, ...]
    sources: Tuple[Citation, ...]
    needs: Tuple[Need, ...] = ()
    unverifiable: Tuple[str, ...] = ()
    best_case_months: Optional[float] = None  # months if every open question is answered the best way

    @property
    def months_words(self) -> Optional[str]:
        return months_words(self.months_to_eligible)

    def to_dict(self) -> dict:
        return {
            "credential": self.credential,
            "name": self.name,
            "kind": self.kind,
            "status": self.status,
            "months_to_eligible": self.months_to_eligible,
            "months_words": self.months_words,
            "route": " + ".join(self.routes) or None,
            "route_labels": list(self.route_labels),
            "missing": list(self.missing),
            "unknown_facts": list(self.unknown_facts),
            "unverifiable": list(self.unverifiable),
            "notes": list(self.notes),
            "sources": [c.to_dict() for c in self.sources],
        }


def months_words(months: Optional[float]) -> Optional[str]:
    """Months counted down, said in whole months: 0.5 short is "about 1 month", never "0 months"."""
    if months is None:
        return None
    whole = max(1, math.ceil(months - 1e-9)) if months > 0 else 0
    return "now" if whole == 0 else f"about {whole} month" + ("" if whole == 1 else "s")


@dataclass
class RouteCheck:
    route: Route
    status: str = ELIGIBLE_NOW
    months: Optional[float] = 0.0
    needs: List[Need] = field(default_factory=list)
    unknown: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    citations: List[Citation] = field(default_factory=list)
    unverifiable: List[str] = field(default_factory=list)

    def worsen(self, status: str) -> None:
        if COMBINED.index(status) > COMBINED.index(self.status):
            self.status = status

    def add_months(self, months: Optional[float]) -> None:
        self.months = None if months is None or self.months is None else self.months + months


def sort_key(status: str, months: Optional[float], unverifiable: bool = False, steps: int = 0) -> tuple:
    """Quickest first: what can be applied for now, then by months to go (unknown lengths last; for a credential
    that waits on an answer, the months if the answer is yes; routes through what we cannot check last), then
    fewer steps."""
    now = status in ACTIONABLE_NOW
    return (
        0 if now else 1,
        STATUSES.index(status) if now else 0,
        unverifiable,
        math.inf if months is None else months,
        PREFERENCE.index(status),
        steps,
    )


def assessment_key(item: "Assessment") -> tuple:
    return sort_key(item.status, item.best_case_months, bool(item.unverifiable), len(item.needs))


class Assessor:
    """Assesses credentials for one profile; remembers results so a licence shared by routes is assessed once."""

    def __init__(self, profile: Profile, catalog: Catalog):
        self.profile = profile
        self.catalog = catalog
        self.holdings: Holdings = holdings_of(profile, catalog)
        self._done: Dict[str, Assessment] = {}

    def assess(self, code: str, depth: int = 0) -> Assessment:
        if code not in self._done:
            self._done[code] = self._assess(self.catalog.credentials[code], depth)
        return self._done[code]

    def _assess(self, credential: Credential, depth: int) -> Assessment:
        issuer = credential.issuer or "the issuing body"
        if self.holdings.holds(credential.code):
            notes = [why for why, _ in self.holdings.implied if f"the {credential.code} level" in why]
            return _assessment(credential, HELD, 0, [], [credential.citation], notes=notes)
        if not credential.requirements:
            return _assessment(
                credential,
                NEEDS_INFORMATION,
                None,
                [],
                [credential.citation],
                notes=[f"The requirements for the {credential.code} are not in my sources: check with {issuer}."],
            )
        chosen: List[RouteCheck] = []
        for group in credential.requirements:
            checks = [self._check_route(route, credential, depth) for route in group.routes]
            chosen.append(
                min(
                    checks,
                    key=lambda c: sort_key(c.status, c.months, bool(c.unverifiable), len(c.needs) + len(c.unknown)),
                )
            )
        status = max((c.status for c in chosen), key=COMBINED.index)
        months: Optional[float] = 0.0
        for check in chosen:
            months = None if months is None or check.months is None else months + check.months
        best_case = months
        if status in (ELIGIBLE_NOW, CHECK_WITH_ISSUER, NEEDS_INFORMATION):
            months = 0.0 if status == ELIGIBLE_NOW else None
        notes = [n for c in chosen for n in c.notes]
        notes += [
            reason
            for group in credential.requirements
            for route in group.routes
            for code, reason in route.not_accepted
            if self.holdings.holds(code)
        ]
        notes += [c.route.note for c in chosen if c.route.note]
        if status == CHECK_WITH_ISSUER or any(c.route.citation.confidence == "U" for c in chosen):
            notes.append(f"Part of this rule is uncertain or varies: confirm it with {issuer} before you apply.")
        unknown = list(dict.fromkeys(u for c in chosen for u in c.unknown))
        needs = [Need("ask", f"tell me: {u.replace('_', ' ')}", None, u) for u in unknown]
        needs += [n for c in chosen for n in c.needs]
        return _assessment(
            credential,
            status,
            months,
            [n.text for n in needs if n.kind != "ask"],
            [credential.citation] + [x for c in chosen for x in [c.route.citation, *c.citations]],
            routes=[c.route.code for c in chosen],
            labels=[c.route.label for c in chosen],
            unknown=unknown,
            notes=notes,
            needs=_ordered(needs),
            unverifiable=[u for c in chosen for u in c.unverifiable],
            best_case=best_case,
        )

    # ------------------------------------------------------------------ one route
    def _check_route(self, route: Route, credential: Credential, depth: int) -> RouteCheck:
        check = RouteCheck(route)
        rule = None
        if route.state_level:
            rule = state_level(self.catalog, self.profile.state, route.state_level)
            if rule is not None and not rule.offered:
                check.status, check.months = NOT_OFFERED, None
                check.notes.append(
                    f"{rule.state_name} has no {route.state_level}-level social work licence; check the state board."
                )
                check.citations.append(rule.citation)
                return check
        if route.min_education:
            self._check_degree(route, check)
        if route.field_experience and check.status != NEEDS_DEGREE:
            self._check_field_experience(route, check)
        if route.licenses_any:
            self._check_license(route, check, depth)
        for need in route.experience:
            self._check_experience(need, route, rule, check)
        if rule is not None and route.state_level != "clinical" and rule.supervised_months:
            # e.g. Illinois issues the LSW on a BSW only after 3 years of supervised experience
            self._check_experience(ExperienceNeed("social_work_experience", 0), route, rule, check)
        if rule is not None:
            check.citations.append(rule.citation)
            kind = "voluntary certification" if rule.voluntary else "licence"
            check.notes.append(f"In {rule.state_name} this {kind} is called {rule.title}.")
            if route.state_level == "clinical" and rule.note:
                check.notes.append(rule.note)  # the state's hours and who may supervise them (Arizona: an LCSW)
            if rule.citation.confidence == "U" and check.status == ELIGIBLE_NOW:
                check.status = CHECK_WITH_ISSUER
        elif route.state_level:
            self._without_state_rules(route.state_level, check)
        if route.unverifiable:
            check.unverifiable.extend(route.unverifiable)
            check.needs.append(Need("ask", "Confirm: " + "; ".join(route.unverifiable), None))
            check.worsen(NEEDS_INFORMATION)
        if route.citation.confidence == "U" and rule is None and check.status == ELIGIBLE_NOW:
            check.status = CHECK_WITH_ISSUER
        return check

    def _without_state_rules(self, level: str, check: RouteCheck) -> None:
        """A social work licence is the state's: until the state is known nothing is promised (five states in our
        table have no bachelor's-level licence, Illinois asks a BSW for 3 years), and for a state whose rules we do
        not hold, its board decides."""
        check.citations.extend(citation for _, citation in self.catalog.states.general)
        if self.profile.state is None:
            check.notes.append("Titles, levels and supervised hours vary by state: check with your state board.")
            check.unknown.append("state")
            check.worsen(NEEDS_INFORMATION)
            return
        name = US_STATES.get(self.profile.state, self.profile.state)
        check.notes.append(
            f"I do not hold {name}'s social work licensure rules: whether and how {name} licenses social workers "
            f"at the {level} level is for {name}'s social work board to decide."
        )
        check.worsen(CHECK_WITH_ISSUER)

    def _check_degree(self, route: Route, check: RouteCheck) -> None:
        match, undecided = degree_match(self.holdings, self.profile, route.min_education, route.degree_fields)
        if match == MET:
            return
        if match != MISSING:
            check.unknown.extend(undecided)
            check.worsen(NEEDS_INFORMATION)
            return
        check.worsen(NEEDS_DEGREE)
        if finishes(self.holdings, route.min_education, route.degree_fields):
            check.add_months(self.profile.underway_months)
            check.needs.append(self._finishing_need())
            return
        program_steps = self._programs(route.min_education, route.degree_fields)
        if program_steps is None:
            check.months = None
            check.needs.append(Need("degree", _degree_words(route.min_education, route.degree_fields)))
            return
        for program in program_steps:
            if program is None:  # the degree being earned comes first
                check.add_months(self.profile.underway_months)
                check.needs.append(self._finishing_need())
                continue
            check.add_months(program.months)
            check.needs.append(_program_need(program, self.catalog, route.field_experience))

    def _finishing_need(self) -> Need:
        degree = self.holdings.underway
        level = EDUCATION_LEVELS[degree.rank]
        text = "finish the " + ("associate degree" if level == "associate" else f"{level}'s degree")
        if degree.fields:
            text += " in " + " or ".join(sorted(f.replace("_", " ") for f in degree.fields))
        text += " you are earning"
        months = self.profile.underway_months
        if months:
            text += f" ({months_words(months)} left, you said)"
        return Need("degree", text + ": a board counts a degree once it is conferred", months, None, level)

    def _programs(self, min_level: str, fields, above_top: bool = False) -> Optional[List[Program]]:
        """The quickest program (with a bachelor's first if a master's needs one) that gives the degree."""
        options = []
        top = self.holdings.top_rank
        for program in self.catalog.programs:
            degree = self.catalog.degrees[program.degree]
            rank = education_rank(degree.level)
            if rank < education_rank(min_level) or (fields and degree.field not in fields):
                continue
            if (above_top and rank <= top) or self._holds_degree(program.degree):
                continue
            if program.requires_license and not self.holdings.holds(program.requires_license):
                continue
            finishing_first = program.requires_degree and self._finishes_degree(program.requires_degree)
            if program.requires_degree and not (self._holds_degree(program.requires_degree) or finishing_first):
                continue
            chain = [None, program] if finishing_first else [program]
            if degree.level in ("master", "doctorate") and top < education_rank("bachelor") and not finishing_first:
                if finishes(self.holdings, "bachelor", None):
                    first = None  # the bachelor's being earned
                else:
                    first = next(
                        (p for p in self.catalog.programs if self.catalog.degrees[p.degree].level == "bachelor"), None
                    )
                    if first is None:
                        continue
                chain.insert(0, first)
            # the degree being earned takes what is left of it, however long: never a reason to choose a longer route
            lengths = [(self.profile.underway_months or 0) if p is None else p.months for p in chain]
            months = None if any(m is None for m in lengths) else sum(lengths)
            options.append((math.inf if months is None else months, len(options), chain))
        return min(options)[2] if options else None

    def _finishes_degree(self, code: str) -> bool:
        degree = self.catalog.degrees[code]
        return not self._holds_degree(code) and finishes(self.holdings, degree.level, (degree.field,))

    def _holds_degree(self, code: str) -> bool:
        degree = self.catalog.degrees[code]
        return degree_match(self.holdings, self.profile, degree.level, (degree.field,))[0] == MET

    def _check_field_experience(self, route: Route, check: RouteCheck) -> None:
        if self.profile.field_experience is True:
            return
        if self.profile.field_experience is None:
            check.unknown.append("field_experience")
            check.worsen(NEEDS_INFORMATION)
            return
        # without the practicum the degree does not count: a new degree (with one) or a licence is the way in
        check.worsen(NEEDS_DEGREE)
        programs = self._programs(route.min_education, route.degree_fields, above_top=True)
        if programs is None:
            check.months = None
            check.needs.append(
                Need(
                    "degree",
                    "a degree that includes a supervised field experience in case management, health "
                    "or behavioral health",
                    None,
                    level=_next_level(self.holdings.top_rank),
                )
            )
            return
        for program in programs:
            check.add_months(program.months)
            check.needs.append(_program_need(program, self.catalog, True))

    def _check_license(self, route: Route, check: RouteCheck, depth: int) -> None:
        if any(self.holdings.holds(code) for code in route.licenses_any):
            return
        if self.profile.licenses is None:
            check.unknown.append("licenses")
        options = []
        if depth < MAX_DEPTH:
            for code in route.licenses_any:
                if code in self.catalog.credentials:
                    sub = self.assess(code, depth + 1)
                    # never plan a route through requirements we cannot check (e.g. CDMS's current employment)
                    if sub.status != NOT_OFFERED and not sub.unverifiable:
                        options.append(sub)
        if not options:
            check.worsen(NEEDS_DEGREE)
            check.months = None
            check.needs.append(Need("license", "one of these licences: " + ", ".join(route.licenses_any)))
            return
        best = min(options, key=assessment_key)
        check.worsen(best.status if best.status in (NEEDS_DEGREE, NEEDS_INFORMATION) else NEEDS_LICENSE)
        if best.status == NEEDS_INFORMATION and best.unknown_facts:
            check.unknown.extend(best.unknown_facts)
        # a licence that waits on an answer counts with its best-case months, as the credential's own unknowns do
        check.add_months(best.best_case_months if best.status == NEEDS_INFORMATION else best.months_to_eligible)
        check.needs.extend(best.needs)
        check.needs.append(
            Need(
                "license",
                f"get your {best.credential} ({best.name})",
                0,
                best.credential,
                citation=best.sources[0],
                status=best.status,
            )
        )
        check.citations.extend(best.sources)
        check.notes.extend(n for n in best.notes if n not in check.notes)

    def _check_experience(self, need: ExperienceNeed, route: Route, rule, check: RouteCheck) -> None:
        profile = self.profile
        name = EXPERIENCE_FIELD[need.kind]
        have = getattr(profile, name)
        required = float(need.months)
        state_figure = need.by_state.get(profile.state or "")
        if state_figure is not None:
            required = float(state_figure.months)
            check.citations.append(state_figure.citation)
        elif rule is not None and rule.supervised_months is not None:
            required = float(rule.supervised_months)
        if required == 0:
            return
        words = EXPERIENCE_WORDS[need.kind]
        if need.kind == "rn_practice":
            check.notes.append("counts your months in health care as RN practice; confirm they were as an RN")
        if need.kind == "social_work_experience":
            check.notes.append("counts your case-management months as supervised social work experience")
        if have is None:
            if need.kind in SITUATIONAL_KINDS:
                check.worsen(NEEDS_DEGREE)  # not a matter of time; never assumed
                check.months = None
                return
            check.unknown.append(name)  # asked; until then none counted, so months only count down
            have = 0.0
        if need.kind in SITUATIONAL_KINDS and have == 0:
            check.worsen(NEEDS_DEGREE)
            check.months = None
            check.needs.append(Need("experience", f"{need.months} months of {words}", None))
            return
        counted = have
        undecided = False
        if need.supervised_by and have > 0 and profile.supervised_by_ccm is not True:
            if profile.supervised_by_ccm is None:
                check.unknown.append("supervised_by_ccm")
                undecided = True
            else:
                counted = 0.0  # months not under a CCM do not count for this route; new ones would
        if need.setting and counted > 0 and profile.case_management_setting != need.setting:
            if profile.case_management_setting is None:
                check.unknown.append("case_management_setting")
                undecided = True
            else:
                check.notes.append(
                    f"Whether case management {SETTING_WORDS[profile.case_management_setting]} counts as "
                    f"experience {SETTING_WORDS[need.setting]} is not published: the issuer decides."
                )
                check.worsen(CHECK_WITH_ISSUER)
        if need.full_time and counted > 0 and profile.case_management_full_time is not True:
            # Part-time months count here as full-time ones with the issuer deciding, so the answer only tells
            # "eligible now" from "the issuer decides": short of the figure it changes nothing and is not asked.
            if profile.case_management_full_time is None and counted >= required:
                check.unknown.append("case_management_full_time")
                undecided = True
            else:
                check.notes.append(
                    "The rule asks for full-time months; how part-time months count is not "
                    "published: the issuer decides."
                )
                if profile.case_management_full_time is False:
                    check.worsen(CHECK_WITH_ISSUER)
        if undecided:
            check.worsen(NEEDS_INFORMATION)
            return
        short = required - counted
        if short > 0:
            check.worsen(NEEDS_EXPERIENCE)
            check.add_months(short)
            supervised = " supervised by a CCM" if need.supervised_by else ""
            where = f" {SETTING_WORDS[need.setting]}" if need.setting else ""
            full = "full-time " if need.full_time else ""
            check.needs.append(
                Need(
                    "experience",
                    f"{months_words(short)} more of {full}{words}{where}{supervised} "
                    f"({counted:g} of {required:g} months)",
                    short,
                )
            )


def _next_level(rank: int) -> str:
    return EDUCATION_LEVELS[min(max(rank + 1, 2), len(EDUCATION_LEVELS) - 1)]


def _degree_words(level: str, fields) -> str:
    text = f"a {level}'s degree or higher" if level != "associate" else "an associate degree or higher"
    if fields:
        text += " in " + " or ".join(f.replace("_", " ") for f in fields)
    return text


def _program_need(program: Program, catalog: Catalog, with_practicum: bool) -> Need:
    degree = catalog.degrees[program.degree]
    length = program.length_text or (
        f"about {program.months} months" if program.months else "its length varies by program"
    )
    text = f"earn the {program.name} ({length})"
    if with_practicum:
        text += ", with a supervised field experience in case management, health or behavioral health"
    return Need("degree", text, program.months, degree.code, degree.level, program.citation)


def _ordered(needs: List[Need]) -> Tuple[Need, ...]:
    order = {"ask": 0, "degree": 1, "experience": 2, "license": 3}
    unique = list(dict.fromkeys(needs))
    # a degree comes before experience that needs it; licences stay after the degree that leads to them
    return tuple(sorted(unique, key=lambda n: (order[n.kind] if n.kind in ("ask", "degree") else 2,)))


def _assessment(
    credential,
    status,
    months,
    missing,
    citations,
    routes=(),
    labels=(),
    unknown=(),
    notes=(),
    needs=(),
    unverifiable=(),
    best_case=None,
) -> Assessment:
    unique_citations = tuple({c.source_id: c for c in citations if c is not None}.values())
    return Assessment(
        credential=credential.code,
        name=credential.name,
        kind=credential.kind,
        status=status,
        months_to_eligible=months,
        routes=tuple(routes),
        route_labels=tuple(labels),
        missing=tuple(dict.fromkeys(missing)),
        unknown_facts=tuple(dict.fromkeys(unknown)),
        notes=tuple(dict.fromkeys(notes)),
        sources=unique_citations,
        needs=tuple(needs),
        unverifiable=tuple(dict.fromkeys(unverifiable)),
        best_case_months=months if best_case is None else best_case,
    )


def assess(credential: Credential, profile: Profile, catalog: Optional[Catalog] = None) -> Assessment:
    """Where the person stands on one credential (the catalog gives programs, implications and licences)."""
    if catalog is None:
        raise TypeError("assess needs the catalog")
    return Assessor(profile, catalog).assess(credential.code)
