"""The :class:`Analysis` result: the tables :func:`framing.analyze` returns, and their columns."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from framing.corpus import Corpus
from framing.dictionary import Lexicon
from framing.features.quotes._find import QUOTE_COLUMNS, QUOTE_PROBLEM_COLUMNS

SENTENCE_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "n_words"]
MATCH_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "lexicon", "category", "term", "weight"]
PASSIVE_COLUMNS = [
    "doc_id", "sent_id", "start", "end", "text", "auxiliary", "participle",
    "agent", "agent_start", "agent_end", "agentless", "form",
]


@dataclass(frozen=True)
class Analysis:
    """What :func:`analyze` found in a corpus, as tidy DataFrames.

    Attributes
    ----------
    articles : pandas.DataFrame
        One row per input document, in corpus order, empty documents
        included. Columns: the corpus metadata (``doc_id, outlet, date,
        title, problems`` and any others; not the text), then ``n_words``,
        ``n_sentences``, and for every lexicon ``L`` and each of its
        categories ``C``: ``L_C_n`` (matches) and ``L_C_per_1k`` (matches per
        1,000 words), plus lexicon totals ``L_n`` and ``L_per_1k``; for a
        lexicon with weights (``Lexicon.weighted``, e.g. ``tone``) the rates
        sum the matched terms' weights per 1,000 words, and ``L_C_mean`` and
        ``L_mean`` give the mean weight per match (NaN without a match); agency:
        ``n_passives``, ``agentless_passives`` (no *by*-agent named),
        ``passives_per_1k``, ``agentless_per_1k`` and ``agentless_share``
        (agentless / all passives, NaN without passives); readability:
        ``flesch_reading_ease``, ``flesch_kincaid_grade`` and
        ``mean_sentence_length`` (words per sentence), from the same word and
        sentence counts (see :mod:`framing.readability`). Rates are NaN for
        a document with no words.
    sentences : pandas.DataFrame
        One row per sentence: ``doc_id, sent_id`` (0-based within the
        document), ``start, end`` (offsets into the cleaned text), ``text``
        (``== corpus text[start:end]``), ``n_words``.
    matches : pandas.DataFrame
        One row per lexicon match: ``doc_id, sent_id, start, end, text,
        lexicon, category, term`` (the lexicon entry that matched, e.g.
        ``retaliat*``), ``weight``.
    corpus : Corpus
        The corpus analysed (its ``text`` is what the offsets refer to).
    lexicons : tuple of Lexicon
        The lexicons used, with names and versions for the methods section.
    passives : pandas.DataFrame
        One row per passive verb group (:func:`framing.find_passives`):
        ``doc_id, sent_id, start, end, text`` (auxiliary to participle,
        ``== corpus text[start:end]``), ``auxiliary, participle, agent``
        (the *by*-agent, ``""`` if none), ``agent_start, agent_end``
        (nullable integers), ``agentless`` (bool), ``form`` (how the passive
        is written: ``be``, ``get``, ``question``, ``coordinated``,
        ``headline``, ``reduced`` or ``clause``; the forms without an
        auxiliary are less precise on real news, see the README, so a
        careful study may keep ``be`` and ``get`` only).
    quotes : pandas.DataFrame
        One row per quote or piece of reported speech
        (:func:`framing.find_quotes`): ``doc_id, sent_id`` (sentence of the
        quote's start), ``quote_id`` (0-based within the document, in text
        order), ``start, end, text`` (the content, ``== corpus
        text[start:end]``), ``kind`` (direct, indirect, partial, scare),
        ``speaker, speaker_start, speaker_end`` (nullable integers),
        ``speaker_resolved, speaker_type, anonymous, cue, cue_start,
        cue_end, cue_class``, ``cue_type`` (speech, belief or evidence;
        ``""`` for scare quotes), ``actor_group`` (the group of the `actors`
        lexicon naming the speaker, ``""`` without one), ``parts`` (the
        quoted pieces as ``"start:end"`` separated by ``";"``: a quote split
        by its attribution, "“A,” he said, “B.”", has two, and its
        ``start, end`` span the attribution too; a partial quote spans the
        whole reported clause and its parts are the quoted fragments) and ``note`` (why a speaker
        was inherited or left unresolved). Empty when ``quotes=False``.
    quote_problems : pandas.DataFrame
        Quotation marks the quote finder skipped: ``doc_id, start, end,
        text, reason`` (e.g. "opening quotation mark not closed before the
        end of the paragraph").

    With quotes (the default), :attr:`matches` also has ``in_quote``
    (bool: the match lies inside a quote's quoted parts), ``quote_id``
    (nullable), ``speaker`` and ``quote_kind`` (``""`` outside quotes), so
    that a loaded word in an official's quoted statement is told apart from
    the journalist's own, and ``voice``: ``quoted`` (inside quotation marks
    of a direct or partial quote: the source's words), ``paraphrase``
    (reported speech without quotation marks: an indirect quote, or the
    words of a reported clause around its quoted fragments) or
    ``journalist`` (elsewhere, scare quotes included); and :attr:`articles` has ``n_quotes`` (direct,
    indirect and partial quotes; scare quotes are counted apart),
    ``quotes_direct_n, quotes_indirect_n, quotes_partial_n, quotes_scare_n``,
    ``quote_word_share`` (words inside those quotes / ``n_words``; the
    object of a stance, "endorsed Clinton", is nobody's wording and is not
    counted),
    ``n_speakers`` (distinct named or described sources; unresolved pronouns
    are not counted), ``anonymous_quote_share`` (NaN without quotes),
    ``quotes_speaker_T_n`` for each speaker type ``T``,
    ``quotes_cue_C_n`` for each reporting-verb class ``C``,
    ``quotes_speech_n, quotes_belief_n, quotes_evidence_n`` (quotes by
    ``cue_type``; belief counts the ``belief``, ``stance`` and
    ``impression`` cue classes, which ``quotes_cue_C_n`` tells apart),
    ``quotes_actor_G_n`` for each group ``G`` of the `actors` lexicon (when
    given) and ``n_quote_problems``.
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    matches: pd.DataFrame
    corpus: Corpus
    lexicons: tuple[Lexicon, ...] = field(default=())
    passives: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PASSIVE_COLUMNS))
    quotes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=QUOTE_COLUMNS))
    quote_problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=QUOTE_PROBLEM_COLUMNS))

    def __repr__(self) -> str:
        return (
            f"<Analysis: {len(self.articles)} articles, {len(self.sentences)} sentences, "
            f"{len(self.matches)} matches; lexicons "
            + ", ".join(f"{lx.name} {lx.version}" for lx in self.lexicons)
            + ">"
        )

    def _repr_html_(self) -> str:  # Jupyter's rich display
        from framing.analysis._display import analysis_html

        return analysis_html(self)

    def save(self, path: str | Path, *, format: str | None = None) -> Path:
        """Write every table and the metadata to a folder; read it back with :func:`framing.read_analysis`.

        Parameters
        ----------
        path : str or Path
            Folder, created if missing.
        format : {"parquet", "csv"}, optional
            Table files; default Parquet when ``pyarrow`` is installed
            (``pip install media-framing[parquet]``), else CSV. Both read
            back exactly (dtypes are recorded in ``analysis.json``).

        Returns
        -------
        Path
            The folder.
        """
        from framing.analysis._store import save_analysis

        return save_analysis(self, path, format=format)

    def feature_columns(self) -> list[str]:
        """Names of the numeric feature columns of :attr:`articles`."""
        base = set(self.corpus.frame.columns) - {"text"}
        return [c for c in self.articles.columns if c not in base]


def read_analysis(path: str | Path) -> Analysis:
    """Read an analysis written by :meth:`framing.Analysis.save`.

    Parameters
    ----------
    path : str or Path
        The folder written by ``Analysis.save``.

    Returns
    -------
    Analysis
        Every table equal to the saved one (values, dtypes and column order).

    Raises
    ------
    FileNotFoundError
        `path` has no ``analysis.json``.
    ValueError
        ``analysis.json`` was not written by ``Analysis.save``.

    Examples
    --------
    >>> import framing, pandas as pd, tempfile
    >>> corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A"], "text": ["A reprisal, officials said."]}))
    >>> result = framing.analyze(corpus, progress=False)
    >>> folder = result.save(tempfile.mkdtemp() + "/run1")
    >>> again = framing.read_analysis(folder)
    >>> again.matches.equals(result.matches), again.articles.equals(result.articles)
    (True, True)
    """
    from framing.analysis._store import load_analysis

    return Analysis(**load_analysis(path))
