"""The recommendation and the plan, one step at a time or all at once; what-if and compare."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import render, turn_cache
from actions.knowledge_access import current_catalog, interest_names
from actions.named import NamedAction
from actions.profile_slots import profile_from_tracker, profile_values
from actions.surface import KIOSK, TEXT, plan_card, plan_json, speakable, surface
from advising.profile import Profile
from knowledge.catalog import Catalog
from language import aspect_model, wording
from language.asking import asking_spans
from language.profile_extraction import extract_profile, mentions_from_entities
from language.question_topic import compared_pair, cue_aspect, topic_of, weighs_options
from stores.plan_links import plan_links_store, public_base_url

PLAN_BUTTONS = [
    {"title": "One step at a time", "payload": "/next_step"},
    {"title": "Show the whole plan", "payload": "/show_plan"},
]


def _advice_for(tracker: Tracker, knowledge: Catalog):
    profile = profile_from_tracker(tracker, knowledge)
    return turn_cache.advise(profile, knowledge, tracker.get_slot("recommended_specialization"))


class ActionRecommend(NamedAction):
    action_name = "action_recommend"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        knowledge = current_catalog()
        advice = turn_cache.advise(profile_from_tracker(tracker, knowledge), knowledge)
        answer = advice.to_dict()
        spec = knowledge.specialization(advice.recommended)
        if surface(tracker) == KIOSK:
            nxt = next((s for s in answer["steps"] if s["progress"] == "next"), answer["steps"][0])
            dispatcher.utter_message(text=f"I'd suggest {spec.name}. Your next step: {nxt['title']}.")
            token = plan_links_store().create(plan_json(spec.name, spec.summary, answer["steps"]), tracker.sender_id)
            link = f"{public_base_url()}/plan/{token}"
            dispatcher.utter_message(
                text="Scan the code to take your whole plan home.",
                json_message=plan_card(spec.name, answer["steps"], link),
            )
        else:
            dispatcher.utter_message(text=render.render_recommendation(advice, knowledge))
        dispatcher.utter_message(
            text="Would you like your plan one step at a time, or all at once?", buttons=PLAN_BUTTONS
        )
        return [
            SlotSet("recommended_specialization", advice.recommended),
            SlotSet("credential_plan", answer["credential_plan"]),
            SlotSet("plan_step", 0),
        ]


class PlanStepsAction(NamedAction, ABC):
    """Shows the recommended plan's steps (`show`); before there is a plan, the plan so far or an offer to start.
    Abstract, so that the action server does not register it as an action of its own."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if not tracker.get_slot("recommended_specialization"):
            return _plan_so_far(dispatcher, tracker) if _started(tracker) else _no_plan_yet(dispatcher)
        knowledge = current_catalog()
        return self.show(dispatcher, tracker, knowledge, _advice_for(tracker, knowledge).to_dict()["steps"])

    @abstractmethod
    def show(self, dispatcher: CollectingDispatcher, tracker: Tracker, knowledge: Catalog, steps: list) -> list: ...


class ActionNextStep(PlanStepsAction):
    action_name = "action_next_step"

    def show(self, dispatcher: CollectingDispatcher, tracker: Tracker, knowledge: Catalog, steps: list) -> list:
        index = int(tracker.get_slot("plan_step") or 0)
        if index >= len(steps):
            dispatcher.utter_message(
                text='That was the last step. Ask me about any of them, or say "what if" to explore a change.'
            )
            return []
        buttons = [{"title": "Next step", "payload": "/next_step"}] if index + 1 < len(steps) else []
        step = steps[index]
        if surface(tracker) == KIOSK:
            dispatcher.utter_message(
                text=f"Step {step['step']}: {step['title']}. {speakable(step['detail'], 1)}", buttons=buttons
            )
        else:
            dispatcher.utter_message(text=render.render_step(step, len(steps)), buttons=buttons)
        return [SlotSet("plan_step", index + 1)]


class ActionShowPlan(PlanStepsAction):
    action_name = "action_show_plan"

    def show(self, dispatcher: CollectingDispatcher, tracker: Tracker, knowledge: Catalog, steps: list) -> list:
        where = surface(tracker)
        if where == TEXT:
            dispatcher.utter_message(text="\n\n".join(render.render_step(step, len(steps)) for step in steps))
        else:
            name = knowledge.specialization(tracker.get_slot("recommended_specialization")).name
            intro = f"Here is your plan for {name}, in {len(steps)} steps."
            dispatcher.utter_message(text=intro, json_message=plan_card(name, steps))
        return [SlotSet("plan_step", len(steps))]


