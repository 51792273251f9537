"""Questions answered from the knowledge base: the intent is the kind of question, an entity its topic."""

from __future__ import annotations

import re
from typing import Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import render
from actions.advice import ActionCompare, compare_credentials, compare_specializations
from actions.knowledge_access import current_catalog, database
from actions.named import NamedAction
from actions.profile_slots import SPOKEN_FOR, profile_from_tracker, profile_with
from actions.render import ASPECT_WORDS
from actions.surface import KIOSK, send_sources, speakable, surface
from advising.eligibility import assess
from advising.engine import advise
from advising.profile import Profile
from advising.state_licensure import license_title_level
from knowledge.answers import QUESTION_KINDS, answer
from knowledge.aspect_answers import ASPECTS, answer_aspect, find_subject
from knowledge.state_answers import STATE_ASPECTS, state_aspect_answer
from language import aspect_model, wording
from language.asking import asked_first, asking_part
from language.described_roles import specializations_described
from language.interruptions import ANSWERS
from language.issuer_mentions import credentials_named_by_issuer
from language.profile_extraction import Mention, extract_profile, mentions_from_entities
from language.question_topic import (
    ABOUT_THE_WORK,
    GENERAL,
    INTENT_ASPECT,
    ME,
    SUBJECT_KINDS,
    Topic,
    cue_hits,
    first_question_cue,
    leads_to,
    places_compared,
    slot_subject,
    topic_of,
)
from language.spokesperson import entities_in_first_person, speaks_for_someone

TOPIC_KINDS = ("credential", "specialization", "license", "degree")  # "can an LPN get the CCM?" is about the CCM
# Social work licensure is decided state by state: these questions, naming a state, get that state's rules (the
# aspect asked, where the state's rows answer it: STATE_ASPECTS).
STATE_KINDS = ("licensure", "eligibility", "exam", "experience")
SOCIAL_WORK_LICENSES = ("LSW", "LMSW", "LCSW")
GENERIC_LEVELS = {"LMSW": "master", "LCSW": "clinical"}  # after the state's own titles: MA's LCSW is a master's
TOPIC_BUTTONS = [
    {"title": "CCM", "payload": "CCM"},
    {"title": "ACM", "payload": "ACM"},
    {"title": "CRC", "payload": "CRC"},
    {"title": "LCSW", "payload": "LCSW"},
]
ASPECT_INTENT = {aspect: intent for intent, aspect in INTENT_ASPECT.items() if intent.startswith("ask_")}
ENTITY_OF_KIND = {
    "credential": "credential",
    "specialization": "specialization",
    "degree": "degree",
    "setting": "setting",
}
LEVELS = ("associate", "bachelor", "master", "doctorate")
SECOND_PERSON = {
    "held": "already hold it",
    "eligible_now": "can apply now",
    "needs_experience": "need more experience",
    "needs_degree": "need a degree first",
    "needs_license": "need a licence first",
    "needs_information": "may qualify, depending on a few facts I don't know yet",
    "check_with_issuer": "seem to meet the published rules, but the issuer decides part of it: check with them",
    "not_offered_in_state": "can't get it in your state: it isn't offered there",
}
LICENCE_ASKED = re.compile(r"\blicen[cs]\w*|\b(?:lsw|lmsw|lcsw|lbsw|lisw|licsw)\b", re.IGNORECASE)
# "I'm an LPN in Ohio...": the question tells the asker's own case
TELLS_OWN_CASE = re.compile(r"\b(?:i|i'm|im|i've|ive|my)\b", re.IGNORECASE)
NEED_CASE = (
    "I can work that out once I know your background: your degree, any licence, and how long you have worked in case "
    'management. Say "start" and I\'ll ask.'
)
# the same, asked while the intake's questions are under way: they are what it takes
NEED_CASE_IN_INTAKE = (
    "I can work that out once I know a little more of your background: your degree, any licence, and how long you "
    "have worked in case management. The questions I'm asking will tell me."
)


def _need_case(tracker: Tracker) -> str:
    return NEED_CASE_IN_INTAKE if tracker.active_loop_name == "intake_form" else NEED_CASE


WHICH_FITS_UNKNOWN = (
    "Which credential fits you depends on your background: your degree, any licence and your experience."
)
THIRD_PERSON = {
    "held": "already holds it",
    "eligible_now": "can apply",
    "needs_experience": "needs more experience",
    "needs_degree": "needs a degree first",
    "needs_license": "needs a licence first",
    "needs_information": "may qualify, depending on facts not given",
    "check_with_issuer": "seems to meet the published rules, but the issuer decides part of it",
    "not_offered_in_state": "can't get it in that state: it isn't offered there",
}


