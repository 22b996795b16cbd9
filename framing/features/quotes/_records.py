"""The records a quote scan returns (Quote, QuoteProblem, QuoteScan), their values and table columns."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "QUOTE_COLUMNS",
    "QUOTE_KINDS",
    "QUOTE_PROBLEM_COLUMNS",
    "CUE_TYPES",
    "SPEAKER_TYPES",
    "Quote",
    "QuoteProblem",
    "QuoteScan",
]


#: The values of :attr:`Quote.kind`.
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "partial", "scare")


#: The values of :attr:`Quote.cue_type` (empty for scare quotes): what is
#: attributed, from the category of the cue in the ``reporting_verbs`` lexicon.
CUE_TYPES: tuple[str, ...] = ("speech", "belief", "evidence")

#: Cue categories that are not speech; every other category, and a quotation
#: without a cue, is ``speech``.
CUE_TYPE_OF_CLASS: dict[str, str] = {
    "belief": "belief", "stance": "belief", "impression": "belief", "evidential": "evidence"}

#: Cue classes whose content is nobody's wording ("endorsed Clinton": the object is the
#: journalist's words for what the stance is about): its words stay in the journalist's voice.
NOT_WORDING_CLASSES: frozenset[str] = frozenset({"stance", "impression"})

#: Cue classes that name no source ("the plan appears to work", "the deal seemed to collapse"):
#: their quotes have no speaker.
NO_SOURCE_CLASSES: frozenset[str] = frozenset({"impression"})


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
        attribution ("“A,” he said, “B.”", and "“A,” he said. “B.”" in one
        paragraph) the span runs from the first part to the last and
        :attr:`parts` lists the quoted pieces.
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
        ``admission``, ``denial``, ``tentative``, ``belief``, ``stance``,
        ``impression``, ``evidential``,
        ``directive``, ``question``, ``characterizing``, ``source``; a
        colon attributing a headline or a quotation is ``source``); empty
        without a cue, and for a verb outside the lexicon read from its
        frame after a quotation ("“...,” he mocks.").
    parts : tuple of (int, int)
        The quoted pieces: one for most quotes; the pieces of a quotation
        split around its attribution; for a ``partial`` quote (a reported
        clause), the quoted fragments inside it.
    note : str
        Why a speaker was inherited, left unresolved or not found.
    cue_type : str
        What is attributed: ``speech`` (said, told, according to; also a
        quotation without a cue), ``belief`` (believes, wants to, fears
        that: the ``belief`` cue class; endorsed, supports, opposed with
        their object: the ``stance`` cue class; seems to, appears to, with
        no speaker: the ``impression`` cue class) or ``evidence`` ("a poll shows",
        "the report found": the ``evidential`` cue class); empty for scare
        quotes. Keep ``cue_type == "speech"`` to study speech only.
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
    cue_type: str = ""


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
        parts: tuple[tuple[int, int], ...] = (), note: str = "", cue_type: str = "",
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
        self.cue_type = cue_type
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


#: Columns of ``analyze(...).quotes``.
QUOTE_COLUMNS = [
    "doc_id", "sent_id", "quote_id", "start", "end", "text", "kind", "speaker", "speaker_start",
    "speaker_end", "speaker_resolved", "speaker_type", "anonymous", "cue", "cue_start", "cue_end",
    "cue_class", "cue_type", "actor_group", "parts", "note",
]


#: Columns of ``analyze(...).quote_problems``.
QUOTE_PROBLEM_COLUMNS = ["doc_id", "start", "end", "text", "reason"]
