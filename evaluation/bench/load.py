"""Load benchmark: the real mix of conversations (evaluation/bench/mix.py) against this assistant, one user alone,
50 users back to back and 50 users pausing 3-8 s between turns, and, in the same run on the same machine, the stock
`rasa init` assistant and the baseline (evaluation/bench/baseline_config.yml, trained on our data) under the same closed
loop.

    .venv/bin/python -m evaluation.bench.load              # the full run (trains the baseline the first time: ~30 min)
    .venv/bin/python -m evaluation.bench.load --quick      # about 10 minutes once the baseline is trained
    .venv/bin/python -m evaluation.bench.load --smoke      # seconds long: one user, one six-turn conversation

Writes docs/benchmarks.md (or --out). Latency is per turn (one message and all its replies).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import itertools
import os
import platform
import random
import subprocess
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import aiohttp

from evaluation.bench import mix
from knowledge.paths import ROOT
from ops.processes import Servers, Settings, free_port

RASA = str(Path(sys.executable).parent / "rasa")
# One whole conversation: background, intake answers, the recommendation, the plan, a question, a what-if.
SCRIPT = [
    "im an rn with a bsn and three years on a med surg floor",
    "none yet",
    "hospitals",
    "show me the whole plan",
    "how much does the ccm cost",
    "what if i got an msn",
]


@dataclass
class LevelResult:
    users: int
    think: Optional[Tuple[float, float]] = None  # seconds a person pauses between turns (reading, typing)
    turns: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: List[float] = field(default_factory=list)
    rasa_rss_mb: float = 0.0
    actions_rss_mb: float = 0.0
    statuses: Counter = field(default_factory=Counter)  # HTTP status of every turn (0: no response)

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000 if ordered else 0.0

    @property
    def throughput(self) -> float:
        return self.turns / self.seconds if self.seconds else 0.0


async def one_user(session: aiohttp.ClientSession, url: str, result: LevelResult) -> None:
    sender = f"bench-{uuid.uuid4().hex[:10]}"
    pauses = random.Random(sender)
    for turn, text in enumerate(SCRIPT):
        if result.think:  # people arrive at different moments, then read and type between turns
            await asyncio.sleep(pauses.uniform(0 if turn == 0 else result.think[0], result.think[1]))
        started = time.perf_counter()
        status = 0
        try:
            async with session.post(url, json={"sender": sender, "message": text}) as response:
                status = response.status
                replies = await response.json(content_type=None)
                ok = response.status == 200 and isinstance(replies, list) and replies
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            ok = False
        result.latencies.append(time.perf_counter() - started)
        result.statuses[status] += 1
        result.turns += 1
        result.errors += 0 if ok else 1


async def users_for(base_url: str, users: int, seconds: float, source_ips: bool = False) -> LevelResult:
    """`users` people, each starting a new conversation as soon as the last one ends, for `seconds`. With
    `source_ips`, each comes from its own loopback address (127.0.1.N), as different people would to a proxy."""
    result = LevelResult(users)
    url = f"{base_url}/webhooks/rest/webhook"
    deadline = time.perf_counter() + seconds

    async def person(index: int) -> None:
        local: Optional[tuple] = (f"127.0.1.{index + 1}", 0) if source_ips else None
        connector = aiohttp.TCPConnector(local_addr=local, limit=1)
        async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=120)) as session:
            while time.perf_counter() < deadline:
                await one_user(session, url, result)

    started = time.perf_counter()
    await asyncio.gather(*(person(i) for i in range(users)))
    result.seconds = time.perf_counter() - started
    return result


async def run_level(base_url: str, users: int, think: Optional[Tuple[float, float]] = None) -> LevelResult:
    result = LevelResult(users, think)
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        started = time.perf_counter()
        await asyncio.gather(*(one_user(session, f"{base_url}/webhooks/rest/webhook", result) for _ in range(users)))
        result.seconds = time.perf_counter() - started
    return result


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def train(config: str, name: str) -> float:
    started = time.perf_counter()
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", ACTION_ENDPOINT_URL="http://127.0.0.1:5055/webhook")
    done = subprocess.run(
        [RASA, "train", "--config", config, "--fixed-model-name", name, "--out", "build/bench", "--force", "--quiet"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"training {name} failed: {done.stderr[-2000:]}")
    return time.perf_counter() - started


def measure(model: str, levels: List[int], think: Optional[Tuple[float, float]] = None) -> Dict[str, object]:
    """Each level with people sending their next message as soon as the answer arrives (the most load they can
    make), then, with `think`, the largest level again with people pausing between turns as people do."""
    settings = Settings(rasa_port=free_port(), action_port=free_port(), model=model)
    with Servers(settings, log_dir=ROOT / "build" / "bench" / "logs") as servers:
        startup = servers.start(timeout=600)
        asyncio.run(run_level(settings.rasa_url, 1))  # warm-up, not counted
        results = []
        for users, pause in [(users, None) for users in levels] + ([(levels[-1], think)] if think else []):
            result = asyncio.run(run_level(settings.rasa_url, users, pause))
            result.rasa_rss_mb = peak_rss_mb(servers.processes["rasa"].pid)
            result.actions_rss_mb = peak_rss_mb(servers.processes["actions"].pid)
            results.append(result)
    return {"startup": startup, "levels": results}


@dataclass
class Turn:
    kind: str  # one of mix.KINDS, or "stock" for the rasa init assistant's messages
    number: int  # the turn's place in its conversation, from 1
    seconds: float
    ok: bool


@dataclass
class MixResult:
    label: str
    users: int
    think: Optional[Tuple[float, float]] = None
    seconds: float = 0.0
    turns: List[Turn] = field(default_factory=list)
    conversations: int = 0
    rasa_rss_mb: float = 0.0
    actions_rss_mb: float = 0.0
    statuses: Counter = field(default_factory=Counter)
    load: str = ""  # the machine's load average while it ran (the machine may be shared)

    @property
    def errors(self) -> int:
        return sum(not t.ok for t in self.turns)

    @property
    def throughput(self) -> float:
        return len(self.turns) / self.seconds if self.seconds else 0.0

    def ms(self, p: float, turns: Optional[List[Turn]] = None) -> float:
        ordered = sorted(t.seconds for t in (self.turns if turns is None else turns))
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000 if ordered else 0.0


async def hold(
    session: aiohttp.ClientSession,
    url: str,
    conversation,
    result: MixResult,
    deadline: float,
    pauses: Optional[random.Random],
    sender: Optional[str] = None,
) -> None:
    """One person's whole conversation (or until the deadline): each message waits for the replies to the last."""
    sender = sender or f"bench-{uuid.uuid4().hex[:10]}"
    replies: list = []
    while time.perf_counter() < deadline:
        step = conversation.next(replies)
        if step is None:
            break
        kind, text = step
        if result.think:
            await asyncio.sleep(pauses.uniform(result.think[0] if conversation.turn > 1 else 0, result.think[1]))
        started, status, replies = time.perf_counter(), 0, []
        try:
            async with session.post(url, json={"sender": sender, "message": text}) as response:
                status = response.status
                replies = await response.json(content_type=None)
                ok = status == 200 and isinstance(replies, list) and bool(replies)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            ok = False
        replies = replies if isinstance(replies, list) else []
        result.turns.append(Turn(kind, conversation.turn, time.perf_counter() - started, ok))
        result.statuses[status] += 1
    result.conversations += 1


