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
    assert "No test could be run" in html and "fewer than 2 articles" in html
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
