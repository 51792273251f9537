"""Does a speed change change what the assistant understands? Parses every held-out message
(evaluation/quality/holdout) with a model and the code of the checkout it runs from, writes the intents and
confidences, and compares two such files: the messages whose intent, or confidence (6 decimals), differs.

    .venv/bin/python -m evaluation.bench.same_intents parse MODEL.tar.gz OUT.json   # in each checkout
    .venv/bin/python -m evaluation.bench.same_intents compare BEFORE.json AFTER.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Dict, List, Tuple

from rasa.core.agent import Agent
from rasa.shared.nlu.training_data.loading import load_data

from knowledge.paths import ROOT

HOLDOUT = ROOT / "evaluation" / "quality" / "holdout"


def messages() -> List[str]:
    texts = [m.get("text") for path in sorted(HOLDOUT.glob("*.yml")) for m in load_data(str(path)).training_examples]
    return sorted(set(texts))


def understood(model: str, texts: List[str]) -> Dict[str, Tuple[str, float]]:
    agent = Agent.load(model)

    async def parse_all():
        found = {}
        for text in texts:
            parsed = await agent.parse_message(text)
            found[text] = (parsed["intent"]["name"], round(float(parsed["intent"]["confidence"]), 6))
        return found

    first = asyncio.run(parse_all())
    again = asyncio.run(parse_all())  # a second time: what anything kept from the first parse gives
    assert first == again, [t for t in texts if first[t] != again[t]][:5]
    return again


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["parse", "compare"])
    parser.add_argument("first")
    parser.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    if args.command == "parse":
        args.second.write_text(json.dumps(understood(args.first, messages()), indent=0))
        return 0
    before = json.loads(Path(args.first).read_text())
    after = json.loads(args.second.read_text())
    texts = sorted(before)
    assert sorted(after) == texts, "the two files hold different messages"
    intents = [t for t in texts if before[t][0] != after[t][0]]
    confidences = [t for t in texts if before[t] != after[t]]
    for text in confidences[:20]:
        print(f"  {text!r}: {before[text]} -> {after[text]}")
    print(f"same_intents: {len(texts)} held-out messages, {len(intents)} intents differ, {len(confidences)} differ")
    return 1 if intents else 0


if __name__ == "__main__":
    sys.exit(main())
