"""The deployment profile, for real: PostgreSQL, Redis, two action servers, nginx and two Rasa replicas, started
from Debian's packages (bin/services installs them), then spread over replicas, broken, overloaded and
restarted. One stack for the module (about a minute and a half to start); tests run in file order, the ones that
break things last."""

from __future__ import annotations

import asyncio
import http.client
import itertools
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import List, Optional, Tuple

import psycopg2
import pytest

from actions.privacy import CONFIRM
from bench.load import users_for
from channels.forgetting import FORGOTTEN
from channels.silence import CANNOT_ANSWER, NOT_TAKEN_IN
from deploy.settings import ROOT, StackSettings
from deploy.stack import Stack
from quality.people import PEOPLE
from sharing.plan_links import PlanLinks

# What a person wrote that must never reach a log, whatever happens to their turn.
MARKER = "Zanzibar-quokka-7431"


def consecutive_free_ports(count: int) -> int:
    while True:
        base = random.randint(20000, 40000)
        try:
            sockets = []
            for port in range(base, base + count):
                s = socket.socket()
                sockets.append(s)
                s.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for s in sockets:
                s.close()


@pytest.fixture(scope="module")
def stack():
    state = Path(tempfile.mkdtemp(prefix="advisor-stack-"))
    os.chmod(state, 0o755)  # PostgreSQL runs as its own user and must reach its data folder
    settings = StackSettings(
        state_dir=state,
        public_port=consecutive_free_ports(1),
        rasa_base_port=consecutive_free_ports(2),
        action_base_port=consecutive_free_ports(2),
        actions_proxy_port=consecutive_free_ports(1),
        postgres_port=consecutive_free_ports(1),
        redis_port=consecutive_free_ports(1),
    )
    running = Stack(settings)
    try:
        running.start()
        yield running
    finally:
        running.stop()
        kept = ROOT / "build" / "artifacts" / "stack-logs"  # for reading after a failure
        shutil.rmtree(kept, ignore_errors=True)
        shutil.copytree(settings.log_dir, kept)
        shutil.rmtree(state, ignore_errors=True)


# --- talking to it ------------------------------------------------------------------------------------------


def request(
    url: str, method: str = "GET", body: Optional[bytes] = None, source: Optional[str] = None, timeout: float = 120
) -> Tuple[int, bytes]:
    host_port, _, path = url.removeprefix("http://").partition("/")
    host, _, port = host_port.partition(":")
    connection = http.client.HTTPConnection(
        host, int(port), timeout=timeout, source_address=(source, 0) if source else None
    )
    try:
        connection.request(method, "/" + path, body=body, headers={"Content-Type": "application/json"})
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


def say(stack: Stack, sender: str, text: str, via: Optional[str] = None) -> Tuple[int, List[dict]]:
    base = stack.replica_url(via) if via else stack.settings.public_url
    status, body = request(
        f"{base}/webhooks/rest/webhook", "POST", json.dumps({"sender": sender, "message": text}).encode()
    )
    return status, json.loads(body) if status == 200 else []


