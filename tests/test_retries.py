"""A message sent twice (nginx retrying a POST whose replica died after saving the turn, or a client sending it
again) is handled once, and the person still gets the answer they would have had. Real conversation store
(Rasa's SQL tracker store on SQLite) and lock store; the model's part of a turn is played by a stand-in that
stores and sends a turn as Rasa's MessageProcessor does (the stack test runs the real one)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any, Dict, List

import pytest
from rasa.core.actions.action import create_bot_utterance
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.lock_store import InMemoryLockStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered

from channels.rest import body_problem
from channels.retries import REQUEST_KEY, keyed, once_per_request, request_key, stored_replies
from channels.turn_guard import CANNOT_ANSWER, never_silent, words_unless_payload
from channels.web import check_message
from knowledge.paths import ROOT
from stores.tracker_store import ResilientSQLTrackerStore

KEY = "4f0c2a9be1d3475f8a6b0c1d2e3f4a5b"  # what nginx's $request_id looks like
PLAN_BUTTONS = [{"title": "Show my plan", "payload": "/show_plan"}]


class StandInProcessor:
    """A turn as Rasa's MessageProcessor.handle_message makes it: the user event with the message's metadata,
    the replies sent as BotUttered.message() and stored, all saved at the end in one go."""

    def __init__(self, store: ResilientSQLTrackerStore, replies: List[Dict[str, Any]]):
        self.store, self.replies, self.turns = store, replies, 0

    async def handle_message(self, message: UserMessage) -> None:
        self.turns += 1
        tracker = await self.store.get_or_create_tracker(message.sender_id)
        tracker.update(UserUttered(message.text, {"name": "ask"}, metadata=message.metadata))
        await asyncio.sleep(0)  # a retry arriving now must wait for the lock
        for reply in self.replies:
            event = create_bot_utterance(dict(reply))
            await message.output_channel.send_response(message.sender_id, event.message())
            tracker.update(event)
        tracker.update(ActionExecuted("action_listen"))
        await self.store.save(tracker)


@pytest.fixture
def agent(tmp_path):
    store = ResilientSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "tracker.db"))
    replies = [{"text": "The CCM costs $385 to apply.", "buttons": PLAN_BUTTONS}, {"text": "Anything else?"}]
    processor = StandInProcessor(store, replies)
    return SimpleNamespace(
        tracker_store=store, lock_store=InMemoryLockStore(), processor=processor, is_ready=lambda: True
    )


def handler(agent):
    async def no_agent_path(message: UserMessage) -> None:
        raise AssertionError("a keyed message goes through the conversation's lock, not Agent.handle_message")

    return once_per_request(no_agent_path, agent_of=lambda: agent)


def sent(agent, text: str, key: str = KEY, sender: str = "someone") -> List[Dict[str, Any]]:
    output = CollectingOutputChannel()
    message = UserMessage(text, output, sender, input_channel="rest", metadata=keyed({"surface": "widget"}, key))
    asyncio.run(handler(agent)(message))
    return output.messages


def user_events(agent, sender: str = "someone") -> List[str]:
    tracker = asyncio.run(agent.tracker_store.retrieve(sender))
    return [event.text for event in tracker.events if isinstance(event, UserUttered)]


def test_a_message_sent_again_gets_the_same_answer_and_is_stored_once(agent):
    first = sent(agent, "how much does the ccm cost")
    again = sent(agent, "how much does the ccm cost")
    assert first and again == first
    assert again[0]["text"] == "The CCM costs $385 to apply." and again[0]["buttons"] == PLAN_BUTTONS
    assert agent.processor.turns == 1
    assert user_events(agent) == ["how much does the ccm cost"]


def test_a_retry_arriving_while_the_first_attempt_runs_waits_and_is_not_handled_twice(agent):
    async def both() -> List[List[Dict[str, Any]]]:
        outputs = [CollectingOutputChannel(), CollectingOutputChannel()]
        messages = [UserMessage("what is the crc", output, "someone", metadata=keyed(None, KEY)) for output in outputs]
        await asyncio.gather(*(handler(agent)(message) for message in messages))
        return [output.messages for output in outputs]

    first, retry = asyncio.run(both())
    assert first and retry == first
    assert agent.processor.turns == 1
    assert user_events(agent) == ["what is the crc"]


def test_the_same_words_sent_anew_are_a_new_turn(agent):
    sent(agent, "thanks", key=KEY)
    sent(agent, "thanks", key="b" * 32)
    assert agent.processor.turns == 2
    assert user_events(agent) == ["thanks", "thanks"]


def test_a_reused_key_with_other_words_is_not_taken_for_a_retry(agent):
    sent(agent, "what is the ccm")
    answer = sent(agent, "and the acm?")
    assert answer and agent.processor.turns == 2
    assert user_events(agent) == ["what is the ccm", "and the acm?"]


def test_only_the_key_of_the_same_conversation_counts(agent):
    sent(agent, "hello", sender="ana")
    sent(agent, "hello", sender="ben")
    assert agent.processor.turns == 2


def test_an_unkeyed_message_or_no_agent_takes_rasas_own_path():
    handled: List[UserMessage] = []

    async def rasa_path(message: UserMessage) -> None:
        handled.append(message)

    message = UserMessage("hi", CollectingOutputChannel(), "x", metadata={"surface": "kiosk"})
    asyncio.run(once_per_request(rasa_path, agent_of=lambda: SimpleNamespace(is_ready=lambda: True))(message))
    keyed_message = UserMessage("hi", CollectingOutputChannel(), "x", metadata=keyed(None, KEY))
    asyncio.run(once_per_request(rasa_path, agent_of=lambda: None)(keyed_message))
    assert handled == [message, keyed_message]


def test_a_stored_turn_that_said_nothing_gets_the_guards_answer_again_not_a_second_turn(agent):
    agent.processor.replies = []  # the action server was down: the guard told the person, nothing was stored
    guarded = never_silent(handler(agent))
    answers = []
    for _ in range(2):
        output = CollectingOutputChannel()
        asyncio.run(guarded(UserMessage("what is the ccm", output, "someone", metadata=keyed(None, KEY))))
        answers.append([message["text"] for message in output.messages])
    assert answers == [[CANNOT_ANSWER], [CANNOT_ANSWER]]
    assert agent.processor.turns == 1


def test_the_replies_of_the_keyed_turn_only():
    events = [
        UserUttered("hi", metadata={REQUEST_KEY: "a" * 32}),
        create_bot_utterance({"text": "Hello!"}),
        UserUttered("what is the ccm", metadata={REQUEST_KEY: KEY}),
        create_bot_utterance({"text": "The CCM is a credential."}),
        ActionExecuted("action_listen"),
        UserUttered("thanks", metadata={REQUEST_KEY: "c" * 32}),
        create_bot_utterance({"text": "You're welcome."}),
    ]
    assert [reply["text"] for reply in stored_replies(events, KEY, "what is the ccm")] == ["The CCM is a credential."]
    assert stored_replies(events, "d" * 32, "what is the ccm") is None


def test_the_key_is_the_clients_own_else_the_proxys_and_only_the_channel_sets_it():
    assert request_key("widget-retry-0001", KEY) == "widget-retry-0001"
    assert request_key(None, KEY) == KEY
    assert request_key("no", KEY) == KEY  # too short to be a key: the proxy's
    assert request_key("<script>alert(1)</script>", None) is None
    assert request_key(12345678, None) is None
    assert keyed({"surface": "kiosk", REQUEST_KEY: "forged-by-client"}, None) == {"surface": "kiosk"}
    assert keyed(None, None) is None


def test_a_bad_message_id_gets_a_clear_400():
    class Body:
        def __init__(self, body):
            self.json = body

    assert body_problem(Body({"sender": "a", "message": "hi", "message_id": "retry-of-7-abc"})) is None
    assert body_problem(Body({"sender": "a", "message": "hi", "message_id": None})) is None
    status, text = body_problem(Body({"sender": "a", "message": "hi", "message_id": ["x"]}))
    assert status == 400 and "message_id" in text


def test_the_widget_and_kiosk_keep_their_message_id():
    data = {"message": "hi", "session_id": "a1b2c3d4e5", "metadata": {"surface": "kiosk"}, "message_id": KEY}
    assert check_message(data)["metadata"] == {"surface": "kiosk", REQUEST_KEY: KEY}
    del data["message_id"]
    assert check_message(data)["metadata"] == {"surface": "kiosk"}


# The same guard reads a message as words unless it is a button payload of this domain (a typed "/x" is words).
def test_only_payloads_of_this_domain_are_read_as_payloads():
    domain = Domain.load(str(ROOT / "domain.yml"))
    assert words_unless_payload("/affirm", domain) == "/affirm"
    assert (
        words_unless_payload('/inform{"education_level": "bachelor"}', domain)
        == '/inform{"education_level": "bachelor"}'
    )
    assert words_unless_payload("/not_an_intent tell me", domain) == "not_an_intent tell me"
    assert words_unless_payload('/inform{"education_level": broken', domain) == 'inform{"education_level": broken'
    assert words_unless_payload('/inform{"password": "x"}', domain) == 'inform{"password": "x"}'
    assert words_unless_payload("/", domain) == ""
    assert words_unless_payload("hello /affirm", domain) == "hello /affirm"
