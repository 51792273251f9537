"""Entity evaluation on the held-out set. Rasa's `test nlu` leaves pretrained extractors such as
SpacyEntityExtractor out of its entity report, so the spaCy pipeline that Rasa runs is scored here directly:
an entity counts when its type and canonical value match an annotated one in the same message."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Dict

import spacy
from rasa.shared.nlu.training_data.loading import load_data

from language.spacy_pipeline import DEFAULT_PIPELINE_DIR


def evaluate_entities(data: Path, pipeline: Path = DEFAULT_PIPELINE_DIR) -> Dict[str, object]:
    nlp = spacy.load(pipeline)
    examples = load_data(str(data)).intent_examples
    true_positive = false_positive = false_negative = 0
    misses: Counter = Counter()
    extras: Counter = Counter()
    for example in examples:
        text = example.get("text")
        wanted = Counter(
            (e["entity"], str(e.get("value", text[e["start"] : e["end"]]))) for e in example.get("entities") or []
        )
        found = Counter((ent.label_, ent.ent_id_) for ent in nlp(text).ents)
        hits = wanted & found
        true_positive += sum(hits.values())
        false_negative += sum((wanted - found).values())
        false_positive += sum((found - wanted).values())
        misses.update(wanted - found)
        extras.update(found - wanted)
    precision = true_positive / (true_positive + false_positive) if true_positive + false_positive else 0.0
    recall = true_positive / (true_positive + false_negative) if true_positive + false_negative else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "entity_precision": precision,
        "entity_recall": recall,
        "entity_f1": f1,
        "entities": true_positive + false_negative,
        "entity_misses": misses.most_common(6),
        "entity_extras": extras.most_common(6),
    }
