"""Rank the four specializations for a person, with the reasons that led there.

Each specialization's signals (knowledge/sources/specializations.yml) give a weight to a degree field, a
licence, an interest or health-care experience; the score is the sum of the weights that the profile matches.
Ties keep the order of the source file, so the ranking is deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Tuple

from advising.profile import Profile
from knowledge.catalog import Catalog, Interest


@dataclass(frozen=True)
class Reason:
    factor: str  # degree_field | license | interest | healthcare_experience
    value: str
    weight: int
    text: str

    def to_dict(self) -> dict:
        return {"factor": self.factor, "value": self.value, "weight": self.weight, "text": self.text}


@dataclass(frozen=True)
class RankedSpecialization:
    code: str
    name: str
    reasons: Tuple[Reason, ...]

    @property
    def score(self) -> int:
        return sum(reason.weight for reason in self.reasons)

    def to_dict(self) -> dict:
        return {
            "specialization": self.code,
            "name": self.name,
            "score": self.score,
            "reasons": [r.to_dict() for r in self.reasons],
        }


# "patients being discharged" says discharge; short aliases ("dv", "psych") take no ending ("dvd", "psyched").
ENDINGS = r"(?:s|es|d|ed|ing)?"
MIN_LENGTH_FOR_ENDINGS = 6


@lru_cache(maxsize=None)
def _alias_pattern(alias: str) -> re.Pattern:
    """Compiled once per alias: there are more aliases than re's own cache holds, and ranking runs every turn."""
    ending = ENDINGS if len(alias) >= MIN_LENGTH_FOR_ENDINGS and alias[-1].isalpha() else ""
    return re.compile(r"(?<![\w])" + re.escape(alias) + ending + r"(?![\w])")


def match_interests(texts, interests: Dict[str, Interest]) -> Dict[str, str]:
    """Interest code -> the words of the person that matched it. Texts are tags (codes) or free text.

    The longest words win: "nursing home" is long-term care, not also nursing as a kind of work."""
    found: Dict[str, str] = {}
    for text in texts or ():
        lowered = text.strip().lower()
        if lowered in interests:
            found.setdefault(lowered, interests[lowered].name)
            continue
        spans = []
        for code, interest in interests.items():
            for alias in interest.aliases:
                for match in _alias_pattern(alias).finditer(lowered):
                    spans.append((match.start(), match.end(), code, alias))
        kept = []
        for start, end, code, alias in sorted(spans, key=lambda span: span[0] - span[1]):  # longest first
            if all(code == other or end <= s or start >= e for s, e, other, _ in kept):
                kept.append((start, end, code, alias))
        words: Dict[str, str] = {}
        for *_, code, alias in kept:
            words.setdefault(code, alias)
        for code in interests:  # in the knowledge base's order, as before
            if code in words:
                found.setdefault(code, words[code])
    return found


def rank_specializations(profile: Profile, catalog: Catalog) -> List[RankedSpecialization]:
    matched = match_interests(profile.interests, catalog.interests)
    ranked = []
    for position, spec in enumerate(catalog.specializations):
        reasons: List[Reason] = []
        field_weights = spec.signals.get("degree_field", {})
        if profile.degree_field in field_weights:
            field = profile.degree_field.replace("_", " ")
            reasons.append(
                Reason(
                    "degree_field",
                    profile.degree_field,
                    field_weights[profile.degree_field],
                    f"your degree is in {field}",
                )
            )
        for code in profile.licenses or ():
            weight = spec.signals.get("license", {}).get(code)
            if weight:
                reasons.append(Reason("license", code, weight, f"you hold the {code}"))
        for code, words in matched.items():
            weight = spec.signals.get("interest", {}).get(code)
            if weight:
                reasons.append(Reason("interest", code, weight, f"you are drawn to {words}"))
        health_weight = spec.signals.get("healthcare_experience", {}).get("healthcare_months")
        if health_weight and (profile.healthcare_months or 0) > 0:
            reasons.append(
                Reason(
                    "healthcare_experience",
                    f"{profile.healthcare_months:g}",
                    health_weight,
                    f"you have {profile.healthcare_months:g} months of work in health care",
                )
            )
        reasons.sort(key=lambda r: -r.weight)
        ranked.append((position, RankedSpecialization(spec.code, spec.name, tuple(reasons))))
    return [item for _, item in sorted(ranked, key=lambda entry: (-entry[1].score, entry[0]))]
