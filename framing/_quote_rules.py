"""Building blocks of the quote finder: quotation marks, cues, speaker phrases.

Private helpers for :mod:`framing.quotes`, kept apart so that module reads
as the procedure (pair the marks, find the cues, attribute, resolve) and this
one as its vocabulary and low-level scanners:

* :func:`pair_marks` -- one left-to-right pass over the quotation marks and
  line breaks of a document that pairs opening and closing marks and records
  every mark it cannot pair (with a reason) instead of guessing.
* :class:`CueFinder` -- the reporting verbs of ``lexicons/reporting_verbs.yaml``
  compiled into two regular expressions (lower case, and Capitalised).
* :func:`back_np` / :func:`fwd_np` -- read the noun phrase that ends right
  before, or starts right after, a position ("Defense Secretary Mark Esper",
  "a person familiar with the matter"). They look at a few tokens only.
* :func:`speaker_type`, :func:`people_between`, :func:`full_names` -- what
  kind of source a phrase names, and who is named near a pronoun or before
  a short name (for "he" and "Esper").

The word lists live in ``framing/data/quote_words.yaml``.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import re
from dataclasses import dataclass
from typing import NamedTuple

import yaml

from ._text import fold
from .lexicon import _trie_regex, load_lexicon

# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Vocab:
    titles: frozenset[str]
    role_nouns: frozenset[str]
    anonymous_nouns: frozenset[str]
    institution_words: frozenset[str]
    places: frozenset[str]
    pronouns: dict[str, str]
    anonymity: re.Pattern[str]  # matched on lower-cased text


@functools.lru_cache(maxsize=1)
def vocab() -> Vocab:
    """The word lists of ``framing/data/quote_words.yaml`` (loaded once)."""
    raw = importlib.resources.files("framing.data").joinpath("quote_words.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.replace("-", " ") if key == "institution_words" else w for w in data[key].split())

    return Vocab(
        titles=words("titles"),
        role_nouns=words("role_nouns"),
        anonymous_nouns=words("anonymous_nouns"),
        institution_words=words("institution_words"),
        places=words("places"),
        pronouns={str(k): str(v) for k, v in data["pronouns"].items()},
        anonymity=re.compile("|".join(f"(?:{p})" for p in data["anonymity_markers"])),
    )


# Words that are never part of a speaker phrase; met while reading a phrase
# they end it. Grammatical words only: open-class words are judged by case
# and by the noun lists above.
STOP = frozenset(
    """
    is are was were be been being am has have had having will would shall should can could
    may might must do does did done not no nor never and but or so yet that which who whom
    whose what when where why how whether if because although though while as since until
    unless than then there here this these those it its it's also too very just only even
    said says say saying told tells tell telling into onto about over under after before
    during against between through across upon within without towards toward per via
    amid among despite however meanwhile instead moreover furthermore indeed therefore
    thus hence still already again ago
    """.split()
)
# Between a subject and its verb ("Esper has repeatedly said", "the Pentagon
# on Sunday said"): skipped before the speaker phrase is read.
SKIP_BEFORE_CUE = frozenset(
    """
    has have had also later earlier previously then again repeatedly once first had would
    will could did does do not never reportedly recently publicly privately separately
    further quickly initially originally often frequently simply flatly angrily bluntly
    openly specifically explicitly subsequently quietly just even only since long
    already has since subsequently yesterday today tonight on late early last this
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
    night week weekend month year
    """.split()
)
DETERMINERS = frozenset("the a an one two three four five several some many most other another".split())
_DET_OR_POSS = DETERMINERS | frozenset("his her their its our my your this that".split())
_DET_OR_POSS_STARTS = DETERMINERS | frozenset("his her their its our".split())
# Prepositions allowed inside a speaker phrase ("a person familiar with the
# matter", "Secretary of State", "officials in Baghdad", "adviser to the president").
NP_PREPS = frozenset("of for with from in at to on by".split())
# Words before which a speaker phrase may start a clause.
CLAUSE_OPENERS = frozenset(
    """
    and but or so yet that while as because although though when after before since if
    where whereas then now meanwhile however also still instead moreover once until unless
    whether nor which whom whose
    """.split()
)
# Documents and records that "say" things on behalf of their author.
DOC_NOUNS = frozenset(
    """
    statement statements report reports document documents letter release memo filing
    study survey poll data analysis assessment communique communiqué announcement post tweet
    video message email e-mail website account article editorial column transcript readout
    complaint lawsuit indictment ruling order decree record records footage investigation
    review audit count tally figures estimate estimates note notice bulletin
    """.split()
)
PERSON_TITLES_ABBR = frozenset("mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm sgt st jr sr".split())
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# Capitalised words that open sentences rather than names.
SENTENCE_WORDS = frozenset(
    """
    the a an this that these those it he she they we i you his her their our my your its
    but and or so yet in on at for with by from as if when while after before since during
    according meanwhile however still also then now there here some many most other others
    both each every all any another such not only even just please let what who which how
    why where speaking asked writing earlier later last next new former
    """.split()
)

_LEAD_STRIP = "\"'“”‘’«»‹›([{"
_TAIL_STRIP = "\"'“”‘’«»‹›)]},;:.!?…"
_BOUNDARY_END = ",;:!?”\"’'»…—–(["
_SPACE = re.compile(r"\s+")
_SEPARATORS = re.compile(r"[\s-]+")


@functools.lru_cache(maxsize=65536)
def core(token: str) -> str:
    """A token without surrounding quotation marks, brackets and punctuation."""
    return token.strip(_LEAD_STRIP).rstrip(_TAIL_STRIP)


@functools.lru_cache(maxsize=65536)
def low_key(token: str) -> str:
    """Lower-case token core without a possessive ending ("Iran's" -> "iran")."""
    c = core(token).lower().replace("’", "'")
    if c.endswith("'s"):
        c = c[:-2]
    elif c.endswith("s'"):
        c = c[:-1]
    return c


@functools.lru_cache(maxsize=65536)
def is_abbreviation(token: str) -> bool:
    """A token ending in '.' that does not end a sentence ("Mr.", "U.S.", "T.")."""
    c = token.strip(_LEAD_STRIP)
    if not c.endswith("."):
        return False
    body = c[:-1]
    return (
        body.lower() in PERSON_TITLES_ABBR
        or (len(body) == 1 and body.isupper())
        or ("." in body and len(body) <= 6)
    )


# --------------------------------------------------------------------------- quotation marks

DOUBLE = {'"': 0, "\u201c": 1, "\u201e": 1, "\u201f": 1, "\u00ab": 1, "\u201d": -1, "\u00bb": -1}
SINGLE = {"'": 0, "\u2018": 1, "\u201a": 1, "\u201b": 1, "\u2039": 1, "\u2019": -1, "\u203a": -1}
_ALL_MARKS = "".join(DOUBLE) + "".join(SINGLE)
_MARK = re.compile("[" + re.escape(_ALL_MARKS) + "]")
_BREAK_CHARS = "\n\r\u2028\u2029\x0b\x0c\x85"
_BREAK_SEARCH = re.compile("[" + _BREAK_CHARS + "]")
_BREAK = re.compile("[" + _BREAK_CHARS + "]\\s*")
_OPEN_PREV = frozenset(" \t\n\r\u00a0\u2028\u2029([{\u2014\u2013-/:;\u2026" + _ALL_MARKS)
_CLOSE_NEXT = frozenset(" \t\n\r\u00a0\u2028\u2029)]}.,;:!?\u2014\u2013-/\u2026" + _ALL_MARKS)
_ELISIONS = ("em ", "til ", "cause ", "tis ", "twas ", "n ", "n'", "n’", "round ", "bout ", "nuff ")
_TERMINAL = ".!?:;\u2026" + _ALL_MARKS + ")"
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
    from ``lo`` up to ``at`` without searching again: linear in the text."""

    __slots__ = ("text", "lo", "at")

    def __init__(self, text: str) -> None:
        self.text, self.lo, self.at = text, -1, -1

    def next(self, i: int) -> int:
        if self.lo >= 0 and i >= self.lo and (self.at == -1 or self.at >= i):
            return self.at
        m = _BREAK_SEARCH.search(self.text, i)
        self.lo, self.at = i, (m.start() if m else -1)
        return self.at


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
    for m in _MARK.finditer(text):
        i = m.start()
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
            if (prev.isalnum() and nxt.isalnum()) or (d_open >= 0 and d_open > s_open) or i == skip:
                continue  # inside a word (don't, Kata'ib), or nested in a double quotation
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
        regions.append(Region(o, c, s, e, style, paras))
        outer_end = c
    return regions, problems.finish(n)


