"""Throughput of the deployment profile with one and with two Rasa replicas behind nginx (PostgreSQL tracker
store, Redis lock store, two action servers), 50 simulated users from their own loopback addresses, each holding
whole conversations back to back for a minute.

    .venv/bin/python -m evaluation.bench.stack                # about 5 minutes; writes docs/stack-benchmarks.md
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Tuple

from evaluation.bench.load import SCRIPT, LevelResult, commit, peak_rss_mb, users_for
from knowledge.paths import ROOT
from ops.settings import StackSettings
from ops.stack import Stack


def measure(replicas: int, users: int, seconds: float) -> Tuple[LevelResult, float, List[float]]:
    state = Path(tempfile.mkdtemp(prefix="advisor-bench-stack-"))
    os.chmod(state, 0o755)
    settings = StackSettings(
        state_dir=state,
        replicas=replicas,
        public_port=18080,
        rasa_base_port=18105,
        action_base_port=18155,
        actions_proxy_port=18150,
        postgres_port=18433,
        redis_port=18380,
    )
    stack = Stack(settings)
    try:
        started = time.monotonic()
        stack.start()
        startup = time.monotonic() - started
        asyncio.run(users_for(settings.public_url, 2, 10, source_ips=True))  # warm-up, not counted
        result = asyncio.run(users_for(settings.public_url, users, seconds, source_ips=True))
        rss = [peak_rss_mb(stack.group.pid(name)) for name in stack.replica_names]
        return result, startup, rss
    finally:
        stack.stop()
        shutil.rmtree(state, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "stack-benchmarks.md")
    args = parser.parse_args(argv)
    lines = [
        "# The deployment profile under load",
        "",
        f"Date: {datetime.date.today()} · commit `{commit()}` · machine: {os.cpu_count()} cores, "
        f"{platform.machine()}, Python {platform.python_version()} · "
        "rerun: `.venv/bin/python -m evaluation.bench.stack`",
        "",
        f"{args.users} simulated users, each from its own loopback address through nginx, holding whole "
        f"conversations of {len(SCRIPT)} turns back to back for {args.seconds:.0f} s; PostgreSQL tracker store, "
        "Redis lock store, two action servers.",
        "",
        "| Rasa replicas | turns | turns/s | p50 ms | p95 ms | p99 ms | HTTP statuses | start-up s "
        "| replica peak RSS MB |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for replicas in args.replicas:
        result, startup, rss = measure(replicas, args.users, args.seconds)
        statuses = ", ".join(f"{code}: {n}" for code, n in sorted(result.statuses.items()))
        lines.append(
            f"| {replicas} | {result.turns} | {result.throughput:.2f} | {result.percentile(50):.0f} | "
            f"{result.percentile(95):.0f} | {result.percentile(99):.0f} | {statuses} | {startup:.0f} | "
            f"{' / '.join(f'{r:.0f}' for r in rss)} |"
        )
        print(lines[-1], flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n")
    print(f"bench: written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
