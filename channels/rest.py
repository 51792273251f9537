"""Rasa's REST channel, at the same URL (/webhooks/rest/webhook), with one guarantee more: a turn never ends in
silence. When nothing was said (the action server is down, an action failed), the person is told so.
"""
from __future__ import annotations

from typing import Any, Awaitable, Callable, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint

CANNOT_ANSWER = ("Sorry, I can't look that up right now. Please try again in a moment, "
                 "or ask to talk to a person.")


def never_silent(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    async def handle(message: UserMessage) -> None:
        try:
            await on_new_message(message)
        finally:
            channel = message.output_channel
            if isinstance(channel, CollectingOutputChannel) and not channel.messages:
                await channel.send_text_message(message.sender_id, CANNOT_ANSWER)

    return handle


class AdvisingRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        return super().blueprint(never_silent(on_new_message))
