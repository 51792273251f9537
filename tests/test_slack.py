"""The Slack channel: signed requests as Slack sends them, replies caught by a fake Slack Web API on 127.0.0.1.

The first tests need no servers: the channel in a bare Sanic app with a recording handler. The rest start the
action server and the Rasa server for real, with SLACK_API_URL pointing at the fake.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from typing import Dict, Optional, Tuple

import pytest
from rasa.core.run import _create_single_channel
from sanic import Sanic

from ops.processes import free_port
from tests.fake_slack import FakeSlack
from tests.live import start_servers

SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token"
CHANNEL = "C0ADVISING"
SLACK_ENV = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_CHANNEL", "SLACK_API_URL")


def new_id(prefix: str = "") -> str:
    return prefix + uuid.uuid4().hex[:10].upper()


def message_event(text: str, channel: str = CHANNEL, channel_type: str = "channel", **event) -> Dict:
    ts = f"{time.time():.6f}"
    return {
        "type": "event_callback",
        "team_id": "T0TEAM",
        "api_app_id": "A0APP",
        "event_id": new_id("Ev"),
        "event_time": int(time.time()),
        "authorizations": [{"user_id": "U0BOT", "is_bot": True}],
        "event": {
            "type": "message",
            "channel": channel,
            "channel_type": channel_type,
            "user": new_id("U"),
            "text": text,
            "ts": ts,
            "event_ts": ts,
            **event,
        },
    }


def click(value: str, user: str, channel: str, message_ts: str, thread_ts: Optional[str] = None) -> Dict:
    message = {"type": "message", "ts": message_ts, **({"thread_ts": thread_ts} if thread_ts else {})}
    return {
        "type": "block_actions",
        "user": {"id": user},
        "team": {"id": "T0TEAM"},
        "channel": {"id": channel},
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
        "message": message,
        "trigger_id": "1.2.3",
        "actions": [
            {
                "type": "button",
                "action_id": "a1",
                "block_id": "b1",
                "value": value,
                "text": {"type": "plain_text", "text": value},
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }


def send(
    url: str,
    body: bytes,
    content_type: str = "application/json",
    secret: str = SECRET,
    age: float = 0,
    headers: Optional[Dict[str, str]] = None,
) -> Tuple[int, str]:
    """POST to the webhook, signed as Slack signs: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}")."""
    timestamp = str(int(time.time() - age))
    signature = "v0=" + hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": signature,
            **(headers or {}),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode()


def send_event(url: str, event: Dict, **kwargs) -> Tuple[int, str]:
    return send(url, json.dumps(event).encode(), **kwargs)


def send_click(url: str, payload: Dict, **kwargs) -> Tuple[int, str]:
    body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
    return send(url, body, content_type="application/x-www-form-urlencoded", **kwargs)


def buttons(post: Dict):
    return [
        element
        for block in post.get("blocks") or []
        if block["type"] == "actions"
        for element in block["elements"]
        if element["type"] == "button"
    ]


def in_thread(ts: str):
    return lambda post: post.get("thread_ts") == ts


# --- the channel alone, in a bare Sanic app ----------------------------------------------------------------


class ChannelApp:
    """The channel's blueprint served by Sanic on a free port in a thread; records what reaches Rasa."""

    def __init__(self, channel, monkeypatch) -> None:
        self.messages = []

        async def on_new_message(message) -> None:
            self.messages.append(message)

        monkeypatch.setattr(Sanic, "test_mode", True)  # lets several apps start in one process
        self.app = Sanic(f"slack_unit_{uuid.uuid4().hex[:8]}")
        self.app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/slack")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/webhooks/slack/webhook"
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()

        async def serve() -> None:
            self.server = await self.app.create_server(host="127.0.0.1", port=self.port, return_asyncio_server=True)
            await self.server.startup()
            await self.server.start_serving()
            ready.set()

        self.loop.create_task(serve())
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        assert ready.wait(10), "the Sanic app did not start"

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.server.close)
        self.loop.call_soon_threadsafe(self.loop.stop)

    def texts(self, wait: float = 2, count: int = 1):
        deadline = time.monotonic() + wait
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return [message.text for message in self.messages]


def load_channel(monkeypatch, **env):
    for name in SLACK_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return _create_single_channel("channels.slack.AdvisingSlackInput", None)  # as Rasa loads credentials.yml


@pytest.fixture
def configured(monkeypatch):
    served = ChannelApp(
        load_channel(
            monkeypatch,
            SLACK_BOT_TOKEN=TOKEN,
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_CHANNEL=CHANNEL,
            SLACK_API_URL="http://127.0.0.1:9/api/",
        ),
        monkeypatch,
    )
    yield served
    served.stop()


