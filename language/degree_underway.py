"""A degree still being earned, and how long until it is conferred.

"Graduating in May with my BSW", "MSW, 2 semesters left", "in my last semester of a rehab counseling master's": the
degree is not held (a board counts a degree once it is conferred), but it is the person's next step and says where
they are headed. Which mentions are held is profile_extraction's; this module says which of the others are underway
and reads the months left from the words after it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from language.cues import just_before, said_first
from language.durations import number_said

# Said before the degree: one being finished or earned now (not one wanted: "thinking about an MSW")
UNDERWAY_BEFORE = just_before(
    "started", "enrolled in", "working on", "halfway through", "in the middle of",
    # "I'm about two thirds through the bachelor's in human services"
    r"(?:a|one|two|three) (?:thirds?|quarters?) (?:of the way )?through", r"(?:part|partly|most of the) ?way through",
    "currently in", "finishing", "finishing up", "completing", "about to finish", "almost done with", "wrapping up",
    "graduating", r"(?:i|i'?ll|i will|will|to) graduate", "paying for my", "while i finish", "while finishing",
    # "I can't get the LMSW until I finish the MSW"
    r"(?:until|till|til|once|when|before) i (?:finish|complete)",
    r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th|senior) (?:year|semester|term|quarter) (?:of|in)",
    r"(?:year|semester|term) (?:\d|one|two|three|four) (?:of|in)",  # "I'm in year 1 of a master's"
    r"(?:i'?m|i am|im) (?:now |currently )?in (?:an?|the|my)", "now in",
    # "a senior in the b s w program"
    r"(?:a |an )?(?:senior|junior|sophomore|freshman|first[- ]year|second[- ]year) in (?:an?|the|my)",
    r"(?:i'?m|im|i am|currently|now) doing (?:my|the|an?)",  # "i'm doing my b s w online now"
    words=4,  # "graduating in may with my BSW"
)  # fmt: skip
# Said after it: "(in progress)", "program now", "2 semesters left", "graduating in May", "done in may"
UNDERWAY_AFTER = said_first(
    r"(?:is |still |is still )?(?:in progress|underway|ongoing|unfinished)", "student", "program now",
    # "msw part time, done may 27": being studied
    r"(?:part|full)[- ]?time\b(?!\W*(?:jobs?|work\w*|position|role|case|cm|as|at|employ\w*|hours))",
    r"(?:online\W+)?\(?(?:\d+|one|two|three|four|a few|a couple(?: of)?) (?:more )?(?:semesters?|terms?|quarters?"
    r"|classes|courses|credits|months?|years?) (?:left|to go)",
    # "high school, but bachelor's in may!!": a month with no year, said of a degree not told as got (PAST)
    r"(?:online |part[- ]time |full[- ]time )?in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"(?!\W*(?:19|20)\d\d|\W*'\d\d)",
    r"(?:and |which )?(?:i'?m |i am |im |i |i'?ll |i will )?(?:be )?(?:graduating|graduate|finishing|done|finish"
    r"|wrapping up|walking|walk)(?: it| up)? (?:in|this|next|by|on|at the end of)",
    # "bsw at nccu, graduating may 2027": the school, then the month it will be conferred
    r"(?:at|from) [\w&' -]{2,30}?\W{1,3}(?:i'?m |im |and )?(?:graduating|finishing)\b",
    r"(?:graduating|finishing) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\W+(?:20\d\d|'\d\d)",
)  # fmt: skip

MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
# The month a season's graduations fall in (spring: May; fall: December; winter: December; summer: August)
SEASON_MONTH = {"spring": 5, "summer": 8, "fall": 12, "autumn": 12, "winter": 12}
WHEN = re.compile(
    r"\b(?:in|this|next|by|on|at the end of|graduating|finishing)\s+(?:the\s+)?"
    r"(?:(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*|(?P<season>spring|summer|fall|autumn|winter))\b(?:\s+(?:of\s+)?(?P<year>20\d\d))?"
)
LEFT = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|a couple(?: of)?|a few)\s+(?:(?:more\s+)?(?P<unit>semesters?|terms?"
    r"|quarters?|months?|years?)\s+(?:left|to go)|more\s+(?P<more>semesters?|terms?|quarters?|months?|years?))"
)
# "got my bachelor's in May", "graduated with my BSW in May": conferred
PAST = re.compile(
    r"\b(?:got|earned|finished|completed|received|graduated|had|have|has)\b(?:\W+\w+){0,3}\W*$"
    # "started right after my MSW": the degree was done by then
    r"|\b(?:right |just |soon )?after (?:my|the|finishing|getting|i (?:got|finished))\W+(?:\w+\W+)?$"
)
# "started a master's once and dropped out": begun, not being earned
ABANDONED = re.compile(
    r"\b(?:dropped out|drop out|quit|never finished|didn'?t finish|did not finish|left the program|stopped going"
    r"|gave up|stopped after|stopped when|stopped in|stopped because)\b"
)
BEGUN_THEN = re.compile(
    r"\b(?:started|start|starting|began|begin|beginning|begun|enrolled)\b(?![^.?!]*\b(?:graduat\w*|finish\w*|done|end\w*)\b)"
)
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
SENTENCE_END = re.compile(r"[.;!?]")
UNIT_MONTHS = {"semester": 6, "term": 6, "quarter": 3, "month": 1, "year": 12}


def is_underway(before: str, after: str, today: Optional[date] = None) -> bool:
    """Do the words around a degree not held say it is being earned now?"""
    if ABANDONED.search(after) or PAST.search(before):
        return False
    if names_a_past_year(SENTENCE_END.split(after, 1)[0][:30], today):
        return False  # "BSN, done in 2015": conferred then
    return bool(UNDERWAY_BEFORE.search(before) or UNDERWAY_AFTER.search(after))


def names_a_past_year(text: str, today: Optional[date] = None) -> bool:
    """Does the text name a year before this one ("MSW, May 2021", "done in 2015")?"""
    return any(int(year) < (today or date.today()).year for year in YEAR.findall(text))


def months_left(text: str, today: date) -> Optional[float]:
    """The months until the degree is conferred, from the words said about it; None when no time is told."""
    left = LEFT.search(text)
    if left:
        count = {"a couple": 2, "a couple of": 2, "a few": 3}.get(left["n"]) or number_said(left["n"])
        unit = (left["unit"] or left["more"]).rstrip("s")
        return float(count * UNIT_MONTHS[unit]) if count else None
    # "i just started my m s w this fall": when it began, not when it ends
    when = next(
        (w for w in WHEN.finditer(text) if not BEGUN_THEN.search(text[max(0, w.start() - 40) : w.start()])), None
    )
    if not when:
        return None
    month = MONTHS.index(when["month"]) + 1 if when["month"] else SEASON_MONTH[when["season"]]
    year = int(when["year"]) if when["year"] else today.year + (month < today.month)
    months = (year - today.year) * 12 + month - today.month
    return float(months) if 0 <= months <= 72 else None
