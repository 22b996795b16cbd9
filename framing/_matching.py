"""The matching engine behind :func:`framing.find_terms` and :func:`framing.analyze`.

Each lexicon becomes one trie-shaped regular expression (a flat alternation of
thousands of terms is 20x slower in ``re``), run once per document over one
shared lower-cased, apostrophe- and hyphen-folded copy of the text; context
rules look only at a few characters around each candidate, and negation cues
are found by one more scan, made only when a negation-sensitive term matched.
The file formats and validation live in :mod:`framing.lexicon`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ._text import fold
from ._text import term_key as _key
from .lexicon import DEFAULT_NEGATORS, Exclusion, Lexicon, Match, Term

# How far back a *preceded_by condition looks, in characters.
_LOOKBEHIND = 80
# How far ahead a *followed_by condition looks, in characters.
_LOOKAHEAD = 80
# Between a negation cue and the term: no sentence or clause punctuation,
# and no contrastive conjunction.
_NEGATION_BREAK = re.compile(r"[.;:!?,()\[\]\"\u201c\u201d]|\b(?:but|although|though|however|whereas)\b")
_NEG_WORD = re.compile(r"\w+")


def _negator_regex(cues: Sequence[str]) -> re.Pattern[str]:
    """One regex for the negation cues; group 1 is set only for a real cue.

    "a little" and "a few" are matched first and ignored, so that "a little
    doubt" is not read as "little doubt".
    """
    words = sorted({c.lower() for c in cues if not c.lower().startswith("n't")}, key=len, reverse=True)
    body = "|".join(r"[\s-]+".join(re.escape(p) for p in w.split()) for w in words) or "(?!)"
    clitic = r"|(n't)(?!\w)" if any(c.lower() == "n't" for c in cues) else ""
    return re.compile(rf"(?<!\w)a\s+(?:little|few)(?!\w)|(?<![\w'])({body})(?![\w']){clitic}")


class _Table:
    """One lexicon's compiled regex and lookup tables."""

    def __init__(self, lex: Lexicon) -> None:
        # key -> list of (Term, cased form or None): a term in several
        # categories yields one match per category. A case-sensitive term is
        # found by the lower-cased scan and then checked on its own span, so
        # no second scan of a case-preserving copy is needed.
        self.name = lex.name
        self.exact: dict[str, list[tuple[Term, str | None]]] = {}
        self.wild: dict[str, list[tuple[Term, str | None]]] = {}
        self.max_wild = 0
        patterns: list[str] = []
        for t in lex.terms:
            for surface in (t.term, *t.forms):
                folded = fold(surface)
                wildcard = folded.endswith("*")
                key = _key(folded[:-1] if wildcard else folded)
                cased = None
                if t.case_sensitive:
                    # A trailing "*" marks a wildcard form: compare the prefix only.
                    cased = _key(fold(surface.rstrip("*"), lower=False)) + ("*" if wildcard else "")
                if wildcard:
                    self.wild.setdefault(key, []).append((t, cased))
                    self.max_wild = max(self.max_wild, len(key))
                else:
                    self.exact.setdefault(key, []).append((t, cased))
                patterns.append(folded)
        self.regex = _compile(patterns)

    def lookup(self, surface: str) -> list[tuple[Term, str | None]]:
        key = _key(surface)
        hit = self.exact.get(key)
        if hit is not None:
            return hit
        for k in range(min(len(key), self.max_wild), 0, -1):
            hit = self.wild.get(key[:k])
            if hit is not None:
                return hit
        return []


