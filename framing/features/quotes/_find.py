"""Attributed quotes: who speaks, with which reporting verb, in whose voice.

:func:`find_quotes` finds the quotations and reported speech of a document
and, for each, the source it is attributed to, the reporting verb (cue), the
kind of source (a named person, a role, an institution, an anonymous source,
a pronoun) and whether it is anonymous. It works on the whole document in
one pass, with rules and word lists only (no parser model, no download):

1. **Quotation marks** are paired in one left-to-right pass (straight, curly,
   low-9, guillemets, and British single marks; apostrophes are told apart
   from single quotation marks by their neighbours). A quotation that runs
   over paragraphs continues when the next paragraph opens with a mark.
   A mark that cannot be paired is skipped and recorded with a reason
   (:attr:`QuoteScan.problems`), never guessed.
2. **Cues** are the reporting verbs and phrases of the ``reporting_verbs``
   lexicon ("said", "told", "insisted", "according to"...), found in one
   scan; the category of a cue is its ``cue_class``.
3. **Attribution** is read around each cue, inside its sentence: the speaker
   phrase before the cue ("Defense Secretary Mark Esper said"), after it
   ("said Abu Mahdi al-Mohandis, a founder of the group"; "according to a
   person familiar with the matter"), and what the cue introduces (a
   quotation, or reported speech running to the end of the clause).
   A quotation takes the attribution next to it; a quoted fragment inside
   reported speech is a ``partial`` quote; quotation marks with no
   attribution in their sentence are ``scare`` quotes. "“A,” he said, “B.”"
   is one quote with two :attr:`Quote.parts`, and so is reported speech that
   an attribution interrupts ("The strikes, he said, were defensive."). A
   quotation that goes on in the next sentence of the same paragraph
   ("“A,” he said. “B.”") is one quote in parts too, as PolNeAR and PARC
   annotate it; a quotation that stands alone after another quote in a new
   paragraph is a quote of its own that inherits its speaker. Before a verb of speech ("said", "told", "insisted"...), any
   noun phrase a determiner opens is a speaker ("the lobbyist said"), even
   with a noun the word lists do not know; a relative clause without commas
   ("officials who were briefed on the plan said") is skipped.
4. **Speakers** are typed from word lists (``framing/data/quote_words.yaml``)
   and marked anonymous when the phrase names no one ("officials", "a person
   familiar with the matter") or the sentence says so ("speaking on condition
   of anonymity"). A pronoun ("he") or a short form ("Esper") is resolved to
   a full name only when the document makes it clear; otherwise
   ``speaker_resolved`` stays empty and :attr:`Quote.note` says why.

Quotes never overlap, and every span is an offset into the text:
``text[q.start:q.end] == q.text``, likewise for the speaker and the cue.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence

from framing.features.quotes._attribution import Builder, outside
from framing.features.quotes._cues import cue_finder
from framing.features.quotes._headline import headline_quotes, transcript_quotes
from framing.features.quotes._nominal import nominal_quotes
from framing.features.quotes._questions import asked_quotes
from framing.features.quotes._marks import pair_marks
from framing.features.quotes._records import (
    QUOTE_COLUMNS,
    QUOTE_KINDS,
    QUOTE_PROBLEM_COLUMNS,
    SPEAKER_TYPES,
    Quote,
    QuoteProblem,
    QuoteScan,
    _NewQuote,
)
from framing.sentences import sentence_spans
from framing._text import SPACES

__all__ = [
    "QUOTE_COLUMNS",
    "QUOTE_KINDS",
    "QUOTE_PROBLEM_COLUMNS",
    "SPEAKER_TYPES",
    "Quote",
    "QuoteProblem",
    "QuoteScan",
    "find_quotes",
    "scan_quotes",
]


logger = logging.getLogger(__name__)


# Quotations at least this long (characters) are not scanned for cues: skipping
# a shorter one costs more than its scan (measured on news text).
_SKIP_QUOTE = 80


# ''A'' -> " A" and A'' -> A" : the mark where its content starts or ends, a
# space in place of the other apostrophe (offsets unchanged)
_DOUBLED_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013-]))''(?=[^\s'])")
_DOUBLED_CLOSE = re.compile(r"(?<=[^\s'])''(?=[\s)\].,;:!?\u2014\u2013-]|$)")


def _doubled(text: str) -> str:
    return _DOUBLED_CLOSE.sub('" ', _DOUBLED_OPEN.sub(' "', text))


def _working_copy(text: str) -> str:
    """The copy of `text` the rules read, of the same length: doubled
    apostrophes as one quotation mark (``_doubled``), and a no-break, thin
    or narrow space as a plain one ("Trump\\u00a0said": the rules' word
    tests and patterns expect a plain space between words)."""
    work = _doubled(text) if "''" in text else text
    for c in SPACES:
        if c in work:
            work = work.replace(c, " ")
    return work


def _original(q: Quote, text: str) -> Quote:
    """`q` with its strings read from the original `text` (they differ only where
    the working copy replaced '' or a space, see :func:`_working_copy`)."""
    changes: dict[str, str] = {}
    if text[q.start : q.end] != q.text:
        changes["text"] = text[q.start : q.end]
    if q.speaker_start is not None and text[q.speaker_start : q.speaker_end] != q.speaker:
        changes["speaker"] = text[q.speaker_start : q.speaker_end]
    if q.cue_start is not None and text[q.cue_start : q.cue_end] != q.cue:
        changes["cue"] = text[q.cue_start : q.cue_end]
    return dataclasses.replace(q, **changes) if changes else q


def find_quotes(text: str) -> list[Quote]:
    """Find the quotes and reported speech of a document, with their sources.

    Parameters
    ----------
    text : str
        A whole document (offsets refer to it). Any string is accepted.

    Returns
    -------
    list of Quote
        In text order, non-overlapping. Problems (unpaired quotation marks)
        are not returned here; use :func:`scan_quotes` to get them.

    Examples
    --------
    >>> text = ("“We will respond,” Defense Secretary Mark Esper told reporters. "
    ...         "Iran's foreign ministry said the strikes were “terrorism.”")
    >>> for q in find_quotes(text):
    ...     print(q.kind, "|", q.text, "|", q.speaker, "|", q.speaker_type, "|", q.cue, q.cue_class)
    direct | We will respond, | Defense Secretary Mark Esper | person | told neutral
    partial | the strikes were “terrorism.” | Iran's foreign ministry | institution | said neutral
    >>> q = find_quotes("The strikes were defensive, a US official said on condition of anonymity.")[0]
    >>> q.kind, q.text, q.speaker, q.anonymous
    ('indirect', 'The strikes were defensive', 'a US official', True)
    """
    return list(scan_quotes(text).quotes)


def scan_quotes(
    text: str,
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> QuoteScan:
    """Find quotes like :func:`find_quotes`, and report what was skipped.

    Parameters
    ----------
    text : str
        A whole document.
    sentences : sequence of (int, int), optional
        Sentence spans of `text` as :func:`framing.sentences.sentence_spans`
        returns them, if already computed (``analyze`` passes its own).

    Returns
    -------
    QuoteScan
        ``.quotes`` (tuple of Quote) and ``.problems`` (tuple of
        QuoteProblem: unpaired or empty quotation marks, with a reason).

    Examples
    --------
    >>> scan = scan_quotes('He said "we will win. And then she left.')
    >>> scan.quotes
    ()
    >>> scan.problems[0].reason
    'opening quotation mark not closed before the end of the text'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not text or text.isspace():
        return QuoteScan()
    # Two apostrophes as a double quotation mark (''like this'', the style of
    # some news archives) and no-break spaces: read in a copy of the same length
    work = _working_copy(text)
    regions, raw_problems = pair_marks(work)
    if sentences is None:
        sentences = sentence_spans(text)
    # the cue scan skips the long quotations (their cues are dropped here anyway)
    long_quotes = [(r.open, r.close + 1) for r in regions if r.close - r.open >= _SKIP_QUOTE]
    nouns: list[int] = []  # the nouns of nominal attributions, found in the same scan
    cues = outside(cue_finder().find(work, long_quotes, nouns), regions)
    builder = Builder(work, regions, cues, sentences, make=_NewQuote)
    quotes = transcript_quotes(work, headline_quotes(work, builder.run(), regions, _NewQuote), _NewQuote)
    quotes = nominal_quotes(work, asked_quotes(work, quotes, _NewQuote), _NewQuote, nouns)
    if work is not text:
        quotes = [_original(q, text) for q in quotes]
    problems = tuple(QuoteProblem(s, e, text[s:e], reason) for s, e, reason in raw_problems)
    return QuoteScan(tuple(quotes), problems)
