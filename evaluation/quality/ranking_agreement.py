"""How often the engine, given a simulated person's true background, ranks first the specialization their writer
chose (the one an advisor would give). No servers: the ranking alone, on every read conversation set.

    .venv/bin/python -m evaluation.quality.ranking_agreement            # counts and the pairs that differ
    .venv/bin/python -m evaluation.quality.ranking_agreement --people   # and each person who differs
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, List, Tuple

import yaml

from advising.ranking import rank_specializations
from evaluation.quality.conversations import lenient_profile
from knowledge.catalog import Catalog
from knowledge.paths import ROOT

SETS = ROOT / "evaluation" / "quality"


def read_sets() -> List[Path]:
    """The conversation sets whose people were read (untuned/ stays out: its people are the blind check)."""
    return sorted(SETS.glob("conversations*.yml"))


def disagreements(paths: Iterable[Path], catalog: Catalog) -> Tuple[int, List[tuple]]:
    """(people, [(set, person, writer's specialization, engine's), ...] where the two differ)."""
    count, differ = 0, []
    for path in paths:
        for person in yaml.safe_load(path.read_text())["people"]:
            count += 1
            top = rank_specializations(lenient_profile(person["truth"], catalog), catalog)[0].code
            if top != person["specialization"]:
                differ.append((path.stem, person["id"], person["specialization"], top))
    return count, differ


def main(argv=None) -> int:
    from knowledge.catalog import load_catalog
    from knowledge.db import Database

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", action="store_true", help="list each person whose ranking differs")
    args = parser.parse_args(argv)
    count, differ = disagreements(read_sets(), load_catalog(Database()))
    print(f"The engine ranks the writer's specialization first for {count - len(differ)} of {count} people.")
    for (writer, engine), n in Counter((d[2], d[3]) for d in differ).most_common():
        print(f"  writer {writer}, engine {engine}: {n}")
    if args.people:
        for row in differ:
            print("  " + " | ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
