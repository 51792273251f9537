"""Action server responses are checked as Rasa checks them, with the validator built once."""

from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

import channels  # noqa: F401 - installs the check
from channels.action_results import validate_action_result

GOOD = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "licenses", "value": ["RN"]}], "responses": [{"text": "hi"}]},
    {"events": [{"event": "active_loop", "name": None}], "responses": [{"custom": {"forget_me": True}}]},
]
BAD = [{"events": "not a list"}, {"events": [{"event": "slot"}]}, {"responses": ["text"]}, []]


def test_rasa_uses_this_check():
    assert RemoteAction._validate_action_result is validate_action_result


@pytest.mark.parametrize("result", GOOD)
def test_what_rasa_accepts_is_accepted(result):
    jsonschema.validate(result, RemoteAction.action_response_format_spec())
    assert validate_action_result(None, result)


@pytest.mark.parametrize("result", BAD)
def test_what_rasa_refuses_is_refused_with_its_message(result):
    with pytest.raises(jsonschema.ValidationError) as rasa_error:
        jsonschema.validate(result, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError) as ours:
        validate_action_result(None, result)
    assert ours.value.message.startswith(rasa_error.value.message)
    assert "Failed to validate Action server response" in ours.value.message
