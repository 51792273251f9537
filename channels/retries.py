"""A message sent twice is handled once.

nginx sends a REST turn whose replica died under it to another replica (`proxy_next_upstream ... non_idempotent`,
so no 5xx reaches people), and the dead replica may already have saved the whole turn without answering. Every
message therefore carries a key, the same on each retry: the client's own `message_id` if it sends one, otherwise
nginx's `$request_id` in the X-Request-Id header. The channel keeps it in the user event's metadata. While holding
the conversation's lock, a message whose key and text the conversation already holds is not handled again: the
bot replies that followed the stored one are sent instead, so the person still gets their answer.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Optional

from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import BotUttered, Event, UserUttered

from channels.agent import current_agent

logger = logging.getLogger(__name__)

REQUEST_KEY = "request_id"  # in the metadata of the stored user event
REQUEST_HEADER = "X-Request-Id"
RETRIED = "retried message"  # in the log, with no text of it
VALID_KEY = re.compile(r"^[A-Za-z0-9_.:-]{8,128}$")

Handler = Callable[[UserMessage], Awaitable[Any]]


def request_key(client_key: Any, header_key: Any = None) -> Optional[str]:
    """The message's key: the client's own if it is a plausible one, else the proxy's; None without either."""
    for key in (client_key, header_key):
        if isinstance(key, str) and VALID_KEY.match(key):
            return key
    return None


def keyed(metadata: Optional[Dict[str, Any]], key: Optional[str]) -> Optional[Dict[str, Any]]:
    """The message's metadata with its key, and only the channel's: a key inside the client's metadata is dropped."""
    marked = {name: value for name, value in (metadata or {}).items() if name != REQUEST_KEY}
    if key:
        marked[REQUEST_KEY] = key
    return marked if marked or metadata is not None else None


def stored_replies(events: Iterable[Event], key: str, text: Optional[str]) -> Optional[List[Dict[str, Any]]]:
    """The bot replies that followed the stored user message with this key and text, or None if there is none."""
    replies: Optional[List[Dict[str, Any]]] = None
    for event in events:
        if isinstance(event, UserUttered):
            if replies is not None:
                break
            if (event.metadata or {}).get(REQUEST_KEY) == key and event.text == text:
                replies = []
        elif replies is not None and isinstance(event, BotUttered):
            replies.append(event.message())  # what Rasa's processor sends to the channel for it
    return replies


def once_per_request(on_new_message: Handler, agent_of: Callable[[], Any] = current_agent) -> Handler:
    async def handle(message: UserMessage) -> None:
        key = (message.metadata or {}).get(REQUEST_KEY)
        agent = agent_of()
        if not key or agent is None or not agent.is_ready():
            await on_new_message(message)
            return
        # What Agent.handle_message does (the processor under the conversation's lock), with the check inside the
        # lock: a retry waits for the first attempt's turn, then sees it.
        async with agent.lock_store.lock(message.sender_id):
            tracker = await agent.tracker_store.retrieve(message.sender_id)
            replies = stored_replies(tracker.events, key, message.text) if tracker is not None else None
            if replies is None:
                await agent.processor.handle_message(message)
                return
            # A warning, as the replicas log only those: a retry follows a replica that died in a turn.
            logger.warning(
                "%s: a message sent again was answered with the %d replies stored for it", RETRIED, len(replies)
            )
            for reply in replies:
                await message.output_channel.send_response(message.sender_id, reply)

    return handle
