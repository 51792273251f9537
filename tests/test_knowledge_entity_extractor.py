"""The entity extractor keeps the knowledge base's code of what a misspelling names ("socia work"), so the actions
read it as that thing (components/knowledge_entity_extractor.py)."""

from __future__ import annotations

from actions.knowledge_access import current_catalog
from components.knowledge_entity_extractor import KnowledgeEntityExtractor
from language.profile_extraction import mentions_from_entities


def test_a_misspelled_entity_keeps_its_code(nlp):
    text = "what's the pay like for socia work case managers"
    entities = KnowledgeEntityExtractor._extract_entities(nlp(text))
    assert [(e["value"], e["code"]) for e in entities] == [("socia work", "social_work")]
    mentions = mentions_from_entities(entities, current_catalog().vocabulary, text)
    assert [(m.kind, m.code) for m in mentions] == [("specialization", "social_work")]


def test_a_code_the_knowledge_does_not_have_is_not_taken():
    entities = [{"entity": "credential", "value": "xyz", "code": "NOT-A-CODE", "start": 0, "end": 3}]
    assert mentions_from_entities(entities, current_catalog().vocabulary, "xyz") == []
