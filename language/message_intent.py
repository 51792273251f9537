"""What a whole message does, when the classifier heard only part of it.

Plain Python, no Rasa. A question told as a story ("my aunt is a case manager and I still don't get what she does
all day": the classifier hears venting or an answer) is that question; an opening that says the person is lost
("no idea where to start") asks to start advising, while real venting ("I cry after every shift") stays venting.
Every other message keeps the classifier's intent.
"""

from __future__ import annotations

from typing import Optional

from language.cues import anywhere
from language.question_topic import ASKED_INTENT, asked_aspect

# What a story or an opening is often taken for; a question intent the classifier chose is left to question_topic.
TELLING_INTENTS = {"inform", "vent", "start_advising", "nlu_fallback", "dont_know", "chitchat", "out_of_scope"}
LOST_INTENTS = {"vent", "nlu_fallback", "dont_know", "chitchat", "out_of_scope", "inform"}
# Not heard at all: a question about the person's own case ("could I get hired with just that?") is still that
# question. A story told as an answer (inform, vent) keeps its intent, so the intake reads the facts it tells.
UNHEARD_INTENTS = {"nlu_fallback", "out_of_scope", "chitchat"}

LOST = anywhere(
    r"(?:i'?m|i am|im|feeling|feel|so|totally|completely|kinda|kind of|pretty) lost",
    r"(?:no|zero) (?:idea|clue) (?:where|how) to (?:start|begin)",
    r"(?:don'?t|dont|do not) know (?:where|how) to (?:start|begin)",
    r"where (?:do|should|would|can) i (?:even )?(?:start|begin)",
    r"what (?:i'?m|im|i am) (?:doing|gonna do|going to do) with my life",
    r"what to do with my life",
    r"(?:don'?t|dont|do not) know what i (?:want|wanna|should)(?: to)? do",
    "no direction", "directionless", "need (?:some )?(?:direction|guidance)",
)  # fmt: skip
# Hurt, not lost: these keep the sympathy of the venting reply.
HURTING = anywhere(
    "burn(?:ed|t)? ?out", "cry", "crying", "cried", "exhausted", "hate", "miserable", "can'?t take", "breaking down",
    "depressed", "drained", "overwhelmed", "quit", "quitting", "fired", "laid off",
)  # fmt: skip


def whole_message_intent(intent: Optional[str], text: str) -> Optional[str]:
    """The intent the whole message has, when it differs from the classifier's; None to keep the classifier's."""
    if intent in TELLING_INTENTS:
        aspect = asked_aspect(text, own_case=intent in UNHEARD_INTENTS)
        if aspect:
            return ASKED_INTENT[aspect]
    if intent in LOST_INTENTS and wants_guidance(text):
        return "start_advising"
    return None


def wants_guidance(text: str) -> bool:
    """'I'm lost', 'no idea where to start', 'idk what I'm doing with my life': asking where to begin."""
    lowered = (text or "").lower()
    return bool(LOST.search(lowered)) and not HURTING.search(lowered)
