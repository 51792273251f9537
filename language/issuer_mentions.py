"""A credential named by the body that issues it ("does CCMC want a year first?", "the ACMA one"): the certifying
bodies are no entities of the NLU, so a question that names only the issuer would name nothing.

Only a body that issues exactly one credential names it (CCMC the CCM, CRCC the CRC); the state boards and the ASWB
stand for many and name none.
"""

from __future__ import annotations

import re
from typing import Dict, List

from knowledge.catalog import Catalog
from language.profile_extraction import Mention


def issued_by(catalog: Catalog) -> Dict[str, tuple]:
    """Alias of a body that issues one credential -> (kind, credential code)."""
    bodies = catalog.vocabulary.get("organization", {})
    issued: Dict[str, List[tuple]] = {}
    for credential in catalog.credentials.values():
        body = bodies.get((credential.issuer or "").lower())
        if body:
            issued.setdefault(body, []).append((credential.kind, credential.code))
    return {alias: issued[body][0] for alias, body in bodies.items() if len(issued.get(body, ())) == 1}


def credentials_named_by_issuer(text: str, catalog: Catalog) -> List[Mention]:
    """Each place the text names a credential by its one issuer, as a mention of that credential. The longest name
    wins where two overlap ("the Commission on Rehabilitation Counselor Certification" is not "the commission")."""
    spans = [
        (match.start(), match.end(), kind, code)
        for alias, (kind, code) in issued_by(catalog).items()
        for match in re.finditer(rf"(?<![\w.]){re.escape(alias)}(?![\w])", text, re.IGNORECASE)
    ]
    kept: List[tuple] = []
    for start, end, kind, code in sorted(spans, key=lambda span: span[0] - span[1]):  # longest first
        if all(end <= other[0] or start >= other[1] for other in kept):
            kept.append((start, end, kind, code))
    return [
        Mention("license" if kind == "license" else "credential", code, start, end)
        for start, end, kind, code in sorted(kept)
    ]
