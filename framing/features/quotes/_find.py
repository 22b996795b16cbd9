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
   quotation that stands alone right after another quote inherits its
   speaker. Before a verb of speech ("said", "told", "insisted"...), any
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

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from framing.features.quotes._attribution import Builder, outside
from framing.features.quotes._cues import cue_finder
from framing.features.quotes._marks import pair_marks
from framing.features.quotes._tables import QUOTE_COLUMNS, QUOTE_PROBLEM_COLUMNS
from framing.sentences import sentence_spans

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


#: The values of :attr:`Quote.kind`.
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "partial", "scare")


#: The values of :attr:`Quote.speaker_type` (empty when there is no speaker).
SPEAKER_TYPES: tuple[str, ...] = ("person", "role", "institution", "anonymous", "pronoun", "unknown")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation or a piece of reported speech, with its source.

    Attributes
    ----------
    start, end : int
        The quoted content, without the quotation marks:
        ``text[start:end] == self.text``. For a quote split around its
        attribution ("“A,” he said, “B.”") the span runs from the first
        part to the last and :attr:`parts` lists the quoted pieces.
    text : str
        The content.
    kind : str
        ``direct`` (a quotation in quotation marks), ``indirect`` (reported
        speech without marks: "X said (that) ..."), ``partial`` (a quoted
        fragment inside reported speech: "X said the strikes were
        “defensive”") or ``scare`` (quotation marks with no speaker).
    speaker : str
        The phrase naming the source as written ("Defense Secretary Mark
        Esper", "a person familiar with the matter", "he"); empty if none.
    speaker_start, speaker_end : int or None
        Its offsets; ``text[speaker_start:speaker_end] == speaker``. For a
        quote that inherits the speaker of the quote before it, the offsets
        of that earlier mention.
    speaker_resolved : str
        The full name a pronoun or a short form refers to ("Mark Esper" for
        "he" or "Esper") when earlier text makes it clear; else empty.
    speaker_type : str
        ``person``, ``role``, ``institution``, ``anonymous``, ``pronoun`` or
        ``unknown``; empty when there is no speaker.
    anonymous : bool
        The source is not named ("officials said", "a person familiar with
        the matter", "speaking on condition of anonymity").
    cue, cue_start, cue_end : str, int or None
        The reporting verb or phrase ("said", "told", "according to") and
        its offsets; empty/None when there is none.
    cue_class : str
        The cue's category in the ``reporting_verbs`` lexicon (``neutral``,
        ``assertive``, ``skeptical``, ``emphatic``, ``critical``,
        ``admission``, ``denial``, ``tentative``, ``directive``,
        ``question``, ``characterizing``, ``source``).
    parts : tuple of (int, int)
        The quoted pieces (one for most quotes).
    note : str
        Why a speaker was inherited, left unresolved or not found.
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_resolved: str = ""
    speaker_type: str = ""
    anonymous: bool = False
    cue: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    cue_class: str = ""
    parts: tuple[tuple[int, int], ...] = ()
    note: str = ""


class _NewQuote:
    """Makes a :class:`Quote` about four times faster than ``Quote(...)``
    (documents hold thousands): ``_NewQuote(*fields)`` returns a Quote.

    A frozen dataclass sets each field with ``object.__setattr__`` in its
    ``__init__``. This class has the same slots, so it sets them with plain
    assignments, then turns the instance into a Quote (``__class__`` may be
    assigned between classes of identical layout). Its parameters are Quote's
    fields in order, with the same defaults (a test checks both).
    """

    __slots__ = Quote.__slots__

    def __init__(
        self, start: int, end: int, text: str, kind: str, speaker: str = "", speaker_start: int | None = None,
        speaker_end: int | None = None, speaker_resolved: str = "", speaker_type: str = "", anonymous: bool = False,
        cue: str = "", cue_start: int | None = None, cue_end: int | None = None, cue_class: str = "",
        parts: tuple[tuple[int, int], ...] = (), note: str = "",
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speaker_start = speaker_start
        self.speaker_end = speaker_end
        self.speaker_resolved = speaker_resolved
        self.speaker_type = speaker_type
        self.anonymous = anonymous
        self.cue = cue
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.cue_class = cue_class
        self.parts = parts
        self.note = note
        self.__class__ = Quote  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class QuoteProblem:
    """Something the quote finder skipped: ``text[start:end]`` and why."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class QuoteScan:
    """The result of :func:`scan_quotes`.

    Attributes
    ----------
    quotes : tuple of Quote
        As :func:`find_quotes` returns them.
    problems : tuple of QuoteProblem
        Quotation marks that were skipped, with the reason (at most 50 per
        document are listed; a last entry says how many more there were).
    """

    quotes: tuple[Quote, ...] = ()
    problems: tuple[QuoteProblem, ...] = field(default=())


# Quotations at least this long (characters) are not scanned for cues: skipping
# a shorter one costs more than its scan (measured on news text).
_SKIP_QUOTE = 80


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
    partial | terrorism. | Iran's foreign ministry | institution | said neutral
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
    regions, raw_problems = pair_marks(text)
    if sentences is None:
        sentences = sentence_spans(text)
    # the cue scan skips the long quotations (their cues are dropped here anyway)
    long_quotes = [(r.open, r.close + 1) for r in regions if r.close - r.open >= _SKIP_QUOTE]
    cues = outside(cue_finder().find(text, long_quotes), regions)
    builder = Builder(text, regions, cues, sentences, make=_NewQuote)
    quotes = builder.run()
    problems = tuple(QuoteProblem(s, e, text[s:e], reason) for s, e, reason in raw_problems)
    return QuoteScan(tuple(quotes), problems)
