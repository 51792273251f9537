"""The component that gives Rasa the whole message's intent (language/message_intent.py decides it; its own tests are
tests/test_whole_message_intent.py)."""

from __future__ import annotations

from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.whole_message_intent import WholeMessageIntent


def test_the_component_sets_the_whole_messages_intent_first_in_the_ranking():
    story = Message(data={TEXT: "my brother is an LPC and I never got what he does all day"})
    story.set(INTENT, {"name": "vent", "confidence": 0.61})
    story.set(INTENT_RANKING_KEY, [{"name": "vent", "confidence": 0.61}, {"name": "ask_day_to_day", "confidence": 0.2}])
    plain = Message(data={TEXT: "hi there"})
    plain.set(INTENT, {"name": "greet", "confidence": 0.99})
    blank = Message(data={TEXT: ""})
    blank.set(INTENT, {"name": None, "confidence": 0.0})
    WholeMessageIntent({}, "whole_message_intent").process([story, plain, blank])
    assert story.get(INTENT) == {"name": "ask_day_to_day", "confidence": 0.61}
    assert [r["name"] for r in story.get(INTENT_RANKING_KEY)] == ["ask_day_to_day", "vent"]
    assert plain.get(INTENT)["name"] == "greet"
    assert blank.get(INTENT)["name"] is None


def test_the_component_reads_what_the_message_names_from_its_entities():
    # the licence is named as the knowledge base's patterns found it, not by a list of codes in the language module
    said = "does it matter that im an lvn not an rn"
    with_entities = Message(data={TEXT: said})
    with_entities.set(INTENT, {"name": "deny", "confidence": 0.5})
    with_entities.set(ENTITIES, [{"entity": "license", "value": "LPN", "start": 26, "end": 29}])
    without = Message(data={TEXT: said})
    without.set(INTENT, {"name": "deny", "confidence": 0.5})
    WholeMessageIntent({}, "whole_message_intent").process([with_entities, without])
    assert with_entities.get(INTENT)["name"] == "ask_eligibility"
    assert without.get(INTENT)["name"] == "deny"
