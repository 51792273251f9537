"""An action that fails says so in words. rasa_sdk answers an action's exception with the whole request, the
conversation included, as the error's body, and Rasa logs that body: so no exception may leave an action."""

from __future__ import annotations

import functools
import logging

from rasa_sdk.interfaces import ActionExecutionRejection

from language import wording

logger = logging.getLogger(__name__)


def said_on_failure(run):
    """`run`, answering "I can't look that up right now" instead of raising (a form's rejection still raises)."""
    if getattr(run, "said_on_failure", False):
        return run

    @functools.wraps(run)
    async def guarded(self, dispatcher, tracker, domain, *args, **kwargs):
        try:
            return await run(self, dispatcher, tracker, domain, *args, **kwargs)
        except ActionExecutionRejection:
            raise
        except Exception as error:  # noqa: BLE001 - the person gets an answer whatever failed
            # only the type: the text of a database error can quote what the person wrote
            logger.error("action %s failed: %s", self.name(), type(error).__name__)
            dispatcher.utter_message(text=wording.CANNOT_ANSWER)
            return []

    guarded.said_on_failure = True
    return guarded
