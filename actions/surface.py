"""Which surface the person is on, and what it needs: the kiosk speaks short sentences and hands over a QR
link; the website widget shows the plan as a card; other channels get plain text."""

from __future__ import annotations

import json
import re
from typing import List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from knowledge.catalog import Citation

KIOSK, WIDGET, TEXT = "kiosk", "widget", "text"


def surface(tracker: Tracker) -> str:
    metadata = (tracker.latest_message or {}).get("metadata") or {}
    if tracker.get_latest_input_channel() == "socketio" or metadata.get("surface"):
        return KIOSK if metadata.get("surface") == KIOSK else WIDGET
    return TEXT


def speakable(text: str, sentences: int = 2) -> str:
    """Plain, short, readable aloud: no bullets or URLs, at most `sentences` sentences."""
    text = re.sub(r"https?://\S+", "", text)
    text = re.sub(r"^\s*[-*]\s*", "", text, flags=re.MULTILINE).replace("\n", " ")
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return " ".join(parts[:sentences]).strip()


def send_sources(dispatcher: CollectingDispatcher, citations: List[Citation]) -> None:
    """Sources shown on screen but not read aloud."""
    unique = {c.source_id: c for c in citations}.values()
    dispatcher.utter_message(json_message={"type": "sources", "items": [c.to_dict() for c in unique]})


def plan_card(specialization_name: str, steps: List[dict], link: Optional[str] = None) -> dict:
    return {
        "type": "plan",
        "specialization_name": specialization_name,
        "steps": [{k: step[k] for k in ("step", "title", "detail", "progress", "sources")} for step in steps],
        **({"url": link, "qr": f"{link}/qr.svg"} if link else {}),
    }


def plan_json(specialization_name: str, summary: str, steps: List[dict]) -> str:
    return json.dumps(
        {
            "specialization_name": specialization_name,
            "summary": summary,
            "steps": [{k: step[k] for k in ("title", "detail", "progress", "sources")} for step in steps],
        }
    )
