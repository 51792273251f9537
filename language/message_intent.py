"""What a whole message does, when the classifier heard only part of it.

Plain Python, no Rasa. A question told as a story ("my aunt is a case manager and I still don't get what she does
all day": the classifier hears venting or an answer) is that question; an opening that says the person is lost
("no idea where to start") asks to start advising, while real venting ("I cry after every shift") stays venting.
A few kinds are decided by their words whatever the classifier heard (decided_by_words): two options and "which"
compare; a preference told without asking answers; an amount of time alone or a background that asks nothing
answers; the years before anyone hires, the timing of a licence application, what something "runs", needing a
degree, one's traits or past, whether a certification is real, and AI taking jobs each ask their own question.
Every other message keeps the classifier's intent.
"""

from __future__ import annotations

import re
from typing import Collection, Optional

from language import aspect_model
from language.answers_in_context import tells_then_asks
from language.asking import IMPLICIT_ASK, QUESTION_WORD_FIRST, SAYS_IT_ASKS, SENTENCES, asking_part
from language.cues import anywhere
from language.durations import find_durations
from language.question_topic import (
    ASKED_INTENT,
    FIRST_PERSON,
    INTENT_ASPECT,
    asked_aspect,
    cue_aspect,
    opens_with_definition,
)

# The words of a what-if: "what if I got my MSW", "suppose I had two years", "if I were an RN"
SUPPOSES = anywhere(
    r"what if", r"suppos\w*", r"if i (?:had|got|were|was|did|went|do|get|finish\w*)", "say i", "let'?s say"
)
# What a story or an opening is often taken for; a question intent the classifier chose is left to question_topic.
TELLING_INTENTS = {"inform", "vent", "start_advising", "nlu_fallback", "dont_know", "chitchat", "out_of_scope"}
LOST_INTENTS = {"vent", "nlu_fallback", "dont_know", "chitchat", "out_of_scope", "inform"}
# Not heard at all: a question about the person's own case ("could I get hired with just that?") is still that
# question. An answer that asks about the own case (inform, vent) keeps its intent, so the intake reads it; a story
# that ends by asking is that question (answers_in_context.tells_then_asks: the intake reads its facts all the same).
UNHEARD_INTENTS = {"nlu_fallback", "out_of_scope", "chitchat"}
# How sure the aspect reader (language/aspect_model.py) must be to take such a message for the question it asks,
# chosen leave-one-writer-out (evaluation/quality/aspect_lowo.py, docs/nlu-tuning.md).
HEARD_SURE = 0.5
# "do my four years of therapy count toward the 24 months", said without a question mark: a question of one's own case
# by its first words, not an answer
ASKS_OF_OWN_CASE = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|also|hey|um|uh|wait)\W+)?(?:do|does|did|can|could|will|would|should|am|is|are)\s+"
    r"(?:i|my|me)\b",
    re.IGNORECASE,
)

LOST = anywhere(
    r"(?:i'?m|i am|im|feeling|feel|so|totally|completely|kinda|kind of|pretty) lost",
    r"(?:no|zero) (?:idea|clue) (?:where|how) to (?:start|begin)",
    r"(?:don'?t|dont|do not) know (?:where|how) to (?:start|begin)",
    r"where (?:do|should|would|can) i (?:even )?(?:start|begin)",
    r"what (?:i'?m|im|i am) (?:doing|gonna do|going to do) with my life",
    r"what to do with my life",
    r"(?:don'?t|dont|do not) know what i (?:want|wanna|should)(?: to)? do",
    "no direction", "directionless", "need (?:some )?(?:direction|guidance)",
    # "is there a case management path for somebody like me?"
    r"(?:is there|what'?s|what is|whats) (?:a|the|any|my) (?:[\w-]+ ){0,3}(?:path|way in|route) for "
    r"(?:somebody|someone|a person|people|me)\b",
)  # fmt: skip
# Hurt, not lost: these keep the sympathy of the venting reply.
HURTING = anywhere(
    "burn(?:ed|t)? ?out", "cry", "crying", "cried", "exhausted", "hate", "miserable", "can'?t take", "breaking down",
    "depressed", "drained", "overwhelmed", "quit", "quitting", "fired", "laid off",
)  # fmt: skip

