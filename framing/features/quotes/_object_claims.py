"""The object of a cue as its claim: "X dismissed the whole affair as “absurd.”".

A cue whose content is a noun phrase rather than a clause ("dismissed",
"called for", "noted", "promised", "proposed") reports its object: "The
mayor dismissed the whole affair as “absurd”", "She called for more
“flexibility” in the schools". A quoted fragment inside that object is the
source's wording, and the object around it is the claim (PARC's and
PolNeAR's content). :func:`object_claim` gives the claim's extent for
:class:`~framing.features.quotes._claims.Claims`: from right after the
attribution (its cue, recipient and adverbials; after "that" when the words
before the fragment hold one) to the end of the object.

The object is read only where it plainly runs from the cue to the fragment:
not across a colon, a semicolon, a dash, a bar, a sentence break, ", but", a
lone comma ("hailed the news in parliament, to cheers of “Hear, hear!”": the
cheers are not hers; a pair of commas around an aside is fine), a subordinate
word ("told Al Jazeera without elaborating on the “centre”"), nor after "to"
or "with" ("continue to call it", "responded with"); nor to a quotation that
is a whole sentence of its own ("said to him “You were just on TV”"). It ends
at the clause's end, at a comma after the first fragment ("dismissed him as
an “aging actor,” Buckley replied"), at "and" after a fragment's closing mark
before a new subject ("declared it an “amazing day” and thousands cheered"),
at "and" before a verb in the past ("... and moved on"), and, in a sentence
that opens with a subordinate clause ("When ...", "After ..."), at the first
comma after the fragment. Every look is bounded (``_MAX_GAP`` before the
fragment, the clause after it).
"""

from __future__ import annotations

import re

from framing.features.quotes._content import _clause_end
from framing.features.quotes._draft import _Att
from framing.features.quotes._words import IRREGULAR_PAST, SUBORDINATORS, TOPIC_CUES

_MAX_GAP = 160  # characters between the attribution and the first fragment
# cues whose noun-phrase object is no speech ("added the words “deeply concerned” to the statement"); and
# the topic cues, whose object names what was spoken about, where a quotation is more often another's
# label ("expressed doubts about X given his denunciation of Y as a “phony”", "“day of rage” protests")
_NO_OBJECT_CLAIM = frozenset(("according to", "add")) | TOPIC_CUES
# what ends the object before the fragment: a clause or sentence break (not the point of an initial or
# a short abbreviation: "Ben S. Bernanke", "Sen. Lee", "Gov. Ortiz"), a subordinate clause ("called out
# the president after Obama referenced ... “VFW halls”": the fragment is the clause's)
_BREAK = re.compile(
    r"[;:|\n?!]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])\.\s|\.[A-Z]|\s[\u2014\u2013]\s|\s--\s|\u2014|\s-\s"
    r"|,\s+but\s|\s(?:after|before|when|while|because|since|although|though|whereas|until|unless)\s")
# words that open no object: a subordinate phrase or an infinitive after the cue
_NOT_OBJECT = re.compile(
    r"(?:to|with|without|before|after|while|when|as|because|if|although|though|whereas|since|until|by)\s")
_THAT = re.compile(r"(?:^|\s)that\s")
_DETERMINER = re.compile(r"(?:a|an|the|his|her|their|its|our|my|your|this|these|those|some|any|every)\s")
# a verb after "that": a relative clause ("a state that is", "the feature that allows"), not a
# complementizer ("promised the IRS that any effort ...", "wrote the day it came out that “...”")
_RELATIVE_NEXT = re.compile(
    r"(?:is|was|are|were|has|have|had|will|would|can|could|may|might|should|must|(?!(?:its|his|this|us)\b)[a-z]+(?:s|ed))\b")
_AND = re.compile(r"\s(?:and|but|or)\s")
# a sentence opening with a subordinate clause ("When Vidal dismissed ..., Buckley ...")
_SUBORDINATE_WORDS = (*SUBORDINATORS, "Whereas", "As")
_SUBORDINATE = re.compile(r"[\s\"\u201c]*(?:" + "|".join(_SUBORDINATE_WORDS) + r")\s")
# the first characters _SUBORDINATE may match (or a space)
_SUBORDINATE_FIRST = frozenset("\"\u201c" + "".join(w[0] for w in _SUBORDINATE_WORDS))
_CLOSE = re.compile("[\u201d\u2019\"']")
# what ends the claim after its first fragment: a comma at the fragment's end, a new clause or the
# journalist's guess after a comma ("..., and some of his fans ...", "..., apparently in hopes that"),
# "and" after a closing mark ("declared it an “amazing day” and
# thousands cheered", "... and disparagingly calls him")
_FRAGMENT_COMMA = re.compile("(?:,[\u201d\u2019\"']|[\u201d\u2019\"'],)")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|although|though|whereas|apparently|presumably|perhaps|probably)\s")
_CLOSE_AND = re.compile("[\u201d\u2019\"'] and\\s")
# "and" or "but" before a verb in the past: the subject's next act ends the object ("... and moved on")
_NEXT_VERB = re.compile(r",?\s+(?:and|but)\s+(?:then\s+)?([a-z]+)\b")
_SAID = frozenset("said says told adds wrote calls notes argues insists".split())


def _past(word: str) -> bool:
    return word.endswith("ed") or word in IRREGULAR_PAST or word in _SAID


