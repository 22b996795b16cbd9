"""The matching engine behind :func:`framing.find_terms` and :func:`framing.analyze`.

Each lexicon becomes one trie-shaped regular expression (a flat alternation of
thousands of terms is 20x slower in ``re``). All lexicons are looked for
together, over one shared lower-cased, apostrophe- and hyphen-folded copy of
the text, and only where a word can start (see :class:`_Scanner`); context
rules look only at a few characters around each candidate, and negation cues
are looked for only in the clause before a negation-sensitive term.
Symbol terms (emoticons) are exact literals with their own boundaries,
scanned only for a lexicon that has them (:mod:`framing.features._symbols`),
and merged with the word candidates so that, within a lexicon, no two matches
overlap. The file formats and validation live in :mod:`framing.dictionary`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cached_property

from framing._text import fold
from framing._text import term_key as _key
from framing.dictionary._model import (
    DEFAULT_NEGATORS,
    Exclusion,
    Lexicon,
    Term,
    is_symbol_term,
)
from framing.features._match import Match
from framing.features._symbols import SymbolTable
from framing.features._trie import _trie_body

# How far back a *preceded_by condition looks, in characters.
_LOOKBEHIND = 80
# How far ahead a *followed_by condition looks, in characters.
_LOOKAHEAD = 80
# A term starts a word: not inside a longer word, a hyphenated compound or an
# elided form ("Kata'ib")...
_START = r"(?<!\w)(?<!\w['-])"
# ...and ends one, but a possessive "'s" may follow ("Iran's").
_END = r"(?!\w|-\w|'(?!s\b)\w)"
# Between a negation cue and the term: no sentence or clause punctuation,
# and no contrastive conjunction.
_BREAK_CHARS = frozenset(".;:!?,()[]\"\u201c\u201d")
_BREAK_CLASS = r"[.;:!?,()\[\]\"\u201c\u201d]"
_NEGATION_BREAK = re.compile(_BREAK_CLASS + r"|\b(?:but|although|though|however|whereas)\b")
_NEG_WORD = re.compile(r"\w+")
# The clause around an offset: after the last break character before it, up
# to and including the next one. ``.*`` jumps to the end at once and backs off
# character by character, so the last break is found without scanning from 0.
_LAST_BREAK = re.compile(".*" + _BREAK_CLASS, re.DOTALL)
_NEXT_BREAK = re.compile(_BREAK_CLASS)
# The negation scan looks at most this many characters per word of the
# window back from a term (and a cue's length past it): a clause without
# punctuation (a run-on scraped page) otherwise made every check scan back to
# the start of the document, a cost quadratic in its length. 40 characters a
# word is far more than English words and their spaces take.
_NEG_CHARS_PER_WORD = 40
_NEG_CUE_CHARS = 64
# Matched surface forms remembered per lexicon, for the lookup of their terms.
_SURFACE_CACHE_MAX = 50_000

# A compiled context condition: (regex, looks ahead, must not hold).
_Rule = tuple[re.Pattern[str], bool, bool]
# A compiled exclusion: (regex for the written form or None, case-sensitive, rules).
_Except = tuple["re.Pattern[str] | None", bool, tuple[_Rule, ...]]
# One term a surface form stands for: (term, cased form or None, rules, exclusions).
_Entry = tuple[Term, "str | None", tuple[_Rule, ...], tuple[_Except, ...]]


def _negator_regex(cues: Sequence[str]) -> re.Pattern[str]:
    """One regex for the negation cues; group 1 is set only for a real cue.

    "a little" and "a few" are matched first and ignored, so that "a little
    doubt" is not read as "little doubt".
    """
    words = sorted({c.lower() for c in cues if not c.lower().startswith("n't")}, key=len, reverse=True)
    body = "|".join(r"[\s-]+".join(re.escape(p) for p in w.split()) for w in words) or "(?!)"
    clitic = r"|(n't)(?!\w)" if any(c.lower() == "n't" for c in cues) else ""
    return re.compile(rf"(?<!\w)a\s+(?:little|few)(?!\w)|(?<![\w'])({body})(?![\w']){clitic}")


class _Rules:
    """Context conditions compiled once per matcher, shared by its lexicons."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], _Rule] = {}

    def rules(self, conditions: tuple[tuple[str, str], ...]) -> tuple[_Rule, ...]:
        out = []
        for kind, pattern in conditions:
            rule = self._cache.get((kind, pattern))
            if rule is None:
                ahead = kind.endswith("followed_by")
                # A *preceded_by pattern must end where the match starts: anchor
                # it with \Z and search only the look-behind window.
                source = pattern if ahead else f"(?:{pattern})\\Z"
                rule = self._cache[(kind, pattern)] = (re.compile(source), ahead, kind.startswith("not_"))
            out.append(rule)
        return tuple(out)

    def exclusions(self, exclusions: tuple[Exclusion, ...]) -> tuple[_Except, ...]:
        return tuple(
            (re.compile(ex.written) if ex.written else None, ex.case_sensitive, self.rules(ex.conditions))
            for ex in exclusions
        )


