"""Turn one message into profile updates: degrees, licences, durations, yes/no answers and interests.

Plain Python, no Rasa: the action that fills the slots passes in the message text, the entities the NLU found
(already mapped to canonical codes), the slot the assistant just asked for, and the profile so far. Nothing is
guessed: a duration with no clue to what it measures, outside an answer to a question about it, is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, Iterable, List, Mapping, Optional, Sequence

from advising.profile import education_rank
from advising.ranking import DEGREE_BEFORE, match_interests, named_specializations
from knowledge.catalog import Catalog
from language.answers_in_context import (
    CASE_MANAGEMENT,
    NEVER_DID_ANOTHER_THING,
    STATE_AFTER_LICENCE,
    STATE_AFTER_ROLE,
    STATE_AFTER_TOWN,
    STATE_BEFORE_ROLE,
    STATE_CODE_ALONE,
    STATE_CODE_PLACED,
    TYPED_STATE_AFTER_TOWN,
    asks_anywhere,
    only_training,
    own_move,
    placement,
    says_nothing_yet,
    says_unknown,
    setting_code,
    state_code,
    told_full_time,
    yes_or_no,
)
from language.asking import SENTENCES
from language.cues import anywhere, just_before, said_first
from language.degree_underway import ABANDONED, UNDERWAY_BEFORE, is_underway, months_left, names_a_past_year
from language.durations import (
    MAX_MONTHS,
    Duration,
    begins_after,
    dated_lengths,
    find_durations,
    months_of_hours,
    number_said,
    one_length,
    restated_by_a_year,
    restatements_dropped,
    told_by_a_childs_age,
    work_since,
)
from language.state_titles import as_the_state_names_them

MONTH_SLOTS = ("case_management_months", "healthcare_months", "supervisor_months", "clinical_supervision_months")
YES_NO_SLOTS = ("supervised_by_ccm", "field_experience")

NEGATION = just_before(
    "never got around to", "never got to", "not", "no", "never", "isn'?t", "wasn'?t", "don'?t have", "do not have",
    "doesn'?t have", "does not have", "without",
    # "I didn't do an MSW": one not earned
    r"didn'?t (?:do|get|earn|finish|complete|go for|have)", r"did not (?:do|get|earn|finish|complete|go for|have)",
    # "PA wouldnt give me the LBSW bc its not a BSW": refused
    r"(?:wouldn'?t|won'?t|would not|will not|didn'?t|did not) (?:give|grant|issue) me",
    "not licensed as",  # "I'm not licensed as an LPC in Iowa"
    "not yet",  # "So not yet a US RN."
    words=2,
)  # fmt: skip
WANTING = just_before(
    # "my dad wants me to do a BSN": someone else's wish for them
    r"(?:wants?|wanted|told|tells|telling|urging|pushing) me to(?: (?:do|get|go for|become|try|finish))?",
    "want", "wanna", "plan", "planning", "hope", "hoping", "thinking (?:about|abt)", "thought (?:about|abt)",
    "wanted",  # "pennsylvania wanted a social work degree for that": a requirement, not one held
    "considered", "considering", "looked into", "looking into", "going to", "gonna", "become", "get", "getting",
    # "none yet. will do crc after mrc": one to come
    r"(?:will|'ll|i'll|ill) (?:do|get|take|go for|pursue|apply for)",
    "earn", "pursue", "pursuing", "working (?:on|toward|towards)", "studying for", "apply", "how", "need",
    # "for the MSW", not "a school social worker for 6 years, MSW"
    "needs", "be", r"(?<!paid )for(?!\s+(?:now|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|about"
    r"|over|almost|nearly|a (?:few|couple|year|decade))\b)", "toward", "towards", "qualify", "sit", "maybe",
    "eventually", "someday", "hopefully", "track", "mentioned", r"suggest\w*", r"recommend\w*", "brought up",
    r"push\w*",
    # "i was supposed to have the c r c by now": one not held after all
    "supposed to have", "should have", "should've",
    # "do i gotta finish my masters first", "i think thats after the bsw": a degree still to come
    "gotta", "have to", r"(?:that'?s|thats|it'?s|comes|is) after",
    # "every job posting wants an RN", "they all require the CCM": what employers ask for, not held
    "wants", "require", "requires", "requiring", r"asks? for", "asking for", "prefers?",
    # "the company wants all supervisors to hold the CCM by 2028": a rule for them, not one met
    r"to (?:hold|have)",
    # "recruiters keep asking if I have my CCM": whether it is held is asked, not told
    r"(?:if|whether) (?:i|you) (?:already |even )?(?:have|hold|got|had)",
    # "I'm wondering if the ACM makes more sense", "not sure if that means a counseling master's": weighed, not held
    r"(?:not sure|unsure|wonder\w*|idk|don'?t know|do not know) (?:if|whether)(?: (?:that|it|this) means)? (?:the|an?)",
    r"(?:decid\w*|debating|weighing|figur\w* out) (?:if|whether) (?:to (?:get|do|go for) )?(?:the|an?|my)",
    # "figure out if I'm close to the LCSW", "already spiraling about the lcsw": one ahead
    "close to", "closer to",
    # "none. waiting on the lsw": not granted yet
    r"waiting (?:on|for)", "awaiting",
    r"(?:worr(?:ied|ying|y)|anxious|stressed|spiral\w*|confused|freaking out|panicking|nervous|questions?|asking"
    r"|curious) about",
)  # fmt: skip
# "CA doesnt really give you one until LCSW": one still ahead (not "an LMSW until I got my LCSW": words=0)
UNTIL_IT = just_before(
    r"(?:until|till|til|untill)(?: (?:the|an?|your|my|you'?re an?|you get (?:the|an?|your)))?",
    # "once hes an RN here can he go straight for the ACM": one still to come
    r"(?:once|after|when) (?:he'?s|she'?s|hes|shes|he is|she is|they'?re|i'?m|im|i am|i'?ll be|ill be) (?:an?|the)",
    words=0,
)
# "'LMSW required'", "the LCSW exam": a credential named as a requirement, not one held.
WANTED_AFTER = said_first(
    "required", "requirement", "preferred", "exam", "test", "track", "hours", "eventually", "someday", "later",
    "one day",
    r"(?:maybe|probably|hopefully|possibly) (?:later|eventually|someday|one day|next)", r"down the (?:road|line)",
    "-?eligible",  # "i'm probably LPC-eligible in OR but never applied"
    "supervision", "supervisor", "application", "applications", "app",  # "halfway through a CCM application"
    r"comes? (?:after|once|when|later|next)",  # "the LCMHC comes after my hours and the exam"
    # "the LCSW isn't issued yet", "LISW pending": passed, but not granted yet
    r"(?:is |still )?pending", r"isn'?t (?:issued|official|active|here)", r"is not (?:issued|official|active)",
    "not (?:issued|official)",
    r"hasn'?t (?:come|been issued|been granted)",
    # "my r n isn't done yet": the schooling for it still under way
    r"(?:is|isn'?t|is not|not) (?:done|finished|complete|completed) yet", r"(?:isn'?t|is not) (?:done|finished)",
    # "high school and then the l p n program": the schooling for a licence, not the licence
    "bridge", "program", "programs", "programme", "school", "course", "courses", "classes", "training",
    # "gone the LCSW route", "Iowa's bachelor-level license needs a social work degree": a path, or a rule about one
    "route", "path", "needs", "requires", "means",
    # "trying to figure out my LCSW timeline": the way to it
    "timeline", "journey", "process",
    # "The full LPC should come once I finish my hours"
    r"(?:should|will|would|might|could) come",
    # "LPN, active, KY. thats it. rn after nclex hopefully summer 27"
    r"after (?:the |my |i (?:pass|take) (?:the |my )?)?(?:nclex|n c l e x|boards?|exam)",
    # "the l c s w is what I'm trying to get", "licsw is the goal"
    r"is what i'?m (?:trying|going|working|aiming|after)", r"is (?:the|my) (?:goal|next)",
)  # fmt: skip
# "my l c s w sorry no l m s w", "licsw - wait no, lgsw": a licence said, then taken back for the next one named
TAKEN_BACK_FOR_THE_NEXT = re.compile(
    r"^\W*(?:(?:lol|um+|uh+|oh)\W+)*(?:sorry|i mean|i meant|oops|scratch that|correction|wait\W+no|no\W+wait)\b"
    r"(?:(?!\bnot\b)[\W\w]){0,20}$"
)


def _taken_back(lowered: str, mentions: Sequence[Mention]):
    """The licences said, then taken back for the next one named, and those named instead (not the same licence
    again: "Sorry, not the LCSW" takes it back by its own name)."""
    licences = sorted((m for m in mentions if m.kind == "license"), key=lambda m: m.start)
    pairs = [
        (said, instead)
        for said, instead in zip(licences, licences[1:])
        if instead.start >= said.end and TAKEN_BACK_FOR_THE_NEXT.match(lowered[said.end : instead.start])
    ]
    return {said for said, _ in pairs}, {instead for said, instead in pairs if instead.code != said.code}


# "The CRC is the first thing I'm going for": named, then said to be the goal
GOAL_LATER = re.compile(r"^[^.?!]{0,40}\b(?:going for|aiming for|shooting for|go for|working (?:my way )?towards?)\b")
# Asked for licences: one the vocabulary does not name ("teaching license", "adjuster license", "peer specialist
# certification", "CHW cert from the state") is none of these.
OTHER_FIELDS_LICENCE = re.compile(
    r"\b(?!(?:a|an|my|the|any|your|no|one|board)\b)[a-z]+ (?:licen[cs]e|certification|certificate|cert)\b"
)
# ...and other fields' credentials by name: "CADC, no LCADC yet", "just my CNA", "nationally registered paramedic"
OTHER_FIELDS_CREDENTIAL = anywhere(
    "l?cadc(?:[- ]?ii)?", "ladc", "alcohol and drug counsel+or", "addiction counsel+or", "peer (?:support |recovery )?"
    "specialist", "chw", "community health worker", "cna", "emt(?:-?[bp])?", "paramedic", "nrp", "cpht", "ptcb",
    "pharmacy tech(?:nician)?", "medical assistant", "rrt", "respiratory therapist", "teaching", "rdh", "r d h",
    r"dental hygien\w*", "dental assistant", "pta", "ota", "physical therapist assistant",
    "occupational therapy assistant", "cota", "otr(?:/l)?", "crt", "cma", "rma", "ccma", "rhit", "rhia", "ccs",
    "cpc", "phlebotom\\w*", "stna", "lna", "qmhp", "cprs", "cps", "bls", "cpr", "acls", "cdl",
    # spoken letter by letter at the kiosk: "I'm a licensed p t a in New Mexico that's it"
    "p t a", "o t a", "c o t a", "c n a", "e m t", "c m a", "r r t", "c a d c",
)  # fmt: skip
# The nursing boards license whoever passes their exam: "passed the NCLEX", "passed my NCLEX-PN".
# ...unless not yet: "haven't passed", "need to pass", "will pass" ("to" ends "want to", "yet to", "have to")
NOT_PASSED = just_before(
    "not", "never", "haven'?t", "hasn'?t", "didn'?t", "did not", "to", "will", "gonna",
    "til", "till", "until", "before", "once", words=1,  # "not an rn til i pass nclex"
)  # fmt: skip
PASS_TO_COME = just_before("after", "when", "if", words=1)  # "that's after I pass the n c l e x next summer"
# A US RN licence is granted on passing the NCLEX: "my RN is from the Philippines, I haven't taken the NCLEX yet"
NCLEX_NOT_YET = re.compile(
    r"\b(?:haven'?t|have not|hasn'?t|has not|not yet|still (?:need|have) to|didn'?t|did not|never|need to|studying for)"
    r"\s+(?:\w+\s+){0,2}?(?:taken|take|passed|pass|sat|sit|sat for|sit for|the)?\s*(?:the\s+)?"
    r"(?:nclex|n clex|n c l e x)(?![- ]?p ?n\b)\b"
)
# "my n c l e x r n is booked for january", "the NJ Board approved me to test": the exam is ahead
NCLEX_AHEAD = re.compile(
    r"\b(?:nclex|n c l e x)(?:[- ]?r ?n)?\W+(?:exam\W+)?(?:is\W+)?(?:booked|scheduled|set for|coming up)\b"
    r"|\b(?:nclex|n c l e x)(?:[- ]?r ?n)?\W+(?:exam\W+)?(?:is|'s)\W+(?:in|on|next)\W+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|month|the)"
    r"|\b(?:til|till|until|before|once|after|when)\W+i\W+(?:pass|take|sit)\W+(?:for\W+)?(?:the\W+|my\W+)?"
    r"(?:nclex|n c l e x)"
)
# "a registered nurse in the Philippines", "RN and registered midwife in Nigeria", "my philippine r n license":
# another country's licence, no US one
ABROAD_AFTER = re.compile(
    r"^\W*(?:(?:and|&)\W+(?:a\W+)?(?:registered|certified|licensed)\W+\w+\W+)?(?:licen[cs]e\W+)?"
    r"(?:in|from)\W+(?:the\W+)?(?:philippines|india|nigeria|kenya|ghana|jamaica|canada|mexico"
    r"|cuba|haiti|colombia|venezuela|brazil|uk|england|ireland|korea|china|vietnam|pakistan|iran|ukraine|russia"
    r"|my (?:home )?country|back home|abroad|overseas)\b"
)
ABROAD_BEFORE = re.compile(
    r"\b(?:philippine|filipino|indian|nigerian|kenyan|ghanaian|jamaican|canadian|mexican|cuban|british|korean"
    r"|foreign|overseas|international)\W+$"
)
# "passed the NCLEX-PN", and at the kiosk "i passed the nclex p n": the practical nurses' exam
PASSED_THE_NCLEX = re.compile(r"\bpass(?:ed)? (?:the |my )?(?:nclex|n c l e x)(?:[- ]?r ?n)?([- ]?p ?n)?\b")
# Someone else's, named by their role after it: "an LCSW supervisor", "my CCM manager".
SOMEONE_ELSE_AFTER = said_first(
    "supervisor", "supervisors", "manager", "boss", "director", "coworker", "colleague",
    "after (?:their|her|his) names?",
)  # fmt: skip
# "took the c r c in october, still waiting on results": sat, not yet passed
RESULTS_AWAITED = re.compile(
    r"\b(?:waiting (?:on|for)|awaiting|haven'?t (?:got|gotten|heard)|don'?t (?:have|know))\b[^.!?]{0,25}"
    r"\b(?:results?|scores?|whether i passed|if i passed)\b"
    # "i think i passed but they said results come in a few weeks"
    r"|\bresults? (?:come|comes|coming|are coming|will come|are due|due|should come)\b|\bi think i passed\b"
)
SAT_BEFORE = just_before("took", "taken", "sat", "sat for", "taking", "tested for", words=1)
# Other people, by the asker's words for them: what they have or do is theirs, not the asker's.
OTHER_PEOPLE = (
    r"(?:supervisor|sup|supe|boss|manager|director|mom|mother|dad|father|wife|husband|co-?worker|colleague|friend|peer|team"
    r"|teammate|buddy|roommate|partner|spouse|classmate|fianc[eé]e?|girlfriend|boyfriend|bf|gf|niece|nephew|neighbou?r"
    r"|field instructor|fi"
    r"|team lead|lead|leader|preceptor|mentor|instructor|charge nurse|son|daughter|brother|sister|kid|child|grandma"
    r"|grandpa|grandmother|grandfather|aunt|uncle|cousin)s?"
)
# "my sup (rn, ccm) says": in brackets after another person, theirs
THEIRS_IN_BRACKETS = re.compile(
    rf"\b(?:my|our|her|his|their)\W+{OTHER_PEOPLE}\W*\([^()]*$"
    # "(My manager is an RN with the CCM, if that matters.)": an aside about another person
    rf"|\(\W*(?:my|our)\W+(?:\w+\W+)?{OTHER_PEOPLE}\b[^()]*$"
)
# "(The LCSW at the clinic is my supervisor, not me)": named, then said to be another person
ANOTHER_PERSON_AFTER = re.compile(
    rf"^[^.!?()]{{0,30}}\b(?:is|was|'s)\s+(?:my|our|the)\s+(?:clinical\s+)?{OTHER_PEOPLE}\b|^\W*(?:is\s+)?not me\b"
    # "my manager is an ACM-RN, but that's her, not me"
    r"|^[^.!?()]{0,30}\bthat'?s (?:her|him|them|hers|his|theirs)\W+not (?:me|mine)\b"
    # asking for a relative, the asker's own: "the CDMS is mine not hers", "i got my lpn but thats me not her"
    r"|^[^.!?()]{0,60}\b(?:is|are|'s|that's) theirs\b"
)
# Someone else's credential: "my supervisor is an LCSW", "she has the CCM".
THEIRS_BEFORE = re.compile(
    r"\b(?:her|his|their)\s+(?:own\s+|new\s+)?$"
    # "i think she might have the c c m"
    r"|\b(?:she|he|they) (?:might|may|could|probably|prob) (?:have|has|hold|holds) (?:the\s+|an?\s+)?$"
    # "My supervisor is the one with the CCM"
    # ("i'm the one with the LICSW", asking for a husband: read in the first person as "they are the one with")
    r"|\b(?:is|was|are|were|'s) the (?:one|person) (?:with|who (?:has|holds|got))\s+(?:the\s+|an?\s+|her\s+|his\s+)?$"
)
# "My supervisor is an RN with the CCM", "my manager in case management is an ACM-RN": told of another person
THEIRS_TOLD_BEFORE = re.compile(
    # ("the care coordinator is a r n", said by an LPN of the clinic's RN)
    rf"\b(?:my|our|the)\s+(?:\w+\s+)?(?:{OTHER_PEOPLE}|coordinators?)\b(?:(?!\b(?:i|i'?m|im|i'?ve|ive|me|my)\b)[^.;!?]){{0,40}}"
    r"\b(?:is|was|'s)\s+(?:also\s+)?(?:an?\s+(?:[\w-]+\s+)?(?:with|and)\s+(?:the\s+|her\s+|his\s+|an?\s+)?|an?\s+)$"
)
# "eventually trauma therapy as an LCSW", "one day I'd like my own practice as an LCSW": a wish in the same clause
WISHED_IN_THE_CLAUSE = re.compile(
    r"\b(?:eventually|someday|some day|one day|down the road|in the future|long[- ]term|hope to|hoping to|want to"
    r"|wanna|would like to|'d like to|id like to)\b(?:(?!\b(?:i'?m|i am|im|i have|i hold|i'?ve|ive|i got)\b)[^.;!?])*$"
)
NOT_THE_FULL_ONE = re.compile(r"\bnot (?:yet )?(?:the |a |my )?full(?:y licensed)?\W+$")
# "I typed LCSW earlier by accident": one said by mistake
SAID_BY_MISTAKE = re.compile(r"^[^.;!?]{0,25}\b(?:by (?:accident|mistake)|was a typo|typo)\b")
SOMEONE_ELSE = just_before(
    rf"(?:{OTHER_PEOPLE}"
    r"|she|he|they|everyone|everybody|nobody|no one|none of (?:us|them)"
    # "one of the discharge planners has CCM"
    r"|one of (?:the|my|our) (?:[\w-]+ )?[\w-]+s)"
    # ("my supervisor at the group home is an l p c")
    r"(?:\W+(?:on|in|at|from)\W+(?:(?:my|our|the)\W+(?:\w+\W+)?\w+|work))?(?:\W+with\W+(?:an?\W+)?[\w']+)?"
    r"(?:\W+(?:also|all|both|too))?"
    r"(?:\W+(?:does|do|did|still|just|recently|finally|already))?"  # "she does have her CCM", "just got her LSW"
    r"\W+(?:is|are|was|were|has|have|had|holds?|got|s\W+got|s(?=\W+an?\b))"  # ("my supervisor's an lcsw")
)  # "half my coworkers have the ACM", "everyone on my team has the LSW": theirs, not the asker's
# The supervisor's credential: "supervision with an LCSW", "I meet with an LCSW", "under an LISW".
SUPERVISED_BY = just_before(
    r"(?:meet|meets|meeting|supervision|supervised|consult\w*|hours)\W+(?:\w+\W+){0,2}(?:with|from)",
    "under",
    "by",
    # "under the direction of an RN case manager"
    r"under the (?:direction|supervision|guidance) of",
    # "supervision from our agency's LCSW"
    r"(?:supervision|supervised)\W+(?:\w+\W+){0,3}from\W+(?:our|my|the|an?)\W+\w+'s",
    words=1,
)
ASKED_OF_BEFORE = re.compile(r"\b(?:is|isn'?t|are|would|will|does) (?:the |an? |getting (?:the |an? )?)?$")
WEIGHED_AFTER = re.compile(
    r"^\W*(?:(?:really|even|actually|still)\s+)?(?:be\s+)?(?:better|worse|worth|easier|harder|more useful|the same"
    r"|required|needed|necessary|enough|count)\b"
)
# "LPC-associate", "associate clinical social worker", "the ASW registration": a step before the licence, not it.
BEFORE_THE_LICENCE = just_before(
    "associate", "provisional", "pre.?licensed?", "intern", "trainee",
    r"(?:registered|listed) as an? candidate(?: for)?(?: the| an?)?",  # "registered as a candidate, the LPCC"
    words=0,
)  # fmt: skip
BEFORE_THE_LICENCE_AFTER = said_first("associate", "intern", "trainee", "candidate", "in training", "registration")
# "ccm or lcsw, which first": a choice between credentials, neither held.
CHOICE_BEFORE = just_before("or", "vs", "versus", "between", "weighing", "comparing", "against", words=1)
CHOICE_AFTER = said_first("or", "vs", "versus", "against")
# "the RN case manager at our place says", "an LCSW who runs the unit": a colleague named by licence and role
ANOTHER_BY_ROLE_BEFORE = re.compile(r"\b(?:the|our|their|her|his|an?)\W+$")
ANOTHER_BY_ROLE_AFTER = said_first(r"case managers?", r"cms?", "who", "says", "said", "told", "there")
# "let my RN go inactive", "the CCM expired in March": a licence that is not current is not held (CCMC and ACMA ask
# for a current, active licence). The word goes with the licence named nearest to it.
LAPSED = anywhere(
    "inactive", "lapsed?", "lapsing", "expired", "not (?:current|active|renewed)", "no longer active",
    "didn'?t renew", "did not renew", "never renewed", r"let (?:it|that|(?:my |her |his |the )?licen[cs]e) go\b",
    r"didn'?t do (?:the|my|its) renewal", r"did not do (?:the|my|its) renewal",
)  # fmt: skip
# "let my CCRN lapse", "my ACLS expired": what lapsed, named just before the word
# ("my Georgia license lapsed": a state's name between)
LAPSED_OWNER = re.compile(
    r"\b(?:my|her|his|the)\s+(?:(?:[a-z]+|new york|new jersey|north carolina|south carolina)\s+(?=licen))?"
    r"([a-z0-9-]{2,8})\s+(?:(?:go|get|is|was|has|had)\s+)?$"
)
# "I was a registered nurse... I let my license lapse": the licence word alone is the licence named before it
LICENCE_WORD = re.compile(r"^licen[cs]e$")
OTHER_CREDENTIAL = anywhere(
    "certs?", "certificates?", "certifications?", "licen[cs]es?", "registrations?", "cards?",
    # "l p n in ohio active and i was a s t n a before that but that one is expired": the aide's one lapsed
    r"s ?t ?n ?a", r"c ?n ?a", "cma", "emt", "bls", "acls", "cpr", "ccrn", "phlebotomy",
)  # fmt: skip
# "I've only seen RN/SW in the postings": credentials named as what others ask for or hold.
SEEN_ELSEWHERE = just_before(
    "seen", "see", "saw", "seeing", "notice", "noticed", "noticing", "reading about", "heard", "hearing", "read about",
    "told me", "tells me", "said", "says",
    # "I looked into the social work license here once": a credential considered, not held
    "looked into", "looking into", "look into", "researched", "checked into", "checking into", "looked at",
    # "everyone in my cohort talks about the LCSW": named, not held
    r"talks? about", "talking about", "talked about", words=3,
)  # fmt: skip
# "i don't get all the letters like l l b s w l b s w el m s w": names asked about, none held
LETTERS_NOT_UNDERSTOOD = re.compile(
    r"\b(?:don'?t|dont|do not|can'?t|cannot) (?:get|understand|know|follow|keep (?:up with|track of))\b[^.?!]{0,30}?"
    r"\b(?:letters|acronyms|abbreviations|alphabet soup|initials)\b[^.?!]*$"
)
# "not one of the big ones like LPC", "something like the CCM": a licence named as an example of a kind, not held
NAMED_AS_AN_EXAMPLE = just_before(
    "ones? like", "something like", "such as", "big ones?",
    # "the LCMHC, Vermont's version of the LPC": a licence explained by another's name
    "version of", "equivalent (?:of|to)", "same (?:thing )?as", "name for",
    # "nc calls it lcmhc not lpc": what a state names it
    r"calls? (?:it|them|that)",
    # "the clinical thing, which i guess is like the l c s w in michigan": a licence it is likened to
    r"(?:is|are|'s) like",
    # "Michigan is getting rid of the exam and creating an LCSW": a licence talked of, not held
    r"creat\w*", r"introduc\w*", "adding", words=1,
)  # fmt: skip
# "in the lpn to rn bridge", "an LPN-to-RN program": the licence the bridge leads to is not held yet
BRIDGED_TO_BEFORE = re.compile(
    r"(?:\bbridge (?:program )?(?:to|into)|\bbridge(?= \W*$)"  # ("the lvn to rn bridge rn")
    r"|\b(?:l ?p ?n|l ?v ?n|a ?d ?n|c ?n ?a)s?(?:\s*-\s*|\s+)(?:to|2))\W*$"
)
BRIDGED_TO_AFTER = said_first("bridge", "program", "programme", "track", "pathway", "transition")
# "I keep hearing about the CRC and the LPC": everything heard of in that sentence is named, not held
HEARD_ABOUT = re.compile(
    r"\b(?:(?:hear|hearing|heard|read|reading|learning) about|throws? around|throwing around|keep hearing)\b[^.?!]*$"
)
# Asked about supervision, a licence named is the supervisor's ("with my LCSW-S"), unless claimed ("I'm an LMSW").
SUPERVISION_SLOTS = ("clinical_supervision_months", "supervised_by_ccm", "supervisor_months")
# "the l l b s w, the limited license": Michigan's limited licence (LLBSW, LLMSW), a step before the licence itself;
# "the associate-level counseling license New Mexico gives you while you get hours": the step before the LPC
LIMITED_BEFORE = re.compile(r"(?<!\w)l\s?$|\bassociate[- ]level\W+(?:\w+\W+){0,2}$")
# "if it's an RN-only thing": a licence naming a kind of job, not one held ("RN only", asked, is held)
# ("changing the law to 3,000 hours and an actual LCSW title": the title a law gives, not one held)
A_KIND_AFTER = re.compile(r"^-only\b|^\W*(?:-?only\W+)?things?\b|^\W*titles?\b")
# "see see em? no i dont have that", "the CCM? nope, don't have it": a credential echoed, then denied
# ("l m s w um no sorry i don't have it yet", spoken: no question mark, but the "no" says it)
DENIED_AFTER = re.compile(
    r"^\W*(?:\?+\W*(?:(?:no|nope|nah)\b\W*)?|(?:(?:um+|uh+)\W+)?(?:no|nope|nah)\b\W*(?:sorry\W+)?)"
    r"(?:i\W+)?(?:don'?t|dont|do not|never)\W+(?:\w+\W+)?"
    r"(?:that|it|one|those|anything|any)\b"
    # "That's the LICSW, which I don't have yet"
    r"|^\W*(?:which|that) (?:i )?(?:don'?t|dont|do not|haven'?t|have not) (?:have|hold|got)\b"
)
# "BSN-RN, CCM since 2021": a credential held since a year
HELD_SINCE = re.compile(r"^\W*(?:since|as of)\W+(?:(?:19|20)\d\d|'\d\d)\b")
# "I was a nurse years ago, an associate degree RN, and I stepped away": whether that licence is still current is not
# said, so it is asked (CCMC and ACMA count only a current licence)
LEFT_THE_WORK = anywhere(
    "stepped away", "never went back", r"used to be an?", "left nursing", "left the field", "out of nursing",
)  # fmt: skip
LIMITED_AFTER = re.compile(r"^\W*(?:the\s+|a\s+)?limited\b")
MICHIGAN_LIMITED = re.compile(r"\bll(?:pc|msw|bsw)\b")  # written as one word, no alias of the licence names it
WITH_MY = re.compile(r"\bwith my\W+(?:\w+\W+){0,2}$")
# "LCSW-S", "LPC-S", "LCSW-Supervisor": a supervisor's designation
SUPERVISOR_SUFFIX = re.compile(r"^(?:-s\b|\s?-?\s?supervisor\b)")
# "LCSW-A", spoken "l c s w a": the associate licence, a step before the licence itself.
ASSOCIATE_SUFFIX = re.compile(
    r"^(?:-a|\s?a)\b(?=\W*$|[,.;!?]|\s+(?:in|here|since|for|and|with|now|question"
    # spoken: "l c s w a sorry I said l c s w before", "the l c s w a I've had it since july"
    r"|sorry|i|i'?ve|ive|i'?m|im|which|that|so|but|um|uh|licen[cs]e)\b)"
)
NO_LICENCE = anywhere(
    r"not (?:an? |yet an? )?(?:\w+ ){0,2}licen[cs]es?",
    r"not (?:yet |fully |actually )?licensed\b",  # "ASW registration. not licensed-licensed yet"
    r"no (?:real |actual |official |proper )?licen[cs]es?",
    r"dont (?:\w+ ){0,2}licen[cs]es?",
    # "i dont have any nursing or social work license"
    r"(?:don'?t|do not|never) (?:have|had|held|got) (?:any|a) (?:[\w-]+,? ){0,6}licen[cs]es?",
    "nothing (?:clinical|medical|nursing|like that)",
    # "in mexico i have my cedula profesional but here nothing yet": another country's, and none in the US
    r"(?:here|in the (?:us|u s|states|united states)) nothing",
    r"nothing (?:yet )?(?:here|in the (?:us|u s|states))",
)
# A degree still being earned: "just started my MSW", "now doing my MSW", "in my first year of the MSW".
IN_PROGRESS = just_before(
    "started", "starting", "doing", "in my", "enrolled in", "working on", "student", "halfway through", "year of",
    "applying to", "going back for", "go back for", "start", "now", "finishing", "finishing up", "completing",
    "almost done with",
    # "i haven't finished the m s w yet"
    r"(?:haven'?t|havent|have not|didn'?t|not) (?:yet )?(?:finished|completed|done|graduated from)",
    "paying for my", "pays for my",  # "the VA is paying for my master's": one being earned (paid for: held)
    r"(?:go|going|head|heading) (?:\w+ )?into",  # "should i go straight into an msw"
    r"i'?m (?:now |currently )?in (?:an?|the)", "currently in",  # "now I'm in an advanced-standing MSW"
    r"(?:i'?ll|ill|i will|i should|should) (?:have|get|finish) (?:my|the|a|an)",  # "I'll have my BSW in May 2027"
    r"done in (?:\w+ ){1,4}with (?:my|the|a|an)",  # "i'm done in may twenty twenty seven with the b s w"
    r"(?:after|once|when|until|till) i (?:finish|complete|get|graduate with) (?:my|the|an?)",  # "After I finish my MSW"
)  # fmt: skip
# A level only begun is not held ("starting my bachelors online", "enrolled in a master's program"); one about to be
# finished is (the intake asks for the level completed "or about to" be).
LEVEL_BEGUN = just_before(
    "started", "starting", "start", "enrolled in", "enrolling in", "working on", "halfway through", "going back for",
    "go back for",
    "signed up for", "in the middle of", "(?:first|second) (?:year|semester) of", "in my", "doing", "currently in",
    "paying for my", "pays for my",
    # "the counselor says I should finish my bachelor's", "going back to finish my bachelor's": not yet held
    "(?:going|go|goin|gonna go|headed) back to finish", "should finish", "ought to finish", "could finish",
    # "part time while I finish my counseling masters": still being earned
    "while i finish", "while finishing",
)  # fmt: skip
# "in the first year of a clinical rehabilitation counseling master's": the degree's long name between
EARLY_YEAR_OF = just_before(r"(?:first|second|1st|2nd) (?:year|semester|term) (?:of|in)", words=5)
# "so i can do more counseling with families", "I'd rather be doing therapy": the work done, not a degree's subject
AN_ACTIVITY = just_before(
    "do",
    "doing",
    "did",
    "provide",
    "providing",
    "provided",
    "offer",
    "offering",
    "more",
    "a lot of",
    "lots of",
    words=1,
)
# "associate's done, bachelor's in progress": a level still being earned
LEVEL_UNDERWAY_AFTER = said_first(
    r"(?:is |still |is still )?(?:in progress|underway|ongoing|unfinished|pending)",
    r"(?:will|'ll|is going to|is gonna) be\b",  # "my masters will be counseling": not yet
)
DEGREE_UNDERWAY_AFTER = said_first(
    "placement", "program", "student", "classes", "courses", "application", "now", "in progress",
    # "maybe the LCADC or an MSW down the road": one still to come
    "down the road", "someday", "some day", "eventually", "later on", "in the future", "at some point",
    "instead",  # "go straight into an msw instead": one weighed, not held
    r"(?:will|'ll|is going to|is gonna) be\b",  # "the BSW will be social work": not yet
    r"(?:is |would be )?(?:really |even |actually )?worth (?:it|the)",  # "whether an MSW is worth it at my age"
    r"or(?! (?:something|so|whatever|similar)\b)",  # "should I do a b s w or psychology"
    r"(?:is|still|is still) (?:in progress|underway|ongoing|unfinished)",
    # "my BSW online (2 semesters left!!)": what is left to do is a degree not yet held
    r"(?:online\W+)?\(?(?:\d+|one|two|three|four|a few|a couple) (?:more )?(?:semesters?|terms?|quarters?|classes"
    r"|courses|credits|months?|years?) (?:left|to go)",
    # "bsw finishes in may", "the b s n isn't done till may"
    r"(?:finishes|ends|wraps up|is done|will be done|gets done) (?:in|this|next|by)",
    r"(?:isn'?t|is not|not) (?:done|finished|complete|completed)(?: yet)?\b",
)  # fmt: skip
A_MINOR_AFTER = re.compile(r"\W*(?:was|is)\s+(?:just\s+|only\s+)?(?:my|a|the)\s+minor\b|\W*\(?\s*minor\b")
A_MINOR_BEFORE = re.compile(r"\bminor(?:ed)?(?: was| is| in|:)?\s+(?:in\s+)?$|\b(?:electives?|classes|courses) in\s+$")
# "MRC practicum + internship are next yr", "a master's that starts in August": a degree still ahead
DEGREE_AHEAD_AFTER = re.compile(
    r"^[\w' +&/-]{0,30}?\b(?:is|are|starts?|begins?|starting) "
    r"(?:next (?:yr|year|semester|term|fall|spring|summer|month)|this coming|in the (?:fall|spring|summer)"
    r"|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b"
    # "bachelor's not begun", "the bachelor ... she aint started it yet"
    r"|^[\w' ]{0,40}?\b(?:not (?:yet )?(?:begun|started)|(?:ain'?t|haven'?t|hasn'?t) (?:even )?started)\b"
)  # fmt: skip
NOTHING_PAST_HIGH_SCHOOL = re.compile(
    r"\bno (?:college |other |real )?(?:degrees?|education|schooling|college) "
    r"(?:past|beyond|after|other than|besides|but|except|above)\s+(?:a |my |the )?(?:high ?school|hs|ged|diploma)"
)
NO_COLLEGE = anywhere(
    "no (?:college )?degree",
    "(?:never went to|didn'?t go to|did not go to) college",
    # "some college, never finished": the highest finished is high school
    r"some college(?! degree)",
    r"(?:never|didn'?t|did not) finish(?:ed)?(?: (?:college|my degree|the degree))?",
    # "just the LPN certificate": a certificate program is no college degree
    r"(?:just|only) (?:the |my |an? )?(?:\w+ ){0,3}(?:certificate|cert|certification)(?: program)?",
)
# "my coworker who's a VR counselor has a masters": someone else's degree (no "I" between the person and the verb)
DEGREE_OF_SOMEONE_ELSE = re.compile(
    r"\b(?:supervisor|boss|manager|director|instructor|preceptor|mentor|coworker|co-worker|colleague|she|he|they|wife"
    r"|husband|friend|mom|dad|mother|father|sister|daughter|son|"
    r"brother)\b(?:(?!\bi\b|\bmy\b)[^.;!?]){0,40}\b(?:has|have|holds|had|got|is|was)\W+(?:an?\W+|her\W+|his\W+|their\W+)?$"
    # "my boss has the c r c and a masters in rehab counseling", "my daughter has the r n and the b s n": listed
    # after what another person holds
    r"|\b(?:supervisor|boss|manager|director|coworker|co-worker|colleague|she|he|they|wife|husband|mom|dad|mother"
    r"|father|sister|brother|daughter|son)\b(?:(?!\bi\b|\bmy\b)[^.;!?]){0,30}"
    r"\b(?:has|have|holds|had|got)\W+(?:the\W+|an?\W+|her\W+|his\W+)?[\w ]{1,15}\W+and\W+"
    r"(?:the\W+|an?\W+|her\W+|his\W+)?$"
    # "a placement supervised by an MSW", "precepted by a BSN": the supervisor's degree
    r"|\b(?:supervised|overseen|precepted|mentored|trained|supervision)\W+(?:\w+\W+)?(?:by|with|from|under)\W+(?:an?\W+)?$"
    # "my daughter is finishing her BSN": a relative's degree, by the pronoun before it
    r"|\b(?:her|his)\W+$"
)
# "a practicum at a counseling center": the field names a workplace, not the degree's subject
PLACE_NOUN_AFTER = said_first("center", "centre", "department", "dept", "clinic", "agency", "office", "unit", "team")
# "MA certificate", "CMA certified": a medical assistant's certificate, not a master's
# "an MA certificate"; "supervised MSW interns", "BSW students": a degree other people study for
CERTIFICATE_AFTER = re.compile(
    r"^\W*(?:certificate|cert|certification|certified)\b|^\s+(?:interns?|students?|candidates?)\b"
    # "a licensed master electrician": a trade's rank, no degree
    r"|^\s+(?:electrician|plumber|carpenter|mechanic|technician|welder|barber|cosmetologist|esthetician|gardener"
    r"|chef|craftsman|tradesman|pipefitter|steamfitter|hvac)s?\b"
)
# The name of a subject, answering what a degree is in: a few words, none a question, a refusal or an unknown.
A_SUBJECT_NAMED = re.compile(
    r"^\W*(?!(?:none|no|nothing|n/?a|idk|skip|dunno|not sure|unsure|i don'?t|i dont|don'?t know|what|why|how|which|"
    r"who|is|are|do|does|can|huh|pass|later|yes|yeah|yep|nope|ok|okay)\b)"
    # a subject names no one and does nothing: "the letters are so close" is no subject
    r"(?!.*\b(?:i|you|it|they|we|is|are|was|were|am|keep|have|has|had|do|does|did|be|been)\b)"
    r"[a-z&'/-]+(?:\s+[a-z&'/-]+){0,3}\W*$"
)
SUBJECT_SAID_ON = re.compile(r"\s+(?:lol|so|which|but|basically|like|aka|i\.?e\.?)\b|\s*[,(;:]|\s+-+\s+")
# "a pharmacy tech ... but i dont have a degree": a degree denied
DEGREE_DENIED = anywhere(
    r"(?:do ?n'?o?t|don'?t|dont|never|didn'?t|did not) (?:have|got|get|earn|finish) (?:a|any|my|the)"
    r" (?:college )?degree",
    "no (?:college )?degree", "without (?:a|any) degree",
)  # fmt: skip
# asked the highest education: "graduated from the community college in 2015", not its certificate or its classes
COMMUNITY_COLLEGE_FINISHED = re.compile(
    r"\b(?:graduated|finished|got my degree|degree)\b[^.?!]{0,20}\b(?:community|junior|technical) college\b"
    r"(?![^.?!]{0,30}\b(?:certificate|cert|program|classes|courses|credits)\b)"
)
# asked what the degree is in, said first whatever follows: "I don't have one yet, ..."
NO_DEGREE_HELD = said_first(r"(?:i )?(?:don'?t|dont|do not) have (?:one|a degree|any)(?: yet)?(?! (?:in|from))")
# asked what the degree is in: "none yet, was taking gen eds", "not yet", "no degree"
NO_DEGREE_YET = said_first("none", "no degree", "not yet", "nothing", "n/?a")
# "a high school counselor", "a college professor": a level that names a job or the people served, not schooling
LEVEL_NAMES_A_JOB_AFTER = said_first(
    "(?:guidance |math |english |science |special ed(?:ucation)? )?(?:counsel(?:or|lor)s?|teachers?)", "teaching",
    "students?", "kids", "principals?", "coach(?:es)?", "nurses?",
    "social workers?", "psychologists?", "staff", "level", "aged", "age", "sports", "football", "dropouts?",
    # "in other states that's a bachelor's thing, but here it's the master's license": a licence's level
    "thing", r"licen[cs]e",
    # "lpn school had clinicals but that was a diploma not a degree": a programme's diploma, said of no level
    r"not an? (?:college )?degree",
    # "registered as an associate w/ the oregon counseling board": a licence's step, no degree
    r"(?:w/|with) (?:the )?(?:state|board|[a-z]+ (?:couns|social|board|licens))",
    # "an a l c, associate licensed counselor": Alabama's step before the LPC, no degree
    r"licen[cs]ed (?:professional )?counsel(?:or|lor)", "professional counsel(?:or|lor)",
    r"(?:here\W+)?\(?medical as\w*",  # "MA here (medical assistant, not masters lol)"
)  # fmt: skip
# "at a public high school", "the high school": a school as a place, not the level of schooling
LEVEL_AS_A_PLACE = just_before(
    "at", "public", "private", "local", "the", "taught", "teach", "teaching", "coached",
    # "helping young adults find jobs after high school": a time of life, not the asker's schooling
    "after", "out of", "finishing", "leaving", "graduating",
    "aswb", "a s w b",  # "planning to take the ASWB bachelors": the exam's level
    words=1,
)  # fmt: skip
# "the high school" is a place and "the masters one" an exam; "the associate degree", "the two year degree" the level
# held
THE_BEFORE = just_before("the", words=1)
# "LPC-Associate in TX", "LCSW associate": the step before a licence, not an associate degree
LICENCE_STEP = re.compile(r"\b(?:lpc|lmhc|lpcc|lcpc|lcsw|lmsw|lsw|lmft|mft|lcdc|lcadc)[- ]*$")
# "torn between transferring into a BSW or a psychology BA": degrees weighed, neither held
DEGREE_CHOICE = just_before(
    "or", "vs", "versus", "between", "transferring into", "transfer into", "transfer to", words=2
)
FIELD_WEIGHED = just_before(
    "should i do", "should i go (?:to|into|for)", "should i study", "should i get", "thinking of", "considering",
    "should (?:i )?major in", "leaning", "leaning towards?",  # "undeclared, leaning psych or social work"
    words=0,
)  # fmt: skip
# A field named as a degree's subject, not as a kind of work ("benefits counseling" is a job).
DEGREE_CUE = anywhere(
    "degree", "major", "majored", "studied", "study", "studying", "bachelor'?s?", "master'?s?", "associate'?s?",
    "undergrad",
)  # fmt: skip
# "i need 2 years acute care first": a duration someone is told they need, not one they have.
NEEDING = just_before(
    "need", "needs", "required?", "requires", "must", "have to", "has to", "want", "wants", "asking for",
    "skip", "waive", "waives", "instead of",  # "once i get my l p c can i skip the two years of case management"
    # "every posting says BSN pref + 2 yrs CM exp": what employers ask for
    r"pref(?:erred)?\W*\+?", "posting says", "postings say", "job says", "ads? says?", words=2,
)  # fmt: skip
HOLDING = just_before(
    "i'?m", "i am", "im", "have", "hold", "got", "earned", "passed", "licensed", "certified", "as an?", "work as",
    "worked as", "i was", "been an?", "with my", "had my",
)  # fmt: skip
CORRECTION = anywhere("actually", "i meant", "sorry", "correction", "not an?", "i mean", "wrong", "mistake")
# Words that say a wish outright; answering another question, only these name what one would like
WISHED_OUTRIGHT = (
    # "i want to know can i even do that" asks, it wishes for no work
    r"want to(?! know| ask| find out| check| see if| understand)", r"wanna(?! know| ask)",
    r"would like to(?! know| ask)", "interested in", "passionate about", "drawn to", "dream", "hope to", "hoping to",
    # "I keep looking at hospital social work case manager postings": where they would go next
    "looking at", "move into", "moving into", r"switch(?:ing)? (?:to|into)", "get into",
    # "looking to get out of schools and into pediatric hospital cm": where they would go
    r"(?:looking|trying|hoping|want(?:ing)?) to (?:get|move|go) out of",
    r"thinking about(?! (?:it|that|this))", "considering",
)  # fmt: skip
STRONG_WISH = anywhere(*WISHED_OUTRIGHT)


def wishes_outright(text: str) -> bool:
    """ "I want to work with veterans", "I'm drawn to hospice": a wish said, not only the work one does."""
    return bool(STRONG_WISH.search((text or "").lower()))


INTEREST_CUE = anywhere(
    *WISHED_OUTRIGHT, "love", r"like to(?! know| ask)", "help", "helping", "work with", "working with", "care about",
    r"applying (?:to|for)", "eyeing", r"lean(?:ing)? toward",
    # "the part I like is when someone's ready to go back to work": what they like in their work
    r"(?:the part|what|the thing) (?:that )?i (?:really )?(?:like|love|enjoy)", r"i (?:really )?enjoy",
    # "is there a credential that gets me into vocational rehab", "pivot into disability management"
    r"gets? (?:me|you|someone) into", "break into", r"transition(?:ing)? (?:in)?to", r"pivot(?:ing)? (?:in)?to",
)  # fmt: skip
WORK_CLAUSES = re.compile(r"[,.;!?]|\b(?:and|but)\b")
# One's own work told in the story ("I've been a peer specialist at a community mental health center", "i do
# behavioral health case management"): where and with whom they work is a signal, as a wish is.
OWN_WORK = anywhere(
    "i work", "i'?ve been (?:an?|the|working|doing)", "i been (?:an?|the|working|doing)", "i'?m (?:an?|the)",
    "i'?ve been at (?:an?|the)",  # "I've been at a psychiatric hospital for four years"
    # "sociology BA, been a caseworker at county cyf": a job told without its "I've"
    r"(?:(?<=^)|(?<=^ )|(?<=[,.;] )|(?<=[,.;]))been (?:an?|the) [\w -]{0,20}?"
    r"(?:worker|manager|coordinator|specialist|nurse|counsell?or|aide|tech)",
    "i am (?:an?|the)", "im (?:an?|the)", "i do",
    # "I carry about fifteen adults with serious mental illness": whom one's caseload is of
    "i carry", "my caseload", "i serve", "my clients", "i'?m (?:currently )?working", "my job", "my role",
    "i (?:mostly|mainly|usually|primarily|also) do",
    r"(?:yrs?|years?|months?|mos?)\W+as an?",  # "psych BA, 2+ yrs as a vocational case manager"
    # "for two years I've worked as an employment specialist", "I've spent the last five years as a claims case manager"
    "i'?ve worked", "i worked", "i'?ve spent", "i spent",
    # "i did my bachelor of physiotherapy in pune and worked three years in a hospital there": "i" said before "and"
    r"(?:(?<=^)|(?<=^ ))worked (?:[\w-]+ ){0,3}?(?:in|at|for) (?:an?|the)",
    # "before that i did customer service for a health insurance company": a job told, not school
    r"i did (?=customer|sales|retail|billing|claims|intake|data|admin|office|phones?|front desk|security|home care"
    r"|discharge planning|utilization review)",
)  # fmt: skip

# What a duration measures, judged by the words around it.
DURATION_CUES = (
    (
        "supervisor_months",
        re.compile(
            r"supervis\w* (?:[\w']+ ){0,3}(?:case managers|care managers|care coordinators|a team|staff|the team"
            # "since january 2023 i've been supervising the s s a's" (Ohio's service and support administrators)
            r"|caseworkers|case workers|coordinators|social workers|ssas|s s a'?s|service coordinators)|"
            r"program manager|report to me|promoted to supervisor|"
            # "Since April 2025 I've been managing the department", "got the manager job in April 2025"
            r"manag(?:e|es|ed|ing) (?:the|our|my|a) (?:case management |cm |care management )?(?:department|dept)\b|"
            r"(?:got|took|became|promoted to) (?:the )?(?:cm |case management )?manager\b|"
            # "I've supervised our care coordination team", not "supervised by our team lead"
            r"supervis(?:e|es|ed|ing) (?:our|my|the|a) (?:[\w-]+ ){0,3}team\b|"
            r"manag\w* (?:a |the )?team of (?:\w+ ){0,3}case managers|"
            r"as (?:a |the )?(?:program |team |unit )?(?:supervisor|manager|director)|"
            # "team lead for 2 years", not "my team lead is an LCSW" (someone else's role)
            r"managing case managers|(?<!my )(?<!our )(?<!her )(?<!his )team lead|"
            r"lead(?:ing)? (?:a |the |our |my )?(?:\w+ ){0,3}team\b|"
            # "I run the intake team, 4 case managers, since 2022"
            r"(?<!they )(?<!she )(?<!he )run(?:s|ning)? (?:a |the |our |my )(?:\w+ ){0,2}team\b"
        ),
    ),
    (
        "clinical_supervision_months",
        re.compile(
            r"clinical (?:supervision|hours|practice)|toward (?:my |the )?lcsw|lcsw (?:supervision|hours)|"
            # "started a clinical job at an outpatient clinic in September 2024 with an LCSW supervisor", "doing
            # therapy at an outpatient clinic under an LCSW since January 2025"
            r"clinical (?:job|role|position)|"
            r"(?:therapy|psychotherapy|counsel+ing) [\w ]{0,40}?under an? (?:lcsw|licsw|lisw)|"
            r"supervision (?:for|toward|towards) (?:my |the |an? )?(?:lcsw|licsw|lisw|clinical)|"
            r"post.?(?:msw|masters?)"
        ),
    ),
    (
        "case_management_months",
        re.compile(
            CASE_MANAGEMENT.pattern + r"|care manag|case work|caseworker|case worker|resource coordinat|"
            r"service and support administrat|"
            # assertive community treatment: a team that does intensive case management
            r"\bact team|assertive community treatment|discharge planner|discharge planning|discharge coordinat|"
            r"utilization review|transitions?[- ]of[- ]care|\bur (?:nurse|rn)\b|\bof ur\b|"
            r"\b(?:a|my) full caseload|"
            # "I carried a caseload for two years"
            r"\b(?:carried|carrying|carry|had|held|managed|own) (?:a |my |an? \w+ )?caseload"
        ),
    ),
    (
        "healthcare_months",
        re.compile(
            # "emergency room", not a CPS "emergency response worker" or an "emergency shelter"
            r"hospital|\bfloor\b|bedside|med.?surg|\bicu\b|\ber\b|emergency (?:room|department|dept|medicine)|\bunit\b|"
            r"health system|\bclinics?\b|nurse|nursing|\brn\b|\blpn\b|\blvn\b|long[- ]term care|telemetry|\btele\b"
            r"|pediatric|oncology"
            # the Indian Health Service and tribal health programs are health systems
            r"|tribal health|indian health|\bihs\b"
            # roles whose employer is a hospital, clinic or health system
            r"|respiratory therap|therap(?:ist|y) assistant|\bcota\b|\bpta\b|medical assistant|\bcma\b|phlebotom"
            r"|\bcna\b|patient care tech|surgical tech|radiolog|x-?ray tech|sonograph|lab tech"
            r"|\bl&d\b|\bl ?and ?d\b|labor and delivery"
        ),
    ),
)


# ...and a unit's short form: "6 mo. no wait 7" is one answer corrected, not two sentences
ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]{1,3}\.){2,}$|\b\d+\s*(?:mos?|yrs?|wks?)\.$", re.IGNORECASE)
# "4 years of L&D before the case management jobs": what comes before or after in time is another clause
CLAUSE_BREAK = re.compile(r"[,.;!?]|\b(?:and|but|now|then|before|after|because|bc|since|while|if|so if|once)\b")


@dataclass(frozen=True)
class Mention:
    """An entity the NLU found: its type (degree, license, ...), canonical code, and where it is in the text."""

    kind: str
    code: str
    start: int = 0
    end: int = 0


@dataclass
class ProfileUpdate:
    slots: Dict[str, object] = field(default_factory=dict)
    held_as: Dict[str, set] = field(default_factory=dict)  # each licence said to be held: the names it was said by


def extract_profile(
    text: str,
    mentions: Sequence[Mention],
    profile: Mapping[str, object],
    catalog: Catalog,
    requested_slot: Optional[str] = None,
    intent: Optional[str] = None,
    today: Optional[date] = None,
) -> ProfileUpdate:
    """Sentence by sentence, so a number in one sentence is never read with the words of another; the first
    sentence that says a fact wins, later ones add licences and interests."""
    text = text or ""
    update = ProfileUpdate()
    known = dict(profile)
    sentences = _sentences(text)
    answered_by_name = False  # a sentence naming the work asked about has answered the length asked
    answered_in = ""  # the sentence the length asked was first read from
    for number, (start, end) in enumerate(sentences):
        if len(sentences) == 1:
            inside = list(mentions)
        else:  # a mention without a place (from a button) goes with the first sentence
            inside = [
                Mention(m.kind, m.code, m.start - start, m.end - start)
                for m in mentions
                if start <= m.start < end or (number == 0 and not m.end)
            ]
        read = _extract_sentence(text[start:end], inside, known, catalog, requested_slot, intent, today)
        found = read.slots
        # "My LCSW (NY)... Just moved to Houston": the state moved to is where they are, whichever sentence said it
        moved = own_move(text[start:end])
        # "A little under a year. I started after graduation, so ten months now.": the total said later
        summed_up = number and (
            SUMMED_UP_LATER.search(text[start:end].lower()) or NONE_CONCLUDED.search(text[start:end].lower())
        )
        # "I worked at a bank for two years... Then in 2019 I got hired as a case manager": the sentence that names
        # the work asked about answers it, over an earlier one that names other work
        # ("... so 38 months. Nothing since, unless you count the care coordination I do for my therapy clients": none
        # after the stretch told, which it leaves as it was)
        named_now = (
            requested_slot in MONTH_SLOTS
            and _names_the_work(requested_slot, text[start:end])
            and not NOTHING_SINCE.match(text[start:end].lower())
        )
        # ("... so about 54 months. My internship was case management too, but it was unpaid": a later sentence
        # naming the work, none of it paid but a school's placement, takes nothing away)
        unpaid_training = not found.get(requested_slot) and TRAINING_WORDS.search(text[start:end].lower())
        if (
            named_now
            and not answered_by_name
            and requested_slot in update.slots
            and requested_slot in found
            and not unpaid_training
        ):
            a_total_and_its_parts = PART_OF_TOTAL.search(answered_in + " " + text[start:end].lower())
            summed_up = summed_up or not a_total_and_its_parts
        answered_by_name = answered_by_name or (named_now and requested_slot in found)
        if requested_slot in found and requested_slot not in update.slots:
            answered_in = text[start:end].lower()
        if "licenses" in found and "licenses" in update.slots:
            found["licenses"] = found["licenses"] + _kept_under_another_name(text, start, inside, update, found)
            if not found["licenses"] and not _denies_licences(text[start:end].lower(), inside):
                # "LPC in Arizona since 2022. Before that I was an LAC, the associate licence": a step passed, and
                # nothing the earlier sentence said is taken back
                found["licenses"] = list(update.slots["licenses"])
        if (
            requested_slot in WORK_SLOTS
            and requested_slot in found
            and requested_slot in update.slots
            # ("before that staff rn at a hospital 2004 to 2016", asked how long at a hospital: an earlier stretch of
            # the work asked about, named as it)
            and (
                ANOTHER_STRETCH_ADDED.match(text[start:end].lower())
                or (named_now and _an_earlier_stretch(text[start:end].lower()))
                # (hospital time only: any job there counts, where a later post may be no case management)
                or (
                    requested_slot == "healthcare_months"
                    and named_now
                    and not SAID_NOT_TO_COUNT.search(text[start:end].lower())  # ("a nursing home, not a hospital")
                    and begins_after(answered_in, text[start:end].lower(), today or date.today())
                )
            )
        ):
            # "Three years at the hospital in Ibadan. And here I am a tech at a hospital since May": another stretch
            found[requested_slot] = update.slots[requested_slot] + found[requested_slot]
            summed_up = True
        elif requested_slot in update.slots and EARLIER_TOLD.match(text[start:end].lower()):
            summed_up = False  # "before that army, 68W 2008-2016, but a line unit, not a hospital": no answer over it
        for name, value in found.items():
            if (
                name not in update.slots
                or name in ("licenses", "interests", "work_interests")
                or (name == "state" and moved)
                or (
                    name == requested_slot
                    and name in MONTH_SLOTS
                    and summed_up
                    and not restated_by_a_year(text[start:end], update.slots[name], value)
                )
                # "My nursing education is a diploma, which isn't a degree. The only actual degree I hold is an
                # associate of arts": the degree held, over what a diploma alone would say
                or (name == "education_level" and _a_diploma_then_a_degree(update.slots, found, text[start:end]))
            ):
                update.slots[name] = value
                known[name] = value
        for code, names in read.held_as.items():
            update.held_as.setdefault(code, set()).update(names)
        _drop_a_licence_taken_back_later(text, start, end, inside, mentions, update)
        if "licenses" in update.slots:
            known["licenses"] = update.slots["licenses"]  # (one taken back stays taken back for the next sentence)
    if requested_slot and requested_slot not in update.slots and len(sentences) > 1:
        # a story answering the question with "none" somewhere in it
        whole = _extract_sentence(text, mentions, known, catalog, requested_slot, intent, today).slots
        if requested_slot in whole:
            update.slots[requested_slot] = whole[requested_slot]
    _free_text_only_alone(update, profile, catalog)
    lowered = text.lower()
    if requested_slot == "licenses" and NONE_FIRST.match(lowered) and not OWN_CLAIM_AFTER.search(lowered):
        # "None. My buddy has the CCM but I don't.", "none. PA wouldnt give me the LBSW": answered "none" first, and
        # nothing after claims one (of 636 such answers in the read sets, one held a licence, and it said "OH WAIT")
        update.slots["licenses"] = []
    coded = _spoken_names_as_codes(lowered, mentions)
    for m in mentions:  # "see see em? no i dont have that": asked back, then denied in the next sentence
        held = update.slots.get("licenses")
        said_as = _letters(coded[m.start : m.end])  # (not the LICSW denied for the LCSW said before it)
        denied = DENIED_AFTER.match(lowered[m.end :]) and said_as in update.held_as.get(m.code, {said_as})
        if m.kind in ("license", "credential") and held and m.code in held and denied:
            update.slots["licenses"] = [code for code in held if code != m.code]
    if requested_slot in WORK_SLOTS and NONE_IN_TITLE.match(lowered):
        update.slots[requested_slot] = 0
    if requested_slot == "field_experience" and len(sentences) > 1 and THAT_DEGREE_NOT_FINISHED.search(lowered):
        # "My MSW placements are the only ones: ... The degree isn't finished, though.": said of the placement's degree
        update.slots["field_experience"] = False
    if BACK_TO_A_QUESTION.search(text.lower()):
        update.slots.pop("interests", None)
    if requested_slot == "interests" and says_unknown(text):
        # "not sure", "honestly no idea yet": no one in mind yet, which is an answer (and no words to repeat back)
        named = [value for value in update.slots.get("interests") or [] if value in catalog.interests]
        update.slots["interests"] = list(profile.get("interests") or []) + named
    if update.slots.get("licenses"):
        named_states = {m.code for m in mentions if m.kind == "state"}
        named_state = named_states.pop() if len(named_states) == 1 else None  # ("LCSW in Worcester, Massachusetts")
        state = update.slots.get("state") or profile.get("state") or named_state
        update.slots["licenses"] = as_the_state_names_them(update.slots["licenses"], update.held_as, state, catalog)
    return update


def _kept_under_another_name(text: str, start: int, inside: Sequence[Mention], update, found) -> List[str]:
    """ "LCSW in massachusetts since nov 2022. ... NOT the LICSW yet": a licence an earlier sentence said is held,
    denied later only under another name (another level), is still held; denied by its own name it is taken back."""
    kept = []
    for code in update.slots["licenses"]:
        if code in found["licenses"]:
            continue
        names_now = {_letters(text[start + m.start : start + m.end]) for m in inside if m.code == code}
        if names_now and update.held_as.get(code, set()).isdisjoint(names_now):
            kept.append(code)
    return kept


def _denies_licences(sentence: str, inside: Sequence[Mention]) -> bool:
    """Whether a sentence with no licence read from it says none is held, or names one (as taken back, lapsed...)."""
    named = any(m.kind in ("license", "credential") for m in inside)
    return named or bool(says_nothing_yet(sentence) or NO_LICENCE.search(sentence))


def _letters(said: str) -> str:
    return re.sub(r"[^a-z]", "", said.lower())


# "I was a registered nurse for years. ... I let my license lapse in 2012": the licence of an earlier sentence
LICENCE_LAPSED_ALONE = re.compile(
    r"\b(?:my|the|that|her) licen[cs]e\b[^.?!]{0,30}?\b(?:lapsed?|expired|inactive|go inactive|run out|go)\b"
    # "I had an Indiana RN license. I let it lapse": "it", first in the next sentence
    # ("Yes, LSW. Oh, actually, I let it lapse around 2012")
    r"|^\W*(?:(?:and|but|so|then|well|oh|actually|um|uh|wait|sorry|though)\W+)*i (?:let|allowed) it"
    r" (?:lapse|expire|go inactive|run out)\b"
)


def _names_the_work(slot: str, sentence: str) -> bool:
    """Does the sentence name the kind of work whose length is asked (its duration cue), and not as what the work
    was not ("a residential counselor, which isn't really case management")?"""
    lowered = sentence.lower()
    return any(
        name == slot and any(not WORK_DENIED_BEFORE.search(lowered[: found.start()]) for found in cue.finditer(lowered))
        for name, cue in DURATION_CUES
    )


# ("I haven't had clinical supervision at the hospice": no more of it, not the answer anew)
WORK_DENIED_BEFORE = re.compile(
    r"\b(?:not|isn'?t|wasn'?t|never|no|haven'?t|hasn'?t|hadn'?t|didn'?t|don'?t|doesn'?t)\W+(?:\w+\W+){0,2}$"
)


# "lpc. well lcmhca technically, the associate one, not the full license": the licence said first is only its step
ONLY_A_STEP_TOLD_LATER = re.compile(
    r"\bthe associate (?:one|level|licen[cs]e)\b|\bnot (?:the |a |my )?full (?:licen[cs]e|one)\b|\bnot fully licensed\b"
)

# "Before that I was an LAC, the associate licence, which I no longer hold since I upgraded": a step behind them
A_STEP_PASSED = re.compile(r"\b(?:before that|no longer (?:hold|have)|upgraded|used to (?:be|hold|have)|moved up)\b")


def _drop_a_licence_taken_back_later(text, start, end, inside, mentions, update: ProfileUpdate) -> None:
    """A licence named in an earlier sentence that this one says lapsed, or was only its associate step."""
    said = text[start:end].lower()
    lapsed = not any(m.kind == "license" for m in inside) and LICENCE_LAPSED_ALONE.search(said)
    only_a_step = ONLY_A_STEP_TOLD_LATER.search(said) and not A_STEP_PASSED.search(said)
    if not (lapsed or only_a_step):
        return
    earlier = [m for m in mentions if m.kind == "license" and m.end and m.end <= start]
    held = update.slots.get("licenses")
    if earlier and held and earlier[-1].code in held:
        update.slots["licenses"] = [code for code in held if code != earlier[-1].code]


# a later sentence that tells of another job ("And here I've been a tech since May", "Plus a year at ..."), not a
# total ("And that's 30 months altogether")
ANOTHER_STRETCH_ADDED = re.compile(
    r"^\W*(?:and (?:here|now|then|currently|since then|after that|before that)|plus|also|on top of that)\b"
    r"(?![^.?!]*\b(?:total|altogether|all together|in all|combined)\b)"
)
# "Before that I was a staff RN at a hospital": a sentence that tells an earlier stretch
EARLIER_TOLD = re.compile(r"^\W*(?:before that|before this|prior to that|previously)\b")
# "... which I don't think counts", "kinda CM-adjacent", "a line unit, not a hospital": said not to count
SAID_NOT_TO_COUNT = re.compile(
    r"\b(?:adjacent|kinda|kind of|sort of|not really|doesn'?t count|does not count|don'?t think (?:\w+ ){0,3}counts?"
    r"|(?:not|wasn'?t|isn'?t|was not|is not) (?:an? )?(?:hospital|cm|case management))\b"
)


def _an_earlier_stretch(sentence: str) -> bool:
    """An earlier stretch of work, told in a sentence of its own and not said not to count."""
    return bool(EARLIER_TOLD.match(sentence)) and not SAID_NOT_TO_COUNT.search(sentence)


THAT_DEGREE_NOT_FINISHED = re.compile(
    r"(?:^|[.!?]\s+)(?:but\W+)?(?:the|that|this) (?:degree|program) (?:isn'?t|is not|isnt|hasn'?t been|is not yet)"
    r" (?:yet )?(?:finished|done|complete[d]?|conferred)\b"
)
NOTHING_SINCE = re.compile(r"^\W*(?:nothing|none|no more|not any)\W+(?:since|after(?:wards| that)?|after that)\b")
SUMMED_UP_LATER = re.compile(
    r"(?<!\bif )\bso\W+(?:(?:about|around|roughly|like|just|almost|nearly)\W+)?(?:[\w-]+\W+){1,4}(?:months?|years?)\b"
    # "since jan 2023, so almost 4 yrs. 47 mo if u want exact": the exact count, said after
    r"|^\W*\d{1,3}\s*(?:months?|mos?)\W+(?:to be exact|exactly|if (?:you|u) want (?:it )?exact|precisely)"
    # "About four years and change. August 2022 to now.": the dates, said after a rough length
    r"|^\W*(?:from\s+|since\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:of\s+)?(?:19|20)\d\d"
    r"\s*(?:to|through|thru|until|till|-|–)\s*(?:now|today|present|the present)\W*$"
)


def _free_text_only_alone(update: ProfileUpdate, profile: Mapping[str, object], catalog: Catalog) -> None:
    """A sentence kept word for word as an interest only when no other sentence named one: in "people with addiction,
    moms in recovery. Actually, I want to do the case management now", the second sentence is no interest."""
    before = list(profile.get("interests") or [])
    new = [value for value in update.slots.get("interests") or [] if value not in before]
    named = {spec.name.lower() for spec in catalog.specializations}  # "mental health case management", said outright
    if any(value in catalog.interests for value in new):
        update.slots["interests"] = before + [value for value in new if value in catalog.interests or value in named]


