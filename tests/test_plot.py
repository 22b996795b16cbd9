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
    assert ax.get_xlabel() == "outlet" and ax.get_ylabel() == "feature"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Alpha", "Beta", "Delta", "Gamma"]
    assert "per 1,000 words" in ax.get_title(loc="left")
    assert fig.axes[1].get_ylabel() == "z-score across groups"
    # rows by effect size: the largest group-vs-rest |Cliff's delta| first
    size = table.assign(d=table["cliffs_delta"].abs()).groupby("feature")["d"].max().sort_values(ascending=False)
    labels = [t.get_text().rstrip("*") for t in ax.get_yticklabels()]
    assert labels == [plot.feature_label(f) for f in size.index]


def test_heatmap_marks_significant_features_only_when_tested(table):
    starred = table.assign(p_adjusted=np.where(table["feature"] == "hedges_per_1k", 0.001, 0.5))
    labels = [t.get_text() for t in plot.heatmap(starred).axes[0].get_yticklabels()]
    assert "hedges**" in labels and "loaded: retaliation" in labels
    untested = plot.heatmap(table.assign(p_adjusted=np.nan))
    assert not any("*" in t.get_text() for t in untested.axes[0].get_yticklabels())
    assert "no test ran" in " ".join(t.get_text() for t in untested.texts)


def test_heatmap_one_unit_per_panel_and_zero_features_left_out(table):
    share = table.loc[table["feature"] == "hedges_per_1k"].assign(feature="agentless_share", unit="share (0-1)")
    zero = table.loc[table["feature"] == "hedges_per_1k"].assign(feature="never_per_1k", mean=0.0)
    fig = plot.heatmap(pd.concat([table, share, zero]))
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_title(loc="left")]
    assert titles == ["Numbers: mean per 1,000 words", "Numbers: mean share (0-1)"]
    assert "1 feature(s) zero in every group not shown" in " ".join(t.get_text() for t in fig.texts)
    with pytest.raises(ValueError, match="several units"):
        plot.heatmap(pd.concat([table, share]), ax=plt.subplots()[1])


def test_rates_keep_one_group_order_and_name_only_drawn_intervals(table):
    fig = plot.rates(table)
    text = _texts(fig) + " ".join(t.get_text() for t in fig.texts)
    assert "Open circles: no interval" in text and "95% bootstrap intervals" in text
    first = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert first == ["Alpha (n=8)", "Beta (n=8)", "Delta (n=1)", "Gamma (n=8)"]  # the same in every panel
    # one colour per group, the same in every panel
    colours = {tuple(np.round(line.get_color() if isinstance(line.get_color(), tuple) else
                              matplotlib.colors.to_rgb(line.get_color()), 3)) for ax in fig.axes for line in ax.lines
               if len(line.get_ydata()) == 1 and line.get_ydata()[0] == 0}
    assert len(colours) == 1
    single = table.loc[table["group"] == "Delta"].assign(stratum="all")
    no_ci = plot.rates(pd.concat([single, single.assign(group="Eps")]))
    assert "95%" not in _texts(no_ci) + " ".join(t.get_text() for t in no_ci.texts)


def test_group_order_and_words():
    assert plot.group_order(["2019", "2012", "Vox", "abc"]) == ["2012", "2019", "abc", "Vox"]
    assert plot.words("iran_aligned_militias") == "Iran aligned militias"
    colours = plot.group_colours(["A", "B", "C"])
    assert len(set(colours.values())) == 3


def test_within_tables_pick_the_stratum_with_most_groups(articles):
    frame = articles.assign(event=["e1"] * 16 + ["e2"] * 9)
    t = _quiet(framing.compare, frame, within="event", n_boot=200)
    assert "e1" in plot.heatmap(t)._suptitle.get_text()
    assert "e2" in plot.heatmap(t, stratum="e2")._suptitle.get_text()
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
    missing = pd.DataFrame(rows).assign(mean=lambda d: np.where(d["group"] == "A", np.nan, 0.0),
                                        ci_low=np.nan, ci_high=np.nan)
    text = _texts(plot.voice(missing))
    assert "no words" in text and " 0 " in f" {text} ".replace("|", " ") and "95% CI" not in text
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
    assert legend[-1] == "not identified" and set(legend) == {"Official", "Expert", "not identified"}
    assert "share of the group's quotes" in ax.get_xlabel()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A (n=10)", "B (n=10)"]  # group order, not by share
    assert "A (n=10)" in _texts(fig)
    many = pd.DataFrame({"stratum": "all", "group": "A", "dimension": "cue_class",
                         "value": [f"c{i}" for i in range(10)], "n_quotes": range(10, 0, -1),
                         "share_of_quotes": np.arange(10, 0, -1) / 55})
    legend = [t.get_text() for t in plot.sourcing(many, max_categories=3).axes[0].get_legend().get_texts()]
    assert legend == ["C0", "C1", "C2", "Other"]
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
    cells = [t.get_text() for t in fig.axes[0].texts]
    assert all("%" in c and "(" in c for c in cells)  # shares, with counts in brackets


def test_kwic_aligns_keywords(example_result):
    rows = plot.kwic_table(example_result, category="retaliation", width=30, max_rows=None)
    assert len(rows) == len(example_result.matches.query("category == 'retaliation'"))
    texts = example_result.corpus.frame.set_index("doc_id")["text"]
    for r in rows.itertuples():
        assert texts[r.doc_id][r.start:r.end] == r.text
    # one concordance: the same rows and columns as framing.kwic, plus the group
    same = framing.kwic(example_result, category="retaliation", width=30)
    assert list(rows.columns) == ["group", *same.columns]
    pd.testing.assert_frame_equal(rows.drop(columns="group").sort_values(["doc_id", "start"]).reset_index(drop=True),
                                  same.sort_values(["doc_id", "start"]).reset_index(drop=True))
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
