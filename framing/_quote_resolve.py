"""Speakers of the quotes a :class:`~framing._quote_attribution.Builder` found:
inheritance, resolution of pronouns and short names, types, anonymity, and
the :class:`~framing.quotes.Quote` objects.

:class:`Speakers` is a mixin of ``Builder``: it reads the builder's ``text``,
``units`` and ``make``, and its per-document caches ``_anon`` and ``_fulls``.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._quote_speakers import (
    FullNames,
    initial,
    is_plural,
    name_key,
    name_of,
    people_between,
    speaker_type,
)
from ._quote_words import core, low_key, vocab
from ._text import CACHE_SIZE as _CACHE_SIZE

if TYPE_CHECKING:
    from ._quote_attribution import _Q, _Att
    from .quotes import Quote

logger = logging.getLogger("framing.quotes")


_WORDY = re.compile(r"[^\W_]")


class Speakers:
    """The speaker steps of ``Builder`` (a mixin: see the module docstring)."""

    text: str
    make: Callable[..., Any]
    units: list[tuple[int, int, int, int, int]]
    _anon: dict[int, bool]
    _fulls: dict[str, FullNames]


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
                stype = speaker_type(speaker)
                resolved, note, anon_res = self._resolve(speaker, stype, att, last, last_info, q)
                anon = stype == "anonymous" or anon_res
                if not anon and stype in ("role", "unknown", "institution") and (
                    stype != "institution" or low_key(speaker.split()[-1]) in vocab().anonymous_nouns
                ):
                    # "speaking on condition of anonymity" in the sentence: an
                    # institution only when named by an anonymous noun ("the
                    # sources"), so the sentence is searched only then
                    anon = self._anon_marker(att.unit)
            out.append(self._make(q, att, resolved, stype, anon, note))
            last = q
            last_info = (speaker, resolved, stype, anon)
            if q.inherited is not None:
                q.att = att
        return out

    def _make(self, q: _Q, att: _Att | None, resolved: str, stype: str, anon: bool, note: str) -> Quote:
        text = self.text
        if att is None:
            return self.make(q.start, q.end, text[q.start : q.end], q.kind, parts=tuple(q.parts), note=note)
        s, e = att.sp
        c = att.cue
        # positional, in the order of Quote's fields (cheaper than keywords)
        return self.make(
            q.start, q.end, text[q.start : q.end], q.kind, text[s:e], s, e, resolved, stype, anon,
            c.text, c.start, c.end, c.cls, tuple(q.parts), note,
        )

    def _anon_marker(self, ui: int) -> bool:
        hit = self._anon.get(ui)
        if hit is None:
            us, ue = self.units[ui][:2]
            hit = self._anon[ui] = vocab().anonymity.search(self.text[us:ue].lower()) is not None
        return hit

    def _resolve(
        self, speaker: str, stype: str, att: _Att, last: _Q | None, last_info: tuple | None, q: _Q
    ) -> tuple[str, str, bool]:
        """(resolved name, note, anonymous-by-antecedent) for a pronoun or a short name."""
        if stype == "pronoun":
            return self._resolve_pronoun(low_key(speaker), att, last, last_info, q)
        if stype == "person":
            short = _short_name(speaker)
            if short is None:
                return "", "", False
            surname = core(short)
            names = self._fulls.get(surname)
            if names is None:
                names = self._fulls[surname] = FullNames(self.text, surname)
            fulls: dict[tuple[str, str], str] = {}
            for pos, key, full in names.before(att.sp[0]):
                if pos >= att.sp[0]:
                    break
                fulls.setdefault(key, full)
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
                if not set(people_between(self.text, lo, pos)) - {l_key}:
                    return l_name, "", l_anon  # nobody else named since
        if number != "singular":
            return "", f"pronoun {key!r}: no agreeing source in the quote before", False
        # 2. exactly one person named in this sentence or the one before
        names = people_between(self.text, win_lo, pos)
        if len(names) == 1:
            return next(iter(names.values())), "", False
        if not names:
            return "", f"pronoun {key!r}: no person named in this or the previous sentence", False
        return "", f"pronoun {key!r} is ambiguous: " + ", ".join(sorted(names.values())), False


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _short_name(speaker: str) -> str | None:
    """The one word left of a person's name without titles and initials
    ("Esper" for "Secretary Esper"), or None for a fuller name."""
    toks = [t for t in name_of(speaker).split() if not initial(t)]
    return toks[0] if len(toks) == 1 else None
