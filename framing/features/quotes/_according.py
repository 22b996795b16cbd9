"""Word patterns of "according to X" read for real news (issue 14): a long source closing its
sentence, "according to X" opening a clause, and the words after X that still name X.

"Clinton leads by three points, according to the average of recent polls compiled by Real
Clear Politics." names its source in more words than a speaker phrase holds
(:func:`long_source`). "(According to the police, it does not keep such records.)", "It has not
gone unnoticed: According to recent polls, ...", "the war was over and, according to the
Chinese, the lesson taught" and "after, according to him, the network censured ..." report the
clause after the source, not the words before it (:func:`opens_clause`). "According to Ana Lund,
a historian at the college, ...", "according to Ann Lee and Tom Berg, ..." and "According to X,
who has ..., ..." go on naming the source before its claim starts (:func:`skip_aside`). The
rest of a clause that "according to X," interrupts before a sum ("receives, according to one
report, $234 million in contracts") is read by ``Content._continuation``. Every look is bounded.
"""

from __future__ import annotations

import re

# A source of nine to twenty-four words that runs to the end of its sentence ("according to the
# results of the latest Quinnipiac University poll released Wednesday."). Read only when the
# sentence ends within _LONG_READ characters, so "$" is the sentence's end.
_WORD = r"[\w$][\w'’&$%/-]*(?:\.(?=[ \t]+[A-Z]|[A-Z]\.|[a-z\d])[\w'’&$%/-]*)*"  # ("U.S.", not "Ethics.The")
_LONG_SOURCE = re.compile(
    r"\s+(" + _WORD + r"(?:[ \t]+" + _WORD + r"){8,23})[ \t]*[.!?]?[\"\u201d\u2019')]*\s*$"
)
_LONG_READ = 220


# A time phrase closing a long source: the time of the report, not the source ("a filing by the
# Justice Department earlier this year").
_SOURCE_TIME = re.compile(
    r"[ \t,]+(?:(?:earlier|later)\s+)?(?:this|last|on|in)\s+(?:week|month|year|spring|summer|fall|autumn|winter"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[12]\d{3})$"
)


def long_source(text: str, start: int, end: int, ue: int) -> tuple[int, int] | None:
    """The source after "according to" (at `start`, its end at `end`) when it is long and closes
    its sentence (`ue`, the end of the unit): the words up to the final stop (without a closing
    time phrase), or None. Only after a comma, a dash or a parenthesis: "pursue justice
    according to their convictions and treat ..." names no source."""
    if ue - end > _LONG_READ or text[max(0, start - 2) : start].strip() not in (",", "\u2014", "\u2013", "(", "-"):
        return None
    m = _LONG_SOURCE.match(text, end, ue)
    if m is None:
        return None
    s, e = m.span(1)
    t = _SOURCE_TIME.search(text, s, e)
    return (s, t.start()) if t is not None else (s, e)


# A verb opening what follows "and, according to X,": a second predicate of the same subject
# ("has reshuffled diplomats and, according to officials, adopted a new strategy"), not a clause.
_PREDICATE = re.compile(
    r"[ \t,]*(?:(?:still|also|now|then|already|never|not|even|[a-z]+ly)\s+)?"
    r"(?:and|but|or|[a-z]+ed|[a-z]+ing|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do"
    r"|made|took|gave|got|became|ran|won|lost|sent|held|left|began|plans|wants|says|said)\b"
)


# A subordinator right before "according to": the source supports the clause after it ("after,
# according to him, Mexico's network censured ...").
_SUBORDINATOR = re.compile(r"\b(?:after|before|because|since|although|when|while|if|that|whether)$")  # (not ", though,")


# A preposition where the content would start: the source runs on past where it was read ("one
# person with knowledge| of what transpired, interrupted ..."), or the words are an adverbial, not
# a claim ("“...,” the officer wrote| alongside a photo, according to ...").
_PREPOSITION = re.compile(r"[ \t,]*(?:of|alongside|in|on|at|with|from|during|after|before|to|for|by|about|into|over|under)\b")


def adverbial_at(text: str, s: int) -> bool:
    """Does a preposition open the words at `s` (an adverbial, not a claim)?"""
    return _PREPOSITION.match(text, s) is not None


