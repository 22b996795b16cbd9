"""Reading the speaker phrase next to a reporting verb.

:func:`back_np` reads the noun phrase that ends right before a cue
("Defense Secretary Mark Esper said", "a person familiar with the matter
told"), handling auxiliaries, time words, appositives and relative clauses;
:func:`fwd_np` the one right after it ("said Abu Mahdi al-Mohandis",
"according to a statement from the Pentagon", "told reporters"). Both look
at a few tokens only, never at the whole sentence.
"""

from __future__ import annotations

import functools
import re

from ._quote_marks import ALL_MARKS
from ._quote_speakers import head_index, speaker_type
from ._quote_words import (
    BOUNDARY_END,
    CLAUSE_OPENERS,
    DAYS,
    DET_OR_POSS,
    DET_OR_POSS_STARTS,
    DETERMINERS,
    DOC_NOUNS,
    LEAD_STRIP,
    NP_PREPS,
    SENTENCE_WORDS,
    SKIP_BEFORE_CUE,
    STOP,
    TAIL_STRIP,
    cap,
    core,
    is_abbreviation,
    low_key,
    noun_key,
    vocab,
)
from ._text import CACHE_SIZE as _CACHE_SIZE


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


@functools.lru_cache(maxsize=_CACHE_SIZE)
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


@functools.lru_cache(maxsize=_CACHE_SIZE)
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
        or noun_key(head, v.anonymous_nouns)
        or noun_key(head, v.role_nouns)
        or head in v.institution_words
        or head in DOC_NOUNS
        or " ".join(keys[max(0, h - 1) : h + 1]) in v.institution_words
    )


def _valid_left_edge(text: str, toks: _Toks, k: int, lo: int) -> bool:
    """Is token ``k`` (nearest-first list) a place where a speaker phrase may begin?"""
    if not toks.has(k):
        return True  # the unit starts here
    tok = toks.words[k]
    if tok[-1] in BOUNDARY_END or tok in ("-", "--"):
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
        if tok[-1] in BOUNDARY_END:
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
    if tok[-1] in BOUNDARY_END:
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
        s = toks[k][0] + (len(tok) - len(tok.lstrip(LEAD_STRIP)))
        return (s, s + len(core(tok)))
    words: list[str] = []
    j = k
    t, kk = tok, key
    while len(words) < 12:
        if j != k:
            if j >= n:
                break
            t = all_words[j]
            if t[-1] in BOUNDARY_END or (t[-1] == "." and not is_abbreviation(t)):
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
            if cap(core(left)) and left[-1] not in BOUNDARY_END and left_key not in SENTENCE_WORDS:
                words.append(t)  # "Centers for Disease Control and Prevention", "Esper and Pompeo"
                j += 1
                continue
        if not _np_word_ok(t, left_key in DET_OR_POSS):
            break
        words.append(t)
        j += 1
        if kk in DET_OR_POSS_STARTS:
            # a determiner starts the phrase unless a preposition or "of" precedes
            # it; an antecedent ("the governor, who...") is read minimally
            if check_edge and left_key in NP_PREPS and left[-1] not in BOUNDARY_END:
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
    s += len(first_tok) - len(first_tok.lstrip(LEAD_STRIP))
    e = toks[k][1] - (1 if strip_comma else 0)
    while e > s and text[e - 1] in TAIL_STRIP and not (text[e - 1] == "." and is_abbreviation(text[s:e])):
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
    if first[0] in ALL_MARKS or first[0] in ",;:.!?":
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
        if t[0] in ALL_MARKS or t[0] == "(" and words:
            break
        kk = low_key(t)
        if kk in NP_PREPS:
            if not words:
                break
            prev = low_key(words[-1])
            if kk in ("on", "in", "at", "to", "by") and not (
                _doc_head(words) or prev in _TAKES_COMPLEMENT or noun_key(prev, v.anonymous_nouns)
                or noun_key(prev, v.role_nouns)
            ):
                break
            words.append(t)
            continue
        if not _np_word_ok(t, bool(words) and low_key(words[-1]) in DET_OR_POSS):
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
    s = _offset_after(text, i, toks, 0)[0] + (len(first) - len(first.lstrip(LEAD_STRIP)))
    e = _offset_after(text, i, toks, last)[1]
    while e > s and text[e - 1] in TAIL_STRIP and not (text[e - 1] == "." and is_abbreviation(text[s:e].split()[-1])):
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
