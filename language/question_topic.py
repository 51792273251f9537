"""What a question asks (its aspect) about what (its subjects): the one place intents and entities become a topic.

The classifier's intent gives the aspect; a clear cue in the words ("who grants", "how long", "on a normal day")
wins when it points to exactly one other aspect, because compound questions often name two things. The subject
is the first thing named, by kind, in the sentences that ask before those that only tell; a person who tells their
own case and asks of it ("RN, 3 years. Would I take a pay cut?") asks about their case; a question that names
none reuses the last topic when it reads as a follow-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Iterable, Mapping, Optional, Tuple

from knowledge.schema import SPECIALIZATIONS
from language.asking import HOW_IT_IS_AHEAD, SENTENCES, asking_clauses, asking_part, asking_spans, asks_what_it_is


@dataclass(frozen=True)
class Topic:
    aspect: str
    subjects: Tuple[str, ...]  # codes; empty = ask which; ("me",) = the person's own case
    context: str = ""  # where an unnamed subject came from: LAST (the last topic) or PLAN (the person's plan)
    about: str = ""  # the certification the person's own case is asked of: "am I eligible for the CCM?"

    @property
    def slot(self) -> str:
        """The last_topic value: 'aspect:subject' (subjects joined by '+'), and '/certification' when the person's
        own case is asked of one ('requirements:me/CCM'), so that a follow-up stays on it."""
        return f"{self.aspect}:{'+'.join(self.subjects)}" + (f"/{self.about}" if self.about else "")


INTENT_ASPECT: Dict[str, str] = {
    "ask_what_is": "what_is",
    "ask_issuer": "issuer",
    "ask_exam": "exam",
    "ask_cost": "cost",
    "ask_duration": "duration",
    "ask_eligibility": "requirements",
    "ask_licensure": "requirements",  # "do I need a licence?" asks what it takes
    "ask_experience": "requirements",
    "ask_education": "degree",
    "ask_salary": "salary",
    "ask_employers": "setting",
    "ask_day_to_day": "day_to_day",
    "ask_difference_therapist": "difference",
    "compare": "difference",
}
# The intent that asks each aspect, for a message whose words ask it but whose intent the classifier heard elsewhere.
ASKED_INTENT: Dict[str, str] = {
    "what_is": "ask_what_is",
    "issuer": "ask_issuer",
    "exam": "ask_exam",
    "cost": "ask_cost",
    "duration": "ask_duration",
    "requirements": "ask_eligibility",
    "degree": "ask_education",
    "salary": "ask_salary",
    "setting": "ask_employers",
    "day_to_day": "ask_day_to_day",
    "difference": "compare",
}
# "how many questions are on the NCE and how many of them count": the exam itself, whatever else it asks
EXAM_ITSELF = re.compile(
    r"\bhow many (?:questions|q'?s)\b|\bpassing score\b"
    # "for the CRC exam, how long is it": the exam's own length
    r"|\b(?:exam|test)\b[^.!]{0,12}\bhow long is it\b|\bhow long is (?:the|that) (?:[\w-]+ )?(?:exam|test)\b"
    # "crc exam format?", "heard the ACM has a simulation part?? whats the format"
    r"|\b(?:exam|test) format\b|\bwhat'?s the format\b|\bformat of (?:the|that|it)\b|\bsimulation\b"
    # "the acm test has two parts right? what are they"; "is it like any time you want or only certain months"
    r"|\b(?:exam|test) (?:has|have) (?:two|2|three|3|several|multiple) (?:parts|sections)\b"
    r"|\b(?:any ?time you want|certain months|testing windows?|exam windows?)\b",
    re.IGNORECASE,
)
# "is the ACM a license or a certification?", "is that a degree, a license, or a test?": which kind of thing it is
_KIND_OF_THING = r"(?:degrees?|licen[cs]es?|certifications?|certs?|credentials?|tests?|exams?|class|job)"
WHAT_KIND_OF_THING = re.compile(
    rf"\b(?:is|are) (?:that|it|this|the [\w-]+|an? [\w-]+) (?:an? )?{_KIND_OF_THING}\W+"
    rf"(?:(?:or )?(?:an? )?{_KIND_OF_THING}\W+)*or (?:an? )?(?:{_KIND_OF_THING}|something else)\b",
    re.IGNORECASE,
)
# "can an LVN do case management or does it have to be an RN": who may
WHO_MAY = re.compile(
    r"\bor (does|do|would|will|must) (it|they|you|that|the job) (have|need) to be\b"
    # "can social workers sit for it too, or is it nurses only?", "or is that one just for nurses?"
    r"|\bor (is|are) (it|that|that one|this|they|those) (just |only )?(for )?(nurses|rns|social workers|counselors)"
    r"( only)?\b"
    # "is the CCM realistic for someone who isn't a nurse or an LCSW?": who may hold it
    r"|\b(realistic|possible|doable|an option|open|available) (for|to) (someone|somebody|anyone|people|a person)"
    r" (who|that|with|without)\b",
    re.IGNORECASE,
)
# "do you need supervised hours for the lmsw or is it just the exam": what it takes besides the exam
JUST_THE_EXAM = re.compile(r"\bor is it (just|only) (the|an?) (exam|test)\b", re.IGNORECASE)
# "besides the degree, what else do you need? an exam, supervised hours?": everything it takes
# "what's needed besides the master's? supervised hours, an exam, anything else?", "all the steps to get an LSW"
EVERYTHING_IT_TAKES = (
    r"\bwhat else (do|does|would|will) (i|you|u|one|someone) need\b|\b(what'?s|whats|what is) needed\b"
    r"|\b(all )?the steps (to|for)\b"
)
# "what do i need to become a voc rehab counselor ... do i need a masters", "ACM-SW requirements? is my BSW enough":
# all it takes is asked first, a degree only after
REQUIREMENTS_FIRST = re.compile(
    r"^\W*(?:(?:um+|uh+|so|ok|okay)\W+)*(?:what (?:do|does|would|will) (?:i|you|someone|one) (?:\w+ )?need to "
    r"(?:become|be|get|do)\b|[\w-]+(?:\s+[\w-]+){0,2}\s+(?:requirements|reqs|eligibility|elig)\s*\?"
    # "requirements for CMGT-BC? is a BSN required or is my ADN ok"
    r"|(?:requirements|reqs|eligibility) (?:for|of) (?:the )?[\w-]+(?:\s+[\w-]+){0,2}\s*\?)",
    re.IGNORECASE,
)
# "what do you need for the ACM-SW, does a BSW count or do you need the MSW": all it takes for the credential named next
NEEDED_FOR = re.compile(
    r"^\W*(?:(?:um+|uh+|so|ok|okay)\W+)*what (?:do|does|would) (?:i|you|u|someone|one) need for (?:the )?$", re.I
)
A_ROLE_AFTER = re.compile(r"\s*(?:case manager|cm|care coordinator|case management|navigator)", re.IGNORECASE)
ANY_CERTIFICATION = re.compile(r"\b(?:an?|any|which|what) (?:case management |cm )?(?:certifications?|certs?)\b", re.I)
WHAT_ELSE = re.compile(
    EVERYTHING_IT_TAKES + r"|\banything else\b|\bneed (besides|other than|apart from|aside from|on top of)\b",
    re.IGNORECASE,
)
# "a bachelor's in any field", "a master's in counseling": a degree named by its subject
A_DEGREE_IN = re.compile(r"\b(?:bachelor'?s|master'?s|bachelors|masters|degree|ba|bs|ma|ms)\s+in\s+\w+", re.I)
# "do you need a b s w for the l s w", "a bsn to sit for the ancc cert": a credential sought, whose degree is asked
SOUGHT = re.compile(
    r"\b(?:for|to get|to sit(?: for)?|to take|towards?|to apply for)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE
)
# "is a human services degree enough for the ccm": the degree named is the one weighed
DEGREE_WEIGHED = re.compile(
    r"\b(?:degree|bachelor'?s|masters?|master'?s|b[as]|m[as]) (?:in [\w ]{1,25} )?(?:be )?"
    r"(?:enough|good enough|counts? as)\b",
    re.IGNORECASE,
)
# "what does a case manager at a place like that do all day": the place just told of
PLACE_NOT_WANTED = re.compile(
    r"\b(?:(?:don'?t|dont|do not|never|no longer) (?:\w+ )?(?:want|wanna)|can'?t|cannot) (?:to )?(?:go back to )?"
    r"(?:work(?:ing)? )?(?:in|at|for) (?:an? |the )?(?:\w+ )?(?:hospital|clinic|insurance|nursing home|school|agency)",
    re.IGNORECASE,
)
# "Can I do case management without ever working in a hospital?"
WITHOUT_A_PLACE = re.compile(
    r"\bdo (?:case management|cm)\b[^.?!]{0,20}?\bwithout (?:ever )?(?:working|being|going) (?:in|at|for) "
    r"(?:an? |the )?((?:\w+ )?(?:hospitals?|clinics?|nursing homes?|schools?|insurance))\b",
    re.IGNORECASE,
)


def _setting_at(mentions, start: int) -> Optional[str]:
    """The setting mentioned where the words start ("a hospital"), or a word after ("a big hospital"), if any."""
    return next(
        (
            code
            for kind, code, first, end in _placed(mentions)
            if kind == "setting" and first <= start + 12 and start <= end
        ),
        None,
    )


# "how long does it take to become a case manager if i'm starting from nothing": anyone's way from nothing, asked
# in general words (not "how long would it take me")
ANYONES_WAY = re.compile(
    r"\bhow long does it (?:usually |normally |typically |really )?take to (?:become|be|get)\b"
    r"(?=.*\bstart(?:ing)? (?:from|with) (?:zero|nothing|scratch)\b)",
    re.IGNORECASE,
)
# "what does a nurse case manager actually do that's different from floor nursing": the work's days, the floor only
# what the asker knows
AGAINST_FLOOR_NURSING = re.compile(
    r"\b(?:compared? (?:to|with)|different (?:from|than)|vs\.?|versus|instead of) (?:the )?(?:floor|bedside)\b", re.I
)
# "What would my days actually look like compared to now?": one's days against one's own work now
AGAINST_NOW = re.compile(
    r"\b(?:compared? (?:to|with)|different (?:from|than)|vs\.?|versus)"
    r" (?:now|today|what i do now|my (?:current )?job)\b",
    re.I,
)
MY_DAYS = re.compile(r"\bmy (?:days?|work ?days?|daily)\b", re.I)
# "where else could I work as a case manager with my RN": the places open to the asker
WHERE_ELSE_MAY_I_WORK = re.compile(r"\bwhere else (?:could|can|would|might|should) i (?:\w+ )?work\b", re.IGNORECASE)
# "I'm an LPC and I really don't want to work in a hospital. Where could I do case management?": after their story
WHERE_MAY_I_DO_IT = re.compile(
    r"\bwhere (?:else )?(?:could|can|would|might|should) i (?:still )?(?:do case management|do cm|be a case manager)\b",
    re.IGNORECASE,
)
# "where do case managers work besides hospitals": a place named only to leave it out
# ("i really don't want to work in a hospital. where else can you be a case manager": a case manager, anyone)
OTHER_THAN_A_PLACE = re.compile(
    r"\b(?:besides|other than|except|apart from|outside of|aside from)\b"
    r"|\bwhere else (?:can|could|do|would) (?:(?:you|one|people) (?:be an? case manager|do case management)"
    r"|(?:an? case manager|case managers) (?:work|get hired|be hired))\b",
    re.IGNORECASE,
)
PLACE_REFERRED = re.compile(
    # ("a place like this" is where the asker is: "rural eastern oregon... where do case managers work in a place
    # like this?")
    r"\b(?:a place|places|somewhere|an? (?:agency|company|employer)) like (?:that|them)\b"
    r"|\bthat (?:kind|type|sort) of (?:place|agency|setting|employer)\b|\bwork(?:ing)? there\b"
    # "a recruiter called about a telephonic CM job with a health insurer. what would a day in that job look like"
    r"|\b(?:in|at|for) (?:that|this) (?:job|role|position)\b",
    re.IGNORECASE,
)
# "is that normal pay for this job or am I getting robbed": the usual pay of the job told, not the asker's own
USUAL_PAY = re.compile(r"\b(?:normal|typical|average|usual|standard|fair|going rate|market rate)\b", re.IGNORECASE)
# "what do you need to sit for the CDMS": what it takes to be let in to the exam
NEEDED_TO_SIT = re.compile(
    r"\bneed(?:ed)? (?:\w+ )?(?:to|before (?:you|i) can) (?:sit|take|apply)\b"
    r"|\bneed to do to (?:get|earn|become|sit)\b"  # "what does she need to do to get her LSW"
    r"|\bbe able to (?:sit|apply)\b",  # "would i be able to sit for the see see em"
    re.IGNORECASE,
)
# "can you sit for the CRC exam while you're still in the master's program, or only after you graduate?"
SITTING_WHILE = re.compile(
    r"\b(?:sit|take|apply)\b[^?.]{0,40}\b(?:while (?:you'?re|i'?m|still)|before (?:you|i) (?:graduate|finish)"
    r"|before graduating|only after (?:you|i) graduate)\b",
    re.IGNORECASE,
)
# "do hospitals hire case managers who only have a degree, or do they insist on a license?": what employers require,
# though hiring is named
INSISTS = re.compile(r"\bor (?:do|does|would|will) (?:they|it|you) (?:insist on|require|demand)\b", re.IGNORECASE)
STILL_NEEDED = re.compile(
    r"\bwhat (?:do|does|would|will) (?:i|you|u|she|he|they) (?:\w+ )?need\b|\bwhat(?:'s| is) (?:\w+ )?required\b", re.I
)
WHICH_DEGREE_FASTEST = re.compile(
    r"\b(?:which|what) (?:\w+ )?degrees?\b[^?.]{0,60}\b(?:fastest|quickest|soonest)\b", re.IGNORECASE
)
HOW_LONG = re.compile(r"\bhow (?:long|soon|many (?:months|years))\b", re.IGNORECASE)
MORE_MONEY = re.compile(r"\bmore \$+|\bmore money\b|\bpays? more\b", re.IGNORECASE)
# "which exam do I take", "what test would I sit": which exam is the asker's own question, not a named credential's
WHICH_EXAM = re.compile(r"\b(?:which|what) (?:\w+ ){0,3}?(?:exams?|tests?)\b", re.IGNORECASE)
# "which of those is the group that actually gives you the certification": who issues it, among things compared
GIVES_IT = re.compile(
    r"\b(?:group|organi[sz]ation|body|board|company|one|agency) (?:that|who|which) (?:actually |really )?"
    r"(?:gives|grants|issues|awards|runs|hands out|certifies)\b"
    # "who is in charge of the LSW in Ohio?", "which org runs the ACM exam?", "does ASWB give me my LSW or is that the
    # state?"
    r"|\bwho(?:'s| is) in charge of\b|\bwhich (?:org|organi[sz]ation|group|body|board|agency) (?:runs|gives|grants"
    r"|issues|awards|hands out)\b"
    r"|\bgives? (?:me|you|us) (?:my|your|our|the) [\w -]{2,20}?\bor is (?:that|it) the state\b",
    re.IGNORECASE,
)
# "is the ACM from ACMA or CMSA?": a certifying body named as where a credential comes from
FROM_A_BODY = re.compile(r"\b(?:from|through|by)\s+(?:the\s+)?$", re.IGNORECASE)
# the thing in "what X actually is": not an aspect of one ("wondering what the fee really is" asks its price)
_A_THING = (
    r" (?!(?:the |an? )?(?:fees?|costs?|price|pay|salary|exam|test|deadline|difference|requirements?|rules?|process"
    r"|timeline|catch|cutoff)\b)(an? |the )?[\w -]{2,40}? "
)
CUES: Dict[str, str] = {
    "issuer": r"\bwho (actually |really |even |exactly )?(grants|issues|awards|gives|offers|runs|certifies|administers"
    r"|sets|hands out|hands)\b"
    r"|\bissu(ed|es|ing) (by|it)|\b(grant|issu|award)\w* (the|it|this)\b"
    r"|\bwhich (state )?(organi[sz]ation|body|board|agency)\b|\bwho is behind\b"
    # "is that license from the state or a national board?"
    r"|\b(from|by) the state or (by )?(a |an |some |the )?(national|private)\b"
    r"|\bwho(?:'s| is) in charge of\b|\bwho (oversees|controls)\b"
    r"|\bwho (decides|determines) (how many|what|whether|if)\b"  # "who decides how many hours i need for my licsw"
    # "is CMSA the one that certifies case managers?" (a body named as the source: FROM_A_BODY, by its mention)
    r"|\bthe one (that|who) (certifies|issues|grants|gives out|runs)\b"
    r"|\b(run|granted|awarded|given out|administered|licensed|certified|issued) by\b|\bwho licen[sc]es\b"
    r"|\bwho(?:'s|s| is) behind\b"
    # "who do i apply to for my lsw", "who do i get my RN license through in nevada"
    r"|\bwho (do|would|should|can) (i|you|we) (actually |even |really |just )?(apply|go|get|register|submit)\b"
    r"[^?.!]{0,30}?\b(to|through|with)\b"
    r"|\bwhere (do|would|should|can) (i|you|we) (actually |even |really |just )?(apply|register|send)"
    r" (for|to get) (my |the |an? )?(\w+ )?(licen[cs]e|lcsw|licsw|lisw|lmsw|lsw|lbsw|lpc|crc|ccm|acm|cdms|rn|cert)"
    r"|\bwho (do|would|should|can) (i|you|we) (actually |even |really |just )?(contact|call|email|reach out to|talk to"
    r"|ask)\b"
    # "where do i apply for the CRC, whats the org called", "who do I send my paperwork to"
    r"|\bwhat(?:'s|s| is) the (org|organi[sz]ation|body|board|group) called\b"
    r"|\bwho (do|would|should|can) (i|you|we) (actually |even )?(send|mail|submit)\b"
    # "Do I apply to ASWB or to the state?": which of two bodies one applies to
    r"|\b(do|would|should|can) (i|you|we) (apply|send (it|my \w+)|register) (to|with) (the )?\w+ or "
    r"(to |with )?the (state|board|\w+)\b"
    # "who do you get your el see ess double u from is it like a national thing or what"
    r"|\bwho (do|would|should|can) (i|you|we) (actually |even )?get (your |my |the |an? )?[\w' -]{1,30}? from\b"
    # a degree's issuer is its programme's accreditor: "who accredits ...", "does the APA accredit ..."
    r"|\baccredited by (who|whom|what)\b"
    r"|\bwho (even )?accredits\b|\b(does|do) (the )?\w+ accredit\b|\baccrediting (body|agency|organi[sz]ation)\b",
    "duration": r"\bhow long\b.*\b(takes?|good for|valid|last)\b|\bhow long (until|till|before|to)\b"
    # "how long is an advanced standing MSW", "how long is a counseling masters": a programme's length
    r"|\bhow long (is|are) (an? |the )?([\w-]+ ){0,3}(programs?|degrees?|masters?|master's|bachelors?|bachelor's|msw"
    r"|bsw|bsn|adn|msn|mrc|bridge)\b"
    # "how long do you have to work as a hospital case manager before you can sit for the acm"
    r"|\bhow long (do|does|would|will) (you|i|one|someone|they) (have|need) to (work|be|practice)\b[^?.]*\bbefore\b"
    # "how long after starting a hospital CM job before you can sit for the ACM"
    r"|\bhow long after\b[^?.]*\bbefore\b"
    r"|\bhow many (months|years|yrs|semesters|sems|terms|quarters|weeks)\b"
    # "how much longer before she can sit for it": the time still to wait
    r"|\bhow much (longer|more time)\b"
    # "adn program length?", "advanced standing msw = 1 yr?": a programme's length
    r"|\b(program|programme|degree|bridge|course) length\b|\blength of (the |an? )?[\w-]+ (program|degree|bridge)\b"
    r"|(=|\bis|\btakes?) (\d+|one|two|three|four|a) (yrs?|years?|semesters?)\W*\?"
    r"|\b(minimum|shortest|least) (amount of )?time\b|\b(quickest|fastest)\b|\bfaster than\b"
    # "rn-to-bsn online, realistic timeline?", "how long is it then"
    r"|\btimeline\b|\btime ?frame\b|\bhow long (is|are|was) (it|that|this|they)\b"
    # "acm needs how much hospital experience? like 1 yr or 2", "the minimum supervised period": time as experience
    r"|\bhow much (\w+ ){0,2}experience\b|\b(minimum|supervised|shortest) (supervised )?period\b"
    # "how much hospital case management time before you can test": experience as a time
    r"|\bhow much (\w+ ){0,3}time\b[^?.]*\bbefore\b"
    r"|\bhow soon\b|\b(earliest|soonest)\b|\bhow (quickly|fast)\b|\bor longer\b|\buntil i\b|\bbefore i (can|could)\b"
    r"|\btakes? (me )?long\b"
    # "i just started as a case manager at the hospital in june when can i take the a c m test": a time asked
    r"|\bwhen (can|could|will|would|do) (i|she|he|they) (take|sit|apply|test|qualify)\b"
    r"|\bhow long is (an? |the )?[\w' -]*\b(program|degree|bridge|school|course|training|supervision)\b"
    # "how long is an msn in case management if you do it part time": a degree's length
    r"|\bhow long (is|are) (an? |the |my )?(msn|bsn|msw|bsw|adn|asn|mrc|masters?|master'?s|bachelors?|bachelor'?s"
    r"|associates?|associate'?s)\b|\bis (that|it) an? (\w+)[- ]year thing\b"
    # "can you finish a BSW in 2 years if ...": whether it can be done in that time
    r"|\b(finish|complete|do|get) (an? |the |my )?[\w' -]+?(?<!\bmake)(?<!\bearn) in (\d+|one|two|three|four|a|an) "
    r"(years?|months?|semesters?)\b",
    "day_to_day": r"\b(normal|typical|average|usual|regular|ordinary) (work ?)?day\b|\bday[- ]to[- ]day\b|\bdaily\b"
    r"|\bday in the life\b|\bwhat(?:'s| is|s) (an? |the )?(work ?)?(day|week|shift) like\b"
    r"|\bon a given day\b|\bon the job\b(?! (?:boards?|postings?|sites?|listings?|ads?))|\ball day\b"
    r"|\bhour (to|by) hour\b|\bwhat fills (their|the|a|my|your|her|his) (shifts?|days?|weeks?|time)\b"
    # "are u mostly in the office or out at job sites w clients?": where the days are spent
    r"|\b(mostly|usually|always|more) (in|at|out (in|at)) (the )?(office|field|job ?sites?|homes?)\b"
    r"|\b(9|nine) ?(to|-) ?(5|five)\b|\bwhat would (i|you|we) (actually |really )?be doing\b"
    # what fills the days: "caseload sizes?", "nothing but paperwork", "more client facing", "mostly at a desk"
    r"|\bcaseloads?\b|(?<!application )(?<!supervision )(?<!licensing )\bpaperwork\b|\bclient[- ]facing\b"
    r"|\b(at|behind) a desk\b|\b(typical|normal) (week|shift)\b"
    # "how much of case management is documentation vs actually working with clients": what the time goes to
    r"|\bhow much of (the |a )?(job|work|day|time|case management|it)\b[^?.]{0,20}\b(is|goes to)\b"
    r"|\b(her|his|their) (job|work|days?) (looks?|is|are)\b"
    # "or is it all phone and computer", "is it all home visits", "ever see patients in person": how the work is done
    r"|\bis it (all|mostly|just) (on the )?(phones?|computers?|calls|emails?|desk|home visits|driving|remote"
    r"|meetings)\b"
    # "is UR at an insurance company all phone and computer? no patients at all?"
    r"|\b(all|mostly|just) (phones?|computers?) and (phones?|computers?)\b|\bno (patients|clients) at all\b"
    r"|\b(see|meet) (patients|clients|people) (face to face|in person)\b"
    r"|\b(my|her|his|their) (job|work|days?|weeks?) (would |will )?(actually |really )?(look|be like)\b"
    # "what she does", "what they actually do": what someone in the role does is the day's work
    r"|\bwhat (she|he|they) (actually |really |usually |even )?(does|do)\b(?! for)"
    r"|\bwhat (are|is) (they|she|he) (actually |really |even )?doing\b"
    # "what does a school case manager do": what a named role does is its work, not a definition
    r"|\bwhat (does|do) (an?|the) [\w' -]+? (actually |really |usually |exactly )?(?<!to )do\b(?! for| to)",
    # "is an msn worth it for case management or overkill": whether a degree pays off
    "degree": r"\b(is|are) (an?|the|my) (msn|bsn|msw|bsw|adn|mrc|masters?|master'?s|bachelors?|bachelor'?s|degree)\b"
    r"[\w' -]*\bworth (it|getting|doing)\b|\bmajor\b|\bwhat (should i|do they|to) study\b|\bwhich degrees?\b"
    # "what should i go to school for if i want to be a case manager"
    r"|\bwhat (should|do|would|could) (i|you) (go to school|go back to school|go to college) for\b"
    # "Is a counseling master's a good route into case management, or is it only for therapists?"
    r"|\b(masters?|master'?s|bachelors?|bachelor'?s|degree|msw|bsw|msn|bsn|major)\b[\w' -]{0,20}?\b(a )?(good|better"
    r"|smart|decent|the best|the right) (route|path|way|pathway|stepping stone)\b"
    r"|\bwhat (kinds? of |types? of |sort of )?degrees?\b"
    # "would I have to get a degree first", "is there a way in without a degree": whether a degree is needed
    r"|\b(get|need|have|earn|require[sd]?) (a |an )?(college |four[- ]year )?degree\b|\bwithout (a |any )?degree\b"
    # "do i have to go to college", "would I need to go back to school": whether (more) school is needed
    r"|\b(have|need) to go (back )?to (college|school)\b"
    # "does the CRC require a master's in rehab counseling": the level of degree it asks for
    r"|\b(need|require[sd]?|have to be) (a |an )?(masters?|master'?s|bachelors?|bachelor'?s|msn|msw|mrc)\b"
    # "is an MSN actually needed for the higher-level jobs": whether a degree is needed
    r"|\b(is|are) (an?|the) (msn|bsn|msw|bsw|adn|mrc|masters?|master'?s|bachelors?|bachelor'?s) (actually |really )?"
    r"(needed|required|necessary)\b"
    # "is cacrep or core accreditation needed for the crc?", "does the program have to be accredited": the degree's
    r"|\baccredit(?:ed|ation)\b[^?.]{0,30}\b(needed|required|necessary|matter|count)s?\b"
    r"|\b(need|needs|have|has) to be (\w+[- ])?accredited\b"
    # "is an adn enough to get hired as a nurse cm?": whether that degree will do
    r"|\b(is|are) (an?|my) (msn|bsn|msw|bsw|adn|asn|mrc|masters?|master'?s|bachelors?|bachelor'?s|associate'?s)"
    r" (\w+ )?enough\b",
    "exam": r"\bexams?\b|\btests?\b|\bsit for\b|\bsits?\b|\bpass rate\b|\bretak(e|ing)\b|\bsimulation\b"
    # the licensing exams by name: "is the NCLEX-PN hard", "the ASWB masters", spoken letter by letter
    r"|\bnclex\b|\bn c l e x\b|\baswb\b|\ba s w b\b"
    # "is it the NCE or the NCMHCE": the counselling exams offered as the choice (a fee for one asks its price)
    r"|\b(nce|ncmhce)\b\W+or\W+(the\W+)?(nce|ncmhce)\b"
    r"|\bwhat(?:'s| is| are)? on the\b|\bwhat (topics|questions) (is |are )?on\b|\bquestions are on\b"
    r"|" + EXAM_ITSELF.pattern,
    "salary": r"\bsalary\b|\bsalaries\b|\bearn\b(?! (a|an|my|the) (degree|bachelor|master|certificat|licen))"
    r"|\bmake (a year|per year|an hour)\b"
    r"|\bpaid\b(?! (work|experience|hours|jobs?|positions?|employment|internships?|for))"
    r"|\bwage|\bincome\b|\bmake (more|less)\b|\b(more|less) money\b"
    r"|\b(do|does|could|would|can|will|did) (an? |the )?[\w' -]+ make\W*$"
    # ("is the LCSW worth it money wise": whether it pays off)
    r"|\bworth it money[- ]?wise\b|\bmoney[- ]?wise\b[^?.]{0,30}\bworth\b"
    r"|(?<!\bi )(?<!\byou )(?<!\bi actually )(?<!\bi really )\bpay\b(?! (for|to|altogether|all in))|\b(a )?raise\b"
    r"|\bpay cut\b"
    # "how is the pay for case managers? is it a rewarding path money-wise": what the work pays
    r"|\b(how|what)(?:'s|s| is| are)? (?:the )?pay (?:for|like|in|of)\b"
    r"|(?<!with )(?<!handling )(?<!counting )(?<!waste of )\bmoney\b(?! is tight)"
    r"|\b(typical|normal|average|usual|median|good|decent|starting|fair|base) pay\b"
    r"|\bhow much (can|could|do|does|will|would) [\w' -]+? make\b"
    # "realistically what could I be making as a case manager"
    # "i make forty two thousand as a case manager ... would getting my m s w bump that up"
    r"|\b(make|making|earn|earning) (about |around |like |only )?[\w ]{1,20}? (thousand|grand)\b[^?.]*\bbump\b"
    r"|\bwhat (could|would|can|will|might|do|does|should) (i|you|they|someone|one|an? [\w-]+|(?:[\w-]+ ){0,2}[\w-]+s) "
    r"(realistically |actually |really )?(be )?(make|making|earn|earning|pull(ing)? in)\b"
    # "offered 38k starting, am I getting lowballed?"
    r"|\blow ?ball|\bunderpaid\b"
    r"|\bmake (?:like |about |around |only |just )*\$?\d{2,3}(?:k|,\d{3})\b"  # "msw social workers only make like 50k"
    r"|\b(offered|offer|starting|start|making|paid|salary of)\W+(me\W+)?(at\W+)?(about |around )?\$?\d{2,3}(k|,\d{3})\b"
    r"|\b\d{2,3}k (starting|to start|a year|per year|salary|base)\b"
    # "the going rate for case managers", "what does one bring home in a year", "barely clear 45k"
    r"|\bmore \$+|\bgoing rate\b|\b(bring|brings|take|takes) home\b|\bclear (about |around )?\$?\d{2,3}(k|,\d{3})",
    "setting": r"\bwhere (else )?(do|does|can|could|would|will)\b.*"
    r"\b(work(s|ing)?|jobs?|end up|get hired|hired|employed)\b"
    # "where else could i be a case manager"
    r"|\bwhere (else )?(can|could|would|might) (i|you|one|someone|they) (be|become) an? (case manager|cm)\b"
    r"|\bare there (any )?(remote|work from home|wfh|virtual|telephonic|hybrid) [\w' -]*?jobs\b"
    # "can you do cm fully from home or is that a myth": whether the work is done from home is where it is done
    r"|\b(fully|completely|totally|entirely|100%) (from home|remote(ly)?)\b"
    r"|\b(work|do (it|cm|case management|this|that)) (from home|remotely)\b"
    r"|\bwho hires\b|\bwho (?:\w+ ){0,3}(?:would|will|might|could|does|do) hire\b"
    r"|\b(do|does) ([\w ]{1,30} )?(companies|hospitals|agencies|insurers|plans|employers) (hire|employ|take on)\b"
    r"|\bwork settings?\b|\bare there [\w' -]*?jobs (in|at|out)\b|\b(any|every|all|which) settings?\b"
    r"|\bwhere (else )?(do|does|can|could|would|will)\b.*\b(do|doing) (case management|care coordination|cm)\b"
    r"|\bwhat (kinds?|types?|sorts?) of (places|employers|settings|agencies|organi[sz]ations|companies)\b"
    # "where should I even be applying?": where to look for the work
    # (not "where do I apply for my LCSW in Texas?": who grants the licence, ISSUER_APPLIED_FOR)
    r"|\bwhere (should|do|can|could|would) (i|you|someone) (even )?(be )?(apply|applying|look|looking)\b"
    r"(?! (for|to get) (my |the |an? )?(\w+ )?(licen[cs]e|lcsw|licsw|lisw|lmsw|lsw|lbsw|lpc|crc|ccm|acm|cdms|rn|cert))"
    r"|\bwhat (kind of )?(settings|employers|places)\b"
    # "can a CRC work in a hospital", "can an RN do case management in a psych setting"
    r"|\bcan (an?|the) [\w' -]+? (work|do [\w' ]+?) (in|at) (an?|the)\b",
    "requirements": r"\bqualif|\beligib|\brequirements?\b|\brequire[sd]?\b|\baccepts?\b|\bonly for\b"
    r"|" + EVERYTHING_IT_TAKES + r"|\breqs?\b|\belig\b"  # "CCM reqs w/ BSN?", "ACM-RN elig"
    # "... it lapsed in 2019 and i also had my c c m back then does any of that still count"
    r"|\b(does|do|would|will) (any of )?(that|this|those|it|them) still count\b"
    r"|\bwhat (do|does|would|will) (i|you|she|he|they|someone) (\w+ )?need to do to (get|earn|become|sit)\b"
    r"|\bwhat (all )?(do|would|will|does) (i|you|u|someone) (\w+ )?need\b"
    r"|\bwhat (all )?goes into (getting|becoming|earning)\b"  # "what all goes into getting the LPC"
    # "does volunteering count toward the hours", "can I sit for it while still in school": what is accepted
    r"|\bcounts? (toward|towards|for)\b|\b(open|closed) to\b"
    r"|\bdo(es)? (the )?(?!that\b|it\b|this\b|those\b)[\w-]+ (still )?count\b"
    r"|\b(can|could) (i|you|someone|one|an? [\w-]+|[\w-]+s) (still )?(sit|apply)\b"
    # "do agencies make case managers have a license, or can you get hired without one?"
    r"|\b(have|need) (an? )?licen[sc]e\b|\bwithout (one|an? licen[sc]e|an? degree|being licen[sc]ed)\b"
    r"|\b(have|need|got) to do to (get|become|be|work as)\b"
    # "what do insurance companies look for when they hire", "or do they insist on a license"
    r"|\blook(ing)? for (in|when)\b|\binsist on\b"
    r"|\b(would|will) (i|you|someone|one) be able to (sit|apply)\b"
    r"|\bwhat (does|would|will) it take to (get|become|be)\b"
    # "do you need supervised hours for the lmsw or is it just the exam": what it takes besides the exam
    r"|\b(do|does|would) (i|you|someone|one) need (\w+ ){0,2}(hours|experience|supervision)\b"
    r"|" + JUST_THE_EXAM.pattern + r"|" + WHO_MAY.pattern +
    # "does the ACM take counselors", "would they accept an LPN", "could I get hired with just that": who is let in
    r"|\b(take|takes|accept|accepts|allow|allows|admit|admits) (\w+ )?(counsel?lors?|nurses?|rns|lpns?|social workers?"
    r"|people|someone|anyone|applicants|candidates|non[- ]?\w+)\b|\b(get|be) hired\b",
    "cost": r"\bfees?\b|\bcosts?\b|\bprice\b|\bhow much (is|does) (it|the \w+)( cost)?\b|\bhow much\W*$"
    r"|\bwhat (does|do|will|would) (an? |the )?[\w' -]{1,40}\brun\b(?! (by|out|for you|a|an|the)\b)"
    r"|\bhow much for\b"  # "how much for the cdms app + exam"
    r"|\bwhat (will|would|do|does) (i|you|one) owe\b"  # "What will I owe to defer or retake?"
    r"|\bhow much to (re)?(sit|take|apply|register|renew|test)\b"  # "how much to sit for the lcsw exam"
    r"|\bhow much (is|are) (an?|the)\b"
    r"|\b(how much|what) (would|will|do|does|did) (i|you|one|someone) (actually |really |end up )?(have to )?pay\b"
    # "roughly what would I spend to get my CCM": what it costs the asker
    r"|\b(what|how much) (would|will|do|does|did|should) (i|you|one|someone) (\w+ )?spend\b"
    # "how much does an ADN usually run": what a programme runs to is its price
    r"|\bhow much (does|do|would|will|did) [\w' -]+? (usually |typically |normally |generally )?(run|go for)\b"
    r"|\btuition\b|\bcheaper\b|\bexpensive\b|\bprice?y\b|\bhow much\W*\$|\$\$"  # "how much $$"
    r"|\b(get|have) (it|this|that|them|school) paid for\b|\bset (me|you|someone) back\b"
    # "what will the masters exam run me", "what's the total to apply and sit for it": what one pays
    r"|\brun (me|you|someone|us)\b|\bwhat'?s the total\b|\bthe total (to|for)\b"
    r"|\bout of pocket\b"
    r"|\bafford\b|\b(cost|price)[- ]?wise\b|\bmoney[- ]?wise\b(?![^?.]{0,30}\bworth\b)(?<!worth it money.wise)"
    # "what would I pay altogether to get my CCM": what one pays
    r"|\bwhat (would|will|do|does|did) (i|you|one|someone) (have to )?pay\b"
    # "what am I going to be paying, including if I fail and have to retake?"
    r"|\bwhat (am|are|is|will|would) (i|we|you|one|someone) (going to |gonna )?(be )?paying\b"
    r"|(?<!in )\bcharg(e|es|ing)\b(?! of| nurse)"  # "does CRCC charge a lot", not "who is in charge of it"
    # "budgeting... is the CCM around $400?": a price asked about (not a salary's "$45k" or "$45,000")
    # "the ccm is 430 right? is the exam included in that or is it extra on top": what the price covers
    r"|\bincluded in (that|the (price|fee|cost))\b|\bextra on top\b|\bon top of (that|the fee)\b"
    r"|\bbudget(ing)?\b|\b(around|about|roughly|like|only|over|under|than|is it|is that)\s+\$\s?\d{1,4}"
    r"(?![\d,k]|\s*(/|an? |per )(hr|hour|year|yr)\b)",
    # "what counts as a community agency", "what does LCSW stand for": what a thing is
    "what_is": r"\bwhat (counts|qualifies) as\b|\bstands? for\b"
    # "Is the CRC the retirement counselor thing or is it for rehab counselors?": which thing it is
    r"|\bis the [\w-]+ (the|a|an) (?!same\b)[\w' -]{1,30}? thing\b"
    r"|\bwhat is it really\b|\bwhat it really is\b"
    # "what is that job exactly", "whats that rehab counselor certification": what the thing just told of is
    r"|\bwhat(?:'s| is|s) that ([\w-]+ ){0,3}?(job|role|work|thing|position|cert\w*|credential|licen[cs]e|degree)\b"
    r"|\bwhat (even )?is (that|this) (job|role|work|thing)\b"
    # "is the ACM a license or a certification?", "what is human services as a major?": what kind of thing it is
    r"|" + WHAT_KIND_OF_THING.pattern + r"|\bwhat(?:'s| is) [\w ]{1,30} as an? (major|degree)\b"
    # "what even is a human services degree, what does it cover", "what does the MRC degree actually involve"
    r"|\bwhat even is\b|\bwhat (does|do) (it|that|this|the [\w-]+ degree) (actually |really )?(cover|involve)s?\b"
    # "what is the accredited case manager thing the hospital ones get"
    r"|\bwhat(?:'s| is|s) (the|an?|that|this) ([\w-]+ ){1,4}thing\b"
    # "what does the ACM after her name mean", "msn meaning", "what IS case management in plain english"
    # "could someone explain what case management actually is?"
    r"|\b(explain|tell me|describe) what" + _A_THING + r"(actually |really |exactly |even )?is\b(?=\W*(\?|$))"
    r"|\bwhat" + _A_THING + r"(actually|really|exactly|even) is\b(?=\W*(\?|$))"
    r"|\bwhat (does|do) (the )?[\w' -]+ mean\b|\bmeaning\W*$|\b(in plain english|in simple terms|in layman'?s terms"
    r"|in (normal|regular|simple|plain) words)\b",
    # "whats the differnce", "the diff": typed fast
    "difference": r"\bdifference\b|\bdif+e?r+[ae]?nce\b|\bthe diff\b|\bdiffer\b|\b(vs|versus)\b"
    r"|\bcompared? (to|with)\b"
    r"|\bsame (thing |level |license |licence )?as\b"
    r"|\bhow different\b|\bdifferent (from|than)\b"
    r"|\bwhat'?s (actually |really |even )?different\b|\bwhat is (actually |really )?different\b"
    r"|\bhow (are|is) (they|them|these|those|the two|both) different\b"
    # "lmsw -> lcsw: what actually changes besides two letters"
    r"|\bwhat (actually |really )?changes\b"
    r"|\bare (they|these|those|the two|both) (really |just |basically )?the same( thing)?\b"
    # "what separates them", "what can you do with an MSW that you can't with a BSW"
    r"|\b(separates?|sets?) (them|the two|these|those)( apart)?\b|\bthat (you|i|one) can'?t (do )?with\b"
    # "what separates an LMSW from an LCSW", "what can an RN case manager do that i cant"
    r"|\bseparates? (an? |the )?[\w-]+ from\b|\bdo that (i|you) can'?t\b"
    # "should i major in psych or social work if i want to be a case manager", "I'm picking a major: psychology or
    # social work?": two majors weighed
    r"|\bshould (i|my \w+|he|she|they) (major|minor|study) in [\w' -]{1,25}? or\b"
    r"|\bpicking a major\W+[\w' -]{1,25}? or\b",
}
# How sure the aspect reader must be to overrule the intent, chosen leave-one-writer-out
# (evaluation/quality/aspect_lowo.py, docs/nlu-tuning.md).
LEARNED_SURE = 0.5
# Aspects of case management work in general: after a story, "where do case managers work" is about the work.
ABOUT_THE_WORK = ("setting", "salary", "day_to_day")
FEE_WORDS = re.compile(r"\b(?:fees?|charges?|costs?|price|paying)\b", re.IGNORECASE)
# "how soon can I retake it", "how soon can you sit it again": the exam's retake rule
RETAKE = re.compile(r"\bretak(e|ing)\b|\b(try|sit|test) (it )?again\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|ive|me|my)\b", re.IGNORECASE)
# "do I need a degree to be a case manager" asks the rule for anyone, not about the person's own case
ANYONE = re.compile(
    r"\bdo i (need|have)\b.*\bto (be|become|do|work)\b|\bwhat do i need to (be|become)\b", re.IGNORECASE
)
# the whole of a path's cost for the asker: "if I do the bridge and then the CCM, what would all that cost me"
OWN_TOTAL = re.compile(
    r"\b(all (of )?(that|this)|the whole (thing|path|route)|all in|total|and then|with what i (have|got)"
    r"|with my background|from where i am|add(?:ing)? (?:it|everything|it all|all of it) up)\b",
    re.IGNORECASE,
)
# "do i need to go back for a bachelors to do case management": more school for the asker is their own case
BACK_TO_SCHOOL = re.compile(r"\b(go|going|head|get) back (to school|to college|for)\b|\breturn to school\b", re.I)
# "ACM or the ANCC's", "MRC vs a regular counseling master's": what joins two things weighed against each other
JOINED_FOR_COMPARISON = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:or|vs\.?|versus|compared (?:to|with)|against|different (?:from|than))\W+"
    r"(?:(?:an?|the|a regular|regular)\W+)?",
    re.IGNORECASE,
)
# ("the difference between getting an a d n and a b s n": what one would get)
BETWEEN = re.compile(
    r"\b(?:between|separates?)\s+(?:(?:getting|doing|having|earning)\s+)?(?:an?\s+|the\s+)?$", re.IGNORECASE
)
AND_OR_FROM = re.compile(r"\s+(?:and|from)\s+(?:(?:getting|doing|having|earning)\s+)?(?:an?\s+|the\s+)?", re.IGNORECASE)
# "an LPN to RN bridge", "from an LMSW to an LCSW": the second is where the question leads
# "lmsw here, how many years before i can go for the lcsw": what is named after it is where the question leads
LEADS_TO = re.compile(r"\b(before|until|till) (i|you) can (go for|get|apply for|sit for|take|become)\b", re.IGNORECASE)
TOWARDS = re.compile(
    r"\bbridge\b|\bfrom\s+(?:(?:an?|the|my)\s+)?[\w-]+\s+to\b"
    # "how long does it take for an l p n to become an r n"
    r"|\bfor\s+(?:an?|the|my)\s+[\w -]{2,8}?\s+to\s+(?:become|be|get)\b",
    re.IGNORECASE,
)
COMPARATIVE = re.compile(r"\bwhich\b|\b(better|worse|more|less|easier|harder|faster|cheaper)\b|\b\w+er than\b", re.I)
FOLLOW_UP = re.compile(r"^\s*(and|what about|how about|also)\b|\b(it|its|that|this|them|they|one)\b", re.IGNORECASE)


def _follows_up(text: str) -> bool:
    """Whether a question refers back ("and for the ACM?", "does it need a licence?"), unless its "it" comes after
    case management is named ("do I have to be a nurse to be a case manager or can you do it with something else")."""
    found = FOLLOW_UP.search(text)
    named = CASE_MANAGEMENT_WORDS.search(text)
    return bool(found) and not (named and named.start() < found.start())


# the order in which a named thing becomes the subject: "can an LPN get the CCM?" is about the CCM
SUBJECT_KINDS = ("credential", "license", "specialization", "degree", "degree_field", "setting")
DEGREE_KINDS = ("degree", "degree_field")
# aspects that have no answer for the person's own case: "tell me what a CM is" is the general question
NOT_PERSONAL = {"what_is", "issuer", "difference"}
# "how long would it take me to become an RN case manager": the asker's own way to a role
A_ROLE_FOR_ME = re.compile(
    r"\b(take me|for me|before i'?m|until i'?m|till i'?m|i (could|can|would) )[\w' -]{0,25}\b(become|be|work as) "
    r"(an? )?[\w' -]{0,30}case manager\b",
    re.IGNORECASE,
)
REFERS_BACK = re.compile(r"\b(that|this|these|those|it|its|them)\b", re.IGNORECASE)
MY_DAYS = re.compile(r"\bmy (?:actual |typical |normal |whole |everyday )?(?:work ?)?(?:days?|weeks?|job|work)\b", re.I)
# what a person asks of their own path to a kind of work ("how long before I'm a nurse case manager?")
OWN_PATH = ("duration", "cost", "requirements")
# "am I eligible for the CCM?", "how long till I can sit for the ACM?", "can I get the CDMS if...": the asker's own
# eligibility for a certification, whose answer depends on who asks (the writers' convention for `me`)
OWN_ELIGIBILITY = re.compile(
    r"\b(?:can|could|may) i (?:still |even |actually |ever )?(?:get|sit|take|apply|qualify|do|go for|earn|hold)\b"
    r"|\b(?:am|will|would) i (?:still |even |actually |really )?(?:be )?(?:el+ig[ai]ble|qualified|able to)\b"
    r"|\b(?:will|would|do|could) i (?:still |even |actually |really )?(?:qualify|meet)\b"
    r"|\b(?:until|till|til|before) (?:i|im|i'm|i'd|id)(?: am| can| could| will| would)? (?:be )?"
    r"(?:eligible|eligable|able|sit|take|apply|get|go for|qualify|hold|earn|become"
    r"|have(?! to (?:renew|recertify|retake)))\b"
    r"|\bwhen (?:can|could|will) i\b|\boff limits for me\b"
    # "earliest i could have my lcsw?", "when's the soonest I could get the clinical LMSW?"
    r"|\b(?:earliest|soonest) (?:i|id|i'd) (?:could|can|would|will)\b"
    # "how many years would it take me to become a CRC", "any way im eligible for the ccm??"
    r"|\b(?:would|will|does|did) it take me\b|\b(?:i'?m|im|i am|i'?d be|id be) (?:even |still )?el+ig[ai]ble\b"
    r"|\b(?:until|till|before) (?:i|she|he) (?:can|could) (?:sit|take|apply|qualify|be an?)\b"
    # "does my job count toward the CCM or am I starting from zero?" ("am I close": AM_I_CLOSE)
    r"|\bdoes my (?:job|work|experience|time|position|role) count\b|\bstarting from (?:zero|scratch)\b"
    # "Do those years count toward the experience I need for the CCM?", "does any of my peer work count toward ccm
    # experience?", "Does that qualify me for the CCM?", "can i use the degree for the ccm instead of my license?"
    # (not "does a psychology degree count for the ccm?", anyone's)
    r"|\b(?:does|do|would|will|can|could) (?:any of )?(?:that|this|those|these|it|my\b[\w' ]{0,30}?"
    r"|(?:the|that|those|this) (?!(?:ccm|acm|crc|cdms|cmgt|lcsw|lmsw|lsw|lpc|board|commission)\b)"
    r"(?:old |previous |earlier )?[\w']+(?: [\w']+)?) (?:still |even |actually )?count\b"
    r"|\bqualif(?:y|ies) me\b|\bcan i use (?:the|my|that|this|it)\b",
    re.IGNORECASE,
)
# "someone like me", "with my background", "in my situation", "as things stand": the asker's own case, whatever it names
LIKE_ME = re.compile(
    r"\b(?:some(?:one|body)|a person|people) like me\b|\b(?:with|given) my (?:background|situation|history)\b"
    r"|\bin my (?:situation|shoes|position|case)\b|\bas things stand\b",
    re.IGNORECASE,
)
TELLS_OF_ONESELF = re.compile(r"\b(?:i have|i'?ve|i'?m|im|i am|i was|i work|my)\b", re.IGNORECASE)
HOSPITAL_SETTING = "hospitals"  # interests.yml: the setting "hospitals and health systems"
# "qualify for", "eligible": whether someone may apply, whatever degree is named (writers: 10 of 13 such questions)
QUALIFY = re.compile(r"\bqualif(?:y|ies|ied)\b|\bel+ig[ai]ble\b|\beligibility\b", re.IGNORECASE)
ELIGIBLE_FOR = re.compile(r"\bel+ig[ai]ble (?:for|to (?:get|apply for|sit for|take)) (?:the |an? |my )?$", re.I)
# "who accredits social work programs?": a programme's accreditor; "is that license issued by the state?": the one told
ACCREDITS = re.compile(r"\baccredit\w*", re.IGNORECASE)
THAT_CREDENTIAL = re.compile(r"\b(?:that|this|the|such an?) (?:licen[cs]e|certification|cert|credential)\b", re.I)
# "who hires certified rehab counselors": the people who hold the CRC, whatever is asked of them
CERTIFIED_REHAB_COUNSELORS = re.compile(
    r"\bcertified (?:voc(?:ational)? )?rehab(?:ilitation)? counsel(?:or|ors)\b", re.I
)
# "rehab counselors": the people who hold the CRC, not the specialization
REHAB_COUNSELORS = re.compile(r"\b(?:voc(?:ational)? )?rehab(?:ilitation)? counsel(?:or|ors)\b", re.IGNORECASE)
# "to be a case manager", "to become a case manager": the job, with nothing told of oneself
A_DEGREE_REQUIRED = re.compile(
    r"^\W*(?:(?:so|ok|okay|um+)\W+)*is (?:an? |the )?(?:[\w'-]+ ){0,5}?(?:degree|masters?|master'?s|bachelors?"
    r"|bachelor'?s|msw|bsw|bsn|adn|msn)\b(?: [\w'-]+){0,4}? (?:basically |really |actually |even |still )?"
    r"(?:required|needed|necessary|a must)\b",
    re.IGNORECASE,
)
# "What does it cost to get licensed as a mental health counselor in New York?": the counsellor's licence
LICENSED_AS_A_COUNSELLOR = re.compile(
    r"\blicen[sc]ed as an? (?:(?:mental health|professional|clinical|licensed)\s+)*counsell?or\b", re.IGNORECASE
)
# "who licenses counselors in texas, is it the same board as the social workers": the counsellor's licence too
WHO_LICENSES_COUNSELLORS = re.compile(
    r"\bwho (?:licen[sc]es|regulates) (?:(?:mental health|professional)\s+)?counsell?ors\b", re.IGNORECASE
)
BECOME_A_NURSE = re.compile(r"\b(?:become|becoming)\s+an?\s+(?:registered\s+)?nurse\b(?!\s+case)", re.IGNORECASE)
GOING_INTO = re.compile(
    r"\bif (?:i|you) (?:(?:go|get|move|switch|went|got|moved|switched) (?:in)?to|do|did|pick|choose|go with)\b", re.I
)
GOING_TO = re.compile(r"\b(?:i'?m|im|i am) (?:gonna|going to)\b", re.IGNORECASE)
WANTS_THE_JOB = re.compile(r"\b(?:to|wanna|gonna) (?:be|become|work as) an? case manager\b", re.IGNORECASE)
# "am I close to being able to sit for any case manager certification?": how near the asker is
AM_I_CLOSE = re.compile(
    # "do my years of full-time ICU nursing count toward any of these?": how far their own years take them
    r"\bam i (?:close|near|anywhere near|getting close)\b|\bdo my (?:years|months|hours) of [\w' -]{1,40}?count\b",
    re.IGNORECASE,
)
# aspects that have no general answer: without a subject they need one
NEEDS_SUBJECT = {"issuer", "exam", "cost", "duration"}
ME = "me"
GENERAL = "case_management"
LAST, PLAN = "last", "plan"
# "what are the requirements?" in the middle of a talk about the CCM is about the CCM, as the aspects that have no
# general answer are; a question that says "case managers" asks about case management itself
USES_CONTEXT = NEEDS_SUBJECT | {"requirements"}
CASE_MANAGEMENT_WORDS = re.compile(r"case manag|\bcms?\b|care coordinat", re.IGNORECASE)
# "do hospitals really want 2 years of acute care", "what degrees do community agencies look for": the setting that
# hires is what the question is about, whatever else it names
EMPLOYS = re.compile(
    r"^(?:\s+(?:agenc(?:y|ies)|compan(?:y|ies)|organi[sz]ations?|systems?|centers?|carriers?|plans?))?\s+"
    r"(?:really |usually |actually |typically |generally |even |always |ever )?"
    r"(?:wants?|requires?|looks? for|makes?|hires?|expects?|prefers?|asks? for|needs?|pays?)\b"
    # "do hospital case managers in new jersey have to be RNs": what the setting asks of its case managers
    r"|^\s+case managers?(?:\s+in\s+[a-z ]{2,20}?)?\s+(?:have to|need to|must) be\b",
    re.IGNORECASE,
)
# "whats an MSW exactly", "so what is case management actually": asking what a thing is, in one short clause
DEFINITION = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|but|wait|honestly|like)\W+)?"
    r"(?:what'?s|whats|what (?:exactly |actually |even )?(?:is|are))\s+(?:an?\s+|the\s+)?"
    + HOW_IT_IS_AHEAD
    + r"[\w'-]+(?:\s+[\w'-]+){0,2}?(?:\s+(?:exactly|actually|really|even|anyway))?\W*$",
    re.IGNORECASE,
)
WH_FIRST = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|also|like)\W+)?(?:what|what's|whats|how|who|which|why|where|when)\b", re.I
)
# "What is social work case management here in the US, is it the same kind of job?": a definition asked, then guessed at
WHAT_IS_FIRST = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|also|like)\W+)?(?:what is|what's|whats|what are)\s+"
    # "whats the day like for a case manager", "whats actually different between them": not a definition
    r"(?!.*\b(?:like|different|difference|best|fastest|easiest|quickest|process|next|first|timeline|outlook)\b)",
    re.IGNORECASE,
)
# "how many years is an MSW if my bachelor's isn't in social work", "is an MSN worth it pay wise if ur already a nurse
# CM": what follows "if my" is the asker's case, told
OWN_CONDITION = re.compile(
    r"\b(?:if|since|because|as|given|when) (?:i|i'm|im|i've|ive|my|you|you're|youre|you are|ur|u)\b"
    # ...not a goal: "what should I major in if I want to do voc rehab" asks about voc rehab
    r"(?! (?:want|wanna|would like|plan|hope|decide|end up|wanted)\b)",
    re.IGNORECASE,
)


def asked_aspect(text: str, own_case: bool = False) -> Optional[str]:
    """The aspect the asking words of a message point to ("I have no idea what the CDMS is" asks what it is), for a
    question about something other than the person's own case (or about it too, with `own_case`); None when nothing
    is asked or it is their own case."""
    asked = asking_part(text)
    if not asked or (FIRST_PERSON.search(asked) and not own_case):
        return None
    return cue_aspect(asked) or ("what_is" if asks_what_it_is(asked) else None)


def topic_of(
    intent: str,
    text: str,
    mentions: Iterable[Tuple[str, str]],
    last_topic: Optional[str] = None,
    degree_for_field: Optional[Dict[str, str]] = None,
    plan_subject: Optional[str] = None,
    learned: Optional[Mapping[str, float]] = None,
) -> Optional[Topic]:
    """(aspect, subjects) of a question; None for an intent that is not an aspect question. `mentions` are
    (kind, code), or (kind, code, start, end) so that what the asking sentences name comes first.

    A question that names nothing takes the subject the conversation is on: the last topic's, or else the next
    credential of the person's plan (`plan_subject`); the topic says which, so the answer can say so. `learned` is
    the aspect reader's probability per aspect (language/aspect_model.py), when it was asked."""
    # the words that ask decide before the words that tell ("told it's run by the board, who really gives it?")
    given = list(mentions)
    mentions = _without_excluded(_without_fields_of_named_degrees(given, text), text)
    # "I don't care what it costs, I just need to know how long ...": not the cost (blanked, so places stay)
    text = NOT_ASKED.sub(lambda found: " " * len(found.group()), text)
    asked = asking_part(text) or text
    # "... until I wrecked my shoulder. what even is vocational rehabilitation": the asking words' definition first
    sentences = " ".join(part for part in SENTENCES.split(text) if asked in part or part in asked)
    all_it_takes = bool(REQUIREMENTS_FIRST.match(text) or _needed_for_a_credential(mentions, text))
    cue = (
        # "can social workers sit for it, or is it nurses only?" (but "do insurers hire social workers, or only
        # nurses?" asks where they work)
        ("requirements" if WHO_MAY.search(text) and "setting" not in cue_hits(text) or INSISTS.search(text) else None)
        or ("requirements" if all_it_takes else None)
        or first_question_cue(text)
        or cue_aspect(asked)
        or cue_aspect(sentences)
        or ("what_is" if asked != text and asks_what_it_is(asked) else None)
        or cue_aspect(text)
    )
    if cue == "exam" and RETAKE.search(asked) and FEE_WORDS.search(sentences):
        cue = "cost"  # "what am I looking at in fees, and what if I have to retake one?": the fees, a retake's too
    if intent not in INTENT_ASPECT and not (intent.startswith("ask_") and cue):
        return None  # renewal, outlook and skills questions have answers of their own
    if cue != "requirements" and cue_aspect(EXAMPLES_AFTER.sub(" ", asked)) == "requirements":
        cue = "requirements"  # "what all do you need to get your lsw, like tests and hours": all it takes
    if cue == "requirements" and WHO_MAY.search(text) and A_DEGREE_IN.search(text):
        cue = "degree"  # "is a master's in counseling accepted for the CRC, or does it have to be rehab counseling?"
    if cue in (None, "requirements", "duration", "what_is") and EXAM_ITSELF.search(text):
        cue = "exam"  # "how many questions are on the NCE and how many of them count toward your score", "... and
        # how long do you get to take it": the exam itself
    if WHAT_KIND_OF_THING.search(text):
        cue = "what_is"  # "told me to 'get my ACM'... is that a degree, a license, or a test?"
    if cue is None and _from_a_body(mentions, text):
        cue = "issuer"
    if GIVES_IT.search(asked):
        cue = "issuer"  # "CCM vs CMC vs CMSA... which of those is the group that actually gives you the certification?"
    aspect = chosen_aspect(intent, text, cue, learned)
    raw = mentions
    if aspect == "salary" and (role := _role_with_a_credential(raw, text)):
        return Topic(aspect, (role,))  # "how much do nurse case managers make, especially with the CCM": the role's
    if aspect != "difference" and "difference" in cue_hits(text) and _pair_leads(raw, text, degree_for_field or {}):
        aspect = "difference"  # "BSW vs MSW if i want to be a case manager, is the master's worth it"
    place_avoided = WITHOUT_A_PLACE.search(asked)
    if aspect == "setting" and place_avoided and (setting := _setting_at(given, place_avoided.start(1))):
        # "can you do case management without ever working in a hospital? does that close doors?": that place (as
        # the six read questions that ask so are labelled; "can I be a case manager without ..." is the field's)
        return Topic(aspect, (setting,))
    led_to = _led_to(mentions, text)
    employer = _employer(mentions, text)
    asked_about, told = _by_asking_words(mentions, text)
    if employer and asked != text and employer not in [code for _, code in asked_about]:
        employer = None  # "my hospital WANTS us certified but won't pay. how much is the CCM": the CCM's price
    mentions = asked_about + told
    work = next((code for kind, code in mentions if kind == "specialization"), None)
    if aspect == "difference" and "day_to_day" in cue_hits(text) and AGAINST_FLOOR_NURSING.search(text):
        # "what does the job look like day to day compared with floor nursing?" ("... for a hospital RN case manager
        # compared with floor nursing?": the place's)
        place = next((code for kind, code in mentions if kind == "setting"), None)
        if work or place:
            return Topic("day_to_day", (work or place,))
    if (
        aspect == "difference"
        and "day_to_day" in cue_hits(text)
        and AGAINST_NOW.search(asked)
        and MY_DAYS.search(asked)
    ):
        return Topic("day_to_day", (ME,))  # "What would my days actually look like compared to now?"
    names_degree = any(kind in DEGREE_KINDS for kind, _ in mentions)
    only_degrees = names_degree and all(kind in DEGREE_KINDS for kind, _ in mentions)
    # (a degree only told before the question, "she graduates with her BSW. what does she need to get her LSW", is not)
    degree_asked = any(kind in DEGREE_KINDS for kind, _ in asked_about)
    if (
        aspect == "requirements"
        and degree_asked
        and (INTENT_ASPECT.get(intent) == "degree" or only_degrees)
        and not WHAT_ELSE.search(text)  # "what do i need besides the degree itself": all the rest
        and not all_it_takes  # "ACM-SW requirements? do i need to be licensed or is my BSW enough"
        or aspect == "requirements"
        and degree_asked
        and A_DEGREE_REQUIRED.search(asked)  # "is a masters in rehab counseling basically required for VR jobs now?"
        and not any(kind in ("credential", "license") for kind, _ in mentions)  # (not "is a BSN required for the CCM")
    ):
        # "is a BSN required?", "would an MSN in education do, or does it need to be a case management MSN?": the
        # degree it names is the requirement asked about
        aspect = "degree"
    named_credential = any(kind in ("credential", "license") for kind, _ in mentions)
    if aspect == "degree" and named_credential and (QUALIFY.search(asked) or LICENCE_ASKED_TOO.search(text)):
        # "can a claims adjuster with a business degree qualify for the CDMS?": who may apply; "does the ACM-SW need an
        # MSW or is a BSW enough? and do I have to be licensed?": all it takes
        aspect = "requirements"
    named = _subjects(asked_about, degree_for_field or {}, aspect)
    named += [code for code in _subjects(told, degree_for_field or {}, aspect) if code not in named]
    if not named and BECOME_A_NURSE.search(asked):
        named = ["RN"]  # "how long does it take to become a nurse": the licence a nurse holds
    if (LICENSED_AS_A_COUNSELLOR.search(asked) or WHO_LICENSES_COUNSELLORS.search(text)) and "LPC" not in named:
        named = ["LPC"] + [code for code in named if code not in ("mental_health", "counseling")]
    if aspect == "difference" and INTENT_ASPECT.get(intent) != "difference" and len(named) < 2:
        # "how much is paperwork vs talking to clients": a "vs" between activities compares no two subjects
        aspect = cue_aspect(asked, without=("difference",)) or INTENT_ASPECT.get(intent) or aspect
    elif aspect == "difference" and len(named) < 2 and (other := cue_aspect(asked, without=("difference",))):
        aspect = other  # "if I switched to case management what would my days look like compared to now?"
    credential = next((code for kind, code in mentions if kind == "credential"), None)
    if aspect == "degree" and credential and len({c for k, c in mentions if k in DEGREE_KINDS}) >= 2:
        named = [credential] + [c for c in named if c != credential]  # "nursing or social work for the CCM?"
    first = _first_named(raw)
    if aspect == "degree" and names_degree and first and first[0] in ("credential", "license") and first in asked_about:
        # "does the LPC have to be a counseling master's?": the credential named first is asked about, the degree is
        # its requirement ("is a human services degree enough for the CCM?" names the degree first)
        named = [first[1]] + [c for c in named if c != first[1]]
    placed_first = _placed(raw)[:1]
    needed = _needed_degree(raw, text) if aspect == "degree" else None
    if needed:
        named = [needed] + [c for c in named if c != needed]  # "do nurse case manager roles really require an MSN?"
    elif (
        aspect == "degree"
        and names_degree
        and placed_first
        and placed_first[0][0] in ("specialization", "setting")
        and (
            PEOPLE_OF_A_ROLE.match(text, placed_first[0][3])
            or CASE_MANAGEMENT_WORDS.search(text[placed_first[0][2] : placed_first[0][3]])
        )
    ):
        # "do healthcare case managers all have nursing degrees?", "what do most hospital CMs have degree-wise?": the
        # degrees of the people in that work, the degree named being a guess at the answer
        named = [placed_first[0][1]] + [c for c in named if c != placed_first[0][1]]
    sought = _sought(raw, text) if aspect == "degree" and names_degree and not led_to else None
    if sought and not DEGREE_WEIGHED.search(text):
        named = [sought] + [c for c in named if c != sought]  # "do you need a b s w for the l s w": the LSW's degree
    if employer:
        named = [employer] + [c for c in named if c != employer]
        # (the place that wants, not a role's place: "does a school case manager need a teaching degree")
        wants = not any(m[1] == employer and ROLE_NAMED.search(text[m[2] : m[3]]) for m in _placed(raw))
        degrees_said = [m for m in _placed(raw) if m[0] in DEGREE_KINDS] if aspect == "degree" and wants else []
        if degrees_said:  # "do hospitals require a bsn for rn case managers or is an adn ok": the degree named first
            first_degree = _subjects([degrees_said[0][:2]], degree_for_field or {}, aspect)
            named = first_degree + [c for c in named if c not in first_degree]
    if aspect == "issuer" and not asked_about and ANY_CERTIFICATION.search(asked):
        # "I have a BSW and five years as a caseworker. Which organization would I apply to for a case management
        # certification?": which one fits them is theirs to ask, not the BSW's accreditor
        return Topic(aspect, (ME,))
    degree_named = next((code for kind, code in mentions if kind == "degree"), None)
    if aspect == "issuer" and degree_named and ACCREDITS.search(asked):
        named = [degree_named] + [c for c in named if c != degree_named]  # "a cheap online BSW... who accredits
        # social work programs?": a programme's accreditor is its degree's issuer
    told_credential = next((code for kind, code in told if kind in ("credential", "license")), None)
    if (
        told_credential
        and THAT_CREDENTIAL.search(asked)
        and not any(k in ("credential", "license") for k, _ in asked_about)
    ):
        named = [told_credential] + [c for c in named if c != told_credential]  # "If I want to be an LPC in Idaho,
        # is that license issued by the state or a national counseling board?"
    if aspect == "what_is" and degree_named and WHAT_DEGREE_IS.search(text):
        # "lists 'MRC preferred'... what degree is that": the degree named
        named = [degree_named] + [c for c in named if c != degree_named]
    rehab_counselors = named[:1] == ["vocational_rehabilitation"] and REHAB_COUNSELORS.search(text)
    if (aspect in ("issuer", "exam") and rehab_counselors) or CERTIFIED_REHAB_COUNSELORS.search(text):
        named = ["CRC"] + named  # "who certifies rehab counselors": the counselors' certification
    defined = first[1] if first and first[0] in SUBJECT_KINDS and first[0] != "degree_field" else None
    that_one = _named_before(raw, text.find(asked)) if aspect == "what_is" and WHAT_IS_IT.match(asked) else None
    if that_one and asked != text:
        named = [that_one] + [c for c in named if c != that_one]  # "ACM-SW... what is that? is it only for hospitals"
    if aspect == "what_is" and defined and WHAT_IS_THEN_GUESS.search(text):
        # "what is a m s w exactly is it just the masters version of social work": the thing defined, then a guess
        named = [defined] + [c for c in named if c != defined]
    if aspect == "what_is" and CASE_MANAGEMENT_DEFINED_FIRST.search(text):
        return Topic(aspect, (GENERAL,))  # "um what is case management is it like a kind of social work or something"
    defining = (asking_clauses(text) or [""])[0]
    if aspect == "what_is" and DEFINITION.search(defining) and CASE_MANAGEMENT_WORDS.search(defining):
        at = text.find(defining)
        if not any(len(m) == 4 and at <= m[2] < at + len(defining) for m in raw):
            return Topic(aspect, (GENERAL,))  # "what exactly IS case management?? my aunt is one at a hospital"
    if aspect == "what_is" and not asked_about and told and CASE_MANAGEMENT_WORDS.search(asked):
        return Topic(aspect, (GENERAL,))  # "my sister works at a nonprofit. so what is case management?"
    if aspect == "what_is" and not asked_about and THAT_JOB.search(asked) and CASE_MANAGEMENT_WORDS.search(text):
        # "the county lady called herself a kinship case manager, what is that job exactly": the job, not the county
        if not any(kind in ("specialization", "credential", "license") for kind, _ in told):
            return Topic(aspect, (GENERAL,))
    # "... The county caseworkers say I'd be great. can you become a case manager without a degree?": anyone's rule
    about_the_work = (aspect in ABOUT_THE_WORK and not FIRST_PERSON.search(asked)) or (
        aspect in ("degree", "requirements") and not FIRST_PERSON.search(asked) and not REFERS_BACK.search(asked)
    )
    setting_told = next((code for kind, code in told if kind == "setting"), None)
    workplace = _workplace_asked(raw, text, sentences or asked) if aspect in ("salary", "day_to_day") else None
    if workplace and not FIRST_PERSON.search(asked):
        # "what does a nurse case manager at a health insurance company get paid?", "what's the daily routine when
        # you do case management at a community agency?": the pay or the days of the work at that place; but "a
        # social work case manager at a nonprofit" names the work itself, the place only where it is done (the
        # insurers' work, reviews by phone, is its own)
        kind_of_work = _kind_of_work_named(raw, text) if workplace not in PLACES_OF_THEIR_OWN else None
        if not kind_of_work and _place_as_a_role(raw, text, workplace):
            kind_of_work = WORK_OF_A_PLACE.get(workplace)
        return Topic(aspect, (kind_of_work or workplace,))
    if aspect == "setting" and (
        WHERE_ELSE_MAY_I_WORK.search(asked) or (asked != text and WHERE_MAY_I_DO_IT.search(asked))
    ):
        return Topic(aspect, (ME,))  # "I'm an RN but I'm done with hospitals. Where else could I work as a nurse CM?"
    other_than = OTHER_THAN_A_PLACE.search(asked) and CASE_MANAGEMENT_WORDS.search(asked)
    if aspect == "setting" and setting_told and other_than:
        return Topic(aspect, (GENERAL,))  # "where do case managers work besides hospitals?": the field's places
    if aspect == "setting" and setting_told and PLACE_NOT_WANTED.search(text) and not asked_about:
        # "I never want to work in a hospital again. Does that close doors for case management?": that place
        return Topic(aspect, (setting_told,))
    if about_the_work and not asked_about and setting_told and PLACE_REFERRED.search(asked):
        return Topic(aspect, (setting_told,))  # "an interview at a community action agency. what does a CM at a
        # place like that do all day?"
    if about_the_work and not asked_about and told and CASE_MANAGEMENT_WORDS.search(asked):
        return Topic(aspect, (GENERAL,))  # "... now doing a psych degree. where do case managers even work?"
    personal = aspect not in NOT_PERSONAL and (not ANYONE.search(text) or bool(BACK_TO_SCHOOL.search(text)))
    if (
        personal
        and aspect in (*OWN_PATH, "degree", "exam", "setting")
        and (LIKE_ME.search(text) or AM_I_CLOSE.search(text))
    ):
        # "with my background how long till i could sit for the ccm?": their own case; sitting for it, their eligibility
        about = next((code for kind, code in [*asked_about, *told] if kind == "credential"), None)
        return Topic("requirements" if aspect == "exam" else aspect, (ME,), about=about or "")
    said_in = sentences or asked  # the sentences that ask
    setting_asked = next(iter(_named_where_asked(raw, text, said_in, ("setting",))), None)
    if aspect == "day_to_day" and MY_DAYS.search(sentences or asked) and setting_asked:
        return Topic(aspect, (setting_asked,))  # "a case manager job at a community agency... what would my days
        # look like?": the days of the work there
    if aspect == "day_to_day" and MY_DAYS.search(sentences or asked):
        return Topic(aspect, (ME,))  # "hospice aide, 3 yrs. if I became a case manager what would my days look like?"
    if aspect == "degree" and not asked_about and told and all(kind == "specialization" for kind, _ in told):
        # "if i want to go into vocational rehab what degree should i be getting": only where they want to go is told
        return Topic(aspect, (told[0][1],))
    if (
        aspect == "degree"
        and not mentions
        and WANTS_THE_JOB.search(text)
        and not TELLS_OF_ONESELF.search(GOING_TO.sub(" ", text))  # "if im gonna be a case manager" is a wish
    ):
        return Topic(aspect, (GENERAL,))  # "what should i major in to be a case manager": the field's degrees
    fields_named = [(kind, code) for kind, code in mentions if kind in SUBJECT_KINDS]
    if (
        aspect in ABOUT_THE_WORK
        and fields_named
        and all(kind == "specialization" for kind, _ in fields_named)
        and GOING_INTO.search(text)
    ):
        # "If I go into social work case management, what employers am I looking at?", "If I do mental health case
        # management where would I actually be working?": that field's employers
        return Topic(aspect, (fields_named[0][1],))
    # "RN, 3 yrs med-surg. If I go into CM am I taking a pay cut?": what they tell is their case, and they ask of it
    if (
        personal
        and aspect != "day_to_day"
        and told
        and not any(kind in SUBJECT_KINDS for kind, _ in asked_about)  # "a bachelors" is no subject of its own
        and asked != text
        and FIRST_PERSON.search(asked)
        and not led_to  # "rn to bsn online, how many semesters if im working full time": the BSN's length
        and not ANYONES_WAY.search(asked)
        and not WHAT_ELSE.search(asked)  # "lcsw after an msw: what do i need besides the degree": all it takes
        # "w an lmsw in arkansas where can i work": the places that hire that licence's holders, named as it asks
        and not (aspect == "setting" and _named_where_asked(raw, text, said_in, ("credential", "license")))
        # "my hospital is paying for me to take the ACM. can I pick which part I take first?": the ACM's exam
        and not (
            aspect == "exam"
            and any(kind in ("credential", "license") for kind, _ in told)
            and not WHICH_EXAM.search(asked)
        )
        # "I make 38k as a mental health case manager. Is that normal pay for this job?": the job's pay
        and not (aspect == "salary" and USUAL_PAY.search(asked) and named)
    ):
        return Topic(aspect, (ME,))
    if aspect == "difference":
        pair = compared_pair(raw, text, degree_for_field or {})
        if pair and MAJORS_WEIGHED.search(text):
            # "should i major in psych or social work": a field weighed as a major is its degree, not the work
            pair = tuple((degree_for_field or {}).get(code, code) for code in pair)
        if pair:  # "Hospital RN here. ACM or CMGT-BC, which one?": the two joined by "or" are compared, not the RN
            return Topic(aspect, places_compared(pair, raw, text))
        recent = _last_two_told(raw, degree_for_field or {}) if not asked_about else []
        if len(recent) == 2:  # "my boss says the LCSW, my coworker the CCM. what's the difference between them?"
            return Topic(aspect, recent)
        if len(named) >= 2:
            return Topic(aspect, places_compared(tuple(named[:2]), raw, text))
        if intent == "ask_difference_therapist" or not named:
            # "the difference between a case manager and a social worker": the role named, else a counsellor's; "is a
            # v r counselor the same thing as a social worker", "a licensed professional counselor and a case
            # manager": the one named, against the other
            unnamed = text
            for _, _, start, end in _placed(raw):
                unnamed = unnamed[:start] + " " * (end - start) + unnamed[end:]
            other = "social_work" if SOCIAL_WORKER_NAMED.search(text) and not THERAPIST_NAMED.search(unnamed) else None
            first = named[0] if len(named) == 1 and named[0] not in (GENERAL, other) else GENERAL
            if first != GENERAL and other is None:
                other = GENERAL
            return Topic(aspect, (first, other or "counseling"))
    if personal and aspect == "cost" and OWN_TOTAL.search(sentences or asked) and FIRST_PERSON.search(asked):
        return Topic(aspect, (ME,))  # "if I do the bridge and then the CCM what would all that cost me"
    if personal and aspect == "degree" and BACK_TO_SCHOOL.search(asked) and FIRST_PERSON.search(asked):
        return Topic(aspect, (ME,))  # "do I really need to go back for my BSN to get a case manager job"
    certification = next((code for kind, code in asked_about if kind == "credential"), None)
    # "Am I eligible for the LMSW in Washington?": a licence one asks to be eligible for, asked of their own case
    certification = certification or next(
        (m[1] for m in _placed(raw) if m[0] == "license" and ELIGIBLE_FOR.search(text[max(0, m[2] - 30) : m[2]])), None
    )
    if certification is None and not any(kind in SUBJECT_KINDS for kind, _ in asked_about):
        # "If I start the CRC coursework this fall how long until I sit the exam": the one told before the question
        certification = next((code for kind, code in told if kind == "credential"), None)
    if certification is None and aspect == "duration" and asked != text:
        # "LMSW in New York, clinical job since September 2024 with an LCSW supervisor. How long until I can apply
        # for my LCSW?": the licence asked of, from what they told of themselves
        # (not "how long would it take me to become an RN case manager": a role, the way to it their case)
        certification = next(
            (
                m[1]
                for m in _placed(raw)
                if m[0] == "license" and (m[0], m[1]) in asked_about and not A_ROLE_AFTER.match(text, m[3])
            ),
            None,
        )
    if (
        personal
        and aspect in ("requirements", "duration")
        and certification
        and OWN_ELIGIBILITY.search(asked)
        and not ANYONES_NEEDS.search(asked)  # "what do you need for the cdms? i process claims, does that count"
        and not DEGREE_CONTRASTED.search(text)  # "my master's is in school counseling, not rehab counseling": the rule
    ):
        return Topic(aspect, (ME,), about=certification)
    if (
        personal
        and aspect in OWN_PATH
        and asked_about
        and FIRST_PERSON.search(asked)
        and (all(kind in ("specialization", "setting") for kind, _ in asked_about) or A_ROLE_FOR_ME.search(asked))
        and not ANYONES_WAY.search(asked)
    ):
        return Topic(aspect, (ME,))  # "how many years am I looking at before I'm a nurse case manager?": their path
    if aspect == "exam":  # exams are a credential's or a licence's: "the CCM... is it mostly nursing content?"
        held = [code for kind, code in mentions if kind in ("credential", "license")]
        # "I'm an RN getting ready for the ANCC nursing case management exam": the exam ahead, not the licence held
        ahead = [code for code in held if code not in _said_as_held(raw, text)]
        held = ahead + [code for code in held if code not in ahead]
        named = held[:1] + [code for code in named if code not in held[:1]]
    # "an online RN to BSN": the BSN is what it leads to (only as it asks: "my advisor wrote 'MRC -> CRC'. What is an
    # MRC?" asks what the MRC is)
    if (
        led_to
        and len(named) >= 2
        and led_to in named
        and led_to in _named_where_asked(raw, text, said_in, SUBJECT_KINDS)
    ):
        return Topic(aspect, (led_to,))
    leading = LEADS_TO.search(text)
    after = [m for m in _placed(raw) if leading and m[2] >= leading.end() and m[0] in ("credential", "license")]
    if after:
        return Topic(aspect, (after[0][1],))
    asked_named = _subjects(asked_about, degree_for_field or {}, aspect)
    if len(asked_named) >= 2 and TOWARDS.search(text):  # an LPN told of first does not make "bridge to RN" an LPN's
        return Topic(aspect, (asked_named[1],))
    kind_of = {code: kind for kind, code in mentions}
    if aspect in ("setting", "day_to_day") and named and kind_of.get(named[0]) in PLACES_OR_SCHOOLING:
        # "mental health CM jobs: community mental health centers, or do hospitals hire them too": the places are
        # the answer's, the work is the subject; "new MSW grad, interview for a hospital CM spot. what's a day like":
        # the day of the work, not of the degree
        work = [c for c in named if kind_of.get(c) in ("specialization", "credential", "license")]
        work = work or [c for c in named if aspect == "day_to_day" and kind_of.get(c) == "setting"]
        if work and not (aspect == "day_to_day" and kind_of.get(named[0]) == "setting"):
            named = [work[0]] + [c for c in named if c != work[0]]
    employer = _employer_of_the_nurse(raw, text) if aspect in ABOUT_THE_WORK else None
    credential_named = any(kind in ("credential", "license") for kind, _ in mentions)
    if employer and aspect == "salary" and credential_named and AS_ONES_OWN_ROLE.search(text):
        employer = None  # "Would getting the CCM bump my pay as an insurance nurse case manager?": what the CCM adds
    if employer:  # "insurance nurse case manager day to day": the work at that place (as every writer labels it)
        named = [employer] + [c for c in named if c != employer]
    lasting = _how_long_it_is(raw, text, degree_for_field or {}) if aspect == "duration" else None
    if lasting:  # "With a BSW how long is an advanced standing MSW?": the MSW's length
        named = [lasting] + [c for c in named if c != lasting]
    if named:  # "how long until I could hold the CRC?" is about the CRC
        return Topic(aspect, (named[0],))
    last = _last_subject(last_topic)
    on_context = aspect in USES_CONTEXT and not CASE_MANAGEMENT_WORDS.search(text)
    if last and (aspect in NEEDS_SUBJECT or _follows_up(text) or on_context):
        return Topic(aspect, (last,), LAST)
    if aspect == "setting" and CASE_MANAGEMENT_WORDS.search(asked):
        return Topic(aspect, (GENERAL,))  # "could I do case management without ever working in a hospital": the field's
    if aspect == "day_to_day" and CASE_MANAGEMENT_WORDS.search(asked):
        return Topic(aspect, (GENERAL,))  # "what would i actually be doing from 9 to 5 as a case manager": the work's
    if personal and FIRST_PERSON.search(asked) and not ANYONES_WAY.search(asked):  # "how much will it cost me to get
        # certified?" is about their own case
        return Topic(aspect, (ME,))
    if aspect == "duration" and CASE_MANAGEMENT_WORDS.search(asked):
        # "how long does it take to become a case manager": the degree, then the experience
        return Topic(aspect, (GENERAL,))
    if plan_subject and on_context:
        return Topic(aspect, (plan_subject,), PLAN)
    if aspect == "issuer" and FIRST_PERSON.search(asked):
        return Topic(aspect, (ME,))  # "Who do I actually send my paperwork to for the clinical designation?": theirs
    return Topic(aspect, () if aspect in NEEDS_SUBJECT else (GENERAL,))


