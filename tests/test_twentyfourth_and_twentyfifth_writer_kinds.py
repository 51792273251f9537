"""The kinds the twenty-fourth (kiosk speech) and twenty-fifth (Slack and students) writers' sets showed missed (issue
#12), each in other words than those sets': recogniser slips ("see see em", "case manger", "vocal rehab"), the
NCLEX as the RN's exam, terse notes ("CCM reqs", "LPC elig"), "costs", "how much experience" as a time, what
changes between two licences, "what's it like" (no definition), what a degree covers, a place set aside with
"other than", the work rather than the places it is done in or the degree one holds, run-on questions about
someone else or under a condition, the CDMS's issuer, a number said first, a level still in progress, a level
named as a time of life, a credential looked into, "want to know" (no wish), and what one wants less than another."""

from __future__ import annotations

import pytest

from actions.knowledge_access import current_catalog
from language.answers_in_context import state_code
from language.asking import asking_part
from language.message_intent import whole_message_intent
from language.question_topic import topic_of
from tests.placed import at

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "intent, text, named, slot",
    [
        ("ask_cost", "what does the see see em cost these days", [("credential", "CCM", "see see em")], "cost:CCM"),
        ("ask_exam", "is the nclex hard if you studied in another country", [("license", "RN", "nclex")],
         "exam:RN"),
        ("ask_cost", "does anybody know what the CRC exam costs now", [("credential", "CRC", "crc")], "cost:CRC"),
        ("ask_eligibility", "how much full time experience does the CCM want, like a year?",
         [("credential", "CCM", "ccm")], "duration:CCM"),
        ("ask_day_to_day", "day in the life of a hospital social worker, what's it like",
         [("setting", "hospitals", "hospital")], "day_to_day:hospitals"),
        ("ask_education", "what even is a BSW, what does it cover", [("degree", "BSW", "bsw")], "what_is:BSW"),
        ("ask_employers", "besides hospitals who else hires nurse case managers",
         [("setting", "hospitals", "hospitals")], "setting:case_management"),
        ("ask_employers", "vocational rehab jobs: state agencies mostly, or do insurers hire too",
         [("specialization", "vocational_rehabilitation", "vocational rehab"), ("setting", "insurance", "insurers")],
         "setting:vocational_rehabilitation"),
        ("ask_day_to_day", "I just finished my BSN and start on a hospital case management team monday. what is a day "
         "like", [("degree", "BSN", "bsn"), ("setting", "hospitals", "hospital")], "day_to_day:hospitals"),
        ("ask_what_is", "what is a CDMS, I keep seeing it on the job board at work", [("credential", "CDMS", "cdms")],
         "what_is:CDMS"),
        ("ask_what_is", "my neighbor says she's studying to be an l c s w what is that",
         [("license", "LCSW", "l c s w")], "what_is:LCSW"),
        ("ask_education", "do most insurance case managers have nursing degrees or is it mixed",
         [("setting", "insurance", "insurance"), ("degree_field", "nursing", "nursing")], "degree:insurance"),
        ("ask_duration", "two years as a hospital social worker with my msw how much longer before i can sit for the "
         "acm", [("degree", "MSW", "msw"), ("credential", "ACM", "acm")], "duration:me/ACM"),
    ],
)  # fmt: skip
def test_the_topic_asked(intent, text, named, slot):
    mentions = [at(text, kind, code, words.strip()) for kind, code, words in named]
    assert topic_of(intent, text, mentions).slot == slot


@pytest.mark.parametrize(
    "text, intent",
    [
        ("CCM reqs", "ask_eligibility"),
        ("LPC elig", "ask_eligibility"),
        ("lsw -> lmsw: what changes besides the exam", "compare"),
        ("my nephew wants to do psychology at the state college where would he even work after", "ask_employers"),
    ],
)
def test_notes_and_run_ons_are_questions(text, intent):
    assert whole_message_intent("inform", text, ["credential"]) == intent


def test_a_question_under_a_condition_is_asked():
    text = "i did ten years as a cna. if i go to school for case management will i make more"
    assert asking_part(text).startswith("will i make more")


def test_the_cdms_has_an_issuer():
    # the research sheet: "CDMS ... from the CDMS Commission, now run under 'The Commission' (CCMC)"
    assert "CDMS Commission" in current_catalog().credentials["CDMS"].issuer


def test_recogniser_slips_are_read_as_the_word(nlp):
    assert [t.norm_ for t in nlp("i want to be a case manger")][-1] == "manager"
    assert [(e.label_, e.ent_id_) for e in nlp("what does a vocal rehab counselor do").ents] == [
        ("specialization", "vocational_rehabilitation")
    ]


def test_a_number_said_first_is_the_answer(extract):
    assert extract("36, all of it at the county", requested="case_management_months")["case_management_months"] == 36


def test_a_level_still_in_progress_is_not_held(extract):
    assert extract("bachelor's done, master's in progress", requested="education_level")["education_level"] == (
        "bachelor"
    )


def test_a_level_named_as_a_time_of_life_is_not_the_askers(extract):
    assert "education_level" not in extract("I want to help teens figure out work after high school")


