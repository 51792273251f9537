"""The kinds the nineteenth and twentieth writers' people showed misread (issue #12), each in other words than those
sets': supervision of people who do not provide case management (CCMC's supervisor route counts only supervising
people who do), a state typed in lower case after a town, a total restated after "so like", a credential held "with
my", a degree in the plural (other people's), one's own work as a signal that leaves the interests question open, a
relative's illness as who one cares about, words of an interest that name something else, "I do not have any
license", "I don't know" and "no idea" as no answer, "so no" after a question, a region before a state's name, a
wish to be "got into" a field, and hyphenated interests."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.intake import ValidateIntakeForm
from advising.engine import open_questions
from advising.profile import Profile
from language import wording
from language.answers_in_context import answer_after_question, state_code, yes_or_no
from tests.actions_harness import DOMAIN
from tests.actions_harness import tracker as action_tracker

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "charge nurse on the cardiac unit for 4 years",
        "I was a platoon sergeant for five years, 30 soldiers",
        "shift supervisor at a grocery store, 3 years",
        "does running the front desk staff count? if so about two years",
    ],
)
def test_supervising_people_who_do_not_provide_case_management_is_no_time_toward_the_ccm(extract, text):
    assert extract(text, requested="supervisor_months")["supervisor_months"] == 0


@pytest.mark.parametrize(
    "text, months",
    [
        ("I supervise four care coordinators, going on 2 years", 24),
        ("18 months", 18),
        ("a year and a half leading our case management team", 18),
    ],
)
def test_supervising_case_managers_or_an_answer_that_names_no_one_is_counted(extract, text, months):
    assert extract(text, requested="supervisor_months")["supervisor_months"] == months


def test_the_reason_is_said_when_supervising_others_is_not_counted():
    text = "I was a shift lead over the cashiers for 3 years"
    events = [{"event": "user", "text": text}, {"event": "slot", "name": "supervisor_months", "value": 0}]
    t = action_tracker(
        {"supervisor_months": 0, "requested_slot": "supervisor_months"},
        text=text,
        loop="intake_form",
        events=events,
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(ValidateIntakeForm().run(dispatcher, t, DOMAIN))
    assert wording.SUPERVISING_OTHERS in [m.get("text") for m in dispatcher.messages]


@pytest.mark.parametrize(
    "text, state",
    [
        ("case mgr in tupelo ms for 2 yrs w/ my bsw", "MS"),
        ("im a cna in billings mt and want to do case management", "MT"),
        ("I work with families in southern Ohio", "OH"),
        ("we live in rural Nebraska now", "NE"),
    ],
)
def test_a_state_after_a_town_or_a_region(text, state):
    assert state_code(text, False) == state


def test_a_state_typed_after_a_town_is_no_degree(extract):
    found = extract("case mgr in tupelo ms for 2 yrs w/ my bsw")
    assert found["state"] == "MS" and found["education_level"] == "bachelor" and found["degree_field"] == "social_work"
    assert found["case_management_months"] == 24


def test_field_words_before_a_code_are_no_town():
    assert state_code("i work in case management ms", False) is None


def test_a_total_restated_after_so_like_is_the_answer(extract):
    assert extract("2 yrs in may so like 18 months", requested="case_management_months")["case_management_months"] == 18


def test_a_credential_held_with_my(extract):
    assert extract("I'm a nurse with my CCM, looking at hospital jobs")["licenses"] == ["CCM"]


def test_a_degree_in_the_plural_is_other_peoples(extract):
    found = extract("everyone with BSNs gets hired over me, I only have my associate's")
    assert found.get("degree_field") != "nursing" and found["education_level"] == "associate"


def test_ones_own_work_is_a_signal_and_leaves_the_interests_question_open(extract, catalog):
    found = extract("I've been doing outpatient therapy for 6 years")
    assert "interests" not in found and "counseling" in found["work_interests"]
    profile = Profile.from_dict({"work_interests": found["work_interests"]}, catalog)
    assert "interests" in open_questions(profile, catalog)


def test_a_relatives_illness_says_who_one_cares_about(extract):
    found = extract("my son has autism and I want to help other families get services")
    assert "developmental_disabilities" in found["interests"]


@pytest.mark.parametrize(
    "text, not_found",
    [
        ("I loved helping our graduating seniors plan their next step", "older_adults"),
        ("I help my aunt with her disability paperwork and I'd love to do that as a job", "disabilities"),
    ],
)
def test_words_of_an_interest_that_name_something_else(extract, text, not_found):
    assert not_found not in (extract(text).get("interests") or [])


def test_a_wish_to_get_into_a_field_and_hyphenated_interests(extract):
    found = extract("Is there a certificate that gets me into return-to-work programs?")
    assert "employment" in found["interests"]


@pytest.mark.parametrize("text", ["I do not have any license.", "i dont have any licenses"])
def test_no_licence_in_full_words(extract, text):
    assert extract(text, requested="licenses")["licenses"] == []


@pytest.mark.parametrize(
    "text, said",
    [
        ("I do not know", None),
        ("i don't know if he did", None),
        ("no idea", None),
        ("I don't, no", False),
        ("I do not have one", False),
        ("Is the CCM a license? My manager has an MSW, I don't think she has it. So no.", False),
        ("what's a practicum? we had a semester at a shelter. so yes", True),
    ],
)
def test_yes_no_and_unknown(text, said):
    assert yes_or_no(answer_after_question(text) or text) is said


def test_an_activity_named_after_a_wish_is_no_degree(extract):
    found = extract("I have my masters-level license and I want to do more counseling with teens")
    assert found.get("degree_field") != "counseling"


def test_months_ago_one_became_a_supervisor_is_time_supervising(extract):
    found = extract("two years ago I was promoted to team leader over our care coordinators")
    assert found["supervisor_months"] == 24
    assert "supervisor_months" not in extract("I left my team lead job two years ago")


@pytest.mark.parametrize(
    "text, months",
    [
        ("three years, no wait, more like four", 48),  # corrected: the later
        ("20 months to 2 years", 20),  # a range: the lower, as a board counts only what can be shown
        ("between two and three years", 24),
        ("4 or 5 years", 48),
        ("two years half time, so about a year full time", 12),  # restated
        ("a year at the clinic and 8 months at the county", 20),  # parts still add up
    ],
)
def test_ranges_corrections_and_restatements(extract, text, months):
    assert extract(text, requested="case_management_months")["case_management_months"] == months


@pytest.mark.parametrize(
    "text, months",
    [
        ("I've been a care navigator at a clinic for two years", 24),
        ("service coordinator at an IDD agency going on 3 years", 36),
    ],
)
def test_case_management_under_another_title(extract, text, months):
    assert extract(text)["case_management_months"] == months


# The twenty-eighth writer's people (its question set stays unread): a credential we do not track that lapsed,
# "the nurse who helped us", whom one's caseload is of, a fight with insurance, "thinking about" a field.
def test_an_untracked_credential_that_lapsed_leaves_the_licence_held(extract):
    assert extract("I let my CEN expire last year, so it's just the RN now", requested="licenses")["licenses"] == ["RN"]


def test_the_nurse_who_helped_is_no_wish_for_nursing(extract):
    found = extract("the nurse from the insurance company helped my dad so much and I want to do what she does")
    assert "nursing" not in (found.get("interests") or [])


def test_whom_ones_caseload_is_of_is_ones_work(extract):
    found = extract("I have a BA in sociology and I carry 20 clients with substance use problems")
    assert "substance_use" in found["work_interests"]


def test_a_fight_with_insurance_is_no_wish_to_work_there(extract):
    found = extract("I help other parents fight with insurance companies and I love it")
    assert "insurance" not in (found.get("interests") or [])


def test_thinking_about_a_field_names_it(extract):
    assert (
        "vocational rehabilitation case management" in extract("I'm thinking about vocational rehab now")["interests"]
    )