def _sentences(text: str) -> List[tuple]:
    spans, start = [], 0
    for match in SENTENCES.finditer(text):
        if ABBREVIATION_END.search(text, start, match.start()):
            continue  # "M.Ed. in school counseling", "a B.A. in psychology": the stops of a degree's letters
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip() or not spans:
        spans.append((start, len(text)))
    return spans


def _a_diploma_then_a_degree(told: Mapping[str, object], found: Mapping[str, object], sentence: str) -> bool:
    """An earlier sentence read only a high-school level and this one says a degree is held (not "hs diploma. ADN
    done may 2027", one to come)."""
    return (
        told.get("education_level") == "high_school"
        and education_rank(found["education_level"]) > education_rank("high_school")
        and bool(DEGREE_HELD.search(sentence.lower()))
    )


DEGREE_HELD = re.compile(r"\b(?:i hold|i have|i'?ve got|i earned|i completed|degree i (?:have|hold|got|earned))\b")


def _extract_sentence(text, mentions, profile, catalog, requested_slot, intent, today=None) -> ProfileUpdate:
    lowered = text.lower()
    update = ProfileUpdate()
    correcting = bool(CORRECTION.search(lowered))
    # "a nonprofit in Springfield MA", "MA LSW (bachelor's level)": the state, not a Master of Arts
    states = [
        found.start(1)
        for pattern in (
            STATE_AFTER_TOWN,
            STATE_BEFORE_ROLE,
            STATE_AFTER_ROLE,
            TYPED_STATE_AFTER_TOWN,
            STATE_CODE_PLACED,
            STATE_AFTER_LICENCE,
        )
        for found in pattern.finditer(text)
    ]
    alone = STATE_CODE_ALONE.match(lowered) if requested_slot == "state" else None
    if alone:  # "MA" typed as the answer to the state question: Massachusetts
        states.append(alone.start(1))
    mentions = [m for m in mentions if not (m.start in states and m.kind in ("education_level", "degree"))]
    _degrees(lowered, mentions, profile, catalog, correcting, update, requested_slot, today)
    _licenses(lowered, mentions, profile, requested_slot, intent, update)
    dates = dated_lengths(text, today or date.today()) + work_since(text, today or date.today())
    lengths = sorted(find_durations(text) + dates, key=lambda d: d.start)
    _durations(lowered, lengths, requested_slot, intent, update, today)
    _yes_no(lowered, requested_slot, intent, update)
    _where_and_how(text, catalog, requested_slot, update)
    _interests(text, lowered, mentions, profile, catalog, requested_slot, update)
    _field_of_a_wanted_credential(lowered, mentions, profile, catalog, update)
    return update


