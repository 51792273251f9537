"""The kinds the twenty-second, twenty-eighth and twenty-ninth to thirty-second writers' sets showed misread (issue
#12), each in other words than those sets': a question asked under a condition (the degree it names is supposed,
not held), a time told after a question about the question, a licence named as an example, a sentence that is no
interest beside one that is, people's words for what they care about, and the topics of questions."""

from __future__ import annotations

import pytest

from actions.intake import ActionExtractProfile
from language.answers_in_context import answer_after_question, is_real_question, supposed_spans
from tests.actions_harness import run, tracker
from tests.actions_harness import slot_events as slots_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "if the psych degree isn't enough would a social work master's get me there sooner",
        "ok so if I went for the nursing associate's, how many years would that add?",
        "even if I did the MSW could I skip the LMSW",
    ],
)
def test_a_question_asked_under_a_condition_is_a_question(text):
    assert is_real_question(text)
    assert supposed_spans(text)


@pytest.mark.parametrize(
    "text", ["if it counts then about 18 months", "if you mean the CCM, no", "if I count volunteering, two years"]
)
def test_an_answer_with_a_condition_is_still_an_answer(text):
    assert not is_real_question(text)


def _entities(nlp, text):
    return [{"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char} for e in nlp(text).ents]


@pytest.mark.usefixtures("actions_database")
def test_a_degree_supposed_in_a_question_is_not_held(nlp):
    text = "if the psych degree isn't enough would a social work master's get me there sooner"
    told = tracker({"requested_slot": "licenses"}, "inform", text, _entities(nlp, text), loop="intake_form")
    slots = slots_of(run(ActionExtractProfile(), told)[0])
    assert "degree_field" not in slots and "education_level" not in slots


@pytest.mark.usefixtures("actions_database")
def test_a_degree_of_ones_own_named_in_a_condition_is_held(nlp):
    text = "if my BSW counts, how long until I could sit for the ACM?"
    told = tracker({"requested_slot": "degree_field"}, "inform", text, _entities(nlp, text), loop="intake_form")
    assert slots_of(run(ActionExtractProfile(), told)[0]).get("degree_field") == "social_work"


def test_a_time_told_after_a_question_about_the_question_answers_a_time(extract):
    text = "Does time as a team lead count too? Doing my own cases it was about three years."
    assert answer_after_question(text, "case_management_months") == "Doing my own cases it was about three years."
    # asked for licences, what is told after the question is read for them, and names none
    told = answer_after_question(text, "licenses")
    assert "licenses" not in extract(told, requested="licenses")


def test_a_licence_named_as_an_example_is_not_held(extract):
    text = "I have the state peer recovery certificate, not one of the big ones like the LCSW. So no real license."
    assert extract(text, requested="licenses")["licenses"] == []


def test_a_sentence_beside_a_named_interest_is_no_interest_of_its_own(extract):
    text = "kids in foster care. Honestly I think I want to start working soon and study later."
    assert extract(text, requested="interests")["interests"] == ["child_welfare"]


def test_a_wish_in_ones_own_words_is_kept_when_nothing_else_is_named(extract):
    assert extract("helping people get back on their feet", requested="interests")["interests"] == [
        "helping people get back on their feet"
    ]


@pytest.mark.parametrize(
    "words, interest",
    [
        ("families looking for housing", "housing"),
        ("refugee families starting over", "immigrants"),
        ("people hearing voices who end up in the ER", "mental_illness"),
        ("getting grandma home safe after a broken hip", "discharge_planning"),
        ("I do peer support at a drop-in center", "community_mental_health"),
    ],
)
def test_what_people_care_about_in_their_words(catalog, words, interest):
    from advising.ranking import match_interests

    assert interest in match_interests([words], catalog.interests)
    assert "supportive_housing" not in match_interests(["housing for families"], catalog.interests)


@pytest.mark.parametrize(
    "intent, text, aspect, subjects",
    [
        ("ask_renewal", "msw how many yrs", "duration", ("MSW",)),
        ("ask_education", "bsn program length?", "duration", ("BSN",)),
        ("ask_cost", "I don't care what it costs, how long does the CRC take start to finish", "duration", ("CRC",)),
        ("ask_eligibility", "Could an LPC sit for the CCM too, or is it only for nurses?", "requirements", ("CCM",)),
        ("ask_education", "the posting said MRC preferred, what kind of degree is an MRC", "what_is", ("MRC",)),
        ("ask_cost", "acm exam how much", "cost", ("ACM",)),
        # (that writer's label was the field's; six of the eight read questions that ask so are labelled the place,
        # "can I do case management without ever working in a hospital", so round 31 answers of the place)
        ("ask_employers", "could I do case management without ever working in a hospital", "setting",
         ("hospitals",)),
        ("compare", "how does hospital case management differ from case management at an insurance company",
         "difference", ("hospitals", "insurance")),
        ("ask_duration", "for someone like me would the LPN to RN bridge be quicker than a BSW", "duration", ("me",)),
        ("ask_eligibility", "Could a person like me take the CRC exam as things stand? I teach special ed",
         "requirements", ("me",)),
        ("ask_what_is", "what's the difference between an LPN and an RN if both work in hospitals", "difference",
         ("LPN", "RN")),
        ("ask_what_is", "what separates a CRC from a CDMS", "difference", ("CRC", "CDMS")),
        ("ask_issuer", "is the CCM a certification or a license?", "what_is", ("CCM",)),
        ("ask_licensure", "who do i apply to for the lmsw in ohio", "issuer", ("LMSW",)),
        ("ask_outlook", "is a BSN really needed to be a hospital case manager?", "degree", ("BSN",)),
        ("ask_education", "besides the MSW, what else do you need for the LCSW? exam, hours?", "requirements",
         ("LCSW",)),
        ("ask_eligibility", "two years as a housing coordinator with a psych BA. Does my job count toward the CCM?",
         "requirements", ("me",)),
        ("ask_education", "what do people major in to become a case manager", "degree", ("case_management",)),
        ("ask_education", "if i want to end up in mental health case management what should i study", "degree",
         ("mental_health",)),
        ("ask_issuer", "who licenses or certifies vocational rehabilitation counselors", "issuer", ("CRC",)),
        ("ask_what_is", "the VR posting says MRC required, what kind of degree is that", "what_is", ("MRC",)),
        ("ask_employers", "do insurance companies take on social workers as case managers or only nurses", "setting",
         ("insurance",)),
        ("ask_employers", "twenty years driving a truck. where would someone like me get hired in case management?",
         "setting", ("me",)),
    ],
)  # fmt: skip
def test_the_topic_asked(intent, text, aspect, subjects, topic_asked):
    assert topic_asked(intent, text) == (aspect, subjects)


@pytest.mark.parametrize(
    "intent, text",
    [("start_over", "hs, just prereqs rn"), ("start_over", "ged"), ("forget_me", "no thanks, nothing else")],
)
def test_an_answer_heard_as_wiping_everything_is_read_as_an_answer(intent, text):
    from language.message_intent import decided_by_words

    assert decided_by_words(intent, text) == "inform"


@pytest.mark.parametrize(
    "intent, text",
    [("start_over", "ugh can we redo this"), ("start_over", "new chat"), ("forget_me", "pls delete what i said")],
)
def test_asking_to_start_over_or_be_forgotten_outright_is_kept(intent, text):
    from language.message_intent import decided_by_words

    assert decided_by_words(intent, text) is None


def test_a_short_answer_of_high_school_while_doing_prerequisites_right_now(nlp, catalog):
    from language.profile_extraction import extract_profile, mentions_from_entities

    text = "hs, just prereqs rn"
    mentions = mentions_from_entities(_entities(nlp, text), catalog.vocabulary, text)
    told = extract_profile(text, mentions, {}, catalog, "education_level", "inform").slots
    assert told == {"education_level": "high_school"}


def test_an_emergency_response_worker_at_child_protection_is_no_health_care(extract):
    assert "healthcare_months" not in extract("child protective services emergency response worker, 3 yrs")
    assert extract("emergency department tech for 3 years")["healthcare_months"] == 36


def test_an_act_team_is_a_community_agency(extract):
    assert extract("an a c t team", requested="case_management_setting")["case_management_setting"] == (
        "community_agency"
    )


def test_a_specialization_looked_at_is_named(catalog):
    from advising.ranking import named_specializations

    vocabulary = catalog.vocabulary.get("specialization", {})
    assert "healthcare" in named_specializations(["been looking at hospital case management openings"], vocabulary)


def test_the_state_moved_to_in_a_later_sentence_is_where_someone_is(extract):
    assert extract("My LMSW is from Ohio. We just moved to Denver for my husband's job.")["state"] == "CO"


def test_a_hospice_or_home_health_agency_is_no_community_agency(extract):
    assert extract("a home health agency", requested="case_management_setting")["case_management_setting"] == "other"
    assert extract("a community action agency", requested="case_management_setting")["case_management_setting"] == (
        "community_agency"
    )
