"""The shape of the knowledge source files (knowledge/sources/*.yml), checked before anything is built.

Every model forbids unknown keys, so a misspelt field is an error rather than a silently ignored fact.
Cross-references (a source id, a licence code, a degree field) are checked afterwards, in validate.py.
"""

from __future__ import annotations

from datetime import date
from typing import Dict, List, Optional

from pydantic import BaseModel, Field, conint, constr, root_validator, validator

EDUCATION_LEVELS = ("high_school", "associate", "bachelor", "master", "doctorate")
DEGREE_FIELDS = (
    "social_work",
    "nursing",
    "psychology",
    "human_services",
    "rehabilitation_counseling",
    "counseling",
    "other",
)
SPECIALIZATIONS = ("healthcare", "mental_health", "social_work", "vocational_rehabilitation")
# Where case-management work was done; health_system = employed by a hospital or health system (ACMA's "Health
# Delivery System"), payer = an insurer or health plan.
CASE_MANAGEMENT_SETTINGS = ("health_system", "payer", "community_agency", "school", "other")
US_STATES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}
EXPERIENCE_KINDS = (
    "case_management",
    "health_system_case_management",
    "supervising_case_management",
    "clinical_social_work",
    "rn_practice",
    "counseling_supervised",
)
CONFIDENCE = ("C", "S", "U")
ASPECTS = (
    "overview",
    "duties",
    "settings",
    "populations",
    "goal",
    "difference",
    "education",
    "accreditation",
    "experience",
    "skills",
    "licensure",
    "eligibility",
    "exam",
    "cost",
    "renewal",
    "employers",
    "outlook",
    "salary",
)

Code = constr(strip_whitespace=True, min_length=1, max_length=40)
Text = constr(strip_whitespace=True, min_length=1)


class Strict(BaseModel):
    class Config:
        extra = "forbid"
        anystr_strip_whitespace = True


def _only(allowed, rule: str):
    """A validator that refuses a value not in `allowed`, saying the rule and the value."""

    def check(cls, value):
        if value is not None and value not in allowed:
            raise ValueError(f"{rule}, not {value!r}")
        return value

    return check


def _one_of(what: str, allowed):
    """A validator that refuses a value not in `allowed`, naming what it is and the values it may take."""
    return _only(allowed, f"{what} must be one of {', '.join(allowed)}")


_check_confidence = _one_of("confidence", CONFIDENCE)


class Cited(Strict):
    source: Code
    confidence: Optional[str] = None
    as_of: Optional[date] = None

    _confidence = validator("confidence", allow_reuse=True)(_check_confidence)


class FactIn(Cited):
    """A statement. `quote` is verbatim from a guide section; `text` is our own wording of a source."""

    aspect: str
    text: Optional[Text] = None
    quote: Optional[Text] = None

    @validator("aspect")
    def _known_aspect(cls, value):
        if value not in ASPECTS:
            raise ValueError(f"unknown aspect {value!r}; use one of {', '.join(ASPECTS)}")
        return value

    @root_validator(skip_on_failure=True)
    def _text_or_quote(cls, values):
        if not values.get("text") and not values.get("quote"):
            raise ValueError("a fact needs `text` or `quote`")
        return values


class SourceIn(Strict):
    id: Code
    kind: str
    title: Optional[Text] = None
    section: Optional[Text] = None
    url: Optional[Text] = None
    as_of: Optional[date] = None
    confidence: Optional[str] = None

    _confidence = validator("confidence", allow_reuse=True)(_check_confidence)

    @root_validator(skip_on_failure=True)
    def _kind_fields(cls, values):
        kind = values.get("kind")
        if kind == "guide_section" and not values.get("section"):
            raise ValueError("a guide_section needs `section` (its heading in the guide)")
        if kind == "web_page" and not (values.get("url") and values.get("title") and values.get("as_of")):
            raise ValueError("a web_page needs `url`, `title` and `as_of`")
        if kind not in ("guide_section", "web_page"):
            raise ValueError(f"kind must be guide_section or web_page, not {kind!r}")
        return values


class GuideIn(Strict):
    title: Text
    file: Text
    as_of: date
    confidence: str

    _confidence = validator("confidence", allow_reuse=True)(_check_confidence)


class SourcesFile(Strict):
    guide: GuideIn
    sources: list  # each entry is checked as a SourceIn, so that an error can name it


class Entity(Strict):
    code: Code
    name: Text
    aliases: List[Text] = Field(default_factory=list)
    source: Optional[Code] = None
    facts: List[FactIn] = Field(default_factory=list)


class PathwayIn(Strict):
    degrees: List[Code] = Field(default_factory=list)
    credentials: List[Code] = Field(default_factory=list)


