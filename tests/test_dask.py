"""framing.dask on a real dask.distributed LocalCluster with 2 workers, checked against pandas."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import framing

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")
framing_dask = pytest.importorskip("framing.dask")


@pytest.fixture(scope="module")
def client():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def frame(example_corpus_dir):
    raw = framing.read_corpus(example_corpus_dir, clean=False).frame
    rows = pd.concat([raw] * 3, ignore_index=True)
    rows["doc_id"] = [f"{d}-{i}" for i, d in enumerate(rows["doc_id"])]
    rows.loc[4, "text"] = ""  # an empty document must keep its row
    return rows[["doc_id", "outlet", "date", "event", "text"]]


def test_dask_matches_pandas_on_local_cluster(client, frame):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = framing.analyze(framing.read_corpus(frame))
    ddf = dd.from_pandas(frame, npartitions=4)
    res = framing_dask.analyze(ddf)
    assert {"articles", "sentences", "matches"} <= set(res.tables)
    got = res.compute()
    for name in res.tables:
        left = getattr(expected, name).reset_index(drop=True)
        right = getattr(got, name).reset_index(drop=True)
        pd.testing.assert_frame_equal(left, right, check_dtype=False, obj=name)
    assert got.articles["doc_id"].tolist() == frame["doc_id"].tolist()


def test_dask_default_ids_follow_the_index(client):
    frame = pd.DataFrame({"outlet": ["A", "B", "C"], "text": ["A disastrous plan.", "Reportedly.", "Nothing."]})
    got = framing_dask.analyze(dd.from_pandas(frame, npartitions=2)).compute()
    assert got.articles["doc_id"].tolist() == ["0", "1", "2"]
    assert got.articles["loaded_n"].tolist() == [1, 0, 0]


def test_dask_bad_input():
    with pytest.raises(TypeError, match="expects a dask.dataframe.DataFrame, got DataFrame"):
        framing_dask.analyze(pd.DataFrame({"text": ["x"]}))
    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"], "outlet": ["A"]}), npartitions=1)
    with pytest.raises(framing.CorpusError, match="no text column 'text'"):
        framing_dask.analyze(ddf)


def _csv_parts(tmp_path, with_ids):
    for k in range(2):
        rows = pd.DataFrame({"outlet": ["A", "B", "C"], "text": [f"Part {k}: a reprisal.", "Reportedly.", "None."]})
        if with_ids:
            rows.insert(0, "id", ["a", f"b{k}", "c"])
        rows.to_csv(tmp_path / f"part{k}.csv", index=False)
    return dd.read_csv(str(tmp_path / "part*.csv"))


def test_dask_rows_of_several_files_get_unique_row_number_ids(client, tmp_path):
    # issue 16 #5: dd.read_csv("part*.csv") restarts the index in each file (0,1,2,0,1,2).
    ddf = _csv_parts(tmp_path, with_ids=False)
    got = framing_dask.analyze(ddf).compute()
    assert got.articles["doc_id"].tolist() == ["0", "1", "2", "3", "4", "5"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = framing.analyze(ddf.compute().reset_index(drop=True))  # the pandas path numbers rows alike
    assert got.matches.groupby("doc_id").size().to_dict() == expected.matches.groupby("doc_id").size().to_dict()
    assert set(got.matches["doc_id"]) >= {"1", "4"}  # "Reportedly." in both files: two documents, not one


def test_dask_duplicate_ids_across_partitions_are_refused(client, tmp_path):
    ddf = _csv_parts(tmp_path, with_ids=True)
    res = framing_dask.analyze(ddf)
    with pytest.raises(framing.CorpusError, match=r"duplicate document ids across partitions in column 'id': 'a' "
                                                   r"\(partitions 0 and 1\), 'c'"):
        res.compute()
    with pytest.raises(framing.CorpusError, match="duplicate document ids"):
        res.matches.compute()
