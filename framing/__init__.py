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
from .agency import Passive, find_passives
from .analyze import Analysis, analyze, analyze_iter
from .clean import CleanedText, Removal, clean_text
from .compare import compare, compare_pairs, select_features
from .corpus import Corpus, CorpusError, iter_corpus, read_corpus
from .distinctive import Separability, distinctive_words, separability
from .lexicon import (
    Lexicon,
    LexiconError,
    Match,
    Term,
    find_terms,
    list_lexicons,
    load_lexicon,
)
from .lexicon_tools import coverage, kwic, learn_terms
from .quotes import Quote, QuoteProblem, find_quotes, scan_quotes
from .readability import Readability, readability
from .sentences import Sentence, split_sentences
from .voice import compare_voice, sourcing

__all__ = [
    "Analysis",
    "CleanedText",
    "Corpus",
    "CorpusError",
    "FramingVectorizer",
    "Lexicon",
    "LexiconError",
    "Match",
    "Passive",
    "Quote",
    "QuoteProblem",
    "Readability",
    "Removal",
    "Sentence",
    "Separability",
    "Term",
    "__version__",
    "analyze",
    "analyze_iter",
    "clean_text",
    "compare",
    "compare_pairs",
    "compare_voice",
    "coverage",
    "distinctive_words",
    "find_passives",
    "find_quotes",
    "find_terms",
    "iter_corpus",
    "kwic",
    "learn_terms",
    "list_lexicons",
    "load_lexicon",
    "read_corpus",
    "readability",
    "scan_quotes",
    "select_features",
    "separability",
    "sourcing",
    "split_sentences",
]


def __getattr__(name: str) -> object:  # FramingVectorizer imports scikit-learn: load it on first use only
    if name == "FramingVectorizer":
        from .vectorize import FramingVectorizer

        return FramingVectorizer
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
