"""Length-preserving text normalisation shared by the matchers.

Every matcher in ``framing`` searches a *folded* copy of the document and
reports offsets into the original. Folding must therefore never change the
length of the text: one character in, one character out.
"""

from __future__ import annotations

import re

__all__ = ["fold", "fold_char", "term_key", "APOSTROPHES", "HYPHENS", "SPACES", "CACHE_SIZE"]

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
