"""Pairing quotation marks in one pass, recording what cannot be paired.

Double marks (straight, curly, low-9, guillemets) and single marks (British
style) are paired separately; apostrophes inside words and elisions ('em,
'90s) are not marks. Line breaks are looked at only while a quotation is
open. See :func:`pair_marks`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

DOUBLE = {'"': 0, "\u201c": 1, "\u201e": 1, "\u201f": 1, "\u00ab": 1, "\u201d": -1, "\u00bb": -1}


SINGLE = {"'": 0, "\u2018": 1, "\u201a": 1, "\u201b": 1, "\u2039": 1, "\u2019": -1, "\u203a": -1}


ALL_MARKS = "".join(DOUBLE) + "".join(SINGLE)
#: Marks that may close a quotation (a straight mark both opens and closes).
CLOSERS = frozenset(c for c, h in {**DOUBLE, **SINGLE}.items() if h <= 0)


_BREAK_CHARS = "\n\r\u2028\u2029\x0b\x0c\x85"


_BREAK_SEARCH = re.compile("[" + _BREAK_CHARS + "]")


_BREAK = re.compile("[" + _BREAK_CHARS + "]\\s*")


_OPEN_PREV = frozenset(" \t\n\r\u00a0\u2028\u2029([{\u2014\u2013-/:;\u2026" + ALL_MARKS)


_CLOSE_NEXT = frozenset(" \t\n\r\u00a0\u2028\u2029)]}.,;:!?\u2014\u2013-/\u2026" + ALL_MARKS)


_ELISIONS = ("em ", "til ", "cause ", "tis ", "twas ", "n ", "n'", "n’", "round ", "bout ", "nuff ")


_TERMINAL = ".!?:;\u2026" + ALL_MARKS + ")"


OPEN, CLOSE, AMBIG = 1, -1, 0


MAX_PROBLEMS = 50


class Region(NamedTuple):
    """A paired quotation: marks at ``open`` and ``close``, content in between.

    (Private building blocks are named tuples: cheap to make by the thousand.)
    """

    open: int
    close: int
    start: int
    end: int
    style: str  # "double" or "single"
    paragraphs: int  # paragraphs the quotation spans


# Region(...) without the Python-level __new__ of a named tuple
_new_region = tuple.__new__


def _side(text: str, i: int, n: int) -> int:
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < n else " "
    left = prev in _OPEN_PREV or prev.isspace()
    right = nxt in _CLOSE_NEXT or nxt.isspace()
    if left and not right:
        return OPEN
    if right and not left:
        return CLOSE
    return AMBIG


class _Problems:
    """Problems of one document, capped so that junk input stays cheap."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int, str]] = []
        self.dropped = 0

    def add(self, start: int, end: int, reason: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append((start, end, reason))
        else:
            self.dropped += 1

    def finish(self, n: int) -> list[tuple[int, int, str]]:
        out = sorted(self.items)
        if self.dropped:
            out.append((n, n, f"{self.dropped} more problems with quotation marks not listed"))
        return out


class _Breaks:
    """The next line break at or after a position. A search that found the
    first break at ``at`` (or none) from ``lo`` answers every later question
    from ``lo`` up to ``at`` without searching again: linear in the text.

    Most texts break lines with one character only ("\\n"): then the search
    is a ``str.find``, several times faster than the regex."""

    __slots__ = ("text", "lo", "at", "char")

    def __init__(self, text: str) -> None:
        self.text, self.lo, self.at = text, -1, -1
        self.char: str | None = None  # the text's only line-break character, "" if none; None: unknown

    def next(self, i: int) -> int:
        if self.lo >= 0 and i >= self.lo and (self.at == -1 or self.at >= i):
            return self.at
        char = self.char
        if char is None:
            present = [c for c in _BREAK_CHARS if c in self.text]
            char = self.char = present[0] if len(present) == 1 else "" if not present else _SEVERAL
        if char is _SEVERAL:
            m = _BREAK_SEARCH.search(self.text, i)
            at = m.start() if m else -1
        else:
            at = self.text.find(char, i) if char else -1
        self.lo, self.at = i, at
        return at


_SEVERAL = "several"  # _Breaks.char when the text has several line-break characters


def _mark_positions(text: str) -> list[int]:
    """Offsets of the quotation marks of `text`, in order: every double mark,
    and the single marks that are not inside a word (most single marks are
    apostrophes: "don't", "Iran's"; a mark at either end of the text is not
    inside a word).

    ``str.find`` per mark character present runs several times faster than
    a regex over a set of 14 characters, most of them outside Latin-1.
    """
    out: list[int] = []
    append = out.append
    n = len(text)
    find = text.find
    for ch in ALL_MARKS:
        if ch not in text:
            continue
        i = find(ch)
        if ch in SINGLE:
            while i >= 0:
                if not (i and i + 1 < n and text[i - 1].isalnum() and text[i + 1].isalnum()):
                    append(i)
                i = find(ch, i + 1)
        else:
            while i >= 0:
                append(i)
                i = find(ch, i + 1)
    out.sort()
    return out


def pair_marks(text: str) -> tuple[list[Region], list[tuple[int, int, str]]]:
    """Pair the quotation marks of a document in one pass.

    Double marks (straight, curly, low-9, guillemets) and single marks
    (British style) are paired separately; apostrophes inside words and
    elisions ('em, '90s) are not marks. A quotation ends at a paragraph end
    unless the next paragraph opens with a mark (the convention for a quote
    that runs over several paragraphs). A mark that cannot be paired is
    recorded as a problem ``(start, end, reason)`` and its quotation skipped.
    Quotations nested in another one are dropped (they are part of it).

    Returns
    -------
    regions : list of Region
        In text order, never overlapping.
    problems : list of (int, int, str)
    """
    n = len(text)
    problems = _Problems()
    found: list[tuple[int, int, str, int]] = []
    d_open = s_open = -1
    d_paras = s_paras = 1
    skip = -1
    brk = -1  # the next line break after an open quotation, or -1
    breaks = _Breaks(text)
    double, single, open_prev, close_next = DOUBLE, SINGLE, _OPEN_PREV, _CLOSE_NEXT
    for i in _mark_positions(text):
        # line breaks matter only while a quotation is open: find them then
        while brk >= 0 and brk < i and (d_open >= 0 or s_open >= 0):
            b = _BREAK.match(text, brk)
            j = b.end()
            before = text[brk - 1] if brk else "\n"
            nxt = text[j] if j < n else ""
            if not (b.group().count("\n") < 2 and before not in _TERMINAL and nxt.islower()):  # not wrapped text
                if d_open >= 0:
                    if j < n and nxt in double and double[nxt] >= 0 and _side(text, j, n) != CLOSE:
                        skip, d_paras = j, d_paras + 1  # the quotation goes on in the next paragraph
                    else:
                        problems.add(d_open, d_open + 1,
                                     "opening quotation mark not closed before the end of the paragraph")
                        d_open = -1
                if s_open >= 0:
                    if j < n and nxt in single and single[nxt] >= 0 and _side(text, j, n) == OPEN:
                        skip, s_paras = j, s_paras + 1
                    else:
                        problems.add(
                            s_open, s_open + 1,
                            "opening single quotation mark not closed before the end of the paragraph "
                            "(or an apostrophe)",
                        )
                        s_open = -1
            brk = breaks.next(j)
        ch = text[i]
        hint = single.get(ch)
        if hint is not None:  # a single mark: most are apostrophes
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < n else " "
            if (d_open >= 0 and d_open > s_open) or i == skip:
                continue  # nested in a double quotation (_mark_positions skips those inside a word)
            left = prev in open_prev or prev.isspace()
            right = nxt in close_next or nxt.isspace()
            if s_open < 0:
                if left and not right and hint >= 0 and not nxt.isdigit() and not text.startswith(_ELISIONS, i + 1):
                    s_open, s_paras = i, 1
                    if d_open < 0:
                        brk = breaks.next(i)
            elif (right and not left) or (left == right and hint <= 0 and not prev.isspace()):
                found.append((s_open, i, "single", s_paras))
                s_open = -1
            continue
        hint = double[ch]
        if i == skip:
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        left = prev in open_prev or prev.isspace()
        right = nxt in close_next or nxt.isspace()
        side = OPEN if left and not right else CLOSE if right and not left else AMBIG
        if d_open < 0:
            if side == OPEN or (side == AMBIG and hint >= 0):
                d_open, d_paras = i, 1
                if s_open < 0:
                    brk = breaks.next(i)
            else:
                problems.add(i, i + 1, "closing quotation mark with no opening mark")
        elif side == CLOSE or (side == AMBIG and hint <= 0):
            found.append((d_open, i, "double", d_paras))
            d_open = -1
        else:
            problems.add(d_open, d_open + 1, "opening quotation mark not closed before the next opening mark")
            d_open, d_paras = i, 1
    # line breaks after the last mark
    while brk >= 0 and (d_open >= 0 or s_open >= 0):
        b = _BREAK.match(text, brk)
        j = b.end()
        before = text[brk - 1] if brk else "\n"
        nxt = text[j] if j < n else ""
        if j < n and not (b.group().count("\n") < 2 and before not in _TERMINAL and nxt.islower()):
            if d_open >= 0:
                problems.add(d_open, d_open + 1, "opening quotation mark not closed before the end of the paragraph")
                d_open = -1
            if s_open >= 0:
                problems.add(s_open, s_open + 1,
                             "opening single quotation mark not closed before the end of the paragraph "
                             "(or an apostrophe)")
                s_open = -1
        brk = breaks.next(j)
    if d_open >= 0:
        problems.add(d_open, d_open + 1, "opening quotation mark not closed before the end of the text")
    if s_open >= 0:
        problems.add(s_open, s_open + 1, "opening single quotation mark never closed (or an apostrophe)")
    found.sort()
    regions: list[Region] = []
    outer_end = -1
    for o, c, style, paras in found:
        if c < outer_end:
            continue  # nested inside the previous quotation
        s, e = o + 1, c
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            problems.add(o, c + 1, "empty quotation marks")
            continue
        regions.append(_new_region(Region, (o, c, s, e, style, paras)))
        outer_end = c
    return regions, problems.finish(n)
