"""A specialization described rather than named: "the people who help you go back to work after you get hurt, what's
that line of work called", "what's a typical day for someone who helps people with serious mental illness keep their
apartment". People who do not know the words yet ask about the work by whom it helps; the interests of that clause
say which specialization it is, as the ranking weighs them (advising/ranking.py), when one clearly leads.
"""

from __future__ import annotations

import re
from typing import List

from advising.profile import Profile
from advising.ranking import rank_specializations
from knowledge.catalog import Catalog
from language.profile_extraction import Mention

# "people who help", "someone that helps", "the ones who work with", "a nurse who plans": a role told by its work
ROLE_BY_ITS_WORK = re.compile(
    r"\b(?:people|persons?|someone|somebody|those|ones|folks|workers?|staff|nurses?|lady|guy|woman|man)\s+"
    r"(?:who|that)\s+(?:help|helps|helped|work with|works with|plan|plans|get|gets|find|finds|set up|sets up)\b"
    r"([^.?!,;]*)"
    # "my daughter wants to help people with disabilities find jobs, what should she major in": the work wished for
    r"|\b(?:wants?|would like|hopes?|hoping|loves?) to (?:help|work with)\s+(?:people|persons|folks|adults|kids|vets"
    r"|veterans|families|those)\b([^.?!,;]*)",
    re.IGNORECASE,
)
CLEAR_LEAD = 2  # the leading specialization's score must be ahead of the next by at least this


def specializations_described(text: str, catalog: Catalog) -> List[Mention]:
    """The specialization each role-by-its-work clause describes, as a mention over that clause: the one the ranking
    puts first for someone drawn to what the clause names (none where it does not clearly lead)."""
    found = []
    for clause in ROLE_BY_ITS_WORK.finditer(text or ""):
        first, second = rank_specializations(Profile.from_dict({"interests": [clause.group(0)]}, catalog), catalog)[:2]
        if first.score - second.score >= CLEAR_LEAD:
            found.append(Mention("specialization", first.code, clause.start(), clause.end()))
    return found
