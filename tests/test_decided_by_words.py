"""Kinds the words decide whatever the classifier heard (docs/nlu-tuning.md step 9): two options and "which"
compare, a preference told answers, the years before anyone hires ask about experience, and so on; and the messages
that look alike but keep the classifier's intent. Messages written for this test in people's own words."""

from __future__ import annotations

import pytest

from language.message_intent import whole_message_intent

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "heard, text",
    [
        ("inform", "home health versus hospice case management which one has less driving"),
        ("vent", "UR vs bedside... which is less soul crushing honestly"),
        ("nlu_fallback", "the cdms or the crc, which one do workers comp companies want"),
        ("inform", "so um msw versus msn which would make more sense for me"),
        ("ask_salary", "school CM vs hospital CM which one pays more"),
    ],
)
def test_two_options_and_which_is_a_comparison(heard, text):
    assert whole_message_intent(heard, text) == "compare"


def test_or_which_heard_as_another_question_keeps_it_and_therapist_comparisons_stay():
    assert whole_message_intent("ask_issuer", "the board or the commission, which one hands out the CRC") is None
    assert whole_message_intent("ask_difference_therapist", "LPC vs case manager, which one does therapy") is None


@pytest.mark.parametrize(
    "heard, text",
    [
        ("compare", "would much rather do insurance work than go back to a hospital"),
        ("ask_employers", "no more nursing homes for me, maybe a health plan or a clinic"),
        ("compare", "I'm done with inpatient. Something like a payer or home health."),
        ("ask_employers", "i dont want to work in a hospital again, prefer remote"),
        ("vent", "inpatient rehab really isn't for me, something in an outpatient clinic"),
        ("ask_skills", "rather not be on the phone all day, more of a face to face person"),
    ],
)
def test_a_preference_told_is_an_answer(heard, text):
    assert whole_message_intent(heard, text) == "inform"


@pytest.mark.parametrize(
    "heard, text",
    [
        ("compare", "would I rather be at a hospital or a payer, which suits a new grad"),  # asks which
        ("ask_employers", "I'd like to work remotely, who hires remote case managers?"),  # asks who
        ("ask_employers", "which insurance companies hire case managers"),
    ],
)
def test_a_preference_that_asks_keeps_the_question(heard, text):
    assert whole_message_intent(heard, text) is None


def test_the_years_it_takes_to_be_hired_ask_about_experience():
    assert whole_message_intent(
        "ask_duration", "how many yrs on a med surg floor until a hospital hires me as a CM"
    ) == ("ask_experience")
    assert whole_message_intent("ask_duration", "how long on a tele floor before they let me move into UR") == (
        "ask_experience"
    )
    assert whole_message_intent("ask_duration", "how long does the ccm take to get") is None


@pytest.mark.parametrize(
    "heard, text",
    [
        ("ask_exam", "what does the aswb clinical exam run these days"),
        ("ask_licensure", "what will the LPC license run me in florida"),
        ("ask_what_is", "the crc application, what's that gonna run me"),
    ],
)
def test_what_something_runs_is_its_price(heard, text):
    assert whole_message_intent(heard, text) == "ask_cost"


@pytest.mark.parametrize(
    "heard, text",
    [
        ("ask_issuer", "who runs the cdms"),
        ("ask_exam", "how long does the exam run"),
        ("ask_what_is", "what does CCMC run"),
    ],
)
def test_run_that_is_not_a_price(heard, text):
    assert whole_message_intent(heard, text) != "ask_cost"


@pytest.mark.parametrize(
    "text",
    ["are hospitals going to use AI instead of case managers", "will automation kill utilization review jobs"],
)
def test_ai_taking_jobs_is_the_fields_future(text):
    assert whole_message_intent("bot_challenge", text) == "ask_outlook"


@pytest.mark.parametrize("text", ["are you an AI or a real person", "is this an AI", "r u a bot"])
def test_asking_whether_this_is_a_bot_stays_a_challenge(text):
    assert whole_message_intent("bot_challenge", text) is None


@pytest.mark.parametrize(
    "text",
    [
        "when do I send in my LMSW application, before I graduate or after",
        "um can i apply for my lsw license while im still in school",
        "at what point can a new msw grad apply for licensure",
    ],
)
def test_when_a_licence_is_applied_for_is_a_licensure_question(text):
    assert whole_message_intent("ask_duration", text) == "ask_licensure"


@pytest.mark.parametrize(
    "text", ["how long does the lcsw application take to process", "how long until I can apply for the LCSW"]
)
def test_the_time_a_licence_takes_stays_a_duration(text):
    assert whole_message_intent("ask_duration", text) is None


def test_needing_a_degree_asks_about_education_even_with_experience_in_it():
    text = "do they actually require a bachelor's or would an associate's plus years on the job be fine"
    assert whole_message_intent("ask_experience", text) == "ask_education"
    assert whole_message_intent("ask_experience", "does my time as a cna count as experience") is None


