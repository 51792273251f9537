"""The sentence-encoder featurizer: one dense sentence vector per message with words, none for a blank one."""

from __future__ import annotations

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.sentence_encoder import DIMENSIONS, SentenceEncoderFeaturizer


@pytest.fixture(scope="module")
def featurizer():
    config = SentenceEncoderFeaturizer.get_default_config()
    context = ExecutionContext(graph_schema=None, node_name="sentence_encoder")
    return SentenceEncoderFeaturizer.create(config, None, Resource("sentence_encoder"), context)


@pytest.fixture(scope="module")
def tokenizer():
    config = WhitespaceTokenizer.get_default_config()
    return WhitespaceTokenizer(config)


def featurize(featurizer, tokenizer, *texts):
    messages = [Message(data={TEXT: text}) for text in texts]
    tokenizer.process(messages)
    featurizer.process(messages)
    return messages


def sentence_vector(message):
    sequence, sentence = message.get_dense_features(TEXT)
    assert sequence is None  # only a sentence feature: the classifier reads sentence features alone
    return None if sentence is None else sentence.features


def test_a_message_gets_one_normalised_sentence_vector(featurizer, tokenizer):
    (message,) = featurize(featurizer, tokenizer, "I have a BSW and two years in child welfare")
    vector = sentence_vector(message)
    assert vector.shape == (1, DIMENSIONS)
    assert np.isfinite(vector).all()
    assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-3)
    (feature,) = [f for f in message.features if f.type == FEATURE_TYPE_SENTENCE]
    assert feature.origin == "sentence_encoder"


def test_the_same_text_gets_the_same_vector_alone_or_in_a_batch(featurizer, tokenizer):
    text = "what does a hospital case manager do all day"
    (alone,) = featurize(featurizer, tokenizer, text)
    batch = featurize(featurizer, tokenizer, "hi", text, "is the CCM only for nurses")
    again = featurize(featurizer, tokenizer, text)[0]
    np.testing.assert_allclose(sentence_vector(alone), sentence_vector(batch[1]), atol=1e-5)
    np.testing.assert_array_equal(sentence_vector(alone), sentence_vector(again))


@pytest.mark.parametrize("text", ["", " ", "\t\n", "\u00a0\u00a0"])
def test_a_blank_message_gets_no_vector_so_the_assistant_asks_to_rephrase(featurizer, tokenizer, text):
    (message,) = featurize(featurizer, tokenizer, text)
    assert sentence_vector(message) is None


def test_a_message_without_tokens_gets_no_vector(featurizer):
    message = Message(data={TEXT: "hello", TOKENS_NAMES[TEXT]: []})
    featurizer.process([message])
    assert sentence_vector(message) is None


@pytest.mark.parametrize("text", ["😀🙏", "ok 👍", "¿qué es un case manager?", "a" * 5000, "word " * 1000])
def test_unusual_input_gets_a_finite_vector_when_it_has_tokens(featurizer, tokenizer, text):
    (message,) = featurize(featurizer, tokenizer, text)
    vector = sentence_vector(message)
    if message.get(TOKENS_NAMES[TEXT]):
        assert vector.shape == (1, DIMENSIONS)
        assert np.isfinite(vector).all()
    else:  # as the sparse featurizers: no tokens, no features, and the fallback asks to rephrase
        assert vector is None


def test_training_data_is_featurized_like_messages(featurizer, tokenizer):
    examples = [Message(data={TEXT: "i'm an lpn", "intent": "inform"}), Message(data={"intent": "greet"})]
    tokenizer.process(examples)
    featurizer.process_training_data(TrainingData(training_examples=examples))
    assert sentence_vector(examples[0]).shape == (1, DIMENSIONS)
    assert examples[1].get_dense_features(TEXT) == (None, None)  # a story's bare intent has no text to embed


def test_a_paraphrase_is_nearer_than_a_different_question(featurizer, tokenizer):
    # Meaning, not shared words: the reason for the encoder.
    answer, paraphrase, question = featurize(
        featurizer,
        tokenizer,
        "no case management experience, I've only done therapy",
        "I have never worked as a case manager",
        "how much does a case manager earn",
    )
    a, p, q = (sentence_vector(m)[0] for m in (answer, paraphrase, question))
    assert a @ p > a @ q


def test_a_text_seen_before_gets_the_vector_computed_for_it_and_nobody_can_change_it(featurizer, tokenizer):
    from language.sentence_vectors import embed, embed_one

    text = "im an rn in ohio with a bsn"
    first = sentence_vector(featurize(featurizer, tokenizer, text)[0])
    hits = embed_one.cache_info().hits
    second = sentence_vector(featurize(featurizer, tokenizer, text)[0])
    assert embed_one.cache_info().hits == hits + 1
    np.testing.assert_array_equal(first, second)
    np.testing.assert_array_equal(embed_one(text), embed([text])[0])  # the same computation as without the cache
    with pytest.raises(ValueError):
        embed_one(text)[0] = 0.0
