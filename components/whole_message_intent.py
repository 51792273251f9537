"""The intent of the whole message, where the classifier heard only its telling part.

Runs after the classifier and the fallback. Two readings of language/ win over a few intents that a story or an
opening line is often given: a question told as a story ("my aunt is a case manager and I still don't get what she
does all day": the classifier hears venting or an answer) is that question, and an opening that says the person is
lost ("no idea where to start") asks to start advising. Every other message keeps the classifier's intent.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_TYPE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from components.stateless import StatelessComponent
from language.message_intent import whole_message_intent


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class WholeMessageIntent(StatelessComponent):
    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        pass  # reads no settings

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            intent = message.get(INTENT) or {}
            if not isinstance(text, str) or not isinstance(intent, dict):
                continue
            # each thing named, so that two degrees ("MSW or a rehab counseling master's?") count as two
            named = [entity.get(ENTITY_ATTRIBUTE_TYPE) for entity in message.get(ENTITIES) or []]
            chosen = whole_message_intent(intent.get(INTENT_NAME_KEY), text, named)
            if chosen is None:
                continue
            ranking = message.get(INTENT_RANKING_KEY) or []
            confidence = next((r[PREDICTED_CONFIDENCE_KEY] for r in ranking if r.get(INTENT_NAME_KEY) == chosen), 0.0)
            # the classifier's confidence in the whole message's reading, at least that of the reading it replaces
            confidence = max(float(confidence), float(intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0))
            message.set(INTENT, {INTENT_NAME_KEY: chosen, PREDICTED_CONFIDENCE_KEY: confidence}, add_to_output=True)
            others = [r for r in ranking if r.get(INTENT_NAME_KEY) != chosen]
            message.set(
                INTENT_RANKING_KEY,
                [{INTENT_NAME_KEY: chosen, PREDICTED_CONFIDENCE_KEY: confidence}] + others,
                add_to_output=True,
            )
        return messages
