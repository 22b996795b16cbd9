from __future__ import annotations

import gzip
import json
import warnings

import pandas as pd
import pytest

import framing
from framing import CorpusError, read_corpus


def test_folder_with_manifest_keeps_metadata(example_corpus):
    frame = example_corpus.frame
    assert list(frame.columns[:6]) == ["doc_id", "outlet", "date", "title", "text", "problems"]
    assert len(frame) == 5
    # The manifest's 'published' column becomes the date; other columns are kept.
    assert {"event", "outlet_evidence", "file"} <= set(frame.columns)
    assert frame["date"].dt.year.tolist() == [2019, 2020, 2019, 2019, 2021]
    assert (frame["problems"] == "").all()
    same_event = frame[frame["event"].str.startswith("2019-12-29")]["doc_id"].str[:3].tolist()
    assert same_event == ["000", "002", "003"]


def test_folder_without_manifest(tmp_path):
    (tmp_path / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article.", encoding="utf-8")
    with pytest.warns(UserWarning, match="no outlet column"):
        corpus = read_corpus(tmp_path)
    assert corpus.frame["doc_id"].tolist() == ["a", "b"]
    assert corpus.frame["outlet"].isna().all()


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        pytest.param(b"Caf\xe9 au lait. It was good.", "undecodable bytes", id="latin1-bytes"),
        pytest.param(b"", "empty file", id="empty-file"),
        pytest.param(b"\x00\x01\x02PNG\x00\x00binary", "binary file", id="binary-file"),
    ],
)
def test_bad_file_is_kept_with_a_problem(tmp_path, payload, problem):
    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(payload)
    (tmp_path / "manifest.csv").write_text("file,outlet\ngood.txt,A\nbad.txt,B\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="bad"):
        corpus = read_corpus(tmp_path)
    row = corpus.frame.set_index("doc_id").loc["bad"]
    assert problem in row["problems"]
    assert len(corpus) == 2
    result = framing.analyze(corpus)
    assert result.articles["doc_id"].tolist() == ["good", "bad"]


def test_undecodable_bytes_are_replaced_not_dropped(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"Caf\xe9 au lait. It was good.")
    with pytest.warns(UserWarning):
        corpus = read_corpus(tmp_path)
    text = corpus.frame["text"].iloc[0]
    assert text.startswith("Caf\ufffd au lait.")
    assert "first at byte 3" in corpus.frame["problems"].iloc[0]


def test_manifest_row_naming_missing_file(tmp_path):
    (tmp_path / "a.txt").write_text("Present.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet\na.txt,A\nmissing.txt,B\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="file not found"):
        corpus = read_corpus(tmp_path)
    assert corpus.frame["doc_id"].tolist() == ["a", "missing"]
    assert "file not found" in corpus.frame["problems"].iloc[1]


def test_file_not_in_manifest_is_read_with_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Listed.", encoding="utf-8")
    (tmp_path / "extra.txt").write_text("Not listed.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet\na.txt,A\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="not in manifest.csv"):
        corpus = read_corpus(tmp_path)
    assert corpus.frame["doc_id"].tolist() == ["a", "extra"]


def test_manifest_without_file_column(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("name,outlet\na.txt,A\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"no 'file' column .*columns present: \['name', 'outlet'\]"):
        read_corpus(tmp_path)


def test_csv_with_named_columns(tmp_path):
    path = tmp_path / "articles.csv"
    pd.DataFrame(
        {"body": ["One.", "Two."], "source": ["A", "B"], "uid": ["u1", "u2"], "published": ["2020-01-02", "bad"]}
    ).to_csv(path, index=False)
    corpus = read_corpus(path, text_col="body", outlet_col="source", id_col="uid")
    assert corpus.frame["doc_id"].tolist() == ["u1", "u2"]
    assert corpus.frame["outlet"].tolist() == ["A", "B"]
    assert corpus.frame["date"].isna().tolist() == [False, True]


def test_csv_without_text_column_names_the_columns(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text("body,outlet\nx,A\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"no text column 'text'; columns present: \['body', 'outlet'\]"):
        read_corpus(path)


def test_named_column_missing(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("text,outlet\nx,A\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no column 'uid' \\(given as id_col\\)"):
        read_corpus(path, id_col="uid")


def test_jsonl_gz_and_bad_line(tmp_path):
    good = tmp_path / "a.jsonl.gz"
    with gzip.open(good, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x1", "outlet": "A", "text": "Hello there."}) + "\n\n")
        fh.write(json.dumps({"id": "x2", "outlet": "B", "text": "General Kenobi.", "extra": 3}) + "\n")
    corpus = read_corpus(good)
    assert corpus.frame["doc_id"].tolist() == ["x1", "x2"]
    assert corpus.frame["extra"].tolist()[1] == 3
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"text": "ok"}\n{"text": broken}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="b.jsonl line 2"):
        read_corpus(bad)


def test_duplicate_ids_are_an_error():
    with pytest.raises(CorpusError, match="duplicate document ids"):
        read_corpus(pd.DataFrame({"id": ["a", "a"], "text": ["x", "y"], "outlet": ["A", "B"]}))


def test_missing_text_values_keep_their_rows():
    frame = pd.DataFrame({"text": ["Real text.", None, float("nan")], "outlet": ["A", "B", "C"]})
    with pytest.warns(UserWarning, match="2 document"):
        corpus = read_corpus(frame)
    assert corpus.frame["problems"].tolist() == ["", "missing text", "missing text"]
    assert corpus.frame["text"].tolist()[1:] == ["", ""]


def test_unknown_source_type(tmp_path):
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"")
    with pytest.raises(CorpusError, match="unknown corpus type"):
        read_corpus(path)
    with pytest.raises(CorpusError, match="not found"):
        read_corpus(tmp_path / "nope")


def test_clean_can_be_switched_off(example_corpus_dir):
    raw = read_corpus(example_corpus_dir, clean=False)
    assert raw.frame["text"].iloc[1].startswith("Via Financial Times")
    assert raw.removed.empty


def test_corpus_iterates_over_ids_and_texts(example_corpus):
    pairs = list(example_corpus)
    assert len(pairs) == 5 and pairs[0][0] == "000_4957cbe8f01fa5c6"
    assert "5 documents" in repr(example_corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "text" not in example_corpus.metadata.columns


def test_rows_align_by_position_not_index():
    frame = pd.DataFrame(
        {"text": ["a", "b", "c"], "outlet": ["A", "B", ""], "date": ["2020-01-01", "2020-01-02", "2020-01-03"]},
        index=[10, 5, 7],
    )
    corpus = read_corpus(frame)
    assert corpus.frame["date"].dt.day.tolist() == [1, 2, 3]
    assert corpus.frame["outlet"].tolist()[:2] == ["A", "B"]
    assert pd.isna(corpus.frame["outlet"].iloc[2])  # an empty outlet is missing, not a group ""


def test_chunked_sources_and_bad_chunks():
    chunks = (pd.DataFrame({"outlet": ["A"], "text": [f"Text {i}."]}) for i in range(3))
    corpora = list(framing.iter_corpus(chunks))
    assert [c.frame["doc_id"].tolist() for c in corpora] == [["0"], ["1"], ["2"]]
    with pytest.raises(CorpusError, match="expected pandas DataFrames as chunks, got str"):
        list(framing.iter_corpus(["not a frame"]))
    dupes = [pd.DataFrame({"id": ["x"], "text": ["a"], "outlet": ["A"]})] * 2
    with pytest.raises(CorpusError, match="duplicate document ids across chunks: \\['x'\\]"):
        list(framing.iter_corpus(dupes))


def test_iter_corpus_streams_jsonl_in_order(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"outlet": "A", "text": f"T{i}."}) + "\n" for i in range(5)), encoding="utf-8")
    sizes = [len(c) for c in framing.iter_corpus(path, chunksize=2)]
    assert sizes == [2, 2, 1]
    ids = [d for c in framing.iter_corpus(path, chunksize=2) for d in c.frame["doc_id"]]
    assert ids == read_corpus(path).frame["doc_id"].tolist()


def test_texts_read_in_steps_equal_one_step(example_corpus_dir, monkeypatch):
    # Texts are taken and cleaned a step of documents at a time; the step
    # must not show in the corpus, its problems or its cleaning audit.
    import sys

    whole = read_corpus(example_corpus_dir)
    monkeypatch.setattr(sys.modules["framing.corpus"], "_TEXT_STEP", 2)
    steps = read_corpus(example_corpus_dir)
    pd.testing.assert_frame_equal(steps.frame, whole.frame)
    pd.testing.assert_frame_equal(steps.removed, whole.removed)
    frame = pd.DataFrame({"outlet": list("abcde"), "text": ["One.", None, "", 3, "READ ALSO  x\nFive is the number after four."]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = read_corpus(frame)
    assert got.frame["problems"].tolist() == [
        "", "missing text", "empty text", "text was int, converted to str", ""
    ]
    assert got.frame["text"].tolist() == ["One.", "", "", "3", "Five is the number after four."]


# --------------------------------------------------------------- issue 16: nothing lost, nothing silent


@pytest.mark.parametrize(
    ("content", "line"),
    [
        pytest.param("text,outlet\nThe US struck, officials said.,Fox\nAnother article.,CNN\n", 2, id="extra-first-row"),
        pytest.param("text,outlet\nFine.,Fox\nAnother, with a comma.,CNN\n", 3, id="extra-later-row"),
        pytest.param("text,outlet\nFine.,Fox\nNo outlet field\n", 3, id="short-row"),
        pytest.param('text,outlet\n"Two\nlines.",Fox\nA, b,CNN\n', 4, id="after-quoted-newline"),
    ],
)
def test_csv_rows_with_wrong_field_count_are_an_error_naming_the_line(tmp_path, content, line):
    path = tmp_path / "c.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=rf"c.csv line {line}: expected 2 fields as in the header, found"):
        read_corpus(path)
    with pytest.raises(CorpusError, match=rf"line {line}"):
        list(framing.iter_corpus(path, chunksize=1))


def test_jsonl_ids_are_strings_the_same_in_every_reader(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"id": 1, "text": "One.", "outlet": "A"}, {"id": 2, "text": "Two.", "outlet": "B"},
            {"id": "x", "text": "Three.", "outlet": "C"}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    whole = read_corpus(path).frame["doc_id"].tolist()
    chunked = [d for c in framing.iter_corpus(path, chunksize=1) for d in c.frame["doc_id"]]
    assert whole == chunked == ["1", "2", "x"]


def test_float_ids_in_a_frame_become_integer_strings():
    frame = pd.DataFrame({"id": [1.0, 2.0], "text": ["One.", "Two."], "outlet": ["A", "B"]})
    assert read_corpus(frame).frame["doc_id"].tolist() == ["1", "2"]


@pytest.mark.parametrize("where", ["jsonl", "frame"])
def test_missing_ids_are_an_error(tmp_path, where):
    rows = [{"id": 1, "text": "One.", "outlet": "A"}, {"text": "Two.", "outlet": "B"}, {"id": 3, "text": "x"}]
    if where == "jsonl":
        source = tmp_path / "c.jsonl"
        source.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    else:
        source = pd.DataFrame.from_records(rows)
    with pytest.raises(CorpusError, match=r"1 document\(s\) without an id in column 'id'.*\[1\]"):
        read_corpus(source)


@pytest.mark.parametrize(
    ("payload", "expected", "problem"),
    [
        pytest.param("Caf\u00e9 au lait.".encode("utf-16"), "Caf\u00e9 au lait.", "", id="utf16-bom"),
        pytest.param(b"\xef\xbb\xbf" + "Caf\u00e9.".encode(), "Caf\u00e9.", "", id="utf8-bom"),
        pytest.param("Caf\u00e9 au lait.".encode("utf-16-le"), "Caf\u00e9 au lait.", "decoded as UTF-16-LE",
                     id="utf16le-no-bom"),
        pytest.param(b"An article.\x00 It goes on." + b" More text." * 50, "An article. It goes on.",
                     "1 NUL byte(s) removed", id="one-nul"),
    ],
)
def test_utf16_files_and_stray_nul_bytes_keep_their_text(tmp_path, payload, expected, problem):
    (tmp_path / "a.txt").write_bytes(payload)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = read_corpus(tmp_path).frame
    assert frame["text"].iloc[0].startswith(expected)
    assert "\x00" not in frame["text"].iloc[0]
    assert problem in frame["problems"].iloc[0]
    if not problem:
        assert frame["problems"].iloc[0] == ""


def test_lone_surrogate_in_jsonl_is_replaced_and_recorded(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "bad \\ud800 emoji. Then more.", "outlet": "A", "title": "t \\udc00"}\n'
                    '{"text": "Fine.", "outlet": "B"}\n', encoding="utf-8")
    with pytest.warns(UserWarning, match="lone surrogate"):
        corpus = read_corpus(path)
    frame = corpus.frame
    assert frame["text"].iloc[0] == "bad \ufffd emoji. Then more."
    assert frame["title"].iloc[0] == "t \ufffd"
    assert "line 1: 1 lone surrogate(s) (a truncated emoji?) in 'text'" in frame["problems"].iloc[0]
    result = framing.analyze(corpus)
    result.articles.to_csv(tmp_path / "out.csv")  # encodable everywhere


@pytest.mark.parametrize("name", ["../outside.txt", "ABSOLUTE"])
def test_manifest_rows_outside_the_folder_are_not_read(tmp_path, name):
    folder = tmp_path / "corpus"
    folder.mkdir()
    secret = tmp_path / "outside.txt"
    secret.write_text("Private text.", encoding="utf-8")
    name = str(secret) if name == "ABSOLUTE" else name
    (folder / "a.txt").write_text("Inside.", encoding="utf-8")
    (folder / "manifest.csv").write_text(f"file,outlet\na.txt,A\n{name},B\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="outside the corpus folder"):
        frame = read_corpus(folder).frame
    assert frame["text"].iloc[1] == ""
    assert "outside the corpus folder" in frame["problems"].iloc[1]
    allowed = read_corpus(folder, allow_outside=True).frame
    assert allowed["problems"].tolist() == ["", ""]
    assert allowed["text"].iloc[1] == "Private text."


def test_subfolders_and_other_files_are_warned_and_upper_case_txt_read(tmp_path):
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "B.TXT").write_text("Second.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("Not an article.", encoding="utf-8")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "c.txt").write_text("Nested.", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"2 entr\(ies\) not read.*\['more/', 'notes.md'\]"):
        frame = read_corpus(tmp_path).frame
    assert frame["doc_id"].tolist() == ["B", "a"]


def test_one_line_article_keeps_its_prose_and_heavy_cleaning_is_recorded():
    # issue 16 #1, the reproduction: a whole BBC article on one line.
    text = ("Image copyright AP Donald Trump has poured scorn on US intelligence claims of Russian hackers "
            "meddling in the election. He said the briefing had been delayed.")
    corpus = read_corpus(pd.DataFrame({"outlet": ["BBC"], "text": [text]}))
    assert corpus.frame["text"].iloc[0] == text.removeprefix("Image copyright AP ")
    assert corpus.frame["problems"].iloc[0] == ""
    # A document that cleaning mostly removes says so (not "empty text").
    frame = pd.DataFrame({"outlet": ["A", "B"], "text": [
        "Story Continued Below\nAdvertisement\nSkip Ad\nContinue reading the main story\nShort.",
        "JUST WATCHED Pentagon briefing Replay More Videos ... MUST WATCH Pentagon briefing 01:49",
    ]})
    with pytest.warns(UserWarning, match="cleaning removed"):
        frame = read_corpus(frame).frame
    assert frame["problems"].iloc[0].startswith("cleaning removed 92% of the text's words (11 of 12; rules: media_playback)")
    assert frame["problems"].iloc[1].startswith("cleaning removed all of the text's words")
    assert "empty text" not in frame["problems"].iloc[1]