# --------------------------------------------------------------------------- cues


class Cue(NamedTuple):
    """A reporting verb or phrase found in a text."""

    start: int
    end: int
    text: str
    lemma: str
    cls: str


class CueFinder:
    """The reporting-verb lexicon compiled for a fast scan of raw text.

    The text is neither folded nor lower-cased: lower-case forms are found
    after a space or a line break (a pattern that starts with a literal lets
    ``re`` jump between candidates), and of the capitalised forms only those
    that open a clause in news copy ("According to", "Says", "Said"). A cue
    right after a hyphen or apostrophe ("so-called") is not a cue. Term
    conditions (``followed_by``...) are checked as :mod:`framing.lexicon`
    checks them.
    """

    CAPITALISED = ("according to", "says", "said")

    def __init__(self, lexicon_name: str = "reporting_verbs") -> None:
        lex = load_lexicon(lexicon_name)
        self.lexicon = lex
        self._forms: dict[str, tuple[str, str, tuple[tuple[str, re.Pattern[str]], ...]]] = {}
        trie: dict = {}
        for t in lex.terms:
            conds = tuple((kind, re.compile(p)) for kind, p in t.conditions)
            for surface in (t.term, *t.forms):
                key = " ".join(surface.lower().split())
                self._forms[key] = (t.term, t.category, conds)
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
        body = _trie_regex(trie)
        # one regex per kind of left neighbour, each starting with a literal
        self._regexes = [re.compile(r" (" + body + r")\b"), re.compile(r"\n(" + body + r")\b")]
        self._start = re.compile(r"(" + body + r")\b")

    def find(self, text: str) -> list[Cue]:
        out: list[Cue] = []
        surfaces, forms = self._surfaces, self._forms
        matches = [m for rx in self._regexes for m in rx.finditer(text)]
        first = self._start.match(text)
        if first is not None:
            matches.append(first)
        for literal, rx in self._upper:
            i = text.find(literal)
            while i >= 0:
                m = rx.match(text, i)
                if m is not None:
                    matches.append(m)
                i = text.find(literal, i + 1)
        for m in matches:
            s, e = m.span(1)
            if s and (text[s - 1].isalnum() or text[s - 1] in "-'’\u2011"):
                continue
            surface = m.group(1)
            entry = surfaces.get(surface) or forms.get(_SEPARATORS.sub(" ", surface.lower()))
            if entry is None:  # "calls -- on": separators the lexicon does not spell out
                continue
            lemma, cls, conds = entry
            if conds and not _conditions_hold(text, s, e, conds):
                continue
            out.append(Cue(s, e, surface, lemma, cls))
        out.sort(key=lambda c: c.start)
        return out


