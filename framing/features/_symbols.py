"""Matching symbol terms (emoticons such as ``:)``, ``;-P``, ``(-:``, ``<3``).

Word terms are found by the trie scan of :mod:`framing.features._matcher`,
which starts only where a word can start. A symbol term (see
:func:`framing.dictionary._model.is_symbol_term`) is looked for here, as a
literal, on the text folded without lower-casing (curly apostrophes and the
hyphen variants count as ``'`` and ``-``; nothing else changes), so:

* **Case is exact**: ``:D`` (a grin) does not match ``:d``, and ``:P`` does
  not match ``:p``; list both if both are meant. ``*`` is a character
  (``:-*``), not a wildcard.
* **Boundaries**: a symbol term must not be glued to other symbol
  characters (anything but a letter, digit, ``_`` or space). At an edge that
  is a symbol (``:`` of ``:)``) a letter or digit may touch it, so ``:)`` is
  found in "great :)" and in "great:)"; at an edge that is a letter or digit
  (``D`` of ``:D``, ``3`` of ``<3``) only a space or the end of the text may,
  so ``:D`` is not found in ":Data" nor ``<3`` in "<30". ``:)`` is **not**
  found inside ``:))`` or ``:):)`` (list ``:))`` to count it). Two
  relaxations keep ordinary writing: a double quote (``" \u201c \u201d``) on
  either side, and after the term up to three of ``. , ! ?`` followed by a
  space, a double quote or the end ("thanks :).").
* **Not a closing bracket**: a term ending in ``)`` or ``]`` is not
  counted when a bracket it would close, opening words, is open before it
  on the same line (within 200 characters): "(Corrected paragraph:)" is not a
  smile, but ":( :)" is two emoticons.
* **Never inside a URL**: no symbol term matches inside
  ``scheme://...`` or ``www....`` (up to the next space), so ``:/`` is not
  found in "http://".

Within one lexicon, a symbol match and a word match never overlap: the
leftmost match is kept, the longest at the same start (as for word terms).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from framing._text import fold

__all__ = ["URL", "SymbolTable"]

#: A URL or a web address: ``scheme://`` or ``www.``, up to the next space.
URL = re.compile(r"(?<![\w.+-])(?:[a-z][a-z0-9+.-]{0,15}://|www\.)\S*", re.IGNORECASE)
# Characters allowed next to a term besides letters, digits and spaces.
_QUOTES = "\"\u201c\u201d"
# What may follow a term: a space, a double quote, the end, or up to three
# sentence marks and then one of those.
_AFTER = rf"(?=[\s{_QUOTES}]|\Z|[.,!?]{{1,3}}(?:[\s{_QUOTES}]|\Z))"
_LEFT = {
    True: rf"(?<![^\s{_QUOTES}])",  # a letter or digit edge: a space, a quote or the start before it
    False: rf"(?<![^\w\s{_QUOTES}])",  # a symbol edge: no symbol character before it
}
_RIGHT = {
    True: _AFTER,
    False: rf"(?:(?=\w)|{_AFTER})",
}
_WORD_CHAR = re.compile(r"\w")
# The opening bracket of each closing one a term may end with.
_OPENER = {")": "(", "]": "["}
#: How far back (in characters, and never past a line break) an open bracket is looked for.
_BRACKET_WINDOW = 200
_OPENS_WORDS = re.compile(r"[(\[][\"'\u201c\u2018]?\w")


class SymbolTable:
    """One lexicon's symbol terms, as regexes that find their candidate spans.

    The matcher looks a span up among the lexicon's terms, and checks its
    case, as for a case-sensitive word term.

    Parameters
    ----------
    items : list of (str, object)
        Each surface form as written (the second item is not used).

    Examples
    --------
    >>> table = SymbolTable([(":)", "smile"), (":-)", "smile"), ("<3", "heart")])
    >>> text = "great:) and <3 but not :)) nor <30, or http://x.org/:)"
    >>> [(s, e, text[s:e]) for s, e in table.spans(text)]
    [(5, 7, ':)'), (12, 14, '<3')]
    """

    def __init__(self, items: list[tuple[str, Any]]) -> None:
        self._entries: dict[str, list[Any]] = {}
        for surface, entry in items:
            self._entries.setdefault(fold(surface.strip(), lower=False), []).append(entry)
        groups: dict[tuple[bool, bool], list[str]] = {}
        for key in self._entries:
            edges = (bool(_WORD_CHAR.match(key[0])), bool(_WORD_CHAR.match(key[-1])))
            groups.setdefault(edges, []).append(key)
        # One regex per kind of edges, the longest literal tried first; each is
        # tried only where one of its first characters is, found by a fast
        # character-class search (":" and "(" are rare enough in news).
        self._by_first: dict[str, list[re.Pattern[str]]] = {}
        for (left, right), keys in sorted(groups.items()):
            alts = "|".join(re.escape(k) for k in sorted(keys, key=lambda k: (-len(k), k)))
            regex = re.compile(f"{_LEFT[left]}({alts}){_RIGHT[right]}")
            for first in dict.fromkeys(k[0] for k in keys):
                self._by_first.setdefault(first, []).append(regex)
        self._first = re.compile("[" + "".join(re.escape(c) for c in sorted(self._by_first)) + "]")

    def spans(self, cased: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every candidate in `cased` (the text folded with ``lower=False``).

        Candidates may overlap (at most one per start and kind of edges, the
        longest); none starts inside a URL.
        """
        out = []
        by_first = self._by_first
        for hit in self._first.finditer(cased):
            pos = hit.start()
            for regex in by_first[hit.group()]:
                m = regex.match(cased, pos)
                if m is not None and not _closes_a_bracket(cased, *m.span(1)):
                    out.append(m.span(1))
        if out and ("://" in cased or "www." in cased or "WWW." in cased):
            urls = [m.span() for m in URL.finditer(cased)]
            if urls:
                starts = [s for s, _ in urls]
                out = [
                    (s, e) for s, e in out
                    if (i := bisect.bisect_right(starts, s) - 1) < 0 or s >= urls[i][1]
                ]
        return sorted(out)


def _closes_a_bracket(cased: str, start: int, end: int) -> bool:
    """Does a term ending in ``)`` or ``]`` close a bracket opened before it on its line?

    "(Corrected paragraph:)" and "(you take note:)" are a colon and a
    closing bracket, not a smile: 4 of the first 10 ``:)`` found in AllSides
    news were such. Looks back at most :data:`_BRACKET_WINDOW` characters.
    """
    close = cased[end - 1]
    if close not in _OPENER:
        return False
    before = cased[max(0, start - _BRACKET_WINDOW):start]
    before = before[before.rfind("\n") + 1:]
    i = before.rfind(_OPENER[close])
    # An opening bracket that starts words ("(Corrected"), not one of an emoticon (":( ").
    return i > before.rfind(close) and _OPENS_WORDS.match(before, i) is not None

