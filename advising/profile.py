"""A person's background as the engine sees it. Any field may be None: not known yet.

Profile.from_dict checks every value and raises ProfileError naming the field and the problem, so a bad
value can never turn silently into a wrong plan.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Iterable, Mapping, Optional, Tuple

from knowledge.catalog import Catalog
from knowledge.schema import CASE_MANAGEMENT_SETTINGS, DEGREE_FIELDS, EDUCATION_LEVELS, US_STATES

MAX_MONTHS = 600  # 50 years of work is the most anyone can have; more is a typo or a unit mix-up


class ProfileError(ValueError):
    """A profile value is unknown, of the wrong type, or out of range."""


@dataclass(frozen=True)
class Profile:
    education_level: Optional[str] = None
    degree_field: Optional[str] = None
    licenses: Optional[Tuple[str, ...]] = None  # licences and certifications held, by code
    state: Optional[str] = None  # two-letter US state code: licensure rules differ by state
    # Months are kept as said (11.5 is not 12): eligibility is decided at the rule's boundary, never rounded up.
    case_management_months: Optional[float] = None  # paid case-management work, full-time months
    case_management_setting: Optional[str] = None  # where that work was done: one of CASE_MANAGEMENT_SETTINGS
    case_management_full_time: Optional[bool] = None
    healthcare_months: Optional[float] = None  # months employed in health care, in any role
    supervised_by_ccm: Optional[bool] = None  # was the case-management experience supervised by a CCM?
    supervisor_months: Optional[float] = None  # months supervising people who provide case management
    clinical_supervision_months: Optional[float] = None  # supervised clinical practice after the master's
    field_experience: Optional[bool] = None  # did the degree include a supervised field experience?
    interests: Optional[Tuple[str, ...]] = None  # interest tags or free text
    # The people and places of one's own work, told in a story: a signal for the ranking, not a wish, so who they would
    # like to help is still asked ("I do outpatient therapy" says nothing of wanting therapy)
    work_interests: Optional[Tuple[str, ...]] = None
    # A degree still being earned ("graduating in May with my BSW"): not held, since a board counts a degree once it is
    # conferred, but finishing it is the step a plan names, with the months left when they were told.
    underway_level: Optional[str] = None
    underway_field: Optional[str] = None
    underway_months: Optional[float] = None  # months until it is conferred

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], catalog: Catalog) -> "Profile":
        if not isinstance(data, Mapping):
            raise ProfileError("a profile must be a mapping of field names to values")
        known = {f.name for f in fields(cls)}
        unknown = sorted(name if isinstance(name, str) else _shown(name) for name in data if name not in known)
        if unknown:
            raise ProfileError(
                f"unknown profile field(s): {_clipped(', '.join(unknown), 200)}; known: {', '.join(sorted(known))}"
            )
        values = {}
        for name, value in data.items():
            if value is None:
                continue
            if name == "education_level":
                values[name] = _choice(name, value, EDUCATION_LEVELS)
            elif name == "underway_level":
                values[name] = _choice(name, value, EDUCATION_LEVELS[1:])  # a degree: high school is not one
            elif name in ("degree_field", "underway_field"):
                values[name] = _choice(name, value, DEGREE_FIELDS)
            elif name == "licenses":
                values[name] = _licenses(value, catalog)
            elif name == "state":
                values[name] = _state(value)
            elif name == "case_management_setting":
                values[name] = _choice(name, value, CASE_MANAGEMENT_SETTINGS)
            elif name.endswith("_months"):
                values[name] = _months(name, value)
            elif name in ("supervised_by_ccm", "field_experience", "case_management_full_time"):
                if not isinstance(value, bool):
                    raise ProfileError(f"{name} must be true, false or unknown (null), not {_shown(value)}")
                values[name] = value
            elif name in ("interests", "work_interests"):
                values[name] = _texts(name, value)
        return cls(**values)

    def to_dict(self) -> dict:
        data = asdict(self)
        for name in ("licenses", "interests", "work_interests"):
            if data[name] is not None:
                data[name] = list(data[name])
        return data

    def with_changes(self, **changes) -> "Profile":
        return replace(self, **changes)

    def unknown_fields(self) -> Tuple[str, ...]:
        return tuple(f.name for f in fields(self) if getattr(self, f.name) is None)

    def holds(self, code: str) -> bool:
        return code in (self.licenses or ())


def education_rank(level: Optional[str]) -> int:
    return EDUCATION_LEVELS.index(level) if level in EDUCATION_LEVELS else -1


def _choice(name: str, value: Any, allowed: Iterable[str]) -> str:
    normalised = value.strip().lower().replace(" ", "_").replace("-", "_") if isinstance(value, str) else None
    if normalised not in allowed:
        raise ProfileError(f"{name} must be one of {', '.join(allowed)}, not {_shown(value)}")
    return normalised


def _state(value: Any) -> str:
    code = value.strip().upper() if isinstance(value, str) else None
    if code not in US_STATES:
        by_name = {name.lower(): key for key, name in US_STATES.items()}
        code = by_name.get(value.strip().lower()) if isinstance(value, str) else None
    if code is None:
        raise ProfileError(f"state must be a US state's two-letter code or name, not {_shown(value)}")
    return code


def _months(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ProfileError(f"{name} must be a number of months, not {_shown(value)}")
    if value != value or value < 0:
        raise ProfileError(f"{name} cannot be negative ({_shown(value)})")
    if value > MAX_MONTHS:
        raise ProfileError(f"{name} of {_shown(value)} months is more than {MAX_MONTHS // 12} years; please check it")
    return float(value)


def _licenses(value: Any, catalog: Catalog) -> Tuple[str, ...]:
    codes = _texts("licenses", value)
    result = []
    for code in codes:
        canonical = code.strip().upper()
        if canonical not in catalog.credentials:
            raise ProfileError(
                f"licenses: unknown licence or certification {_shown(code)}; "
                f"known: {', '.join(sorted(catalog.credentials))}"
            )
        if canonical not in result:
            result.append(canonical)
    return tuple(result)


def _texts(name: str, value: Any) -> Tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ProfileError(f"{name} must be a list of strings, not {_shown(value)}")
    return tuple(v.strip() for v in value if v.strip())


def _shown(value: Any) -> str:
    """A value as an error quotes it: short (it may be a whole message, and errors get logged), and never failing
    (repr() refuses an int of over 4,300 digits, and a list nested too deep)."""
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 - a description is enough
        text = f"<a {type(value).__name__} too large to show>"
    return _clipped(text, 60)


def _clipped(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
