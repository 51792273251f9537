"""Five people of the independent conversation set (evaluation/quality/conversations.yml), whole conversations over REST
with the real servers: each reaches a plan, no question is asked three times in a row, and the plan is the one their
true background calls for. The full set runs in `bin/quality`."""

from __future__ import annotations

import pytest

from evaluation.quality.conversations import converse, judge, load_people
from knowledge.catalog import load_catalog
from knowledge.db import Database
from tests.live import start_servers

TOKEN = "test-token"
# One or two of each specialization, a voice transcript among them; the full set runs in bin/quality.
SMOKE_IDS = (
    "ms-nurse-two-knees",
    "lpc-ohio-only-therapy-voice",
    "human-services-child-welfare",
    "crc-state-vr-counselor",
    "lcsw-only-therapy",
)
SMOKE = [person for person in load_people() if person.id in SMOKE_IDS]


@pytest.fixture(scope="module")
def kb_url(new_database_url):
    return new_database_url("conversations")


@pytest.fixture(scope="module")
def servers(kb_url, tmp_path_factory):
    running = start_servers(tmp_path_factory, kb_url, auth_token=TOKEN)
    yield running
    running.stop()


@pytest.mark.parametrize("person", SMOKE, ids=[p.id for p in SMOKE])
def test_a_person_of_the_conversation_set_reaches_their_plan(servers, kb_url, person):
    conversation = converse(servers.settings.rasa_url, person, token=TOKEN)
    row = judge(person, conversation, load_catalog(Database(kb_url)))
    transcript = "\n".join(conversation.transcript)
    assert row["reached"], f"no plan; asked {conversation.asked}\n{transcript}"
    assert row["longest_run"] < 3, f"a question asked {row['longest_run']} times in a row\n{transcript}"
    assert row["right_plan"], f"wrong plan; misread {row['misread']}\n{transcript}"