def question_mentions(entities, text: str, knowledge) -> List[Mention]:
    """What a question names: its entities, a credential named by its one issuer ("does CCMC want a year first?") or
    a specialization described by whom it helps ("the people who help you back to work after an injury"); what the
    asking sentence names first ("LMSW in Michigan here. For the LCSW, ...?")."""
    mentions = mentions_from_entities(entities, knowledge.vocabulary, text)
    named = {m.code for m in mentions if m.kind in ("credential", "license")}
    if not named:
        mentions += credentials_named_by_issuer(text, knowledge)
    elif len(named) == 1 and "difference" in cue_hits(text):
        # "the difference between the c c m and the nursing case management one from a n c c": the second, by its issuer
        mentions += [m for m in credentials_named_by_issuer(text, knowledge) if m.code not in named]
    if not any(m.kind in TOPIC_KINDS for m in mentions):
        mentions += specializations_described(text, knowledge)
    return asked_first(mentions, text, _span)


class ActionAnswerQuestion(NamedAction):
    action_name = "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        message = tracker.latest_message or {}
        intent = (message.get("intent") or {}).get("name") or ""
        knowledge = current_catalog()
        text, entities = message.get("text") or "", message.get("entities") or []
        if tracker.get_slot(SPOKEN_FOR) or speaks_for_someone([text]):
            # "do that case management she doing now count toward the certification": her case is the one asked of
            text, entities = entities_in_first_person(text, entities)
        mentions = question_mentions(entities, text, knowledge)
        named = next((m.code for kind in TOPIC_KINDS for m in mentions if m.kind == kind), None)
        # "the lmsw to lcsw process in georgia": the licence the question leads to is the one asked about
        named = leads_to([(m.kind, m.code, m.start, m.end) for m in mentions if m.kind in TOPIC_KINDS], text) or named
        state = next((m.code for m in mentions if m.kind == "state"), None)
        kind = intent.replace("ask_", "", 1)
        topic = topic_of(
            intent,
            text,
            [(m.kind, m.code, m.start, m.end) for m in mentions],
            tracker.get_slot("last_topic"),
            _degree_for_field(knowledge),
            _plan_credential(tracker),
            aspect_model.learned_aspects(text),
        )
        if topic is not None and topic.subjects[:1] and topic.subjects[0] in SOCIAL_WORK_LICENSES:
            named = topic.subjects[0]  # "is nj LSW the masters one? ccm site lists LMSW": the licence asked of
        elif named is None and topic is not None and topic.subjects[:1] and topic.subjects[0] in knowledge.credentials:
            named = topic.subjects[0]  # "who licenses counselors in texas": the LPC, named by whom it licenses
        # "in Pennsylvania, which board licenses the LSW?": the state's own rows answer the aspect asked
        # (only when no word of the message points elsewhere: "what does it require, is it just the exam?" does)
        # ("who do i apply to here for my license, and is it ASWB or the state?": the first question's words decide)
        sole_cue = topic is not None and set(cue_hits(text)) <= {topic.aspect}
        asked = topic.aspect if sole_cue or (topic and first_question_cue(text) == topic.aspect) else None
        state_aspect = asked if asked in STATE_ASPECTS else "requirements"
        by_state = kind in STATE_KINDS or (named is not None and state_aspect != "requirements")
        # "School counselor in Illinois, the only license I have is my school one. Am I eligible for any case management
        # cert?": the asker's own case, told and asked of, which a state's licences do not answer unless the asking
        # words name a licence
        asked_words = asking_part(text) or text
        own_case = topic is not None and topic.subjects == (ME,) and asked_words != text
        own_case = own_case and not LICENCE_ASKED.search(asked_words)
        # "im an l g s w in minnesota who decides how many hours i need for my l i c s w": the state's board decides
        own_issuer = topic is not None and topic.subjects == (ME,) and topic.aspect == "issuer"
        own_case = own_case and not (own_issuer and named in SOCIAL_WORK_LICENSES)
        # "does New Mexico even have a license for people with just a BSW?": the state's licence for that degree
        # (not "... no bachelor-level license here. Where can I even work as a case manager?": where they can work)
        about_the_work = topic is not None and topic.aspect in ABOUT_THE_WORK
        licence_for_degree = named in ("BSW", "MSW") and bool(LICENCE_ASKED.search(text)) and not about_the_work
        by_state = by_state or licence_for_degree
        if (
            state
            and (named is None or named in SOCIAL_WORK_LICENSES or licence_for_degree)
            and by_state
            and not own_case
        ):
            # "LMSW in New York, clinical job since September 2024. How long until I can apply for my LCSW?": where
            # they stand for it first, from what the message tells, then the state's rule
            own_licence = (
                topic is not None
                and topic.subjects == (ME,)
                and state_aspect in ("duration", "requirements")
                and named in knowledge.credentials
            )
            licence = knowledge.credentials.get(named) if own_licence else None
            personal = licence and _personal_status(tracker, knowledge, licence, text, mentions)
            if personal:
                dispatcher.utter_message(text=personal)
            _answer_for_state(dispatcher, tracker, knowledge, state, text, mentions, state_aspect)
            # "what is an LLMSW in Michigan": the state's whole answer says what each of its titles is
            answered = "what_is" if asked == "what_is" else state_aspect
            # (own when the message places them: "After I finish my MSW, how long until the LCSW in New York?" asks
            # the state's rule)
            subject = f"{ME}/{named}" if personal or (own_issuer and named) else named or "LSW+LMSW+LCSW"
            return [SlotSet("last_topic", f"{answered}:{subject}")]
        # a "compare" whose words ask something else ("does the CCM accept an LMSW or only an LCSW?") is that question
        asks_difference = topic is None or topic.aspect == "difference"
        if (
            intent == "compare"
            and asks_difference
            and (topic is None or len(topic.subjects) < 2 or GENERAL in topic.subjects)
        ):
            return await ActionCompare().run(dispatcher, tracker, domain, from_answer=True)  # it asks which two
        if topic is not None and topic.aspect == "difference" and _comparable(knowledge, topic.subjects):
            if all(code in knowledge.credentials for code in topic.subjects):  # the two the question is about
                return compare_credentials(dispatcher, knowledge, list(topic.subjects))
            # two specializations ("is a v r counselor the same thing as a social worker": the two it names)
            return compare_specializations(dispatcher, knowledge, list(topic.subjects))
        if topic is not None:
            return _answer_topic(dispatcher, tracker, knowledge, topic, intent, text, mentions)
        if intent in ANSWERS:
            # an answer the intake could not read, with a question in it it cannot place either: the intake's
            # question comes again after this, rather than a question about credentials nobody asked
            dispatcher.utter_message(text=wording.NOT_CAUGHT)
            return []
        return _answer_kind(dispatcher, tracker, knowledge, intent, mentions)


