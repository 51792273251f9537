"""Property-based fuzzing (hypothesis) of the plain-Python core, no server (issue #6).

- Any dict of JSON-ish values either becomes a Profile or is refused with ProfileError (never TypeError, KeyError,
  a ValueError of Python's own...); a Profile always gets advice whose fields have the right types.
- Any text (unicode, emoji, control characters, thousands of characters), with any entities the NLU could report,
  gives profile updates the engine accepts: never an exception, never a value of the wrong type.

Runs derandomized and without an example database, so CI sees the same examples every time and nothing is written
into the checkout.
"""

from __future__ import annotations

import json
import math
from dataclasses import fields

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from advising.eligibility import STATUSES, Assessment
from advising.engine import QUESTION_CANDIDATES, Advice, advise, open_questions
from advising.holdings import holdings_of
from advising.plan import Step
from advising.profile import MAX_MONTHS, Profile, ProfileError
from advising.ranking import RankedSpecialization
from knowledge.schema import CASE_MANAGEMENT_SETTINGS, DEGREE_FIELDS, EDUCATION_LEVELS, US_STATES
from language.profile_extraction import ProfileUpdate, extract_profile, mentions_from_entities
from tests.fuzzing import quiet

FIELDS = tuple(f.name for f in fields(Profile))
MONTH_FIELDS = tuple(name for name in FIELDS if name.endswith("_months"))
BOOL_FIELDS = ("supervised_by_ccm", "field_experience")
PROGRESS = {"done", "next", "to_do", "optional"}
STEP_KINDS = {"ask", "degree", "experience", "license", "certification", "renewal"}
REQUESTABLE = (None, "requested_slot", "") + FIELDS
INTENTS = (None, "inform", "affirm", "deny", "dont_know", "start_advising", "greet", "vent", "what_if", "ask_cost", "?")

FUZZ = settings(  # max_examples: the profile tests/conftest.py loads (full, or fast for bin/test --fast)
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def catalog(catalog):
    return quiet(catalog)


# --- values of every JSON-ish kind, and some that JSON cannot even carry -------------------------------------------

HUGE_INTS = st.sampled_from([2**63, -(2**63), 2**1024, 10**400, -(10**400)])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-10, max_value=700),
    HUGE_INTS,
    st.floats(),
    st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 600.4999, 600.5, 1e308, 5e-324]),
    st.text(max_size=50),
    st.text(max_size=3000),
)
JSONISH = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=5) | st.tuples(inner, inner) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=20,
)


def spellings(words):
    """Canonical values, and the same in other cases, with spaces or hyphens, padded."""
    word = st.sampled_from(sorted(words))
    return st.one_of(
        word,
        word.map(str.upper),
        word.map(lambda w: f"  {w.replace('_', ' ').title()} "),
        word.map(lambda w: w.replace("_", "-")),
    )


def plausible(catalog, edges=True):
    """For each field, values that are nearly always right (and the edges of right), so the property reaches
    advise() often."""
    codes = sorted(catalog.credentials)
    code = st.one_of(st.sampled_from(codes), st.sampled_from(codes).map(lambda c: f" {c.lower()} "))
    interest = st.one_of(st.sampled_from(sorted(catalog.interests)), st.text(max_size=40))
    months = st.one_of(st.integers(0, MAX_MONTHS), st.floats(0, MAX_MONTHS))
    if edges:
        edge = st.sampled_from(
            [
                -1,
                -2,
                0,
                -0.0,
                -0.1,
                0.4,
                0.5,
                1,
                MAX_MONTHS,
                MAX_MONTHS + 0.49,
                MAX_MONTHS + 0.5,
                MAX_MONTHS + 1,
                MAX_MONTHS + 2,
            ]
        )
        months = st.one_of(edge, st.integers(-3, MAX_MONTHS + 3), months)
    return {
        "education_level": spellings(EDUCATION_LEVELS),
        "degree_field": spellings(DEGREE_FIELDS),
        "licenses": st.one_of(st.lists(code, max_size=4), code, st.tuples(code)),
        "interests": st.one_of(st.lists(interest, max_size=4), interest),
        **{name: months for name in MONTH_FIELDS},
        **{name: st.booleans() for name in BOOL_FIELDS},
    }