class _Table:
    """One lexicon's trie and lookup tables."""

    def __init__(self, lex: Lexicon, rules: _Rules) -> None:
        # key -> list of entries: a term in several categories yields one
        # match per category. A case-sensitive term is found by the
        # lower-cased scan and then checked on its own span, so no second scan
        # of a case-preserving copy is needed.
        self.name = lex.name
        self.exact: dict[str, list[_Entry]] = {}
        self.wild: dict[str, list[_Entry]] = {}
        self.max_wild = 0
        self._patterns: list[str] = []
        # Conditions are compiled once here, not looked up at every match.
        compiled: dict[int, tuple[tuple[_Rule, ...], tuple[_Except, ...]]] = {}
        symbols: list[tuple[str, None]] = []
        for t in lex.terms:
            ctx_rules = compiled.get(id(t))
            if ctx_rules is None:
                ctx_rules = compiled[id(t)] = (rules.rules(t.conditions), rules.exclusions(t.exclusions))
            for surface in (t.term, *t.forms):
                if is_symbol_term(surface):
                    # A literal with exact case, found by its own scan (framing.features._symbols);
                    # looked up like a word, its case checked like a case-sensitive term.
                    symbols.append((surface, None))
                    entry = (t, _key(fold(surface.strip(), lower=False)), *ctx_rules)
                    self.exact.setdefault(_key(fold(surface.strip())), []).append(entry)
                    continue
                folded = fold(surface)
                wildcard = folded.endswith("*")
                key = _key(folded[:-1] if wildcard else folded)
                cased = None
                if t.case_sensitive:
                    # A trailing "*" marks a wildcard form: compare the prefix only.
                    cased = _key(fold(surface.rstrip("*"), lower=False)) + ("*" if wildcard else "")
                entry = (t, cased, *ctx_rules)
                if wildcard:
                    self.wild.setdefault(key, []).append(entry)
                    self.max_wild = max(self.max_wild, len(key))
                else:
                    self.exact.setdefault(key, []).append(entry)
                self._patterns.append(folded)
        self.symbols = SymbolTable(symbols) if symbols else None
        self.body = _trie_body(self._patterns)
        # The characters a match can start with (None: any, if a term is empty).
        keys = [_key(p[:-1] if p.endswith("*") else p) for p in self._patterns]
        self.first_chars = None if not all(keys) else {k[0] for k in keys}
        self._surfaces: dict[str, list[_Entry]] = {}

    @cached_property
    def regex(self) -> re.Pattern[str] | None:
        """This lexicon on its own, as one regex for ``finditer``.

        The scan in :class:`_Scanner` must find exactly what this finds; kept
        as the reference for tests and profiling, compiled on first use.
        """
        return _compile(self._patterns)

    def lookup(self, surface: str) -> list[_Entry]:
        """The entries a matched (folded) surface form stands for."""
        hit = self._surfaces.get(surface)
        if hit is None:
            if len(self._surfaces) >= _SURFACE_CACHE_MAX:
                self._surfaces.clear()
            hit = self._surfaces[surface] = self._lookup(surface)
        return hit

    def _lookup(self, surface: str) -> list[_Entry]:
        key = _key(surface)
        hit = self.exact.get(key)
        if hit is not None:
            return hit
        for k in range(min(len(key), self.max_wild), 0, -1):
            hit = self.wild.get(key[:k])
            if hit is not None:
                return hit
        return []


