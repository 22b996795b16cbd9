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
>>> result = framing.analyze(corpus, lexicons=["hedges", "loaded", "conflict"])
>>> result.matches[["doc_id", "text", "category"]]
  doc_id              text         category
0      0          reprisal      retaliation
1      1        reportedly       evidential
2      1  defensive strikes     legitimizing
"""

from __future__ import annotations

from framing._version import __version__
from framing.features.agency import Passive, find_passives
from framing.analysis._run import Analysis, analyze, analyze_iter
from framing.analysis._result import read_analysis
from framing.clean import CleanedText, Removal, clean_text
from framing.comparison._compare import compare, compare_pairs, select_features
from framing.corpus import Corpus, CorpusError, iter_corpus, read_corpus
from framing.comparison.distinctive import Separability, distinctive_words, separability
from framing.dictionary import Lexicon, LexiconError, Term, list_lexicons, load_lexicon, write_lexicon
from framing.features.terms import Match, find_terms
from framing.comparison.lexicon_tools import coverage, kwic, learn_terms
from framing.features.quotes import Quote, QuoteProblem, find_quotes, scan_quotes
from framing.features.readability import Readability, readability
from framing.sentences import Sentence, split_sentences
from framing.comparison.tone import tone_by_voice
from framing.comparison.validation import ValidationReport, validation_report, validation_sample
from framing.comparison.voice import compare_voice, sourcing
from framing.comparison.events import match_events
from framing.comparison.stories import compare_within, mix
from framing.comparison.trends import rates_over_time
from framing.output import plot
from framing.output.cli import write_tables
from framing.output.report import Comparison, run_comparison, write_comparison

__all__ = [
    "Analysis",
    "Comparison",
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
    "ValidationReport",
    "__version__",
    "analyze",
    "analyze_iter",
    "clean_text",
    "compare",
    "compare_pairs",
    "compare_voice",
    "compare_within",
    "coverage",
    "distinctive_words",
    "find_passives",
    "find_quotes",
    "find_terms",
    "iter_corpus",
    "kwic",
    "learn_terms",
    "match_events",
    "list_lexicons",
    "load_lexicon",
    "mix",
    "rates_over_time",
    "read_analysis",
    "read_corpus",
    "plot",
    "readability",
    "run_comparison",
    "scan_quotes",
    "select_features",
    "separability",
    "sourcing",
    "split_sentences",
    "tone_by_voice",
    "validation_report",
    "validation_sample",
    "write_comparison",
    "write_lexicon",
    "write_tables",
]


def __getattr__(name: str) -> object:  # FramingVectorizer imports scikit-learn: load it on first use only
    if name == "FramingVectorizer":
        from framing.comparison.vectorize import FramingVectorizer

        return FramingVectorizer
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
