"""Turn durations in typed or speech-to-text English into whole months.

    >>> parse_months("um like two and a half years uh")
    30
    >>> [d.months for d in find_durations("a nurse for ten years, then 18 mos")]
    [120, 18]

Vague amounts ("a few", "several", "some"), ages ("27 years old"), bare
years ("since 2021"), hours, negative numbers and anything over 50 years
are not durations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from math import floor

MAX_MONTHS = 600  # 50 years

_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = {"zero": 0, "a": 1, "an": 1}
_NUMBER_WORDS.update({w: i for i, w in enumerate(_ONES, 1)})
_NUMBER_WORDS.update({w: i for i, w in enumerate(_TEENS, 10)})
_NUMBER_WORDS.update({w: i * 10 for i, w in enumerate(_TENS, 2)})

_MONTHS_PER_UNIT = {
    "decade": Fraction(120),
    "year": Fraction(12),
    "yr": Fraction(12),
    "y": Fraction(12),
    "m": Fraction(1),
    "month": Fraction(1),
    "mth": Fraction(1),
    "mo": Fraction(1),
    "week": Fraction(12, 52),
    "wk": Fraction(12, 52),
}

_tens, _ones = "|".join(_TENS), "|".join(_ONES)
_words = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))  # longest first: "eighteen" before "eight"
_DURATION = re.compile(
    rf"""
    (?<![\w.,\-−])                      # not inside a word, a longer number, or after a minus sign
    (?:
        (?P<half>(?:an?\s+)?half(?:\s+an?)?\b)
      | (?P<couple>(?:a\s+)?couple(?:\s+of)?\b)
      | (?: (?P<figure>[0-9]+(?:\.[0-9]+)?|\.[0-9]+)
          | (?P<word>(?:{_tens})[\s-]+(?:{_ones})\b|(?:{_words})\b)
        ) (?P<half_before>\s+and\s+a\s+half\b)?
        \+?                             # "2+ yrs": at least two, which is what can be shown
      # "the last year", "last year and a half ive been team lead": one unit (but "got my BSW last year" is a when)
      | (?P<last>(?<=\bthe\slast\s)|(?<=\bthe\spast\s)|(?:(?<=\blast\s)|(?<=\bpast\s))(?=years?\s+and\s+a\s+half))
    )
    [\s-]*
    (?P<unit>decades?|years?|yrs?|months?|mths?|mos?|weeks?|wks?|(?<=[0-9])[ym])\b   # "4y 9m", texted
    (?P<half_after>\s+and\s+a\s+half\b)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_AGE_AFTER = re.compile(r"[\s-]*(?:old|of\s+age)\b", re.IGNORECASE)
_NEGATIVE_BEFORE = re.compile(r"\b(?:minus|negative)\s*$", re.IGNORECASE)
# "$40k a year", "20 hours a week", "twice a month", "a couple shifts a month": a rate, not a duration.
_RATE_BEFORE = re.compile(
    r"(?:[0-9][0-9,.]*k?|\b(?:dollars|bucks|hours?|hrs?|days?|times|once|twice|shifts?|visits?|calls?|weekends?))\s*$"
    r"|\b(?:hours?|hrs?|sessions?)\s+of\s+(?:\w+\s+){0,2}$",  # "about 4 hours of supervision a month"
    re.IGNORECASE,
)
# "there's a 48-month limit", "the 6 year time limit": a rule's length, not one lived
_LIMIT_AFTER = re.compile(r"[\s-]*(?:time\s+)?(?:limit|maximum|max|cap|deadline)\b", re.IGNORECASE)
# "almost two years", "just under a year": less than the length named. A board counts only what can be shown, so
# such a length is read as a month short of it (an exam wanting 24 months is not met by "almost two years").
_SHORT_OF_BEFORE = re.compile(r"\b(?:almost|nearly|not quite|just under|a little under|a bit under|shy of)\s+$", re.I)
# Gap allowed between the parts of "2 years, 6 months" / "two years and three months".
# ("two years and like four months", spoken: a hedge after the "and")
# ("7 yrs + a couple months", "seven years and like three or four months": the months' own range, its last said)
_JOINER = re.compile(
    r"[\s,]*(?:(?:and|\+|plus)\s*(?:(?:like|about|around|roughly|maybe|uh|um)\s+)?)?(?:[a-z]+\s+or\s+)?",
    re.IGNORECASE,
)


# "14 months at the first hospital and 16 at this one": a bare number joined to a duration takes its unit, where
# a place, "more" or the end of the sentence follows it (not "2 years and 3 kids").
_ELIDED_UNIT = re.compile(
    rf"""
    ^(?P<gap>[^0-9.!?;]{{0,60}}?\b(?:and|plus|then|with)\b\s+(?:(?:another|about|like|around|maybe)\s+)?)
    (?P<amount>[0-9]{{1,2}}|{_words})
    (?=\s+(?:at|in|on|with|there|here|more|before|after|since|so\s+far)\b|\s*[,.;!?]|\s*$)
    """,
    re.IGNORECASE | re.VERBOSE,
)