# What wipes a person's answers or data is done only when the words say so: a short answer the classifier hears as
# "start over" or "forget me" ("hs, just prereqs rn") is read as the answer it is (the thirty-fourth writer's person
# lost every answer, turn after turn).
SAYS_IT_OUTRIGHT = {
    "start_over": anywhere(
        r"start\w*", r"restart\w*", r"reset\w*", r"redo\w*", "re-do", "over", "again", "scratch", "beginning",
        "the top", "fresh", "square one", "wipe", "clear", "erase", "scrap", "forget",
        r"new (?:chat|conversation|session)", "back to the", "from the", "slate",
    ),
    # ("since right before thanksgiving 2024, same hospital, full time", heard as goodbye, would end the intake)
    "goodbye": anywhere(
        r"by+e+\w*", "goodbye", "farewell", r"see (?:you|ya|u)", "later", r"got+a go", "gtg",
        r"(?:have|need) to (?:go|run)",
        r"talk (?:to you |to u )?(?:later|tomorrow|soon|another)", "catch you", r"have a (?:good|nice|great)",
        r"good ?night", "night", "nite", r"sign(?:ing)? off", r"log(?:ging)? off", r"another time", r"next time",
        r"(?:i'?m|im|i am|all) (?:all )?done", r"done (?:for|here)", r"that'?s (?:all|it|everything)",
        r"thats (?:all|it|everything)", r"head(?:ing)? out", "leaving", r"close (?:this|the) chat", "cya", "ttyl",
        "take care", r"(?:i'?m|im) off", r"(?:gonna|going to) go", "ciao", "adios", "peace out", "that'?ll be all",
    ),
    "forget_me": anywhere(
        r"forg[eo]t\w*", r"delet\w*", "erase", r"remov\w*", "wipe", "purge", "gdpr", r"stor\w*", "keep", "kept",
        "record", "records", "data", "privacy", r"sav\w*", "stays", "personal details", "system",
    ),
}  # fmt: skip
# The person's own plan, asked for: "show me my whole plan", "the full plan", "all my steps"
MY_PLAN = anywhere(r"my (?:\w+ )?(?:plan|steps|path|roadmap)", r"(?:the|full|whole) (?:plan|roadmap)", "for me")
# Kinds the words decide whatever part of the message the classifier heard (issue #12, docs/nlu-tuning.md step 9).
# "hospital vs insurance, which one is less stressful": two options and "which" weigh them, with or without a
# question word first (the asking words alone would make it a salary or a setting question).
VERSUS_WHICH = re.compile(r"\b(?:vs|versus)\b[^!?\n]{0,80}?\bwhich\b", re.IGNORECASE)


def _or_then_which(words: str) -> re.Pattern:
    return re.compile(rf"\bor\b[^!?\n]{{1,60}}?[,.…]*\s*which {words}\b", re.IGNORECASE)


