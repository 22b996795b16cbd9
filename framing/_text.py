"""Length-preserving text normalisation shared by the matchers.

Every matcher in ``framing`` searches a *folded* copy of the document and
reports offsets into the original. Folding must therefore never change the
length of the text: one character in, one character out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = [
    "fold", "fold_char", "term_key", "byte_screen", "literal_trie", "APOSTROPHES", "HYPHENS", "SPACES", "CACHE_SIZE",
]

#: Entries kept by each memo cache of a per-word or per-phrase helper
#: (``functools.lru_cache``). News vocabulary is Zipfian, so a few thousand
#: entries catch almost every repeat; each full cache costs about 2 MB, and a
#: worker process holds about fifteen of them.
CACHE_SIZE = 8192

#: Characters treated as an apostrophe (straight, curly, modifier letter, prime...).
APOSTROPHES = "'\u2018\u2019\u201b\u02bc\u2032\u0060\u00b4"
#: Characters treated as a hyphen (hyphen-minus, hyphen, non-breaking hyphen,
#: figure dash, en dash used as hyphen, minus sign, small/fullwidth hyphen).
HYPHENS = "-\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"
#: Spaces that are not plain spaces but separate words all the same (no-break,
#: figure, narrow no-break, thin and hair spaces).
SPACES = "\u00a0\u2007\u202f\u2009\u200a"

_FOLD_TABLE = {ord(c): "'" for c in APOSTROPHES}
_FOLD_TABLE.update({ord(c): "-" for c in HYPHENS})
_FOLD_TABLE.update({ord(c): " " for c in SPACES})

# The characters folded to an ASCII apostrophe, hyphen or space. str.translate
# with a dict runs ~20 MB/s on news text with curly quotes and regex
# substitutions ~90 MB/s; most of these characters are absent from any given
# text, and testing for each with `in` and replacing the few present with
# str.replace runs ~250 MB/s (measured on 5 MB of news).
_REPLACEMENTS = tuple(
    [(c, "'") for c in APOSTROPHES[1:]]
    + [(c, "-") for c in HYPHENS[1:]]
    + [(c, " ") for c in SPACES]
)


def fold_char(ch: str) -> str:
    """Fold one character: lower case, one apostrophe, one hyphen."""
    low = ch.lower()
    if len(low) != 1:
        low = ch
    return low.translate(_FOLD_TABLE)


def fold(text: str, *, lower: bool = True) -> str:
    """Return `text` with apostrophes, hyphens and spaces unified (and lower-cased).

    The result has exactly the same length as `text`, so offsets found in it
    are offsets into `text`.

    Parameters
    ----------
    text : str
        Any text.
    lower : bool, default True
        Also lower-case the text.

    Returns
    -------
    str
        The folded text, ``len(result) == len(text)``.

    Examples
    --------
    >>> fold("Kata\u2019ib Hezbollah\u2011backed")
    "kata'ib hezbollah-backed"
    >>> len(fold("\u0130stanbul")) == len("\u0130stanbul")
    True
    """
    out = text
    # An all-ASCII text is left as it is, even its backquotes, which are
    # folded in other texts (kept so: matches must not change).
    if not out.isascii():
        for char, repl in _REPLACEMENTS:
            if char in out:
                out = out.replace(char, repl)
    if not lower:
        return out
    low = out.lower()
    if len(low) == len(out):
        return low
    # Rare: a character whose lower case is longer (e.g. U+0130 'İ').
    # Lower-case character by character, keeping such characters as they are.
    return "".join(fold_char(c) for c in out)


_SEPARATORS = re.compile(r"[\s-]+")


def term_key(surface: str) -> str:
    """Lookup key of a folded surface form: runs of spaces and hyphens become one space.

    >>> term_key("self-defense")
    'self defense'
    """
    return _SEPARATORS.sub(" ", surface).strip()


def literal_trie(literals: list[str]) -> str:
    """An alternation of `literals` sharing their prefixes (a flat one is several times slower in ``re``).

    At each position it matches the longest of the literals found there.
    """
    trie: dict[str, dict] = {}
    for literal in literals:
        node = trie
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a literal ends here: the longer ones first (greedy)
            return f"(?:{body})?"
        return body

    return pattern(trie)


def _byte(ch: str) -> int:
    """The byte ``ch.encode("ascii", "replace")`` gives: its code, or that of "?" for any other character."""
    return ord(ch) if ord(ch) < 128 else 63


def byte_screen(
    tails: Iterable[str], *, first: str | None = None, first_except: str | None = None
) -> Callable[[str], list[int]]:
    """Where in a text a match of some pattern may start: a scan for one literal byte instead of a class.

    A regex scan that starts with a character class (or an alternation of
    literals with different first characters) tests every character of the
    text, about ten times slower than a scan for one literal character. This
    returns a function giving, for a text, every offset ``p`` where a
    character of `first` (or any character not in `first_except`) stands
    and one of `tails` follows it, in order. It may give more offsets than
    that (never fewer), so each is then tried with the pattern itself.

    The function reads a byte copy of the text, one byte per character (any
    non-ASCII character is ``?``), in which every possible first character
    is NUL: then a scan for a literal NUL followed by one of `tails` (in
    which a possible first character is NUL too) finds them. Every true
    start is found, since the copy changes the text and the tails alike.

    Parameters
    ----------
    tails : iterable of str
        What may follow the first character (at least one; "" for anything).
    first, first_except : str
        The characters a match may start with, or those it may not (ASCII,
        without "?"); exactly one of the two.

    Examples
    --------
    >>> starts = byte_screen(["was", "were"], first_except="abcdefghijklmnopqrstuvwxyz ")
    >>> text = "it was (was) \u201cwere\u201d"
    >>> starts(text), [text[p] for p in starts(text)]
    ([7, 13], ['(', '\u201c'])
    >>> byte_screen(["hoto", "EAD"], first="PR")("READ: Photo PRREAD")
    [0, 6, 14]
    """
    if (first is None) == (first_except is None):
        raise ValueError("byte_screen: give exactly one of first and first_except")
    if first is not None:
        starts = {_byte(c) for c in first}
    else:
        assert first_except is not None
        if "?" in first_except or not first_except.isascii():
            raise ValueError(f"byte_screen: first_except must be ASCII without '?', got {first_except!r}")
        starts = set(range(256)) - {ord(c) for c in first_except}
    table = bytes(0 if b in starts else b for b in range(256))
    # A trie of the tails, each as the copy spells it; the lookahead consumes
    # nothing, so no start hides another one inside its tail.
    trie: dict = {}
    for tail in tails:
        node = trie
        for c in tail:
            if "" in node:
                break  # a shorter tail already ends here: it is enough
            node = node.setdefault(table[_byte(c)], {})
        else:
            node.clear()
            node[""] = {}

    def body(node: dict) -> bytes:
        if "" in node:
            return b""
        branches = [re.escape(bytes([b])) + body(child) for b, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"

    if not trie:
        raise ValueError("byte_screen: no tails")
    tail = body(trie)
    finditer = re.compile(b"\x00(?=" + tail + b")" if tail else b"\x00").finditer

    def find(text: str) -> list[int]:
        return [m.start() for m in finditer(text.encode("ascii", "replace").translate(table))]

    return find
