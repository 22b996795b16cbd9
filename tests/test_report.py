"""framing.output.report: the whole comparison written as tables, figures and one self-contained HTML file."""

from __future__ import annotations

import re
import types
import warnings

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import framing  # noqa: E402
from framing.output.report import run_comparison, write_comparison  # noqa: E402


@pytest.fixture(scope="module")
def synthetic():
    rng = np.random.default_rng(0)
    n = 10
    texts, outlets = [], []
    for outlet, extra in (("A", "reportedly a reprisal"), ("B", "a response"), ("C", "")):
        for _ in range(n):
            words = rng.choice("the ministry said talks would continue near the border".split(), 60)
            texts.append(" ".join(words) + ". " + " ".join([extra] * int(rng.integers(1, 4))) + ".")
            outlets.append(outlet)
    corpus = framing.read_corpus(pd.DataFrame({"outlet": outlets, "text": texts}))
    return framing.analyze(corpus)


def test_run_and_write_everything(synthetic, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = run_comparison(synthetic, n_boot=200, cv=3)
    assert c.separability is not None and c.words is not None
    assert set(c.skipped) == {"voice", "sourcing"}  # no quote detection here: said, not hidden
    f = c.findings()
    assert f["survives"].any() and (f["p_adjusted"].diff().dropna() >= 0).all()
    written = write_comparison(c, tmp_path, result=synthetic, formats=("csv", "parquet"))
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {"compare.csv", "pairs.parquet", "distinctive_words.csv", "figures/heatmap.png",
            "figures/rates.png", "report.html"} <= names
    html = (tmp_path / "report.html").read_text()
    assert html.count("data:image/png;base64,") == len([n for n in names if n.startswith("figures/")])
    assert not re.search(r"""src=['"](?!data:)""", html)  # self-contained: no external files
    assert "survive correction" in html and "Holm" in html
    assert "Voice not computed: " in html
    # key findings in sentences, before the table
    assert re.search(r"<li>\w+ uses [\w ]+ ((twice|[\d.]+ times|about) as often as \w+|and \w+ none): [\d.]+ vs "
                     r"[\d.]+ per 1,000 words \(Cliff's delta [\d.]+, Holm-adjusted p = ", html)
    assert html.index("id='findings'") < html.index("id='table'") < html.index("id='figures'")
    # KWIC as an HTML table with the match highlighted, linked to the annotated article
    row = re.search(r"<td><mark>(\w+)</mark></td>.*?<a href='#doc-(\w+)'>", html)
    assert row and f"id='doc-{row.group(2)}'" in html
    assert "<mark class='loaded" in html or "<mark class='hedges" in html  # the article view marks matches
    assert "['" not in html  # no Python list reprs
    pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "compare.csv")[["group", "mean"]],
                                  c.table[["group", "mean"]].reset_index(drop=True))


def test_quotes_add_voice_and_sourcing(synthetic, tmp_path):
    matches = synthetic.matches.assign(in_quote=synthetic.matches.index % 2 == 0)
    quotes = pd.DataFrame({"doc_id": synthetic.articles["doc_id"], "start": 0, "end": 20,
                           "speaker_type": np.resize(["official", "expert", "citizen"], len(synthetic.articles)),
                           "anonymous": np.resize([True, False, False, False], len(synthetic.articles))})
    result = types.SimpleNamespace(articles=synthetic.articles, matches=matches, quotes=quotes,
                                   corpus=synthetic.corpus, sentences=synthetic.sentences,
                                   lexicons=synthetic.lexicons)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = run_comparison(result, n_boot=200, cv=3)
        written = write_comparison(c, tmp_path, result=result, html_report=False)
    assert c.voice is not None and c.sourcing is not None and not c.skipped
    names = {p.name for p in written}
    assert {"voice.csv", "sourcing.csv", "voice.png", "sourcing_speaker_type.png", "sourcing_anonymous.png"} <= names
    assert "report.html" not in names