def opens_clause(text: str, lead: int, first: int, rest: int) -> bool:
    """Does the "according to" at `first` open a clause though it is not at the start of its unit
    (`lead`): after an opening parenthesis, a colon or a semicolon ("(According to the police,
    ...", "...: According to recent polls, ..."), after a subordinator ("because, according to
    the survey, 23 percent ..."), or after "and" or "but" ("the war was over and, according to
    the Chinese, the lesson taught"; not before a verb at `rest`, where the words after the
    source go on: "... and, according to officials, adopted a new strategy")?"""
    k = first
    while k > lead and text[k - 1] in " \t,":
        k -= 1  # (spaces and a comma only: a bounded look)
    if k > lead and text[k - 1] in "(:;":
        return True
    if _SUBORDINATOR.search(text, max(lead, k - 9), k) is not None:
        # "because, according to the survey, 23 percent ...": the clause after the source (not "That
        # tie though, according to experts, is not ...": an adverb, the clause goes on)
        return _PREDICATE.match(text, rest) is None
    return (
        k - 4 >= lead and text[k - 4 : k] in (" and", " but") and text[k:first].strip(" \t") in ("", ",")
        and _PREDICATE.match(text, rest) is None and _PREPOSITION.match(text, rest) is None
    )


# A relative clause about the source, set off by commas: "According to McCarthy, who has talked
# with Paul's staff, Paul has ..." (at most 200 characters: the clause reported starts after it).
_ASIDE = re.compile(r"(?:who|whose|which)\s[^,;:.!?\n\"\u201c\u201d]{1,200},\s*")


# The rest of a list of names after the first ("according to Michael Shear and Ron Nixon, ...",
# "by Robert Lerman, Joseph Price, and Brad Wilcox, ...").
_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_MORE_NAMES = re.compile(r"(?:" + _NAME + r",[ \t]*){0,4}(?:and|&)[ \t]+" + _NAME + r",[ \t]*")

# An appositive naming a person's role after the name ("according to Kenneth Wolfe, deputy
# director of the agency's office, the cost was ..."): lower-case words holding a role noun, no
# verb, then a comma and the start of a clause.
_ROLE_APPOSITIVE = re.compile(
    r"(?:(?:a|an|the)\s+)?[a-z][^,;:.!?\"\u201c\u201d()\n]{0,120}?\b(?:director|spokes(?:man|woman|person)|secretary"
    r"|chair(?:man|woman)?|president|professor|author|head|chief|manager|editor|analyst|economist|officer|leader"
    r"|founder|member|attorney|lawyer|advis[eo]r|minister|ambassador|senator|governor|mayor|researcher|scientist"
    r"|expert|historian|strategist|consultant|official|executive|fellow|commissioner|representative|advocate"
    r"|winner|laureate|weekly|daily|newspaper|magazine|outlet|website|network|agency|organization|group|firm|think tank)s?\b"
    r"[^,;:.!?\"\u201c\u201d()\n]{0,120}?,[ \t]+(?=\S)"
)
_VERB_IN = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|can|could)\b")


def skip_aside(text: str, s: int, ue: int) -> int:
    """`s`, or past what opens there and still names the source: a relative clause about it
    (``_ASIDE``), the other names of a list, then a role after a name ("according to Anne Case
    and Angus Deaton, the winners of the prize, ...")."""
    if text.startswith(("who", "which"), s):
        m = _ASIDE.match(text, s, ue)
        return s if m is None else m.end()
    ch = text[s : s + 1]
    if ch.isupper() or text.startswith("and ", s):
        m = _MORE_NAMES.match(text, s, min(ue, s + 200))
        if m is None:
            return s
        s = m.end()
        ch = text[s : s + 1]
    before = text[max(0, s - 40) : s].rstrip(" \t,").rsplit(None, 1)
    if ch.islower() and before and before[-1][:1].isupper():  # (only after a name: "the report, the mayor, ...")
        m = _ROLE_APPOSITIVE.match(text, s, min(ue, s + 260))
        if m is not None and _VERB_IN.search(text, s, m.end()) is None:
            return m.end()
    return s
