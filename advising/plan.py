"""The steps of a plan: only what is missing on the recommended credential's quickest route, in order.

Order: facts to confirm -> degree -> experience -> licence -> certification -> renewal. Licences the route needs
(an RN for the CCM's licence route) appear here as steps, never as goals of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from advising.eligibility import (
    CHECK_WITH_ISSUER,
    ELIGIBLE_NOW,
    HELD,
    NEEDS_INFORMATION,
    Assessment,
    Need,
)
from knowledge.catalog import Catalog, Citation

GUIDE_EXPERIENCE = "guide.experience"
GUIDE_CONTINUING_EDUCATION = "guide.key_certifications"
QUESTION_WORDS = {
    "education_level": "your highest degree",
    "degree_field": "the field of your degree",
    "licenses": "the licences or certifications you hold",
    "case_management_months": "how many months of case-management work you have",
    "supervised_by_ccm": "whether a CCM supervised your case-management work",
    "case_management_setting": "where you did case management (hospital or health system, insurer, agency...)",
    "case_management_full_time": "whether that work was full-time",
    "field_experience": "whether your degree included a supervised field experience (practicum)",
    "clinical_supervision_months": "how many months of supervised clinical practice you have after your master's",
    "healthcare_months": "how many months you have worked in health care",
    "supervisor_months": "how many months you have supervised case managers",
    "state": "the state you work in",
}


@dataclass
class Step:
    kind: str  # ask | degree | experience | license | certification | renewal
    title: str
    detail: str
    done: bool
    sources: Tuple[Citation, ...]
    credential: Optional[str] = None  # the licence or certification the step is for, or works toward
    status: Optional[str] = None  # the credential's eligibility status, for licence and certification steps
    months_to_eligible: Optional[float] = None
    optional: bool = False
    code: Optional[str] = None  # degree code or profile field
    level: Optional[str] = None  # a degree's level
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
            "code": self.code,
            "sources": [c.to_dict() for c in self.sources],
        }


def plan_steps(item: Optional[Assessment], catalog: Catalog, held: Tuple[str, ...] = ()) -> List[Step]:
    """The steps toward `item` (the recommended credential), done licences first as done steps."""
    steps = [
        Step("license", f"You hold the {code}", "Done.", True, (catalog.credentials[code].citation,), code)
        for code in held
    ]
    if item is None:
        return steps
    target = item.credential
    steps += [_need_step(need, item, catalog) for need in item.needs]
    steps.append(_credential_step(item, catalog))
    credential = catalog.credentials[target]
    if credential.renewal:
        sources = [catalog.citations[GUIDE_CONTINUING_EDUCATION]]
        if credential.renewal.citation:
            sources.append(credential.renewal.citation)
        steps.append(
            Step(
                "renewal",
                f"Keep your {credential.code} current",
                f"Every {credential.renewal.months // 12} years, {credential.renewal.ce_hours} hours of "
                "continuing education; follow a code of ethics.",
                False,
                tuple(sources),
                credential.code,
            )
        )
    _mark_progress(steps)
    return steps


def _need_step(need: Need, item: Assessment, catalog: Catalog) -> Step:
    """The step that fills one missing need (ask, degree, experience or license) on the route to `item`."""
    target = item.credential
    sources = tuple(c for c in (need.citation,) if c is not None) or item.sources[:1]
    toward = f"Toward the {target}."
    if need.kind == "ask":
        title = f"Tell me {QUESTION_WORDS.get(need.code, need.code)}" if need.code else need.text
        return Step("ask", title, need.text, False, sources, target, code=need.code)
    if need.kind == "experience":
        sources = (catalog.citations[GUIDE_EXPERIENCE], *item.sources[:1])
        return Step(
            "experience",
            "Build experience: " + need.text,
            toward,
            False,
            sources,
            target,
            months_to_eligible=need.months,
        )
    title = need.text[0].upper() + need.text[1:]
    if need.kind == "degree":
        return Step(
            "degree",
            title,
            toward,
            False,
            sources,
            target,
            months_to_eligible=need.months,
            code=need.code,
            level=need.level,
        )
    return Step(
        "license", title, f"A step toward the {target}.", False, sources, need.code, status=need.status, code=need.code
    )


def ask_steps(fields: List[str], catalog: Catalog) -> List[Step]:
    return [Step("ask", f"Tell me {QUESTION_WORDS.get(f, f)}", "", False, (), code=f) for f in fields]


def _credential_step(item: Assessment, catalog: Catalog) -> Step:
    credential = catalog.credentials[item.credential]
    verb = {"license": "Get your", "certification": "Earn the"}[credential.kind]
    if item.status == HELD:
        detail = f"You hold the {credential.code}."
    elif item.status == ELIGIBLE_NOW:
        detail = f"You can apply now ({'; '.join(item.route_labels)})."
    elif item.status == CHECK_WITH_ISSUER:
        detail = "What you told me meets the published rules, but part of the rule is the issuer's call: " + " ".join(
            item.notes
        )
    elif item.status == NEEDS_INFORMATION:
        detail = "I need a little more information first: " + "; ".join(
            QUESTION_WORDS.get(f, f) for f in item.unknown_facts
        )
        if item.unverifiable:
            detail += ("; " if item.unknown_facts else "") + "; ".join(item.unverifiable)
        detail += "."
        if "state" in item.unknown_facts:  # a state licence: what varies and who decides, said while asking
            detail += " " + " ".join(item.notes)
    elif item.months_to_eligible:
        detail = f"Eligible in {item.months_words}: " + "; ".join(item.missing) + "."
    else:
        detail = "Still needed: " + "; ".join(item.missing) + "." if item.missing else " ".join(item.notes)
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
        code=credential.code,
    )


def _mark_progress(steps: List[Step]) -> None:
    """Done steps are done; the next step is the first open one."""
    for step in steps:
        step.progress = "done" if step.done else ("optional" if step.optional else "to_do")
    open_steps = [s for s in steps if s.progress == "to_do" and s.kind != "renewal"]
    if open_steps:
        open_steps[0].progress = "next"
