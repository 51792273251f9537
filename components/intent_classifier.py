"""Rasa's logistic-regression intent classifier, made safe for messages without features, and cheaper per message.

Rasa 3.6's LogisticRegressionClassifier raises on a message with no tokens (empty or blank text: sklearn
refuses a row of zero features), which fails the whole turn. Such a message now gets no intent with confidence
0, so the FallbackClassifier after it asks the person to rephrase.

Same model, same numbers, less work per message (docs/performance.md): Rasa's
`Message.get_sparse_features` copies and hstacks every featurizer's sequence matrices as well as the sentence
rows the classifier uses, and this class used to call it three times per message. Each message's row is now
built once, straight from its sentence features, in Rasa's column order. And sklearn's `X @ coef_.T` copied the
whole weight matrix (classes x vocabulary, about 5 MB) on every call because the transpose of a C-ordered array
is not contiguous; the weights are stored column-major once at load time instead.
"""

from __future__ import annotations

from typing import Any, List, Optional, Tuple

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import (
    FEATURE_TYPE_SENTENCE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.utils.tensorflow.constants import RANKING_LENGTH
from scipy.sparse import csr_matrix, issparse


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LogisticIntentClassifier(LogisticRegressionClassifier):
    @classmethod
    def load(cls, *args: Any, **kwargs: Any) -> LogisticIntentClassifier:
        component = super().load(*args, **kwargs)
        coef = getattr(component.clf, "coef_", None)
        if coef is not None:
            # Same values; column-major so that coef_.T, which sklearn multiplies by, needs no copy.
            component.clf.coef_ = np.asfortranarray(coef)
        return component

    def _create_X(self, messages: List[Message]) -> csr_matrix:
        rows = [sentence_row(m) for m in messages]
        if any(row is None for row in rows):
            raise ValueError("An intent example has no sentence features: is a featurizer missing from config.yml?")
        return stack_rows(rows)

    def process(self, messages: List[Message]) -> List[Message]:
        rows = [sentence_row(m) for m in messages]
        featured = [(m, row) for m, row in zip(messages, rows) if row is not None]
        if featured:
            probabilities = self.clf.predict_proba(stack_rows([row for _, row in featured]))
            for (message, _), row_probabilities in zip(featured, probabilities):
                self._set_intent(message, row_probabilities)
        for message, row in zip(messages, rows):
            if row is None:
                message.set(INTENT, {INTENT_NAME_KEY: None, PREDICTED_CONFIDENCE_KEY: 0.0}, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [], add_to_output=True)
        return messages

    def _set_intent(self, message: Message, probabilities: np.ndarray) -> None:
        """As Rasa's process does for one message."""
        ranking = [{"name": k, "confidence": v} for k, v in zip(self.clf.classes_, probabilities)]
        ranking = sorted(ranking, key=lambda e: -e["confidence"])
        intent = ranking[0]
        if self.config[RANKING_LENGTH] > 0:
            ranking = ranking[: self.config[RANKING_LENGTH]]
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)


# A row as (values, column indices, width): the message's sentence features side by side.
Row = Tuple[np.ndarray, np.ndarray, int]


def sentence_row(message: Message) -> Optional[Row]:
    """The message's text sentence features as one row, or None if it has none (a blank message).

    Column order as Rasa's `_create_X`: every sparse sentence feature in the order the featurizers added them,
    then every dense one.
    """
    sentence = [f for f in message.features if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE]
    blocks = [f.features for f in sentence if f.is_sparse()] + [f.features for f in sentence if f.is_dense()]
    if not blocks:
        return None
    values, columns, width = [], [], 0
    for block in blocks:
        if issparse(block):
            block = block.tocoo()
            values.append(block.data)
            columns.append(block.col + width)
        else:
            # csr_matrix(dense) in Rasa keeps only the non-zero values.
            flat = np.asarray(block).reshape(-1)
            nonzero = np.flatnonzero(flat)
            values.append(flat[nonzero])
            columns.append(nonzero + width)
        width += block.shape[-1]
    return np.concatenate(values), np.concatenate(columns), width


def stack_rows(rows: List[Row]) -> csr_matrix:
    if not rows:
        return csr_matrix((0, 0))
    values = np.concatenate([row[0] for row in rows]).astype(np.float64, copy=False)
    columns = np.concatenate([row[1] for row in rows])
    width = rows[0][2]
    if any(row[2] != width for row in rows):
        raise ValueError("Messages with different feature widths cannot be classified together.")
    lengths = [len(row[0]) for row in rows]
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    return csr_matrix((values, columns, indptr), shape=(len(rows), width))
