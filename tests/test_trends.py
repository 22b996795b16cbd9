"""rates_over_time: per period or per day since a story broke, with intervals; bad dates said out loud."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from framing.comparison.trends import rates_over_time  # noqa: E402
from framing.output.plot import over_time  # noqa: E402


def _articles() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    n = 120
    counts = rng.poisson(4, n)
    words = rng.integers(300, 900, n)
    return pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(n)], "outlet": np.where(np.arange(n) % 2, "A", "B"),
        "date": pd.date_range("2020-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
        "event": [f"e{i // 10}" for i in range(n)], "n_words": words,
        "hedges_n": counts, "hedges_per_1k": counts / words * 1000,
    })


@pytest.mark.parametrize("freq", ["W", "M"])
def test_cells_and_intervals(freq):
    t = _articles()
    r = rates_over_time(t, freq=freq)
    assert r["n_articles"].sum() == len(t)
    ok = r["n_articles"] >= 2
    assert (r.loc[ok, "per_1k_low"] <= r.loc[ok, "per_1k"]).all()
    assert (r.loc[ok, "per_article_high"] >= r.loc[ok, "per_article"]).all()
    jan_a = t[(t["outlet"] == "A") & t["date"].str.startswith("2020-01")]
    if freq == "M":
        row = r[(r["group"] == "A") & (r["period"] == pd.Timestamp("2020-01-01"))].iloc[0]
        assert row["per_article"] == pytest.approx(jan_a["hedges_n"].mean())
        assert row["per_1k"] == pytest.approx(jan_a["hedges_per_1k"].mean())


def test_days_since_story_broke():
    r = rates_over_time(_articles(), since="event")
    assert sorted(r["period"].unique()) == list(range(10))
    assert r.attrs["since"] == "event"


def test_bad_dates():
    t = _articles()
    with pytest.raises(ValueError, match="date='published': no such column"):
        rates_over_time(t, date="published")
    with pytest.raises(ValueError, match="no value could be read as a date"):
        rates_over_time(t.assign(date="someday"))
    t.loc[:4, "date"] = "someday"
    with pytest.warns(UserWarning, match="5 with an unparseable one"):
        r = rates_over_time(t)
    assert r["n_articles"].sum() == len(t) - 5


def test_plot_draws_one_line_per_group_with_bands():
    fig = over_time(rates_over_time(_articles(), freq="W"))
    ax = fig.axes[0]
    assert len(ax.get_legend().get_texts()) == 2 and len(ax.collections) >= 2
    with pytest.raises(ValueError, match="expected the table of framing.rates_over_time"):
        over_time(pd.DataFrame({"x": [1]}))


def test_over_time_is_in_the_plot_package_and_keeps_the_report_colours():
    import framing

    t = rates_over_time(_articles(), freq="W")
    assert framing.plot.over_time is over_time
    order = ["Z-first", *sorted(t["group"].unique())]  # a group absent here still takes its colour slot
    fig = over_time(t, order=order)
    colours = framing.plot.group_colours(order)
    lines = {line.get_label(): line.get_color() for line in fig.axes[0].get_lines() if not line.get_label().startswith("_")}
    import matplotlib.colors as mc

    assert set(lines) == set(t["group"])
    for group, colour in lines.items():
        assert mc.to_hex(colour) == mc.to_hex(colours[group])