class _Scanner:
    """Every lexicon's trie matches in a folded text, in a few regex scans.

    The result is, for each lexicon, exactly what ``finditer`` of that
    lexicon's own regex (:attr:`_Table.regex`) finds: the leftmost match, then
    the leftmost one from its end on, and so on. It is obtained more cheaply:

    * A term can only start after a character that is not a word character
      (or at offset 0). 95% of word starts in news follow a space, and after a
      space both look-behinds of ``_START`` hold, so one scan runs ``" "``
      then the tries: ``re`` finds the next space with a fast literal search
      instead of trying the whole pattern at every offset, which costs about
      as much as the tries themselves. A second scan takes the other left
      neighbours (``[^0-9a-z_ ]``, a character set ``re`` also skips to
      quickly) and checks ``_START``, after a cheap test that the next
      character can start a term at all (most of these neighbours are a comma
      or full stop before a space); at offset 0 each lexicon is tried on its
      own.
    * Each scan consumes only the left neighbour and looks for the term in a
      lookahead group, one group per lexicon: ``(?=(A)END)|(?=(B)END)``. So
      every start offset is tried, by one engine call for all lexicons, and
      the group that is set says which lexicon matched there. Where an
      earlier lexicon matched, the later ones are tried at the same offset in
      Python (rare: only where a term starts).
    * What a lookahead captures at an offset is what the lexicon's regex
      would match there, but candidates may overlap: :meth:`find` keeps, per
      lexicon, the leftmost and drops those starting before its end, which is
      finditer's rule.

    * With several lexicons, one trie of all their terms (`union`) is tried
      first, in a lookahead: it holds where one of the lexicons' lookaheads
      would, so it changes nothing found, and at most word starts (where no
      term starts) it fails after one walk down a trie instead of one per
      lexicon: the scans take a fifth less time with hedges + loaded.

    Measured on 5 MB of news, hedges + loaded: 0.18 s for the scans, against
    0.33 s for one finditer per lexicon.
    """

    def __init__(self, bodies: list[str], first_chars: set[str] | None, union: str | None = None) -> None:
        alts = "|".join(f"(?=({body}){_END})" for body in bodies)
        if union is not None and len(bodies) > 1:
            alts = f"(?=(?:{union}){_END})(?:{alts})"
        first = "" if first_chars is None else "(?=[" + "".join(re.escape(c) for c in sorted(first_chars)) + "])"
        self._after_space = re.compile(f" (?:{alts})")
        self._after_other = re.compile(f"[^0-9a-z_ ]{first}{_START}(?:{alts})")
        # Each lexicon alone, tried at offset 0 and where an earlier one matched.
        self._alone = [re.compile(f"(?:{body}){_END}") for body in bodies]

    def candidates(self, lower: str) -> list[tuple[int, int, int]]:
        """``(start, start - end, lexicon)`` of every candidate, sorted.

        Sorted by start, then longest first, then lexicon: the order of the
        matches :meth:`_Matcher.find` returns.
        """
        out: list[tuple[int, int, int]] = []
        append = out.append
        alone = self._alone
        n = len(alone)
        for j, regex in enumerate(alone):
            m = regex.match(lower)
            if m is not None:
                append((0, -m.end(), j))
        for scan in (self._after_space.finditer(lower), self._after_other.finditer(lower)):
            for m in scan:
                k = m.lastindex
                start, end = m.span(k)
                append((start, start - end, k - 1))
                for j in range(k, n):
                    also = alone[j].match(lower, start)
                    if also is not None:
                        append((start, start - also.end(), j))
        out.sort()
        return out