NO_CASE_MANAGEMENT_WORK = re.compile(
    r"^\W*nowhere\b|\bno (?:case[- ]?management|cm) (?:experience|work|jobs?)\b"
    r"|\bnever (?:did|done|had|worked (?:in|as)) (?:any )?(?:case[- ]?management|cm|a case manager)\b"
)
NONE_OF_THE_CHOICES = re.compile(r"\bnone of (?:those|these|them|the above|that)\b|\bnot (?:any|one) of\b")


def _said_none(lowered: str) -> bool:
    """A short "none" or "n/a", not "none of those, a church" (another place than the choices)."""
    return bool(says_nothing_yet(lowered)) and not NONE_OF_THE_CHOICES.search(lowered) and len(lowered.split()) <= 6


NOT_COUNTED = re.compile(r"\b(?:doesn'?t|does not|didn'?t|did not|wouldn'?t|won'?t) count\b")


def _where_and_how(text, catalog, requested_slot, update) -> None:
    """The state, and where and how much (full or part time) the case-management work was."""
    lowered = text.lower()
    state = state_code(text, requested_slot == "state")
    if state:
        update.slots["state"] = state
    words = catalog.vocabulary.get("case_management_setting", {})
    answering = requested_slot == "case_management_setting"
    placement_told = requested_slot == "field_experience"
    if answering and (_said_none(lowered) or NO_CASE_MANAGEMENT_WORK.search(lowered)):
        update.slots["case_management_months"] = 0  # asked where: "none" takes back the months read from the story
    if requested_slot != "interests" and not (answering and says_nothing_yet(lowered)) and not placement_told:
        # "he has a case manager from the county": someone else's place, not where the asker did the work
        # ("I interned at a clinic helping the case managers": a school placement's place, not one's work)
        told = lowered if answering else _the_askers_own(lowered)
        wish = None if answering else STRONG_WISH.search(told)
        if wish:  # "thinking about hospital behavioral health, like psych case management": where they would go
            told = told[: wish.start()]
        if not answering and NOT_COUNTED.search(told):
            # "the home health year doesn't count, ... the agency had separate RN case managers": not the work
            told = ""
        setting = setting_code(told, words, answering)
        if setting:
            update.slots["case_management_setting"] = setting
    # asked how long or where the case management was, "part time though, 24 hours a week" is told of that work
    named = CASE_MANAGEMENT.search(lowered)
    if requested_slot in ("case_management_full_time", "case_management_months", "case_management_setting") or named:
        told = lowered
        cm_asked = requested_slot in ("case_management_full_time", "case_management_months", "case_management_setting")
        if named and requested_slot and not cm_asked:
            # "ICU full time until 2025, then case management", "therapy part time ... but my case management job":
            # the other work's hours (not "I worked part time as a case manager", one clause)
            breaks = [found.end() for found in CLAUSE_BREAK.finditer(lowered[: named.start()])]
            told = lowered[breaks[-1] :] if breaks else lowered
        hours = told_full_time(told, requested_slot == "case_management_full_time")
        if hours is not None:
            update.slots["case_management_full_time"] = hours