def compare_side_by_side(dispatcher, tracker: Tracker, knowledge, mentions) -> List[EventType]:
    """Two named things without a comparison table (two degrees, two settings, a degree and a licence): each one's
    own description under its own heading. [] when fewer than two are named."""
    codes = [m.code for kind in SUBJECT_KINDS for m in mentions if m.kind == kind]
    field_degrees = _degree_for_field(knowledge)
    codes = list(dict.fromkeys(field_degrees.get(c, c) for c in codes))
    if len(codes) < 2:
        return []
    text = (tracker.latest_message or {}).get("text") or ""
    placed = [(m.kind, m.code, m.start, m.end) for m in mentions]
    topic = Topic("difference", places_compared(tuple(codes[:2]), placed, text))
    return _answer_topic(dispatcher, tracker, knowledge, topic, "compare", "", mentions)


def _span(mention) -> tuple:
    return mention.start, mention.end


def _comparable(knowledge, codes) -> bool:
    """Two credentials or two specializations have a comparison table; other pairs are shown side by side."""
    specializations = {s.code for s in knowledge.specializations}
    return len(codes) == 2 and (
        all(c in knowledge.credentials for c in codes) or all(c in specializations for c in codes)
    )


def _answer_topic(dispatcher, tracker: Tracker, knowledge, topic: Topic, intent: str, text: str, mentions):
    """An aspect of a subject: the matrix answer, the person's own case, or which subject they mean."""
    if not topic.subjects:
        return _which_one(dispatcher, topic, intent)
    if topic.subjects == (ME,) and topic.about in knowledge.credentials:
        # "am I eligible for the CCM?": where they stand for it first, then its published rule below
        credential = knowledge.credentials[topic.about]
        dispatcher.utter_message(
            text=_personal_status(tracker, knowledge, credential, text, mentions) or _need_case(tracker)
        )
        codes: tuple = (topic.about,)
    elif topic.subjects == (ME,) and topic.aspect in ("requirements", "duration"):
        dispatcher.utter_message(text=_own_case(tracker, knowledge, topic, text, mentions))
        return [SlotSet("last_topic", topic.slot)]
    else:  # the rest of their own case ("how much could I make?") is answered for case management in general
        codes = (GENERAL,) if topic.subjects == (ME,) else topic.subjects
    # "which organization would I apply to for a case management certification?": the one that fits them first
    asked_of_me = topic.subjects == (ME,) and topic.aspect in OF_A_CREDENTIAL
    fitting = _fitting_credential(tracker, knowledge, bool(CERTIFICATION_ASKED.search(text))) if asked_of_me else None
    if asked_of_me and not fitting:
        # "which body do I apply to for a certification?" before anything is told: which fits is not known yet
        dispatcher.utter_message(text=WHICH_FITS_UNKNOWN)
        return _which_one(dispatcher, topic, intent) + [SlotSet("last_topic", topic.slot)]
    codes = (fitting,) if fitting else codes
    with database().session() as session:
        known = [code for code in codes if find_subject(session, code) is not None]
        # two subjects are compared side by side, each under its own heading; one is answered as asked
        aspect = topic.aspect if len(known) == 1 else "what_is"
        answers = [answer_aspect(session, aspect, code) for code in known]
        if aspect == "salary" and not answers[0].found and answers[0].subject.code != GENERAL:
            # "how much do community mental health case managers make", "what do nurse case managers with the CCM
            # earn": no figures of its own, so what the sources say of case-management pay, each range under its name
            answers.append(answer_aspect(session, "salary", GENERAL))
        others = (
            _other_aspects(session, answers[0].subject.code) if topic.aspect == "what_is" and len(answers) == 1 else []
        )
    if not answers:
        dispatcher.utter_message(response="utter_default")
        return []
    # the other aspects ride on the overview itself: one message, so the kiosk speaks the answer, then the choices
    buttons = _aspect_buttons(answers[0].subject, others) if others else None
    # a subject the question did not name is said first, so the person knows what the answer is about
    context = "fits" if fitting else topic.context
    said = wording.CONTEXT_SUBJECT[context].format(name=answers[0].subject.name) if context else ""
    for result in answers:
        if surface(tracker) == KIOSK and result.found:
            spoken = " ".join([said] * bool(said) + [f.text for f in result.facts])
            dispatcher.utter_message(text=speakable(spoken), buttons=buttons)
            send_sources(dispatcher, [f.citation for f in result.facts])
        else:
            reply = "\n".join([said] * bool(said) + [render.render_aspect_answer(result)])
            dispatcher.utter_message(text=reply + "\n\nI can also tell you:" if buttons else reply, buttons=buttons)
    if topic.aspect in ("requirements", "duration") and answers[0].subject.kind == "credential" and not topic.about:
        credential = knowledge.credentials.get(answers[0].subject.code)
        if credential is not None and credential.requirements:
            personal = _personal_status(tracker, knowledge, credential, text, mentions)
            if personal:
                dispatcher.utter_message(text=personal)
    return [SlotSet("last_topic", topic.slot)]


