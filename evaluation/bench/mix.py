"""The real mix of conversations for the load benchmark: every simulated person in evaluation/quality/ (people.py
and the 50 of conversations.yml), each answering what the assistant asks, asking a question during the intake,
then asking for the plan, asking questions and trying what-ifs; every third person keeps talking to turn 40.

A person reads the assistant's replies to know which question was asked (the texts of domain.yml's utter_ask_*
responses), as the people in evaluation/quality/people.py do, but without fetching the tracker, so the load is only
turns.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Tuple

import yaml

from evaluation.quality.people import PEOPLE
from knowledge.paths import ROOT

KINDS = ("intake answer", "question", "plan", "what-if")
LONG_TURNS = 40  # a long conversation's length
LONG_EVERY = 3  # every third person holds a long conversation
AFTER_PLAN = 4  # turns the others take once the plan is made
START = "I want to become a case manager"
PLAN_ASKS = ["show me the whole plan", "next step", "next step", "one step at a time"]
WHAT_IFS = [
    "what if i got an msw",
    "what if i had two years of case management experience",
    "what if i got my rn",
    "what if i had a bachelors in social work",
    "what if i had 12 months of case management supervised by a ccm",
]


@dataclass(frozen=True)
class Talker:
    id: str
    opening: str
    answers: Dict[str, str]  # the question asked (slot) -> what they say
    question: str  # what they ask in the middle of the intake
    long: bool


def questions() -> List[str]:
    """Real people's questions, written for the quality test set (evaluation/quality/questions.yml)."""
    data = yaml.safe_load((ROOT / "evaluation" / "quality" / "questions.yml").read_text())
    return [q["text"] for q in data["questions"]]


def talkers() -> List[Talker]:
    bank = questions()
    found = [(p.name, p.opening, dict(p.answers), bank[i * 7 % len(bank)]) for i, p in enumerate(PEOPLE)]
    written = yaml.safe_load((ROOT / "evaluation" / "quality" / "conversations.yml").read_text())["people"]
    found += [
        (p["id"], p["opening"], {k: str(v) for k, v in (p.get("answers") or {}).items()}, p["mid_intake_question"])
        for p in written
    ]
    return [
        Talker(name, opening, answers, q, i % LONG_EVERY == 0) for i, (name, opening, answers, q) in enumerate(found)
    ]


def asked_questions() -> Dict[str, str]:
    """The text of each intake question -> the slot it asks for."""
    responses = yaml.safe_load((ROOT / "domain.yml").read_text()).get("responses") or {}
    return {
        " ".join(variants[0]["text"].split()): name[len("utter_ask_") :]
        for name, variants in responses.items()
        if name.startswith("utter_ask_") and name != "utter_ask_rephrase" and variants and variants[0].get("text")
    }


class Conversation:
    """One person's side of a conversation: the next message, given the assistant's last replies."""

    def __init__(self, talker: Talker, asks: Dict[str, str], bank: List[str], seed: int):
        self.talker, self.asks = talker, asks
        self.turn = 0
        self.started = self.planned = self.asked_question = False
        self.after: Iterator[Tuple[str, str]] = self._after_plan(bank, seed)
        self.turns_after_plan = 0
        self.answered: Dict[str, int] = {}

    def next(self, replies: List[dict]) -> Optional[Tuple[str, str]]:
        """(kind, text) of the next message, or None when the person is done."""
        self.turn += 1
        if self.turn == 1:
            return "intake answer", self.talker.opening
        slot = self._asked(replies)
        if self._plan_offered(replies):
            self.planned = True
        limit = LONG_TURNS if self.talker.long else None
        if limit and self.turn > limit:
            return None
        if self.planned or self.turn > 18:  # past the intake (or stuck in it): the rest of the conversation
            self.turns_after_plan += 1
            if not limit and self.turns_after_plan > AFTER_PLAN:
                return None
            return next(self.after)
        if slot is not None:
            self.started = True
            if not self.asked_question and self.turn >= 3:
                self.asked_question = True
                return "question", self.talker.question
            self.answered[slot] = self.answered.get(slot, 0) + 1
            if self.answered[slot] > 2:  # asked a third time: they take the offer to skip it, as people would
                return "intake answer", "skip"
            return "intake answer", self.talker.answers.get(slot, "skip")
        if not self.started:
            self.started = True
            return "intake answer", START
        return "question", self.talker.question  # the intake ended without a plan: they ask again

    def _asked(self, replies: List[dict]) -> Optional[str]:
        for reply in replies:
            text = " ".join((reply.get("text") or "").split())
            for question, slot in self.asks.items():
                if question and question in text:
                    return slot
        return None

    @staticmethod
    def _plan_offered(replies: List[dict]) -> bool:
        return any(b.get("payload") == "/show_plan" for r in replies for b in r.get("buttons") or [])

    @staticmethod
    def _after_plan(bank: List[str], seed: int) -> Iterator[Tuple[str, str]]:
        order = itertools.cycle(["plan", "question", "what-if", "question", "plan", "question", "what-if"])
        counters = {"plan": 0, "question": seed * 11, "what-if": seed}
        for kind in order:
            source = {"plan": PLAN_ASKS, "question": bank, "what-if": WHAT_IFS}[kind]
            yield kind, source[counters[kind] % len(source)]
            counters[kind] += 1


# The stock `rasa init` assistant's own conversation (its data/nlu.yml and stories), as the floor of Rasa's cost.
STOCK_SCRIPT = ["hello there", "i am feeling very sad", "yes", "perfect", "are you a bot?", "bye"]


class Scripted:
    """A fixed conversation, whatever the replies."""

    def __init__(self, script: List[str]):
        self.script, self.turn = script, 0

    def next(self, replies: List[dict]) -> Optional[Tuple[str, str]]:
        self.turn += 1
        return ("stock", self.script[self.turn - 1]) if self.turn <= len(self.script) else None
