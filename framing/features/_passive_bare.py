"""Passives without a *be*/*get* right before the participle: questions, headlines, reduced relatives.

:mod:`framing.features.agency` finds "were killed"; this module finds the
passives news writes without that auxiliary, each with bounded look-arounds:

* questions, where the subject stands between auxiliary and participle
  ("Was he killed?", "Why were the men arrested?");
* a participle coordinated with a passive just found ("were arrested and
  charged");
* headline passives ("107 killed in Kabul blast", "Suspect arrested after
  shooting"): a line without a full stop and without a finite verb;
* reduced relatives ("the man killed on Sunday", "the number of people
  killed in the attack") and participial clauses after a comma
  (", killed in the strike").

A bare participle counts only when what follows it cannot be its object: a
preposition, a time word, "by", "to", punctuation or the end of the line
("killed in", "arrested Sunday", "killed."), never a noun phrase ("killed
the man" is active). What precedes it decides the rest: after *have*, a
pronoun, a modal or "to" it is an active verb; after a noun phrase at the
start of a clause it is the main verb, counted only in a headline or when a
finite verb follows later in the clause ("The man killed on Sunday was
buried").
"""

from __future__ import annotations

import re

from framing.features._trie import _trie_body
from framing.features._passive_words import (
    _ADVERB,
    _BARE_NOT,
    _IRREGULAR,
    _PARTICIPLE,
    _participle_after,
    _word_kind,
)

# Irregular participles looked for without an auxiliary: past tense forms
# that are mostly active ("led", "left", "made", "put") are left out.
_BARE_IRREGULAR = frozenset(
    """
    taken held hit shot found struck slain stolen seen given shown known told sent caught hurt
    beaten thrown driven sworn hidden written broken chosen forgotten stricken withdrawn
    overthrown undertaken paid sold built kept bought laid bound spent
    """.split()
) & _IRREGULAR

_TIME_WORDS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|"
    "last|earlier|this|early|late|days?|weeks?|months?|years?"
)
_FOLLOW_WORDS = (
    "in|on|at|of|after|over|for|amid|during|near|outside|inside|following|since|from|into|across|"
    "throughout|under|as|by|to|with|without|while|when|before|until|against|despite|because|"
    "behind|off|up|out|down|away|again|there|here|alive|dead|"
    "is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|remain|remains|" + _TIME_WORDS
)
# What may follow a bare passive participle: a word that cannot begin its
# object, punctuation, or the end of the line.
_FOLLOW = rf"(?:[ \t]+(?:{_FOLLOW_WORDS})(?![\w'-])|[ \t]*(?:[,.;:?!)\]\u2014\u2013]|--|\n|$))"
# Literal "ed" first, so ``re`` jumps between candidates with a fast search.
_TIME_WORD = re.compile(_TIME_WORDS)
_CLAUSE_FOLLOW = re.compile(
    r"[ \t]+(?:in|on|at|of|after|over|for|amid|during|near|outside|inside|following|from|into|across|"
    r"throughout|under|as|by|with|without|against|behind|off|up|out|down)(?![\w'-])"
)
_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019")
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?][\"'\u201d\u2019]?\s+[A-Z]")
_PUNCT_NEXT = re.compile(r"[ \t]*(?:[,.;:?!)\]\u2014\u2013]|--)")
_BARE_ED = re.compile(rf"ed(?![\w'-])(?={_FOLLOW})")
# After a space or a line break, each a literal first character so ``re``
# jumps between candidates (a look-behind or a leading class would be
# tried at every offset); group 1 is the participle.
_BARE_IRR_BODY = rf"({_trie_body(sorted(_BARE_IRREGULAR))})(?![\w'-])(?={_FOLLOW})"
# After a space they are found by the scan for auxiliaries (agency._scan);
# this one is for the start of a line.
_BARE_IRR_LINE = re.compile("\n" + _BARE_IRR_BODY)
_THAT_SOON = re.compile(r"(?:[ \t]+[\w'-]+){0,3}?[ \t]+that(?![\w'-])")