class SignalsIn(Strict):
    degree_fields: Dict[str, conint(strict=True, ge=0, le=10)] = Field(default_factory=dict)
    licenses: Dict[str, conint(strict=True, ge=0, le=10)] = Field(default_factory=dict)
    interests: Dict[str, conint(strict=True, ge=0, le=10)] = Field(default_factory=dict)
    healthcare_experience: conint(strict=True, ge=0, le=10) = 0
    # where the person does case management now ("at a hospital")
    case_management_settings: Dict[str, conint(strict=True, ge=0, le=10)] = Field(default_factory=dict)

    @validator("case_management_settings")
    def _known_settings(cls, weights):
        unknown = sorted(set(weights) - set(CASE_MANAGEMENT_SETTINGS))
        if unknown:
            raise ValueError(
                f"case_management_settings: {', '.join(unknown)} must be one of {', '.join(CASE_MANAGEMENT_SETTINGS)}"
            )
        return weights


class SpecializationIn(Entity):
    summary: Text
    source: Code
    pathway: PathwayIn
    signals: SignalsIn


class InterestIn(Strict):
    code: Code
    kind: str
    name: Text
    aliases: List[Text]

    _kind = validator("kind", allow_reuse=True)(
        _only(("setting", "population", "work"), "kind must be setting, population or work")
    )


class DegreeIn(Entity):
    level: str
    field: str
    accredited_by: Optional[Code] = None
    source: Code

    _level = validator("level", allow_reuse=True)(_one_of("level", EDUCATION_LEVELS))

    _field = validator("field", allow_reuse=True)(_one_of("field", DEGREE_FIELDS))


class ProgramIn(Cited):
    """A way to earn a degree, with its typical length where a public source gives one (else unknown)."""

    code: Code
    name: Text
    degree: Code  # the degree it leads to
    months: Optional[conint(strict=True, ge=1, le=120)] = None
    months_max: Optional[conint(strict=True, ge=1, le=120)] = None
    requires_license: Optional[Code] = None  # e.g. the LPN licence for an LPN-to-RN bridge
    requires_degree: Optional[Code] = None  # e.g. a BSW for MSW advanced standing
    length_text: Optional[Text] = None  # how the source says the length


class OrganizationIn(Strict):
    code: Code
    name: Text
    aliases: List[Text] = Field(default_factory=list)
    source: Code


class StateMonthsIn(Cited):
    """A state's own figure for an experience requirement (e.g. Texas' 18-month minimum for the LPC)."""

    months: conint(strict=True, ge=1, le=240)


class ExperienceIn(Strict):
    kind: str
    months: conint(strict=True, ge=1, le=240)
    supervised_by: Optional[Code] = None
    # The setting the rule names (e.g. ACM: employed by a health delivery system); months elsewhere are for the
    # issuer to judge, so they give check_with_issuer rather than a yes or a no.
    setting: Optional[str] = None
    full_time: bool = False  # the rule says full-time; part-time months are for the issuer to judge
    by_state: Dict[str, StateMonthsIn] = Field(default_factory=dict)

    _setting = validator("setting", allow_reuse=True)(_one_of("setting", CASE_MANAGEMENT_SETTINGS))

    @validator("by_state")
    def _states(cls, value):
        for code in value:
            if code not in US_STATES:
                raise ValueError(f"by_state: unknown state {code!r}")
        return value

    _kind = validator("kind", allow_reuse=True)(_one_of("experience kind", EXPERIENCE_KINDS))


class NotAcceptedIn(Cited):
    """A licence people often expect to count for a route, and why it does not."""

    code: Code
    reason: Text


class RouteIn(Cited):
    code: Code
    label: Text
    min_education: Optional[str] = None
    degree_fields: Optional[List[str]] = None
    field_experience: bool = False
    licenses_any: List[Code] = Field(default_factory=list)
    experience: List[ExperienceIn] = Field(default_factory=list)
    note: Optional[Text] = None
    not_accepted: List[NotAcceptedIn] = Field(default_factory=list)
    # Requirements a profile cannot express (continuing education, current employment...): never assumed met.
    unverifiable: List[Text] = Field(default_factory=list)
    # A social-work licence level whose title and supervised months a state's rules replace.
    state_level: Optional[str] = None

    _state_level = validator("state_level", allow_reuse=True)(
        _only(("bachelor", "master", "clinical"), "state_level must be bachelor, master or clinical")
    )

    _level = validator("min_education", allow_reuse=True)(_one_of("min_education", EDUCATION_LEVELS))

    _fields = validator("degree_fields", each_item=True, allow_reuse=True)(_one_of("degree field", DEGREE_FIELDS))

    @root_validator(skip_on_failure=True)
    def _asks_something(cls, values):
        if not (values.get("min_education") or values.get("licenses_any") or values.get("experience")):
            raise ValueError("a route must ask for a degree, a licence or experience")
        if values.get("degree_fields") and not values.get("min_education"):
            raise ValueError("degree_fields needs min_education")
        return values


class RequirementIn(Strict):
    name: Text
    any_of: List[RouteIn] = Field(min_items=1)


class CitedText(Cited):
    text: Text


class CostIn(CitedText):
    usd: conint(strict=True, ge=0, le=100_000)


class ValidityIn(CitedText):
    months: conint(strict=True, ge=1, le=240)
    ce_hours: conint(strict=True, ge=0, le=1000)


