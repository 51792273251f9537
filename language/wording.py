"""How the assistant says a status, a length of time or a profile field: written once, used by every channel.

The widget, Slack, the kiosk and the command line all read these, so they agree, and no raw value (a code, a list,
a slot name, True/False, 12.0) ever reaches a person. The questions themselves are domain.yml's utter_ask_*.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, NamedTuple, Optional

from knowledge.schema import US_STATES

STATUS_WORDS = {
    "held": "you already hold it",
    "eligible_now": "you are eligible now",
    "needs_experience": "you need more experience",
    "needs_degree": "you need a degree first",
    "needs_license": "you need a licence first",
    "needs_information": "I need a little more information to say",
    "check_with_issuer": "you seem to qualify, but the issuer decides part of the rule: check with them",
    "not_offered_in_state": "your state does not offer it",
}

# A question that named no subject is answered about the one the conversation is on, and says so first.
CONTEXT_SUBJECT = {
    "last": "About the {name}, which we were just talking about:",
    "plan": "About the {name}, the next credential in your plan:",
    "fits": "From what you've told me, the {name} fits you first:",
}

EDUCATION_WORDS = {
    "high_school": "a high-school diploma",
    "associate": "an associate degree",
    "bachelor": "a bachelor's degree",
    "master": "a master's degree",
    "doctorate": "a doctorate",
}
FIELD_WORDS = {
    "social_work": "social work",
    "nursing": "nursing",
    "psychology": "psychology",
    "human_services": "human services",
    "rehabilitation_counseling": "rehabilitation counseling",
    "counseling": "counseling",
    "other": "another subject",
}
SETTING_WORDS = {
    "health_system": "a hospital or health system",
    "payer": "an insurer or health plan",
    "community_agency": "a community agency",
    "school": "a school",
    "other": "another kind of workplace",
}
# What each stretch of time measures: (said when there is some, said when there is none).
MONTHS_WORDS = {
    "case_management_months": ("of case management", "no case-management work yet"),
    "healthcare_months": ("in health care", "no time in health care yet"),
    "supervisor_months": ("supervising case managers", "no time supervising case managers"),
    "clinical_supervision_months": ("of supervised clinical practice", "no supervised clinical practice yet"),
    "underway_months": ("until your degree is conferred", "under a month until your degree is conferred"),
}


class CodedField(NamedTuple):
    """A field holding a code: the words for its codes (a code not in them is said with spaces for its
    underscores), and how a summary and a what-if say them."""

    words: Mapping[str, str]
    summary: str
    what_if: str


CODED_FIELDS = {
    "education_level": CodedField(EDUCATION_WORDS, "{}", "you had {}"),
    "degree_field": CodedField(FIELD_WORDS, "degree in {}", "your degree was in {}"),
    "case_management_setting": CodedField(SETTING_WORDS, "case management at {}", "your case management was at {}"),
    "underway_level": CodedField(EDUCATION_WORDS, "earning {} now", "you were earning {}"),
    "underway_field": CodedField(
        FIELD_WORDS, "the degree you're earning is in {}", "the degree you're earning was in {}"
    ),
}
# A yes/no field: (said for yes, said for no).
YES_NO_WORDS = {
    "supervised_by_ccm": ("supervised by a CCM", "not supervised by a CCM"),
    "field_experience": ("a supervised practicum", "no supervised practicum"),
    "case_management_full_time": ("full time", "part time"),
}

# Why a question matters, in people's words: for "what would change your plan" and the help after two misses.
FIELD_TOPICS = {
    "education_level": "your highest level of education",
    "degree_field": "what your degree is in",
    "licenses": "which licences or certifications you hold",
    "state": "which state you work in",
    "case_management_months": "how long you've worked in case management",
    "case_management_setting": "where you did your case-management work",
    "case_management_full_time": "whether that work was full time",
    "healthcare_months": "how long you've worked for a hospital or health system",
    "supervised_by_ccm": "whether a Certified Case Manager supervised you",
    "supervisor_months": "whether you've supervised case managers",
    "field_experience": "whether your degree included a field placement",
    "clinical_supervision_months": "how long you've practised clinical social work under supervision",
    "interests": "who you'd like to help",
    "underway_level": "the degree you are earning now",
    "underway_field": "what the degree you are earning is in",
    "underway_months": "when you finish the degree you are earning",
}

QUESTION_HELP = {
    "education_level": "Pick the highest you've finished. If you're earning a degree now, say which and when you "
    "finish: a board counts it once it is conferred.",
    "degree_field": "The subject of that degree: social work, nursing, psychology, human services, counseling, "
    "or something else.",
    "licenses": "A licence from a state board (RN, LPN, LSW, LMSW, LCSW, LPC) or a certification such as the CRC. "
    'Say "none" if you have none.',
    "state": 'The US state where you work or plan to work, such as "Ohio" or "TX". Licences are granted by each '
    "state's board.",
    "interests": "Anything helps: a setting (hospital, community agency), a group of people (children, people with "
    "disabilities), or a kind of work.",
    "case_management_months": "Count paid, full-time work coordinating services for clients, as a case manager or in "
    'a role like it. Say "none" if you have none.',
    "case_management_setting": "The kind of employer: a hospital or health system, an insurer or health plan, a "
    "community agency, a school, or somewhere else.",
    "case_management_full_time": "The certifying bodies state their rules in full-time months; how part-time months "
    "count is not published, so they decide.",
    "healthcare_months": 'Time employed by a hospital or health system in any role. Say "none" if you have none.',
    "supervised_by_ccm": "Answer yes if the person who supervised your case-management work held the CCM credential.",
    "supervisor_months": 'Time spent supervising staff who do case management. Say "none" if you have none.',
    "field_experience": "Most social work, nursing and counseling degrees include a supervised practicum, field "
    "placement or clinicals. The CCM counts one in case management, health or behavioral health; student teaching "
    "does not.",
    "clinical_supervision_months": "Time since your MSW practising clinical social work under a qualified supervisor.",
}

NOT_CAUGHT = "Sorry, I didn't catch that."
SUPERVISING_OTHERS = (
    "For the CCM, supervising counts only when the people you supervised provide case management (CCMC's rule), so I "
    "haven't counted that time."
)
STILL_NOT_CAUGHT = "Sorry, I still didn't catch that. Let me make it easier."
BACK_TO_THE_QUESTION = "Back to my question, let me make it easier."
PICK_OR_SKIP = 'Pick one below, type your answer, or say "skip".'
SKIPPED_AFTER_MISSES = "No problem, let's leave that one for now; you can tell me later if you like."
SKIP_BUTTON = {"title": "Skip this question", "payload": "/dont_know"}
# Before asking again a fact told in passing (in a story, or answering another question), with what it decides
CHECKING_TOLD = "Just to be sure, since it decides {why}: from what you said, I understood {told}."
# what each fact checked decides (the others: what one can apply for)
CHECK_DECIDES = {"interests": "which path fits you"}
ELIGIBILITY_DECIDED = "what you can apply for"


def months(value: Any) -> str:
    """12.0 -> "1 year", 30 -> "2 years and 6 months", 11.5 -> "about 11 and a half months"."""
    amount = float(value)
    if amount != int(amount):
        whole = int(amount)
        return f"about {whole} and a half months" if amount - whole == 0.5 else f"about {round(amount)} months"
    total = int(amount)
    if total < 12 or (total < 24 and total % 12):
        return f"{total} month" + ("" if total == 1 else "s")
    years, rest = divmod(total, 12)
    said = f"{years} year" + ("" if years == 1 else "s")
    return said + (f" and {rest} month" + ("" if rest == 1 else "s") if rest else "")


def listed(items: Iterable[str], last: str = "and") -> str:
    items = [str(item) for item in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def interest_words(value: str, names: Optional[Mapping[str, str]] = None) -> str:
    """An interest tag's name ("mental_illness" -> "mental illness"), or free text as said."""
    return (names or {}).get(value) or str(value).replace("_", " ")


