"""Content read through the asides of :mod:`framing.features.quotes._asides` (issue 14, real news).

Where the content of a cue inside a relative clause set off by commas,
brackets or dashes ends (:func:`relative_end`: "Maria Velez, who said the
river was poisoned, described ..."), and "that" after an aside between a cue
and its clause (:func:`that_after_aside`: "told ABC’s “Good Morning America”
that", "told POLITICO, however, that"), read by :class:`AsideContent`, a
mixin of :class:`~framing.features.quotes._attribution.Builder` around
:meth:`Content._after <framing.features.quotes._content.Content._after>`.
Every look is bounded (:data:`_RELATIVE_REACH`, 170 characters for "that").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from framing.features.quotes._asides import _QUOTED, _TITLE_IN_ASIDE, _WHO_BEFORE_CUE
from framing.features.quotes._content import _PHRASE_BEFORE_THAT, _TELL, Content, _skip_space
from framing.features.quotes._cues import Cue
from framing.features.quotes._tokens import FACTS
from framing.features.quotes._words import letter_first

# The words that may follow the comma closing such a relative clause and open the main verb
# phrase: a finite verb (a past or present form), after at most one adverb.
_MAIN_VERB = re.compile(
    r",\s+(?:(?:also|then|later|now|still|never|again|quickly|[a-z]{3,}ly)\s+)?"
    r"(?:is|was|were|are|has|had|have|will|would|could|can|did|does|do|made|told|said|says|left|took|gave|went"
    r"|came|sent|wrote|spoke|met|ran|held|won|lost|put|set|cut|let|saw|kept|began|brought|became"
    r"|(?!(?:red|bed|need|feed|seed|speed|breed|creed|greed|shed|sled|bled)\b)[a-z]{2,}ed"
    r"|(?!(?:his|its|this|thus|yes|plus|less|unless|across|perhaps|always|news|those|these|various|whereas|us)\b)"
    r"[a-z]{2,}s)\b"
)

# A present perfect in such a clause: "who has announced she will retire" tells what the speaker
# has done, an aside (our annotated sets keep it out); "who said", "who had said" report a statement.
_PERFECT = re.compile(r"\b(?:has|have)\s")

# How far a relative clause's reported content is read for the mark that closes it (characters).
_RELATIVE_REACH = 400


def relative_end(text: str, cue_start: int, content_start: int, ue: int) -> int:
    """Where the content of a cue inside a relative clause set off by commas,
    brackets or dashes ends: at the closing bracket or dash, or at the comma
    before the main clause's verb ("Maria Velez, who said the factory poisoned
    the river, described the damage"); -1 when the cue is not in such a clause,
    is in the present perfect ("who has announced", an aside about the speaker)
    or the closing mark is not within :data:`_RELATIVE_REACH` characters."""
    if text.find("who", max(0, cue_start - 32), cue_start) < 0:
        return -1
    m = _WHO_BEFORE_CUE.search(text, max(0, cue_start - 40), cue_start)
    if m is None or (m.group(1) == "," and _PERFECT.search(m.group()) is not None):
        return -1  # "The senator, who has announced she will retire, said ...": the speaker's background
    hi = min(ue, content_start + _RELATIVE_REACH)
    mark = m.group(1).strip()
    if mark == "(":
        k = text.find(")", content_start, hi)
    elif mark != ",":
        k = text.find(" " + mark if mark in ("-", "--") else mark, content_start, hi)
    else:
        k = -1
        for v in _MAIN_VERB.finditer(text, content_start, hi):
            if text.count(",", content_start, v.start()) % 2:
                continue  # "said the budget, which passed in May, was balanced", "noted that X, the author of Y,
                # did not": the comma closes an aside inside the content
            k = v.start()
            break
    while k > content_start and text[k - 1].isspace():
        k -= 1
    return k


# "that" after an aside that follows a cue and its recipient or adverbials ("told a town hall in
# Salem, New Hampshire on Monday that", "told ABC’s “Good Morning America” that", "said — on
# Twitter, as it happens — that", "told POLITICO, however, that"): the aside, then a comma or a
# dash right before "that".
_THAT_AFTER_ASIDE = re.compile(
    r"(?P<aside>[^.;:!?\n]{1,150}?)(?P<sep>,|\s[\u2014\u2013]|\s--)?\s+that\s+(?!(?:is|was|has|had|will|would|can|could|does|did|gives|makes|means|seems|[a-z]+ed)\b|'s\b|’s\b)(?=[\w\"\u201c])"
)

# A verb of refusal before the cue ("refuse to concede", "declined to say"): \b(?:refus\w*|...) (see
# letter_first: the same matches, found faster).
_REFUSE_BEFORE = re.compile(
    "(?:" + letter_first([r"refus\w*", r"declin\w*", "reluctant", "unwilling"]) + r")\s+to\s+\w+\s*$"
)

# "As I have said", "as he wrote": a frame before the clause it reports; "To say this is ...,
# that ...": an infinitive, no one speaks. (Not written letter-first: "a" and "t" are so common that
# it was slower.)
_AS_FRAME = re.compile(r"\b[Aa]s\s+\w+(?:\s+(?:have|has|had|also|once|often))?\s+$|\b[Tt]o\s+$")

# What makes the words before "that" an aside the other rules do not read past.
_ASIDE_MARK = re.compile("[,\u2014\u2013\"\u201c]|--")

# An aside opened by a comma or a dash right after the cue is an adverbial: "told POLITICO,
# however, that", "said — on Twitter, as it happens — that", "testified, for example, that".
_MARK_FIRST = frozenset(",\u2014\u2013-")
_ADVERBIAL_ASIDE = re.compile(
    r"(?:,|\s*[\u2014\u2013]|\s*--?)\s*(?:however|for|in|on|at|with|without|while|when|during|after|before|since"
    r"|through|via|as|again|once|also|though|then|later|earlier|last|this|[a-z]{3,}ly)\b"
)

# Without a comma or a dash before "that", the aside must end with a title or a time ("in Salem,
# New Hampshire on Monday that"; not "in Boston, a city that voted").
_ASIDE_END = re.compile(
    r"(?:[\"\u201d]|\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month"
    r"|year|night|morning|afternoon|evening|earlier|later|ago))\s*$"
)

# What such an aside may not hold: another cue, another "that", a clause of its own (a subject
# pronoun: "told me I didn’t have to, that ..."; an infinitive: "I tell you to put a cover sheet on
# it, that gives you ..."), a participle after a comma (", noting that": a cue of its own).
_NOT_IN_ASIDE = re.compile(
    r"\b(?:said|says|say|told|tells|claimed|argued|wrote|added|noted|that|and|but|because|who|whom|which|I|he|she"
    r"|we|they|you)\b|,\s+[a-z]+ing\b"
    r"|\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|my\b|our\b)[a-z]+\b"
)


def that_after_aside(text: str, p: int, ue: int) -> int:
    """Where the content starts when an aside, holding a comma, a dash or a
    title in quotation marks, separates a cue (ending at `p`) from "that"
    and its clause; -1 when no such "that" follows within 150 characters. An
    aside that a comma or a dash opens must be an adverbial (", however,",
    "— on Twitter, as it happens —")."""
    if text.find("that", p, min(ue, p + 170)) < 0:
        return -1
    if _REFUSE_BEFORE.search(text, max(0, p - 40), p) is not None:
        return -1  # "We should refuse to concede, then, that ...": no one concedes
    m = _THAT_AFTER_ASIDE.match(text, p, min(ue, p + 170))
    if m is None:
        return -1
    if text[p : p + 1] in _MARK_FIRST and _ADVERBIAL_ASIDE.match(text, p) is None:
        return -1  # "The editorial, sources said, nailed the narrative ... — that": the clause goes on
    aside = m.group("aside")
    if _NOT_IN_ASIDE.search(aside) is not None or (m.group("sep") is None and (
        _ASIDE_MARK.search(aside) is None or _ASIDE_END.search(aside) is None
    )):
        return -1
    if _QUOTED.search(aside) is not None:
        aside = _TITLE_IN_ASIDE.sub(" of TITLE", aside)
        if _QUOTED.search(aside) is not None:
            return -1
    return m.end()


# Cue classes whose content is no reported clause ("endorsed Clinton", "a poll shows"): no "that"
# after an aside is read for them.
_NO_THAT_CLASSES = frozenset(("evidential", "stance", "impression"))


_content_after = Content._after


class AsideContent:
    """The reading of "that" after an aside (:func:`that_after_aside`) around
    :meth:`Content._after <framing.features.quotes._content.Content._after>`:
    a mixin of :class:`~framing.features.quotes._attribution.Builder`, before
    ``Content`` in its bases. It calls ``Content._after`` itself (not through
    ``super()``): most cues have no "that" in reach and cost one ``str.find``."""

    text: str

    def _after(self, ue: int, c: Cue, p: int, before: bool) -> tuple[int, int | None, bool]:
        text = self.text
        if not before or c.cls in _NO_THAT_CLASSES or text.find("that", p, min(ue, p + 200)) < 0:
            return _content_after(self, ue, c, p, before)  # (most cues: one str.find, and no super() call)
        ahead = not (
            _REFUSE_BEFORE.search(text, max(0, c.start - 32), c.end) is not None
            or _AS_FRAME.search(text, max(0, c.start - 24), c.start) is not None
        )  # ("refused to tell X, as Y did, that"; "As I have said before, that decision was ...")
        if ahead and c.lemma in _TELL and (k := that_after_aside(text, p, ue)) > 0:
            return p, k, False  # "told ABC’s “Good Morning America” that", "told a crowd in Salem, N.H., that"
        end, content, final = _content_after(self, ue, c, p, before)
        if not ahead:
            return end, content, final
        q = _skip_space(text, end, ue)
        if (content is None or content == q) and q < ue:
            first = text[q : q + 30].split(None, 1)[0]
            if (first[:1] in _MARK_FIRST or FACTS[first].key in _PHRASE_BEFORE_THAT) and (
                k := that_after_aside(text, q, ue)
            ) > 0:
                # "said Thursday during a taping in Buffalo, New York, that", "told POLITICO, however,
                # that", "said — on Twitter, as it happens — that"
                return end, k, False
        return end, content, final


# A preposition (and a possessive) before a quotation: a title ("an appearance on “America Talks
# Live,” Klayman ... said", "the author of “Going Viral,”"), not speech the attribution after it reports.
_PREP_BEFORE = re.compile(r"\b(?:on|of|in|for|from|with|about)\s+(?:[A-Z][\w.&]*[’']s\s+)?$")


def aside_title(text: str, att: Any, r: Any, is_title: Callable[[str, Any], bool]) -> bool:
    """Is the quotation `r` beside an attribution `att` no speech of it: a
    quotation between the cue and its content ("said on ABC's ''This Week''
    on Sunday that ..."), or a title (`is_title`) after a preposition right
    before its sentence's attribution ("During an appearance on “America
    Talks Live,” Klayman — a former ... — said")?"""
    r_open, r_close = r.open, r.close
    if att.first < r_open and att.cue.end < r_open and att.content_start is not None and r_close < att.content_start:
        return True
    return (
        r_close < att.first < r_close + 8 and not text[r_close + 1 : att.first].strip(" ,") and is_title(text, r)
        and _PREP_BEFORE.search(text, max(0, r_open - 24), r_open) is not None
    )
