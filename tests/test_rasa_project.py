"""The Rasa project as Rasa sees it: its data validates, and the test stories pass with the trained model."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from actions.profile_slots import PROFILE_SLOTS
from knowledge.paths import ROOT

RASA = str(Path(sys.executable).parent / "rasa")
# Rasa counts a response as unused unless a story names it; these are said by the form and by actions.
SAID_BY_FORM_OR_ACTIONS = {
    "utter_default",
    "utter_ask_rephrase",
    "utter_vent_with_background",
    "utter_story_heard",  # action_suggest_intents, after a story whose question was not understood
    "utter_intake_intro",  # action_intake_intro, after utter_lost_welcome for someone who says they are lost
    "utter_lost_welcome",
    "utter_ask_case_management_full_time_supervising",  # action_ask_case_management_full_time, for a supervisor
} | {
    f"utter_ask_{slot}"
    for slot in PROFILE_SLOTS  # the intake's questions, asked by its actions
}


def rasa(*args, timeout=600):
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", ACTION_ENDPOINT_URL="http://127.0.0.1:5055/webhook")
    return subprocess.run([RASA, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def test_data_validates_with_warnings_as_failures():
    done = rasa("data", "validate", "--fail-on-warnings")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    unused = set(re.findall(r"The utterance '(\w+)' is not used in any story or rule", output))
    assert unused <= SAID_BY_FORM_OR_ACTIONS
    other_warnings = [
        line for line in output.splitlines() if "UserWarning" in line and "is not used in any story" not in line
    ]
    assert other_warnings == []


def test_every_test_story_passes(tmp_path):
    done = rasa(
        "test",
        "core",
        "--stories",
        "tests/test_stories.yml",
        "--model",
        "models/advisor.tar.gz",
        "--fail-on-prediction-errors",
        "--out",
        str(tmp_path),
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert "None of the test stories failed" in (tmp_path / "failed_test_stories.yml").read_text()
