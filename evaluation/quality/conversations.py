"""Whole conversations with the people of evaluation/quality/conversations.yml, held over REST with the running
assistant.

The people were written by someone who never saw the training data. Each opens with their story, answers whatever
the assistant asks in their own words (answers are keyed by the slot asked), and asks their one mid-intake question
after the first answer. The right plan is the writer's specialization (the one an advisor would give) with, for it,
the status the person's true background earns for every credential; the check is whether what the assistant
understood recommends that specialization with the same statuses. Whether the engine, given the true background,
picks the writer's specialization is counted apart: it measures the ranking, not the understanding.

    .venv/bin/python -m evaluation.quality.conversations            # all 50, servers started here (a few minutes)
    .venv/bin/python -m evaluation.quality.conversations --limit 5
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import yaml

from advising.engine import advise
from advising.profile import Profile, ProfileError
from knowledge.catalog import Catalog
from knowledge.paths import ROOT

CONVERSATIONS = ROOT / "evaluation" / "quality" / "conversations.yml"
QUESTIONS = {
    name[len("utter_ask_") :]: variants[0]["text"]
    for name, variants in yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"].items()
    if name.startswith("utter_ask_")
}
PROFILE_FIELDS = tuple(Profile.__dataclass_fields__)
# Replies that show the assistant did not take up a question it was asked.
OFF_TOPIC = (
    "didn't catch",
    "didn't quite get",
    "not sure what to do with that",
    "outside what i know",
    "i'm best at case-management careers",
    "did you mean",
)


@dataclass(frozen=True)
class SimulatedPerson:
    id: str
    opening: str
    answers: Dict[str, str]
    mid_intake_question: Optional[str]
    truth: Dict[str, object]
    specialization: str


@dataclass
class Conversation:
    person: str
    reached_plan: bool = False
    turns: int = 0
    asked: List[str] = field(default_factory=list)
    repeats: int = 0  # turns after which the same question was asked again, in the same words
    longest_run: int = 0  # the most times one question was asked in a row, in the same words
    mid_question_on_topic: Optional[bool] = None
    slots: dict = field(default_factory=dict)
    transcript: List[str] = field(default_factory=list)
    unanswerable: Optional[str] = None  # a question the person had no answer for
    sender: str = ""  # the conversation's id in the tracker store


def load_people(path: Path = CONVERSATIONS) -> List[SimulatedPerson]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        SimulatedPerson(
            p["id"],
            p["opening"],
            {k: str(v) for k, v in (p.get("answers") or {}).items()},
            p.get("mid_intake_question"),
            dict(p.get("truth") or {}),
            p["specialization"],
        )
        for p in data["people"]
    ]


def post_json(url: str, body: dict, timeout: float = 120) -> list:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def converse(base_url: str, person: SimulatedPerson, token: str = "", max_turns: int = 30) -> Conversation:
    sender = f"conv-{uuid.uuid4().hex[:10]}"
    query = f"?token={token}" if token else ""
    result = Conversation(person.id, sender=sender)

    def tracker_slots() -> dict:
        with urllib.request.urlopen(f"{base_url}/conversations/{sender}/tracker{query}", timeout=60) as response:
            return json.loads(response.read())["slots"]

    def say(text: str) -> str:
        result.turns += 1
        replies = post_json(f"{base_url}/webhooks/rest/webhook", {"sender": sender, "message": text})
        said = "\n".join(r.get("text", "") for r in replies)
        result.transcript += [f"> {text}", said]
        return said

    say(person.opening)
    mid_question = person.mid_intake_question
    answered_one = False
    run = 0
    previous = None
    while result.turns < max_turns:
        slots = tracker_slots()
        if slots.get("recommended_specialization"):
            result.reached_plan = True
            break
        question = slots.get("requested_slot")
        if question is None:
            # the intake is not running (the story was taken for a question): ask for the advice, as people do
            say("can you help me figure out my path")
            continue
        # the same question again: the same slot, asked in the same words (help with choices is not a repeat)
        same = question == previous and QUESTIONS.get(question, "\0") in result.transcript[-1]
        run = run + 1 if same else 1
        result.repeats += same
        result.longest_run = max(result.longest_run, run)
        result.asked.append(question)
        previous = question
        if answered_one and mid_question:
            reply = say(mid_question).lower()
            result.mid_question_on_topic = bool(reply.strip()) and not any(bit in reply for bit in OFF_TOPIC)
            mid_question = None
            previous = None  # the question asked again after the answer is not a repeat
            run = 0
            continue
        if question not in person.answers:
            result.unanswerable = question
            say("skip")
            continue
        say(person.answers[question])
        answered_one = True
    result.slots = tracker_slots()
    return result


def lenient_profile(values: dict, catalog: Catalog) -> Profile:
    """The profile from slots or the truth, each field kept only if the engine accepts it (a licence the knowledge
    base does not know is dropped from the list, not the whole list)."""
    kept = {}
    for name in PROFILE_FIELDS:
        value = values.get(name)
        if value is None:
            continue
        if name == "licenses":
            value = [code for code in value if code in catalog.credentials]
        try:
            Profile.from_dict({name: value}, catalog)
            kept[name] = value
        except ProfileError:
            pass
    return Profile.from_dict(kept, catalog)


def judge(person: SimulatedPerson, conversation: Conversation, catalog: Catalog) -> dict:
    true_profile = lenient_profile(person.truth, catalog)
    truth = advise(true_profile, catalog, person.specialization, with_questions=False)
    ranked_on_truth = advise(true_profile, catalog, with_questions=False).recommended
    reached = advise(lenient_profile(conversation.slots, catalog), catalog, with_questions=False)
    statuses = lambda advice: {item.credential: item.status for item in advice.plan}  # noqa: E731
    spec = conversation.slots.get("recommended_specialization")
    wrong_fields = sorted(
        name
        for name in PROFILE_FIELDS
        if person.truth.get(name) is not None and _differs(name, person.truth[name], conversation.slots.get(name))
    )
    return {
        "person": person.id,
        "reached": conversation.reached_plan,
        "right_specialization": spec == person.specialization,
        "right_plan": conversation.reached_plan
        and spec == person.specialization
        and reached.recommended == truth.recommended
        and statuses(reached) == statuses(truth),
        "ranked_right_on_truth": ranked_on_truth == person.specialization,
        "turns": conversation.turns,
        "repeats": conversation.repeats,
        "longest_run": conversation.longest_run,
        "mid_question_on_topic": conversation.mid_question_on_topic,
        "misread": wrong_fields,
        "understood": {name: conversation.slots.get(name) for name in PROFILE_FIELDS},
        "plan": {"right": [truth.recommended, statuses(truth)], "reached": [reached.recommended, statuses(reached)]},
        "asked": conversation.asked,
        "transcript": conversation.transcript,
    }


def _differs(name: str, truth, got) -> bool:
    """Did the assistant understand this field differently? Interests are free words: only having some counts."""
    if name == "interests":
        return bool(truth) != bool(got)
    if name == "licenses":
        return sorted(map(str, truth)) != sorted(map(str, got or []))
    if isinstance(truth, (int, float)) and not isinstance(truth, bool):
        return got is None or abs(float(got) - float(truth)) > 0.5
    return truth != got


def summary(rows: List[dict]) -> List[str]:
    n = len(rows) or 1
    on_topic = [r["mid_question_on_topic"] for r in rows if r["mid_question_on_topic"] is not None]
    turns = sorted(r["turns"] for r in rows if r["reached"]) or [0]
    misread = Counter(name for r in rows if not r["right_plan"] for name in r["misread"])
    return [
        f"{sum(r['reached'] for r in rows)} of {len(rows)} reached a plan; "
        f"{sum(r['right_specialization'] for r in rows)} the right specialization; "
        f"{sum(r['right_plan'] for r in rows)} the right plan ({100 * sum(r['right_plan'] for r in rows) / n:.0f}%, "
        "target 95%).",
        f"Median turns to the plan {turns[len(turns) // 2]}; turns where a question was asked again in the same words: "
        f"{sum(r['repeats'] for r in rows)}; the most times one question was asked in a row: "
        f"{max((r['longest_run'] for r in rows), default=0)} (target: never 3).",
        f"Mid-intake questions taken up on topic: {sum(on_topic)} of {len(on_topic)}.",
        f"Given the true background, the engine ranks the writer's specialization first for "
        f"{sum(r['ranked_right_on_truth'] for r in rows)} of {len(rows)}.",
        "Fields misread in the conversations without the right plan: "
        + (", ".join(f"{name} ({count})" for name, count in misread.most_common()) or "none")
        + ".",
    ]


def table(rows: List[dict]) -> List[str]:
    lines = [
        "| person | plan | right specialization | right plan | turns | asked again | most in a row | "
        "mid question on topic | misread |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        yes = lambda v: "–" if v is None else ("yes" if v else "**no**")  # noqa: E731
        lines.append(
            f"| {r['person']} | {yes(r['reached'])} | {yes(r['right_specialization'])} | {yes(r['right_plan'])} | "
            f"{r['turns']} | {r['repeats']} | {r['longest_run']} | {yes(r['mid_question_on_topic'])} | "
            f"{', '.join(r['misread']) or '–'} |"
        )
    return lines


def run_all(base_url: str, people: List[SimulatedPerson], catalog: Catalog, token: str = "") -> List[dict]:
    return [judge(person, converse(base_url, person, token), catalog) for person in people]


def main(argv=None) -> int:
    from knowledge.catalog import load_catalog
    from knowledge.db import Database
    from ops.processes import Servers, Settings, free_port

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    parser.add_argument("--set", type=Path, default=CONVERSATIONS, help="the people (default: %(default)s)")
    args = parser.parse_args(argv)
    people = load_people(args.set)[: args.limit or None]
    catalog = load_catalog(Database())
    settings = Settings(rasa_port=free_port(), action_port=free_port())
    with Servers(settings, log_dir=ROOT / "build" / "quality" / "logs") as servers:
        servers.start(timeout=300)
        rows = run_all(servers.settings.rasa_url, people, catalog)
    print("\n".join(table(rows) + [""] + summary(rows)))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
