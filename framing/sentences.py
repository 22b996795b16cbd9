"""Offline, fast, news-grade English sentence splitting.

The splitter makes one ``re.finditer`` pass over *candidate* boundaries --
terminal punctuation (with any closing quotes/brackets) followed by
whitespace, line breaks, and inline bullets -- and runs a few cheap Python
checks only at those candidates.  It needs no model, data download or third
party package, and it is linear in the length of the text.

Rules in brief (modelled on the behaviour that pySBD's "Golden Rules" test):

* ``. ! ?`` followed by a lowercase word never end a sentence
  (``Yahoo! in``, ``co. at``, ``"Great." she said``).
* Titles (``Mr.``, ``Sen.``, ``Lt. Gen.``) never end a sentence; other
  abbreviations (``Co.``, ``Inc.``, ``U.S.``, ``Jan.``) and single-letter
  initials only do when the next word is a common sentence starter
  (``... & Co. It closed`` splits, ``Mark T. Esper`` does not).
* ``a.m.``/``p.m.`` end a sentence before a capital unless a weekday, month
  or time zone follows or they close a short introductory phrase.
* A three-dot ellipsis does not end a sentence; four dots do.
* A blank line always ends a sentence; a single line break does too unless
  the next line starts lowercase (wrapped text) or the line ends with a title
  or an initial.  Headlines, captions and bullets need no final period.
* Numbered/lettered list items (``1.``, ``2)``, ``a.``) on one line are split
  when their numbers run consecutively from a marker at the start of a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences", "sentence_spans"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a source text.

    Attributes
    ----------
    start : int
        Offset of the first character in the source text.
    end : int
        Offset one past the last character.
    text : str
        ``source[start:end]``; never has surrounding whitespace.
    """

    start: int
    end: int
    text: str


# Titles written before a name: a period after them never ends a sentence.
_TITLES = frozenset(
    "mr mrs ms messrs mmes dr prof sen sens rep reps gov lt gen gens maj col capt cmdr "
    "adm brig sgt cpl pvt spc det insp supt pres hon rev fr msgr atty amb mt ft "
    "v vs".split()
)
# Abbreviations that may end a sentence: they do only before a sentence starter.
# Ordinary English words ("ill", "mass", "sat", "wed") are left out on purpose.
_ABBREVIATIONS = frozenset(
    "co cos corp inc ltd jr sr st bros ave blvd rd hwy dept univ assn est approx "
    "ca cf al etc jan feb apr jun jul aug sep sept oct nov dec mon tue tues thu "
    "thur thurs fri ala ariz ark calif colo conn fla ga kan kans ky la md mich minn "
    "mont neb nebr nev okla pa tenn tex va vt wis wisc wyo esp esq dist".split()
)
# Abbreviations that only hold before a number ("No. 1", "p. 55"); elsewhere
# they are ordinary words ("He said no. The ...").
_NUMBER_ABBREVIATIONS = frozenset("no nos nr p pp vol vols art ch fig figs op n° no°".split())
# Capitalised words that usually open a sentence rather than continue a name.
_STARTERS = frozenset(
    "A An The He She It They We I You This That These Those There Then Thus Here But And "
    "Or So Yet Nor In On At For With By From As After Before Since While When Where Why How "
    "What Who Whom Whose Which If Although Though Because Unless Until However Meanwhile "
    "Still Also Instead Indeed Moreover Furthermore Nevertheless Otherwise His Her Its "
    "Their Our My Your Some Many Most More Much Few Other Others Both Each Every All Any "
    "Another Such According Now Today Tonight Yesterday Tomorrow Last Earlier Later Being "
    "Did Does Do Is Are Was Were Has Have Had Will Would Can Could Should May Might Must "
    "Millions Thousands Hundreds Not Only Even Just Please Let".split()
)
# Words after "a.m."/"p.m." that continue the same sentence.
_TIME_FOLLOWERS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December Jan Feb Mar Apr "
    "Jun Jul Aug Sep Sept Oct Nov Dec ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT "
    "UTC BST CET Eastern Central Mountain Pacific local".split()
)
_TERMINALS = ".!?…‽"
_OPENERS = "\"'“‘([«"
_BULLETS = "•⁃▪"
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# One pass finds every candidate.  The pattern opens with a single character
# class so that ``re`` can skip quickly to the next candidate character; the
# lookbehinds then say which kind of candidate it is.
_CANDIDATE = re.compile(
    "[" + _TERMINALS + _LINE_BREAKS + _BULLETS + "]"
    "(?:"
    # terminal run, spaced ellipsis dots (". . ."), closers, whitespace
    r"(?<=[" + _TERMINALS + r"])[.!?…‽]*(?: \.(?=[\s\"'”’»)\]]|\Z))*"
    r"(?P<close>[\"'”’»)\]]*)(?:\s+|\Z)"
    # a line break and all whitespace after it
    r"|(?<=[" + _LINE_BREAKS + r"])\s*"
    # a bullet after whitespace starts a new item
    r"|(?<=\s[" + _BULLETS + r"])"
    r")"
)
_LINE_BREAK = re.compile("\r\n|[" + _LINE_BREAKS + "]")
_NEXT_WORD = re.compile(r"[\"'“‘(\[«]*([^\W\d_]*)")
_MULTI_PERIOD = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")
# A chunk that is only a list marker so far: "1", "a", "• 9", "⁃10".
_MARKER_ONLY = re.compile(r"[" + _BULLETS + r"*·-]?\s*(?:\d{1,2}|[A-Za-z])")
# A list marker opening a line, and later markers inside the same line.
_LINE_MARKER = re.compile(
    r"(?:[" + _BULLETS + r"*·-][ \t]*)?(?:(\d{1,2})(\.\)|\)|\.)|([a-z])(\.))[ \t]+\S"
)
_INLINE_MARKER = re.compile(
    r"(?<=[ \t])(?<![" + _BULLETS + r"] )(?:(\d{1,2})(\.\)|\)|\.)|([a-z])(\.))"
    r"(?=[ \t]+[\"“‘'(\[]?[A-Z])"
)


