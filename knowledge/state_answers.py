"""Answers to "how do I get licensed in Ohio?": a state's social work licence levels in words, with their sources.

For a state whose rules the knowledge base does not hold, the honest answer: what is common, that it varies, and
where to check. Nothing here knows about Rasa.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Tuple

from knowledge.catalog import Catalog, Citation, StateLevelRule
from knowledge.schema import STATE_LEVELS, US_STATES

LEVEL_NAMES = {"bachelor": "Bachelor's level", "master": "Master's level", "clinical": "Clinical level"}
# The aspects of a question a state's own rows answer, with the opening of each answer.
STATE_ASPECTS = {
    "issuer": "",
    "exam": "The exams for social work licences in {state} (the {board} decides):",
    "duration": "How long it takes in {state}: the degree, then the supervised experience the {board} requires.",
}
MARK_WORDS = {
    "C": "",
    "S": " (from a secondary source: check with the board)",
    "U": " (uncertain: check with the board)",
}


@dataclass(frozen=True)
class StateAnswer:
    state: str  # two-letter code; "" when no state was recognised
    state_name: str
    lines: Tuple[str, ...]
    citations: Tuple[Citation, ...]
    held: bool  # the state's own rules are in the knowledge base

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def state_licensure_answer(catalog: Catalog, state: Optional[str], level: Optional[str] = None) -> StateAnswer:
    """Social work licensure in a state (every level, or only `level`: bachelor, master or clinical)."""
    levels = (level,) if level in STATE_LEVELS else STATE_LEVELS
    code = state.strip().upper() if isinstance(state, str) and state.strip().upper() in US_STATES else ""
    rules = catalog.states.get(code)
    if rules is None:
        return _not_held(catalog, code)
    lines = [f"Social work licensure in {rules.name} is decided by the {rules.board}."]
    citations: List[Citation] = [rules.citation]
    for name in levels:
        rule = rules.levels[name]
        lines.append(f"- {LEVEL_NAMES[name]}: {level_in_words(rule)}")
        citations += [rule.citation, *rule.more_citations]
    return StateAnswer(rules.code, rules.name, tuple(lines), tuple(citations), held=True)


def state_aspect_answer(
    catalog: Catalog, state: Optional[str], aspect: str, level: Optional[str] = None
) -> StateAnswer:
    """One aspect of social work licensure in a state: who issues it, its exam, or how long the supervised experience
    takes (STATE_ASPECTS); any other aspect gets the whole answer of state_licensure_answer. A figure the sources do
    not give is said to be unknown, and the state's board named."""
    if aspect not in STATE_ASPECTS:
        return state_licensure_answer(catalog, state, level)
    code = state.strip().upper() if isinstance(state, str) and state.strip().upper() in US_STATES else ""
    rules = catalog.states.get(code)
    if rules is None:
        return _not_held(catalog, code)
    levels = (level,) if level in STATE_LEVELS else STATE_LEVELS
    if aspect == "issuer":
        titles = [rules.levels[name].title for name in levels if rules.levels[name].offered and level in STATE_LEVELS]
        what = f"the {titles[0]} is" if titles else "social work licences are"
        line = f"In {rules.name}, {what} issued by the {rules.board}."
        return StateAnswer(rules.code, rules.name, (line,), (rules.citation,), held=True)
    opening = STATE_ASPECTS[aspect].format(state=rules.name, board=rules.board)
    lines, citations = [opening], [rules.citation]
    for name in levels:
        rule = rules.levels[name]
        lines.append(f"- {LEVEL_NAMES[name]}: {_aspect_in_words(rule, aspect, rules.board)}")
        citations += [rule.citation, *rule.more_citations]
    return StateAnswer(rules.code, rules.name, tuple(lines), tuple(citations), held=True)


def _aspect_in_words(rule: StateLevelRule, aspect: str, board: str) -> str:
    if not rule.offered:
        return f"no licence. {rule.note}{MARK_WORDS[rule.citation.confidence]}"
    unknown = f"the sources I hold don't say; the {board} decides"
    if aspect == "exam":
        said = "no exam" if rule.exam == "none" else rule.exam or unknown
    else:
        said = experience_in_words(rule.supervised_months, rule.supervised_hours) or unknown
        said = f"supervised experience after the {rule.degree}: {said}" if rule.degree else said
        said += f". {rule.note}" if rule.note else ""
    return f"{rule.title}, {said.rstrip('.')}.{MARK_WORDS[rule.citation.confidence]}"


def level_in_words(rule: StateLevelRule) -> str:
    if not rule.offered:
        return f"no licence. {rule.note}{MARK_WORDS[rule.citation.confidence]}"
    kind = " (a voluntary certification)" if rule.voluntary else ""
    article = "an" if rule.degree == "MSW" else "a"
    parts = [f"{rule.title}{kind}, with {article} {rule.degree}"]
    if rule.exam:
        parts.append("no exam" if rule.exam == "none" else f"exam: {rule.exam}")
    experience = experience_in_words(rule.supervised_months, rule.supervised_hours)
    if experience:
        parts.append(f"supervised experience after the degree: {experience}")
    text = "; ".join(parts) + "."
    if rule.note:
        text += f" {rule.note}"
    return text + MARK_WORDS[rule.citation.confidence]


def experience_in_words(months: Optional[int], hours: Optional[int]) -> str:
    if months == 0 and not hours:
        return "none"
    amounts = []
    if months:
        amounts.append(f"at least {months} months")
    if hours:
        amounts.append(f"{hours:,} hours")
    return " and ".join(amounts)


def _not_held(catalog: Catalog, code: str) -> StateAnswer:
    name = US_STATES.get(code, "")
    opening = (
        f"I don't have {name}'s own social work licensure rules, so I won't guess them."
        if name
        else "Social work licensure is decided state by state."
    )
    general = getattr(catalog.states, "general", ())
    lines = [opening, *(f"- {text}" for text, _ in general)]
    lines.append(f"Check with {name + chr(39) + 's' if name else 'your state'} social work licensing board.")
    return StateAnswer(code, name, tuple(lines), tuple(citation for _, citation in general), held=False)
