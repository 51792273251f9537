"""A turn never ends in silence: if nothing was said (action server down, an action failed), say so."""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

CANNOT_ANSWER = ("Sorry, I can't look that up right now. Please try again in a moment, "
                 "or ask to talk to a person.")


def said_something(channel: Any) -> bool:
    if isinstance(channel, CollectingOutputChannel):
        return bool(channel.messages)
    return bool(getattr(channel, "sent", True))


def never_silent(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    async def handle(message: UserMessage) -> None:
        try:
            await on_new_message(message)
        finally:
            if not said_something(message.output_channel):
                await message.output_channel.send_text_message(message.sender_id, CANNOT_ANSWER)

    return handle
