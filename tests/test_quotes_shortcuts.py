"""Tests for the quote finder's shortcuts on long or cue-dense text: each gives what the plain path gives.

The shortcuts (issue 16 #10, the pathological shapes) are the document's
folded text for the cue conditions (``framing.features.quotes._cues``), the
capitals looked up before a long pronoun window is scanned for names and the
full names before a short name read once (``framing.features.quotes._resolve``),
the last clause edge of a bare subject in one match
(``framing.features.quotes._speaker_phrase``) and the colon before a
quotation read without copying the text (``framing.features.quotes._attribution``),
the patterns written letter-first (``framing.features.quotes._words.letter_first``) and
a not_preceded_by condition read from its first match.
Each test runs the same input with and without the shortcut.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import framing.features.quotes._cues as cues_mod
import framing.features.quotes._resolve as resolve_mod
from framing.features.quotes._attribution import _colon_before
from framing._text import fold
from framing.features.quotes._cues import CueFinder, _folded
from framing.features.quotes._find import scan_quotes
from framing.features.quotes._names import _NAME_WINDOW, FullNames, word_starts
from framing.features.quotes._aside_claims import _REFUSE_BEFORE
from framing.features.quotes._asides import _MODIFIER_BREAK
from framing.features.quotes._names import _PLACE_FIRST_WORDS, _PLACE_START
from framing.features.quotes._speaker_phrase import _NEGATION_NEAR
from framing.features.quotes._speaker_words import _BARE_EDGES, _LAST_BARE_EDGE, _LOOSE_BREAK
from framing.features.quotes._words import letter_first

# Characters that fold differently, alone or by context: curly apostrophes, dashes,
# no-break spaces, a backquote, Greek capital sigma, dotted capital I (longer in lower case)
_TRICKY = "aZ '\u2019\u2018`-\u2013\u2011\u00a0\u03a3\u03c3\u0391\u0130 .\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_TRICKY, max_size=60), st.data())
@example("\u0391\u03a3 x", None)
@example("a`b\u2019", None)
def test_folded_slice_is_fold_of_slice(text: str, data) -> None:
    """Where the whole text is folded once, every slice of it is the slice folded alone."""
    whole = _folded(text)
    if not whole:
        assert text == "" or "`" in text or "\u03a3" in text
        return
    a = data.draw(st.integers(0, len(text))) if data is not None else 0
    b = data.draw(st.integers(a, len(text))) if data is not None else len(text)
    assert whole[a:b] == fold(text[a:b])


_CONDITIONED = [
    pytest.param("It is hard to say. The minister said so. " * 40, id="not_preceded_by"),
    pytest.param("Midwestern states that voted, and he states that it works. " * 40, id="states_that"),
    pytest.param("Experts doubt that it works; the doubt remained, he said. " * 40, id="followed_by"),
    pytest.param("\u0391\u03a3 it is hard to say it, she said. " * 40, id="greek_sigma"),
    pytest.param("``It is hard to say,'' she said \u2019. " * 40, id="backquote"),
    pytest.param("\u0130stanbul, it is safe to say, said \u2019no\u2019. " * 40, id="dotted_capital_I"),
]


@pytest.mark.parametrize("text", _CONDITIONED)
def test_cue_conditions_whole_fold_matches_windows(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cues found with the whole text folded once are those found folding each window."""
    finder = CueFinder()
    monkeypatch.setattr(cues_mod, "_FOLD_WHOLE_AFTER", 1)
    whole = finder.find(text)
    monkeypatch.setattr(cues_mod, "_FOLD_WHOLE_AFTER", 10**9)
    windows = finder.find(text)
    assert whole == windows
    assert len(windows) >= 40  # cues with conditions were checked


def test_cue_conditions_refuse_in_long_text() -> None:
    """Past the switch to the whole folded text, a condition still refuses its cue."""
    text = "He said it. " * 100 + "It is hard to say. " + "She said it. " * 100
    found = CueFinder().find(text)
    assert len(found) == 200
    assert all(text[c.start - 3 : c.start] != "to " for c in found)


_ONE_SENTENCE = [
    pytest.param("text said \u201cq\u201d he said " * 200, id="no_capital"),
    pytest.param("text said \u201cq\u201d he said " * 100 + "as Mark Esper said " + "text said \u201cq\u201d he said " * 100,
                 id="one_name"),
    pytest.param("Mark Esper met Mike Pompeo and " + "text said \u201cq\u201d he said " * 150, id="names_far_before"),
    pytest.param("text said \u201cq\u201d he said " * 100 + "al-Sadr and " + "text said \u201cq\u201d he said " * 100,
                 id="lower_case_article"),
]