def test_without_slack_settings_the_channel_loads_and_its_webhook_answers_503(monkeypatch):
    served = ChannelApp(load_channel(monkeypatch, SLACK_BOT_TOKEN=TOKEN), monkeypatch)  # no signing secret
    try:
        assert send_event(served.url, message_event("hello")) == (503, "Slack is not configured")
        assert served.texts(wait=0.5) == []
    finally:
        served.stop()


def test_the_output_channel_posts_to_the_configured_api_url(monkeypatch):
    channel = load_channel(
        monkeypatch, SLACK_BOT_TOKEN=TOKEN, SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL="http://127.0.0.1:1234/api"
    )
    assert channel.get_output_channel("C1", "1.2").client.base_url == "http://127.0.0.1:1234/api/"
    assert (
        load_channel(monkeypatch, SLACK_BOT_TOKEN=TOKEN, SLACK_SIGNING_SECRET=SECRET)
        .get_output_channel("C1")
        .client.base_url
        == "https://slack.com/api/"
    )


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"{not json", "application/json"),
        (b"[1, 2]", "application/json"),
        (b'{"event": "hello"}', "application/json"),
        (b'{"event": {"type": "message", "text": 42, "channel": "C0ADVISING"}}', "application/json"),
        (
            b'{"event": {"type": "message", "text": "hi", "channel": "C0ADVISING"}, "authed_users": 7}',
            "application/json",
        ),
        (b"hello", "text/plain"),
        (b"nothing=here", "application/x-www-form-urlencoded"),
        (b"payload=%7Bnot", "application/x-www-form-urlencoded"),
        (b"payload=%7B%22type%22%3A%22block_actions%22%7D", "application/x-www-form-urlencoded"),
        (
            urllib.parse.urlencode({"payload": json.dumps({"actions": [{"type": "button", "value": "/x"}]})}).encode(),
            "application/x-www-form-urlencoded",
        ),
    ],
    ids=[
        "not-json",
        "json-list",
        "event-not-object",
        "text-not-string",
        "bad-authed-users",
        "text-plain",
        "form-without-payload",
        "payload-not-json",
        "no-actions",
        "no-user",
    ],
)
def test_malformed_requests_get_a_4xx_and_reach_nobody(configured, body, content_type):
    status, text = send(configured.url, body, content_type=content_type)
    assert 400 <= status < 500 and "Traceback" not in text
    assert configured.texts(wait=0.3) == []


def test_non_user_messages_and_doubled_mentions_are_not_answered(configured):
    for event in [
        message_event("<@U1> has joined the channel", subtype="channel_join"),
        message_event("my own reply", bot_id="B0BOT"),
        message_event("<@U0BOT> hi", type="app_mention"),  # also delivered as a message event
        message_event("hi", channel="C0ELSEWHERE"),
    ]:
        assert send_event(configured.url, event)[0] == 200
    assert configured.texts(wait=0.5) == []
    send_event(configured.url, message_event("<@U0BOT> hi", channel="C0ELSEWHERE", type="app_mention"))
    assert configured.texts() == ["hi"]


def test_a_click_becomes_the_button_payload_in_the_thread_or_the_dm(configured):
    channel_click = click('/inform{"education_level": "bachelor"}', "U1", CHANNEL, "2.0", thread_ts="1.0")
    assert send_click(configured.url, channel_click)[0] == 200
    assert configured.texts() == ['/inform{"education_level": "bachelor"}']
    assert configured.messages[0].output_channel.thread_id == "1.0"
    assert configured.messages[0].sender_id == "U1"
    assert send_click(configured.url, click("/affirm", "U2", "D0DIRECT", "3.0"))[0] == 200
    assert configured.texts(count=2)[1] == "/affirm" and configured.messages[1].output_channel.thread_id is None


def test_the_event_id_memory_is_bounded(monkeypatch):
    channel = load_channel(monkeypatch, SLACK_BOT_TOKEN=TOKEN, SLACK_SIGNING_SECRET=SECRET)
    monkeypatch.setattr("channels.slack.SEEN_EVENTS", 3)
    seen = lambda event_id: asyncio.run(channel.seen_before(event_id))  # noqa: E731
    assert [seen(i) for i in "abcda"] == [False, False, False, False, False]
    assert seen("d") and list(channel.seen_events) == ["c", "a", "d"]


# --- the real servers --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def slack():
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def webhook(slack, database_url, tmp_path_factory):
    running = start_servers(
        tmp_path_factory,
        database_url,
        SLACK_BOT_TOKEN=TOKEN,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_CHANNEL=CHANNEL,
        SLACK_API_URL=slack.url,
    )
    yield f"{running.settings.rasa_url}/webhooks/slack/webhook"
    running.stop()