def text_of(replies: List[dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)


def tracker(stack: Stack, sender: str, replica: str = "rasa-1") -> dict:
    status, body = request(f"{stack.replica_url(replica)}/conversations/{sender}/tracker?token={stack.token}")
    assert status == 200
    return json.loads(body)


def user_texts(state: dict) -> List[str]:
    return [event["text"] for event in state["events"] if event["event"] == "user"]


def eventually(check, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(1)
    return True


def new_sender() -> str:
    return f"stack-{uuid.uuid4().hex[:10]}"


def stored_events(stack: Stack, sender: str) -> int:
    connection = psycopg2.connect(stack.database_url("tracker"))
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM events WHERE sender_id = %s", (sender,))
            return cursor.fetchone()[0]
    finally:
        connection.close()


def hold_conversation(
    stack: Stack,
    sender: str,
    person,
    route=lambda: None,
    turns: int = 8,
    opened: bool = False,
    read_from: Optional[List[str]] = None,
) -> List[str]:
    """The person's intake to the end, each turn sent where `route` says; returns what they said."""
    sent = [person.opening]
    if not opened:
        status, _ = say(stack, sender, person.opening, route())
        assert status == 200
    for _ in range(turns):
        slots = tracker(stack, sender, random.choice(read_from or stack.replica_names))["slots"]
        if slots.get("recommended_specialization"):
            return sent
        answer = person.answers[slots["requested_slot"]]
        status, _ = say(stack, sender, answer, route())
        assert status == 200
        sent.append(answer)
    raise AssertionError(f"no plan after {turns} turns: {sent}")


# --- one conversation, several replicas ---------------------------------------------------------------------


def test_a_conversation_spread_over_both_replicas_stays_whole(stack):
    person, sender = PEOPLE[0], new_sender()
    replicas = itertools.cycle(stack.replica_names)
    sent = hold_conversation(stack, sender, person, route=lambda: next(replicas))
    status, replies = say(stack, sender, "show me the whole plan", next(replicas))
    assert status == 200 and "CCM" in text_of(replies)
    sent.append("show me the whole plan")
    for replica in stack.replica_names:  # both see the same conversation: nothing lost, nothing twice, in order
        state = tracker(stack, sender, replica)
        assert user_texts(state) == sent
        slots = state["slots"]
        assert slots["recommended_specialization"] == person.specialization
        assert (
            slots["education_level"] == "bachelor" and slots["degree_field"] == "nursing" and "RN" in slots["licenses"]
        )
        assert {step["credential"] for step in slots["credential_plan"]} >= {"CCM"}


def test_simultaneous_messages_to_two_replicas_are_taken_one_at_a_time(stack):
    sender = new_sender()
    texts = [
        "what does a case manager do",
        f"my cousin {MARKER} says the pay is good, what is the salary",
        "how much does the ccm cost",
        "what is the crc",
        "who can get the acm",
        "what exam is the ccm",
    ]
    with ThreadPoolExecutor(len(texts)) as pool:
        results = list(pool.map(lambda i: say(stack, sender, texts[i], stack.replica_names[i % 2]), range(len(texts))))
    assert all(status == 200 and replies for status, replies in results)
    events = tracker(stack, sender)["events"]
    assert sorted(user_texts({"events": events})) == sorted(texts)
    # The Redis lock serialised the turns: every message is answered before the next one is read.
    kinds = [event["event"] for event in events if event["event"] in ("user", "bot")]
    runs = [kind for kind, _ in itertools.groupby(kinds)]
    assert runs == ["user", "bot"] * len(texts)


# --- what the proxy lets through --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, path",
    [
        ("GET", "/conversations/someone/tracker"),
        ("GET", "/status"),
        ("GET", "/"),
        ("POST", "/model/parse"),
        ("GET", "/version"),
        ("PUT", "/model"),
        ("POST", "/conversations/someone/trigger_intent"),
        ("GET", "/domain"),
    ],
)
def test_rasa_http_api_is_not_behind_the_proxy(stack, method, path):
    status, _ = request(f"{stack.settings.public_url}{path}?token={stack.token}", method, b"{}")
    assert status == 404


def test_each_replicas_http_api_needs_the_token(stack):
    url = f"{stack.replica_url('rasa-1')}/conversations/someone/tracker"
    assert request(url)[0] == 401
    assert request(f"{url}?token=wrong")[0] == 401
    assert request(f"{url}?token={stack.token}")[0] == 200


def test_an_oversized_request_is_refused_at_the_proxy(stack):
    status, _ = request(
        f"{stack.settings.public_url}/webhooks/rest/webhook",
        "POST",
        json.dumps({"sender": new_sender(), "message": "x" * 100_000}).encode(),
    )
    assert status == 413
    status, replies = say(stack, new_sender(), "what is a case manager " + "really " * 300)
    assert status == 200 and replies


def test_a_client_sending_too_fast_is_slowed_down_and_others_are_not(stack):
    url = f"{stack.settings.public_url}/plan/not-a-real-token-at-all-xxxxxx"
    with ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(lambda _: request(url, source="127.0.2.1")[0], range(100)))
    assert statuses.count(429) >= 30 and set(statuses) <= {404, 429}
    assert request(url, source="127.0.2.2")[0] == 404  # another client is not limited


# --- privacy ---------------------------------------------------------------------------------------------


def test_forget_me_deletes_the_conversation_and_the_plan_link_everywhere(stack):
    sender = new_sender()
    hold_conversation(stack, sender, PEOPLE[1])
    links = PlanLinks(stack.database_url("plans"))
    token = links.create(json.dumps({"specialization_name": "Social work", "steps": []}), sender)
    assert request(f"{stack.settings.public_url}/plan/{token}")[0] == 200
    assert stored_events(stack, sender) > 0

    status, replies = say(stack, sender, "please forget me")
    assert status == 200 and CONFIRM in text_of(replies)
    status, replies = say(stack, sender, "yes")
    assert status == 200 and FORGOTTEN in text_of(replies)

    assert stored_events(stack, sender) == 0
    assert request(f"{stack.settings.public_url}/plan/{token}")[0] == 404
    assert links.get(token) is None
    for replica in stack.replica_names:
        assert user_texts(tracker(stack, sender, replica)) == []
    links.dispose()


def test_forget_me_can_be_called_off(stack):
    sender = new_sender()
    say(stack, sender, "i have an msw")
    assert CONFIRM in text_of(say(stack, sender, "delete my data")[1])
    assert "haven't deleted anything" in text_of(say(stack, sender, "no")[1])
    assert "i have an msw" in user_texts(tracker(stack, sender))


