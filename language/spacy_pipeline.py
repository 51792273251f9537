"""Build the spaCy pipeline that recognises degrees, licences, credentials, specializations and settings.

It is blank English plus an entity ruler whose patterns are every alias in the knowledge base, so nothing
is downloaded and the patterns change when the knowledge sources do. Rasa's SpacyNLP loads it by path.
Each entity's label is its type (degree, license, ...) and its id is the canonical code (BSW, RN, ...).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Dict, Iterable, List, Optional

import spacy

from knowledge.paths import ROOT
from language.aliases import ENTITY_TYPES, alias_rows
from language.typos import KNOWN_SLIPS, typo_norms, words_in

DEFAULT_PIPELINE_DIR = ROOT / "build" / "spacy" / "en_case_management"
DOTTED = re.compile(r"(?:[a-z]\.){2,}")


def entity_patterns(database_url: str) -> List[Dict[str, str]]:
    aliases = alias_rows(database_url, ENTITY_TYPES)
    return [{"label": kind, "pattern": alias, "id": code} for kind, code, alias in aliases]


def make_pipeline(patterns: List[Dict[str, str]], norms: Optional[Dict[str, str]] = None) -> spacy.language.Language:
    """A blank English pipeline whose entity ruler matches the patterns' words in any case, and each misspelling in
    `norms` as the word it misspells (a token's NORM; the table takes effect once the pipeline is saved and loaded)."""
    nlp = spacy.blank("en")
    nlp.meta["name"] = "case_management"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = "Entity ruler generated from the case-management knowledge base"
    if norms:
        nlp.vocab.lookups.add_table("lexeme_norm", norms)
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "NORM"})
    ruler.add_patterns(patterns)
    return nlp


def dotted_norms(aliases: Iterable[str]) -> Dict[str, str]:
    """{'C.D.M.S.': 'cdms', ...}: written in capitals, dotted letters are one token ("my cousin put C.D.M.S. after her
    name"), which the alias 'c.d.m.s.' (two tokens in lower case) does not match; read as the letters alone."""
    dotted = {alias for alias in aliases if DOTTED.fullmatch(alias)}
    return {form: alias.replace(".", "") for alias in dotted for form in (alias, alias.upper())}


def build_pipeline(database_url: str, target: Path = DEFAULT_PIPELINE_DIR) -> Path:
    """Write the pipeline to target, replacing what was there only once the new one is complete."""
    target = Path(target)
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    patterns = entity_patterns(database_url)
    norms = typo_norms((p["pattern"] for p in patterns), words_in(ROOT / "data" / "nlu"))
    norms.update(dotted_norms(p["pattern"] for p in patterns))
    norms.update({form: word for slip, word in KNOWN_SLIPS.items() for form in (slip, slip.capitalize())})
    make_pipeline(patterns, norms).to_disk(staging)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return target
