"""Stage 4, dictionaries: the :class:`Lexicon` model and the file formats it is read from.

A lexicon (a "dictionary" in content analysis) is data: terms, categories,
weights and context rules, read from the bundled files in ``lexicons/`` (the
package :mod:`framing.lexicons`) or from a researcher's own file. This package
owns the model and the readers; matching a lexicon against text is a feature
(:mod:`framing.features.terms`). It imports only :mod:`framing._text`.

- ``_model``: :class:`Lexicon`, :class:`Term`, :class:`Exclusion`, validation,
  :func:`is_symbol_term` (emoticon terms such as ``:)``, matched as literals).
- one module per file format: ``_yaml`` (ours; reader and writer),
  ``_quanteda`` (quanteda YAML), ``_dic`` (LIWC .dic; reader and writer),
  ``_csv`` (LIWC-22 .dicx, eMFD-style weighted CSV), ``_lc3`` (Lexicoder),
  ``_wordstat`` (WordStat .cat), ``_ykd`` (Yoshikoder); ``_build``: what
  the foreign readers share (decoding, validation, nested names).
- ``_loader``: :func:`list_lexicons`, :func:`load_lexicon` (format detection),
  :func:`write_lexicon`.
"""

from __future__ import annotations

from framing.dictionary._loader import (
    FORMATS,
    list_lexicons,
    load_lexicon,
    write_lexicon,
)
from framing.dictionary._model import (
    DEFAULT_NEGATORS,
    Exclusion,
    Lexicon,
    LexiconError,
    LexiconLike,
    Term,
    is_symbol_term,
)

__all__ = [
    "DEFAULT_NEGATORS",
    "FORMATS",
    "Exclusion",
    "Lexicon",
    "LexiconError",
    "LexiconLike",
    "Term",
    "is_symbol_term",
    "list_lexicons",
    "load_lexicon",
    "write_lexicon",
]
