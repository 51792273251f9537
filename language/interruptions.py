"""What the assistant does with a message that is not an answer while the intake waits for one: the one table.

Each row is an intent a person may use in the middle of the intake, the action that answers it, and whether the
intake then asks its question again. The same row says how that intent is answered outside the intake. Rasa's
rules for both are generated from this table (language/rasa_rules.py -> data/rules/generated/); a new kind of
question is one row here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

ANSWER_QUESTION = "action_answer_question"  # the knowledge base's answers: the intent is the kind of question
SAME = "same"  # outside the intake, the same action answers


@dataclass(frozen=True)
class Interruption:
    intent: str
    action: str  # answers it in the middle of the intake
    resumes: bool = True  # False: the intake ends here (the person is leaving)
    outside: Optional[str] = SAME  # answers it outside the intake; None: a hand-written rule with its own condition

    @property
    def action_outside(self) -> Optional[str]:
        return self.action if self.outside == SAME else self.outside


INTERRUPTIONS: Tuple[Interruption, ...] = (
    # questions about case management, answered from the knowledge base
    Interruption("ask_what_is", ANSWER_QUESTION),
    Interruption("ask_eligibility", ANSWER_QUESTION),
    Interruption("ask_cost", ANSWER_QUESTION),
    Interruption("ask_renewal", ANSWER_QUESTION),
    Interruption("ask_exam", ANSWER_QUESTION),
    Interruption("ask_salary", ANSWER_QUESTION),
    Interruption("ask_outlook", ANSWER_QUESTION),
    Interruption("ask_employers", ANSWER_QUESTION),
    Interruption("ask_skills", ANSWER_QUESTION),
    Interruption("ask_difference_therapist", ANSWER_QUESTION),
    Interruption("ask_education", ANSWER_QUESTION),
    Interruption("ask_experience", ANSWER_QUESTION),
    Interruption("ask_licensure", ANSWER_QUESTION),
    Interruption("ask_issuer", ANSWER_QUESTION),
    Interruption("ask_duration", ANSWER_QUESTION),
    Interruption("ask_day_to_day", ANSWER_QUESTION),
    # questions about the person's own plan: the best plan from what is known so far
    Interruption("compare", "action_compare"),
    Interruption("what_if", "action_what_if"),
    Interruption("show_plan", "action_show_plan"),
    Interruption("next_step", "action_next_step"),
    # the conversation around the questions
    Interruption("greet", "utter_greet"),
    Interruption("thank", "utter_welcome"),
    Interruption("bot_challenge", "utter_iamabot"),
    Interruption("chitchat", "utter_chitchat"),
    # Outside the intake a vent that tells a background starts the intake (action_vent); inside, it is under way.
    Interruption("vent", "utter_vent", outside="action_vent"),
    Interruption("out_of_scope", "utter_out_of_scope"),
    Interruption("human_handoff", "action_handoff"),
    Interruption("nlu_fallback", "action_suggest_intents"),
    # "I don't know" skips the question asked; with no question asked, data/rules/conversation.yml answers it.
    Interruption("dont_know", "action_skip_question", outside=None),
    Interruption("goodbye", "utter_goodbye", resumes=False),
)

# Intents with hand-written rules of another shape (data/rules/), the same in and out of the intake: they start
# it again or end it.
OWN_RULES = ("start_advising", "start_over", "forget_me")
# Intents that answer the intake's question: the form reads them. Outside the intake, hand-written rules in
# data/rules/ start it ("inform": someone tells their story) or ask what else they need (a bare yes or no).
ANSWERS = ("inform", "affirm", "deny")


def interruption_of(intent: str) -> Optional[Interruption]:
    return next((row for row in INTERRUPTIONS if row.intent == intent), None)
