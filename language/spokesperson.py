"""Someone asking for another person: "my son wants to be a rehab counselor", "my wife has a BSN and wants to get
into case management". A parent or partner answers the intake for them ("she has her RN", "he doesn't have any
yet"), and what is told of that person is the profile. Read in the first person, each such answer is understood as
the person's own; the entities' places move with the words (`Rewritten.moved`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, List, Tuple

RELATIVES = (
    r"son|daughter|wife|husband|partner|spouse|mom|mother|dad|father|sister|brother|niece|nephew|grandson"
    r"|granddaughter|kid|child|boyfriend|girlfriend|fianc[eé]e?|mama|momma|mommy|mum|papa|daddy|hubby|grandma"
    r"|grandpa|grandmother|grandfather|stepson|stepdaughter"
)
# others one may ask for, said outright ("asking for my best friend Irene"); a friend who "wants to" may be only
# mentioned in one's own story
OTHERS = r"(?:best |close |good )?friend|cousin|aunt|uncle|roommate|neighbou?r|coworker|co-worker|colleague"
SPEAKS_FOR = re.compile(
    # "my wife wants to get into case management" (not "my daughter wants me to go back to work")
    # ("... with my mom and a case worker helped us ... so i want to do that": the asker's own wish)
    rf"\b(?:my|our)\s+(?:{RELATIVES})\b[^.?!]{{0,80}}?\b(?<!\bi )(?<!\bwe )(?<!\bi really )(?<!\bi just )"
    rf"(?:wants?|would like|is (?:thinking|looking|interested|"
    rf"considering|hoping|trying)|hopes?|plans?|asked me)\b(?!\s+(?:me|us)\b)"
    # ("this is for my mother not me", "posting for a friend (she's not on here)", "asking for my younger brother")
    rf"|\b(?:asking|here|posting|writing|this is|it'?s) (?:for|on behalf of) (?:my|our|a) "
    rf"(?:(?:younger|older|little|big|baby|kid|oldest|youngest|eldest|twin) )?(?:{RELATIVES}|{OTHERS})\b"
    rf"(?!\s+(?:who|that) (?:needs|has|had|is getting|gets)\b)"
    # "my wife's a voc rehab counselor for the state (DVR). she's thinking about jumping to private sector"
    rf"|\b(?:my|our)\s+(?:{RELATIVES})\b[^?!]{{0,160}}?\b(?:she|he)(?:['’]s|\s+is)\s+(?:thinking|looking|interested"
    rf"|considering|hoping|trying)\b"
    # "My daughter Emily is finishing her psychology degree ... so I'm doing the research for her"
    rf"|\b(?:my|our)\s+(?:{RELATIVES})\b[^?!]{{0,200}}?\b(?:(?:doing|do) (?:the |some |all the )?research"
    rf"|asking|looking (?:into|at) (?:this|it|options)) for (?:her|him|them)\b",
    re.IGNORECASE,
)
# the person spoken of, as the subject of a clause, and the verb that agrees with it
SUBJECT = re.compile(
    rf"\b(?:(?:my|our) (?:{RELATIVES}|{OTHERS})|she|he)(?:'s|’s)?\b"
    r"(?:\s+(?:has|is|was|does|doesn'?t|hasn'?t|isn'?t|wasn'?t)\b)?",
    re.IGNORECASE,
)
POSSESSIVE = re.compile(r"\b(?:her|his)\b(?=\s+[a-z])", re.IGNORECASE)
FIRST_PERSON_VERB = {
    "has": "have", "is": "am", "was": "was", "does": "do", "doesn't": "don't", "doesnt": "dont", "hasn't": "haven't",
    "hasnt": "havent", "isn't": "am not", "isnt": "am not", "wasn't": "wasn't", "wasnt": "wasnt",
}  # fmt: skip
# "she's done two years of it": has; "she's a nurse": is
HAS_AFTER = re.compile(r"^\s+(?:done|been|had|got|gotten|worked|finished|completed|never|already|only|just)\b")


# the asker's own aside: "I'm an RN myself if that matters, but he isn't", "I've been an RN for 31 years", "I have
# RN and CCM, but that's me": whatever the asker says they are or have is not the person asked for
# ("i got my l p n ... but thats me not her", "the CDMS is mine not hers")
ASKERS_OWN = re.compile(
    r"\b(?:i myself (am|have)"
    r"|(i['’]?m|i am|im|i have|i['’]?ve|ive|i was|i had|i got|i hold|mine|that['’]?s me|thats me))\b",
    re.IGNORECASE,
)
AS_ANOTHER = {"am": "they are", "have": "they have", "i'm": "they are", "i’m": "they are", "im": "they are",
              "i am": "they are", "i have": "they have", "i've": "they have", "i’ve": "they have", "ive": "they have",
              "i was": "they were", "i had": "they had", "i got": "they got", "i hold": "they hold",
              "mine": "theirs", "that's me": "that's theirs", "that’s me": "that's theirs",
              "thats me": "that's theirs"}  # fmt: skip


ASKERS_OWN_LABELLED = re.compile(
    r"\b(?:me|myself)\s*:(?:(?!\b(?:him|her|them|he|she)\s*:).)*", re.IGNORECASE | re.DOTALL
)


def speaks_for_someone(messages: Iterable[str]) -> bool:
    """Whether any of the person's messages says they ask for a relative."""
    return any(SPEAKS_FOR.search(message or "") for message in messages)


