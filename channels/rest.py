"""Rasa's REST channel, at the same URL (/webhooks/rest/webhook), that never ends a turn in silence and honours
"forget me".

A request that does not follow the contract, {"sender": "<id>", "message": "<text>"}, is refused with a 4xx and a
JSON {"error": ...} before Rasa sees it: Rasa's own handler answers 500 to a body that is not a JSON object, an
empty list to a message that is not text, and a message of a few hundred thousand characters took all the memory
of the machine.

A client may add a "message_id" and keep it when it sends the same message again: a message already handled is
then answered with its stored replies, not handled twice (channels/retries.py; behind the proxy, nginx's request id
does this for its own retries).
"""

from __future__ import annotations

import json
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.channel_name import NamedChannel
from channels.forgetting import honours_forget_me
from channels.retries import REQUEST_HEADER, keyed, once_per_request, request_key
from channels.turn_guard import MAX_MESSAGE_CHARS, never_silent

MAX_SENDER_CHARS = 256


class AdvisingRestInput(NamedChannel, RestInput):
    channel_name = "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        blueprint = super().blueprint(never_silent(honours_forget_me(once_per_request(on_new_message))))
        blueprint.middleware(refuse_malformed, "request")
        return blueprint

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        """The body's metadata, with the message's key: the client's `message_id`, else the proxy's request id."""
        body = request.json
        return keyed(body.get("metadata"), request_key(body.get("message_id"), request.headers.get(REQUEST_HEADER)))


async def refuse_malformed(request: Request) -> Optional[HTTPResponse]:
    """A 4xx with a JSON error for a webhook request off the contract; None lets the request through."""
    if request.method != "POST" or not request.path.rstrip("/").endswith("/webhook"):
        return None
    problem = body_problem(request)
    if problem is None:
        return None
    status, text = problem
    return response.json({"error": text}, status=status)


def body_problem(request: Request) -> Optional[tuple]:
    try:
        body = request.json  # parsed as Rasa's handler will parse it (ujson), and kept for it
    except SanicException:
        return 400, 'the body is not JSON; send {"sender": "<id>", "message": "<text>"}'
    if not isinstance(body, dict):
        return 400, 'the body must be a JSON object: {"sender": "<id>", "message": "<text>"}'
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not sender.strip():
        return 400, '"sender" must be a non-empty string that identifies the conversation'
    if len(sender) > MAX_SENDER_CHARS:
        return 400, f'"sender" must be at most {MAX_SENDER_CHARS} characters'
    if not isinstance(message, str):
        return 400, '"message" must be a string'
    if len(message) > MAX_MESSAGE_CHARS:
        return 413, f'"message" must be at most {MAX_MESSAGE_CHARS:,} characters'
    if not isinstance(body.get("metadata"), (dict, type(None))):
        return 400, '"metadata", if given, must be a JSON object'
    if body.get("message_id") is not None and request_key(body["message_id"]) is None:
        return 400, '"message_id", if given, must be 8 to 128 letters, digits, "_", ".", ":" or "-"'
    if not isinstance(body.get("input_channel"), (str, type(None))):
        return 400, '"input_channel", if given, must be a string'
    if not _storable(body):
        return 400, "the body holds text that is not valid Unicode (a lone surrogate), or a NaN or infinite number"
    return None


def _storable(body: Any) -> bool:
    """Whether the conversation can be saved as it arrives: strict JSON, valid UTF-8 when encoded."""
    try:
        json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
        return False
    return True