class _Matcher:
    """Compiled matcher for a sequence of lexicons: one regex scan per lexicon.

    Each lexicon is scanned on its own (over one shared lower-cased copy of
    the document), so that its matches, and so its counts, do not depend on
    which other lexicons are loaded with it: "is said to" in ``hedges`` must
    not hide "said" in ``reporting_verbs``. Measured on news text, two scans
    for hedges + loaded cost about 1.4x one combined scan.
    """

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        self._tables = [_Table(lex) for lex in lexicons]
        # Negation cue regexes, one per distinct cue list; lexicon -> index.
        self._neg_regexes: list[re.Pattern[str]] = []
        self._neg_of: dict[str, int] = {}
        cue_sets: dict[tuple[str, ...], int] = {}
        for lex in lexicons:
            cues = lex.negators or DEFAULT_NEGATORS
            if cues not in cue_sets:
                cue_sets[cues] = len(self._neg_regexes)
                self._neg_regexes.append(_negator_regex(cues))
            self._neg_of[lex.name] = cue_sets[cues]
        self._cond_cache: dict[tuple[str, str], re.Pattern[str]] = {}

    def find(self, text: str) -> list[Match]:
        found: list[tuple[int, int, str, Term]] = []
        lower = fold(text)
        for table in self._tables:
            if table.regex is None:
                continue
            lexname = table.name
            for m in table.regex.finditer(lower):
                start, end = m.span()
                for term, cased in table.lookup(m.group()):
                    if cased is not None and not self._case_agrees(text, start, end, cased):
                        continue
                    found.append((start, end, lexname, term))
        if not found:
            return []
        found.sort(key=lambda x: (x[0], x[0] - x[1]))
        ctx = _Context(text, lower, None, self._neg_regexes)
        out: list[Match] = []
        # Overlaps are resolved within each lexicon, never across lexicons: a
        # lexicon's counts must not depend on which others are loaded with it.
        last_end: dict[str, int] = {}
        last_span: dict[str, tuple[int, int]] = {}
        for start, end, lexname, term in found:
            if start < last_end.get(lexname, -1) and (start, end) != last_span.get(lexname):
                continue  # overlaps a leftmost-longest match of this lexicon already kept
            if term.conditions and not self._conditions_hold(ctx, start, end, term.conditions, False):
                continue
            if term.exclusions and any(self._excluded(ctx, start, end, ex) for ex in term.exclusions):
                continue
            category = term.category
            if term.negated != "keep":
                negated = ctx.negated(self._neg_of[lexname], start, term.negation_window)
                if negated and term.negated == "cancel" or not negated and term.negated == "only":
                    continue
                if negated and term.negated == "flip":
                    category = term.flip_to
            out.append(Match(start, end, text[start:end], term.term, category, lexname, term.weight))
            last_end[lexname], last_span[lexname] = max(last_end.get(lexname, -1), end), (start, end)
        return out

    @staticmethod
    def _case_agrees(text: str, start: int, end: int, cased: str) -> bool:
        """Does the span, as written, have the case of a case-sensitive term?"""
        written = _key(fold(text[start:end], lower=False))
        if cased.endswith("*"):
            return written.startswith(cased[:-1])
        return written == cased

    def _compiled(self, kind: str, pattern: str) -> re.Pattern[str]:
        regex = self._cond_cache.get((kind, pattern))
        if regex is None:
            # A *preceded_by pattern must end where the match starts: anchor it
            # with \Z and search only the look-behind window.
            source = f"(?:{pattern})\\Z" if kind.endswith("preceded_by") else pattern
            regex = self._cond_cache[(kind, pattern)] = re.compile(source)
        return regex

    def _conditions_hold(
        self, ctx: _Context, start: int, end: int, conditions: tuple[tuple[str, str], ...], cased: bool
    ) -> bool:
        haystack = ctx.cased if cased else ctx.lower
        for kind, pattern in conditions:
            regex = self._compiled(kind, pattern)
            if kind.endswith("followed_by"):
                hit = regex.match(haystack, end, min(len(haystack), end + _LOOKAHEAD)) is not None
            else:
                hit = regex.search(haystack, max(0, start - _LOOKBEHIND), start) is not None
            if hit == kind.startswith("not_"):
                return False
        return True

    def _excluded(self, ctx: _Context, start: int, end: int, ex: Exclusion) -> bool:
        if ex.written and re.fullmatch(ex.written, ctx.text[start:end]) is None:
            return False
        return self._conditions_hold(ctx, start, end, ex.conditions, ex.case_sensitive)


