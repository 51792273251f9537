"""The cross-validation script compares like with like: a message keeps its fold whatever else is added."""

from __future__ import annotations

import pytest

from evaluation.quality.nlu_cv import ROOT, fold_of, parse_setting, pipeline_settings, pipeline_steps

pytestmark = pytest.mark.unit


def test_a_message_keeps_its_fold_when_examples_are_added():
    before = {text: fold_of(text, 5, 42) for text in ["hi", "what is the CCM", "im an rn with a bsn"]}
    assert all(fold_of(text, 5, 42) == fold for text, fold in before.items())
    assert fold_of("Hi ", 5, 42) == before["hi"]  # case and outer spaces do not split duplicates


def test_folds_are_used_about_evenly():
    folds = [fold_of(f"message number {n}", 5, 42) for n in range(1000)]
    assert all(150 <= folds.count(fold) <= 250 for fold in range(5))


def test_settings_default_to_the_pipeline_and_reject_unknown_keys():
    defaults = pipeline_settings(pipeline_steps(ROOT / "config.yml"))
    encoder = next(s for s in pipeline_steps(ROOT / "config.yml") if s["name"].endswith("SentenceEncoderFeaturizer"))
    assert defaults == {"scale": float(encoder["scale"]), "C": 1.0, "class_weight": "balanced", "max_iter": 200}
    assert parse_setting("", defaults) == defaults
    assert parse_setting("scale=20,class_weight=none")["class_weight"] is None
    assert parse_setting("C=3")["C"] == 3.0
    with pytest.raises(SystemExit):
        parse_setting("alpha=1")