# "X or Y, which one..." also weighs two, but "cdms.org or yourcommission.org, which one certifies" asks who: only
# where the classifier heard no question.
OR_WHICH = _or_then_which("(?:one|is|would|should|pays|has|gets|fits|suits|makes)")
# "psych degree or BSW... which opens more doors": weighing words after two options compare, whatever was heard
OR_WHICH_WEIGHS = _or_then_which("(?:one )?(?:opens|leads|gives|pays|fits|suits|works out|is better)")
COMPARING_INTENTS = {"compare", "ask_difference_therapist"}
# A preference told, not asked: "would rather not be in a hospital", "no more hospitals for me", "leaning toward".
PREFERS = anywhere(
    r"(?:i'?d|i would|would) (?:much )?(?:rather|prefer)", "prefer(?:ably)?", "my preference",
    "leaning (?:toward|towards)", r"^\W*rather (?:not|do|be|work|stay)", r"no more [\w' -]+ for me",
    r"(?:is|are|isn'?t|aren'?t) (?:really )?(?:not )?for me", r"(?:i'?m|im|i am) done with",
    r"(?:don'?t|dont|do not|never) want to (?:go back|work|be|do)", "anything but",
    r"(?:i'?d|i would) (?:like|love) to (?:work|be|do|try|stay|go|end up|move|land)", r"(?:want|wanna) out of",
    "more drawn to", "ideally",
)  # fmt: skip
# "would rather not...", "would love something remote": a told wish, though it starts like a question
TOLD_WISH = re.compile(r"^\W*(?:i'?d|would|i would)\s+(?:much\s+)?(?:rather|prefer|like|love)\b", re.IGNORECASE)
# Where a clause can start a question: "I'm an RN, do I qualify"; not "...and do intake", which tells.
CLAUSE_BREAKS = re.compile(r"[,;:]\s*|\s+(?:but|so)\s+", re.IGNORECASE)
# Spoken openings before a question word ("um can I..."), and the verbs that ask besides asking.py's ("am I...").
FILLERS = re.compile(r"^\W*(?:(?:um+|uh+|hmm+|erm?|like|so|okay|ok|well|honestly)\W+)+", re.IGNORECASE)
ALSO_ASKS_FIRST = re.compile(r"^\W*(?:am|was|were|has|have|did|may|might|shall|any)\b", re.IGNORECASE)
# Asking without a question word after it: "I'd like to know the fee", "tell me the cost", "curious about the CRC".
ASKING_WORDS = anywhere(
    r"(?:want|wanna|need|like|love) to (?:know|learn|understand|find out|hear)", "tell me", "curious", r"wonder\w*",
    r"info(?:rmation)? (?:on|about)", "explain", r"help me (?:understand|figure)", "question",
    # a question run on after a statement without a comma: "im not great at confrontation is that gonna be an issue"
    r"(?:is|would|will|does|could|can) (?:that|this) (?:be|gonna|going to|hurt|matter|count|a)",
)  # fmt: skip
# What a told preference is often heard as: a comparison, a question about settings or the work, or venting.
PREFERENCE_HEARD_AS = {"compare", "vent", *INTENT_ASPECT, "ask_outlook", "ask_skills"}
# The experience that gets someone hired is asked as a time: "how many years before anyone hires me".
HIRING = anywhere(
    r"hir(?:e|es|ed|ing)", r"land (?:a|the|my first) (?:job|position|role)", r"take me on",
    r"let (?:me|you|someone|a new grad) (?:be|become|work|do|move)", r"(?:take|have) me as",
    r"(?:employers|hospitals|agencies|they) (?:want|expect|look for|require)",
)  # fmt: skip
EXPERIENCE_TIME = anywhere(r"\w+ (?:years?|yrs?|months?)", "experience", "how long")
# When a licence is applied for (before or after graduating) is a licensure question, not the time it takes.
APPLYING_FOR_A_LICENCE = re.compile(
    r"\b(?:apply|applying|application|submit|send in)\b[^.?!]{0,40}?"
    r"\b(?:licen[sc]\w*|lsw|lmsw|lcsw|lbsw|lisw|lpc|lmhc|lpcc|lcpc|lmft|l [sm] s w|l c s w|l p c)\b"
    r"|\b(?:licen[sc]\w*|lsw|lmsw|lcsw|lbsw|lisw|lpc|lmhc|lpcc|lcpc|lmft)\W+(?:application|app)\b",
    re.IGNORECASE,
)
APPLICATION_TIMING = anywhere(
    "when", "before", "after", "until", "till", "how soon", "at what point", "right away", "still in school",
    r"graduat\w*", "semester", "the moment", "as soon as",
)  # fmt: skip
TIME_IT_TAKES = anywhere("how long", "takes?", "taking", "process(?:ed|ing)?")
# A price asked as what something "runs": "what does the LCSW application run in CA", "gonna run me"
RUNS_AS_PRICE = re.compile(
    r"\bwhat\W+(?:does|do|did|will|would|might)\b(?:\W+[\w'-]+){0,8}?\W+"
    r"(?:(?:applications?|exams?|tests?|licen[sc]es?|cert\w*|credentials?|programs?|process|fees?|renewal)\W+run\b"
    r"|[\w'-]+\W+run\W+(?:me|you|us|someone|in|these days|nowadays|now|all in|total|roughly|about|around)\b)"
    r"|\b(?:gonna|going to|will|would|might) run (?:me|you|us|someone)\b",
    re.IGNORECASE,
)
# "is the acm good for four years or five", "how long does the CRC last": how long a credential stays valid
VALID_FOR = anywhere(
    r"(?:good|valid) for (?:\w+ ){0,2}(?:years?|yrs?)",
    r"(?:good|valid) for how long",
    "before (?:it|they) expires?",
    r"how long (?:is|does|do) (?:it|the \w+|an? \w+|they) (?:\w+ )?(?:last|valid|good)",
)
# "Do I NEED a BSN or will they take an ADN with experience" asks which degree, whatever experience it mentions.
DEGREE = r"(?:bsn|adn|asn|bsw|msw|msn|ba|bs|ma|ms|bachelor'?s?|associate'?s?|master'?s?|degree|diploma)"
NEEDS_A_DEGREE = re.compile(
    rf"\b(?:need|require[sd]?|want|insist on|have to have)\W+(?:(?:a|an|my|the|to have|to get)\W+)?{DEGREE}\b",
    re.IGNORECASE,
)
# Whether a certification is real or pay-to-play asks what it is, though it names money.
LEGITIMACY = anywhere(
    "legit(?:imate)?", "scam", "money grab", "pay[- ]to[- ]play", r"(?:real|actual) (?:cert\w*|credential|thing)",
    "recogni[sz]ed", "respected", r"something (?:people|you|anyone) (?:can )?(?:buy|pay for)",
)  # fmt: skip
# "like 4ish yrs?", "maybe two years or so": an amount of time alone answers, with or without a question mark.
TIME_ALONE = re.compile(
    r"^\W*(?:(?:like|about|around|maybe|prob(?:ably)?|roughly|um+|uh+|i think|almost|over|nearly|just|only|close to"
    r"|a little over|so)\W+)*"
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few"
    r"|a couple(?: of)?|a|an|half a)"
    r"(?=ish|\W*(?:and a half\W*)?(?:yrs?|years?|months?|mos?|wks?|weeks?)\b)"  # "ish" or a unit must follow
    r"(?:ish)?\W*(?:and a half\W*)?(?:yrs?|years?|months?|mos?|wks?|weeks?)?(?:ish)?"
    r"(?:\W+(?:or so|maybe|i think|ish|give or take|total|now))*\W*$",
    re.IGNORECASE,
)
# "I finished my MSW in May and I'm waiting to take my boards": a step pending, told without feelings, is news.
PENDING = anywhere(
    r"waiting (?:to|for|on)", "scheduled", "studying for", "approval to test",
    r"(?:sit|sitting|take|taking) (?:for )?(?:my|the) (?:exam|boards|test|nclex)",
)  # fmt: skip
FEELINGS = anywhere(
    r"feel\w*", "devastated", "sad", "angry", r"stress\w*", r"frustrat\w*", "ugh", "awful", "terrible", "crushed",
    "upset", "anxious", "nervous", "scared", "worried", "failed", "ghost", "sick", "forever", "ridiculous",
)  # fmt: skip
# "will my waitressing years count for anything skill wise": what a past brings is a skills question.
SKILLS = anywhere(r"skills?", "skill ?wise", "skill ?set", "soft skills", "strengths", "transferable")
# Not start_advising: "I want work that uses my people skills, help me find a path" asks for a plan.
SKILLS_HEARD_AS = {"ask_eligibility", "ask_experience", "ask_education", "ask_outlook"}
# "I'm very shy, is that a problem in case management", "what from my nursing years would help me": one's traits and
# past, asked about, are a skills question, though they sound like asking for guidance or about the field.
TRAIT = anywhere(
    "shy", r"introvert\w*", "quiet", "anxious", "soft[- ]spoken", r"stutter\w*", "awkward", "disorganized",
    "not (?:very |that |super )?(?:organized|outgoing|social|good with)", "bad at", "not (?:great|good) at",
    "hate conflict", "conflict[- ]averse",
)  # fmt: skip
TRAIT_QUESTION = anywhere(
    "problem", "issue", "hurt", "hold (?:me )?back", "struggle", "deal ?breaker", r"disqualif\w*", "bad fit",
    "still (?:do|be)", "work against",
)  # fmt: skip
PAST_BRINGS = re.compile(
    r"\bwhat (?:parts? )?(?:from|of|in) (?:my|being)\b.*"
    r"\b(?:help|carry over|carries over|transfer|useful|matter|apply)",
    re.IGNORECASE,
)
PERSON_HEARD_AS = {"start_advising", "ask_outlook", "vent", "ask_eligibility", "nlu_fallback", "inform", "chitchat"}
PAST_HEARD_AS = PERSON_HEARD_AS | {"ask_education", "ask_experience", "ask_employers"}
# "What should I go back to school for to become a case manager" asks which schooling, not for a plan.
WHICH_SCHOOLING = anywhere(
    r"what (?:should|do|would|could) i (?:need to |have to )?(?:go (?:back )?to (?:school|college) for|study|major in"
    r"|get a degree in)",
    r"(?:which|what) (?:program|major|degree|schooling|classes|courses)", r"what (?:do|would|should) i go back for",
)  # fmt: skip
KNOWN_ALREADY = re.compile(r"\b(?:know|knew|sure|decided|figured(?: out)?|told me|tell you)\W+$")
SCHOOLING_HEARD_AS = {"start_advising", "next_step", "ask_outlook", "ask_employers", "nlu_fallback", "ask_skills"}
# Talk of AI taking jobs is about the field's future; asking whether this is a bot says "you", "this" or "bot".
ADDRESSES_THE_BOT = anywhere(
    "you", "u", "you'?re", "youre", "bot", "robot", "chatbot", "talking", "chatting", "answers", "repl(?:y|ies)",
    r"this (?:is )?(?:an? )?(?:ai|bot|chat\w*|thing|app|automated|real|human|site|program)",
)  # fmt: skip
ABOUT_THE_FIELD = anywhere(
    r"jobs?", "field", "careers?", "replac\\w*", "take over", "taking over", "obsolete", "dying", "future",
    r"case manag\w*", "cms?", "ur", "utilization", "nurses?", "social workers?", "automat\\w*",
)  # fmt: skip