def profile_dicts(catalog):
    known = st.fixed_dictionaries(
        {}, optional={name: st.one_of(good, good, JSONISH) for name, good in plausible(catalog).items()}
    )
    names = st.one_of(
        st.text(max_size=20),
        st.text(min_size=300, max_size=400),
        st.sampled_from([f.upper() for f in FIELDS]),
        st.integers(),
        st.none(),
        st.tuples(st.integers()),
    )
    stray = st.dictionaries(names, JSONISH, min_size=1, max_size=3)
    right = st.fixed_dictionaries({}, optional=plausible(catalog))
    return st.one_of(right, right, known, st.builds(lambda a, b: {**b, **a}, known, stray))


def valid_profiles(catalog):
    good = plausible(catalog, edges=False)
    return st.fixed_dictionaries({}, optional=good).map(lambda d: Profile.from_dict(d, catalog))


# --- the checks ---------------------------------------------------------------------------------------------------


def check_profile(profile: Profile, catalog) -> None:
    assert isinstance(profile, Profile)
    assert profile.education_level in (None, *EDUCATION_LEVELS)
    assert profile.degree_field in (None, *DEGREE_FIELDS)
    assert profile.licenses is None or (
        isinstance(profile.licenses, tuple)
        and all(code in catalog.credentials for code in profile.licenses)
        and len(set(profile.licenses)) == len(profile.licenses)
    )
    assert profile.interests is None or (
        isinstance(profile.interests, tuple)
        and all(isinstance(text, str) and text and text == text.strip() for text in profile.interests)
    )
    for name in MONTH_FIELDS:
        value = getattr(profile, name)
        assert value is None or (type(value) is float and 0 <= value <= MAX_MONTHS), (name, value)
    for name in BOOL_FIELDS:
        assert getattr(profile, name) in (None, True, False)
    assert Profile.from_dict(profile.to_dict(), catalog) == profile  # normalising twice changes nothing


def check_advice(advice: Advice, profile: Profile, catalog, specialization=None) -> None:
    codes = [spec.code for spec in catalog.specializations]
    assert isinstance(advice, Advice)
    assert isinstance(advice.ranking, tuple) and sorted(r.code for r in advice.ranking) == sorted(codes)
    for ranked in advice.ranking:
        assert isinstance(ranked, RankedSpecialization) and type(ranked.score) is int and isinstance(ranked.name, str)
        assert ranked.score == sum(reason.weight for reason in ranked.reasons)
    assert [r.score for r in advice.ranking] == sorted((r.score for r in advice.ranking), reverse=True)
    assert advice.recommended == (specialization or advice.ranking[0].code)
    assert isinstance(advice.plan, tuple) and advice.plan
    for item in advice.plan:
        assert isinstance(item, Assessment) and item.credential in catalog.credentials
        assert item.status in STATUSES
        months = item.months_to_eligible
        # months are kept as counted (0.5 short is 0.5), never negative
        assert months is None or (type(months) in (int, float) and 0 <= months < 10_000), months
        assert all(isinstance(text, str) for text in item.missing + item.notes + item.route_labels + item.unknown_facts)
        # held: told, or included in one told (an LCSW includes the LMSW level)
        assert (item.status == "held") == (item.credential in holdings_of(profile, catalog).credentials)
    assert isinstance(advice.steps, tuple) and advice.steps
    for step in advice.steps:
        assert isinstance(step, Step) and step.kind in STEP_KINDS and step.progress in PROGRESS
        assert isinstance(step.title, str) and isinstance(step.detail, str) and isinstance(step.done, bool)
    assert sum(step.progress == "next" for step in advice.steps) <= 1
    assert set(advice.open_questions) <= set(QUESTION_CANDIDATES)
    assert all(getattr(profile, name) is None for name in advice.open_questions)  # never asks what it knows
    # What the actions put in the credential_plan slot and the pages show: strict JSON (no NaN), the same back.
    as_json = json.dumps(advice.to_dict(), allow_nan=False)
    assert json.loads(as_json) == json.loads(json.dumps(advice.to_dict()))