class _Matcher:
    """Compiled matcher for a sequence of lexicons.

    Each lexicon's matches, and so its counts, do not depend on which other
    lexicons are loaded with it: "is said to" in ``hedges`` must not hide
    "said" in ``reporting_verbs``. Overlaps are resolved within each lexicon,
    never across lexicons, as if each were scanned on its own; the scans are
    shared (see :class:`_Scanner`).
    """

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        rules = _Rules()
        self._tables = [_Table(lex, rules) for lex in lexicons]
        # Lexicons without terms find nothing and take no part in the scan.
        self._scanned = [t for t in self._tables if t.body is not None or t.symbols is not None]
        worded = [t for t in self._scanned if t.body is not None]
        self._scanner = None
        if worded:
            first = [t.first_chars for t in worded]
            union = _trie_body([p for t in worded for p in t._patterns]) if len(worded) > 1 else None
            self._scanner = _Scanner(
                [t.body for t in worded], None if None in first else set().union(*first), union
            )
        # Only lexicons with symbol terms pay for them: their index in
        # _scanned, and where the trie scan's lexicon numbers point there.
        self._symbolic = [k for k, t in enumerate(self._scanned) if t.symbols is not None]
        self._worded_at = [k for k, t in enumerate(self._scanned) if t.body is not None]
        # Negation cue regexes, one per distinct cue list; lexicon -> index.
        self._negation: list[_Negation] = []
        self._neg_of: dict[str, int] = {}
        cue_sets: dict[tuple[str, ...], int] = {}
        for lex in lexicons:
            cues = lex.negators or DEFAULT_NEGATORS
            if cues not in cue_sets:
                cue_sets[cues] = len(self._negation)
                self._negation.append(_Negation(cues))
            self._neg_of[lex.name] = cue_sets[cues]

    def find(self, text: str, *, lower: str | None = None) -> list[Match]:
        """The matches of all lexicons in `text`, by start, longest first.

        Parameters
        ----------
        text : str
            The document.
        lower : str, optional
            ``fold(text)`` when the caller has it already.
        """
        if not self._scanned:
            return []
        if lower is None:
            lower = fold(text)
        candidates = self._scanner.candidates(lower) if self._scanner is not None else []
        cased = None
        if self._symbolic:
            cased = fold(text, lower=False)
            candidates = self._with_symbols(candidates, cased)
        if not candidates:
            return []
        tables = self._scanned
        ctx = _Context(text, lower, cased, self._negation)
        out: list[Match] = []
        append = out.append
        last_end = [-1] * len(tables)
        for start, neg_len, k in candidates:
            if start < last_end[k]:
                continue  # overlaps the match this lexicon's own scan kept
            end = last_end[k] = start - neg_len
            table = tables[k]
            for term, cased, rules, exclusions in table.lookup(lower[start:end]):
                if cased is not None and not _case_agrees(text, start, end, cased):
                    continue
                if rules and not _rules_hold(lower, start, end, rules):
                    continue
                if exclusions and any(_excluded(ctx, start, end, ex) for ex in exclusions):
                    continue
                category = term.category
                if term.negated != "keep":
                    negated = ctx.negated(self._neg_of[table.name], start, term.negation_window)
                    if negated and term.negated == "cancel" or not negated and term.negated == "only":
                        continue
                    if negated and term.negated == "flip":
                        category = term.flip_to
                append(Match(start, end, text[start:end], term.term, category, table.name, term.weight))
        return out

    def _with_symbols(self, candidates: list[tuple[int, int, int]], cased: str) -> list[tuple[int, int, int]]:
        """The trie candidates, renumbered to ``_scanned``, with each lexicon's symbol candidates.

        A symbol candidate's span is exactly one listed literal (with its
        case), never a word candidate's span, so the two kinds share one
        overlap rule per lexicon in :meth:`find`.
        """
        at = self._worded_at
        if len(at) != len(self._scanned):
            candidates = [(s, neg, at[k]) for s, neg, k in candidates]
        for k in self._symbolic:
            candidates.extend((s, s - e, k) for s, e in self._scanned[k].symbols.spans(cased))
        candidates.sort()
        return candidates


