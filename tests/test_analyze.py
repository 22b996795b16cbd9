from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import framing
from framing import LexiconError, analyze, read_corpus


def _texts(result):
    return result.corpus.frame.set_index("doc_id")["text"]


def test_every_document_has_an_article_row(example_result, example_corpus):
    assert example_result.articles["doc_id"].tolist() == example_corpus.frame["doc_id"].tolist()
    assert (example_result.articles["n_sentences"] > 0).all()


def test_offsets_are_the_truth(example_result):
    texts = _texts(example_result)
    for row in example_result.sentences.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text
    sents = example_result.sentences.set_index(["doc_id", "sent_id"])
    for row in example_result.matches.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text
        sent = sents.loc[(row.doc_id, row.sent_id)]
        assert sent["start"] <= row.start and row.end <= sent["end"]


def test_counts_and_rates_follow_from_matches(example_result):
    arts = example_result.articles.set_index("doc_id")
    counts = example_result.matches.groupby(["doc_id", "lexicon"]).size()
    for (doc_id, lexicon), n in counts.items():
        assert arts.loc[doc_id, f"{lexicon}_n"] == n
        assert arts.loc[doc_id, f"{lexicon}_per_1k"] == pytest.approx(n * 1000 / arts.loc[doc_id, "n_words"])
    words = example_result.sentences.groupby("doc_id")["n_words"].sum()
    assert (arts.loc[words.index, "n_words"] == words).all()


def test_seed_story_framing_terms_are_found(example_result):
    m = example_result.matches
    by_doc = m.groupby("doc_id")["text"].apply(lambda s: {t.lower() for t in s})
    assert "reprisal" in by_doc["000_4957cbe8f01fa5c6"]
    assert "defensive precision strikes" in by_doc["001_ff71f17875251950"]
    assert "it was not clear" in by_doc["004_2980e0dcca6e89cd"]


def test_empty_and_whitespace_documents_keep_rows():
    frame = pd.DataFrame({"outlet": ["A", "B", "C"], "text": ["", "   \n\n ", "It was reportedly a reprisal."]})
    with pytest.warns(UserWarning, match="2 document"):
        corpus = read_corpus(frame)
    result = analyze(corpus, lexicons=["hedges", "loaded", "conflict"])
    arts = result.articles
    assert arts["doc_id"].tolist() == ["0", "1", "2"]
    assert arts["n_words"].tolist() == [0, 0, 5]
    assert np.isnan(arts.loc[0, "hedges_per_1k"])
    assert arts.loc[2, "hedges_n"] == 1 and arts.loc[2, "conflict_retaliation_n"] == 1
    assert set(result.sentences["doc_id"]) == {"2"}


def test_parallel_results_identical_and_in_order(example_corpus):
    one = analyze(example_corpus, n_jobs=1)
    two = analyze(example_corpus, n_jobs=2, chunksize=1)
    pd.testing.assert_frame_equal(one.articles, two.articles)
    pd.testing.assert_frame_equal(one.sentences, two.sentences)
    pd.testing.assert_frame_equal(one.matches, two.matches)


def test_unknown_lexicon_lists_available(example_corpus):
    with pytest.raises(LexiconError, match="unknown lexicon 'hedgez'; built-in lexicons are: .*hedges"):
        analyze(example_corpus, lexicons=["hedgez"])


def test_lexicon_file_and_single_name(tmp_path):
    dic = tmp_path / "mine.dic"
    dic.write_text("%\n1\tthreat\n%\nstrike*\t1\n", encoding="utf-8")
    corpus = read_corpus(pd.DataFrame({"outlet": ["A"], "text": ["Strikes and a striker."]}))
    result = analyze(corpus, lexicons=[dic])
    assert result.matches["text"].tolist() == ["Strikes", "striker"]
    assert result.articles.loc[0, "mine_threat_n"] == 2
    assert analyze(corpus, lexicons="hedges").lexicons[0].name == "hedges"