# "five years, three at walgreens and two at the hospital": the first part of a total, in the total's unit
_FIRST_PART = re.compile(
    rf"^[\s,:\u2014\u2013-]*(?P<amount>[0-9]{{1,2}}|{_words})(?=\s+(?:at|in|on|with|for)\s+(?:an?|the|my|\w+s)\b)",
    re.IGNORECASE,
)
# "an RN for 11 years, the last two and a half doing utilization review": a part, in the unit of the whole
_LAST_PART = re.compile(
    rf"""
    ^[^0-9.!?;]{{0,30}}?\b(?:the\s+)?(?:last|past|first|final)\s+
    (?P<amount>[0-9]{{1,2}}(?:\.5)?|(?:{_tens})[\s-]+(?:{_ones})|{_words})(?P<half>\s+and\s+a\s+half)?\b
    (?!\s*(?:decades?|years?|yrs?|months?|mths?|mos?|weeks?|wks?|days?|hours?|hrs?|percent|%|of|times?)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Duration:
    months: int
    start: int
    end: int
    text: str
    began: int | None = None  # the month it began (year * 12 + month index), when told by a date


def _raw_months(m: re.Match[str], text: str) -> Fraction | None:
    """Unrounded months for one match, or None if the context says it is not a duration."""
    start = m.start()
    if _AGE_AFTER.match(text, m.end()) or _NEGATIVE_BEFORE.search(text, max(0, start - 20), start):
        return None
    if _LIMIT_AFTER.match(text, m.end()):
        return None
    word = (m["word"] or "").lower()
    if word in ("a", "an") and _RATE_BEFORE.search(text, max(0, start - 30), start):
        return None
    if m["half"]:
        amount = Fraction(1, 2)
    elif m["couple"]:
        amount = Fraction(2)
    elif m["last"] is not None:
        amount = Fraction(1)
    elif m["figure"]:
        amount = Fraction(m["figure"])
    else:
        amount = Fraction(sum(_NUMBER_WORDS[w] for w in re.split(r"[\s-]+", word)))
    amount += Fraction(1, 2) * (bool(m["half_before"]) + bool(m["half_after"]))
    return amount * _MONTHS_PER_UNIT[m["unit"].lower().removesuffix("s")]


def find_durations(text: str) -> list[Duration]:
    """Every duration in text, in order, with character offsets into text."""
    spans: list[tuple[int, int, Fraction, Fraction]] = []  # start, end, months, smallest unit
    for m in _DURATION.finditer(text):
        months = _raw_months(m, text)
        if months is None:
            continue
        unit = _MONTHS_PER_UNIT[m["unit"].lower().removesuffix("s")]
        # "2 years 6 months" is one duration: merge when units shrink and only a joiner separates them, and the
        # smaller part is shorter than what came before it and, after years, than a year ("3 years, 36 months" says
        # the same length twice, "two years, twenty-three months to be exact" restates it).
        limit = (spans[-1][3] if spans[-1][3] >= 12 else spans[-1][2]) if spans else 0
        if spans and unit < spans[-1][3] and months < limit and _JOINER.fullmatch(text, spans[-1][1], m.start()):
            first_start, _, first_months, _ = spans.pop()
            spans.append((first_start, m.end(), first_months + months, unit))
        else:
            spans.append((m.start(), m.end(), months, unit))
    spans = _with_elided_units(text, spans)
    durations = []
    for start, end, months, _ in spans:
        whole = _whole(months)
        if whole > 1 and _SHORT_OF_BEFORE.search(text, max(0, start - 20), start):
            whole -= 1
        if whole <= MAX_MONTHS:
            durations.append(Duration(whole, start, end, text[start:end]))
    return durations


def _with_elided_units(text: str, spans: list) -> list:
    """Each span, and after it any bare number that shares its unit ("14 months ... and 16 at this one")."""
    result = []
    for index, span in enumerate(spans):
        result.append(span)
        following = spans[index + 1][0] if index + 1 < len(spans) else len(text)
        end = span[1]
        first = _FIRST_PART.match(text[end:following])  # "five years, three at walgreens and two at the hospital"
        while True:
            gap = text[end:following]
            elided = first or _ELIDED_UNIT.match(gap) or _LAST_PART.match(gap)
            if not elided or elided["amount"].lower() in ("a", "an"):
                break
            first = None
            amount = _amount(elided["amount"]) + (Fraction(1, 2) if elided.groupdict().get("half") else 0)
            result.append((end + elided.start("amount"), end + elided.end(), amount * span[3], span[3]))
            end += elided.end()
    return result


_NUMBER = rf"[0-9]{{1,2}}(?:\.5)?|{_words}"
_MAYBE_JOIN = re.compile(r"[\s,]*(?:or\s+)?(?:maybe|possibly|perhaps|probably)[\s,]*")
_RANGE_JOIN = re.compile(r"\s*(?:to|or|-|–|—)\s*|\s*and\s*")
_RANGE_BEFORE = re.compile(rf"(between\s+)?\b({_NUMBER})\s*(?:(?:to|or|-|–|—)|(and))\s*$")
_CORRECTED = re.compile(r"\b(?:no\W+wait|wait|actually|i mean|sorry|or rather|correction)\b")
_CORRECTED_AFTER = re.compile(
    rf"^\W*(?:no\W+)?(?:wait|actually|i mean|sorry|or rather)\W+(?:(?:it'?s|it was|more like|closer to|like|about|"
    rf"maybe|probably)\s+)*({_NUMBER})\b(?!\s*(?:months?|years?|yrs?|mos?|weeks?)\b)"
)
# "just about two years, twenty-three months to be exact": the exact length restates the rough one
_EXACTLY_AFTER = re.compile(r"^\W*(?:to be (?:exact|precise)|exactly|precisely)\b")
_RESTATING = r"\bso\b|\bwhich (?:is|comes to)\b|\bthat'?s\b|\bthats\b|\bi\.?e\.?(?!\w)"
_RESTATED = re.compile(_RESTATING)
# "a couple years now, about twenty two months": a rough length, then nearly the same one said more exactly
_MORE_EXACTLY = re.compile(r"^\W*(?:now\W+)?(?:about|around|roughly|like|more like|closer to|call it)\W*$")


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b|'\d\d\b")
_ANOTHER_STRETCH = re.compile(r"\b(?:and|then|plus|before|after|also|another|prior|previously|earlier|while)\b")


# only hedges and restating words between two lengths
_ONLY_HEDGES = re.compile(
    r"[\s,.;:~/-]*(?:(?:ish|or so|so|maybe|i think|like|about|around|roughly|call it|more like|closer to|thats|that'?s"
    r"|what|um|uh|i guess|probably|almost|nearly|is that right|a little over|a bit over|ft|pt|full time|part time"
    # "around 38 or 39 months": the lower of a range said on the way
    r"|\d{1,3} or)\b[\s,.;:?~/-]*)+"
)
# "2 years, 25 months actually", "~3 yrs / 38 mo", "eight months eight months": nothing but marks between
_ONLY_MARKS = re.compile(r"[\s,.;:~/-]*")

_SENTENCE_END = re.compile(r"\s*[.;:]\s*")


def _one_stretch_said_again(lowered: str, parts: list[Duration]) -> bool:
    """Several lengths joined only by hedges ("a year and a half ish maybe twenty months"), close to each other: one
    stretch, said more exactly each time."""
    ordered = sorted(parts, key=lambda part: part.start)
    if ordered != list(parts):
        return False
    said = years_in_figures(lowered)  # (a year said aloud ends where its figures do)
    joins = [said[a.end : b.start] for a, b in zip(parts, parts[1:])]
    months = [part.months for part in parts]
    # ("almost 4 yrs. 47 mo if u want exact": a sentence's end joins them too)
    hedged = all(_ONLY_HEDGES.fullmatch(join) or _SENTENCE_END.fullmatch(join) for join in joins)
    if hedged and max(months) - min(months) <= max(3, max(months) / 4):
        return True
    # said again straight after, in other units: one stretch only when nearly the same length
    marks = all(_ONLY_MARKS.fullmatch(join) or _ONLY_HEDGES.fullmatch(join) for join in joins)
    return marks and max(months) - min(months) <= max(2, max(months) / 12)


def _dated_again(parts: list[Duration], between: str) -> bool:
    """A length, then its dates with nothing between that tells of another stretch of time."""
    return bool(
        _A_YEAR.search(parts[1].text) and not _A_YEAR.search(parts[0].text) and not _ANOTHER_STRETCH.search(between)
    )


_RESTATED_JUST_BEFORE = re.compile(rf"(?:{_RESTATING})\W*(?:(?:um|uh|like|about|around|roughly|almost|nearly)\W+)*$")


_ROUGH_THEN_DATED = re.compile(r"\W*(?:(?P<rough>and change|ish|or so|give or take|plus)\W+)?(?:from\s+|since\s+)?")
_ROUGH_BEFORE = re.compile(r"\b(?:about|around|roughly|approximately|almost|nearly|like|over)\W+$")
_MONTH_AND_YEAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:of\s+)?(?:(?:19|20)\d\d|'\d\d)\b"
)


_SINCE_A_YEAR = re.compile(r"(?:ever )?since (?:19|20)\d\d")
_ANOTHER_STRETCH_BETWEEN = re.compile(r"\b(?:before|after|then|plus|also|another|and \d|prior)\b")


def restated_by_a_year(text: str, earlier: int, later: int) -> bool:
    """ "Five years. I've supervised the case management team since 2020.": a later sentence whose only length is a
    year alone, at or a little above the length told first, says it again more roughly."""
    lowered = text.lower()
    return bool(_SINCE_A_YEAR.search(lowered)) and not _MONTH_AND_YEAR.search(lowered) and 0 <= later - earlier <= 24


def restatements_dropped(text: str, parts: list[Duration]) -> list[Duration]:
    """ "six years on the detox unit so seventy two months, and before that four years": a length said again at once
    in other units ("so", "which is") is one part, not two."""
    lowered = text.lower()
    kept: list[Duration] = []
    for part in parts:
        before = kept[-1] if kept else None
        between = lowered[before.end : part.start] if before else ""
        said_again = before and (_RESTATED_JUST_BEFORE.search(between) or _ONLY_MARKS.fullmatch(between))
        if said_again and abs(before.months - part.months) <= 1:
            # one span from the first saying to the last, so no "so" is left between two parts to read as a total
            # ("aug 2023 to now, ~3 yrs 4 mo": nothing but marks between is a restating too); the dates' months when
            # dates came first ("August 2021 through December 2023, so about 2.5 years"), else the later, exact one
            months = before.months if _dated_again([part, before], between) else part.months
            kept[-1] = Duration(months, before.start, part.end, lowered[before.start : part.end])
        elif (
            before
            and (rough_then_dated := _ROUGH_THEN_DATED.fullmatch(between))
            and (rough_then_dated.group("rough") or _ROUGH_BEFORE.search(lowered[: before.start]))
            and _MONTH_AND_YEAR.search(part.text)
            and not _A_YEAR.search(before.text)
            and abs(before.months - part.months) <= max(6, before.months // 6)
        ):
            kept[-1] = part  # "about four years and change, August 2022 to now": the dates are exact
        elif (
            before
            and _SINCE_A_YEAR.fullmatch(part.text.strip())
            and not _ANOTHER_STRETCH_BETWEEN.search(between)
            and restated_by_a_year(part.text, before.months, part.months)
        ):
            continue  # "Five years, I've supervised the case managers since 2020": a year alone is the rougher
        elif (
            before
            and len(parts) > 2
            and _dated_again([before, part], between)
            and abs(before.months - part.months) <= max(2, before.months / 6)
        ):
            kept[-1] = part  # "Three years at the hospital, June 2018 to May 2021, and since May ...": its dates
        else:
            kept.append(part)
    return kept


def one_length(text: str, parts: list[Duration]) -> int | None:
    """The one length an answer means when it gives a range ("18 months to 2 years", "2 or 3 years": the lower, as a
    board counts only what can be shown), corrects itself ("two years, no wait, closer to three": the later) or
    restates ("three years part time, so like a year and a half full time": the restatement); None otherwise."""
    lowered = text.lower()
    if len(parts) == 2:
        between = lowered[parts[0].end : parts[1].start]
        dated_first = _RESTATED.search(between) and _dated_again(parts[::-1], between)
        if dated_first and abs(parts[0].months - parts[1].months) <= max(3, parts[1].months // 3):
            # "since October 2024, so a little over two years", "August 2021 through December 2023, so about two and
            # a half years": the dates are exact
            return parts[0].months
    if len(parts) >= 2 and _one_stretch_said_again(lowered, parts):
        return parts[-1].months  # "in april of 2025 so a year and a half ish maybe twenty months": the last, closest
    if len(parts) == 2:
        between = lowered[parts[0].end : parts[1].start]
        if _MAYBE_JOIN.fullmatch(between):
            return min(parts[0].months, parts[1].months)  # "a year, maybe a year and a half": what can be shown
        ranged = _RANGE_JOIN.fullmatch(between)
        if ranged and ("and" not in between or "between" in lowered[: parts[0].start].split()[-2:]):
            return min(parts[0].months, parts[1].months)
        if _CORRECTED.search(between) or _RESTATED.search(between) or _EXACTLY_AFTER.match(lowered[parts[1].end :]):
            return parts[1].months
        first, second = parts[0].months, parts[1].months
        if _MORE_EXACTLY.match(between) and abs(first - second) <= max(first, second) / 4:
            return second
        if _dated_again(parts, between) and abs(first - second) <= max(2, first / 6):
            return second  # "21 years at the hospital, January 1996 through December 2016": one stretch, dated
        if _dated_again(parts, between) and not _A_MONTH.search(parts[1].text) and abs(first - second) <= 12:
            return first  # "18 mo FT as a case manager, 2019-2020": years alone date it less exactly than its length
        if _dated_again(parts[::-1], between) and abs(first - second) <= 2:
            return second  # "since jan 2 2025, 23 mos as of today": its dates, then the length they make
        return None
    if len(parts) > 2:
        # "two years navigating and then five months as a nurse, so two years and five months": the sum restated
        between = lowered[parts[-2].end : parts[-1].start]
        if _RESTATED.search(between) and parts[-1].months == sum(part.months for part in parts[:-1]):
            return parts[-1].months
        return None
    unit = _unit_of(parts[0])
    before = _RANGE_BEFORE.search(lowered[: parts[0].start])
    if before and unit and (not before.group(3) or before.group(1)):
        return min(parts[0].months, _whole(_amount(before.group(2)) * unit))
    corrected = _CORRECTED_AFTER.match(lowered[parts[0].end :])
    if corrected and unit:
        return _whole(_amount(corrected.group(1)) * unit)
    return None


def _unit_of(duration: Duration) -> Fraction | None:
    found = _DURATION.search(duration.text)
    return _MONTHS_PER_UNIT[found["unit"].lower().removesuffix("s")] if found else None


def _amount(said: str) -> Fraction:
    """A number said in figures or words ("24", "2.5", "three", "twenty-one")."""
    said = said.lower()
    if said[0].isdigit():
        return Fraction(said)
    return Fraction(sum(_NUMBER_WORDS[word] for word in re.split(r"[\s-]+", said)))


def number_said(said: str) -> int:
    """A whole number said in figures or words ("3", "three", "twenty-one")."""
    return int(_amount(said))


def _whole(months: Fraction) -> int:
    """The whole months done: "11 and a half months" is not yet the 12 a rule asks for."""
    return floor(months)


# A length told by a child's age or school year, as parents tell it: "I started the summer my son was born, and he
# turned three last month" (3 years), "since my youngest started kindergarten, and he just turned fifteen" (10: school
# starts at five), "since she started kindergarten, she's in fourth grade now" (4).
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_AGE = (
    rf"([0-9]{{1,2}}|(?:{_tens})[\s-]+(?:{_ones})\b|(?!an?\b)(?:{_words}))"  # "he turned three"; not "she is a nurse"
)
# "I started the summer after I graduated, and my son was born two years after that. He's twenty-one now": the
# years between the start and the birth count too
_BORN_LATER = re.compile(
    rf"\bwas born\s+((?:{_tens})[\s-]+(?:{_ones})|[0-9]{{1,2}}|{_words})\s+years?\s+(?:after|later)\b"
)
_BORN_THEN_AGE = re.compile(
    rf"\b(?:was born|had (?:him|her|them))\b.*?\b(?:turned|turns|is|he'?s|she'?s|just turned)\s+{_AGE}\b"
)
_SCHOOL_THEN_AGE = re.compile(rf"\bkindergarten\b.*?\b(?:turned|turns|just turned)\s+{_AGE}\b")
_SCHOOL_THEN_GRADE = re.compile(
    r"\bkindergarten\b.*?\b(?:in|started|starting|finished)\s+(?:the\s+)?(first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|[0-9]{1,2}(?:st|nd|rd|th))\s+grade\b"
)
SCHOOL_AGE = 5


def told_by_a_childs_age(text: str) -> int | None:
    """Months told by a child's age or school year since an event ("since my youngest started kindergarten, and he
    just turned fifteen": 120), or None."""
    lowered = text.lower()
    if found := _BORN_THEN_AGE.search(lowered):
        later = _BORN_LATER.search(lowered)
        return _whole(12 * (_amount(found.group(1)) + (_amount(later.group(1)) if later else 0))) or None
    if found := _SCHOOL_THEN_AGE.search(lowered):
        years = _amount(found.group(1)) - SCHOOL_AGE
        return _whole(12 * years) if years > 0 else None
    if found := _SCHOOL_THEN_GRADE.search(lowered):
        grade = found.group(1)
        return 12 * (_ORDINALS.get(grade) or int(re.sub(r"\D", "", grade)))
    return None


# "about 4,000 hours total": work told in hours, counted in full-time months (2,080 hours a year, as ACMA counts a year)
_HOURS_WORKED = re.compile(
    r"\b(?P<hours>\d{1,2},\d{3}|\d{3,5})\s*\+?\s*(?:hours|hrs)\b(?!\s*(?:a|per|/|each|every)\s*(?:week|wk|month|day))"
)
# "about three thousand hours", "two thousand five hundred hours": said aloud at the kiosk
_HOURS_SAID = re.compile(
    rf"\b(?P<thousands>[0-9]{{1,2}}|{_words})\s+thousand\b(?:\s+(?:and\s+)?(?P<hundreds>{_ones})\s+hundred)?"
    r"\s+(?:hours|hrs)\b(?!\s*(?:a|per|/|each|every)\s*(?:week|wk|month|day))"
)
FULL_TIME_HOURS_A_MONTH = Fraction(2080, 12)


def months_of_hours(text: str) -> int | None:
    """The full-time months of the first total of hours told ("about 4,000 hours" is 23), or None."""
    found, said = _HOURS_WORKED.search(text), _HOURS_SAID.search(text)
    if found:
        hours = int(found["hours"].replace(",", ""))
    elif said:
        hours = number_said(said["thousands"]) * 1000 + (number_said(said["hundreds"]) * 100 if said["hundreds"] else 0)
    else:
        return None
    months = _whole(Fraction(hours) / FULL_TIME_HOURS_A_MONTH)
    return months if 0 < months <= MAX_MONTHS else None


def parse_months(text: str) -> int | None:
    """The first duration in text, in months (rounded to nearest whole month, halves up), or None if there is none."""
    durations = find_durations(text)
    return durations[0].months if durations else None


# A length told by its dates, as people with long careers tell it: "from June 1991 to June 1999" (96), "2015-2019"
# (48), "from 2001 till now". "since 2021" is a length only where work is told (`work_since`): it is as often when a
# licence or degree came.
_MONTH_NAMES = "jan feb mar apr may jun jul aug sep oct nov dec".split()
# a date that names its month ("June 2019", "6/2019"), not a year alone
_A_MONTH = re.compile(rf"\b(?:{'|'.join(_MONTH_NAMES)})[a-z]*\b|\b\d{{1,2}}/", re.IGNORECASE)
# ("December 15, 2025": the day, where told, decides whether the last month is done)
_MONTH = (
    r"(?:(?P<{0}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:the\s+)?"
    r"(?:(?P<{0}_day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?)?"
)
# A year after a month, texted in two figures: "since aug 22", "jan 21 - now", "july '23" (2018 to 2026 only, and
# not a day: "march 3rd", "march 15, 2024")
# the months' full names, spelled out (the calendar module's follow the locale), after their short names
_MONTH_WORDS = (*_MONTH_NAMES, "sept", "january", "february", "march", "april", "june", "july", "august", "september",
                "october", "november", "december")  # fmt: skip
_AFTER_A_MONTH = "|".join(f"(?<={word}{sep})" for word in _MONTH_WORDS for sep in (" ", ". ", " of "))
# ("since August of '97": any year with its apostrophe; without it, only the recent ones, "may 24" being a day too)
_YEAR = (
    rf"(?:(?:19|20)\d\d|(?:{_AFTER_A_MONTH})(?:'?(?:1[89]|2[0-6])|'[0-9]\d)(?![\d:])(?!\s*(?:st|nd|rd|th)\b)"
    r"(?!,?\s*(?:19|20)\d\d))"
)


def _year(said: str) -> int:
    year = int(said.lstrip("'"))
    if year >= 100:
        return year
    return year + (1900 if year > 30 else 2000)  # "'97" is 1997, "'05" 2005 (no working life starts in the 2030s yet)


# "from the start of 2019 until the end of December 2025": a stretch that ends with the end of its month or year
_PART_OF = r"(?:the\s+(?P<{0}>end|start|beginning|middle)\s+of\s+)?"
_DATE_RANGE = re.compile(
    r"\b(?:from\s+|between\s+)?"
    + _PART_OF.format("part1")
    + _MONTH.format("m1")
    + "(?P<y1>"
    + _YEAR
    + r")\s*(?:to|until|till|til"
    r"|through|thru|-|–|—|and)\s*(?:(?:" + _PART_OF.format("part2") + _MONTH.format("m2") + "(?P<y2>" + _YEAR + "))"
    r"|(?P<now>now|today|present|the present))\b"
)


# A year said aloud at the kiosk: "twenty eighteen", "twenty twenty two", "two thousand twelve", "nineteen ninety four",
# "twenty oh five"
_TWO_DIGITS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight"
    r"|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|(?:oh|o)\s+(?:one|two|three|four|five|six|seven|eight|nine))"
)
_SPOKEN_YEAR = re.compile(
    rf"\b(?P<century>nineteen|twenty)\s+(?:hundred\s+(?:and\s+)?)?(?P<rest>{_TWO_DIGITS})\b"
    rf"|\btwo\s+thousand(?:\s+and)?(?:\s+(?P<after>{_TWO_DIGITS}|one|two|three|four|five|six|seven|eight|nine))?\b"
)