def _conditions_hold(text: str, start: int, end: int, conds: tuple) -> bool:
    for kind, rx in conds:
        if kind.endswith("followed_by"):
            hit = rx.match(fold(text[end : end + 80])) is not None
        else:
            window = fold(text[max(0, start - 80) : start])
            hit = any(m.end() == len(window) for m in rx.finditer(window))
        if hit == kind.startswith("not_"):
            return False
    return True


@functools.lru_cache(maxsize=1)
def cue_finder() -> CueFinder:
    return CueFinder()


# --------------------------------------------------------------------------- noun phrases


class _Toks:
    """Whitespace-separated tokens ending before position ``i``, nearest first.

    The strings come from one ``str.split`` of a short window; their offsets
    are found only when asked for (with ``rfind``, walking back): a speaker
    phrase needs few of them.
    """

    __slots__ = ("text", "w0", "words", "spans", "pos")
    WIDTH = 110

    def __init__(self, text: str, i: int, lo: int) -> None:
        w0 = max(lo, i - self.WIDTH)
        words = text[w0:i].split()
        if w0 > lo and words and not text[w0 - 1].isspace():
            words = words[1:]  # a word cut by the window
        words.reverse()
        self.text, self.w0, self.words, self.pos = text, w0, words, i
        self.spans: list[tuple[int, int]] = []

    def has(self, k: int) -> bool:
        return k < len(self.words)

    def word(self, k: int) -> str:
        """Token ``k`` ("" past the start of the unit)."""
        words = self.words
        return words[k] if k < len(words) else ""

    def __getitem__(self, k: int) -> tuple[int, int]:
        spans = self.spans
        while len(spans) <= k:
            w = self.words[len(spans)]  # IndexError past the start, as a list
            s = self.text.rfind(w, self.w0, self.pos)
            spans.append((s, s + len(w)))
            self.pos = s
        return spans[k]


def _words_after(text: str, i: int, hi: int, width: int = 160) -> list[str]:
    """Whitespace-separated tokens starting after ``i`` (a word cut by the window is dropped)."""
    w1 = min(hi, i + width)
    words = text[i:w1].split()
    if w1 < hi and words and not text[w1].isspace():
        words.pop()
    return words


def _offset_after(text: str, i: int, words: list[str], k: int) -> tuple[int, int]:
    """Offsets of ``words[k]`` as returned by :func:`_words_after` from ``i``."""
    pos = i
    for w in words[:k]:
        pos = text.find(w, pos) + len(w)
    s = text.find(words[k], pos)
    return s, s + len(words[k])


@functools.lru_cache(maxsize=65536)
def _np_word_ok(tok: str, after_det: bool = False) -> bool:
    """May this token be part of a speaker phrase? (``after_det``: it follows a
    determiner, so "their thinking" is a noun, not a verb)"""
    c = core(tok)
    if not c:
        return tok in ("(", ")")
    k = low_key(c)
    if k in STOP:
        return False
    first = c[0]
    if first.isupper() or first.isdigit():
        return True
    if not first.isalpha():
        return False
    # Lower-case verbs in the past tense or gerund end a phrase; a few
    # adjectives of that shape are common in speaker phrases.
    if (k.endswith("ed") or k.endswith("ing")) and k not in _NP_PARTICIPLES and not after_det:
        return False
    return True


