"""The intent classifier builds each message's feature row once and predicts exactly what Rasa's own does."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.intent_classifier import LogisticIntentClassifier

TRAINING = {
    "greet": ["hi there", "hello", "good morning", "hey, how are you"],
    "ask_licensure": ["do I need a license", "what is an LCSW", "how do I get licensed in Texas", "LMSW rules"],
    "ask_renewal": ["when does my CCM expire", "how many CEs to renew", "renewal of the CRC", "renew my license"],
}
UNSEEN = ["hello, is the LCSW hard", "my CCM renewal", "good evening", "licensed in Ohio", "hey"]
WORDS = sorted({w for texts in TRAINING.values() for t in texts + UNSEEN for w in t.lower().split()})
CHARS = sorted({c for texts in TRAINING.values() for t in texts + UNSEEN for c in t.lower()})


def featurized(text: str, intent: str | None = None) -> Message:
    """A message with what the pipeline's featurizers leave: sparse word and character counts (sequence and
    sentence rows, in COO and CSR form) and a dense sentence vector with some zeros, as the encoder adds."""
    message = Message(data={TEXT: text, **({INTENT: intent} if intent else {})})
    words = text.lower().split()
    sequence = scipy.sparse.coo_matrix(
        ([1.0] * len(words), (range(len(words)), [WORDS.index(w) for w in words])), shape=(len(words), len(WORDS))
    )
    message.add_features(Features(sequence, FEATURE_TYPE_SEQUENCE, TEXT, "words"))
    word_counts = scipy.sparse.coo_matrix(sequence.sum(axis=0))
    message.add_features(Features(word_counts, FEATURE_TYPE_SENTENCE, TEXT, "words"))
    char_counts = scipy.sparse.csr_matrix([[text.lower().count(c) for c in CHARS]], dtype=np.float64)
    message.add_features(Features(char_counts, FEATURE_TYPE_SENTENCE, TEXT, "chars"))
    rng = np.random.default_rng(sum(map(ord, text)))
    vector = rng.normal(size=(1, 16)).astype(np.float32)
    vector[0, ::5] = 0.0
    message.add_features(Features(vector, FEATURE_TYPE_SENTENCE, TEXT, "encoder"))
    return message


@pytest.fixture(scope="module")
def classifiers(tmp_path_factory):
    """Rasa's classifier trained on the examples, and ours loaded from what it saved."""
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    resource = Resource("intent_classifier")
    context = ExecutionContext(graph_schema=None, node_name="intent_classifier")
    config = {**LogisticRegressionClassifier.get_default_config(), "max_iter": 200, "random_state": 42}
    examples = [featurized(t, intent) for intent, texts in TRAINING.items() for t in texts]
    rasa = LogisticRegressionClassifier.create(config, storage, resource, context)
    rasa.train(TrainingData(examples))
    ours = LogisticIntentClassifier.load(config, storage, resource, context)
    return rasa, ours


def test_the_feature_rows_are_rasas_column_for_column():
    messages = [featurized(t) for t in UNSEEN]
    expected = LogisticRegressionClassifier._create_X(None, messages).toarray()
    actual = LogisticIntentClassifier._create_X(None, messages)
    assert actual.shape == expected.shape
    np.testing.assert_array_equal(actual.toarray(), expected)


def test_intents_and_confidences_are_rasas(classifiers):
    rasa, ours = classifiers
    expected = rasa.process([featurized(t) for t in UNSEEN])
    actual = ours.process([featurized(t) for t in UNSEEN])
    for want, got in zip(expected, actual):
        assert got.get(INTENT)["name"] == want.get(INTENT)["name"]
        assert got.get(INTENT)["confidence"] == pytest.approx(want.get(INTENT)["confidence"], rel=1e-12)
        assert [r["name"] for r in got.get("intent_ranking")] == [r["name"] for r in want.get("intent_ranking")]


def test_the_examples_intents_are_learned(classifiers):
    _, ours = classifiers
    messages = ours.process([featurized("hello"), featurized("how many CEs to renew")])
    assert [m.get(INTENT)["name"] for m in messages] == ["greet", "ask_renewal"]


def test_a_message_without_features_gets_no_intent_beside_one_with_features(classifiers):
    _, ours = classifiers
    blank = Message(data={TEXT: "   "})
    blank_result, greeting = ours.process([blank, featurized("hello")])
    assert blank_result.get(INTENT) == {"name": None, "confidence": 0.0}
    assert blank_result.get("intent_ranking") == []
    assert greeting.get(INTENT)["name"] == "greet"