def _two_digits(said: str) -> int:
    words = said.replace("-", " ").split()
    return sum(_NUMBER_WORDS.get(word, 0) for word in words)


# a speaker's fillers, blanked where dates are read: "since um april twenty eighteen"
_FILLERS = re.compile(r"\b(?:um+|uh+|uhm+|erm+|hmm+)\b,?")


def _as_dates_are_read(text: str) -> str:
    """The text lowered, without fillers and with years in figures, every other word in its place (a length's text
    is taken from it, so a year said aloud reads as a year: "in april of 2023")."""
    return years_in_figures(_FILLERS.sub(lambda found: " " * len(found.group(0)), text.lower()))


def years_in_figures(text: str) -> str:
    """The text with each year said aloud written in figures, padded with spaces so every other word keeps its place:
    "from march twenty eighteen to" -> "from march 2018            to"."""

    def figures(found: re.Match) -> str:
        if found["century"]:
            year = (1900 if found["century"] == "nineteen" else 2000) + _two_digits(found["rest"])
        else:
            year = 2000 + (_two_digits(found["after"]) if found["after"] else 0)
        return str(year).ljust(len(found.group(0)))

    return _SPOKEN_YEAR.sub(figures, text)


# "I started as a case manager in 2015 and left in 2018": a start and an end told as events
# ("started june 2017, left end of july 2019 for grad school": the "in"s left out)
_STARTED_THEN_LEFT = re.compile(
    r"\b(?:started|began|joined|got hired|was hired)\b[^.?!]{0,50}?\b(?:in\s+)?"
    + _MONTH.format("m1")
    + "(?P<y1>"
    + _YEAR
    + r")"
    r"\b[^.?!]{0,60}?\b(?:left|quit|stopped|ended|resigned|was laid off)\b[^.?!]{0,20}?\b(?:in\s+)?"
    + r"(?:(?:the\s+)?(?P<part2>end|start|beginning|middle)\s+of\s+)?"
    + _MONTH.format("m2")
    + "(?P<y2>"
    + _YEAR
    + r")\b(?P<now>(?!))?"
)


