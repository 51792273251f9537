"""A state's social work licensure levels, for the engine: what each level is called, needs and cites.

Plain Python over the catalog. A state that is not in the knowledge base gives None, never a guess: the caller says
what is common and names the board to check (catalog.states.general).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from knowledge.catalog import Catalog, Citation
from knowledge.schema import STATE_LEVELS, US_STATES


@dataclass(frozen=True)
class StateLevel:
    state: str  # two-letter code
    state_name: str
    level: str  # bachelor | master | clinical
    title: Optional[str]  # None where the state has no licence at this level
    offered: bool
    voluntary: bool
    degree: Optional[str]  # BSW | MSW
    exam: Optional[str]  # "none" where the law has no exam; None where the sources do not say
    supervised_months: Optional[int]  # after the degree; None where the sources give no figure
    supervised_hours: Optional[int]
    note: Optional[str]
    citation: Citation
    board: Citation
    board_name: str = ""


def state_code(state: Optional[str]) -> Optional[str]:
    """'OH', 'oh' or 'Ohio' -> 'OH'; anything else -> None."""
    if not isinstance(state, str):
        return None
    text = state.strip()
    if text.upper() in US_STATES:
        return text.upper()
    by_name = {name.lower(): code for code, name in US_STATES.items()}
    return by_name.get(re.sub(r"\s+", " ", text.lower()))


def state_level(catalog: Catalog, state: Optional[str], level: str) -> Optional[StateLevel]:
    """The level's rules in that state; None when the state is not in the knowledge base."""
    if level not in STATE_LEVELS:
        raise ValueError(f"level must be one of {', '.join(STATE_LEVELS)}, not {level!r}")
    rules = catalog.states.get(state_code(state) or "")
    if rules is None:
        return None
    rule = rules.levels[level]
    return StateLevel(
        state=rules.code,
        state_name=rules.name,
        level=level,
        title=rule.title,
        offered=rule.offered,
        voluntary=rule.voluntary,
        degree=rule.degree,
        exam=rule.exam,
        supervised_months=rule.supervised_months,
        supervised_hours=rule.supervised_hours,
        note=rule.note,
        citation=rule.citation,
        board=rules.citation,
        board_name=rules.board,
    )


def license_title_level(catalog: Catalog, state: Optional[str], words: str) -> Optional[str]:
    """The level (bachelor, master or clinical) of the licence title someone names, in their state's usage.

    "I'm an LSW" means master in Pennsylvania, "LISW" clinical in Ohio. The longest title found wins, so
    "LMSW clinical" in Michigan is clinical, not master. A title that a state uses at more than one level (Ohio's
    LSW, held with a BSW or an MSW) gives the lowest: what the title alone shows. None when the state is not held
    or no title of that state is named.
    """
    rules = catalog.states.get(state_code(state) or "")
    if rules is None or not isinstance(words, str):
        return None
    text = f" {_normalised(words)} "
    best_length, best_level = 0, None
    for level in STATE_LEVELS:  # lowest first, so a tie keeps the lowest level
        rule = rules.levels[level]
        if not rule.offered:
            continue
        for name in (rule.title, *rule.aliases):
            name = _normalised(name or "")
            if name and f" {name} " in text and len(name) > best_length:
                best_length, best_level = len(name), level
    return best_level


def _normalised(text: str) -> str:
    """Lower case, with dots dropped and hyphens and punctuation as spaces: 'LMSW-Clinical' = 'lmsw clinical'."""
    text = text.lower().replace(".", "")
    return " ".join(re.sub(r"[^a-z0-9']+", " ", text).split())
