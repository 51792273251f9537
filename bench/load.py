"""Load benchmark: 1, 10 and 50 simulated users at once, each holding a whole advising conversation over REST,
against this assistant and, in the same run on the same machine, against the baseline (bench/baseline_config.yml).

    .venv/bin/python -m bench.load                 # the full run (trains the baseline the first time: ~10 min)
    .venv/bin/python -m bench.load --smoke         # seconds long: one user, this assistant only

Writes docs/benchmarks.md (or --out). Latency is per turn (one message and all its replies).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
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

from serve.processes import Servers, Settings, free_port

ROOT = Path(__file__).resolve().parent.parent
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


def commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def write(path: Path, command: str, runs: Dict[str, dict]) -> None:
    lines = [
        "# Load benchmark",
        "",
        f"Date: {datetime.date.today()} · commit `{commit()}` · machine: {os.cpu_count()} cores, "
        f"{platform.machine()}, Python {platform.python_version()} · rerun: `{command}`",
        "",
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--levels", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--retrain-baseline", action="store_true", help="train the baseline again even if built")
    parser.add_argument("--no-baseline", action="store_true", help="measure this assistant only (to try a change)")
    parser.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=[3.0, 8.0],
        metavar=("MIN", "MAX"),
        help="seconds people pause between turns in the extra run of the largest level",
    )
    args = parser.parse_args(argv)
    runs: Dict[str, dict] = {}
    if args.smoke:
        runs["this assistant"] = measure("models/advisor.tar.gz", [1])
    else:
        # this assistant: the model bin/train made (and timed); the baseline: trained here unless already built
        ours_training = (
            float((ROOT / "models" / ".training.seconds").read_text())
            if (ROOT / "models" / ".training.seconds").exists()
            else None
        )
        runs["this assistant"] = {
            **measure("models/advisor.tar.gz", args.levels, tuple(args.think)),
            "training": ours_training,
        }
    if not args.smoke and not args.no_baseline:
        baseline = ROOT / "build" / "bench" / "baseline.tar.gz"
        timing = ROOT / "build" / "bench" / "baseline.seconds"
        if args.retrain_baseline or not baseline.exists():
            timing.parent.mkdir(parents=True, exist_ok=True)
            timing.write_text(str(train("bench/baseline_config.yml", "baseline")))
        runs["baseline"] = {
            **measure(str(baseline.relative_to(ROOT)), args.levels, tuple(args.think)),
            "training": float(timing.read_text()),
        }
    write(args.out, "bin/bench" + (" --smoke" if args.smoke else ""), runs)
    print(f"bench: results written to {args.out}")
    errors = sum(r.errors for run in runs.values() for r in run["levels"])
    return 1 if args.smoke and errors else 0


if __name__ == "__main__":
    sys.exit(main())
