"""Every aspect x subject the knowledge base knows gets its own answer or an honest "I don't have it; ask them".

The combinations come from the knowledge base; the checks are independent of how answers are built: what words a
real answer of each kind must contain, that it names its subject and no other subject's heading, and that a
person can follow its source.
"""

from __future__ import annotations

import re

import pytest

from actions.render import render_aspect_answer
from knowledge.aspect_answers import ASPECTS, answer_aspect, subjects

# what any true answer of that kind says, whatever the subject (written from the question, not from the code)
EVIDENCE = {
    "what_is": r"\w+ \w+ \w+",
    "issuer": r"Commission|Association|Center|Council|board|accredit",
    "exam": r"exam|NCLEX|ASWB",
    "cost": r"\$\d|fee",
    "duration": r"\d[\d,]*\s*(months?|years?|hours?)|\b(one|two|three) years?|\byears?\b",
    "requirements": r"degree|licen[cs]e|experience|one of|must|need|bachelor|master",
    "degree": r"degree|bachelor|master|associate",
    "salary": r"\$\d",
    "setting": r"hospital|clinic|insurance|agenc|organi[sz]ation|center|setting|employ|compan",
    "day_to_day": r"coordinat|assess|plan|connect|help|advoca|service|support",
    "difference": r"differ|unlike|whereas|rather than|instead|concentrate",
}
PENDING_PUBLIC: set = set()  # sources not yet a page a person can open (none since the states branch)


@pytest.fixture(scope="module")
def matrix(database):
    with database.session() as session:
        every = subjects(session)
        return every, [(a, s, answer_aspect(session, a, s.code)) for s in every for a in ASPECTS]


def test_the_subjects_come_from_the_knowledge_base(matrix):
    every, _ = matrix
    kinds = {s.kind for s in every}
    assert kinds == {"credential", "specialization", "degree", "setting", "topic"}
    codes = {s.code for s in every}
    assert {"CCM", "ACM", "CRC", "LMSW", "healthcare", "BSW", "hospitals", "insurance", "case_management"} <= codes


@pytest.mark.parametrize("aspect", ASPECTS)
def test_every_subject_gets_its_own_answer_of_the_asked_kind(matrix, aspect):
    every, answers = matrix
    failures = []
    for asked, subject, result in answers:
        if asked != aspect:
            continue
        text = render_aspect_answer(result)
        problems = []
        if subject.name not in text:
            problems.append("does not name its subject")
        others = [s.name for s in every if s.code != subject.code and s.name != subject.name]
        headings = [line for line in text.splitlines() if any(line.startswith(f"{name}:") for name in others)]
        if headings:
            problems.append(f"another subject's heading: {headings}")
        if "Sources:" not in text:
            problems.append("no source")
        if result.found:
            if not re.search(EVIDENCE[aspect], text.split("Sources:")[0], re.IGNORECASE):
                problems.append("not an answer of this kind")
            citations = [f.citation for f in result.facts]
        else:
            if "I don't have" not in text or result.decider not in text:
                problems.append("an unknown answer that does not say so or who decides")
            citations = [result.decider_citation]
        for c in citations:
            public = (c.url or "").startswith("http") or c.source_id.startswith("guide.")
            if not public and c.source_id not in PENDING_PUBLIC:
                problems.append(f"source a person cannot open: {c.source_id}")
        if problems:
            failures.append((subject.code, problems, text))
    assert not failures, failures


def test_the_matrix_answers_what_the_sources_know(matrix):
    """Known facts must be found (an answer of 'I don't know' everywhere would pass the checks above)."""
    _, answers = matrix
    found = {(a, s.code) for a, s, r in answers if r.found}
    expected = {
        ("cost", "CCM"),
        ("exam", "LMSW"),
        ("exam", "ACM"),
        ("issuer", "ACM"),
        ("issuer", "CRC"),
        ("duration", "CCM"),
        ("requirements", "CCM"),
        ("degree", "CRC"),
        ("degree", "mental_health"),
        ("salary", "vocational_rehabilitation"),
        ("day_to_day", "vocational_rehabilitation"),
        ("setting", "hospitals"),
        ("setting", "insurance"),
        ("difference", "case_management"),
        ("what_is", "BSW"),
    }
    assert expected <= found, expected - found


def test_an_exam_question_about_a_credential_without_exam_facts_shows_no_other_exam(matrix):
    _, answers = matrix
    unknown = [(s, r) for a, s, r in answers if a == "exam" and s.kind == "credential" and not r.found]
    assert unknown, "every credential has exam facts now: pick another aspect for this check"
    for subject, result in unknown:
        text = render_aspect_answer(result)
        assert f"I don't have exam details for {subject.name}" in text
        assert "ASWB" not in text and "NCLEX" not in text


@pytest.mark.parametrize(
    "aspect, code, words",
    [
        ("issuer", "ACM", "American Case Management Association"),
        ("issuer", "CRC", "Commission on Rehabilitation Counselor Certification"),
        ("cost", "CCM", "$430"),
        ("exam", "LMSW", "Masters"),
        ("duration", "LCSW", "3,000 hours"),
        ("duration", "CCM", "12 months"),
        ("degree", "CRC", "rehabilitation counseling"),
        ("requirements", "CCM", "One of:"),
        ("day_to_day", "vocational_rehabilitation", "Individual Plan for Employment"),
        ("setting", "insurance", "insurance companies"),
    ],
)
def test_specific_answers_carry_the_issuers_facts(database, aspect, code, words):
    with database.session() as session:
        assert words in render_aspect_answer(answer_aspect(session, aspect, code))


def test_unknown_aspect_or_subject_is_refused(database):
    with database.session() as session:
        with pytest.raises(ValueError):
            answer_aspect(session, "horoscope", "CCM")
        with pytest.raises(ValueError):
            answer_aspect(session, "cost", "NOPE")


def test_pay_work_and_settings_we_lack_point_to_employers_not_to_a_board_or_school(matrix):
    """A licensing board or a school does not set pay or decide what the job is: employers do."""
    _, answers = matrix
    unknown = [(a, s, r) for a, s, r in answers if a in ("salary", "day_to_day", "setting") and not r.found]
    assert unknown
    for aspect, subject, result in unknown:
        text = render_aspect_answer(result)
        assert "employer" in text, (aspect, subject.code, text)
        assert "board decides" not in text and "school decides" not in text, (aspect, subject.code, text)


def test_schools_are_a_setting_we_have_no_facts_about_and_say_so(database):
    with database.session() as session:
        text = render_aspect_answer(answer_aspect(session, "setting", "schools"))
    assert text.startswith("I don't have work settings for Schools")
