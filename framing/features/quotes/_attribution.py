"""Running the attribution steps over one document: :class:`Builder`, behind :func:`framing.find_quotes`.

One :class:`Builder` per document: the sentences holding a cue or a
quotation mark are grouped into units; in each unit every cue gets its
speaker and the place where its reported content starts (the
``SpeakerPhrase`` and ``Content`` mixins,
:mod:`framing.features.quotes._speaker_phrase` and
:mod:`framing.features.quotes._content`); each quotation takes the
attribution next to it (or the reported speech it sits in: a partial quote)
and reported speech without marks becomes an indirect quote (the ``Assign``
mixin, :mod:`framing.features.quotes._assign`); finally speakers are
inherited, resolved and typed in text order (the ``Speakers`` mixin,
:mod:`framing.features.quotes._resolve`). The speaker phrases themselves are
read by :mod:`framing.features.quotes._rules`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from framing.features.quotes._aside_claims import AsideContent, relative_end
from framing.features.quotes._assign import Assign
from framing.features.quotes._claims import Claims
from framing.features.quotes._content import _CLOSERS, Content
from framing.features.quotes._cues import Cue
from framing.features.quotes._draft import _Q, _Att
from framing.features.quotes._interrupted import Interrupted
from framing.features.quotes._marks import Region
from framing.features.quotes._names import FullNames
from framing.features.quotes._records import NO_SOURCE_CLASSES, NOT_WORDING_CLASSES, Quote
from framing.features.quotes._resolve import Speakers
from framing.features.quotes._speaker_phrase import SpeakerPhrase
from framing.features.quotes._tokens import Memo
from framing.features.quotes._words import LEAD_CONJUNCTIONS, SUBORDINATORS, clause_comma


def outside(cues: list[Cue], regions: list[Region]) -> list[Cue]:
    """Cues that are not inside a quotation (one merge walk)."""
    out = []
    k = 0
    n = len(regions)
    for c in cues:
        while k < n and regions[k].close < c.start:
            k += 1
        if k < n and regions[k].open <= c.start <= regions[k].close:
            continue
        out.append(c)
    return out


# A dateline opening a story ("WASHINGTON — ", "BAGHDAD (Reuters) - ") and
# a leading conjunction are not part of the reported content.
_LEAD = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:[ ,]+(?:[A-Z][A-Za-z.'’-]+|\d{1,2}\b))*(?:\s*\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s+)?"
    r"(?:(?:" + "|".join(LEAD_CONJUNCTIONS) + r")\b,?\s+)?"
)


def _may_lead(start: str) -> bool:
    """Could a unit starting with these two characters open with a dateline or a
    leading conjunction? Both need an upper-case ASCII letter followed by a
    capital or period (a dateline) or the second letter of one of ``LEAD_CONJUNCTIONS``."""
    return start[:1] in _UPPER_ASCII and (
        start[1:2] in _DATELINE_SECOND or any(w.startswith(start) for w in LEAD_CONJUNCTIONS)
    )


_UPPER_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


_DATELINE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’-")


_MAY_LEAD: dict[str, bool] = Memo(_may_lead)


def _lead_end(text: str, us: int, ue: int) -> int:
    """Where a unit's content starts after a dateline or a leading conjunction.

    Most units start with neither: the first two characters rule them out
    (one table lookup) before the words and the regex are tried.
    """
    if not _MAY_LEAD[text[us : us + 2]] or (
        text[us + 1 : us + 2] not in _DATELINE_SECOND and not text.startswith(LEAD_CONJUNCTIONS, us)
    ):
        return us
    return _LEAD.match(text, us, ue).end()


# A dateline naming the outlet in brackets, without a dash ("(CNN) The ...", "Washington (CNN) The ...",
# "(CNN Business) ..."): an acronym in capitals (with one more word) or a web address.
_OUTLET_LEAD = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}[ \t]+)?"
    r"\((?:[A-Z]{2,6}(?: [A-Z][a-z]+)?|[A-Z][\w-]*\.com)\)[ \t]*(?:[—–-]{1,2}[ \t]*)?(?=[A-Z\"“])"
)


def _unit_lead(text: str, us: int, ue: int) -> int:
    """Where a unit's content starts: past an outlet's bracketed dateline (a bracket in the
    first 40 characters), then :func:`_lead_end`'s dateline or leading conjunction."""
    if text.find("(", us, min(ue, us + 40)) >= 0 and (m := _OUTLET_LEAD.match(text, us, ue)) is not None:
        k = text.find("(", us, m.end())
        if "".join(w[0] for w in text[us:k].split()) != text[k + 1 : text.find(")", k)]:
            us = m.end()  # (an abbreviation after its words is no outlet: "World Health Organization (WHO)")
    return _lead_end(text, us, ue) if _MAY_LEAD[text[us : us + 2]] else us


