"""A specialization described rather than named: "the people who help you go back to work after you get hurt, what's
that line of work called", "what's a typical day for someone who helps people with serious mental illness keep their
apartment". People who do not know the words yet ask about the work by whom it helps; the interests of that clause
say which specialization it is, weighed as the ranking weighs them (specializations.yml), when one clearly leads.
"""

from __future__ import annotations

import re
from typing import List

from advising.ranking import match_interests
from knowledge.catalog import Catalog
from language.profile_extraction import Mention

# "people who help", "someone that helps", "the ones who work with", "a nurse who plans": a role told by its work
ROLE_BY_ITS_WORK = re.compile(
    r"\b(?:people|persons?|someone|somebody|those|ones|folks|workers?|staff|nurses?|lady|guy|woman|man)\s+"
    r"(?:who|that)\s+(?:help|helps|helped|work with|works with|plan|plans|get|gets|find|finds|set up|sets up)\b"
    r"([^.?!,;]*)",
    re.IGNORECASE,
)
CLEAR_LEAD = 2  # the leading specialization's weight must be ahead of the next by at least this


def specializations_described(text: str, catalog: Catalog) -> List[Mention]:
    """The specialization each role-by-its-work clause describes, as a mention over that clause (none where the
    interests named do not clearly lead to one)."""
    found = []
    for clause in ROLE_BY_ITS_WORK.finditer(text or ""):
        interests = match_interests([clause.group(0)], catalog.interests)
        if not interests:
            continue
        weights = sorted(
            (
                (sum(spec.signals.get("interest", {}).get(code, 0) for code in interests), spec.code)
                for spec in catalog.specializations
            ),
            reverse=True,
        )
        (first, code), (second, _) = weights[0], weights[1]
        if first - second >= CLEAR_LEAD:
            found.append(Mention("specialization", code, clause.start(), clause.end()))
    return found
