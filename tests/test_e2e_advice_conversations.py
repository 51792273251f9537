"""Four people whose advice is most often wrong, in whole conversations over REST with the real servers: a licensed
clinical social worker, a licensed counselor, a psychology graduate who wants hospital work, and an LPN. Each
answers what the assistant asks in their own words. What the plan must say comes from the certifying bodies'
rules (CCMC's eligibility at a glance and application checklist; ACMA's FAQ; the LPN's place in CCMC's licence
route), not from the engine: see docs/advice-rules.md for the sources."""

from __future__ import annotations

import json
import urllib.request

import pytest

from evaluation.quality.conversations import SimulatedPerson, converse, post_json
from tests.live import start_servers

TOKEN = "test-token"
EVERYTHING = {
    "education_level": "I finished that one, no other degree",
    "supervisor_months": "no, I've never supervised anyone",
    "healthcare_months": "none",
    "interests": "helping people get the services they need",
    "case_management_full_time": "yes, full time",
    "field_experience": "yes, my program had a supervised practicum",
}


def person(id: str, opening: str, **answers) -> SimulatedPerson:
    return SimulatedPerson(id, opening, {**EVERYTHING, **answers}, None, {}, "")


LCSW = person(
    "lcsw-ohio-therapist",
    "I'm an LCSW in Ohio, I have my MSW and I've been a therapist at a community mental health agency for six "
    "years. I want to move into case management.",
    case_management_months="none, I've only done therapy",
    licenses="LCSW",
    degree_field="social work",
    education_level="a master's, my MSW",
    state="Ohio",
    clinical_supervision_months="over two years",
    supervised_by_ccm="no",
    case_management_setting="community agency",
)
LPC = person(
    "lpc-texas-case-manager",
    "I have a master's in clinical mental health counseling and I'm a licensed professional counselor in Texas. "
    "I've worked two years full time as a case manager at a community mental health center.",
    case_management_months="two years",
    licenses="LPC",
    degree_field="counseling",
    education_level="master's",
    state="Texas",
    supervised_by_ccm="no",
    case_management_setting="community agency",
)
PSYCHOLOGY = person(
    "psychology-hospital",
    "I have a bachelor's in psychology and my degree had a supervised practicum on a hospital behavioral health "
    "unit. I've been a case manager at a hospital for 14 months, full time, and I want to stay in hospital case "
    "management.",
    case_management_months="14 months",
    licenses="none",
    degree_field="psychology",
    education_level="bachelor's",
    supervised_by_ccm="no, my supervisor isn't certified",
    case_management_setting="a hospital",
    interests="hospitals",
)
LPN = person(
    "lpn-home-health",
    "I'm an LPN, I only have my practical nursing diploma, no college degree. I've done case management at a "
    "home health agency for 3 years full time.",
    case_management_months="3 years",
    licenses="just my LPN",
    degree_field="nursing",
    education_level="high school and my LPN program, no college degree",
    supervised_by_ccm="no",
    case_management_setting="other",
    interests="home health, patients",
)


@pytest.fixture(scope="module")
def servers(tmp_path_factory, new_database_url):
    running = start_servers(tmp_path_factory, new_database_url("advice"), auth_token=TOKEN)
    yield running
    running.stop()


def plan_of(servers, who: SimulatedPerson):
    conversation = converse(servers.settings.rasa_url, who, token=TOKEN)
    transcript = "\n".join(conversation.transcript)
    assert conversation.reached_plan, f"no plan\n{transcript}"
    assert conversation.longest_run < 3, transcript
    plan = {item["credential"]: item for item in conversation.slots["credential_plan"]}
    webhook = f"{servers.settings.rasa_url}/webhooks/rest/webhook"
    replies = post_json(webhook, {"sender": conversation.sender, "message": "/show_plan"})
    return conversation, plan, "\n".join(r.get("text", "") for r in replies), transcript


def test_a_licensed_clinical_social_worker_is_not_sent_back_to_school(servers):
    conversation, plan, shown, transcript = plan_of(servers, LCSW)
    assert "LCSW" in conversation.slots["licenses"], transcript
    # CCMC: the LCSW meets the licence route; only the employment route is missing (12 months under a CCM or 24).
    assert plan["CCM"]["status"] == "needs_experience", plan["CCM"]
    assert 12 <= plan["CCM"]["months_to_eligible"] <= 24, plan["CCM"]
    for degree in ("Bachelor", "Master of Social Work", "MSW program", "BSW"):
        assert f"Earn a {degree}" not in shown and f"Earn the {degree}" not in shown, shown


def test_a_licensed_counselor_with_two_years_of_case_management_can_apply_for_the_ccm_now(servers):
    conversation, plan, shown, transcript = plan_of(servers, LPC)
    # CCMC names the LPC as a licence that allows independent assessment; 24 months full time under any supervisor.
    assert plan["CCM"]["status"] == "eligible_now", (plan["CCM"], transcript)
    assert "Earn a" not in shown, shown


def test_a_psychology_graduate_in_a_hospital_is_not_told_to_become_a_nurse(servers):
    conversation, plan, shown, transcript = plan_of(servers, PSYCHOLOGY)
    # CCM degree route (a human-services field with a supervised practicum) + 24 months: 10 months to go.
    assert plan["CCM"]["status"] == "needs_experience", (plan["CCM"], transcript)
    assert plan["CCM"]["months_to_eligible"] == pytest.approx(10), plan["CCM"]
    # The ACM is for RNs and social workers only (ACMA): never "eligible" for a psychology graduate.
    assert plan.get("ACM", {}).get("status") != "eligible_now"
    for step in ("Get your RN", "Earn a Bachelor of Science in Nursing", "Earn an Associate Degree in Nursing"):
        assert step not in shown, shown


def test_an_lpn_hears_that_the_lpn_does_not_open_the_ccm_and_what_does(servers):
    conversation, plan, shown, transcript = plan_of(servers, LPN)
    # An LPN/LVN licence does not allow independent assessment, and there is no bachelor's: the CCM needs a new
    # credential first; the quickest is the RN through an LPN-to-RN bridge (about 12 to 24 months).
    assert plan["CCM"]["status"] in ("needs_degree", "needs_license"), (plan["CCM"], transcript)
    assert plan["CCM"]["status"] != "eligible_now"
    months = plan["CCM"]["months_to_eligible"]
    assert months is None or 12 <= months <= 24, plan["CCM"]
    assert "LPN" in shown or "RN" in shown, shown


def test_the_plans_are_in_the_tracker_the_integrations_read(servers):
    conversation = converse(servers.settings.rasa_url, LPC, token=TOKEN)
    url = f"{servers.settings.rasa_url}/conversations/{conversation.sender}/tracker?token={TOKEN}"
    with urllib.request.urlopen(url, timeout=60) as response:
        slots = json.loads(response.read())["slots"]
    assert slots["recommended_specialization"] and slots["credential_plan"]
