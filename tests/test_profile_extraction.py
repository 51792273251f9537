"""Facts taken from one message: typed, spoken (speech-to-text), rambling, corrected, or answering a question."""

from __future__ import annotations

import pytest

from language.profile_extraction import Mention, extract_profile, mentions_from_entities


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "I'm an RN with a BSN and three years on a med-surg floor",
            {"education_level": "bachelor", "degree_field": "nursing", "licenses": ["RN"], "healthcare_months": 36},
        ),
        (
            "um i have a b s n and i was a nurse for like ten years and a case manager "
            "for two and a half years supervised by a c c m",
            {
                "education_level": "bachelor",
                "degree_field": "nursing",
                "healthcare_months": 120,
                "case_management_months": 30,
                "supervised_by_ccm": True,
            },
        ),
        (
            "i have a bachelors in psychology and ive been a case manager for 18 months",
            {"education_level": "bachelor", "degree_field": "psychology", "case_management_months": 18},
        ),
        (
            "18 months as a case manager and 5 years in the hospital",
            {"case_management_months": 18, "healthcare_months": 60},
        ),
        ("I supervised case managers for two years", {"supervisor_months": 24}),
        (
            "i got my msw last spring and did my field placement at a hospice",
            {"education_level": "master", "degree_field": "social_work", "field_experience": True},
        ),
        ("im an lpn at a nursing home", {"licenses": ["LPN"]}),
        ("just a high school diploma", {"education_level": "high_school"}),
        ("i have a bachelors in english", {"education_level": "bachelor", "degree_field": "other"}),
        ("i want to work with homeless people", {"interests": ["homelessness"]}),
        ("im a ccm", {"licenses": ["CCM"]}),
    ],
)
def test_facts_volunteered_in_one_message(extract, text, expected):
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i want to get my ccm",
        "i want to become an rn",
        "i am 27 years old",
        "i worked there since 2021",
        "i have been doing this for a while",
        "",
        "🙂🙂",
        "<script>alert(1)</script>",
        "'; DROP TABLE credentials; --",
    ],
)
def test_nothing_is_guessed(extract, text):
    assert extract(text) == {}


def test_a_duration_with_no_clue_is_left_alone_unless_it_answers_the_question(extract):
    assert extract("two years") == {}
    assert extract("two years", requested="case_management_months") == {"case_management_months": 24}
    assert extract("none yet", requested="healthcare_months", intent="deny") == {"healthcare_months": 0}


def test_a_correction_replaces_the_degree(extract):
    profile = {"education_level": "bachelor", "degree_field": "social_work"}
    assert extract("actually it's an MSW, not a BSW", profile) == {
        "education_level": "master",
        "degree_field": "social_work",
    }
    assert extract("sorry i meant a BSW not an MSW", {"education_level": "master", "degree_field": "social_work"}) == {
        "education_level": "bachelor",
        "degree_field": "social_work",
    }


def test_a_lower_degree_mentioned_later_does_not_lower_the_profile(extract):
    assert extract("i did my bsw at state", {"education_level": "master", "degree_field": "social_work"}) == {}


def test_licenses_add_up_and_a_negated_one_is_removed(extract):
    assert extract("i also have my lcsw", {"licenses": ["LSW"]}) == {"licenses": ["LSW", "LCSW"]}
    assert extract("im an lpn not an rn", {"licenses": ["RN"]}) == {"licenses": ["LPN"]}


@pytest.mark.parametrize(
    "text, requested, intent, expected",
    [
        ("none", "licenses", "deny", {"licenses": []}),
        ("no", "supervised_by_ccm", "deny", {"supervised_by_ccm": False}),
        ("yes", "field_experience", "affirm", {"field_experience": True}),
        ("people with disabilities", "interests", "inform", {"interests": ["disabilities"]}),
        ("something creative i guess", "interests", "inform", {"interests": ["something creative i guess"]}),
        ("about eighteen months", "clinical_supervision_months", "inform", {"clinical_supervision_months": 18}),
    ],
)
def test_answers_to_the_question_asked(extract, text, requested, intent, expected):
    assert extract(text, requested=requested, intent=intent) == expected