def _before(lowered: str, mention: Mention, width: int = 40) -> str:
    return lowered[max(0, mention.start - width) : mention.start]


def _negated(lowered: str, mention: Mention) -> bool:
    before = _before(lowered, mention)
    # "No, just my RN": the "no" answers the question, and "just" names the one held
    return bool(NEGATION.search(before)) and not JUST_THIS_ONE_BEFORE.search(before)


JUST_THIS_ONE_BEFORE = re.compile(r"\b(?:no|nope|none)\W+(?:just|only)\s+(?:(?:my|the|an?)\s+)?$")


# "Your school has both an MSW and a rehab counseling master's": degrees a school offers
OFFERED_BY_A_SCHOOL = re.compile(
    r"\b(?:school|college|university|program|department|they)\s+(?:has|have|offers?|offering)\b[^.;!?]{0,60}$"
)


def _not_theirs(lowered: str, mention: Mention) -> bool:
    """A degree another person holds ("my coworker who's a counselor has a masters") or an "MA certificate"."""
    return bool(
        DEGREE_OF_SOMEONE_ELSE.search(_before(lowered, mention, 60))
        or CERTIFICATE_AFTER.search(lowered[mention.end : mention.end + 20])
        or NOT_A_HOLDER_BEFORE.search(_before(lowered, mention, 30))
        or OFFERED_BY_A_SCHOOL.search(_before(lowered, mention, 70))
        or LETTERS_NOT_UNDERSTOOD.search(lowered[: mention.start])
        or HOLDERS_AFTER.match(lowered[mention.end : mention.end + 20])
        or (A_DEGREE_BEFORE.search(_before(lowered, mention, 30)) and SAID_OF_ANY.match(lowered[mention.end :]))
        or (UNTIL_BEFORE.search(_before(lowered, mention, 12)) and FINISHED_AFTER.match(lowered[mention.end :]))
    )


# "I cannot sit the exam until the MSW is finished": a degree still to finish
UNTIL_BEFORE = re.compile(r"\b(?:until|till|til|once|after|when)\s+(?:the|my|i finish (?:the|my))?\s*$")
FINISHED_AFTER = re.compile(r"^\W*(?:is|'s)\s+(?:finished|done|complete|completed|conferred|over)\b")


# "an msw without a bsw is the full 2 yrs": any such degree, said of all who hold one
A_DEGREE_BEFORE = re.compile(r"(?:^|[.?!(]\s*)an?\s+$")
SAID_OF_ANY = re.compile(r"(?:\s+[\w']+){0,4}?\s+(?:is|are|takes|would|will|costs|means|requires|needs)\b")


# "and im not bsw", "an msw without a bsw": a degree said not to be held
NOT_A_HOLDER_BEFORE = re.compile(r"\b(?:(?:i'?m|i am|im) not|without)\s+(?:an?\s+|my\s+)?$")
# "nc doesnt license bsw ppl": the people who hold it, not the asker
HOLDERS_AFTER = re.compile(r"\s*(?:ppl|people|folks|grads|graduates|holders)\b")


def _degrees(lowered, mentions, profile, catalog, correcting, update, requested_slot=None, today=None) -> None:
    # ("a licensed master electrician": a trade's rank, not looked for again among the words below)
    trade_ranks = [
        m for m in mentions if m.kind == "education_level" and CERTIFICATE_AFTER.search(lowered[m.end : m.end + 20])
    ]
    mentions = [m for m in mentions if m.kind not in ("degree", "education_level") or not _not_theirs(lowered, m)]
    # "newer folks with MSWs get promoted over me": a degree in the plural is other people's
    mentions = [m for m in mentions if m.kind != "degree" or " " in lowered[m.start : m.end] or not _plural(lowered, m)]
    if requested_slot == "interests" or requested_slot == "supervised_by_ccm":
        # asked what they would like: "child trauma therapy, MSW" names a goal; asked of a supervisor, "my director
        # was a nurse with a master's" is the director's
        keep = ("education_level",) if requested_slot == "interests" else ()
        mentions = [
            m
            for m in mentions
            if m.kind not in ("degree", "education_level") or m.kind in keep or HOLDING.search(_before(lowered, m))
        ]
    if requested_slot == "field_experience" and profile.get("education_level"):
        return  # asked about a placement: "In the MRC I did my practicum" says where it was, not a degree finished
    if requested_slot == "degree_field" and (
        (not mentions and (NO_COLLEGE.search(lowered) or NO_DEGREE_YET.search(lowered)))
        or NO_DEGREE_HELD.search(lowered)  # "I don't have one yet, I'm undecided between nursing and psychology"
    ):
        update.slots["education_level"] = "high_school"  # asked what the degree is in: "no degree" corrects the level
        return
    coded = _spoken_names_as_codes(lowered, mentions)  # ("l p c associate": the licence's step, no degree)
    held_levels = [
        m
        for m in mentions
        if m.kind == "education_level"
        and _said_as_held(
            coded,
            m,
            (WANTING, LEVEL_BEGUN, EARLY_YEAR_OF, LEVEL_AS_A_PLACE, LICENCE_STEP, DEGREE_CHOICE),
            (LEVEL_NAMES_A_JOB_AFTER, LEVEL_UNDERWAY_AFTER),
        )
        and not DEGREE_AHEAD_AFTER.search(lowered[m.end : m.end + 60])
    ]
    # (the level's own word "degree" says it is no place: "i got the associate degree")
    held_levels += [
        m
        for m in mentions
        if m.kind == "education_level"
        and m not in held_levels
        and "degree" in lowered[m.start : m.end]
        and THE_BEFORE.search(_before(lowered, m))
        and _said_as_held(
            lowered,
            m,
            (WANTING, LEVEL_BEGUN, EARLY_YEAR_OF, LICENCE_STEP, DEGREE_CHOICE),
            (LEVEL_NAMES_A_JOB_AFTER, LEVEL_UNDERWAY_AFTER),
        )
        and not DEGREE_AHEAD_AFTER.search(lowered[m.end : m.end + 60])
    ]
    levels_not_held = [m for m in mentions if m.kind == "education_level" and m not in held_levels]
    # "psychology wait ... psychology was my minor, my degree is a bachelor of business administration": a minor,
    # however often it is named
    minors = {
        m.code if m.kind == "degree_field" else catalog.degrees[m.code].field
        for m in mentions
        if (m.kind == "degree_field" or m.kind == "degree" and m.code in catalog.degrees)
        and A_MINOR_AFTER.match(lowered[m.end :])
    }
    held_degrees = [
        m
        for m in mentions
        if m.kind == "degree"
        and m.code in catalog.degrees
        and catalog.degrees[m.code].field not in minors
        and _said_as_held(
            coded, m, (IN_PROGRESS, WANTING, DEGREE_CHOICE, FIELD_WEIGHED, SEEN_ELSEWHERE), (DEGREE_UNDERWAY_AFTER,)
        )
        and not _subject_of(lowered, m, levels_not_held)  # "paying for my master's in rehabilitation counseling"
        and not DEGREE_AHEAD_AFTER.search(lowered[m.end : m.end + 60])
        and not A_MINOR_BEFORE.search(_before(lowered, m))
        and not _begun_and_left(lowered, m)  # "started an r n to b s n ... but i quit after two classes"
    ]
    underway = [
        m
        for m in mentions
        if (m.kind == "degree" or m.kind == "education_level" and m.code != "high_school")  # school is no degree
        and not _negated(lowered, m)
        and not _not_theirs(lowered, m)  # "my daughter is finishing her BSN"
        # "the VA is paying for my master's": being earned, though "for" may say a wish
        and (not WANTING.search(_before(lowered, m)) or UNDERWAY_BEFORE.search(_before(lowered, m)))
        and is_underway(_since_the_last_degree(coded, m, mentions), lowered[m.end : m.end + 40], today)
    ]
    held_degrees = [m for m in held_degrees if m not in underway]
    held_levels = [m for m in held_levels if m not in underway]
    degrees = [catalog.degrees[m.code] for m in held_degrees]
    levels = [m.code for m in held_levels]
    not_held = [m for m in mentions if m.kind in ("degree", "education_level") and m not in held_degrees + held_levels]
    fields = [
        m.code
        for m in mentions
        if m.kind == "degree_field"
        and m.code not in minors
        and not _negated(lowered, m)
        and not FIELD_WEIGHED.search(_before(lowered, m))  # "should I do nursing school or a bachelors"
        and not DEGREE_CHOICE.search(_before(lowered, m))  # "should I do a b s w or psychology"
        and not AN_ACTIVITY.search(_before(lowered, m))  # "so i can do more counseling with families": the work
        # "not sure if that means a counseling master's": weighed, not held
        and (requested_slot == "degree_field" or not WANTING.search(_before(lowered, m)))
        and not PLACE_NOUN_AFTER.search(lowered[m.end :])
        and not A_MINOR_BEFORE.search(_before(lowered, m))  # "my minor was psychology": not the degree's subject
        and not OFFERED_BY_A_SCHOOL.search(_before(lowered, m, 70))
        # "in other states that's a bachelor's thing": the word "other" is a field only as an answer
        and (requested_slot == "degree_field" or lowered[m.start : m.end] != "other")
        and not _subject_of(lowered, m, not_held)  # "paying for my master's in rehab counseling": not held yet
        and not TO_BE_BEFORE.search(_before(lowered, m))  # "the BSW will be social work": not yet
    ]
    if requested_slot == "degree_field" and SOCIAL_WORK_SHORT.match(lowered) and not fields:
        fields = ["social_work"]  # "sw (cswe accredited)"
    if underway:
        _degree_underway(lowered, underway, mentions, catalog, update, today)
    if (
        requested_slot in ("education_level", "degree_field")
        and not (fields or degrees)
        and not asks_anywhere(lowered)  # "if i go back for a masters in social work do i ...": asked, not answered
        and not _undeclared_first(lowered, catalog)
    ):
        # a bare answer the entity finder took for something else ("social work" as a specialization)
        fields = _words_of(lowered, catalog.vocabulary.get("degree_field", {}), not_held)[:1]
        if requested_slot == "education_level" and not levels:
            levels = _words_of(lowered, catalog.vocabulary.get("education_level", {}), underway + trade_ranks)[:1]
    first_clause = SUBJECT_SAID_ON.split(lowered, 1)[0]  # "health information technology lol so basically coding"
    if (
        requested_slot == "degree_field"
        and not (fields or degrees)
        and A_SUBJECT_NAMED.match(first_clause)
        and not _undeclared_first(lowered, catalog)
    ):
        fields = ["other"]  # "paramedic science", "business admin": a subject, and not one of ours
    if requested_slot == "education_level" and not (degrees or levels) and NO_COLLEGE.search(lowered):
        levels = ["high_school"]
    if requested_slot == "education_level" and not (degrees or levels) and COMMUNITY_COLLEGE_FINISHED.search(lowered):
        levels = ["associate"]  # "graduated from the community college in 2015, nursing": its degree is an associate
    # "associate's in human services": the level said before a degree's subject is that degree's level
    stated = {m.code: _level_said_before(lowered, m, mentions) for m in mentions if m.kind == "degree"}
    candidates = [(stated.get(d.code) or d.level, d.field) for d in degrees]
    candidates += [(level, fields[0] if fields else None) for level in levels]
    if not candidates and NOTHING_PAST_HIGH_SCHOOL.search(lowered):
        candidates = [("high_school", None)]  # "no degree past high school": high school is the highest finished
    noted_first = _field_said_before_a_noted_degree(lowered, mentions, catalog, requested_slot, minors)
    if not candidates:
        answering = requested_slot in ("degree_field", "education_level")
        fields = [noted_first] if noted_first else fields
        # "a pharmacy tech ... but i dont have a degree": a field word with a degree denied says no degree's field
        said_with_a_degree = DEGREE_CUE.search(lowered) and not DEGREE_DENIED.search(lowered)
        if fields and (answering or (said_with_a_degree and profile.get("education_level") != "high_school")):
            update.slots["degree_field"] = fields[0]
        return
    underway_before = profile.get("underway_level")
    if underway_before and not correcting and not CONFERRED.search(lowered) and not names_a_past_year(lowered, today):
        # "psychology for the bachelors, the masters is clinical rehab counseling", from one who said the master's is
        # being earned: the level named again is still not held
        # (named alone, the degree is the answer: "MSW", asked the highest finished, says it is done)
        others = [c for c in candidates if c[0] != underway_before]
        other_fields = [f for f in fields if f != profile.get("underway_field")]
        if others:
            candidates = others
        elif other_fields and requested_slot == "degree_field":
            update.slots["degree_field"] = other_fields[0]
            return
    level, degree_field = max(candidates, key=lambda c: education_rank(c[0]))
    if noted_first:
        degree_field = noted_first
    current = profile.get("education_level")
    if current is None or correcting or education_rank(level) >= education_rank(current):
        update.slots["education_level"] = level
        if degree_field and level != "high_school":
            update.slots["degree_field"] = degree_field


UNDECLARED = re.compile(r"\b(?:undeclared|undecided|leaning)\b")


def _undeclared_first(lowered: str, catalog) -> bool:
    """ "Nothing yet, I'm undeclared. Leaning psych or social work.": the fields after are weighed, none is held
    ("social work, leaning toward clinical" names its field first)."""
    said = UNDECLARED.search(lowered)
    return bool(said) and not _words_of(lowered[: said.start()], catalog.vocabulary.get("degree_field", {}))


TO_BE_BEFORE = re.compile(r"\b(?:will be|'ll be|is going to be|gonna be)\s+$")
SOCIAL_WORK_SHORT = re.compile(r"^\W*sw\b")
# "(my BA was in sociology)", ", undergrad was psych fwiw": another degree noted after the answer
AN_EARLIER_DEGREE_NOTED = re.compile(r"^\W*[(,;-][^)]{0,60}?\b(?:was|before that|fwiw|first)\b[^),.;]*")
CONFERRED = re.compile(r"\b(?:finished|graduated|completed|conferred|got|earned|received|done)\b")


def _field_said_before_a_noted_degree(lowered: str, mentions, catalog, requested_slot, minors) -> Optional[str]:
    """ "Social work (my BA was in sociology)", "social work (undergrad was psych fwiw)", asked the degree's subject:
    the answer is said first, the degree before it only noted."""
    if requested_slot != "degree_field":
        return None
    field_codes = set(catalog.vocabulary.get("degree_field", {}).values())
    first = min(
        (m for m in mentions if m.kind in ("degree_field", "specialization") and m.code in field_codes),
        key=lambda m: m.start,
        default=None,
    )
    noted = AN_EARLIER_DEGREE_NOTED.match(lowered[first.end :]) if first else None
    if (
        noted
        and first.code not in minors  # "psychology, hold on, psychology was my minor": taken back
        and not _negated(lowered, first)
        and not lowered[: first.start].strip(" \t-*:")
        and any(
            m.kind in ("education_level", "degree", "degree_field") and first.end < m.start < first.end + noted.end()
            for m in mentions
        )
    ):
        return first.code
    return None


def _begun_and_left(lowered: str, mention: Mention) -> bool:
    return bool(
        BEGUN.search(_before(lowered, mention, 40)) and ABANDONED.search(lowered[mention.end : mention.end + 60])
    )


# ("I'm 3/4 of the way through a psych degree I never finished", "90 credits toward a BA, but I left")
BEGUN = re.compile(r"\b(?:started|began|enrolled in|signed up for|tried|way through|halfway through|credits toward)\b")


def _since_the_last_degree(lowered: str, mention: Mention, mentions) -> str:
    """The words before a degree back to the degree said before it: "finishing my MSW this spring, BA in psych" says
    nothing of the BA being finished."""
    ends = [m.end for m in mentions if m.kind in ("degree", "education_level") and m.end <= mention.start]
    return lowered[max([0, mention.start - 60, *ends]) : mention.start]


def _degree_underway(lowered, underway, mentions, catalog, update, today) -> None:
    """The highest degree being earned: its level, its field (a degree's own, or one said as its subject: "my
    master's in rehab counseling"), and the months left when told."""
    fields = [m for m in mentions if m.kind == "degree_field"]
    # "my master's in clinical rehabilitation counseling": a degree's name said as a level's subject
    named = [m for m in mentions if m.kind == "degree" and m.code in catalog.degrees]

    def level_and_field(m: Mention):
        if m.kind == "degree":
            degree = catalog.degrees[m.code]
            return degree.level, degree.field
        subject = next((f.code for f in fields if _subject_of(lowered, f, [m])), None)
        subject = subject or next((catalog.degrees[d.code].field for d in named if _subject_of(lowered, d, [m])), None)
        return m.code, subject

    told = [level_and_field(m) for m in underway if m.kind == "education_level" or m.code in catalog.degrees]
    if not told:
        return
    level, field = max(told, key=lambda t: (education_rank(t[0]), t[1] is not None))
    update.slots["underway_level"] = level
    if field:
        update.slots["underway_field"] = field
    first, last = min(m.start for m in underway), max(m.end for m in underway)
    months = months_left(lowered[max(0, first - 50) : last + 60], today or date.today())
    if months is not None:
        update.slots["underway_months"] = months