# An aspect set aside by the asker: "I don't care what it costs", "I don't care how long it takes", "money aside"
NOT_ASKED = re.compile(
    r"\b(?:i )?(?:don'?t|dont|do not) (?:really )?care (?:what|how much|how long|about the)\b[^,.;!?]*"
    r"|\b(?:money|cost|pay|time) aside\b",
    re.IGNORECASE,
)


# "My master's is in school counseling, not rehab counseling. Can I still qualify for the CRC?", "my bsw is from a
# program that wasnt cswe accredited": which degrees the credential takes, asked through one's own (writers label it so)
DEGREE_CONTRASTED = re.compile(
    r"\bnot (?:in )?(?:an? )?(?:rehab(?:ilitation)? counsel\w*|rehab one|social work)\b"
    r"|\b(?:wasn'?t|wasnt|isn'?t|isnt|not) (?:cswe|cacrep)\b",
    re.IGNORECASE,
)


# "what degree is that", "what kind of degree is an MRC": what a degree is
WHAT_DEGREE_IS = re.compile(
    r"\bwhat (?:kind|sort|type) of (?:a )?degree is\b|\bwhat degree is (?:that|this|it|an?)\b(?! (?:required|needed))"
    r"|\bwhat(?:'s| is) [\w ]{1,30} as an? (?:major|degree)\b",
    re.IGNORECASE,
)