def test_bad_options(example_corpus):
    with pytest.raises(ValueError, match="n_jobs must be at least 1, got 0"):
        analyze(example_corpus, n_jobs=0)
    with pytest.raises(ValueError, match="names must be distinct"):
        analyze(example_corpus, lexicons=["hedges", "hedges"])


def test_accepts_a_path_or_dataframe(example_corpus_dir):
    assert len(analyze(str(example_corpus_dir)).articles) == 5


_WORDS = st.sampled_from(
    ["The", "strike", "was", "reportedly", "a", "reprisal", "U.S.", "officials", "said", "terrorists", "\n\n", "."]
)
_DOC = st.lists(_WORDS, max_size=30).map(" ".join)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_DOC, min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_document_order(texts, rnd):
    frame = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "outlet": "A", "text": texts})
    order = list(range(len(texts)))
    rnd.shuffle(order)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = analyze(read_corpus(frame))
        b = analyze(read_corpus(frame.iloc[order].reset_index(drop=True)))
    key = ["doc_id"]
    pd.testing.assert_frame_equal(
        a.articles.sort_values(key).reset_index(drop=True), b.articles.sort_values(key).reset_index(drop=True)
    )
    pd.testing.assert_frame_equal(
        a.matches.sort_values(["doc_id", "start", "category"]).reset_index(drop=True),
        b.matches.sort_values(["doc_id", "start", "category"]).reset_index(drop=True),
    )
    assert (a.articles["hedges_per_1k"].dropna() >= 0).all()


def test_analyze_iter_equals_analyze(example_corpus):
    whole = analyze(example_corpus)
    parts = list(framing.analyze_iter(example_corpus, chunksize=2, n_jobs=2))
    assert [len(p.articles) for p in parts] == [2, 2, 1]
    for name in ("articles", "sentences", "matches"):
        joined = pd.concat([getattr(p, name) for p in parts], ignore_index=True)
        pd.testing.assert_frame_equal(joined, getattr(whole, name), obj=name)


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_analyze_iter_cleans_a_path_as_analyze_does(example_corpus_dir, example_corpus, n_jobs):
    # with workers, each chunk's texts are cleaned on them: the same texts and tables
    whole = analyze(example_corpus)
    parts = list(framing.analyze_iter(example_corpus_dir, chunksize=2, n_jobs=n_jobs))
    text = pd.concat([p.corpus.frame for p in parts], ignore_index=True)["text"]
    pd.testing.assert_series_equal(text, example_corpus.frame["text"])
    removed = pd.concat([p.corpus.removed for p in parts], ignore_index=True)
    pd.testing.assert_frame_equal(removed, example_corpus.removed)
    for name in ("articles", "sentences", "matches", "quotes"):
        joined = pd.concat([getattr(p, name) for p in parts], ignore_index=True)
        pd.testing.assert_frame_equal(joined, getattr(whole, name), obj=name)


def test_analyze_iter_unknown_read_option_names_it(example_corpus_dir):
    with pytest.raises(TypeError, match="textcol"):
        next(framing.analyze_iter(example_corpus_dir, textcol="body"))


def test_chunk_size_and_workers_do_not_change_results(example_corpus):
    whole = analyze(example_corpus)
    for n_jobs in (1, 2):
        chunks = analyze(example_corpus, n_jobs=n_jobs, chunksize=1)
        for name in ("articles", "sentences", "matches", "quotes", "passives", "quote_problems"):
            pd.testing.assert_frame_equal(getattr(chunks, name), getattr(whole, name), obj=name)
        assert chunks.corpus is example_corpus


def test_reading_with_workers_cleans_like_read_corpus():
    # analyze(path, n_jobs=2) cleans the texts on the workers: the corpus,
    # its cleaning audit and every table are what read_corpus + analyze give.
    folder = Path(__file__).resolve().parents[1] / "examples" / "corpus"
    expected = analyze(framing.read_corpus(folder))
    got = analyze(folder, n_jobs=2, chunksize=1)
    pd.testing.assert_frame_equal(got.corpus.frame, expected.corpus.frame)
    pd.testing.assert_frame_equal(got.corpus.removed, expected.corpus.removed)
    assert len(got.corpus.removed) > 0
    for name in ("articles", "sentences", "matches", "quotes", "passives", "quote_problems"):
        pd.testing.assert_frame_equal(getattr(got, name), getattr(expected, name), obj=name)