@pytest.mark.parametrize("text", _ONE_SENTENCE)
def test_long_pronoun_window_matches_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long window without a capital names no one: the quotes are those the full scan gives."""
    fast = scan_quotes(text)
    monkeypatch.setattr(resolve_mod, "_LONG_WINDOW", 10**9)
    slow = scan_quotes(text)
    assert fast == slow
    assert len(fast.quotes) > 100


@given(st.text(alphabet="ab .;:!?\n\u2014\u2013x", max_size=40), st.data())
def test_last_bare_edge_is_last_of_any_edge(text: str, data) -> None:
    """The one-match clause edge is the last of the edge characters in the window."""
    w = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(w, len(text)))
    m = _LAST_BARE_EDGE.match(text, w, j)
    assert (m.end() - 1 if m is not None else -1) == max(text.rfind(ch, w, j) for ch in _BARE_EDGES)


def _full_names_plain(names: FullNames, pos: int) -> dict[tuple[str, str], str]:
    """What ``Speakers._full_names_before`` gave before its index: every earlier name read again."""
    fulls: dict[tuple[str, str], str] = {}
    for p, key, full in names.before(pos):
        if p >= pos:
            break
        fulls.setdefault(key, full)
    return fulls


_NAMES_TEXT = (
    "Donald Trump met Mike Pence. Trump said no. Ivanka Trump agreed, Trump said. "
    "Karen Pence and Mike Pence left; Pence said so. Donald J. Trump Jr. spoke. Trump said yes. "
) * 6


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, len(_NAMES_TEXT)), min_size=1, max_size=40), st.sampled_from(["Trump", "Pence", "Jr"]))
def test_full_names_before_matches_rereading(positions: list[int], surname: str) -> None:
    """The people named in full before a position, in any order of questions, are those a
    re-reading of every earlier name gives (the same names, in the same order)."""
    speakers = _SpeakersOf(_NAMES_TEXT)
    plain = FullNames(_NAMES_TEXT, surname)
    for pos in positions:
        got = speakers._full_names_before(surname, pos)
        want = _full_names_plain(plain, pos)
        assert list(got.items()) == list(want.items())


class _SpeakersOf(resolve_mod.Speakers):
    """The speaker steps over one text, without the rest of a Builder."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._fulls = {}


def test_short_name_resolved_in_long_text() -> None:
    """A short name far into a long paragraph still resolves to the one full name before it."""
    unit = "Donald Trump met Mike Pence on Monday. The plan will work, Trump said. "
    quotes = scan_quotes(unit * 300).quotes
    assert len(quotes) == 300
    assert {q.speaker_resolved for q in quotes} == {"Donald Trump"}


@given(st.text(alphabet=" :\n\tax\u00a0\u2003.", max_size=20), st.data())
def test_colon_before_is_rstrip_endswith(text: str, data) -> None:
    """The colon check before a quotation reads what ``text[:end].rstrip().endswith(":")`` reads."""
    end = data.draw(st.integers(0, len(text)))
    assert _colon_before(text, end) == text[:end].rstrip().endswith(":")


_NAME_PIECES = ["A", "Donald", "dTrump", "Éric", "Ébert", "Trump", "Trumpism", "Trump's", "al-Sadr", "Sadr", "Moqtada", "Mike", "Pence", "J.",
                "President", "the", "said", ",", ".", "Pences"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_NAME_PIECES), st.sampled_from([" ", " ", " ", "  ", "\t", "\n", ""])),
             min_size=1, max_size=60),
    st.sampled_from(["Trump", "Sadr", "Pence", "Pe", "T", "Ébert", "d"]),
    st.lists(st.integers(0, 700), min_size=1, max_size=8),
)
def test_full_names_at_word_starts_match_search(pieces, surname: str, positions: list[int]) -> None:
    """Reading a surname's full names at the listed word starts finds what searching the text finds."""
    text = "".join(w + sep for w, sep in pieces)
    indexed = FullNames(text, surname, word_starts(text))
    searched = FullNames(text, surname)
    # the edges of each call's reach too: an occurrence ending exactly where it stops
    occurrences = [i for i in range(len(text)) if text.startswith(surname, i)]
    edges = sorted({max(0, i + d - _NAME_WINDOW) for i in occurrences for d in (-1, 0, 1)})
    for pos in edges + positions:
        assert indexed.before(pos) == searched.before(pos)


