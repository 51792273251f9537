"""The socket.io channel of the website widget and the kiosk: Rasa's, with session persistence, allowed origins
from ALLOWED_ORIGINS, a size limit, validation of what arrives, and no silent turns.
"""

from __future__ import annotations

import inspect
import logging
import os
import re
import uuid
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from channels.channel_name import NamedChannel
from channels.forgetting import honours_forget_me
from channels.retries import keyed, once_per_request, request_key
from channels.turn_guard import MAX_MESSAGE_CHARS, never_silent

logger = logging.getLogger(__name__)

MAX_FRAME_BYTES = 64 * 1024
SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
SURFACES = ("widget", "kiosk")
CANNOT_READ = f"Sorry, I couldn't read that message. Please type it again (up to {MAX_MESSAGE_CHARS:,} characters)."


def allowed_origins(environ=os.environ) -> List[str]:
    """Origins allowed to open the socket: ALLOWED_ORIGINS (comma-separated), by default the demo pages only."""
    port = environ.get("RASA_PORT", "5005")
    default = f"http://127.0.0.1:{port},http://localhost:{port}"
    return [origin.strip() for origin in environ.get("ALLOWED_ORIGINS", default).split(",") if origin.strip()]


class TrackingSocketIOOutput(SocketIOOutput):
    """Remembers whether anything was sent, so a silent turn can be noticed."""

    sent = False

    async def _send_message(self, socket_id: Text, response: Any) -> None:
        self.sent = True
        await super()._send_message(socket_id, response)

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        # Rasa's version passes the dict as emit() arguments; the pages expect {"custom": {...}}, as REST gives.
        await self._send_message(recipient_id, {"custom": json_message})


def check_message(data: Any) -> Optional[Dict[str, Any]]:
    """The message as the channel accepts it, or None if it is malformed. A page sending the same message again
    (after a lost connection) can keep its `message_id`, so that it is answered without being handled twice."""
    if not isinstance(data, dict):
        return None
    text, session_id, metadata = data.get("message"), data.get("session_id"), data.get("metadata") or {}
    if not isinstance(text, str) or len(text) > MAX_MESSAGE_CHARS:
        return None
    if not isinstance(session_id, str) or not SESSION_ID.match(session_id) or not isinstance(metadata, dict):
        return None
    surface = metadata.get("surface")
    return {
        "message": text,
        "session_id": session_id,
        "metadata": keyed(
            {"surface": surface if surface in SURFACES else "widget"}, request_key(data.get("message_id"))
        ),
    }


class AdvisingSocketIOInput(NamedChannel, SocketIOInput):
    channel_name = "socketio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        # Sessions persist: a page keeps its session id, and with it the conversation, from one page to the next.
        return super().from_credentials({**(credentials or {}), "namespace": None, "session_persistence": True})

    def get_output_channel(self):
        return TrackingSocketIOOutput(self.sio, self.bot_message_evt) if getattr(self, "sio", None) else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def start_afresh(message: UserMessage) -> None:
            # The page then drops its stored transcript and session id: nothing of the conversation stays in it.
            await message.output_channel.send_custom_json(message.sender_id, {"forgotten": True})

        forgetful = honours_forget_me(once_per_request(on_new_message), start_afresh)

        async def tracked(message: UserMessage) -> None:
            message.output_channel = TrackingSocketIOOutput(self.sio, self.bot_message_evt)
            await forgetful(message)

        blueprint = super().blueprint(never_silent(tracked))
        sio = self.sio
        sio.eio.cors_allowed_origins = allowed_origins()
        sio.eio.max_http_buffer_size = MAX_FRAME_BYTES
        original = sio.handlers["/"][self.user_message_evt]

        async def validated(sid: Text, data: Any) -> None:
            message = check_message(data)
            if message is None:
                logger.info("refused a malformed socket.io message")
                await sio.emit(self.bot_message_evt, {"text": CANNOT_READ}, room=sid)
                return
            await original(sid, message)

        async def session_request(sid: Text, data: Any) -> None:
            # Rasa 3.6 calls enter_room() without awaiting it, but in python-socketio 5.10+ it is a coroutine, so
            # the socket never joined the session's room and no reply arrived. A bad or missing id gets a new one.
            wanted = data.get("session_id") if isinstance(data, dict) else None
            session_id = wanted if isinstance(wanted, str) and SESSION_ID.match(wanted) else uuid.uuid4().hex
            joined = sio.enter_room(sid, session_id)
            if inspect.isawaitable(joined):
                await joined
            await sio.emit("session_confirm", session_id, room=sid)

        sio.on(self.user_message_evt, validated)
        sio.on("session_request", session_request)
        return blueprint
