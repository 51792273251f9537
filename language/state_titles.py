"""A social-work licence said by the title its state gives a lower level: Massachusetts's "LCSW" is the Licensed
Certified Social Worker, its master's licence, not the clinical one other states call by those letters. Read as the
clinical licence, it would tell a master's-level social worker they hold what a board has not granted."""

from typing import Mapping, Optional, Sequence

from advising.state_licensure import license_title_level
from knowledge.schema import STATE_LEVELS


def _code_of_each_level(catalog) -> Mapping[str, str]:
    return {
        route.state_level: code
        for code, credential in catalog.credentials.items()
        for group in credential.requirements
        for route in group.routes
        if route.state_level
    }


def as_the_state_names_them(licences: Sequence[str], said_as: Mapping[str, set], state: Optional[str], catalog) -> list:
    """Each licence held, as the lower level its state gives the title it was said by (only lower: a title that
    names a higher level there, as Pennsylvania's master's-level LSW, is left as said)."""
    codes = _code_of_each_level(catalog)
    levels = {code: level for level, code in codes.items()}
    named = []
    for code in licences:
        said = {license_title_level(catalog, state, name) for name in said_as.get(code) or ()}
        meant = said.pop() if len(said) == 1 else None
        lower = (
            meant in levels.values() and code in levels and STATE_LEVELS.index(meant) < STATE_LEVELS.index(levels[code])
        )
        named.append(codes[meant] if lower else code)
    return list(dict.fromkeys(named))