def _aspect_buttons(subject, aspects: List[str]) -> List[dict]:
    """A button for each further aspect of the subject, asking that aspect's question about it."""
    entity = ENTITY_OF_KIND.get(subject.kind)
    return [
        {
            "title": ASPECT_WORDS[aspect][0].capitalize(),
            "payload": f"/{ASPECT_INTENT[aspect]}" + (f'{{"{entity}": "{subject.code}"}}' if entity else ""),
        }
        for aspect in aspects
    ]


def _other_aspects(session, code: str) -> List[str]:
    """The aspects of this subject the sources can answer, offered after its overview."""
    found = []
    for aspect in ASPECTS:
        if aspect in ("what_is", "difference") or aspect not in ASPECT_INTENT:
            continue
        if answer_aspect(session, aspect, code).found:
            found.append(aspect)
    return found[:4]


def _own_case(tracker: Tracker, knowledge, topic: Topic, text: str, mentions) -> str:
    """'Am I eligible?', 'how long until I could hold the CRC?': the engine's answer for this person."""
    profile = profile_from_tracker(tracker, knowledge)
    if profile.education_level is None and profile.licenses is None:
        return _need_case(tracker)
    codes = [code for code, c in knowledge.credentials.items() if c.kind != "license" and c.requirements]
    lines = []
    for code in codes:
        item = assess(knowledge.credentials[code], profile, knowledge)
        lines.append(_status_sentence(f"{code}: you", item, SECOND_PERSON))
    sources = render.cite(knowledge.credentials[code].citation for code in codes)
    return "\n".join(["From what you've told me:"] + lines + [sources])