def test_rasa_entities_become_mentions_by_type(catalog):
    entities = [
        {"entity": "degree", "value": "BSW", "start": 0, "end": 3},
        {"entity": "degree_field", "value": "psychology", "start": 10, "end": 20},
        {"entity": "license", "value": "r n", "start": 30, "end": 33},  # an alias that no synonym canonicalised
        {"entity": "education_level", "value": "bachelor"},  # from a button payload
        {"entity": "license", "value": "XYZ"},
        {"entity": "duration", "value": 3},
    ]
    assert mentions_from_entities(entities, catalog.vocabulary) == [
        Mention("degree", "BSW", 0, 3),
        Mention("degree_field", "psychology", 10, 20),
        Mention("license", "RN", 30, 33),
        Mention("education_level", "bachelor", 0, 0),
    ]


def test_a_role_at_a_setting_measures_the_role_and_a_clause_measures_its_own(extract):
    assert extract("ive been a case manager at a hospital for two years") == {
        "case_management_months": 24,
        "case_management_setting": "health_system",
    }
    assert extract("i was a case manager before, now ive been on the floor for 3 years") == {"healthcare_months": 36}
    assert extract("ive worked at a hospital for ten years") == {"healthcare_months": 120}


@pytest.mark.parametrize(
    "text, requested, absent",
    [
        # the supervisor's credential, not the speaker's
        ("i do my clinical hours with an lcsw every other week", "clinical_supervision_months", "LCSW"),
        ("about a year of supervision with an l c s w so far", "clinical_supervision_months", "LCSW"),
        ("my hours are under an lpc in my county", None, "LPC"),
        # a registration or associate licence comes before the licence itself
        ("im an lpc-associate at a counseling center", None, "LPC"),
        ("i work as an associate clinical social worker for the county", None, "LCSW"),
        ("I'm a registered associate clinical social worker", None, "LCSW"),
        # a choice between credentials claims neither
        ("lcsw or ccm, which should come first", None, "LCSW"),
        ("thinking about lpc vs lcsw", None, "LPC"),
        # asked what they would like, a credential named is a goal
        ("LCSW first, then maybe the CCM, integrated care", "interests", "LCSW"),
        ("therapy, the lcsw, maybe private practice one day", "interests", "LCSW"),
        # a state without a licence level
        ("confused bc my state doesn't have an LMSW", None, "LMSW"),
        # the supervisor, named by role after the credential
        (
            "i have an l c s w supervisor since i started so about eighteen months",
            "clinical_supervision_months",
            "LCSW",
        ),
        ("my CCM manager signs off on my cases", None, "CCM"),
        # other people, named in the plural
        ("the clinic where i file charts only hires lpns for patient care", None, "LPN"),
        ("our unit has three RNs and a social worker", None, "RN"),
    ],
)
def test_a_credential_someone_else_holds_or_one_not_reached_yet_is_not_held(extract, text, requested, absent):
    assert absent not in (extract(text, requested=requested).get("licenses") or [])


def test_a_credential_whose_name_ends_in_s_is_still_held(extract):
    assert "CDMS" in extract("I've held the CDMS for two years", requested="licenses")["licenses"]
    assert extract("RN, and I passed in June", requested="licenses")["licenses"] == ["RN"]


def test_a_registration_that_is_not_a_licence_answers_the_licence_question_with_none(extract):
    assert extract("an asw number, but that's not a licence", requested="licenses") == {"licenses": []}
    assert extract("no license yet, just the registration", requested="licenses") == {"licenses": []}


@pytest.mark.parametrize(
    "requested, text, expected",
    [
        # every question about a length of time asks in months, so a bare number is months
        ("case_management_months", "31", 31),
        ("healthcare_months", "9", 9),
        ("supervisor_months", "0", 0),
        ("clinical_supervision_months", "  14 ", 14),
    ],
)
def test_a_bare_number_answers_a_length_of_time_in_the_months_asked(extract, requested, text, expected):
    assert extract(text, requested=requested) == {requested: expected}


