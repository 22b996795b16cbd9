"""framing._text.byte_screen: where a pattern may start, by a scan for one literal byte."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from framing._text import byte_screen


def _true_starts(text: str, tails: list[str], is_first) -> list[int]:
    return [p for p, c in enumerate(text) if is_first(c) and any(text.startswith(t, p + 1) for t in tails)]


_PIECES = ["P", "R", "h", "o", "hoto", "EAD", "E", "a", "was", "were", " ", "(", "?", "\x00", "\x01", "\u00e9",
           "\u201c", "\u2028", "\n", "\ud800", "\u00b7", "ere"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40),
       st.lists(st.sampled_from(["hoto", "EAD", "", "?x", "\u00b7 ", "RE", "PP", "\x00"]), min_size=1, max_size=4),
       st.sampled_from(["PR", "E", "?", "\u00e9(", "\x00"]))
@example(["P", "R", "R", "EAD"], ["EAD"], "PR")
@example(["\u00e9", "\u00b7", " "], ["\u00b7 "], "\u00e9")
def test_every_start_of_a_character_and_a_tail_is_found(pieces, tails, first):
    text = "".join(pieces)
    found = byte_screen(tails, first=first)(text)
    assert found == sorted(set(found)) and all(0 <= p < len(text) for p in found)
    assert set(_true_starts(text, tails, lambda c: c in first)) <= set(found)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40),
       st.lists(st.sampled_from(["was", "were", "ere", "a", "", "wa"]), min_size=1, max_size=3),
       st.sampled_from([_LETTERS + " ", _LETTERS + "_' -0123456789", "", "("]))
@example(["it ", "was", " (", "was", ") \u201c", "were"], ["was", "were"], _LETTERS + " ")
def test_every_start_after_a_character_not_excepted_is_found(pieces, tails, first_except):
    text = "".join(pieces)
    found = byte_screen(tails, first_except=first_except)(text)
    assert found == sorted(set(found))
    assert set(_true_starts(text, tails, lambda c: c not in first_except)) <= set(found)


def test_a_start_is_not_given_where_no_first_character_stands():
    assert byte_screen(["hoto"], first="P")("photo Xhoto Photo") == [12]
    assert byte_screen(["was"], first_except=_LETTERS + " ")("it was a wasp") == []


@pytest.mark.parametrize("kwargs, message", [
    ({"first": "a", "first_except": "b"}, "exactly one"),
    ({}, "exactly one"),
    ({"first_except": "ab?"}, "without '?'"),
    ({"first_except": "ab\u00e9"}, "ASCII"),
])
def test_bad_arguments_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        byte_screen(["x"], **kwargs)


def test_no_tails_is_refused():
    with pytest.raises(ValueError, match="no tails"):
        byte_screen([], first="a")
