"""Rasa's REST channel, at the same URL (/webhooks/rest/webhook), that never ends a turn in silence and honours
"forget me"."""
from __future__ import annotations

from typing import Awaitable, Callable, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint

from channels.forgetting import honours_forget_me
from channels.silence import never_silent


class AdvisingRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        return super().blueprint(never_silent(honours_forget_me(on_new_message)))