# ------------------------------------------------ issue 16 #9: n_jobs however Python was started

_UNGUARDED = '''
import warnings, pandas as pd, framing
{pre}
frame = pd.DataFrame({{"outlet": list("ABCD"), "text": [
    "Officials said the strike was reportedly a reprisal.", "It is not clear who ordered it.",
    "\\u201cWe will respond,\\u201d the minister said.", "The base was attacked by militants."]}})
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    two = framing.analyze(frame, n_jobs=2, chunksize=1)
one = framing.analyze(frame, n_jobs=1)
assert two.articles.equals(one.articles) and two.matches.equals(one.matches)
print("OK", len(two.articles), len(two.matches), "|".join(str(w.message) for w in caught))
'''


def _run_python(args, tmp_path, *, stdin=None, pre=""):
    import subprocess
    import sys

    script = _UNGUARDED.format(pre=pre)
    (tmp_path / "unguarded_job.py").write_text(script, encoding="utf-8")
    cmd = [sys.executable, *[a.replace("SCRIPT", str(tmp_path / "unguarded_job.py")) for a in args]]
    out = subprocess.run(cmd, input=script if stdin else None, capture_output=True, text=True, cwd=tmp_path,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        pytest.param(["SCRIPT"], False, id="script-without-main-guard"),
        pytest.param(["-"], True, id="code-from-stdin"),
        pytest.param(["-m", "unguarded_job"], False, id="module-without-main-guard"),
    ],
)
def test_n_jobs_works_however_python_was_started(tmp_path, args, stdin):
    out = _run_python(args, tmp_path, stdin=stdin)
    assert out.startswith("OK 4 ")
    assert "analysing in this process" not in out  # the workers ran


def test_n_jobs_falls_back_to_one_process_with_a_warning_when_workers_cannot_start(tmp_path):
    # A fresh-interpreter start method (as on macOS/Windows) cannot re-import
    # code read from stdin: the analysis runs here, with a warning saying why.
    pre = "import framing.analysis._pool as p; p._start_method = lambda: 'spawn'"
    out = _run_python(["-"], tmp_path, stdin=True, pre=pre)
    assert out.startswith("OK 4 ")
    assert "n_jobs=2: analysing in this process: the main module comes from '<stdin>'" in out


# ------------------------------------------------ issue 16 #4: column collisions


@pytest.mark.parametrize("column", ["n_words", "hedges_n", "hedges_modal_per_1k"])
def test_input_column_with_a_feature_name_is_refused(column):
    frame = pd.DataFrame({"outlet": ["A", "B"], "text": ["It may rain.", "It rained."], column: [1, 2]})
    with pytest.raises(framing.CorpusError, match=rf"input column\(s\) \['{column}'\] have the names of feature"):
        analyze(frame, lexicons=["hedges"])


def test_lexicon_categories_writing_the_same_column_are_refused(tmp_path):
    def write(name, category):
        path = tmp_path / f"{name}.yaml"
        path.write_text(f"name: {name}\nversion: '1'\ndescription: d\ncategories:\n  {category}:\n"
                        f"    description: d\n    terms: [{name}{category}word]\n", encoding="utf-8")
        return path

    with pytest.raises(ValueError, match=r"'x_y_z_n' from lexicon 'x' category 'y_z' and lexicon 'x_y' category 'z'"):
        analyze(pd.DataFrame({"outlet": ["A"], "text": ["Words."]}), lexicons=[write("x", "y_z"), write("x_y", "z")])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1_ '\u2019.\u2011-\n,é\u00a0")), max_size=60))
@example("Kata'ib Iran-backed U.S. a..b a.-b -a- 'x' 1.5")
def test_the_possessive_word_pattern_finds_the_plain_words(text):
    from framing.analysis import _docs

    assert _docs._WORD.findall(text) == re.findall(_docs._WORD_PLAIN, text)