def _subject_of(lowered: str, field: Mention, degrees: Sequence[Mention]) -> bool:
    """Is the field (or degree) the subject of one of these degrees or levels ("master's in clinical rehabilitation
    counseling", "counseling masters")?"""
    return any(
        m.end <= field.start
        and re.fullmatch(r"\s+(?:degree\s+)?(?:in|of)\s+(?:\w+\s+)?", lowered[m.end : field.start])
        # "while I finish my counseling masters": the subject said first
        or field.end <= m.start
        and re.fullmatch(r"\s*", lowered[field.end : m.start])
        for m in degrees
    )


def _level_said_before(lowered: str, degree: Mention, mentions) -> Optional[str]:
    """The education level named just before a degree, joined by "in" or "of" ("associate's in human services")."""
    for m in sorted(mentions, key=lambda said: -said.end):  # the nearest first
        if m.kind == "education_level" and m.end <= degree.start:
            # ("AAS human services": the letters alone, with the subject straight after)
            # ("associate of arts in human services": the kind of degree between)
            if re.fullmatch(
                r"\s+(?:degree\s+)?(?:(?:of|in)\s+(?:applied\s+)?(?:arts|science|sciences)\s+)?(?:(?:in|of)\s+)?",
                lowered[m.end : degree.start],
            ):
                return m.code
            # "associate degree from the community college in 2022 in human services": a subject alone, later in
            # the same clause, is that level's subject
            between = lowered[m.end : degree.start]
            if LATER_SUBJECT_OF_A_LEVEL.fullmatch(between) and not A_LEVEL_WORD.search(
                lowered[degree.start : degree.end]
            ):
                return m.code
            return None
    return None


LATER_SUBJECT_OF_A_LEVEL = re.compile(r"[^.;!?]{0,90}\b(?:in|of)\s+")
A_LEVEL_WORD = re.compile(r"\b(?:bachelor|bachelor'?s|ba|bs|b\.a|b\.s|master|master'?s|ma|ms|m\.a|m\.s|msw|bsw)\b")


def _words_of(lowered: str, words: Mapping[str, str], not_held: Sequence[Mention] = ()) -> List[str]:
    """The codes of the vocabulary's words found in the text, longest words first; a word said only negated ("my
    bachelor's isn't social work") or inside a degree not held ("if I go back for a master's in social work") is not."""
    found = []
    for word in sorted(words, key=len, reverse=True):
        if len(word) <= 2 or words[word] in found:
            continue
        for said in re.finditer(rf"\b{re.escape(word)}\b", lowered):
            inside = any(m.start <= said.start() and said.end() <= m.end for m in not_held)
            if not inside and not NEGATION.search(lowered[max(0, said.start() - 40) : said.start()]):
                found.append(words[word])
                break
    return found


def _named_within(mentions, start: int, width: int) -> bool:
    """Is another credential or licence named just after `start`?"""
    return any(m.kind in ("license", "credential") and start <= m.start <= start + width for m in mentions)


def _also_named_otherwise(lowered: str, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Is the same licence named by other letters in the message, and not denied there?"""
    return any(
        other.code == mention.code
        and _letters(lowered[other.start : other.end]) != _letters(lowered[mention.start : mention.end])
        and not _negated(lowered, other)
        for other in mentions
        if other.kind == mention.kind and other != mention
    )


def _licenses(lowered, mentions, profile, requested_slot, intent, update) -> None:
    held = list(profile.get("licenses") or [])
    as_said = lowered  # ("no social work license" is denied in words the codes below replace)
    lowered = _spoken_names_as_codes(lowered, mentions)  # "see see em and r n": no "see" before the RN
    changed = False
    lapsed = _lapsed(lowered, [m for m in mentions if m.kind in ("license", "credential")])
    only_a_step = False  # "LCSW-A", "LPC associate": answered, and none of the licences is held yet
    said_held = set()  # the licences this message says are held
    theirs: List[Mention] = []  # the ones said to be someone else's
    taken_back, named_instead = _taken_back(lowered, mentions)
    not_full = set()  # the licences said not held in full ("not the full LPC yet")
    for mention in mentions:
        if mention.kind not in ("license", "credential"):
            continue
        before = _before(lowered, mention)
        if EXAM_NAMED.search(lowered[mention.start : mention.end]):
            continue  # "I failed the clinical exam", "passed the NCLEX": a licence named by its exam is not one held
        if NOT_THE_FULL_ONE.search(before):
            # "an LPCC, the candidate license, so not the full LPC yet": a step before it ("LPC, not the full LPCC"
            # holds the LPC)
            if _letters(lowered[mention.start : mention.end]) == mention.code.lower():
                only_a_step = True
                not_full.add(mention.code)
            continue
        if _negated(lowered, mention) and requested_slot in SUPERVISION_SLOTS and mention.code not in held:
            continue  # asked about a supervisor: "no, she's an LCSW, not a CCM" says nothing of one's own licences
        not_current = _named_with_one_of(mention, lapsed)
        if _negated(lowered, mention) and _also_named_otherwise(lowered, mention, mentions):
            continue  # "Florida calls it LMHC, not LPC": one licence by two names, neither denied
        if (_negated(lowered, mention) and mention not in named_instead) or not_current:
            # "my CCM lapsed" told in a story drops the CCM, but says nothing of an RN: licences stay to be asked
            changed = changed or mention.code in held or requested_slot == "licenses" or not not_current
            if mention.code in held and mention.code not in said_held:
                held.remove(mention.code)  # (not "I have the LPC, the entry one, not the LCPC yet": another level)
            continue
        if mention in taken_back:
            continue
        if SAT_BEFORE.search(before) and RESULTS_AWAITED.search(_sentence_of(lowered, mention)):
            only_a_step = True  # "took the c r c in october, still waiting on results": none held yet
            continue
        if WANTING.search(before) or SUPERVISED_BY.search(before) or UNTIL_IT.search(before):
            continue
        if WISHED_IN_THE_CLAUSE.search(_before(lowered, mention, 80)) or SAID_BY_MISTAKE.match(lowered[mention.end :]):
            continue
        if A_CMA_SPOKEN.match(as_said[mention.start : mention.start + 8]):
            continue  # "im a c m a certified medical assistant": "a CMA", no ACM
        if mention.code == "CCM" and CHRONIC_CARE_MANAGEMENT.search(lowered):
            continue  # "i do see see em at work, the chronic care management calls": Medicare's service, no credential
        if HELD_ONCE.search(before) and HELD_UNTIL_THEN.match(lowered[mention.end :]):
            continue  # "I held the LSW before that, but I moved up to the LCSW": one held once, not now
        if HELD_BEFORE_THAT.match(lowered[mention.end :]) or HELD_BEFORE_THAT_FIRST.search(before):
            continue  # "LISW (Ohio) since 2020, LSW before that.", "LCSW. Before that I was an LSW"
        if (
            SOMEONE_ELSE.search(before)
            or THEIRS_BEFORE.search(before)  # "my roommate just got her LSW": hers
            or THEIRS_TOLD_BEFORE.search(_before(lowered, mention, 90))
            or THEIRS_IN_BRACKETS.search(lowered[: mention.start])
            or ANOTHER_PERSON_AFTER.search(lowered[mention.end :])
            or _listed_after(lowered, mention, theirs)  # "my boss has the c r c and i think the c d m s too"
        ):
            theirs.append(mention)
            continue
        if ABROAD_AFTER.match(lowered[mention.end :]) or ABROAD_BEFORE.search(before):
            changed = changed or requested_slot == "licenses"  # (asked: "a nurse in Kenya" answers, with none)
            continue  # another country's licence is no US one
        if SEEN_ELSEWHERE.search(before) or HEARD_ABOUT.search(before) or NAMED_AS_AN_EXAMPLE.search(before):
            continue
        if LETTERS_NOT_UNDERSTOOD.search(lowered[: mention.start]):
            continue
        if ASKED_OF_BEFORE.search(before) and WEIGHED_AFTER.match(lowered[mention.end :]):
            continue  # "is the a c m better for me or the see see em": weighed in a question, not held
        if (
            ASSOCIATE_SUFFIX.search(lowered[mention.end : mention.end + 20])
            or LIMITED_BEFORE.search(lowered[: mention.start])
            or LIMITED_AFTER.search(lowered[mention.end : mention.end + 20])
        ):
            only_a_step = True
            continue
        if requested_slot in SUPERVISION_SLOTS and (not HOLDING.search(before) or WITH_MY.search(before)):
            continue  # "10 months with my LCSW-S": the supervisor's licence
        if SUPERVISOR_SUFFIX.match(lowered[mention.end : mention.end + 12]) and requested_slot != "licenses":
            continue  # "LCSW-S", "LPC-S": a supervisor's designation, someone else's (asked one's own: "LISW-S")
        if _plural(lowered, mention):
            continue  # "they only hire LPNs" is about other people
        if requested_slot == "interests" and not HOLDING.search(before):
            continue  # asked what they would like: "LCSW first, then maybe the CCM" names goals
        after = lowered[mention.end : mention.end + 20]
        if WANTED_AFTER.search(after) or SOMEONE_ELSE_AFTER.search(after) or A_KIND_AFTER.search(after):
            continue
        goal = GOAL_LATER.search(lowered[mention.end :])
        # ("LCSW, and I'm working toward the CCM": the goal is the one named after it, not this one)
        if goal and not _named_within(mentions, mention.end + goal.end(), 12):
            continue
        if BRIDGED_TO_BEFORE.search(before) and (BRIDGED_TO_AFTER.search(after) or "bridge" in lowered):
            continue
        if DENIED_AFTER.match(lowered[mention.end : mention.end + 50]):
            continue  # "see see em? no i dont have that": asked back, then denied
        if requested_slot != "licenses" and LEFT_THE_WORK.search(_sentence_of(lowered, mention)):
            continue
        if ANOTHER_BY_ROLE_BEFORE.search(before) and ANOTHER_BY_ROLE_AFTER.search(after) and not HOLDING.search(before):
            continue
        if BEFORE_THE_LICENCE_AFTER.search(after) or BEFORE_THE_LICENCE.search(before):
            only_a_step = True
            continue
        if CHOICE_BEFORE.search(before) or CHOICE_AFTER.search(after):
            continue
        if (
            mention.kind == "credential"
            and not HOLDING.search(before)
            and requested_slot != "licenses"
            and not HELD_SINCE.search(after)
        ):
            continue  # "what about the CCM" names a credential without claiming it
        if mention.code not in held:
            held.append(mention.code)
        said_held.add(mention.code)
        update.held_as.setdefault(mention.code, set()).add(_letters(lowered[mention.start : mention.end]))
        changed = True
    held = [code for code in held if code not in not_full or code in (profile.get("licenses") or [])]
    if (NCLEX_NOT_YET.search(lowered) or NCLEX_AHEAD.search(lowered)) and "RN" in held:
        held.remove("RN")  # "my RN is from the Philippines, I haven't taken the NCLEX yet": no US licence yet
        changed = True
    passed = PASSED_THE_NCLEX.search(lowered)
    if passed and AWAITING_THE_LICENCE.search(lowered):
        # "passed the NCLEX in August and I'm waiting for my Nevada license number": not issued yet
        passed = None
        changed = changed or requested_slot == "licenses"
        if "RN" in held and not RN_CLAIMED.search(lowered):
            held.remove("RN")
            changed = True
    said_before = lowered[max(0, passed.start() - 40) : passed.start()] if passed else ""
    to_come = passed and not passed.group(0).startswith("passed") and PASS_TO_COME.search(said_before)
    if passed and not NOT_PASSED.search(said_before) and not to_come:
        # the board licenses whoever passes its exam: "passed the NCLEX and now 2 years on med-surg" holds the RN
        code = "LPN" if passed.group(1) else "RN"
        if code not in held:
            held.append(code)
        changed = True
    nothing_held = (
        intent == "deny"
        or (says_nothing_yet(as_said) and not NEVER_DID_ANOTHER_THING.match(as_said))
        or NO_LICENCE.search(as_said)
    )
    # "my school counselor license through the Dept of Education": a licence we do not track is none of these
    named = [m for m in mentions if m.kind in ("license", "credential")]
    other_field = OTHER_FIELDS_LICENCE.search(lowered) or OTHER_FIELDS_CREDENTIAL.search(lowered)
    only_a_step = only_a_step or bool(MICHIGAN_LIMITED.search(lowered))  # "LLPC, the limited one"
    nothing_held = nothing_held or only_a_step or (not named and other_field)
    if not changed and requested_slot == "licenses" and nothing_held:
        changed = True
    if changed or (requested_slot == "licenses" and held != list(profile.get("licenses") or [])):
        update.slots["licenses"] = held


# "none", "no", "nope" said first, answering which licences one holds ("no other", "no active" say something else)
NONE_FIRST = re.compile(
    r"^\W*(?:(?:um+|uh+|so|well|ok|okay)\W+)*(?:none|no|nope|nah|nothing)\b"
    r"(?!\W*(?:active|current|longer|other|others|more|additional|extra|us|u\.s\.|american|state|but)\b)"
)
OWN_CLAIM_AFTER = re.compile(
    r"\b(?:wait|actually|oh|just|only|except|i do have|i have|i hold|i got|i'?m an?|im an?|i am an?"
    r"|but i (?:do |also )?(?:have|hold|got))\b|\bmy \w+ (?:is|license|licence)\b"
)


EXAM_NAMED = re.compile(r"exam|nclex|n clex|n c l e x|\bnce\b|\bn c e\b|ncmhce|n c m h c e|aswb|a s w b")


def _spoken_names_as_codes(lowered: str, mentions: Sequence[Mention]) -> str:
    """The text with each licence, credential or degree said in letters' names ("see see em") written as its code, in
    the same place, so the words read around another mention are not taken from it."""
    for m in mentions:
        said = lowered[m.start : m.end]
        if (
            m.kind in ("license", "credential", "degree")
            and " " in said
            and len(m.code) <= len(said)
            and not EXAM_NAMED.search(said)
        ):
            lowered = lowered[: m.start] + m.code.lower().ljust(len(said)) + lowered[m.end :]
    return lowered


AWAITING_THE_LICENCE = re.compile(
    r"\b(?:waiting (?:for|on)|still waiting|haven'?t (?:got|gotten|received))\b[^.!?]{0,30}\blicen[cs]e\b"
    r"|\blicen[cs]e\b[^.!?]{0,20}\b(?:is )?(?:still )?(?:pending|processing|being processed|in process)\b"
    # "applied to the board, but they have not issued it yet, still processing"
    r"|\b(?:have|has)(?:n'?t| not) (?:issued|granted|sent)\b|\bstill processing\b"
)


# "I'm an RN, waiting for my Texas license to transfer": an RN held, another state's licence awaited
RN_CLAIMED = re.compile(r"\b(?:i'?m|i am|im) an? rn\b|\bmy rn (?:license|licence) is active\b")


def _sentence_of(lowered: str, mention: Mention) -> str:
    start = max(lowered.rfind(mark, 0, mention.start) for mark in ".!?") + 1
    ends = [end for end in (lowered.find(mark, mention.end) for mark in ".!?") if end >= 0]
    return lowered[start : min(ends, default=len(lowered))]


# "the c r c and i think the c d m s too": one more of the same person's, listed after theirs
# ("my wife is an RN and a CCM": the same person's, listed plainly)
LISTED_AFTER = re.compile(r"^\W*(?:and|&|plus|\+)\W+(?:(?:i think|maybe|probably|prob|also)\W+)?(?:the\W+|an?\W+)?$")
LISTED_PLAINLY = re.compile(r"^\W*(?:and|&|plus|\+|,)\W*(?:the\W+|an?\W+)?$")
ALSO_AFTER = said_first("too", "as well", "also")


def _listed_after(lowered: str, mention: Mention, theirs: Sequence[Mention]) -> bool:
    return any(
        LISTED_PLAINLY.match(lowered[other.end : mention.start])
        or (LISTED_AFTER.match(lowered[other.end : mention.start]) and ALSO_AFTER.match(lowered[mention.end :]))
        for other in theirs
    )


def _named_with_one_of(mention: Mention, mentions: Sequence[Mention]) -> bool:
    """The mention is one of these, or names the same credential right beside one ("Certified Case Manager (CCM)")."""
    return any(
        m == mention or (m.code == mention.code and min(abs(m.start - mention.end), abs(mention.start - m.end)) <= 3)
        for m in mentions
    )


def _lapsed(lowered: str, mentions: Sequence[Mention]) -> List[Mention]:
    """The licences said to be inactive, lapsed or expired: each such word goes with the nearest licence named."""
    found = []
    for word in LAPSED.finditer(lowered):
        if NEVER_BEFORE.search(lowered[max(0, word.start() - 25) : word.start()]):
            continue  # "she never let it lapse", "it has never expired"
        owner = LAPSED_OWNER.search(lowered, 0, word.start())
        named_owner = owner and not LICENCE_WORD.match(owner.group(1))
        # (the owner's letters inside a mention: "my rn license lapse", the mention "rn license" written as "rn")
        if named_owner and not any(m.start < owner.end(1) and owner.start(1) < m.end for m in mentions):
            continue  # "I let my CCRN lapse, so just the RN": a credential we do not track lapsed, not the RN
        if _it_is_another(lowered, word.start(), mentions):
            continue  # "I had my CCRN for years but let it go in 2020, so just the RN now"
        # "RN, and a coding cert but that lapsed": another credential named in between is the one that lapsed
        said_at = owner.start() if owner and not named_owner else word.start()  # "my license lapsed": from "my"
        near = [m for m in mentions if not OTHER_CREDENTIAL.search(_between(lowered, m, said_at, word.end()))]
        if IT_BEFORE.search(lowered, max(0, word.start() - 20), word.start()):
            near = [m for m in near if m.end <= word.start()] or near  # "so it lapsed, i never had an l p c"
        nearest = min(
            near,
            key=lambda m: m.start - word.end() if m.start >= word.end() else word.start() - m.end,
            default=None,
        )
        if nearest is not None and nearest not in found:
            found.append(nearest)
    return found


CHRONIC_CARE_MANAGEMENT = re.compile(r"\bchronic care management\b")
A_CMA_SPOKEN = re.compile(r"a c m a\b")
HELD_ONCE = re.compile(r"\b(?:held|had|used to have|used to hold|was)\s+(?:the\s+|my\s+|an?\s+)?$")
HELD_BEFORE_THAT_FIRST = re.compile(
    r"\b(?:before (?:that|then)|previously),? i (?:was|had|held)\s+(?:an?\s+|the\s+|my\s+)?$"
)
HELD_BEFORE_THAT = re.compile(
    r"^[ ,]*(?:before (?:that|then)|previously)(?:\s+(?:obv|obvs|obviously|of course))?\s*(?:[.;!?)]|$)"
)
# ("I had my LGSW for the first two years while I got my clinical hours")
HELD_UNTIL_THEN = re.compile(
    r"\W*(?:before (?:that|then|this)|back then|years ago|until|till|previously|for the first|while i)\b"
)
IT_LAPSED = re.compile(r"let (?:it|that) (?:go|lapse|expire)\b")
LET_IT_BEFORE = re.compile(r"\blet (?:it|that) $")
NEVER_BEFORE = re.compile(r"\b(?:never|not once)\s+(?:\w+\s+){0,2}$")
# "the c r c ... so it lapsed": "it" is a licence named before
IT_BEFORE = re.compile(r"\b(?:it|that|which)\s+(?:(?:has|had|was|is|just)\s+)?(?:been\s+)?$")
HELD_BEFORE = re.compile(r"\b(?:my|her|his|the)\s+([a-z0-9-]{2,8})\b")


def _it_is_another(lowered: str, at: int, mentions: Sequence[Mention]) -> bool:
    """ "let it go", "it" being the last thing held named before it in the sentence, when that is none we track."""
    if not (IT_LAPSED.match(lowered, at) or LET_IT_BEFORE.search(lowered[max(0, at - 12) : at])):
        return False  # ("let it lapse": the word found is "lapse", after "let it")
    start = max(lowered.rfind(mark, 0, at) for mark in ".!?") + 1
    held = list(HELD_BEFORE.finditer(lowered, start, at))
    if not held or LICENCE_WORD.match(held[-1].group(1)):
        return False
    return not any(m.start <= held[-1].start(1) < m.end for m in mentions)


def _between(lowered: str, mention: Mention, start: int, end: int) -> str:
    """The words between a mention and a place said after or before it; after "an Indiana RN license. I let it
    lapse", the licence word that belongs to the RN is not another credential."""
    if mention.end <= start:
        return OWN_LICENCE_WORD.sub("", lowered[mention.end : start], count=1)
    return lowered[end : mention.start]


OWN_LICENCE_WORD = re.compile(r"^\s*licen[cs]e\b")


def _plural(lowered: str, mention: Mention) -> bool:
    """'LPNs' (the alias itself, or the name with an s after it); not 'CDMS', whose name ends in s."""
    if mention.code.lower().endswith("s"):
        return False
    trailing_s = (
        lowered[mention.end : mention.end + 1] == "s" and not lowered[mention.end + 1 : mention.end + 2].isalnum()
    )
    return lowered[mention.start : mention.end].endswith("s") or trailing_s


CCM_WORDS = r"(?:ccm|c c m|see see em|certified case manager)"
NOT_THE_CCM = anywhere(
    r"(?:not|no|isn'?t|wasn'?t|doesn'?t have|does not have|didn'?t have|did not have|never had|without) "
    r"(?:a |an |the |her |his |their )?" + CCM_WORDS,
    # "she's never said anything about a c c m"
    r"never (?:said|mentioned|talked about) (?:anything )?(?:about )?(?:a |an |the |her |his |their )?" + CCM_WORDS,
    # "I think she has an MSW. I've never heard him mention a CCM."
    r"never heard (?:\w+ ){0,2}(?:mention|say|talk about) (?:anything )?(?:about )?(?:a |an |the )?" + CCM_WORDS,
    # "sup is lcsw. nobody in our dept has ccm"
    r"(?:nobody|no one|noone|none of (?:us|them))\b[^.?!]{0,30}\b(?:has|have|had|holds|held|got) "
    r"(?:a |an |the |their )?" + CCM_WORDS,
)
# a supervisor, however named ("UR mgr", "my sup", "the charge nurse")
SUPERVISOR = r"(?:supervisor|supervisr|superviser|supv|supe|sup|boss|manager|mgr|manger|director|field instructor)"
# "whats a ccm?": the CCM asked about, not said of anyone
CCM_SAID = re.compile(rf"\b{CCM_WORDS}s?\b(?!\?)")
# "whats a ccm? my supervisor is an LISW": the supervisor's credential named, and it is not the CCM
SUPERVISOR_HOLDS_ANOTHER = anywhere(
    SUPERVISOR + r"(?: is| was|'s| had| has)(?: just| only)? (?:an? )?"
    r"(?:l ?i ?c?sw|lcsw|lmsw|lsw|lisw|licsw|lpc|lmhc|rn|lpn|msw|bsw|crc|acm|social worker|nurse|counselor"
    r"|l ?m ?f ?t|marriage and family therapist|psychologist|therapist)",
    # "my boss is an L M F T, I don't think she has the other one": the CCM doubted, not named
    r"(?:don'?t|do not) think (?:she|he|they|my \w+) (?:has|had|have) (?:the other|that|it|one)\b",
)
UNSURE_WHETHER = re.compile(
    r"\b(?:not (?:\w+ )?sure|no idea|idk|i don'?t know|i do not know|dunno|unsure|not certain|ain'?t sure|aint sure"
    r"|don'?t remember)\W+(?:\w+\W+){0,2}?(?:if|whether)\b"
    # "she might have it, i'm honestly not sure"
    r"|\b(?:i'?m|im|i am) (?:\w+ )?not sure\b(?!\W+(?:if|whether|about)\b)"
)
SUPERVISOR_HAS_THE_CCM = anywhere(
    # ("CM director has ACM and CCM both", "my 1st director (2017-2021) was rn, ccm": the letters after a title)
    rf"(?:{SUPERVISOR}|she|he)\b[^.?!]{{0,30}}\b(?:with|has|have|holds|had|got|is|was|'s) "
    r"(?:the |her |his |an? )?(?:[a-z]{2,6},? (?:and |& |\+ )?)?" + CCM_WORDS,
    # "I checked her badge, it says RN, CCM": the letters after the supervisor's name
    r"(?:her|his) (?:badge|signature|email signature|name ?tag|title)\b[^.?!]{0,25}\b(?:says|reads|shows|lists|has)"
    r"\b[^.?!]{0,20}\b" + CCM_WORDS,
)
MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
REACHED_IN = re.compile(
    r"^\W*(?:in|by|come|this|next|as of)\W+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
# "depends how you define it? ... so as an actual case manager, 0": the number the answer comes down to
SO_COUNTED_AS = re.compile(r"\bso\W+(?:as|counting|if you mean|strictly)\b[^,.;?!]{0,40},\s*(\d{1,3})\W*$")
BARE_NUMBER = re.compile(r"^\W*(\d{1,3}(?:\.\d)?)\W*$")
LEADING_NUMBER = re.compile(r"^\W*(\d{1,3}(?:\.\d)?)\s*(?:months?|mos?)?\s*[,;:.!]\s")
# "..., so 30ish", "that's 30 months or so", "= 30 total", "I manage claims, not people, so I'd call it 0"
TOTAL_AT_END = re.compile(
    r"\b(?:so|total|in total|altogether|that'?s|=|(?:call|put|count) (?:it|that)(?: at)?|i'?d say)"
    r"\W*(?:(?:like|about|around|roughly|maybe)\s+)?"
    r"(?:[a-z]+(?: and [a-z]+)? years?,\s*)?"  # "..., but take out the four months of leave, so four years, 48 months"
    r"(\d{1,3}(?:\.\d)?)(?:\s*-?ish)?"
    r"(?:\s*(?:months?|mos?|mths?))?(?:\s+(?:or so|total|in total|altogether|give or take))?\W*$"
)
FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:like|about|around|almost|nearly|over|um|uh|roughly|just|maybe)\s+)*$")
WITH_AFTER = re.compile(r"^\s*with\b")
NOW_FIRST = re.compile(r"^\W*now\b")
I_HAVE_DONE = re.compile(r"^\W*(?:now\s+)?(?:i'?ve|i have|ive|i)\s+(?:been\s+)?\w+")
# "I'm a travel nurse, been doing contracts for 4 years": a clause that goes on about the role named before it
GOES_ON = re.compile(r"^\s*(?:and\s+)?(?:been|i'?ve been|ive been|have been|doing|working|did)\b")
# "..., 14 months in this role": the role was named before
ROLE_BACK = re.compile(r"^\s*(?:in|on|at)\s+(?:this|that|the same|my current)\s+(?:role|job|position)\b")
PLACE_AFTER = re.compile(
    r"^\W*(?:(?:more|all|mostly|mainly|only|both)\s+)?(?:(?:at|in|on|with)\b|(?:the\s+|a\s+)?(?:hospitals?|clinics?)\b)"
)  # "two years at the nursing home", "7 years, all hospital"
AGO = re.compile(r"^\W*ago\b")
# "three years in, I lead a small team": the time so far in what was told before, not in what follows
SO_FAR = re.compile(r"^\s*in\s*(?:[,;.]|now\b|$)")
# "14 months ago I became team leader": how long in the role begun then
BEGAN_AFTER = re.compile(
    r"^\W*ago\W+(?:i\W+)?(?:became|started as|got promoted|was promoted|took over|moved up to|stepped up to)\b"
)
BORN_BEFORE = re.compile(r"\bborn\s+$")
OFFSET_AFTER = re.compile(r"^\s*(?:after|later|before|earlier)\b")
# "then moved to the emergency department at a hospital twenty months ago": how long in the job begun then
BEGAN_BEFORE = re.compile(
    r"\b(?:moved|switched|transferred|went|came|started|joined|got hired|was hired|took (?:a|the|this) job"
    r"|became)\b[^.;!?]*$"
)
A_KIND_OF_SCHOOLING_AFTER = re.compile(r"^[\s-]*(?:degree|program|programme|college|course|school|university)\b")
SCHOOLING = anywhere("school", "program", "classes", "degree", "college", "university", "courses?", "training")
# "an msw without a bsw is the full 2 yrs right?": the length of a degree, asked about, is no time at work
A_DEGREES_LENGTH = anywhere(
    "msw", "bsw", "bsn", "adn", "msn", "mba", "master'?s", "masters", "bachelor'?s", "bachelors", "associate'?s",
    "advanced standing",
)  # fmt: skip


