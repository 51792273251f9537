"""The kinds the seventeenth and eighteenth writers' sets showed missed (issue #12), each in other words than those
sets': the body that gives a certification among things compared, an employer told of rather than asked about, a
path's total, the usual pay of a job told, a place referred back to, the thing a definition asks about before a guess,
"the X thing", a degree "worth it", the cost of getting certified "with what I have", a question after a comma that
starts with "which", what one needs to sit an exam heard as skills, and everyday names of the ANCC's certification,
the bachelor-level licence said aloud, foster care caseworkers and community action agencies."""

from __future__ import annotations

import pytest

from language.asking import asking_part
from language.message_intent import whole_message_intent
from language.question_topic import cue_aspect, topic_of
from tests.placed import at

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "intent, text, named, slot",
    [
        ("compare", "ACM or CMSA or ACMA, which one is the organization that actually issues it??",
         [("credential", "ACM", "acm")], "issuer:ACM"),
        ("ask_cost", "my clinic wants all of us certified but won't cover it. what does the CRC cost out of pocket",
         [("setting", "clinics", "clinic"), ("credential", "CRC", "crc")], "cost:CRC"),
        ("ask_cost", "BSN from 2012, never worked as a nurse. What would it cost me in total to get my RN and then the "
         "CCM?", [("degree", "BSN", "bsn"), ("license", "RN", "rn "), ("credential", "CCM", "ccm")], "cost:me"),
        ("ask_salary", "I earn 41k as a social work case manager in Tulsa with a BSW. Is that about average for this "
         "job?", [("specialization", "social_work", "social work case manager")], "salary:social_work"),
        ("ask_what_is", "whats an l c s w exactly is it like a therapist with a masters",
         [("license", "LCSW", "l c s w"), ("education_level", "master", "masters")], "what_is:LCSW"),
        ("ask_education", "is a bsw worth it for case management or should i just do psych",
         [("degree", "BSW", "bsw"), ("degree_field", "psychology", "psych")], "degree:BSW"),
        ("ask_cost", "CNA at a nursing home, no degree. roughly what would a case management cert cost me with what "
         "I have?", [], "cost:me"),
    ],
)  # fmt: skip
def test_the_subject_asked_of(intent, text, named, slot):
    mentions = [at(text, kind, code, words.strip()) for kind, code, words in named]
    assert topic_of(intent, text, mentions, degree_for_field={"psychology": "BPSY"}).slot == slot


def test_a_place_referred_back_to_is_the_place_told():
    text = "I have an interview at a community action agency in Toledo. What do case managers at places like that do?"
    mentions = [at(text, "setting", "community", "community action agency")]
    assert topic_of("ask_day_to_day", text, mentions).slot == "day_to_day:community"


@pytest.mark.parametrize(
    "text, aspect",
    [
        ("what is the certified rehab counselor thing people put after their name", "what_is"),
        ("what do you need to sit for the CRC exam", "requirements"),
    ],
)
def test_everyday_words_name_the_aspect(text, aspect):
    assert cue_aspect(text) == aspect


def test_what_one_needs_to_sit_an_exam_is_no_skills_question():
    assert whole_message_intent("ask_skills", "what do you need to sit for the CCM") == "ask_eligibility"
    assert whole_message_intent("ask_skills", "what skills do you need to be a good case manager") is None


def test_a_question_after_a_comma_that_starts_with_which_asks():
    assert asking_part("i have my LPN and work in a clinic, which exam would i take next") == (
        "which exam would i take next"
    )
    assert asking_part("i finished my BSW in May, which made my mom cry") == ""


def test_a_run_on_question_under_a_condition_starts_at_the_condition():
    text = "lpn in ohio four years in home health if i move into case management would i make less"
    assert asking_part(text) == "if i move into case management would i make less"
    assert cue_aspect("acm vs ccm are they basically the same thing") == "difference"


def test_time_before_a_condition_is_not_the_work_the_condition_names(extract):
    found = extract("rn in ohio eight years on a cardiac floor if i go into case management do i lose money")
    assert found.get("healthcare_months") == 96 and found.get("case_management_months") is None


