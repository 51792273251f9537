"""Every read answer to one intake question, read on its own, against what its writer says is true (issue #12).

A conversation set's misses show one person at a time. This reads, for one question, the answer every read person
gives it (their `answers:` text for that slot), each standing alone with no conversation before it, and compares what
the extractor takes from it with the person's `truth`. A kind of answer misread this way is misread for everyone who
says it so, whether or not a conversation has asked them yet. An answer that needs the conversation before it (who is
being spoken for, a degree told earlier) counts as wrong here, so the count is a floor, and for comparing two
versions of the code rather than a score. The blind sets (untuned/) are never read.

    .venv/bin/python -m evaluation.quality.answer_scan supervisor_months          # right of all, and the wrong ones
    .venv/bin/python -m evaluation.quality.answer_scan state --unread             # and the ones read as nothing
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable, List

import yaml

from knowledge.paths import ROOT

SETS = ROOT / "evaluation" / "quality"
TODAY = date(2026, 12, 3)  # the writers' "today" (the brief's), for "since 2021" and "in May"


@dataclass(frozen=True)
class Reading:
    where: str  # set file and person
    answer: str
    read: Any  # what the extractor took for the slot (None: nothing)
    truth: Any

    @property
    def right(self) -> bool:
        if isinstance(self.truth, list):
            return sorted(self.read or []) == sorted(self.truth)
        return self.read == self.truth


def read_answers(slot: str, paths: Iterable[Path], nlp, catalog, today: date = TODAY) -> List[Reading]:
    """Each person's answer to `slot`, read alone, beside their truth (those with no answer or truth left out)."""
    from language.profile_extraction import extract_profile, mentions_from_entities

    found = []
    for path in paths:
        for person in yaml.safe_load(path.read_text(encoding="utf-8")).get("people") or []:
            answer = str((person.get("answers") or {}).get(slot) or "")
            truth = (person.get("truth") or {}).get(slot)
            if not answer or truth is None:
                continue
            entities = [
                {"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char}
                for e in nlp(answer).ents
            ]
            mentions = mentions_from_entities(entities, catalog.vocabulary, answer)
            read = extract_profile(answer, mentions, {}, catalog, slot, "inform", today=today).slots.get(slot)
            found.append(Reading(f"{path.name} {person.get('id')}", answer, read, truth))
    return found


def main(argv=None) -> int:
    import spacy

    from knowledge.catalog import load_catalog
    from knowledge.db import Database

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("slot", help="the intake question, by its slot (state, licenses, supervisor_months, ...)")
    parser.add_argument("--unread", action="store_true", help="list the answers read as nothing too")
    args = parser.parse_args(argv)
    nlp = spacy.load(ROOT / "build" / "spacy" / "en_case_management")
    readings = read_answers(args.slot, sorted(SETS.glob("conversations*.yml")), nlp, load_catalog(Database()))
    print(f"{args.slot}: {sum(r.right for r in readings)} of {len(readings)} read answers right, each alone")
    for r in readings:
        if not r.right and (r.read is not None or args.unread):
            print(f"  {r.where}: truth {r.truth!r}, read {r.read!r}: {r.answer[:160]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
