"""Rasa's Slack channel at /webhooks/slack/webhook, configured from SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET
(without both it answers 503; Rasa still starts), SLACK_CHANNEL (listened in besides DMs and mentions) and
SLACK_API_URL. Threads in channels, none in DMs; a redelivered event is answered once (across replicas when
SLACK_DEDUP_REDIS_URL names a Redis database); malformed requests get a 4xx.
"""

from __future__ import annotations

import json
import logging
import os
from collections import OrderedDict
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.slack import SlackBot, SlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient

from channels.channel_name import NamedChannel
from channels.forgetting import honours_forget_me
from channels.turn_guard import never_silent

logger = logging.getLogger(__name__)

SLACK_API_URL = "https://slack.com/api/"
SEEN_EVENTS = 10_000
USER_SUBTYPES = (None, "thread_broadcast", "file_share", "me_message")  # others are joins, edits, bots...
JSON, FORM = "application/json", "application/x-www-form-urlencoded"  # Rasa compares the header exactly


class AdvisingSlackBot(SlackBot):
    """Posts to SLACK_API_URL, shows every button, and remembers whether it said anything."""

    sent = False

    def __init__(
        self,
        token: Text,
        slack_channel: Optional[Text],
        thread_id: Optional[Text],
        proxy: Optional[Text],
        api_url: Text,
    ) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        self.client = AsyncWebClient(token, base_url=api_url, proxy=proxy)

    async def _post_message(self, channel: Text, **kwargs: Any) -> None:
        self.sent = True
        await super()._post_message(channel, **kwargs)

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        # Rasa drops all buttons past 5 (the old attachments limit); a block holds 25, we show them 5 a row.
        rows = [
            {
                "type": "actions",
                "elements": [
                    {"type": "button", "text": {"type": "plain_text", "text": b["title"][:75]}, "value": b["payload"]}
                    for b in buttons[i : i + 5]
                ],
            }
            for i in range(0, min(len(buttons), 25), 5)
        ]
        await self._post_message(
            channel=self.slack_channel or recipient_id,
            text=text,
            blocks=[{"type": "section", "text": {"type": "plain_text", "text": text}}, *rows],
        )


class SharedSeenEvents:
    """Slack event ids in Redis for an hour (Slack retries within minutes); no message text is stored."""

    def __init__(self, url: Text):
        import redis.asyncio

        self.redis = redis.asyncio.Redis.from_url(url, socket_timeout=2)

    async def seen_before(self, event_id: Text) -> bool:
        import redis

        try:
            return not await self.redis.set(f"advisor:slack-event:{event_id}", 1, nx=True, ex=3600)
        except redis.RedisError as error:  # answering a retry twice is better than not answering
            logger.warning("Slack retry check unavailable: %s", type(error).__name__)
            return False


class AdvisingSlackInput(NamedChannel, SlackInput):
    channel_name = "slack"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        # The retry headers must be named: the constructor's default (None) breaks every message.
        env = os.environ
        return cls(
            env.get("SLACK_BOT_TOKEN", ""),
            env.get("SLACK_CHANNEL") or None,
            None,
            "x-slack-retry-reason",
            "x-slack-retry-num",
            use_threads=True,
            slack_signing_secret=env.get("SLACK_SIGNING_SECRET", ""),
            api_url=env.get("SLACK_API_URL") or SLACK_API_URL,
        )

    def __init__(self, *args: Any, api_url: Text = SLACK_API_URL, **kwargs: Any) -> None:
        self.api_url = api_url.rstrip("/") + "/"  # the client joins method names onto it
        # Event ids already seen, oldest first: in this process, and in Redis when configured, so that a retry
        # reaching another replica is recognised too.
        self.seen_events: "OrderedDict[str, None]" = OrderedDict()
        self.shared_seen = (
            SharedSeenEvents(os.environ["SLACK_DEDUP_REDIS_URL"]) if os.environ.get("SLACK_DEDUP_REDIS_URL") else None
        )
        super().__init__(*args, **kwargs)

    def _validate_credentials(self) -> None:
        # Rasa raises without a signing secret, which would stop the whole server; we refuse requests instead.
        self.configured = bool(self.slack_token and self.slack_signing_secret)

    def get_output_channel(self, channel: Optional[Text] = None, thread_id: Optional[Text] = None) -> OutputChannel:
        return AdvisingSlackBot(self.slack_token, channel or self.slack_channel, thread_id, self.proxy, self.api_url)

    def get_metadata(self, request: Request) -> Dict[Text, Any]:
        metadata = super().get_metadata(request)
        if str(metadata.get("out_channel")).startswith("D"):  # DM ids start with D (a click has no channel_type)
            metadata["thread_id"] = None
        return metadata

    async def seen_before(self, event_id: Text) -> bool:
        seen = event_id in self.seen_events
        self.seen_events[event_id] = None
        self.seen_events.move_to_end(event_id)
        if len(self.seen_events) > SEEN_EVENTS:
            self.seen_events.popitem(last=False)
        if self.shared_seen is not None and not seen:
            seen = await self.shared_seen.seen_before(event_id)
        return seen

    async def screen(self, request: Request) -> Optional[HTTPResponse]:
        """The answer to a request that must not reach Rasa's handler, or None to let it through."""
        if not self.configured:
            return response.text("Slack is not configured", status=503)
        if not self.is_request_from_slack_authentic(request):
            return response.text("Invalid or stale Slack signature", status=401)
        kind = request.headers.get("content-type")
        if kind not in (JSON, FORM):
            return response.text(f"Expected {JSON} or {FORM}", status=415)
        try:
            body = json.loads(request.body if kind == JSON else request.form.get("payload"))
        except (TypeError, ValueError):
            body = None
        event = body.get("event", {}) if isinstance(body, dict) else None
        if not isinstance(event, dict):
            return response.text("Expected a Slack event or interaction payload (a JSON object)", status=400)
        if kind == FORM:
            return None if self._is_interactive_message(body) else response.text("Unsupported interaction", 400)
        if body.get("type") == "url_verification":
            return response.json({"challenge": body.get("challenge")})
        if body.get("event_id") and await self.seen_before(str(body["event_id"])):
            return response.text("Already handled")
        if event.get("subtype") not in USER_SUBTYPES:
            return response.text("Not a user message")
        if event.get("type") == "app_mention" and event.get("channel") == self.slack_channel:
            return response.text("Answered as a message event")  # a mention in our channel arrives twice
        return None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        slack = super().blueprint(never_silent(honours_forget_me(on_new_message)))

        @slack.middleware("request")
        async def screen(request: Request) -> Optional[HTTPResponse]:
            return await self.screen(request) if request.path.rstrip("/").endswith("/webhook") else None

        @slack.exception(Exception)
        async def malformed(request: Request, error: Exception) -> HTTPResponse:
            # Rasa's handler reads fields without checking them; what it chokes on is the request's fault.
            logger.warning("refused a malformed Slack request: %s", type(error).__name__)
            return response.text("Malformed Slack request", status=400)

        return slack
