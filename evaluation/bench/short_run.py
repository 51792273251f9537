"""A short run of the mix for comparing two checkouts (docs/performance.md): one user through the people for
75 s, then 50 users back to back for 45 s, against this checkout's model. Run it in each checkout, one after the
other under the heavy-job lock:

    flock /tmp/heavy.lock .venv/bin/python -m evaluation.bench.short_run LABEL
"""

from __future__ import annotations

import asyncio
import sys

from evaluation.bench.load import SCRIPT, mix_level, peak_rss_mb
from knowledge.paths import ROOT
from ops.processes import Servers, Settings, free_port

KINDS = ("intake answer", "question", "plan", "what-if")
BY_TURN = [(1, 5), (6, 10), (11, 20), (21, 30), (31, 40)]


def main(argv=None) -> int:
    label = (argv or sys.argv[1:] or ["this checkout"])[0]
    settings = Settings(rasa_port=free_port(), action_port=free_port(), model="models/advisor.tar.gz")
    with Servers(settings, log_dir=ROOT / "build" / "bench" / "logs") as servers:
        servers.start(timeout=600)
        asyncio.run(mix_level(settings.rasa_url, "warm-up", 2, 20, script=SCRIPT))
        one = asyncio.run(mix_level(settings.rasa_url, "1 user", 1, 75, once=True))
        many = asyncio.run(mix_level(settings.rasa_url, "50", 50, 45))
        rss = peak_rss_mb(servers.processes["rasa"].pid)

    def p50(turns):
        return one.ms(50, turns) if turns else 0.0

    kinds = ", ".join(
        f"{p50([t for t in one.turns if t.kind == k]):.0f}/{one.ms(95, [t for t in one.turns if t.kind == k]):.0f}"
        for k in KINDS
    )
    by_turn = ", ".join(f"{p50([t for t in one.turns if a <= t.number <= b]):.0f}" for a, b in BY_TURN)
    print(
        f"{label}: load {one.load} / {many.load} | one user p50/p95 ms ({', '.join(KINDS)}): {kinds} | "
        f"p50 by turn ({', '.join(f'{a}-{b}' for a, b in BY_TURN)}): {by_turn} | one user {one.throughput:.1f} "
        f"turns/s | 50 users {many.throughput:.1f} turns/s, p95 {many.ms(95):.0f} ms | "
        f"errors {one.errors + many.errors} | Rasa {rss:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