class _Context:
    """The texts a match's context rules look at, built lazily once per document."""

    def __init__(
        self, text: str, lower: str | None, cased: str | None, neg_regexes: list[re.Pattern[str]]
    ) -> None:
        self.text = text
        self._lower = lower
        self._cased = cased
        self._neg_regexes = neg_regexes
        self._cues: dict[int, tuple[list[int], list[int]]] = {}

    @property
    def lower(self) -> str:
        if self._lower is None:
            self._lower = fold(self.text)
        return self._lower

    @property
    def cased(self) -> str:
        if self._cased is None:
            self._cased = fold(self.text, lower=False)
        return self._cased

    def negated(self, cue_set: int, start: int, window: int) -> bool:
        """Is there a negation cue at most `window` words before `start`, in the same clause?"""
        cues = self._cues.get(cue_set)
        if cues is None:
            # One scan of the whole document per cue list, on first need.
            starts, ends = [], []
            for m in self._neg_regexes[cue_set].finditer(self.lower):
                if m.lastindex:
                    starts.append(m.start(m.lastindex))
                    ends.append(m.end(m.lastindex))
            cues = self._cues[cue_set] = (starts, ends)
        starts, ends = cues
        i = bisect.bisect_right(ends, start) - 1
        if i < 0:
            return False
        between = self.lower[ends[i] : start]
        if _NEGATION_BREAK.search(between):
            return False
        return len(_NEG_WORD.findall(between)) <= window


def _compile(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex for many terms: a trie turned into nested alternations.

    A flat alternation of thousands of terms is 20x slower in ``re``;
    sharing prefixes keeps the engine from re-trying each term.
    """
    if not patterns:
        return None
    trie: dict = {}
    for p in patterns:
        node = trie
        wildcard = p.endswith("*")
        body = _key(p[:-1] if wildcard else p)
        for ch in body:
            node = node.setdefault(ch, {})
        node["*" if wildcard else ""] = True
    body = _trie_regex(trie)
    # Whole words: not inside a longer word, a hyphenated compound or an
    # elided form ("Kata'ib"), but a possessive "'s" may follow ("Iran's").
    return re.compile(rf"(?<!\w)(?<!\w['-])(?:{body})(?!\w|-\w|'(?!s\b)\w)")


def _trie_regex(node: dict) -> str:
    wildcard = node.get("*", False)
    terminal = node.get("", False)
    branches = []
    singles = []
    for ch in sorted(k for k in node if k not in ("", "*")):
        child = node[ch]
        atom = r"[\s-]+" if ch == " " else re.escape(ch)
        if set(child) == {""}:
            singles.append(atom)
        else:
            branches.append(atom + _trie_regex(child))
    if singles:
        if len(singles) == 1:
            branches.append(singles[0])
        elif all(len(s) == 1 for s in singles):
            branches.append("[" + "".join(singles) + "]")
        else:
            branches.extend(singles)
    if wildcard:
        # Longer literal continuations first, then any word ending.
        branches.append(r"\w*")
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal and not wildcard:
        return f"(?:{inner})?" if len(branches) > 1 or len(inner) > 1 else f"{inner}?"
    return inner


# Matchers for combinations of lexicons, most recent last. The lexicons are
# kept with their matcher so that their ids stay valid keys.
_COMBINED: dict[tuple[int, ...], tuple[tuple[Lexicon, ...], _Matcher]] = {}
_COMBINED_MAX = 16


def _matcher_for(lexicons: Sequence[Lexicon]) -> _Matcher:
    if len(lexicons) == 1:
        cache = lexicons[0]._matcher
        if not cache:
            cache.append(_Matcher(lexicons))
        return cache[0]
    key = tuple(id(lx) for lx in lexicons)
    hit = _COMBINED.pop(key, None)
    if hit is None:
        hit = (tuple(lexicons), _Matcher(lexicons))
        if len(_COMBINED) >= _COMBINED_MAX:
            _COMBINED.pop(next(iter(_COMBINED)))
    _COMBINED[key] = hit
    return hit[1]