# "does it matter that I'm an LPN and not an RN", "will anyone hire me with just a GED": a question about one's own
# case, though the classifier heard an answer ("no", "not an RN") or nothing it knew. What it names decides what
# is asked: schooling and hiring, a licence, or where and how long one worked.
OWN_CASE_ASKED = anywhere(
    r"(?:does|would|will|could) (?:it|that|this) (?:matter|count|hurt|be a problem|be an issue|make a difference)",
    r"(?:is|isn'?t) (?:it|that|this) (?:a problem|an issue)",
    r"(?:will|would|could|does|do) (?:anyone|anybody|someone|employers|agencies|hospitals|they) (?:ever )?hire",
    r"(?:can|could|will|would) i (?:ever )?(?:get|be) hired",
)  # fmt: skip
OWN_CASE_HEARD_AS = {"deny", "affirm", "inform", "nlu_fallback", "vent", "chitchat", "out_of_scope", "dont_know"}
# What the message names, by the kinds of the entities the knowledge base's patterns found in it (levels, degrees,
# licences: their names live in the knowledge sources), or by the plain words for them.
SCHOOLING_KINDS = {"education_level", "degree", "degree_field"}
SCHOOLING = anywhere("degree", "college", "school(?:ing)?")
LICENCE_KINDS = {"license", "credential"}
LICENCE_NAMED = anywhere(r"licen[cs]e[sd]?", "nurse")
WORK_TOLD = anywhere(
    r"time", r"months?", r"years?", r"employers?", r"jobs?", r"hospitals?", r"agenc(?:y|ies)", r"split", "experience",
    "cm", r"case manag\w*", r"states?",
)  # fmt: skip


