"""Word cues: the one way the language modules write "any of these phrases" as a pattern.

A cue is a list of phrases (each may use regular-expression syntax, such as "didn'?t"). Where the phrase must stand
chooses the helper: anywhere as whole words, first in a reply, or just before a mention with at most a few words
in between ("want to become an" + RN).
"""

from __future__ import annotations

import re
from typing import Pattern


def _any_of(phrases) -> str:
    return "(?:" + "|".join(phrases) + ")"


def anywhere(*phrases: str) -> Pattern[str]:
    """Any of the phrases, as whole words, anywhere in the text."""
    return re.compile(rf"\b{_any_of(phrases)}\b")


def said_first(*phrases: str) -> Pattern[str]:
    """Any of the phrases at the start of the text: "no, ..." answers no; "... no idea" does not."""
    return re.compile(rf"^\W*{_any_of(phrases)}\b")


def just_before(*phrases: str, words: int = 3) -> Pattern[str]:
    """Any of the phrases ending the text (the words before a mention), with at most `words` words after it."""
    return re.compile(rf"\b{_any_of(phrases)}\W+(?:\w+\W+){{0,{words}}}$")