@dataclass(frozen=True)
class Rewritten:
    text: str
    edits: Tuple[Tuple[int, int], ...]  # (position in the original text, change in length from there on)

    def moved(self, position: int) -> int:
        """Where a place of the original text is in the rewritten one."""
        return position + sum(change for at, change in self.edits if at <= position)


def in_first_person(text: str) -> Rewritten:
    """The text with the relative spoken of as "I" ("she has her RN" -> "i have my RN")."""
    replacements: List[Tuple[int, int, str]] = [
        (found.start(), found.end(), AS_ANOTHER[(found.group(2) or found.group(1)).lower()])
        for found in ASKERS_OWN.finditer(text)
    ]
    for found in SUBJECT.finditer(text):
        words = found.group(0).split()
        verb = words[-1].lower() if len(words) > 1 and words[-1].lower() in FIRST_PERSON_VERB else None
        contracted = re.search(r"['’]s$", found.group(0)) is not None
        if contracted:
            said = "i've" if HAS_AFTER.match(text[found.end() :]) else "i'm"
        else:
            said = "i" + (f" {FIRST_PERSON_VERB[verb]}" if verb else "")
        replacements.append((found.start(), found.end(), said))
    replacements += [(found.start(), found.end(), "my") for found in POSSESSIVE.finditer(text)]
    # "him: nothing in the US yet. me: LSW in ohio but thats irrelevant": what follows "me:" is the asker's own
    own = [(found.start(), found.end()) for found in ASKERS_OWN_LABELLED.finditer(text)]
    replacements = [r for r in replacements if not any(start <= r[0] < end for start, end in own)]
    replacements += [(start, end, " " * (end - start)) for start, end in own]
    pieces, edits, position = [], [], 0
    for start, end, said in sorted(replacements):
        if start < position:
            continue
        pieces += [text[position:start], said]
        edits.append((end, len(said) - (end - start)))
        position = end
    pieces.append(text[position:])
    return Rewritten("".join(pieces), tuple(edits))


def entities_in_first_person(text: str, entities: List[dict]) -> Tuple[str, List[dict]]:
    """The message in the first person, with the NLU's entities moved to where their words now are."""
    rewritten = in_first_person(text)
    place = lambda entity, key: rewritten.moved(int(entity.get(key) or 0))  # noqa: E731
    return rewritten.text, [dict(entity, start=place(entity, "start"), end=place(entity, "end")) for entity in entities]
