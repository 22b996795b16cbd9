"""Speakers of the finished quotes: inherited, typed, resolved and marked anonymous; the Quote objects made.

For the quotes a :class:`~framing.features.quotes._attribution.Builder`
found: inheritance, resolution of pronouns and short names, types,
anonymity, and the :class:`~framing.features.quotes.Quote` objects. A
quotation standing alone after a quote inherits that quote's attribution;
after a source's words and then a claim of the same attribution's participle
or relative clause ("“A,” X said, noting that B. “C.”"), it inherits the
attribution of the words (cue "said"), not the claim's.

:class:`Speakers` is a mixin of ``Builder``: it reads the builder's ``text``,
``units`` and ``make``, and its per-document caches ``_anon`` and ``_fulls``.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Callable
from typing import Any

from framing._text import CACHE_SIZE as _CACHE_SIZE
from framing.features.quotes._draft import _Q, _Att
from framing.features.quotes._labels import LABEL_NOTE
from framing.features.quotes._names import FullNames, name_key, people_between, word_starts
from framing.features.quotes._records import CUE_TYPE_OF_CLASS as _CUE_TYPE
from framing.features.quotes._records import NO_SOURCE_CLASSES, NOT_WORDING_CLASSES
from framing.features.quotes._records import Quote
from framing.features.quotes._speakers import (
    initial,
    is_plural,
    name_of,
    pronoun_of,
    speaker_type,
)
from framing.features.quotes._words import LEAD_CONJUNCTIONS, core, low_key, vocab

logger = logging.getLogger("framing.features.quotes")


_WORDY = re.compile(r"[^\W_]")
_INHERITED = "speaker inherited from the quote before"


# Every name :func:`people_between` finds holds an ASCII capital letter: a
# window without one names no one. Windows longer than this are looked up in
# the document's list of capitals first (a pronoun in a sentence of thousands
# of characters would otherwise have up to 2,000 characters scanned for each
# quote); shorter ones, nearly all in news, are scanned directly.
_ASCII_CAP = re.compile("[A-Z]")
_LONG_WINDOW = 1000

# In a document longer than this, the full names of each surname are read at the
# word starts listed once for the document (see FullNames), not found by searching
# the text from its start for every surname (surnames x length).
_LONG_DOCUMENT = 100_000


# A sentence's leading conjunction between a quote and a quotation standing alone after it.
_LEAD_GAP = re.compile(r"\s*(?:(?:" + "|".join(LEAD_CONJUNCTIONS) + r")\b,?)?")

# The end of a sentence: where an attribution read past its quotation's unit ends.
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _tail(text: str, last: _Q, q: _Q) -> int:
    """Where journalist text may resume after the quote `last`, as seen from the next
    quote `q`: the end of its unit, or of the sentence its attribution ends in when the
    attribution was read past the unit ("“...?” Hannity pressed. “...”": the sentence
    splitter ends a unit after "?”")."""
    end = last.att.last if last.att is not None else -1
    if last.tail < end < q.open_mark and (m := _SENTENCE_END.search(text, end, q.open_mark)) is not None and (
        "\n" not in text[end : m.end()]  # (not past a signed pull quote's line)
    ):
        return m.end()
    return last.tail


class Speakers:
    """The speaker steps of ``Builder`` (a mixin: see the module docstring)."""

    text: str
    make: Callable[..., Any]
    units: list[tuple[int, int, int, int, int]]
    _anon: dict[int, bool]
    _fulls: dict[str, FullNames]
    _caps: list[int] | None = None  # positions of the ASCII capitals, made on first need
    # per surname: the largest name position up to each entry of its FullNames, and each
    # person's first entry (see _full_names_before), made on first need
    _full_index: dict[str, tuple[list[int], dict[tuple[str, str], tuple[int, str]]]] | None = None
    _starts: dict[str, list[int]] | None = None  # word_starts of a long document, made on first need

    def _people_between(self, lo: int, hi: int) -> dict[str, str]:
        """:func:`people_between` over ``text[lo:hi]``, without reading a long window that holds no capital."""
        if hi - lo > _LONG_WINDOW:
            caps = self._caps
            if caps is None:
                caps = self._caps = [m.start() for m in _ASCII_CAP.finditer(self.text)]
            k = bisect.bisect_left(caps, lo)
            if k == len(caps) or caps[k] >= hi:
                return {}
        return people_between(self.text, lo, hi)

    def _finish(self, quotes: list[_Q]) -> list[Quote]:
        """The public quotes, in text order: overlaps dropped, speakers inherited,
        typed, resolved and marked anonymous. A one-word speaker typed as an
        institution (a place: "Jordan") is a person when it is the surname of
        exactly one full name written before it ("Jim Jordan").

        Runs once per quote (thousands per document), so the common cases are
        written out here rather than in helpers: a quote without a speaker,
        and a speaker that is neither a pronoun nor a person (nothing to resolve).
        """
        text, make = self.text, self.make
        out: list[Quote] = []
        append = out.append
        last: _Q | None = None
        last_info: tuple[str, str, str, bool] = ("", "", "", False)  # speaker, resolved, type, anonymous of `last`
        last_direct: _Q | None = None  # the last direct quote with an attribution of its own
        prev_end = -1
        for q in quotes:
            qs, qe = q.start, q.end
            if qs < prev_end:
                logger.debug("overlapping quote at %d skipped", qs)
                continue
            prev_end = qe
            att = q.att
            if att is not None and att.cue[4] in NO_SOURCE_CLASSES:  # "the plan appears to work": nobody's
                c_start, c_end, c_text, _lemma, c_cls = att.cue
                append(make(qs, qe, text[qs:qe], q.kind, "", None, None, "", "", False, c_text, c_start, c_end,
                            c_cls, tuple(q.parts), "", _CUE_TYPE[c_cls]))
                continue
            if att is None:
                tail = _tail(text, last, q) if q.standalone and last is not None else 0
                lead = _LEAD_GAP.match(text, tail, q.open_mark) if tail < q.open_mark else None  # (past "But ")
                if not (q.standalone and last is not None and _WORDY.search(
                    text, tail if lead is None else lead.end(), q.open_mark
                ) is None):
                    # no speaker (Quote's defaults, positional: cheaper than keywords)
                    append(make(qs, qe, text[qs:qe], q.kind, "", None, None, "", "", False, "", None, None, "",
                                tuple(q.parts), q.note, "" if q.kind == "scare" else "speech"))
                    continue
                # a quotation standing alone right after another quote: its speaker
                if (
                    last.kind != "direct" and last_direct is not None and last_direct.att is not None
                    and last.att is not None and last_direct.att.sp == last.att.sp
                ):
                    # "“A,” X said, noting that B. “C.”", "said X, who noted that B. “C.”": the
                    # quotation goes on from X's own words, not from the claim between them
                    q.inherited = last_direct
                    att = q.att = last_direct.att
                else:
                    q.inherited = last
                    att = q.att = last.att  # type: ignore[union-attr]  # `last` always has one
                assert att is not None
                prev = out[-1]
                if (
                    q.kind == "direct" and prev.kind == "direct" and prev.start == last.start
                    and prev.note != _INHERITED and last.tail <= q.open_mark and "\n" not in text[prev.end : qs]
                    and _WORDY.search(text, tail, q.open_mark) is None  # ("“A,” he said. But “B.”": two quotes,
                    and _WORDY.search(text, qe, q.tail) is None  # as "“B,” which votes in June.")
                ):
                    # "“A,” said X. “B.”": the quotation goes on after the sentence
                    # that attributes it, in the same paragraph: one quote in parts,
                    # as "“A,” he said, “B.”" (in a new paragraph, or after a quote
                    # that itself inherited its speaker, a quotation stays a quote of its own)
                    out[-1] = make(prev.start, qe, text[prev.start : qe], "direct", prev.speaker, prev.speaker_start,
                                   prev.speaker_end, prev.speaker_resolved, prev.speaker_type, prev.anonymous,
                                   prev.cue, prev.cue_start, prev.cue_end, prev.cue_class, prev.parts + tuple(q.parts),
                                   prev.note, prev.cue_type)
                    last = q
                    continue
                speaker, resolved, stype, anon = last_info
                note = _INHERITED
            else:
                speaker = text[att.sp[0] : att.sp[1]]
                stype = speaker_type(speaker)
                if stype == "pronoun" or stype == "person":
                    resolved, note, anon = self._resolve(speaker, stype, att, last, last_info, q)
                    anon = anon or stype == "anonymous"
                else:
                    resolved, note, anon = "", "", stype == "anonymous"
                    if stype == "institution" and " " not in speaker and speaker[:1].isupper():
                        # "Jordan said" after "Rep. Jim Jordan": a surname the lists know as a place
                        resolved = self._surname_of_one(speaker, att.sp[0])
                        if resolved:
                            stype = "person"
                if not anon and stype in ("role", "unknown", "institution") and (
                    stype != "institution" or low_key(speaker.split()[-1]) in vocab().anonymous_nouns
                ):
                    # "speaking on condition of anonymity" in the sentence: an
                    # institution only when named by an anonymous noun ("the
                    # sources"), so the sentence is searched only then
                    anon = self._anon_marker(att.unit)
            s, e = att.sp
            c_start, c_end, c_text, _lemma, c_cls = att.cue
            # positional, in the order of Quote's fields (cheaper than keywords)
            append(make(qs, qe, text[qs:qe], q.kind, speaker, s, e, resolved, stype, anon,
                        c_text, c_start, c_end, c_cls, tuple(q.parts), note, _CUE_TYPE.get(c_cls, "speech")))
            if c_cls not in NOT_WORDING_CLASSES and q.note is not LABEL_NOTE:
                # a quotation after a stance ("who backed X") or a quoted label ("what he calls
                # the “crooked” process") does not inherit its speaker
                last = q
                last_info = (speaker, resolved, stype, anon)
                if q.kind == "direct" and note != _INHERITED:
                    last_direct = q
        return out

    def _surname_of_one(self, word: str, pos: int) -> str:
        """The full name ending in `word` written before `pos`, if exactly one
        person was named so ("Jim Jordan" for "Jordan"), else ""."""
        fulls = self._full_names_before(core(word), pos)
        return next(iter(fulls.values())) if len(fulls) == 1 else ""

    def _full_names_before(self, surname: str, pos: int) -> dict[tuple[str, str], str]:
        """The people named in full with `surname` before `pos`: (first word,
        surname) -> the name as first written (the document's names are read once per surname)."""
        names = self._fulls.get(surname)
        if names is None:
            if self._starts is None and len(self.text) > _LONG_DOCUMENT:
                self._starts = word_starts(self.text)
            names = self._fulls[surname] = FullNames(self.text, surname, self._starts)
        found = names.before(pos)  # grows, in the order read
        # Read once per entry (not every earlier name again for each short name: quadratic in a
        # long document naming one person often): the largest position so far at each entry,
        # and each person's first entry. The names before `pos` are those before the first
        # entry at or after it.
        if self._full_index is None:
            self._full_index = {}
        entry = self._full_index.get(surname)
        if entry is None:
            entry = self._full_index[surname] = ([], {})
        tops, first = entry
        for t in range(len(tops), len(found)):
            p, key, full = found[t]
            tops.append(p if not tops or p > tops[-1] else tops[-1])
            if key not in first:
                first[key] = (t, full)
        m = bisect.bisect_left(tops, pos)
        return {key: full for key, (t, full) in first.items() if t < m}

    def _anon_marker(self, ui: int) -> bool:
        hit = self._anon.get(ui)
        if hit is None:
            us, ue = self.units[ui][:2]
            low = self.text[us:ue].lower()
            v = vocab()
            # most sentences hold none of the markers' words: then no regex search
            hit = self._anon[ui] = (not v.anonymity_words or any(w in low for w in v.anonymity_words)) and (
                v.anonymity.search(low) is not None
            )
        return hit

    def _resolve(
        self, speaker: str, stype: str, att: _Att, last: _Q | None, last_info: tuple | None, q: _Q
    ) -> tuple[str, str, bool]:
        """(resolved name, note, anonymous-by-antecedent) for a pronoun or a short name."""
        if stype == "pronoun":
            return self._resolve_pronoun(pronoun_of(low_key(speaker)), att, last, last_info, q)
        if stype == "person":
            found = _short_name(speaker)
            if found is None:
                return "", "", False
            short, surname = found
            fulls = self._full_names_before(surname, att.sp[0])
            if len(fulls) == 1:
                return next(iter(fulls.values())), "", False
            if len(fulls) > 1:
                return "", f"short name {short!r} is ambiguous: " + ", ".join(sorted(fulls.values())), False
        return "", "", False

    def _resolve_pronoun(
        self, key: str, att: _Att, last: _Q | None, last_info: tuple | None, q: _Q
    ) -> tuple[str, str, bool]:
        number = vocab().pronouns.get(key, "")
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
                (number == "singular" and l_type in ("person", "role", "anonymous", "pronoun") and not is_plural(l_sp))
                or (number == "plural" and (is_plural(l_sp) or l_type == "institution"))
                or (number == "thing" and l_type in ("institution", "unknown"))
            )
            if l_type == "pronoun" and not l_res:
                agree = False
            if near and agree:
                l_name = l_res or (name_of(l_sp) if l_type == "person" else l_sp)
                l_key = name_key(l_name)[1] if l_type in ("person", "pronoun") else ""
                if number != "singular":
                    return l_name, "", l_anon
                lo = max(last.tail, l_att.sp[1], pos - 2000)
                if not set(self._people_between(lo, pos)) - {l_key}:
                    return l_name, "", l_anon  # nobody else named since
        if number != "singular":
            return "", f"pronoun {key!r}: no agreeing source in the quote before", False
        # 2. exactly one person named in this sentence or the one before
        names = self._people_between(win_lo, pos)
        if len(names) == 1:
            return next(iter(names.values())), "", False
        if not names:
            return "", f"pronoun {key!r}: no person named in this or the previous sentence", False
        return "", f"pronoun {key!r} is ambiguous: " + ", ".join(sorted(names.values())), False


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _short_name(speaker: str) -> tuple[str, str] | None:
    """The one word left of a person's name without titles and initials, and
    its core: ``("Esper", "Esper")`` for "Secretary Esper"; None for a fuller name."""
    toks = [t for t in name_of(speaker).split() if not initial(t)]
    return (toks[0], core(toks[0])) if len(toks) == 1 else None