def _case_agrees(text: str, start: int, end: int, cased: str) -> bool:
    """Does the span, as written, have the case of a case-sensitive term?"""
    written = _key(fold(text[start:end], lower=False))
    if cased.endswith("*"):
        return written.startswith(cased[:-1])
    return written == cased


def _rules_hold(haystack: str, start: int, end: int, rules: tuple[_Rule, ...]) -> bool:
    """Do all context conditions hold around ``haystack[start:end]``?"""
    for regex, ahead, negate in rules:
        if ahead:
            hit = regex.match(haystack, end, end + _LOOKAHEAD) is not None
        else:
            hit = regex.search(haystack, max(0, start - _LOOKBEHIND), start) is not None
        if hit == negate:
            return False
    return True


def _excluded(ctx: _Context, start: int, end: int, ex: _Except) -> bool:
    written, case_sensitive, rules = ex
    # On the slice, not with pos/endpos: "^" or "\b" in the pattern must not see the context.
    if written is not None and written.fullmatch(ctx.text[start:end]) is None:
        return False
    return _rules_hold(ctx.cased if case_sensitive else ctx.lower, start, end, rules)


class _Negation:
    """A list of negation cues, compiled."""

    def __init__(self, cues: Sequence[str]) -> None:
        self.regex = _negator_regex(cues)
        # No cue match can contain a break character; then the cues of a
        # clause are the same whether the document is scanned from its start
        # or from the clause's (see _Context.negated).
        self.by_clause = not any(ch in _BREAK_CHARS for cue in cues for ch in cue)


class _Context:
    """The texts a match's context rules look at, built lazily once per document."""

    def __init__(self, text: str, lower: str | None, cased: str | None, negation: list[_Negation]) -> None:
        self.text = text
        self._lower = lower
        self._cased = cased
        self._negation = negation
        self._cues: dict[int, list[int]] = {}

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
        """Is there a negation cue at most `window` words (and ``40 * (window + 1)`` characters) before `start`, in the same clause?

        The cue that counts is the last one ending at or before `start`, as
        found by one scan of the whole document (cues do not overlap). When no
        cue can contain a break character, no cue match straddles one, so that
        scan finds the same cues in a clause as a scan of the clause alone: a
        clause is all that is scanned. A cue before the clause would be
        separated from `start` by its break anyway.
        """
        negation = self._negation[cue_set]
        lower = self.lower
        cue_end = -1
        if negation.by_clause:
            # Bounded both ways: a cue further back than the window (in
            # characters) cannot be within `window` words of `start`.
            floor = max(0, start - _NEG_CHARS_PER_WORD * (window + 1) - _NEG_CUE_CHARS)
            before = _LAST_BREAK.match(lower, floor, start)
            ceiling = min(len(lower), start + _NEG_CUE_CHARS)
            after = _NEXT_BREAK.search(lower, start, ceiling)
            # The engine never looks past the next break character for a cue
            # starting before it, so the scan may stop there.
            lo, hi = (before.end() if before else floor), (after.end() if after else ceiling)
            for m in negation.regex.finditer(lower, lo, hi):
                if m.end() > start:
                    break
                if m.lastindex:
                    cue_end = m.end(m.lastindex)
        else:
            ends = self._cues.get(cue_set)
            if ends is None:
                # One scan of the whole document per cue list, on first need.
                ends = self._cues[cue_set] = [
                    m.end(m.lastindex) for m in negation.regex.finditer(lower) if m.lastindex
                ]
            i = bisect.bisect_right(ends, start) - 1
            if i >= 0:
                cue_end = ends[i]
        if cue_end < 0:
            return False
        between = lower[cue_end:start]
        if _NEGATION_BREAK.search(between):
            return False
        return len(_NEG_WORD.findall(between)) <= window


def _compile(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex for many terms, whole words only, for ``finditer``."""
    body = _trie_body(patterns)
    if body is None:
        return None
    return re.compile(f"{_START}(?:{body}){_END}")


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
