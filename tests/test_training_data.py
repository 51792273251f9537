"""The NLU data generated from the knowledge base: lookup tables, synonyms and bare answers come from its aliases."""

from __future__ import annotations

from language.rasa_training_data import training_data


def blocks(data, key):
    return {block[key]: [line[2:] for line in block["examples"].splitlines()] for block in data["nlu"] if key in block}


def test_every_setting_and_interest_alias_is_a_bare_answer(database_url):
    answers = blocks(training_data(database_url), "intent")["inform"]
    assert {"foster care", "hospitals", "people with disabilities", "workers comp"} <= set(answers)
    assert "bsw" not in answers  # degrees and licences are answered in sentences the hand-written data covers
    assert len(answers) == len(set(answers))


def test_lookup_tables_and_synonyms_come_from_aliases(database_url):
    data = training_data(database_url)
    assert "b s w" in blocks(data, "lookup")["degree"]
    assert "c m g t b c" in blocks(data, "lookup")["credential"]
    synonyms = blocks(data, "synonym")
    assert "bachelor of social work" in synonyms["BSW"]
    # "psychology" names a degree and a field: not a global synonym, the actions read it by entity type
    assert all("psychology" not in aliases for aliases in synonyms.values())
