"""Stage 4, dictionaries: the :class:`Lexicon` model and the file formats it is read from.

A lexicon (a "dictionary" in content analysis) is data: terms, categories,
weights and context rules, read from the bundled files in ``lexicons/`` (the
package :mod:`framing.lexicons`) or from a researcher's own file. This package
owns the model and the readers; matching a lexicon against text is a feature
(:mod:`framing.features.terms`). It imports only :mod:`framing._text`.

- ``_model``: :class:`Lexicon`, :class:`Term`, :class:`Exclusion`, validation.
- ``_yaml``, ``_dic``: one module per file format (reader and writer).
- ``_loader``: :func:`list_lexicons`, :func:`load_lexicon`, format detection.
"""

from __future__ import annotations

from framing.dictionary._loader import list_lexicons, load_lexicon
from framing.dictionary._model import (
    DEFAULT_NEGATORS,
    Exclusion,
    Lexicon,
    LexiconError,
    LexiconLike,
    Term,
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
