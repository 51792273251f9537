"""The spaCy pipeline built from the knowledge base recognises what people type and what speech-to-text writes."""
from __future__ import annotations

import pytest
import spacy

from language.spacy_pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp(database_url, tmp_path_factory):
    return spacy.load(build_pipeline(database_url, tmp_path_factory.mktemp("spacy") / "pipeline"))


def entities(nlp, text):
    return [(e.label_, e.ent_id_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I'm an RN with a BSN and three years on a med-surg floor", [("LICENSE", "RN"), ("DEGREE", "BSN"), ("SETTING", "hospitals")]),
        ("im an rn with a bsn", [("LICENSE", "RN"), ("DEGREE", "BSN")]),
        ("i have a b s w and want my l c s w", [("DEGREE", "BSW"), ("LICENSE", "LCSW")]),
        ("um so like i got my bachelor of social work last may", [("DEGREE", "BSW")]),
        ("what is the c c m", [("CREDENTIAL", "CCM")]),
        ("how do i get the ccm or the acm", [("CREDENTIAL", "CCM"), ("CREDENTIAL", "ACM")]),
        ("Certified Rehabilitation Counselor", [("CREDENTIAL", "CRC")]),
        ("im an l p n at a nursing home", [("LICENSE", "LPN"), ("SETTING", "home_health")]),
        ("tell me about voc rehab", [("SPECIALIZATION", "vocational_rehabilitation")]),
        ("Mental Health case management vs healthcare", [("SPECIALIZATION", "mental_health"), ("SPECIALIZATION", "healthcare")]),
        ("i have a masters in social work", [("DEGREE", "MSW")]),
        ("working at an insurance company", [("SETTING", "insurance")]),
        ("i like pizza", []),
    ],
)
def test_entities(nlp, text, expected):
    assert entities(nlp, text) == expected


def test_every_entity_type_has_patterns(nlp):
    labels = set(nlp.get_pipe("entity_ruler").labels)
    assert labels == {"DEGREE", "LICENSE", "CREDENTIAL", "SPECIALIZATION", "SETTING"}


def test_a_new_alias_in_the_sources_becomes_a_pattern(tmp_path):
    from knowledge.build import build_rows, write_database
    from knowledge.loader import load

    sources = load()
    sources.credentials[[c.code for c in sources.credentials].index("CCM")].aliases.append("case manager badge")
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    write_database(build_rows(sources), url)
    nlp = spacy.load(build_pipeline(url, tmp_path / "pipeline"))
    assert entities(nlp, "how do i get the case manager badge") == [("CREDENTIAL", "CCM")]
