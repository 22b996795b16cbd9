"""Stage 4, dictionaries: the :class:`Lexicon` model and the file formats it is read from.

A lexicon (a "dictionary" in content analysis) is data: terms, categories,
weights and context rules, read from the bundled files in ``lexicons/`` (the
package :mod:`framing.lexicons`) or from a researcher's own file. This package
owns the model and the readers; matching a lexicon against text is a feature
(:mod:`framing.features`). It imports only :mod:`framing._text`.
"""

from __future__ import annotations

from framing.dictionary._lexicon import (
    DEFAULT_NEGATORS,
    Exclusion,
    Lexicon,
    LexiconError,
    LexiconLike,
    Term,
    list_lexicons,
    load_lexicon,
)

__all__ = [
    "DEFAULT_NEGATORS",
    "Exclusion",
    "Lexicon",
    "LexiconError",
    "LexiconLike",
    "Term",
    "list_lexicons",
    "load_lexicon",
]
