"""Reporting verbs and phrases ("said", "told", "according to") found in raw text.

The verbs are the ``reporting_verbs`` lexicon; :class:`CueFinder` compiles
its forms for a fast scan that neither folds nor lower-cases the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from framing.features._trie import _trie_regex
from framing.features.quotes._words import SEPARATORS
from framing._text import fold
from framing.dictionary import load_lexicon


class Cue(NamedTuple):
    """A reporting verb or phrase found in a text."""

    start: int
    end: int
    text: str
    lemma: str
    cls: str


# Cue(...) without the Python-level __new__ of a named tuple (thousands per document)
_new_cue = tuple.__new__


# Nouns that name a speech act after a possessive ("his claim that", "Berg's call for"): found in the same
# scan as the cues, for framing.features.quotes._nominal (not cues themselves)
NOMINAL_NOUNS = frozenset((
    "claim", "claims", "assertion", "assertions", "insistence", "argument", "arguments", "warning", "warnings",
    "complaint", "complaints", "accusation", "accusations", "allegation", "allegations", "suggestion",
    "suggestions", "contention", "prediction", "predictions", "statement", "statements", "promise", "promises",
    "pledge", "pledges", "vow", "vows", "call for", "calls for", "criticism of", "attack on", "attacks on"))


class CueFinder:
    """The reporting-verb lexicon compiled for a fast scan of raw text.

    The text is neither folded nor lower-cased: lower-case forms are found
    after a space or a line break (a pattern that starts with a literal lets
    ``re`` jump between candidates), and of the capitalised forms only those
    that open a clause in news copy ("According to", "Says", "Said", "As
    reported by"). A cue right after a hyphen or apostrophe ("so-called")
    is not a cue. Term
    conditions (``followed_by``...) are checked as :mod:`framing.dictionary`
    checks them.
    """

    CAPITALISED = ("according to", "says", "said", "as reported by", "as first reported by", "as previously reported by",
                   "as originally reported by")

    def __init__(self, lexicon_name: str = "reporting_verbs") -> None:
        lex = load_lexicon(lexicon_name)
        self.lexicon = lex
        self._forms: dict[str, tuple[str, str, tuple[tuple[bool, bool, re.Pattern[str]], ...]]] = {}
        trie: dict = {}
        for t in lex.terms:
            # (read after the cue?, must it fail?, pattern): the kind's words are read once here, not per cue
            conds = tuple(
                (kind.endswith("followed_by"), kind.startswith("not_"), re.compile(p)) for kind, p in t.conditions
            )
            for surface in (t.term, *t.forms):
                key = " ".join(surface.lower().split())
                self._forms[key] = (t.term, t.category, conds)
                node = trie
                for ch in key:
                    node = node.setdefault(ch, {})
                node[""] = True
        for key in NOMINAL_NOUNS:  # (a noun that is also a verb's form is in the trie already)
            node = trie
            for ch in key:
                node = node.setdefault(ch, {})
            node[""] = True
        self._surfaces = dict(self._forms)
        self._upper: list[tuple[str, re.Pattern[str]]] = []
        for key in self.CAPITALISED:
            if key in self._forms:
                first = key[0].upper() + key[1:].split()[0]
                self._surfaces[key[0].upper() + key[1:]] = self._forms[key]
                # found with str.find (capitalised words are rare), then checked in full
                full = re.escape(key[0].upper() + key[1:]).replace(r"\ ", r"[\s-]+")
                self._upper.append((first, re.compile(r"(" + full + r")\b")))
        # Capitalised forms sharing their first two letters ("Says", "Said") are
        # found together: one str.find over the text for both.
        self._upper_finds: dict[str, list[int]] = {}  # literal to find -> indexes into _upper
        for k, (first, _rx) in enumerate(self._upper):
            shared = sum(f[:2] == first[:2] for f, _ in self._upper) > 1
            self._upper_finds.setdefault(first[:2] if shared else first, []).append(k)
        body = _trie_regex(trie)
        # one regex per kind of left neighbour, each starting with a literal
        self._regexes = [re.compile(r" (" + body + r")\b"), re.compile(r"\n(" + body + r")\b")]
        self._start = re.compile(r"(" + body + r")\b")

    def find(self, text: str, skip: Sequence[tuple[int, int]] = (), nouns: list[int] | None = None) -> list[Cue]:
        """The cues of `text`, in text order (one per start position).

        `nouns`, when given, receives the start of each lower-case noun of
        ``NOMINAL_NOUNS`` the scan meets ("claims", "call for"), whether or
        not its form is also a cue's, for the nominal attributions.

        `skip` lists spans ``(start, end)``, in text order, whose cues are not
        wanted: the long quotations, whose cues the caller drops. The scan for
        lower-case forms jumps over them (a cue there may or may not be
        returned). A span must begin and end with a quotation mark, which no
        cue contains, so that no cue outside a span is lost.
        """
        out: list[Cue] = []
        append = out.append
        surfaces, forms = self._surfaces, self._forms
        gaps = []  # the parts of the text to scan
        lo = 0
        for start, end in skip:
            gaps.append((lo, start))
            lo = end
        gaps.append((lo, len(text)))
        # The windows around the first cues with conditions are folded one by one; from the
        # _FOLD_WHOLE_AFTER-th on, a slice of the whole text folded once (a long or cue-dense text)
        folded = ""
        n_cond = 0
        # Lower-case forms: the left neighbour is the space or line break the
        # regex starts with, so no neighbour check is needed (most cues).
        for rx in self._regexes:
            for lo, hi in gaps:
                for m in rx.finditer(text, lo, hi):
                    surface = m.group(1)
                    if nouns is not None and surface in NOMINAL_NOUNS:
                        nouns.append(m.start(1))
                    entry = surfaces.get(surface) or forms.get(SEPARATORS.sub(" ", surface.lower()))
                    if entry is None:  # "calls -- on": separators the lexicon does not spell out; a noun
                        continue
                    s, e = m.span(1)
                    if entry[2]:
                        n_cond += 1
                        if n_cond == _FOLD_WHOLE_AFTER:
                            folded = _folded(text)
                        if not _conditions_hold(text, s, e, entry[2], folded):
                            continue
                    append(_new_cue(Cue, (s, e, surface, entry[0], entry[1])))
        # At the start of the text, and the capitalised forms (rare: found
        # with str.find, then checked in full): the left neighbour is checked.
        rare = []
        first = self._start.match(text)
        if first is not None:
            rare.append(first)
        upper = self._upper
        found: list[list[re.Match[str]]] = [[] for _ in upper]
        for literal, ks in self._upper_finds.items():
            i = text.find(literal)
            while i >= 0:
                for k in ks:
                    form, rx = upper[k]
                    if text.startswith(form, i):
                        m = rx.match(text, i)
                        if m is not None:
                            found[k].append(m)
                i = text.find(literal, i + 1)
        for matches in found:
            rare += matches
        for m in rare:
            s, e = m.span(1)
            if s and (text[s - 1].isalnum() or text[s - 1] in "-'’\u2011"):
                continue
            surface = m.group(1)
            entry = surfaces.get(surface) or forms.get(SEPARATORS.sub(" ", surface.lower()))
            if entry is None:
                continue
            lemma, cls, conds = entry
            if conds:
                n_cond += 1
                if n_cond == _FOLD_WHOLE_AFTER:
                    folded = _folded(text)
                if not _conditions_hold(text, s, e, conds, folded):
                    continue
            append(_new_cue(Cue, (s, e, surface, lemma, cls)))
        out.sort(key=_START)
        return out


_START = itemgetter(0)


_FOLD_WHOLE_AFTER = 64


def _folded(text: str) -> str:
    """The whole text folded once, when a slice of it is what folding that slice
    of `text` gives: no Greek capital sigma (whose lower case depends on the
    letters around it), no backquote (folded only in a text that is not all
    ASCII). Otherwise ``""``: each window is folded by itself. (A character whose
    lower case is longer is kept as it is in both, see :func:`framing._text.fold`.)"""
    if "`" in text or "\u03a3" in text:
        return ""
    return fold(text)


def _conditions_hold(text: str, start: int, end: int, conds: tuple, folded: str = "") -> bool:
    """Do a cue's conditions hold? `conds` holds ``(after, negated, pattern)``
    (:class:`CueFinder`). `folded` is :func:`_folded` of `text` (or "": each
    window is folded by itself), so the 80 characters around each cue are not
    folded again for every cue. An ASCII window folds to its lower case
    (:func:`framing._text.fold`), without the call."""
    for after, negated, rx in conds:
        if after:
            if folded:
                window = folded[end : end + 80]
            else:
                window = text[end : end + 80]
                window = window.lower() if window.isascii() else fold(window)
            hit = rx.match(window) is not None
        else:
            if folded:
                window = folded[max(0, start - 80) : start]
            else:
                window = text[max(0, start - 80) : start]
                window = window.lower() if window.isascii() else fold(window)
            # a match ending where the window ends: the first match (one search: most windows hold
            # none), then the later ones only when the first ends earlier
            m = rx.search(window)
            hit = m is not None and (m.end() == len(window) or _ends_at_end(rx, window))
        if hit == negated:
            return False
    return True


def _ends_at_end(rx: re.Pattern[str], window: str) -> bool:
    """Does one of the successive matches of `rx` in `window` end where it ends?"""
    n = len(window)
    for m in rx.finditer(window):  # (a plain loop: no generator per cue)
        if m.end() == n:
            return True
    return False


@functools.lru_cache(maxsize=1)
def cue_finder() -> CueFinder:
    return CueFinder()
