"""An action that fails answers in words and raises nothing: rasa_sdk would answer an exception with the whole
conversation as the error's body, which Rasa then logs (found by the stack's log check with PostgreSQL down)."""

from __future__ import annotations

import pytest
from rasa_sdk.interfaces import ActionExecutionRejection

from actions.intake import ValidateIntakeForm
from actions.named import NamedAction
from language import wording
from tests.actions_harness import run
from tests.actions_harness import tracker as action_tracker

pytestmark = pytest.mark.unit


class FailingLookup(NamedAction):
    action_name = "action_failing_lookup"

    async def run(self, dispatcher, tracker, domain):
        raise RuntimeError("connection to server failed; parameters: ('my name is Zanzibar',)")


class RejectingForm(NamedAction):
    action_name = "action_rejecting"

    async def run(self, dispatcher, tracker, domain):
        raise ActionExecutionRejection(self.action_name)


def test_a_failing_action_says_it_cannot_look_that_up_and_raises_nothing(caplog):
    events, messages = run(FailingLookup(), action_tracker({}, "inform", "my name is Zanzibar", (), None, None))
    assert events == [] and [m["text"] for m in messages] == [wording.CANNOT_ANSWER]
    assert "Zanzibar" not in caplog.text and "RuntimeError" in caplog.text


def test_a_forms_rejection_still_reaches_rasa():
    with pytest.raises(ActionExecutionRejection):
        run(RejectingForm(), action_tracker({}, "inform", "", (), None, None))


def test_the_forms_validation_is_guarded_too():
    assert getattr(ValidateIntakeForm.run, "said_on_failure", False)