_Q_START = attrgetter("start")


def _joins(text: str, start: int, end: int, cue_ends: Sequence[int]) -> bool:
    """Does the sentence `start:end` end with a quotation like “Stop!” that its attribution may
    follow? Not when a cue before it in the sentence introduces it with a comma or a colon ("Ann
    asked, “Why?”", "He told reporters: “Why?”": the next sentence's cue is not its attribution;
    `cue_ends` are the cues' ends, in order). (In the working copy a closing '' is a mark and a
    space: ``Stop!'' `` reads ``Stop!" ``.)"""
    if end >= 3 and text[end - 1] == " ":
        end -= 1
    close = end - 1
    if end >= 3 and text[end - 2] in "\u2019'":
        end -= 1  # an inner quotation closes first: “... ‘Stop!’”
    if not (end >= 2 and text[end - 1] in _CLOSERS and text[end - 2] in "!?,"):
        return False
    k = text.rfind("\u201c" if text[close] == "\u201d" else text[close], start, close)
    if k <= start or not text[max(start, k - 4) : k].rstrip().endswith((",", ":")):
        return True
    c = bisect.bisect_right(cue_ends, k) - 1  # the last cue ending before the quotation
    return c < 0 or cue_ends[c] < max(start, k - 60) or _INTRODUCES.match(text, cue_ends[c], k) is None


# Between a cue and the quotation it introduces: a recipient or an adverbial, then a comma or a colon.
_INTRODUCES = re.compile(r"[^.;!?\"\u201c\u201d\n]{0,50}[,:]\s*$")


def _colon_before(text: str, end: int) -> bool:
    """``text[:end].rstrip().endswith(":")`` without copying the text before `end`
    (once per quotation: a copy each would be quadratic in a long document)."""
    k = end - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ":"


# A sentence opening with a subordinate clause: a cue inside it reports what runs to the clause's
# comma ("When Valdez asked the crowd to join her, jeers erupted").
_MARK = re.compile("[\"\u201c\u201d\u2018\u2019\u00ab\u00bb]")  # (a comma inside a quotation ends nothing)
_SUBORDINATE_OPEN = re.compile(r"[\s\"\u201c]*(?:" + "|".join((*SUBORDINATORS, "Asked", "Pressed")) + r")\s")


# A subordinate clause opening the sentence, or after a short opener and its comma ("Then, when they
# make clear that ...", "But as Republicans made clear that ..."): the attribution inside it ends its
# content at the clause's comma, where the main clause begins.
_SUBORDINATE_MID = re.compile(
    r"\s*(?:(?P<conj>[Aa]nd|[Bb]ut|[Ss]o|[Yy]et)\s+)?(?:(?P<as>[Aa]s)|"
    + "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in SUBORDINATORS) + r")\s")
# ... but not at a comma inside the content ("told us it was wrong for not only members, but the staff")
_NOT_MAIN = re.compile(r"\s*(?:but|and|or|nor|not|which|who|whom|whose|including|as well|such as|like|plus)\b")
_THAT_END = re.compile(r"\bthat\s*$")  # ("as X noted that ...", not "as X noted in response that morning, “...”")
_MAX_OPENER = 3  # words before the comma that opens the subordinate clause ("Then,", "In 2009,")


# A list's last items after its first comma: "spending, defense and highway bills," (two to five words).
_LIST_TAIL = re.compile(
    r"\s+(?!(?:he|she|they|we|I|it|you)\s)(?:[\w'’-]+\s+){0,3}(?:and|or)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+,")


def _list_end(text: str, k: int, ue: int) -> int:
    """The comma `k`, or, when it opens a list's last items ("to hold up spending, defense and
    highway bills, McConnell ..."), the comma after them."""
    if k > 0 and (m := _LIST_TAIL.match(text, k + 1, min(ue, k + 80))) is not None:
        return m.end() - 1
    return k


