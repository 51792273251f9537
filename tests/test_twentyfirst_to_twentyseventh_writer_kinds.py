"""The kinds the twenty-first, twenty-third, twenty-sixth and twenty-seventh writers' people showed misread (issue
#12), each in other words than those sets': a state's code typed as the answer to the state question (no Master of
Arts), a move to a new place (the state left behind is not theirs), a degree someone should or will go back to
finish, a master's in its first year under a long name, nursing school (no workplace), a length restated exactly or
as the sum of its parts, a placement's length (no job), counseling done (no degree), and a question about the
question spoken in one run with its answer."""

from __future__ import annotations

import pytest

from language.answers_in_context import answer_after_question, state_code

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("code", ["MA", "ms", "Md"])
def test_a_states_code_typed_as_the_answer_is_no_degree(extract, code):
    told = extract(code, requested="state")
    assert told["state"] == code.upper()
    assert "education_level" not in told


def test_a_degree_named_by_its_letters_is_still_a_degree(extract):
    assert extract("I finished an MA in counseling psychology")["education_level"] == "master"
    assert extract("we live in MA now, my BSW is from Ohio")["state"] == "MA"


@pytest.mark.parametrize(
    "text, state",
    [
        ("licensed in Ohio for years, we relocated to Colorado this summer", "CO"),
        ("LPC in Georgia, just moved to Tucson for my wife's job", "AZ"),
        ("I was an LMSW in New York until we moved to Yakima last spring", None),  # a town the lists do not know
        ("moving to West Virginia in January", "WV"),
    ],
)
def test_the_place_moved_to_is_where_someone_is(text, state):
    assert state_code(text, answering=False) == state


@pytest.mark.parametrize(
    "text",
    [
        "my supervisor keeps telling me I should finish my bachelor's",
        "I'm going back to finish my bachelors next fall",
        "I'm in the second year of a clinical mental health counseling master's program",
    ],
)
def test_a_degree_still_to_finish_is_not_held(extract, text):
    assert extract(text).get("education_level") not in ("bachelor", "master")


def test_a_degree_finished_after_going_back_is_held(extract):
    assert extract("I went back to finish my bachelor's in 2018")["education_level"] == "bachelor"


def test_nursing_school_is_no_place_of_case_management(extract):
    told = extract("before nursing school I worked as a care coordinator at the cancer center for two years")
    assert told.get("case_management_setting") != "school"


@pytest.mark.parametrize(
    "text, months",
    [
        ("roughly a year and a half, seventeen months to be precise", 17),
        ("a year at the clinic and then eight months at the hospital, so a year and eight months", 20),
        ("3 years 4 months", 40),
    ],
)
def test_a_length_restated_is_counted_once(extract, text, months):
    assert extract(text, requested="healthcare_months")["healthcare_months"] == months


def test_a_placements_length_is_no_job(extract):
    told = extract("yes, a nine month internship at a hospital social work department", requested="field_experience")
    assert told == {"field_experience": True}


def test_counseling_done_is_no_degree(extract):
    assert "degree_field" not in extract("I did a lot of counseling with families at my church for years")


def test_a_question_about_the_question_then_its_answer_in_one_run():
    spoken = "what do you mean supervised like by a licensed person no i never had anything like that"
    assert answer_after_question(spoken) == "no i never had anything like that"
    assert answer_after_question("what do you mean by that") is None


def test_a_credential_named_by_its_one_issuer(catalog):
    from language.issuer_mentions import credentials_named_by_issuer

    named = credentials_named_by_issuer("how long does the crcc want you working first", catalog)
    assert [(m.kind, m.code) for m in named] == [("credential", "CRC")]
    assert credentials_named_by_issuer("is the ASWB exam hard", catalog) == []  # the ASWB's exams open many licences
    assert credentials_named_by_issuer("what does my state board want", catalog) == []
    # CRCC's full name holds "the commission" (CCMC's short name): the longest name is the one meant
    named = credentials_named_by_issuer("is it the Commission on Rehabilitation Counselor Certification", catalog)
    assert [m.code for m in named] == ["CRC"]


