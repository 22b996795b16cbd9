"""Subjects read forward from the start of a clause: a person's name followed by its
appositives up to the cue ("Jane Ortiz, curator of prints at the University of
Arkansas, Fayetteville, said"), and the subject after an opening phrase that names a
place as "City, State," ("At a campaign event in Ames, Iowa, on Sunday, Clinton ...").

Functions of the text only: :mod:`framing.features.quotes._speaker_phrase` applies them.
"""

from __future__ import annotations

import re

from framing.features.quotes._content import _skip_space
from framing.features.quotes._rules import fwd_np
from framing.features.quotes._speaker_words import _LOOSE_CLAUSE, QUOTE_THEN_NAME
from framing.features.quotes._speakers import speaker_type
from framing.features.quotes._words import DAYS, MONTHS

_APPOSITIVE_BREAK = re.compile("[;:!?\"\u201c\u201d\u2014\u2013]|\\.\\s+[A-Z][a-z]")


def appositive_subject(text: str, lo: int, limit: int) -> tuple[int, int] | None:
    """A person's name opening the clause (or the words after a quotation) and
    followed by appositives up to the comma before a cue at `limit`: no sentence
    punctuation, quotation mark or dash in between, at most 200 characters."""
    i = _skip_space(text, lo, limit)
    sp = fwd_np(text, i, limit) if limit - i <= 200 else None
    if sp is None and (m := QUOTE_THEN_NAME.search(text, max(lo, limit - 200), limit)) is not None:
        i = m.end()  # "“...,” Anne Richards, assistant secretary of state for population, refugees, ..., said"
        sp = fwd_np(text, i, limit)
    if sp is None or sp[0] != i:
        return None
    k = _skip_space(text, sp[1], limit)
    if text[k : k + 1] not in (",", "(") or _APPOSITIVE_BREAK.search(text, sp[1], limit) is not None:
        return None
    if speaker_type(text[sp[0] : sp[1]]) != "person" or _LOOSE_CLAUSE.search(text, sp[1], limit) is not None:
        return None  # (not "X, the chairman, issued the subpoena after Y, a lawyer, testified")
    return sp


# "in Ames," "at a rally in Salem,": a capitalised place after a preposition, right before the comma
_CITY_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|from)\s+(?!(?:" + "|".join(w.capitalize() for w in sorted(MONTHS | DAYS)) + r")\b)"
    r"(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*$"
)


def past_state(text: str, k: int, sp: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """The subject after an opening phrase whose comma at `k` splits "City, State,"
    (`sp`, read after `k`, is the state): the noun phrase after the next comma or
    two ("in Ames, Iowa, on Sunday, Mrs. Clinton ..." -> "Mrs. Clinton"), within 80
    characters; `sp` itself when it is no state of that kind.

    >>> t = "At an event in Ames, Iowa, on Sunday, Mrs. Clinton spoke, saying so."
    >>> k = t.index(","); sp = (k + 2, k + 6)
    >>> t[slice(*past_state(t, k, sp, t.index("saying")))]
    'Mrs. Clinton'
    """
    if text[sp[1] : sp[1] + 1] != "," or _CITY_BEFORE.search(text, max(0, k - 60), k) is None:
        return sp
    j = sp[1]
    for _ in range(2):
        nxt = fwd_np(text, _skip_space(text, j + 1, limit), limit)
        if nxt is not None and text[nxt[1] : nxt[1] + 1] != ",":
            return nxt
        j = text.find(",", j + 1, min(limit, j + 80))
        if j < 0:
            break
    return sp