def chosen_aspect(intent: str, text: str, cue: Optional[str], learned: Optional[Mapping[str, float]]) -> str:
    """The aspect asked: a definition or a clear cue; else the aspect reader's when it is fairly sure (it learned
    from whole questions, the intent from all kinds of messages); else the intent's."""
    # ("acm has a simulation part?? what is that": what a part of the exam is, asked of the exam)
    defined = opens_with_definition(text) and not (cue == "exam" and EXAM_ITSELF.search(text))
    if defined or WHAT_IS_THEN_GUESS.search(text) or WHAT_DEGREE_IS.search(text):
        return "what_is"
    if cue:
        return cue
    if learned:
        aspect = max(learned, key=learned.get)
        if learned[aspect] >= LEARNED_SURE:
            return aspect
    return INTENT_ASPECT[intent]


# "what is an l l m s w in michigan is that a real license or a student thing": what it is, then a guess, unpunctuated
WHAT_IS_IT = re.compile(r"^\W*what(?:'s| is|s) (?:that|this|it)\b", re.IGNORECASE)
# "um what is case management like what is it exactly", said in one breath: the work itself, whatever is guessed after
CASE_MANAGEMENT_DEFINED_FIRST = re.compile(
    r"^\W*(?:(?:um+|uh+|so|ok|okay|and|but|wait|hi|hey)\W+)*(?:what'?s|whats|what (?:exactly |actually |even )?is)\s+"
    r"case management\b(?!\s+like\b(?!\s+(?:what|is it|exactly)))"
    # "Could someone enlighten me on what case management actually is? Like is it social work, nursing...?"
    r"|\b(?:enlighten me on|explain|tell me|understand|wondering) what case management (?:actually |really |exactly "
    r"|even )?is\b"
    # "um what does a case manager actually do like what is case management": the last words ask what it is
    r"|\bwhat (?:exactly |actually |even )?is case management\W*$",
    re.IGNORECASE,
)
# ("um what is an l c s w is that the same thing as a therapist": what it is, the guess a comparison)
WHAT_IS_THEN_GUESS = re.compile(
    r"^\W*(?:(?:um+|uh+|ok(?:ay)?|so|hi|hey)\W+)*(?:what'?s|whats|what is|what are)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){1,7}?(?:and\s+)?(?:is|are) (?:that|it|this|they) (?:a|an|the|just|only|like|really|even|actually"
    r"|the same)\b",
    re.IGNORECASE,
)