def state_words(code: Any) -> str:
    return US_STATES.get(str(code).upper(), str(code))


def describe(name: str, value: Any, interest_names: Optional[Mapping[str, str]] = None) -> str:
    """A profile field as said back to a person: "Got it: <this>"."""
    if name in MONTHS_WORDS:
        some, none = MONTHS_WORDS[name]
        return f"{months(value)} {some}" if value else none
    if name in YES_NO_WORDS:
        return YES_NO_WORDS[name][0 if value else 1]
    if name == "licenses":
        return "licences: " + (listed(value) if value else "none")
    if name == "interests":
        if not value:
            return "no particular people or place in mind yet, which is fine"
        return "interested in " + listed(interest_words(v, interest_names) for v in value)
    if name == "work_interests":
        return "your work is in " + listed(interest_words(v, interest_names) for v in value)
    if name in CODED_FIELDS:
        return CODED_FIELDS[name].summary.format(coded_words(name, value))
    if name == "state":
        return "in " + state_words(value)
    return f"{FIELD_TOPICS.get(name, 'that')}: {value}"


# A what-if says most fields as a summary does, after these words: "If you had 2 years of case management".
SUPPOSING_WORDS = {
    **{name: "you had" for name in MONTHS_WORDS},
    **{name: "you were" for name in YES_NO_WORDS},
    "interests": "you were",
    "state": "you worked",
}


def supposing(name: str, value: Any, interest_names: Optional[Mapping[str, str]] = None) -> str:
    """A what-if change: "If <this>"."""
    if name == "licenses":
        return "you held " + (listed(value) if value else "no licence")
    if name == "field_experience":
        return "your degree " + ("included a supervised practicum" if value else "had no supervised practicum")
    if name in CODED_FIELDS:
        return CODED_FIELDS[name].what_if.format(coded_words(name, value))
    if name in SUPPOSING_WORDS:
        return f"{SUPPOSING_WORDS[name]} {describe(name, value, interest_names)}"
    return describe(name, value, interest_names)


def coded_words(name: str, value: Any) -> str:
    """The words for a coded field's value ("bachelor" -> "a bachelor's degree")."""
    return CODED_FIELDS[name].words.get(value, str(value).replace("_", " "))


def status(item) -> str:
    """A credential's status in the plan, with the time to go when the engine knows it."""
    if item.status == "needs_experience" and item.months_to_eligible:
        # the engine says a countdown (rounded up, never "0 months"); a plain length of time is said here
        return f"eligible in {getattr(item, 'months_words', None) or 'about ' + months(item.months_to_eligible)}"
    return STATUS_WORDS.get(item.status, "check with the issuer")


# An answer that could not be looked up (the knowledge base or a store is down): said by the turn guard when nothing
# was said, and by an action that failed
CANNOT_ANSWER = "Sorry, I can't look that up right now. Please try again in a moment, or ask to talk to a person."