def dated_lengths(text: str, today) -> list[Duration]:
    """Every length told by a start and an end date, in months; a start without a month counts from January and an
    end without one to January, so "2015 to 2019" is 48; an end month other than the start's is counted as worked."""
    lengths = []
    lowered = _as_dates_are_read(text)
    for found in [*_DATE_RANGE.finditer(lowered), *_STARTED_THEN_LEFT.finditer(lowered)]:
        start = _year(found["y1"]) * 12 + (_MONTH_NAMES.index(found["m1"]) if found["m1"] else 0)
        if found["now"]:
            end = today.year * 12 + today.month - 1
        else:
            end = _year(found["y2"]) * 12 + (_MONTH_NAMES.index(found["m2"]) if found["m2"] else 0)
            if found.groupdict().get("part2") == "end":
                end += 1 if found["m2"] else 12
            elif found.re is _DATE_RANGE and found["m1"] and found["m2"] and found["m1"] != found["m2"]:
                end += 1  # "July 2014 to June 2019": both months worked, five years ("June 2018 to June 2021": three)
        if 0 < end - start <= MAX_MONTHS:
            lengths.append(
                Duration(end - start, found.start(), found.end(), lowered[found.start() : found.end()], start)
            )
    return lengths


# "I've been a case manager since March 2021", "at DCFS since spring 2019": from then until today. A year alone counts
# from its January (as "2015 to 2019" does), a season from its first month.
_SEASONS = {"winter": 0, "spring": 2, "summer": 5, "fall": 8, "autumn": 8}
_SINCE_DATE = re.compile(
    r"\b(?:ever\s+)?since\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?"
    r"(?:(?P<season>winter|spring|summer|fall|autumn)\s+(?:of\s+)?)?" + _MONTH.format("m1") + "(?P<y1>" + _YEAR + r")\b"
)
# what a date after "since" may tell instead of work begun: a licence, a degree, a life event
_NOT_WORK_SINCE = re.compile(
    r"\b(?:licen[cs]ed|certified|graduated|married|divorced|sober|clean|moved|living|lived|here|ccm|acm|crc|cdms|lsw"
    r"|lmsw|lcsw|lisw|lpc|rn|lpn|bsw|msw|bsn|adn|degree|retired|home|out|off)\W*$"
)


