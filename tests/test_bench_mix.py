"""The benchmark's people: they answer what the assistant asks (read from domain.yml's questions), ask their
question in the middle of the intake, skip a question asked a third time, and stop when their conversation ends."""

from __future__ import annotations

import yaml

from evaluation.bench import mix
from knowledge.paths import ROOT

ASKS = mix.asked_questions()
QUESTION = {v: k for k, v in ASKS.items()}


def asked(slot):
    return [{"text": "Got it. " + QUESTION[slot]}]


def plan_offered():
    return [{"text": "Would you like your plan?", "buttons": [{"title": "All", "payload": "/show_plan"}]}]


def test_every_intake_question_of_the_domain_is_recognised():
    responses = yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]
    slots = {name[len("utter_ask_") :] for name in responses if name.startswith("utter_ask_")} - {"rephrase"}
    assert set(ASKS.values()) == slots and "licenses" in slots


def test_everyone_in_quality_is_in_the_mix_and_a_third_hold_long_conversations():
    people = mix.talkers()
    written = yaml.safe_load((ROOT / "evaluation" / "quality" / "conversations.yml").read_text())["people"]
    assert len(written) == 50 and len(people) >= 50 + 1
    assert sum(p.long for p in people) == (len(people) + mix.LONG_EVERY - 1) // mix.LONG_EVERY


def test_a_person_answers_asks_in_the_intake_skips_a_third_ask_and_then_talks_about_the_plan():
    talker = mix.Talker("t", "i just graduated with my bsw", {"licenses": "none"}, "what is the ccm", long=False)
    person = mix.Conversation(talker, ASKS, ["what is the acm"], seed=0)
    assert person.next([]) == ("intake answer", "i just graduated with my bsw")
    assert person.next(asked("licenses")) == ("intake answer", "none")
    assert person.next(asked("licenses")) == ("question", "what is the ccm")
    assert person.next(asked("licenses")) == ("intake answer", "none")
    assert person.next(asked("licenses")) == ("intake answer", "skip")
    assert person.next(asked("case_management_months")) == ("intake answer", "skip")  # an answer they do not have
    kinds = [person.next(plan_offered())[0]] + [person.next([])[0] for _ in range(mix.AFTER_PLAN - 1)]
    assert kinds == ["plan", "question", "what-if", "question"]
    assert person.next([]) is None


def test_someone_who_only_vents_is_started_once_and_a_long_conversation_ends_at_its_length():
    talker = mix.Talker("t", "im so burnt out", {}, "is it worth it", long=True)
    person = mix.Conversation(talker, ASKS, ["what is the acm"], seed=1)
    person.next([])
    assert person.next([{"text": "That sounds really hard."}]) == ("intake answer", mix.START)
    turns = 2
    while person.next(plan_offered()) is not None:
        turns += 1
    assert turns == mix.LONG_TURNS