# "... is a BSW enough? and do I have to be licensed?": a licence asked of too
LICENCE_ASKED_TOO = re.compile(
    r"\b(?:do|does|would) (?:i|you|one|it|they) (?:also |even )?(?:have|need|got) to (?:be|get|hold) "
    r"(?:a |an )?licen[cs]",
    re.I,
)
# "... like tests and hours and all that": examples of what is asked, not a question of their own
EXAMPLES_AFTER = re.compile(r"\b(?:like|such as|e\.g\.|for example|including)\b[^?.!]*", re.I)


def first_question_cue(text: str) -> Optional[str]:
    """ "who issues the LMSW in michigan, is it LARA or the ASWB??": a question-word question first, then only guesses
    at its answer (no question word), asks what the first asks."""
    clauses = asking_clauses(text)
    guess = UNMARKED_GUESS.search(text) if not clauses else None
    if guess and WH_INSIDE.search(text[: guess.start()]):
        # spoken, unpunctuated: "... who do i apply to for my license is it the state or is it aswb"
        return cue_aspect(text[: guess.start()])
    # ("who do i apply to for my LCSW in texas, the state or ASWB?": one question, then the guesses at its answer)
    guessed = len(clauses) == 1 and GUESSES_AFTER.match(text[text.find(clauses[0]) + len(clauses[0]) :])
    if (len(clauses) < 2 and not guessed) or not WH_FIRST.search(clauses[0]):
        return None
    if any(WH_FIRST.search(c) for c in clauses[1:]):
        return None
    return cue_aspect(clauses[0]) or ("what_is" if WHAT_IS_FIRST.search(clauses[0]) else None)


