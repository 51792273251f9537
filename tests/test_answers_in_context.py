"""What counts as a question rather than an answer while the intake waits (people's own words, not the code's)."""

import pytest

from language.answers_in_context import is_real_question, placement, state_code


@pytest.mark.parametrize(
    "text",
    [
        "in massachusetts is the lcsw the clinical one or not",
        "for nurses is the ccm worth it",
        "so does the acm count hospital time",
        "the cdms counts my workers comp years or not",
        "ccm or lcsw which first",
    ],
)
def test_a_question_is_not_taken_as_an_answer(text):
    assert is_real_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "in hospitals, mostly discharge planning",
        "for a county agency, about two years",
        "with older adults or people with disabilities",
        "none?",
        "social work",
        "not yet",
    ],
)
def test_an_answer_is_not_taken_as_a_question(text):
    assert not is_real_question(text)


@pytest.mark.parametrize(
    "text, expected",
    [("Student teaching only", False), ("only clinicals", True), ("yes, a year-long practicum", True)],
)
def test_a_placement_answer(text, expected):
    assert placement(text) is expected


@pytest.mark.parametrize(
    "text, state",
    [
        ("NY LCSW, 8 years of outpatient therapy before this job", "NY"),
        ("KY nurse, BSN, 6 yrs on the floor", "KY"),
        ("NJ social worker here, MSW and the LSW", "NJ"),
        ("I have worked in TX for years", "TX"),
        ("originally from CA but moved", "CA"),
        ("OR nurse for 10 years", None),  # the operating room
        ("I worked in MD offices as a receptionist", None),  # doctors' offices
        ("I'm in PA school right now", None),  # physician assistant
        ("HI RN here, quick question", None),
        ("worked in ER and ICU", None),
    ],
)
def test_a_state_code_is_read_where_forums_write_it(text, state):
    assert state_code(text, answering=False) == state


def test_a_placement_only_begun_is_no_completed_field_experience():
    from language.answers_in_context import placement

    assert placement("just started my practicum at a clinic this fall, nothing done yet") is False
    assert placement("my internship starts next semester") is False
    assert placement("yes, a year-long practicum at a hospital") is True


@pytest.mark.parametrize(
    "text, answering, state",
    [
        ("I live in the suburbs of Chicago and have a BSW", False, "IL"),
        ("hospital case manager in Houston", False, "TX"),
        ("I'm in the Philly area", False, "PA"),
        ("Phoenix", True, "AZ"),  # the answer to "which state?"
        ("I love Chicago pizza", False, None),  # a city that places nobody
        ("I work in Springfield", False, None),  # a name of several states' cities: ask
        ("moved here from Atlanta two years ago", False, None),  # where they were, not where they are
        ("moved to Texas from Ohio last year", False, "TX"),
        ("I moved from Ohio to Texas", False, "TX"),
        ("relocating from New York to Florida", False, "FL"),
    ],
)
def test_a_city_and_a_move_place_a_person(text, answering, state):
    assert state_code(text, answering=answering) == state
