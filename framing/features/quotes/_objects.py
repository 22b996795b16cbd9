"""The objects a verb cue may take, read right after it.

A noun-phrase object after an active verb (the critical and directive cues,
"denounced the strikes"; the stances, "endorsed Clinton"), a finite stance's
bare noun or gerund ("opposed abortion", "supported lowering the age"), and
the record before "show" that lets it take a noun object ("polls show a tight
race"). Used by the content steps and, for stances, before a speaker is read.
"""

from __future__ import annotations

import re

from framing.features.quotes._cues import Cue

__all__ = ["RECORD_BEFORE", "object_frame"]

# The start of a noun-phrase object: a determiner, a possessive, an object pronoun, a capital or a
# bare plural ("urged donors to give").
_OBJECT_START = re.compile(
    r"(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|[A-Z][\w’'.-]*|[a-z][\w’'-]*[a-z]s)\s"
)

# A passive auxiliary right before a cue ("was charged with", "were blamed for").
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|get|got|gets)\s+(?:(?:\w+ly|also|not|never|already|still|even)\s+)?$")
_LOOSE_OBJECT = re.compile(  # a lower-case word that is not a particle, a conjunction or an adverb
    r"(?!(?:up|out|in|on|at|for|from|by|with|to|and|or|but|that|it|as|if|when|while|because|after|before|over|under|into"
    r"|about|against|so|too|also|not|only|even|just|now|then|there|here|this|which|who|what|how|why|where|[a-z]+ly"
    r"|(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)(?:n[’']t)?)\b)"
    r"[a-z][\w'’-]*[ \t]"
)
_TO_BEFORE = re.compile(r"\sto\s+(?:have\s+|be\s+)?$")  # "to advise", "seems to have endorsed"

# A record as the subject of "show", which then takes a noun object ("the video showed the fighters", "polls show a tie").
RECORD_BEFORE = re.compile(
    r"\b(?:polls?|surveys?|data|reports?|study|studies|records|documents|e-?mails|videos?|footage|photos?|images?"
    r"|photographs?|analys[ie]s|figures|numbers|results|filings?|statistics|audit|research|tally|charts?|maps?|logs)"
    r"\s+(?:also\s+|clearly\s+|now\s+)?$", re.IGNORECASE,
)


def object_frame(text: str, c: Cue, q: int, ue: int) -> bool:
    """A noun-phrase object at `q` after an active verb `c`, not "was charged with", "to advise X".
    After a finite stance ("opposed abortion", "endorsed civil unions") any word but a particle."""
    return (
        (_OBJECT_START.match(text, q, min(ue, q + 20)) is not None or c.cls == "stance" and c.text != c.lemma
         and c.text[-3:] != "ing" and _LOOSE_OBJECT.match(text, q, min(ue, q + 30)) is not None)
        and (c.text.endswith("ing") or _BE_BEFORE.search(text, max(0, c.start - 20), c.start) is None)
        and _TO_BEFORE.search(text, max(0, c.start - 12), c.start) is None
    )
