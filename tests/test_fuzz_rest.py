"""Property-based fuzzing (hypothesis) of the running assistant over its REST channel (issue #6).

- Any text (unicode, emoji, control characters, empty, thousands of characters, things that look like Rasa's
  "/intent{...}" payloads, broken or not) gets a 200 and a reply, or a 413 with a JSON error when it is over the
  channel's limit; never a 5xx. Afterwards every slot of the conversation holds a value of the type domain.yml
  declares for it, and the profile slots are a profile the engine accepts.
- Any body (not JSON, truncated, not an object, fields of the wrong type, huge, deeply nested, invalid UTF-8, any
  content type) gets a 4xx with a JSON error, or a 200 and a reply if it happens to follow the contract; never a
  5xx, and the assistant still answers the next person.

Examples are derandomized (the same in every run) and not shrunk: each one is an HTTP turn, and shrinking would
replay hundreds of them. A failure prints the example as it was found.
"""

from __future__ import annotations

import http.client
import json
import math
import urllib.request
import uuid

import pytest
import yaml
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from advising.profile import Profile
from channels.rest import MAX_MESSAGE_CHARS, MAX_SENDER_CHARS
from channels.turn_guard import CANNOT_ANSWER, NOT_TAKEN_IN
from knowledge.paths import ROOT
from tests.fuzzing import quiet
from tests.live import start_servers

TOKEN = "fuzz-token"
WEBHOOK = "/webhooks/rest/webhook"
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())
# The slots Rasa adds: requested_slot to a domain with forms, session_started_metadata to every domain.
SLOTS = {"requested_slot": {"type": "text"}, "session_started_metadata": {"type": "any"}, **DOMAIN["slots"]}
PROFILE_SLOTS = Profile.__dataclass_fields__.keys()
RUN = uuid.uuid4().hex[:6]