class ActionWhatIf(NamedAction):
    """'What if I got an MSW?': the plan for the changed profile, beside the current one. The profile is unchanged."""

    action_name = "action_what_if"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        knowledge = current_catalog()
        message = tracker.latest_message or {}
        mentions = mentions_from_entities(
            message.get("entities") or [], knowledge.vocabulary, message.get("text") or ""
        )
        current = profile_values(tracker)
        # "what if I got an MSW" is said as a wish; read it as a statement of having it
        text = (message.get("text") or "").lower().replace("what if i got", "i have").replace("what if i", "i")
        change = extract_profile(text, mentions, current, knowledge, intent="inform").slots
        if not change:
            dispatcher.utter_message(
                text='What would you change? For example "what if I got an MSW" '
                'or "what if I had two years of experience".'
            )
            return []
        before = turn_cache.advise(profile_from_tracker(tracker, knowledge), knowledge)
        after = turn_cache.advise(Profile.from_dict({**current, **change}, knowledge), knowledge)
        spec = knowledge.specialization(after.recommended)
        lines = [f"If {'; '.join(_change_words(change, knowledge))}:"]
        if after.recommended != before.recommended:
            lines.append(f"I'd recommend {spec.name} instead of {knowledge.specialization(before.recommended).name}.")
        old = {item.credential: item for item in before.plan}
        for item in after.plan:
            was = old.get(item.credential)
            now = _status_words(item)
            if was is None or (was.status, was.months_to_eligible) != (item.status, item.months_to_eligible):
                lines.append(f"- {item.credential}: {now}" + (f" (now: {_status_words(was)})" if was else ""))
            else:
                lines.append(f"- {item.credential}: {now} (no change)")
        lines.append(render.cite(c for item in after.plan for c in item.sources))
        dispatcher.utter_message(text="\n".join(lines))
        return []


def _asks_other_than_difference(tracker: Tracker, text: str) -> bool:
    """Taken for a comparison, do the words ask something else? "Do insurance companies want a BSN or will they take
    an ADN?" asks what they require; "what would my days look like compared to now?" what the work is like."""
    if cue_aspect(text) not in (None, "difference"):
        return True
    knowledge = current_catalog()
    mentions = mentions_from_entities((tracker.latest_message or {}).get("entities") or [], knowledge.vocabulary, text)
    placed = [(m.kind, m.code, m.start, m.end) for m in mentions]
    topic = topic_of("compare", text, placed, None, None, None, aspect_model.learned_aspects(text))
    return topic is not None and topic.aspect != "difference"


class ActionCompare(NamedAction):
    action_name = "action_compare"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, from_answer: bool = False
    ) -> List[EventType]:
        text = (tracker.latest_message or {}).get("text") or ""
        # from_answer: action_answer_question read it as a comparison already; handing it back would never end
        if not from_answer and not weighs_options(text) and _asks_other_than_difference(tracker, text):
            # taken for a comparison, but the words ask something else ("does the CCM accept an LMSW or an LCSW?")
            from actions.answers import ActionAnswerQuestion  # answers uses this action: imported here

            return await ActionAnswerQuestion().run(dispatcher, tracker, domain)
        from actions.answers import question_mentions  # answers uses this action: imported here

        knowledge = current_catalog()
        entities = (tracker.latest_message or {}).get("entities") or []
        # (with a credential named by its issuer: "the c c m and the nursing case management one from a n c c")
        mentions = question_mentions(entities, text, knowledge)
        pair = compared_pair([(m.kind, m.code, m.start, m.end) for m in mentions], text, {})
        if pair:  # "masters in rehab counseling vs clinical counseling, for voc rehab?": only the two joined by "vs"
            mentions = sorted((m for m in mentions if m.code in pair), key=lambda m: pair.index(m.code))
        codes = list(dict.fromkeys(m.code for m in mentions if m.kind == "specialization"))
        if len(codes) < 2:
            credentials = list(dict.fromkeys(m.code for m in mentions if m.kind in ("credential", "license")))
            if len(credentials) > 2:  # "my boss says the LCSW, a coworker the CCM: the difference between them?"
                credentials = _the_two_asked_about(text, mentions, credentials)
            if len(credentials) >= 2:
                return compare_credentials(dispatcher, knowledge, credentials[:2])
            from actions.answers import compare_side_by_side  # answers uses this action: imported here

            side_by_side = compare_side_by_side(dispatcher, tracker, knowledge, mentions)
            if side_by_side:
                return side_by_side
            if not from_answer and _asks_other_than_difference(tracker, text):
                # weighs options but names one ("which masters should a nurse get, is an MSN the one?"): its aspect
                from actions.answers import ActionAnswerQuestion  # answers uses this action: imported here

                return await ActionAnswerQuestion().run(dispatcher, tracker, domain)
            dispatcher.utter_message(
                text="Which two would you like to compare? "
                'For example "healthcare and mental health" or "CCM and ACM".',
                buttons=[
                    {
                        "title": "Healthcare vs mental health",
                        "payload": '/compare{"specialization": ["healthcare", "mental_health"]}',
                    },
                    {"title": "CCM vs ACM", "payload": '/compare{"credential": ["CCM", "ACM"]}'},
                ],
            )
            return []
        return compare_specializations(dispatcher, knowledge, codes[:2])


