"""How the assistant says things: answers, plans and steps as chat text, each with its sources.

Everything here is text layout; the facts come from the knowledge base and the engine.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, List, Sequence

from advising.eligibility import Assessment
from advising.engine import Advice
from knowledge.answers import Answer
from knowledge.aspect_answers import AspectAnswer
from knowledge.catalog import Catalog, Citation
from language import wording

CONFIDENCE_WORDS = {
    "C": "confirmed by the issuing body",
    "S": "secondary source",
    "U": "uncertain: check with the board",
}
STATUS_WORDS = wording.STATUS_WORDS


def cite(citations: Iterable[Citation]) -> str:
    unique = {c.source_id: c for c in citations}.values()
    parts = []
    for c in unique:
        where = f" {c.url}" if c.url and c.url.startswith("http") else ""
        parts.append(f"{c.title} ({CONFIDENCE_WORDS[c.confidence]}; as of {c.as_of:%b %Y}){where}")
    return "Sources: " + "; ".join(parts) if parts else ""


def render_answer(answer: Answer, issuer: str = "") -> str:
    if not answer.found:
        who = issuer or "the certifying body or your state board"
        topic = f" about {answer.subject_name}" if answer.subject_name else ""
        return f"I don't have that{topic} in my sources, so I won't guess: please check with {who}."
    lines = [f"{answer.subject_name}:" if answer.subject_name else ""]
    lines += [f"- {fact.text}" for fact in answer.facts]
    if answer.routes:
        lines.append("The rule, in full:")
        lines += [f"- {route}" for route in answer.routes]
    lines.append(cite(fact.citation for fact in answer.facts))
    return "\n".join(line for line in lines if line)


def render_recommendation(advice: Advice, catalog: Catalog) -> str:
    top = advice.ranking[0]
    spec = catalog.specialization(advice.recommended)
    if top.score == 0:
        opening = f"I don't know enough about what you like yet, so here is a common starting point: {spec.name}."
    else:
        because = "; ".join(reason.text for reason in top.reasons[:3])
        opening = f"I'd recommend {spec.name}, because {because}."
    runner_up = next((r for r in advice.ranking[1:] if r.score > 0), None)
    lines = [opening, spec.summary]
    if runner_up and top.score:
        lines.append(f"{runner_up.name} could fit you too.")
    lines.append(plan_summary(advice.plan))
    lines.append(cite([spec.citation]))
    return "\n".join(lines)


def plan_summary(items: Sequence[Assessment]) -> str:
    parts = []
    for item in items:
        parts.append(f"{item.credential}: {wording.status(item)}")
    return "Where you stand: " + "; ".join(parts) + "." if parts else ""


def render_step(step: dict, total: int) -> str:
    marker = {"done": " (done)", "next": " (your next step)", "optional": " (optional)"}.get(step["progress"], "")
    lines = [f"Step {step['step']} of {total}{marker}: {step['title']}", step["detail"]]
    lines.append(
        cite(
            Citation(s["source"], s["title"], s.get("url"), s["confidence"], _date(s["as_of"])) for s in step["sources"]
        )
    )
    return "\n".join(line for line in lines if line)


def render_comparison(names: Sequence[str], rows: List[Sequence[str]], citations: Iterable[Citation]) -> str:
    lines = [" vs ".join(names) + ":"]
    for label, *values in rows:
        lines.append(f"{label}:")
        lines += [f"- {name}: {value}" for name, value in zip(names, values)]
    lines.append(cite(citations))
    return "\n".join(lines)


def _date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


# aspect -> (heading word, what "I don't have ..." names)
ASPECT_WORDS = {
    "what_is": ("what it is", "a description"),
    "issuer": ("who grants it", "who grants it"),
    "exam": ("the exam", "exam details"),
    "cost": ("what it costs", "a confirmed cost"),
    "duration": ("how long it takes", "how long it takes"),
    "requirements": ("what you need", "the requirements"),
    "degree": ("the degree", "degree requirements"),
    "salary": ("pay", "pay figures"),
    "setting": ("where you would work", "work settings"),
    "day_to_day": ("the day-to-day work", "a description of the day-to-day work"),
    "difference": ("how it differs", "a comparison"),
}


def aspect_heading(answer: AspectAnswer) -> str:
    return f"{answer.subject.name}: {ASPECT_WORDS[answer.aspect][0]}"


def render_aspect_answer(answer: AspectAnswer) -> str:
    """An answer under its own subject's heading, or an honest "I don't have it" naming who decides."""
    if not answer.found:
        text = (
            f"I don't have {ASPECT_WORDS[answer.aspect][1]} for {answer.subject.name} in my sources, "
            f"so I won't guess: that is for {answer.decider} to decide."
        )
        return "\n".join(
            line for line in (text, cite([answer.decider_citation] if answer.decider_citation else [])) if line
        )
    lines = [aspect_heading(answer)] + [f"- {fact.text}" for fact in answer.facts]
    lines.append(cite(fact.citation for fact in answer.facts))
    return "\n".join(line for line in lines if line)