# what only a credential has: asked of one's own case, the credential that fits them first answers it
OF_A_CREDENTIAL = ("issuer", "exam", "cost")


CERTIFICATION_ASKED = re.compile(r"\bcert(?:ification|ified|s)?\b", re.IGNORECASE)


def _which_one(dispatcher, topic: Topic, intent: str) -> List[EventType]:
    dispatcher.utter_message(
        text=f"Which one do you mean? I can tell you {ASPECT_WORDS[topic.aspect][0]} for each of these.",
        buttons=[
            {"title": b["title"], "payload": f'/{intent}{{"credential": "{b["payload"]}"}}'} for b in TOPIC_BUTTONS
        ],
    )
    return []


def _fitting_credential(tracker: Tracker, knowledge, certification: bool) -> Optional[str]:
    """The credential the engine recommends from what the person has told, a certification rather than a licence when
    a certification is asked of; None before anything is told."""
    profile = profile_from_tracker(tracker, knowledge)
    if profile.education_level is None and profile.licenses is None:
        return None
    advice = advise(profile, knowledge, with_questions=False)
    ranked = [advice.recommended_credential] + [item.credential for item in advice.alternatives]
    kinds = {code: knowledge.credentials[code].kind for code in ranked if code in knowledge.credentials}
    fitting = [code for code in kinds if not (certification and kinds[code] == "license")]
    return next(iter(fitting), None)


def _plan_credential(tracker: Tracker) -> Optional[str]:
    """The next credential of the person's plan (the first not yet held), once a plan was given."""
    for item in tracker.get_slot("credential_plan") or []:
        if isinstance(item, dict) and item.get("credential") and item.get("status") != "held":
            return item["credential"]
    return None


def _degree_for_field(knowledge) -> Dict[str, str]:
    """A degree field named in a question means the first degree in that field ("a psychology degree")."""
    result: Dict[str, str] = {}
    for degree in sorted(knowledge.degrees.values(), key=lambda d: LEVELS.index(d.level) if d.level in LEVELS else 9):
        result.setdefault(degree.field, degree.code)
    return result


def _answer_kind(dispatcher, tracker: Tracker, knowledge, intent: str, mentions) -> List[EventType]:
    """The kinds of question outside the aspects (renewal, outlook, skills, experience, licensure)."""
    kind = intent.replace("ask_", "", 1)
    named = next((m.code for kind in TOPIC_KINDS for m in mentions if m.kind == kind), None)
    subject = named or _follow_up_subject(kind, tracker)
    if subject is None and (kind not in QUESTION_KINDS or QUESTION_KINDS[kind].default_subject is None):
        dispatcher.utter_message(
            text="Which credential do you mean?",
            buttons=[
                {"title": b["title"], "payload": f'/{intent}{{"credential": "{b["payload"]}"}}'} for b in TOPIC_BUTTONS
            ],
        )
        return []
    try:
        with database().session() as session:
            result = answer(session, kind, subject)
    except ValueError:
        dispatcher.utter_message(response="utter_default")
        return []
    credential = knowledge.credentials.get(result.subject)
    issuer = credential.issuer if credential and credential.issuer else ""
    if surface(tracker) == KIOSK and result.found:
        dispatcher.utter_message(
            text=speakable(" ".join(f.text for f in result.facts) or render.render_answer(result, issuer))
        )
        send_sources(dispatcher, [f.citation for f in result.facts])
    else:
        dispatcher.utter_message(text=render.render_answer(result, issuer=issuer))
    return [SlotSet("last_topic", f"{kind}:{result.subject}")] if result.subject else []


def _answer_for_state(dispatcher, tracker, knowledge, state: str, text: str, mentions, aspect: str) -> None:
    """Social work licensure in the state the message names, at the level it names, if any: the aspect asked."""
    level = _level_named(knowledge, state, text, mentions)
    result = state_aspect_answer(knowledge, state, aspect, level)
    if surface(tracker) == KIOSK:
        dispatcher.utter_message(text=speakable(result.text))
        send_sources(dispatcher, list(result.citations))
    else:
        dispatcher.utter_message(text=result.text + "\n" + render.cite(result.citations))