# --- the properties -----------------------------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_any_dict_is_a_profile_with_typed_advice_or_a_clear_profile_error(catalog, data):
    raw = data.draw(profile_dicts(catalog), label="profile")
    try:
        profile = Profile.from_dict(raw, catalog)
    except ProfileError as error:
        event("refused")
        message = str(error)
        assert any(name in message for name in FIELDS) or "profile" in message, message
        assert len(message) < 2000, "the error quotes the whole value"
        return
    event("advised")
    check_profile(profile, catalog)
    check_advice(advise(profile, catalog), profile, catalog)


@pytest.mark.parametrize(
    "name", ["education_level", "degree_field", "licenses", "interests", "healthcare_months", "supervised_by_ccm"]
)
@pytest.mark.parametrize(
    "value", [10**5000, -(10**5000), [10**5000], {"a": 10**5000}], ids=["big", "-big", "[big]", "{big}"]
)
def test_a_number_too_long_to_print_is_refused_clearly(catalog, name, value):
    """Python refuses str() and repr() of an int over 4,300 digits (ValueError); the error message must not need them.
    (Not in the properties above: hypothesis itself cannot print such an example.)"""
    with pytest.raises(ProfileError, match=name):
        Profile.from_dict({name: value}, catalog)
    with pytest.raises(ProfileError, match="unknown profile field"):
        Profile.from_dict({value if isinstance(value, int) else 1: "x"}, catalog)


@FUZZ
@given(raw=st.one_of(JSONISH, st.lists(st.sampled_from(FIELDS))))
def test_anything_that_is_not_a_mapping_is_refused_clearly(catalog, raw):
    if isinstance(raw, dict):
        raw = list(raw.items())
    with pytest.raises(ProfileError, match="mapping"):
        Profile.from_dict(raw, catalog)


@settings(FUZZ, max_examples=FUZZ.max_examples // 2)
@given(data=st.data())
def test_advice_for_each_specialization_and_open_questions_are_well_typed(catalog, data):
    profile = data.draw(valid_profiles(catalog), label="profile")
    spec = data.draw(st.sampled_from([s.code for s in catalog.specializations]), label="specialization")
    advice = advise(profile, catalog, spec)
    check_advice(advice, profile, catalog, spec)
    questions = open_questions(profile, catalog, spec)
    assert list(advice.open_questions) == questions
    assert len(set(questions)) == len(questions)
    assert [q for q in QUESTION_CANDIDATES if q in questions] == questions  # in the order they are asked


# --- language: any text ---------------------------------------------------------------------------------------------

UNITS = st.sampled_from(["years", "year", "yrs", "months", "mos", "weeks", "decades", "decade"])
DURATIONS = st.one_of(
    st.sampled_from(
        [
            "two years",
            "18 months",
            "a year and a half",
            "10 yrs",
            "99999 years",
            "0 months",
            "half a year",
            "3.5 years",
            "six weeks",
            "a couple of years",
            "-4 years",
            "1e9 months",
            "٣ years",
            "２ years",
            "twenty-five years",
            "fifty years and a half",
            "600 months",
            "601 months",
            "51 years",
            "2 years 6 months",
            "ninety-nine years",
        ]
    ),
    st.builds(
        "{} {}".format, st.one_of(st.integers(0, 1000), st.integers(), st.floats(0, 1000).map("{:.2f}".format)), UNITS
    ),
)
CUES = st.sampled_from(
    [
        "i have a",
        "i'm an",
        "not a",
        "actually",
        "i want to get my",
        "as a case manager",
        "in the hospital",
        "supervised by a ccm",
        "supervising case managers",
        "did my practicum",
        "none",
        "no",
        "yes",
        "zero",
        "skip",
        "interested in",
        "i love helping",
        "for",
        "and",
        ",",
        "/inform",
        '{"license": "RN"}',
        "\n",
        "\x00",
        "\u202e",
        "🙂",
        "ß",
        "İ",
        "ﬁ",
        "\ufeff",
    ]
)


def texts(catalog):
    words = sorted({word for vocabulary in catalog.vocabulary.values() for word in vocabulary})
    piece = st.one_of(st.sampled_from(words), DURATIONS, CUES, st.text(max_size=20))
    sentence = st.lists(piece, max_size=40).map(" ".join)
    lead = st.sampled_from(["i was a nurse for", "i have", "about", "", "um like"])
    cue = st.sampled_from(
        [
            "as a case manager",
            "in the hospital",
            "supervising case managers",
            "of clinical supervision toward my lcsw",
            "",
            "ago",
            "old",
        ]
    )
    experience = st.builds("{} {} {}".format, lead, DURATIONS, cue)
    return st.one_of(
        st.text(),
        st.text(max_size=5000),
        sentence,
        sentence,
        experience,
        experience,
        st.text(st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "So", "Mn"]), max_size=300),
        st.builds(lambda s, n: s * n, sentence, st.integers(1, 40)).map(lambda s: s[:5000]),
    )