def own_case_asked(intent: Optional[str], lowered: str, named: Collection[str] = ()) -> Optional[str]:
    """The question a message about one's own case asks, where the classifier did not hear a question; `named` are
    the kinds of the entities found in it."""
    if intent not in OWN_CASE_HEARD_AS or not OWN_CASE_ASKED.search(lowered) or HURTING.search(lowered):
        return None
    if find_durations(lowered) or re.search(r"\d", lowered):
        return None  # "18 months, does that count?": an answer with a doubt, read by the intake
    if SCHOOLING_KINDS & set(named) or SCHOOLING.search(lowered):
        return "ask_education"  # the guide's education section: what most roles ask for
    if LICENCE_KINDS & set(named) or LICENCE_NAMED.search(lowered):
        return "ask_eligibility"
    if WORK_TOLD.search(lowered):
        return "ask_experience"
    return "ask_employers" if HIRING.search(lowered) else None


def whole_message_intent(intent: Optional[str], text: str, named: Collection[str] = ()) -> Optional[str]:
    """The intent the whole message has, when it differs from the classifier's; None to keep the classifier's.
    `named`: the kinds of the entities found in the message (degree, license, ...)."""
    # what the words decide ("no idea where to start" starts advising) comes before what the reader hears
    return _reread(intent, text, named) or learned_question(intent, text)