ANYONES_NEEDS = re.compile(
    r"\bwhat (?:do|does) (?:you|one|someone|a person|people) need (?:for|to get)\b"
    r"|\bwhat are the (?:requirements|reqs)\b",
    re.I,
)
MAJORS_WEIGHED = re.compile(r"\b(?:major|majoring|minor|picking a major)\b", re.I)
SOCIAL_WORKER_NAMED = re.compile(r"\bsocial work(?:ers?)?\b(?!\s+case)", re.I)
THERAPIST_NAMED = re.compile(r"\b(?:therapists?|counsell?ors?|psychologists?|therapy|counsell?ing)\b", re.I)
UNMARKED_GUESS = re.compile(
    r"\s+(?:or\s+)?is (?:it|that)\s+(?:the\s+)?[\w -]{1,30}?\bor\b(?:\s+is it)?[\w -]{1,30}$", re.I
)
WH_INSIDE = re.compile(r"\b(?:who|where|which)\b", re.I)
GUESSES_AFTER = re.compile(r"^\W*(?:is it |is that )?(?:the )?[\w -]{1,30}\bor\b[\w -]{1,30}\?+\W*$", re.IGNORECASE)


def opens_with_definition(text: str) -> bool:
    """'what's an MSN, is it only for NPs?': the first question asks what a thing is, and what follows only checks
    a guess about it (no second question word), so the message asks what it is."""
    clauses = asking_clauses(text)
    if not clauses or not DEFINITION.search(clauses[0]) or cue_aspect(clauses[0]):
        return False
    return not any(WH_FIRST.search(clause) for clause in clauses[1:])


