from __future__ import annotations

import math
import socket
import subprocess
import sys
import textwrap

import pytest

from framing import Readability, readability
from framing.features.readability import count_syllables, syllables_in

SAMPLE = (
    "The strike killed five people in the city. Officials said the attack was a reprisal "
    "for earlier rocket fire. Iran denied any role in the incident."
)


@pytest.mark.parametrize(
    "word, n",
    [
        ("the", 1), ("government", 3), ("Iranian", 4), ("retaliatory", 5), ("strikes", 1),
        ("Iran's", 2), ("Iran\u2019s", 2), ("Iranian-backed", 5), ("U.S.", 2), ("Kataib", 2),
        ("Hezbollah", 3), ("", 0), ("2019", 1),
    ],
)
def test_count_syllables(word, n):
    assert count_syllables(word) == n


def test_scores_follow_the_formulas():
    r = readability(SAMPLE)
    assert (r.n_words, r.n_sentences) == (26, 3)
    wps, spw = r.n_words / r.n_sentences, r.n_syllables / r.n_words
    assert r.mean_sentence_length == pytest.approx(wps)
    assert r.flesch_reading_ease == pytest.approx(206.835 - 1.015 * wps - 84.6 * spw)
    assert r.flesch_kincaid_grade == pytest.approx(0.39 * wps + 11.8 * spw - 15.59)
    assert r == Readability.from_counts(r.n_words, r.n_sentences, r.n_syllables)


def test_empty_text_gives_nan_not_an_error():
    r = readability("   ")
    assert (r.n_words, r.n_sentences, r.n_syllables) == (0, 0, 0)
    assert math.isnan(r.flesch_reading_ease) and math.isnan(r.mean_sentence_length)


def test_agrees_with_textstat_given_the_same_dictionary(monkeypatch):
    textstat = pytest.importorskip("textstat")
    cs = pytest.importorskip("textstat.backend.counts._count_syllables")
    from framing.features.readability import _cmudict

    # textstat would download nltk's cmudict; hand it the same CMU syllable
    # counts that framing ships, in nltk's format (one phone per syllable).
    table = {word: [["AH0"] * n] for word, n in _cmudict().items()}
    monkeypatch.setattr(cs, "get_cmudict", lambda lang: table)
    ours = readability(SAMPLE)
    assert ours.flesch_reading_ease == pytest.approx(textstat.flesch_reading_ease(SAMPLE))
    assert ours.flesch_kincaid_grade == pytest.approx(textstat.flesch_kincaid_grade(SAMPLE))


def test_works_offline_without_nltk_data(tmp_path):
    # A fresh interpreter with the network cut and nltk unimportable: readability
    # must still work, from the syllable table that ships inside the wheel.
    script = textwrap.dedent(
        """
        import socket, sys
        def refuse(*args, **kwargs):
            raise OSError("network disabled by the test")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        sys.modules["nltk"] = None
        from framing import readability
        r = readability("The strike killed five people. Officials said it was a reprisal.")
        assert r.n_syllables > 10, r
        print(round(r.flesch_reading_ease, 2))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
        env={"NLTK_DATA": str(tmp_path), "PATH": "", "HOME": str(tmp_path)}, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert float(out.stdout.strip()) == pytest.approx(readability(
        "The strike killed five people. Officials said it was a reprisal.").flesch_reading_ease, abs=0.01)


def test_analyze_columns_agree_with_readability(example_result):
    arts = example_result.articles.set_index("doc_id")
    texts = example_result.corpus.frame.set_index("doc_id")["text"]
    for doc_id, text in texts.items():
        r = readability(text)
        row = arts.loc[doc_id]
        assert (row["n_words"], row["n_sentences"]) == (r.n_words, r.n_sentences)
        assert row["flesch_reading_ease"] == pytest.approx(r.flesch_reading_ease)
        assert row["flesch_kincaid_grade"] == pytest.approx(r.flesch_kincaid_grade)
        assert row["mean_sentence_length"] == pytest.approx(r.mean_sentence_length)
        assert 0 < row["flesch_reading_ease"] < 100


def test_syllables_in_counts_each_occurrence():
    assert syllables_in(["war", "war", "government"]) == 5
    assert syllables_in([]) == 0


def test_no_network_needed_in_process(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert readability("Officials were unavailable for comment.").n_syllables == 12
