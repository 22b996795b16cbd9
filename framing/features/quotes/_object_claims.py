"""The object of a cue as its claim: "X dismissed the whole affair as “absurd.”".

A cue whose content is a noun phrase rather than a clause ("dismissed",
"called for", "accused X of", "noted", "pledged", "proposed") reports its
object: "The mayor dismissed the whole affair as “absurd”", "She called for
more “flexibility” in the schools", "He accused the board of trying to
“bury” the report". A quoted fragment inside that object is the source's
wording, and the object around it is the claim (PARC's and PolNeAR's
content). :func:`object_claim` gives the claim's extent for
:class:`~framing.features.quotes._claims.Claims`: from right after the
attribution (its cue, recipient and adverbials) to the end of the clause,
when the fragment follows within one clause. A fragment after a colon, a
semicolon, a dash or a line break, or more than ``_MAX_GAP`` characters on,
is not read as part of the object (its quotation keeps its own extent).
"""

from __future__ import annotations

import re

from framing.features.quotes._content import _clause_end
from framing.features.quotes._draft import _Att
from framing.features.quotes._words import IRREGULAR_PAST

_MAX_GAP = 160  # characters between the attribution and the first fragment
# cues whose noun-phrase object is no speech ("added the words “deeply concerned” to the statement")
_NO_OBJECT_CLAIM = frozenset(("according to", "add"))
# what ends the object before the fragment: a clause or sentence break
_BREAK = re.compile(r"[;:|\n?!]|\.\s|\.[A-Z]|\s[\u2014\u2013]\s|\s--\s|\u2014|\s-\s|,\s+but\s")
# what ends the claim after its first fragment: a new clause after a comma ("..., and some of his fans ...")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|although|though|whereas)\s")
_CLOSE = re.compile("[\u201d\u2019\"']")
# "and" or "but" before a verb in the past: the subject's next act ends the object ("... and moved on")
_NEXT_VERB = re.compile(r",?\s+(?:and|but)\s+(?:then\s+)?([a-z]+)\b")


def object_claim(text: str, a: _Att, later: list[_Att], open_mark: int, ue: int) -> tuple[int, int] | None:
    """The extent of the claim an object cue `a` reports, its first quoted fragment opening at
    `open_mark` (inside the unit ending at `ue`), or None when the fragment is not in its object.
    `later` are the attributions after `a` in the unit (a claim stops before them).

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
    if gap.startswith(("to ", "with ")) or gap.rstrip().endswith(",") or _BREAK.search(gap) is not None:
        return None  # "continue to call it", "responded with"; "responded defiantly, “...”": no object before it
    words = _CLOSE.split(text[open_mark + 1 : open_mark + 40], 1)[0].split(None, 3)  # (the fragment's words)
    if words and words[0][:1].isupper() and len(words) > 2:
        return None  # "said to him “You were just on TV”": a whole quotation, not a fragment of an object
    e = _clause_end(text, s, ue, later, [])
    for b in later:
        if s < b.first < e:
            e = b.first
            break
    m = _NEW_CLAUSE.search(text, open_mark, e)
    if m is not None:
        e = m.start()
    for m in _NEXT_VERB.finditer(text, open_mark, e):  # (a match past the last fragment ends the claim)
        w = m.group(1)
        if w.endswith("ed") or w in IRREGULAR_PAST:
            e = m.start()
            break
    if e <= open_mark:
        return None
    return s + 1, e