def _marker_value(m: re.Match[str]) -> tuple[str, int]:
    """Return the (style, ordinal) of a list-marker match."""
    if m.group(1) is not None:
        return m.group(2), int(m.group(1))
    return "a" + m.group(4), ord(m.group(3))


def _inline_list_cuts(text: str, pos: int) -> list[int]:
    """Offsets of the later items of a one-line list that opens at ``pos``.

    Only markers that continue the opening marker's sequence (1, 2, 3 or
    a, b, c) in the same style count, so "at 9. The next at 10." inside a
    sentence is left alone.
    """
    first = _LINE_MARKER.match(text, pos)
    if first is None:
        return []
    style, value = _marker_value(first)
    line_end = _LINE_BREAK.search(text, pos)
    stop = line_end.start() if line_end else len(text)
    cuts = []
    for m in _INLINE_MARKER.finditer(text, first.end(), stop):
        if _marker_value(m) == (style, value + 1):
            cuts.append(m.start())
            value += 1
    return cuts


def _next_word(text: str, pos: int) -> str:
    """The alphabetic word at ``pos``, skipping opening quotes/brackets."""
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _period_ends_sentence(text: str, start: int, i: int, s: int) -> tuple[bool, bool]:
    """Decide a single period at ``i`` followed by a capital (or other) at ``s``.

    Returns ``(ends, sticky)`` where ``sticky`` means the word can never end a
    sentence (a title or an initial), so not even a line break splits there.
    """
    lo = max(start, i - 24)
    # Most periods end a word of letters after a space ("said. The"): that
    # word is read off directly, with the same answer as the general path
    # below (which also handles dashes, openers, digits and initials).
    k = text.rfind(" ", lo, i)
    if k > lo and not text[k - 1].isspace():
        token = text[k + 1 : i]
        if len(token) > 1 and token.isalpha() and not text[s].isdigit():
            low = token.lower()
            if low in _TITLES and (token[0].isupper() or low in ("v", "vs")):
                return False, True
            if low in _ABBREVIATIONS:
                return _next_word(text, s) in _STARTERS, False
            return True, False
    return _period_ends_sentence_general(text, start, i, s)


def _period_ends_sentence_general(text: str, start: int, i: int, s: int) -> tuple[bool, bool]:
    """:func:`_period_ends_sentence` without its shortcut (the tests compare the two)."""
    lo = max(start, i - 24)
    window = text[lo:i]
    parts = window.rsplit(None, 1)
    if not parts or window[-1].isspace():
        return True, False
    token = parts[-1]
    for dash in "—–/":  # "said—Sen. Warren": the abbreviation is after the dash
        if dash in token:
            token = token.rpartition(dash)[2]
    token = token.lstrip(_OPENERS)
    if not token:
        return True, False
    if len(parts) == 1 and i - 24 > start:  # a long token: not an abbreviation
        return True, False
    low = token.lower()
    nxt = text[s]
    if low in _TITLES and (token[0].isupper() or low in ("v", "vs")):
        return False, True  # titles are capitalised: "6 ft. The" is not "Ft. Bragg"
    if nxt.isdigit():
        # "p. 55", "No. 1", "Jan. 5", "U.S. 10-year" hold; "in 2019. 2020 was" splits.
        return not (
            low in _NUMBER_ABBREVIATIONS or low in _ABBREVIATIONS
            or len(token) == 1 or _MULTI_PERIOD.fullmatch(token)
        ), False
    if len(token) == 1 and token.isalpha():
        # An initial ("Mark T. Esper") unless a sentence plainly starts ("you and I. Did").
        return _next_word(text, s) in _STARTERS, True
    if low in ("a.m", "p.m"):
        word = _next_word(text, s)
        if word in _TIME_FOLLOWERS or not word:
            return False, False
        # "At 5 a.m. Mr. Smith went" is an introductory phrase, not a sentence.
        intro = i - start <= 24 and text.count(" ", start, i) <= 3
        return not intro, False
    if low in _ABBREVIATIONS or _MULTI_PERIOD.fullmatch(token):
        word = _next_word(text, s)
        return word in _STARTERS, False
    return True, False


