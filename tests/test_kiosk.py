"""The career-fair kiosk in headless Chromium: speech in through a scripted stand-in for SpeechRecognition,
speech out through the spoken queue, the take-home QR link, and privacy between visitors."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import datetime, timedelta

import pytest

from stores.plan_links import PlanLinks
from tests.live import axe_violations, screenshot, start_servers

FAKE_RECOGNITION = """
window.__transcripts = [];
window.SpeechRecognition = class {
  start() {
    const transcript = window.__transcripts.shift();
    setTimeout(() => this.onresult({results: [[{transcript: transcript}]]}), 50);
  }
};
"""


@pytest.fixture(scope="module")
def servers(tmp_path_factory, database_url):
    running = start_servers(tmp_path_factory, database_url, KIOSK_IDLE_SECONDS="10", PLAN_LINK_MINUTES="30")
    yield running
    running.stop()


@pytest.fixture
def kiosk(browser, servers):
    context = browser.new_context(viewport={"width": 1280, "height": 1024})
    context.add_init_script(FAKE_RECOGNITION)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{servers.settings.rasa_url}/web/kiosk.html")
    wait_for(page, "I help people find their way")
    yield page
    context.close()


def wait_for(page, words):
    page.wait_for_function("words => document.getElementById('log').innerText.includes(words)", arg=words)


def say(page, transcript):
    page.evaluate("t => window.__transcripts.push(t)", transcript)
    page.get_by_role("button", name="Tap and speak").click()


def spoken(page):
    return page.evaluate("window.kiosk.spoken()")


def test_a_spoken_conversation_to_a_plan_taken_home(kiosk, servers):
    say(kiosk, "um so i have a b s n and im an r n and i worked like three years on a med surg floor")
    # the facts that rank the specializations come first: who they would like to help
    wait_for(kiosk, "Who would you most like to help")
    assert any(text.startswith("Say 1 for Patients in hospitals, 2 for") for text in spoken(kiosk))
    say(kiosk, "one")
    wait_for(kiosk, "How long have you worked in case management")
    assert "Say 1 for None yet." in spoken(kiosk)
    say(kiosk, "one")  # picks the first choice by its number
    wait_for(kiosk, "I'd suggest Healthcare case management")
    kiosk.locator("#take-home").wait_for(state="visible")
    screenshot(kiosk, "kiosk-plan")
    queue = spoken(kiosk)
    assert any(text.startswith("I'd suggest Healthcare case management. Your next step:") for text in queue)
    assert all("http" not in text and "\n-" not in text and "Sources:" not in text for text in queue)
    assert max(len(text) for text in queue) < 400

    url = kiosk.locator("#take-home").get_attribute("data-url")
    phone = kiosk.context.new_page()
    phone.goto(url)
    assert phone.get_by_role("heading", name="Your case-management plan").is_visible()
    page_text = phone.inner_text("body")
    assert "Healthcare case management" in page_text and "Sources:" in page_text and "Earn the CCM" in page_text
    assert "med surg" not in page_text and "b s n" not in page_text  # the plan, never the conversation
    assert axe_violations(phone) == []
    with urllib.request.urlopen(url + "/qr.svg") as response:
        assert response.headers["Content-Type"] == "image/svg+xml" and b"<svg" in response.read()


def test_answers_are_short_and_sources_are_shown_not_read(kiosk):
    kiosk.get_by_label("Type your message").fill("what is the ccm")
    kiosk.get_by_label("Type your message").press("Enter")
    kiosk.locator("#log .sources").wait_for()
    *_, answer, choices = spoken(kiosk)  # the answer is read, then the other aspects that ride on it as choices
    assert "Certified Case Manager" in answer and answer.count(". ") <= 2
    assert choices.startswith("Say 1 for ") and "I can also tell you" not in " ".join(spoken(kiosk))
    assert "Sources:" in kiosk.locator("#log .sources").inner_text()


def test_new_visitor_clears_everything_and_starts_a_new_conversation(kiosk):
    say(kiosk, "i have a bachelors in social work")
    wait_for(kiosk, "Got it")
    first = kiosk.evaluate("window.kiosk.sessionId()")
    kiosk.get_by_role("button", name="New visitor").click()
    wait_for(kiosk, "I help people find their way")
    assert "social work" not in kiosk.locator("#log").inner_text()
    assert not any("social work" in text for text in spoken(kiosk))
    assert kiosk.evaluate("window.kiosk.sessionId()") != first
    assert kiosk.evaluate("sessionStorage.length + localStorage.length") == 0  # nothing to continue from


def test_idle_timeout_resets_the_kiosk(kiosk):
    say(kiosk, "i have a bachelors in psychology")
    wait_for(kiosk, "Got it")
    first = kiosk.evaluate("window.kiosk.sessionId()")
    kiosk.wait_for_function(
        "first => window.kiosk.sessionId() && window.kiosk.sessionId() !== first", arg=first, timeout=30_000
    )
    wait_for(kiosk, "I help people find their way")
    assert "psychology" not in kiosk.locator("#log").inner_text()


def test_mute_stops_speech_but_keeps_the_text(kiosk):
    mute = kiosk.get_by_role("button", name="Mute")
    mute.click()
    assert mute.get_attribute("aria-pressed") == "true"
    kiosk.get_by_label("Type your message").fill("how much does the ccm cost")
    kiosk.get_by_label("Type your message").press("Enter")
    wait_for(kiosk, "$430")


def test_the_kiosk_page_is_accessible(kiosk):
    assert axe_violations(kiosk) == []


@pytest.mark.parametrize("token", ["not-a-real-token-at-all-xxxxxx", "short", "../../etc/passwd"])
def test_a_guessed_plan_link_is_refused(servers, token):
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{servers.settings.rasa_url}/plan/{token}")
    assert refused.value.code == 404


def test_an_expired_plan_link_is_refused(servers):
    links = PlanLinks(servers.settings.extra_env["PLAN_STORE_URL"])
    token = links.create(
        json.dumps({"specialization_name": "Test", "steps": []}),
        "kiosk-test",
        minutes=1,
        now=datetime.utcnow() - timedelta(minutes=5),
    )
    links.dispose()
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{servers.settings.rasa_url}/plan/{token}")
    assert refused.value.code == 404
    assert b"expired" in refused.value.read()
