"""Forgetting and retention, against a real SQL tracker store (SQLite here; PostgreSQL in test_stack.py), and the
'forget me' action's two steps."""

from __future__ import annotations

import asyncio
import json
import os
import time
from datetime import datetime, timedelta

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk import Tracker

from actions.privacy import CONFIRM, ActionForgetMe, previous_action
from ops.settings import StackSettings, load_secrets
from stores.forget import FORGET_MARKER
from stores.plan_links import PlanLinks
from stores.tracker_store import ResilientSQLTrackerStore, StoreUnavailable, delete_conversation, refuse_silent_fallback
from tests.actions_harness import run
from tests.commands import run_module


def conversation(sender: str, texts, when: float = None) -> DialogueStateTracker:
    state = DialogueStateTracker(sender, [])
    for text in texts:
        state.update(UserUttered(text, timestamp=when))
        state.update(ActionExecuted("action_listen", timestamp=when))
    return state


@pytest.fixture
def sql_store(tmp_path):
    store = ResilientSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "tracker.db"))
    yield store
    store.engine.dispose()


def senders(store) -> set:
    return set(asyncio.run(store.keys()))


def test_one_conversation_is_deleted_and_no_other(sql_store):
    for sender in ("alice", "bob"):
        asyncio.run(sql_store.save(conversation(sender, ["hi", "i have an msw"])))
    delete_conversation(FailSafeTrackerStore(sql_store), "alice")
    assert senders(sql_store) == {"bob"}
    assert asyncio.run(sql_store.retrieve("alice")) is None


def test_idle_conversations_are_deleted_after_the_retention_period(sql_store):
    asyncio.run(sql_store.save(conversation("old", ["hi"], when=time.time() - 40 * 86400)))
    asyncio.run(sql_store.save(conversation("recent", ["hi"], when=time.time() - 2 * 86400)))
    assert sql_store.delete_idle_conversations(30) == 1
    assert senders(sql_store) == {"recent"}
    assert sql_store.delete_idle_conversations(30) == 0


def test_an_in_memory_conversation_is_deleted_too():
    store = InMemoryTrackerStore(Domain.empty())
    asyncio.run(store.save(conversation("alice", ["hi"])))
    delete_conversation(FailSafeTrackerStore(store), "alice")
    assert "alice" not in store.store


def test_an_unreachable_store_refuses_the_turn_instead_of_starting_an_empty_conversation(tmp_path):
    store = ResilientSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "tracker.db"))
    (tmp_path / "tracker.db").unlink()
    os.chmod(tmp_path, 0o500)  # the database is gone and cannot be made again: every query fails
    try:
        wrapped = FailSafeTrackerStore(store)
        assert asyncio.run(wrapped.retrieve("alice")) is None  # Rasa's default: a silent empty conversation
        refuse_silent_fallback(wrapped)
        with pytest.raises(StoreUnavailable):
            asyncio.run(wrapped.retrieve("alice"))
        with pytest.raises(StoreUnavailable):
            asyncio.run(wrapped.save(conversation("alice", ["hi"])))
    finally:
        os.chmod(tmp_path, 0o700)
        store.engine.dispose()


def test_plan_links_are_forgotten_by_conversation_and_expire(tmp_path):
    links = PlanLinks(f"sqlite:///{tmp_path / 'plans.db'}")
    mine = links.create(json.dumps({"steps": []}), "alice")
    theirs = links.create(json.dumps({"steps": []}), "bob")
    links.create(json.dumps({"steps": []}), "carol", minutes=1, now=datetime.utcnow() - timedelta(minutes=5))
    assert links.forget("alice") == 1
    assert links.get(mine) is None and links.get(theirs) is not None
    assert links.delete_expired() == 1
    links.dispose()


def test_the_retention_command_reads_the_endpoints_and_deletes_idle_conversations(tmp_path, sql_store):
    asyncio.run(sql_store.save(conversation("old", ["hi"], when=time.time() - 10 * 86400)))
    asyncio.run(sql_store.save(conversation("new", ["hi"])))
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        f"tracker_store:\n  type: stores.tracker_store.ResilientSQLTrackerStore\n  dialect: sqlite\n"
        f"  db: {sql_store.engine.url.database}\n"
    )
    env = {"RETENTION_DAYS": "7", "PLAN_STORE_URL": f"sqlite:///{tmp_path / 'plans.db'}"}
    done = run_module("stores.retention", "--endpoints", str(endpoints), env=env)
    assert done.returncode == 0, done.stderr
    assert "deleted 1 conversation(s) idle for more than 7 day(s)" in done.stdout
    assert senders(sql_store) == {"new"}


def test_the_retention_command_explains_an_in_memory_store(tmp_path):
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text("action_endpoint:\n  url: http://127.0.0.1:5055/webhook\n")
    done = run_module("stores.retention", "--endpoints", str(endpoints))
    assert done.returncode == 2 and "in memory" in done.stderr


def forget_tracker(intent, events):
    return Tracker("alice", {}, {"intent": {"name": intent}, "text": ""}, events, False, None, {}, "action_listen")


ASKED = [
    {"event": "user", "text": "forget me"},
    {"event": "action", "name": "action_forget_me"},
    {"event": "bot", "text": CONFIRM},
    {"event": "action", "name": "action_listen"},
]


def test_forget_me_asks_first_and_deletes_only_on_a_yes_to_that_question():
    events, messages = run(ActionForgetMe(), forget_tracker("forget_me", ASKED[:1]))
    assert messages[0]["text"] == CONFIRM and messages[0]["buttons"][0]["payload"] == "/affirm"
    confirmed = ASKED + [{"event": "user", "text": "yes"}, {"event": "action", "name": "action_extract_slots"}]
    _, messages = run(ActionForgetMe(), forget_tracker("affirm", confirmed))
    assert messages[0]["custom"] == {FORGET_MARKER: True}
    # a yes to something else is not a yes to deleting
    other = [{"event": "action", "name": "action_recommend"}, {"event": "user", "text": "yes"}]
    _, messages = run(ActionForgetMe(), forget_tracker("affirm", other))
    assert messages[0]["text"] == CONFIRM


def test_previous_action_skips_listening_and_slot_extraction():
    events = ASKED + [{"event": "user", "text": "yes"}, {"event": "action", "name": "action_extract_slots"}]
    assert previous_action(events) == "action_forget_me"
    assert previous_action([]) is None


def test_stack_secrets_are_made_once_kept_private_and_environment_wins(tmp_path):
    settings = StackSettings(state_dir=tmp_path)
    first = load_secrets(settings, environ={})
    assert load_secrets(settings, environ={}) == first
    assert oct((tmp_path / "secrets.env").stat().st_mode & 0o777) == "0o600"
    assert load_secrets(settings, environ={"RASA_AUTH_TOKEN": "given"})["RASA_AUTH_TOKEN"] == "given"


def test_stack_settings_come_from_the_environment():
    settings = StackSettings.from_env(
        {
            "STACK_RASA_REPLICAS": "3",
            "STACK_RASA_BASE_PORT": "7000",
            "SLACK_BOT_TOKEN": "xoxb",
            "STACK_PUBLIC_PORT": "9090",
        }
    )
    assert settings.rasa_ports == [7000, 7001, 7002] and settings.public_url == "http://127.0.0.1:9090"
    assert settings.passthrough == {"SLACK_BOT_TOKEN": "xoxb"}
