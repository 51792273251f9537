"""The kinds the eighty-eighth to ninety-first writers' sets showed misread (issue #12; written at the start of round
23, kept unread for two rounds, read in round 25), each in other words than those sets': a placement asked about ("is
that a practicum?") or done instead of ("a lab instead of an internship"); a licence a board would not give, one to come
("will do the CRC after"), one typed by accident, one wished for "eventually ... as an LCSW"; a friend's, a buddy's or
"the one with the CCM"; "not licensed yet"; the asker's own licence beside a relative's ("that's me, not her", "mine,
not hers"), and a relative spoken for as "mama" or only by what she is thinking about; a degree "until the MSW is
finished"; a rule's "48-month limit"; "4 hours of supervision a month"; home health "not hospital owned"; "since my
registration came through in August 2025"; another job's part time, "not case management"; "retirement counseling";
"none" said first, whoever else holds one, and "no, just my RN"; "LPC-eligible"; "not licensed as an LPC"; one held
"before that obv" or "for the first year while"; questions on pay, an exam's format, a fee compared, a retake's fees,
"when can I take it", and "what do you need for the ACM-SW".

Five cases pass on the code before (67c34a5) too and are controls: a practicum asked about after it is told ("yes,
... would that count"), an LCSW held beside a wish, the MSW said finished, an LSW held "since my license came
through", and the LSW compared with the LMSW (more controls sit inside tests that fail before: a length in part time
that is case management, a degree in counselling named plainly, hospitals "again, I miss it", a job's work told with
its years, the CCM asked of for a role's pay). The last four questions (an issuer "like a national thing", "when can
you take" an exam, "the same kind of thing as", "only a hospital thing") pass before too: they guard against this
round's first versions of the new cues, which the read sets showed answering them wrongly."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    "text, had",
    [
        ("I did my student teaching in a kindergarten class, would that count as a placement?", False),
        ("I worked in a research lab instead of a practicum", False),
        ("yes, my internship was at a county clinic, would that count as a practicum?", True),  # control
    ],
)
def test_a_placement_asked_about_or_done_instead_of_is_not_had(extract, text, had):
    assert extract(text, requested="field_experience")["field_experience"] is had


def test_a_lab_instead_of_an_internship_told_in_a_story_is_no_placement(extract):
    said = "BS in biology, 2023. I did a research lab instead of an internship since I was going to med school."
    assert "field_experience" not in extract(said, today=TODAY)


@pytest.mark.parametrize(
    "text, held",
    [
        ("nope. Ohio wouldn't give me the LSW because my degree is in sociology", []),
        ("none yet. will do the crc after my masters, lpc maybe later", []),
        ("LPC in Oregon. I wrote LCSW before by mistake, I don't have that one.", ["LPC"]),
        ("none. my roommate has the LSW but not me", []),
        ("RN, that's all. My manager is the one with the ACM.", ["RN"]),
        ("Not licensed yet, I'm an associate waiting on my hours", []),
        ("I hope to keep working, I have my LCSW since 2019", ["LCSW"]),  # control
    ],
)  # fmt: skip
def test_licences_refused_to_come_by_mistake_or_someone_elses(extract, text, held):
    assert extract(text, requested="licenses", today=TODAY)["licenses"] == held


@pytest.mark.parametrize(
    "text, held",
    [
        ("None. My cousin's the LPC in the family, not me.", []),
        ("no, nothing. my preceptor had the CCM and kept pushing it", []),
        ("No, just my RN", ["RN"]),  # control: a "no" that goes on to claim one
        ("CRC since 2020. I'm probably LPC-eligible in Texas but never applied", ["CRC"]),
        ("The CDMS. I'm not licensed as an LPC here.", ["CDMS"]),
        ("lisw ohio since 2019 (lsw before that obv)", ["LCSW"]),
        ("LCSW-C in Maryland. I had my LGSW for the first year while I got my hours.", ["LCSW"]),
    ],
)
def test_none_said_first_eligible_for_and_held_before(extract, text, held):
    assert extract(text, requested="licenses", today=TODAY)["licenses"] == held


def test_a_licence_wished_for_eventually_is_not_held(extract):
    said = "older adults with dementia, and someday my own practice as an LCSW"
    assert "licenses" not in extract(said, requested="interests")


def test_the_askers_own_licence_beside_a_relatives(extract):
    from language.spokesperson import in_first_person, speaks_for_someone

    opening = "im here for my mama she been an r n twenty years at a little home care agency"
    assert speaks_for_someone([opening])
    said = in_first_person("she got her ADN in 1998. i got my CNA at the community college but thats me not her").text
    assert "licenses" not in extract(said, requested="education_level", today=TODAY)
    said = in_first_person("she has her LPC. the CRC is mine not hers.").text
    assert extract(said, requested="licenses")["licenses"] == ["LPC"]
    thinking = (
        "My husband's a rehab counselor for the state, MS in rehab counseling. He's thinking about insurance work."
    )
    assert speaks_for_someone([thinking])


@pytest.mark.parametrize(
    "text, finished",
    [
        ("I can't sit for the clinical exam until the MSW is finished", False),
        ("MSW, finished in 2020", True),  # control
    ],
)
def test_a_degree_until_it_is_finished_is_not_held(extract, text, finished):
    assert ("education_level" in extract(text, requested="licenses", today=TODAY)) is finished


@pytest.mark.parametrize(
    "requested, text, months",
    [
        ("case_management_months", "Do the hours expire? A coworker says there's a 6-year time limit", None),
        ("clinical_supervision_months", "since March 2025, with about 4 hours of supervision a month", 21),
        ("healthcare_months", "ICU 2012-2018 at a hospital, then hospice 2018-2024 (not hospital based)", 72),
        ("clinical_supervision_months", "since my LMSW came through in June 2025", 18),
    ],
)  # fmt: skip
def test_limits_rates_other_employers_and_a_start_that_came_through(extract, requested, text, months):
    assert extract(text, requested=requested, today=TODAY).get(requested) == months


def test_a_licence_that_came_through_is_still_held(extract):  # control
    assert extract("LSW since my license came through in may 2024", requested="licenses")["licenses"] == ["LSW"]


def test_another_jobs_part_time_said_not_case_management_is_not_the_works(extract):
    said = "since march 2023, so 3 yrs and change. before that i did intake at a clinic part time, not case management"
    assert "case_management_full_time" not in extract(said, requested="case_management_months", today=TODAY)
    control = extract("2 years part time, it was case management", requested="case_management_months", today=TODAY)
    assert control["case_management_full_time"] is False


@pytest.mark.parametrize(
    "intent, text, aspect, subjects",
    [
        ("ask_salary", "how is the pay for rehab case managers? is it a good path money-wise", "salary", None),
        ("ask_what_is", "the CDMS, I keep seeing a simulation part mentioned?? what's the format", "exam", ("CDMS",)),
        ("ask_exam", "cdms exam format? how long is it", "exam", ("CDMS",)),
        ("ask_cost", "Is the CCM application fee about the same as the ACM's? My employer pays after I pass.", "cost",
         ("CCM",)),
        ("ask_difference", "is the LSW about the same as the LMSW?", "difference", ("LSW", "LMSW")),  # control
        ("what_if", "RN, 4 years in home health. If I go for the CCM and the ACM next year, what am I looking at in "
         "fees, and what if I have to retake one?", "cost", None),
        ("ask_eligibility", "RN, started on the case management team in September, when can i sit for the c c m",
         "duration", None),
        ("ask_education", "what do I need for the ACM, does an ADN count or do I need the BSN", "requirements",
         ("ACM",)),
        ("ask_education", "what do you need for the LMSW, does a psych degree count", "requirements", ("LMSW",)),
        ("ask_what_is", "My neighbor is a CRC. I looked it up and found retirement counseling?? What is it really?",
         "what_is", ("CRC",)),
        ("ask_what_is", "can anyone explain what case management actually is? is it nursing or social work?",
         "what_is", ("case_management",)),
    ],
)  # fmt: skip
def test_pay_formats_fees_compared_times_and_needs(topic_asked, intent, text, aspect, subjects):
    got = topic_asked(intent, text)
    assert got[0] == aspect
    if subjects is not None:
        assert got[1] == subjects


def test_a_counsellor_named_plainly_is_counselling(nlp, catalog):  # control
    from language.profile_extraction import mentions_from_entities

    for text, found in (("I did credit counseling at a bank", False), ("my degree is in counseling", True)):
        entities = [
            {"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char} for e in nlp(text).ents
        ]
        mentions = mentions_from_entities(entities, catalog.vocabulary, text)
        assert any(m.kind == "degree_field" for m in mentions) is found


def test_a_place_left_behind_is_no_interest(extract):
    said = "adults with SMI, ACT teams. NOT hospitals again if I can help it"
    assert "hospitals" not in extract(said, requested="interests")["interests"]
    assert "hospitals" in extract("hospitals again, I miss it", requested="interests")["interests"]  # control


def test_work_told_in_an_answer_that_denies_case_management_names_no_field(extract):
    said = "None, not really. I set up supports for kids on my caseload with IEPs, but I was their teacher."
    assert "work_interests" not in extract(said, requested="case_management_months", today=TODAY)
    told = extract("two years with adults with disabilities", requested="case_management_months", today=TODAY)
    assert told["work_interests"] == ["disabilities"]  # control


@pytest.mark.parametrize(
    "intent, text, aspect",
    [
        ("ask_issuer", "who do you get your el em ess double u from is it like a state thing or what", "issuer"),
        ("ask_exam", "when can you take the crc exam, is it any time or only certain months", "exam"),
        ("compare", "Is the CCM the same kind of thing as the ACM, or are they different credentials?", "difference"),
        ("ask_employers", "do school districts hire case managers or is that only a hospital thing", "setting"),
    ],
)
def test_a_thing_said_in_passing_and_when_anyone_can_take_it(topic_asked, intent, text, aspect):
    assert topic_asked(intent, text)[0] == aspect


@pytest.mark.parametrize(
    "text, subjects",
    [
        ("what do vocational rehab case managers make, especially with the CRC", ("vocational_rehabilitation",)),
        ("does the CCM raise pay for nurse case managers", ("CCM",)),  # control: the credential asked of
        ("how much do rehab case managers make with the crc", ("CRC",)),  # control: what the CRC adds
    ],
)
def test_pay_of_a_role_whose_credential_is_named_as_what_it_holds(topic_asked, text, subjects):
    assert topic_asked("ask_salary", text) == ("salary", subjects)
