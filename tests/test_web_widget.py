"""The college website widget, in a real headless Chromium against the real servers."""

from __future__ import annotations

import json
import time
import urllib.request

import pytest
import socketio

from tests.live import axe_violations, screenshot, start_servers


@pytest.fixture(scope="module")
def servers(tmp_path_factory, database_url):
    running = start_servers(tmp_path_factory, database_url)
    yield running
    running.stop()


@pytest.fixture
def page(browser, servers):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


def bot_texts(page):
    return page.locator(".cma-bot").all_inner_texts()


def wait_for_bot(page, words):
    page.wait_for_function(
        "words => [...document.querySelectorAll('.cma-bot')].some(m => m.innerText.includes(words))", arg=words
    )


def test_a_whole_advising_conversation_survives_reloads_and_pages(page, servers):
    url = f"{servers.settings.rasa_url}/web/demo.html"
    page.goto(url)
    page.get_by_role("button", name="Chat with the career advisor").click()
    wait_for_bot(page, "I help people find their way into case management")
    page.get_by_label("Your message").fill("im an rn with a bsn and three years on a med surg floor")
    page.get_by_label("Your message").press("Enter")
    # the facts that rank the specializations come first: who they would like to help
    wait_for_bot(page, "Who would you most like to help")
    page.get_by_role("button", name="Patients in hospitals").click()
    wait_for_bot(page, "How long have you worked in case management")
    page.get_by_role("button", name="None yet").click()
    wait_for_bot(page, "I'd recommend Healthcare case management")
    page.get_by_role("button", name="Show the whole plan").click()
    card = page.get_by_role("article", name="Your plan")
    card.wait_for()
    assert "Earn the CCM" in card.inner_text() and "Sources:" in card.inner_text()
    screenshot(page, "widget-plan")

    page.reload()
    assert page.get_by_role("article", name="Your plan").count() == 1  # the conversation is still on screen
    page.goto(f"{servers.settings.rasa_url}/web/demo-programs.html")
    before = page.locator(".cma-bot").count()
    page.get_by_label("Your message").fill("can i get the acm")
    page.get_by_label("Your message").press("Enter")
    # the same conversation goes on: the answer knows this person is an RN with no case-management work yet
    page.wait_for_function("n => document.querySelectorAll('.cma-bot').length > n + 1", arg=before)
    wait_for_bot(page, "From what you've told me, you could be eligible in about 12 months")
    session_id = json.loads(page.evaluate("sessionStorage.getItem('cmAdvisor.session')"))
    with urllib.request.urlopen(f"{servers.settings.rasa_url}/conversations/{session_id}/tracker") as response:
        slots = json.loads(response.read())["slots"]
    assert slots["recommended_specialization"] == "healthcare" and slots["licenses"] == ["RN"]


def test_forget_me_clears_the_server_the_screen_and_the_browser(page, servers):
    page.goto(f"{servers.settings.rasa_url}/web/demo.html")
    page.get_by_role("button", name="Chat with the career advisor").click()
    wait_for_bot(page, "I help people find their way into case management")
    page.get_by_label("Your message").fill("i have a bsw and i want to work with homeless families")
    page.get_by_label("Your message").press("Enter")
    page.wait_for_function("document.querySelectorAll('.cma-bot').length > 1")
    old_session = json.loads(page.evaluate("sessionStorage.getItem('cmAdvisor.session')"))
    page.get_by_label("Your message").fill("forget me")
    page.get_by_label("Your message").press("Enter")
    page.get_by_role("button", name="Yes, delete everything").click()
    wait_for_bot(page, "I've deleted our conversation")
    page.wait_for_function("JSON.parse(sessionStorage.getItem('cmAdvisor.session')) !== " + json.dumps(old_session))
    assert "homeless" not in page.locator(".cma-log").inner_text()  # only the confirmation is left on screen
    assert page.evaluate("sessionStorage.getItem('cmAdvisor.transcript')") in (None, "[]")
    with urllib.request.urlopen(f"{servers.settings.rasa_url}/conversations/{old_session}/tracker") as response:
        assert [e for e in json.loads(response.read())["events"] if e["event"] == "user"] == []