HTTP = settings(
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def catalog(catalog):
    return quiet(catalog)


@pytest.fixture(scope="module")
def servers(database_url, tmp_path_factory):
    running = start_servers(tmp_path_factory, database_url, auth_token=TOKEN)
    yield running
    running.stop()


# --- raw HTTP: nothing between the test and the server fixes the body up ----------------------------------------


def send(servers, body: bytes, content_type: str = "application/json", method: str = "POST", query: str = ""):
    connection = http.client.HTTPConnection("127.0.0.1", servers.settings.rasa_port, timeout=120)
    try:
        headers = {"Content-Type": content_type} if content_type else {}
        connection.request(method, WEBHOOK + query, body=body, headers=headers)
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


def say(servers, sender: str, text: str):
    return send(servers, json.dumps({"sender": sender, "message": text}).encode())


def tracker_slots(servers, sender: str) -> dict:
    url = f"{servers.settings.rasa_url}/conversations/{sender}/tracker?token={TOKEN}"
    with urllib.request.urlopen(url, timeout=60) as answer:
        return json.loads(answer.read())["slots"]


def check_reply(status: int, data: bytes, sender: str) -> list:
    assert status == 200, (status, data[:300])
    replies = json.loads(data)
    assert isinstance(replies, list) and replies, replies  # a turn never ends in silence
    for reply in replies:
        assert isinstance(reply, dict) and reply.get("recipient_id") == sender, reply
        assert {"text", "buttons", "custom", "image", "attachment"} & set(reply), reply
        assert "Traceback" not in str(reply.get("text", "")), reply
        # The action server is up all along: these would mean an action or the turn failed.
        assert reply.get("text") not in (CANNOT_ANSWER, NOT_TAKEN_IN), reply
    return replies


def check_refusal(status: int, data: bytes, statuses=range(400, 500)) -> str:
    assert status in statuses, (status, data[:300])
    error = json.loads(data)["error"]
    assert isinstance(error, str) and error
    return error


def wrong_slots(slots: dict) -> list:
    """(slot, value, declared type) for every slot whose value is not of the type domain.yml declares."""
    wrong = []
    for name, value in slots.items():
        declared = SLOTS.get(name)
        if declared is None:
            wrong.append((name, value, "not declared"))
            continue
        kind = declared["type"]
        if value is None or kind == "any":
            continue
        ok = {
            "text": lambda v: isinstance(v, str),
            "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v),
            "bool": lambda v: isinstance(v, bool),
            "list": lambda v: isinstance(v, list),
            "categorical": lambda v, declared=declared: isinstance(v, str) and v in declared.get("values", ()),
        }[kind](value)
        if not ok:
            wrong.append((name, value, kind))
    return wrong


def check_slots(servers, sender: str, catalog) -> dict:
    slots = tracker_slots(servers, sender)
    assert not wrong_slots(slots), wrong_slots(slots)
    profile = {name: slots[name] for name in PROFILE_SLOTS if slots.get(name) is not None}
    Profile.from_dict(profile, catalog)  # raises ProfileError if the slots hold a value the engine refuses
    return profile


# --- what people (and programs) type --------------------------------------------------------------------------------

INTENTS = sorted(DOMAIN["intents"])
ENTITIES = sorted(DOMAIN["entities"])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(["RN", "bachelor", "social_work", "nursing", "CCM", "msw"]),
)
JSONISH = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
SPECIAL = [
    "",
    " ",
    "\n\t \r",
    "/",
    "//",
    "/ ",
    "/nonexistent_intent",
    '/inform{"education_level": 5}',
    "/inform{",
    '/inform{"education_level": "bachelor"',
    '/inform{"licenses": ["RN"]}',
    '/inform{"license": {"a": [1]}}',
    '/inform["RN"]',
    "/inform@",
    "/inform@2.5",
    "/inform@...",
    '/inform@0.1{"license": "RN"}trailing',
    '/start_over{"x": null}',
    "/forget_me",
    "/affirm",
    "/deny",
    "/inform{}",
    "/{}",
    "/@1{}",
    "\x00",
    "\ufeff/inform",
    "\u202e/inform",
    "%s%s%n",
    "{{slot}}",
    "${HOME}",
    "<script>alert(1)</script>",
    "'; DROP TABLE events; --",
    "i have a bsn and i'm an rn",
    "skip",
    "i don't know",
    "yes",
    "no",
    "start over",
    "show me the whole plan",
    "what if i got an msw",
    "how much does the ccm cost",
    "99999 years as a case manager",
    "i was a nurse for fifty years and a half",
]
# Facts about the person, so that the slots fill up and their types are put to the test.
FACTS = [
    "i have a bsn and i'm an rn",
    "i've been a case manager for two years",
    "none",
    "600 months",
    "0",
    "skip",
    "5 years in the hospital, supervised by a ccm",
    "i have an msw and did my practicum",
    "i'm an lpn",
    "yes",
    "i want to work with homeless kids",
    "actually its a bsw not an msw",
    "i supervised case managers for a year",
    "18 months as a case manager and 3 years in the hospital",
    "no",
    "i don't know",
    "start over",
    '/inform{"education_level": "master", "degree_field": "social_work"}',
    '/inform{"license": ["RN", "CCM"]}',
    '/inform{"interest": "homelessness"}',
    "/affirm",
    "/deny",
]


def payloads():
    """Rasa's "/intent@confidence{entities}" shorthand: known and unknown intents and entities, any values, cut
    short."""
    intent = st.one_of(st.sampled_from(INTENTS), st.text(max_size=15))
    confidence = st.one_of(st.just(""), st.from_regex(r"@[0-9.]{0,6}", fullmatch=True))
    names = st.one_of(st.sampled_from(ENTITIES), st.sampled_from(sorted(SLOTS)), st.text(max_size=8))
    entities = st.dictionaries(names, JSONISH, max_size=3).map(json.dumps)
    broken = st.tuples(entities, st.integers(0, 60)).map(lambda e: e[0][: e[1]])
    return st.builds(
        lambda i, c, e, r: f"/{i}{c}{e}{r}",
        intent,
        confidence,
        st.one_of(st.just(""), entities, broken),
        st.one_of(st.just(""), st.text(max_size=10)),
    )


