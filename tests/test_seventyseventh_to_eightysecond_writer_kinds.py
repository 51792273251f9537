"""The kinds the seventy-seventh, seventy-eighth, eightieth and eighty-second writers' sets showed misread (issue #12;
those sets were kept unread for a round, then read), each in other words than those sets': a US licence passed for
but still processing, and one from abroad named with a second title; a second job told in a later sentence; the
asker's own licence said beside the relative's; "the two year degree"; a degree's level said long before its
subject; an RN only after the NCLEX; a subject said with "like" after it; a question whose "it" is the case
management it names; the way from one's job to case management; an associate step left behind; a licence let
lapse; the title of case manager without the work; the years a question asks to skip; counselling supervision, no
social work; a placement going on now; a degree begun this term, which is not a degree ending; licence letters
spoken with "ess" and plurals spoken ("r ns"); a question spoken on after a story; and places named only to be left
out, the way from nothing in general words, and a day's work set against floor nursing."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    "text, held",
    [
        ("I passed the NCLEX in October, but the Ohio board hasn't issued my licence yet, it's still processing.", []),
        ("Registered nurse and certified midwife in Kenya. Here in the US, nothing yet.", []),
        ("LPN, current in Tennessee. RN after the NCLEX next summer, fingers crossed.", ["LPN"]),
        ("Yes, the LCSW. Oh wait, actually I let it expire in 2015, so none right now.", []),
        ("LMHC since 2021. Before that I was a mental health counselor in training, the associate level, which I "
         "upgraded from.", ["LPC"]),  # (the LMHC is the LPC by another name)
    ],
)  # fmt: skip
def test_licences_pending_abroad_later_or_left_behind(extract, text, held):
    assert extract(text, requested="licenses", today=TODAY)["licenses"] == held


def test_a_second_job_told_in_a_later_sentence_adds_to_the_first(extract):
    said = (
        "Four years on a ward in Manila, January 2015 to December 2018. And here I've been a unit clerk at a hospital "
        "since March, so about nine months."
    )
    assert extract(said, requested="healthcare_months", today=TODAY)["healthcare_months"] == 57


def test_the_askers_own_licence_beside_the_relatives_is_not_theirs(extract):
    from language.spokesperson import in_first_person

    said = in_first_person("He has nothing like that. I'm an LPN myself, if it matters, but he isn't.").text
    assert extract(said, requested="licenses")["licenses"] == []


def test_the_two_year_degree_is_an_associate_and_no_years_of_work(extract):
    found = extract("she's a case manager at a clinic and she got the two-year degree, going for her bachelor's next")
    assert "case_management_months" not in found
    assert extract("the 2 year degree, in human services", requested="education_level") == {
        "education_level": "associate",
        "degree_field": "human_services",
    }


def test_a_levels_subject_said_after_where_and_when_is_that_levels(extract):
    said = "I got the associate degree at the tech college back in 2019 in human services, bachelor's not begun"
    assert extract(said, requested="education_level")["education_level"] == "associate"


def test_a_subject_said_with_like_after_it_is_a_subject(extract):
    found = extract("health information management like billing and coding", requested="degree_field")
    assert found["degree_field"] == "other"


def test_it_after_case_management_named_is_case_management_not_the_last_topic(nlp, catalog):
    from actions.answers import _degree_for_field, question_mentions
    from language.question_topic import topic_of

    text = "do you need to be a nurse to be a case manager or can you do it some other way"
    entities = [
        {"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char} for e in nlp(text).ents
    ]
    mentions = [(m.kind, m.code, m.start, m.end) for m in question_mentions(entities, text, catalog)]
    topic = topic_of("ask_eligibility", text, mentions, "day_to_day:hospitals", _degree_for_field(catalog))
    assert topic.subjects != ("hospitals",)


def test_the_way_from_ones_job_to_case_management_starts_advising():
    from language.message_intent import whole_message_intent

    said = "i'm a unit secretary and i watch the case managers every day, how do i get from where i am to doing that"
    assert whole_message_intent("ask_day_to_day", said, ["setting"]) == "start_advising"
    assert whole_message_intent("ask_eligibility", "how do i get from where i am to the CRC", ["credential"]) is None


@pytest.mark.parametrize(
    "requested, text, months",
    [
        ("case_management_months", "I was everyone's case manager on paper for twenty years, but I was a teacher, "
         "not a case manager", 0),
        ("clinical_supervision_months", "I'm a counselor, not a social worker, my supervision is for the LPC", 0),
    ],
)  # fmt: skip
def test_a_title_or_supervision_of_other_work_is_none(extract, requested, text, months):
    assert extract(text, requested=requested, today=TODAY)[requested] == months


def test_the_years_a_question_asks_to_skip_are_no_years_worked(extract):
    found = extract(
        "once my lcsw comes through can i skip the two years of case management for the ccm", requested="licenses"
    )
    assert "case_management_months" not in found


def test_a_placement_going_on_now_is_not_one_completed(extract):
    said = (
        "for the bachelor's it was all research, i was in a lab, my practicum now is at a hospice but it only began "
        "in October"
    )
    assert extract(said, requested="field_experience")["field_experience"] is False


def test_a_degree_begun_this_term_is_not_ending_this_term(extract):
    found = extract("i just started my BSW this spring and i'm loving it", today=TODAY)
    assert found["underway_level"] == "bachelor"
    assert "underway_months" not in found


def test_licence_letters_spoken_with_ess_and_plurals_spoken_are_found(nlp):
    found = {
        (e.label_, e.ent_id_)
        for e in nlp("is the el em ess double u or the see dee em ess better, and what do r ns make").ents
    }
    assert {("license", "LMSW"), ("credential", "CDMS"), ("license", "RN")} <= found


@pytest.mark.parametrize(
    "intent, text, asked",
    [
        ("chitchat", "who do you get your el em ess double u from is it the state or what", "ask_issuer"),
        ("vent", "i failed the a s w b clinical last fall is there any other way to get my el see ess double u",
         "ask_exam"),
        ("vent", "i make thirty eight thousand at a food bank would getting my m s w bump that up", "ask_salary"),
        ("start_advising", "i've done telemetry six years and i'm thinking of switching what do hospital case "
         "managers make", "ask_salary"),
    ],
)  # fmt: skip
def test_a_question_spoken_on_after_a_story_is_that_question(intent, text, asked):
    from language.message_intent import whole_message_intent

    assert whole_message_intent(intent, text, ["license"]) == asked


@pytest.mark.parametrize(
    "intent, text, topic",
    [
        ("ask_employers", "where do case managers work other than hospitals? I'm done with hospitals",
         ("setting", ("case_management",))),
        ("ask_employers", "i'm so done with nursing homes, where else could i work as a case manager with my lpn",
         ("setting", ("me",))),
        ("ask_duration", "how long does it take to become a case manager if i'm starting from scratch at 45",
         ("duration", ("case_management",))),
        ("ask_day_to_day", "ten years bedside. what does a nurse case manager do all day that's different from floor "
         "nursing?", ("day_to_day", ("healthcare",))),
    ],
)  # fmt: skip
def test_places_left_out_ways_from_nothing_and_days_against_the_floor(topic_asked, intent, text, topic):
    assert topic_asked(intent, text) == topic


def test_the_work_a_relative_wishes_for_is_the_subject_of_what_to_study(topic_asked):
    said = "my nephew wants to help veterans with disabilities get back to work, what should he major in"
    assert topic_asked("ask_education", said) == ("degree", ("vocational_rehabilitation",))
