"""The kinds the thirty-seventh to fortieth writers' sets showed misread (issue #12), each in other words than those
sets': credentials named but not held (talked about by others, wondered about, "an RN-only thing", told as work one
left), a degree underway or weighed, a licence's level named as a kind ("a bachelor's thing"), a total said before
its parts, answers said before a question or as a question about a placement, and the words of a few interests."""

from __future__ import annotations

import pytest

from language.answers_in_context import answer_after_question, is_real_question, placement

pytestmark = pytest.mark.unit


# ---- credentials named, not held ----
@pytest.mark.parametrize(
    "text",
    [
        "half my classmates talk about the LCSW like it's the only goal",
        "I'm wondering if the CCM would open more doors",
        "not sure whether the ACM is worth it for me",
        "do they hire LPNs for this or is it an RN-only thing?",
    ],
)
def test_a_credential_talked_about_or_wondered_about_is_not_held(extract, text):
    assert not extract(text).get("licenses")


def test_a_credential_held_since_a_year_is_held(extract):
    assert extract("MSN, RN. ACM since 2019, and seven years in utilization review.")["licenses"] == ["RN", "ACM"]


def test_a_licence_of_work_one_left_long_ago_is_asked_not_assumed(extract):
    # CCMC and ACMA count only a current licence; whether it still is, the person is asked
    text = "I was an LPN years ago, then I stepped away to raise my kids and never went back."
    assert "licenses" not in extract(text)


def test_a_licence_let_go_in_the_next_sentence_with_it(extract):
    text = "I had a Georgia LPN license. I let it expire when we moved overseas."
    assert extract(text, requested="licenses")["licenses"] == []


def test_the_step_before_a_licence_by_its_level_is_not_the_licence(extract):
    text = "only the associate-level counseling license so far, I'm still collecting hours"
    assert extract(text, requested="licenses")["licenses"] == []


# ---- degrees ----
def test_a_masters_one_is_in_now_is_not_held(extract):
    found = extract("I finished my BSW in 2022 and now I'm in an advanced-standing MSW at Pitt.")
    assert found["education_level"] == "bachelor" and found["degree_field"] == "social_work"


def test_a_degree_one_is_unsure_about_is_neither_held_nor_its_field(extract):
    found = extract("Not sure if that means a nursing master's, a certificate, or what.")
    assert "education_level" not in found and "degree_field" not in found


def test_a_degree_someone_paid_for_is_held(extract):
    found = extract("my employer paid for my bachelor's in psychology")
    assert found["education_level"] == "bachelor" and found["degree_field"] == "psychology"


def test_a_licences_level_named_as_a_kind_is_no_degree_held(extract):
    found = extract("I hold an LSW. Where I live that's a master's license, elsewhere it's a bachelor's thing.")
    assert found["licenses"] == ["LSW"] and "education_level" not in found and "degree_field" not in found


def test_a_subject_named_then_explained_is_another_subject(extract):
    found = extract("medical billing and coding lol so mostly insurance claims", requested="degree_field")
    assert found["degree_field"] == "other"


# ---- lengths ----
def test_a_total_said_first_and_then_its_parts_is_the_total(extract):
    text = "Four years: 30 months in intake and the last 18 as a case manager."
    assert extract(text, requested="case_management_months")["case_management_months"] == 48


def test_years_in_measure_what_was_told_before_not_what_follows(extract):
    text = "I took a job as a claims examiner at an insurer. Two years in, I supervise a team of six."
    assert "supervisor_months" not in extract(text)


@pytest.mark.parametrize(
    "text, months",
    [
        ("I've worked for the Indian Health Service for six years", 72),
        ("LPN in long-term care about five years now", 60),
    ],
)
def test_health_work_by_its_employer_or_licence(extract, text, months):
    assert extract(text)["healthcare_months"] == months


# ---- answers and questions ----
def test_a_bare_answer_then_a_question_answers_the_question_asked():
    assert answer_after_question("No. I have a CDL though, would that count?", "licenses") == "No."


def test_asking_whether_a_placement_outside_health_counts_is_answered_by_ccmcs_rule():
    text = "would a church ministry internship count? it's the only internship I had"
    assert answer_after_question(text, "field_experience") == text
    assert placement(text) is False


@pytest.mark.parametrize("text", ["tbh is a BSW enough to get hired?", "ngl do I even need the LSW"])
def test_a_question_after_a_texting_lead_in_is_a_question(text):
    assert is_real_question(text)