TEXTS = st.one_of(
    st.sampled_from(FACTS),
    st.sampled_from(SPECIAL),
    payloads(),
    payloads(),
    st.text(max_size=80),
    st.text(st.characters(categories=["Cc", "Cf", "Co", "Zs", "Zl", "Zp", "So", "Sk", "Mn", "Me"]), max_size=200),
    st.text(min_size=200, max_size=2000),
    st.builds(lambda piece, times: (piece * times)[:20_000], st.text(min_size=1, max_size=30), st.integers(1, 20_000)),
)
SENDERS = st.one_of(
    st.sampled_from([f"fuzz-{RUN}-{n}" for n in range(4)]),
    st.from_regex(r"[A-Za-z0-9_.~-]{1,40}", fullmatch=True).filter(lambda s: s.strip(".")),
)


@settings(HTTP, max_examples=100)
@given(sender=SENDERS, texts=st.lists(TEXTS, min_size=1, max_size=3))
def test_any_text_gets_a_reply_and_leaves_every_slot_well_typed(servers, catalog, sender, texts):
    for text in texts:
        status, data = say(servers, sender, text)
        if len(text) > MAX_MESSAGE_CHARS:
            event("over the limit")
            check_refusal(status, data, statuses=[413])
        else:
            event("payload" if text.strip().startswith("/") else "text")
            check_reply(status, data, sender)
    for name in check_slots(servers, sender, catalog):
        event(f"has {name}")


@settings(HTTP, max_examples=20)
@given(sender=st.text(min_size=1, max_size=300), text=st.sampled_from(SPECIAL))
def test_any_sender_gets_its_own_reply(servers, sender, text):
    status, data = say(servers, sender, text)
    if not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        check_refusal(status, data)
    else:
        check_reply(status, data, sender)


# --- what arrives when a client is broken -----------------------------------------------------------------------


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


