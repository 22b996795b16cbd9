"""framing.analysis._store: Analysis.save and framing.read_analysis round-trip every table exactly."""

from __future__ import annotations

import json
import sys
import types
import warnings

import pandas as pd
import pytest

import framing
from framing.analysis import _run

TABLES = ("articles", "sentences", "matches", "passives", "quotes", "quote_problems")


@pytest.fixture(scope="module")
def result():
    frame = pd.DataFrame({
        "outlet": ["A", "B", "B"],
        "year": [2012, 2019, 2019],
        "text": ['"It was a reprisal," an official said. The base was reportedly hit.',
                 "Officials said the strikes were defensive. Troops were deployed.", ""],
    })
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the empty text is recorded in `problems`, with a warning
        return framing.analyze(framing.read_corpus(frame), lexicons=["hedges", "loaded"])


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_every_table_round_trips_exactly(result, tmp_path, fmt):
    folder = result.save(tmp_path / "run", format=fmt)
    assert sorted(p.name for p in folder.glob(f"*.{fmt}")) == sorted(f"{t}.{fmt}" for t in (*TABLES, "corpus",
                                                                                             "removed"))
    again = framing.read_analysis(folder)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(again, name), getattr(result, name), check_exact=True)
    pd.testing.assert_frame_equal(again.corpus.frame, result.corpus.frame, check_exact=True)
    pd.testing.assert_frame_equal(again.corpus.removed, result.corpus.removed, check_exact=True)
    assert again.lexicons == result.lexicons
    meta = json.loads((folder / "analysis.json").read_text())
    assert meta["lexicons"][0]["name"] == "hedges" and meta["table_format"] == fmt


def test_offsets_still_point_at_the_text_after_reloading(result, tmp_path):
    again = framing.read_analysis(result.save(tmp_path / "run", format="csv"))
    texts = again.corpus.frame.set_index("doc_id")["text"]
    for m in again.matches.itertuples():
        assert texts[m.doc_id][m.start:m.end] == m.text


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        pytest.param(lambda p: p, FileNotFoundError, "no analysis.json here", id="empty-folder"),
        pytest.param(lambda p: (p / "analysis.json").write_text('{"format": "x"}') and p, ValueError,
                     "not written by Analysis.save", id="foreign-json"),
    ],
)
def test_reading_something_else_is_a_clear_error(tmp_path, make, error, message):
    with pytest.raises(error, match=message):
        framing.read_analysis(make(tmp_path))


def test_unknown_format_is_refused(result, tmp_path):
    with pytest.raises(ValueError, match="format: expected 'csv' or 'parquet', got 'xlsx'"):
        result.save(tmp_path / "run", format="xlsx")


def test_rich_display_in_a_notebook(result):
    html = result._repr_html_()
    assert "framing.Analysis" in html and "<table" in html and "1 article(s) with problems" in html


def test_progress_bar_shows_in_jupyter(monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    monkeypatch.delitem(sys.modules, "IPython", raising=False)
    assert isinstance(_run._progress(total=3, enabled=True), _run._NoBar)  # not a terminal, no kernel

    class ZMQInteractiveShell:  # what get_ipython() returns inside a notebook kernel
        pass

    monkeypatch.setitem(sys.modules, "IPython", types.SimpleNamespace(get_ipython=ZMQInteractiveShell))
    bar = _run._progress(total=3, enabled=True)
    assert not isinstance(bar, _run._NoBar)
    bar.close()


def test_lexicons_reload_by_name_when_the_pickle_cannot_be_read(result, tmp_path):
    folder = result.save(tmp_path / "run", format="csv")
    (folder / "lexicons.pickle").write_bytes(b"\x80\x04\x95\x1a\x00\x00\x00\x00\x00\x00\x00\x8c\x13framing.moved_away\x94.")
    with pytest.warns(UserWarning, match="reloaded the lexicons by name and version"):
        again = framing.read_analysis(folder)
    assert [(lx.name, lx.version) for lx in again.lexicons] == [(lx.name, lx.version) for lx in result.lexicons]
    meta = json.loads((folder / "analysis.json").read_text())
    meta["lexicons"][0]["version"] = "0.0.1"
    (folder / "analysis.json").write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="lexicon hedges 0.0.1 is not available to reload"):
        framing.read_analysis(folder)
