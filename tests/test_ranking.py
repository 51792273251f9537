"""Ranking the specializations: deterministic, explained, driven by the weights in the knowledge sources."""

from __future__ import annotations

import pytest
import yaml

from advising.profile import Profile
from advising.ranking import match_interests, rank_specializations


def ranking(catalog, **data):
    return rank_specializations(Profile.from_dict(data, catalog), catalog)


@pytest.mark.parametrize(
    "data, top",
    [
        (dict(degree_field="nursing"), "healthcare"),
        (dict(licenses=["RN"]), "healthcare"),
        (dict(degree_field="social_work"), "social_work"),
        (dict(degree_field="psychology"), "mental_health"),
        (dict(degree_field="rehabilitation_counseling"), "vocational_rehabilitation"),
        (dict(interests=["i want to help people with disabilities get back to work"]), "vocational_rehabilitation"),
        (dict(interests=["domestic violence shelters"]), "social_work"),
        (dict(interests=["schizophrenia and bipolar clients"]), "mental_health"),
        (dict(interests=["discharge planning"]), "healthcare"),
        (dict(degree_field="social_work", interests=["serious mental illness", "psychiatric"]), "mental_health"),
    ],
)
def test_top_specialization(catalog, data, top):
    assert ranking(catalog, **data)[0].code == top


def test_reasons_say_what_led_there_and_sum_to_the_score(catalog):
    top = ranking(catalog, degree_field="nursing", licenses=["RN"], healthcare_months=36, interests=["hospital"])[0]
    assert top.code == "healthcare"
    assert top.score == sum(r.weight for r in top.reasons) > 0
    texts = " ".join(r.text for r in top.reasons)
    assert "nursing" in texts and "RN" in texts and "hospital" in texts and "36 months" in texts


def test_no_information_keeps_the_source_order_with_zero_scores(catalog):
    result = ranking(catalog)
    assert [r.code for r in result] == [s.code for s in catalog.specializations]
    assert all(r.score == 0 and not r.reasons for r in result)


def test_ranking_is_deterministic(catalog):
    data = dict(degree_field="psychology", interests=["community", "crisis", "jobs"])
    assert ranking(catalog, **data) == ranking(catalog, **data)


def test_interests_match_tags_and_whole_words_only(catalog):
    found = match_interests(["hospitals", "I love my dvd collection", "working with the homeless"], catalog.interests)
    assert "hospitals" in found and "homelessness" in found
    assert "domestic_violence" not in found  # "dv" inside "dvd" is not a match


def test_the_longest_words_win_and_word_endings_count(catalog):
    assert set(match_interests(["a nursing home"], catalog.interests)) == {"long_term_care"}
    found = match_interests(["patients being discharged from the hospital"], catalog.interests)
    assert {"patients", "discharge_planning", "hospitals"} <= set(found)
    assert "psychiatric" not in match_interests(["so psyched to start"], catalog.interests)


def test_a_social_work_graduate_drawn_to_hospital_discharges_is_pointed_to_healthcare(catalog):
    # A BSW who wants to help patients leave the hospital is doing medical social work: healthcare case management.
    data = dict(education_level="bachelor", degree_field="social_work")
    assert ranking(catalog, **data, interests=["patients being discharged from the hospital"])[0].code == "healthcare"


def test_people_with_brain_injuries_are_people_with_disabilities(catalog):
    from advising.ranking import match_interests

    assert "disabilities" in match_interests(["helping people after brain injuries"], catalog.interests)


@pytest.mark.parametrize(
    "words, top",
    [
        # what social work case managers connect people with (the guide: "food assistance, financial aid")
        # (with crises and rehab beds beside them it is a tie with mental health's crisis and substance-use work,
        # which the evaluation sets' writers put in mental health 12 times of 19)
        ("walking families through finding food pantries and rent help", "social_work"),
        ("helping people apply for food stamps and rental assistance", "social_work"),
        ("getting folks into detox and keeping them in recovery", "mental_health"),
    ],
)
def test_what_people_did_for_others_in_their_own_words_points_the_way(catalog, words, top):
    assert ranking(catalog, interests=[words])[0].code == top


