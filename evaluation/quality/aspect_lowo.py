"""Leave-one-writer-out aspect accuracy: the rules, the aspect reader alone and their combinations (issue #12).

For each tuned writer, the reader (language/aspect_model.py) is trained on the other writers' questions and each
held-out question goes through the answer actions as the action server runs them (actions/answers.py,
actions/advice.py), with the intent and entities the trained Rasa model gives it; the aspect of the `last_topic`
they record is compared with the writer's label. Only the way the aspect is chosen
(language/question_topic.chosen_aspect) differs between the columns, so the rules' figures are those of the real path.
The parses are kept in build/quality/aspect_parses.json (per model file) so later runs take seconds.

    flock /tmp/heavy.lock .venv/bin/python -m evaluation.quality.aspect_lowo
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from contextlib import contextmanager
from typing import Callable, Dict, List, Mapping, Optional
from unittest import mock

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from knowledge.paths import ROOT
from language import aspect_model, question_topic
from language.question_topic import INTENT_ASPECT, cue_hits, opens_with_definition

MODEL = ROOT / "models" / "advisor.tar.gz"
PARSES = ROOT / "build" / "quality" / "aspect_parses.json"
HEARD = (0.4, 0.5, 0.6, 0.7)  # how sure the reader must be to take a telling message for its question
Chooser = Callable[[str, str, Optional[str], Optional[Mapping[str, float]]], str]


def parses(texts: List[str]) -> Dict[str, dict]:
    """Each text's intent and entities from the trained model, computed once per model file."""
    stamp = f"{MODEL.stat().st_size}-{MODEL.stat().st_mtime_ns}"
    kept = json.loads(PARSES.read_text()) if PARSES.exists() else {}
    found = kept.get(stamp, {})
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing:
        from rasa.core.agent import Agent

        agent = Agent.load(str(MODEL))

        async def parse_all():
            for text in missing:
                parsed = await agent.parse_message(text)
                found[text] = {"intent": parsed["intent"], "entities": parsed.get("entities") or []}

        from language import message_intent

        # the classifier's and the rules' reading only: each column below adds the held-out fold's reader itself
        with mock.patch.object(message_intent, "learned_question", lambda intent, text: None):
            asyncio.run(parse_all())
        PARSES.parent.mkdir(parents=True, exist_ok=True)
        PARSES.write_text(json.dumps({stamp: found}))
    return found


@contextmanager
def listening_to(reader):
    """The assistant listening to this reader (aspect_model.IN_USE), whatever the setting in the code."""
    with mock.patch.object(aspect_model, "reader", lambda: reader), mock.patch.object(aspect_model, "IN_USE", True):
        yield


def heard_as_question(text: str, parsed: dict, reader, sure: float) -> dict:
    """The parse as the whole-message reading gives it with this reader, when it takes a telling message for the
    question the reader is at least `sure` of (language/message_intent.learned_question)."""
    from language import message_intent

    with listening_to(reader), mock.patch.object(message_intent, "HEARD_SURE", sure):
        heard = message_intent.learned_question(parsed["intent"]["name"], text)
    return {**parsed, "intent": {"name": heard, "confidence": sure}} if heard else parsed


def answered_aspect(text: str, parsed: dict) -> str:
    """The aspect of the topic the answer actions record for a question asked in a new conversation ('' if none)."""
    from actions.advice import ActionCompare
    from actions.answers import ActionAnswerQuestion
    from language.interruptions import ANSWER_QUESTION, INTERRUPTIONS

    intent = parsed["intent"]["name"]
    action = {"compare": ActionCompare()}.get(intent)
    if action is None and any(i.intent == intent and i.action == ANSWER_QUESTION for i in INTERRUPTIONS):
        action = ActionAnswerQuestion()
    if action is None:
        return ""
    message = {"intent": parsed["intent"], "entities": parsed["entities"], "text": text}
    tracker = Tracker("lowo", {"skipped_slots": []}, message, [{"event": "user", "text": text}], False, None, {}, "")
    try:
        events = asyncio.run(action.run(CollectingDispatcher(), tracker, {}))
    except RecursionError:  # action_compare and the answer handing the question to each other: no answer at all
        return "(loop)"
    slot = next((e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "last_topic"), "")
    return (slot or "").partition(":")[0]