# "doing therapy ... under an LCSW since January 2025": the supervisor's licence, and the work since then
_UNDER_SOMEONE = re.compile(r"\bunder (?:an? |my |the )?[\w-]+\W*$")
# the words between a start and its date, which do not pass an end ("started in March 2019 and left in June 2022")
_NOT_YET_ENDED = r"(?:(?!\b(?:left|quit|ended|stopped)\b)[^.?!]){0,50}?"
# "I started as a care coordinator in June of 2021": from then until today, unless the sentence says it ended
_STARTED_IN = re.compile(
    # ("became a care coordinator in May 2023", not "became an RN in 2019": a licence, not a job, dates that)
    r"\b(?:started|began|start|joined|got hired|was hired"
    r"|since\s+(?:i\s+)?(?:registered|got registered|was registered)"  # "since i registered in aug 2024" (an ASW)
    r"|became(?!\s+(?:an?\s+)?(?:rn|lpn|lvn|licensed|certified|ccm|nurse|lsw|lmsw|lcsw|lpc)\b))\b"
    + _NOT_YET_ENDED
    + r"\b(?P<at>in)\s+"
    + r"(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:of\s+)?"
    + "(?P<y1>"
    + _YEAR
    # (an end said after "still" is a break's: "... and I'm still with the same system, with one break ... until")
    + r")\b(?!(?:(?!\bstill\b)[^.?!])*\b(?:left|quit|until|till|ended|stopped|resigned|laid off)\b)"
)
# "in 2019 I got hired at Catholic Charities as a case manager and I've been there ever since": a year said first
# ("then in october 2022 i got hired as a case manager at a housing first program full time and i am still there")
_YEAR_THEN_STARTED = re.compile(
    r"\b(?P<at>in)\s+(?:(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:of\s+)?)?"
    r"(?P<y1>(?:19|20)\d\d),?\s+(?:i\s+)?(?:started|began|joined|got hired|was hired|became)\b"
    r"(?=[^.?!]*\b(?:ever since|since then|still (?:there|here|doing|work)|been there|to this day|until now|today)\b)"
)
# "I got my LMSW in June 2023 and started supervision right after, so since then": from the date said before
# (not "june 2023 to july 2024 ... so no case management since then": a stretch that ended, and nothing after it)
_DATE_THEN_SINCE = re.compile(
    r"\b(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:of\s+)?(?P<y1>" + _YEAR + r")\b"
    r"(?!\s*(?:to|through|thru|until|till|-|–)\s)"
    r"(?:(?!\b(?:no|none|nothing|not|never)\b)[^.?!])*?\b(?P<since>(?:ever )?since then)\b"
)
# "i got hired as a case manager in twenty nineteen and ive been there ever since": a year alone, still there
_STARTED_IN_YEAR = re.compile(
    r"\b(?:started|began|joined|got hired|was hired)\b" + _NOT_YET_ENDED + r"\b(?P<at>in)\s+(?P<y1>(?:19|20)\d\d)\b"
    r"(?=[^.?!]*\b(?:ever since|since then|still (?:there|here|doing|work)|been there|to this day|until now)\b)"
)
# "i started in 2019", "started fall 2021": the whole answer a start, so it runs until today (nothing says it ended)
_START_ALONE = re.compile(
    r"^\W*(?:(?:um|uh|well|so|oh)\W+)*(?:i\s+)?(?:started|began|got hired|was hired)\b"
    r"(?:\s+(?:there|here|it|that job|this job|the job|at [a-z]+))?\s+(?:in\s+)?(?:the\s+)?"
    r"(?:(?P<season>winter|spring|summer|fall|autumn)\s+(?:of\s+)?)?"
    + _MONTH.format("m1")
    + "(?P<y1>"
    + _YEAR
    + r")\W*$"
)
# "I started case management November 1, 2025", "start date was Jan 13 2025": a start dated to its day
_STARTED_ON = re.compile(
    r"\b(?:started|began|start date was|got hired|was hired)\b(?:\s+(?:in\s+)?(?:case management|cm|there|here|it"
    r"|that job|this job|the job|as an? [\w -]{1,30}?"
    # "started supervised clinical hours march 2025"
    r"|(?:my |the |a )?(?:supervised |clinical |post-?msw )+(?:hours|supervision|job|position|role|work)))?"
    r"\s+(?P<at>on\s+|)(?:the\s+)?"
    + _MONTH.format("m1").removesuffix("?")
    + "(?P<y1>"
    + _YEAR
    + r")\b(?![^.?!]*\b(?:left|quit|until|till|ended|stopped|resigned|laid off)\b)"
)
# "since my asw # came thru aug 25", "since my license came through in May 2024": from the day something came
_SINCE_IT_CAME = re.compile(
    r"\b(?P<since>since)\s+(?:my|the|her|his)\s+[\w#' -]{1,25}?\s+(?:came|went|got)\s+(?:thru|through|in|issued)\s+"
    r"(?:in\s+|on\s+)?" + _MONTH.format("m1") + "(?P<y1>" + _YEAR + r")\b"
)
# Each way of telling a start that runs until today, and where its length is placed: after the words that say what
# was begun ("I started as a care coordinator | in June 2021"), so a time ahead ("in 2 years") is not taken for one
_STARTS_UNTIL_TODAY = (
    (_STARTED_IN, "at"),
    (_STARTED_ON, "at"),
    (_STARTED_IN_YEAR, "at"),
    (_DATE_THEN_SINCE, "since"),
    (_YEAR_THEN_STARTED, "at"),
    (_SINCE_IT_CAME, "since"),
)
# "full time since last January": the month's latest passing
_SINCE_MONTH = re.compile(
    r"\bsince\s+(?:last\s+)?(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\.?\s+(?:of\s+)?\d)"
    r"(?P<year_before>\s+(?:of\s+)?last\s+year\b)?"  # "since february of last year"
)


