"""Reported questions with their asker: "Asked by a reporter whether he would run, Trump said ...".

A passive "asked by X" opening its clause (at the start of a sentence, after "when" or after a
comma) and followed by a question word (or "to": "Asked by Stephanopoulos to respond") reports
the question X put to the subject: an ``indirect`` quote of the question, its cue "asked"
(class ``question``), its speaker the asker. PARC and PolNeAR annotate such questions as
attributions also when no asker is named ("Asked whether he would run, ..."); the team's own
annotated sets do not, and a quote without a speaker would count as unattributed sourcing, so
those are left out. "When asked about the delay" (a topic, not a question) is not one, nor ",
asked the agency how ..." (an active verb: its subject asks). The question ends at the first
comma, semicolon, dash or sentence end (not at "Oct."), or after 400 characters; a question that overlaps a quote already
found is left to it (a scare quote inside it is its own). One regex match at each "asked" that
may open its clause: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from framing.features.quotes._headline import merge_found
from framing.features.quotes._records import Quote
from framing.features.quotes._speakers import speaker_type

_WH = r"(?:if|whether|what|why|how|who|whom|which|where)"

# Read at each "asked" whose clause it may open (see _opens_here): the cue, an asker after "by",
# adverbials, then the question.
_ASKED = re.compile(
    r"(?P<cue>[Aa]sked)"
    r"(?:\s+by\s+(?P<by>(?:[A-Z][\w.'’-]*|an?|the|[a-z]+s(?=\s))(?:\s+(?!" + _WH + r"\b|(?:to|on|at|in|during|after|before|about|last|this)\b)[\w.'’-]+){0,4}))?"
    # adverbials before the question: "on Fox News", "during a January debate", "specifically"
    r"(?:\s+(?!" + _WH + r"\b|about\b)[\w.'’-]+){0,5}?"
    # (at most 400 characters: in text without punctuation each match would run to its end)
    r"\s+(?P<q>(?:" + _WH + r"|(?<=\s)to(?=\s))\s(?:[^,;.!?\n\u2014\u2013]|\.(?!\s+[A-Z\u201c\"]|\s*$)){1,400})"
)


def _opens_here(text: str, i: int) -> bool:
    """Does the "asked" at `i` open its clause: at the start of a line, after the end of a
    sentence, "when" or a comma?"""
    if i == 0 or text[i - 1] == "\n":
        return True
    if text[i - 1] != " ":
        return False
    before = text[max(0, i - 5) : i - 1]
    return before[-1:] in ".!?\u201d\"," or before.lower() == "when"


def asked_quotes(text: str, quotes: Sequence[Quote], make: Callable[..., Any]) -> list[Quote]:
    """`quotes` with the reported questions of `text` added, in text order (see the module docstring)."""
    if "sked " not in text:
        return list(quotes)
    found = []
    i = text.find("sked ")
    while i > 0:
        at, i = i - 1, text.find("sked ", i + 5)
        m = _ASKED.match(text, at) if _opens_here(text, at) else None
        if m is None or (text[at - 2 : at - 1] == "," and m.start("q") > m.end("cue") + 1):
            continue  # after a comma only a participle: ", asked whether" (not ", asked the FAA how")
        s, e = m.span("q")
        if m.group("by") is None:
            continue  # no asker named: "Asked whether he would run, ..." is the answer's setting, not a quote
        while e > s and text[e - 1].isspace():
            e -= 1
        if len(text[s:e].split()) < 3:
            continue
        bs, be = m.span("by")
        by = text[bs:be]
        cs, ce = m.span("cue")
        found.append(make(s, e, text[s:e], "indirect", by, bs, be, "", speaker_type(by) or "unknown", False,
                          m.group("cue"), cs, ce, "question", ((s, e),), "reported question", "speech"))
    return merge_found(quotes, found, replace=False)
