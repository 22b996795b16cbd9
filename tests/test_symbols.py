"""Symbol terms (emoticons): the model, every reader and writer, and the engine (framing/features/_symbols.py)."""

from __future__ import annotations

import doctest
import itertools
import textwrap
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
import framing.features._symbols
from framing import Lexicon, LexiconError, Term, find_terms, load_lexicon, write_lexicon
from framing.dictionary._model import is_symbol_term

DICTS = Path(__file__).resolve().parent / "data" / "dictionaries"

EMO = Lexicon(
    name="emo", version="1", description="", sources=(), categories={"pos": "", "neg": ""},
    terms=(
        Term(":)", "pos"), Term(":-)", "pos"), Term("(-:", "pos"), Term("<3", "pos"), Term(":D", "pos"),
        Term(";-P", "pos"), Term(":-*", "pos"), Term(":(", "neg"), Term(":/", "neg"), Term("great", "pos"),
        Term("sad", "neg"), Term("d", "neg"),
    ),
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- golden cases of the engine

GOLDEN = [
    pytest.param("great :)", [("great", "pos"), (":)", "pos")], id="after-space"),
    pytest.param("great:)", [("great", "pos"), (":)", "pos")], id="glued-to-a-word"),
    pytest.param(":)great", [(":)", "pos"), ("great", "pos")], id="word-glued-after"),
    pytest.param("that :)) was", [], id="not-inside-a-longer-run"),
    pytest.param(":):)", [], id="two-glued-emoticons"),
    pytest.param("see you :-).", [(":-)", "pos")], id="sentence-mark-after"),
    pytest.param("wow :)!? ok", [(":)", "pos")], id="marks-then-space"),
    pytest.param("wow :).x", [], id="mark-then-letter"),
    pytest.param('she wrote ":)" to him', [(":)", "pos")], id="in-double-quotes"),
    pytest.param("(:) no", [], id="in-brackets"),
    pytest.param("kiss :-* now", [(":-*", "pos")], id="star-is-a-character"),
    pytest.param("mirror (-: too", [("(-:", "pos")], id="mirror-image"),
    pytest.param("I <3 it", [("<3", "pos")], id="heart"),
    pytest.param("only <30 left", [], id="heart-glued-to-a-digit"),
    pytest.param("big :D grin", [(":D", "pos")], id="letter-emoticon"),
    pytest.param("small :d is", [("d", "neg")], id="exact-case-then-the-word-term-d"),
    pytest.param("the :Data field", [], id="letter-edge-glued-to-letters"),
    pytest.param("at 10:30 today", [], id="clock-time"),
    pytest.param("see http://example.org/:) and www.x.org/:(", [], id="never-inside-a-url"),
    pytest.param("hmm :/ ok", [(":/", "neg")], id="slash-mouth-outside-a-url"),
    pytest.param("(Corrected paragraph:) Sen. Cruz", [], id="colon-closing-a-parenthesis"),
    pytest.param("(as you take note:) the state", [], id="colon-closing-a-parenthesis-2"),
    pytest.param("(done) then :) ok", [(":)", "pos")], id="after-a-closed-parenthesis"),
    pytest.param("oh :( then :)", [(":(", "neg"), (":)", "pos")], id="an-emoticon-bracket-is-not-an-opening"),
    pytest.param("(open\nnew line :)", [(":)", "pos")], id="bracket-on-an-earlier-line"),
    pytest.param("so sad :(", [("sad", "neg"), (":(", "neg")], id="negative"),
    pytest.param("wink ;\u2011P", [(";-P", "pos")], id="hyphen-variant-folds"),
]


@pytest.mark.parametrize(("text", "expected"), GOLDEN)
def test_golden_symbol_matches(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_terms(text, EMO)
    assert [(m.term, m.category) for m in found] == expected
    assert all(text[m.start:m.end] == m.text for m in found)


def test_a_longer_listed_run_is_found_whole() -> None:
    lex = EMO.extend([(":))", "pos")])
    assert [m.text for m in find_terms("that :)) was", lex)] == [":))"]


def test_symbol_only_lexicon_and_other_lexicons_are_independent() -> None:
    only = Lexicon(name="only", version="1", description="", sources=(), categories={"e": ""},
                   terms=(Term(":)", "e"),))
    text = "It may be great :) reportedly."
    both = framing.features.terms.find_terms(text, [load_lexicon("hedges"), only])
    assert [m.text for m in both if m.lexicon == "only"] == [":)"]
    hedges_alone = [(m.start, m.end) for m in find_terms(text, "hedges")]
    assert [(m.start, m.end) for m in both if m.lexicon == "hedges"] == hedges_alone


def test_context_rules_and_negation_apply_to_symbol_terms() -> None:
    lex = Lexicon(name="t", version="1", description="", sources=(), categories={"pos": "", "neg": ""},
                  terms=(Term(":)", "pos", negated="flip", flip_to="neg"),))
    assert [m.category for m in find_terms("I am not :) about it.", lex)] == ["neg"]
    assert [m.category for m in find_terms("I am :) about it.", lex)] == ["pos"]


# --------------------------------------------------------------------------- property: offsets exact, no double count

_TOKENS = ["great", "sad", "news", ":)", ":-)", "(-:", "<3", ":D", ":d", ":(", ":))", "<30", "10:30",
           "http://a.org/:)", "great:)", ":-*", "d", "x"]
_LISTED = {":)", ":-)", "(-:", "<3", ":D", ":(", ":-*", "great", "sad", "d"}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=25), st.sampled_from([" ", "  ", "\n", " \t"]))
def test_symbol_matches_are_exact_and_never_double_counted(tokens: list[str], sep: str) -> None:
    text = sep.join(tokens)
    found = find_terms(text, EMO)
    assert all(text[m.start:m.end] == m.text for m in found)
    spans = sorted((m.start, m.end) for m in found)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))  # no overlap
    # Space-separated tokens: exactly the listed ones, and "great:)" as two; "d" inside ":d".
    expected = []
    for tok in tokens:
        if tok in _LISTED:
            expected.append(tok)
        elif tok == "great:)":
            expected += ["great", ":)"]
        elif tok == ":d":
            expected.append("d")
    assert [m.text for m in found] == expected