def _best(learned: Mapping[str, float]):
    aspect = max(learned, key=learned.get)
    return aspect, learned[aspect]


def rules(intent, text, cue, learned) -> str:
    return "what_is" if opens_with_definition(text) else cue or INTENT_ASPECT[intent]


def model_alone(intent, text, cue, learned) -> str:
    return _best(learned)[0]


def cue_then_model(sure: float) -> Chooser:
    """A definition or a clear cue wins; else the reader when it is at least `sure`; else the intent."""

    def choose(intent, text, cue, learned) -> str:
        if opens_with_definition(text):
            return "what_is"
        aspect, p = _best(learned)
        return cue or (aspect if p >= sure else INTENT_ASPECT[intent])

    return choose


def model_then_rules(sure: float) -> Chooser:
    """The reader when it is at least `sure`, else the rules."""

    def choose(intent, text, cue, learned) -> str:
        aspect, p = _best(learned)
        return aspect if p >= sure else rules(intent, text, cue, learned)

    return choose


def cues_broken_by_model(intent, text, cue, learned) -> str:
    """The rules, except that several cue hits are settled by the reader instead of the intent."""
    if opens_with_definition(text) or cue:
        return rules(intent, text, cue, learned)
    hits = cue_hits(text)
    return max(hits, key=lambda a: learned.get(a, 0.0)) if len(hits) > 1 else INTENT_ASPECT[intent]


def ways() -> Dict[str, Chooser]:
    found: Dict[str, Chooser] = {"rules": rules, "model alone": model_alone}
    found.update({f"cue > model>={s} > intent": cue_then_model(s) for s in (0.0, 0.3, 0.4, 0.5, 0.6)})
    found.update({f"model>={s} > rules": model_then_rules(s) for s in (0.5, 0.6, 0.7, 0.8)})
    found["rules, reader breaks cue ties"] = cues_broken_by_model
    return found


def accuracy(questions: List[dict], parsed: Dict[str, dict], reader, choose: Chooser, heard: float = 2.0) -> int:
    def chosen(intent, text, cue, learned):  # a caller that asks no reader (action_compare's) gets the rules
        return rules(intent, text, cue, learned) if learned is None else choose(intent, text, cue, learned)

    with listening_to(reader):
        with mock.patch.object(question_topic, "chosen_aspect", chosen):
            return sum(
                answered_aspect(q["text"], heard_as_question(q["text"], parsed[q["text"]], reader, heard))
                == q["aspect"]
                for q in questions
            )


def table(strength: float = aspect_model.STRENGTH, meaning: float = aspect_model.MEANING) -> List[str]:
    import yaml

    sets = {w: yaml.safe_load(p.read_text())["questions"] for w, p in aspect_model.WRITERS.items()}
    parsed = parses([q["text"] for qs in sets.values() for q in qs])
    readers = {
        held: aspect_model.train(aspect_model.labelled_questions([w for w in sets if w != held]), strength, meaning)
        for held in sets
    }
    lines = [
        "| way | " + " | ".join(f"{w} ({len(qs)})" for w, qs in sets.items()) + " | mean |",
        "| --- |" + " --- |" * (len(sets) + 1),
    ]
    rows = [(name, choose, 2.0) for name, choose in ways().items()]
    rows += [(f"cue > model>=0.5 > intent, telling heard as asking at >={s}", cue_then_model(0.5), s) for s in HEARD]
    for name, choose, heard in rows:
        shares = [accuracy(qs, parsed, readers[w], choose, heard) / len(qs) for w, qs in sets.items()]
        cells = " | ".join(f"{share:.1%}" for share in shares)
        lines.append(f"| {name} | {cells} | **{sum(shares) / len(shares):.1%}** |")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--c", type=float, default=aspect_model.STRENGTH, help="the reader's C (default %(default)s)")
    parser.add_argument("--meaning", type=float, default=aspect_model.MEANING, help="sentence vector weight")
    args = parser.parse_args(argv)
    print("\n".join(table(args.c, args.meaning)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
