"""The rules for messages in the middle of the intake, generated from language/interruptions.py's table: every
intent the domain declares is handled during the intake, and the rules Rasa reads are the table's."""

from __future__ import annotations

from collections import Counter
from typing import List

import pytest
import yaml

from knowledge.paths import ROOT
from language.interruptions import ANSWERS, INTERRUPTIONS, OWN_RULES
from language.rasa_rules import DEFAULT_PATH, rules

DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
INTENTS = set(DOMAIN["intents"])
DURING_INTAKE = [{"active_loop": "intake_form"}]
BACK_TO_INTAKE = [{"action": "intake_form"}, {"active_loop": "intake_form"}]


def rules_in(paths) -> List[dict]:
    return [rule for path in paths for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]]


HAND_WRITTEN = rules_in(sorted((ROOT / "data" / "rules").glob("*.yml")))


@pytest.fixture(scope="module")
def rasa_rules():
    """Every rule Rasa trains on: the hand-written ones and the generated file as bin/setup wrote it."""
    assert DEFAULT_PATH.exists(), f"{DEFAULT_PATH} is missing: run bin/setup (or python -m language.rasa_rules)"
    return HAND_WRITTEN + rules_in([DEFAULT_PATH])


def handling(all_rules, intent, condition):
    return [
        r["steps"][1:] for r in all_rules if r["steps"][0] == {"intent": intent} and r.get("condition") == condition
    ]


def test_every_intent_of_the_domain_is_in_exactly_one_place():
    places = Counter([row.intent for row in INTERRUPTIONS] + list(ANSWERS) + list(OWN_RULES))
    assert [intent for intent, count in places.items() if count > 1] == []
    assert INTENTS - set(places) == set(), "a new intent needs a row in language/interruptions.py"
    assert set(places) - INTENTS == {"nlu_fallback"}  # Rasa's own intent when the classifier is unsure


@pytest.mark.parametrize("intent", sorted(i for i in INTENTS if i.startswith("ask_")))
def test_every_question_is_answered_in_the_middle_of_the_intake_and_the_intake_goes_on(rasa_rules, intent):
    assert handling(rasa_rules, intent, DURING_INTAKE) == [[{"action": "action_answer_question"}, *BACK_TO_INTAKE]]
    assert handling(rasa_rules, intent, None) == [[{"action": "action_answer_question"}]]


@pytest.mark.parametrize("intent", sorted(INTENTS - set(ANSWERS) - set(OWN_RULES)))
def test_every_other_message_is_answered_in_the_middle_of_the_intake(rasa_rules, intent):
    (steps,) = handling(rasa_rules, intent, DURING_INTAKE)
    assert steps[1:] in (BACK_TO_INTAKE, [{"action": "action_deactivate_loop"}, {"active_loop": None}])


@pytest.mark.parametrize(
    "intent, during, outside",
    [
        ("compare", "action_compare", "action_compare"),
        ("what_if", "action_what_if", "action_what_if"),
        ("show_plan", "action_show_plan", "action_show_plan"),
        ("next_step", "action_next_step", "action_next_step"),
        ("greet", "utter_greet", "utter_greet"),
        ("human_handoff", "action_handoff", "action_handoff"),
        ("nlu_fallback", "action_suggest_intents", "action_suggest_intents"),
        # a vent outside the intake may tell a background and start it; inside, it is acknowledged
        ("vent", "utter_vent", "action_vent"),
    ],
)
def test_the_answer_in_and_out_of_the_intake(rasa_rules, intent, during, outside):
    assert handling(rasa_rules, intent, DURING_INTAKE) == [[{"action": during}, *BACK_TO_INTAKE]]
    assert handling(rasa_rules, intent, None) == [[{"action": outside}]]


def test_a_goodbye_ends_the_intake_and_i_dont_know_skips_its_question(rasa_rules):
    assert handling(rasa_rules, "goodbye", DURING_INTAKE) == [
        [{"action": "utter_goodbye"}, {"action": "action_deactivate_loop"}, {"active_loop": None}]
    ]
    assert handling(rasa_rules, "dont_know", DURING_INTAKE) == [[{"action": "action_skip_question"}, *BACK_TO_INTAKE]]
    # with no question waiting there is nothing to skip
    assert handling(rasa_rules, "dont_know", None) == []
    assert handling(rasa_rules, "dont_know", [{"active_loop": None}]) == [[{"action": "utter_anything_else"}]]


@pytest.mark.parametrize("intent", OWN_RULES)
def test_the_intents_with_their_own_rules_have_them_in_and_out_of_the_intake(intent):
    assert handling(HAND_WRITTEN, intent, None), f"no hand-written rule for {intent} without a condition"


@pytest.mark.parametrize("intent", ANSWERS)
def test_the_answers_to_the_intake_have_a_rule_outside_it(intent):
    assert handling(HAND_WRITTEN, intent, [{"active_loop": None}])


@pytest.mark.parametrize("intent", ANSWERS)
def test_an_answer_the_intake_cannot_read_that_asks_is_answered_and_the_intake_goes_on(rasa_rules, intent):
    """ "... the health plan isn't a hospital so I guess that part doesn't count?": the form rejects it, and without
    a rule Rasa's fallback dropped the message and left the question unasked, so the person said it again."""
    assert handling(rasa_rules, intent, DURING_INTAKE) == [[{"action": "action_answer_question"}, *BACK_TO_INTAKE]]


def test_every_action_of_the_table_is_in_the_domain():
    declared = set(DOMAIN["actions"]) | set(DOMAIN["responses"])
    named = {row.action for row in INTERRUPTIONS} | {row.action_outside for row in INTERRUPTIONS} - {None}
    assert named - declared == set()


def test_no_rule_is_written_twice(rasa_rules):
    """Two rules for one intent under one condition are a copy, or a contradiction Rasa resolves silently."""
    heads = Counter(repr((r.get("condition"), r["steps"][0])) for r in rasa_rules if "intent" in r["steps"][0])
    assert [head for head, count in heads.items() if count > 1] == []


def test_the_generated_file_is_what_the_table_says():
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    assert text.startswith("# Generated"), "a generated file is not edited by hand"
    assert yaml.safe_load(text) == rules(), "stale: run bin/setup (or python -m language.rasa_rules)"
    # (dont_know outside the intake is hand-written; each answer that asks, during it, is generated)
    assert len(rules()["rules"]) == 2 * len(INTERRUPTIONS) - 1 + len(ANSWERS)


def test_the_intents_the_intake_leaves_to_their_own_rules_have_one(rasa_rules):
    """actions/intake.py does not count these as a missed answer, because a rule answers them."""
    from actions.intake import OWN_RULE_INTENTS

    during = {r["steps"][0].get("intent") for r in rasa_rules if r.get("condition") in (DURING_INTAKE, None)}
    assert OWN_RULE_INTENTS - during == set()