# --------------------------------------------------------------------------- the model

@pytest.mark.parametrize(
    ("term", "symbol"),
    [(":)", True), ("(-:", True), ("<3", True), (";-P", True), (":'(", True), ("^_^", True), ("8-/", False), ("x-d", False), ("#metoo", False),
     ("xD", False), ("U.S.", False), ("retaliat*", False), ("self-defense", False), ("AT&T", False)],
)
def test_is_symbol_term(term: str, symbol: bool) -> None:
    assert is_symbol_term(term) is symbol


@pytest.mark.parametrize(
    ("term", "message"),
    [(": )", r"term ': \)' has characters a term cannot hold: a symbol term \(emoticon\) has no space"),
     ("so :)", r"term 'so :\)' has characters a term cannot hold: a symbol term"),
     (":-)))))))))))", r"longer than 10 characters"),
     ("--", r"term '--' is only '-' or '\*'"),
     ("-*", r"term '-\*' is only '-' or '\*'")],
)
def test_bad_symbol_terms_are_refused(term: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        EMO.extend([(term, "pos")])


def test_symbol_terms_keep_their_case_as_distinct_terms() -> None:
    lex = EMO.extend([(":d", "pos")])  # not a duplicate of ":D"
    assert [m.text for m in find_terms("a :d and :D", lex)] == [":d", ":D"]
    with pytest.raises(LexiconError, match=r"':\)' is listed twice"):
        EMO.extend([(":)", "pos")])


# --------------------------------------------------------------------------- every reader keeps them, writers write them

READERS = [
    pytest.param("e.dic", "%\n1\tpos\n%\ngood\t1\n:)\t1\n(-:\t1\n", id="dic"),
    pytest.param("e.dicx", "DicTerm,pos\ngood,X\n:),X\n(-:,X\n", id="dicx"),
    pytest.param("e.yaml", """
        name: e
        version: "1"
        description: emoticons
        categories:
          pos:
            terms: [good, ":)", "(-:"]
        """, id="yaml"),
    pytest.param("e.yml", 'pos: [good, ":)", "(-:"]\n', id="quanteda-yaml"),
    pytest.param("e.lc3", "+pos\ngood\n:)\n(-:\n", id="lc3"),
    pytest.param("e.cat", "POS\n\tgood (1)\n\t:) (1)\n\t(-: (1)\n", id="wordstat-cat"),
    pytest.param("e.ykd", '<?xml version="1.0"?>\n<dictionary name="e">\n<cnode name="pos">\n'
                 '<pnode name="good"/>\n<pnode name=":)"/>\n<pnode name="(-:"/>\n</cnode>\n</dictionary>\n',
                 id="yoshikoder-ykd"),
]


@pytest.mark.parametrize(("name", "text"), READERS)
def test_every_reader_keeps_emoticons(tmp_path: Path, name: str, text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        lex = load_lexicon(write(tmp_path, name, text))
    assert {t.term.lower() for t in lex.terms} == {"good", ":)", "(-:"}
    assert [m.text for m in find_terms("Good :) and good (-:", lex)] == ["Good", ":)", "good", "(-:"]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [pytest.param("x.dic", "%\n1\tpos\n%\ngood\t1\n: )\t1\n", r"x\.dic line 5: term ': \)' has characters .* symbol term \(emoticon\) has no space",
                  id="dic"),
     pytest.param("x.lc3", "+pos\ngood\nso :)\n", r"x\.lc3 line 3: term 'so :\)' has characters .* has no space", id="lc3"),
     pytest.param("x.yml", 'pos: [good, ": )"]\n', r"x\.yml line 1: term ': \)' has characters .* has no space",
                  id="quanteda-yaml")],
)
def test_symbol_term_with_a_space_names_file_and_line(tmp_path: Path, name: str, text: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        load_lexicon(write(tmp_path, name, text))


@pytest.mark.parametrize("suffix", ["dic", "yaml"])
def test_emoticon_dic_round_trips_and_counts(tmp_path: Path, suffix: str) -> None:
    lex = load_lexicon(DICTS / "emoticons.dic")
    assert len(lex.terms) == 11
    copy = load_lexicon(write_lexicon(lex, tmp_path / f"copy.{suffix}"))
    assert [(t.term, t.category) for t in copy.terms] == [(t.term, t.category) for t in lex.terms]
    text = "So happy :) (-: <3 today. Sad :'( and :-( too :D ;-P"
    assert [m.text for m in find_terms(text, copy)] == [m.text for m in find_terms(text, lex)] == [
        "happy", ":)", "(-:", "<3", "Sad", ":'(", ":-(", ":D", ";-P"]


def test_analyze_counts_and_rates_include_symbol_matches() -> None:
    lex = load_lexicon(DICTS / "emoticons.dic")
    corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A", "B"], "text": [
        "Fans were happy :) and sent <3 to the team.", "Fans were sad :( about it."]}))
    result = framing.analyze(corpus, lexicons=[lex])
    arts = result.articles.set_index("outlet")
    assert arts.loc["A", "emoticons_posemo_n"] == 3 and arts.loc["B", "emoticons_negemo_n"] == 2
    # Rates are per 1,000 words; an emoticon is not a word: 3 matches in 9 words.
    assert arts.loc["A", "emoticons_posemo_per_1k"] == pytest.approx(1000 * 3 / 9)
    texts = dict(zip(corpus.frame["doc_id"], corpus.frame["text"]))
    emo = result.matches[result.matches["term"].isin([":)", "<3", ":("])]
    assert len(emo) == 3
    assert all(texts[d][s:e] == t for d, s, e, t in emo[["doc_id", "start", "end", "text"]].itertuples(index=False))


def test_symbols_module_doctests() -> None:
    result = doctest.testmod(framing.features._symbols, verbose=False)
    assert result.attempted > 0 and result.failed == 0