def test_a_credential_looked_into_is_not_held(extract):
    assert extract("no. I looked into the LPC once but never did it", requested="licenses")["licenses"] == []


def test_wanting_to_know_is_no_wish(extract):
    assert "interests" not in extract("I work at a nursing home and I want to know if I can do case management")


def test_what_one_wants_less_is_no_interest(extract):
    found = extract("I'm more interested in job placement now than in crisis counseling")
    assert "employment" in found["interests"] and "counseling" not in found["interests"]
    assert "crisis" not in found["interests"]


def test_a_question_after_a_guess_is_no_answer():
    from language.answers_in_context import is_real_question

    assert is_real_question("the CRC exam is only online right? when do I sign up")
    assert not is_real_question("kids, families. mostly kids")


# The twenty-second writer's people (its question set stays unread): texting's "rn", a supervisor's designation,
# a military move, "i been a".
@pytest.mark.parametrize(
    "text, right_now",
    [
        ("we're stationed at fort hood rn (not the nurse kind lol)", True),
        ("im an rn on a cardiac floor", False),
        ("rn here, 3 yrs in the er", False),
        ("I work in the icu as an rn.", False),
    ],
)
def test_texting_rn_is_right_now(text, right_now):
    from language.profile_extraction import means_right_now

    start = text.index("rn")
    assert means_right_now(text, start, start + 2) is right_now


def test_a_supervisors_designation_is_not_held(extract):
    found = extract("almost a year with my LPC-S signing off", requested="clinical_supervision_months")
    # "almost a year" is less than a year: read a month short, as a board counts only what can be shown
    assert "licenses" not in found and found["clinical_supervision_months"] == 11


def test_a_military_move_names_the_new_state():
    assert state_code("LCSW from Ohio, we just PCS'd to Fayetteville, NC", False) == "NC"


def test_i_been_a_tells_ones_own_work(extract):
    found = extract("i been a cna at a nursing home nine years and i like helping the families with medicaid stuff")
    assert found["healthcare_months"] == 108 and "long_term_care" not in (found.get("interests") or [])


def test_a_placement_answer_names_no_wish(extract):
    found = extract("yes, I interned at a mental health clinic helping the case managers", requested="field_experience")
    assert found == {"field_experience": True}


def test_clients_hurt_on_the_job_are_injured_workers(extract):
    assert "disabilities" in extract("I want to work with people hurt on the job")["interests"]


def test_a_state_in_brackets_after_a_licence_is_no_degree(extract):
    found = extract("BSW '22, LCSW (NY) now")
    assert found["state"] == "NY" and found["education_level"] == "bachelor"


@pytest.mark.parametrize(
    "text, months",
    [
        ("I took the job right after my daughter was born and she just turned four", 48),
        ("ever since my son started kindergarten, he turns eleven next week... so", 72),
        ("since my twins started kindergarten, they're starting third grade now", 36),
    ],
)
def test_a_length_told_by_a_childs_age(extract, text, months):
    assert extract(text, requested="healthcare_months")["healthcare_months"] == months


def test_what_is_that_after_a_story_asks_what_it_is():
    text = "my nephew wants to be an l p n after high school what is that"
    assert whole_message_intent("out_of_scope", text, ["license"]) == "ask_what_is"


def test_the_licence_a_question_leads_to():
    from language.question_topic import leads_to

    text = "how long is the lsw to lcsw path in ohio"
    mentions = [at(text, "license", "LSW", "lsw"), at(text, "license", "LCSW", "lcsw")]
    assert leads_to(mentions, text) == "LCSW"
    text = "lmsw in texas here, how long before i can go for the lcsw"
    mentions = [at(text, "license", "LMSW", "lmsw"), at(text, "license", "LCSW", "lcsw")]
    assert leads_to(mentions, text) == "LCSW"


def test_who_gives_it_said_on_after_a_story_asks_the_issuer():
    text = "i got my nursing degree in kenya and we just moved to ohio who issues the rn license here"
    assert whole_message_intent("inform", text, ["license"]) == "ask_issuer"


def test_that_job_after_a_story_of_someones_case_management_is_case_management():
    text = "my cousin does case management for a food bank and i still dont get it, what is that job"
    topic = topic_of("ask_what_is", text, [at(text, "setting", "nonprofit", "food bank")])
    assert topic.subjects == ("case_management",)


def test_managment_misspelled_names_the_certification(nlp):
    assert [(e.label_, e.ent_id_) for e in nlp("is the disability managment specialist exam online").ents] == [
        ("credential", "CDMS")
    ]


def test_a_question_heard_as_a_what_if_but_supposing_nothing_is_the_question():
    text = "I finished a BSW in Ghana and we just moved to Dayton. What would I need to get the LSW in Ohio?"
    assert whole_message_intent("what_if", text, ["license", "state"]) == "ask_eligibility"
    assert whole_message_intent("what_if", "what if I got my MSW, what would I need then", ["degree"]) is None


def test_a_child_named_without_an_age_tells_no_length(extract):
    found = extract("I started there when my son was born and he is a handful", requested="healthcare_months")
    assert "healthcare_months" not in found
