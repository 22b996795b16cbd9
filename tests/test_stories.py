"""compare_within (one test inside stories) and mix (what an unstratified comparison mixes)."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from framing.comparison.stories import compare_within, mix


def _stories(n_stories: int, shift: float, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for s in range(n_stories):
        level = rng.normal(10, 5)  # stories differ a lot: the story effect must not create an outlet effect
        for outlet, delta in (("A", shift), ("B", 0.0), ("C", 0.0)):
            for k in range(2):
                rows.append({"doc_id": f"{s}-{outlet}-{k}", "outlet": outlet, "event": f"s{s}",
                             "hedges_per_1k": level + delta + rng.normal(0, 1)})
    return pd.DataFrame(rows)


def test_outlet_effect_inside_stories_is_found():
    w = compare_within(_stories(30, shift=2.0), n_boot=300, n_permutations=199)
    a = w.set_index("group").loc["A"]
    assert a["p_value"] < 0.01
    assert a["mean_difference"] == pytest.approx(2.0, abs=0.5) and a["ci_low"] > 0
    assert a["n_stories"] == 30 and a["n_stories_used"] == 30 and a["n_stories_single"] == 0


def test_no_outlet_effect_gives_a_large_p_value():
    w = compare_within(_stories(30, shift=0.0, seed=2), n_boot=300, n_permutations=199)
    assert w["p_value"].iloc[0] > 0.05
    assert w["mean_difference"].abs().max() < 0.6


def test_single_outlet_stories_are_counted_and_left_out():
    t = _stories(10, shift=1.0)
    solo = pd.DataFrame({"doc_id": ["z1", "z2"], "outlet": ["A", "A"], "event": ["solo", "solo"],
                         "hedges_per_1k": [50.0, 60.0]})
    with pytest.warns(UserWarning, match=r"1 event\(s\) are covered by a single outlet"):
        w = compare_within(pd.concat([t, solo]), n_boot=200, n_permutations=99)
    assert (w["n_stories_single"] == 1).all() and (w["n_stories_used"] == 10).all()
    assert w.attrs["n_stories_single"] == 1


def test_every_story_with_one_outlet_is_an_error():
    t = pd.DataFrame({"doc_id": list("abcd"), "outlet": list("AABB"), "event": list("xxyy"),
                      "hedges_per_1k": [1.0, 2, 3, 4]})
    with pytest.raises(ValueError, match="no event has articles from 2 or more outlet groups"):
        compare_within(t)


def test_missing_within_column_is_an_error():
    with pytest.raises(ValueError, match="within='story': no such column"):
        compare_within(_stories(3, 0.0), within="story")


def test_mix_shares_topics_and_periods():
    t = pd.DataFrame({"outlet": list("AAAB"), "topic": ["x", "x", None, "y"],
                      "date": ["2019-05-01", "2020-01-01", "2020-02-01", "not a date"]})
    m = mix(t)
    assert m.groupby("group")["share"].sum().tolist() == pytest.approx([1.0, 1.0])
    assert "(missing)" in set(m["value"])
    with pytest.warns(UserWarning, match="not dates"):
        years = mix(t, of="date")
    assert set(years.loc[years["group"] == "A", "value"]) == {"2019", "2020"}


# compare(within=...) carries compare_within's one answer in attrs["within"] (issue 17 follow-up).


def test_compare_within_attaches_the_one_test_and_keeps_the_rows():
    from framing.comparison._compare import compare

    data = _stories(12, shift=2.0, seed=5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = compare(data, within="event", n_boot=200, n_permutations=99, random_state=3)
        alone = compare_within(data, within="event", n_boot=200, n_permutations=99, random_state=3)
    assert len(table) == 12 * 3 and set(table["stratum"]) == {f"s{s}" for s in range(12)}
    pd.testing.assert_frame_equal(pd.DataFrame(table.attrs["within"]), alone, check_dtype=False)
    assert table.attrs["within_column"] == "event" and table.attrs["by"] == "outlet"
    assert pd.DataFrame(table.attrs["within"]).set_index("group").loc["A", "p_value"] < 0.05


def test_compare_without_within_has_no_within_answer():
    from framing.comparison._compare import compare

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = compare(_stories(3, shift=0.0), n_boot=200)
    assert table.attrs["within"] is None and table.attrs["within_column"] is None
    assert "confounding" in table.attrs


def test_compare_within_warns_about_single_outlet_strata_once_per_question():
    from framing.comparison._compare import compare

    data = pd.concat([_stories(5, shift=1.0), pd.DataFrame(
        {"doc_id": ["solo"], "outlet": ["A"], "event": ["alone"], "hedges_per_1k": [3.0]})], ignore_index=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = compare(data, within="event", n_boot=200, n_permutations=99)
    assert pd.DataFrame(table.attrs["within"])["n_stories_single"].iloc[0] == 1
    assert sum("left out of compare_within" in str(w.message) for w in caught) == 1


def test_concat_of_two_compare_within_tables_works():
    from framing.comparison._compare import compare

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = compare(_stories(3, shift=0.0), within="event", n_boot=200, n_permutations=99)
        b = compare(_stories(3, shift=0.0, seed=1), within="event", n_boot=200, n_permutations=99)
    assert len(pd.concat([a, b])) == len(a) + len(b)