_NP_PARTICIPLES = frozenset(
    """
    unnamed armed retired alleged concerned informed briefed unidentified ranking leading
    involved published released issued conducted commissioned elected appointed detained
    governing ruling outgoing incoming visiting acting unnamed-official unidentified
    self-styled so-called named based iranian-backed iran-backed us-backed u.s.-backed
    """.split()
)


@functools.lru_cache(maxsize=65536)
def _head_known(tokens: tuple[str, ...]) -> bool:
    """Does a phrase name a possible source (a name, a pronoun, a known noun)?"""
    v = vocab()
    keys = [low_key(t) for t in tokens]
    h = head_index(keys)
    for tok, key in zip(tokens[: h + 1], keys[: h + 1]):
        if cap(core(tok)) and key not in SENTENCE_WORDS:
            return True
    head = keys[h]
    return (
        head in v.pronouns
        or _noun_key(head, v.anonymous_nouns)
        or _noun_key(head, v.role_nouns)
        or head in v.institution_words
        or head in DOC_NOUNS
        or " ".join(keys[max(0, h - 1) : h + 1]) in v.institution_words
    )


def _valid_left_edge(text: str, toks: _Toks, k: int, lo: int) -> bool:
    """Is token ``k`` (nearest-first list) a place where a speaker phrase may begin?"""
    if not toks.has(k):
        return True  # the unit starts here
    tok = toks.words[k]
    if tok[-1] in _BOUNDARY_END or tok in ("-", "--"):
        return True
    if tok.endswith(".") and not is_abbreviation(tok):
        return True
    if low_key(tok) in CLAUSE_OPENERS:
        return True
    # a short opening adverbial without a comma: "In a statement the ministry said"
    if not toks.has(k + 5):
        last = k
        while toks.has(last + 1):
            last += 1
        if low_key(toks.words[last]) in _OPENING_ADVERBIALS:
            return True
    return False


_OPENING_ADVERBIALS = frozenset(
    "in on at during after before earlier later separately meanwhile also last this speaking writing".split()
)


# A comma-delimited aside between a speaker and the cue: a relative clause,
# a participle, a prepositional phrase, an age ("Johnson, 34, said").
_PARENTHETICAL = re.compile(
    r"(?:(?i:who|which|whose|whom|speaking|according|citing|in|on|at|during|after|before|as|like|"
    r"unlike|along|together|for|with)|\d{1,3}|[a-z]+(?:ing|ed))\b"
)


def back_np(text: str, i: int, lo: int, depth: int = 0) -> tuple[int, int, int] | None:
    """The speaker phrase that ends right before position ``i`` (a cue).

    Reads back over auxiliaries and time words ("has repeatedly", "on
    Sunday"), then over the phrase itself. Handles an appositive ("Jonathan
    Hoffman, the chief Pentagon spokesman, said": the name is returned) and
    a relative clause ("Trump, who has called..."). Returns ``(start, end)``
    or None when no phrase that can name a source starts at a clause edge.

    Returns ``(start, end, first)``: the phrase, and where the whole subject
    starts ("the bank's chief economist, Huw Pill": the phrase is the name,
    ``first`` the start of "the bank's").
    """
    toks = _Toks(text, i, lo)
    k = 0
    # auxiliaries, adverbs and time phrases between the subject and the cue
    words = toks.words
    while k < len(words):
        tok = words[k]
        if tok[-1] in _BOUNDARY_END:
            break
        if low_key(tok) in SKIP_BEFORE_CUE and core(tok)[:1].islower() or low_key(tok) in DAYS:
            k += 1
            continue
        break
    if k >= len(words):
        return None
    tok = words[k]
    if tok[-1] == "," and depth < 2:
        # "X, who spoke on condition of anonymity, said": read X
        pc = text.rfind(",", max(lo, toks[k][1] - 200), toks[k][1] - 1)
        if pc > lo and _PARENTHETICAL.match(text[pc + 1 : toks[k][1] - 1].strip()):
            return back_np(text, pc, lo, depth=depth + 1)
    if tok[-1] == "," or tok in ("\u2014", "\u2013", "--"):
        # "X, the spokesman, said" / "..., Hoffman said": an appositive or a clause edge
        return _appositive(text, toks, k, lo)
    sp = _back_phrase(text, toks, k, lo)
    return None if sp is None else (sp[0], sp[1], sp[0])


def _back_phrase(text: str, toks: _Toks, k: int, lo: int) -> tuple[int, int] | None:
    tok = toks.words[k]
    if tok[-1] in _BOUNDARY_END:
        return None
    key = low_key(tok)
    if key in ("who", "which") and toks.has(k + 1) and toks.words[k + 1][-1] == ",":
        # "Trump, who has called the deal 'a disaster', said" -> the antecedent
        return _phrase_back(text, toks, k + 1, lo, strip_comma=True, check_edge=False)
    return _phrase_back(text, toks, k, lo)


