"""The advising engine's front: a profile in, ranked specializations, a credential plan and the questions
still worth asking out. Plain Python; the Rasa actions and the command-line demo both call `advise`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from advising.eligibility import Assessment
from advising.plan import Step, assess_pathway, plan_steps
from advising.profile import Profile
from advising.ranking import RankedSpecialization, rank_specializations
from knowledge.catalog import Catalog
from knowledge.schema import DEGREE_FIELDS, EDUCATION_LEVELS

# The order in which open questions are asked, and the values tried to see whether a fact would matter.
QUESTION_CANDIDATES: Dict[str, Sequence] = {
    "education_level": EDUCATION_LEVELS,
    "degree_field": DEGREE_FIELDS,
    "licenses": ((), ("RN",), ("LPN",), ("LSW",), ("LMSW",), ("LCSW",), ("LPC",), ("CRC",)),
    "interests": None,  # every interest tag, from the catalog
    "case_management_months": (0, 12, 24),
    "healthcare_months": (0, 12, 24),
    "supervised_by_ccm": (False, True),
    "supervisor_months": (0, 12),
    "field_experience": (False, True),
    "clinical_supervision_months": (0, 24),
}


@dataclass(frozen=True)
class Advice:
    ranking: Tuple[RankedSpecialization, ...]
    recommended: str
    plan: Tuple[Assessment, ...]
    steps: Tuple[Step, ...]
    open_questions: Tuple[str, ...]

    def to_dict(self) -> dict:
        return {
            "recommended_specialization": self.recommended,
            "ranking": [r.to_dict() for r in self.ranking],
            "credential_plan": [item.to_dict() for item in self.plan],
            "steps": [step.to_dict(n) for n, step in enumerate(self.steps, 1)],
            "open_questions": list(self.open_questions),
        }


def advise(
    profile: Profile, catalog: Catalog, specialization: Optional[str] = None, with_questions: bool = True
) -> Advice:
    """Advice for the profile: for `specialization` if given, otherwise for the best-ranked one."""
    ranking = rank_specializations(profile, catalog)
    chosen = catalog.specialization(specialization or ranking[0].code)
    items = assess_pathway(chosen, profile, catalog)
    steps = plan_steps(chosen, profile, catalog, items)
    questions = open_questions(profile, catalog, specialization) if with_questions else ()
    return Advice(tuple(ranking), chosen.code, tuple(items), tuple(steps), tuple(questions))


def open_questions(profile: Profile, catalog: Catalog, specialization: Optional[str] = None) -> List[str]:
    """The unknown profile fields whose answer could change the recommendation or the plan, most important first.

    A field matters when trying its possible values (others left as they are) gives different outcomes.
    """
    result = []
    for name, candidates in QUESTION_CANDIDATES.items():
        if getattr(profile, name) is not None:
            continue
        if name == "degree_field" and profile.education_level == "high_school":
            continue
        if name in ("supervised_by_ccm", "supervisor_months") and profile.case_management_months == 0:
            continue  # someone with no case-management work has neither a CCM supervisor nor a team of case managers
        variants = [{name: value} for value in (candidates or [()] + [(code,) for code in catalog.interests])]
        if name == "education_level" and profile.degree_field is None:
            # a level only matters together with a field, so try them in pairs
            variants = [{**v, "degree_field": f} for v in variants for f in DEGREE_FIELDS]
        outcomes = {_outcome(profile.with_changes(**variant), catalog, specialization) for variant in variants}
        if len(outcomes) > 1:
            result.append(name)
    return result


def _outcome(profile: Profile, catalog: Catalog, specialization: Optional[str]) -> tuple:
    advice = advise(profile, catalog, specialization, with_questions=False)
    return advice.recommended, tuple((i.credential, i.status, i.months_to_eligible) for i in advice.plan)
