"""match_events: the same story found without labels, and bad dates said out loud."""

from __future__ import annotations

import itertools
import warnings
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.comparison.events import match_events

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def _pairs(labels: pd.Series) -> set[tuple[str, str]]:
    out = set()
    for _, ids in labels.groupby(labels).groups.items():
        out |= set(itertools.combinations(sorted(ids), 2))
    return out


def test_seed_corpus_story_across_three_outlets_is_found():
    corpus = framing.read_corpus(EXAMPLE)
    events = match_events(corpus)
    assert events["doc_id"].tolist() == corpus.frame["doc_id"].tolist()  # every document, in order
    truth = corpus.frame.set_index("doc_id")["event"]
    found = events.set_index("doc_id")["event"]
    assert _pairs(found) == _pairs(truth)  # pairwise precision and recall 1 on the seed corpus
    story = events[events["event_size"] == 3]
    assert story["n_outlets"].eq(3).all() and story["similarity"].between(0, 1).all()
    assert story["terms"].str.contains("iraq").all()


STORIES = pd.DataFrame({
    "doc_id": list("abcdef"),
    "outlet": ["X", "Y", "Z", "X", "Y", "Z"],
    "date": ["2020-01-01", "2020-01-02", "2020-01-02", "2020-03-01", "2020-03-01", "2020-01-03"],
    "text": ["Senate passes border funding bill after long night of votes in Washington.",
             "Border funding bill passes the Senate after a long night of votes.",
             "Heat wave in Spain: temperatures reach records across Madrid and Seville.",
             "Heat wave in Spain: temperatures reach records across Madrid and Seville.",
             "Central bank raises interest rates to fight inflation, markets fall.",
             "Senate border funding bill: what the long night of votes means."],
})


@pytest.mark.parametrize(("max_size", "sizes"), [(None, [3, 3, 3]), (30, [3, 3, 3]), (2, [2, 2, 1])])
def test_max_size_caps_an_event(max_size, sizes):
    senate = STORIES.loc[[0, 1, 5]].reset_index(drop=True)  # one story, three outlets, three days
    ev = match_events(senate, min_df=1, threshold=0.1, max_size=max_size)
    assert sorted(ev["event_size"], reverse=True) == sizes


def test_date_window_keeps_identical_texts_apart():
    ev = match_events(STORIES, min_df=1, days=3)
    e = dict(zip(ev["doc_id"], ev["event"]))
    assert e["a"] == e["b"] == e["f"]
    assert e["c"] != e["d"]  # same text, two months apart: not the same story
    assert ev.loc[ev["doc_id"] == "e", "event_size"].item() == 1
    assert ev.loc[ev["doc_id"] == "e", "similarity"].isna().item()


def test_missing_and_unparseable_dates_are_own_events_with_a_warning():
    t = STORIES.copy()
    t.loc[0, "date"] = None
    t.loc[1, "date"] = "last tuesday"
    with pytest.warns(UserWarning, match=r"1 document\(s\) without a 'date' and 1 with an unparseable one"):
        ev = match_events(t, min_df=1)
    assert ev["event"].nunique() == len(set(ev["event"]))
    assert ev.loc[0, "note"] == "no date: own event" and ev.loc[1, "note"] == "unparseable date: own event"
    assert ev.loc[0, "event_size"] == 1


@pytest.mark.parametrize(("frame", "kwargs", "message"), [
    pytest.param(STORIES.drop(columns="date"), {}, "date='date': no such column", id="no-date-column"),
    pytest.param(STORIES.assign(date="soon"), {}, "no value could be read as a date", id="no-parseable-date"),
    pytest.param(STORIES, {"threshold": 0}, "threshold", id="bad-threshold"),
    pytest.param(STORIES, {"days": -1}, "days", id="bad-days"),
    pytest.param(STORIES, {"max_size": 1}, "max_size", id="bad-max-size"),
])
def test_bad_input(frame, kwargs, message):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ValueError, match=message):
            match_events(frame, **kwargs)


def test_output_feeds_compare_within():
    rows = []
    for story in range(6):
        for outlet, extra in (("X", 2.0), ("Y", 0.0)):
            rows.append({"doc_id": f"{story}{outlet}", "outlet": outlet, "date": f"2020-0{story + 1}-01",
                         "text": f"Story number {story} about topic{story} and place{story} with detail{story}.",
                         "hedges_per_1k": story + extra})
    t = pd.DataFrame(rows)
    ev = match_events(t, min_df=1)
    assert ev["event_size"].eq(2).all()
    arts = t.merge(ev[["doc_id", "event"]], on="doc_id")
    w = framing.compare_within(arts, within="event", n_boot=200, n_permutations=99)
    assert w.set_index("group").loc["X", "mean_difference"] == pytest.approx(2.0)