def _phrase_back(
    text: str, toks: _Toks, k: int, lo: int, *, strip_comma: bool = False, check_edge: bool = True
) -> tuple[int, int] | None:
    """Read a noun phrase back from token ``k``; None unless it starts at a clause edge."""
    all_words = toks.words
    n = len(all_words)
    tok = all_words[k]
    if strip_comma:
        tok = tok[:-1]
    key = low_key(tok)
    if key in vocab().pronouns and core(tok):
        if not _valid_left_edge(text, toks, k + 1, lo):
            return None
        s = toks[k][0] + (len(tok) - len(tok.lstrip(_LEAD_STRIP)))
        return (s, s + len(core(tok)))
    words: list[str] = []
    j = k
    t, kk = tok, key
    while len(words) < 12:
        if j != k:
            if j >= n:
                break
            t = all_words[j]
            if t[-1] in _BOUNDARY_END or (t[-1] == "." and not is_abbreviation(t)):
                break
            kk = low_key(t)
        if kk in NP_PREPS:
            if not words:
                return None
            words.append(t)
            j += 1
            continue
        left = all_words[j + 1] if j + 1 < n else ""
        left_key = low_key(left) if left else ""
        if kk == "and" and words and left and cap(core(words[-1])):
            if cap(core(left)) and left[-1] not in _BOUNDARY_END and left_key not in SENTENCE_WORDS:
                words.append(t)  # "Centers for Disease Control and Prevention", "Esper and Pompeo"
                j += 1
                continue
        if not _np_word_ok(t, left_key in _DET_OR_POSS):
            break
        words.append(t)
        j += 1
        if kk in _DET_OR_POSS_STARTS:
            # a determiner starts the phrase unless a preposition or "of" precedes
            # it; an antecedent ("the governor, who...") is read minimally
            if check_edge and left_key in NP_PREPS and left[-1] not in _BOUNDARY_END:
                continue
            break
    # the phrase may not start with a preposition
    while words and low_key(words[-1]) in NP_PREPS:
        words.pop()
        j -= 1
    if not words:
        return None
    if check_edge and not _valid_left_edge(text, toks, j, lo):
        return None
    if not _head_known(tuple(reversed(words))):
        return None
    s, first_end = toks[j - 1]
    first_tok = text[s:first_end]
    s += len(first_tok) - len(first_tok.lstrip(_LEAD_STRIP))
    e = toks[k][1] - (1 if strip_comma else 0)
    while e > s and text[e - 1] in _TAIL_STRIP and not (text[e - 1] == "." and is_abbreviation(text[s:e])):
        e -= 1
    return (s, e) if e > s else None


def _appositive(text: str, toks: _Toks, k: int, lo: int) -> tuple[int, int, int] | None:
    """``NP1, NP2, CUE``: return the phrase that names a person, else NP1."""
    tok = toks.words[k]
    if tok[-1] != ",":
        return None
    np2 = _phrase_back(text, toks, k, lo, strip_comma=True)
    if np2 is None:
        return None
    # the token before NP2 must end with a comma for NP1 to exist
    j = 0
    while toks.has(j) and toks[j][0] >= np2[0]:
        j += 1
    if toks.has(j) and toks.words[j][-1] == ",":
        np1 = _phrase_back(text, toks, j, lo, strip_comma=True)
        if np1 is not None:
            t1, t2 = text[np1[0] : np1[1]], text[np2[0] : np2[1]]
            if speaker_type(t2) == "person" and speaker_type(t1) != "person":
                return (np2[0], np2[1], np1[0])
            return (np1[0], np1[1], np1[0])
    if toks.has(j) and toks.words[j][-1] == "," and speaker_type(text[np2[0] : np2[1]]) == "person":
        return (np2[0], np2[1], np2[0])  # "the bank's chief economist, Huw Pill, said"
    # "..., the Pentagon said" with a comma before NP2 (a clause edge): NP2 only
    # is not an appositive; the caller sees a cue right after a comma instead.
    return None


