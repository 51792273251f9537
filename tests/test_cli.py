"""The command-line demo. Two tests run the real command as a user runs it; the others call its main() in this
process, which reads the same arguments, standard input and DATABASE_URL, without a second of start-up each."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass

import pytest

from advising.__main__ import main
from knowledge.paths import ROOT
from tests.commands import run_module


def run(database_url, *args, stdin=""):
    return run_module("advising", *args, env={"DATABASE_URL": database_url}, stdin=stdin)


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def advising(database_url, monkeypatch, capsys):
    def run_main(*args, url=database_url, stdin=""):
        monkeypatch.setenv("DATABASE_URL", url)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        printed = capsys.readouterr()
        return Done(code, printed.out, printed.err)

    return run_main


def test_advice_for_a_profile(database_url):
    done = run(
        database_url,
        "--profile",
        json.dumps(
            {"education_level": "bachelor", "degree_field": "nursing", "licenses": ["RN"], "case_management_months": 24}
        ),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Recommended: Healthcare case management.")
    assert "Earn the CCM" in done.stdout and "Sources:" in done.stdout


def test_json_output_carries_the_public_fields(advising):
    done = advising("--profile", "{}", "--json")
    answer = json.loads(done.stdout)
    assert set(answer) == {
        "recommended_specialization",
        "recommended_credential",
        "ranking",
        "credential_plan",
        "alternatives",
        "steps",
        "open_questions",
    }
    assert answer["open_questions"][0] == "education_level"


def test_an_interview_asks_until_nothing_that_matters_is_unknown(database_url):
    answers = "bachelor\nsocial work\n\nhomeless shelters\nsoon\ntwo years\ncommunity_agency\nyes\nyes\nOhio\n"
    done = run(database_url, stdin=answers)
    assert done.returncode == 0, done.stderr
    assert "could not read a length of time in 'soon'" in done.stdout
    assert "Recommended: Social work case management." in done.stdout


def test_a_bad_profile_is_a_clear_error(advising):
    done = advising("--profile", json.dumps({"case_management_months": -3}))
    assert done.returncode == 1
    assert "case_management_months cannot be negative" in done.stderr
    assert "Traceback" not in done.stderr


def test_malformed_json_is_a_clear_error(advising):
    done = advising("--profile", "{education")
    assert done.returncode == 1 and "advising:" in done.stderr and "Traceback" not in done.stderr


def test_a_missing_database_says_how_to_build_it(advising, tmp_path):
    done = advising("--profile", "{}", url=f"sqlite:///{tmp_path / 'nothing.db'}")
    assert done.returncode == 2
    assert "python -m knowledge.build" in done.stderr and "Traceback" not in done.stderr


def test_an_advisor_reviews_a_file_of_profiles(advising, tmp_path):
    done = advising("--profiles", str(ROOT / "evaluation/quality/advice/profiles.yml"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("=== ") == 62 and "Expected outcomes: all met" in done.stdout
    broken = tmp_path / "broken.yml"
    broken.write_text("profiles: [", encoding="utf-8")
    refused = advising("--profiles", str(broken))
    assert refused.returncode == 1 and "cannot read" in refused.stderr and "Traceback" not in refused.stderr