def _subordinate_end(text: str, lead: int, a: _Att, ue: int) -> int:
    """Where the content of `a`, an attribution in a subordinate clause opening its sentence, ends:
    the clause's comma (past a list's commas), or -1. Not at a comma inside the content ("not only
    X, but Y"), nor when a quotation, an aside in parentheses or fewer than three words come first."""
    if not _in_subordinate(text, lead, a):
        return -1
    s = a.content_start
    k = _list_end(text, clause_comma(text, s, ue), ue)
    if k < 0 or _MARK.search(text, s, k) is not None or _NOT_MAIN.match(text, k + 1) is not None or (
        text[s] == "(" or len(text[s:k].split(None, 2)) < 3  # ("noted in response that morning, “...”")
    ):
        return -1
    return k


def _in_subordinate(text: str, lead: int, a: _Att) -> bool:
    """Does attribution `a` sit in a subordinate clause that opens its sentence (after a semicolon,
    a conjunction or a short opener and its comma), within 120 characters, so that a main clause
    follows it? Not at the end of a sentence ("..., though the chief said that A, with B": no main
    clause follows), and "as" only before "that" ("As Lee observed in May, the winner was ...": the
    main clause is the content)."""
    first = a.first
    lo = max(lead, first - 120)  # (every look bounded: a unit may be a whole unpunctuated document)
    semi = text.rfind(";", lo, first)
    if semi >= 0:
        lo = semi + 1
    elif lo > lead:
        return False  # the clause opens further back than 120 characters
    k = text.rfind(",", lo, first)
    m = _SUBORDINATE_MID.match(text, k + 1 if k >= 0 else lo, first)
    if m is None or (
        k >= 0 and m.group("conj") is None and len(text[lo:k].split(None, _MAX_OPENER)) > _MAX_OPENER
    ):
        return False  # "..., though the chief said ...": a clause at the sentence's end ("..., and while
        # X said ..., Y ...": a new clause opens)
    return m.group("as") is None or _THAT_END.search(text, a.cue.end, (a.content_start or a.cue.end)) is not None


