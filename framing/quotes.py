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
   is one quote with two :attr:`Quote.parts`. A quotation that stands alone
   right after another quote inherits its speaker.
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

import bisect
import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from . import _quote_rules as R
from .sentences import sentence_spans

__all__ = ["Quote", "QuoteProblem", "QuoteScan", "find_quotes", "scan_quotes", "QUOTE_KINDS", "SPEAKER_TYPES"]

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


@dataclass(frozen=True, slots=True)
class QuoteProblem:
    """Something the quote finder skipped: ``text[start:end]`` and why."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class QuoteScan:
    """The result of :func:`scan_quotes`: quotes and the problems met."""

    quotes: tuple[Quote, ...] = ()
    problems: tuple[QuoteProblem, ...] = field(default=())


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
    if not text.strip():
        return QuoteScan()
    regions, raw_problems = R.pair_marks(text)
    if sentences is None:
        sentences = sentence_spans(text)
    cues = _outside(R.cue_finder().find(text), regions)
    builder = _Builder(text, regions, cues, sentences)
    quotes = builder.run()
    problems = tuple(QuoteProblem(s, e, text[s:e], reason) for s, e, reason in raw_problems)
    return QuoteScan(tuple(quotes), problems)


# --------------------------------------------------------------------------- procedure


def _outside(cues: list[R.Cue], regions: list[R.Region]) -> list[R.Cue]:
    """Cues that are not inside a quotation (one merge walk)."""
    out = []
    k = 0
    for c in cues:
        while k < len(regions) and regions[k].close < c.start:
            k += 1
        if k < len(regions) and regions[k].open <= c.start <= regions[k].close:
            continue
        out.append(c)
    return out


# Reported speech starts after these ("said that", "said on Sunday that").
_THAT = re.compile(r"\s*,?\s*that\b\s*")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ADVERBIAL = re.compile(
    r"""(?:\s*,\s*(?:however|though|too)\s*,|\s+(?:
      (?:on|late|early|last|this|next|earlier|later)\s+(?:""" + _DAY + r"""|day|night|week|weekend|month|year|morning|afternoon|evening)
        (?:\s+(?:morning|afternoon|evening|night))?
    | """ + _DAY + r"""(?:\s+(?:morning|afternoon|evening|night))?
    | today|yesterday|tonight|earlier|later|again|also|repeatedly|publicly|privately|separately|recently
    | previously|flatly|bluntly|openly|then|first|too|once|simply|only|further|quietly|angrily
    | afterwards?|[a-z]{3,}ly(?=\s+(?:that|the|a|an|it|he|she|they|we|this|there)\b)
    | (?:in|during|at|on|via|through|after)\s+(?:a|an|the|his|her|their|its|this|that)\s+(?:[\w'’-]+\s+){0,3}?
        (?:statement|interview|tweet|post|speech|address|briefing|conference|call|letter|email|e-mail|release
          |message|video|op-ed|column|memo|report|filing|appearance|broadcast|hearing|testimony|session
          |meeting|rally|event|summit|podcast|sermon|communiqu[eé]|note|remarks|visit|ceremony)
        (?:\s+(?:on|with|to|at|in|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?
    | in\s+(?:written|televised|emailed|prepared|brief)\s+(?:statement|remarks|comments|address|response)s?
    | on\s+(?:Twitter|Facebook|Telegram|Instagram|television|TV|state\s+(?:TV|television|media|radio)|social\s+media)
    | (?:to|with)\s+(?:reporters|journalists|the\s+press)
    | (?:,\s*)?(?:speaking\s+)?on\s+(?:the\s+)?condition\s+(?:of|that)\s+[^.;,]*
    | (?:,\s*)?(?:who|because|as)\s+(?:he|she|they|was|were|is|are|did|does|had|has|have|spoke|declined|asked|requested|insisted)\b[^.;]*
    | (?:in|from|at)\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}(?=\s+that\b|\s*[,.:;“"‘])
    ))+""",
    re.VERBOSE,
)
# "Parenthetical" adverbials between commas before a cue: "The Pentagon, in a statement, said".
_PAREN_ADVERBIAL = re.compile(
    r"(?:in|on|at|during|via)\s+(?:a|an|the|his|her|their|its)?\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]+|"
    + _DAY
    + r"|(?:on|late|early)\s+\w+|however|though|too|meanwhile|separately|also|in\s+\w+",
)
# A dateline opening a story ("WASHINGTON — ", "BAGHDAD (Reuters) - ") and
# a leading conjunction are not part of the reported content.
_LEAD = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+)*(?:\s*\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s+)?"
    r"(?:(?:But|And|So|Yet|Still|Instead|Now|However|Meanwhile|Separately)\b,?\s+)?"
)
# Verbs whose reported speech may follow without "that" ("said the strikes were...").
_BARE = frozenset(
    "say tell add insist argue claim assert contend allege believe think predict estimate "
    "maintain concede suggest warn".split()
)
_QUESTION = frozenset("ask wonder questioned".split())
# Words that do not open reported speech after "said" ("said goodbye", "said so").
_NOT_CONTENT = frozenset(
    "to so nothing yes no goodbye hello something anything much little more less otherwise thanks "
    "sorry only also".split()
)
_COLON_AHEAD = re.compile(r"[^.;:!?\n“”\"‘’]{1,60}?:(?=\s|$)")
_QUESTION_WORDS = frozenset("whether if why how what when who where".split())
_TELL = frozenset("tell inform briefed assure warn urge remind".split())
_OPENERS = frozenset(c for c, h in {**R.DOUBLE, **R.SINGLE}.items() if h >= 0)
_INVERTED_BEFORE = frozenset(",;:\u2014\u2013")
_CLOSERS = frozenset(c for c, h in {**R.DOUBLE, **R.SINGLE}.items() if h <= 0)
_PUNCT_ONLY = re.compile(r"[\s,;:\u2014\u2013-]*")
_SPLIT_GAP = re.compile(r"\s*,?\s*")
_WORDY = re.compile(r"[^\W_]")
_COORD = re.compile(r"(?:,\s*(?:while|but|whereas|although|though|and|as)|;)\s*$")
_COORD_TAIL = re.compile(r"\s*,\s*(?:while|but|whereas|although|though|and|as)$")
_UNPAIRED = re.compile("[\"\u201c\u201d\u201e\u201f\u00ab\u00bb]")
_CLAUSE_TAIL = " \t\n\r.,;:!?\u2026" + "".join(R.DOUBLE) + "".join(R.SINGLE) + ")]"
_SENT_START = frozenset(R.DETERMINERS | {"he", "she", "it", "they", "we", "i", "there", "this", "these", "those",
                                          "his", "her", "their", "its", "our", "no", "none", "nothing"} - {"nothing", "no", "none"})


@dataclass(slots=True)
class _Att:
    """An attribution: a cue with its speaker, and where its content is."""

    cue: R.Cue
    sp: tuple[int, int]
    before: bool  # speaker written before the cue
    first: int  # first character of the attribution
    last: int  # end of cue, speaker, recipient and adverbials
    content_start: int | None  # reported content after the cue
    final: bool  # the attribution ends its clause ("..., officials said.")
    unit: int
    used: bool = False


@dataclass(slots=True)
class _Q:
    """A quote under construction."""

    start: int
    end: int
    kind: str
    att: _Att | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)
    open_mark: int = -1
    tail: int = -1  # end of the quote's sentence: where journalist text may resume
    standalone: bool = False
    note: str = ""
    speaker: tuple[int, int] | None = None
    cue: R.Cue | None = None
    inherited: _Q | None = None


class _Builder:
    """Runs the attribution rules over one document (one instance per document)."""

    def __init__(self, text: str, regions: list[R.Region], cues: list[R.Cue], sentences: Sequence) -> None:
        self.text = text
        self.regions = regions
        self.cues = cues
        self.units = self._units(sentences)
        self._anon: dict[int, bool] = {}
        self._fulls: dict[str, list] = {}

    # ---- units: sentences joined where a quotation runs across them

    def _units(self, sentences: Sequence) -> list[tuple[int, int, int, int, int]]:
        """The units worth reading: sentences holding a cue or a quotation mark,
        joined where a quotation runs across sentences or is followed by its
        attribution in the next one ("“Stop!” Hoffman said."). Sentences with
        neither are never looked at. Each unit is ``(start, end, first
        sentence, last sentence, start of the sentence before)``."""
        starts = [s for s, _ in sentences]
        n = len(starts)
        if not n:
            return []
        touched: list[tuple[int, int]] = []
        for r in self.regions:
            a = max(bisect.bisect_right(starts, r.open) - 1, 0)
            b = max(bisect.bisect_right(starts, r.close) - 1, 0)
            touched.append((a, b))
        for c in self.cues:
            a = max(bisect.bisect_right(starts, c.start) - 1, 0)
            touched.append((a, a))
        touched.sort()
        units: list[tuple[int, int, int, int, int]] = []
        cur_a = cur_b = -1
        for a, b in touched:
            if cur_a >= 0 and a <= cur_b:
                cur_b = max(cur_b, b)
                continue
            if cur_a >= 0 and a == cur_b + 1 and self._join(sentences[cur_b][1]):
                cur_b = max(cur_b, b)
                continue
            if cur_a >= 0:
                units.append(self._unit(sentences, cur_a, cur_b))
            cur_a, cur_b = a, b
        if cur_a >= 0:
            units.append(self._unit(sentences, cur_a, cur_b))
        return units

    @staticmethod
    def _unit(sentences: Sequence, a: int, b: int) -> tuple[int, int, int, int, int]:
        return (sentences[a][0], sentences[b][1], a, b, sentences[a - 1][0] if a else sentences[a][0])

    def _join(self, end: int) -> bool:
        """Does a sentence ending at `end` end with a quotation like “Stop!” (attribution follows)?"""
        text = self.text
        return end >= 2 and text[end - 1] in _CLOSERS and text[end - 2] in "!?,"

    # ---- the main loop

    def run(self) -> list[Quote]:
        quotes: list[_Q] = []
        regions, cues = self.regions, self.cues
        ri = ci = 0
        colon_att: _Att | None = None
        prev_last = -2
        for ui, (us, ue, first, last, _prev) in enumerate(self.units):
            r0 = ri
            while ri < len(regions) and regions[ri].open < ue:
                ri += 1
            c0 = ci
            while ci < len(cues) and cues[ci].start < ue:
                ci += 1
            if first != prev_last + 1:
                colon_att = None  # "said:" only introduces the very next sentence
            prev_last = last
            if r0 == ri and c0 == ci:
                colon_att = None
                continue
            lead = _LEAD.match(self.text, us, ue).end()
            atts = self._attributions(ui, lead, ue, cues[c0:ci], ri > r0) if ci > c0 else []
            unit_quotes = self._assign(us, lead, ue, regions[r0:ri], atts, colon_att) if ri > r0 else []
            if atts:
                unit_quotes += self._indirect(lead, ue, atts, regions[r0:ri])
            if len(unit_quotes) > 1:
                unit_quotes.sort(key=lambda q: q.start)
            quotes.extend(unit_quotes)
            colon_att = None
            for a in reversed(atts):
                if not a.used and a.content_start is not None and a.content_start >= ue:
                    colon_att = a
                    break
        return self._finish(quotes)

    # ---- attributions

    def _attributions(self, ui: int, lo: int, ue: int, cues: list[R.Cue], has_regions: bool) -> list[_Att]:
        atts: list[_Att] = []
        for c in cues:
            if c.start < lo:
                continue  # a cue inside a dateline
            a = self._attribution(ui, lo, ue, c, atts[-1] if atts else None, has_regions)
            if a is not None:
                atts.append(a)
        return atts

    def _attribution(
        self, ui: int, lo: int, ue: int, c: R.Cue, prev: _Att | None, has_regions: bool
    ) -> _Att | None:
        text = self.text
        if c.lemma == "according to":
            sp = R.fwd_np(text, c.end, ue)
            if sp is None:
                return None
            end_np = sp[1]
            sp = R.source_of(text, sp)
            return self._finish_att(ui, ue, c, sp, before=False, first=c.start, p=end_np)
        before_char = _prev_char(text, c.start, lo)
        if before_char in _CLOSERS and c.start > lo + 1:
            j = text.rfind(before_char, lo, c.start)
            before_char = text[j - 1] if j > lo and text[j - 1] == "," else before_char
        if c.text.endswith("ing") and before_char == ",":
            # ", saying ...", ", adding that ...": the subject of the main clause
            sp = prev.sp if prev is not None and prev.before else self._subject(lo, c.start)
            if sp is None:
                return None
            return self._finish_att(ui, ue, c, sp, before=True, first=c.start, p=c.end)
        after = self._after(ue, c, c.end, before=True)
        if not has_regions and after[1] is None and not after[2] and before_char not in _INVERTED_BEFORE:
            return None  # introduces nothing here: not worth reading a speaker for
        found = R.back_np(text, c.start, lo)
        if found is not None:
            sp = _trim_speaker(text, R.source_of(text, (found[0], found[1])))
            return _Att(c, sp, True, found[2], after[0], after[1], after[2], ui)
        if c.start <= lo or before_char in ",;:\u2014\u2013" or before_char in _CLOSERS:
            sp = R.fwd_np(text, c.end, ue, inverted=True)  # inverted: "..., said X"
            if sp is not None:
                end_np = sp[1]
                sp = _trim_speaker(text, R.source_of(text, sp))
                return self._finish_att(ui, ue, c, sp, before=False, first=c.start, p=end_np)
        word = _prev_word(text, c.start, lo)
        if word in ("and", "to"):
            if word == "to" and prev is not None and prev.cue.end >= c.start - 5:
                return None  # "vowed to respond": the complement of the cue before
            # "Pompeo spoke with reporters ... and insisted": the clause's subject
            sp = self._subject(lo, c.start)
            if sp is not None:
                a = self._finish_att(ui, ue, c, sp, before=True, first=c.start, p=c.end)
                a.final = False
                return a
        return None

    def _subject(self, lo: int, limit: int) -> tuple[int, int] | None:
        """The subject at the start of a clause, after an opening phrase ("On Sunday, ")."""
        text = self.text
        sp = R.fwd_np(text, lo, limit)
        if sp is None:
            k = text.find(",", lo, min(limit, lo + 40))
            if k > 0:
                sp = R.fwd_np(text, _skip_space(text, k + 1, limit), limit)
        if sp is None or R.speaker_type(self.text[sp[0] : sp[1]]) == "unknown":
            return None
        return sp

    def _finish_att(self, ui: int, ue: int, c: R.Cue, sp: tuple[int, int], *, before: bool, first: int, p: int) -> _Att:
        end, content, final = self._after(ue, c, p, before=before)
        return _Att(c, sp, before, first, end, content, final, ui)

    def _after(self, ue: int, c: R.Cue, p: int, *, before: bool) -> tuple[int, int | None, bool]:
        """What follows an attribution at `p`: ``(end of the attribution,
        start of its reported content or None, whether it ends the clause)``."""
        text = self.text
        if before and c.lemma in _TELL:
            r = R.fwd_np(text, p, ue, recipient=True)
            if r is not None and (c.lemma == "tell" or _THAT.match(text, r[1]) or text[r[1]: r[1] + 1] == ","):
                p = r[1]
        if _may_be_adverbial(text, p):
            m = _ADVERBIAL.match(text, p, ue)
            if m:
                p = m.end()
        q = p
        while q < ue and text[q].isspace():
            q += 1
        nxt = text[q] if q < ue else ""
        final = q >= ue or nxt in ".,;!?)\u2014\u2013" or nxt in _CLOSERS and nxt not in _OPENERS
        content: int | None = None
        k = _skip_space(text, q + 1, ue) if nxt == "," else q
        if text.startswith("that", k) and not text[k + 4 : k + 5].isalnum():
            content = _skip_space(text, k + 4, ue)  # "said that", "said on Sunday, that"
            final = False
        elif nxt == ":":
            content = _skip_space(text, q + 1, ue)
        elif nxt == "," and q + 1 < ue:
            k = _skip_space(text, q + 1, ue)
            if k < ue and text[k] in _OPENERS:
                content, final = k, False
        elif nxt in _OPENERS:
            content = q
        elif not final and q < ue:
            first_tok = (text[q : q + 30].split() or [""])[0]
            word = R.low_key(first_tok)
            colon = _COLON_AHEAD.match(text, q, ue) if 0 <= text.find(":", q, min(ue, q + 62)) else None
            if colon is not None:
                content = _skip_space(text, colon.end(), ue)  # "described the scene on Friday:"
            elif c.lemma in _BARE and _can_start_content(first_tok, word):
                content = q
            elif c.lemma in _QUESTION and word in _QUESTION_WORDS:
                content = q
        if content is not None and content >= ue:
            content = ue  # "said:" ending the sentence: a quotation may follow in the next one
        return p, content, final and content is None

    # ---- quotations

    def _assign(
        self, us: int, lead: int, ue: int, regions: list[R.Region], atts: list[_Att], colon_att: _Att | None
    ) -> list[_Q]:
        text = self.text
        out: list[_Q] = []
        cue_starts = [a.cue.start for a in atts]
        prev_end = lead
        for n_r, r in enumerate(regions):
            clause_initial = not text[prev_end : r.open].strip(" ,;:\u2014\u2013-\n\t")
            clause_final = _ends_clause(text, r.close + 1, ue)
            k = bisect.bisect_right(cue_starts, r.close)  # attributions after the quotation
            post = pre = None
            if k < len(atts):
                a = atts[k]
                if a.first > r.close and _PUNCT_ONLY.fullmatch(text, r.close + 1, a.first):
                    post = a
            j = bisect.bisect_left(cue_starts, r.open) - 1  # attributions before it
            while j >= 0 and atts[j].last > r.open:
                j -= 1
            if j >= 0:
                a = atts[j]
                if a.content_start is not None and (
                    a.content_start >= r.open or _PUNCT_ONLY.fullmatch(text, a.content_start, r.open)
                ):
                    pre = a
            if pre is None and n_r == 0 and colon_att is not None and not text[us : r.open].strip():
                pre = colon_att  # "Esper said:\n\n“We will ...”"
            q = _Q(r.start, r.end, "direct", parts=[(r.start, r.end)], open_mark=r.open, tail=ue)
            if post is not None:
                q.att = post
                q.kind = "direct" if clause_initial else "partial"
            elif pre is not None:
                q.att = pre
                q.kind = "direct" if clause_final else "partial"
            else:
                emb = _embedding(atts, j, k, r)
                if emb is not None:
                    q.att, q.kind = emb, "partial"
                elif clause_initial and clause_final:
                    q.standalone = True
                    q.note = "no attribution in its sentence"
                elif not _looks_scare(text, r):
                    q.note = "no attribution in its sentence"
                else:
                    q.kind = "scare"
                    q.note = "quotation marks with no attribution in the sentence"
            if q.att is not None:
                q.att.used = True
            # "“A,” he said, “B.”": one quote in two parts
            if (
                out
                and q.att is not None
                and out[-1].att is q.att
                and out[-1].kind == "direct"
                and pre is q.att
                and post is None
                and _SPLIT_GAP.fullmatch(text, q.att.last, r.open)
            ):
                prev = out[-1]
                prev.end = r.end
                prev.parts.append((r.start, r.end))
            else:
                out.append(q)
            prev_end = r.close + 1
            if q.att is not None and q.att.first > r.close:
                prev_end = max(prev_end, q.att.last)
        return out

    # ---- reported speech without quotation marks

    def _indirect(self, lead: int, ue: int, atts: list[_Att], regions: list[R.Region]) -> list[_Q]:
        text = self.text
        out: list[_Q] = []
        opens = [r.open for r in regions]
        closes = [r.close for r in regions]
        taken = lead
        for i, a in enumerate(atts):
            if a.used:
                taken = max(taken, a.last)
                continue
            according = a.cue.lemma == "according to"
            if a.content_start is not None and a.content_start < ue and not according:
                s = a.content_start
                e = _clause_end(text, s, ue, atts[i + 1 : i + 3], opens)
            elif according and a.first <= lead and a.content_start is None:
                s = a.last  # "According to X, CONTENT"
                while s < ue and text[s] in " ,":
                    s += 1
                e = _clause_end(text, s, ue, atts[i + 1 : i + 3], opens)
            elif a.final or (according and a.first > lead):
                # "CONTENT, X said." / "CONTENT, according to X."
                e = a.first
                while e > lead and text[e - 1] in " ,\u2014\u2013(":
                    e -= 1
                s = max(lead, taken)
                while s < e and text[s] in " ,;:":
                    s += 1
            else:
                continue
            while e > s and text[e - 1] in _CLAUSE_TAIL:
                e -= 1
            while s < e and (text[s] in R.DOUBLE or text[s] in R.SINGLE):
                s += 1  # an unpaired quotation mark (recorded as a problem)
            if e <= s or s < taken or not _enough_words(text, s, e):
                continue
            if _UNPAIRED.search(text, max(lead, s - 2), e):
                continue  # an unpaired quotation mark: recorded as a problem, not guessed around
            k = bisect.bisect_left(opens, s)
            if k < len(opens) and opens[k] < e:
                continue  # a quotation inside: handled as a partial quote
            a.used = True
            out.append(_Q(s, e, "indirect", att=a, parts=[(s, e)], open_mark=s, tail=ue))
            taken = max(e, a.last)
        return out

    # ---- speakers: inheritance, resolution, types

    def _finish(self, quotes: list[_Q]) -> list[Quote]:
        text = self.text
        out: list[Quote] = []
        last: _Q | None = None
        last_info: tuple[str, str, str, bool] | None = None  # speaker, resolved, type, anonymous
        prev_end = -1
        for q in quotes:
            if q.start < prev_end:
                logger.debug("overlapping quote at %d skipped", q.start)
                continue
            prev_end = q.end
            if q.att is None and q.standalone and last is not None and last_info is not None:
                if _WORDY.search(text, last.tail, q.open_mark) is None:
                    q.inherited = last
            if q.att is None and q.inherited is None:
                out.append(self._make(q, None, "", "", False, q.note))
                continue
            src = q.inherited if q.inherited is not None else q
            att = src.att
            assert att is not None
            if q.inherited is not None:
                speaker, resolved, stype, anon = last_info  # type: ignore[misc]
                note = "speaker inherited from the quote before"
            else:
                speaker = text[att.sp[0] : att.sp[1]]
                stype = R.speaker_type(speaker)
                resolved, note, anon_res = self._resolve(speaker, stype, att, last, last_info, q)
                anon = stype == "anonymous" or anon_res
                if not anon and stype in ("role", "unknown", "institution") and self._anon_marker(att.unit):
                    anon = stype != "institution" or R.low_key(speaker.split()[-1]) in R.vocab().anonymous_nouns
            out.append(self._make(q, att, resolved, stype, anon, note))
            last = q
            last_info = (speaker, resolved, stype, anon)
            if q.inherited is not None:
                q.att = att
        return out

    def _make(self, q: _Q, att: _Att | None, resolved: str, stype: str, anon: bool, note: str) -> Quote:
        text = self.text
        kind = q.kind
        if att is None:
            return Quote(q.start, q.end, text[q.start : q.end], kind, parts=tuple(q.parts), note=note)
        s, e = att.sp
        c = att.cue
        return Quote(
            q.start, q.end, text[q.start : q.end], kind,
            speaker=text[s:e], speaker_start=s, speaker_end=e,
            speaker_resolved=resolved, speaker_type=stype, anonymous=anon,
            cue=c.text, cue_start=c.start, cue_end=c.end, cue_class=c.cls,
            parts=tuple(q.parts), note=note,
        )

    def _anon_marker(self, ui: int) -> bool:
        hit = self._anon.get(ui)
        if hit is None:
            us, ue = self.units[ui][:2]
            hit = self._anon[ui] = R.vocab().anonymity.search(self.text[us:ue].lower()) is not None
        return hit

    def _resolve(
        self, speaker: str, stype: str, att: _Att, last: _Q | None, last_info: tuple | None, q: _Q
    ) -> tuple[str, str, bool]:
        """(resolved name, note, anonymous-by-antecedent) for a pronoun or a short name."""
        key = R.low_key(speaker)
        if stype == "pronoun":
            return self._resolve_pronoun(key, att, last, last_info, q)
        if stype == "person":
            name = R.name_of(speaker)
            toks = [t for t in name.split() if not R._initial(t)]
            if len(toks) != 1:
                return "", "", False
            surname = R.core(toks[0])
            found = self._fulls.get(surname)
            if found is None:
                found = self._fulls[surname] = R.full_names(self.text, surname)
            fulls: dict[tuple[str, str], str] = {}
            for pos, key, full in found:
                if pos >= att.sp[0]:
                    break
                fulls.setdefault(key, full)
            if len(fulls) == 1:
                return next(iter(fulls.values())), "", False
            if len(fulls) > 1:
                return "", f"short name {toks[0]!r} is ambiguous: " + ", ".join(sorted(fulls.values())), False
        return "", "", False

    def _resolve_pronoun(
        self, key: str, att: _Att, last: _Q | None, last_info: tuple | None, q: _Q
    ) -> tuple[str, str, bool]:
        number = R.vocab().pronouns.get(key, "")
        if key in ("i", "we"):
            return "", f"first-person pronoun {key!r} outside a quotation: speaker not resolved", False
        # names inside the quotation itself are not candidates
        pos = min(att.sp[0], q.open_mark) if q.open_mark >= 0 else att.sp[0]
        unit = self.units[att.unit]
        win_lo = max(unit[4], pos - 2000)
        # 1. the speaker of the quote just before, if nobody else was named since
        if last is not None and last_info is not None and last.att is not None:
            l_sp, l_res, l_type, l_anon = last_info
            l_att = last.att
            near = self.units[l_att.unit][3] >= unit[2] - 2
            agree = (
                (number == "singular" and l_type in ("person", "role", "anonymous", "pronoun") and not R.is_plural(l_sp))
                or (number == "plural" and (R.is_plural(l_sp) or l_type == "institution"))
                or (number == "thing" and l_type in ("institution", "unknown"))
            )
            if l_type == "pronoun" and not l_res:
                agree = False
            if near and agree:
                l_name = l_res or (R.name_of(l_sp) if l_type == "person" else l_sp)
                l_key = R.name_key(l_name)[1] if l_type in ("person", "pronoun") else ""
                lo = max(last.tail, l_att.sp[1], pos - 2000)
                others = set(R.people_between(self.text, lo, pos)) - {l_key}
                if number != "singular" or not others:
                    return l_name, "", l_anon
        if number != "singular":
            return "", f"pronoun {key!r}: no agreeing source in the quote before", False
        # 2. exactly one person named in this sentence or the one before
        names = R.people_between(self.text, win_lo, pos)
        if len(names) == 1:
            return next(iter(names.values())), "", False
        if not names:
            return "", f"pronoun {key!r}: no person named in this or the previous sentence", False
        return "", f"pronoun {key!r} is ambiguous: " + ", ".join(sorted(names.values())), False


def _trim_speaker(text: str, sp: tuple[int, int]) -> tuple[int, int]:
    """Drop an unclosed bracket at the end of a speaker phrase ("Pelosi (D-Calif")."""
    s, e = sp
    k = text.rfind("(", s, e)
    if k > s and text.find(")", k, e) < 0:
        e = k
        while e > s and text[e - 1].isspace():
            e -= 1
    return (s, e)


def _prev_char(text: str, i: int, lo: int) -> str:
    """The last non-space character before `i` (not before `lo`), or ""."""
    before = text[max(lo, i - 8) : i].rstrip()
    if before or i - 8 <= lo:
        return before[-1:]
    j = i
    while j > lo and text[j - 1].isspace():
        j -= 1
    return text[j - 1] if j > lo else ""


# First words of the phrases _ADVERBIAL knows ("on Sunday", "in a statement",
# "repeatedly"): the regex is tried only after one of them (or a comma).
_ADVERBIAL_STARTS = frozenset(
    """
    on late early last this next earlier later monday tuesday wednesday thursday friday saturday sunday
    today yesterday tonight again also repeatedly publicly privately separately recently previously
    flatly bluntly openly then first too once simply only further quietly angrily afterward afterwards
    in during at via through after to with speaking who because as from
    """.split()
)


def _may_be_adverbial(text: str, p: int) -> bool:
    """Could an adverbial phrase start at `p` (cheap test before the regex)?"""
    ch = text[p : p + 1]
    if ch == ",":
        return True
    if ch != " ":
        return False
    word = text[p + 1 : p + 14].split(" ", 1)[0].lower()
    return word in _ADVERBIAL_STARTS or word.endswith("ly")


def _can_start_content(token: str, key: str) -> bool:
    """May reported speech start with this word ("said crews had...", not "said so")?"""
    if not key or key in _NOT_CONTENT or key.endswith("ly"):
        return False
    if key in R.STOP and key not in _SENT_START:
        return False
    return token[:1].isalnum() or token[:1] in "$£€"


def _prev_word(text: str, i: int, lo: int) -> str:
    """The lower-cased word before `i` ("" at `lo`)."""
    toks = text[max(lo, i - 20) : i].split()
    return toks[-1].lower() if toks else ""


def _skip_space(text: str, i: int, hi: int) -> int:
    while i < hi and text[i].isspace():
        i += 1
    return i


def _clause_end(text: str, s: int, ue: int, later: list[_Att], opens: list[int]) -> int:
    """End of reported speech starting at `s`: the sentence end, a semicolon,
    a dash, a later attribution ("..., officials said"; ", while Republicans
    said ...") or a quotation."""
    e = ue
    for a in later:
        if a.first > s and (a.final or _COORD.search(text, max(s, a.first - 14), a.first)):
            e = min(e, a.first)
    k = bisect.bisect_left(opens, s)
    if k < len(opens):
        e = min(e, opens[k])
    for sep in (";", " \u2014 ", " -- ", " \u2013 "):
        k = text.find(sep, s, e)
        if k >= 0:
            e = k
    while e > s and text[e - 1] in " ,(\u2014\u2013-":
        e -= 1
    m = _COORD_TAIL.search(text, s, e)
    if m:
        e = m.start()
    return e


def _ends_clause(text: str, i: int, ue: int) -> bool:
    """Does a clause end at `i` (after a closing quotation mark)?"""
    j = i
    while j < ue and j < i + 12 and text[j] in _CLAUSE_TAIL:
        if text[j] in ",;:.!?":
            return True
        j += 1
    if j >= ue:
        return True
    return text[j] in "\u2014\u2013"


def _looks_scare(text: str, r: R.Region) -> bool:
    """Quotation marks around a few words inside a sentence, with no speaker."""
    return len(text[r.start : min(r.end, r.start + 80)].split()) <= 5


def _enough_words(text: str, s: int, e: int) -> bool:
    """At least three words of reported speech."""
    return len(text[s : min(e, s + 200)].split()) >= 3


def _embedding(atts: list[_Att], j: int, k: int, r: R.Region) -> _Att | None:
    """The attribution whose reported speech contains quotation `r`, if any.

    `j` is the last attribution before `r`, `k` the first after it.
    """
    if j >= 0 and (atts[j].content_start is not None or not atts[j].final) and atts[j].before:
        return atts[j]
    for a in atts[k : k + 4]:
        if a.first > r.close and (a.final or a.cue.lemma == "according to"):
            return a
    if j >= 0 and atts[j].cue.lemma == "according to":
        return atts[j]
    return None


# --------------------------------------------------------------------------- tables for analyze

#: Columns of ``analyze(...).quotes``.
QUOTE_COLUMNS = [
    "doc_id", "sent_id", "quote_id", "start", "end", "text", "kind", "speaker", "speaker_start",
    "speaker_end", "speaker_resolved", "speaker_type", "anonymous", "cue", "cue_start", "cue_end",
    "cue_class", "actor_group", "parts", "note",
]
#: Columns of ``analyze(...).quote_problems``.
QUOTE_PROBLEM_COLUMNS = ["doc_id", "start", "end", "text", "reason"]
#: Quote kinds that are somebody's speech (not scare quotes).
SPEECH_KINDS = frozenset({"direct", "indirect", "partial"})


def _doc_quote_info(text: str, scan: QuoteScan, match_starts: Any, word_re: re.Pattern[str]) -> dict[str, Any]:
    """Per-document quote data for ``analyze``: the quote each match lies in
    (by the quoted parts, -1 for none) and the words inside speech quotes."""
    import numpy as np

    part_starts, part_ends, part_quote = [], [], []
    words = 0
    for i, q in enumerate(scan.quotes):
        for s, e in q.parts:
            part_starts.append(s)
            part_ends.append(e)
            part_quote.append(i)
            if q.kind in SPEECH_KINDS:
                words += len(word_re.findall(text, s, e))
    of_match = np.full(len(match_starts), -1, dtype=np.int64)
    if part_starts and len(match_starts):
        ps = np.asarray(part_starts, dtype=np.int64)
        k = np.searchsorted(ps, match_starts, side="right") - 1
        ok = (k >= 0) & (match_starts < np.asarray(part_ends, dtype=np.int64)[np.maximum(k, 0)])
        of_match[ok] = np.asarray(part_quote, dtype=np.int64)[k[ok]]
    return {"quote_of_match": of_match, "quote_words": words}


@functools.lru_cache(maxsize=65536)
def _speaker_key(speaker: str, resolved: str, speaker_type: str) -> str:
    """A speaker identity for counting distinct speakers ("" when unknown)."""
    if resolved:
        return " ".join(R.name_of(resolved).lower().split()) or resolved.lower()
    if not speaker or speaker_type == "pronoun":
        return ""
    if speaker_type == "person":
        return " ".join(R.name_of(speaker).lower().split())
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(speaker.lower().split()))


def _quote_tables(
    doc_ids: list[str], per_doc: list[dict[str, Any]], *, cue_classes: Sequence[str], actors: Any = None
) -> tuple[Any, Any, dict[str, Any]]:
    """Build ``.quotes``, ``.quote_problems`` and the article columns from the
    per-document scans (columns documented on :class:`framing.Analysis`)."""
    import numpy as np
    import pandas as pd

    from .lexicon import _matcher_for

    actor_matcher = _matcher_for([actors]) if actors is not None else None
    groups = list(actors.categories) if actors is not None else []
    records: list[tuple] = []
    prob: list[tuple] = []
    n_docs = len(doc_ids)
    kinds = {k: np.zeros(n_docs, np.int64) for k in QUOTE_KINDS}
    types = {t: np.zeros(n_docs, np.int64) for t in SPEAKER_TYPES}
    cues = {c: np.zeros(n_docs, np.int64) for c in cue_classes}
    acts = {g: np.zeros(n_docs, np.int64) for g in groups}
    anon = np.zeros(n_docs, np.int64)
    speakers = np.zeros(n_docs, np.int64)
    problems = np.zeros(n_docs, np.int64)
    words = np.zeros(n_docs, np.int64)
    for i, (doc_id, d) in enumerate(zip(doc_ids, per_doc)):
        scan: QuoteScan = d["quotes"]
        words[i] = d["quote_words"]
        if scan.problems:
            problems[i] = len(scan.problems)
            prob.extend((doc_id, p.start, p.end, p.text, p.reason) for p in scan.problems)
        if not scan.quotes:
            continue
        sent_starts = d["bounds"][:, 0]
        starts = [q.start for q in scan.quotes]
        sent_ids = (np.maximum(np.searchsorted(sent_starts, starts, side="right") - 1, 0).tolist()
                    if len(sent_starts) else [0] * len(starts))
        seen: set[str] = set()
        for qid, (q, sid) in enumerate(zip(scan.quotes, sent_ids)):
            group = ""
            if actor_matcher is not None and q.speaker:
                found = actor_matcher.find(q.speaker_resolved or q.speaker)
                group = found[0].category if found else ""
            records.append((
                doc_id, sid, qid, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_start, q.speaker_end,
                q.speaker_resolved, q.speaker_type, q.anonymous, q.cue, q.cue_start, q.cue_end, q.cue_class,
                group, f"{q.start}:{q.end}" if len(q.parts) == 1 else ";".join(f"{a}:{b}" for a, b in q.parts),
                q.note,
            ))
            kinds[q.kind][i] += 1
            if q.speaker_type:
                types[q.speaker_type][i] += 1
                key = _speaker_key(q.speaker, q.speaker_resolved, q.speaker_type)
                if key and key not in seen:
                    seen.add(key)
                    speakers[i] += 1
            if q.cue_class in cues:
                cues[q.cue_class][i] += 1
            if group:
                acts[group][i] += 1
            if q.anonymous:
                anon[i] += 1
    quotes = pd.DataFrame.from_records(records, columns=QUOTE_COLUMNS).astype(
        {"sent_id": "int64", "quote_id": "int64", "start": "int64", "end": "int64", "anonymous": "bool",
         "speaker_start": "Int64", "speaker_end": "Int64", "cue_start": "Int64", "cue_end": "Int64"}
    )
    quote_problems = pd.DataFrame.from_records(prob, columns=QUOTE_PROBLEM_COLUMNS).astype(
        {"start": "int64", "end": "int64"}
    )
    n_quotes = kinds["direct"] + kinds["indirect"] + kinds["partial"]
    n_words = np.array([int(d["words"].sum()) for d in per_doc], dtype=np.int64)
    cols: dict[str, Any] = {"n_quotes": n_quotes}
    for k in QUOTE_KINDS:
        cols[f"quotes_{k}_n"] = kinds[k]
    cols["quote_word_share"] = np.where(n_words > 0, words / np.maximum(n_words, 1), np.nan)
    cols["n_speakers"] = speakers
    cols["anonymous_quote_share"] = np.where(n_quotes > 0, anon / np.maximum(n_quotes, 1), np.nan)
    for t in SPEAKER_TYPES:
        cols[f"quotes_speaker_{t}_n"] = types[t]
    for c in cue_classes:
        cols[f"quotes_cue_{c}_n"] = cues[c]
    for g in groups:
        cols[f"quotes_actor_{g}_n"] = acts[g]
    cols["n_quote_problems"] = problems
    return quotes, quote_problems, cols


def _match_voice(doc_ids: list[str], per_doc: list[dict[str, Any]], n_matches: int) -> dict[str, Any]:
    """``in_quote, quote_id, speaker, quote_kind`` for every row of ``.matches``
    (in the order ``_matches_table`` builds them), by offset."""
    import numpy as np
    import pandas as pd

    in_quote = np.zeros(n_matches, dtype=bool)
    quote_id = np.full(n_matches, -1, dtype=np.int64)
    speaker = np.full(n_matches, "", dtype=object)
    kind = np.full(n_matches, "", dtype=object)
    k = 0
    for d in per_doc:
        n = len(d["matches"])
        if not n:
            continue
        of = d["quote_of_match"]
        hit = np.flatnonzero(of >= 0)
        if len(hit):
            quotes = d["quotes"].quotes
            in_quote[k + hit] = True
            quote_id[k + hit] = of[hit]
            speaker[k + hit] = [quotes[j].speaker for j in of[hit].tolist()]
            kind[k + hit] = [quotes[j].kind for j in of[hit].tolist()]
        k += n
    return {
        "in_quote": in_quote,
        "quote_id": pd.arrays.IntegerArray(np.maximum(quote_id, 0), quote_id < 0),
        "speaker": speaker,
        "quote_kind": kind,
    }