def entities_for(catalog, text):
    """Entities as the NLU or a "/intent{...}" payload report them: known and unknown types, any values, spans
    (where the word is in the text, or anywhere)."""
    kinds = sorted(catalog.vocabulary)
    known = st.sampled_from(kinds).flatmap(
        lambda kind: st.tuples(st.just(kind), st.sampled_from(sorted(catalog.vocabulary[kind])))
    )
    odd = st.tuples(st.one_of(st.sampled_from(kinds), st.text(max_size=10), st.none()), JSONISH)

    def entity(kind_value, span, found):
        kind, value = kind_value
        start = text.lower().find(value.lower()) if found and isinstance(value, str) else -1
        start, end = (start, start + len(value)) if start >= 0 else span
        return {"entity": kind, "value": value, "start": start, "end": end}

    span = st.tuples(
        st.one_of(st.none(), st.integers(0, len(text)), st.integers()),
        st.one_of(st.none(), st.integers(0, len(text)), st.integers()),
    )
    return st.lists(
        st.builds(
            entity, st.one_of(known, known, known.map(lambda kv: (kv[0], kv[1].upper())), odd), span, st.booleans()
        ),
        max_size=6,
    )


def check_update(update: ProfileUpdate, before: dict, catalog) -> None:
    assert isinstance(update, ProfileUpdate) and isinstance(update.slots, dict)
    assert set(update.slots) <= set(FIELDS)
    for name, value in update.slots.items():
        if name == "education_level":
            assert value in EDUCATION_LEVELS, value
        elif name == "degree_field":
            assert value in DEGREE_FIELDS, value
        elif name == "licenses":
            assert isinstance(value, list) and all(code in catalog.credentials for code in value), value
        elif name in ("interests", "work_interests"):
            assert isinstance(value, list) and all(isinstance(t, str) and t.strip() for t in value), value
        elif name in MONTH_FIELDS:
            assert type(value) is int and 0 <= value <= MAX_MONTHS, (name, value)
        elif name == "case_management_setting":
            assert value in CASE_MANAGEMENT_SETTINGS, value
        elif name == "state":
            assert value in US_STATES, value
        else:
            assert type(value) is bool, (name, value)
    # The slots after this message are a profile the engine takes as it is, so no fact is dropped later.
    Profile.from_dict({**before, **update.slots}, catalog)


@FUZZ
@given(data=st.data())
def test_any_text_gives_only_well_typed_profile_updates(catalog, data):
    text = data.draw(texts(catalog), label="text")
    entities = data.draw(entities_for(catalog, text), label="entities")
    before = data.draw(valid_profiles(catalog), label="profile").to_dict()
    before = {name: value for name, value in before.items() if value is not None}
    requested = data.draw(st.sampled_from(REQUESTABLE), label="requested_slot")
    intent = data.draw(st.sampled_from(INTENTS), label="intent")
    mentions = mentions_from_entities(entities, catalog.vocabulary)
    update = extract_profile(text, mentions, before, catalog, requested, intent)
    for name in update.slots:
        event(f"sets {name}")
    check_update(update, before, catalog)


@settings(FUZZ, max_examples=FUZZ.max_examples // 2)
@given(data=st.data())
def test_any_text_alone_gives_only_well_typed_profile_updates(catalog, data):
    """The text is most of what is drawn here, so it is longer and reaches the durations more often."""
    text = data.draw(st.one_of(st.none(), texts(catalog)), label="text")
    requested = data.draw(st.sampled_from(REQUESTABLE), label="requested_slot")
    update = extract_profile(text, [], {}, catalog, requested)
    for name in update.slots:
        event(f"sets {name}")
    check_update(update, {}, catalog)
