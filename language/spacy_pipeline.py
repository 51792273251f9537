"""Build the spaCy pipeline that recognises degrees, licences, credentials, specializations and settings.

It is blank English plus an entity ruler whose patterns are every alias in the knowledge base, so nothing
is downloaded and the patterns change when the knowledge sources do. Rasa's SpacyNLP loads it by path.
Each entity's label is its type (degree, license, ...) and its id is the canonical code (BSW, RN, ...).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Dict, List

import spacy

from knowledge.paths import ROOT
from language.aliases import ENTITY_TYPES, alias_rows

DEFAULT_PIPELINE_DIR = ROOT / "build" / "spacy" / "en_case_management"


def entity_patterns(database_url: str) -> List[Dict[str, str]]:
    aliases = alias_rows(database_url, ENTITY_TYPES)
    return [{"label": kind, "pattern": alias, "id": code} for kind, code, alias in aliases]


def make_pipeline(patterns: List[Dict[str, str]]) -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.meta["name"] = "case_management"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = "Entity ruler generated from the case-management knowledge base"
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(patterns)
    return nlp


def build_pipeline(database_url: str, target: Path = DEFAULT_PIPELINE_DIR) -> Path:
    """Write the pipeline to target, replacing what was there only once the new one is complete."""
    target = Path(target)
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    make_pipeline(entity_patterns(database_url)).to_disk(staging)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return target
