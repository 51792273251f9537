"""The spaCy pipeline built from the knowledge base recognises what people type and what speech-to-text writes."""

from __future__ import annotations

import pytest
import spacy

from language.spacy_pipeline import build_pipeline


def entities(nlp, text):
    return [(e.label_, e.ent_id_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "I'm an RN with a BSN and three years on a med-surg floor",
            [("license", "RN"), ("degree", "BSN"), ("setting", "hospitals")],
        ),
        ("im an rn with a bsn", [("license", "RN"), ("degree", "BSN")]),
        ("i have a b s w and want my l c s w", [("degree", "BSW"), ("license", "LCSW")]),
        ("um so like i got my bachelor of social work last may", [("degree", "BSW")]),
        ("what is the c c m", [("credential", "CCM")]),
        ("how do i get the ccm or the acm", [("credential", "CCM"), ("credential", "ACM")]),
        ("Certified Rehabilitation Counselor", [("credential", "CRC")]),
        ("im an l p n at a nursing home", [("license", "LPN"), ("setting", "long_term_care")]),
        ("tell me about voc rehab", [("specialization", "vocational_rehabilitation")]),
        (
            "Mental Health case management vs healthcare",
            [("specialization", "mental_health"), ("specialization", "healthcare")],
        ),
        ("i have a masters in social work", [("degree", "MSW")]),
        ("working at an insurance company", [("setting", "insurance")]),
        ("i have a bachelors in english", [("education_level", "bachelor"), ("degree_field", "other")]),
        (
            "um i got my g e d and an associate's",
            [("education_level", "high_school"), ("education_level", "associate")],
        ),
        ("i like pizza", []),
        # the role's everyday name, and plurals, as people write them
        ("my manager is a disability management specialist", [("credential", "CDMS")]),
        ("do professional counselors need a masters", [("license", "LPC"), ("education_level", "master")]),
        ("a lot of msws go into hospital work", [("degree", "MSW"), ("setting", "hospitals")]),
        # A level and a field said together name the one degree that has both.
        ("i have a ba in psych", [("degree", "BPSY")]),
        ("b s in human services", [("degree", "BHS")]),
        ("bachelor of science in human services", [("degree", "BHS")]),
        ("m a in clinical mental health counseling", [("degree", "MCOUN")]),
        ("masters in rehab counseling", [("degree", "MRC")]),
        ("i want the c m g t b c", [("credential", "CMGT-BC")]),
        # "im" tokenizes as "i" "m": "m a" on its own must not read as a master's.
        ("im a ccm", [("credential", "CCM")]),
        # A social work licence named by its level or its exam (the ASWB exams are named Bachelors, Masters, Clinical).
        ("what's the fee for the masters level social work exam", [("license", "LMSW")]),
        ("is there a bachelor level license in ohio", [("license", "LSW"), ("state", "OH")]),
        ("when can i take the clinical exam", [("license", "LCSW")]),
        ("how long until the clinical license", [("license", "LCSW")]),
        ("the bachelors social work exam", [("license", "LSW")]),
        # Dotted letters in capitals are one token; they name what the letters do.
        ("my cousin put C.D.M.S. after her name", [("credential", "CDMS")]),
        ("an R.N. for ten years", [("license", "RN")]),
        ("an r.n. for ten years", [("license", "RN")]),
        # Everyday names: a counselor's licences are the LPC's; "clinically licensed" is the LCSW; "school sw's".
        ("which office gives out counselor licenses", [("license", "LPC")]),
        ("how long to get clinically licensed", [("license", "LCSW")]),
        ("do school sw's get summers off", [("setting", "schools")]),
        ("is the nurse case manager cert hard", [("credential", "CMGT-BC")]),
        ("whats an l b s w", [("license", "LSW")]),
        ("what does a foster care case worker do", [("specialization", "social_work")]),
        ("an interview at a community action agency", [("setting", "community")]),
        # A nursing home is long-term care.
        ("she works at a nursing home", [("setting", "long_term_care")]),
    ],
)
def test_entities(nlp, text, expected):
    assert entities(nlp, text) == expected


def test_a_degree_said_by_its_level_is_no_licence(nlp):
    assert all(kind != "license" for kind, _ in entities(nlp, "i have a master's level social work degree"))


def test_every_entity_type_has_patterns(nlp):
    labels = set(nlp.get_pipe("entity_ruler").labels)
    assert labels == set("credential degree degree_field education_level license setting specialization state".split())


def test_a_new_alias_in_the_sources_becomes_a_pattern(tmp_path):
    from knowledge.build import build_rows, write_database
    from knowledge.loader import load

    sources = load()
    sources.credentials[[c.code for c in sources.credentials].index("CCM")].aliases.append("case manager badge")
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    write_database(build_rows(sources), url)
    nlp = spacy.load(build_pipeline(url, tmp_path / "pipeline"))
    assert entities(nlp, "how do i get the case manager badge") == [("credential", "CCM")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("how do i get licensed in ohio", [("state", "OH")]),
        (
            "does California have a bachelor's social work licence",
            [("state", "CA"), ("education_level", "bachelor"), ("license", "LSW")],
        ),
        ("oh i see, i'm in west virginia", [("state", "WV")]),
        ("i can't move, i'm in new york", [("state", "NY")]),
        ("i'm an lcsw in tx", [("license", "LCSW"), ("state", "TX")]),
        # Codes that are also words, degrees or employers ("in", "ma", "pa" a physician assistant, "va" Veterans
        # Affairs) are not states.
        ("i work in a hospital as a pa", []),
        ("i have an ma and work at the va", [("education_level", "master")]),
    ],
)
def test_states(nlp, text, expected):
    assert [e for e in entities(nlp, text) if e[0] in ("state", "license", "education_level")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one slip in a long word, as forum posts make them
        ("pyschology degree or human services degree?", [("degree", "BPSY"), ("degree", "BHS")]),
        ("what do insurence companies look for", [("setting", "insurance")]),
        ("is a certifed case manager paid more", [("credential", "CCM")]),
        ("vocatonal rehab jobs", [("specialization", "vocational_rehabilitation")]),
        ("Pyschology was my major", [("degree_field", "psychology")]),
    ],
)
def test_a_long_word_misspelled_once_is_still_read(nlp, text, expected):
    assert entities(nlp, text) == expected
