"""Time advise() for every profile of a file (default evaluation/quality/advice/profiles.yml): p50 and max in
milliseconds.

python -m evaluation.bench.advice_profiles [FILE] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import yaml

from advising.engine import advise
from advising.profile import Profile
from knowledge.catalog import load_catalog
from knowledge.db import Database
from knowledge.paths import ROOT

DEFAULT = ROOT / "evaluation" / "quality" / "advice" / "profiles.yml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    database = Database()
    catalog = load_catalog(database)
    database.dispose()
    entries = yaml.safe_load(Path(args.file).read_text(encoding="utf-8"))["profiles"]
    timings = []
    for entry in entries:
        profile = Profile.from_dict(entry["profile"], catalog)
        best = min(_timed(profile, catalog, entry.get("specialization")) for _ in range(args.repeat))
        timings.append(best)
    print(
        f"advise() over {len(timings)} profiles (best of {args.repeat} each): "
        f"p50 {statistics.median(timings):.2f} ms, max {max(timings):.2f} ms"
    )


def _timed(profile, catalog, specialization) -> float:
    start = time.perf_counter()
    advise(profile, catalog, specialization)
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    main()
