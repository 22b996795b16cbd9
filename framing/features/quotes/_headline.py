"""Headline attribution by a colon ("Esper: US will respond", "Poll: Trump leads in Ohio"), and
the turns of a transcript or interview ("TAPPER: ...", "Q: ...", "A: ...").

News headlines and subheads attribute a claim with a colon and no verb. A
short paragraph (a headline, at most ``_MAX_LINE`` characters) that opens
with a name or a short noun phrase (capitalised, at most five words, no
sentence punctuation) followed by ": " and a clause of three words or more
is that source's claim: an ``indirect`` quote (``direct`` when the clause is
all in quotation marks, ``partial`` with its quoted fragments as parts when
it holds some), the colon as its cue (class ``source``, as "according to").
Labels that are not sources ("UPDATE:", "WATCH:", "Photo:", "Q:") are
skipped, and so are paragraphs where a quote with a speaker was already
found. Each paragraph is looked at once: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from framing.features.quotes._marks import Region
from framing.features.quotes._records import Quote
from framing.features.quotes._speakers import speaker_type

# Headlines and subheads are short.
_MAX_LINE = 200

# "Name: clause" at the start of a paragraph: a capitalised phrase of at most five words.
_HEADLINE = re.compile(
    r"[ \t]*((?:[A-Z][\w.’'&-]*|[A-Z]\.)(?:[ \t]+(?:[A-Z][\w.’'&-]*|of|the|and|for|de|van|von|al-\w+|camp|\d+)){0,4})"
    r"(:)[ \t]+(\S.*?)[ \t]*$"
)

# Labels that are not sources.
_LABELS = frozenset(
    """update updated watch breaking exclusive video videos photo photos image images analysis opinion editorial
    editor's note correction corrections related read more source sources credit credits getty ap reuters q a
    pictured above below caption live listen subscribe follow share advertisement sponsored transcript disclaimer
    warning spoiler spoilers full text here also""".split()
)
_LABEL_PHRASES = frozenset({"editor's note", "read more", "full text", "editor’s note", "see also", "more"})

_TAIL = " \t.,;:!?"
_MARKS = "\"“”‘’'«»"


def headline_quotes(
    text: str, quotes: Sequence[Quote], regions: Sequence[Region], make: Callable[..., Any]
) -> list[Quote]:
    """`quotes` with the headline attributions of `text` added, in text order.

    A headline attribution replaces the quotes inside its clause that have
    no speaker (a title or scare quote: "Trump: ‘I’m the Worst Thing...’").
    """
    if ": " not in text:
        return list(quotes)
    found: list[Quote] = []
    n = len(text)
    qi = 0
    ri = 0
    # candidate paragraphs: short ones with ": " near their start (found with str.find: fast)
    i = text.find(": ")
    while i >= 0:
        pos = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        if end < 0:
            end = n
        i = text.find(": ", end) if end < n else -1  # the first in a later paragraph
        if end - pos > _MAX_LINE or text.find(": ", pos) - pos > 90:
            continue
        while qi < len(quotes) and quotes[qi].end <= pos:
            qi += 1
        while ri < len(regions) and regions[ri].close < pos:
            ri += 1
        q = _headline(text, pos, end, quotes, qi, regions, ri, make)
        if q is not None:
            found.append(q)
    if not found:
        return list(quotes)
    out: list[Quote] = []
    k = 0
    for q in found:
        while k < len(quotes) and quotes[k].end <= q.start:
            out.append(quotes[k])
            k += 1
        while k < len(quotes) and quotes[k].start < q.end:
            k += 1  # replaced: a quote without a speaker inside the headline's clause
        out.append(q)
    out.extend(quotes[k:])
    return out


def _headline(
    text: str, lo: int, hi: int, quotes: Sequence[Quote], qi: int, regions: Sequence[Region], ri: int,
    make: Callable[..., Any],
) -> Quote | None:
    m = _HEADLINE.match(text, lo, hi)
    if m is None:
        return None
    name = m.group(1)
    key = name.lower().rstrip(".")
    if key in _LABELS or key in _LABEL_PHRASES or name.split()[0].lower() in _LABELS:
        return None
    stype = speaker_type(name)
    if stype in ("", "pronoun"):
        return None
    s, e = m.start(3), m.end(3)
    while e > s and text[e - 1] in _TAIL:
        e -= 1
    if len(text[s:e].split()) < 3:
        return None
    # a quote with a speaker in the paragraph: the paragraph is read already
    k = qi
    while k < len(quotes) and quotes[k].start < hi:
        if quotes[k].speaker:
            return None
        k += 1
    inner = []
    k = ri
    while k < len(regions) and regions[k].open < hi:
        r = regions[k]
        if r.open >= s and r.close <= e + 1:
            inner.append(r)
        k += 1
    if len(inner) == 1 and inner[0].open <= s and inner[0].close >= e - 1:
        r = inner[0]
        kind, s, e, parts = "direct", r.start, r.end, ((r.start, r.end),)
    elif inner:
        kind, parts = "partial", tuple((r.start, r.end) for r in inner)
        if text[e : e + 1] in _MARKS and e + 1 <= hi:
            e += 1  # the clause ends with its quoted fragment: keep its closing mark
    else:
        kind, parts = "indirect", ((s, e),)
    c = m.start(2)
    return make(s, e, text[s:e], kind, name, m.start(1), m.end(1), "", stype, stype == "anonymous",
                ":", c, c + 1, "source", parts, "headline attribution by a colon", "speech")


# A transcript turn: a paragraph opening with a speaker label in capitals ("TAPPER:", "JOEL
# BENENSON:") or an interview's "Q:" / "A:", then the words spoken.
_TURN = re.compile(r"[ \t]*((?:[A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,3})|Q|A)(:)[ \t]+(?=\S)")

# Words that make a capitalised label a section heading, not a speaker ("WHY IT MATTERS:", "WHAT'S NEXT:").
_NOT_SPEAKER_WORDS = frozenset(
    """why what what's whats how who when where next it is the a an of to in on for and or this that matters line
    bottom key takeaway takeaways fact facts myth truth note ps background context quote quotes statement
    question answer tl;dr""".split()
)


_SENTENCE_MARK = re.compile(r"[.?!\u2026]")


def _turn_labels(text: str) -> list[re.Match[str]]:
    """The transcript turns of `text`: the label matches, or none when `text` is not a dialogue.

    An interview ("Q:" and "A:" each opening at least two paragraphs), or at
    least three paragraphs opened by capitalised labels, two or more of them
    different ("TAPPER:", "FALLIN:"): a lone "UPDATE:" or a section heading
    ("WHY IT MATTERS:", "CANDIDATE'S POSITION:") is no speaker.
    """
    found = []
    i = text.find(": ")
    while i >= 0:
        pos = text.rfind("\n", 0, i) + 1
        if i - pos <= 40 and (m := _TURN.match(text, pos, i + 3)) is not None and m.start(2) == i:
            found.append(m)  # (a label in capitals is short: the line start is near)
        i = text.find(": ", i + 2)
    turns = [
        m for m in found
        if m.group(1) in ("Q", "A") or m.group(1).lower().rstrip(".") not in _LABELS
        and not any(w.lower() in _NOT_SPEAKER_WORDS or w.endswith(("'S", "’S")) for w in m.group(1).split())
    ]
    qa = [m for m in turns if m.group(1) in ("Q", "A")]
    caps = [m for m in turns if m.group(1) not in ("Q", "A")]
    out = []
    if sum(m.group(1) == "Q" for m in qa) >= 2 and sum(m.group(1) == "A" for m in qa) >= 2:
        out += qa
    if len(caps) >= 3 and len({m.group(1) for m in caps}) >= 2:
        out += caps
    return sorted(out, key=lambda m: m.start())


def transcript_quotes(text: str, quotes: Sequence[Quote], make: Callable[..., Any]) -> list[Quote]:
    """`quotes` with the turns of a transcript or an interview added, in text order.

    A turn ("TAPPER: Do you think ...?", "A: I came home from school ...")
    is a ``direct`` quote of its paragraph, the label its speaker and the
    colon its cue (class ``source``). "Q" and "A" are the interview's
    roles (speaker type ``role``). The quotes found inside a turn are
    replaced by it (quotes never overlap): the turn is its speaker's words,
    what they report of others included.
    """
    if ": " not in text:
        return list(quotes)
    labels = _turn_labels(text)
    if not labels:
        return list(quotes)
    turns = []
    fields = set()  # the labels of a list's fields: no speakers, here or for the headline rule
    for m in labels:
        s = m.end()
        e = text.find("\n", s)
        if e < 0:
            e = len(text)
        while e > s and text[e - 1].isspace():
            e -= 1
        if len(text[s:e].split()) < 2 or text[s:e].isupper() or (
            text[s] in "([" and text.find(")" if text[s] == "(" else "]", s, e) >= e - 2
        ):
            continue  # too short, a heading ("WINNER: JOE BIDEN"), a stage direction ("ANG: (Speaking Spanish).")
        if text[e - 1].isalnum() and not _SENTENCE_MARK.search(text, s, e):
            fields.add(m.start(1))  # a field of a list ("ATTACKER: Abdul Haider", "TARGET: Two officers wounded")
            continue
        name = m.group(1)
        stype = "role" if name in ("Q", "A") else (speaker_type(name.title()) or "person")
        c = m.start(2)
        turns.append(make(s, e, text[s:e], "direct", name, m.start(1), m.end(1), "", stype, False,
                          ":", c, c + 1, "source", ((s, e),), "transcript turn", "speech"))
    if fields:
        quotes = [q for q in quotes if not (q.cue == ":" and q.speaker_start in fields)]
    return merge_found(quotes, turns, replace=True)


def merge_found(quotes: Sequence[Quote], found: Sequence[Quote], *, replace: bool) -> list[Quote]:
    """`quotes` with `found` (in text order) added, in text order; quotes never overlap.

    A found quote that a quote before it runs into is dropped. With
    `replace`, the quotes inside a found one (from its speaker on: a
    transcript turn's label) are dropped; without, a found quote that
    overlaps a later one is, but for the scare quotes inside it (dropped).
    """
    out: list[Quote] = []
    k = 0
    for t in found:
        lo = t.speaker_start if replace and t.speaker_start is not None else t.start  # a turn from its label
        while k < len(quotes) and quotes[k].start < lo:
            out.append(quotes[k])
            k += 1
        j = k
        while not replace and j < len(quotes) and quotes[j].kind == "scare" and quotes[j].end <= t.end:
            j += 1  # a scare quote inside a question is the question's
        if (out and out[-1].end > lo) or (not replace and j < len(quotes) and quotes[j].start < t.end):
            continue  # a quote found before covers part of it
        out.append(t)
        k = j
        while replace and k < len(quotes) and quotes[k].start < t.end:
            k += 1
    out.extend(quotes[k:])
    return out