@pytest.mark.parametrize(
    "intent, text, aspect, subjects",
    [
        ("ask_duration", "i already have my bsw, so how long would the msw take", "duration", ("MSW",)),
        ("ask_cost", "what's the aswb clinical exam gonna run me for the lcsw", "cost", ("LCSW",)),
        ("ask_cost", "what's the total to get the CRC, application and exam", "cost", ("CRC",)),
        ("ask_education", "what can you do with an LCSW that you can't with an LMSW", "difference", ("LCSW", "LMSW")),
        ("ask_what_is", "CRC or CDMS, what really separates them", "difference", ("CRC", "CDMS")),
        ("inform", "finished my BSN in may, where do grads usually end up working", "setting", ("BSN",)),
    ],
)
def test_the_topic_asked(intent, text, aspect, subjects, topic_asked):
    assert topic_asked(intent, text) == (aspect, subjects)


@pytest.mark.parametrize(
    "words, interest",
    [
        ("residents with dementia and their families", "medical"),
        ("patients going home from the hospital with nobody to help", "discharge_planning"),
        ("vets struggling with p t s d", "mental_illness"),
    ],
)
def test_what_people_care_about_in_their_words(catalog, words, interest):
    from advising.ranking import match_interests

    assert interest in match_interests([words], catalog.interests)
    assert "discharge_planning" not in match_interests(["I'd like to go home from work on time"], catalog.interests)


def test_a_community_college_is_no_community_work(extract):
    assert "community" not in extract("I got my associates at the community college on the GI bill").get(
        "interests", []
    )


def test_an_agency_or_a_nonprofit_one_works_at_says_no_field(extract):
    told = extract("I've carried a caseload at a nonprofit community agency for three years")
    assert not {"community", "nonprofit"} & set(told.get("work_interests", []))


def test_a_licence_after_a_word_ending_in_l_is_held(extract):
    # "l" before a licence is Michigan's limited licence only as a letter of its own ("LLMSW"), not a word's end
    assert extract("medical RN for twelve years, now in utilization review")["licenses"] == ["RN"]
    assert extract("clinical LCSW in Oregon")["licenses"] == ["LCSW"]


def test_a_licence_seen_in_job_postings_is_not_held(extract):
    told = extract("I'm an LSW and I keep seeing LCSW and LICSW in the job postings here")
    assert told["licenses"] == ["LSW"]


@pytest.mark.parametrize(
    "text, setting",
    [
        ("an outpatient infusion clinic, not hospital-based", "other"),
        ("a freestanding dialysis center", "other"),
        ("the cancer clinic at our hospital", "health_system"),
    ],
)
def test_a_clinic_no_hospital_runs_is_no_health_system(extract, text, setting):
    assert extract(text, requested="case_management_setting")["case_management_setting"] == setting


def test_conditions_that_bring_people_back_to_hospital_are_medical_care(catalog):
    from advising.ranking import match_interests

    found = match_interests(["people with COPD or after a stroke, so they don't bounce back in"], catalog.interests)
    assert {"medical", "discharge_planning"} <= set(found)


def test_the_nclex_spelled_out_is_the_rn_exam(nlp):
    assert [(e.label_, e.ent_id_) for e in nlp("how long is the n c l e x").ents] == [("license", "RN")]


def test_a_fee_asked_beside_the_exam_is_a_price():
    from language.question_topic import topic_of

    text = "is there a yearly fee to keep the ccm or is it just the exam fee"
    assert (
        topic_of("ask_cost", text, [("credential", "CCM", text.index("ccm"), text.index("ccm") + 3)]).aspect == "cost"
    )


@pytest.mark.parametrize(
    "text, supervised",
    [
        ("what's a CCM? my field instructor is an LMSW, if that's the same thing", False),
        ("my manager is a nurse with the CCM", True),
    ],
)
def test_the_supervisors_credential_answers_whether_a_ccm_supervised(extract, text, supervised):
    assert extract(text, requested="supervised_by_ccm")["supervised_by_ccm"] is supervised


def test_sitting_an_exam_again_asks_its_retake_rule():
    from language.question_topic import cue_aspect

    assert cue_aspect("missed the CRC exam by two points, how long before I can try again") == "exam"
