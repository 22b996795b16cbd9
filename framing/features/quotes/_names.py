"""People named in a text: full names ending in a surname, the names in a span, and name keys.

:func:`people_between` and :class:`FullNames` (:func:`full_names`) give the
candidates for a pronoun or a short name; the words that may be names are
judged by :mod:`framing.features.quotes._speakers`.
"""

from __future__ import annotations

import bisect
import functools
import re

from framing._text import CACHE_SIZE as _CACHE_SIZE
from framing.features.quotes._speakers import (
    _PARTICLES,
    _is_name_word,
    _surname_after_name,
    initial,
)
from framing.features.quotes._words import TAIL_STRIP, core, letter_first, low_key

# A name token: a capitalised word, or an initial/short abbreviation with its
# period ("T.", "Jr."); a period after a longer word ends the sentence.
_NAME_TOKEN = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w’'-]*|(?:al|el|ad|as|ash|an|ar|at|az|abu|bin|ibn)-[A-Z][\w’'-]*)"


_MORE_NAME_TOKENS = r"(?:[ \t]+(?:(?:al|el|bin|ibn|de|van|von|da|di|del|der|la|le)[ \t]+)?" + _NAME_TOKEN + r")+"


_NAME_SEQ = re.compile(r"(?<![\w’'.-])" + _NAME_TOKEN + _MORE_NAME_TOKENS)


# _NAME_SEQ and _CAP_WORD (below) start with a lookbehind, so ``re`` tries a
# match at every character of the text searched. Written to start with their
# capital letter (the lookbehind moved after it, looking one character
# further back: the same matches), ``re`` skips in C to the next capital,
# two to three times faster. They cannot find a name that starts with a
# lower-case Arabic article ("al-Sadr"), which needs "-" before a capital:
# where the text has one, :func:`_name_patterns` gives the full patterns.
_NAME_SEQ_CAP = re.compile(r"[A-Z](?<![\w’'.-].)(?:[a-z]{0,2}\.|[\w’'-]*)" + _MORE_NAME_TOKENS)


_HYPHEN_CAP = re.compile(r"-[A-Z]")


