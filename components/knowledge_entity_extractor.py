"""Rasa's spaCy entity extractor, with the knowledge base's code of each entity beside the words that named it.

The entity ruler matches a misspelling ("socia work", "pyschology") or dotted capitals ("C.D.M.S.") by the token's
norm, but Rasa's extractor reports only the words typed, which no alias or synonym names, so the actions dropped the
entity. The pattern's id is the knowledge base's code; it is kept as `code` (the value stays the words typed, as the
training data's entity annotations and their synonyms expect).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.spacy_entity_extractor import SpacyEntityExtractor

if TYPE_CHECKING:
    from spacy.tokens.doc import Doc

CODE = "code"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False, model_from="SpacyNLP")
class KnowledgeEntityExtractor(SpacyEntityExtractor):
    @staticmethod
    def _extract_entities(doc: "Doc") -> List[Dict[Text, Any]]:
        return [
            {
                "entity": ent.label_,
                "value": ent.text,
                CODE: ent.ent_id_ or None,
                "start": ent.start_char,
                "confidence": None,
                "end": ent.end_char,
            }
            for ent in doc.ents
        ]