def test_a_question_asked_with_no_yes_or_no_in_it_is_no_answer_to_the_interests_question():
    text = "Does it matter which field? I don't want to waste two years."
    assert answer_after_question(text, "interests") is None


# ---- interests ----
def test_a_hospital_that_closed_is_not_a_wish(extract):
    text = "since our hospital closed I want to help the families who can't get food or rides"
    assert "hospitals" not in extract(text)["interests"]


def test_a_mind_changed_about_a_place_drops_it(extract):
    text = "I changed my mind about the nursing home idea, I want to help injured people get back to a job"
    assert extract(text, requested="interests")["interests"] == ["disabilities", "employment"]


def test_chronic_conditions_are_medical_care(extract):
    assert "medical" in extract("people with diabetes and high blood pressure", requested="interests")["interests"]


def test_working_at_a_state_psychiatric_hospital_is_told_work(extract):
    found = extract("I'm a tech at the state psych hospital on the adolescent unit")
    assert found["work_interests"] == ["community_mental_health"]


def test_helping_people_get_insurance_is_no_wish_to_work_at_an_insurer(extract):
    found = extract("I'd like to help older folks apply for health insurance and get rides to the doctor")
    assert "insurance" not in found["interests"]


# ---- the aspect of a question ----
@pytest.mark.parametrize(
    "intent, text, aspect, subjects",
    [
        ("ask_cost", "how much for the crc application and exam", "cost", ("CRC",)),
        ("ask_cost", "what does the NCLEX run these days? budgeting for my RN", "cost", ("RN",)),
        ("ask_salary", "how much do LPCs make in a year", "salary", ("LPC",)),
        ("ask_exam", "in texas who do you apply to for the LMSW, the board or ASWB?", "issuer", ("LMSW",)),
        ("ask_what_is", "the ad says 'MRC or CRC required.' what does MRC stand for", "what_is", ("MRC",)),
    ],
)
def test_the_topic_asked(topic_asked, intent, text, aspect, subjects):
    assert topic_asked(intent, text) == (aspect, subjects)


# ---- a specialization described by whom it helps ----
@pytest.mark.parametrize(
    "intent, text, aspect, subject",
    [
        ("ask_what_is", "what do you call the people who help injured workers find a job they can still do?",
         "what_is", "vocational_rehabilitation"),
        ("ask_day_to_day", "what does a day look like for staff who work with people with schizophrenia",
         "day_to_day", "mental_health"),
        ("ask_salary", "how much do the nurses who plan hospital discharges for heart failure patients make",
         "salary", "healthcare"),
    ],
)  # fmt: skip
def test_a_specialization_described_by_whom_it_helps(topic_asked, intent, text, aspect, subject):
    assert topic_asked(intent, text) == (aspect, (subject,))


def test_a_description_that_leads_nowhere_clearly_names_nothing(catalog):
    from language.described_roles import specializations_described

    assert specializations_described("people who help other people", catalog) == []


# ---- kinds found re-reading the earlier sets' remaining misses ----
def test_a_school_named_as_a_workplace_when_asked_where_to_work(extract):
    assert "schools" in extract("maybe a clinic or school, somewhere calmer", requested="interests")["interests"]


def test_going_back_to_school_is_no_workplace(extract):
    assert "schools" not in (extract("I might go back to school first", requested="interests").get("interests") or [])


def test_child_protective_services_spelled_out_by_voice(extract):
    assert extract("i work for c p s as a caseworker")["work_interests"] == ["child_welfare"]


def test_a_state_named_as_where_part_of_the_past_was_is_not_where_one_is(extract):
    found = extract("two years, the first in VT and the rest here", requested="clinical_supervision_months")
    assert found == {"clinical_supervision_months": 24}


# ---- people in health-adjacent jobs (imagined from the forty-first writer's brief; that set stays unread) ----
@pytest.mark.parametrize("text", ["OTR/L, nothing else", "just my CMA and BLS", "RHIT, that's all"])
def test_another_fields_credential_answered_is_none_of_ours(extract, text):
    assert extract(text, requested="licenses")["licenses"] == []


@pytest.mark.parametrize(
    "text, months",
    [
        ("respiratory therapist at a medical center, ten years", 120),
        ("I've been a phlebotomist for three years at the county hospital", 36),
        ("an x-ray tech for 6 years", 72),
    ],
)
def test_roles_employed_in_health_care_count_as_health_care(extract, text, months):
    assert extract(text)["healthcare_months"] == months


def test_a_role_denied_measures_nothing(extract):
    assert "healthcare_months" not in extract("I review claims at an insurer, I'm not a nurse, 4 years now")


