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
    """Each place the text names a credential by its one issuer, as a mention of that credential."""
    found = {}
    for alias, (kind, code) in issued_by(catalog).items():
        for match in re.finditer(rf"(?<![\w.]){re.escape(alias)}(?![\w])", text, re.IGNORECASE):
            mention = Mention("license" if kind == "license" else "credential", code, match.start(), match.end())
            found[(match.start(), match.end())] = mention
    return [found[span] for span in sorted(found)]