def fwd_np(
    text: str, i: int, hi: int, *, recipient: bool = False, inverted: bool = False
) -> tuple[int, int] | None:
    """The noun phrase that starts right after position ``i``.

    Used for inverted attributions ("said Abu Mahdi al-Mohandis, a founder"),
    "according to X" and the recipient of "told" (``recipient=True``: the
    phrase ends before a second determiner, "told reporters the strikes...").
    """
    v = vocab()
    toks = _words_after(text, i, hi)
    if not toks:
        return None
    first = toks[0]
    if first[0] in _ALL_MARKS or first[0] in ",;:.!?":
        return None
    key = low_key(first)
    if key in v.pronouns or key in ("him", "them", "us", "me", "her"):
        if inverted:
            return None  # "said it would...": not an inverted speaker
        s = _offset_after(text, i, toks, 0)[0]
        c = core(first)
        return (s, s + len(c)) if c else None
    words: list[str] = []
    last = -1
    for j, t in enumerate(toks):
        if t[0] in _ALL_MARKS or t[0] == "(" and words:
            break
        kk = low_key(t)
        if kk in NP_PREPS:
            if not words:
                break
            prev = low_key(words[-1])
            if kk in ("on", "in", "at", "to", "by") and not (
                _doc_head(words) or prev in _TAKES_COMPLEMENT or _noun_key(prev, v.anonymous_nouns)
                or _noun_key(prev, v.role_nouns)
            ):
                break
            words.append(t)
            continue
        if not _np_word_ok(t, bool(words) and low_key(words[-1]) in _DET_OR_POSS):
            break
        if recipient and kk in DETERMINERS and words and low_key(words[-1]) not in NP_PREPS:
            break
        if words and not cap(core(t)) and _after_name(words) and not _known_noun(kk):
            break  # "Mike Pompeo spoke": a lower-case word after a name is a verb
        words.append(t)
        last = j
        if t[-1] in ",;:!?”\"’»)" or (t.endswith(".") and not is_abbreviation(t)):
            break
        if len(words) >= 12:
            break
    if last < 0:
        return None
    s = _offset_after(text, i, toks, 0)[0] + (len(first) - len(first.lstrip(_LEAD_STRIP)))
    e = _offset_after(text, i, toks, last)[1]
    while e > s and text[e - 1] in _TAIL_STRIP and not (text[e - 1] == "." and is_abbreviation(text[s:e].split()[-1])):
        e -= 1
    if e <= s:
        return None
    if not recipient and not _head_known(tuple(text[s:e].split())):
        return None
    return s, e


def _after_name(words: list[str]) -> bool:
    w = words[-1]
    return cap(core(w)) and low_key(w) not in NP_PREPS


def _known_noun(key: str) -> bool:
    v = vocab()
    return (
        key in v.anonymous_nouns or key in v.role_nouns or key in v.institution_words or key in DOC_NOUNS
        or key.rstrip("s") in v.role_nouns or key in _NOUN_MODIFIERS
    )


# Lower-case words common between a name and a head noun ("US military officials").
_NOUN_MODIFIERS = frozenset(
    "military security intelligence defense defence foreign state government administration "
    "senior top former militia media news press army police health election campaign".split()
)


# Words followed by a prepositional complement inside a speaker phrase.
_TAKES_COMPLEMENT = frozenset("close familiar involved briefed adviser advisor aide spokesman spokeswoman "
                              "spokesperson ambassador envoy secretary minister director head chief".split())


def _doc_head(words: list[str]) -> bool:
    return bool(words) and low_key(words[-1]) in DOC_NOUNS


_DOC_SOURCE = re.compile(
    r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(DOC_NOUNS, key=len, reverse=True))
    + r")\s+(?:from|by|issued\s+by|released\s+by)\s+(?=\S)",
    re.IGNORECASE,
)


