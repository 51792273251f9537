"""Shared fixtures: a real knowledge database built from the source files into a temporary SQLite file."""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import settings

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

# The fixtures import what they use when first asked: pytest-xdist's controlling process loads this file too but runs
# no test, and spaCy (which imports TensorFlow) alone would hold up every worker's start by seconds.

# The test tiers, by what a module needs beyond Python and the knowledge sources. A module not named here is `unit`:
# no trained model, no servers, no browser. `bin/test --fast` runs the unit tier alone.
TIERS = {
    "rasa": {
        "test_rasa_project",
        "test_measurement_scripts",
        "test_recent_history_policies",
        "test_intent_classifier",
        "test_sentence_encoder",
        "test_whole_message_intent_component",
        "test_knowledge_entity_extractor",
        "test_nlu_cv",
        "test_action_calls",
        "test_action_results",
        "test_event_types",
        "test_metrics",
        "test_retries",
    },  # Rasa itself: the trained model, its commands, or its library under our components and channels
    "e2e": {
        "test_e2e_rest",
        "test_e2e_conversations",
        "test_e2e_advice_conversations",
        "test_fuzz_rest",
        "test_slack",
    },  # the real servers, talked to over HTTP
    "browser": {"test_kiosk", "test_web_widget"},  # the real servers and Debian's Chromium
    # PostgreSQL, Redis and nginx from Debian's packages; the supervisor's tests kill and restart real processes
    "stack": {"test_stack", "test_lock_store", "test_supervisor"},
}

# The property-based tests' number of examples: the full profile in `bin/test`, a quarter of it in `bin/test --fast`
# (which passes --hypothesis-profile=fast) so that a quick check stays quick.
settings.register_profile("full", max_examples=200)
settings.register_profile("fast", max_examples=50)
settings.load_profile("full")


def pytest_configure(config):
    """The unit tier runs without TensorFlow. Nothing in it may need Rasa, which imports it; and spaCy's thinc imports
    it only because it is installed, seconds in every process (a module that needs it belongs in TIERS["rasa"])."""
    if config.getoption("markexpr") == "unit" and "tensorflow" not in sys.modules:
        sys.modules["tensorflow"] = None  # import tensorflow: ModuleNotFoundError, as if it were not installed


def pytest_ignore_collect(collection_path, config):
    """Under `-m unit` alone (bin/test --fast) the other tiers' modules are not imported: they would be deselected."""
    if config.getoption("markexpr") == "unit" and collection_path.stem in set().union(*TIERS.values()):
        return True
    return None  # pytest decides as usual


def pytest_collection_modifyitems(items):
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1] if item.module else ""
        tier = next((name for name, modules in TIERS.items() if module in modules), "unit")
        item.add_marker(getattr(pytest.mark, tier))


@pytest.fixture(scope="session")
def sources():
    from knowledge.loader import load

    return load()


@pytest.fixture(scope="session")
def new_database_url(tmp_path_factory, sources):
    """Makes a knowledge base of its own, built from the sources, for tests whose servers or changes need one."""
    from knowledge.build import build_rows, write_database

    def make(folder: str = "kb") -> str:
        url = f"sqlite:///{tmp_path_factory.mktemp(folder) / 'knowledge.db'}"
        write_database(build_rows(sources), url)
        return url

    return make


@pytest.fixture(scope="session")
def database_url(new_database_url):
    return new_database_url()


@pytest.fixture(scope="session")
def database(database_url):
    from knowledge.db import Database

    db = Database(database_url)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def catalog(database):
    from knowledge.catalog import load_catalog

    return load_catalog(database)


@pytest.fixture(scope="session")
def nlp(database_url, tmp_path_factory):
    """The spaCy pipeline built from the test knowledge base, as bin/setup builds it for Rasa."""
    import spacy

    from language.spacy_pipeline import build_pipeline

    return spacy.load(build_pipeline(database_url, tmp_path_factory.mktemp("spacy") / "pipeline"))


@pytest.fixture
def extract(nlp, catalog):
    """Facts from one message, with the entities the pipeline finds, as action_extract_profile reads them."""
    from language.profile_extraction import Mention, extract_profile

    def run(text, profile=None, requested=None, intent="inform", today=None):
        mentions = [Mention(e.label_, e.ent_id_, e.start_char, e.end_char) for e in nlp(text).ents]
        return extract_profile(text, mentions, profile or {}, catalog, requested, intent, today=today).slots

    return run


@pytest.fixture
def topic_asked(nlp, catalog):
    """The (aspect, subjects) a question is answered on: the pipeline's entities, the whole message's intent, then
    the topic, as action_answer_question reads them."""
    from actions.answers import _degree_for_field, question_mentions
    from language.message_intent import whole_message_intent
    from language.question_topic import topic_of

    def run(intent, text):
        entities = [
            {"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char} for e in nlp(text).ents
        ]
        mentions = [(m.kind, m.code, m.start, m.end) for m in question_mentions(entities, text, catalog)]
        intent = whole_message_intent(intent, text, [m[0] for m in mentions]) or intent
        topic = topic_of(intent, text, mentions, None, _degree_for_field(catalog))
        return topic.aspect, topic.subjects

    return run


@pytest.fixture
def actions_database(database_url, monkeypatch):
    """The actions read the test knowledge base (tests/actions_harness.py)."""
    monkeypatch.setenv("DATABASE_URL", database_url)


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, driven by Playwright (its own browser download cannot work here)."""
    from playwright.sync_api import sync_playwright

    from tests.live import CHROMIUM_ARGS

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
