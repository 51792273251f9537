"""The credential plan: every credential on a specialization's pathway assessed, then ordered steps.

Steps run degree -> supervised experience -> licence -> certification -> renewal, each with its status
(done, next, to_do) and its sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from advising.eligibility import ELIGIBLE_NOW, HELD, NEEDS_EXPERIENCE, Assessment, assess
from advising.profile import Profile, education_rank
from knowledge.catalog import Catalog, Citation, Degree, Specialization

GUIDE_EXPERIENCE = "guide.experience"
GUIDE_CONTINUING_EDUCATION = "guide.key_certifications"


@dataclass
class Step:
    kind: str  # degree | experience | license | certification | renewal
    title: str
    detail: str
    done: bool
    sources: Tuple[Citation, ...]
    credential: Optional[str] = None
    status: Optional[str] = None  # the credential's eligibility status, for licence and certification steps
    months_to_eligible: Optional[int] = None
    optional: bool = False
    progress: str = field(default="to_do")  # done | next | to_do | optional, set once the steps are ordered

    def to_dict(self, number: int) -> dict:
        return {
            "step": number,
            "kind": self.kind,
            "title": self.title,
            "detail": self.detail,
            "progress": self.progress,
            "credential": self.credential,
            "status": self.status,
            "months_to_eligible": self.months_to_eligible,
            "sources": [c.to_dict() for c in self.sources],
        }


def assess_pathway(spec: Specialization, profile: Profile, catalog: Catalog) -> List[Assessment]:
    return [assess(catalog.credentials[code], profile, catalog) for code in spec.credentials]


def plan_steps(spec: Specialization, profile: Profile, catalog: Catalog, items: List[Assessment]) -> List[Step]:
    steps = _degree_steps(spec, profile, catalog)
    steps.append(_experience_step(items, catalog))
    by_code = {item.credential: item for item in items}
    for kind in ("license", "certification"):
        for code in spec.credentials:
            credential = catalog.credentials[code]
            if credential.kind == kind:
                steps.append(_credential_step(by_code[code], catalog))
    renewals = [catalog.credentials[c] for c in spec.credentials if catalog.credentials[c].validity_months]
    if renewals:
        detail = "; ".join(
            f"{c.code}: every {c.validity_months // 12} years, {c.renewal_ce_hours} hours of continuing education"
            for c in renewals
        )
        sources = [catalog.citations[GUIDE_CONTINUING_EDUCATION]] + [
            c.renewal_citation for c in renewals if c.renewal_citation
        ]
        steps.append(
            Step(
                "renewal",
                "Keep your credentials current",
                "Follow a code of ethics and earn continuing education. " + detail + ".",
                False,
                tuple(sources),
            )
        )
    _mark_progress(steps)
    return steps


def _mark_progress(steps: List[Step]) -> None:
    """Done steps are done; the next step is one the person can take now if there is one, else the first open one."""
    for step in steps:
        step.progress = "done" if step.done else ("optional" if step.optional else "to_do")
    open_steps = [s for s in steps if s.progress == "to_do" and s.kind != "renewal"]
    ready = [s for s in open_steps if s.status == ELIGIBLE_NOW]
    if ready or open_steps:
        (ready or open_steps)[0].progress = "next"


def _holds_degree(profile: Profile, degree: Degree) -> bool:
    return (
        education_rank(profile.education_level) >= education_rank(degree.level) and profile.degree_field == degree.field
    )


def _degree_steps(spec: Specialization, profile: Profile, catalog: Catalog) -> List[Step]:
    degrees = [catalog.degrees[code] for code in spec.degrees]
    entry_rank = min(education_rank(d.level) for d in degrees)
    entry = [d for d in degrees if education_rank(d.level) == entry_rank]
    advanced = [d for d in degrees if education_rank(d.level) > entry_rank]
    steps = []
    held_entry = [d for d in degrees if _holds_degree(profile, d)]
    if held_entry:
        steps.append(
            Step(
                "degree",
                f"Degree: you have what this path builds on ({held_entry[0].name})",
                "Your degree meets the education this specialization usually asks for.",
                True,
                tuple(d.citation for d in held_entry[:1]),
            )
        )
    else:
        names = " or ".join(d.name for d in entry)
        accredited = [d for d in entry if d.accredited_by]
        detail = f"Most roles start with {names}."
        if accredited:
            detail += " " + " ".join(
                f"A {d.code} must come from a {d.accredited_by}-accredited program." for d in accredited
            )
        if profile.education_level in ("bachelor", "master", "doctorate") and profile.degree_field:
            field = profile.degree_field.replace("_", " ")
            detail += f" Your {profile.education_level}'s in {field} may count toward some credentials below."
        steps.append(Step("degree", f"Earn {names}", detail, False, tuple(d.citation for d in entry)))
    for degree in advanced:
        if _holds_degree(profile, degree):
            continue
        steps.append(
            Step(
                "degree",
                f"For advanced or clinical roles: {degree.name}",
                f"A {degree.name} opens advanced roles; some credentials below require it.",
                False,
                (degree.citation,),
                optional=True,
            )
        )
    return steps


def _experience_step(items: List[Assessment], catalog: Catalog) -> Step:
    waiting = [i for i in items if i.status == NEEDS_EXPERIENCE]
    if waiting:
        detail = (
            "Internships and practicums during your degree, then paid, supervised work after it. Still needed: "
            + "; ".join(f"{i.credential}: " + "; ".join(i.missing) for i in waiting)
            + "."
        )
    else:
        detail = (
            "Internships and practicums during your degree, then paid, supervised work after it; many national "
            "certifications require post-graduate supervised hours."
        )
    done = bool(items) and all(i.status in (HELD, ELIGIBLE_NOW) for i in items)
    return Step("experience", "Build supervised experience", detail, done, (catalog.citations[GUIDE_EXPERIENCE],))


def _credential_step(item: Assessment, catalog: Catalog) -> Step:
    credential = catalog.credentials[item.credential]
    verb = {"license": "Get your", "certification": "Earn the"}[credential.kind]
    if item.status == HELD:
        detail = f"You hold the {credential.code}."
    elif item.status == ELIGIBLE_NOW:
        detail = f"You can apply now ({'; '.join(item.route_labels)})."
    elif item.months_to_eligible:
        detail = f"Eligible in about {item.months_to_eligible} months: " + "; ".join(item.missing) + "."
    else:
        detail = "Still needed: " + "; ".join(item.missing) + "." if item.missing else "; ".join(item.notes)
    if credential.cost_usd is not None and item.status != HELD:
        detail += f" Cost: ${credential.cost_usd:,}."
    return Step(
        credential.kind,
        f"{verb} {credential.code} ({credential.name})",
        detail,
        item.status == HELD,
        item.sources,
        credential=credential.code,
        status=item.status,
        months_to_eligible=item.months_to_eligible,
    )