def test_a_bare_number_is_no_length_of_time_outside_an_answer(extract):
    assert extract("31") == {}
    assert extract("31", requested="state") == {}


def test_a_length_reached_in_a_coming_month_counts_only_what_is_done(nlp, catalog):
    from datetime import date

    def months(text, today):
        mentions = [Mention(e.label_, e.ent_id_, e.start_char, e.end_char) for e in nlp(text).ents]
        return extract_profile(text, mentions, {}, catalog, "case_management_months", "inform", today).slots

    # three years "in june", said in february: two years and eight months so far
    assert months("three years in june", date(2027, 2, 10)) == {"case_management_months": 32}
    assert months("it'll be a year by october", date(2026, 7, 1)) == {"case_management_months": 9}
    assert months("a year in may", date(2026, 5, 20)) == {"case_management_months": 12}
    assert months("a year, since may", date(2026, 5, 20)) == {"case_management_months": 12}


@pytest.mark.parametrize(
    "text, expected",
    [
        # CCMC's degree route: "a Supervised Field Experience in Case Management, Health, or Behavioral Health"
        ("only my student teaching semester", False),
        ("just clinical rotations", True),
        ("just a ministry internship", False),
        ("just the internship at a shelter", True),
        ("only a practicum, 400 hours", True),
        ("yes, at a clinic", True),
        ("we never did a practicum", False),
        ("nope", False),
    ],
)
def test_a_placement_answer_naming_something_else_is_no(extract, text, expected):
    assert extract(text, requested="field_experience") == {"field_experience": expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a medical assistant certificate, nothing more", None),
        ("only a cna certificate", "high_school"),
        ("just the lvn certificate program", "high_school"),
    ],
)
def test_a_certificate_alone_is_no_college_degree(extract, text, expected):
    assert extract(text, requested="education_level").get("education_level") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("an assisted living facility", "other"),
        ("a home care company", "other"),
        ("the county jail", "community_agency"),  # the vocabulary's word wins over a workplace noun
        ("at a hospital rehab department", "health_system"),
        ("social work", None),  # a kind of work, not a workplace: asked again, never guessed
    ],
)
def test_a_workplace_the_vocabulary_does_not_name_is_another_kind(extract, text, expected):
    assert extract(text, requested="case_management_setting").get("case_management_setting") == expected


@pytest.mark.parametrize("text, expected", [("ft", True), ("pt", False), ("FT, 40 hrs", True)])
def test_full_and_part_time_abbreviated(extract, text, expected):
    assert extract(text, requested="case_management_full_time") == {"case_management_full_time": expected}


def test_pt_outside_the_hours_question_is_a_patient_not_part_time(extract):
    assert "case_management_full_time" not in extract("i was a cm for pt with cancer for a year")


def test_a_total_said_at_the_end_is_the_answer_in_the_months_asked(extract):
    said = "six months at a clinic and then a year on a hospital unit, so 18"
    assert extract(said, requested="healthcare_months") == {"healthcare_months": 18}
    assert extract("residency plus fellowship, that's 30", requested="healthcare_months") == {"healthcare_months": 30}


def test_behavioral_health_is_the_mental_health_interest(extract):
    assert "mental_illness" in extract("behavioral health, maybe in a clinic", requested="interests")["interests"]


def test_a_licence_claimed_while_telling_interests_is_still_held(extract):
    assert "RN" in extract("I'm an RN and I'd like hospital work", requested="interests")["licenses"]


def test_a_licence_outside_the_field_answers_the_licence_question_with_none(extract):
    assert extract("State adjuster license, nothing clinical", requested="licenses") == {"licenses": []}


def test_case_management_done_by_others_is_none_of_ones_own(extract):
    said = "Not officially. I handle the claims, the NCMs do the case management"
    assert extract(said, requested="case_management_months") == {"case_management_months": 0}


def test_a_teaching_licence_answers_the_licence_question_with_none(extract):
    assert extract("Teaching license in special ed, current", requested="licenses") == {"licenses": []}
    assert extract("I have a license", requested="licenses") != {"licenses": []}