def test_full_names_at_word_starts_in_long_text() -> None:
    """A long document reads its surnames at the word starts (the same names as a search)."""
    text = ("Donald Trump met Mike Pence and Karen Pence. Trumpism, Trump said. " * 1600)
    assert len(text) > resolve_mod._LONG_DOCUMENT
    speakers = _SpeakersOf(text)
    got = speakers._full_names_before("Pence", len(text))
    assert speakers._starts is not None
    assert got == _full_names_plain(FullNames(text, "Pence"), len(text))
    assert sorted(got.values()) == ["Karen Pence", "Mike Pence"]


# The patterns written letter-first (``_words.letter_first``) and the plain forms they replace: the
# same match (span) at every start and end of the window searched, or, for the two whose "\s-" or
# "\sto" branch was moved one character on, the same answer to "is there a match in the string".
_LETTER_FIRST = [
    pytest.param(_NEGATION_NEAR, r"n[’']t\b|\b(?:not|never|cannot)\b", True, "notneverca n’t'\n-_é", id="negation"),
    pytest.param(_REFUSE_BEFORE, r"\b(?:refus\w*|declin\w*|reluctant|unwilling)\s+to\s+\w+\s*$", True,
                 "refusdclinatowg \nxu_é", id="refuse"),
    pytest.param(_LOOSE_BREAK, "[\"\u201c\u201d\u00ab\u00bb()\\[\\]]|''|\\b(?:said|says|say|told|tells|asked|according"
                 "|It|it|There|there)\\b", True, "saidtoldIThere \"“'()x-_", id="loose_break"),
    pytest.param(_MODIFIER_BREAK, "[,()\\[\\]\"\u201c\u201d\u2014\u2013]|\\s-|\\b(?:said|says|say|told|tells|according"
                 "|but|or|because|while|if|when|It|it)\\b|\\band\\s(?!who\\b|that\\b)", False,
                 "saidbutorwhenifItandwhot ,-—\"(\n_", id="modifier_break"),
    pytest.param(_PLACE_START, r"\b(?:" + "|".join(map(re.escape, _PLACE_FIRST_WORDS)) + r")\s$", True,
                 "NewLosSanSt.Fort x\n_", id="place_start"),
]


@pytest.mark.parametrize(("fast", "plain", "windows", "alphabet"), _LETTER_FIRST)
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_letter_first_patterns_match_as_plain(fast, plain: str, windows: bool, alphabet: str, data) -> None:
    """A pattern written letter-first finds what its plain form finds."""
    text = data.draw(st.text(alphabet=alphabet, max_size=24))
    slow = re.compile(plain)
    if not windows:  # (searched in whole strings only)
        assert (fast.search(text) is None) == (slow.search(text) is None)
        return
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    m, n = fast.search(text, a, b), slow.search(text, a, b)
    assert (m and m.span()) == (n and n.span())


def test_letter_first_patterns_open_with_literals() -> None:
    """Each such pattern gives ``re`` a set of first characters to skip to (the point of writing it so)."""
    from re import _compiler, _parser  # (CPython's own regex compiler: the test is about it)

    for param in _LETTER_FIRST:
        tree = _parser.parse(param.values[0].pattern)
        assert _compiler._get_charset_prefix(tree, 0) or _compiler._get_literal_prefix(tree, 0)[0], param.id


@pytest.mark.parametrize("alternative", ["", "?x", "\\bsaid", "a*b"])
def test_letter_first_needs_a_plain_first_letter(alternative: str) -> None:
    with pytest.raises(ValueError, match="plain letter"):
        letter_first([alternative])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n", max_size=20))
@example("a ab ")
def test_preceded_by_first_match_shortcut(window: str) -> None:
    """A not_preceded_by condition reads the later matches only when the first one ends early:
    the same answer as reading them all."""
    rx = re.compile(r"a|ab\s+$|b\s*$")
    n = len(window)
    m = rx.search(window)
    shortcut = m is not None and (m.end() == n or cues_mod._ends_at_end(rx, window))
    assert shortcut == any(x.end() == n for x in rx.finditer(window))
