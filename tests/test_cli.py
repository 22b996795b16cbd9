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


def test_version_and_help_without_none_defaults(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out.startswith("framing (media-framing) ")
    for command in ("analyze", "compare"):
        sub = next(a for a in _parser()._actions if a.dest == "command").choices[command]
        text = sub.format_help()
        assert "(default: None)" not in text and "Exit codes: 0 success" in text
        assert "-j JOBS, --jobs JOBS, --n-jobs JOBS" in text and "all cores" in text
        formats = next(a for a in sub._actions if a.dest == "format").choices
        assert list(formats) == ["csv", "parquet", "both"]  # the same choices in both commands


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--outlet-col", "source"], "--outlet-col 'source': no outlet column", id="outlet-col"),
        pytest.param(["--feature", "hedges_typo"], "hedges_typo", id="feature"),
        pytest.param(["--jobs", "0"], "--jobs: expected at least 1", id="jobs"),
    ],
)
def test_bad_options_fail_before_the_analysis(example_corpus_dir, tmp_path, capsys, monkeypatch, args, message):
    import framing.output.cli as cli

    def no_analysis(*a, **k):
        if len(a[0]) > 1:  # the one-document probe of --feature is allowed
            raise AssertionError("the analysis ran before the options were checked")
        return real(*a, **k)

    real = cli.analyze
    monkeypatch.setattr(cli, "analyze", no_analysis)
    assert main(["compare", str(example_corpus_dir), "--out", str(tmp_path), "--quiet", *args]) == 2
    assert message in capsys.readouterr().err


def test_compare_by_several_columns(tmp_path):
    corpus = tmp_path / "c.csv"
    texts = ["A reprisal, officials said.", "Reportedly calm.", "Possibly a reprisal.", "Calm, they said."] * 3
    pd.DataFrame({"outlet": list("AB") * 6, "bias": ["left"] * 6 + ["right"] * 6, "text": texts}).to_csv(
        corpus, index=False)
    assert main(["compare", str(corpus), "--out", str(tmp_path / "o"), "--quiet", "--by", "outlet,bias",
                 "--n-boot", "100", "--cv", "2", "--no-figures", "--no-report"]) == 0
    groups = set(pd.read_csv(tmp_path / "o" / "group_sizes.csv")["group"])
    assert groups == {"A / left", "A / right", "B / left", "B / right"}


def test_parquet_without_pyarrow_is_refused_before_reading(example_corpus_dir, tmp_path, capsys, monkeypatch):
    import framing.output.cli as cli

    monkeypatch.setattr(cli, "_has_pyarrow", lambda: False)
    monkeypatch.setattr(cli, "read_corpus", lambda *a, **k: pytest.fail("read before the options were checked"))
    assert main(["analyze", str(example_corpus_dir), "--out", str(tmp_path), "--format", "parquet"]) == 2
    assert "Parquet needs pyarrow (pip install media-framing[parquet])" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--events", "3", "--within", "event"], "--events: compares within the stories it finds",
                     id="events+within"),
        pytest.param(["--events", "0"], "expected DAYS > 0", id="events-days"),
        pytest.param(["--events", "3", "--event-threshold", "1.5"], "a cosine in (0, 1]", id="events-threshold"),
    ],
)
def test_events_options_fail_before_the_analysis(example_corpus_dir, tmp_path, capsys, monkeypatch, args, message):
    import framing.output.cli as cli

    monkeypatch.setattr(cli, "analyze", lambda *a, **k: (_ for _ in ()).throw(AssertionError("analysis ran")))
    assert main(["compare", str(example_corpus_dir), "--out", str(tmp_path), "--quiet", *args]) == 2
    assert message in capsys.readouterr().err


def test_events_without_a_date_column_is_refused(tmp_path, capsys):
    corpus = tmp_path / "c.csv"
    pd.DataFrame({"outlet": list("AB") * 3, "text": ["Talks went on."] * 6}).to_csv(corpus, index=False)
    assert main(["compare", str(corpus), "--out", str(tmp_path / "o"), "--quiet", "--events", "3"]) == 2
    assert "--events: no article has a date" in capsys.readouterr().err


def test_events_finds_stories_and_compares_within_them(tmp_path):
    stories = ["Flood waters rise in Venice as the lagoon barrier fails during storm",
               "Senate passes farm subsidy bill after long overnight debate on tariffs",
               "Volcano erupts near Reykjavik airport, flights cancelled across Iceland"]
    rows = []
    for s, story in enumerate(stories):
        for outlet, extra in (("A", "Reportedly, possibly"), ("B", "Officials said"), ("C", "Witnesses said")):
            rows.append({"outlet": outlet, "date": f"2021-0{s + 1}-1{s}", "title": story,
                         "text": f"{story}. {extra} the situation is serious. {story.split()[0]} again."})
    corpus = tmp_path / "c.csv"
    pd.DataFrame(rows).to_csv(corpus, index=False)
    assert main(["compare", str(corpus), "--out", str(tmp_path / "o"), "--quiet", "--events", "2",
                 "--n-boot", "100", "--permutations", "99", "--cv", "2", "--no-figures"]) == 0
    events = pd.read_csv(tmp_path / "o" / "events.csv")
    assert events["event"].nunique() == 3 and (events["n_outlets"] == 3).all()
    within = pd.read_csv(tmp_path / "o" / "within_test.csv")
    assert (within["n_stories_used"] == 3).all() and set(within["group"]) == {"A", "B", "C"}
    assert "Within events: one permutation test" in (tmp_path / "o" / "report.html").read_text()