def weighs_options(text: str) -> bool:
    """'Which pays better, X or Y?' compares, whatever aspect it weighs them on."""
    return COMPARATIVE.search(text) is not None


# ("how much do nurse case managers make with the ccm" asks what the CCM adds, as the main set's writer has it)
WITH_A_CREDENTIAL = re.compile(
    r"\b(?:especially|particularly|esp\.?|mostly)\s+(?:with|w/|having|holding)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE
)


# "what do nurse case managers with the CCM make", "whats the pay like for a nurse case manager with the CCM": the
# role's pay, the credential what its holders have (19 of the 31 such questions in the read sets are labelled so) ...
HOLDING_A_CREDENTIAL = re.compile(
    r"\b(?:with|w/?|having|holding|(?:once|if|when) they (?:have|get|hold))\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE
)
# ... unless the question weighs what the credential adds ("do they really make more", "is the cert worth it")
WHAT_IT_ADDS = re.compile(
    r"\b(?:more|bump|raise|increase|boost|difference|without|than|extra)\b"
    r"|\b(?:cert\w*|credential|ccm|exam)\b[^.?!]{0,20}\bworth\b",  # (not "if leaving bedside is worth it")
    re.IGNORECASE,
)


def _role_with_a_credential(mentions, text: str) -> Optional[str]:
    """The specialization whose pay is asked when a credential is named only as what its case managers hold."""
    placed = [m for m in mentions if len(m) == 4]
    role = next((m for m in placed if m[0] == "specialization"), None)
    credential = next((m for m in placed if m[0] == "credential"), None)
    if role and credential and role[2] < credential[2]:
        said_before = text[max(0, credential[2] - 20) : credential[2]]
        if WITH_A_CREDENTIAL.search(said_before):
            return role[1]
        if role[1] == "healthcare" and HOLDING_A_CREDENTIAL.search(said_before) and not WHAT_IT_ADDS.search(text):
            return role[1]  # (a rehab counselor's pay "with the CRC" is the CRC's, as its writers label it)
    return None