_HAVE = frozenset("has have had having 've 'd hasn't haven't hadn't".split())
_PRONOUN = frozenset("i he she we they you it who which that what there this".split())
_MODAL = frozenset("will would can could may might must shall should to did do does not n't never".split())
_BE = frozenset(
    "am is are was were be been being isn't aren't wasn't weren't 're get gets got gotten getting".split()
)
_PREP = frozenset(
    """
    of among including for with from about like than between against on in at to into by over
    under after before without within amid across per besides beside despite toward towards
    """.split()
)
# Words that open a clause: an NP after them is a subject.
_CLAUSE_OPEN = frozenset(
    """
    and but or so yet then that which who whom whose when where while because although though
    if unless as since after before once until whether
    """.split()
)
_DETERMINER = frozenset(
    "the a an its their his her our my your this these those some many several few all both each "
    "every no any another other more most".split()
)
_CONTRACTIONS = ("'s", "'ve", "'d", "'re", "'m")
_STOPS = _PREP | _CLAUSE_OPEN | _HAVE | _PRONOUN | _MODAL | _BE
_AUXILIARY = frozenset(
    """
    is are was were has have had will would can could may might must should shall
    isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't""".split()
)
_FINITE = frozenset(
    """
    is are was were has have had will would can could may might must should shall did does do
    isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't didn't doesn't
    remain remains remained said says found finds showed shows included includes became becomes
    made makes took takes gave gives got gets saw sees told tells""".split()
) | _BARE_NOT
# Words that close the clause when looking ahead for its finite verb.
_CLAUSE_END = frozenset(
    "that which who whom whose when where while because although though if as according and but or so".split()
)
# A word right before a bare participle that makes it active (or found already).
_ACTIVE_BEFORE = _HAVE | _PRONOUN | _MODAL | _BE
_WORD = re.compile(r"[a-z0-9][\w'.-]*")
_MAX_NP = 5
_MAX_LOOK = 160  # characters looked at around a candidate, either side
_MAX_AHEAD = 12  # words scanned for a finite verb after a reduced relative


