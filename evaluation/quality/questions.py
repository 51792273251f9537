"""Questions answered on topic: the fresh question set (evaluation/quality/questions.yml, each labelled aspect +
subject by someone who did not write the training data) asked of the running assistant over REST, one new conversation
per question; what was answered is read from the `last_topic` slot ("aspect:subject").

    .venv/bin/python -m evaluation.quality.questions              # all 200, servers started here (about 3 minutes)
    .venv/bin/python -m evaluation.quality.questions --limit 10   # a smoke run
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
import uuid
from collections import Counter
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Mapping

import yaml

from evaluation.quality.people import post_json
from knowledge.catalog import load_catalog
from knowledge.db import Database
from knowledge.paths import ROOT

QUESTIONS = ROOT / "evaluation" / "quality" / "questions.yml"
# The set's words for work settings, as the knowledge base's setting codes (the set names four broad settings).
SETTING_LABELS: Dict[str, FrozenSet[str]] = {
    "hospital": frozenset({"hospitals", "clinics"}),
    "insurance": frozenset({"insurance", "managed_care", "workers_compensation"}),
    "community_agency": frozenset({"community", "community_mental_health", "nonprofit", "government"}),
    "school": frozenset({"schools"}),
}


def load_questions(limit: int = 0, path: Path = QUESTIONS) -> List[dict]:
    questions = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    return questions[:limit] if limit else questions


def ask(base_url: str, text: str, token: str = "") -> str:
    """One question in a new conversation; the topic the assistant recorded as answered ('' if none)."""
    return asked(base_url, text, token)[0]


def asked(base_url: str, text: str, token: str = "") -> tuple:
    """One question in a new conversation: the topic recorded as answered ('' if none) and the intent heard."""
    sender = f"q-{uuid.uuid4().hex[:10]}"
    query = f"?token={token}" if token else ""
    post_json(f"{base_url}/webhooks/rest/webhook{query}", {"sender": sender, "message": text})
    with urllib.request.urlopen(f"{base_url}/conversations/{sender}/tracker{query}", timeout=60) as response:
        tracker = json.loads(response.read())
    intent = ((tracker.get("latest_message") or {}).get("intent") or {}).get("name") or ""
    return (tracker.get("slots") or {}).get("last_topic") or "", intent


def subject_names(label, degree_fields: Mapping[str, str]) -> FrozenSet[FrozenSet[str]]:
    """A label ('CCM', 'psychology', ['BSN', 'ADN']) as the set of codes that would answer it."""
    labels = label if isinstance(label, list) else [label]
    return frozenset(_codes(str(one), degree_fields) for one in labels)


def _codes(label: str, degree_fields: Mapping[str, str]) -> FrozenSet[str]:
    if label in SETTING_LABELS:
        return SETTING_LABELS[label]
    fields = {code for code, field in degree_fields.items() if field == label}
    return frozenset({label} | fields)


def on_topic(expected_aspect: str, expected_subject, got: str, degree_fields: Mapping[str, str]) -> Dict[str, bool]:
    aspect, _, subject = got.partition(":")
    subject = subject.partition("/")[0]  # "me/CCM": the person's own case, asked of the CCM
    wanted = subject_names(expected_subject, degree_fields)
    said = [s for s in subject.split("+") if s]
    subject_ok = len(said) == len(wanted) and all(any(s in codes for codes in wanted) for s in said)
    if len(wanted) == 1 and len(said) == 1:
        subject_ok = said[0] in next(iter(wanted))
    return {"aspect": aspect == expected_aspect, "subject": subject_ok}


def score(results: Iterable[dict]) -> dict:
    results = list(results)
    right = [r for r in results if r["aspect_ok"] and r["subject_ok"]]
    per_aspect: Dict[str, List[int]] = {}
    per_subject: Dict[str, List[int]] = {}
    confusions: Counter = Counter()
    for r in results:
        ok = int(r["aspect_ok"] and r["subject_ok"])
        per_aspect.setdefault(r["aspect"], []).append(ok)
        per_subject.setdefault(_label(r["subject"]), []).append(ok)
        if not ok:
            confusions[(f"{r['aspect']}:{_label(r['subject'])}", r["got"] or "(nothing answered)")] += 1
    return {
        "questions": len(results),
        "on_topic": len(right),
        "aspect_right": sum(r["aspect_ok"] for r in results),
        "subject_right": sum(r["subject_ok"] for r in results),
        "per_aspect": {k: (sum(v), len(v)) for k, v in sorted(per_aspect.items())},
        "per_subject": {k: (sum(v), len(v)) for k, v in sorted(per_subject.items())},
        "confusions": confusions.most_common(12),
    }


def run_questions(base_url: str, questions: List[dict], token: str = "") -> List[dict]:
    catalog = load_catalog(Database())
    degree_fields = {code: degree.field for code, degree in catalog.degrees.items()}
    results = []
    for q in questions:
        got, intent = asked(base_url, q["text"], token)
        ok = on_topic(q["aspect"], q["subject"], got, degree_fields)
        results.append(
            {
                "aspect": q["aspect"],
                "subject": q["subject"],
                "got": got,
                "intent": intent,
                "aspect_ok": ok["aspect"],
                "subject_ok": ok["subject"],
            }
        )
    return results


def section(
    summary: dict, path: Path = QUESTIONS, heading: str = "## Questions answered on topic", intro: str = ""
) -> List[str]:
    """The docs/quality.md section."""
    n = summary["questions"] or 1
    lines = [
        heading,
        "",
        *([intro, ""] if intro else []),
        f"`{path.relative_to(ROOT)}`: {summary['questions']} questions "
        "labelled aspect and subject by someone who did not write the training data, each asked in a new "
        "conversation over REST; the answer's topic is read from the `last_topic` slot. Target: at least 90% on topic.",
        "",
        f"On topic (aspect and subject right): **{summary['on_topic']} of {summary['questions']} "
        f"({summary['on_topic'] / n:.0%})**; aspect right {summary['aspect_right']}, subject right "
        f"{summary['subject_right']}.",
        "",
        "| aspect | on topic |",
        "| --- | --- |",
    ]
    lines += [f"| {k} | {ok} of {total} |" for k, (ok, total) in summary["per_aspect"].items()]
    lines += ["", "| subject | on topic |", "| --- | --- |"]
    lines += [f"| {k} | {ok} of {total} |" for k, (ok, total) in summary["per_subject"].items()]
    if summary["confusions"]:
        lines += [
            "",
            "Most frequent misses (asked -> answered): "
            + "; ".join(f"{asked} -> {got} ({count})" for (asked, got), count in summary["confusions"]),
        ]
    return lines + [""]


def _label(subject) -> str:
    return "+".join(map(str, subject)) if isinstance(subject, list) else str(subject)


def main(argv=None) -> int:
    from ops.processes import Servers, Settings, free_port

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="only the first N questions")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "quality" / "questions.json")
    parser.add_argument("--set", type=Path, default=QUESTIONS, help="the question set (default: %(default)s)")
    args = parser.parse_args(argv)
    settings = Settings(rasa_port=free_port(), action_port=free_port())
    with Servers(settings, log_dir=ROOT / "build" / "quality" / "logs") as servers:
        servers.start(timeout=300)
        results = run_questions(servers.settings.rasa_url, load_questions(args.limit, args.set))
    summary = score(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"summary": summary, "results": results}, indent=1, default=str))
    print("\n".join(section(summary, args.set.resolve())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
