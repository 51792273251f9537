"""The per-profile cache the actions use: the same answers as the engine, and a new snapshot starts it afresh."""

from __future__ import annotations

import dataclasses

from actions import turn_cache
from advising import engine
from advising.profile import Profile

# A BSW graduate who has said nothing else: the CCMC and NASW rules leave several questions open for her.
GRADUATE = {"education_level": "bachelor", "degree_field": "social_work"}


def test_the_cached_questions_and_advice_are_the_engines(catalog):
    turn_cache.clear()
    profile = Profile.from_dict(GRADUATE, catalog)
    expected = engine.open_questions(profile, catalog)
    assert turn_cache.open_questions(profile, catalog) == expected
    assert turn_cache.open_questions(profile, catalog) == expected  # the second time from the cache
    advice = engine.advise(profile, catalog, with_questions=False)
    assert turn_cache.advise(profile, catalog) == advice
    assert turn_cache.advise(profile, catalog, "healthcare").recommended == "healthcare"


def test_a_caller_changing_the_list_does_not_change_the_cache(catalog):
    turn_cache.clear()
    profile = Profile.from_dict(GRADUATE, catalog)
    first = turn_cache.open_questions(profile, catalog)
    first.append("not a question")
    assert "not a question" not in turn_cache.open_questions(profile, catalog)


def test_a_new_knowledge_snapshot_is_never_answered_from_the_old_one(catalog):
    turn_cache.clear()
    built = []

    def build(value):
        built.append(value)
        return value

    turn_cache.profile((("state", "OH"),), catalog, lambda: build("old"))
    rebuilt = dataclasses.replace(catalog)  # an equal but new snapshot, as after a rebuild
    assert turn_cache.profile((("state", "OH"),), rebuilt, lambda: build("new")) == "new"
    assert built == ["old", "new"]


def test_slot_values_that_are_equal_in_python_but_different_answers_are_different_keys():
    assert turn_cache.hashable(True) != turn_cache.hashable(1)
    assert turn_cache.hashable(["RN", "CCM"]) == turn_cache.hashable(["RN", "CCM"])
    assert turn_cache.hashable(["RN", "CCM"]) != turn_cache.hashable(["CCM", "RN"])
    assert turn_cache.hashable({"odd": "value"}) == turn_cache.hashable({"odd": "value"})
