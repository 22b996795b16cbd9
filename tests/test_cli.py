"""The ``framing`` command line: analyze and compare, their outputs and exit codes."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from framing.output.cli import _parser, main


def test_analyze_still_writes_its_tables(example_corpus_dir, tmp_path, capsys):
    assert main(["analyze", str(example_corpus_dir), "--out", str(tmp_path), "--quiet"]) == 0
    tables = {"articles", "sentences", "matches", "quotes", "quote_problems", "passives", "removed"}
    assert {p.name for p in tmp_path.iterdir()} == {f"{t}.csv" for t in tables}
    quotes = pd.read_csv(tmp_path / "quotes.csv")
    assert len(quotes) > 20 and {"speaker", "cue_class", "anonymous"} <= set(quotes.columns)


def test_analyze_without_quotes_and_with_actors(example_corpus_dir, tmp_path):
    out = tmp_path / "a"
    assert main(["analyze", str(example_corpus_dir), "--out", str(out), "--quiet", "--actors", "actors"]) == 0
    arts = pd.read_csv(out / "articles.csv")
    assert any(c.startswith("quotes_actor_") for c in arts.columns)
    out = tmp_path / "b"
    assert main(["analyze", str(example_corpus_dir), "--out", str(out), "--quiet", "--no-quotes"]) == 0
    assert pd.read_csv(out / "quotes.csv").empty


def test_compare_writes_tables_figures_and_report(example_corpus_dir, tmp_path, capsys):
    code = main(["compare", str(example_corpus_dir), "--out", str(tmp_path), "--within", "event",
                 "--n-boot", "200", "--format", "csv"])
    assert code == 0
    captured = capsys.readouterr()
    assert "[1/8] reading" in captured.err and "[8/8] writing" in captured.err  # progress
    assert "fewer than 2 articles" in captured.err  # the seed corpus' groups of one, said out loud
    assert "report.html" in captured.out
    files = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert {"articles.csv", "matches.csv", "compare.csv", "pairs.csv", "report.html",
            "figures/heatmap.png", "figures/rates.png"} <= files
    table = pd.read_csv(tmp_path / "compare.csv")
    assert table["ci_low"].isna().all() and (table["correction"] == "holm").all()


def test_compare_quiet_parquet_and_options(example_corpus_dir, tmp_path, capsys):
    code = main(["compare", str(example_corpus_dir), "--out", str(tmp_path), "--quiet", "--no-figures",
                 "--no-report", "--format", "parquet", "--feature", "loaded_*_per_1k", "--correction", "bh",
                 "--n-boot", "200"])
    assert code == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "[1/8]" not in captured.err
    table = pd.read_parquet(tmp_path / "compare.parquet")
    assert table["feature"].str.startswith("loaded_").all() and (table["correction"] == "bh").all()
    assert not (tmp_path / "report.html").exists() and not (tmp_path / "figures").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--by", "source"], "by='source': no such column", id="missing-by"),
        pytest.param(["--within", "story"], "within='story': no such column", id="missing-within"),
        pytest.param(["--feature", "hedges_typo"], "unknown feature 'hedges_typo'", id="unknown-feature"),
        pytest.param(["--by", "file", "--within", "outlet"], "nothing to compare inside", id="no-comparable-stratum"),
        pytest.param(["--n-boot", "10"], "--n-boot: expected at least 100", id="n-boot"),
        pytest.param(["--lexicon", "nope"], "nope", id="unknown-lexicon"),
    ],
)
def test_bad_input_exits_2_with_a_message(example_corpus_dir, tmp_path, capsys, args, message):
    assert main(["compare", str(example_corpus_dir), "--out", str(tmp_path), "--quiet", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing: error:") and message in err


def test_single_outlet_corpus_exits_2(tmp_path, capsys):
    corpus = tmp_path / "one.csv"
    pd.DataFrame({"outlet": ["A", "A"], "text": ["A reprisal.", "Reportedly calm."]}).to_csv(corpus, index=False)
    assert main(["compare", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    assert "only one group ['A']" in capsys.readouterr().err


def test_missing_corpus_exits_2(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "nothing"), "--out", str(tmp_path)]) == 2
    assert "corpus source not found" in capsys.readouterr().err


def test_help_explains_every_option():
    out = subprocess.run([sys.executable, "-m", "framing", "compare", "--help"], capture_output=True, text=True,
                         check=True).stdout
    assert "Exit codes" in out
    compare = next(a for a in _parser()._actions if a.dest == "command").choices["compare"]
    for action in compare._actions:
        assert action.help and len(action.help) > 10, action.option_strings
        assert (action.option_strings or [action.dest])[0] in out


@pytest.mark.parametrize("command", ["analyze", "compare"])
def test_out_pointing_at_a_file_is_a_clear_usage_error(example_corpus_dir, tmp_path, capsys, command):
    # issue 16 #12: a raw FileExistsError traceback before.
    target = tmp_path / "results.csv"
    target.write_text("keep me", encoding="utf-8")
    assert main([command, str(example_corpus_dir), "--out", str(target), "--quiet"]) == 2
    assert "is a file; expected a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me"