def test_a_degree_level_one_would_go_back_for_is_not_held(extract):
    said = "i have my b s w and my l s w in ohio can i get my l i s w without going back for a masters"
    assert extract(said).get("education_level") == "bachelor"


# Written for the fourth writer's misses, in other words: whose credential a sentence names, a degree still being
# finished, a placement only begun, and school placements that are training, not case-management employment.
def test_credentials_coworkers_hold_are_theirs(extract):
    found = extract("RN on a med floor. my coworkers have the CCM and everyone has the ACM, I have neither")
    assert found.get("licenses", []) == ["RN"]


def test_a_degree_being_finished_is_not_held(extract):
    found = extract("finishing up my BSN, one semester left, and I want to work with patients")
    assert "education_level" not in found
    assert "education_level" not in extract("almost done with my MSW (two classes left)")


@pytest.mark.parametrize(
    "text, months",
    [
        # CCMC counts employment; the CDMS "only paid work counts; internships and volunteering do not"
        ("I did a six month practicum with a hospital case management team", None),
        ("two years as a case manager at the county, plus a 4 month internship before that", 24),
        ("18 months doing case management, after my clinical rotations last year", 18),
    ],
)
def test_school_placements_add_no_case_management_months(extract, text, months):
    assert extract(text).get("case_management_months") == months


def test_a_placement_asked_about_as_months_of_case_management_is_none(extract):
    assert extract("just my 9 month internship", requested="case_management_months")["case_management_months"] == 0


def test_the_role_of_a_duration_beats_the_licence_that_qualifies_it(extract):
    found = extract("8 years in the ER, now 10 months as an RN case manager at the same hospital.")
    assert found["case_management_months"] == 10
    assert extract("3 years of clinical case management", requested="case_management_months") == {
        "case_management_months": 36
    }


def test_a_specialization_named_outright_is_kept_with_the_interests(extract):
    found = extract("honestly I want to stay in social work", requested="interests")
    assert "social work case management" in found["interests"]
    # a setting's social work ("school social work") and a degree's subject name no specialization outright
    assert "social work case management" not in extract("school social work, kids", requested="interests")["interests"]
    assert "social work case management" not in (extract("I have a masters in social work").get("interests") or [])


def test_the_level_said_before_a_subject_is_the_degree_held(extract):
    # "human services" alone names the bachelor's; said after "associate's in", it is the associate degree
    found = extract("associate's in human services, and my BSN is in progress", requested="education_level")
    assert found["education_level"] == "associate" and found["degree_field"] == "human_services"


def test_a_placement_with_nothing_finished_is_not_done(extract):
    assert extract("started my practicum at a clinic, nothing finished yet", requested="field_experience") == {
        "field_experience": False
    }


def test_the_state_where_one_works_is_their_state(extract):
    assert extract("I work at a county agency in Oregon and want to get licensed")["state"] == "OR"


@pytest.mark.parametrize(
    "text",
    [
        "everyone on my team has l s w after their name and i want it too",
        "my whole team has their LSW",
        "everybody at my job has the CCM",
    ],
)
def test_the_teams_credentials_are_theirs(extract, text):
    assert not extract(text).get("licenses")


def test_a_length_said_twice_is_counted_once(extract):
    assert extract("3 years, 36 months", requested="case_management_months")["case_management_months"] == 36


# Kinds read from the eighth and ninth writers' people (examples here in other words). The nursing boards license
# whoever passes the NCLEX; a town's state code is no degree; time in recovery is not work; a credential someone
# else brings up is not held; another field's certification, given as the answer, is none of ours.
@pytest.mark.parametrize(
    "text, requested, expected",
    [
        ("trained as a nurse in Jamaica, passed my NCLEX last spring and work nights on telemetry", None,
         {"licenses": ["RN"]}),
        ("just passed the nclex pn, starting at a nursing home monday", None, {"licenses": ["LPN"]}),
        ("still studying, haven't passed the NCLEX yet", "licenses", {"licenses": []}),
        ("I do intake at a shelter in Dayton OH, two years now", None, {"state": "OH"}),
        ("clean and sober six years, and I run groups at a recovery house", None, {}),
        ("my supervisor keeps pushing the CCM on me", None, {}),
        ("only a food handler certification", "licenses", {"licenses": []}),
    ],
)  # fmt: skip
def test_what_a_message_says_of_licences_places_and_time(extract, text, requested, expected):
    found = extract(text, requested=requested)
    assert {
        k: v for k, v in found.items() if k in ("licenses", "state", "education_level") or k.endswith("months")
    } == expected


