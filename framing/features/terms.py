"""Finding a lexicon's terms in a text: :func:`find_terms`, the public face of the matching engine.

Matching is one pass per document: one trie-shaped regular expression per
case mode finds every candidate, context rules look only at a few
characters around each candidate, and negation cues are found by one more
scan of the document, made only when a negation-sensitive term was found.
Emoticon terms (``:)``) are exact literals found by a scan of their own,
made only for a lexicon that has them (:mod:`framing.features._symbols`).
The engine lives in :mod:`framing.features._matcher`; the lexicon model and
file formats in :mod:`framing.dictionary`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from framing.dictionary import Lexicon, LexiconLike, load_lexicon
from framing.features._match import Match
from framing.features._matcher import _matcher_for

__all__ = ["Match", "find_terms"]


def find_terms(text: str, lexicon: LexiconLike | Sequence[LexiconLike]) -> list[Match]:
    """Find every term of one or more lexicons in `text`, in one pass.

    Parameters
    ----------
    text : str
        The document (or any text). Offsets refer to it.
    lexicon : str, Path, Lexicon, or a sequence of them
        Built-in names, file paths or loaded lexicons.

    Returns
    -------
    list of Match
        In text order; ``text[m.start:m.end] == m.text``. Overlapping
        candidates resolve leftmost-longest; a term listed in several
        categories yields one match per category at the same span.
        Context rules and negation (see the module docstring) have been
        applied.

    Examples
    --------
    >>> text = "The Iran\u2011backed militia vowed revenge, calling the strikes retaliatory."
    >>> [(m.text, m.category) for m in find_terms(text, "conflict")]  # doctest: +NORMALIZE_WHITESPACE
    [('Iran\u2011backed', 'proxy_sponsorship'), ('revenge', 'retaliation'),
     ('retaliatory', 'retaliation')]
    >>> text = "Who fired is still not clear. There is no doubt the base was hit in May."
    >>> [(m.text, m.lexicon, m.category) for m in find_terms(text, ["hedges", "boosters"])]
    [('clear', 'hedges', 'uncertainty'), ('doubt', 'boosters', 'certainty')]
    """
    if isinstance(lexicon, (str, Path, Lexicon)):
        lexicons = [load_lexicon(lexicon)]
    else:
        lexicons = [load_lexicon(x) for x in lexicon]
    return _matcher_for(lexicons).find(text)
