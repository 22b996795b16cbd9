"""Every dictionary format framing reads and writes (framing/dictionary/), on small files written for these tests.

The files under tests/data/dictionaries/ imitate each tool's format; none is
copied from a licensed dictionary. Bad input gets a clear error naming file,
line and problem, or a warning naming the lines skipped; never a silently
wrong count.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import textwrap
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
import framing.dictionary
from framing import Lexicon, LexiconError, Term, find_terms, load_lexicon, write_lexicon

DICTS = Path(__file__).resolve().parent / "data" / "dictionaries"


def write(tmp_path: Path, name: str, text: str, *, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(textwrap.dedent(text).lstrip("\n").encode(encoding))
    return path


def terms_of(lex: Lexicon) -> list[tuple[str, str, float]]:
    return [(t.term, t.category, t.weight) for t in lex.terms]


# --------------------------------------------------------------------------- readers, good files

READERS = [
    pytest.param("quanteda_flat.yml", ["ECONOMY", "CRIME"], ("burglar*", "CRIME", 1.0), id="quanteda-flat"),
    pytest.param(
        "quanteda_nested.yml", ["AFRICA/EAST/BI", "AFRICA/EAST/KE", "AFRICA/WEST/NG", "EUROPE/FR"],
        ("nairobi", "AFRICA/EAST/KE", 1.0), id="quanteda-nested",
    ),
    pytest.param("liwc22.dicx", ["posemo", "negemo"], ("sad", "negemo", 1.0), id="liwc22-dicx"),
    pytest.param("liwc22_weighted.dicx", ["valence", "arousal"], ("bad*", "valence", -2.0), id="liwc22-weighted"),
    pytest.param(
        "emfd_style.csv", ["care_p", "fairness_p", "loyalty_p", "care_sent", "fairness_sent", "loyalty_sent"],
        ("betray", "loyalty_sent", -0.61), id="emfd-csv",
    ),
    pytest.param("mfd2_style.dic", ["care.virtue", "care.vice", "fairness.virtue", "fairness.vice"],
                 ("cheat*", "fairness.vice", 1.0), id="mfd2-dic"),
    pytest.param("tone.lc3", ["negative", "positive"], ("no problem*", "positive", 1.0), id="lexicoder-lc3"),
    pytest.param("topics.ykd", ["Economy/State", "Economy/Market", "Crime"], ("privati*", "Economy/Market", 1.0),
                 id="yoshikoder-ykd"),
]


@pytest.mark.parametrize(("file", "categories", "entry"), READERS)
def test_reader(file: str, categories: list[str], entry: tuple[str, str, float]) -> None:
    lex = load_lexicon(DICTS / file)
    assert list(lex.categories) == categories
    assert entry in terms_of(lex)
    assert lex.name == Path(file).stem and lex.path == str(DICTS / file)


def test_emfd_zero_is_not_membership() -> None:
    lex = load_lexicon(DICTS / "emfd_style.csv")
    assert ("harm", "loyalty_p") not in {(t.term, t.category) for t in lex.terms}
    assert lex.weighted


def test_wordstat_hierarchy_weights_and_rule_warning() -> None:
    with pytest.warns(UserWarning, match=r"topics\.cat: skipped .*line 7: WordStat rule '@ RULE NEAR \(1\)'"):
        lex = load_lexicon(DICTS / "topics.cat")
    assert list(lex.categories) == ["ECONOMY/TAXES", "ECONOMY/JOBS", "CRIME"]
    assert ("TAX CUT", "ECONOMY/TAXES", 2.0) in terms_of(lex)  # "_" joins a phrase's words
    assert [m.category for m in find_terms("A tax cut, jobs and theft.", lex)] == [
        "ECONOMY/TAXES", "ECONOMY/JOBS", "CRIME"]


def test_liwc2007_conditional_entries_become_context_rules() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the emoticon is kept now, with no warning
        lex = load_lexicon(DICTS / "liwc2007.dic")
    assert (":)", "posemo", 1.0) in terms_of(lex)
    found = [(m.text, m.category) for m in find_terms("This kind of plan. A kind man. I like it, like a rock.", lex)]
    assert ("kind", "quant") in found and ("kind", "cogmech") in found  # "kind of" vs "kind"
    assert found.count(("like", "posemo")) == 1 and found.count(("like", "verb")) == 1  # after "I", or not
    assert [c for t, c in found if t == "kind"] == ["quant", "cogmech"]


def test_cp1252_is_read_with_a_warning() -> None:
    with pytest.warns(UserWarning, match=r"cp1252\.dic: not valid UTF-8 \(first at line 4\); read as Windows-1252"):
        lex = load_lexicon(DICTS / "cp1252.dic")
    assert [t.term for t in lex.terms] == ["naïve"]
    assert [m.text for m in find_terms("A naïve plan.", lex)] == ["naïve"]


def test_utf8_file_gives_no_encoding_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_lexicon(DICTS / "mfd2_style.dic")


def test_collapse_nested_categories() -> None:
    lex = load_lexicon(DICTS / "quanteda_nested.yml")
    assert list(lex.collapse(1).categories) == ["AFRICA", "EUROPE"]
    assert list(lex.collapse(2).categories) == ["AFRICA/EAST", "AFRICA/WEST", "EUROPE/FR"]
    assert [m.category for m in find_terms("From Nairobi to Lagos and Paris.", lex.collapse(1))] == [
        "AFRICA", "AFRICA", "EUROPE"]
    with pytest.raises(LexiconError, match="level must be a whole number >= 1"):
        lex.collapse(0)


def test_collapse_keeps_a_term_under_two_children_once(tmp_path: Path) -> None:
    path = write(tmp_path, "twice.yml", "A:\n  x: [border]\n  y: [border, wall]\n")
    lex = load_lexicon(path).collapse(1)
    assert [m.text for m in find_terms("the border wall", lex)] == ["border", "wall"]


# --------------------------------------------------------------------------- format choice


def test_format_override_and_sniffing(tmp_path: Path) -> None:
    dic = write(tmp_path, "list.txt", "%\n1\tposemo\n%\ngood\t1\n")
    assert list(load_lexicon(dic).categories) == ["posemo"]  # sniffed from the '%' line
    assert list(load_lexicon(dic, format="dic").categories) == ["posemo"]
    lc3 = write(tmp_path, "tone.dat", "+neg\nbad\n")
    assert list(load_lexicon(lc3).categories) == ["neg"]
    csv = write(tmp_path, "export.dat", "term;posemo\ngood;X\n")
    assert terms_of(load_lexicon(csv, format="csv")) == [("good", "posemo", 1.0)]


def test_unknown_format_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.dat", "just some words\nand more\n")
    with pytest.raises(LexiconError, match=r"notes\.dat: unknown dictionary format .*format="):
        load_lexicon(path)
    with pytest.raises(LexiconError, match=r"format: unknown format 'sav'; expected one of"):
        load_lexicon(path, format="sav")


# --------------------------------------------------------------------------- bad input

BAD = [
    pytest.param("x.dic", "%\n1\tposemo\n1\tnegemo\n%\ngood\t1\n",
                 r"x\.dic line 3: category number 1 is declared twice \(first at line 2 as 'posemo'\)",
                 id="dic-category-id-twice"),
    pytest.param("x.dic", "%\n1\tposemo\n2\tposemo\n%\ngood\t1\n",
                 r"x\.dic line 3: category name 'posemo' is declared twice", id="dic-category-name-twice"),
    pytest.param("x.dic", "%\n1\tposemo\n%\ngood\t1\nGood\t1\n",
                 r"x\.dic line 5: 'Good' is listed twice in category 'posemo' \(first at line 4\)",
                 id="dic-term-twice"),
    pytest.param("x.dic", "%\n1\tposemo\n%\n-\t1\n", r"x\.dic line 4: term '-' has no letter or digit",
                 id="dic-term-only-hyphen"),
    pytest.param("x.dic", "%\n1\tposemo\n%\ngood\t2\n",
                 r"x\.dic line 4: category number 2 is not declared", id="dic-undefined-category"),
    pytest.param("x.dic", "%\n1\tposemo\n2\tnegemo\n%\ngood\t1\n",
                 r"x\.dic line 3: category 'negemo' has no terms", id="dic-empty-category"),
    pytest.param("x.cat", "ECONOMY\n\tTAX (1)\n    JOBS (1)\n",
                 r"x\.cat line 3: indentation mixes tabs and spaces", id="cat-mixed-indent"),
    pytest.param("x.cat", "ECONOMY\n\tTAX (high)\n", r"x\.cat line 2: weight must be a number, got 'high'",
                 id="cat-weight-not-number"),
    pytest.param("x.cat", "ECONOMY\n\t\tTAX (1)\n", r"x\.cat line 2: indented 2 levels", id="cat-skipped-level"),
    pytest.param("x.cat", "ECONOMY\nCRIME\n\tTHEFT (1)\n", r"x\.cat line 1: category 'ECONOMY' has no terms",
                 id="cat-empty-category"),
    pytest.param("x.dicx", "DicTerm,valence\ngood,2.5\nbad,high\n",
                 r"x\.dicx line 3 column 2 \(valence\): expected X, a number or an empty cell, got 'high'",
                 id="dicx-weight-not-number"),
    pytest.param("x.dicx", "DicTerm,pos,pos\ngood,X,\n", r"x\.dicx line 1 column 3: category 'pos' is used twice",
                 id="dicx-category-twice"),
    pytest.param("x.dicx", "DicTerm,pos,neg\ngood,X,\n", r"x\.dicx line 1: category 'neg' has no terms",
                 id="dicx-empty-category"),
    pytest.param("x.dicx", "DicTerm,pos\ngood,X,X\n", r"x\.dicx line 2: expected 2 fields like the header, got 3",
                 id="dicx-ragged-row"),
    pytest.param("x.yml", "ECONOMY: [tax*, '*jobs']\n", r"x\.yml line 1: term '\*jobs': a wildcard is allowed only",
                 id="quanteda-leading-wildcard"),
    pytest.param("x.yml", "ECONOMY: []\nCRIME: [theft]\n", r"x\.yml line 1: category 'ECONOMY' has no terms",
                 id="quanteda-empty-category"),
    pytest.param("x.yml", "ECONOMY: [tax]\nECONOMY: [jobs]\n", r"x\.yml line 2: category 'ECONOMY' is used twice",
                 id="quanteda-category-twice"),
    pytest.param("x.lc3", "abandon*\n+negative\nabus*\n", r"x\.lc3 line 1: pattern 'abandon\*' comes before",
                 id="lc3-term-before-category"),
    pytest.param("x.lc3", "+neg\nbad\n+neg\nworse\n", r"x\.lc3 line 3: category 'neg' is declared twice",
                 id="lc3-category-twice"),
    pytest.param("x.ykd", '<?xml version="1.0"?>\n<dictionary>\n<pnode name="tax"/>\n</dictionary>\n',
                 r"x\.ykd line 3: a pattern \(pnode\) outside any category", id="ykd-pattern-outside"),
    pytest.param("x.ykd", '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY a "aaaa">]>\n<dictionary/>\n',
                 r"x\.ykd line 2: a DOCTYPE declaration is not allowed", id="ykd-doctype"),
    pytest.param("x.ykd", '<dictionary>\n<cnode name="A">\n<pnode name="x"/>\n</dictionary>\n',
                 r"x\.ykd line 4: invalid XML: mismatched tag", id="ykd-broken-xml"),
    pytest.param("x.ykd", '<dictionary>\n<cnode name="A">\n</cnode>\n</dictionary>\n',
                 r"x\.ykd line 2: category 'A' has no terms", id="ykd-empty-category"),
]


@pytest.mark.parametrize(("name", "text", "message"), BAD)
def test_bad_input_names_file_line_and_problem(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(LexiconError, match=message):
        load_lexicon(path)


def test_undecodable_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "x.dic"
    path.write_bytes(b"%\n1\tposemo\n%\ngood\t1\nbad\x81\t1\n")  # 0x81 is undefined in cp1252 too
    with pytest.raises(LexiconError, match=r"x\.dic line 5: neither UTF-8 nor Windows-1252"):
        load_lexicon(path)


def test_binary_or_encrypted_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "LIWC2015.dic"
    path.write_bytes(b"%\n1\tposemo\n%\n\x00\x13\x9a\x00garbage")
    with pytest.raises(LexiconError, match=r"LIWC2015\.dic line 4: a NUL byte: this is a binary or encrypted file"):
        load_lexicon(path)


def test_utf16_file_with_bom_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "u16.dic", "%\n1\tposemo\n%\nnaïve\t1\n", encoding="utf-16")
    assert [t.term for t in load_lexicon(path).terms] == ["naïve"]


def test_dictionary_stage_imports_no_later_stage() -> None:
    # The layout rule for stage 4: the dictionary package knows nothing of matching or analysis.
    import ast

    folder = Path(framing.dictionary.__file__).parent
    for module in folder.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                if name.startswith("framing"):
                    assert name.startswith(("framing.dictionary", "framing._text")), (module.name, name)


# --------------------------------------------------------------------------- writers


@pytest.mark.parametrize("name", [n for n in framing.list_lexicons() if n != "tone"] + ["tone"])
def test_yaml_writer_round_trips_every_builtin_lexicon(tmp_path: Path, name: str) -> None:
    lex = load_lexicon(name)
    copy = load_lexicon(write_lexicon(lex, tmp_path / f"{name}.yaml"))
    assert copy.to_frame().drop(columns="line").equals(lex.to_frame().drop(columns="line"))
    assert (copy.name, copy.version, copy.sources, copy.license, copy.negators, dict(copy.categories)) == (
        lex.name, lex.version, lex.sources, lex.license, lex.negators, dict(lex.categories))


def test_dic_writer_round_trips_terms_and_warns_about_what_it_drops(tmp_path: Path) -> None:
    lex = load_lexicon(DICTS / "mfd2_style.dic")
    copy = load_lexicon(write_lexicon(lex, tmp_path / "copy.dic"))
    assert terms_of(copy) == terms_of(lex) and list(copy.categories) == list(lex.categories)
    weighted = load_lexicon(DICTS / "liwc22_weighted.dicx")
    with pytest.warns(UserWarning, match=r"weights, context rules, negation or case settings of 2 term\(s\)"):
        write_lexicon(weighted, tmp_path / "weighted.dic")


def test_writer_refuses_other_formats(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="can write format 'yaml' or 'dic'"):
        write_lexicon("hedges", tmp_path / "hedges.cat")


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


@settings(max_examples=40, deadline=None)
@given(
    entries=st.dictionaries(
        st.tuples(_WORDS, st.sampled_from(["pos", "neg", "a.b"])),
        st.one_of(st.just(1.0), st.floats(-4, 4, allow_nan=False).filter(lambda w: w != 0).map(lambda w: round(w, 3))),
        min_size=1, max_size=12,
    )
)
def test_yaml_round_trip_property(tmp_path_factory: pytest.TempPathFactory, entries: dict) -> None:
    terms = tuple(Term(term=w, category=c, weight=wt) for (w, c), wt in entries.items())
    lex = Lexicon(name="prop", version="1", description="d", sources=(),
                  categories={c: "" for c in dict.fromkeys(t.category for t in terms)}, terms=terms)
    path = tmp_path_factory.mktemp("rt") / "prop.yaml"
    assert sorted(terms_of(load_lexicon(write_lexicon(lex, path)))) == sorted(terms_of(lex))


# --------------------------------------------------------------------------- weighted scores and tone


def test_weighted_lexicon_scores_sum_weights_and_flip_on_negation(tmp_path: Path) -> None:
    path = write(tmp_path, "val.yaml", """
        name: val
        version: "1"
        description: test valence
        categories:
          pos:
            terms:
              - {term: good, weight: 2.0, negated: {flip: neg}}
              - {term: fine, weight: 0.5, negated: {flip: neg}}
          neg:
            terms:
              - {term: bad, weight: 3.0, negated: {flip: pos}}
        """)
    corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A", "B"], "text": [
        "a good and fine plan that is not bad at all here today now",  # 13 words
        "nothing to see",
    ]}))
    art = framing.analyze(corpus, lexicons=[path], quotes=False, progress=False).articles
    assert art.loc[0, "val_pos_n"] == 3  # good, fine, and "not bad" flipped
    assert art.loc[0, "val_pos_per_1k"] == pytest.approx((2.0 + 0.5 + 3.0) * 1000 / art.loc[0, "n_words"])
    assert art.loc[0, "val_pos_mean"] == pytest.approx(5.5 / 3)
    assert art.loc[0, "val_neg_n"] == 0 and pd.isna(art.loc[0, "val_neg_mean"])
    assert pd.isna(art.loc[1, "val_mean"]) and art.loc[1, "val_per_1k"] == 0
    assert "val_pos_per_1k" in framing.select_features(art)


def test_unweighted_lexicons_get_no_mean_columns(example_result) -> None:
    assert not [c for c in example_result.articles.columns if c.endswith("_mean")]


def test_tone_lexicon_is_shipped_with_citation_and_licence() -> None:
    tone = load_lexicon("tone")
    assert tone.weighted and set(tone.categories) == {"positive", "negative"}
    assert "Hutto" in tone.sources[0] and "MIT" in tone.license
    found = [(m.text, m.category) for m in find_terms(
        "The United States said the plan was not good. Health care is a terrible mess, like last year.", tone)]
    assert found == [("good", "negative"), ("terrible", "negative"), ("mess", "negative")]


def test_tone_by_voice_separates_the_outlet_from_its_sources() -> None:
    corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A", "A", "B", "B"], "text": [
        'Officials praised a good, fair deal. "It is a terrible disaster," the senator said.',
        'The talks were a success. "This is a tragedy," a protester said.',
        'The plan is a terrible failure. "It is a great and wonderful day," the mayor said.',
        'The vote was a disaster. "We are happy," the governor said.',
    ]}))
    result = framing.analyze(corpus, lexicons=["tone"], progress=False)
    table = framing.tone_by_voice(result)
    assert list(table["doc_id"]) == list(result.articles["doc_id"])
    a, b = table[table.outlet == "A"], table[table.outlet == "B"]
    assert (a["tone_journalist_net_per_1k"] > 0).all() and (a["tone_quoted_net_per_1k"] < 0).all()
    assert (b["tone_journalist_net_per_1k"] < 0).all() and (b["tone_quoted_net_per_1k"] > 0).all()
    words = table["tone_journalist_words"] + table["tone_paraphrase_words"] + table["tone_quoted_words"]
    assert (words == table["n_words"]).all()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        per_outlet = framing.compare(table, by="outlet", features=["tone_*_net_per_1k"], n_boot=200)
    means = per_outlet.set_index(["feature", "group"])["mean"]
    assert means[("tone_journalist_net_per_1k", "A")] > 0 > means[("tone_journalist_net_per_1k", "B")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        by_voice = framing.compare_voice(result, lexicon="tone", n_boot=200)  # sums weights, as tone_by_voice
    row = by_voice[(by_voice.feature == "tone_positive_per_1k") & (by_voice.voice == "journalist")
                   & (by_voice.group == "A")]
    assert row["mean"].item() == pytest.approx(a["tone_journalist_positive_per_1k"].mean())


# --------------------------------------------------------------------------- docstring examples of the private modules


@pytest.mark.parametrize(
    "module_name",
    [f"framing.dictionary.{m.name}" for m in pkgutil.iter_modules(framing.dictionary.__path__)]
    + ["framing.features.terms", "framing.comparison.tone"],
)
def test_module_doctests(module_name: str) -> None:
    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0
