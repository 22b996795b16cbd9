"""The matching engine (framing.features._matcher) against the simple scans it stands for.

:class:`framing.features._matcher._Scanner` looks for all lexicons at once, only where a
word can start, and the negation check scans only the clause before a term;
both must give exactly what one ``finditer`` per lexicon, and one negation scan
of the whole document, give.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from framing import Lexicon, Term
from framing.features._matcher import _Context, _Matcher, _Negation
from framing._text import _FOLD_TABLE, fold
from framing.dictionary import DEFAULT_NEGATORS


def lexicon(name: str, terms: list[str]) -> Lexicon:
    return Lexicon(
        name=name, version="1", description="d", sources=(), categories={"c": "d"},
        terms=tuple(Term(t, "c") for t in terms),
    )


# Terms that share prefixes, nest inside each other across and within
# lexicons, end in a wildcard or a non-word character, and start with one.
A = lexicon("a", ["may", "may be", "it is", "is not clear", "doubt*", "self defense", "iran*", "o'brien",
                  "u.s.", "#metoo", "a", "be clear"])
B = lexicon("b", ["is", "not", "clear", "be", "may be clear", "defense", "backed", "iran backed", "é*", "#me*"])
C = lexicon("c", ["a", "is not", "s"])
EMPTY = lexicon("empty", [])

_WORDS = ["may", "May", "be", "it", "is", "not", "clear", "doubts", "self", "defense", "Iran", "Iranian",
          "backed", "u.s.", "U.S.", "#metoo", "#MeToo", "o'brien", "a", "x", "é", "\u0130", "s", "25"]
_SEPS = ["", " ", "  ", "-", "\u2011", "'", "\u2019", "'s ", ", ", ". ", "\n", "(", "\u00a0", "\u2014", "_", "#"]


def reference(text: str, lexicons: list[Lexicon]) -> list[tuple[int, int, str, str]]:
    """One finditer per lexicon, then the matches sorted by start, longest first."""
    lower = fold(text)
    found = []
    for table in _Matcher(lexicons)._tables:
        if table.regex is None:
            continue
        for m in table.regex.finditer(lower):
            for term, *_ in table._lookup(m.group()):
                found.append((m.start(), m.end(), table.name, term.term))
    found.sort(key=lambda x: (x[0], x[0] - x[1]))
    return found


def shared_scan(text: str, lexicons: list[Lexicon]) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.lexicon, m.term) for m in _Matcher(lexicons).find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "It is not clear: it may be clear.",
        "may be clear",  # a term at offset 0
        "the Iran-backed militia, Iranian backed, self-defense",
        "(doubts) \u201cdoubtful\u201d x#metoo #MeToo #me",
        "O\u2019Brien's doubt; U.S.-backed u.s. forces",
        "\u0130s not clear \u00e9t\u00e9 a-is",
    ],
    ids=["nested", "at-start", "hyphens", "punctuation-before", "apostrophes", "non-ascii"],
)
@pytest.mark.parametrize("lexicons", [[A], [B], [A, B], [B, A], [A, EMPTY, C, B]], ids=["A", "B", "AB", "BA", "AECB"])
def test_shared_scan_matches_one_finditer_per_lexicon(text, lexicons):
    assert shared_scan(text, lexicons) == reference(text, lexicons)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), max_size=30))
def test_shared_scan_matches_one_finditer_per_lexicon_on_word_salad(pairs):
    text = "".join(w + s for w, s in pairs)
    assert shared_scan(text, [A, B, C]) == reference(text, [A, B, C])
    assert shared_scan(text, [C, A]) == reference(text, [C, A])


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_shared_scan_matches_one_finditer_per_lexicon_on_any_text(text):
    assert shared_scan(text, [A, B]) == reference(text, [A, B])


def test_find_takes_a_folded_text_it_is_given():
    text = "It is not clear \u2013 it may be."
    matcher = _Matcher([A, B])
    assert matcher.find(text, lower=fold(text)) == matcher.find(text)


_NEG_WORDS = ["not", "no", "a", "little", "few", "doubt", "n't", "don't", "yet", "to", "but", "clear", "never",
              "lack", "of", "x", "nobody", "however"]
_NEG_SEPS = [" ", "  ", ", ", ". ", "-", "\n", " (", "'", "\u201c", ""]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NEG_WORDS), st.sampled_from(_NEG_SEPS)), max_size=25))
@example([("a", " "), ("little", " "), ("doubt", "")])  # "a little" is no cue
@example([("not", ". "), ("clear", "")])
@example([("yet", " "), ("to", "")])  # a cue running past the term's start
def test_negation_scanned_by_clause_is_negation_scanned_whole(pairs):
    text = "".join(w + s for w, s in pairs)
    by_clause, whole = _Negation(DEFAULT_NEGATORS), _Negation(DEFAULT_NEGATORS)
    assert by_clause.by_clause
    whole.by_clause = False
    ctx = _Context(text, None, None, [by_clause, whole])
    for start in range(len(text) + 1):
        for window in (0, 3):
            assert ctx.negated(0, start, window) == ctx.negated(1, start, window), (start, window)


def test_cues_with_a_break_character_are_scanned_whole():
    assert not _Negation(("no.",)).by_clause
    assert _Negation(("no", "can't", "far from")).by_clause


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ `'\u2019\u2018\u2013\u2011-\u00a0\u2009x\u00e9\u0130")) | st.text())
def test_fold_maps_each_character_in_an_all_unicode_text(text):
    # Only texts with a non-ASCII character are folded: a backquote in an
    # all-ASCII text is kept.
    expected = text if text.isascii() else text.translate(_FOLD_TABLE)
    assert fold(text, lower=False) == expected
    assert len(fold(text)) == len(text)


class _SpanSpy:
    """A regex stand-in recording how many characters each call may look at."""

    def __init__(self, regex):
        self.regex, self.spans = regex, []

    def match(self, text, pos=0, endpos=None):
        self.spans.append((len(text) if endpos is None else endpos) - pos)
        return self.regex.match(text, pos, len(text) if endpos is None else endpos)

    def search(self, text, pos=0, endpos=None):
        self.spans.append((len(text) if endpos is None else endpos) - pos)
        return self.regex.search(text, pos, len(text) if endpos is None else endpos)


def test_negation_scan_is_bounded_in_an_unpunctuated_text(monkeypatch):
    # issue 16 #10: a run-on text without punctuation made every negation
    # check scan back to the document's start and forward to its end
    # (quadratic: 60 s at 100 KB). The scan is bounded by the window.
    import framing.features._matcher as m

    back, ahead = _SpanSpy(m._LAST_BREAK), _SpanSpy(m._NEXT_BREAK)
    monkeypatch.setattr(m, "_LAST_BREAK", back)
    monkeypatch.setattr(m, "_NEXT_BREAK", ahead)
    text = "it is not clear that the plan is likely to work " * 2000
    ctx = _Context(text, None, None, [_Negation(DEFAULT_NEGATORS)])
    bound = m._NEG_CHARS_PER_WORD * 4 + m._NEG_CUE_CHARS
    for start in (len(text) // 2, len(text) - 5):
        start = text.index("clear", start - 60)
        assert ctx.negated(0, start, 3)
    assert max(back.spans + ahead.spans) <= bound
    # Still in the same clause and within 3 words: negated; further back: not.
    assert not _Context("not " + "word " * 200 + "clear", None, None, [_Negation(DEFAULT_NEGATORS)]).negated(
        0, 4 + 5 * 200, 3)