class ImpliedDegreeIn(Strict):
    level: str
    fields: List[str] = Field(min_items=1)  # the degree is in one of these fields

    _level = validator("level", allow_reuse=True)(_one_of("level", EDUCATION_LEVELS))

    _fields = validator("fields", each_item=True, allow_reuse=True)(_one_of("degree field", DEGREE_FIELDS))


class ImpliesIn(Cited):
    """What holding a credential proves: the degree it was issued on, and lower credentials it includes."""

    degree: Optional[ImpliedDegreeIn] = None
    credentials: List[Code] = Field(default_factory=list)


class CredentialIn(Entity):
    kind: str
    issuer: Optional[Code] = None
    source: Code
    exam: Optional[CitedText] = None
    cost: Optional[CostIn] = None
    validity: Optional[ValidityIn] = None
    eligibility: List[RequirementIn] = Field(default_factory=list)
    implies: Optional[ImpliesIn] = None

    _kind = validator("kind", allow_reuse=True)(
        _only(("license", "certification"), "kind must be license or certification")
    )


class TopicIn(Entity):
    pass


class SkillIn(Cited):
    code: Code
    name: Text
    quote: Text


class SalaryRangeIn(Cited):
    specialization: Code
    low_usd: conint(strict=True, ge=0, le=1_000_000)
    high_usd: conint(strict=True, ge=0, le=1_000_000)
    basis: Text
    open_high: bool = False

    @root_validator(skip_on_failure=True)
    def _ordered(cls, values):
        if values["low_usd"] > values["high_usd"]:
            raise ValueError("low_usd is above high_usd")
        return values


class OutlookIn(Cited):
    occupation: Text
    growth_percent: conint(strict=True, ge=-100, le=100)
    period: Text
    qualifier: Optional[Text] = None


class VocabularyIn(Strict):
    code: Code
    aliases: List[Text] = Field(min_items=1)


STATE_LEVELS = ("bachelor", "master", "clinical")
STATE_LEVEL_DEGREES = {"bachelor": "BSW", "master": "MSW", "clinical": "MSW"}


class StateLevelIn(Cited):
    """One level of a state's social work licensure. `offered: false` where the state has none at that level."""

    offered: bool
    voluntary: bool = False
    title: Optional[Code] = None
    aliases: List[Text] = Field(default_factory=list)
    degree: Optional[str] = None
    exam: Optional[Text] = None
    supervised_months: Optional[conint(strict=True, ge=0, le=120)] = None
    supervised_hours: Optional[conint(strict=True, ge=0, le=20_000)] = None
    note: Optional[Text] = None
    also: List[Code] = Field(default_factory=list)

    @validator("confidence", always=True)
    def _confidence_required(cls, value):
        if value is None:
            raise ValueError("each level needs its own confidence (C, S or U)")
        return value

    _degree = validator("degree", allow_reuse=True)(_only(("BSW", "MSW"), "degree must be BSW or MSW"))

    @root_validator(skip_on_failure=True)
    def _offered_or_not(cls, values):
        if values.get("offered"):
            if not values.get("title") or not values.get("degree"):
                raise ValueError("an offered level needs its `title` and `degree`")
        else:
            stated = [
                k for k in ("title", "exam", "supervised_months", "supervised_hours") if values.get(k) is not None
            ]
            if stated or values.get("aliases") or values.get("voluntary"):
                raise ValueError(f"a level that is not offered cannot have {', '.join(stated) or 'aliases'}")
            if not values.get("note"):
                raise ValueError("a level that is not offered needs a `note` saying so")
        return values


class BoardIn(Strict):
    name: Text
    source: Code


class StateIn(Strict):
    code: Code
    board: BoardIn
    bachelor: StateLevelIn
    master: StateLevelIn
    clinical: StateLevelIn

    _code = validator("code", allow_reuse=True)(_only(US_STATES, "code must be a US state's two-letter code"))

    @root_validator(skip_on_failure=True)
    def _degree_of_each_level(cls, values):
        for level in STATE_LEVELS:
            degree = values[level].degree
            if degree is not None and degree != STATE_LEVEL_DEGREES[level]:
                raise ValueError(f"{level}: degree must be {STATE_LEVEL_DEGREES[level]}, not {degree}")
        return values


class StateGeneralIn(Cited):
    """What holds for a state that is not in the table."""

    text: Text


# file name -> {top-level key: model of one entry}
FILES = {
    "specializations.yml": {"specializations": SpecializationIn},
    "interests.yml": {"interests": InterestIn},
    "degrees.yml": {"degrees": DegreeIn, "programs": ProgramIn},
    "organizations.yml": {"organizations": OrganizationIn},
    "credentials.yml": {"credentials": CredentialIn},
    "topics.yml": {"topics": TopicIn},
    "skills.yml": {"skills": SkillIn},
    "labor_market.yml": {"salary_ranges": SalaryRangeIn, "outlook_figures": OutlookIn},
    "vocabulary.yml": {
        "education_levels": VocabularyIn,
        "degree_fields": VocabularyIn,
        "case_management_settings": VocabularyIn,
    },
    "states.yml": {"states": StateIn, "default": StateGeneralIn},
}