# "3 years at CPS including my MSW placement year", "two years, but the first one was my BSW internship", "about 4
# years if you count my field placement, 3 paid": a school placement counted in with the work (CCMC and the boards
# count employment only)
PLACEMENT_COUNTED_IN = re.compile(
    r"\b(?:including|includes|included|counting|plus)\s+(?:my |the |a |our )?(?:\w+ ){0,2}?"
    r"(?P<named>placement|internship|practicum|field ?work)(?P<year> year)?\b"
    r"|\bif (?:you|u|we) count (?:my |the )?(?P<all>(?:both|all|all of|all my|my two|the two) )?(?:\w+ ){0,2}?"
    r"(?:placements?|internships?|practicums?)\b"
    r"|\b(?:the )?first (?P<first>one|year) (?:was|being) (?:my |a |the )?(?:\w+ ){0,2}?"
    r"(?:placement|internship|practicum)\b"
)
PAID_PART = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:yrs?|years?|mos?|months?)?\s*"
    r"(?:of (?:it|them|that) )?(?:was |were )?paid\b"
)


def _paid_of_a_total(lowered: str, durations: List[Duration]) -> Optional[int]:
    """The months of paid work in a length that counts a school placement in; None where none is counted in, or
    how much is unknown."""
    counted_in = PLACEMENT_COUNTED_IN.search(lowered)
    if not counted_in:
        return None
    total = durations[0]
    paid = PAID_PART.search(lowered, total.end)
    if paid:
        return number_said(paid.group(1)) * (12 if re.search(r"years?|yrs?", total.text) else 1)
    if counted_in.group("all"):
        return 0  # "2 yrs if u count both placements": all of it was school
    if counted_in.group("year") or counted_in.group("first"):
        return max(0, total.months - 12)  # the placement's year taken out
    return None


def _began_then(before: str) -> bool:
    began = BEGAN_BEFORE.search(before)
    return bool(began) and not SCHOOLING.search(began.group(0))


# "back to full time in a year or two": a time still to come, not experience
LATER = re.compile(r"\b(?:in|within)\s+(?:(?:about|maybe|another|like)\s+)?$")
# "eleven months, next month it will be a year": the same stretch, as long as it will be
WILL_BE = re.compile(r"\b(?:it(?:'ll| will|'s going to| is going to)\s+be|i(?:'ll| will) (?:have|hit|be at|reach))\s+$")
AFTER_LINK = re.compile(r"^\s*(?:as|on|in|at|of|doing|working|with|into)\b")
# A school's placement is training, not case-management employment (CCMC counts employment; the CDMS "only paid work
# counts; internships and volunteering do not"): "a 6-month practicum in hospital CM" adds no months of it.
TRAINING_WORDS = anywhere(
    "internships?", "interned", "interning", "practicums?", "practica", "(?:field|school|student|bsw|msw) placements?",
    "clinicals", "clinical rotations?", "capstones?", "externships?",
    # "i volunteered at a shelter for two years": unpaid, so no employment either
    "volunteered", "volunteering", "as a volunteer", "volunteer work", "unpaid",
)  # fmt: skip


# "None officially. I have done discharge planning every shift for 27 years though": none in a case-management post,
# and the years told after are the work it was not
NONE_IN_TITLE = re.compile(
    r"^\W*(?:(?:um|uh|well|so|ok|okay|honestly)\W+)*(?:(?:none|no|zero|0|nothing)\W+(?:officially|formally|on paper"
    r"|technically)|(?:officially|formally|technically|on paper)\W+(?:none|no|zero|nothing))\b"
)
NONE_FIRST = re.compile(r"^\W*(?:none|no|nope|zero|0|nothing|not really|never)\b(?!\s+(?:more|less)\b)")
WORKED = anywhere(r"work\w*", r"as an?", "job", r"employ\w*", "staff", r"experience")
# "I did 2 years in prison and when I got out a case manager helped me": time served, not worked
SERVED_TIME_AFTER = re.compile(
    r"^\W*(?:in (?:a |the )?(?:state |federal |county )?(?:prison|jail|penitentiary|juvie)\b|incarcerated|locked up"
    r"|behind bars"
    # "10 years sober", "six years clean", "two years married": time, not work
    r"|sober|clean|married|in recovery)\b"
)
NOT_WORK = anywhere(
    "in recovery", "sober", r"(?:^|been |stayed |got )clean", "married", "divorced", "widowed",
    r"liv(?:ed|ing) (?:in|here|there)",
)  # fmt: skip


# "a year away", "3 months of maternity leave", "time off", "a break": not at work (not "away from the bedside")
TIME_AWAY = anywhere(
    r"away(?! from (?:the )?(?:bedside|floor|unit|patients|direct care|nursing))",
    r"(?:time|months?|a year|years?) off",
    r"(?:a|one|my|the) break",
    "on leave",
    r"\w+ leave",
    "leave of absence",
    "stayed home",
    "stayed at home",
)
# the stretch the break was inside of, told before it: "since 2019", "I'm still there"
STILL_RUNNING = anywhere("still", "since", "ever since")


def _duration_slot(before: str, after: str) -> Optional[str]:
    """Which experience a duration measures: "a nurse for ten years" looks back, "two years as a CM" looks ahead."""

    def hits(text: str):
        return [
            (match.start(), match.end(), name)
            for name, cue in DURATION_CUES
            for match in cue.finditer(text)
            if not NOT_A_ROLE_BEFORE.search(text[max(0, match.start() - 16) : match.start()])
        ]

    if NOT_WORK.search(CLAUSE_BREAK.split(before)[-1]):
        return None  # "been in recovery eight years", "married ten years": time, but not work
    if FOR_BEFORE.search(before):
        # "a case manager at a hospital for two years": within the clause, the role is what is measured, the
        # setting is only where; a setting counts when it is all there is.
        clause = CLAUSE_BREAK.split(before)[-1]
        # a clause of its own ("i used to do medical coding for 4 yrs") says what it measures, or nothing
        found = hits(clause) or (hits(before) if len(clause.split()) <= 3 or GOES_ON.match(clause) else [])
        if not found and FOR_BEFORE.fullmatch(clause.lstrip()) and I_HAVE_DONE.match(after):
            # "... and for almost two years I've supervised our care coordination team": the clause opens with it
            found = hits(CLAUSE_BREAK.split(NOW_FIRST.sub("", after, 1))[0])
        if not found and PLACE_AFTER.match(after):  # "a dialysis tech for eight years at a hospital": where, said after
            found = [hit for hit in hits(CLAUSE_BREAK.split(after)[0]) if hit[2] == "healthcare_months"]
        roles = [hit for hit in found if hit[2] != "healthcare_months"]
        return max(roles or found, key=lambda h: h[1])[2] if found else None
    if SO_FAR.match(after):
        near = [(len(before) - e, name) for s, e, name in hits(before)]
        return min(near)[1] if near else None  # "a return-to-work coordinator. Three years in, I lead a team"
    if AFTER_LINK.search(after) and (hits(after) or not ROLE_BACK.match(after)):
        # "14 months as an RN case manager at a hospital": in its own clause the role beats the licence or the place
        found = hits(CLAUSE_BREAK.split(after)[0]) or hits(after)
        roles = [hit for hit in found if hit[2] != "healthcare_months"]
        # ("started a clinical job at an outpatient clinic in September 2024 with an LCSW supervisor": nothing after
        # it names work, the role named in its own clause before it does)
        named_before = [hit for hit in hits(CLAUSE_BREAK.split(before)[-1]) if hit[2] != "healthcare_months"]
        if found or not named_before or not WITH_AFTER.match(after):
            return min(roles or found)[2] if found else None
        return max(named_before, key=lambda h: h[1])[2]
    # "probation officer five years, and before that a case manager for two": a later job is not this time's
    shift = STRETCH_END.search(after)  # ("sixteen years full time then i ran the voc unit": the unit is later)
    after = after[: shift.start()] if shift else after
    clause = CLAUSE_BREAK.split(before)[-1]
    roles = [hit for hit in hits(clause) if hit[2] != "healthcare_months"]
    if roles and any(hit[2] == "healthcare_months" for hit in hits(clause)):
        return max(roles, key=lambda h: h[1])[2]  # "a case manager at the clinic ever since then": the role, not where
    told = hits(before)
    role_cues = [hit for hit in told if hit[2] == "case_management_months"]
    if any(0 <= h[0] - r[1] <= 3 for r in role_cues for h in told if h[2] == "healthcare_months"):
        return "case_management_months"  # "the transitions-of-care nurse role", "UR nurse": a nurse's case management
    near = [(len(before) - e, name) for s, e, name in told] + [(s, name) for s, e, name in hits(after)]
    return min(near)[1] if near else None


def _leads(before: str) -> bool:
    return any(cue.search(before) for name, cue in DURATION_CUES if name == "supervisor_months")


# "I'm not a nurse, just ... 3 years": a role denied measures nothing
NOT_A_ROLE_BEFORE = re.compile(r"\b(?:not|never|wasn'?t|isn'?t|nor)\s+(?:been\s+)?an?\s+$")
# ("before the treatment center i was at a nursing home": another stretch, with its own words)
TIME_SHIFT = re.compile(r"\b(?:before|after|prior to) (?:that|this|then|the|my|our|i)\b|\bpreviously\b|\bearlier\b")
# where what is said of one stretch of work ends: "sixteen years full time then i ran the unit ... and since then i've
# been doing testimony which isn't case management" (the denial is the testimony's)
STRETCH_END = re.compile(TIME_SHIFT.pattern + r"|\b(?:since then|then i|and now i|now i)\b")


# A stretch of work said not to be the kind asked about, after its length
NOT_A_SOCIAL_WORKER = re.compile(r"\bnot (?:a )?social work(?:er)?\b")
A_COUNSELLOR = re.compile(r"\b(?:counsell?or|lpc|lmhc|lpcc|lcpc|mental health counsell?ing)\b")
NOT_THE_WORK_ASKED = {
    "healthcare_months": re.compile(
        r"\b(?:not|wasn'?t|isn'?t|never)\W+(?:(?:part|one) of\W+|owned by\W+|with\W+)?(?:a|any|the|our)\W+"
        r"(?:hospital|health system)"
        # "home health 2016-2023 (not hospital owned)"
        r"|\bnot\W+(?:a\W+)?(?:hospital|health system)[- ](?:owned|based|run|affiliated)\b"
    ),
    "case_management_months": re.compile(
        r"\b(?:not|wasn'?t|isn'?t|never)\W+(?:(?:really|actually|at all|technically|real|a)\W+)*"
        r"(?:case management|cm)\b"
        # "i was the i e p case manager for every kid ... but i was a teacher not a case manager"
        r"|\bi was (?:a|an) [\w ,-]{2,30}? not (?:really |actually )?(?:a )?case manager\b"
        # "the assistant for two years but that was mostly clerical ... i dont know if that counts": doubted, and a
        # board counts only what can be shown to be case management
        r"|\b(?:mostly|all|just|only) clerical\b|\b(?:don'?t|dont|do not) know if (?:that|it) counts\b"
        # "plus ~8 yrs managing but no caseload": leading case managers is the supervisor route, not one's own cases
        r"|\bbut no (?:case ?load|cases)\b(?!\W*(?:now|these days|anymore))"
        # "... with some care coordination for my own clients, but my job was therapist", "But it was a teaching job"
        # ("we're called IEP case managers, but that's really teaching")
        r"|\bbut (?:my (?:job|title|role|position) was|it was a|that was a|(?:that|it)(?:'?s| is| was) really (?:a )?)"
        r"(?!case|care coord)[\w -]{0,20}?"
        r"(?:therapist|counsell?or|teacher|teaching|nurse|nursing|clinician|aide|tech)\b(?! case| care)"
    ),
}
# "I did dispatch for three years before I got hurt but that's trucks not people": said of the stretch, after a time
NOT_WORK_WITH_PEOPLE = re.compile(
    r"^[^.?!]{0,60}\bbut (?:that'?s|thats|that was|it was|it'?s) (?:\w+ ){1,2}not people\b"
)


def _cued(clause: str) -> bool:
    return any(cue.search(clause) for _, cue in DURATION_CUES)


def _elsewhere(clause: str) -> bool:
    """A duration's own clause names an employer that is not a hospital or health system ("3 years at the county")."""
    return bool(NOT_A_HEALTH_EMPLOYER.search(clause)) and not HEALTH_EMPLOYER.search(clause)


def _only_where(slot: Optional[str], after: str) -> bool:
    """ "two years at the nursing home", answering how long in case management: the place says where, not what."""
    return slot == "healthcare_months" and bool(PLACE_AFTER.match(after))


def months_until_reached(after: str, today: date) -> int:
    """ "two years in March": said ahead of time, the length is reached in that month; the months until then."""
    said = REACHED_IN.match(after)
    if not said:
        return 0
    month = MONTH_NAMES.index(said.group(1)[:3]) + 1
    return (month - today.month) % 12


# CCMC's supervisor route counts "12 months full-time as a supervisor of people who provide case management": leading
# a shift of nurses, a squad or a store does not count, whoever is asking. People named as supervised are read for it.
SUPERVISED_CASE_MANAGERS = anywhere(
    r"case manag\w*", r"case mn?grs?", "cms", r"care manag\w*", r"care coordinat\w*", r"case ?workers?",
    r"social workers?", r"navigators?", r"case aides?", r"service coordinators?", r"counselors?",
)  # fmt: skip
SUPERVISED_OTHERS = anywhere(
    "charge", r"charge nurses?", r"shift (?:lead|leader|supervisor)", r"squad\w*", r"platoon\w*", r"soldiers?",
    r"troops?", r"sergeant", r"corpsm[ae]n", r"medics?", r"foreman", r"crew", r"hands", r"cnas?", "c n as", r"lnas?",
    r"aides?", r"techs?",
    r"technicians?", r"adjusters?", r"officers?", r"cashiers?", r"store", r"retail", "hr", r"paraeducators?",
    r"paras?", r"teachers?", r"volunteers?", r"employees", r"servers?", r"drivers?", r"nurses",
    r"restaurant", r"warehouse", r"sales", r"call center", r"front office", r"front desk", r"after school",
)  # fmt: skip


def supervised_others_only(lowered: str) -> bool:
    """Supervision of people who do not provide case management ("charge nurse on nights", "squad leader, 9
    soldiers", "a team of 4 accountants, but no case managers"): no months toward the CCM's supervisor route."""
    denied = CASE_MANAGERS_DENIED.search(lowered)
    named = SUPERVISED_CASE_MANAGERS.search(CASE_MANAGERS_DENIED.sub(" ", lowered))
    return bool(SUPERVISED_OTHERS.search(lowered) or denied) and not named


# "but no case managers", "not case management though", "nobody doing case management", "they dont do case management"
CASE_MANAGERS_DENIED = re.compile(
    r"\b(?:not|no|never|nobody|none|nor|aint|ain'?t|\w+n'?t)\b(?:\W+\w+){0,5}?\W+(?:case manag\w*|case mgmt|cms?"
    r"|case ?workers?|care coordinat\w*)\b"
)


# Employers that are not a hospital or health system, and words that say one is.
NOT_A_HEALTH_EMPLOYER = anywhere(
    r"(?:the|an?|my|our|this|that) (?:community |social service |nonprofit )?agency", "non-?profit", "shelter",
    r"(?:the|a|my) school", "school district", "county", "food bank", "church", "insurance company", "bank",
)  # fmt: skip
HEALTH_EMPLOYER = anywhere(
    r"hospitals?", r"clinics?", "health", "medical", r"nursing homes?", "hospice",
    r"rehab(?:ilitation)? (?:center|unit)", "er", "icu", r"med[- ]surg", "va",
)  # fmt: skip


# the lengths asked of employment, which a total of hours worked answers (supervised clinical hours are counted by
# each state's own rule, so they are not turned into months)
HOURS_COUNT_FOR = ("case_management_months", "healthcare_months", "supervisor_months")
# "with an LCSW who's been licensed like ten years", "my supervisor, she's done it for 20 years": another's time
THEIR_TIME = re.compile(
    r"\b(?:who'?s|whos|who is|who has|who had|she'?s|shes|he'?s|hes|she has|he has|they have|they had|they'?ve"
    # "my husband has been an RN for 20 years": a relative's or a colleague's time
    r"|(?:my|our|her|his)\s+(?:husband|wife|spouse|partner|mom|mother|dad|father|sister|brother|son|daughter|aunt"
    r"|uncle|cousin|friend|boss|supervisor|manager|coworker|co-worker)\s+(?:has|had|is|was|'s))"
    r"\s+(?:been\s+|had\s+|done\s+)?(?:[\w-]+\s+){0,4}(?:for\s+)?$"
)


