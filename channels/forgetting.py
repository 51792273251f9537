"""'Forget me' in every channel. The action asks for confirmation, then sends a marker; the channel deletes the
conversation only after the turn was saved (deleting earlier would let Rasa save it again), then says so."""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional

from rasa.core.channels.channel import UserMessage

from channels.agent import current_agent
from stores.forget import FORGET_MARKER, forget_person

logger = logging.getLogger(__name__)

FORGOTTEN = (
    "Done: I've deleted our conversation and any plan link I made for you; nothing you told me is kept. "
    "Say hello whenever you want to start again."
)
COULD_NOT_FORGET = (
    'Sorry, I couldn\'t delete our conversation just now. Please say "forget me" again in a '
    "minute, or ask to talk to a person."
)

Handler = Callable[[UserMessage], Awaitable[Any]]


def honours_forget_me(on_new_message: Handler, after_forgetting: Optional[Handler] = None) -> Handler:
    async def handle(message: UserMessage) -> None:
        requested = _watch_for_marker(message.output_channel)
        await on_new_message(message)
        if not requested:
            return
        agent = current_agent()
        try:
            if agent is None:
                raise RuntimeError("no agent")
            forget_person(agent.tracker_store, message.sender_id)
        except Exception as error:  # noqa: BLE001 - the person is told it did not happen
            logger.error("forgetting a conversation failed: %s", type(error).__name__)
            await message.output_channel.send_text_message(message.sender_id, COULD_NOT_FORGET)
            return
        await message.output_channel.send_text_message(message.sender_id, FORGOTTEN)
        if after_forgetting is not None:
            await after_forgetting(message)

    return handle


def _watch_for_marker(channel: Any) -> List[bool]:
    """Swallow the action's marker (it is for the channel, not the person) and remember that it came."""
    requested: List[bool] = []
    send_custom_json = channel.send_custom_json

    async def intercept(recipient_id: str, json_message: Dict[str, Any], **kwargs: Any) -> None:
        if isinstance(json_message, dict) and json_message.get(FORGET_MARKER) is True:
            requested.append(True)
            return
        await send_custom_json(recipient_id, json_message, **kwargs)

    channel.send_custom_json = intercept
    return requested