def learned_question(intent: Optional[str], text: str) -> Optional[str]:
    """The question a message taken for telling asks, as the aspect reader hears it when it is at least HEARD_SURE;
    only where the message asks something, and not of the asker's own case unless nothing else was heard (as
    asked_aspect)."""
    # small talk and what is outside the domain are not re-read: the reader knows only questions of the domain
    asked = asking_part(text) if intent in TELLING_INTENTS - {"chitchat", "out_of_scope"} else ""
    if wants_guidance(text):
        return None  # "i dont know where to begin" asks where to start, not where case managers work
    if not asked:
        return None
    learned = aspect_model.learned_aspects(text)
    if not learned:
        return None
    aspect = max(learned, key=learned.get)
    # "um what's an m r c the lady at my son's school ... said she has one": what a thing is, whoever's story follows
    defined = aspect == "what_is" and WHAT_IS_SPOKEN.match(asked)
    if FIRST_PERSON.search(asked) and not defined and not _own_case_may_be_asked(intent, text):
        return None
    return ASKED_INTENT[aspect] if learned[aspect] >= HEARD_SURE else None


# "i see the case managers all the time and i want to do what they do so how do i get from where i am to that":
# the way from here to the work, whatever the work's words make it sound like
PATH_FROM_HERE = anywhere(
    r"how (?:do|can|would|should|could) i (?:even )?get from (?:where i am|here|my job|what i do)",
    r"how (?:do|can|would|should|could) i get (?:there|into (?:it|that|this)) from (?:here|where i am)",
    r"what (?:are|would be) (?:my|the) (?:next )?steps to get (?:there|into (?:it|that|this))",
    # "the lady who helped him was amazing so i want to do what she does how do i get there"
    r"(?:want to|wanna|like to) (?:do|be) what (?:she|he|they) (?:does|do|did|is|are)\b[^?.!]{0,20}\bhow "
    r"(?:do|can|would|should|could) i (?:even )?get there",
)


NEEDS_ASKED_FIRST = re.compile(
    r"^\W*(?:(?:um+|uh+|so|ok|okay|hi|hello|hey)\W+)*what (?:do|does|would|will) (?:i|you|u|someone|one) need"
    r" (?:for|to get|to sit for|to apply for) (?:the |an? |my )?[\w-]+(?:\s+[\w-]+){0,2}\s*\?",
    re.IGNORECASE,
)


def _reread(intent: Optional[str], text: str, named: Collection[str] = ()) -> Optional[str]:
    decided = decided_by_words(intent, text, named)
    if decided and decided != intent:
        return decided
    credential_named = {"credential", "license"} & set(named)
    if (intent or "").startswith("ask_") and PATH_FROM_HERE.search((text or "").lower()) and not credential_named:
        return "start_advising"
    if intent in TELLING_INTENTS and credential_named and NEEDS_ASKED_FIRST.match(text or ""):
        return "ask_eligibility"  # "What do I need for the CDMS? I handle disability claims at an insurance company."
    if intent in TELLING_INTENTS:
        aspect = asked_aspect(text, own_case=_own_case_may_be_asked(intent, text))
        if aspect:
            return ASKED_INTENT[aspect]
        # "what would i actually be doing from 9 to 5", "where can i work with an lmsw", "would i be taking a pay
        # cut": the work's days, places and pay, whoever asks (no eligibility of their own is asked)
        if (own := asked_aspect(text, own_case=True)) in ("day_to_day", "setting", "salary"):
            return ASKED_INTENT[own]
        # "school vs community agency case manager", "... hows one different from the other": two things compared
        if len(named) >= 2 and cue_aspect(text) == "difference":
            return ASKED_INTENT["difference"]
        # "MSW or a master's in rehab counseling if I want to work with people with disabilities?": a choice asked
        if (
            len(named) >= 2
            and OPTIONS_FIRST.match(text or "")
            and ((text or "").rstrip().endswith("?") or A_GOAL_GIVEN.search(text or ""))
        ):  # ("msw or masters in rehab counseling if i want to work with disabled ppl getting jobs": spoken)
            return ASKED_INTENT["difference"]
        # "ACM-RN elig", "CCM reqs": a thing named and an aspect's word, and nothing else, is asked as a note is
        if named and len(re.findall(r"[\w'-]+", text)) <= 4 and (terse := cue_aspect(text)):
            return ASKED_INTENT[terse]
        # not heard at all, yet a thing named and one aspect's words: "lpn to adn bridge how many semesters"
        if intent in UNHEARD_INTENTS and named and (cued := cue_aspect(text)):
            return ASKED_INTENT[cued]
        if named and NAME_ASKED.match(text or ""):
            return "ask_what_is"  # "cdms = ?", "CMGT-BC??"
        if named and opens_with_definition(text or ""):
            return "ask_what_is"  # "whats an lpn exactly? and is lvn just the texas name for it": what it is
        if intent in UNHEARD_INTENTS and named and WHAT_IS_SPOKEN.match(text or ""):
            return "ask_what_is"  # "um what is a c d m s i saw it on a job posting": spoken on, unpunctuated
        # "... full time since august how long do i have to work there before i can get the c d m s": a question
        # spoken on after a story, with no mark to end either
        embedded = EMBEDDED_QUESTION.search(text or "")
        # (the question's own words first; else the story's: "i failed the clinical exam ... is there some other way")
        if embedded and (cued := cue_aspect(text[embedded.start() :]) or cue_aspect(text)):
            return ASKED_INTENT[cued]
    if intent == "what_if" and cue_aspect(text or "") == "cost":
        # "If I go for both the CCM and the CDMS next year, what am I looking at in fees": a price asked, supposing
        return "ask_cost"
    if intent == "what_if" and not SUPPOSES.search(text) and (asked := asked_aspect(text, own_case=True)):
        # "... before we moved to Columbus. What would I need to get the LSW in Ohio?": a question, nothing supposed
        return ASKED_INTENT[asked]
    if intent in LOST_INTENTS and wants_guidance(text):
        return "start_advising"
    return None


