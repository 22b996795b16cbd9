"""framing.comparison.voice: the journalist's voice vs quoted voices, and sourcing profiles (synthetic quote tables)."""

from __future__ import annotations

import types
import warnings

import numpy as np
import pandas as pd
import pytest

import framing
from framing.comparison.voice import compare_voice, sourcing


def _quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


# --------------------------------------------------------------------------- voice


def _voice_result(in_quote=True):
    texts = ['He said "a brutal reprisal" today.', "A brutal reprisal, he wrote.",
             'Officials: "brutal." Quiet day.', "Calm words only here."]
    corpus = framing.read_corpus(pd.DataFrame({"doc_id": list("abcd"), "outlet": list("AABB"), "text": texts}))
    articles = corpus.metadata.assign(n_words=[6, 5, 4, 4])
    starts = {"a": [10, 18], "b": [2, 9], "c": [11]}
    rows = [(d, s) for d, ss in starts.items() for s in ss]
    matches = pd.DataFrame({
        "doc_id": [d for d, _ in rows], "start": [s for _, s in rows],
        "lexicon": "loaded", "category": ["evaluative", "retaliation", "evaluative", "retaliation", "evaluative"],
    })
    if in_quote:
        matches["in_quote"] = [True, True, False, False, True]
    quotes = pd.DataFrame({"doc_id": ["a", "c"], "start": [8, 10], "end": [27, 19],
                           "speaker_type": ["person", "official"]})
    return types.SimpleNamespace(articles=articles, matches=matches, quotes=quotes, corpus=corpus, lexicons=())


def test_voice_split_rates_per_words_of_each_voice():
    t = _quiet(compare_voice, _voice_result(), n_boot=200)
    a = t[(t.group == "A") & (t.feature == "loaded_per_1k")].set_index("voice")
    # doc a: 3 quoted words ("a brutal reprisal"), 3 journalist words, 2 quoted matches;
    # doc b: no quote, 5 journalist words, 2 journalist matches.
    assert a.loc["quoted", "n_articles"] == 1 and a.loc["quoted", "mean"] == pytest.approx(2 / 3 * 1000)
    assert a.loc["journalist", "mean"] == pytest.approx((0 / 3 + 2 / 5) / 2 * 1000)
    assert set(t["denominator"]) == {"words in that voice"}
    assert {"voice", "denominator"} <= set(t.columns)


def test_voice_needs_quotes():
    with pytest.raises(ValueError, match=r"compare_voice needs quotes: .*neither a 'voice' nor an 'in_quote' column"):
        compare_voice(_voice_result(in_quote=False))


def test_voice_unknown_lexicon():
    with pytest.raises(ValueError, match=r"lexicon: 'hedges' is not among the lexicons.*\['loaded'\]"):
        compare_voice(_voice_result(), lexicon="hedges")


# --------------------------------------------------------------------------- sourcing


def _quotes_result():
    articles = pd.DataFrame({"doc_id": list("abcdef"), "outlet": list("AAABBB")})
    quotes = pd.DataFrame({
        "doc_id": list("aabbccddeeff"),
        "speaker_type": ["official", "official", "official", None, "official", "expert",
                         "citizen", "citizen", "expert", "citizen", "citizen", "official"],
        "anonymous": [True, True, False, True, True, False, False, False, False, False, False, False],
        "cue_class": ["neutral"] * 12,
    })
    return types.SimpleNamespace(articles=articles, quotes=quotes)


def test_sourcing_shares_per_outlet():
    t = _quiet(sourcing, _quotes_result(), n_boot=200)
    assert set(t["dimension"]) == {"speaker_type", "anonymous", "cue_class"}
    sums = t.groupby(["group", "dimension"])["share_of_quotes"].sum()
    np.testing.assert_allclose(sums.to_numpy(), 1.0)
    anon = t[(t.dimension == "anonymous") & (t.value == "anonymous")].set_index("group")
    assert anon.loc["A", "n_quotes"] == 4 and anon.loc["A", "share_of_quotes"] == pytest.approx(4 / 6)
    assert anon.loc["A", "mean"] == pytest.approx((1 + 0.5 + 0.5) / 3)
    assert "(missing)" in set(t.loc[t.dimension == "speaker_type", "value"])  # kept, not dropped
    cue = t[t.dimension == "cue_class"]
    assert cue["p_value"].isna().all()  # one value everywhere: nothing to test