def _name_patterns(text: str, lo: int, hi: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns to search ``text[lo:hi]`` with for ``(_NAME_SEQ, _CAP_WORD)``:
    their faster capital-first forms where these find the same matches."""
    if _HYPHEN_CAP.search(text, lo, hi) is None:
        return _NAME_SEQ_CAP, _CAP_WORD_CAP
    return _NAME_SEQ, _CAP_WORD


def _name_from_match(m: re.Match[str]) -> tuple[int, int, str, str] | None:
    """A person's full name in a run of capitalised words, without leading titles
    and organisation words: ``(start, end, name, surname key)``, or None."""
    found = _name_in(m.group())
    if found is None:
        return None
    s = m.start()
    return s + found[0], s + found[1], found[2], found[3]


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _name_in(run: str) -> tuple[int, int, str, str] | None:
    """:func:`_name_from_match` with offsets into `run` (cached: the same runs
    of capitalised words recur in every document)."""
    toks = run.split()
    k = len(toks)
    if k >= 2 and _surname_after_name(toks, [low_key(t) for t in toks[-2:]], given_only=True):
        k -= 1  # "Jim Jordan", "David French", "Armond Budish": a surname the lists hide
    while k > 0 and (_is_name_word(core(toks[k - 1]), low_key(toks[k - 1])) or initial(toks[k - 1])):
        k -= 1
    name_toks = toks[k:]
    while name_toks and initial(name_toks[-1]):
        name_toks.pop()
    if len(name_toks) < 2 or initial(name_toks[0]) and len(name_toks) < 3:
        return None
    if low_key(name_toks[0]) in _PLACE_FIRST:
        return None  # "Los Angeles", "Hong Kong", "Tel Aviv": a place
    last = name_toks[-1]
    if last.endswith(("'s", "’s")):
        name_toks[-1] = last = last[:-2]
    name = " ".join(name_toks).rstrip(TAIL_STRIP)
    e = run.rfind(last) + len(core(last))
    return e - len(name), e, name, low_key(last)


# How far before a surname its full name is read (characters).
_NAME_WINDOW = 60


class FullNames:
    """Full names ending in one surname in a text ("Mark T. Esper" for
    "Esper"), read lazily in text order.

    :meth:`before` reads only as far as asked: a short name is resolved
    against the names written before it, so most of a long document is
    never read for a surname mentioned early.
    """

    __slots__ = ("_from", "_starts", "found", "key", "surname", "text")

    def __init__(self, text: str, surname: str, starts: dict[str, list[int]] | None = None) -> None:
        self.text, self.surname, self.key = text, surname, low_key(surname)
        # `starts` (see :func:`word_starts`), shared by the surnames of one long
        # document: the places to read are looked up, not searched for with
        # str.find from the start of the text for every surname
        self._starts = (
            starts.get(surname[:2], []) if starts is not None and len(surname) >= 2 and surname[0] in _ASCII_UPPER
            else None
        )
        #: ``(position, (first word, surname), name)`` in text order, so far
        self.found: list[tuple[int, tuple[str, str], str]] = []
        # The text is searched for the surname only as far as a call needs,
        # from here on: never to the end of a long document for every surname
        # (a cost of surnames x length, quadratic in a one-paragraph corpus).
        self._from = 0 if surname else -1

    def before(self, pos: int) -> list[tuple[int, tuple[str, str], str]]:
        """The names found so far, complete for every name starting before `pos`
        (later ones may follow: callers stop at the first at or after `pos`)."""
        text, surname, found = self.text, self.surname, self.found
        if self._from < 0:
            return found
        n = len(surname)
        # a name read at occurrence i starts at or after i - _NAME_WINDOW: the
        # occurrences to read start at most at pos + _NAME_WINDOW
        end = pos + _NAME_WINDOW + n
        if end - n + 1 <= self._from:
            return found
        if self._starts is not None:
            return self._before_indexed(end)
        i = text.find(surname, self._from, end)
        while i >= 0:
            # only where a capitalised word (or a name particle) comes just before
            # ("President Trump", "the Trump administration": no first name here)
            if i > 1 and text[i - 1] == " ":
                self._read_at(i)
            self._from = i + n
            i = text.find(surname, i + n, end)
        self._from = max(self._from, end - n + 1)
        return found

    def _read_at(self, i: int) -> None:
        """Add the full names ending in the surname's occurrence at `i` (which
        follows a space) to :attr:`found`, when the word before it may precede
        a surname."""
        text, n = self.text, len(self.surname)
        if _may_precede_surname(text[text.rfind(" ", max(0, i - 40), i - 1) + 1 : i - 1]):
            lo = max(0, i - _NAME_WINDOW)
            for m in _name_patterns(text, lo, i + n)[0].finditer(text, lo, i + n):
                if m.end() == i + n:
                    name = _name_from_match(m)
                    if name is not None and name[3] == self.key:
                        self.found.append((name[0], name_key(name[2]), name[2]))

    def _before_indexed(self, end: int) -> list[tuple[int, tuple[str, str], str]]:
        """:meth:`before` reading only the occurrences that start a word after a
        space (the only ones it reads names at), from the shared word starts.
        An occurrence it skips could not start there: the surname holds no
        space, so no occurrence overlaps one that starts a word."""
        text, surname, found = self.text, self.surname, self.found
        n = len(surname)
        starts = self._starts
        assert starts is not None
        k = bisect.bisect_left(starts, self._from)
        while k < len(starts) and starts[k] + n <= end:
            i = starts[k]
            k += 1
            if not text.startswith(surname, i):
                continue
            self._read_at(i)
            self._from = i + n
        self._from = max(self._from, end - n + 1)
        return found


_SPACE_CAPITAL = re.compile(" [A-Z]")
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def word_starts(text: str) -> dict[str, list[int]]:
    """The positions right after a space (from 2 on) that hold an ASCII capital,
    by their two characters: the only places :class:`FullNames` reads a name
    for a surname starting with one."""
    starts: dict[str, list[int]] = {}
    for m in _SPACE_CAPITAL.finditer(text, 1):
        i = m.end() - 1
        starts.setdefault(text[i : i + 2], []).append(i)
    return starts


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _may_precede_surname(prev: str) -> bool:
    """May the word `prev` be a first name, an initial or a particle before a surname?"""
    return bool(prev) and (_is_name_word(core(prev), low_key(prev)) or initial(prev) or prev in _PARTICLES)


def full_names(text: str, surname: str) -> list[tuple[int, tuple[str, str], str]]:
    """Full names ending in `surname` in the text ("Mark T. Esper" for "Esper"):
    ``(position, (first word, surname), name)`` in text order.

    Finds the surname with ``str.find`` (fast) and reads the capitalised words
    before each occurrence (see :class:`FullNames` to read only part of the text).
    """
    return FullNames(text, surname).before(len(text))


_CAP_WORD = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]+|(?:al|el|abu|bin|ibn)-[A-Z][\w’'-]+)")


_CAP_WORD_CAP = re.compile(r"[A-Z](?<![\w’'-].)[\w’'-]+")  # see _NAME_SEQ_CAP


def people_between(text: str, lo: int, hi: int) -> dict[str, str]:
    """People named in ``text[lo:hi]``, by surname key: full names and single
    capitalised name words ("Esper met Pompeo"), merged by surname."""
    out: dict[str, str] = {}
    covered: list[tuple[int, int]] = []  # the full names: in text order, disjoint
    name_seq, cap_word = _name_patterns(text, lo, hi)
    for m in name_seq.finditer(text, lo, hi):
        found = _name_from_match(m)
        if found is not None:
            out.setdefault(found[3], found[2])
            covered.append((found[0], found[1]))
    k, n_covered = 0, len(covered)
    for m in cap_word.finditer(text, lo, hi):
        i = m.start()
        while k < n_covered and covered[k][1] <= i:
            k += 1
        if k < n_covered and covered[k][0] <= i:
            continue  # part of a full name
        key, name = _single_name(m.group())
        if name is not None and key not in out and _PLACE_START.search(text, max(lo, i - 8), i) is None:
            out[key] = name
    return out


# First words of place names ("New York", "Los Angeles", "Fort Worth"): the
# capitalised word after one is no one's name.
_PLACE_FIRST_WORDS = (
    "New Los Las San Santa Saint St. Fort Port Mount Lake Palm Salt Baton Des Corpus Hong Sri Tel Rio Buenos "
    "Kuala Puerto Costa"
).split()
_PLACE_START = re.compile("(?:" + letter_first([re.escape(w) for w in _PLACE_FIRST_WORDS]) + r")\s$")  # \b(?:New|...)
# Those that are never a person's name themselves ("Kari Lake", "Lake said" are).
_PLACE_FIRST = frozenset("los las san santa hong tel buenos rio sri kuala puerto costa".split())


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _single_name(word: str) -> tuple[str, str | None]:
    """A capitalised word as a person's name, for :func:`people_between`:
    ``(surname key, name)``, the name None if the word cannot be one
    (one cached call instead of three per word)."""
    key, c = low_key(word), core(word)
    return key, (c.removesuffix("’s").removesuffix("'s") if _is_name_word(c, key) and key not in _PLACE_FIRST else None)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def name_key(name: str) -> tuple[str, str]:
    """(first word, surname) of a name, so "Mark T. Esper" and "Mark Esper" are one person."""
    toks = [low_key(t) for t in name.split() if not initial(t)]
    return (toks[0], toks[-1]) if toks else ("", "")