OPTIONS_FIRST = re.compile(
    r"^\W*(?:(?:an?|the)\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,2}\s+or\s+(?:an?\s+|the\s+)?[\w'.-]+", re.IGNORECASE
)
EMBEDDED_QUESTION = re.compile(
    r"(?<=[a-z] )(?:(?:what|how (?:long|much|many|soon)|where|who|which) "
    r"(?:would|will|do|does|did|is|are|can|could|should) "
    r"(?:i|you|my|it|they|we|a|an|the)"
    # "... on my l l m s w how long until i can get my clinical license"
    r"|how (?:long|soon) (?:until|till|before) (?:i|you|she|he|we)"
    # "... and i failed it um is there some other way to get my el see ess double u without passing it"
    r"|is there (?:some |any |another |an )?(?:other )?way to"
    r"|would (?:getting|having|doing) (?:my|a|an|the) "
    # "... thinking about switching over what do nurse case managers make like in a hospital"
    r"|what (?:do|does) (?:[\w-]+ ){1,3}(?:make|earn)\b)\b",
    re.IGNORECASE,
)
A_GOAL_GIVEN = re.compile(r"\bif (?:i|you) (?:want|wanna|plan|hope|would like|'?d like)\b", re.IGNORECASE)
WHAT_IS_SPOKEN = re.compile(r"^\W*(?:(?:um+|uh+|so|ok|okay|hi|hey)\W+)*(?:what'?s|whats|what is) (?:an? |the )?", re.I)
NAME_ASKED = re.compile(r"^\W*[\w-]{2,10}\s*(?:=|means|stands for)?\s*\?+\s*$", re.IGNORECASE)


def _own_case_may_be_asked(intent: Optional[str], text: str) -> bool:
    return (
        intent in UNHEARD_INTENTS
        or tells_then_asks(text)
        or bool(ASKS_OF_OWN_CASE.match(text or ""))
        or bool(SAYS_IT_ASKS.search(text or ""))
    )


def wants_guidance(text: str) -> bool:
    """'I'm lost', 'no idea where to start', 'idk what I'm doing with my life': asking where to begin."""
    lowered = (text or "").lower()
    return bool(LOST.search(lowered)) and not HURTING.search(lowered)


