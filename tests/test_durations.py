import dataclasses
import time

import pytest

from language.durations import Duration, find_durations, parse_months


@pytest.mark.parametrize(
    "text, months",
    [
        # figures
        ("18 months", 18),
        ("3 years", 36),
        ("1.5 years", 18),
        ("2 yrs", 24),
        ("6 mos", 6),
        ("6 mo", 6),
        ("6 mo.", 6),
        ("1 yr", 12),
        ("12-month", 12),
        ("a 12-month contract", 12),
        ("24 month", 24),
        ("3 year", 36),
        ("18months", 18),
        ("2 decades", 240),
        ("50 years", 600),
        ("0 months", 0),
        # number words
        ("two years", 24),
        ("eighteen months", 18),
        ("eight months", 8),
        ("twenty four months", 24),
        ("twenty-four months", 24),
        ("a year", 12),
        ("an year", 12),
        ("one year", 12),
        ("ten years", 120),
        ("thirty years", 360),
        ("a decade", 120),
        ("half a year", 6),
        ("half a decade", 60),
        ("a year and a half", 18),
        ("two and a half years", 30),
        ("one and a half years", 18),
        ("2 and a half years", 30),
        ("a couple of years", 24),
        ("a couple years", 24),
        # weeks: weeks * 12/52, rounded
        ("104 weeks", 24),
        ("six weeks", 1),
        ("13 weeks", 3),
        ("2 weeks", 0),
        # whole months done, never rounded up: a rule asking for 12 months is not met at 11 and a half
        ("0.5 months", 0),
        ("11 and a half months", 11),
        ("1.5 months", 1),
        ("2.5 months", 2),
        ("1.25 years", 15),
        (".5 years", 6),
        # case and punctuation
        ("TWO YEARS", 24),
        ("Eighteen Months.", 18),
        ("(3 yrs)", 36),
        ("- 3 years at Walmart", 36),  # a bullet, not a minus sign
        # speech-to-text noise
        ("um two years uh", 24),
        ("like three and a half years", 42),
        ("i did that for like uh twenty four months i think", 24),
        ("so yeah it was um a year and a half maybe", 18),
        # compound durations are one duration
        ("2 years 6 months", 30),
        ("two years and three months", 27),
        ("1 year, 2 months", 14),
    ],
)
def test_parse_months(text: str, months: int) -> None:
    assert parse_months(text) == months


@pytest.mark.parametrize(
    "text",
    [
        # vague amounts: do not guess
        "a few months",
        "a few years",
        "several years",
        "some months",
        "many years",
        # hours are not durations
        "3000 hours",
        "I have 3000 hours of clinical experience",
        # ages
        "I am 27 years old",
        "she is a 3-year-old",
        "two years old",
        "a year and a half old",
        "30 years of age",
        # dates and bare years
        "since 2021",
        "in March 2019",
        "2019-2021",
        "01/2020 to 06/2022",
        # absurd values
        "1000 years",
        "51 years",
        "601 months",
        "5000 weeks",
        "seven decades",
        # negative numbers
        "-3 years",
        "\u22123 years",
        "minus two years",
        "negative 6 months",
        # rates, not durations
        "I made $40k a year",
        "$50,000 a year",
        "20 hours a week",
        "twice a year",
        "once a month",
        # no number at all
        "years",
        "the month of May",
        "often years",  # "ten" inside a word
        # empty and junk
        "",
        "   \n\t ",
        "\U0001f600\U0001f44d\U0001f389",
    ],
)
def test_no_duration(text: str) -> None:
    assert parse_months(text) is None
    assert find_durations(text) == []


def test_several_durations_with_spans() -> None:
    text = "I was a nurse for ten years and a case manager for 18 months"
    assert find_durations(text) == [
        Duration(months=120, start=18, end=27, text="ten years"),
        Duration(months=18, start=51, end=60, text="18 months"),
    ]
    assert parse_months(text) == 120


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "um so like two years at target uh then a year and a half at the hospital",
            [(24, "two years"), (18, "a year and a half")],
        ),
        (
            "I made $40k a year for 3 years, working 20 hours a week for 6 months",
            [(36, "3 years"), (6, "6 months")],
        ),
        ("I am 27 years old and worked 5 years", [(60, "5 years")]),
        ("18 months then 2 years", [(18, "18 months"), (24, "2 years")]),
        ("18 months 2 years", [(18, "18 months"), (24, "2 years")]),  # units grow: two durations
        ("2 years 6 months and six weeks", [(31, "2 years 6 months and six weeks")]),
        ("a few years then 1000 years then 6 mos", [(6, "6 mos")]),
    ],
)
def test_find_durations(text: str, expected: list[tuple[int, str]]) -> None:
    found = find_durations(text)
    assert [(d.months, d.text) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.text


def test_duration_is_frozen() -> None:
    d = find_durations("3 years")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.months = 1  # type: ignore[misc]


def test_long_text_is_fast_and_sensible() -> None:
    filler = "we talked about her goals and the bus schedule since 2021, " * 40
    text = (filler + "she was a cashier for 2 years " + filler + "and a cook for eighteen months")[:5000]
    text = text.ljust(5000, ".")
    assert len(text) == 5000
    begin = time.perf_counter()
    found = find_durations(text)
    assert time.perf_counter() - begin < 1.0
    assert [(d.months, d.text) for d in found] == [(24, "2 years"), (18, "eighteen months")]
    assert parse_months(text) == 24


@pytest.mark.parametrize(
    "text",
    ["a " * 2500, "1" * 5000, "-" * 5000, " " * 4995 + "years", "twenty " * 714 + "x", "2" + " " * 4999],
)
def test_pathological_long_text_is_fast(text: str) -> None:
    begin = time.perf_counter()
    assert find_durations(text) == []
    assert time.perf_counter() - begin < 1.0


@pytest.mark.parametrize(
    "text, months",
    [
        ("3 years, 36 months", [36, 36]),  # the same length said twice, not 72
        ("1 year, 12 months", [12, 12]),
        ("2 years 6 months", [30]),  # a remainder still joins
        ("5 years and 11 months", [71]),
    ],
)
def test_a_length_restated_in_smaller_units_is_not_added(text: str, months: list[int]) -> None:
    assert [d.months for d in find_durations(text)] == months