def text_of(posts) -> str:
    return "\n".join(post.get("text") or "" for post in posts)


def test_a_message_in_the_channel_is_answered_in_its_thread(webhook, slack):
    event = message_event("how much does the ccm cost")
    assert send_event(webhook, event)[0] == 200
    ts = event["event"]["ts"]
    posts = slack.wait_for(in_thread(ts), until=lambda found: "$430" in text_of(found))
    assert all(post["channel"] == CHANNEL for post in posts)
    assert "Traceback" not in text_of(posts)
    assert slack.calls[-1]["authorization"] == f"Bearer {TOKEN}"


def test_a_direct_message_is_answered_without_a_thread(webhook, slack):
    dm = new_id("D")
    assert send_event(webhook, message_event("how much does the ccm cost", channel=dm, channel_type="im"))[0] == 200
    posts = slack.wait_for(lambda post: post["channel"] == dm, until=lambda found: "$430" in text_of(found))
    assert all("thread_ts" not in post for post in posts)


def test_the_intake_asks_with_buttons_and_a_click_answers(webhook, slack):
    event = message_event("help me find my path")
    send_event(webhook, event)
    ts, user = event["event"]["ts"], event["event"]["user"]
    question = slack.wait_for(in_thread(ts), until=lambda found: any(buttons(p) for p in found))
    question = next(post for post in question if buttons(post))
    assert question["blocks"][0]["text"]["text"] == question["text"]
    choice = next(b for b in buttons(question) if "bachelor" in b["value"])
    before = len(slack.posts(in_thread(ts)))
    status, _ = send_click(webhook, click(choice["value"], user, CHANNEL, question["ts"], thread_ts=ts))
    assert status == 200
    answers = slack.wait_for(in_thread(ts), until=lambda found: any(buttons(p) for p in found[before:]))[before:]
    asked = next(post for post in answers if buttons(post))
    assert asked["text"] != question["text"] and "degree" in asked["text"].lower()
    assert len(buttons(asked)) > 5  # Rasa's SlackBot would have dropped them all


def test_forget_me_in_slack_deletes_the_conversation(webhook, slack):
    event = message_event("i have a bsw and i want to work with homeless families")
    send_event(webhook, event)
    user, ts = event["event"]["user"], event["event"]["ts"]
    slack.wait_for(in_thread(ts))
    ask = message_event("forget me", user=user, thread_ts=ts)
    send_event(webhook, ask)
    question = slack.wait_for(in_thread(ts), until=lambda found: any("cannot be undone" in p["text"] for p in found))
    question = next(post for post in question if "cannot be undone" in post["text"])
    yes = next(b for b in buttons(question) if b["value"] == "/affirm")
    assert send_click(webhook, click(yes["value"], user, CHANNEL, question["ts"], thread_ts=ts))[0] == 200
    slack.wait_for(in_thread(ts), until=lambda found: "I've deleted our conversation" in text_of(found))
    rasa_url = webhook.split("/webhooks/")[0]
    with urllib.request.urlopen(f"{rasa_url}/conversations/{user}/tracker", timeout=30) as answer:
        assert [e for e in json.loads(answer.read())["events"] if e["event"] == "user"] == []


def test_a_forged_signature_is_refused_and_nothing_is_posted(webhook, slack):
    event = message_event("how much does the ccm cost")
    assert send_event(webhook, event, secret="not-the-secret")[0] == 401
    assert slack.none_within(in_thread(event["event"]["ts"]))


def test_a_stale_timestamp_is_refused_and_nothing_is_posted(webhook, slack):
    event = message_event("how much does the ccm cost")
    assert send_event(webhook, event, age=600)[0] == 401
    assert slack.none_within(in_thread(event["event"]["ts"]))


def test_a_redelivered_event_is_answered_once(webhook, slack):
    event = message_event("what does a case manager do")
    ts = event["event"]["ts"]
    assert send_event(webhook, event)[0] == 200
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}
    assert send_event(webhook, event, headers=retry)[0] == 200
    first = slack.wait_for(in_thread(ts))
    time.sleep(5)  # a second processing would post the same reply again by now
    posts = slack.posts(in_thread(ts))
    texts = [post["text"] for post in posts]
    assert len(texts) == len(set(texts)) and len(posts) >= len(first)


def test_the_url_verification_challenge_is_answered(webhook):
    body = {
        "token": "legacy",
        "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
        "type": "url_verification",
    }
    status, text = send_event(webhook, body)
    assert status == 200 and json.loads(text) == {"challenge": body["challenge"]}


def test_a_body_that_is_not_json_is_refused(webhook, slack):
    status, text = send(webhook, b"{not json")
    assert 400 <= status < 500 and "Traceback" not in text