def compare_specializations(dispatcher, knowledge: Catalog, codes: List[str]) -> List[EventType]:
    specs = [knowledge.specialization(code) for code in codes]
    rows = [
        ("What it is", *[s.summary for s in specs]),
        ("Degrees on the path", *[", ".join(knowledge.degrees[d].name for d in s.degrees) for s in specs]),
        ("Credentials on the path", *[", ".join(s.credentials) for s in specs]),
    ]
    dispatcher.utter_message(text=render.render_comparison([s.name for s in specs], rows, [s.citation for s in specs]))
    return [SlotSet("last_topic", "difference:" + "+".join(codes))]


def _the_two_asked_about(text: str, mentions, credentials: List[str]) -> List[str]:
    """Of more than two credentials only told about, the two a question naming none of them is about ("them": the
    last two named, as language/question_topic.py reads it); otherwise the first two, as named."""
    placed = [(m.kind, m.code, m.start, m.end) for m in mentions if m.kind in ("credential", "license")]
    asked = [m[1] for m in placed if any(start <= m[2] and m[3] <= end for start, end in asking_spans(text))]
    if asked:  # "Hospital RN here. ACM or CMGT-BC, which one?": the asked ones before the RN only told of
        return list(dict.fromkeys(asked + credentials))
    topic = topic_of("compare", text, placed)
    chosen = list(topic.subjects) if topic is not None else []
    return chosen if len(chosen) == 2 and all(code in credentials for code in chosen) else credentials


def compare_credentials(dispatcher, knowledge: Catalog, codes: List[str]) -> List[EventType]:
    creds = [knowledge.credentials[c] for c in codes]
    rows = [
        ("Issued by", *[c.issuer or "not confirmed in my sources" for c in creds]),
        (
            "Who can apply",
            *[
                " OR ".join(r.label for r in c.requirements[0].routes) if c.requirements else "not in my sources"
                for c in creds
            ],
        ),
        ("Cost", *[f"${c.cost_usd:,}" if c.cost_usd is not None else "not confirmed in my sources" for c in creds]),
        (
            "Valid for",
            *[
                f"{c.renewal.months // 12} years, {c.renewal.ce_hours} CE hours to renew"
                if c.renewal
                else "see the issuer"
                for c in creds
            ],
        ),
    ]
    citations = [c.citation for c in creds] + [c.renewal.citation for c in creds if c.renewal and c.renewal.citation]
    dispatcher.utter_message(text=render.render_comparison(codes, rows, citations))
    return [SlotSet("last_topic", "difference:" + "+".join(codes))]


def _started(tracker: Tracker) -> bool:
    return tracker.active_loop_name == "intake_form" or bool(profile_values(tracker))


def _plan_so_far(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """Asked for the plan mid-intake: the best plan from what is known, and which answers would change it."""
    knowledge = current_catalog()
    profile = profile_from_tracker(tracker, knowledge)
    advice = turn_cache.advise(profile, knowledge)
    dispatcher.utter_message(text="Here is the best plan I can make from what you've told me so far.")
    dispatcher.utter_message(text=render.render_recommendation(advice, knowledge))
    steps = advice.to_dict()["steps"]
    dispatcher.utter_message(text="\n\n".join(render.render_step(step, len(steps)) for step in steps))
    skipped_now = tracker.get_slot("skipped_slots") or []
    open_now = [q for q in turn_cache.open_questions(profile, knowledge) if q not in skipped_now]
    if not open_now:
        return []
    topics = wording.listed((wording.FIELD_TOPICS.get(q, q.replace("_", " ")) for q in open_now), last="or")
    if tracker.active_loop_name == "intake_form":
        dispatcher.utter_message(text=f'It could change with {topics}. Let\'s go on, and say "skip" to any question.')
    else:
        dispatcher.utter_message(
            text=f"It could change with {topics}. Shall we go on with those questions?",
            buttons=[{"title": "Go on", "payload": "/start_advising"}],
        )
    return []


def _no_plan_yet(dispatcher: CollectingDispatcher) -> List[EventType]:
    dispatcher.utter_message(
        text="We haven't made your plan yet. Shall we start? It takes a few questions.",
        buttons=[{"title": "Let's start", "payload": "/start_advising"}],
    )
    return []


def _status_words(item) -> str:
    return wording.status(item)


def _change_words(change: dict, knowledge: Catalog) -> List[str]:
    return [wording.supposing(name, value, interest_names(knowledge)) for name, value in change.items()]