def _months_since(found: re.Match, today) -> int:
    """The months from a start told by its year and month or season (January when neither is said) until today."""
    groups = found.groupdict()
    month = _MONTH_NAMES.index(groups["m1"]) if groups.get("m1") else _SEASONS.get(groups.get("season") or "", 0)
    unfinished = int(groups.get("m1_day") or 1) > today.day  # "since December 15, 2025", asked on the 2nd
    return today.year * 12 + today.month - 1 - (_year(groups["y1"]) * 12 + month) - unfinished


def work_since(text: str, today) -> list[Duration]:
    """Every length from a "since" date to today, where the words just before it are no licence, degree or life
    event ("been a caseworker since 2019" is one; "LSW since 2021" is not)."""
    lengths = []
    lowered = _as_dates_are_read(text)
    now = today.year * 12 + today.month - 1
    for found in _SINCE_DATE.finditer(lowered):
        before = lowered[max(0, found.start() - 30) : found.start()]
        if _NOT_WORK_SINCE.search(before) and not _UNDER_SOMEONE.search(before):
            continue
        months = _months_since(found, today)
        if 0 < months <= MAX_MONTHS:
            lengths.append(
                Duration(months, found.start(), found.end(), lowered[found.start() : found.end()], now - months)
            )
    dates_used = set()  # "hired ... in June 2023 and ... ever since then": one start, told two ways
    for pattern, at in _STARTS_UNTIL_TODAY:
        for found in pattern.finditer(lowered):
            months = _months_since(found, today)
            told_already = any(told.start < found.end() and found.start(at) < told.end for told in lengths)
            if 0 < months <= MAX_MONTHS and not told_already and found.start("y1") not in dates_used:
                told = lowered[found.start(at) : found.end()]
                lengths.append(Duration(months, found.start(at), found.end(), told, now - months))
                dates_used.add(found.start("y1"))
    alone = _START_ALONE.match(lowered)
    if alone and not lengths and 0 < (months := _months_since(alone, today)) <= MAX_MONTHS:
        lengths.append(Duration(months, 0, len(text), text))
    for found in _SINCE_MONTH.finditer(lowered):
        if _NOT_WORK_SINCE.search(lowered[max(0, found.start() - 30) : found.start()]):
            continue
        months = ((today.month - 1 - _MONTH_NAMES.index(found["m1"])) % 12 or 12) + (12 if found["year_before"] else 0)
        lengths.append(Duration(months, found.start(), found.end(), lowered[found.start() : found.end()]))
    return sorted(lengths, key=lambda length: length.start)


def begins_after(earlier: str, later: str, today) -> bool:
    """Does every stretch dated in the later words begin after each one dated in the earlier words has ended ("NHS the
    whole time, sept 2013 to aug 2025." then "here at the psych hospital since april 2026"): two jobs, not one told
    twice."""
    told_before = [d for d in dated_lengths(earlier, today) + work_since(earlier, today) if d.began is not None]
    told_after = [d for d in dated_lengths(later, today) + work_since(later, today) if d.began is not None]
    if not told_before or not told_after:
        return False
    return min(d.began for d in told_after) >= max(d.began + d.months for d in told_before)
