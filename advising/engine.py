"""The advising engine's front: a profile in, ranked specializations, a credential plan and the questions
still worth asking out. Plain Python; the Rasa actions and the command-line demo both call `advise`.

For the chosen specialization, every credential that opens its work (specializations.yml `pathway`) is assessed
on its quickest route; the quickest one not yet held is recommended and its missing steps become the plan, the
others are alternatives with their months.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Tuple

from advising.eligibility import (
    CHECK_WITH_ISSUER,
    HELD,
    NEEDS_EXPERIENCE,
    NEEDS_INFORMATION,
    NOT_OFFERED,
    Assessment,
    Assessor,
    assessment_key,
)
from advising.plan import Step, plan_steps
from advising.profile import Profile
from advising.ranking import RankedSpecialization, rank_specializations
from knowledge.catalog import Catalog
from knowledge.schema import CASE_MANAGEMENT_SETTINGS

# The order in which open questions are asked: the facts that rank the specializations first, then the ones that
# decide eligibility, most decisive first.
QUESTION_ORDER = (
    "education_level",
    "degree_field",
    "licenses",
    "interests",
    "case_management_months",
    "supervised_by_ccm",
    "case_management_setting",
    "case_management_full_time",
    "field_experience",
    "clinical_supervision_months",
    "healthcare_months",
    "supervisor_months",
    "state",
)
RANKING_FACTS = ("education_level", "degree_field", "licenses", "interests")
QUESTION_CANDIDATES = QUESTION_ORDER  # the name older callers use
DECIDED_BY_FACTS = (NEEDS_INFORMATION, NEEDS_EXPERIENCE, CHECK_WITH_ISSUER)
STATE_LICENSES = {"LSW", "LMSW", "LCSW", "LPC"}  # licences whose titles, hours and levels differ by state
# a bachelor's-level social work licence exists in some states only: where it is on the plan, the state decides
# whether the step is there at all (Washington, Georgia, New York... have none)
OFFERED_IN_SOME_STATES = {"LSW"}


@dataclass(frozen=True)
class Advice:
    ranking: Tuple[RankedSpecialization, ...]
    recommended: str
    plan: Tuple[Assessment, ...]
    steps: Tuple[Step, ...]
    open_questions: Tuple[str, ...]
    recommended_credential: Optional[str] = None
    alternatives: Tuple[Assessment, ...] = ()

    def assessment(self, code: str) -> Optional[Assessment]:
        return next((item for item in self.plan if item.credential == code), None)

    def to_dict(self) -> dict:
        return {
            "recommended_specialization": self.recommended,
            "recommended_credential": self.recommended_credential,
            "ranking": [r.to_dict() for r in self.ranking],
            "credential_plan": [item.to_dict() for item in self.plan],
            "alternatives": [item.to_dict() for item in self.alternatives],
            "steps": [step.to_dict(n) for n, step in enumerate(self.steps, 1)],
            "open_questions": list(self.open_questions),
        }


def advise(
    profile: Profile, catalog: Catalog, specialization: Optional[str] = None, with_questions: bool = True
) -> Advice:
    """Advice for the profile: for `specialization` if given, otherwise for the best-ranked one."""
    ranking = rank_specializations(profile, catalog)
    chosen = catalog.specialization(specialization or ranking[0].code)
    assessor = Assessor(profile, catalog)
    items = [assessor.assess(code) for code in chosen.credentials]
    order = {code: n for n, code in enumerate(chosen.credentials)}
    candidates = sorted(
        (i for i in items if i.status not in (HELD, NOT_OFFERED)),
        key=lambda i: (assessment_key(i)[:-1], len(i.unknown_facts), assessment_key(i)[-1], order[i.credential]),
    )
    best = candidates[0] if candidates else None
    held = tuple(sorted(c for c in (profile.licenses or ()) if c in catalog.credentials))
    steps = plan_steps(best, catalog, held)
    implied_degree = any(not d.told for d in assessor.holdings.degrees) and profile.education_level is None
    questions = _questions(profile, items, best, implied_degree) if with_questions else ()
    if with_questions:
        questions = _with_ranking_questions(questions, profile, catalog, ranking, assessor)
    return Advice(
        tuple(ranking),
        chosen.code,
        tuple(items),
        tuple(steps),
        tuple(questions),
        best.credential if best else None,
        tuple(candidates[1:]),
    )


def open_questions(profile: Profile, catalog: Catalog, specialization: Optional[str] = None) -> List[str]:
    """The unknown profile fields whose answer could change the recommendation or the plan, most important first."""
    return list(advise(profile, catalog, specialization).open_questions)


def _with_ranking_questions(
    questions: List[str], profile: Profile, catalog: Catalog, ranking: List[RankedSpecialization], assessor: Assessor
) -> List[str]:
    """Add the unknown facts the ranking weighs whose answer could change the recommended specialization: the
    field of a degree only a licence implies, time employed in health care, and where the case management was done."""
    possible = {"healthcare_months": (1,)}
    if (profile.case_management_months or 0) > 0:
        possible["case_management_setting"] = CASE_MANAGEMENT_SETTINGS
    if profile.degree_field is None:
        possible["degree_field"] = tuple(
            sorted({f for d in assessor.holdings.degrees if not d.told for f in d.fields or ()})
        )
    top = ranking[0].code
    tipping = {
        name
        for name, values in possible.items()
        if getattr(profile, name) is None
        and any(rank_specializations(profile.with_changes(**{name: v}), catalog)[0].code != top for v in values)
    }
    return [name for name in QUESTION_ORDER if name in tipping or name in questions]


def _questions(
    profile: Profile, items: List[Assessment], best: Optional[Assessment], implied_degree: bool
) -> List[str]:
    wanted = {f for f in RANKING_FACTS if getattr(profile, f) is None}
    if profile.education_level == "high_school" or implied_degree:
        wanted -= {"degree_field", "education_level"}  # an LCSW has an MSW: no need to ask
    if profile.underway_level:
        # one finishing a degree has told their schooling: what came before is asked only if it decides a rule
        wanted -= (
            {"education_level"}
            if profile.underway_level in ("master", "doctorate")
            else {"degree_field", "education_level"}
        )
    for item in items:
        if item.status in DECIDED_BY_FACTS:  # a missing degree or licence outweighs any unknown month
            wanted.update(item.unknown_facts)
    on_plan = {best.credential, *(n.code for n in best.needs if n.kind == "license")} if best else set()
    if profile.state is None and on_plan & STATE_LICENSES:
        wanted.add("state")
    if profile.state is None and any(item.credential in OFFERED_IN_SOME_STATES for item in items):
        wanted.add("state")
    return [name for name in QUESTION_ORDER if name in wanted and getattr(profile, name) is None]