def _flush(
    text: str, spans: list[tuple[int, int]], start: int, pending: list[int], pi: int, upto: int
) -> tuple[int, int]:
    """Apply the forced cuts ``pending[pi:]`` that lie at or before ``upto``."""
    while pi < len(pending) and pending[pi] <= upto:
        p = pending[pi]
        pi += 1
        if p > start:
            e = p
            while text[e - 1].isspace():
                e -= 1
            spans.append((start, e))
            start = p
    return start, pi


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences in ``text``.

    This is the fast path; :func:`split_sentences` wraps it.  Spans are in
    order, do not overlap, carry no surrounding whitespace and together cover
    every non-whitespace character of ``text``.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    list of tuple of (int, int)
        Half-open character offsets into ``text``.
    """
    n = len(text)
    start = n - len(text.lstrip())
    if start >= n:
        return []
    spans: list[tuple[int, int]] = []
    pending = _inline_list_cuts(text, start)  # forced cuts ahead, ascending
    pi = 0
    for m in _CANDIDATE.finditer(text, start):
        i = m.start()
        if pi < len(pending) and pending[pi] <= i:
            start, pi = _flush(text, spans, start, pending, pi, i)
        ch = text[i]
        s = m.end()
        if ch in _BULLETS:
            if i > start:
                e = i
                while text[e - 1].isspace():
                    e -= 1
                spans.append((start, e))
                start = i
            continue
        if ch in _TERMINALS:
            e = m.end("close")
            if s >= n:
                break  # the final span is added after the loop
            breaks = 0 if s - e == 1 and text[e] == " " else len(_LINE_BREAK.findall(text, e, s))
            nxt = text[s]
            punct = text[i:m.start("close")]
            sticky = False
            if nxt.islower():
                ends = False  # "Yahoo! in", "co. at", '"Great." she said'
            elif i - start <= 4 and ch == "." and _MARKER_ONLY.fullmatch(text, start, i):
                ends = False  # "1.", "a.", "1.)" opening a list item
            elif punct == "." and e == i + 1:
                ends, sticky = _period_ends_sentence(text, start, i, s)
            elif "!" in punct or "?" in punct or "‽" in punct:
                ends = True
            elif (punct[1:2] == " " and e - i == len(punct)
                  and i > start and not text[i - 1].isspace()):
                # "compounds. . . . The": a period, then an ellipsis that
                # opens the next sentence (" . . . ." would be all ellipsis).
                spans.append((start, i + 1))
                start = i + 2
                continue
            else:
                # A three-dot ellipsis continues the sentence; four dots end it.
                ends = punct.count(".") + 3 * punct.count("…") != 3
            if ends or breaks >= 2 or (breaks == 1 and not sticky and not nxt.islower()):
                spans.append((start, e))
                start = s
                if breaks:
                    pending.extend(_inline_list_cuts(text, s))
            continue
        # A line break: ends a sentence unless the next line is wrapped text.
        if s >= n:
            break
        if text[s].islower() and len(_LINE_BREAK.findall(text, i, s)) < 2:
            if _LINE_MARKER.match(text, s) is None:
                continue
        e = i
        while e > start and text[e - 1].isspace():
            e -= 1
        if e > start:
            spans.append((start, e))
        start = s
        pending.extend(_inline_list_cuts(text, s))
    start, pi = _flush(text, spans, start, pending, pi, n)
    end = len(text.rstrip())
    if end > start:
        spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Split English (news) text into sentences.

    Parameters
    ----------
    text : str
        Any string; empty or whitespace-only text gives an empty list.

    Returns
    -------
    list of Sentence
        Sentences in order, each stripped, with offsets into ``text``.

    Examples
    --------
    >>> text = 'WASHINGTON — Lt. Gen. Mark T. Esper met U.S. aides at 9 a.m. Monday. He said "no." Then...'
    >>> for sentence in split_sentences(text):
    ...     print(sentence.text)
    WASHINGTON — Lt. Gen. Mark T. Esper met U.S. aides at 9 a.m. Monday.
    He said "no."
    Then...
    >>> split_sentences("Headline\\n\\nBody text.")[1]
    Sentence(start=10, end=20, text='Body text.')
    """
    return [Sentence(a, b, text[a:b]) for a, b in sentence_spans(text)]