@pytest.mark.parametrize(
    "text, requested, expected",
    [
        ("I left the floor 6 years ago to care for my dad", None, {}),
        ("none of us on the unit is a CCM and I'd like to be the first", None, {}),
        ("I never got around to the LCSW after my MSW", None, {"education_level": "master"}),
        ("taught high school biology for 12 years, I have a bachelor's in biology", None,
         {"education_level": "bachelor"}),
        ("hospital social worker in Oregon for a decade", None, {"state": "OR", "healthcare_months": 120}),
        ("4 years, all in hospitals", "case_management_months", {"case_management_months": 48}),
    ],
)  # fmt: skip
def test_when_who_and_where_a_message_tells(extract, text, requested, expected):
    found = extract(text, requested=requested)
    kept = ("licenses", "state", "education_level", "case_management_months", "healthcare_months")
    assert {k: v for k, v in found.items() if k in kept and v} == expected


def test_an_answer_about_ones_work_tells_the_field_of_it(extract):
    found = extract("three years at the community mental health center", requested="healthcare_months")
    assert found["healthcare_months"] == 36 and "community_mental_health" in found["work_interests"]
    assert "interests" not in found  # what they would like to do is still asked


def test_a_wish_for_the_next_job_tells_nothing_of_the_hours_worked(extract):
    assert "case_management_full_time" not in extract("I'd go back into case management part time if possible")
    assert extract("I did case management part time at a clinic")["case_management_full_time"] is False


@pytest.mark.parametrize(
    "text, months",
    [
        ("four years at the agency, all of it full time", 0),
        ("six years at a community health center", 72),
    ],
)
def test_asked_about_hospital_work_another_employer_is_none(extract, text, months):
    assert extract(text, requested="healthcare_months")["healthcare_months"] == months


def test_a_credential_wished_for_names_the_one_specialization_it_leads_to(extract):
    # the CRC is vocational rehabilitation's alone (CRCC); the CCM is every specialization's, so it names none
    assert "vocational rehabilitation case management" in extract("hoping to sit for my CRC next year")["interests"]
    assert "interests" not in extract("I want the CCM someday")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I was a care manager at the county for 8 months", {"case_management_months": 8}),
        ("I've supervised 4 care coordinators for 2 years", {"supervisor_months": 24}),
        ("I have 20 months of LCSW supervision so far, LMSW since 2022", {"clinical_supervision_months": 20,
                                                                           "licenses": ["LMSW"]}),
    ],
)  # fmt: skip
def test_care_managers_supervisors_and_supervision_toward_a_licence(extract, text, expected):
    found = extract(text)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text, requested, expected",
    [
        # the part that names another employer is not hospital time
        ("two years at a nonprofit, before that a year at a hospital", "healthcare_months", {"healthcare_months": 12}),
        ("none at a hospital, 3 years at the county", "healthcare_months", {"healthcare_months": 0}),
        # the part that says it was case management answers; the other names only where the person worked before
        ("two years at a nonprofit doing case management, before that a year at a hospital",
         "case_management_months", {"case_management_months": 24, "healthcare_months": 12}),
        # the answer's own clause names nothing: the cue of a later part does not take it from the question asked
        ("about 3 years, 2 at the county and 1 at a hospital", "case_management_months",
         {"case_management_months": 36}),
    ],
)  # fmt: skip
def test_an_answer_in_parts_counts_the_parts_that_answer(extract, text, requested, expected):
    found = extract(text, requested=requested)
    assert {k: found.get(k) for k in ("healthcare_months", "case_management_months") if k in found} == expected