async def mix_level(
    base_url: str,
    label: str,
    users: int,
    seconds: float,
    think=None,
    stock: bool = False,
    once: bool = False,
    script: Optional[List[str]] = None,
) -> MixResult:
    """`users` people, each starting the next person's conversation as soon as one ends, for `seconds`. With `once`,
    the people's conversations are each held once and the level ends when they are done (or at `seconds`)."""
    result = MixResult(label, users, think)
    people, asks, bank = mix.talkers(), mix.asked_questions(), mix.questions()
    queue = iter(range(len(people))) if once else itertools.count()
    url = f"{base_url}/webhooks/rest/webhook"
    deadline = time.perf_counter() + seconds

    def conversation(index: int):
        if stock or script:
            return mix.Scripted(script or mix.STOCK_SCRIPT)
        return mix.Conversation(people[index % len(people)], asks, bank, index)

    async def person(number: int) -> None:
        pauses = random.Random(number)
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
            for index in queue:
                if time.perf_counter() >= deadline:
                    break
                await hold(session, url, conversation(index), result, deadline, pauses)

    started = time.perf_counter()
    await asyncio.gather(*(person(i) for i in range(users)))
    result.seconds = time.perf_counter() - started
    result.load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    return result


def measure_mix(model: str, levels: List[tuple], stock: bool = False) -> Dict[str, object]:
    """Each level is (label, users, seconds, think, once)."""
    settings = Settings(rasa_port=free_port(), action_port=free_port(), model=model)
    with Servers(settings, log_dir=ROOT / "build" / "bench" / "logs") as servers:
        startup = servers.start(timeout=600)
        # warm-up, not counted: one person (so the per-profile caches hold only that person's profiles)
        asyncio.run(mix_level(settings.rasa_url, "warm-up", 2, 20, stock=stock, script=None if stock else SCRIPT))
        results = []
        for label, users, seconds, think, once in levels:
            result = asyncio.run(mix_level(settings.rasa_url, label, users, seconds, think, stock, once))
            result.rasa_rss_mb = peak_rss_mb(servers.processes["rasa"].pid)
            result.actions_rss_mb = peak_rss_mb(servers.processes["actions"].pid)
            results.append(result)
            print(f"bench: {label}: {result.throughput:.1f} turns/s, p95 {result.ms(95):.0f} ms", flush=True)
    return {"startup": startup, "levels": results}


