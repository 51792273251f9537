"""The base of our actions: each says its name in one line, `action_name`, which the domain lists."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.failures import said_on_failure


class NamedAction(Action, ABC):
    action_name: ClassVar[Text]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "run" in cls.__dict__:
            cls.run = said_on_failure(cls.__dict__["run"])

    def name(self) -> Text:
        return self.action_name

    @abstractmethod  # abstract, so that rasa_sdk registers only the actions built on this
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]: ...