def source_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Narrow "a statement from the Pentagon" to "the Pentagon"."""
    s, e = span
    if text.find(" from ", s, e) < 0 and text.find(" by ", s, e) < 0:
        return span
    m = _DOC_SOURCE.match(text, s, e)
    if m and m.end() < e:
        return m.end(), e
    return span


# --------------------------------------------------------------------------- speakers


def head_index(keys: list[str]) -> int:
    """Index of the head word: the last one before a preposition or a post-modifier
    ("a person familiar with the matter" -> "person", "Secretary of State" -> "Secretary")."""
    for x in range(1, len(keys)):
        if keys[x] in NP_PREPS or keys[x] in _POST_MODIFIERS:
            return x - 1
    return len(keys) - 1


_POST_MODIFIERS = frozenset(
    "close familiar involved briefed knowledgeable speaking based who published released issued conducted "
    "commissioned led".split()
)
_INDEFINITE = frozenset("a an one two three four five six several some many few other others".split())
_SPOKES = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen representative".split())


def _noun_key(key: str, words: frozenset[str]) -> bool:
    return key in words or (key.endswith("s") and key[:-1] in words) or (key.endswith("es") and key[:-2] in words)


@functools.lru_cache(maxsize=65536)
def speaker_type(phrase: str) -> str:
    """Classify a speaker phrase: person, role, institution, anonymous, pronoun or unknown.

    A phrase ending in a name is a person; one headed by "official",
    "source", "person"... is anonymous; an organisation word or a place is
    an institution; a position or occupation is a role ("the prime
    minister") unless the phrase is indefinite or a bare plural, which names
    no one ("an economist", "residents": anonymous).

    Examples
    --------
    >>> [speaker_type(p) for p in ["he", "Defense Secretary Mark Esper", "a senior US official",
    ...  "Iran's foreign ministry", "the prime minister", "the statement", "Witnesses"]]
    ['pronoun', 'person', 'anonymous', 'institution', 'role', 'unknown', 'anonymous']
    """
    v = vocab()
    toks = [t for t in phrase.split() if core(t)]
    if not toks:
        return "unknown"
    keys = [low_key(t) for t in toks]
    if len(toks) == 1 and keys[0] in v.pronouns:
        return "pronoun"
    h = head_index(keys)
    head, head_core = keys[h], core(toks[h])
    last_core = core(toks[-1])
    # "Secretary of State Mike Pompeo", "Mr. Kim": a name at the end, no article before
    if keys[0] not in DETERMINERS and keys[0] not in _POSSESSIVES and _is_name_word(last_core, keys[-1]):
        if h == len(keys) - 1 or head in v.titles:
            return "person"
    if _noun_key(head, v.anonymous_nouns):
        return "anonymous"
    if head in v.institution_words or head in v.places or _is_acronym(head_core) or (
        " ".join(keys[max(0, h - 1) : h + 1]) in v.institution_words
    ):
        return "institution"
    if _noun_key(head, v.role_nouns):
        if head in _SPOKES:
            return "role"
        indefinite = keys[0] in _INDEFINITE or (
            head.endswith("s") and keys[0] not in DETERMINERS and keys[0] not in _POSSESSIVES
            and not keys[0].endswith("'s") and not toks[0].endswith(("’s", "'s"))
        )
        return "anonymous" if indefinite else "role"
    if head in DOC_NOUNS:
        # "A Hashd Shaabi statement": an organisation's document
        if any(cap(core(t)) and k not in SENTENCE_WORDS for t, k in zip(toks[:h], keys[:h])):
            return "institution"
        return "unknown"
    if cap(head_core) and _is_name_word(head_core, head):
        return "person"
    if cap(head_core):
        return "institution"
    return "unknown"


_POSSESSIVES = frozenset("his her their its our my your".split())


@functools.lru_cache(maxsize=65536)
def cap(word: str) -> bool:
    """Capitalised, looking past an Arabic article ("al-Mohandis")."""
    w = _ARTICLE.sub("", word, count=1)
    return w[:1].isupper()


_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin|abu|de|da|di|du|van|von|la|le)[-’']", re.IGNORECASE)


def _is_acronym(word: str) -> bool:
    w = "".join(ch for ch in word if ch.isalpha())
    return 2 <= len(w) <= 6 and w.isupper() and w.isalpha()


@functools.lru_cache(maxsize=65536)
def _is_name_word(word: str, key: str) -> bool:
    """A capitalised word that can be (part of) a person's name."""
    v = vocab()
    if not cap(word) or _is_acronym(word):
        return False
    if key in STOP or (word.isupper() and len(word) > 1):
        return False  # "Did", "WATCHED"
    if key.endswith("ly") and len(key) > 5 and key not in _NAME_EXCEPTIONS:
        return False  # "Obviously"
    if _PARTY_TAG.match(word):
        return False
    if "-" in key and not _ARTICLE.match(key):
        first = key.split("-")[0]  # "Iranian-backed", "US-led"
        if first in v.places or first in _DEMONYMS or first.endswith(("ian", "ese", "ish")) or first in ("pro", "anti"):
            return False
    return (
        key not in v.titles
        and not _noun_key(key, v.role_nouns)
        and not _noun_key(key, v.anonymous_nouns)
        and key not in v.institution_words
        and key not in v.places
        and key not in SENTENCE_WORDS
        and key not in DAYS
        and key not in MONTHS
        and key not in v.role_nouns
        and not (key.endswith(("ian", "ese", "ish")) and key not in _NAME_EXCEPTIONS)
        and key not in _DEMONYMS
    )


_NAME_EXCEPTIONS = frozenset(
    """
    brian adrian christian julian ivanka damian fabian ian sebastian vivian lillian amirabdollahian
    kimberly beverly shelly emily holly sally molly reilly o'reilly daly riley lily polly kelly
    donnelly connolly kennelly mcnally
    """.split()
)
_PARTY_TAG = re.compile(r"^\(?[RDI]-")
# Demonyms not caught by the -ian/-ese/-ish endings.
_DEMONYMS = frozenset(
    """
    american iraqi israeli saudi emirati qatari kuwaiti yemeni omani afghan afghani bahraini
    pakistani bangladeshi somali thai nepali kurdish kurd kurds shiite sunni arab arabs
    european asian african french dutch swiss greek turkish polish danish swedish finnish
    irish scottish welsh british english spanish chinese japanese vietnamese lebanese
    sudanese uae us u.s. western eastern northern southern democratic republican
    """.split()
)


@functools.lru_cache(maxsize=65536)
def is_plural(phrase: str) -> bool:
    keys = [low_key(t) for t in phrase.split() if core(t)]
    if not keys:
        return False
    head = keys[-1] if not any(k in NP_PREPS for k in keys[1:]) else keys[[k in NP_PREPS for k in keys].index(True, 1) - 1]
    return head in ("they", "we", "people", "police") or (head.endswith("s") and not head.endswith("ss") and speaker_type(phrase) in ("anonymous", "role", "unknown"))


@functools.lru_cache(maxsize=65536)
def name_of(phrase: str) -> str:
    """The person's name in a speaker phrase, without titles ("Defense Secretary Mark T. Esper" -> "Mark T. Esper")."""
    toks = phrase.split()
    v = vocab()
    k = len(toks)
    while k > 0:
        t = toks[k - 1]
        c, key = core(t), low_key(t)
        if c and (_is_name_word(c, key) or (len(c.rstrip(".")) == 1 and c[:1].isupper()) or key in _PARTICLES):
            k -= 1
        else:
            break
    name = " ".join(core(t) if i == len(toks) - 1 else t for i, t in enumerate(toks[k:]))
    del v
    return name.strip(_TAIL_STRIP + _LEAD_STRIP)


_PARTICLES = frozenset("al el bin ibn de van von da di del der la le abu".split())

# A name token: a capitalised word, or an initial/short abbreviation with its
# period ("T.", "Jr."); a period after a longer word ends the sentence.
_NAME_TOKEN = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w’'-]*|(?:al|el|ad|as|ash|an|ar|at|az|abu|bin|ibn)-[A-Z][\w’'-]*)"
_NAME_SEQ = re.compile(
    r"(?<![\w’'.-])" + _NAME_TOKEN
    + r"(?:[ \t]+(?:(?:al|el|bin|ibn|de|van|von|da|di|del|der|la|le)[ \t]+)?" + _NAME_TOKEN + r")+"
)


