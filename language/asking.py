"""Which words of a message ask something: a sentence that asks, with or without "?", beats sentences that tell.

Plain Python, no Rasa. "My aunt is a case manager and I still don't get what she does all day" asks what she does
all day; "someone told me the CCM is run by the nursing board, who actually gives it?" asks who gives it.
"""

from __future__ import annotations

import re
from typing import Callable, List, Sequence, Tuple, TypeVar

T = TypeVar("T")

WH = r"(?:what|what's|whats|who|whom|how|why|where|which|whether|if)"
# "..., my question is how long until i could actually be doing case management": the person says they ask
SAYS_IT_ASKS = re.compile(r"\bmy (?:real |main |only )?question (?:is|was)\b", re.IGNORECASE)
# Asking without a question word first: "I still don't get what...", "no clue who...", "I'd love to know how..."
IMPLICIT_ASK = re.compile(
    r"\b(?:"
    r"(?:don'?t|dont|do not|can'?t|cant|cannot|couldn'?t|never|still don'?t)\s+(?:\w+\s+){0,2}?"
    r"(?:get|got|know|understand|understood|figure out|figured out|picture|tell|see)(?:\s+(?:you|me))?"
    r"|no (?:idea|clue)|not (?:sure|clear)|unclear|wonder(?:ing)?|curious|confused"
    r"|(?:i'?d|i would) (?:love|like) to (?:know|understand|learn|hear)|want to (?:know|understand)"
    r"|tell me|explain|"
    + SAYS_IT_ASKS.pattern
    +
    # "im still confused lol what is a cdms": a filler between the confusion and the question
    rf")\W+(?:(?:lol|lmao|haha|tbh|ngl|honestly|like|so|but|about|on|as to|of)\W+){{0,2}}(?={WH}\b)",
    re.IGNORECASE,
)
QUESTION_WORD_FIRST = re.compile(
    # "realistically how long", spoken: "um is case management mostly paperwork"
    r"^\W*(?:(?:so|and|but|ok|okay|also|wait|like|anyway|honestly|um+|uh+|oh|well|hmm+|\w+ly)\W+){0,3}"
    r"(?:(?:in|for) [a-z]+\W+)?"  # "in oklahoma who do you apply to for your LCSW, the state or ASWB?"
    r"(?:what|what's|whats|how|who|whom|which|why|where|when|can|could|does|do|is|are|should|would|will|am(?= i\b))\b",
    re.IGNORECASE,
)
# "..., which surprised me": a relative clause; "..., which exam would i take": a question (a noun, then one asking)
RELATIVE = re.compile(
    r"^\W*(?:which|who|whom|where|when)\b(?!\s+(?:\w+\s+)?(?:would|should|could|do|does|did|can|will|is|are)\s+"
    r"(?:i|you|we|they|people|ppl|folks|most|grads|graduates|someone|one)\b)",
    re.IGNORECASE,
)
# a sentence ends at its stop, or after the quotation mark closing it ("...signs her emails 'MRC, CRC.' What does")
SENTENCES = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]['\"\u2019\u201d])\s+|\n+")
CLAUSES = re.compile(
    r"[,;:]\s*|\s+(?:but|so|and)\s+(?=(?:what|who|how|which|why|where|is|does|do|can)\b)"
    # said without punctuation: "... says id be good at case management what is that in normal words"
    r"|\s+(?=(?:what(?:'s|s)?|what (?:is|does)) (?:that|it|this)\b(?! (?:i|you|we|they|she|he)\b))"
    # "... im a c n a at a nursing home what degree should i get next"
    r"|\s+(?=(?:what|which) (?:degree|major|masters?|master'?s|bachelors?|bachelor'?s|program)"
    r" (?:should|would|do|can) i\b)",
    re.I,
)
# "... i want to become a case manager do i have to go to college": a question said on after a story, without
# punctuation, where nothing before it asks
RUN_ON_QUESTION = re.compile(
    r"\s(?=(?:do|can|could|should|would|will|am) i\b|(?:are|were) (?:they|these|those|both|the two)\b)", re.I
)
RUN_ON_WANTS_TO_KNOW = re.compile(
    r"\s(?:and |but |so )?(?=i (?:want|need|would like|wanna|just want) to (?:know|find out|figure out)\b)", re.I
)
RUN_ON_WH_QUESTION = re.compile(
    # "... what would somebody like me make", "... where would she even work after"
    r"\s(?=(?:what|how|which|where|when)(?: else)? (?:would|do|will|should|can|could|must|does|did) "
    r"(?:i|she|he|they|someone|somebody|a person|people)\b"
    # "... eight months with my b s w how much longer before i can sit for the a c m"
    r"|how (?:much longer|many more (?:months|years)) (?:before|until|till|do|would|will)\b"
    # "... im moving to texas who gives out the r n license there"
    r"|who (?:gives|issues|grants|licenses|runs|hands out|awards|certifies|decides|determines)\b"
    # "... i also had my c c m back then does any of that still count"
    r"|does (?:any of )?(?:that|this|it|those) (?:still |even )?count\b"
    # "... i really do not want to work in a hospital ever again does that close doors for me"
    r"|does (?:that|this|it) (?:really |even )?(?:close|hurt|limit|matter|mean|rule out|change|affect|disqualify)\b"
    # "... push it back a couple months what's that gonna cost me"
    r"|what(?:'s|s| is| will| would)? (?:that|it|this) (?:gonna |going to )?(?:cost|take|run)\b)",
    re.IGNORECASE,
)
TOLD_WHAT = re.compile(r"\b(?:what|how|where|when) (?:i|we|they|he|she|you)\b(?! (?:should|need|have to)\b)", re.I)
# the condition a run-on question is asked under: "if i switch to case management will i take a pay cut"
RUN_ON_CONDITION = re.compile(r"(?:^|\s)if (?:i|im|i'm|i was to)\b(?!.*\bif\b)", re.IGNORECASE)
# "what's it like", "what is a day like": how a thing is, not what it is (follows "what is" in a pattern)
HOW_IT_IS_AHEAD = r"(?!(?:[\w'-]+\s+){0,3}like\W*$)"
ASKING_WORD = re.compile(r"\b(?:what|whats|what's|how|why|when|where|which|who|whether|if|know|sure)\b", re.I)
# "no idea what it is", "what CDMS even stands for": what a thing is, asked at the end of the asking words
WHAT_IT_IS = re.compile(
    r"\bwhat\W+(?:(?:it|that|this|those|they|an?|the)\W+)?(?:[\w'-]+\W+){0,3}?(?:even\W+|really\W+|actually\W+)?"
    r"(?:is|are|means?|stands? for|is about)\W*$"
    # "what is an LPN exactly?", "what is insurance case management": a named thing and nothing else asked of it
    r"|^\W*(?:(?:so|ok|okay|but|and|lol|like|wait|um)\W+){0,2}(?:what|what's|whats)(?:\s+(?:is|are))?\s+"
    + HOW_IT_IS_AHEAD
    + r"(?:an?\s+|the\s+)?"
    r"(?:(?!(?:to|do|does|did|can|should|would|i|you|my|your|it|that|this|there)\b)[\w'-]+\s*){1,4}?"
    r"(?:\s*\b(?:exactly|really|actually|even|anyway))?\W*$"
    # "... she wants to be an l p c when she graduates what is that": the thing just named
    r"|^\W*(?:(?:so|ok|okay|but|and|um|uh)\W+){0,2}what(?:'s| is|s) (?:that|this|it)(?: exactly| even| anyway)?\W*$",
    re.IGNORECASE,
)


def asking_part(text: str) -> str:
    """The words of the message that ask something (joined), or "" when it only tells."""
    return " ".join(piece for _, piece in _asking_sentences(text))


def asking_spans(text: str) -> List[Tuple[int, int]]:
    """Where the sentences that ask stand in the message, (start, end) each: "how long does the CCM last, do I have
    to renew" asks about the CCM though its last clause asks the question."""
    text = text or ""
    spans: List[Tuple[int, int]] = []
    start = 0
    for sentence, _ in _asking_sentences(text):
        found = text.find(sentence, start)
        if found >= 0:
            spans.append((found + _told_lead(sentence), found + len(sentence)))
            start = found + len(sentence)
    return spans


def _told_lead(sentence: str) -> int:
    """How many characters of a sentence only tell before its first clause that asks: "rn with a bsn here, how long is
    an msn" asks from "how long" on; "I still don't get what she does" from the clause that says it asks (0 when the
    sentence opens by asking or asks without a question word)."""
    implicit = IMPLICIT_ASK.search(sentence)
    if implicit:  # "..., my question is how long": from the words that say it asks
        return sentence.rfind(",", 0, implicit.start()) + 1
    start = 0
    for boundary in [*CLAUSES.finditer(sentence), None]:
        end = boundary.start() if boundary else len(sentence)
        if QUESTION_WORD_FIRST.search(sentence[start:end]) and sentence[start:end].strip():
            return start if not RELATIVE.match(sentence[start:end]) else 0
        start = boundary.end() if boundary else start
    return run_on_question_start(sentence) or 0


def run_on_question_start(sentence: str) -> int:
    """Where a question said on after a story without punctuation starts (0 if none)."""
    if "," in sentence:
        return 0
    # "... my title is case manager ... and i want to know what school or certification i need": it asks from there
    wants_to_know = RUN_ON_WANTS_TO_KNOW.search(sentence)
    if wants_to_know and len(sentence[: wants_to_know.start()].split()) >= 8:
        return wants_to_know.end()
    # "... i keep thinking i could do what they do what would i need": the last question word asking of "i"
    last_wh = [found for found in RUN_ON_WH_QUESTION.finditer(sentence) if found.start() > 0][-1:]
    if last_wh and len(sentence[: last_wh[0].start()].split()) >= 4:  # "w an lmsw in arkansas where can i work"
        return last_wh[0].end()
    found = RUN_ON_QUESTION.search(sentence)
    if found is None or found.start() == 0:
        return 0
    before = sentence[: found.start()]
    condition = RUN_ON_CONDITION.search(before)
    if condition and condition.start() == 0:
        return found.end()  # "if i switch to case management am i gonna take a pay cut": the question after it
    if condition and not ASKING_WORD.search(before[: condition.start()]):
        return condition.start() + 1  # "... six years in the icu if i switch to case management will i take a pay cut"
    # "... what i would call case management ... would i be able to sit for it": "what i" tells, it does not ask
    return 0 if ASKING_WORD.search(TOLD_WHAT.sub(" ", before)) else found.end()


def asked_first(items: Sequence[T], text: str, span: Callable[[T], Tuple[int, int]]) -> List[T]:
    """The items (mentions) that stand in the sentences that ask, then the others, each in their order."""
    spans = asking_spans(text)

    def inside(item: T) -> bool:
        start, end = span(item)
        return any(s <= start and end <= e for s, e in spans)

    return [i for i in items if inside(i)] + [i for i in items if not inside(i)]


def asking_clauses(text: str) -> List[str]:
    """The clauses that open with a question word, in the sentences that ask, in their order: "whats an MSW exactly,
    like is it a PhD?" has two."""
    found: List[str] = []
    for sentence, _ in _asking_sentences(text):
        found += [c.strip() for c in CLAUSES.split(sentence) if c and QUESTION_WORD_FIRST.search(c)]
    return found


OR_ELSE = re.compile(r"^\W*or\b", re.IGNORECASE)


def _asking_sentences(text: str) -> List[Tuple[str, str]]:
    """(sentence, its asking words) of each sentence that asks something."""
    asked: List[Tuple[str, str]] = []
    for sentence in SENTENCES.split((text or "").strip()):
        implicit = IMPLICIT_ASK.search(sentence)
        clauses = [c for c in CLAUSES.split(sentence) if c and c.strip()]
        asks = sentence.rstrip().endswith("?")
        # "..., which surprised me." tells: a relative clause after a comma, in a sentence that does not ask
        first = [
            c
            for i, c in enumerate(clauses)
            if QUESTION_WORD_FIRST.search(c) and (asks or not i or not RELATIVE.match(c))
        ]
        run_on = run_on_question_start(sentence)
        if implicit:
            piece = sentence[implicit.end() :]
        elif first:
            piece = first[-1]
        elif run_on:
            piece = sentence[run_on:]
        elif asks:
            piece = clauses[-1] if clauses else sentence
            if len(clauses) > 1 and OR_ELSE.match(piece):  # "..., or has too much time passed?": both ask
                piece = sentence[sentence.find(clauses[-2]) :]
        else:
            continue
        if piece.strip():
            asked.append((sentence, piece.strip()))
    return asked


def asks_what_it_is(asked: str) -> bool:
    """ "what's the CRC?", and "is that like a class?? what even is vocational rehabilitation": its last question."""
    last = [part for part in SENTENCES.split(asked or "") if part.strip()][-1:]
    return any(WHAT_IT_IS.search(part) for part in [asked or ""] + last)