WORK_DENIED_FIRST = re.compile(r"^\W*(?:no|none|never|zero)\W+(?:case manag\w*|cm)\b(?:\W+(?:never|experience|work))?")


def _cued_as(slot: str, clause: str) -> bool:
    """Does a length's own clause name the work of this slot?"""
    return any(cue.search(clause) for name, cue in DURATION_CUES if name == slot)


def _durations(lowered, durations: List[Duration], requested_slot, intent, update, today=None) -> None:
    if requested_slot in ("field_experience", "supervised_by_ccm"):
        # "a year of supervised ministry and a unit of CPE at a hospital": a placement's length, no job's; "my 1st
        # director (2017-2021) was rn, ccm": a supervisor's years, not one's own
        return
    if requested_slot in WORK_SLOTS and durations and (paid := _paid_of_a_total(lowered, durations)) is not None:
        update.slots[requested_slot] = paid
        return
    asked = []  # each part of an answer to the question asked
    placed_only = []  # the slot of a part counted only by its place ("two years at the nursing home"), else None
    named = False  # a part names what was asked ("doing case management")
    training = False  # a duration of a school placement was said, and left out
    other_work = False  # a length said, and said to be of other work than the one asked about
    denied = WORK_DENIED_FIRST.match(lowered)
    denied_end = denied.end() if denied else 0  # ("no case manager never ...": the work denied is no cue)
    breaks = []  # a time away from the work, told inside a stretch still running ("apart from a year away")
    for index, duration in enumerate(durations):
        start = durations[index - 1].end if index else 0
        end = durations[index + 1].start if index + 1 < len(durations) else len(lowered)
        window = max(start, duration.start - 80)
        before = lowered[window : duration.start]
        if NEEDING.search(before) or LATER.search(before) or (index and WILL_BE.search(before)):
            continue
        after = lowered[duration.end : min(end, duration.end + 60)]
        if NOT_WORK.search(CLAUSE_BREAK.split(before)[-1]) or SERVED_TIME_AFTER.match(after):
            continue  # "i've been sober 6 years and doing peer support for 2", "2 years in prison": not at work
        if THEIR_TIME.search(CLAUSE_BREAK.split(before)[-1]):
            continue  # "an LCSW who's been licensed like ten years": the supervisor's time
        if A_KIND_OF_SCHOOLING_AFTER.match(after):
            continue  # "she got the two year degree", "a 4-year program": which schooling, not how long at work
        if BORN_BEFORE.search(before) and OFFSET_AFTER.match(after):
            continue  # "my son was born two years after that": when, not how long
        if AGO.match(after) and not BEGAN_AFTER.match(after) and not _began_then(before):
            continue  # "stepped away 9 years ago": when, not how long (but "14 months ago I became team leader")
        own_clause = CLAUSE_BREAK.split(before)[-1] + duration.text + CLAUSE_BREAK.split(after)[0]
        if requested_slot in WORK_SLOTS and TIME_AWAY.search(own_clause):
            breaks.append(duration)  # "still there, apart from a year away", "with 3 months of maternity leave"
            continue
        slot = _duration_slot(before, after)
        if requested_slot == "supervisor_months" and slot == "case_management_months" and _leads(before):
            slot = requested_slot  # asked about supervising: "team lead over 4 care coordinators, about 8 months"
        clause = CLAUSE_BREAK.split(before)[-1] + " " + CLAUSE_BREAK.split(after)[0]  # the duration's own clause
        if {slot, requested_slot} & {"case_management_months", "healthcare_months"} and TRAINING_WORDS.search(clause):
            training = True  # "a 6 month practicum", "my internship was 4 months": a school placement
            continue
        undenied = before[max(0, denied_end - window) :]  # the words after the denial
        own_clause = CLAUSE_BREAK.split(undenied)[-1] + " " + CLAUSE_BREAK.split(after)[0]
        if requested_slot in WORK_SLOTS and NONE_FIRST.match(lowered) and not _cued_as(requested_slot, own_clause):
            continue  # "none, i did therapy for twenty years": none of it, and the years are something else
        if requested_slot in ("education_level", "degree_field") and not (_cued(clause) or WORKED.search(clause)):
            continue  # "B.Sc Nursing, 4 years": the length of the degree, not of work ("5 years on a med-surg floor")
        if (
            requested_slot in ("education_level", "degree_field")
            and SCHOOLING.search(clause)
            and not WORKED.search(clause)
        ):
            continue  # "the medical assistant certificate program, like nine months": the program's length
        if (
            requested_slot in WORK_SLOTS
            and A_DEGREES_LENGTH.search(clause)
            and not _cued(clause)
            and not WORKED.search(clause)
        ):
            continue
        if requested_slot in MONTH_SLOTS and not _cued(clause) and not _cued(before):
            # "about 3 years, 2 at the county and 1 at a hospital": the answer; the cue is a later part's (one said
            # before it may be what it refers to: "4 years of L&D before the case management jobs, plus the 24 months")
            slot = None
        since_last = lowered[start : duration.start]
        if (
            named
            and requested_slot == "case_management_months"
            and slot is None
            and TIME_SHIFT.search(since_last)
            and not _cued(since_last)
        ):
            continue  # "I started as case manager in April 2023 and before that I was a job coach there since 2018"
        if requested_slot == "healthcare_months" and _elsewhere(clause):
            continue  # "two years at a nonprofit, before that a year at a hospital": the nonprofit is not a hospital
        own_words = STRETCH_END.split(lowered[duration.end : end], 1)[0]  # what is said of this stretch, up to the next
        if requested_slot in NOT_THE_WORK_ASKED and (
            NOT_THE_WORK_ASKED[requested_slot].search(own_words)
            or NOT_WORK_WITH_PEOPLE.search(lowered[duration.end : end])
        ):
            other_work = True
            continue  # "thirteen years at a nursing home but it was a private one not part of any hospital"
        if "supervisor_months" in (slot, requested_slot) and supervised_others_only(
            lowered if requested_slot == "supervisor_months" else clause
        ):
            continue  # a charge nurse's or a squad leader's years: no supervising of case managers
        months = max(0, duration.months - months_until_reached(after, today or date.today()))
        if requested_slot in MONTH_SLOTS and (slot in (None, requested_slot) or _only_where(slot, after)):
            asked.append(Duration(months, duration.start, duration.end, duration.text))
            placed_only.append(None if slot in (None, requested_slot) else slot)
            named |= slot == requested_slot
        elif (
            slot
            and slot not in update.slots
            and not (requested_slot == "case_management_setting" and slot == "case_management_months")
        ):
            # (asked where: "first at a hospital for two years, then three at an insurer" tells places, not the total)
            update.slots[slot] = months
    if named:
        # "two years at a nonprofit doing case management, before that a year at a hospital": the part that says it
        # was case management is the answer; the one that says only where is another job
        for part, slot in zip(asked, placed_only):
            if slot and slot not in update.slots:
                update.slots[slot] = part.months
        asked = [part for part, slot in zip(asked, placed_only) if not slot]
    if asked:
        # "three years on my own and two before that at a carrier" is five; "5 years, 3 of them at the clinic" is
        # a total and a part of it
        asked = restatements_dropped(lowered, asked)
        total = one_length(lowered, asked) or _total_of_parts(lowered, asked)
        within = [gap.months for gap in breaks if STILL_RUNNING.search(lowered[: gap.start])]
        if within and total > max(within):
            total -= max(within)  # a board counts the months employed: the break inside the stretch is not
        if total <= MAX_MONTHS:  # parts adding up to more than a working life are a misreading, not an answer
            update.slots[requested_slot] = total
    if requested_slot in MONTH_SLOTS:
        # "a year at the VA plus one at a hospital, so 24": the total, in the months asked
        number = BARE_NUMBER.match(lowered) or TOTAL_AT_END.search(lowered) or SO_COUNTED_AS.search(lowered)
        if number and len(asked) > 1 and asked[-1].start < number.start() < asked[-1].end:
            number = None  # "three years there, and here since May, so about 7 months": the last part said again
        if not number and requested_slot not in update.slots:
            number = LEADING_NUMBER.match(lowered)  # "24, started right after my MSW"
        if number:  # every question about a length of time asks in months (domain.yml): a bare number is months
            update.slots[requested_slot] = float(number.group(1)) if "." in number.group(1) else int(number.group(1))
    if requested_slot in WORK_SLOTS and NOT_A_JOB.search(lowered) and len(durations) <= 1:
        update.slots[requested_slot] = 0  # "I took care of my dad for four years, not a job though": no employment
    if requested_slot in ("healthcare_months", "case_management_months") and only_training(lowered):
        update.slots[requested_slot] = 0  # asked about employment, a student placement is none
    if (
        requested_slot in ("case_management_months", "healthcare_months")
        and training
        and requested_slot not in update.slots
    ):
        update.slots[requested_slot] = 0
    if (
        requested_slot == "clinical_supervision_months"
        and NOT_A_SOCIAL_WORKER.search(lowered)
        and (not asked or A_COUNSELLOR.search(lowered))  # ("a counselor, not a social worker, but three years of ...")
    ):
        update.slots[requested_slot] = 0  # "i'm not a social worker i'm a counselor": no clinical social work
    if other_work and requested_slot not in update.slots and not asked:
        update.slots[requested_slot] = 0  # "i was the i e p case manager for 31 years but i was a teacher not a CM"
    if requested_slot == "healthcare_months" and _elsewhere(lowered):
        # asked how long at a hospital or health system: "three years at the agency" names another employer
        update.slots[requested_slot] = 0
    if requested_slot in MONTH_SLOTS and requested_slot not in update.slots:
        if intent == "deny" or says_nothing_yet(lowered):
            update.slots[requested_slot] = 0
        elif told := told_by_a_childs_age(lowered):
            update.slots[requested_slot] = told  # "since my youngest started kindergarten, and he just turned fifteen"
    if requested_slot in HOURS_COUNT_FOR and requested_slot not in update.slots and not durations:
        hours = months_of_hours(lowered)  # "about 4,000 hours total"
        if hours:
            update.slots[requested_slot] = hours
    if requested_slot == "supervisor_months" and supervised_others_only(lowered):
        update.slots[requested_slot] = 0
    if NO_CASELOAD_OF_ONE.search(lowered) and requested_slot in (None, "case_management_months"):
        update.slots["case_management_months"] = 0  # "I supervise the ACT team's case managers, never carried a
        # caseload myself": CCMC counts one's own case-management work, and leading it only by its supervisor route
    if requested_slot == "case_management_months" and (
        NONE_THEN_OTHER_WORK.search(lowered) or NONE_CONCLUDED.search(lowered)
    ):
        update.slots["case_management_months"] = 0


# "wait, actually it was 3 years not 5", "sorry, 18 months, not two years": a length corrected once the intake moved on
CORRECTS_A_LENGTH = re.compile(
    r"^\W*(?:(?:oh|oops|wait|sorry|actually|correction|no)\b\W*)+.*?\bnot\b"
    r"|\b(?:i meant|i mean|correction|scratch that)\b"
)


def corrected_length(text: str, requested: Optional[str], found: Mapping[str, object], answered: Sequence[str]):
    """The length of time answered earlier that a message corrects ("wait, actually it was 3 years not 5"), when it
    answers nothing of the question asked now and names no other length: the latest one answered, or None."""
    lowered = (text or "").lower()
    if not answered or (requested and requested in found) or any(slot in found for slot in MONTH_SLOTS):
        return None
    if not CORRECTS_A_LENGTH.search(lowered) or not find_durations(lowered):
        return None
    return answered[-1]


# "um i guess none ive been doing benefits three years but thats claims paperwork mostly": none, then other work
NONE_THEN_OTHER_WORK = re.compile(
    r"^\W*(?:(?:um+|uh+|well|so|hmm+)\W+)*(?:(?:i guess|i'?d say|id say|probably|honestly|technically|officially)\W+)?"
    r"(?:none|zero|nothing)\b[^.?!]*\bbut\b[^.?!]*\b(?:that'?s|thats|it'?s|its|that was|it was)\b[^.?!]{0,30}?"
    r"\b(?:not|mostly|just|only|paperwork)\b"
)
# "I was never called a case manager, but I managed IEP caseloads ... for 28 years. I suppose officially none?": the
# person's own conclusion, said last
NONE_CONCLUDED = re.compile(
    r"(?:^|[.!?]\s+)(?:so\W+)?(?:i suppose|i guess|i'?d say|id say|probably|so)\W+(?:(?:officially|technically"
    r"|formally|on paper|really)\W+)?(?:none|zero|nothing)\W*$"
)
NO_CASELOAD_OF_ONE = anywhere(
    r"never (?:had|carried|held|managed|run) (?:a |an |my own |any )?(?:cm |case ?management |case )?caseloads?",
    r"no caseload of my own",
    r"not carried (?:a |my own )?caseload",
)
NOT_A_JOB = anywhere(
    r"(?:that|it|this) (?:was ?n'?t|was not|is ?n'?t|is not) (?:a|my|an actual) (?:real |paid )?job",
    r"not (?:as )?(?:a|an actual) (?:real |paid )?job",
    r"wasn'?t paid",
    "unpaid",
    "not paid",
    r"(?:nobody|no one|no-one) pays? me",  # "I take care of my grandma at home, but nobody pays me"
    "not for pay",
)
# "5 years, 3 of them at the clinic", "2 years total, 1 in the ER": a total and a part of it, not two parts.
A_UNIT = re.compile(r"\b(?:decades?|years?|yrs?|months?|mos?|mths?|weeks?|wks?)\b")
UNIT_NAMED = re.compile(r"[a-z]{2,}\W*$")  # "2 years", not a number whose unit was left out ("and 16 at this one")
PART_OF_TOTAL = anywhere("of (?:them|those|that|which|it)", "out of", "including", "total", "in all", "altogether")


# "twenty months here, and two years before that, so a little under four years altogether": the total said last
TOTAL_SAID_BEFORE = re.compile(r"\b(?:so|that'?s|which (?:is|makes)|making (?:it|that))\W+(?:\w+\W+){0,3}$")
FIRST_STRETCH_OF_IT = re.compile(r"\b(?:the |my )?(?:first|initial|1st)\s+(?:(?:few|couple(?: of)?)\s+)?$")
TOTAL_THEN_PARTS = re.compile(r"^\s*(?:total\s*|in all\s*)?[:(\u2014\u2013]")
TOTAL_SAID_AFTER = said_first("altogether", "all together", "in total", "total", "in all", "all told", "combined")


def _total_of_parts(lowered: str, parts: List[Duration]) -> int:
    """The months of an answer in parts: "14 months at one hospital and 16 at this one" adds up; a total said with
    a part of it, or one length said twice in two units ("2 years (24 months)"), is that length."""
    *earlier, last = parts
    said_total = TOTAL_SAID_BEFORE.search(lowered[earlier[-1].end : last.start]) if earlier else None
    if said_total or (earlier and TOTAL_SAID_AFTER.search(lowered[last.end : last.end + 20])):
        # the parts, when they add up to about the total said: "a little under four years" is rounded
        added = sum(part.months for part in earlier)
        return added if abs(added - last.months) <= last.months / 4 else last.months
    first, rest = parts[0].months, sum(part.months for part in parts[1:])
    between = lowered[parts[0].end : parts[1].start] if len(parts) > 1 else ""
    # "five years three at walgreens and two at the hospital": a bare number right after a total is its first part
    parts_follow = len(parts) > 1 and (
        TOTAL_THEN_PARTS.match(between) or (not A_UNIT.search(parts[1].text) and not between.strip(" ,"))
    )
    if len(parts) > 1 and rest <= first and parts_follow:
        return first  # "Three years: 22 months as a coordinator and the last 14 as team lead"
    if len(parts) == 2 and rest < first and FIRST_STRETCH_OF_IT.search(lowered[parts[0].end : parts[1].start]):
        return first  # "aug 2023 to now. first 6 mo i was only 32 hrs/wk": the start of the same stretch
    said_twice = (
        len(parts) == 2
        and first == rest
        and all(UNIT_NAMED.search(part.text) for part in parts)
        and parts[0].text.lower() != parts[1].text.lower()
    )
    if said_twice or (len(parts) > 1 and first >= rest and PART_OF_TOTAL.search(lowered)):
        return first
    return first + rest


def _yes_no(lowered, requested_slot, intent, update) -> None:
    if re.search(r"supervised by (?:a |an )?(?:ccm|c c m|certified case manager)", lowered):
        update.slots["supervised_by_ccm"] = not re.search(r"\bnot supervised by", lowered)
    if (
        re.search(r"\b(practicum|field placement|field work|fieldwork|internship)\b", lowered)
        and re.search(r"\b(did|had|completed|finished|done)\b", lowered)
        and not re.search(r"\b(?:no|not|nothing|didn'?t|never|without|instead of)\b", lowered)
        and placement(lowered) is not False  # "student teaching... the only field work i ever had": not in the fields
    ):
        update.slots.setdefault("field_experience", True)
    if requested_slot == "supervised_by_ccm" and NOT_THE_CCM.search(lowered):
        update.slots["supervised_by_ccm"] = False  # "she has her ACM, not the CCM"
    if (
        requested_slot == "supervised_by_ccm"
        and SUPERVISOR_HOLDS_ANOTHER.search(lowered)
        and not CCM_SAID.search(lowered)
        and yes_or_no(lowered) is None
    ):
        update.slots["supervised_by_ccm"] = False
    if (
        requested_slot == "supervised_by_ccm"
        and requested_slot not in update.slots
        and SUPERVISOR_HAS_THE_CCM.search(lowered)
        and not UNSURE_WHETHER.search(lowered)  # "an RN, not sure if she has the CCM": not known
    ):
        update.slots["supervised_by_ccm"] = yes_or_no(lowered) is not False  # "my boss is an RN with the CCM"
    if requested_slot in YES_NO_SLOTS and requested_slot not in update.slots:
        said = placement(lowered) if requested_slot == "field_experience" else yes_or_no(lowered)
        if said is None and intent in ("affirm", "deny"):
            said = intent == "affirm"
        if said is not None:
            update.slots[requested_slot] = said


WORK_SLOTS = ("healthcare_months", "case_management_months")


# Clauses that tell nothing the asker wants or has: "i dont want bedside", "he has a case manager from the county".
# A relative's illness or disability is not blanked: "my brother has schizophrenia" says who the asker cares about.
A_CONDITION = (
    r"(?:a |an |severe |serious |early )?(?:schizophrenia|bipolar|autism|dementia|alzheimer'?s|(?:a )?mental illness|"
    r"depression|ptsd|(?:an )?addiction|(?:a )?disabilit(?:y|ies)|down syndrome|cerebral palsy|cancer|epilepsy|"
    r"(?:a )?brain injury|tbi|special needs|(?:a )?(?:substance|drug|alcohol|drinking) problem)"
)
NOT_THE_ASKERS = re.compile(
    # "they have been an RN case manager for 12 years, doing utilization review for an insurer": the asker's own
    # story, asking for a daughter (read in the first person, the asker is "they"), up to a wish of one's own
    r"\bthey (?:have|had|'ve) been an?\b"
    r"(?:(?!\b(?:but|so|and) i (?:want|wanna|'d like|would like|hope|love|like|enjoy)\b)[^.;!?])*|"
    rf"\b(?:(?:don'?t|dont|do not|never|no longer|not) (?:\w+ )?(?:want|wanna|like|enjoy|miss|into|a fan of"
    rf"|interested in)"
    rf"|(?:he|she|they|my {OTHER_PEOPLE}) (?:has|had|have|got|gets)(?!\s+{A_CONDITION}\b))\b[^,.;!?]*?"
    rf"(?=\s(?:i|but|and|so)\b|[,.;!?]|$)"
    # "NOT hospitals again if i can help it", "no hospitals ever again": a place left behind
    r"|\b(?:not|no|never)\s+(?:[\w-]+\s+){1,3}?(?:ever\s+)?again\b"
)


# Words of an interest that name something else: "helping my seniors figure out life after graduation" (a school's
# seniors, not older adults), "disability paperwork" (a benefits form, not work with people with disabilities)
NOT_AN_INTEREST = re.compile(
    # "I help families... fight with insurance": a struggle with insurers, no wish to work at one
    r"\b(?:(?:fight|fighting|deal|dealing|battle|battling|argue|arguing) with (?:the |their |our )?insurance"
    r"(?: compan(?:y|ies))?|(?:my|our|high school|hs|graduating|college|school'?s) seniors"
    r"|disability (?:paperwork|benefits|claims?(?! (?:case manag|specialist|examiner|adjuster))|checks?|applications?"
    r"|forms)"
    # "an associates from the community college": a school, not community work
    r"|community (?:college|colleges|cc)"
    # "getting them into real jobs in the community", "community employment": where the jobs are, the wish is work
    r"|(?<=jobs in the )community|(?<=job in the )community|(?<=work in the )community"
    r"|(?<=employment in the )community|(?<=employed in the )community"
    r"|\bcommunity(?=[ -](?:based )?(?:employment|jobs?|integrated employment)\b)"
    # "a physical therapist assistant", "a dental hygienist in a private practice": other health work, not counseling
    r"|(?:physical|occupational|respiratory|speech|massage|recreation(?:al)?) therap(?:ist|y|ists)"
    r"|(?:dental|dentist|hygienist|chiropract\w*|optometr\w*|veterinar\w*)[^,.;!?]{0,40}?private practice"
    # "ever since the hospital closed i see more folks": a place gone, not a wish
    r"|(?:hospital|clinic)s? (?:closed|shut|closing|went under)"
    # "older adults going home after surgery, and the families who end up being caregivers", "families going through
    # a discharge": patients' families, met in health care, not families as those served
    r"|\bfamil(?:y|ies)\b(?=[^,.;!?]{0,40}\b(?:discharges?|caregiv\w*|surgery|hospitals?|hospice|end of life)\b)"
    r"|(?<=patients and their )famil(?:y|ies)\b|(?<=patients and )famil(?:y|ies)\b"
    # "i changed my mind about the hospital thing": what was wanted before
    r"|changed my mind (?:about|on) (?:the |that )?[\w ]{1,30}?(?:thing|idea|one|stuff)\b"
    # "people with schizophrenia, especially right after discharge": when they are helped, not discharge planning
    r"|(?<=[\w,] )(?:(?:especially|mostly|usually) )?(?:right |just |soon )?after (?:their |the |a )?(?:hospital )?"
    r"discharge)\b"
    # "only 0.6 FTE because of my kids": one's own children, not children to serve
    r"|\b(?:because of|for|with|raising|home with|taking care of|care of|pick up) (?:my|our) (?:own )?(?:kids|children"
    r"|son|daughter|little ones|toddlers?|babies|baby)\b"
    # "i need to go back to work": one's own return to work, not helping others back to it
    r"|\bi (?:need|have|want|got|gotta|plan|hope|am going|'?m going) to (?:go |get )?back to work\b"
    # "I've been home with my kids for 11 years and need to go back to work"
    r"|\bi(?:'ve| have| am|'m)? (?:(?!\b(?:who|people|them|clients|workers|patients|folks)\b)[^.?!]){0,60}?"
    r"\band (?:need|have|want|got|gotta) to (?:go |get )?back to work\b"
    # "i was thinking maybe nursing but honestly i dont do good with blood so maybe not": weighed, then dropped
    r"|\bmaybe [\w ]{1,30}?\bbut\b[^.?!]{0,60}?\bmaybe not\b"
    # "none, unless seventeen years of IEP meetings count": work offered, then set aside
    r"|\bunless\b[^.?!]{0,60}?\bcounts?\b"
    # "home with the kids", "since my youngest started kindergarten": one's own children, a life told, not work
    r"|\b(?:home|stayed home|staying home|at home) with (?:the|my|our) (?:kids|children|babies|baby|boys|girls)\b"
    r"|\b(?:my|our) (?:youngest|oldest|kids?|children|son|daughter|baby)\b[^.?!,]{0,30}?"
    r"\b(?:kindergarten|grade|school|was born|were born|turned|started)\b"
)


