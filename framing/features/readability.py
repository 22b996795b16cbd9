"""Readability: Flesch reading ease, Flesch-Kincaid grade, sentence length.

The formulas are the standard ones (Flesch 1948; Kincaid et al. 1975), with
the constants textstat uses::

    reading ease = 206.835 - 1.015 * words/sentences - 84.6 * syllables/words
    grade        = 0.39 * words/sentences + 11.8 * syllables/words - 15.59

Words and sentences are counted the way :func:`framing.analyze` counts them
(its sentence splitter and its word pattern), so an article's readability
agrees with its ``n_words`` and ``n_sentences`` columns. Syllables come from
the CMU Pronouncing Dictionary, as a word -> syllables table shipped in the
wheel (first pronunciation, one syllable per stressed vowel), with a
vowel-group rule for words it lacks (names, numbers, compounds are split at
hyphens first).

Why not call textstat directly: textstat 0.7 looks syllables up in nltk's
copy of cmudict, which it tries to download on first use, so on a machine
without network (or a fresh one) ``textstat.flesch_reading_ease`` raises
``LookupError``. This module needs no download and no nltk; the dictionary
is loaded once per process, on first use (about 0.3 s).
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from framing.sentences import sentence_spans
from framing._text import CACHE_SIZE as _CACHE_SIZE

__all__ = ["Readability", "count_syllables", "readability", "syllables_in"]

logger = logging.getLogger(__name__)

# The word pattern of framing.analyze: letters/digits with inner
# apostrophes, hyphens or dots kept in one word ("Kata'ib", "Iran-backed").
_WORD = re.compile(r"\w+(?:['\u2019.\u2011-]\w+)*")
_PARTS = re.compile(r"[-.\u2011]")
_VOWELS = re.compile(r"[aeiouy]+")


@dataclass(frozen=True, slots=True)
class Readability:
    """Readability of one text.

    Attributes
    ----------
    n_words, n_sentences, n_syllables : int
        The counts the scores are computed from.
    flesch_reading_ease : float
        Higher is easier; news prose is typically 30-60. NaN without words.
    flesch_kincaid_grade : float
        US school grade needed to follow the text. NaN without words.
    mean_sentence_length : float
        Words per sentence. NaN without sentences.
    """

    n_words: int
    n_sentences: int
    n_syllables: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    mean_sentence_length: float

    @classmethod
    def from_counts(cls, n_words: int, n_sentences: int, n_syllables: int) -> Readability:
        """Scores from counts (how :func:`framing.analyze` fills its columns).

        Examples
        --------
        >>> round(Readability.from_counts(100, 5, 150).flesch_reading_ease, 1)
        59.6
        """
        nan = float("nan")
        if n_words and n_sentences:
            wps = n_words / n_sentences
            spw = n_syllables / n_words
            ease = 206.835 - 1.015 * wps - 84.6 * spw
            grade = 0.39 * wps + 11.8 * spw - 15.59
        else:
            wps = ease = grade = nan
        return cls(n_words, n_sentences, n_syllables, ease, grade, wps)


def readability(text: str) -> Readability:
    """Flesch reading ease, Flesch-Kincaid grade and mean sentence length of `text`.

    Works offline from a clean install: no download, no nltk data.

    Parameters
    ----------
    text : str
        A whole document.

    Returns
    -------
    Readability

    Examples
    --------
    >>> r = readability("The cat sat on the mat. It was happy.")
    >>> r.n_words, r.n_sentences, r.n_syllables
    (9, 2, 10)
    >>> round(r.flesch_reading_ease, 1), round(r.flesch_kincaid_grade, 1)
    (108.3, -0.7)
    >>> readability("").flesch_reading_ease
    nan
    """
    words = _WORD.findall(text)
    n_sentences = len(sentence_spans(text))
    return Readability.from_counts(len(words), n_sentences, syllables_in(words))


def count_syllables(word: str) -> int:
    """Syllables in one word: CMU Pronouncing Dictionary, else a vowel-group rule.

    Parameters
    ----------
    word : str
        One word; hyphenated or dotted compounds are counted part by part,
        a possessive "'s" adds nothing.

    Returns
    -------
    int
        At least 1 for any word with a letter or digit, 0 for an empty string.

    Examples
    --------
    >>> count_syllables("government"), count_syllables("Iranian-backed"), count_syllables("Kataib")
    (3, 5, 2)
    """
    w = word.lower().replace("\u2019", "'")
    if not w.strip():
        return 0
    if w.endswith("'s"):
        w = w[:-2]
    table = _cmudict()
    hit = table.get(w)
    if hit is not None:
        return hit
    parts = [p for p in _PARTS.split(w) if p]
    if len(parts) > 1:
        return sum(table.get(p) or _guess(p) for p in parts)
    return _guess(w)


def syllables_in(words: Iterable[str]) -> int:
    """Total syllables of many words, each distinct word looked up once per process.

    Parameters
    ----------
    words : iterable of str
        Words as written.

    Returns
    -------
    int

    Examples
    --------
    >>> syllables_in(["The", "strikes", "were", "retaliatory"])
    8
    """
    if len(_SEEN) > _SEEN_MAX:
        _SEEN.clear()
    # map() over a dict whose misses compute and store: the hits stay in C.
    return sum(map(_SEEN.__getitem__, words))


class _SyllableCache(dict):
    def __missing__(self, word: str) -> int:
        n = self[word] = count_syllables(word)
        return n


# Syllables of words as written, shared by all documents of a process.
_SEEN = _SyllableCache()
_SEEN_MAX = 500_000


@functools.lru_cache(maxsize=1)
def _cmudict() -> dict[str, int]:
    """Word -> syllables of its first CMU pronunciation, from the table shipped in the wheel.

    ``framing/data/syllables.tsv.gz`` is derived from the CMU Pronouncing
    Dictionary (BSD-style licence, ``framing/data/CMUDICT-LICENSE``) by
    ``tools/build_syllables.py``.
    """
    raw = (importlib.resources.files("framing.data") / "syllables.tsv.gz").read_bytes()
    table: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        word, _, n = line.partition("\t")
        table[word] = int(n)
    return table


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _guess(word: str) -> int:
    """Vowel groups, minus a silent final -e / -ed / -es; at least 1."""
    letters = re.sub(r"[^a-z]", "", word)
    if not letters:
        return 1 if word else 0
    n = len(_VOWELS.findall(letters))
    if n > 1:
        if letters.endswith("e") and not letters.endswith(("le", "ee", "ye")):
            n -= 1
        elif letters.endswith("ed") and not letters.endswith(("ted", "ded")):
            n -= 1
        elif letters.endswith("es") and not letters.endswith(("ses", "zes", "ces", "ges", "xes", "shes", "ches")):
            n -= 1
    return max(1, n)
