"""Subjects read forward from the start of a clause: a person's name followed by its
appositives up to the cue ("Jane Ortiz, curator of prints at the University of
Arkansas, Fayetteville, said"), and the subject after an opening phrase (one that
names a place as "City, State," too: "At a campaign event in Ames, Iowa, on Sunday,
Clinton ...", one ending with a quotation: "Speaking on ABC's “This Week,” Carson ...").

Functions of the text only: :mod:`framing.features.quotes._speaker_phrase` applies them.
"""

from __future__ import annotations

import re

from framing.features.quotes._content import _skip_space
from framing.features.quotes._marks import CLOSERS
from framing.features.quotes._rules import fwd_np
from framing.features.quotes._speaker_words import _LOOSE_CLAUSE, QUOTE_THEN_NAME, opens_adverbial
from framing.features.quotes._speakers import speaker_type
from framing.features.quotes._words import DAYS, MONTHS, low_key

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


# One-word adverbs (not in -ly: those are caught as adverbs already) that open a clause
# before its subject and a comma ("Likewise, Trump ...", "Still, officials ..."): no speaker.
_LONE_ADVERBS = frozenset(
    "likewise otherwise however moreover nevertheless nonetheless meanwhile indeed instead besides "
    "furthermore therefore overall still yet again now then later earlier afterward afterwards".split()
)

# The first words of an opening phrase that is never its clause's subject: prepositions and
# subordinators ("Inside the hall, ", "Since May, "); not "Early voters", "Last year's winner".
_NEVER_SUBJECT = frozenset(
    "along after before during despite amid amidst in on at with without since following ahead unlike "
    "as while when although though if because upon within throughout across beyond until inside alongside".split()
)


def lone_adverb(text: str, key: str, end: int) -> bool:
    """Is the phrase read as a subject (lower-cased `key`, ending at `end`) a one-word
    adverb set off by a comma ("Likewise, ")?"""
    return key in _LONE_ADVERBS and text[end : end + 1] == ","


# A one-word adverb and its comma after an opening phrase ("..., however, Ryan").
_ADVERB_COMMA = re.compile(r"([A-Za-z]+),")

# An attribution that interrupts a clause right after its subject ("Daniel said, three agents ...").
_INTERRUPTING = re.compile(r"[ \t]+(?:said|says|told|recalled|added|noted|explained)[ \t]*,")

# Capitalised words before a weekday that make it a name ("Super Tuesday", "Black Friday").
_DAY_NAMES = frozenset("Super Black Cyber Good Ash Holy Fat Giving Bloody Easter Palm".split())

_WEEKDAYS = frozenset(d.capitalize() for d in DAYS if d.endswith("day") and d != "today" and d != "yesterday")


def _whole(text: str, sp: tuple[int, int], limit: int) -> tuple[int, int]:
    """`sp` with the noun phrase a possessive opens ("Russia’s powerful Orthodox Church",
    where the reader stopped at "Russia’s") and without a weekday after it ("the White House
    Monday", "House Democrats on Thursday"; not "USA Today", "The Super Tuesday post")."""
    a, b = sp
    if text[b - 2 : b] in ("’s", "'s") and text[b + 1 : b + 2].isalpha() and (
        nxt := fwd_np(text, _skip_space(text, b, limit), limit)
    ) is not None:
        b = nxt[1]
    k = text.rfind(" ", a, b)
    if k > a and text[k + 1 : b] in _WEEKDAYS and text[text.rfind(" ", a, k) + 1 : k] not in _DAY_NAMES:
        b = k - 3 if text.endswith(" on", a, k) else k  # ("House Democrats on Thursday")
    return a, b


def past_opening(text: str, lo: int, limit: int, sp: tuple[int, int] | None, *, wide: bool) -> tuple[int, int] | None:
    """The subject of the clause at `lo` (before a cue at `limit`) after an opening phrase:
    `sp`, read from the clause's start, when it is no opening phrase; else the noun phrase
    after the phrase's comma (within 80 characters, 40 when nothing was read), past a
    "City, State," (:func:`past_state`); with no subject after it, the phrase itself.

    `wide` (for a cue whose attribution is not in doubt: ", saying", a colon) reads further:
    the whole noun phrase (:func:`_whole`: "Russia’s powerful Orthodox Church", not
    "Russia’s"); 120 characters after an opening phrase even when nothing was read from
    its start ("In response to ..., X rallied supporters, saying"); past a quotation closing
    the phrase ("Speaking on ABC's “This Week,” Carson"); and a phrase opening with a
    preposition, a subordinator or a gerund, with no subject after it, is no speaker
    (None), while another is kept ("Early voters"); and an attribution interrupting the
    clause after the phrase is skipped ("Upon arriving, Daniel said, three agents ...").

    >>> t = "Speaking Sunday on ABC’s “This Week,” Carson admitted it, saying so."
    >>> t[slice(*past_opening(t, 0, t.index("saying"), (0, 15), wide=True))]
    'Carson'
    >>> t[slice(*past_opening(t, 0, t.index("saying"), (0, 15), wide=False))]
    'Speaking Sunday'
    """
    opener = opens_adverbial(text, lo if sp is None else sp[0]) if wide or sp is not None else False
    if sp is not None and not opener:
        return _whole(text, sp, limit) if wide else sp
    k = text.find(",", lo, min(limit, lo + (120 if opener and wide else 80 if opener else 40)))
    if k <= 0:
        return sp
    j = k + 1
    while wide and opener and j < limit and text[j] in CLOSERS:
        j += 1
    j = _skip_space(text, j, limit)
    if wide and (m := _ADVERB_COMMA.match(text, j, limit)) is not None and low_key(m.group(1)) in _LONE_ADVERBS:
        j = _skip_space(text, m.end(), limit)  # "Following the vote, however, Ryan ..."
    after = fwd_np(text, j, limit)
    if after is not None and wide and (m := _INTERRUPTING.match(text, after[1], limit)) is not None:
        # "Upon arriving, Daniel said, three agents took his phone and said ...": the subject after
        # an attribution that interrupts the clause
        nxt = fwd_np(text, _skip_space(text, m.end(), limit), limit)
        if nxt is not None and speaker_type(text[nxt[0] : nxt[1]]) != "unknown":
            after = nxt  # (not "Over the years, she said, email has helped her ... and she admitted")
    if after is not None:
        return _whole(text, past_state(text, k, after, limit), limit) if wide else past_state(text, k, after, limit)
    if sp is None or not opener:
        return None
    first = low_key(text[sp[0] : sp[1]].split(None, 1)[0])
    return None if wide and (first in _NEVER_SUBJECT or (first.endswith("ing") and len(first) > 5)) else sp