# "more interested in that return-to-work piece now than in weekly therapy": what comes after "than" is not wanted
LESS_WANTED = re.compile(
    r"\b(?:more|rather|sooner)\b[^,.;!?]*?\bthan\b([^,.;!?]*)"
    # "looking to get out of schools and into pediatric hospital cm": the place left
    # (not "guys getting out of prison", whom one would help)
    r"|\b(?:to|wanna) (?:get|move|go) out of\b((?:(?!\b(?:and|into|to)\b)[^,.;!?])*)"
)


# "help families get food and insurance": coverage for them, not work at an insurer (only the word is blanked)
COVERAGE = re.compile(
    r"\b(?:get|getting|sign(?:ing)? up for|apply(?:ing)? for|enroll(?:ing)? in)\b[^,.;!?]{0,25}?"
    r"\b((?:health )?insurance)\b(?! compan(?:y|ies))"
)


def _the_askers_own(lowered: str) -> str:
    """The text with the clauses that are not the asker's wish or case blanked out (positions hold)."""
    blank = lambda found: " " * len(found.group(0))  # noqa: E731
    own = NOT_AN_INTEREST.sub(blank, NOT_THE_ASKERS.sub(blank, lowered))
    for pattern in (LESS_WANTED, COVERAGE):
        for found in pattern.finditer(own):
            group = 1 if found.group(1) is not None else 2
            own = own[: found.start(group)] + " " * len(found.group(group)) + own[found.end(group) :]
    return own


# "i work for a nonprofit that helps homeless vets ... i want to do this as a real career": the work told is the wish
THIS_WORK_WISHED = re.compile(
    r"\b(?:do|doing|keep doing|stay in|staying in|continue|continue doing|grow in) (?:this|it|that)\b(?! (?:exam|test))"
    r"|\bthis (?:work|field|job|kind of work|line of work)\b"
)


# A bare "school" is no alias of the schools (going back to school is study), but asked where one would like to work,
# "a hospital or a school" names a workplace.
SCHOOL_AS_A_PLACE = re.compile(r"\b(?:or|and|maybe|a|in a|at a)\s+schools?\b(?!\s+(?:first|again|for))")


# "I did some case management for my own clients there, but it was a therapy position": another post's work
ANOTHER_KIND_OF_POST = re.compile(
    r"\bbut (?:it|that|this) was (?:a |an |really a |mostly a |officially a )?(?!case|cm\b|care coord)(?:[\w-]+ ){1,2}"
    r"(?:position|job|role|post)\b"
)


# "sorry go back to the healthcare one, does a PT clinic count?": an earlier question, named by its subject
BACK_TO_A_QUESTION = re.compile(r"\b(?:go|going|goes|went) back to (?:the|that) (?:[\w-]+ ){1,2}(?:one|question)\b")


def _interests(text, lowered, mentions, profile, catalog, requested_slot, update) -> None:
    # an answer to a question about their work tells their own work too ("two years at the community mental health
    # center", asked how long in health care)
    own_work = (requested_slot is None and OWN_WORK.search(lowered)) or requested_slot in WORK_SLOTS
    if requested_slot != "interests" and not INTEREST_CUE.search(lowered) and not own_work:
        return
    if requested_slot not in (None, "interests") and not own_work and not STRONG_WISH.search(lowered):
        return  # answering about a placement: "I interned at a mental health clinic helping the case managers"
    # (not where an earlier sentence told case management: "2 yrs as a residential CM ... current job is mostly job
    # coaching, not really CM": the job coaching is still their work)
    denied = update.slots.get("case_management_months", profile.get("case_management_months")) == 0
    denied = denied and not profile.get("case_management_months")
    if own_work and requested_slot == "case_management_months" and denied:
        return  # "None, not officially. I coordinated services for my students with IEPs, but I was a teacher"
    if requested_slot == "case_management_months" and (
        (_an_earlier_stretch(lowered) and not CASE_MANAGEMENT.search(lowered)) or ANOTHER_KIND_OF_POST.search(lowered)
    ):
        return  # "Before that I was a therapist at community mental health.", "..., but it was a therapy position."
    if own_work and not _wish_cues(lowered):  # what they do, not what they name as wanted
        schooling = [m for m in mentions if _a_degrees_field(lowered, m)]  # not "psych" in "a psych unit"
        found = list(match_interests([_without_degrees(_the_askers_own(lowered), schooling)], catalog.interests))
        # "i work at vocational rehab": a field worked in counts as that field's strongest interest
        for m in mentions:
            if m.kind == "specialization" and m not in schooling:
                weights = catalog.specialization(m.code).signals.get("interest", {})
                strongest = max(weights, key=weights.get, default=None)
                if strongest and strongest not in found:
                    found.append(strongest)
        _own_work_interests(found, profile, catalog, update)
        return
    # "i like to help the families..., i work home care aide seven years": the health-care place one works at is
    # counted by its months, not wished for, even beside a wish
    told_work = _told_work(lowered)
    counted = _counted_by_months(catalog)
    worked_at = {code for code in match_interests(told_work, catalog.interests) if code in counted}
    wished = lowered
    for part in told_work:
        wished = wished.replace(part, " " * len(part))
    # "i dont want bedside i want to be the person coordinating": what is not wanted is no interest
    schooling = [m for m in mentions if _a_degrees_field(lowered, m)]
    wanted = _without_degrees(_the_askers_own(lowered), schooling)
    # ("i did discharge planning ..., i want to keep doing discharge planning": wished for again)
    wish = INTEREST_CUE.search(wished)
    wished_after = _without_degrees(_the_askers_own(wished), schooling)[wish.start() :] if wish else ""
    wished_again = set(match_interests([wished_after], catalog.interests)) if wished_after.strip() else set()
    found = [code for code in match_interests([wanted], catalog.interests) if code not in worked_at - wished_again]
    if requested_slot == "interests" and SCHOOL_AS_A_PLACE.search(wanted) and "schools" in catalog.interests:
        found.append("schools")  # asked where they would like to work, "maybe hospital or school" names a place
    found += [
        m.code
        for m in mentions
        if m.kind in ("setting", "interest")
        and m.code in catalog.interests
        and m.code not in found
        and (m.code not in worked_at or lowered[m.start : m.end] in wished)
        and wanted[m.start : m.end].strip()
    ]
    found = _whom_the_patients_are(list(dict.fromkeys(found)), catalog)
    found = _the_condition_over_who_has_it(found, wanted, catalog)
    if {"hospitals", "mental_illness"} <= set(found) and not HOSPITAL_WORD.search(LEAVING_A_HOSPITAL.sub(" ", wanted)):
        found.remove("hospitals")  # "SMI, people coming out of hospital": whom they help, not where they want to work
    # "school sw ... looking to get out of schools and into hospital cm": the place left is no wish, wherever named
    left = {
        code
        for place in LESS_WANTED.finditer(lowered)
        if place.group(2)
        for code in match_interests([place.group(2)], catalog.interests)
    }
    found = [code for code in found if code not in left]
    named_outright = named_specializations([text], catalog.vocabulary.get("specialization", {}))
    if requested_slot is None and found and told_work and not named_outright and not THIS_WORK_WISHED.search(lowered):
        # "been a caseworker at county cyf almost 4 yrs. want to get licensed": every interest found is of the work
        # told, the wish names none: one's own work, and who they would like to help is still asked
        own = _without_degrees(_the_askers_own(wished), schooling)
        in_the_wish = set(match_interests([own], catalog.interests)) | {
            m.code for m in mentions if m.kind in ("setting", "interest") and own[m.start : m.end].strip()
        }
        if not in_the_wish & set(found):
            _own_work_interests(found, profile, catalog, update)
            return
    # a specialization named outright is kept by its name, for the ranking to put first ("mental health, maybe housing")
    found += [
        catalog.specialization(code).name.lower()
        for code in named_outright
        if catalog.specialization(code).name.lower() not in found
    ]
    current = list(profile.get("interests") or [])
    new = [code for code in found if code not in current]
    if new:
        update.slots["interests"] = current + new
    elif requested_slot == "interests" and text.strip() and not found and not asks_anywhere(text):
        update.slots["interests"] = current + [text.strip()[:200]]  # free text: the ranking still reads it


def _without_degrees(lowered: str, mentions: Sequence[Mention]) -> str:
    """ "a psych degree and two years as a transition coordinator": a degree's field is not the work one does (nor,
    "without a nursing or counseling degree", a wish), whether or not its words were found as mentions."""
    spans = [(m.start, m.end) for m in mentions if m.end]
    spans += [found.span() for found in A_DEGREE_NAMED.finditer(lowered)]
    for start, end in spans:
        lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    return lowered


A_DEGREE_NAMED = re.compile(r"\b(?:an?|any|my|the|no|her|his)\s+(?:[\w'-]+\s+){1,4}?(?:degrees?|majors?|diplomas?)\b")
# "without a nursing or counseling degree", "a psych degree": a field named as schooling
SCHOOLING_AFTER = re.compile(r"^[\w' -]{0,20}?\b(?:degrees?|majors?|programs?|bachelor'?s|master'?s|ba|bs|ma|ms)\b")


def _a_degrees_field(lowered: str, mention: Mention) -> bool:
    return (
        mention.kind == "degree"
        or (
            # ("a senior social work major": the field studied, whichever kind its words were found as)
            mention.kind in ("degree_field", "specialization")
            # ("I don't know if I should major in psychology or social work": the fields weighed are schooling)
            and bool(SCHOOLING_AFTER.match(lowered[mention.end :]) or DEGREE_BEFORE.search(lowered[: mention.start]))
        )
    )


def _whom_the_patients_are(found: List[str], catalog) -> List[str]:
    """ "the patients coming out of opioid addiction": whom the patients are is the interest; "patients" alone is."""
    others = [code for code in found if code != "patients" and catalog.interests[code].kind == "population"]
    return [code for code in found if code != "patients"] if others else found


# "hmong elders and refugee families with mental illness": the people named first are who have it, and the mental
# illness is what the work is about
WHO_HAS_A_CONDITION = re.compile(
    r"\b((?:(?!with\b)\w+[ &/-]+){1,6}?)(?:with|who have|living with|struggling with)\s+(?:(?:serious|severe|a|an)\s+)?"
    r"(?:mental illness(?:es)?|smi|psychosis|schizophrenia|addictions?|substance use(?: disorders?)?)\b"
)
CONDITIONS = ("mental_illness", "substance_use")
# "adults with serious mental illness, people coming out of hospital": people leaving one (14 of the 16 read-set people
# who said so were placed in mental health, all naming mental illness; the two in health care named none, and said
# they want to work in a hospital)
LEAVING_A_HOSPITAL = re.compile(
    r"\b(?:coming|getting|just|released|discharged|fresh) (?:out of|from) (?:the |a |an )?(?:psych(?:iatric)? )?"
    r"(?:hospitals?|inpatient(?: units?)?)\b|\bleaving (?:the |a |an )?(?:psych(?:iatric)? )?(?:hospitals?|inpatient)\b"
)
HOSPITAL_WORD = re.compile(r"\bhospitals?\b")


def _the_condition_over_who_has_it(found: List[str], wanted: str, catalog) -> List[str]:
    had_by = WHO_HAS_A_CONDITION.search(wanted)
    if not had_by or not any(code in found for code in CONDITIONS):
        return found
    who = set(match_interests([had_by.group(1)], catalog.interests)) - set(CONDITIONS)
    return [code for code in found if code not in who or catalog.interests[code].kind != "population"]


# "I want my CRC as soon as possible", "working toward the LPC": a credential wished for, in the person's own words.
ASKED_FOR_AFTER = said_first("required", "requirement", "preferred", "only")
POSTING_ASKS = just_before("says", "said", "asks for", "requires", "lists", "wants an?", words=1)
WISHED = just_before(
    "want", "wanna", "hope to", "hoping", "plan to", "planning", "working toward", "going for", words=4
)


def _field_of_a_wanted_credential(lowered, mentions, profile, catalog, update) -> None:
    """A credential wished for that only one specialization leads to (the CRC, the LPC) names that specialization,
    as if said outright; one that several lead to (the CCM, the LCSW) names none."""
    current = list(update.slots.get("interests") or profile.get("interests") or [])
    for mention in mentions:
        if mention.kind not in ("credential", "license") or not WISHED.search(_before(lowered, mention)):
            continue
        if POSTING_ASKS.search(_before(lowered, mention)) or ASKED_FOR_AFTER.search(lowered[mention.end :]):
            continue  # "a hospital CM job I really want says 'LBSW preferred'": what the job asks, not the wish
        leading = [spec for spec in catalog.specializations if mention.code in spec.credentials]
        if len(leading) == 1 and leading[0].name.lower() not in current:
            current.append(leading[0].name.lower())
            update.slots["interests"] = current


PLACES_OF_EVERY_FIELD = {"community", "nonprofit"}  # interests.yml codes: "a community support agency", "a nonprofit"


def _own_work_interests(found, profile, catalog, update) -> None:
    """The fields of one's own work that the profile has no other word for: health-care work is counted by its
    months (healthcare_months), so a hospital or a clinic one works at is not read as a wish; nor is an agency or a
    nonprofit, which every field has: whom one serves and what one does say the field."""
    counted = _counted_by_months(catalog) | PLACES_OF_EVERY_FIELD
    current = list(profile.get("work_interests") or [])
    new = [code for code in found if code not in current and code not in counted]
    if new:
        update.slots["work_interests"] = current + new


# "i work part time helping guys get to the va": the help is the work told, not a wish
WORK_DONE_BY_HELPING = re.compile(r"(?:help|helping|work with|working with)$")


def _wish_cues(lowered: str) -> list:
    """The words that name a wish, leaving out a "helping" that tells what one's own work is."""
    works = [found.end() for found in OWN_WORK.finditer(lowered)]
    return [
        cue
        for cue in INTEREST_CUE.finditer(lowered)
        if not (
            WORK_DONE_BY_HELPING.search(cue.group(0))
            and any(end <= cue.start() and len(lowered[end : cue.start()].split()) <= 3 for end in works)
        )
    ]


def _told_work(lowered: str) -> List[str]:
    """The words that tell one's own work ("i work home care aide seven years"), each up to the next wish or the end
    of its clause."""
    told = []
    for part in WORK_CLAUSES.split(lowered):
        for work in OWN_WORK.finditer(part):
            wish = INTEREST_CUE.search(part, work.end())
            told.append(part[work.start() : wish.start() if wish else len(part)])
    return [t for t in told if t.strip()]


def _counted_by_months(catalog) -> set:
    """The interests of the work whose months are counted (health care): the places of one's own work, not wishes."""
    return {
        code
        for spec in catalog.specializations
        if "healthcare_months" in spec.signals.get("healthcare_experience", {})
        for code in spec.signals.get("interest", {})
    }


# "used my GI Bill to get a bachelors", "took out loans to finish my MSW": a past means to a degree that was got
PAID_FOR_AND_GOT = re.compile(
    r"\b(?:used|took out|took|went on)\s+(?:my|the|his|her|some)?\s*(?:[\w'-]+\s+){0,3}to\s+"
    r"(?:get|earn|finish|pay for|do)\s+(?:an?\s+|my\s+|the\s+)?$"
)


def _said_as_held(lowered: str, mention: Mention, cues_before: tuple, cues_after: tuple) -> bool:
    """A degree or level said as held: not negated, and no cue just before it (wanted, begun, a place) or just after
    it (still underway, a job's name)."""
    before, after = _before(lowered, mention, 60), lowered[mention.end : mention.end + 20]
    if PAID_FOR_AND_GOT.search(before):
        return not _negated(lowered, mention)  # "used my GI Bill to get a bachelor's": got, not wanted
    return (
        not _negated(lowered, mention)
        and not any(cue.search(before) for cue in cues_before)
        and not any(cue.search(after) for cue in cues_after)
    )


# texting's "rn" for "right now" ("applying to colleges rn", "so confused rn"): lower case, ending a clause, after a
# verb in -ing or a word no nurse is named by; "an rn", "er rn", "bsn rn" stay the licence
RIGHT_NOW = re.compile(
    r"(?:\b(?!nursing\b)\w+ing|\b(?:colleges?|school|classes|broke|stuck|confused|lost"
    r"|freshman|sophomore|junior|senior)"  # "hs diploma. sophomore rn (not the nurse kind lol)"
    # "we're at lejeune rn (lol not that kind of rn)": where one is, right now
    r"|\b(?:at|in)\s+(?:the\s+)?(?!(?:an?|the|my)\b)\w+(?:\s+(?!(?:as|an?|the|my)\b)\w+){0,3}|\bkind of"
    # "hs, just prereqs rn": what one is doing right now
    r"|\bprereq\w*|\bprerequisites|\b(?:just|only)\s+(?!(?:an?|the|my)\b)\w+s)\W+$"
)
CLAUSE_END = re.compile(r"\s*(?:[.,!?;()]|$|\b(?:lol|lmao|tbh|ngl|and|but|so|because|cause|cuz)\b)")


def spoken_prn(text: str, start: int, end: int) -> bool:
    """Is the "r n" at text[start:end] the end of "p r n" (per diem work said letter by letter), not the licence?"""
    return bool(re.fullmatch(r"(?i)r\W{0,2}n", text[start:end]) and re.search(r"(?i)\bp\W{1,2}$", text[:start]))


def means_right_now(text: str, start: int, end: int) -> bool:
    """Is the "rn" at text[start:end] texting's "right now" rather than the licence?"""
    if text[start:end] == "rn" and SAID_TO_MEAN_RIGHT_NOW.search(text):
        return True  # "(rn as in right now, not a nurse lol)": said outright
    if text[start:end] == "rn" and SENTENCE_START.search(text[:start]) and NOW_I_AM.match(text, end):
        return True  # "lol. rn im a bht at a psych hospital": right now, what one does
    return (
        text[start:end] == "rn"
        and bool(CLAUSE_END.match(text, end))
        and bool(RIGHT_NOW.search(text[max(0, start - 45) : start]))
    )


SENTENCE_START = re.compile(r"(?:^|[.!?]\s*)\W*$")
NOW_I_AM = re.compile(r"\W*(?:i'?m|im|i am|i work|i'?m working|im working|working|i do|i'?m doing|doing)\b")
SAID_TO_MEAN_RIGHT_NOW = re.compile(r"\brn\W+(?:as in|=|meaning|means|i mean|like)\W+right now\b")


MONEY_COUNSELLING_BEFORE = re.compile(
    r"\b(?:retirement|financial|finance|(?<!\d )credit|debt|budget|investment|mortgage|tax)\s+$", re.IGNORECASE
)


def mentions_from_entities(
    entities: Iterable[Mapping], catalog_codes: Mapping[str, Mapping[str, str]], text: str = ""
) -> List[Mention]:
    """Rasa entities -> Mentions, mapping any alias that synonyms did not canonicalise through catalog_codes[kind]
    (and, given the message's text, leaving out an "rn" that means "right now")."""
    result = []
    for entity in entities:
        kind, value = entity.get("entity"), entity.get("value")
        if kind not in catalog_codes or not isinstance(value, str):
            continue
        start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
        if text and (means_right_now(text, start, end) or spoken_prn(text, start, end)):
            continue
        if text and kind == "degree_field" and MONEY_COUNSELLING_BEFORE.search(text[max(0, start - 20) : start]):
            continue  # "something about retirement counseling", "a financial counselor": money advice, not counselling
        code = catalog_codes[kind].get(value.lower()) or catalog_codes[kind].get(value)
        # a misspelling the entity ruler read by its norm ("socia work"): its pattern's code, if the knowledge has it
        known = entity.get("code")
        code = code or (known if isinstance(known, str) and known in catalog_codes[kind].values() else None)
        if code:
            result.append(Mention(kind, code, start, end))
    taken = [(m.start, m.end) for m in result]
    letters = [
        Mention("education_level", "associate", found.start(), found.end())
        for found in ASSOCIATE_LETTERS.finditer(text or "")
        if "education_level" in catalog_codes and not any(s <= found.start() < e for s, e in taken)
    ]
    return sorted(result + letters, key=lambda m: m.start) if letters else result


# "AS general studies from TCC", "an AA in psychology": an associate degree by its capital letters (lower case,
# "as" and "aa" are other words)
# ("AA" alone, "in AA, sober 10 years", is the fellowship: it names a degree only before its subject or "degree")
ASSOCIATE_LETTERS = re.compile(
    r"(?<![\w.])(?:AA(?=\s+(?:in\b|degree|from\b))|(?:AS|AAS|A\.A\.|A\.S\.|A\.A\.S\.)"
    r"(?=\s*(?:in\b|degree|general|gen\b|from\b|,|\(|$)|\s+(?:[A-Z][a-z]+|nursing|psych\w*|human|social|business|liberal"
    r"|criminal|health|science|arts)\b))(?![\w.]|\.\w)"
)