def test_seed_corpus_report_says_why_there_are_no_tests(example_result, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = run_comparison(example_result, within="event", n_boot=200)
    write_comparison(c, tmp_path, result=example_result, figures=False)
    html = (tmp_path / "report.html").read_text()
    assert "No test inside any single event could be run" in html and "fewer than 2 articles" in html
    assert "2 events with a single group are not shown" in html
    assert "separability" in c.skipped


def test_warnings_are_sentences_said_once():
    from framing.output._report_html import _sentence

    said = _sentence("3 article(s) have no value: ['a1', 'b2'] ...; features: ['x_share']")
    assert said == "3 article(s) have no value: a1, b2 and others; features: x_share."


def test_finding_sentence_for_a_feature_one_group_never_uses():
    from framing.output._report_html import finding_sentence

    r = pd.Series({"feature": "loaded_retaliation_per_1k", "stratum": "all", "group_a": "A", "group_b": "B",
                   "mean_a": 0.0, "mean_b": 1.5, "difference": -1.5, "unit": "per 1,000 words",
                   "cliffs_delta": -0.6, "p_adjusted": 0.001})
    assert finding_sentence(r, "bh") == ("B uses loaded terms of retaliation and A none: 1.5 vs 0 per 1,000 words "
                                         "(Cliff's delta 0.60, Benjamini-Hochberg-adjusted p = 0.001).")


def _dated(n_stories: int = 8, seed: int = 1) -> "framing.Analysis":
    """Three outlets covering the same stories on the same days; outlet A hedges more in every story."""
    rng = np.random.default_rng(seed)
    rows = []
    for s in range(n_stories):
        topic = ["elections", "economy"][s % 2]
        for outlet, extra in (("A", "reportedly possibly"), ("B", ""), ("C", "")):
            words = " ".join(rng.choice("the ministry said talks would continue near the border".split(), 40))
            rows.append({"outlet": outlet, "event": f"story {s}", "topic": topic if outlet != "C" else "economy",
                         "date": f"2020-{1 + s % 6:02d}-{10 + s:02d}", "text": f"{words}. {extra} a reprisal {s}."})
    return framing.analyze(framing.read_corpus(pd.DataFrame(rows)))


def test_without_within_the_report_says_what_is_not_controlled(tmp_path):
    result = _dated()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = run_comparison(result, n_boot=200, cv=2)
        written = write_comparison(c, tmp_path, result=result)
    assert c.within_test is None and "not controlled" in c.confounding
    assert set(c.mix["of"]) == {"topic", "date"}
    assert c.over_time is not None and set(c.over_time["group"]) == {"A", "B", "C"}
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {"mix.csv", "over_time.csv"} <= names and any(n.startswith("figures/over_time_") for n in names)
    html = (tmp_path / "report.html").read_text()
    assert "<b>Not controlled:</b> Outlet groups are compared on all their articles" in html
    assert html.index("id='findings'") < html.index("id='mix'") < html.index("id='figures'")
    # C covers only economy: its mix row says so
    assert re.search(r"<td class='l'>C</td><td>8</td><td>1</td><td class='l'>economy 100%</td>", html)
    assert re.search(r"<h3>Over time, per year: ", html)  # 8 articles per outlet: one cell per year, not 6 of 1-2
    assert "Within the same" not in html


def test_with_within_the_report_gives_one_answer_first(tmp_path):
    result = _dated(n_stories=10)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = run_comparison(result, within="event", n_boot=200, n_permutations=199, cv=2)
        write_comparison(c, tmp_path, result=result, figures=False)
    assert c.within_test is not None and c.mix is None
    assert c.within_test.attrs["within"] == "event"
    html = (tmp_path / "report.html").read_text()
    first = re.search(r"<ul class='findings'><li>([^<]*)</li>", html).group(1)
    assert first.startswith("Within events: one permutation test per feature, outlet labels shuffled inside each "
                            "event (10 events with articles from 2 or more groups; 0 events covered by a single "
                            "group carry no information and are left out)")
    hedges = c.within_test.loc[(c.within_test["feature"] == "hedges_per_1k") & (c.within_test["group"] == "A")].iloc[0]
    assert hedges["mean_difference"] > 0 and hedges["p_adjusted"] < 0.05
    assert re.search(r"Within the same event, A uses hedges [\d.]+ per 1,000 words more than the other groups", html)
    assert "id='within'" in html and "Not controlled" not in html