class Builder(SpeakerPhrase, AsideContent, Content, Interrupted, Assign, Claims, Speakers):
    """Runs the attribution rules over one document (one instance per document)."""

    def __init__(
        self, text: str, regions: list[Region], cues: list[Cue], sentences: Sequence, make: Callable[..., Any]
    ) -> None:
        self.text = text
        self.make = make  # makes a Quote (``_find`` passes the fast ``_NewQuote``)
        self.regions = regions
        self.cues = cues
        self.units = self._units(sentences)
        self.unit_index = 0
        self._anon: dict[int, bool] = {}
        self._fulls: dict[str, FullNames] = {}
        self._known_ends: dict[int, tuple[int, tuple[int, int, int] | None]] = {}

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
        add = touched.append
        find = bisect.bisect_right
        text = self.text
        cue_ends = [c.end for c in self.cues]  # (in order: cues do not overlap)
        for r in self.regions:
            a = max(find(starts, r.open) - 1, 0)
            add((a, max(find(starts, r.close, a) - 1, 0)))
            if a and starts[a] >= r.open - 2 and _colon_before(text, sentences[a - 1][1]):
                add((a - 1, a - 1))  # "... on Facebook:\n\n“...”": the sentence introducing the quotation
        # Cues come in text order: one entry per sentence holding a cue is enough
        # (the others would be merged into it), so a cue before `bound` (the
        # start of the sentence after the last cue's) is not looked up.
        bound = -1
        end = len(self.text) + 1
        for c in self.cues:
            start = c.start
            if start < bound:
                continue
            a = max(find(starts, start) - 1, 0)
            add((a, a))
            bound = starts[a + 1] if a + 1 < n else end
        touched.sort()
        units: list[tuple[int, int, int, int, int]] = []
        unit = self._unit
        cur_a = cur_b = -1
        for a, b in touched:
            if cur_a >= 0:
                if a <= cur_b or (
                    # does the sentence before end with a quotation like “Stop!” (attribution follows
                    # in the same paragraph)?
                    a == cur_b + 1 and _joins(text, *sentences[cur_b][:2], cue_ends)
                    # (across a line break only after a comma: “...,”\n\nshe said.)
                    and ("\n" not in text[sentences[cur_b][1] : sentences[a][0]] or text[sentences[cur_b][1] - 2] == ",")
                ):
                    cur_b = max(cur_b, b)
                    continue
                units.append(unit(sentences, cur_a, cur_b))
            cur_a, cur_b = a, b
        if cur_a >= 0:
            units.append(unit(sentences, cur_a, cur_b))
        return units

    @staticmethod
    def _unit(sentences: Sequence, a: int, b: int) -> tuple[int, int, int, int, int]:
        return (sentences[a][0], sentences[b][1], a, b, sentences[a - 1][0] if a else sentences[a][0])

    # ---- the main loop

    def run(self) -> list[Quote]:
        quotes: list[_Q] = []
        text, regions, cues = self.text, self.regions, self.cues
        n_regions, n_cues = len(regions), len(cues)
        attribution = self._attribution
        ri = ci = 0
        colon_att: _Att | None = None
        prev_last = -2
        for ui, (us, ue, first, last, _prev) in enumerate(self.units):
            r0 = ri
            while ri < n_regions and regions[ri].open < ue:
                ri += 1
            c0 = ci
            while ci < n_cues and cues[ci].start < ue:
                ci += 1
            if first != prev_last + 1:
                colon_att = None  # "said:" only introduces the very next sentence
            prev_last = last
            if r0 == ri and c0 == ci:
                # "Palin posted a message on Facebook:\n\n“...”": the sentence introduces a quotation
                colon_att = self._colon_lead(_unit_lead(text, us, ue), ue)
                continue
            lead = _unit_lead(text, us, ue)
            self.unit_index = ui
            has_regions = ri > r0
            # the attributions of the unit's cues, each knowing the one before
            atts: list[_Att] = []
            a = None
            for k in range(c0, ci):
                c = cues[k]
                if c.start < lead:
                    continue  # a cue inside a dateline
                found = attribution(ui, lead, ue, c, a, has_regions)
                if found is not None and found.content_start is not None and found.content_end < 0:
                    # "Maria Velez, who said the river was poisoned, described ...": where the relative ends
                    found.content_end = relative_end(text, c.start, found.content_start, ue)
                if found is not None:
                    if not atts and found.content_start is not None and found.content_end < 0 and (
                        _SUBORDINATE_OPEN.match(text, lead, ue) is not None  # (read once per unit at most)
                    ) and (
                        text.find(",", lead, found.first) < 0  # (once per unit: the first attribution only)
                    ) and (k_end := clause_comma(text, found.content_start, ue)) > 0 and _MARK.search(
                        text, found.content_start, k_end
                    ) is None:
                        found.content_end = k_end  # "When Valdez asked the crowd to ..., jeers erupted"
                    elif found.content_start is not None and found.content_end < 0 and (
                        k_end := _subordinate_end(text, lead, found, ue)
                    ) > 0:
                        found.content_end = k_end  # "... when they make clear that they are hurt, you mock them"
                    atts.append(found)
                    if found.cue.cls not in NO_SOURCE_CLASSES:  # "X seems to agree, saying ...": X says
                        a = found
            if has_regions:
                # a stance ("endorsed Clinton") takes no quotation: only its object, read by _indirect
                speech = [a for a in atts if a.cue.cls not in NOT_WORDING_CLASSES] if atts else atts
                unit_quotes = self._assign(us, lead, ue, regions[r0:ri], speech, colon_att)
                if atts:
                    unit_quotes += self._indirect(lead, ue, atts, regions[r0:ri])
            elif atts:
                unit_quotes = self._indirect(lead, ue, atts, [])
            else:
                colon_att = self._colon_lead(lead, ue)
                continue
            if len(unit_quotes) > 1:
                unit_quotes.sort(key=_Q_START)
            if has_regions and atts and any(q.kind == "partial" for q in unit_quotes):
                unit_quotes = self._claims(lead, ue, speech, unit_quotes)
            quotes.extend(unit_quotes)
            colon_att = None
            for a in reversed(atts):
                if not a.used and a.content_start is not None and a.content_start >= ue:
                    colon_att = a
                    break
            if colon_att is None and not has_regions:
                colon_att = self._colon_lead(lead, ue)
        return self._finish(quotes)
