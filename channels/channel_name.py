"""Rasa asks an input channel for its name, the <name> of its /webhooks/<name>/ URLs, through a class method."""

from __future__ import annotations


class NamedChannel:
    """A Rasa input channel named by its `channel_name`."""

    channel_name: str

    @classmethod
    def name(cls) -> str:
        return cls.channel_name
