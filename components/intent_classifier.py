"""Rasa's logistic-regression intent classifier, made safe for messages without features.

Rasa 3.6's LogisticRegressionClassifier raises on a message with no tokens (empty or blank text: sklearn
refuses a row of zero features), which fails the whole turn. Such a message now gets no intent with confidence
0, so the FallbackClassifier after it asks the person to rephrase.
"""

from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LogisticIntentClassifier(LogisticRegressionClassifier):
    def process(self, messages: List[Message]) -> List[Message]:
        featured = [m for m in messages if _has_features(m)]
        if featured:
            super().process(featured)
        for message in messages:
            if not _has_features(message):
                message.set(INTENT, {INTENT_NAME_KEY: None, PREDICTED_CONFIDENCE_KEY: 0.0}, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [], add_to_output=True)
        return messages


def _has_features(message: Message) -> bool:
    return (message.get_sparse_features(TEXT)[1] is not None) or (message.get_dense_features(TEXT)[1] is not None)
