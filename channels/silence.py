"""A turn never ends in silence: if nothing was said (action server down, an action failed), say so; if the turn
failed (conversation store or lock store unreachable), say that it was not taken in, without logging its text."""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from channels.agent import current_agent
from stores.tracker_store import refuse_silent_fallback

logger = logging.getLogger(__name__)

CANNOT_ANSWER = ("Sorry, I can't look that up right now. Please try again in a moment, "
                 "or ask to talk to a person.")
NOT_TAKEN_IN = ("Sorry, I can't do that right now: part of the system is unavailable. Nothing you told me before "
                "is lost. Please send that again in a minute.")


def said_something(channel: Any) -> bool:
    if isinstance(channel, CollectingOutputChannel):
        return bool(channel.messages)
    return bool(getattr(channel, "sent", True))


def never_silent(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    async def handle(message: UserMessage) -> None:
        agent = current_agent()
        if agent is not None:
            refuse_silent_fallback(agent.tracker_store)
        try:
            await on_new_message(message)
        except Exception as error:  # noqa: BLE001 - the person gets an answer whatever failed
            # The exception's text can quote the message (SQL parameters, NLU input), so only its type is logged.
            logger.error("a turn failed: %s", type(error).__name__)
            await _tell(message, NOT_TAKEN_IN)
            return
        if not said_something(message.output_channel):
            await _tell(message, CANNOT_ANSWER)

    return handle


async def _tell(message: UserMessage, text: str) -> None:
    try:
        await message.output_channel.send_text_message(message.sender_id, text)
    except Exception as error:  # noqa: BLE001 - the channel itself is gone; nothing more can be said
        logger.error("could not answer a turn: %s", type(error).__name__)