def test_a_story_said_in_one_breath_is_read_for_facts_and_what_is_not_wanted_is_no_interest():
    from actions.intake import ActionExtractProfile
    from tests.actions_harness import run, slot_events, tracker

    text = (
        "so i drove a school bus for nine years and then finished my lpn in ohio last spring and i dont want "
        "nursing homes i want to help people get their care lined up can i do that"
    )
    entities = [
        {"entity": "license", "value": "LPN", "start": text.index("lpn"), "end": text.index("lpn") + 3},
        {"entity": "state", "value": "OH", "start": text.index("ohio"), "end": text.index("ohio") + 4},
    ]
    found = slot_events(run(ActionExtractProfile(), tracker({}, "nlu_fallback", text, entities, None, None))[0])
    assert found.get("licenses") == ["LPN"] and found.get("state") == "OH"
    assert "long_term_care" not in (found.get("interests") or [])


def test_a_story_whose_question_is_not_understood_starts_the_intake_from_what_it_told():
    from actions.conversation import ActionSuggestIntents
    from tests.actions_harness import run, tracker

    told = [{"event": "user", "text": "..."}, {"event": "slot", "name": "licenses", "value": ["RN"]}]
    events, messages = run(ActionSuggestIntents(), tracker({"licenses": ["RN"]}, "nlu_fallback", "...", (), None, told))
    assert [e.get("name") for e in events] == ["intake_form"]
    assert not any("not sure I understood" in (m.get("text") or "") for m in messages)


def test_a_guess_at_who_gives_it_and_a_place_like_this_keep_their_reading():
    text = "who gives the crc certification is it the same people that accredit the schools"
    assert topic_of("ask_issuer", text, [at(text, "credential", "CRC", "crc")]).slot == "issuer:CRC"
    text = "we live in rural montana, nearest hospital is 2 hours. where do case managers work in a place like this?"
    assert topic_of("ask_employers", text, [at(text, "setting", "hospitals", "hospital")]).slot == (
        "setting:case_management"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # what others said is no degree held; "in LA" names no state (Los Angeles as often as Louisiana)
        ("Unit clerk for six years. The recruiter said BSN, my manager said BSW.", {"education_level": None}),
        ("I'm a peer specialist in LA, two years at a clinic", {"state": None}),
        # a certification applied for is not held
        ("LMSW in Ohio, and I'm halfway through my CCM application", {"licenses": ["LMSW"]}),
        # what someone else has is no wish of the asker's; looking at jobs is no wish to place people in jobs
        (
            "my dad has a case manager from the county and she got him into a nursing home, i want to do what she does",
            {"interests": None, "case_management_setting": None},
        ),
        ("been looking at CM jobs with insurance companies, mostly remote", {"interests": ["insurance"]}),
        # Michigan's limited licence is a step before the licence
        ("BSW grad in michigan, they gave me the llbsw, the limited license", {"licenses": None}),
        # where they keep looking is a wish
        (
            "Case aide at a shelter, 2 years. I keep looking at insurance company postings.",
            {"interests": ["insurance"]},
        ),
    ],
)
def test_facts_in_these_writers_kinds(extract, text, expected):
    found = extract(text)
    assert {k: found.get(k) for k in expected} == expected


def test_a_question_word_question_said_on_after_a_long_story_asks_of_the_asker():
    text = (
        "ive worked as a unit clerk for nine years and i talk to the case managers all day and i could do what they "
        "do what would i need"
    )
    assert asking_part(text) == "what would i need"


@pytest.mark.parametrize(
    "text, requested, expected",
    [
        ("clinical pastoral education, one summer", "field_experience", {"field_experience": True}),
        ("palliative care families", "interests", {"interests": ["families", "home_health"]}),
    ],
)
def test_answers_in_these_writers_words(extract, text, requested, expected):
    found = extract(text, requested=requested)
    assert {k: found.get(k) for k in expected} == expected
