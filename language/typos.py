"""Misspellings of the knowledge base's long words ("pyschology", "insurence", "certifed"), read as the words they
misspell.

Forum posts misspell the long words that name things, and an entity pattern matches exact words only. Each long word
of an alias gets its one-slip misspellings (a letter left out, doubled or swapped with the next, a vowel for another),
which the spaCy pipeline reads as the word itself. A misspelling that is itself a word people use (any word of the
training data or of an alias: "hospital" is not a slip of "hospitals") or a slip of two different words is left out.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, Iterable, Set

MIN_LETTERS = 8  # shorter words have too many neighbours that are other words ("medial", "medical")
# Slips that speech-to-text and fast typing make and that are no words people mean here: of shorter words ("case
# manger", "socia work"), and "managment", which the training data uses (so the rule above would leave it out).
KNOWN_SLIPS = {
    "manger": "manager", "mangers": "managers", "socia": "social", "sociel": "social", "managment": "management",
    "mangement": "management",
}  # fmt: skip
VOWELS = "aeiou"
LETTERS_ONLY = re.compile(r"[a-z]+")


def misspellings(word: str) -> Set[str]:
    """The one-slip misspellings of a word, keeping its first letter (people rarely miss that)."""
    slips = set()
    for i in range(1, len(word)):
        slips.add(word[:i] + word[i + 1 :])  # a letter left out
        slips.add(word[:i] + word[i] + word[i:])  # a letter doubled
        if i < len(word) - 1:
            slips.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # two letters swapped
        if word[i] in VOWELS:
            slips.update(word[:i] + vowel + word[i + 1 :] for vowel in VOWELS)  # a vowel for another
    slips.discard(word)
    return slips


def typo_norms(aliases: Iterable[str], known_words: Set[str]) -> Dict[str, str]:
    """{misspelling: word} for the long words of the aliases, in lower case and capitalised."""
    words = {w for alias in aliases for w in alias.lower().split() if LETTERS_ONLY.fullmatch(w)}
    known = known_words | words
    norms: Dict[str, str] = {}
    clashes: Set[str] = set()
    for word in sorted(w for w in words if len(w) >= MIN_LETTERS):
        for slip in misspellings(word) - known:
            if norms.setdefault(slip, word) != word:
                clashes.add(slip)  # a slip of two words reads as neither
    for slip in clashes:
        del norms[slip]
    return {**norms, **{slip.capitalize(): word for slip, word in norms.items()}}


def words_in(folder: Path) -> Set[str]:
    """Every word of the files below a folder, in lower case: the words people have been seen to use."""
    return {w for path in folder.rglob("*.yml") for w in LETTERS_ONLY.findall(path.read_text(encoding="utf-8").lower())}
