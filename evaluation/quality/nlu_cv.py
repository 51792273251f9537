"""Cross-validated intent scores on the training data alone, to compare classifier settings and training data.

Only the NLU pipeline of config.yml up to the intent classifier is run, outside Rasa's trainer, so that the costly
parts happen once: spaCy parses every message once, the sentence encoder embeds every distinct text once (kept in
build/nlu_cv_encoder.npz between runs), and per fold only the trainable featurizers (regex, lexical-syntactic,
word and character counts) and the logistic regression are fitted. Every configuration of one run is scored on the
same folds.

A message's fold is a seeded hash of its text, so adding examples does not move the others between folds:
`--score-data DIR` scores only the messages that are also in DIR (e.g. an export of main's data/nlu), which tells
whether new examples help on the old ones rather than only on themselves.

    flock /tmp/heavy.lock .venv/bin/python -m evaluation.quality.nlu_cv --config scale=10 --config scale=20,C=0.3
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import numpy as np
import yaml
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.featurizers.sparse_featurizer.lexical_syntactic_featurizer import LexicalSyntacticFeaturizer
from rasa.nlu.featurizers.sparse_featurizer.regex_featurizer import RegexFeaturizer
from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
from rasa.nlu.utils.spacy_utils import SpacyNLP
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

from components.intent_classifier import sentence_row, stack_rows
from language.sentence_vectors import embed

ROOT = Path(__file__).resolve().parents[2]
ENCODER_CACHE = ROOT / "build" / "nlu_cv_encoder.npz"
PREDICTIONS = ROOT / "build" / "nlu_cv_predictions.json"  # every configuration's out-of-fold guesses, to read
SPARSE_FEATURIZERS = {
    "RegexFeaturizer": RegexFeaturizer,
    "LexicalSyntacticFeaturizer": LexicalSyntacticFeaturizer,
    "CountVectorsFeaturizer": CountVectorsFeaturizer,
}
# What a configuration may change, and the value it has when it does not say: C and class_weight as Rasa's
# classifier fixes them, scale and max_iter as config.yml sets them (see pipeline_settings).
SETTINGS = {"scale": 1.0, "C": 1.0, "class_weight": "balanced", "max_iter": 100}


def pipeline_steps(config_path: Path) -> List[Dict]:
    return yaml.safe_load(config_path.read_text())["pipeline"]


def pipeline_settings(steps: List[Dict]) -> Dict:
    settings = dict(SETTINGS)
    for step in steps:
        if step["name"].endswith("SentenceEncoderFeaturizer"):
            settings["scale"] = float(step.get("scale", settings["scale"]))
        if step["name"].endswith("IntentClassifier"):
            settings["max_iter"] = int(step.get("max_iter", settings["max_iter"]))
    return settings


def fold_of(text: str, folds: int, seed: int) -> int:
    digest = hashlib.sha256(f"{seed}:{text.strip().lower()}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % folds


def _create(cls, config: Dict, storage: LocalModelStorage, name: str):
    context = ExecutionContext(graph_schema=None, node_name=name)
    return cls.create({**cls.get_default_config(), **config}, storage, Resource(name), context)


def tokenized_examples(data_dir: Path, steps: List[Dict], storage: LocalModelStorage) -> TrainingData:
    data = load_data(str(data_dir))
    data = TrainingData(
        training_examples=[m for m in data.intent_examples if m.get("text")],
        entity_synonyms=data.entity_synonyms,
        regex_features=data.regex_features,
        lookup_tables=data.lookup_tables,
    )
    spacy_config = next(s for s in steps if s["name"] == "SpacyNLP")
    spacy_nlp = _create(SpacyNLP, {k: v for k, v in spacy_config.items() if k != "name"}, storage, "spacy")
    spacy_nlp.process_training_data(data, spacy_nlp.provide())
    _create(SpacyTokenizer, {}, storage, "tokenizer").process_training_data(data)
    return data


def encoder_vectors(texts: Sequence[str]) -> np.ndarray:
    """Unscaled sentence vectors, from the cache where the text was embedded before."""
    cached: Dict[str, np.ndarray] = {}
    if ENCODER_CACHE.exists():
        stored = np.load(ENCODER_CACHE, allow_pickle=False)
        cached = dict(zip(stored["texts"].tolist(), stored["vectors"]))
    missing = sorted({t for t in texts if t not in cached})
    if missing:
        for text, vector in zip(missing, embed(missing)):
            cached[text] = vector
        ENCODER_CACHE.parent.mkdir(exist_ok=True)
        np.savez(ENCODER_CACHE, texts=np.array(list(cached)), vectors=np.stack(list(cached.values())))
    return np.stack([cached[t] for t in texts])


def sparse_fold_matrices(
    data: TrainingData, train: List[int], test: List[int], steps: List[Dict], storage: LocalModelStorage, tag: str
) -> Tuple[csr_matrix, csr_matrix]:
    """The sentence rows of the sparse featurizers, fitted on the training part only."""

    def fresh(index: int) -> Message:
        return Message(data=dict(data.training_examples[index].data))

    train_messages = [fresh(i) for i in train]
    test_messages = [fresh(i) for i in test]
    fold_data = TrainingData(
        training_examples=train_messages,
        entity_synonyms=data.entity_synonyms,
        regex_features=data.regex_features,
        lookup_tables=data.lookup_tables,
    )
    for position, step in enumerate(steps):
        cls = SPARSE_FEATURIZERS.get(step["name"])
        if cls is None:
            continue
        featurizer = _create(cls, {k: v for k, v in step.items() if k != "name"}, storage, f"{tag}_{position}")
        featurizer.train(fold_data)
        featurizer.process_training_data(fold_data)
        featurizer.process(test_messages)
    return stack_rows([sentence_row(m) for m in train_messages]), stack_rows([sentence_row(m) for m in test_messages])


def parse_setting(text: str, defaults: Dict = SETTINGS) -> Dict:
    setting = dict(defaults)
    for part in filter(None, text.split(",")):
        key, value = part.split("=")
        if key not in SETTINGS:
            raise SystemExit(f"unknown setting {key!r}; known: {', '.join(SETTINGS)}")
        setting[key] = value if key == "class_weight" else type(SETTINGS[key])(value)
    if setting["class_weight"] == "none":
        setting["class_weight"] = None
    return setting


def classifier(setting: Dict) -> LogisticRegression:
    # As Rasa's LogisticRegressionClassifier builds it, with C and class_weight open to change.
    return LogisticRegression(
        solver="lbfgs",
        max_iter=setting["max_iter"],
        C=setting["C"],
        class_weight=setting["class_weight"],
        tol=1e-4,
        random_state=42,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "nlu")
    parser.add_argument("--score-data", type=Path, help="score only the messages also found in this NLU data")
    parser.add_argument("--config-file", type=Path, default=ROOT / "config.yml")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--config", action="append", default=[], help="e.g. scale=20,C=0.3,class_weight=none")
    parser.add_argument("--confusions", type=int, default=0, help="print the most frequent confusions")
    args = parser.parse_args()
    started = time.monotonic()
    steps = pipeline_steps(args.config_file)
    defaults = pipeline_settings(steps)
    settings = [parse_setting(c, defaults) for c in args.config] or [defaults]
    storage = LocalModelStorage(Path(tempfile.mkdtemp(prefix="nlu_cv_")))
    data = tokenized_examples(args.data, steps, storage)
    texts = [m.get("text") for m in data.training_examples]
    labels = np.array([m.get("intent") for m in data.training_examples])
    vectors = encoder_vectors(texts)
    scored = np.ones(len(texts), dtype=bool)
    if args.score_data:
        wanted = {m.get("text").strip().lower() for m in load_data(str(args.score_data)).intent_examples}
        scored = np.array([t.strip().lower() in wanted for t in texts])
    folds = np.array([fold_of(t, args.folds, args.seed) for t in texts])
    print(f"{len(texts)} examples, {len(set(labels))} intents, {args.folds} folds, scoring {scored.sum()}")
    print(f"prepared in {time.monotonic() - started:.0f} s")

    predictions = [np.empty(len(texts), dtype=object) for _ in settings]
    fit_seconds = [0.0 for _ in settings]
    for fold in range(args.folds):
        train = np.flatnonzero(folds != fold).tolist()
        test = np.flatnonzero(folds == fold).tolist()
        x_train, x_test = sparse_fold_matrices(data, train, test, steps, storage, f"fold{fold}")
        for index, setting in enumerate(settings):
            dense_train = csr_matrix(setting["scale"] * vectors[train])
            dense_test = csr_matrix(setting["scale"] * vectors[test])
            model = classifier(setting)
            fit_started = time.monotonic()
            model.fit(hstack([x_train, dense_train]).tocsr(), labels[train])
            fit_seconds[index] += time.monotonic() - fit_started
            predictions[index][test] = model.predict(hstack([x_test, dense_test]).tocsr())

    print("| configuration | scored | CV intent macro-F1 | CV accuracy | fit s (all folds) |")
    print("| --- | --- | --- | --- | --- |")
    subsets = [("all", np.ones(len(texts), dtype=bool))] + ([("in --score-data", scored)] if args.score_data else [])
    for setting, predicted, seconds in zip(settings, predictions, fit_seconds):
        name = ", ".join(f"{k}={setting[k]}" for k in SETTINGS)
        for subset, chosen in subsets:
            macro = f1_score(labels[chosen], predicted[chosen], average="macro", zero_division=0)
            accuracy = accuracy_score(labels[chosen], predicted[chosen])
            print(f"| {name} | {subset} ({chosen.sum()}) | {macro:.3f} | {accuracy:.3f} | {seconds:.0f} |")
    PREDICTIONS.write_text(
        json.dumps(
            {
                "texts": texts,
                "intents": labels.tolist(),
                "scored": scored.tolist(),
                "predictions": {str(s): p.tolist() for s, p in zip(settings, predictions)},
            }
        )
    )
    if args.confusions:
        predicted = predictions[0]
        intents = sorted(set(labels))
        per_intent = f1_score(labels[scored], predicted[scored], average=None, labels=intents, zero_division=0)
        print("weakest intents (first configuration):")
        for intent, score in sorted(zip(intents, per_intent), key=lambda p: p[1])[:12]:
            print(f"  {intent}: {score:.3f}")
        pairs = Counter((t, p) for t, p, s in zip(labels, predicted, scored) if s and t != p)
        print("most frequent confusions (true -> predicted):")
        for (true, guess), count in pairs.most_common(args.confusions):
            print(f"  {count:3d} {true} -> {guess}")
    print(f"total {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
