"""Rank the four specializations for a person, with the reasons that led there.

Each specialization's signals (knowledge/sources/specializations.yml) give a weight to a degree field, a
licence, an interest, health-care experience or where one does case management; the score is the sum of the weights
that the profile matches, the degree and the licences counting once (at the largest). Ties keep the order of the
source file, so the ranking is deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Tuple

from advising.profile import Profile
from knowledge.catalog import Catalog, Interest
from language.wording import SETTING_WORDS


@dataclass(frozen=True)
class Reason:
    factor: str  # named | degree_field | license | interest | work | healthcare_experience | setting
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
    words = re.escape(alias).replace(r"\ ", r"[\s-]+")  # "getting-back-to-work" says "back to work"
    return re.compile(r"(?<![\w])" + words + ending + r"(?![\w])")


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


# A specialization the person names as what they want ("I want to stay in social work", "vocational rehab is what I
# want") is ranked first: it outweighs every signal of their background together.
NAMED_WEIGHT = 50
# Words that may stand just before a specialization's name when it is named outright; any other word qualifies it
# ("school social work", "medical social work" name a setting's work, not social work as such).
PLAIN_BEFORE = frozenset(
    "and or in into to do doing maybe stay staying mostly just only like love want more some the a general eventually"
    " probably getting back of with for work working is what i also about toward towards considering at pursue"
    " pursuing seeking targeting applying".split()
)
# Words after a specialization's name that make it a description: "mental health conditions", "social work
# students", "healthcare workers"
QUALIFIES_AFTER = re.compile(
    r"^\W*(?:conditions?|issues?|problems?|diagnos[ie]s|challenges?|needs|disorders?|struggles?|symptoms?|concerns?"
    r"|crisis|crises|emergenc(?:y|ies)|clients?|patients?|consumers?|students?|workers?|staff|techs?|technicians?)\b"
)
CM = re.compile(r"\bcm\b")
# "a master's in social work", "should I major in psychology or social work": a degree's subject, not a wish
DEGREE_BEFORE = re.compile(
    r"\b(?:degree|bachelor'?s?|master'?s?|associate'?s?|major(?:ed|ing)?|minor(?:ing)?|studied|study|studying)\W+"
    r"(?:in\W+)?(?:[\w'-]+(?:\s+[\w'-]+)?\s+(?:or|vs\.?|versus)\s+)?$"
)


def _a_kind_of_nurse_cm(alias: str, words_before: List[str]) -> bool:
    """ "a workers comp nurse case manager" is still a nurse case manager; "my son's nurse case manager" is a person."""
    said_before = words_before[-1]
    return alias.startswith("nurs") and said_before not in POSSESSIVES and not said_before.endswith("'s")


POSSESSIVES = frozenset("my our her his their your its this that these those whose".split())


def named_specializations(texts, vocabulary: Dict[str, str]) -> Dict[str, str]:
    """Specialization code -> the words that named it outright, in free-text interests (vocabulary: alias -> code)."""
    found: Dict[str, str] = {}
    for text in texts or ():
        lowered = CM.sub("case management", str(text).strip().lower())  # "hospital CM" names hospital case management
        taken: List[Tuple[int, int]] = []
        for alias in sorted(vocabulary, key=len, reverse=True):  # "vocational rehab" before "vocational"
            for match in _alias_pattern(alias).finditer(lowered):
                if any(match.start() < e and s < match.end() for s, e in taken):
                    continue
                taken.append((match.start(), match.end()))
                words_before = re.findall(r"[\w'-]+", lowered[: match.start()])
                plain = not words_before or words_before[-1] in PLAIN_BEFORE
                if not plain and not _a_kind_of_nurse_cm(alias, words_before):
                    continue
                if DEGREE_BEFORE.search(lowered[: match.start()]):
                    continue
                if QUALIFIES_AFTER.match(lowered[match.end() :]):
                    continue  # "people with mental health conditions" names whom to help, not a field chosen
                found.setdefault(vocabulary[alias], alias)
    return found


def _training_reasons(profile: Profile, signals) -> List[Reason]:
    """The degree's field and the licences held. They count once, at the largest weight: an LMSW holds an MSW, and
    both say "social worker"; the others stay as reasons, weighing nothing more."""
    reasons: List[Reason] = []
    field_weight = signals.get("degree_field", {}).get(profile.degree_field or "")
    if field_weight:
        field = profile.degree_field.replace("_", " ")
        reasons.append(Reason("degree_field", profile.degree_field, field_weight, f"your degree is in {field}"))
    underway_weight = signals.get("degree_field", {}).get(profile.underway_field or "")
    if underway_weight and profile.underway_field != profile.degree_field:
        field = profile.underway_field.replace("_", " ")
        reasons.append(
            Reason("degree_field", profile.underway_field, underway_weight, f"the degree you are earning is in {field}")
        )
    for code in profile.licenses or ():
        weight = signals.get("license", {}).get(code)
        if weight:
            reasons.append(Reason("license", code, weight, f"you hold the {code}"))
    strongest = max(reasons, key=lambda r: r.weight, default=None)
    return [r if r is strongest else Reason(r.factor, r.value, 0, r.text) for r in reasons]


def _healthcare_months(profile: Profile) -> float:
    """Months employed in health care: case management done for a hospital or health system is such work too."""
    in_a_health_system = profile.case_management_months if profile.case_management_setting == "health_system" else 0
    return max(profile.healthcare_months or 0, in_a_health_system or 0)


# what vocational rehabilitation is for: a disability named with one of these is about work
WORK_WISHES = frozenset({"employment", "job_coaching", "vocational_training", "workers_compensation"})


def _disability_beside_old_age(matched, worked) -> bool:
    """ "older adults and adults with physical disabilities who want to stay in their own homes": disability named
    beside old age, and nothing said of work, is long-term care, not vocational rehabilitation (the five people of the
    read sets who said so were placed in social work or health care, none in vocational rehabilitation)."""
    said = set(matched) | set(worked)
    return {"disabilities", "older_adults"} <= set(matched) and not said & WORK_WISHES


def rank_specializations(profile: Profile, catalog: Catalog) -> List[RankedSpecialization]:
    matched = match_interests(profile.interests, catalog.interests)
    worked = {
        code: words
        for code, words in match_interests(profile.work_interests, catalog.interests).items()
        if code not in matched
    }
    if _disability_beside_old_age(matched, worked):
        matched = {code: words for code, words in matched.items() if code != "disabilities"}
    named = named_specializations(profile.interests, catalog.vocabulary.get("specialization", {}))
    ranked = []
    for position, spec in enumerate(catalog.specializations):
        reasons: List[Reason] = []
        if spec.code in named:
            reasons.append(Reason("named", spec.code, NAMED_WEIGHT, f"you named {named[spec.code]} as what you want"))
        reasons += _training_reasons(profile, spec.signals)
        for kind, found, said in (("interest", matched, "you are drawn to"), ("work", worked, "your work is in")):
            for code, words in found.items():
                weight = spec.signals.get("interest", {}).get(code)
                if weight:
                    reasons.append(Reason(kind, code, weight, f"{said} {words}"))
        health_weight = spec.signals.get("healthcare_experience", {}).get("healthcare_months")
        health_months = _healthcare_months(profile)
        if health_weight and health_months > 0:
            reasons.append(
                Reason(
                    "healthcare_experience",
                    f"{health_months:g}",
                    health_weight,
                    f"you have {health_months:g} months of work in health care",
                )
            )
        setting_weight = spec.signals.get("case_management_setting", {}).get(profile.case_management_setting or "")
        if setting_weight and (profile.case_management_months or 0) > 0:
            place = SETTING_WORDS[profile.case_management_setting]
            reasons.append(
                Reason("setting", profile.case_management_setting, setting_weight, f"you do case management at {place}")
            )
        reasons.sort(key=lambda r: -r.weight)
        ranked.append((position, RankedSpecialization(spec.code, spec.name, tuple(reasons))))
    # a tie goes to the field of what the person does and wants, over the one only their degree's subject points to
    return [
        item for _, item in sorted(ranked, key=lambda entry: (-entry[1].score, -_beyond_the_degree(entry[1]), entry[0]))
    ]


def _beyond_the_degree(ranked: RankedSpecialization) -> int:
    """The weight of a specialization's reasons other than the degree's subject (wishes, work, licences, time)."""
    return sum(reason.weight for reason in ranked.reasons if reason.factor != "degree_field")