def test_accessible_no_serious_or_critical_axe_violations(page, servers):
    page.goto(f"{servers.settings.rasa_url}/web/demo.html")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Chat with the career advisor").click()
    wait_for_bot(page, "I help people find their way")
    page.get_by_label("Your message").fill("what is the ccm")
    page.get_by_label("Your message").press("Enter")
    wait_for_bot(page, "Certified Case Manager")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]
    page.set_viewport_size({"width": 375, "height": 740})
    screenshot(page, "widget-phone")
    assert axe_violations(page) == []


def test_usable_by_keyboard_alone_and_announced(page, servers):
    page.goto(f"{servers.settings.rasa_url}/web/demo.html")
    for _ in range(10):  # tab through the page's links to the launcher
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.className") == "cma-launcher":
            break
    assert page.evaluate("document.activeElement.className") == "cma-launcher"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "cma-input"
    wait_for_bot(page, "I help people find their way")
    page.keyboard.type("hello")
    page.keyboard.press("Enter")
    assert page.locator("[role=log]").get_attribute("aria-live") == "polite"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.className") == "cma-launcher"
    assert page.get_by_role("button", name="Chat with the career advisor").get_attribute("aria-expanded") == "false"


def test_nothing_is_loaded_from_another_host(page, servers):
    hosts = set()
    page.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    page.goto(f"{servers.settings.rasa_url}/web/demo.html")
    page.get_by_role("button", name="Chat with the career advisor").click()
    wait_for_bot(page, "I help people find their way")
    assert hosts == {f"127.0.0.1:{servers.settings.rasa_port}"}


def socket_exchange(url, emit, origin=None, wait=5.0):
    """Connect as a socket.io client, emit (event, data) pairs, collect what comes back."""
    client = socketio.Client(reconnection=False)
    received = []
    client.on("bot_uttered", lambda data: received.append(data))
    client.connect(url, headers={"Origin": origin} if origin else {}, transports=["polling"], wait_timeout=10)
    try:
        for event, data in emit:
            client.emit(event, data)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and not received:
            time.sleep(0.1)
        return received, client.connected
    finally:
        client.eio.disconnect(abort=True)  # a polite disconnect waits out the 30-second long poll


@pytest.mark.parametrize(
    "data",
    [
        "just a string",
        {"message": "hi"},
        {"message": "hi", "session_id": "../../etc"},
        {"message": "x" * 5001, "session_id": "abcdefgh12345678"},
        {"message": 42, "session_id": "abcdefgh12345678"},
    ],
)
def test_malformed_socket_messages_get_a_clear_refusal(servers, data):
    origin = servers.settings.rasa_url
    received, _ = socket_exchange(servers.settings.rasa_url, [("user_uttered", data)], origin=origin)
    assert received == [{"text": "Sorry, I couldn't read that message. Please type it again (up to 5,000 characters)."}]


def test_oversized_frames_are_cut_off_and_the_server_carries_on(servers):
    huge = {"message": "y" * 200_000, "session_id": "abcdefgh12345678"}
    try:
        received, _ = socket_exchange(
            servers.settings.rasa_url, [("user_uttered", huge)], origin=servers.settings.rasa_url, wait=3
        )
    except (socketio.exceptions.SocketIOError, OSError):
        received = []  # the server may drop the connection while we are still sending: that is the point
    assert not received
    with urllib.request.urlopen(f"{servers.settings.rasa_url}/webhooks/socketio/") as response:
        assert json.loads(response.read()) == {"status": "ok"}


def test_a_page_from_another_origin_cannot_open_the_socket(servers):
    with pytest.raises(socketio.exceptions.ConnectionError):
        socket_exchange(servers.settings.rasa_url, [], origin="http://evil.example")
