"""The quality report and the load benchmark work: seconds-long smoke runs (the full runs are documented commands)."""

from __future__ import annotations

import yaml

from knowledge.paths import ROOT
from tests.commands import run_module

# the writers whose sets were read to guide changes after the first seven's (the others wait unread in untuned/)
LATER_WRITERS = (
    "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentythird", "twentyfourth", "twentyfifth",
    "twentysixth", "twentyseventh", "twentysecond", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst",
    "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth",
    "thirtyninth", "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth", "fortyfifth",
    "fortysixth", "fortyseventh", "fortyeighth", "fortyninth", "fiftieth", "fiftyfirst", "fiftysecond",
    "fiftythird", "fiftyfourth", "fiftyfifth", "fiftysixth", "fiftyseventh", "fiftyeighth", "fiftyninth", "sixtieth",
    "sixtyfirst", "sixtysecond", "sixtythird", "sixtyfourth", "sixtyfifth", "sixtysixth", "sixtyseventh",
    "sixtyeighth", "seventythird", "seventyfourth", "seventyfifth", "seventysixth", "sixtyninth", "seventieth",
    "seventyfirst", "seventysecond", "eightyfirst", "eightythird",
    "eightyfourth", "eightysixth", "eightyseventh", "seventyseventh", "seventyeighth", "eightieth", "eightysecond",
    "ninetysecond", "ninetythird", "ninetyfourth", "ninetyfifth", "eightyeighth", "eightyninth", "ninetieth",
    "ninetyfirst", "ninetysixth", "ninetyseventh", "ninetyeighth", "ninetyninth",
    "hundredth", "hundredfirst", "hundredsecond", "hundredthird",
    "hundredfourth", "hundredfifth", "hundredsixth", "hundredseventh",
    "hundredeighth", "hundredninth", "hundredtenth", "hundredeleventh",
    "hundredtwelfth", "hundredthirteenth", "hundredfourteenth", "hundredfifteenth",
    "hundredsixteenth", "hundredseventeenth", "hundredeighteenth", "hundrednineteenth",
)  # fmt: skip


def run(module, out):
    return run_module(module, "--smoke", "--out", str(out), timeout=900)


def test_the_load_benchmark_runs_and_reports(tmp_path):
    out = tmp_path / "benchmarks.md"
    done = run("evaluation.bench.load", out)
    assert done.returncode == 0, done.stderr[-3000:]
    report = out.read_text()
    row = next(line for line in report.splitlines() if line.startswith("| this assistant | 1 |"))
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[2] == "6" and cells[3] == "0"  # six turns, no errors
    assert float(cells[8]) > 0  # the Rasa server's memory was read


def test_the_quality_report_runs_and_reports(tmp_path):
    out = tmp_path / "quality.md"
    done = run("evaluation.quality.report", out)
    assert done.returncode == 0, done.stderr[-3000:]
    report = out.read_text()
    assert "| held-out, all |" in report and "Test stories" in report
    assert "1 of 1 simulated people reached the right specialization and the right plan" in report
    assert "### The conversation set" in report and "of 1 reached a plan" in report


def test_no_evaluation_message_is_in_the_training_data():
    from rasa.shared.nlu.training_data.loading import load_data

    def texts(path):
        return {" ".join(m.get("text").lower().split()) for m in load_data(str(path)).intent_examples}

    training = texts(ROOT / "data" / "nlu")
    for evaluation in ("holdout", "fresh"):
        evaluation_texts = texts(ROOT / "evaluation" / "quality" / evaluation)
        assert len(evaluation_texts) >= 200
        assert evaluation_texts & training == set(), evaluation
    written_sets = [
        ROOT / "evaluation" / "quality" / f"{kind}_{writer}_writer.yml"
        for writer in ("third", "fourth", "fifth", "sixth", "seventh")
        for kind in ("questions", "conversations")
    ] + [
        ROOT / "evaluation" / "quality" / f"{kind}_{writer}_writer.yml"
        for writer in LATER_WRITERS
        for kind in ("questions", "conversations")
    ]
    for path in written_sets + sorted((ROOT / "evaluation" / "quality" / "untuned").glob("*.yml")):
        written = yaml.safe_load(path.read_text())
        asked = [q["text"] for q in written.get("questions") or []]
        asked += [t for p in written.get("people") or [] for t in (p["opening"], p.get("mid_intake_question") or "")]
        assert {" ".join(t.lower().split()) for t in asked if t} & training == set(), path.name
