"""Reading a message as the answer to the question the intake just asked.

Plain Python, no Rasa. While the intake waits for one slot, a short reply ("none", "only therapy", "social work",
"ny", "part time") is an answer to that question whatever intent the classifier gives it; a real question
("do I need the BSN?") is not, and is answered instead.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterable, Mapping, Optional, Tuple

from knowledge.schema import US_STATES
from knowledge.us_cities import US_CITIES
from language.asking import SENTENCES, run_on_question_start
from language.cues import anywhere, said_first
from language.durations import find_durations

QUESTION_START = re.compile(
    r"^\W*(?:(?:wait|so|ok|okay|um|uh|oh|and|but|also|hey|sorry|question"
    r"|(?:quick|side|real|serious|genuine|random|dumb|stupid|honest) (?:question|q)"
    r"|real quick|hold on|hang on|one sec|wait a sec|before that|first|ngl|tbh|honestly|btw|fwiw|lol)\W+){0,3}"
    r"(?:(?:in|for|with|about) [a-z]+\W+)?"  # "in massachusetts is the lcsw the clinical one"
    r"(?:what|what's|whats|how|who|whom|which|why|where|when|can|could|does|do|is|are|should|would|will|"
    r"am i|tell me|explain|wondering|any idea)\b"
)
# "if my degree doesnt count would a counseling masters be faster", "okay wait, if I did the counseling master's, how
# many hours would I need after?": a question asked under a condition; the degree it names is supposed, not held
CONDITION_THEN_ASKS = re.compile(
    r"^\W*(?:(?:wait|so|ok|okay|um|uh|oh|and|but|also|hey|sorry)\W+){0,3}(?:and |but |so )?(?:even )?if\b[^?.!]{1,90}?"
    r"(?:,\s*|\s+)(?:(?:how|what|which|who|where|when|why)\b|(?:would|will|could|can|should|does|do|is|are)\s+"
    r"(?:a|an|the|i|it|that|this|my|they|you|someone|there|he|she)\b)"
)
# "ccm or lcsw which first": a question without a question word at its start
QUESTION_ANYWHERE = anywhere(
    # (not a relative clause: "36 hrs/wk which counts as ft here")
    r"which (?:one|first|is better|should|matters(?! as)|counts(?! as| toward)|pays(?! (?:about|around|like|\$|\d)))",
    "should i",
    "do i (?:need|have) to",
    r"or not\W*$",
    # "since i work in a hospital is the a c m better for me or the see see em or does it not really matter"
    r"(?:is|are|would) (?:the |an? )?(?:[\w-]+ ){1,4}better (?:for me|for someone|than|or)",
    r"(?:or )?does it (?:not )?(?:really )?matter\W*$",
    # "my daughter says l p n cannot be case manager is that true or is it different in every state"
    r"is (?:that|this|it) (?:really )?true\b",
    # "um im an l g s w in minnesota who decides how many hours i need for my l i c s w" (spoken, unpunctuated)
    r"who (?:decides|determines) (?:how many|what|whether|if)\b",
)
# A told sentence about the person: "I got my BSN...", "my degree is...", "I'm a caregiver".
SAYS_I = anywhere("i", "i'm", "im", "i've", "ive", "my")
# "i dont think ive had any", "i don't think I have": a doubtful none
DOUBTFUL_NONE = r"i don'?t think (?:i'?ve|ive|i have|i) (?:ever )?(?:had|done|got|have)(?: (?:any|one|that|it))?"
# "none", "never", "not yet", "only therapy", "no case management experience", "n/a", "haven't done it"
NOTHING_YET = (
    said_first("0", "zero", "none", "nope", "no", "nah", "never", "not yet", "not really", "nothing", "n/?a"),
    anywhere(
        "none", "never", "not yet", "haven'?t", "have not", "havent", "hasn'?t", "didn'?t", "did not",
        r"no (?:\w+ ){0,3}experience", "no time", "not any", "zero", "nothing relevant", "nothing else",
        "nothing like that", r"only (?:\w+ ){0,2}(?:therapy|counseling|counselling|school|clinicals?)",
        "not officially", "not as a case manager", "not formally",
        # asked what one holds: "i don't have any yet", "don't have one"
        # ("He doesn't have any. I'm the one with the LICSW": the sentence ends there)
        r"(?:don'?t|dont|do not) have (?:any|one|anything)(?: \w+)?(?: yet)?(?:\W*$|\s*[.;!]\s)",
        DOUBTFUL_NONE,
        r"no (?:case manag\w+|cm|case work\w*) (?:post|position|job|role|title|experience)",
    ),
)  # fmt: skip
# a placement begun but not completed: "just started my field placement", "nothing finished yet", "starts in May"
UNFINISHED = anywhere(
    r"(?:just|only just|i) (?:started|start)", r"starting (?:my|the|a)",
    r"(?:not|nothing) (?:\w+ )?(?:finished|done|complete[d]?)",
    "in progress", r"happening (?:right )?now",
    r"(?:still|currently) (?:in|doing)", r"next (?:semester|term|year|fall|spring)", "haven'?t finished",
    "starts", "will start", r"only (?:just )?(?:began|started|begun)",
    "in the middle of", "halfway through",  # "a 600-hour internship that I'm in the middle of"
    # "I'm doing my BSW field placement right now at a hospice, it ends in April"
    r"(?:i'?m|im|i am) doing (?:my|the|a|an)\b[^.?!]{0,30}\b(?:placement|practicum|internship)",
    r"(?:it |which )?(?:ends|finishes|wraps up) (?:in|this|next)\b",
)  # fmt: skip
TRAINING = "(?:internship|practicum|placement|clinicals?|rotations?)s?"
ONLY_TRAINING = anywhere(f"(?:just|only) (?:the |my |an? |some )?{TRAINING}", f"{TRAINING} only")
YES = said_first(
    "yes", "yeah", "yep", "yup", "ya", "y", "sure", "correct", r"i did(?! not)", r"i do(?! not)", r"i was(?! not)",
    # ("it was 1990, my supervisor had an MSW": when, not a yes)
    r"it did(?! not)", r"it was(?! not)(?!\W+(?:\d|in\b|back\b|years?\b|a long))", "definitely", "absolutely",
)  # fmt: skip
NO = said_first(
    r"no(?! idea| clue| one)",
    # "Nobody yet. The DON who'd be my boss ... has her CCM": no one has supervised such work yet
    r"(?:nobody|no one|no-one)(?: yet| so far)?(?=\W*[.!;,])",
    "nope",
    "nah",
    "n",
    "never",
    "not really",
    "i didn'?t",
    "i did not",
    "it didn'?t",
    "it wasn'?t",
    "i wasn'?t",
    # "i do not have any license": not the "i do" of a yes
    r"i do not(?! know| remember| recall| think| understand)",
    r"i don'?t(?! know| remember| recall| think| understand)",
    "i was not",
    "it was not",
    "i have not",
    "i haven'?t",
    DOUBTFUL_NONE,
)
PROBABLY_NOT = anywhere("probably (?:not|no)")
SAID_LAST = re.compile(r"\b(?:so|then)\W+(no|nope|yes|yeah|yep)\W*$")
UNKNOWN_FIRST = said_first(
    "i don'?t know", "i do not know", "idk", "dunno", "no idea", "not sure", "i'?m not sure", "no clue",
    "not really sure", "i have no idea", "i'?m still figuring",
)  # fmt: skip
NO_ANYWHERE = anywhere(
    "don'?t think so",
    "do not think so",
    "probably not",
    "i doubt it",
    r"(?:^|\W)doubt it",
    # "idk if she has CCM... pretty sure no, her badge just says RN BSN"
    r"(?:pretty|fairly|almost) (?:sure|certain) (?:not|no|she doesn'?t|he doesn'?t|she does not|he does not)",
    "not that i know",
    r"(?:don'?t|do not) think (?:she|he|they|my \w+) (?:has|have|had|did|was|were|is|got|holds?)",
    r"(?:don'?t|do not) think (?:she|he|they)'s",  # "don't think she's ccm"
    # "I don't believe she had the CCM", "I'll say no."
    r"(?:don'?t|do not) believe (?:she|he|they|my \w+) (?:has|have|had|was|were|is|got|holds?)",
    r"(?:i'?ll|ill|i'?d|id|i will|i would|let'?s) (?:just )?say (?:no|nope)(?=\W*$)",
    # "my supervisor is l c s w i dont know about c c m i think no": unsure, then no
    r"(?:i think|i guess|i believe|probably) (?:no|nope|not)(?=\W*$)",
)
# ("she did not have the c c m" says no)
YES_ANYWHERE = anywhere(
    "yes", "yeah", "yep", "i think so", *(rf"{who} (?:did|does)(?! not|n'?t)" for who in ("she", "he", "they"))
)
PART_TIME = anywhere("part[- ]?time", "per diem", "prn", "few hours")
# Hours a week ("40 hrs", "24 hours a week", "three 12s"), or a fraction of a full-time post ("0.6 FTE"). ACMA counts
# a full-time year as 2,080 hours (40 a week); fewer than 35 a week is read as part time.
# ("7.5 hr days", "12 hour shifts": a day's or a shift's hours, not the week's)
WEEKLY_HOURS = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:\.\d+)?)\s*(?:hours|hrs|hr|h)\b"
    r"(?!\s*(?:total|so far|of|days?|a day|per day|/ ?day|shifts?))"
)
# "three 12s", "3 twelves", "four tens": shifts of so many hours a week
SHIFTS = re.compile(r"\b(two|three|four|five|[2-5])\s+(8|10|12|eights|tens|twelves)(?:'?s)?\b")
SHIFT_HOURS = {"eights": 8, "tens": 10, "twelves": 12}
FTE = re.compile(r"(?<![\d.])(0?\.\d+|1(?:\.0+)?)\s*fte\b")
FULL_TIME_HOURS = 35
SHIFT_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
# "back to full time in a year", "full time again someday": hoped for, not how the work is now
FULL_TIME_LATER = anywhere(
    r"(?:back to|go|going|get|want|hope to be|hoping for) (?:\w+ )?full[- ]?time", r"full[- ]?time again"
)
FULL_TIME = anywhere("full[- ]?time", "40 hours", "fulltime", r"(?:all|both) ft")  # "65 months? all FT."
TURNED_FULL_TIME = re.compile(
    r"\b(?:went|go|gone|switched|moved|bumped|changed|became|turned)\s+(?:up\s+)?(?:to\s+)?(?:ft|full[- ]?time)\b"
    # "per diem the first 6 mo, FT since jan 24", "then ft 40 since feb 2024"
    r"|\b(?:ft|full[- ]?time)(?: \d{2}(?: ?(?:hrs|hours))?)? (?:since|from|after|as of)\b"
)
# "aug 2023 to now. first 6 mo i was only 32 hrs/wk": part time at the start only (not "the first year 40 hrs, then
# part time": full time first)
PART_TIME_AT_FIRST = re.compile(
    r"\bfirst (?:\w+ ){1,2}(?:i was |was |were |i worked )?(?:only |just )?(?:part[- ]?time|pt|per diem|prn"
    r"|(?P<hours>\d{1,2}) ?(?:hrs|hours))\b"
    r"(?![^.;!?]*\b(?:then|now|since)\b[^.;!?]*\b(?:part[- ]?time|pt|per diem|prn)\b)"
)
# "ft"/"pt" only as the answer to that question: elsewhere "pt" is a patient
ABBREVIATED_HOURS = said_first("ft", "pt")
# Asked about a field placement: "only student teaching", "just clinicals" name something else, so no.
ONLY_SOMETHING_ELSE = said_first("only", "just")
# "student teaching only", "student teaching in college, that's it"
SOMETHING_ELSE_ONLY = re.compile(r"\b(?:only|that'?s it|that'?s all|nothing else)\W*$")
PLACEMENT = anywhere(
    "(?:practicum|placement|field ?work|internship|preceptorship|residency)s?", "cpe", "clinical pastoral education",
    # "a supervised community health rotation senior year", "clinical postings"
    r"supervised (?:\w+ ){0,3}rotations?", "community health (?:nursing )?(?:rotation|internship|posting)s?",
)  # fmt: skip
# Field experience outside case management, health and behavioral health, which CCMC's degree route does not count
OUTSIDE_HEALTH = anywhere(
    r"student teaching", r"teaching (?:practicum|internship|placement)", r"(?:supervised )?ministry(?: internship)?",
    r"church internship", r"(?:law|legal|business|marketing|accounting) internship",
    # "an internship with the sheriffs department ... nothing with health": one, but not in the fields asked
    r"(?:internship|placement|practicum)\b[^.?!]{0,60}\bnothing (?:with|in|to do with|related to) (?:health|medical"
    r"|case management|that|an? hospital)",
    # "an internship at a school for the masters but it was all schools no health stuff"
    r"(?:internship|placement|practicum)\b[^.?!]{0,80}\b(?:it was all (?:in )?schools"
    r"|no (?:health|medical) (?:stuff|related|anything|things?)|nothing (?:health|medical)[- ]related)",
    # "a practicum in a resource room classroom": a teacher's placement
    r"(?:internship|placement|practicum)\b[^.?!]{0,40}\b(?:classroom|resource room)",
    r"classroom (?:practicum|placement|internship)",
    # "a practicum for my master's that was also in a school" (not a school's social work or counselling)
    r"(?:internship|placement|practicum)\b[^.?!]{0,40}\b(?:also |all |both )?in (?:a |the )?schools?\b(?![- ]based)"
    r"(?![^.?!]*\b(?:social work|counsel|mental|health|therap|case manag|nurs))",
    r"(?:police|sheriff'?s?|probation|corrections|court|prosecutor'?s?|district attorney'?s?) (?:department |office )?"
    r"(?:internship|placement)", r"internship (?:with|at) the (?:police|sheriff'?s?|court|prosecutor)",
)  # fmt: skip
# "that's the only placement I ever did": the placement named before, again
# "Student teaching, two placements, both in special ed classrooms": the placements counted are those
OUTSIDE_HEALTH_COUNTED = re.compile(
    rf"(?:{OUTSIDE_HEALTH.pattern})(?:\W+(?:two|three|2|3|both|the)\s+(?:placements?|practicums?|internships?)\b)?"
)
THE_ONLY_ONE = re.compile(r"\b(?:the|my) only (?:placement|internship|practicum|field ?work)\b")
# "i did student teaching for a semester is that a practicum", "a research lab thing instead of an internship": the
# word names what was asked, or what was not done, not a placement had
NOT_ONE_HAD = re.compile(
    r"\b(?:is|was|would|does|could) (?:that|it|this) (?:\w+ ){0,2}(?:counts? as |be |considered )?(?:an? |my )?"
    r"(?:practicum|placement|internship|field ?work)\b"
    r"|\binstead of (?:an? |the |my )?(?:\w+ )?(?:practicum|placement|internship|field ?work)\b"
)
# the questions a word or two can answer ("crc", "masters", "ne", "hospital")
NAMED_IN_A_WORD = ("licenses", "education_level", "degree_field", "state", "case_management_setting")
# asked how long: "no advanced standing for me i assume" says no to something else, not "none"
NO_OTHER_THING = re.compile(
    r"^\W*no\s+(?!(?:i|i'?ve|never|none|not|experience|time|case|cm|clinical|supervis\w*|months?|years?|paid|real"
    r"|official|formal)\b)\w+"
)
# asked for licences, "I've never carried my own caseload" says no about something else
NEVER_DID_ANOTHER_THING = re.compile(
    r"^\W*(?:i'?ve|i have|i)\s+never\s+\w+\s+(?:(?:an?|my|own|any|the)\s+)*"
    r"(?!licen|cert|credential|(?:one|it|that|those|them|anything|nothing)\b)\w+"
)
# "n/a", "not applicable": the question asked does not apply to them
NOT_APPLICABLE = re.compile(r"^\W*(?:n/a|n\.a\.|not applicable|(?:that |it )?(?:doesn'?t|does not) apply)\W*$")
# a bare answer said first: "none.", "No.", "yes"
BARE_ANSWER = re.compile(r"^\W*(?:none|no|nope|nah|zero|0|nothing|yes|yeah|yep|yup)\W*$")
# a nursing degree's supervised clinical rotations: field experience in health
CLINICALS = anywhere(
    r"clinicals",
    r"clinical rotations?",
    r"clinical hours in (?:my|the|our) (?:bsn|adn|lpn|nursing)",
    r"(?:the )?clinical (?:part|portion|piece|component)",  # "she did the clinical part for the c n a class"
)
# Asked where the case-management work was: a workplace the vocabulary does not name is "another kind".
WORKPLACE = anywhere(
    "facility", "facilities", "nursing home", "snf", "long.?term care", "assisted living", "rehab", "hospice",
    "home care", "home health", "agency", "company", "firm", "office", "practice", "program", "department", "employer",
    "organi[sz]ation", "business", "corporation", "prison", "jail", "court", "center", "centre", "team",
)  # fmt: skip
# The state is read outside an answer to its question only after words that place a person ("I'm in Ohio").
PLACED_IN = (
    r"(?:i'?m in|i am in|im in|i live in|living in|here in|based in|licensed in|license in|rn in|in the state of"
    # "moving to Texas", and "from Ohio" unless it is where someone moved from ("moved here from Ohio")
    r"|(?:mov|relocat)(?:ed|ing)(?: here)?(?: from [a-z ]{2,20}?)? to|pcs'?(?:d|ed|ing)? to"
    r"|(?<!moved )(?<!moving )(?<!relocated )(?<!relocating )(?<!here )(?<!originally )(?<!came )from"
    # "school social worker in Virginia here": where someone in a role works
    r"|(?:nurse|social worker|case ?worker|case manager|counsel+or|teacher|investigator|sw|cm|lpn|lvn|lsw|lbsw|lmsw"
    r"|lcsw|licsw|lisw|lpc|lmhc)s? in"
    # "psych tech at the state hospital in Utah", "a CADC in Iowa", "counselor assistant in Minnesota"
    r"|(?:tech|technician|assistant|associate|aide|adjuster|coach|specialist|worker|advocate|coordinator|cadc|ladc"
    r"|hospital|clinic|agency|center|centre|nonprofit|non-profit|facility)s? in"
    # "i work for adult protective services in california": where the work is
    # "I've taught elementary school in Georgia for 12 years"
    r"|(?:i|i've|ive) (?:work|worked|been working|taught|teach|been teaching|practiced|practice|been practicing)\b"
    r"(?:\s+[\w'-]+){0,5}?\s+in)"
)
REGION_OF_A_STATE = (
    r"(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central|rural|upstate|downstate|small.?town"
    r"|(?:the )?(?:north|south|east|west)(?:east|west)? (?:part )?of)"
)
# "Illinois MSW here", "a Texas LPC": a state's name before a role or a credential is where it is held
ROLE_AFTER_STATE = (
    r"(?:rn|lpn|lvn|bsn|msw|bsw|lsw|lmsw|lcsw|licsw|lisw|lpc|lmhc|lpcc|crc|ccm|nurse|social worker|counsel+or"
    r"|case manager)s?"
)
# Two-letter codes are words too ("in", "me", "or", "ok"): only a reply that is the code alone counts.
# Case-management work, under its own name or another title ("patient navigator", "service coordinator")
CASE_MANAGEMENT = re.compile(
    r"case manag|case mn?gr|\bcm\b|care coordinat|\bnavigator|service coordinat|support coordinat|resource specialist"
)
WISHED_FOR = anywhere(
    "want", "wanna", "hope", "hoping", "get into", "getting into", "looking (?:for|at|into)", "interested in",
    "would like", "plan to", "planning", "dream", "someday", "eventually", "aiming", "to be an?", "become",
    "becoming", "if possible", "at first", "back (?:in)?to", "prefer", "ideally",
    # "my manager wants me to move into case management full time", "take over case management when she retires"
    "wants", "move into", "moving into", "take over", "taking over",
    # "long term i want private practice, but id do part time CM at the LMHA again": one that would do
    r"(?:i'?d|id|i would) (?:do|take|go|consider|be (?:ok|okay|fine|open))",
)  # fmt: skip
# "some community college classes", "a university degree": a school named as where one studies, not a workplace
STUDIED_AFTER = said_first(
    "classes", "courses", "credits", "units", "degree", "diploma", "programs?", "transcripts?", "gen eds", "students?"
)
# "before nursing school i was a patient navigator": a school one studied at, not a school one worked in
SCHOOL_STUDIED_AT = re.compile(r"\b(?:nursing|grad|graduate|law|med|medical|pa|msw|bsw|social work|divinity) $")
CLAUSES = re.compile(r"[,;]|\b(?:and|but|then|before that|after that)\b")
STATE_CODE_ALONE = re.compile(r"^\W*([a-z]{2})\W*$")
# ...or a capitalised code before a credential or a role, as forums write it: "NY LCSW here", "KY nurse, BSN".
# Not OR ("OR nurse": the operating room), HI, OK or ME, which are words in capitals too.
STATE_BEFORE_ROLE = re.compile(
    r"(?<![\w-])(?!OR|HI|OK|ME)([A-Z]{2})\s+(?:RN|LPN|LVN|BSN|ADN|MSN|BSW|MSW|LSW|LMSW|LCSW|LICSW|LISW|LPC|LMHC|LPCC|CRC|"
    r"CCM|CDMS|nurse|social worker|counselor|case manager)\b"
)
# ...or in brackets after one: "BSW '24, LSW (MA)"
STATE_AFTER_ROLE = re.compile(
    r"\b(?:RN|LPN|LVN|LSW|LMSW|LCSW|LICSW|LISW|LPC|LMHC|LPCC|CRC|CCM|BSW|MSW|BSN)\s*\(\s*([A-Z]{2})\s*\)"
)
# ...or after "in"/"from" ("I work in NY"), though not "in OR" (the operating room), "in MD offices" or "in PA school",
# nor "in LA" (Los Angeles as often as Louisiana: the state is asked).
STATE_CODE_PLACED = re.compile(
    r"\b(?:in|from)\s+(?!OR|HI|OK|ME|IN|LA)([A-Z]{2})(?![\w-])(?!\s+(?:offices?|practices?|schools?|programs?|students?))"
)

# ...or in brackets after a licence ("LSW (MA, the bachelor level one)"), where MA is no master's
STATE_AFTER_LICENCE = re.compile(r"\b[A-Z]{2,6}\s*\(([A-Z]{2})[,)]")

# ...or after a town's name ("in Springfield MA", "outside Grand Rapids, MI"), where a code like MA is no degree.
STATE_AFTER_TOWN = re.compile(
    r"\b(?:in|from|near|outside|around|to)\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+,?\s+(?!OR|HI|OK|ME|IN)([A-Z]{2})(?![\w-])"
)
# ...and typed in lower case on a phone ("a case mgr in jackson ms, been doing it 3 yrs"): a code that is no common
# word, after one to three words that are no field, degree or place word, before the end of a clause.
_NOT_A_TOWN = (
    r"the|a|an|my|our|this|that|case|management|social|work|nursing|health|school|college|program|field|area|state|"
    r"county|city|office|hospital|clinic|job|role|practice|psych|psychology|counseling|grad|masters?|bachelors?|"
    r"degree|science|arts|human|services|business|it|me|you|bs|ba"
)
TYPED_STATE_AFTER_TOWN = re.compile(
    rf"\b(?:in|from|near|outside|around)\s+(?:(?!(?:{_NOT_A_TOWN})\b)[a-z]+\s+){{0,2}}(?!(?:{_NOT_A_TOWN})\b)[a-z]{{3,}},?\s+"
    r"(?!(?:in|or|me|hi|ok|oh|la|id|de)\b)([a-z]{2})(?=\s*(?:[,.;!?]|$)|\s+(?:and|but|been|w/|with|for|area|here|so)\b)"
)
# "suburbs of Chicago", "outside Houston", "the Philly area": a city that means one state
_CITY_NAMES = "|".join(re.escape(city) for city in sorted(US_CITIES, key=len, reverse=True))
CITY_ALONE = re.compile(rf"(?<![\w.])({_CITY_NAMES})(?!\w)")
CITY_PLACED = re.compile(
    rf"(?:\b(?:in|near|outside(?: of)?|around|suburbs? of|mov(?:ed|ing) to)\s+(?:the\s+)?({_CITY_NAMES})(?!\w))"
    rf"|(?<![\w.])({_CITY_NAMES})\s+(?:area|suburbs?|metro)\b"
)


# "I do assessments but my counselor manages the case. so no?": a story, then a hesitant answer
# ("director has ccm + lcsw on her badge so i think yes?": the answer, unsure of itself)
HESITANT_LAST = re.compile(
    r"(?:^|[.!]\s+|\bso\s+|\bi think\s+|\bi guess\s+)(?:so\s+|then\s+|i guess\s+|i think\s+)?"
    r"(?:no|none|zero|yes|yeah|never|not really)\?+$"
)
# "since april of last year so like 20 mo?": a length said last, unsure of itself
UNSURE_AFTER_A_LENGTH = re.compile(r"\W*(?:ish|or so|total|maybe)?\W*\?+")


def ends_unsure_of_a_length(lowered: str) -> bool:
    if UNSURE_COUNT_LAST.search(lowered):
        return True  # "jan 21 - now, ft. so ~71?"
    lengths = find_durations(lowered)
    return bool(lengths) and bool(UNSURE_AFTER_A_LENGTH.fullmatch(lowered[lengths[-1].end :]))


UNSURE_COUNT_LAST = re.compile(r"\b(?:so|like|about|around|roughly)\W*~?\s*\d{1,3}\s*\?+$")


WHICH_ONE_WANTED = re.compile(
    r"\b(?:which (?:one|of (?:them|those|the two))|do you (?:want|need|mean) (?:both|either))"
    r"(?: do you (?:want|need|mean)(?: to know)?| you (?:want|need|mean)| (?:is|did) you mean)?\W*$"
)


def is_real_question(text: str) -> bool:
    """Does the message ask something (rather than answer)? "none?" and "social work?" are hesitant answers."""
    lowered = (text or "").strip().lower()
    if WHICH_ONE_WANTED.search(lowered) and len(lowered.split()) > 6:
        return False  # "the master's is divinity, the bachelors was psychology, which one do you want": answered both
    if QUESTION_START.search(lowered) or QUESTION_ANYWHERE.search(lowered) or CONDITION_THEN_ASKS.search(lowered):
        return True
    if lowered.endswith("?") and len(re.findall(r"\w+", lowered)) > 3:
        if not HESITANT_LAST.search(lowered) and not ends_unsure_of_a_length(lowered):
            return True
    # "an msw without a bsw is the full 2 yrs right? no advanced standing for me i assume": a statement checked
    checked = [part for part in re.split(r"(?<=[?.!])\s+", lowered) if part.endswith("?") and TAG_CHECKED.search(part)]
    if any(not SAYS_I.search(part) for part in checked):  # one's own "those aren't licenses, right?" answers
        return True
    # "CDMS exam is only twice a year right? when are the deadlines": a later sentence that asks
    later = [part for part in re.split(r"(?<=[?.!])\s+", lowered)[1:] if part.strip()]
    return any(QUESTION_START.search(part) for part in later) and "?" in lowered


# a statement of four words or more checked by a tag ("... is the full 2 yrs right?"), not an answer begun with
# "none", "no" or "yes" ("none (nc doesnt license bsw ppl anyway right? and im not bsw)")
TAG_CHECKED = re.compile(
    # (words and the marks between them never overlap, or a long message with no "right?" takes exponential time)
    r"^(?!\W*(?:none|no|nope|nah|zero|yes|yeah|yep|\d))[^\w'/-]*(?:[\w'/-]+[^\w'/-]+){4,}"
    r"(?:right|correct|isn'?t (?:it|that))\?$"
)
# "Does an LCSW count as a certified case manager? If not, then no, she's an LCSW without the CCM", "what is a c c m is
# that a certification oh okay then no my boss isnt one": a question about the question, then the answer it gives
ANSWER_AFTER_QUESTION = re.compile(
    r"\b(?:if (?:not|so|yes|no|that'?s (?:it|what you mean))|in that case"
    # "Would a sociology internship count? ... If that counts, then yes": yes, if what was told counts
    r"|if (?:that|it|this|those|they) (?:counts?|does|do|qualif(?:y|ies))"
    r"|if (?:you mean|that means|it'?s|it is|that'?s|by that you mean)\b[^?.]{0,60}?\bthen"
    r"|(?:oh\W+)?(?:ok(?:ay)?|i see|got it)\W+then"
    # "does the navy count ... so I'd say zero", "a candy striper, does that count I'm kidding none"
    r"|\bso (?:i'?d say|id say|i guess|let'?s say|call it)(?=\W+(?:none|zero|no|nothing|never|0)\W*$)"
    r"|\b(?:i'?m |im |just )?kidding(?=\W+(?:none|zero|no|nothing|never|0)\W*$)"
    r"|(?:oh\W+)?(?:ok(?:ay)?|i see|got it)(?=\W+(?:no|nope|yes|yeah|yep)\b))\W+(?:then\W+)?",
    re.IGNORECASE,
)


# "what do you mean clinical supervision like somebody checking on my counseling no i never had that": spoken in one
# run, a question about the question (or why it is asked) and then the answer
CLARIFIED_THEN_ANSWERED = re.compile(
    r"^\W*(?:what do you mean|what does that mean|what'?s that|what is that|you mean"
    # "why does it matter if i did an internship ... no i didnt do one"
    r"|why (?:does|do|would|did) (?:it|that|this|you) (?:matter|need|ask|care|want))\b[^?.!]*?\s"
    r"(?=(?:no|nope|yes|yeah|yep)\W+(?:i|we|never|not|none|nothing|that|it|i'?ve|i have)\b)",
    re.IGNORECASE,
)


# The questions whose answer, told after a question about the question, the reading of the told words decides
TOLD_AFTER_ASKING = (
    "education_level", "degree_field", "licenses", "state", "case_management_setting", "case_management_full_time",
    "field_experience",
)  # fmt: skip
SUPERVISOR_TOLD = anywhere(
    r"(?:supervisor|boss|manager|director|lead|she|he)\W+(?:[\w']+\W+){0,4}(?:has|have|had|is|was|does|doesn'?t|holds?)"
)


def answer_after_question(text: str, requested: Optional[str] = None) -> Optional[str]:
    """The answer said after a question in the same message ("... If not, then no, she's an LCSW"), or None."""
    text = text or ""
    run_on = CLARIFIED_THEN_ANSWERED.match(text)
    if run_on and "?" not in text and not is_real_question(text[run_on.end() :]):
        return text[run_on.end() :]
    if requested == "field_experience" and OUTSIDE_HEALTH.search(text.lower()) and placement(text) is False:
        return text  # "Does student teaching count? That's the only placement I ever did.": CCMC's rule answers it
    sentences = _sentences(text)
    if requested and len(sentences) >= 2 and not _asks(sentences[0]) and BARE_ANSWER.match(sentences[0].lower()):
        return sentences[0]  # "none. i have my RHIT, does that count for anything?": the answer, then a question
    if (
        requested in NAMED_IN_A_WORD
        and len(sentences) >= 2
        and not _asks(sentences[0])
        and len(sentences[0].split()) <= 3
        and asks_anywhere(" ".join(sentences[1:]))
    ):
        return sentences[0]  # "crc. not lpc, nebraska calls it lmhp anyway?": the answer, then a question
    for found in ANSWER_AFTER_QUESTION.finditer(text):
        before, after = text[: found.start()], text[found.end() :]
        if after.strip() and asks_anywhere(before) and not is_real_question(after) and "?" not in after:
            if requested == "field_experience" and OUTSIDE_HEALTH.search(before.lower()):
                return text  # "Student teaching. Does that count? If it does, then yes": CCMC's rule answers it
            return after
    # "what do you mean, paid? no, it was all volunteer work": a sentence that starts as an answer, after a question
    # "CCM is a type of license? My supervisor has MSW, I do not think she has CCM. So no.": the sentences after the
    # last question, ending in "so no"
    asking = [index for index, sentence in enumerate(sentences) if _asks(sentence)]
    if asking and asking[-1] < len(sentences) - 1:
        told = sentences[asking[-1] + 1 :]
        last = re.sub(r"^\W*(?:so|then|and|ok(?:ay)?)\b\W*", "", told[-1].strip().lower())
        first = told[0].strip().lower()
        # "Do you count the supervising years too? Carrying my own caseload it was four years": a time, asked for one
        told_time = bool(requested and requested.endswith("_months") and find_durations(" ".join(told)))
        # asked whom they would help, "I don't want to go back for four years" says no one; asked how long, "no
        # advanced standing for me i assume" is no "none"
        yes_or_no_said = (
            requested != "interests"
            and not ((requested or "").endswith("_months") and NO_OTHER_THING.match(first))
            and (
                any(pattern.search(said) for said in (first, last) for pattern in (YES, NO, NOTHING_YET[0]))
                # "My supervisor Donna signs everything RN, CCM, so yes, I guess I am": the conclusion drawn
                or bool(CONCLUDED.search(" ".join(told).lower()))
            )
        )
        # "Do you mean my direct supervisor or the director? My direct supervisor ... does have her CCM"
        told_of_supervisor = requested == "supervised_by_ccm" and bool(SUPERVISOR_TOLD.search(" ".join(told).lower()))
        # "What counts as highest? I did two years at the community college but never finished": told after asking
        told_for_the_slot = requested in TOLD_AFTER_ASKING and len(" ".join(told).split()) >= 2
        if told_time or yes_or_no_said or told_of_supervisor or told_for_the_slot:
            return text[text.index(told[0], sum(len(s) for s in sentences[: asking[-1] + 1]) - 1) :]
    return None


CONCLUDED = re.compile(r"\bso,?\s+(?:yes|yeah|yep|no|nope)\b")


def asks_anywhere(text: str) -> bool:
    return "?" in text or any(map(is_real_question, _sentences(text)))


def tells_then_asks(text: str) -> bool:
    """A story that asks at the end: told sentences about the person, then one question ("I got my BSN in the
    Philippines and worked six years in a hospital in Manila. What do I have to do to get my RN licence here?"), or
    a story of three sentences or more with at most one question ("I'm an RN. Five years in the ER. Two as a case
    manager. Can I get the CCM?"). Its facts count even if the classifier heard the question, and its question,
    though about the person's own case, is answered."""
    sentences = _sentences(text)
    if len(sentences) >= 3 and sum(map(_asks, sentences)) <= 1:
        return True
    if not sentences:
        return False
    if len(sentences) == 1:
        # "i was a pastor for twenty six years ... and i have a master of divinity would i be able to sit for the see
        # see em": spoken in one run, the story, then the question
        start = run_on_question_start(text)
        told_words = text[:start].lower()
        return start > 0 and len(told_words.split()) >= 8 and bool(SAYS_I.search(told_words))
    asking = [_asks(sentence) for sentence in sentences]
    if not asking[-1]:
        return False
    # told sentences first, then only questions: "3 yrs as a foster care worker..., BSW. I'm thinking MSW. everyone
    # says get your LCSW but I can't find it?? what am i missing"
    told = sentences[: asking.index(True)]
    told_words = " ".join(told).lower()
    # "Medical assistant in Arizona, 31, four years doing referrals": a told fragment about oneself says no "I"
    return bool(told) and all(asking[len(told) :]) and (bool(SAYS_I.search(told_words)) or len(told_words.split()) >= 6)


def asking_sentence_spans(text: str) -> list:
    """(start, end) of each sentence that asks: a story's credentials named there are asked about, not held ("Is the
    CCM even open to OTs or is it an RN thing?" holds no RN)."""
    spans = []
    for sentence, start, end in _placed_sentences(text):
        if _asks(sentence):
            # a run-on's story before its question tells: "... finished my lpn in ohio ... can i do that"
            told = run_on_question_start(sentence) if not is_real_question(sentence) else 0
            spans.append((start + told, end))
    return spans


def supposed_spans(text: str) -> list:
    """(start, end) of each sentence that asks under a condition ("if I did the counseling master's, how many hours
    would I need?"): what it names is supposed, not held."""
    return [
        (start, end) for sentence, start, end in _placed_sentences(text) if CONDITION_THEN_ASKS.search(sentence.lower())
    ]


def _placed_sentences(text: str) -> list:
    """(sentence, start, end) of each sentence, where it stands in the text."""
    placed, position = [], 0
    for sentence in _sentences(text):
        start = (text or "").index(sentence, position)
        position = start + len(sentence)
        placed.append((sentence, start, position))
    return placed


def tells_before_asking(text: str) -> bool:
    """A story to read for facts: one that ends by asking (tells_then_asks), or one said in one breath before its
    question. (Only the facts: a run-on's intent stays the classifier's, which hears such messages well.)"""
    sentences = _sentences(text)
    return tells_then_asks(text) or (len(sentences) == 1 and _told_then_run_on(sentences[0]))


def tells_of_oneself(text: str) -> bool:
    """A long message in the first person ("hello my name is hector i work in a community center in phoenix helping
    people in recovery..."): whatever the classifier made of it, it tells facts about the person."""
    lowered = (text or "").lower()
    return len(lowered.split()) >= 12 and bool(SAYS_I.search(lowered))


def _told_then_run_on(sentence: str) -> bool:
    """ "so i was a 911 dispatcher for eleven years and i finally got my rn in illinois ... can i go straight to case
    management": a story said in one breath, then its question."""
    start = run_on_question_start(sentence)
    told = sentence[:start].lower()
    return start > 0 and len(told.split()) >= 8 and bool(SAYS_I.search(told))


def _sentences(text: str) -> list:
    return [part for part in SENTENCES.split((text or "").strip()) if part.strip()]


def _asks(sentence: str) -> bool:
    # "if i switch to case management am i gonna take a pay cut": a question said on after its condition
    return is_real_question(sentence) or sentence.rstrip().endswith("?") or run_on_question_start(sentence) > 0


def only_training(text: str) -> bool:
    """ "just the internship", "internship only, two days a week": school placements, not employment."""
    return bool(ONLY_TRAINING.search((text or "").lower()))


def says_nothing_yet(text: str) -> bool:
    lowered = LEAD_IN.sub("", (text or "").lower())  # "so no?", "well, none"
    return any(cue.search(lowered) for cue in NOTHING_YET)


# "Then no, my supervisor is an LMSW", "well yes": words that lead into the answer
CORRECTED_TO = re.compile(r"\b(?:actually|wait|i mean|on second thought)\W+(no|nope|yes|yeah|yep)\b")
LEAD_IN = re.compile(
    r"^\W*(?:(?:then|so|well|oh|ok|okay|alright|hmm+|um+|uh+|honestly|tbh|ngl|lol|lmao|haha+|ha)\b\W*)+"
)


def says_unknown(text: str) -> bool:
    """ "i don't know", "honestly no idea yet": the answer is that the person does not know."""
    return bool(UNKNOWN_FIRST.search(LEAD_IN.sub("", (text or "").strip().lower())))


def yes_or_no(text: str) -> Optional[bool]:
    """A yes or a no, said first ("no, ...", "then no, ..."), or anywhere ("my supervisor has the CCM, yes")."""
    lowered = LEAD_IN.sub("", (text or "").strip().lower())
    said_last = SAID_LAST.search(lowered)
    if said_last and len(lowered.split()) > 3:  # "i did a practicum no wait that was a research thing ... so no"
        return said_last.group(1) in ("yes", "yeah", "yep")
    corrected = [found.group(1) for found in CORRECTED_TO.finditer(lowered)]
    if corrected:  # "I don't know... actually no, her signature says LMSW": the answer corrected to
        return corrected[-1] in ("yes", "yeah", "yep")
    if NO.search(lowered) or PROBABLY_NOT.search(lowered):
        return False
    if YES.search(lowered):
        return True
    if says_unknown(lowered):
        return None  # "i don't know if she did"
    if NO_ANYWHERE.search(lowered):
        return False
    if YES_ANYWHERE.search(lowered):
        return True
    return None


ASKED_WHAT_IT_IS = re.compile(r"^\W*(?:what'?s|whats|what is|what are|what does|what do you mean)\b[^.!]*\?\W*$")


def placement(text: str) -> Optional[bool]:
    """Did the degree include a supervised field experience "in case management, health, or behavioral health"
    (CCMC's wording)? As the answer to that question. Nursing clinicals are one; student teaching or a ministry
    internship is not; one only begun ("just started my placement, nothing finished yet") is not completed."""
    lowered = (text or "").strip().lower()
    if ASKED_WHAT_IT_IS.match(lowered):
        return None  # "what's a practicum?": asked back, the answer comes after
    elsewhere = bool(OUTSIDE_HEALTH.search(lowered))
    if NOT_ONE_HAD.search(lowered):
        lowered = NOT_ONE_HAD.sub(" ", lowered)
        elsewhere = True  # what was done instead is named, and it is not the placement asked about
    named = bool(
        PLACEMENT.search(THE_ONLY_ONE.sub(" ", OUTSIDE_HEALTH_COUNTED.sub(" ", lowered))) or CLINICALS.search(lowered)
    )
    if named and (NOT_OF_A_DEGREE.search(lowered) or DEGREE_NOT_FINISHED.search(lowered)):
        return False
    if named and UNFINISHED.search(lowered):
        # "practicum done, internship starts in January": one finished is a yes, whatever is still to come
        return any(_a_placement_finished(part) for part in PARTS.split(lowered))
    if (ONLY_SOMETHING_ELSE.search(lowered) or SOMETHING_ELSE_ONLY.search(lowered) or elsewhere) and not named:
        return False
    said = yes_or_no(lowered)
    if (
        named
        and (said is None or elsewhere)
        and NO_PLACEMENT.search(lowered)
        and not ANOTHER_ONE_HAD.search(lowered)
        and not CLINICALS.search(NO_PLACEMENT.sub(" ", lowered))  # "clinical rotations ..., no internship in CM"
    ):
        # "had a research lab course but no placement"; "i did student teaching ... my masters had no practicum"
        return False
    if said is None and named:
        # "just the internship at a shelter", "only clinicals"; "we never did a practicum"
        return not says_nothing_yet(ONLY_SOMETHING_ELSE.sub("", lowered))
    return said


NO_PLACEMENT = re.compile(
    r"\b(?:no|without an?|wasn'?t an?|there was no)\s+(?:\w+\s+){0,4}?"
    r"(?:placement|practicum|internship|field ?work|clinicals?)\b"
    # "the master's didn't have any placement"
    r"|\b(?:didn'?t|did not|never) (?:have|had|include|require) (?:any |an? )?(?:\w+ )?"
    r"(?:placement|practicum|internship|field ?work|clinicals?)\b"
)
# "had no field placement but i did clinicals": another one was done
ANOTHER_ONE_HAD = re.compile(r"\b(?:but|though)\b[^.;!?]{0,30}\b(?:did|had|completed|finished)\b")


# "lpn school had clinicals but that was a diploma not a degree": not part of a degree
NOT_OF_A_DEGREE = re.compile(
    r"\b(?:was|is) (?:just |only )?an? (?:diploma|certificate)(?: program)?,? not (?:an? |my )?(?:degree|aa|as|aas"
    r"|associate'?s?)\b"
    # "Only the clinical part of HHA training ... But that is not degree"
    r"|\b(?:that'?s|that is|it'?s|it is|it was|that was) not (?:a )?degree\b"
    # "she don't have a degree yet so no she did the clinical part for the c n a class"
    r"|\b(?:don'?t|doesn'?t|do not|does not) have (?:a|any|her|his|my) degree\b"
    # "we had clinicals in lpn school at a hospital": a practical nurse's or an aide's training, no degree
    r"|^(?!.*\b(?:adn|bsn|asn|associate'?s?|bachelor'?s?|degree|rn program|aa|as|aas)\b).*\b(?:lpn|l p n|lvn|l v n"
    r"|cna|c n a|hha|home health aide|practical nursing|nursing assistant) (?:school|program|class|course|training"
    r"|certificate)\b"
    # "LPN program had clinicals but thats not a degree"
    r"|\bclinicals?\b[^.;!?]{0,20}\b(?:but|though)\W+(?:that'?s|thats|that is|it'?s|its|it was|that was|was)"
    r" not an? degree"
)
# "The master's has a practicum, which I did last spring, but the degree isn't finished": a placement counts with the
# degree it is part of, once that degree is conferred (as every writer who met one labels it)
DEGREE_NOT_FINISHED = re.compile(
    r"\b(?:degree|program|master'?s|masters|msw|bsw|mrc|bachelor'?s|bachelors|bsn|adn)\b(?: \w+){0,2}?"
    r" (?:isn'?t|is not|isnt|not|hasn'?t been) (?:finished|done|complete[d]?|conferred)\b"
)
PARTS = re.compile(r"[,.;!?]|\b(?:and|but|then)\b")
FINISHED = anywhere("did", "done", "finished", "completed", "had", "was")


def _a_placement_finished(part: str) -> bool:
    named = PLACEMENT.search(part) or CLINICALS.search(part)
    # the finishing word said of the placement: in "it was all research i was in a lab my placement now is at a
    # clinic", the "was" is the lab's
    near = part[max(0, named.start() - 25) : named.end() + 25] if named else ""  # ("i did a for-credit internship")
    return (
        bool(named) and bool(FINISHED.search(near)) and not UNFINISHED.search(part) and not OUTSIDE_HEALTH.search(part)
    )


def told_full_time(lowered: str, answering: bool) -> Optional[bool]:
    """Full time or not, as told of the case-management work done; a wish for the next job ("back to case
    management, maybe part time at first") tells nothing of it."""
    if not answering and WISHED_FOR.search(lowered):
        return None
    if not answering:  # "msw part time, done may 27": the schooling's hours, not the work's
        lowered = SCHOOL_HOURS.sub(" ", lowered)
        # "before that i worked the hotline at a dv shelter part time, not cm": another job's hours
        lowered = NOT_CASE_MANAGEMENT_CLAUSE.sub(" ", lowered)
    named = list(CASE_MANAGEMENT.finditer(lowered))
    if named and PART_TIME.search(lowered) and FULL_TIME.search(lowered):
        # "the case manager job is full time the job coach one was part time": the hours said next to its name
        told = next((said for said in (_hours_next_to(lowered, m) for m in named) if said is not None), None)
        if told is not None:
            return told
    if not answering and named and PART_TIME.search(lowered) and FULL_TIME.search(lowered):
        # "a job coach part time for two years, then moved up to vocational case manager full time": the hours
        # told from the case management on
        told = full_time(lowered[named[-1].start() :], answering)
        if told is not None:
            return told
    return full_time(lowered, answering)


def _hours_next_to(lowered: str, named: re.Match) -> Optional[bool]:
    """Full time or not, said nearest the name of the work within its own clause ("part time as a case manager, full
    time at walmart"); None when neither is said there."""
    after = CLAUSE_MARK.split(lowered[named.end() : named.end() + 40])[0]
    before = CLAUSE_MARK.split(lowered[max(0, named.start() - 25) : named.start()])[-1]
    said = [(m.start(), m.re is FULL_TIME) for cue in (PART_TIME, FULL_TIME) for m in cue.finditer(after)]
    said += [(len(before) - m.end(), m.re is FULL_TIME) for cue in (PART_TIME, FULL_TIME) for m in cue.finditer(before)]
    return min(said)[1] if said else None


CLAUSE_MARK = re.compile(r"[,.;!?]")
NOT_CASE_MANAGEMENT_CLAUSE = re.compile(
    r"[^.;!?]*\b(?:not|wasn'?t|isn'?t|rather than) (?:really |actually )?(?:an? )?"
    # "the part-time job coaching, which was hands-on support at job sites rather than managing cases"
    r"(?:cm|case management|case manag(?:er|ing)|managing cases|caseload)\b[^.;!?]*"
)
_SCHOOLING = r"(?:msw|bsw|mba|master'?s|masters|bachelor'?s|bachelors|degree|school|program|classes|student|college)"
SCHOOL_HOURS = re.compile(
    rf"\b{_SCHOOLING}\W+(?:\w+\W+)?(?:part|full)[- ]?time\b|\b(?:part|full)[- ]?time\W+(?:\w+\W+)?{_SCHOOLING}\b"
)


def full_time(text: str, answering: bool) -> Optional[bool]:
    """Part time or full time; a bare yes/no counts only as the answer to that question."""
    lowered = (text or "").lower()
    if NOT_APPLICABLE.match(lowered):
        return None  # "n/a": the question does not apply (no such work), which is neither full nor part time
    at_first = PART_TIME_AT_FIRST.search(lowered)
    if TURNED_FULL_TIME.search(lowered) or (at_first and int(at_first.group("hours") or 0) < FULL_TIME_HOURS):
        # "first ~8 months were 30 hrs/wk then went FT": both, so its own question asks which counts; the answer to
        # it ("mostly. 32 hr/wk aug 2023-jan 2024 then ft 40 since feb 2024") is full time, as the work is now
        return True if answering else None
    if A_SHARE_OF_THE_JOB.search(lowered):
        return False  # "full time with the district, but the coordination part is maybe 50%": part-time case management
    abbreviated = ABBREVIATED_HOURS.search(lowered) if answering else None
    if abbreviated:
        return abbreviated.group(0).strip().endswith("ft")
    hours = weekly_hours(lowered)
    if hours is not None:
        return hours >= FULL_TIME_HOURS
    if PART_TIME.search(lowered):
        return False
    if FULL_TIME_LATER.search(lowered):
        return yes_or_no(lowered) if answering else None
    if FULL_TIME.search(lowered) and not re.search(r"\bnot (?:\w+ ){0,2}full[- ]?time", lowered):
        return True
    return yes_or_no(lowered) if answering else None


_SHARE = r"(?:maybe |about |like |only |roughly |around |just )?(?:half|[1-9]\d? ?%|[1-9]\d? percent|a third|a quarter)"
_COORDINATING = r"(?:case[- ]?management|cm|coordinating|coordination|care coordination|casework)"
A_SHARE_OF_THE_JOB = re.compile(
    rf"\b(?:the )?{_COORDINATING} (?:part|piece|side) (?:is|was|'s) {_SHARE}(?!\w)"
    rf"|\b{_SHARE} (?:of (?:it|that|the job|my (?:week|time|job|day|hours)) )?(?:is|was) {_COORDINATING}\b"
)


def weekly_hours(lowered: str) -> Optional[float]:
    """Hours worked a week, if the text gives them: "40 hrs", "three 12s", "0.6 FTE" (of a 40-hour week)."""
    fte = FTE.search(lowered)
    if fte:
        return float(fte.group(1)) * 40
    shifts = SHIFTS.search(lowered)
    if shifts:
        count = shifts.group(1)
        return (SHIFT_COUNTS.get(count) or int(count)) * (SHIFT_HOURS.get(shifts.group(2)) or int(shifts.group(2)))
    hours = WEEKLY_HOURS.search(lowered)
    return float(hours.group(1)) if hours else None


def state_code(text: str, answering: bool) -> Optional[str]:
    """A US state named in the text: its full name after "in"/"from", a capitalised code before a credential or a
    role, after "in"/"from" or after a town ("NY LCSW", "in TX", "in Springfield MA"), or (answering the question)
    the bare name or two-letter code ("ny", "Texas"). Where someone moved to is where they are: a place the lists
    do not know ("licensed in Texas, just moved to Las Cruces") leaves the state to be asked."""
    if THE_CAPITAL.search(text or ""):
        return "DC"  # "d c washington d c": the capital, not Washington state
    first = CODE_FIRST.match(text or "") if answering and not CONCLUDED_LAST.search(text or "") else None
    if first and first.group(1).upper() in US_STATES and _a_code_not_a_word(first.group(1), text[first.end() :]):
        return first.group(1).upper()  # "PA, erie area", "NC (moving from NY)", "WA as of march. TX till then"
    settled = SETTLED_IN.search(text or "")
    if settled:
        return next(code for code, name in US_STATES.items() if name.lower() == settled.group(1).lower())
    moved = own_move(text or "")
    if moved and (_state_of_place(moved.group(1)) or not settled):
        return _state_of_place(moved.group(1))
    if not answering and ELSEWHERE_THAN_HERE.search(text or ""):
        return None  # "some of it in PA and the rest here": a state named as not where one is now
    for pattern in (STATE_BEFORE_ROLE, STATE_AFTER_ROLE, STATE_CODE_PLACED, STATE_AFTER_TOWN):
        found = pattern.search(text or "")
        if found and found.group(1) in US_STATES:
            return found.group(1)
    typed = TYPED_STATE_AFTER_TOWN.search(text or "")
    if typed and typed.group(1).upper() in US_STATES:
        return typed.group(1).upper()
    lowered = (text or "").lower()
    names = sorted(US_STATES.items(), key=lambda item: -len(item[1]))
    for code, name in names:
        pattern = rf"\b{re.escape(name.lower())}\b"
        if answering and re.search(pattern, lowered):
            return code
        if re.search(rf"\b{PLACED_IN}\s+{re.escape(name.lower())}\b", lowered):
            return code
        if re.search(rf"\b(?:in|from|across)\s+{REGION_OF_A_STATE}\s+{re.escape(name.lower())}\b", lowered):
            return code  # "a small district in northwest Iowa", "in rural Kansas"
        licensed = re.search(rf"\b{re.escape(name.lower())}\s+{ROLE_AFTER_STATE}\b", lowered)
        if licensed and not LAPSED_SOON_AFTER.match(lowered, licensed.end()):
            return code  # "Illinois MSW here, LSW since 2021" (not "the Illinois LCSW lapsed after we moved")
    if answering:
        alone = STATE_CODE_ALONE.match(lowered)
        if alone and alone.group(1).upper() in US_STATES:
            return alone.group(1).upper()
    return city_state(lowered, answering)


# Asked the state, a code said first and then qualified: where one is, or will be, whatever other state follows
CODE_FIRST = re.compile(
    r"^\W*([A-Za-z]{2})(?=\s*[,(/]|\s+(?:now|as of|for now|starting|from now|till|until|since|area|right now)\b)"
)


def _a_code_not_a_word(code: str, rest: str) -> bool:
    """ "OR, portland" is Oregon; "OK, Texas" and "ok, texas" are a word before the state named."""
    if code.lower() not in WORD_CODES:
        return True
    return code.isupper() and not A_STATE_NAMED.search(rest)


A_STATE_NAMED = re.compile(rf"\b(?:{'|'.join(re.escape(name) for name in US_STATES.values())})\b", re.IGNORECASE)
# "MA right now but moving to VA in march, so VA": the state said last, as the conclusion
CONCLUDED_LAST = re.compile(r"\b(?:so|then)\W+[A-Za-z]{2}\W*$")
# two-letter codes that are words in lower case ("ok, texas", "oh, ohio", "in, indianapolis" reads on)
WORD_CODES = frozenset("in me ok or hi oh id al de la co ma mo ne".split())
THE_CAPITAL = re.compile(r"(?i)\b(?:washington,?\s*d\.?\s?c\b\.?|district of columbia|^\W*d\.?\s?c\.?\W*$)")
LAPSED_SOON_AFTER = re.compile(r"[^.?!]{0,25}?\b(?:lapsed?|expired?|went inactive|is inactive)\b")
ELSEWHERE_THAN_HERE = re.compile(
    r"\b(?:and|but|the rest|rest of it|the others?|since then|now)\W+(?:(?:of it|all|mostly|only|just)\W+)?here\b",
    re.IGNORECASE,
)
MOVED_TO_PLACE = re.compile(
    r"\b(?:(?:mov|relocat)(?:ed|ing)|pcs'?(?:d|ed|ing)?)(?: back| here| out)?(?: from [A-Za-z ]{2,20}?)? to\s+"
    r"(?:the\s+)?"
    r"(?!(?:Case|Social|Nursing|Mental|Behavioral|Home|Hospital|Hospice|Outpatient|Inpatient|Utilization|Care)\b)"
    r"([A-Z][A-Za-z.]+(?:,?\s+[A-Z][A-Za-z.]+){0,2})"
)
# "we just PCS'd to Fort Riley... now I'm starting over in Kansas": where one is now, told after a move
SETTLED_IN = re.compile(
    r"\b(?:starting over|start over|starting fresh|settl(?:ed|ing)|(?:i'?m|i am|we'?re|we are) now"
    r"|now (?:i'?m|i am|we'?re|we are)(?: (?:living|based|stationed))?)\s+in\s+("
    + "|".join(sorted(US_STATES.values(), key=len, reverse=True))
    + ")\\b",
    re.IGNORECASE,
)
# "my friends from school who moved to Idaho": someone else's move says nothing of where the asker is
SOMEONE_ELSE_MOVED = re.compile(
    r"\b(?:who|they|she|he|friends?|classmates?|co-?workers?|sister|brother|parents|mom|dad|cousins?|family)"
    r"\W+(?:[\w']+\W+){0,3}$",
    re.IGNORECASE,
)


def own_move(text: str) -> Optional[re.Match]:
    """Where the asker moved to, or None when no move is told or the move is someone else's."""
    for moved in MOVED_TO_PLACE.finditer(text):
        if not SOMEONE_ELSE_MOVED.search(text[max(0, moved.start() - 40) : moved.start()]):
            return moved
    return None


def _state_of_place(place: str) -> Optional[str]:
    """The state a capitalised place names ("New Mexico", "Albuquerque", "Springfield, MA"), or None."""
    if place in US_STATES:
        return place
    lowered = place.lower().replace(",", "")
    for code, name in sorted(US_STATES.items(), key=lambda item: -len(item[1])):  # West Virginia before Virginia
        if lowered == name.lower() or lowered.endswith((" " + name.lower(), " " + code.lower())):
            return code
    return city_state(lowered, True)


def city_state(lowered: str, answering: bool) -> Optional[str]:
    """The state of a city named as where someone is ("suburbs of Chicago"), or named alone as the answer."""
    found = (CITY_ALONE if answering else CITY_PLACED).search(lowered)
    return US_CITIES[next(name for name in found.groups() if name)] if found else None


SETTING_DENIED = re.compile(r"(?:\b(?:not|no|never|isn'?t|wasn'?t)\W+(?:an?\W+|the\W+)?|\bnon-?)$")


def setting_code(text: str, words: Mapping[str, str], answering: bool) -> Optional[str]:
    """Where case-management work was done, from the vocabulary's words (alias -> code). Outside an answer to the
    question, only in a sentence about case management ("case management at an insurance company")."""
    lowered = (text or "").lower()
    if not answering:
        # only the clause about the case-management work: "a CM for 2 years and 5 years in the hospital"
        about = [part for part in CLAUSES.split(lowered) if part and CASE_MANAGEMENT.search(part)]
        if not about or WISHED_FOR.search(about[0]):  # "want to get into hospital case management"
            return None
        if A_CASE_MANAGER_MET.search(about[0]) and not OWN_ROLE.search(about[0]):
            return None  # "the nurse case manager from the insurance company helped me": someone else's work
        if OTHERS_LISTED.fullmatch(about[0]):
            return None  # "coordinating: VRS referrals, county waiver case managers, job sites": whom one works with
        lowered = about[0]
    found = []
    for alias, code in words.items():
        if code == "other" and not answering:
            continue
        match = re.search(rf"\b{re.escape(alias.replace('_', ' '))}\b", lowered)
        if (
            match
            and code == "school"
            and (STUDIED_AFTER.search(lowered[match.end() :]) or SCHOOL_STUDIED_AT.search(lowered[: match.start()]))
        ):
            continue
        if match and SETTING_DENIED.search(lowered[max(0, match.start() - 20) : match.start()]):
            continue  # "outpatient dialysis clinic, not hospital based"
        if match and code == "community_agency" and HEALTH_CARE_AGENCY.search(lowered[: match.end()]):
            continue  # "a home hospice agency" gives care: no community agency
        if match:
            found.append((match.start(), -len(alias), code))
    if not found and answering and WORKPLACE.search(lowered):
        return "other"
    code = min(found)[2] if found else None
    if code == "health_system" and NO_HOSPITAL_BEHIND.search(lowered):
        return "other"  # "outpatient dialysis clinic, not hospital based": a clinic, but no hospital or health system's
    return code


OTHERS_LISTED = re.compile(r"\W*(?:the\s+)?(?:[a-z'-]+\s+){1,2}case managers\W*")
A_CASE_MANAGER_MET = re.compile(r"\b(?:the|my|our|his|her|their|this|that|a)\s+(?:\w+\s+)?case manager\b")
OWN_ROLE = re.compile(r"\b(?:i'?m|i am|im|i was|as|been|became)\s+(?:an?|the)\s+(?:\w+\s+)?case manager\b")
HEALTH_CARE_AGENCY = re.compile(r"\b(?:hospice|home health|home care|home healthcare|nursing|staffing)\s+agency$")
NO_HOSPITAL_BEHIND = re.compile(
    r"\bnot (?:hospital[- ]based|part of (?:a|the|any) (?:hospital|health system)|(?:affiliated|connected) with "
    r"(?:a|the|any) (?:hospital|health system))|\bfree[- ]?standing\b|\bindependent (?:clinic|practice|center)\b"
)


def button_choice(text: str, buttons: Iterable[Mapping[str, Any]]) -> Optional[Tuple[str, Any]]:
    """The button whose title the person typed ("social work", "NONE"): (intent, entities) of its payload."""
    typed = _normalised(text)
    if not typed:
        return None
    for button in buttons or ():
        if _normalised(str(button.get("title", ""))) == typed:
            return parse_payload(str(button.get("payload", "")))
    return None


def parse_payload(payload: str) -> Optional[Tuple[str, Any]]:
    match = re.match(r"^/(\w+)(.*)$", payload.strip(), re.S)
    if not match:
        return None
    body = match.group(2).replace("{{", "{").replace("}}", "}").strip()
    try:
        entities = json.loads(body) if body else {}
    except json.JSONDecodeError:
        entities = {}
    return match.group(1), entities


def _normalised(text: str) -> str:
    return re.sub(r"[^a-z0-9/ ]+", "", re.sub(r"\s+", " ", (text or "").lower())).strip()
