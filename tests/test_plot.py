"""framing.output.plot: every figure draws from its table, is labelled, and refuses bad input clearly."""

from __future__ import annotations

import types
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

import framing  # noqa: E402
from framing.output import plot


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    n = 8
    frame = pd.DataFrame({
        "doc_id": [f"d{i:02d}" for i in range(3 * n)],
        "outlet": np.repeat(["Beta", "Alpha", "Gamma"], n),
        "hedges_per_1k": np.r_[rng.gamma(2, 2, n), rng.gamma(2, 4, n), rng.gamma(2, 2, n)],
        "loaded_retaliation_per_1k": rng.gamma(1, 1, 3 * n),
    })
    frame.loc[len(frame)] = ["solo", "Delta", 3.0, 1.0]  # one article: no interval
    return frame


@pytest.fixture(scope="module")
def table(articles) -> pd.DataFrame:
    return _quiet(framing.compare, articles, n_boot=200)


def _texts(fig: Figure) -> str:
    parts = [fig._suptitle.get_text() if fig._suptitle else ""]
    for ax in fig.axes:
        parts += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
        parts += [t.get_text() for t in ax.get_yticklabels() + ax.get_xticklabels() + ax.texts]
    return " | ".join(parts)


def test_heatmap_is_labelled_sorted_and_standardised(table):
    fig = plot.heatmap(table)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_ylabel() == "outlet"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Alpha", "Beta", "Delta", "Gamma"]
    assert "per 1,000 words" in ax.get_xlabel()
    assert fig.axes[1].get_ylabel() == "z-score across groups, per feature"
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels == ["hedges", "loaded: retaliation"]


def test_heatmap_marks_significant_features(table):
    starred = table.assign(p_adjusted=np.where(table["feature"] == "hedges_per_1k", 0.001, 0.5))
    labels = [t.get_text() for t in plot.heatmap(starred).axes[0].get_xticklabels()]
    assert labels == ["hedges**", "loaded: retaliation"]


def test_rates_marks_groups_without_interval(table):
    fig = plot.rates(table)
    text = _texts(fig)
    assert "n=1, no CI" in text and "mean per 1,000 words (95% CI, articles resampled)" in text
    # groups sorted by their mean, largest at the top
    part = table[table.feature == "hedges_per_1k"].sort_values("mean")
    ax = next(a for a in fig.axes if a.get_title().startswith("hedges ("))
    assert [t.get_text() for t in ax.get_yticklabels()] == part["group"].tolist()


def test_within_tables_pick_the_stratum_with_most_groups(articles):
    frame = articles.assign(event=["e1"] * 16 + ["e2"] * 9)
    t = _quiet(framing.compare, frame, within="event", n_boot=200)
    assert "e1" in plot.heatmap(t).axes[0].get_title()
    assert "e2" in plot.heatmap(t, stratum="e2").axes[0].get_title()
    with pytest.raises(ValueError, match=r"stratum: 'e3' is not in the table; strata: \['e1', 'e2'\]"):
        plot.heatmap(t, stratum="e3")


def test_voice_plot():
    rows = []
    for g in ("B", "A"):
        for v, m in (("journalist", 1.0), ("quoted", 3.0)):
            rows.append({"stratum": "all", "group": g, "feature": "loaded_per_1k", "voice": v, "mean": m,
                         "ci_low": m - 0.5, "ci_high": m + 0.5})
    fig = plot.voice(pd.DataFrame(rows))
    text = _texts(fig)
    assert "per 1,000 words in that voice (95% CI)" in text and "A" in text
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["journalist's voice", "quoted voices"]


def test_sourcing_plot_stacks_shares_with_unknown_last():
    profile = pd.DataFrame({
        "stratum": "all", "group": ["A", "A", "A", "B", "B", "B"], "dimension": "speaker_type",
        "value": ["(missing)", "official", "expert"] * 2, "n_quotes": [1, 6, 3, 0, 2, 8],
        "share_of_quotes": [0.1, 0.6, 0.3, 0.0, 0.2, 0.8],
    })
    fig = plot.sourcing(profile)
    ax = fig.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[-1] == "(missing)" and set(legend) == {"official", "expert", "(missing)"}
    assert "share of the group's quotes" in ax.get_xlabel()
    assert "A (n=10)" in _texts(fig)
    many = pd.DataFrame({"stratum": "all", "group": "A", "dimension": "cue_class",
                         "value": [f"c{i}" for i in range(10)], "n_quotes": range(10, 0, -1),
                         "share_of_quotes": np.arange(10, 0, -1) / 55})
    legend = [t.get_text() for t in plot.sourcing(many, max_categories=3).axes[0].get_legend().get_texts()]
    assert legend == ["c0", "c1", "c2", "other"]
    with pytest.raises(ValueError, match=r"dimension: 'anonymous' not in the profile"):
        plot.sourcing(profile, dimension="anonymous")


def test_distinctive_and_confusion(articles):
    frame = pd.DataFrame({"outlet": ["A", "A", "B", "B"],
                          "text": ["reprisal strikes", "reprisal again", "defensive strikes", "defensive again"]})
    fig = plot.distinctive(framing.distinctive_words(frame, min_df=1), top=3)
    assert "reprisal (2)" in _texts(fig)
    sep = _quiet(framing.separability, articles, cv=3)
    fig = plot.confusion(sep)
    assert fig.axes[0].get_xlabel() == "predicted group" and "baseline" in fig.axes[0].get_title()


def test_kwic_aligns_keywords(example_result):
    rows = plot.kwic_table(example_result, category="retaliation", width=30, max_rows=None)
    assert len(rows) == len(example_result.matches.query("category == 'retaliation'"))
    texts = example_result.corpus.frame.set_index("doc_id")["text"]
    for r in rows.itertuples():
        assert texts[r.doc_id][r.start:r.end] == r.match
    assert set(rows["group"]) == set(example_result.articles["outlet"])
    limited = plot.kwic_table(example_result, category="retaliation", max_rows=5)
    assert len(limited) == 5 and limited["group"].nunique() == 5  # every outlet shown
    fig = plot.kwic(example_result, category="retaliation", max_rows=5)
    lines = [t.get_text() for t in fig.axes[0].texts]
    keyword_columns = {len(t) - len(t.lstrip()) for t in lines[1::2]}
    assert len(keyword_columns) == 1  # every keyword starts in the same column
    with pytest.raises(ValueError, match="nothing to plot"):
        plot.kwic(example_result, term="no-such-term")


@pytest.mark.parametrize(
    ("draw", "message"),
    [
        pytest.param(lambda: plot.heatmap(pd.DataFrame()), r"lacks columns", id="heatmap-empty"),
        pytest.param(lambda: plot.rates("table"), r"expected the DataFrame returned by framing.compare",
                     id="rates-str"),
        pytest.param(lambda: plot.voice(pd.DataFrame({"group": []})), r"expected the output of framing.compare_voice",
                     id="voice-wrong"),
        pytest.param(lambda: plot.confusion(None), r"expected the Separability", id="confusion-none"),
        pytest.param(lambda: plot.kwic(types.SimpleNamespace()), r"expected a framing.Analysis", id="kwic-none"),
    ],
)
def test_bad_input_is_a_clear_error(draw, message):
    with pytest.raises((ValueError, TypeError), match=message):
        draw()


def test_all_missing_values_do_not_reach_seaborn(table):
    with pytest.raises(ValueError, match=r"nothing to plot: every 'ci_low' is missing"):
        plot.heatmap(table.assign(ci_low=np.nan), value="ci_low")