def test_sourcing_needs_quotes_and_known_dimensions():
    with pytest.raises(ValueError, match=r"sourcing needs quotes"):
        sourcing(types.SimpleNamespace(articles=pd.DataFrame({"doc_id": ["a"], "outlet": ["A"]})))
    with pytest.raises(ValueError, match=r"dimensions: \['actor'\] not in the quote table"):
        sourcing(_quotes_result(), dimensions=["actor"])


def test_voice_counts_words_of_quote_parts_not_the_attribution_between():
    result = _voice_result()
    # doc a as one quote in two pieces: '"a brutal' (8-17) and 'reprisal"' (17-27); the whole span is the same
    result.quotes = pd.DataFrame({"doc_id": ["a", "c"], "start": [0, 10], "end": [27, 19],
                                  "parts": [[(8, 17), (17, 27)], [(10, 19)]]})
    t = _quiet(compare_voice, result, n_boot=200)
    quoted = t[(t.group == "A") & (t.feature == "loaded_per_1k") & (t.voice == "quoted")].iloc[0]
    assert quoted["mean"] == pytest.approx(2 / 3 * 1000)  # 3 quoted words, not the 5 of start..end


def test_every_match_has_one_of_three_voices():
    # issue 14: the journalist's words, the journalist's paraphrase of a source, the source's own words
    # ("Critics called it brutal": a label with its object is the critics' claim, their paraphrased word)
    text = ("The mayor said the raid was a brutal attack and “a brutal betrayal” of the city. "
            "Critics called it brutal. “It was brutal,” Smith said. Smith said the raid was brutal. "
            "The winter was brutal.")
    frame = pd.DataFrame({"outlet": ["a"], "text": [text]})
    result = framing.analyze(framing.read_corpus(frame), lexicons=["loaded"])
    m = result.matches.loc[result.matches["term"].str.startswith("brutal")].sort_values("start")
    assert m["voice"].tolist() == ["paraphrase", "quoted", "paraphrase", "quoted", "paraphrase", "journalist"]
    # in_quote keeps its meaning: inside a quote's parts (an indirect quote's part is its clause)
    assert m["in_quote"].tolist() == [False, True, True, True, True, False]


def test_voice_words_split_three_ways():
    text = "The mayor said the plan was “a disaster” for the city. Critics agree."
    frame = pd.DataFrame({"outlet": ["a"], "text": [text]})
    result = framing.analyze(framing.read_corpus(frame), lexicons=["loaded"])
    from framing.comparison.voice import _voice_words

    words = _voice_words(result, result.articles["doc_id"].astype(str).tolist())
    # quoted: "a disaster"; paraphrase: "the plan was", "for the city"
    assert (words["quoted"][0], words["paraphrase"][0]) == (2, 6)


def test_a_stance_object_stays_in_the_journalists_voice():
    # issue 14: "defended the brutal crackdown" is a stance (cue_type belief), but its object is
    # nobody's wording: no paraphrase there, unlike the reported clause after "said"
    text = "The senator defended the brutal crackdown on Monday. Smith said the raid was brutal."
    frame = pd.DataFrame({"outlet": ["a"], "text": [text]})
    result = framing.analyze(framing.read_corpus(frame), lexicons=["loaded"])
    q = result.quotes.sort_values("start")
    assert q[["cue", "cue_class", "cue_type"]].values.tolist() == [
        ["defended", "stance", "belief"], ["said", "neutral", "speech"]]
    m = result.matches.loc[result.matches["term"].str.startswith("brutal")].sort_values("start")
    assert m["voice"].tolist() == ["journalist", "paraphrase"]
    from framing.comparison.voice import _voice_words

    words = _voice_words(result, result.articles["doc_id"].astype(str).tolist())
    assert (words["quoted"][0], words["paraphrase"][0]) == (0, 4)  # "the raid was brutal" only


def test_an_impression_stays_in_the_journalists_voice():
    # "appears to be brutal": no source is named, the words are the journalist's own
    text = "The crackdown appears to be brutal. Smith said the raid was brutal."
    frame = pd.DataFrame({"outlet": ["a"], "text": [text]})
    result = framing.analyze(framing.read_corpus(frame), lexicons=["loaded"])
    q = result.quotes.sort_values("start")
    assert q[["speaker", "cue_class", "cue_type"]].values.tolist() == [
        ["", "impression", "belief"], ["Smith", "neutral", "speech"]]
    m = result.matches.loc[result.matches["term"].str.startswith("brutal")].sort_values("start")
    assert m["voice"].tolist() == ["journalist", "paraphrase"]
