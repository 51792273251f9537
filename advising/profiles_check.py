"""Check advice against a file of expected outcomes (evaluation/quality/advice/profiles.yml format), for tests and
advisors.

Each profile's `expect` says, from the certifying bodies' rules: the status of each credential the rules decide,
its months (a number, or [min, max]), the next step, the steps that must never be required, and the questions
that must be asked. `check(entry, catalog)` returns the differences, empty when the advice agrees.
"""

from __future__ import annotations

from typing import List, Optional

from advising.eligibility import Assessment, Assessor
from advising.engine import Advice, advise
from advising.plan import Step
from advising.profile import Profile
from knowledge.catalog import Catalog

MONTHS_SLACK = 1e-9


def advice_for(entry: dict, catalog: Catalog) -> Advice:
    return advise(Profile.from_dict(entry["profile"], catalog), catalog, entry.get("specialization"))


def assessment_of(code: str, advice: Advice, profile: Profile, catalog: Catalog) -> Assessment:
    """From the plan when the credential is on it, else assessed on its own (e.g. an RN on a CCM route)."""
    return advice.assessment(code) or Assessor(profile, catalog).assess(code)


def step_tokens(step: Step) -> set:
    tokens = {step.code, step.credential} if step.kind in ("license", "certification") else {step.code}
    if step.kind == "degree" and step.level:
        tokens.add(step.level)
    return {t for t in tokens if t}


def matches_next(expected: dict, step: Optional[Step], questions: List[str]) -> bool:
    ((kind, value),) = expected.items()
    if kind == "ask":
        return value in questions[:1] or (step is not None and step.kind == "ask" and step.code == value)
    if step is None:
        return False
    if kind == "degree":
        return step.kind == "degree" and value in step_tokens(step)
    if kind == "license":
        return step.kind == "license" and step.code == value
    return step.credential == value  # a credential: applying for it, or working toward it


def check(entry: dict, catalog: Catalog) -> List[str]:
    profile = Profile.from_dict(entry["profile"], catalog)
    advice = advise(profile, catalog, entry.get("specialization"))
    expect = entry["expect"]
    problems = []
    for code, wanted in (expect.get("credentials") or {}).items():
        item = assessment_of(code, advice, profile, catalog)
        if item.status != wanted["status"]:
            problems.append(f"{code}: status {item.status}, expected {wanted['status']}")
            continue
        months = wanted.get("months")
        if months is not None and item.status not in ("held", "eligible_now"):
            low, high = months if isinstance(months, list) else (months, months)
            got = item.months_to_eligible
            if got is None or not (low - MONTHS_SLACK <= got <= high + MONTHS_SLACK):
                problems.append(f"{code}: months {got}, expected {months}")
    steps = [s for s in advice.steps if s.progress in ("next", "to_do")]
    first = steps[0] if steps else None
    options = expect.get("next_step")
    if options:
        options = options if isinstance(options, list) else [options]
        if not any(matches_next(o, first, list(advice.open_questions)) for o in options):
            shown = f"{first.kind} {first.code or first.credential}" if first else "none"
            problems.append(f"next step {shown}, expected one of {options}")
    required = set().union(*(step_tokens(s) for s in steps)) if steps else set()
    for token in expect.get("never") or ():
        if token in required:
            problems.append(f"{token} is a required step")
    for name in expect.get("asks") or ():
        if name not in advice.open_questions:
            problems.append(f"does not ask {name} (asks {list(advice.open_questions)})")
    return problems
