"""Between Rasa slots and the engine's Profile: the slot names are the profile's field names."""

from __future__ import annotations

import logging
from dataclasses import fields
from typing import Any, Dict, List

from rasa_sdk import Tracker

from actions import turn_cache
from advising.engine import QUESTION_ORDER
from advising.profile import Profile, ProfileError
from knowledge.catalog import Catalog

logger = logging.getLogger(__name__)

# set once a person says they ask for a relative ("I'm asking for my daughter"): later answers are told of them
SPOKEN_FOR = "speaks_for_someone"
PROFILE_SLOTS = tuple(f.name for f in fields(Profile))
# The profile slots the intake asks about; the others are only heard (what one's own work is in).
ASKED_SLOTS = tuple(name for name in PROFILE_SLOTS if name in QUESTION_ORDER)


def profile_values(tracker: Tracker) -> Dict[str, Any]:
    return {name: tracker.get_slot(name) for name in PROFILE_SLOTS if tracker.get_slot(name) is not None}


def profile_from_tracker(tracker: Tracker, catalog: Catalog) -> Profile:
    """The profile in the slots. A value the engine refuses (set through the API, say) is dropped, not trusted."""
    given = profile_values(tracker)
    key = tuple((name, turn_cache.hashable(value)) for name, value in given.items())
    return turn_cache.profile(key, catalog, lambda: _validated_profile(given, catalog))


def profile_with(tracker: Tracker, catalog: Catalog, told: Dict[str, Any]) -> Profile:
    """The profile in the slots with what a message just told ("I'm an LPN, can I get the CCM?") on top."""
    return _validated_profile({**profile_values(tracker), **told}, catalog)


def _validated_profile(given: Dict[str, Any], catalog: Catalog) -> Profile:
    values = {}
    for name, value in given.items():
        try:
            Profile.from_dict({name: value}, catalog)
            values[name] = value
        except ProfileError as error:
            logger.warning("ignoring slot %s: %s", name, error)
    return Profile.from_dict(values, catalog)


# Facts that decide eligibility (licences, the degree, the months counted) or the specialization (interests): told in
# passing (in a story, or answering another question), their own question is still asked once, since a story is read
# less surely than an answer to it (each with the fields its question's answer says anew: the degree's answer says its
# field too)
CHECK_ANSWERS = {
    "licenses": ("licenses",),
    "education_level": ("education_level", "degree_field"),
    "case_management_months": ("case_management_months",),
    "healthcare_months": ("healthcare_months",),
    # who they would like to help decides the specialization: read from a story that wishes for nothing outright
    # ("helping families with rent and hospital visits" is the work they do), its own question is asked too, and
    # its answer adds to the story's
    "interests": (),
}
CHECKED_WHEN_TOLD = tuple(CHECK_ANSWERS)


def skipped(tracker: Tracker) -> List[str]:
    return list(tracker.get_slot("skipped_slots") or [])


def told_in_passing(tracker: Tracker) -> List[str]:
    return list(tracker.get_slot("told_in_passing") or [])


def checked(tracker: Tracker) -> List[str]:
    return list(tracker.get_slot("checked_slots") or [])


def check_due(tracker: Tracker) -> List[str]:
    """The facts told in passing whose own question has not been asked yet."""
    done = set(checked(tracker)) | set(skipped(tracker))
    return [
        name
        for name in CHECKED_WHEN_TOLD
        if name in told_in_passing(tracker) and name not in done and tracker.get_slot(name) is not None
    ]


def slots_set_since_user_message(tracker: Tracker) -> List[tuple]:
    """(slot, value) for each profile slot the latest message set, in profile order."""
    found: Dict[str, Any] = {}
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "slot" and event.get("name") in PROFILE_SLOTS:
            found.setdefault(event["name"], event.get("value"))
    return [(name, found[name]) for name in PROFILE_SLOTS if name in found]