def object_claim(
    text: str, a: _Att, later: list[_Att], open_mark: int, lead: int, ue: int
) -> tuple[int, int] | None:
    """The extent of the claim an object cue `a` reports, its first quoted fragment opening at
    `open_mark` (inside the unit from `lead` to `ue`), or None when the fragment is not in its
    object. `later` are the attributions after `a` in the unit (a claim stops before them).

    Examples
    --------
    >>> from framing import find_quotes
    >>> [(q.kind, q.text, q.speaker) for q in find_quotes(
    ...     "The mayor dismissed the whole affair as “absurd” on Monday.")]
    [('partial', 'the whole affair as “absurd” on Monday', 'The mayor')]
    """
    s = a.last
    if a.content_start is not None or a.cue.lemma in _NO_OBJECT_CLAIM or not s < open_mark <= s + _MAX_GAP:
        return None
    if text[s : s + 1] != " " or text[s + 1 : s + 2] in ",.;:)":
        return None  # "X said, ...", "(X said)": not an object after the cue
    gap = text[s + 1 : open_mark]
    if (
        _NOT_OBJECT.match(gap) or gap.count(",") % 2 or gap.rstrip().endswith((",", "so-called", "so called"))
        or _BREAK.search(gap) is not None
    ):
        return None  # "continue to call it", "told X without ...", "hailed the news in parliament, to ...",
        # "countering his message of so-called “middle-class economics”" (a scare quote)
    words = _CLOSE.split(text[open_mark + 1 : open_mark + 60], 1)[0].split(None, 6)  # (the fragment's words)
    if words and words[0][:1].isupper() and (len(words) > 5 or _WORK_BEFORE.search(gap) is not None):
        return None  # "said to him “You were just on TV”": a whole quotation; "wrote the book “Gunfight”": a title
    start = s + 1
    m = None
    for m in _THAT.finditer(gap):
        pass
    if m is not None:
        if _AND.search(gap, 0, m.start()) is not None:
            return None  # "calls for some soul-searching and suggests that ...": the clause is another cue's
        if _DETERMINER.match(gap) is None or _RELATIVE_NEXT.match(gap, m.end()) is None:
            # (not "spoke of a state that is “...”": a relative "that" after a noun phrase)
            start += m.end()  # "said in an interview with Fox & Friends that ...": the clause after "that"
    e = _clause_end(text, start, ue, later, [])
    for b in later:
        if start < b.first < e:
            e = b.first
            break
    if e <= open_mark:
        return None
    for rx in (_FRAGMENT_COMMA, _NEW_CLAUSE, _CLOSE_AND):
        # (the claim keeps the fragment's closing mark: Claims adds it back)
        m = rx.search(text, open_mark + 1, e)
        if m is not None:
            e = m.start()
    e = subordinate_end(text, lead, a.first, open_mark, e)
    for m in _NEXT_VERB.finditer(text, open_mark, e):  # (a match past the last fragment ends the claim)
        if _past(m.group(1)):
            e = m.start()
            break
    return (start, e) if e > open_mark else None


def subordinate_end(text: str, lead: int, first: int, open_mark: int, e: int) -> int:
    """`e`, or the first comma after the fragment opening at `open_mark` when the unit starting at
    `lead` opens with a subordinate clause holding the attribution at `first` ("After a Republican
    bragged about cramming ‘Dem garbage’ into districts, a campaign ...", "When Lund said she would
    “rebuild every bridge,” the crowd cheered": the main clause is not the claim)."""
    ch = text[lead : lead + 1]
    if (ch in _SUBORDINATE_FIRST or ch.isspace()) and _SUBORDINATE.match(text, lead, first) is not None and (
        k := text.find(",", open_mark, e)
    ) > 0:
        return k
    return e


# A work named before its title: "wrote the 2011 book “Gunfight”", "his Atlantic article “The Case for ...”".
_WORK_BEFORE = re.compile(
    r"\b(?:book|article|film|movie|show|series|documentary|album|song|op-ed|column|essay|memoir|novel|play"
    r"|programme|program|podcast|headline|titled|entitled)\s*,?\s*$", re.IGNORECASE)


def named_work(text: str, open_mark: int, end: int) -> bool:
    """Is the quotation opening at `open_mark`, its words ending at `end`, the title of a work
    named right before it ("the 2011 book “Gunfight”")? Its words are capitalised (small
    function words aside) and a work's noun stands within 30 characters before it.

    >>> t = "Winkler, who wrote the 2011 book “Gunfight,” spoke."
    >>> named_work(t, t.index("“"), t.index("”"))
    True
    >>> t = "She called the 2011 book “a total failure.”"
    >>> named_work(t, t.index("“"), t.index("”"))
    False
    """
    if not text[open_mark + 1 : open_mark + 2].isupper() or _WORK_BEFORE.search(
        text, max(0, open_mark - 30), open_mark
    ) is None:
        return False  # (the cheap tests first: most quotations are no title)
    words = text[open_mark + 1 : end].rstrip(".,!?").split()
    return 1 <= len(words) <= 10 and all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 for w in words)


# Cue classes whose content opening with a quotation is a noun-phrase object ("rails against “endless
# campaigns”", "praised “the quiet heroes”"), not a clause ("said “the economy” is fine").
_OBJECT_CLASSES = frozenset(("critical", "characterizing", "directive", "denial", "emphatic"))


def quoted_object_end(text: str, s: int, e: int) -> int:
    """`e`, or where a comma at the end of a fragment or a new clause after a comma ends the object
    starting at `s` with its quotation ("rails against “endless campaigns” in politics, but her office
    is waging one", "railed against the “new calls,” taking a shot at ...")."""
    for rx in (_FRAGMENT_COMMA, _NEW_CLAUSE):  # (the fragment's comma: "rails against “X,” taking a shot at ...")
        m = rx.search(text, s + 1, e)
        if m is not None:
            e = m.start()
    return e