# A specialization the person names outright ranks first: what they want outweighs what their background suggests.
@pytest.mark.parametrize(
    "data, top",
    [
        (dict(degree_field="social_work", licenses=["LSW"], interests=["mental health, maybe housing"]),
         "mental_health"),
        (dict(degree_field="nursing", licenses=["RN"], interests=["vocational rehab is what I want"]),
         "vocational_rehabilitation"),
        (dict(degree_field="psychology", interests=["I want to stay in social work"]), "social_work"),
    ],
)  # fmt: skip
def test_a_specialization_named_outright_ranks_first(catalog, data, top):
    ranked = ranking(catalog, **data)
    assert ranked[0].code == top
    assert any(r.factor == "named" for r in ranked[0].reasons)


def test_a_qualified_name_or_a_degree_subject_names_no_specialization(catalog):
    # "school social work" is a setting's work; "a masters in social work" is a degree, already weighed as one
    for words in ("school social work", "got my masters in social work"):
        assert all(r.factor != "named" for spec in ranking(catalog, interests=[words]) for r in spec.reasons)


def test_older_adults_and_protective_services_point_to_social_work(catalog):
    # adult protective services is run by county social services; the guide's social work serves vulnerable people
    assert ranking(catalog, interests=["older adults and stopping elder abuse"])[0].code == "social_work"
    assert ranking(catalog, interests=["adult protective services"])[0].code == "social_work"


def test_reentry_points_to_social_work_unless_mental_illness_or_addiction_is_named_too(catalog):
    # nine writers' people named reentry: alone in social work, beside SMI or recovery in mental health
    assert (
        ranking(catalog, interests=["reentry, helping people coming home from prison find housing and jobs"])[0].code
        == "social_work"
    )
    assert ranking(catalog, interests=["reentry and people with serious mental illness"])[0].code == "mental_health"


def test_cm_is_case_management_when_a_specialization_is_named(catalog):
    assert (
        ranking(catalog, degree_field="social_work", licenses=["LMSW"], interests=["Hospital CM long term"])[0].code
        == "healthcare"
    )
    assert ranking(catalog, interests=["older people, like in nursing homes"])[0].code == "social_work"


def test_vr_alone_names_vocational_rehabilitation(catalog):
    # "VR" is what state vocational rehabilitation counselors call their own field
    assert ranking(catalog, degree_field="psychology", interests=["VR, moving up, transition-age youth"])[0].code == (
        "vocational_rehabilitation"
    )


def test_a_licence_and_the_degree_it_needs_count_once(catalog):
    # an LMSW on a team for people with serious mental illness: "social worker" said twice does not outweigh the work
    ranked = ranking(catalog, degree_field="social_work", licenses=["LMSW"], interests=["serious mental illness"])
    assert ranked[0].code == "mental_health"
    social_work = next(r for r in ranked if r.code == "social_work")
    assert social_work.score == 4
    assert {r.text for r in social_work.reasons} >= {"your degree is in social work", "you hold the LMSW"}


def test_case_management_done_in_a_hospital_points_to_healthcare(catalog):
    # the main set's LCSW who supervises hospital social workers (written by someone who never saw the code)
    data = dict(degree_field="social_work", licenses=["LCSW"], case_management_months=60,
                case_management_setting="health_system", healthcare_months=60)  # fmt: skip
    top = ranking(catalog, **data)[0]
    assert top.code == "healthcare"
    assert "you do case management at a hospital or health system" in {r.text for r in top.reasons}
    # a setting told without months of case management weighs nothing
    no_months = ranking(catalog, **dict(data, case_management_months=0, healthcare_months=0))
    assert "setting" not in {r.factor for r in no_months[0].reasons}


def test_ptsd_is_a_mental_illness(catalog):
    # PTSD is a psychiatric disorder (DSM-5); "veterans with PTSD" points to mental health
    assert match_interests(["veterans with PTSD"], catalog.interests) == {"mental_illness": "ptsd"}


def test_the_ranking_agreement_script_reads_every_read_set(catalog, tmp_path):
    from evaluation.quality.ranking_agreement import disagreements, read_sets

    assert not any("untuned" in str(path) for path in read_sets())  # the blind people stay out
    # a writer who chose healthcare for a BSW drawn to homelessness differs from the ranking; one who chose social work
    # for the same person does not
    person = {"truth": {"degree_field": "social_work", "interests": ["homelessness"]}}
    people = [
        dict(person, id="differs", specialization="healthcare"),
        dict(person, id="agrees", specialization="social_work"),
    ]
    written = tmp_path / "conversations_test.yml"
    written.write_text(yaml.safe_dump({"people": people}))
    assert disagreements([written], catalog) == (2, [("conversations_test", "differs", "healthcare", "social_work")])