def bare_candidates(text: str, lower: str, irregular: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, form)`` of bare participles that are passives, in text order.

    `form` is ``"headline"``, ``"reduced"`` or ``"clause"`` (after a comma).
    `irregular` holds ``(start, end, word)`` of every irregular participle
    after a space that ``" " + _BARE_IRR_BODY`` finds (agency's scan finds
    them with the auxiliaries); those after a line break are found here.
    The caller drops those inside a verb group found with an auxiliary.
    """
    out: list[tuple[int, int, str]] = []
    rfind = lower.rfind
    # Each candidate is rejected by the cheapest test that can: what stands
    # right before it, then the word itself (set look-ups), before the
    # look-arounds of _bare_form.
    for m in _BARE_ED.finditer(lower):
        end = m.end()
        floor = end - 40 if end > 40 else 0
        # The word is most often all letters after a space: one rfind; the
        # character scan only when something else stands in it.
        start = rfind(" ", floor, end) + 1 or floor
        word = lower[start:end]
        if not word.isalpha():
            start = end
            while start > floor and (lower[start - 1].isalpha() or lower[start - 1] == "'"):
                start -= 1
            word = lower[start:end]
        if word in _BARE_NOT or (start and lower[start - 1] in "-'"):
            continue
        # "has served as", "they added": the word right before is a verb
        # or pronoun (what _governor would return first, and _bare_form
        # reject); most candidates end here.
        if start > 1 and lower[start - 1] == " " and lower[start - 2] not in " \t":
            look = start - _MAX_LOOK if start > _MAX_LOOK else 0
            prev = lower[(rfind(" ", look, start - 1) + 1 or look) : start - 1]
            if prev in _ACTIVE_BEFORE and prev.isalnum():
                continue
        form = _bare_form(text, lower, start, end, word)
        if form is not None:
            out.append((start, end, form))
    n_ed = len(out)
    line_starts = [(m.start(1), m.end(1), m.group(1)) for m in _BARE_IRR_LINE.finditer(lower)]
    for start, end, word in irregular + line_starts if line_starts else irregular:
        if word in _BARE_NOT:
            continue
        form = _bare_form(text, lower, start, end, word)
        if form is not None:
            out.append((start, end, form))
    if len(out) > n_ed:
        out.sort()
    return out


def _bare_form(text: str, lower: str, start: int, end: int, word: str) -> str | None:
    """The form of the bare participle ``word == lower[start:end]``, or None when it is no passive."""
    if start > 0 and lower[start - 1] in "-'":
        return None  # "well-known", "so-called"
    if word in _BARE_NOT or _word_kind(word) != _PARTICIPLE:
        return None
    # What precedes decides first (cheap, and rejects most candidates); the
    # checks that look further come after.
    gov, n_np = _governor(lower, start)
    form: str | None = None
    if gov in _HAVE or gov in _PRONOUN or gov in _MODAL or gov in _BE:
        # "has killed", "they killed", "to be" are active or found already;
        # "there were 20 people killed" is a reduced relative.
        if not (n_np and gov in _BE):
            return None
        form = "reduced"
    elif gov in _QUOTE_MARKS:
        return None  # '"...," Booker asked.': a speech verb after a quote
    elif n_np == 0:
        # ", killed in the strike": only before a preposition or "by", so
        # "Giuliani, though, clarified Thursday" and ", wished to" stay out.
        if gov != "," or not _CLAUSE_FOLLOW.match(lower, end):
            return None
        form = "clause"
    elif gov in _PREP or (gov not in _CLAUSE_OPEN and gov not in ("", ",", ";", ":", ".")):
        form = "reduced"  # "of the people killed", "identified the man killed"
    if _THAT_SOON.match(lower, end, min(len(lower), end + _MAX_LOOK)):
        return None  # "announced on Monday that ...": its object is the clause
    capital = text[start].isupper()
    headline = (capital or n_np > 0 or form is None) and _is_headline(text, start, end)
    if capital and not headline:
        return None  # a name ("Ahmed in") or a sentence opening with a participle
    if n_np and not headline and _object_relative(text, start):
        return None
    if form is None:
        if headline:
            return "headline"
        if not _finite_verb_ahead(lower, end):
            return None
        form = "reduced"  # "The man killed on Sunday was buried."
    if gov not in _PREP and gov not in _BE and _PUNCT_NEXT.match(lower, end):
        # Before a comma or full stop in running text, a participle after a
        # noun phrase is most often an active verb without an object ("the
        # time the threat disappeared.", "than investors expected,"); "of
        # those evacuated." and "there were 20 people killed." stay.
        return None
    return form


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "_'-"


def _before(s: str, floor: int, pos: int) -> tuple[str, int]:
    """What stands before `pos` in ``s[floor:pos]``, blanks skipped: a word, a mark, or "" (line start).

    Returns the word (or the single mark) and where it starts. A scan back
    over characters: a regex anchored at the end would retry at every offset.
    """
    j = pos
    while j > floor and s[j - 1] in " \t":
        j -= 1
    if j <= floor or s[j - 1] == "\n":
        return "", j
    if not (s[j - 1].isalnum() or s[j - 1] in "'-"):
        return s[j - 1], j - 1
    # Most words are letters and digits after a space: one rfind; the
    # character scan only when something else stands in them.
    k = s.rfind(" ", floor, j) + 1 or floor
    word = s[k:j]
    if word.isalnum():
        return word, k
    k = j - 1
    while k > floor and _is_word_char(s[k - 1]):
        k -= 1
    return s[k:j], k


def _governor(lower: str, start: int) -> tuple[str, int]:
    """The word (or punctuation mark) before the noun phrase ending at `start`, and the phrase's length.

    Adverbs are stepped over ("people reportedly killed"); "" means the start
    of a line, or a phrase longer than ``_MAX_NP`` words.
    """
    pos = start
    floor = max(0, start - _MAX_LOOK)
    n = 0
    while True:
        word, pos = _before(lower, floor, pos)
        if not word or (len(word) == 1 and not (word.isalnum() or word in "'-")):
            return word, n  # a mark, or "" at the start of the line
        if word in _DETERMINER:
            if n == 0:
                return word, 0  # "a bloated, ...": an adjective before a noun left out
            # The determiner opens the phrase: what stands before it governs it.
            return _before(lower, floor, pos)[0], n + 1
        if word in _STOPS:
            return word, n
        if word.endswith(_CONTRACTIONS) and word.rsplit("'", 1)[0] in _PRONOUN:
            return "was", n  # "he's lashed out": has/is
        kind = _word_kind(word)
        if n == 0 and kind == _PARTICIPLE:
            return word, n  # "looked exhausted": another verb, no noun phrase between
        if n == 0 and _TIME_WORD.fullmatch(word):
            return word, n  # "The Kremlin on Thursday dismissed": a time, not the noun
        if kind == _ADVERB and not word[0].isdigit():
            continue
        n += 1
        if n > _MAX_NP:
            return "", n


def _object_relative(text: str, start: int) -> bool:
    """True for a name between a noun and the participle: "the bill Congress approved in May" (active)."""
    floor = max(0, start - 60)
    name, pos = _before(text, floor, start)
    if not name[:1].isupper() or pos == start or text[pos:start].strip(" \t") != name:
        return False
    if pos <= floor or text[pos - 1] not in " \t":
        return False
    before = _before(text, floor, pos)[0]
    low = before.lower()
    return (
        before[:1].islower()
        and low not in _STOPS
        and low not in _DETERMINER
        and _word_kind(low) != _PARTICIPLE
    )


def _finite_verb_ahead(lower: str, end: int) -> bool:
    """True when a finite verb follows in the same clause, within ``_MAX_AHEAD`` words."""
    stop = min(len(lower), end + _MAX_LOOK)
    pos = end
    for _ in range(_MAX_AHEAD):
        gap = lower[pos:stop]
        stripped = gap.lstrip(" \t")
        if not stripped or stripped[0] in ".;:?!\n":
            return False
        if stripped[0] == ",":
            return False
        w = _WORD.match(lower, stop - len(stripped), stop)
        if w is None:
            pos = stop - len(stripped) + 1
            continue
        word = w.group().rstrip(".")
        if word in _FINITE:
            return True
        if word in _CLAUSE_END:
            return False
        if w.group().endswith(".") and "." not in word:
            return False  # "service." ends the sentence; "U.S." does not
        pos = w.end()
    return False


def _is_headline(text: str, start: int, end: int) -> bool:
    """True when the line around the candidate reads as a headline: short, no full stop, no finite verb."""
    line_start = text.rfind("\n", max(0, start - _MAX_LOOK), start) + 1
    if line_start == 0 and start > _MAX_LOOK:
        return False
    line_end = text.find("\n", end, end + _MAX_LOOK)
    if line_end < 0:
        if len(text) - end > _MAX_LOOK:
            return False
        line_end = len(text)
    line = text[line_start:line_end].strip().rstrip("\"'\u201d\u2019)")
    if not line or line[-1] in ".!" or line.count(" ") > 20 or _SENTENCE_BREAK.search(line):
        return False
    words = line.lower().split()
    return not any(w in _AUXILIARY for w in words)


_Q_OPEN = re.compile(
    r"[\s\"'\u201c\u2018(]*(?:(?:why|how|when|where|what|which|who|whom|and|but|so)\s+)?"
    r"(?:was|were|is|are|am|wasn't|weren't|isn't|aren't)\s+"
)
_Q_WORD = re.compile(r"[\w'.-]+")
_MAX_SUBJECT = 6


def question_candidates(text: str, lower: str) -> list[tuple[int, int, int, int]]:
    """``(aux_start, aux_end, participle_start, participle_end)`` of inverted questions ("Was he killed?")."""
    out = []
    q = lower.find("?")
    while q >= 0:
        floor = max(0, q - 2 * _MAX_LOOK)
        s = max(lower.rfind(c, floor, q) for c in ".!?\n") + 1
        if s == 0:
            s = floor
        m = _Q_OPEN.match(lower, s, q)
        if m is not None:
            aux_end = m.end()
            word_end = aux_end
            while word_end > s and lower[word_end - 1].isspace():
                word_end -= 1  # the auxiliary ends before the spaces the match took ("was  ?")
            aux_start = max(lower.rfind(" ", s, word_end) + 1, s)
            while aux_start < word_end and not lower[aux_start].isalpha():
                aux_start += 1
            # Walk over the subject, then the participle (with adverbs).
            pos = aux_end
            for _ in range(_MAX_SUBJECT):
                w = _Q_WORD.match(lower, pos, q)
                if w is None:
                    break
                if pos > aux_end:
                    found = _participle_after(lower, w.start(), w.end())
                    if found is not None and not text[found[0]].isupper():
                        out.append((aux_start, _word_end(lower, aux_start), *found))
                        break
                sep = re.match(r"[ \t]+", lower[w.end() : w.end() + 3])
                if sep is None:
                    break
                pos = w.end() + sep.end()
        q = lower.find("?", q + 1)
    return out


def _word_end(lower: str, start: int) -> int:
    end = start
    while end < len(lower) and (lower[end].isalpha() or lower[end] == "'"):
        end += 1
    return end