def _name_from_match(m: re.Match[str]) -> tuple[int, int, str, str] | None:
    """A person's full name in a run of capitalised words, without leading titles
    and organisation words: ``(start, end, name, surname key)``, or None."""
    toks = m.group().split()
    k = len(toks)
    while k > 0 and (_is_name_word(core(toks[k - 1]), low_key(toks[k - 1])) or _initial(toks[k - 1])):
        k -= 1
    name_toks = toks[k:]
    while name_toks and _initial(name_toks[-1]):
        name_toks.pop()
    if len(name_toks) < 2 or _initial(name_toks[0]) and len(name_toks) < 3:
        return None
    last = name_toks[-1]
    if last.endswith(("'s", "’s")):
        name_toks[-1] = last = last[:-2]
    name = " ".join(name_toks).rstrip(_TAIL_STRIP)
    e = m.start() + m.group().rfind(last) + len(core(last))
    return e - len(name), e, name, low_key(last)


def full_names(text: str, surname: str) -> list[tuple[int, tuple[str, str], str]]:
    """Full names ending in `surname` in the text ("Mark T. Esper" for "Esper"):
    ``(position, (first word, surname), name)`` in text order.

    Finds the surname with ``str.find`` (fast) and reads the capitalised words
    before each occurrence.
    """
    out: list[tuple[int, tuple[str, str], str]] = []
    key = low_key(surname)
    i = text.find(surname) if surname else -1
    while i >= 0:
        # only where a capitalised word (or a name particle) comes just before
        p = text.rfind(" ", max(0, i - 40), i - 1) + 1 if i > 1 and text[i - 1] == " " else -1
        prev = text[p : i - 1] if p >= 0 else ""
        if not prev or not (_is_name_word(core(prev), low_key(prev)) or _initial(prev) or prev in _PARTICLES):
            i = text.find(surname, i + len(surname))
            continue  # "President Trump", "the Trump administration": no first name here
        for m in _NAME_SEQ.finditer(text, max(0, i - 60), i + len(surname)):
            if m.end() == i + len(surname):
                found = _name_from_match(m)
                if found is not None and found[3] == key:
                    out.append((found[0], name_key(found[2]), found[2]))
        i = text.find(surname, i + len(surname))
    return out


_CAP_WORD = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]+|(?:al|el|abu|bin|ibn)-[A-Z][\w’'-]+)")


def people_between(text: str, lo: int, hi: int) -> dict[str, str]:
    """People named in ``text[lo:hi]``, by surname key: full names and single
    capitalised name words ("Esper met Pompeo"), merged by surname."""
    out: dict[str, str] = {}
    covered: list[tuple[int, int]] = []
    for m in _NAME_SEQ.finditer(text, lo, hi):
        found = _name_from_match(m)
        if found is not None:
            out.setdefault(found[3], found[2])
            covered.append((found[0], found[1]))
    for m in _CAP_WORD.finditer(text, lo, hi):
        if any(s <= m.start() < e for s, e in covered):
            continue
        word = m.group()
        key = low_key(word)
        if _is_name_word(core(word), key) and key not in out:
            out[key] = core(word).removesuffix("’s").removesuffix("'s")
    return out


def _initial(tok: str) -> bool:
    c = tok.rstrip(",;:")
    return len(c) == 2 and c[0].isupper() and c[1] == "."


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[str, str]:
    """(first word, surname) of a name, so "Mark T. Esper" and "Mark Esper" are one person."""
    toks = [low_key(t) for t in name.split() if not _initial(t)]
    return (toks[0], toks[-1]) if toks else ("", "")
