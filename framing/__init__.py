"""media-framing: how did different outlets frame the same story?

Load news articles with outlet/date/event metadata, clean them, split them into
sentences and find framing features (lexicon terms such as hedges and loaded
language) with character offsets into the stored text, then compare outlets.

Examples
--------
>>> import framing, pandas as pd
>>> corpus = framing.read_corpus(pd.DataFrame({
...     "outlet": ["Daily A", "Daily B"],
...     "text": ["The strikes were a reprisal, officials said.",
...              "The US reportedly launched defensive strikes."]}))
>>> result = framing.analyze(corpus, lexicons=["hedges", "loaded"])
>>> result.matches[["doc_id", "text", "category"]]
  doc_id              text         category
0      0          reprisal      retaliation
1      1        reportedly       evidential
2      1  defensive strikes     legitimizing
"""

from __future__ import annotations

from ._version import __version__
from .analyze import Analysis, analyze, analyze_iter
from .clean import CleanedText, Removal, clean_text
from .corpus import Corpus, CorpusError, iter_corpus, read_corpus
from .lexicon import (
    Lexicon,
    LexiconError,
    Match,
    Term,
    find_terms,
    list_lexicons,
    load_lexicon,
)
from .sentences import Sentence, split_sentences

__all__ = [
    "Analysis",
    "CleanedText",
    "Corpus",
    "CorpusError",
    "Lexicon",
    "LexiconError",
    "Match",
    "Removal",
    "Sentence",
    "Term",
    "__version__",
    "analyze",
    "analyze_iter",
    "clean_text",
    "find_terms",
    "iter_corpus",
    "list_lexicons",
    "load_lexicon",
    "read_corpus",
    "split_sentences",
]
