"""A reporting clause that interrupts the claim it reports: "The mayor, Jones said, has built a “kingdom.”"

``Interrupted`` is a mixin of :class:`~framing.features.quotes._attribution.Builder`.
An attribution set off by commas inside a clause ("X, S said, Y") reports the
whole clause, on both sides of it (the PARC and PolNeAR convention). Without
quotation marks :meth:`Assign._indirect
<framing.features.quotes._assign.Assign._indirect>` already joins both pieces;
this module does the same when the rest of the clause holds a quotation:

- :meth:`Interrupted._interrupting` gives a quotation with no attribution of
  its own to the attribution that interrupts its clause (before: a scare quote);
- :meth:`Interrupted._interrupted_claim` is the claim that
  :meth:`Claims._claims <framing.features.quotes._claims.Claims._claims>`
  makes of it: from the start of the clause to the end of its rest, the quoted
  fragments its parts. When the piece before the attribution is only an
  opening phrase ("In both cases, Lee said, the grants paid for “outreach”",
  "Two years ago, ...", "But, ..."), the claim is the rest alone.

Every look is bounded: the rest of the clause is read by
:meth:`Content._continuation <framing.features.quotes._content.Content._continuation>`
(at most ``_MAX_CLAUSE`` characters), the piece before by a 300-character window.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from framing.features.quotes._content import _adverbial_word
from framing.features.quotes._draft import _Q, _Att
from framing.features.quotes._marks import Region

# The longest piece of a clause read before an interrupting attribution (characters).
_MAX_BEFORE = 300

# A piece before the attribution that only opens the clause: a conjunction or an adverb alone
# ("But, Carson added, ...", "Nor, he said, ..."), or a time phrase ending in "ago".
_OPENING_ONLY = re.compile(
    r"(?:And|But|Nor|Yet|So|Still|Now|Then|Instead|Indeed|Moreover|However|Meanwhile|Also|Rather|Otherwise)"
    r"|(?:[\w-]+\s+){1,3}ago",
)
# Prepositions opening a clause that ``FACTS`` does not mark ("Over the years, she said, ...").
_OPENING_PREP = re.compile(
    r"(?:Over|Under|Among|Amid|Like|Unlike|Across|Throughout|Despite|Within|Without|During|Since|Until|Through"
    r"|After|Before|Beyond|Against|Behind|Inside|Outside|Around|Along|Following|Besides|Apart)\s"
)
# A spoken quotation mark between an attribution and its quotation: ", quote,", ", and I quote,".
QUOTE_MARKER = re.compile(r"\s*,?\s*(?:and\s+)?(?:I\s+)?quote\s*[,:]?\s*")
# A cue inside a relative clause set off by commas (", who has announced"): an aside about the speaker.
RELATIVE_CUE = re.compile(r",\s+(?:who|which)\s+(?:\w+\s+){0,2}$")
# What cannot open the rest of an interrupted clause: a relative clause about the recipient ("told
# NBC News, which also obtained ...", "told his conference, most of whom were ..."), a contrast of
# the journalist's (", even as ...", ", hours after ...", ", rightly"), a participle phrase of the
# journalist's (", flatly contradicting ...", ", without providing ..."), or a participle after
# "according to X" (", known as").
_NOT_REST = re.compile(
    r"(?:which|who|whom|whose|where|(?:most|some|many|all|none|one|each|both|several)\s+of\s+(?:whom|which)"
    r"|even\s+(?:as|though|if|while|when)|[a-z]+ly\s+[a-z]+ing|without\s+[a-z]+ing|[a-z]+ly[.!?]?$"
    r"|(?:hours|days|weeks|months|years|minutes|moments|shortly|soon|just|right)\s+(?:after|before))\b"
)
_PARTICIPLE = re.compile(r"(?:[a-z]+ed|known|called|named|dubbed|titled|entitled|led|run|seen|written)\b")
# A speaker phrase that is an opening phrase read as one ("Based on incoming calls"): a participle
# or a preposition first.
_NOT_SPEAKER_START = re.compile(
    r"(?:[A-Z][a-z]+(?:ed|ing)|According|Given|In|On|At|For|From|With|By|Of|To|As|After|Before|Despite)\b"
)
# A capitalised word before a Roman "I" ("Article I", "Title I"): a numbered name, not the pronoun.
_NUMBERED = re.compile(r"[A-Z][a-z]+\s$")
# A piece ending with a word that links the rest to the journalist's clause ("was fired, because,",
# "sent to a center where,", "decrying the amendment that,"): the claim is the rest.
_LINK_END = re.compile(r"(?:^|\s)(?:because|since|where|when|while|although|though|unless|if|that)$")
# A preposition right before the speaker phrase ("In an equally subversive tweet, Obama ..."): the
# phrase is its object, and the "cue" a noun.
_PREP_BEFORE = re.compile(r"(?:^|\s)(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ww]ith|[Ff]or|[Ff]rom|[Oo]f)\s+$")
# "that" opening the rest, maybe after a short adverbial (", without evidence, that"): the cue's content.
_THAT_AFTER = re.compile(r"(?:[^,;\u201c\"]{0,40},\s+)?(that)\s")
# An appositive opening the rest, on the recipient or the speaker ("told WPLG, a Miami TV station,
# she had heard ..."): the rest starts after it.
_APPOSITIVE_REST = re.compile(r"an?\s[^,;\u201c\"]{1,40},\s+")
# A subordinator right before the attribution: it is inside a subordinate clause ("Before he could respond,").
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:[Bb]efore|[Aa]fter|[Ww]hen|[Ww]hile|[Ii]f|[Uu]ntil|[Aa]s|[Bb]ecause|[Ss]ince|[Oo]nce|[Uu]nless|[Tt]hough)\s+$"
)
# The auxiliary before a cue in "-ing" that makes it a reporting clause ("the Pentagon is stressing,").
_AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+$")
# Where the rest of a clause ends besides its sentence: a colon ("replied, simply: “No.”"), a dash
# ("and according to him, he does\u2014it's because ..."), a contrast of the journalist's own
# (", though she didn't discuss ..."), or a quotation ending a sentence the splitter kept
# ("even worse.”And Floyd Williams ...").
_REST_END = re.compile(
    r":|\u2014|--|,[\u201d\u2019\"']?\s+(?:though|although|whereas|but)\s|(?<=[.!?][\u201d\"])(?=[A-Z])"
)
# Where the piece before the attribution starts at the latest: after a dash (an em dash with or
# without spaces), a semicolon, a colon, a comma and a conjunction ("There's more to it, but the
# point, they say, is ...") or a quotation ending a sentence the splitter kept ("down.'\"The reality").
_PIECE_BREAK = re.compile(
    r".*(?:\s\u2013\s|\u2014|\s--\s|[;:]|,[\u201d\"]?\s+(?:but|and)\s|[.!?][\u201d\"\u2019']+(?=[A-Z\u201c\"]))", re.S
)


class Interrupted:
    """The interrupted-clause steps of ``Builder`` (a mixin: see the module docstring)."""

    text: str
    _continuation: Callable[..., tuple[int, int] | None]
    _unattributed: Callable[[int, int, Region], tuple[str, bool, str]]

    def _may_interrupt(self, a: _Att, ue: int) -> bool:
        """The cheap necessary condition, checked first: `a` ends its piece of a clause and a comma
        follows it ("X, S said, ...")."""
        if not a.final or a.content_start is not None or (not a.before and a.cue.lemma != "according to") or (
            a.cue.cls == "evidential"  # "as he hosted a reality television show, no one ...": a noun
        ):
            return False
        text = self.text
        if _SUBORDINATOR_BEFORE.search(text, max(0, a.first - 12), a.first):
            return False  # "Before he could respond, the pastor answered ...": the main clause is not reported
        p = a.last
        while p < ue and p < a.last + 8 and text[p] in " \t\u00a0":
            p += 1
        return text[p : p + 1] == ","

    def _rest_of(self, a: _Att, ue: int, later: list[_Att], left: int) -> tuple[int, int] | None:
        """The rest of the clause `a` interrupts, quotations included; None unless `a` is an
        attribution of speech that ends its piece of the clause ("X, S said, ...")."""
        if not self._may_interrupt(a, ue):
            return None
        text = self.text
        if RELATIVE_CUE.search(text, max(left, a.cue.start - 24), a.cue.start):
            return None  # "The writer, who has reported from Bosnia, took ...": an aside about the speaker
        if a.before and (
            _NOT_SPEAKER_START.match(text, a.sp[0], a.sp[1])
            or (text[a.sp[0] : a.sp[1]] == "I" and _NUMBERED.search(text, max(0, a.sp[0] - 12), a.sp[0]))
            or _PREP_BEFORE.search(text, max(0, a.sp[0] - 6), a.sp[0])
        ):
            # "Based on incoming calls, impeachment is ...", "This, Article I continues, is ...": no speaker
            return None
        if a.cue.text.endswith("ing") and not _AUXILIARY_BEFORE.search(text, max(0, a.cue.start - 8), a.cue.start):
            return None  # "The ideals of truth telling, accountability, ...": a participle, no reporting clause
        rest = self._continuation(a, ue, later, [], left)  # (no quotation stops it: it holds them)
        if rest is None or _NOT_REST.match(text, rest[0], rest[1]) or (
            a.cue.lemma == "according to" and _PARTICIPLE.match(text, rest[0])
        ):
            return None
        m = _REST_END.search(text, rest[0], rest[1])
        if m is not None:
            rest = (rest[0], m.start())
        m = _APPOSITIVE_REST.match(text, rest[0], rest[1])
        return rest if m is None else (m.end(), rest[1])  # "told WPLG, a Miami TV station, she had ..."

    def _interrupting(self, atts: list[_Att], j: int, r: Region, out: list[_Q], left: int, ue: int) -> _Att | None:
        """The attribution before quotation `r` (``atts[j]``) when it interrupts the
        clause that holds `r` ("Trump, Sexton said, has created a “zone.”"), else None.
        `out` are the unit's quotes so far; `left` is where the clause before the attribution starts."""
        if j < 0:
            return None
        a = atts[j]
        if not self._may_interrupt(a, ue) or (out and out[-1].kind == "direct" and out[-1].att is a):
            return None  # ("“A,” they insist, because ...": a direct quotation is no piece of a clause)
        if j + 1 < len(atts) and atts[j + 1].cue.start < r.open:
            return None  # "Supposedly, Politico tells us, leakers say Obama has a “high single digit” edge"
        left = self._piece_start(a, left)
        rest = self._rest_of(a, ue, atts[j + 1 : j + 3], left)
        if rest is None or not rest[0] <= r.open < rest[1]:
            return None
        if a.cue.lemma == "according to" and "," in self.text[rest[0] : r.open]:
            return None  # "According to Goitein, co-director of the program, “...”": an appositive first
        return a

    def _opening_post(
        self, post: _Att | None, cue_starts: list[int], lead: int, r: Region, later: list[_Att], ue: int
    ) -> tuple[_Att | None, bool, bool]:
        """``(post, opening, head_free)``: the attribution `post` after quotation `r` unless `r` is
        in a phrase opening its sentence (then None, and `opening` is True); `head_free` when no
        cue stands in that phrase ("After initially saying he had “...,” the president ...")."""
        head_free = bisect.bisect_left(cue_starts, r.open) == bisect.bisect_left(cue_starts, lead)
        opening = post is not None and head_free and self._in_opening_phrase(lead, r, post, later, ue)
        return (None if opening else post), opening, head_free

    def _frame_of(
        self, atts: list[_Att], j: int, k: int, r: Region, out: list[_Q], bounds: tuple[int, int, int],
        opening: bool, head_free: bool, embedding: Callable[[list[_Att], int, int, Region], _Att | None],
    ) -> tuple[_Att | None, bool]:
        """``(attribution, opening)`` of quotation `r` with none right before or after it: the
        attribution that interrupts its clause, else the one whose speech embeds it (`embedding`),
        unless `r` is in a phrase opening its sentence ("In an interview with ABC’s “This Week”
        aired Sunday, he said ..."). `bounds` are the unit's lead, the end of the last quotation
        and the unit's end."""
        lead, prev_end, ue = bounds
        if opening:
            return None, True
        att = self._interrupting(atts, j, r, out, max(lead, prev_end), ue) or embedding(atts, j, k, r)
        if att is not None and att.first > r.close and head_free and self._in_opening_phrase(
            lead, r, att, atts[k + 1 : k + 3], ue
        ):
            return None, True
        return att, False

    def _unattributed_or_scare(self, prev_end: int, ue: int, r: Region, opening: bool) -> tuple[str, bool, str]:
        """``_unattributed``, but a quotation in a phrase opening its sentence is a scare quote."""
        kind, standalone, note = self._unattributed(prev_end, ue, r)
        if opening and kind == "direct":
            return "scare", False, "a quotation in a phrase opening the sentence"
        return kind, standalone, note

    def _rest_only(self, a: _Att, s: int, e: int, lead: int, opens: list[int]) -> bool:
        """Is the indirect quote of `a`, whose piece before it is ``text[s:e]``, only the rest of
        the clause after it? After an opening word alone ("Still, he said, officials ..."), or
        when a quotation in an opening phrase is no part of it ("On “Face the Nation,” he said,
        the talks ...")."""
        if e <= s and self.text[lead - 2 : lead] == ", ":
            return True
        k = bisect.bisect_left(opens, s)
        return a.before and not a.cue.text.endswith("ing") and k < len(opens) and opens[k] < e and (
            _SUBORDINATOR_BEFORE.search(self.text, max(0, a.first - 12), a.first) is None
        )

    def _in_opening_phrase(self, lead: int, r: Region, post: _Att, later: list[_Att], ue: int) -> bool:
        """Is quotation `r` inside a phrase opening its sentence at `lead` ("To a question on the
        “privatization” of jobs,", "On “Face the Nation,”"), before an attribution `post` that
        reports a clause of its own ("Sanders said private contractors cost more", "X said,
        the ...")? The quotation is then not the speaker's."""
        text = self.text
        if r.open - lead > 120:
            return False
        head = text[lead : r.open]
        if "," in head or ":" in head or not (_OPENING_PREP.match(head) is not None or _adverbial_word(head)):
            return False
        if post.cue.cls == "evidential" or "," not in text[r.close - 1 : post.first]:
            return False  # the phrase ends with a comma before the attribution ("Despite the “...” times X says")
        if post.content_start is not None:
            return post.content_start >= post.cue.end
        return self._rest_of(post, ue, later, lead) is not None

    def _piece_start(self, a: _Att, left: int) -> int:
        """Where the piece of the clause before `a` starts, from `left` on (a bounded look)."""
        text = self.text
        s = max(left, a.first - _MAX_BEFORE)
        m = _PIECE_BREAK.match(text, s, a.first)
        if m is not None:
            s = m.end()
        while s < a.first and text[s] in " \t\n,;:\u2014\u2013":
            s += 1
        return s

    def _interrupted_claim(
        self, a: _Att, later: list[_Att], left: int, ue: int, first_open: int, last_open: int
    ) -> tuple[int, int] | None:
        """``(start, end)`` of the claim of attribution `a` interrupting its clause, whose
        quoted fragments open from `first_open` to `last_open` (on either side of it); None
        unless `a` interrupts a clause and the fragments after it are in its rest (an
        attribution "according to X" only when one is: "..., according to X, a lawyer" is an
        appositive). `left` is where the clause may start at the earliest (after the unit's
        lead, an earlier quotation or attribution)."""
        if last_open < a.first and not a.before:
            return None
        if not self._may_interrupt(a, ue):
            return None
        s = self._piece_start(a, left)
        if first_open < s:
            return None  # a fragment before the piece ("“assimilation,” and has, critics say, ...")
        rest = self._rest_of(a, ue, later, s)
        if rest is None or (last_open > a.first and not rest[0] <= last_open < rest[1]):
            return None
        text = self.text
        if a.cue.lemma == "according to" and first_open > a.first and "," in text[rest[0] : first_open]:
            return None  # "According to X, co-director of the program, “...”": an appositive first
        before = text[s : a.first].rstrip(" ,\u2014\u2013(")
        if first_open >= a.last and (
            not before or _OPENING_ONLY.fullmatch(before) or _OPENING_PREP.match(before)
            or (_adverbial_word(before) and not (" " in before and before.split(None, 1)[0].endswith("ly")))
            or _LINK_END.search(before, max(0, len(before) - 12))
        ):
            # "In both cases, Lee said, the grants ...", "He was fired, because, police said, he ...": the rest
            s = rest[0]
        m = _THAT_AFTER.match(text, rest[0], rest[1])
        if m is not None and first_open >= a.last:
            s = m.start(1)  # "X and officials have claimed, without evidence, that “...”": the clause after "that"
        return s, rest[1]