def stock_model() -> Path:
    """The stock `rasa init` assistant, made and trained (with its default config) the first time, under build/."""
    where = ROOT / "build" / "bench" / "rasa-init"
    models = sorted((where / "models").glob("*.tar.gz")) if where.exists() else []
    if not models:
        where.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", RASA_TELEMETRY_ENABLED="false")
        subprocess.run([RASA, "init", "--no-prompt", "--init-dir", str(where)], cwd=where, env=env, check=True)
        models = sorted((where / "models").glob("*.tar.gz"))
    return models[-1]


def commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def heading(command: str) -> List[str]:
    """The report's title and what it was measured on, with the command that measures it again."""
    return [
        "# Load benchmark",
        "",
        f"Date: {datetime.date.today()} · commit `{commit()}` · machine: {os.cpu_count()} cores, "
        f"{platform.machine()}, Python {platform.python_version()} · rerun: `{command}`",
        "",
    ]


def write(path: Path, command: str, runs: Dict[str, dict]) -> None:
    lines = [
        *heading(command),
        f"Each simulated user holds one whole conversation of {len(SCRIPT)} turns over REST ({'; '.join(SCRIPT)}).",
        "Latency is per turn; throughput is turns per second over the whole level; memory is the peak resident set.",
        "",
        "| assistant | users | turns | errors | turns/s | p50 ms | p95 ms | p99 ms | Rasa RSS MB | actions RSS MB |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, run in runs.items():
        for r in run["levels"]:
            users = f"{r.users}, pausing {r.think[0]:g}–{r.think[1]:g} s" if r.think else str(r.users)
            lines.append(
                f"| {name} | {users} | {r.turns} | {r.errors} | {r.throughput:.2f} | {r.percentile(50):.0f} | "
                f"{r.percentile(95):.0f} | {r.percentile(99):.0f} | {r.rasa_rss_mb:.0f} | {r.actions_rss_mb:.0f} |"
            )
    lines += ["", "| assistant | training s | start-up s |", "| --- | --- | --- |"]
    for name, run in runs.items():
        training = f"{run['training']:.0f}" if run.get("training") is not None else "–"
        lines.append(f"| {name} | {training} | {run['startup']:.0f} |")
    if "baseline" in runs and "this assistant" in runs:
        for ours, base in zip(runs["this assistant"]["levels"], runs["baseline"]["levels"]):
            if ours.users == max(r.users for r in runs["this assistant"]["levels"]):
                how = "pausing between turns" if ours.think else "back to back"
                lines += [
                    "",
                    f"At {ours.users} users {how}: throughput {ours.throughput / base.throughput:.2f}× the "
                    f"baseline's, p95 {ours.percentile(95):.0f} ms against {base.percentile(95):.0f} ms.",
                ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")


BUCKETS = [(1, 5), (6, 10), (11, 20), (21, 30), (31, 40)]


def write_mix(path: Path, command: str, runs: Dict[str, dict]) -> None:
    """The report of the real-mix run: every level, each turn kind, latency by conversation length, the targets."""
    ours = runs["this assistant"]["levels"]
    one = ours[0]
    lines = [
        *heading(command),
        f"The real mix (evaluation/bench/mix.py): {len(mix.talkers())} people, every simulated person in "
        "evaluation/quality/people.py and evaluation/quality/conversations.yml, each opening with their own story, "
        "answering what the assistant asks, asking a question in the middle of the intake, then asking for the plan, "
        f"asking real people's questions (evaluation/quality/fresh) and trying what-ifs; every {mix.LONG_EVERY}rd "
        f"person keeps talking to turn {mix.LONG_TURNS}. Back to back: each user starts the next person's conversation "
        "as soon as one ends. The stock `rasa init` assistant (its default config, trained by `rasa init`) holds its "
        "own 6-turn conversation under the same load; the baseline is evaluation/bench/baseline_config.yml (Rasa's "
        "suggested config) trained on our data, holding the same mix"
        + ("" if "baseline (same data)" in runs else " (not in this run: --no-baseline)")
        + ". Latency is per turn (one message and all its replies); memory is "
        "the peak resident set; load is the 1-minute load average at the end of the level (the machine is shared).",
        "",
        "| assistant | level | turns | conversations | errors | turns/s | p50 ms | p95 ms | p99 ms | "
        "Rasa RSS MB | actions RSS MB | load |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, run in runs.items():
        for r in run["levels"]:
            lines.append(
                f"| {name} | {r.label} | {len(r.turns)} | {r.conversations} | {r.errors} | {r.throughput:.1f} | "
                f"{r.ms(50):.0f} | {r.ms(95):.0f} | {r.ms(99):.0f} | {r.rasa_rss_mb:.0f} | {r.actions_rss_mb:.0f} | "
                f"{r.load} |"
            )
    lines += ["", "Each turn kind (this assistant):", "", "| level | kind | turns | p50 ms | p95 ms |"]
    lines.append("| --- | --- | --- | --- | --- |")
    for r in ours:
        for kind in mix.KINDS:
            turns = [t for t in r.turns if t.kind == kind]
            lines.append(f"| {r.label} | {kind} | {len(turns)} | {r.ms(50, turns):.0f} | {r.ms(95, turns):.0f} |")
    lines += ["", f"Latency by the turn's place in its conversation ({one.label}):", ""]
    lines += ["| turns | count | p50 ms | p95 ms |", "| --- | --- | --- | --- |"]
    for low, high in BUCKETS:
        turns = [t for t in one.turns if low <= t.number <= high]
        lines.append(f"| {low}–{high} | {len(turns)} | {one.ms(50, turns):.0f} | {one.ms(95, turns):.0f} |")
    early = [t for t in one.turns if t.number == 4]
    late = [t for t in one.turns if t.number == mix.LONG_TURNS]
    growth = one.ms(50, late) / one.ms(50, early) if early and late and one.ms(50, early) else 0.0
    lines += ["", *targets(runs, growth)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")


def targets(runs: Dict[str, dict], growth: float) -> List[str]:
    """Issue #13's targets against this run's numbers."""
    levels = {r.label: r for r in runs["this assistant"]["levels"]}
    one, closed, pausing = levels.get(ONE), levels.get(CLOSED), levels.get(PAUSING)
    stock = next(iter(runs["rasa init (stock)"]["levels"]), None) if "rasa init (stock)" in runs else None
    rows = []

    def row(target: str, measured: str, met: bool) -> None:
        rows.append(f"| {target} | {measured} | {'yes' if met else 'NO'} |")

    if one:
        for kind in mix.KINDS:
            turns = [t for t in one.turns if t.kind == kind]
            p50, p95 = one.ms(50, turns), one.ms(95, turns)
            row(f"one user, {kind}: p50 ≤ 80 ms, p95 ≤ 150 ms", f"{p50:.0f} / {p95:.0f} ms", p50 <= 80 and p95 <= 150)
        row(f"turn {mix.LONG_TURNS} within 1.2× turn 4 (p50)", f"{growth:.2f}×", 0 < growth <= 1.2)
    if closed:
        row("50 users back to back: ≥ 15 turns/s", f"{closed.throughput:.1f} turns/s", closed.throughput >= 15)
        if stock:
            row(
                "50 users back to back: ≥ the stock rasa init",
                f"{closed.throughput:.1f} against {stock.throughput:.1f} turns/s",
                closed.throughput >= stock.throughput,
            )
    every = [r for r in levels.values()]
    row("0 errors", f"{sum(r.errors for r in every)}", sum(r.errors for r in every) == 0)
    if pausing:
        row("50 users pausing 3–8 s: p95 ≤ 300 ms", f"{pausing.ms(95):.0f} ms", pausing.ms(95) <= 300)
    rasa = max(r.rasa_rss_mb for r in every)
    actions = max(r.actions_rss_mb for r in every)
    row("Rasa ≤ 1 GB, action server ≤ 300 MB", f"{rasa:.0f} MB, {actions:.0f} MB", rasa <= 1024 and actions <= 300)
    return ["Targets (issue #13):", "", "| target | measured | met |", "| --- | --- | --- |", *rows]


ONE, CLOSED, PAUSING = "1 user", "50 users back to back", "50 users pausing 3–8 s"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--quick", action="store_true", help="about 10 minutes: shorter levels")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--retrain-baseline", action="store_true", help="train the baseline again even if built")
    parser.add_argument("--no-baseline", action="store_true", help="measure this assistant only (to try a change)")
    args = parser.parse_args(argv)
    if args.smoke:
        runs: Dict[str, dict] = {"this assistant": measure("models/advisor.tar.gz", [1])}
        write(args.out, "bin/bench --smoke", runs)
        print(f"bench: results written to {args.out}")
        return 1 if any(r.errors for r in runs["this assistant"]["levels"]) else 0
    seconds = 60 if args.quick else 180
    think = (3.0, 8.0)
    ours_training = (
        float((ROOT / "models" / ".training.seconds").read_text())
        if (ROOT / "models" / ".training.seconds").exists()
        else None
    )
    levels = [
        (ONE, 1, 2 * seconds if args.quick else 900, None, True),
        (CLOSED, 50, seconds, None, False),
        (PAUSING, 50, seconds, think, False),
    ]
    runs = {"this assistant": {**measure_mix("models/advisor.tar.gz", levels), "training": ours_training}}
    stock = stock_model()
    runs["rasa init (stock)"] = {**measure_mix(str(stock), [(CLOSED, 50, seconds, None, False)], stock=True)}
    if not args.no_baseline:
        baseline = ROOT / "build" / "bench" / "baseline.tar.gz"
        timing = ROOT / "build" / "bench" / "baseline.seconds"
        if args.retrain_baseline or not baseline.exists():
            timing.parent.mkdir(parents=True, exist_ok=True)
            timing.write_text(str(train("evaluation/bench/baseline_config.yml", "baseline")))
        runs["baseline (same data)"] = {
            **measure_mix(str(baseline.relative_to(ROOT)), [(CLOSED, 50, seconds, None, False)]),
            "training": float(timing.read_text()),
        }
    flags = [flag for flag, on in (("--quick", args.quick), ("--no-baseline", args.no_baseline)) if on]
    write_mix(args.out, " ".join(["bin/bench", *flags]), runs)
    print(f"bench: results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