def _level_named(knowledge, state: str, text: str, mentions) -> Optional[str]:
    """The level a question is about: a title in the state's own usage first, then a generic title, degree or level."""
    # "the lmsw to lcsw process", "lmsw here, how long before i can go for the lcsw": the licence led to first
    led = leads_to([(m.kind, m.code, m.start, m.end) for m in mentions if m.kind == "license"], text)
    mentions = sorted(mentions, key=lambda m: m.code != led)
    level = (license_title_level(knowledge, state, led) if led else None) or license_title_level(knowledge, state, text)
    for mention in mentions:
        if level:
            break
        if mention.kind == "license":  # Pennsylvania's LSW is its master's licence, Illinois' is not
            level = license_title_level(knowledge, state, mention.code) or GENERIC_LEVELS.get(mention.code)
        elif mention.kind == "degree" and mention.code in ("BSW", "MSW"):
            level = knowledge.degrees[mention.code].level
        elif mention.kind == "education_level" and mention.code in ("bachelor", "master"):
            level = mention.code
    return _same_title_by_degree(knowledge, state, level, mentions)


def _same_title_by_degree(knowledge, state: str, level: Optional[str], mentions) -> Optional[str]:
    """Illinois' LSW is held with a BSW or an MSW: a degree named says which of the title's levels is meant."""
    rules = knowledge.states.get(state)
    degree = next((m.code for m in mentions if m.kind == "degree" and m.code in ("BSW", "MSW")), None)
    if rules is None or level is None or degree is None:
        return level
    by_degree = knowledge.degrees[degree].level
    same = by_degree in rules.levels and rules.levels[by_degree].title == rules.levels[level].title
    return by_degree if same else level


def _follow_up_subject(kind: str, tracker: Tracker) -> Optional[str]:
    """'How much does it cost?' after talking about the CCM is about the CCM."""
    last = slot_subject(tracker.get_slot("last_topic"))
    if last and "+" not in last and kind in ("eligibility", "cost", "renewal", "exam"):
        return last
    return None


def _personal_status(tracker: Tracker, knowledge, credential, text: str, mentions) -> str:
    """Where the person stands, with what the question tells of them ("I'm an LPN, can I get the CCM?"), or where the
    person the question describes stands ("can an LPN get the CCM?")."""
    described = [
        m for m in mentions if m.kind in ("license", "degree", "education_level") and m.code != credential.code
    ]
    # what the words hold, not what they name: "someone who isn't a nurse or an LCSW" holds no LCSW
    facts = extract_profile(text, described, {}, knowledge, intent="inform").slots if described else {}
    someone = _someone_with(facts)
    if someone and not TELLS_OWN_CASE.search(text):
        profile = Profile.from_dict({"licenses": [], **facts}, knowledge)
        who, words = someone, THIRD_PERSON
    else:
        profile = profile_with(tracker, knowledge, facts)
        if profile.education_level is None and profile.licenses is None:
            return ""
        who, words = "From what you've told me, you", SECOND_PERSON
    item = assess(credential, profile, knowledge)
    text = _status_sentence(who, item, words)
    if item.notes:
        text += " Note: " + " ".join(item.notes)
    return text


def _someone_with(facts: Dict[str, object]) -> str:
    """'Someone with an LPN and a bachelor's degree in human services', from the facts a question gives."""
    parts = []
    held = list(facts.get("licenses") or [])
    if held:  # "an LPN", "a CRC": the letters as said
        parts.append(("an " if held[0][0] in "AEFHILMNORSX" else "a ") + wording.listed(held))
    if facts.get("education_level") in wording.EDUCATION_WORDS:
        field = wording.FIELD_WORDS.get(str(facts.get("degree_field")))
        parts.append(wording.EDUCATION_WORDS[facts["education_level"]] + (f" in {field}" if field else ""))
    return "Someone with " + " and ".join(parts) if parts else ""


def _status_sentence(who: str, item, words: Dict[str, str]) -> str:
    """'<who> <status>.', a countdown where the months are known, and what is missing while not yet eligible."""
    status = words[item.status]
    if item.status == "needs_experience" and item.months_to_eligible:
        status = f"could be eligible in {item.months_words}"
    sentence = f"{who} {status}."
    if item.missing and item.status not in ("held", "eligible_now"):
        sentence += " Missing: " + "; ".join(item.missing) + "."
    return sentence
