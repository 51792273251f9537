"""Misspellings of the knowledge base's long words: one slip each, never a word people use for something else."""

from __future__ import annotations

import pytest

from language.typos import misspellings, typo_norms

pytestmark = pytest.mark.unit


def test_the_slips_people_make_are_misspellings():
    slips = misspellings("psychology")
    assert {"pyschology", "psychlogy", "psycholgy", "pssychology", "psychologi"} - slips == {"psychologi"}
    assert "psychology" not in slips and "xsychology" not in slips  # the word itself; a first letter kept


def test_short_words_get_no_misspellings():
    assert typo_norms(["medical"], set()) == {}


def test_a_misspelling_that_is_a_word_people_use_is_left_alone():
    norms = typo_norms(["hospitals", "counselling"], {"hospital", "counseling"})
    assert "hospital" not in norms and "counseling" not in norms
    assert norms["hospitls"] == "hospitals" and norms["counsellng"] == "counselling"


def test_a_slip_of_two_words_reads_as_neither():
    norms = typo_norms(["abcdefghij", "abcdefghik"], set())
    assert "abcdefghi" not in norms and norms["abcdefgij"] == "abcdefghij"


def test_capitalised_misspellings_read_the_same():
    assert typo_norms(["insurance"], set())["Insurence"] == "insurance"