@pytest.mark.parametrize(
    "text",
    ["I've been an occupational therapy assistant at a school for 5 years", "hygienist, private dental practice"],
)
def test_other_therapists_and_practices_are_not_counseling(extract, text):
    found = extract(text)
    assert "counseling" not in (found.get("interests") or []) + (found.get("work_interests") or [])


def test_a_case_manager_one_met_is_not_where_one_did_case_management(extract):
    text = "after my car accident the case manager from my insurance company walked me through everything"
    assert "case_management_setting" not in extract(text)


# ---- people in mental-health and substance-use work (imagined from the forty-third writer's brief; unread) ----
def test_a_masters_being_finished_while_working_is_not_held_nor_its_field(extract):
    found = extract("I do intake at a methadone clinic part time while I finish my social work masters")
    assert "education_level" not in found and "degree_field" not in found


def test_michigans_limited_licence_written_as_one_word_is_the_step_before(extract):
    assert extract("LLMSW for now, the limited one", requested="licenses")["licenses"] == []


@pytest.mark.parametrize(
    "text, interest",
    [("people struggling with opioids", "substance_use"), ("adults with alcohol use disorder", "substance_use")],
)
def test_words_of_mental_health_and_substance_use(extract, text, interest):
    assert interest in extract(text, requested="interests")["interests"]


def test_none_held_said_as_not_having_any(extract):
    assert extract("i don't have any yet", requested="licenses")["licenses"] == []


def test_a_supervisors_licence_denied_says_nothing_of_ones_own(extract):
    assert extract("no, he's an LPC, not a CCM", requested="supervised_by_ccm") == {"supervised_by_ccm": False}


# ---- the social work track (imagined from the forty-second writer's brief; that set stays unread) ----
def test_a_degree_named_after_a_length_of_work_is_held(extract):
    found = extract("hospice social worker for 5 years, MSW")
    assert found["education_level"] == "master" and found["degree_field"] == "social_work"


def test_a_degree_wanted_for_later_is_still_not_held(extract):
    assert "education_level" not in extract("I'm saving up for the MSW")


def test_where_a_caseworker_works_is_the_state(extract):
    assert extract("foster care caseworker in Georgia, 3 years")["state"] == "GA"


# ---- vocational rehabilitation and disability (imagined from the forty-fourth writer's brief; unread) ----
def test_a_story_then_a_hesitant_no_answers_none(extract):
    text = "I do job placement, but the counselors own the cases. so no?"
    assert not is_real_question(text)
    assert extract(text, requested="case_management_months")["case_management_months"] == 0


def test_a_state_vocational_rehabilitation_office_is_a_community_agency(extract):
    found = extract("at the state VR office", requested="case_management_setting")
    assert found["case_management_setting"] == "community_agency"


@pytest.mark.parametrize(
    "intent, text, kinds, reread",
    [
        ("nlu_fallback", "rn to bsn bridge how many semesters", ["license", "degree"], "ask_duration"),
        ("out_of_scope", "acm = ?", ["credential"], "ask_what_is"),
        ("nlu_fallback", "ugh long day", [], None),
    ],
)
def test_a_message_not_heard_that_names_a_thing_and_an_aspect_asks_it(intent, text, kinds, reread):
    from language.message_intent import whole_message_intent

    assert whole_message_intent(intent, text, kinds) == reread


def test_a_story_the_classifier_did_not_hear_still_tells_its_facts(actions_database, nlp):
    from actions.intake import ActionExtractProfile
    from tests.actions_harness import run, slot_events, tracker

    text = "hi im maria i work at a shelter in tucson helping moms in recovery find housing i want to do it full time"
    entities = [
        {"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char} for e in nlp(text).ents
    ]
    found = slot_events(run(ActionExtractProfile(), tracker(intent="nlu_fallback", text=text, entities=entities))[0])
    assert found["state"] == "AZ" and "substance_use" in found["interests"]


def test_a_question_the_classifier_did_not_hear_is_not_read_as_a_story(actions_database, nlp):
    from actions.intake import ActionExtractProfile
    from tests.actions_harness import run, slot_events, tracker

    text = "ok so in NY is the LCSW the clinical one?? my supervisor has the LCSW and i'm lost honestly"
    entities = [
        {"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char} for e in nlp(text).ents
    ]
    found = slot_events(run(ActionExtractProfile(), tracker(intent="nlu_fallback", text=text, entities=entities))[0])
    assert "licenses" not in found


def test_a_field_instructors_licence_is_theirs(extract):
    assert not extract("my FI has LICSW, she signs my hours").get("licenses")