def decided_by_words(intent: Optional[str], text: str, named: Collection[str] = ()) -> Optional[str]:
    """The intent where a few words decide it whatever the classifier heard; None where they do not."""
    lowered = (text or "").lower()
    if intent in SAYS_IT_OUTRIGHT and not SAYS_IT_OUTRIGHT[intent].search(lowered):
        return "inform"  # "hs, just prereqs rn" heard as start_over would wipe every answer: it answers instead
    if intent not in COMPARING_INTENTS and VERSUS_WHICH.search(lowered):
        return "compare"
    if intent in TELLING_INTENTS and OR_WHICH.search(lowered):
        return "compare"
    if intent not in COMPARING_INTENTS | {"ask_issuer"} and OR_WHICH_WEIGHS.search(lowered):
        return "compare"
    if intent in PREFERENCE_HEARD_AS and PREFERS.search(lowered) and not asks(text) and not HURTING.search(lowered):
        return "inform"
    if intent == "ask_duration" and HIRING.search(lowered):
        return "ask_experience"
    if intent == "ask_eligibility" and HIRING.search(lowered) and EXPERIENCE_TIME.search(lowered):
        return "ask_experience"
    if (
        intent in ("ask_duration", "ask_eligibility")
        and APPLYING_FOR_A_LICENCE.search(lowered)
        and APPLICATION_TIMING.search(lowered)
        and not TIME_IT_TAKES.search(lowered)
    ):
        return "ask_licensure"
    if intent in TELLING_INTENTS and VALID_FOR.search(lowered) and asks(text):
        return "ask_renewal"
    if intent != "ask_issuer" and RUNS_AS_PRICE.search(lowered):
        return "ask_cost"
    if intent == "ask_experience" and NEEDS_A_DEGREE.search(lowered):
        return "ask_education"
    if intent in UNHEARD_INTENTS and "state" in named and "license" in named and asks(text):
        return "ask_licensure"  # "does CA even have an LMSW?", "is nj LSW the masters one?": that state's licences
    if (
        intent == "show_plan"
        and {"credential", "license"} & set(named)
        and not MY_PLAN.search(lowered)
        and (aspect := cue_aspect(text))
    ):
        return ASKED_INTENT[aspect]  # "what do you need to become an LPC, like the whole list": the LPC's, not my plan
    if intent == "ask_skills" and not SKILLS.search(lowered) and not TRAIT.search(lowered):
        aspect = cue_aspect(text)  # "what do you need to sit for the CDMS": what it asks for, not skills
        if aspect:
            return ASKED_INTENT[aspect]
    if intent in SKILLS_HEARD_AS and SKILLS.search(lowered) and asks(text):
        return "ask_skills"
    if intent in PERSON_HEARD_AS and asks(text) and (TRAIT.search(lowered) and TRAIT_QUESTION.search(lowered)):
        return "ask_skills"
    if intent in PAST_HEARD_AS and PAST_BRINGS.search(lowered):
        return "ask_skills"
    schooling_asked = WHICH_SCHOOLING.search(lowered)
    # ("... 40 now what should i study to switch to social work case management": asked, though spoken on unmarked)
    if (
        intent in SCHOOLING_HEARD_AS
        and schooling_asked
        and (asks(text) or not KNOWN_ALREADY.search(lowered[: schooling_asked.start()]))
    ):
        return "ask_education"
    if intent in ("ask_cost", "ask_issuer") and LEGITIMACY.search(lowered):
        return "ask_what_is"
    if intent == "vent" and PENDING.search(lowered) and not (HURTING.search(lowered) or FEELINGS.search(lowered)):
        return None if asks(text) else "inform"
    if intent != "inform" and TIME_ALONE.search(lowered):
        return "inform"
    if (intent or "").startswith("ask_") and tells_only(text):
        return "inform"
    own_case = own_case_asked(intent, lowered, named)
    if own_case:
        return own_case
    if intent == "bot_challenge" and ABOUT_THE_FIELD.search(lowered) and not ADDRESSES_THE_BOT.search(lowered):
        return "ask_outlook"
    return None


def asks(text: str) -> bool:
    """Whether any sentence of the message asks something: a question mark, a question word first in a clause
    ("would rather..." is a wish told), "which", or asking words ("no idea how...")."""
    for sentence in SENTENCES.split((text or "").strip()):
        if sentence.rstrip().endswith("?") or IMPLICIT_ASK.search(sentence) or re.search(r"\bwhich\b", sentence, re.I):
            return True
        if ASKING_WORDS.search(sentence.lower()):
            return True
        clauses = [FILLERS.sub("", c) for c in CLAUSE_BREAKS.split(sentence) if c and c.strip()]
        if any(
            (QUESTION_WORD_FIRST.search(c) or ALSO_ASKS_FIRST.search(c)) and not TOLD_WISH.search(c) for c in clauses
        ):
            return True
    return False


def tells_only(text: str) -> bool:
    """Sentences about the person and none that asks ("... No license, since my state only licenses social work
    graduates. My degree is in sociology."): a background, though it names a licence or an exam."""
    sentences = [part for part in SENTENCES.split((text or "").strip()) if part.strip()]
    return len(sentences) >= 2 and not asks(text) and len(FIRST_PERSON.findall(text)) >= 2
