"""The aspect reader (language/aspect_model.py) and how question_topic listens to it.

The questions below were written for this test in the words the certifying bodies' and BLS's pages use (CCMC's
CCM, CRCC's CRC, ASWB's exams, NCSBN's NCLEX, BLS's Occupational Outlook Handbook); none is in a question set.
"""

from __future__ import annotations

import pytest

from language import aspect_model
from language.question_topic import INTENT_ASPECT, LEARNED_SURE, chosen_aspect, topic_of

pytestmark = pytest.mark.unit

ASPECTS = set(INTENT_ASPECT.values())


@pytest.fixture(scope="module")
def reader():
    return aspect_model.reader()


@pytest.mark.parametrize(
    "text, aspect",
    [
        ("Which organization awards the Certified Rehabilitation Counselor credential?", "issuer"),
        ("How much do social workers earn?", "salary"),
        ("How many questions are on the ASWB Clinical examination?", "exam"),
        ("What is the application fee for the CCM certification?", "cost"),
        ("Where do rehabilitation counselors work?", "setting"),
    ],
)
def test_plain_questions_get_the_aspect_they_ask(reader, text, aspect):
    assert reader.best(text)[0] == aspect


def test_it_gives_a_probability_for_every_aspect_and_only_those(reader):
    found = reader.probabilities("what does the CCMC require to sit for the CCM")
    assert set(found) == ASPECTS
    assert sum(found.values()) == pytest.approx(1.0)
    assert all(0.0 <= p <= 1.0 for p in found.values())


def test_training_twice_gives_the_same_reader():
    questions = aspect_model.labelled_questions(["fifth"])[:60]
    first, again = aspect_model.train(questions), aspect_model.train(questions)
    text = "how long is the CRC certification valid"
    assert first.probabilities(text) == again.probabilities(text)


def test_the_untuned_sets_never_train_it():
    assert all("untuned" not in path.parts for path in aspect_model.WRITERS.values())


def test_an_empty_or_odd_message_still_gets_probabilities(reader):
    for text in ("", "???", "ccm ccm ccm"):
        assert sum(reader.probabilities(text).values()) == pytest.approx(1.0)


def test_a_cue_corrects_what_the_reader_alone_misreads(reader):
    # the reader hears "What is the..." as asking what something is; the wage asked for is the cue
    text = "What is the median annual wage for social workers?"
    assert reader.best(text)[0] != "salary"
    assert topic_of("ask_what_is", text, [], learned=reader.probabilities(text)).aspect == "salary"


def test_a_clear_cue_wins_over_the_reader():
    sure_of_salary = {aspect: 0.0 for aspect in ASPECTS} | {"salary": 0.99}
    assert chosen_aspect("ask_cost", "how much is the CRC exam fee", "cost", sure_of_salary) == "cost"


def test_the_reader_overrules_the_intent_only_when_fairly_sure():
    sure = {aspect: 0.0 for aspect in ASPECTS} | {"issuer": LEARNED_SURE + 0.01, "cost": 0.99 - LEARNED_SURE}
    unsure = {aspect: 0.1 for aspect in ASPECTS} | {"issuer": LEARNED_SURE - 0.01}
    assert chosen_aspect("ask_cost", "is the CCM from the CCMC", None, sure) == "issuer"
    assert chosen_aspect("ask_cost", "is the CCM from the CCMC", None, unsure) == "cost"


def test_without_the_reader_the_rules_decide_as_before():
    text = "the CCM and the CCMC, how does that go"  # no cue words: the intent, or the reader when sure, decides
    assert topic_of("ask_exam", text, [("credential", "CCM")]).aspect == "exam"
    learned = {aspect: 0.0 for aspect in ASPECTS} | {"issuer": 0.9}
    assert topic_of("ask_exam", text, [("credential", "CCM")], learned=learned).slot == "issuer:CCM"


@pytest.fixture
def listening(monkeypatch):
    monkeypatch.setattr(aspect_model, "IN_USE", True)


def test_while_it_is_off_nothing_listens_to_it(monkeypatch):
    from language.message_intent import learned_question

    monkeypatch.setattr(aspect_model, "IN_USE", False)
    assert aspect_model.learned_aspects("who issues the CCM") is None
    assert learned_question("nlu_fallback", "Which board issues the LCSW license in Ohio?") is None


def test_a_question_nobody_heard_is_taken_for_the_one_the_reader_hears(listening):
    from language.message_intent import learned_question

    assert learned_question("nlu_fallback", "Which board issues the LCSW license in Ohio?") == "ask_issuer"


def test_telling_and_the_askers_own_case_keep_their_intent(listening):
    from language.message_intent import learned_question

    assert learned_question("inform", "I have a BSW and two years in a hospital") is None
    assert learned_question("inform", "I'm an RN with 3 years, how much would I make?") is None  # the intake reads it
    assert learned_question("ask_cost", "what is the CCM exam fee?") is None  # question intents are question_topic's


@pytest.mark.parametrize("text", ["how's your day going?", "what is your name", "whats ur favorite color lol"])
def test_small_talk_is_not_re_read_as_a_question_of_the_domain(text):
    from language.message_intent import learned_question

    assert learned_question("chitchat", text) is None and learned_question("out_of_scope", text) is None


def test_a_trained_reader_is_kept_for_the_next_process_and_a_torn_one_retrained(tmp_path, monkeypatch):
    small = aspect_model.train(aspect_model.labelled_questions(["fifth"])[:60])
    trainings = []
    monkeypatch.setattr(aspect_model, "train", lambda questions: trainings.append(len(questions)) or small)
    text = "how long is the CRC certification valid"
    first = aspect_model._kept_or_trained(tmp_path)
    again = aspect_model._kept_or_trained(tmp_path)  # as a new process would: from the file, not trained again
    assert len(trainings) == 1 and again.probabilities(text) == first.probabilities(text)
    for kept in tmp_path.glob("*.pickle"):
        kept.write_bytes(b"torn by a crash")
    aspect_model._kept_or_trained(tmp_path)
    assert len(trainings) == 2 and len(list(tmp_path.glob("*.pickle"))) == 1
