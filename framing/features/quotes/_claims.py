"""The reported claim as the content: quoted fragments inside reported speech become parts of one quote.

"The chairman said the turnout is “truly remarkable” and “long overdue.”"
reports one claim, the whole clause after the cue, of which the quoted
fragments are pieces in the source's own words. The field's convention
(PARC, PolNeAR) takes the whole reported proposition as the content. The
``Claims`` mixin of ``Builder`` turns the ``partial`` quotations that
:mod:`framing.features.quotes._assign` attached to one attribution into a
single ``partial`` quote spanning the clause, whose ``parts`` are the quoted
fragments (the words between them are the journalist's paraphrase). Both
orders are read: "X said CLAUSE" (the clause after the cue, to where
:func:`~framing.features.quotes._content._clause_end` ends reported speech)
and "CLAUSE, X said." (from the start of the clause to the attribution).
A quotation with another attribution, or one after the clause ends, is never
swallowed: the clause stops before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from framing.features.quotes._according import opens_clause, skip_aside
from framing.features.quotes._content import _CLAUSE_TAIL, _clause_end
from framing.features.quotes._draft import _Q, _Att
from framing.features.quotes._object_claims import _OBJECT_CLASSES, named_work, object_claim, quoted_object_end, subordinate_end

# "..." and added that ...", "..., but said ...": a later cue of a new clause

_JOINERS = frozenset(("", "and", "but", "or", "so", "yet"))
_COORD_END = re.compile(r"\s(?:and|but|while|as)$")
_CLOSE_MARKS = frozenset("\u201d\"\u2019'\u00bb")
_IN_WORD = re.compile(r"[\w-]")
_INFINITIVE = "its cue is an infinitive inside another attribution's claim"
_TITLE = "a title in quotation marks"
# a dash ending a clause, and the same dash closing an aside within _MAX_ASIDE characters
_DASH = re.compile("\\s*( -- | \u2014 | \u2013 |\u2014)")
_MAX_ASIDE = 150
# words after the last fragment: the clause goes on ("“Boots on the ground” would be needed, Lund said")
_WORDS = re.compile(r"[A-Za-z]{2}")
# ... unless the quotation ends a sentence or its clause ("“...,” Republican candidate X said", "“... it.”The press")
_WHOLE = re.compile("[,.!?][\u201d\u2019\"']|[\u201d\u2019\"'](?:,|[A-Z])")
# A conjunction before "according to": the attribution opens its clause ("because, according to X, ...").
_OPENS_CLAUSE = re.compile(r"\b(?:because|and|but|that|so|while|although|though|since|if|when|after|before)\s*,?\s*$")
_AND_BEFORE = re.compile(r"(?:^|[\s,;\u201d\"’])(?:and|but|while|as)(?:\s+(?:then|later|also))?\s+$")


def _skip_punct(text: str, s: int, ue: int) -> int:
    """`s` past spaces and commas (not past `ue`)."""
    while s < ue and text[s] in " ,":
        s += 1
    return s


class Claims:
    """The claim step of ``Builder`` (a mixin: see the module docstring)."""

    text: str
    _interrupted_claim: Callable[[_Att, list[_Att], int, int, int, int], tuple[int, int] | None]

    def _claims(self, lead: int, ue: int, atts: list[_Att], unit_quotes: list[_Q]) -> list[_Q]:
        """`unit_quotes` (in text order) with each attribution's partial
        quotations merged into one quote spanning its reported clause."""
        text = self.text
        by_att: dict[int, list[_Q]] = {}
        for n, q in enumerate(unit_quotes):
            if q.kind == "partial" and q.att is not None:
                if q.att.content_start is None and text[q.start : q.start + 1].isupper() and (
                    q.start == q.open_mark + 1 and q.att.cue.lemma != "according to"
                ) and named_work(text, q.open_mark, q.end):
                    # "Winkler, who wrote the 2011 book “Gunfight” ...": a title, nobody's words (in a cue's
                    # clause it stays a part: "said it reminds him of the 1969 book titled “...”")
                    unit_quotes[n] = _Q(q.start, q.end, "scare", None, q.parts, q.open_mark, q.tail, False, _TITLE)
                    continue
                by_att.setdefault(id(q.att), []).append(q)
        if not by_att:
            return unit_quotes
        merged: dict[int, _Q] = {}  # id of the first fragment -> the claim
        frags_of: dict[int, list[_Q]] = {}  # id of a claim -> its fragments
        dropped: set[int] = set()
        # position of each quote in text order, and the quotes of other speakers (scare quotes
        # are nobody's: a claim may hold them); each look below stops at the first one it meets,
        # so the step is linear in the unit's quotes and attributions
        pos = {id(q): n for n, q in enumerate(unit_quotes)}
        n_q = len(unit_quotes)
        # "and"/"but" right before an attribution, by its start: each attribution is read by
        # every claim whose clause reaches it, its 14 characters before searched once
        and_before: dict[int, bool] = {}
        for i, a in enumerate(atts):
            frags = by_att.get(id(a))
            if not frags:
                continue
            if a.content_start is not None and a.content_start < ue and a.cue.lemma != "according to":
                s = a.content_start
                e = _clause_end(text, s, ue, atts[i + 1 : i + 3], [])  # (at most _MAX_CLAUSE on)
                if e < frags[0].open_mark and (m := _DASH.match(text, e, ue)) is not None and (
                    (k := text.find(m.group(1), m.end(), min(ue, m.end() + _MAX_ASIDE))) > 0
                ):
                    # "said that people -- unnamed -- “are very threatened”": a pair of dashes holds an aside
                    e = _clause_end(text, k + len(m.group(1)), ue, atts[i + 1 : i + 3], [])
                if s < a.content_end < e:
                    e = a.content_end
                if s <= frags[0].open_mark:
                    e = subordinate_end(text, lead, a.first, frags[0].open_mark, e)  # "When X said ..., Y did"
                    if s == frags[0].open_mark and a.cue.cls in _OBJECT_CLASSES:
                        e = quoted_object_end(text, s, e)  # "rails against “endless campaigns” in politics, but ..."
                for t in range(i + 1, len(atts)):  # (not atts[i + 1 :]: a copy of the rest for every claim)
                    b = atts[t]
                    if b.first >= e:
                        break
                    if s < b.first:
                        if b.first - 14 >= s:
                            hit = and_before.get(b.first)
                            if hit is None:
                                hit = and_before[b.first] = _AND_BEFORE.search(text, b.first - 14, b.first) is not None
                        else:
                            hit = _AND_BEFORE.search(text, s, b.first) is not None
                        if hit or (
                            # "..., adding that ...": a participle with its own content
                            b.first == b.cue.start and b.content_start is not None and b.cue.text.endswith("ing")
                            and text[max(s, b.first - 4) : b.first].rstrip(" \u201d\"\u2019'").endswith(",")
                        ):
                            e = b.first  # "... and added that ...": the next claim
                            break
            elif a.cue.lemma == "according to" and a.last <= frags[0].open_mark and (
                not text[lead : a.first].strip(" ,") or _OPENS_CLAUSE.search(text, max(lead, a.first - 16), a.first)
                or opens_clause(text, lead, a.first, a.last)
            ):
                # "According to X, the media would call him a “chicken” if ...", "because, according to X,
                # ...", "(According to X, ...": the clause after the source (not "The bill, according to X,
                # would ...": a subject before it belongs to the claim), past words that still name the
                # source (", who has ..., ", "and Tom Berg, ", a role after a name)
                s = skip_aside(text, _skip_punct(text, a.last, ue), ue)
                e = _clause_end(text, s, ue, atts[i + 1 : i + 3], [])
            else:
                s = lead  # where the clause may start: after the quote before the first fragment ...
                k = pos[id(frags[0])] - 1
                if k >= 0:
                    s = max(s, unit_quotes[k].end + 1)
                if i > 0 and atts[i - 1].last <= frags[0].start and not _IN_WORD.match(text, atts[i - 1].last):
                    s = max(s, atts[i - 1].last)  # ... and after the attribution before it (not inside a word)
                if (
                    claim := self._interrupted_claim(
                        a, atts[i + 1 : i + 3], s, ue, frags[0].open_mark, frags[-1].open_mark
                    )
                ) is not None:
                    s, e = claim  # "Trump, Sexton said, has created a “zone.”": both sides of the attribution
                elif a.first > lead and frags[-1].end <= a.first:
                    e = a.first  # "CLAUSE with “fragments,” X said.": from the clause's start to the attribution
                elif (
                    claim := object_claim(text, a, atts[i + 1 : i + 3], frags[0].open_mark, lead, ue)
                ) is not None and claim[0] >= s:  # (not into the quote or the attribution before it)
                    s, e = claim  # "X dismissed the whole affair as “absurd”": the object with its fragments
                else:
                    continue
            # the clause stops before the first quotation of another speaker inside it
            k = pos[id(frags[0])]
            while k > 0 and unit_quotes[k - 1].end > s:
                k -= 1  # (a quote before the first fragment may still start inside the clause)
            while k < n_q:
                q = unit_quotes[k]
                if q.start >= e and q.open_mark >= e:
                    break
                if q.att is not a and q.kind != "scare" and (s <= q.open_mark < e or s <= q.start < e):
                    e = min(e, q.open_mark if q.open_mark >= s else q.start)
                    break
                k += 1
            while s < e and text[s] in " ,;:\u2014\u2013\t\n":
                s += 1
            while e > s and text[e - 1] in _CLAUSE_TAIL:
                e -= 1
            m = _COORD_END.search(text, max(s, e - 8), e)
            if m is not None:
                e = m.start()  # "... “truly remarkable,” and" (the next claim starts after it)
                while e > s and text[e - 1] in _CLAUSE_TAIL:
                    e -= 1
            inside = [q for q in frags if s <= q.open_mark and q.end <= e + 2]
            if not inside or (
                text[s : inside[0].open_mark].strip(" ,;:\u2014\u2013\n").lower() in _JOINERS
                and (e <= inside[-1].end + 2 or (a.content_start is None and (
                    _WORDS.search(text, inside[-1].end, e) is None or _WHOLE.match(text, inside[-1].end - 1))))
            ):
                continue  # the quotation is the whole clause, or opens one after "and"
            first = inside[0]
            last_end = inside[-1].end
            if a.cue.cls == "characterizing" and e > last_end:
                k = last_end
                while k < e and text[k] in _CLOSE_MARKS:
                    k += 1
                if text[last_end - 1] == "," or text[k : k + 1] == ",":
                    # "who called the inquiry a “witch hunt,” demanded ...": the label ends the claim
                    e = last_end
            e = max(e, last_end)
            if e == inside[-1].end and e < ue and text[e] in _CLOSE_MARKS and first.start > s:
                e += 1  # the clause ends with its quoted fragment: keep its closing mark
            if s >= first.start and e <= inside[-1].end and len(inside) == 1:
                continue  # nothing but the fragment: it stays as it is
            parts = [p for q in inside for p in q.parts]
            claim = merged[id(first)] = _Q(min(s, first.start), e, "partial", a, parts, min(s, first.open_mark),
                                           first.tail, False, first.note)
            frags_of[id(claim)] = inside
            dropped.update(id(q) for q in inside[1:])
        if not merged:
            return unit_quotes
        out = []
        for q in unit_quotes:
            if id(q) in merged:
                out.append(merged[id(q)])
            elif id(q) not in dropped:
                out.append(q)
        # a claim may now cover a quote of its own clause kept apart (an indirect one): keep the first;
        # a claim running back into another attribution's quote keeps its fragments, as they were
        # ("said she would like Lund to explain her plan but ... “no question”": nothing is lost)
        kept: list[_Q] = []
        for q in out:
            if kept and q.start < kept[-1].end:
                if q.kind == "partial" and kept[-1].kind == "indirect" and kept[-1].att is q.att:
                    kept[-1] = q
                else:
                    for f in frags_of.get(id(q), ()):
                        if f.start >= kept[-1].end:
                            if f.att is not None and text.endswith("to ", 0, f.att.cue.start):
                                # "said it would be wrong to call her a socialist and that she believes in
                                # “markets”": an infinitive's subject is not known here: nobody's
                                f = _Q(f.start, f.end, "scare", None, f.parts, f.open_mark, f.tail, False, _INFINITIVE)
                            kept.append(f)
                continue
            kept.append(q)
        return kept