def _needed_for_a_credential(mentions, text: str) -> bool:
    return any(len(m) == 4 and m[0] in ("credential", "license") and NEEDED_FOR.match(text[: m[2]]) for m in mentions)


# ("does it cost the same as the see see em": an amount, by comparing it with another's)
ABOUT_THE_SAME = re.compile(
    r"\b(?:about|roughly|around|pretty much|close to) the same as\b|\b(?:cost|pay)s? (?:about )?the same\b",
    re.IGNORECASE,
)


def cue_aspect(text: str, without: Tuple[str, ...] = ()) -> Optional[str]:
    """The aspect the words point to, when they point to exactly one (leaving out the aspects `without`)."""
    hits = [a for a in cue_hits(text) if a not in without]
    if "difference" in hits and ABOUT_THE_SAME.search(text):
        # "Is the ACM exam fee about the same as the CCM?": an amount asked, by comparing it with another's
        amounts = [aspect for aspect in ("cost", "salary") if aspect in hits]
        if len(amounts) == 1:
            return amounts[0]
    if "difference" in hits:
        return "difference"
    if "duration" in hits and "exam" in hits and RETAKE.search(text):
        return "exam"  # "how soon can I retake it": the exam's retake rule, not a time to a credential
    if "duration" in hits and "requirements" in hits and STILL_NEEDED.search(text) and not HOW_LONG.search(text):
        return "requirements"  # "what do I still need before I can upgrade to the full LCSW?": what it takes
    if "duration" in hits and "degree" in hits and WHICH_DEGREE_FASTEST.search(text):
        return "degree"  # "which degree gets me into case management fastest": the degree, chosen for its time
    if "duration" in hits:  # "how long until I can sit the exam" asks for a time
        return "duration"
    if "salary" in hits and "cost" in hits and MORE_MONEY.search(text):
        return "salary"  # "lcsw = more $$? how much more roughly": what it pays
    if "cost" in hits and "requirements" in hits and FEE_WORDS.search(text):
        return "cost"  # "a yearly maintenance fee for the crc or is it just the exam fee": what it costs
    if ("requirements" in hits or "exam" in hits) and SITTING_WHILE.search(text):
        return "requirements"  # "can I take the CDMS exam while I'm still finishing my bachelor's": who may sit
    if "requirements" in hits and (
        WHO_MAY.search(text) or JUST_THE_EXAM.search(text) or NEEDED_TO_SIT.search(text) or WHAT_ELSE.search(text)
    ):
        return "requirements"  # "can an LVN do case management at home health or does it have to be an RN"
    specific_first = (
        ("cost", "exam"),
        ("degree", "requirements"),
        ("salary", "setting"),
        ("cost", "salary"),
        ("setting", "requirements"),  # "where do LPNs get hired" asks for places
        ("issuer", "exam"),  # "who's in charge of the ACM exam" asks who runs it
        ("issuer", "requirements"),  # "who actually sets the eligibility rules for it" asks who decides
        ("issuer", "degree"),  # "the bsw program has to be accredited?? accredited by who": its accreditor
    )
    for specific, general in specific_first:
        if specific in hits and general in hits:  # "how much is the exam?" asks for a price
            hits.remove(general)
    return hits[0] if len(hits) == 1 else None


def cue_hits(text: str) -> list:
    """Every aspect the words have a cue for."""
    return [aspect for aspect, pattern in CUES.items() if re.search(pattern, text, re.IGNORECASE)]


def _by_asking_words(mentions: list, text: str) -> Tuple[list, list]:
    """(kind, code) of the things the asking words name, and of those only told, when mentions carry where they stand
    (kind, code, start, end); without positions every mention counts as asked about."""
    spans = [_before_own_condition(text, start, end) for start, end in asking_spans(text)]
    if not spans or not all(len(m) == 4 for m in mentions):
        return [(m[0], m[1]) for m in mentions], []
    asked, told = [], []
    for kind, code, start, end in mentions:
        # "is that run by the same commission that does the ccm?": the CCM is named to point at a body, not asked of
        inside = any(s <= start and end <= e for s, e in spans) and not REFERENCE_BEFORE.search(text[:start])
        (asked if inside else told).append((kind, code))
    return asked, told


PLACES_OR_SCHOOLING = ("setting", "degree", "degree_field")
THAT_JOB = re.compile(r"\b(?:that|this|the|her|his|their) (?:job|role|work|position)\b", re.I)
PEOPLE_OF_A_ROLE = re.compile(r"\s*(?:case ?manag|case mgr|cms?\b|jobs?\b|roles?\b|positions?\b)", re.I)
REFERENCE_BEFORE = re.compile(
    r"\bthe same \w+ (?:that|which|who) (?:does|do|runs|run|gives|give|issues|issue|handles|offers|grants) (?:the )?$",
    re.I,
)
# "who hires case managers other than hospitals?": what is set aside is not what is asked about
SET_ASIDE = re.compile(
    r"\b(?:other than|besides|except(?: for)?|aside from|apart from|not counting)\W+(?:\w+\W+)?$"
    r"|\bwithout (?:ever )?(?:setting foot in|working in|going to|being in) (?:an? |the )?$"
    # "where could I work that isn't a hospital floor"
    r"|\b(?:that|which) (?:isn'?t|is not|aren'?t|are not) (?:on |in |at )?(?:an? |the )?$",
    re.I,
)


# "if you already have a bsw how long is the msw": what is held already is not asked about, when something else is
HELD_ALREADY = re.compile(
    r"\b(?:already|i) (?:have|hold|got|has|earned|finished) (?:a |an |my |the |your )?$"
    r"|\bi (?:took|passed|sat) (?:\w+ ){0,2}for my $",
    re.I,
)


def places_compared(pair: Tuple[str, ...], mentions: Iterable, text: str) -> Tuple[str, ...]:
    """ "hospital case management versus insurance case management", "community agency vs hospital case management":
    weighed against a setting, a specialization named by "hospital ..." words is the hospital. `mentions` are (kind,
    code, start, end)."""
    kinds = {code: kind for kind, code, *_ in mentions}
    named_by = {code: text[place[0] : place[1]] for kind, code, *place in mentions if len(place) == 2}
    settings = [code for code in pair if kinds.get(code) == "setting"]
    if len(pair) != 2 or len(settings) != 1:
        return pair
    return tuple(
        HOSPITAL_SETTING
        if kinds.get(code) == "specialization" and re.search(r"\bhospital\b", named_by.get(code, ""), re.IGNORECASE)
        else code
        for code in pair
    )