def test_retention_deletes_only_conversations_idle_too_long(stack):
    old, recent = new_sender(), new_sender()
    for sender in (old, recent):
        assert say(stack, sender, "hi")[0] == 200
    connection = psycopg2.connect(stack.database_url("tracker"))
    with connection, connection.cursor() as cursor:
        cursor.execute("UPDATE events SET timestamp = timestamp - 40 * 86400 WHERE sender_id = %s", (old,))
    connection.close()
    done = subprocess.run(
        [sys.executable, "-m", "privacy.retention", "--days", "30"],
        cwd=ROOT,
        env=stack.environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "deleted 1 conversation(s)" in done.stdout
    assert stored_events(stack, old) == 0 and stored_events(stack, recent) > 0


# --- parts failing ---------------------------------------------------------------------------------------


def test_with_one_action_server_down_the_other_serves_and_with_both_down_the_bot_says_so(stack):
    sender = new_sender()
    stack.group.kill("actions-1")
    try:
        for _ in range(3):  # round robin would have sent some of these to the dead one
            status, replies = say(stack, sender, "how much does the ccm cost")
            assert status == 200 and "$430" in text_of(replies)
        stack.group.kill("actions-2")
        status, replies = say(stack, sender, "how much does the ccm cost")
        assert status == 200 and text_of(replies) == CANNOT_ANSWER
    finally:
        for name in stack.action_names:
            if not stack.group.running(name):
                stack.group.restart(name, timeout=120)
    # The proxy tries a server again 3 s after it failed: back within seconds, by itself.
    assert eventually(lambda: "$430" in text_of(say(stack, sender, "how much does the ccm cost")[1]), seconds=15)


@pytest.mark.parametrize("service", ["postgres", "redis"])
def test_a_store_briefly_down_gets_a_clear_answer_and_recovery_needs_no_restart(stack, service):
    sender = new_sender()
    assert say(stack, sender, "i have a bsw")[0] == 200
    stack.group.stop(service)
    try:
        status, replies = say(stack, sender, f"my name is {MARKER} and i work in a hospital")
        assert status == 200 and text_of(replies) == NOT_TAKEN_IN
    finally:
        stack.group.restart(service, timeout=60)
    status, replies = say(stack, sender, "what is the lsw")
    assert status == 200 and "Social Work" in text_of(replies)
    state = tracker(stack, sender)
    assert user_texts(state) == ["i have a bsw", "what is the lsw"] and state["slots"]["degree_field"] == "social_work"


def test_fifty_people_on_two_replicas_for_a_minute(stack):
    logs = {name: stack.settings.log_dir / f"{name}.log" for name in stack.replica_names}
    before = {name: path.stat().st_size for name, path in logs.items()}
    result = asyncio.run(users_for(stack.settings.public_url, 50, 60, source_ips=True))
    print(
        f"\n50 users, 2 replicas, 60 s: {result.turns} turns, {result.throughput:.2f} turns/s, "
        f"p50 {result.percentile(50):.0f} ms, p95 {result.percentile(95):.0f} ms, statuses {dict(result.statuses)}"
    )
    assert result.turns >= 50 and set(result.statuses) == {200} and result.errors == 0
    for name, path in logs.items():  # what the replicas logged during the minute
        with open(path, "rb") as log_file:
            log_file.seek(before[name])
            log = log_file.read().decode(errors="replace")
        assert "a turn failed" not in log
        assert not re.search(r"LockError|TicketExists|could not acquire|lock .*(expired|timed out)", log, re.I)


def test_a_replica_killed_mid_conversation_the_other_carries_it_on(stack):
    person, sender = PEOPLE[0], new_sender()
    assert say(stack, sender, person.opening)[0] == 200
    stack.group.kill("rasa-1")
    # Through the proxy, which skips the dead one.
    sent = hold_conversation(stack, sender, person, opened=True, read_from=["rasa-2"])
    state = tracker(stack, sender, "rasa-2")
    assert user_texts(state) == sent and len(sent) > 1
    assert state["slots"]["recommended_specialization"] == person.specialization
    assert say(stack, sender, f"thanks, {MARKER}")[0] == 200


def test_no_log_holds_what_people_wrote(stack):
    # Rasa logs, with their text, messages starting with "/" that are not payloads it can read.
    for text in (f"/{MARKER}", f'/inform{{"{MARKER}": 1}}', f"/inform{{{MARKER}"):
        assert say(stack, new_sender(), text)[0] == 200
    logs = [path for path in stack.settings.log_dir.iterdir() if path.is_file()]
    assert len(logs) >= 7
    assert [path.name for path in logs if MARKER in path.read_text(errors="replace")] == []


def test_after_a_restart_of_the_whole_stack_every_conversation_resumes(stack):
    person, sender = PEOPLE[2], new_sender()
    assert say(stack, sender, person.opening)[0] == 200
    before = tracker(stack, sender, "rasa-2")  # rasa-1 was killed above
    assert before["slots"]["requested_slot"]
    stack.stop()
    stack.start()
    after = tracker(stack, sender, "rasa-1")
    assert after["slots"] == before["slots"] and user_texts(after) == [person.opening]
    status, _ = say(stack, sender, person.answers[after["slots"]["requested_slot"]])
    assert status == 200
    assert len(user_texts(tracker(stack, sender))) == 2