def test_whether_a_certification_is_real_asks_what_it_is():
    assert whole_message_intent("ask_cost", "is the cdms legit or do you just pay and get letters") == "ask_what_is"
    assert whole_message_intent("ask_cost", "how much is the cdms") is None


@pytest.mark.parametrize("heard", ["chitchat", "ask_duration", "nlu_fallback"])
@pytest.mark.parametrize("text", ["like 4ish yrs?", "umm maybe two years or so", "a little over a year", "6 months?"])
def test_an_amount_of_time_alone_is_an_answer(heard, text):
    assert whole_message_intent(heard, text) == "inform"


def test_a_background_that_names_a_licence_and_asks_nothing_is_an_answer():
    story = (
        "I run groups at a shelter and do intake, three years now. I never got licensed because my state only "
        "licenses social work grads. My degree is in family studies."
    )
    assert whole_message_intent("ask_licensure", story) == "inform"
    asking = "I have a BA in family studies. My state only licenses social work grads. Can I get licensed at all?"
    assert whole_message_intent("ask_licensure", asking) is None


@pytest.mark.parametrize(
    "heard, text",
    [
        ("ask_eligibility", "does bartending for years count for anything skill wise in case management"),
        ("ask_outlook", "which of my strengths from coaching high school sports would matter as a CM"),
    ],
)
def test_what_a_past_brings_is_a_skills_question(heard, text):
    assert whole_message_intent(heard, text) == "ask_skills"


def test_hurt_told_with_a_preference_stays_venting():
    assert whole_message_intent("vent", "I'm so burnt out, no more hospitals for me") is None


@pytest.mark.parametrize(
    "heard, text",
    [
        ("ask_cost", "I'd like to know the fee for the CCM. I have my BSN and I work in a clinic."),
        ("ask_employers", "I'd like to work remotely. Tell me which companies do that."),
        ("chitchat", "a"),
        ("vent", "i'm shy and it has been a problem at every job i've had"),
        (
            "start_advising",
            "ten years in retail then nursing, i want work that uses my people skills, help me find a path",
        ),
        ("chitchat", "two"),
    ],
)
def test_asking_without_a_question_word_and_lone_words_keep_the_classifiers_intent(heard, text):
    assert whole_message_intent(heard, text) is None


@pytest.mark.parametrize(
    "heard, text",
    [
        ("start_advising", "i'm super introverted, would that hold me back as a case manager?"),
        ("ask_outlook", "what from my ten years as a paralegal would help in case management"),
        ("vent", "I get really anxious on calls. Is that going to be a problem if I do case management?"),
        ("nlu_fallback", "not good at saying no to people, would that be an issue for a CM"),
        ("nlu_fallback", "im kinda awkward with strangers is that gonna be a problem in case management"),
    ],
)
def test_ones_traits_and_past_asked_about_are_a_skills_question(heard, text):
    assert whole_message_intent(heard, text) == "ask_skills"


@pytest.mark.parametrize(
    "heard, text",
    [
        ("start_advising", "what should i go back to school for if case management is the goal"),
        ("start_advising", "which program would get a medical assistant into case management"),
    ],
)
def test_which_schooling_to_go_back_for_is_an_education_question(heard, text):
    assert whole_message_intent(heard, text) == "ask_education"


def test_going_back_to_school_told_or_asked_for_a_plan_keeps_the_classifiers_intent():
    assert whole_message_intent("start_advising", "I'm going back to school, help me plan my path") is None
    assert whole_message_intent("what_if", "what if I went back to school for my BSW") is None


@pytest.mark.parametrize(
    "heard, text, meant",
    [
        (
            "ask_eligibility",
            "do i need a couple years on a floor before a hospital will take me as a CM",
            "ask_experience",
        ),
        ("ask_eligibility", "should I send in my LPC application right after graduation or wait", "ask_licensure"),
        ("ask_eligibility", "can I get my lmsw app in during my last semester", "ask_licensure"),
        ("ask_issuer", "the cmgt-bc, is that an actual respected credential or just a money thing", "ask_what_is"),
        ("ask_education", "what parts of being a dental hygienist would help me as a case manager", "ask_skills"),
        ("start_advising", "what do i need to study to do case management", "ask_education"),
    ],
)
def test_more_questions_heard_as_their_neighbours(heard, text, meant):
    assert whole_message_intent(heard, text) == meant


def test_eligibility_for_a_certification_stays_eligibility():
    assert whole_message_intent("ask_eligibility", "can I apply for the CCM with two years of experience") is None


def test_a_pending_step_told_without_feelings_is_news_not_venting():
    assert whole_message_intent("vent", "got my bsw in august and im waiting on my test date for the lsw") == "inform"
    assert whole_message_intent("vent", "waiting on my exam results and I'm so anxious I can't sleep") is None
