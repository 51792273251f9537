"""How a turn's cost grows with the conversation, without the parse changing: the same message at turn 4 and at
turn 40 of the same kind of conversation, one user alone (issue #13: turn 40 within 1.2x turn 4).

Two kinds of conversation lead up to the probe:
- "questions": every turn a real person's question (evaluation/quality/questions.yml), no intake, so turn 4 and
  turn 40 differ only in the history before them;
- "mix": the benchmark's long people (evaluation/bench/mix.py): the intake, the plan, questions and what-ifs.
  Turn 4 is then usually inside the intake and turn 40 after the plan, so the state differs too.

    .venv/bin/python -m evaluation.bench.growth [--rounds 3] [--record FILE]

--record writes the long conversations' events (the trackers, as JSON) for tests/test_rule_states.py.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import statistics
import sys
import uuid
from pathlib import Path
from typing import List, Optional, Tuple

import aiohttp

from evaluation.bench import mix
from evaluation.bench.load import MixResult, hold
from knowledge.paths import ROOT
from ops.processes import Servers, Settings, free_port

PROBE = "how much does the ccm exam cost"
EARLY, LATE = 4, 40


class Probed:
    """A conversation that sends PROBE at turn `at` and then stops."""

    def __init__(self, before, at: int):
        self.before, self.at = before, at

    @property
    def turn(self) -> int:
        return self.before.turn

    def next(self, replies: List[dict]) -> Optional[Tuple[str, str]]:
        if self.before.turn + 1 == self.at:
            self.before.turn += 1
            return "probe", PROBE
        if self.before.turn >= self.at:
            return None
        return self.before.next(replies)


class Questions:
    """Real people's questions, one a turn."""

    def __init__(self, seed: int):
        self.bank, self.seed, self.turn = mix.questions(), seed, 0

    def next(self, replies: List[dict]) -> Optional[Tuple[str, str]]:
        self.turn += 1
        return "question", self.bank[(self.seed * 13 + self.turn) % len(self.bank)]


def leading(kind: str, index: int):
    if kind == "questions":
        return Questions(index)
    people = [t for t in mix.talkers() if t.long]
    return mix.Conversation(people[index % len(people)], mix.asked_questions(), mix.questions(), index)


async def probe(url: str, kind: str, index: int, at: int, record: Optional[list]) -> float:
    result = MixResult("growth", 1)
    sender = f"growth-{uuid.uuid4().hex[:10]}"
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        await hold(
            session, f"{url}/webhooks/rest/webhook", Probed(leading(kind, index), at), result, 1e12, None, sender
        )
        if record is not None:
            async with session.get(f"{url}/conversations/{sender}/tracker") as response:
                record.append((await response.json())["events"])
    assert result.errors == 0, f"{result.errors} turns failed"
    return next(t.seconds for t in result.turns if t.kind == "probe")


async def measure(url: str, rounds: int, record: Optional[list]) -> dict:
    found = {}
    for kind in ("questions", "mix"):
        early, late = [], []
        for index in range(rounds):  # alternate, so the machine's other load falls on both alike
            early.append(await probe(url, kind, index, EARLY, None))
            late.append(await probe(url, kind, index, LATE, record))
        found[kind] = (statistics.median(early) * 1000, statistics.median(late) * 1000)
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default="models/advisor.tar.gz")
    parser.add_argument("--record", type=Path, help="write the long conversations' events here (gzipped JSON)")
    args = parser.parse_args(argv)
    settings = Settings(rasa_port=free_port(), action_port=free_port(), model=args.model)
    record: Optional[list] = [] if args.record else None
    with Servers(settings, log_dir=ROOT / "build" / "bench" / "logs") as servers:
        servers.start(timeout=600)
        print(f"growth: Rasa pid {servers.processes['rasa'].pid}", flush=True)
        asyncio.run(probe(settings.rasa_url, "mix", 0, EARLY, None))  # warm-up
        found = asyncio.run(measure(settings.rasa_url, args.rounds, record))
    load = Path("/proc/loadavg").read_text().split()[0]
    for kind, (early, late) in found.items():
        print(f"growth: {kind}: turn {EARLY} p50 {early:.0f} ms, turn {LATE} p50 {late:.0f} ms, {late / early:.2f}x")
    print(f"growth: load {load}")
    if args.record:
        args.record.write_bytes(gzip.compress(json.dumps(record).encode()))
        print(f"growth: {len(record)} conversations written to {args.record}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
