"""The guard around every turn of every channel: a message over MAX_MESSAGE_CHARS is refused with a clear answer,
and a turn never ends in silence: if nothing was said (action server down, an action failed), say so; if the turn
failed (conversation store or lock store unreachable), say that it was not taken in, without logging its text."""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from channels.agent import current_agent
from language import wording
from ops.metrics import count_turn
from stores.tracker_store import refuse_silent_fallback

logger = logging.getLogger(__name__)

CANNOT_ANSWER = wording.CANNOT_ANSWER
MAX_MESSAGE_CHARS = 5000  # far longer messages took the NLU pipeline all the memory of the machine
TOO_LONG = f"That message is too long for me: please send it in parts of up to {MAX_MESSAGE_CHARS:,} characters."
PAYLOAD = re.compile(r"^/(?P<intent>[^{@\s]+)(?P<entities>\{.*\})?$", re.DOTALL)
NOT_TAKEN_IN = (
    "Sorry, I can't do that right now: part of the system is unavailable. Nothing you told me before "
    "is lost. Please send that again in a minute."
)


def said_something(channel: Any) -> bool:
    if isinstance(channel, CollectingOutputChannel):
        return bool(channel.messages)
    return bool(getattr(channel, "sent", True))


def never_silent(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    async def handle(message: UserMessage) -> None:
        arrived = time.monotonic()
        outcome = await _turn(message)
        count_turn(message.input_channel, outcome, time.monotonic() - arrived)

    async def _turn(message: UserMessage) -> str:
        agent = current_agent()
        if agent is not None:
            refuse_silent_fallback(agent.tracker_store)
        if isinstance(message.text, str) and len(message.text) > MAX_MESSAGE_CHARS:
            await _tell(message, TOO_LONG)
            return "too_long"
        if isinstance(message.text, str):
            message.text = words_unless_payload(message.text, getattr(agent, "domain", None))
        try:
            await on_new_message(message)
        except Exception as error:  # noqa: BLE001 - the person gets an answer whatever failed
            # The exception's text can quote the message (SQL parameters, NLU input), so only its type is logged.
            logger.error("a turn failed: %s", type(error).__name__)
            await _tell(message, NOT_TAKEN_IN)
            return "not_taken_in"
        if not said_something(message.output_channel):
            await _tell(message, CANNOT_ANSWER)
            return "cannot_answer"
        return "answered"

    return handle


def words_unless_payload(text: str, domain: Optional[Any]) -> str:
    """Rasa reads a message starting with "/" as an intent payload (buttons send those) and logs, with its text,
    any it cannot use. A message that is not a payload of this domain is passed on as the words it is."""
    if not text.startswith("/") or domain is None:
        return text
    match = PAYLOAD.match(text.strip())
    if match and match["intent"] in domain.intents:
        if not match["entities"]:
            return text
        try:
            entities = json.loads(match["entities"])
        except ValueError:
            entities = None
        names = set(domain.entities) | {slot.name for slot in domain.slots}
        if isinstance(entities, dict) and set(entities) <= names:
            return text
    return text.lstrip("/ ")


async def _tell(message: UserMessage, text: str) -> None:
    try:
        await message.output_channel.send_text_message(message.sender_id, text)
    except Exception as error:  # noqa: BLE001 - the channel itself is gone; nothing more can be said
        logger.error("could not answer a turn: %s", type(error).__name__)