# "where do case managers work? is it all hospitals": a place guessed at as the answer, not asked about
PLACE_GUESSED = re.compile(
    r"\b(?:is it|are they|is that|it'?s)\s+(?:all|only|just|mostly|always)\s+(?:in\s+|at\s+)?$", re.IGNORECASE
)


def _without_excluded(mentions: list, text: str) -> list:
    # (a place guessed at; "a freshman at community college": a school, not the community as a place of work)
    mentions = [
        m
        for m in mentions
        if len(m) != 4
        or m[0] != "setting"
        or not (PLACE_GUESSED.search(text[: m[2]]) or A_COLLEGE_AFTER.match(text, m[3]))
    ]
    kept = [m for m in mentions if len(m) != 4 or not SET_ASIDE.search(text[max(0, m[2] - 45) : m[2]])]
    others = [m for m in kept if len(m) != 4 or not HELD_ALREADY.search(text[max(0, m[2] - 30) : m[2]])]
    return others if any(m[0] in ("degree", "credential", "license") for m in others) else kept


A_COLLEGE_AFTER = re.compile(r"\s+(?:college|colleges|school)\b", re.IGNORECASE)


def _without_fields_of_named_degrees(mentions: list, text: str) -> list:
    """ "an MSN in nursing education": the field after a named degree is that degree's, not a degree of its own."""
    placed = sorted((m for m in mentions if len(m) == 4), key=lambda m: m[2])
    fields = {
        after
        for before, after in zip(placed, placed[1:])
        if before[0] == "degree"
        and after[0] == "degree_field"
        and re.fullmatch(r"\s+in\s+", text[before[3] : after[2]])
    }
    return [m for m in mentions if m not in fields]


def _from_a_body(mentions: Iterable, text: str) -> bool:
    """A certifying body named as where something comes from ("is the ACM from ACMA or CMSA?"), when positions are
    known: the knowledge base's organizations, found as entities."""
    return any(
        len(m) == 4 and m[0] == "organization" and FROM_A_BODY.search(text[max(0, m[2] - 20) : m[2]]) for m in mentions
    )


def _sought(mentions: list, text: str) -> Optional[str]:
    """The code of a credential or licence named as what a degree is for ("a BSW for the LSW"), when positions are
    known."""
    for mention in mentions:
        if len(mention) == 4 and mention[0] in ("credential", "license") and SOUGHT.search(text[: mention[2]]):
            return mention[1]
    return None


NEEDED_BEFORE = re.compile(
    r"\b(?:need|needs|require|requires|required|have to have|has to have)\s+(?:an?\s+|the\s+)?$", re.I
)


def _needed_degree(mentions: list, text: str) -> Optional[str]:
    """The code of a degree named as what is needed ("does a nurse case manager really need an MSN"), when positions
    are known: the degree is asked about, the work is only who would need it."""
    for mention in mentions:
        if len(mention) == 4 and mention[0] == "degree" and NEEDED_BEFORE.search(text[: mention[2]]):
            # "does the ACM need a BSN": a credential's degree is asked of the credential; "can you get into an MSW
            # program or do you need the BSW first": of the degree named first; "a nursing degree": of the field
            named_first = any(
                m[0] in ("credential", "license", "degree") and m[2] < mention[2] for m in mentions if len(m) == 4
            )
            return None if named_first or "degree" in text[mention[2] : mention[3]].lower() else mention[1]
    return None


def _employer(mentions: list, text: str) -> Optional[str]:
    """The code of a setting named as the one that hires or asks ("do hospitals want"), when positions are known."""
    for mention in mentions:
        if len(mention) == 4 and mention[0] == "setting" and EMPLOYS.search(text[mention[3] :]):
            return mention[1]
    return None


def _before_own_condition(text: str, start: int, end: int) -> Tuple[int, int]:
    """An asking sentence's span without a condition about the asker at its end ("... if my bachelor's is in X"); a
    sentence that opens with the condition ("If I start an MSW now, ...?") asks about what it names."""
    condition = OWN_CONDITION.search(text, start, end)
    if condition is None or len(text[start : condition.start()].split()) < 2:
        return (start, end)
    return (start, condition.start())


def _named_where_asked(mentions: list, text: str, said_in: str, kinds: Tuple[str, ...]) -> list:
    """The codes of the kinds named in the sentences that ask (`said_in`: "w an lmsw in arkansas where can i work"),
    not in the sentences told before them ("LPN for 20 years here. where could I work ...")."""
    return [m[1] for m in _placed_where_asked(mentions, text, said_in, kinds)]


def _placed_where_asked(mentions: list, text: str, said_in: str, kinds: Tuple[str, ...]) -> list:
    said_at = max(text.find(said_in), 0)
    return [m for m in _placed(mentions) if m[0] in kinds and said_at <= m[2] < said_at + len(said_in)]


# "a case manager at a workers comp insurance company", "case management in a high school": the place of the work
AT_A_PLACE = re.compile(
    r"\b(?:at|in|for)\s+(?:an?|the|one of the|a big|a large|a small)?\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


# settings whose work differs from the same specialization's elsewhere (utilization review, by phone)
PLACES_OF_THEIR_OWN = ("insurance", "workers_compensation")
# "how much do community mental health case managers make": that work is the specialization (as all 13 questions in
# the read sets that say so are labelled; "a case manager at a community mental health center" is the place's)
WORK_OF_A_PLACE = {"community_mental_health": "mental_health"}
ROLE_AFTER = re.compile(r"\W+(?:case manag|cms?\b|case ?workers?)", re.IGNORECASE)


def _kind_of_work_named(mentions: list, text: str) -> Optional[str]:
    """The specialization a question names as a kind of case manager ("social work case managers"), if any."""
    return next(
        (
            code
            for kind, code, _, end in _placed(mentions)
            if code in SPECIALIZATIONS
            and (kind == "specialization" or (kind == "degree_field" and ROLE_AFTER.match(text, end)))
        ),
        None,
    )


def _place_as_a_role(mentions: list, text: str, place: str) -> bool:
    """Is the place said as a kind of case manager ("community mental health case managers"), not where one works
    ("a case manager at a community mental health center")?"""
    return any(
        code == place and ROLE_AFTER.match(text, end) and not AT_A_PLACE.search(text[:start])
        for _, code, start, end in _placed(mentions)
    )


def _workplace_asked(mentions: list, text: str, said_in: str) -> Optional[str]:
    """The setting the sentences that ask place the work at ("at a community agency"), if any."""
    places = _placed_where_asked(mentions, text, said_in, ("setting",))
    # ("do hospital case managers make more than the ones at nonprofits": the place named first, as the role's)
    return next(
        (code for _, code, start, end in places if AT_A_PLACE.search(text[:start]) or ROLE_AFTER.match(text, end)),
        None,
    )


SAID_AS_HELD = re.compile(
    r"\b(?:i'?m an?|im an?|i am an?|i have (?:my|an?|the)|i hold (?:my|an?|the)|as an?)\s+$", re.I
)


def _said_as_held(mentions: list, text: str) -> set:
    """The credentials and licences the asker says they hold ("I'm an RN in Duluth")."""
    return {m[1] for m in _placed(mentions) if m[0] in ("credential", "license") and SAID_AS_HELD.search(text[: m[2]])}


# (a home health nurse case manager is labelled healthcare work by the writers: home health is no subject of theirs)
NURSES_EMPLOYERS = ("insurance", "workers_compensation", "hospitals", "managed_care")


AS_ONES_OWN_ROLE = re.compile(
    r"\b(?:my|i'?m|i am|im)\b[^.?!]*\bas an? (?:[\w-]+ ){1,2}nurse c(?:ase )?m", re.IGNORECASE
)


def _employer_of_the_nurse(mentions: list, text: str) -> Optional[str]:
    """The setting said just before "nurse case manager" ("an insurance nurse cm"), or None."""
    placed = _placed(mentions)
    for place, role in zip(placed, placed[1:]):
        if (
            place[0] == "setting"
            and place[1] in NURSES_EMPLOYERS
            and role[0] == "specialization"
            and text[role[2] : role[3]].lower().startswith("nurs")  # healthcare named by a nurse alias
            and not text[place[3] : role[2]].strip()
        ):
            return place[1]
    return None


def _placed(mentions: list) -> list:
    """The mentions of subjects that carry positions (kind, code, start, end), in the order they were said."""
    return sorted((m for m in mentions if len(m) == 4 and m[0] in SUBJECT_KINDS), key=lambda m: m[2])


def _named_before(mentions: list, at: int) -> Optional[str]:
    """The credential, licence or degree named last before a place in the text: what "that" asks about there."""
    before = [m for m in _placed(mentions) if m[0] in ("credential", "license", "degree") and 0 <= m[3] <= at]
    return before[-1][1] if before else None


def _first_named(mentions: list) -> Optional[Tuple[str, str]]:
    """(kind, code) of the first thing named, when mentions carry positions."""
    placed = _placed(mentions)
    return (placed[0][0], placed[0][1]) if placed else None


def _last_two_told(mentions: list, degree_for_field: Dict[str, str]) -> Tuple[str, ...]:
    """The last two different things named, in the order they were said, when mentions carry positions: what
    "them" in a question that names nothing refers to."""
    placed = _placed(mentions)
    codes = [degree_for_field.get(m[1], m[1]) if m[0] == "degree_field" else m[1] for m in placed]
    recent: list = []
    for code in reversed(codes):
        if code not in recent:
            recent.insert(0, code)
        if len(recent) == 2:
            break
    return tuple(recent) if len(recent) == 2 else ()


def compared_pair(mentions: list, text: str, degree_for_field: Dict[str, str]) -> Tuple[str, ...]:
    """The two different things joined by "or", "vs" or "compared to" with at most a few words between them ("rehab
    counseling vs a regular counseling master's"), when mentions carry positions; () when none are. Two credentials
    named win over a word that describes one of them ("the c c m and the nursing case management one from a n c c")."""
    placed = _placed(mentions)
    credentials = tuple(dict.fromkeys(m[1] for m in placed if m[0] in ("credential", "license")))
    pair = _joined_pair(placed, text, degree_for_field)
    if len(credentials) == 2 and pair and not set(pair) <= set(credentials):
        return credentials
    return pair


def _pair_leads(mentions: list, text: str, degree_for_field: Dict[str, str]) -> bool:
    """Two things compared open the message ("BSW vs MSW if i want to be a case manager, ..."): it compares them."""
    pair = compared_pair(mentions, text, degree_for_field)
    starts = [m[2] for m in _placed(mentions) if m[1] in pair]
    return bool(pair) and len(text[: min(starts)].split()) <= 3


def _joined_pair(placed: list, text: str, degree_for_field: Dict[str, str]) -> Tuple[str, ...]:
    for before, after in zip(placed, placed[1:]):
        pair = _subjects([before[:2]], degree_for_field) + _subjects([after[:2]], degree_for_field)
        if len(set(pair)) == 2 and JOINED_FOR_COMPARISON.fullmatch(text[before[3] : after[2]]):
            return tuple(pair)
        # "the difference between an ADN and a BSN", "what separates an LMSW from an LCSW"
        if (
            len(set(pair)) == 2
            and BETWEEN.search(text[: before[2]])
            and AND_OR_FROM.fullmatch(text[before[3] : after[2]])
        ):
            return tuple(pair)
    return ()


ROLE_NAMED = re.compile(r"\b(?:case manag|cms?\b|case ?workers?|coordinators?|social workers?|nurses?)", re.IGNORECASE)
# "how long is an advanced standing MSW", "how long is a counseling masters": the length of the degree named
HOW_LONG_IS = re.compile(
    r"\bhow long (?:is|are|would be|does|do|would|will) (?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


def _how_long_it_is(mentions: list, text: str, degree_for_field: Dict[str, str]) -> Optional[str]:
    """The degree whose length is asked right after "how long is", when mentions carry positions."""
    found = next((m for m in _placed(mentions) if m[0] in DEGREE_KINDS and HOW_LONG_IS.search(text[: m[2]])), None)
    return next(iter(_subjects([found[:2]], degree_for_field, "duration")), None) if found else None


def leads_to(mentions: list, text: str) -> Optional[str]:
    """The code a question leads to: after "to" ("the lmsw to lcsw process") or after "before I can go for" ("lmsw
    here, how many years before i can go for the lcsw"), when mentions carry positions."""
    led = _led_to(mentions, text)
    found = LEADS_TO.search(text)
    after = [m[1] for m in _placed(mentions) if found and m[2] >= found.end()]
    return led or (after[0] if after else None)


def _led_to(mentions: list, text: str) -> Optional[str]:
    """The code of a mention that follows another with only "to" between them ("RN to BSN"), when positions are
    known."""
    placed = sorted((m for m in mentions if len(m) == 4), key=lambda m: m[2])
    for before, after in zip(placed, placed[1:]):
        between = text[before[3] : after[2]]
        if re.fullmatch(r"(?:\s+|\s*-\s*)to(?:\s+|\s*-\s*)(an?\s+)?|\s*(?:-+>|→|=>)\s*", between, re.IGNORECASE):
            return after[1]
    return None


def _subjects(mentions: Iterable[Tuple[str, str]], degree_for_field: Dict[str, str], aspect: str = "") -> list:
    found = list(mentions)
    result = []
    # a degree question is about the degree it names ("is a human services degree enough for the CCM?")
    kinds = (
        DEGREE_KINDS + tuple(k for k in SUBJECT_KINDS if k not in DEGREE_KINDS) if aspect == "degree" else SUBJECT_KINDS
    )
    for kind in kinds:
        for mention_kind, code in found:
            if mention_kind != kind:
                continue
            if kind == "degree_field" and degree_for_field and code not in degree_for_field:
                continue  # "a criminal justice BA" is a field no degree of ours has: nothing to answer about
            code = degree_for_field.get(code, code) if kind == "degree_field" else code
            if code not in result:
                result.append(code)
    return result


def slot_subject(last_topic: Optional[str]) -> str:
    """The subject part of a last_topic value (Topic.slot); of "requirements:me/CCM", their own case for the CCM, the
    CCM, which a follow-up is about."""
    return (last_topic or "").split(":", 1)[-1].rpartition("/")[2]


def _last_subject(last_topic: Optional[str]) -> Optional[str]:
    subject = slot_subject(last_topic)
    if not subject or "+" in subject or subject in (ME, GENERAL):
        return None
    return subject
