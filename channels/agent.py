"""The running Rasa agent, for channels that need more than `on_new_message` (its tracker store)."""

from __future__ import annotations

from typing import Any, Optional

from sanic import Sanic


def current_agent() -> Optional[Any]:
    try:
        return getattr(Sanic.get_app().ctx, "agent", None)
    except Exception:  # noqa: BLE001 - no app yet (or several): the caller goes on without the agent
        return None