MALFORMED = {
    "empty": b"",
    "not json": b"not json at all",
    "form": b"sender=x&message=hi",
    "truncated": b'{"sender": "fuzz", "message": "hi',
    "trailing garbage": b'{"sender": "fuzz", "message": "hi"} {}',
    "list": b'[{"sender": "fuzz", "message": "hi"}]',
    "number": b"42",
    "string": b'"hi"',
    "null": b"null",
    "true": b"true",
    "no message": b'{"sender": "fuzz"}',
    "no sender": b'{"message": "hi"}',
    "message number": b'{"sender": "fuzz", "message": 5}',
    "message float": b'{"sender": "fuzz", "message": 5.5}',
    "message list": b'{"sender": "fuzz", "message": ["hi"]}',
    "message object": b'{"sender": "fuzz", "message": {"text": "hi"}}',
    "message null": b'{"sender": "fuzz", "message": null}',
    "message NaN": b'{"sender": "fuzz", "message": NaN}',
    "message huge int": b'{"sender": "fuzz", "message": ' + b"9" * 5000 + b"}",
    "sender number": b'{"sender": 5, "message": "hi"}',
    "sender list": b'{"sender": ["fuzz"], "message": "hi"}',
    "sender object": b'{"sender": {"id": "fuzz"}, "message": "hi"}',
    "sender null": b'{"sender": null, "message": "hi"}',
    "sender empty": b'{"sender": "", "message": "hi"}',
    "sender huge": json.dumps({"sender": "s" * 1_000_000, "message": "hi"}).encode(),
    "metadata string": b'{"sender": "fuzz", "message": "hi", "metadata": "x"}',
    "metadata NaN": b'{"sender": "fuzz", "message": "hi", "metadata": {"x": NaN}}',
    "metadata Infinity": b'{"sender": "fuzz", "message": "hi", "metadata": {"x": -Infinity}}',
    "input_channel object": b'{"sender": "fuzz", "message": "hi", "input_channel": {}}',
    "lone surrogate": b'{"sender": "fuzz", "message": "\\ud800 hi"}',
    "lone surrogate sender": b'{"sender": "\\udfff", "message": "hi"}',
    "invalid utf-8": b'{"sender": "fuzz", "message": "\xff\xfe\xc3"}',
    "utf-16": json.dumps({"sender": "fuzz", "message": "hi"}).encode("utf-16"),
    "deeply nested": ('{"sender": "fuzz", "message": "hi", "metadata": {"x": ' + nested(100_000) + "}}").encode(),
    "deeply nested body": nested(100_000).encode(),
    "message of 5 MB": json.dumps({"sender": "fuzz", "message": "case manager " * 400_000}).encode(),
    "message just over": json.dumps({"sender": "fuzz", "message": "a " * (MAX_MESSAGE_CHARS // 2) + "a"}).encode(),
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_body_is_refused_with_a_clear_error(servers, body):
    check_refusal(*send(servers, body))
    sender = f"fuzz-{uuid.uuid4().hex[:8]}"
    check_reply(*say(servers, sender, "hello"), sender)  # and the next person is still answered


@pytest.mark.parametrize(
    "content_type",
    [
        "text/plain",
        "application/x-www-form-urlencoded",
        "",
        "multipart/form-data",
        "application/json; charset=latin-1",
        "\u00e9/\u00e9",
    ],
)
def test_any_content_type_with_a_good_body_is_answered(servers, content_type):
    sender = f"fuzz-{uuid.uuid4().hex[:8]}"
    check_reply(*send(servers, json.dumps({"sender": sender, "message": "hi"}).encode(), content_type), sender)


def test_streaming_refuses_a_malformed_body_and_answers_a_good_one(servers):
    check_refusal(*send(servers, b'{"sender": "fuzz", "message": 5}', query="?stream=true"))
    status, data = send(servers, json.dumps({"sender": "fuzz-stream", "message": "hi"}).encode(), query="?stream=true")
    assert status == 200 and [json.loads(line) for line in data.decode().splitlines() if line.strip()]


def test_other_methods_are_not_a_server_error(servers):
    for method in ("GET", "PUT", "DELETE", "PATCH"):
        status, _ = send(servers, b"", method=method)
        assert 400 <= status < 500, (method, status)


def json_bodies():
    """JSON documents of any shape, some of them following the contract, and the same cut short."""
    field = st.one_of(JSONISH, st.text(max_size=50))
    shaped = st.fixed_dictionaries(
        {}, optional={"sender": field, "message": field, "metadata": JSONISH, "input_channel": JSONISH}
    )
    message = st.one_of(st.text(max_size=50), st.sampled_from(SPECIAL))
    good = st.fixed_dictionaries(
        {"sender": SENDERS, "message": message},
        optional={
            "metadata": st.dictionaries(st.text(max_size=8), JSONISH, max_size=2),
            "input_channel": st.one_of(st.none(), st.text(max_size=10)),
        },
    )
    document = st.one_of(good, shaped, shaped, JSONISH).map(json.dumps).map(str.encode)
    return st.one_of(document, st.tuples(document, st.integers(0, 80)).map(lambda d: d[0][: d[1]]))


@settings(HTTP, max_examples=100)
@given(
    body=st.one_of(json_bodies(), json_bodies(), st.binary(max_size=200), st.text(max_size=200).map(str.encode)),
    content_type=st.sampled_from(["application/json", "text/plain", ""]),
)
def test_any_body_gets_a_reply_or_a_clear_4xx_never_a_5xx(servers, body, content_type):
    status, data = send(servers, body, content_type)
    assert status < 500, (status, data[:300])
    if status == 200:
        event("answered")
        check_reply(status, data, json.loads(body)["sender"])
    else:
        event(f"refused {status}")
        check_refusal(status, data)


def test_zz_after_all_that_the_assistant_still_advises(servers, catalog):
    sender = f"fuzz-{uuid.uuid4().hex[:8]}"
    replies = check_reply(*say(servers, sender, "i have a bsn and i'm an rn"), sender)
    assert "bachelor's degree" in " ".join(reply.get("text", "") for reply in replies)
    slots = tracker_slots(servers, sender)
    assert (slots["education_level"], slots["degree_field"], slots["licenses"]) == ("bachelor", "nursing", ["RN"])
    check_slots(servers, sender, catalog)
