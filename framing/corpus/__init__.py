"""Loading a corpus of news articles with outlet, date and event metadata.

:func:`read_corpus` accepts a folder of ``.txt`` files (with an optional
``manifest.csv``), a CSV file, a JSON Lines file (also ``.jsonl.gz``) or a
pandas DataFrame, and returns a :class:`Corpus`: a tidy table with one row per
article. Per-document problems (undecodable bytes, empty or binary files, a
manifest row whose file is missing) never drop the document: it keeps its row,
a ``problems`` entry says what happened, and a warning is issued.
"""

from __future__ import annotations

import logging
import math
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import pandas as pd

from framing.corpus._readers import CorpusError, read_csv, read_folder, read_jsonl, replace_surrogates
from framing.clean import CleanedText, clean_text

__all__ = ["Corpus", "CorpusError", "iter_corpus", "read_corpus"]

logger = logging.getLogger(__name__)

#: Columns every corpus has, in this order, before its other metadata.
CORE_COLUMNS = ("doc_id", "outlet", "date", "title", "text", "problems")
_DATE_ALIASES = ("date", "published", "publication_date", "pub_date", "pubdate")
_TITLE_ALIASES = ("title", "headline")
_ID_ALIASES = ("doc_id", "id")
#: Cleaning that removes more than this share of a document's words is
#: recorded in its ``problems`` (with a warning): debris is rarely that much
#: of an article, so a rule may have taken its prose.
MAX_REMOVED_SHARE = 0.5
# Documents whose texts are taken and cleaned together (see _normalise).
_TEXT_STEP = 5000
# read_corpus's column and cleaning options, at their defaults.
_DEFAULT_OPTIONS: dict[str, Any] = dict(
    text_col="text", id_col=None, outlet_col="outlet", date_col=None, title_col=None, clean=True
)


@dataclass(frozen=True)
class Corpus:
    """A collection of articles: one row per document.

    Attributes
    ----------
    frame : pandas.DataFrame
        Columns ``doc_id`` (str, unique), ``outlet``, ``date`` (datetime64, NaT
        when missing or unparseable), ``title``, ``text`` (the cleaned text that
        all offsets refer to), ``problems`` (str, ``"; "``-separated, empty when
        none), then every other metadata column of the input, unchanged.
    removed : pandas.DataFrame
        The cleaning audit, one row per removed piece: ``doc_id, rule,
        raw_start, raw_end, text`` (offsets into the raw input text).

    Examples
    --------
    >>> import pandas as pd, warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     c = read_corpus(pd.DataFrame({"text": ["A said B.", ""], "outlet": ["X", "Y"]}))
    >>> c.frame[["doc_id", "outlet", "problems"]]
      doc_id outlet    problems
    0      0      X
    1      1      Y  empty text
    >>> str(caught[0].message)
    'DataFrame: 1 document(s) with problems: 1: empty text'
    """

    frame: pd.DataFrame
    removed: pd.DataFrame

    def __len__(self) -> int:
        return len(self.frame)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        """Iterate over ``(doc_id, text)`` pairs in corpus order."""
        return iter(zip(self.frame["doc_id"], self.frame["text"]))

    def __repr__(self) -> str:
        outlets = self.frame["outlet"].nunique(dropna=True)
        return f"<Corpus: {len(self)} documents, {outlets} outlets>"

    def _repr_html_(self) -> str:
        return self.frame.drop(columns=["text"]).to_html(max_rows=20)

    @property
    def metadata(self) -> pd.DataFrame:
        """All columns but ``text``."""
        return self.frame.drop(columns=["text"])


Source = Union[str, Path, pd.DataFrame, Iterable[pd.DataFrame]]


def read_corpus(
    source: Source,
    *,
    text_col: str = "text",
    id_col: str | None = None,
    outlet_col: str = "outlet",
    date_col: str | None = None,
    title_col: str | None = None,
    manifest: str | Path | None = None,
    file_col: str = "file",
    encoding: str = "utf-8",
    clean: bool = True,
    allow_outside: bool = False,
) -> Corpus:
    """Read articles and their metadata into a :class:`Corpus`.

    Parameters
    ----------
    source : str, Path or pandas.DataFrame
        A folder of ``.txt`` files, a ``.csv`` file, a ``.jsonl``/``.jsonl.gz``
        file, or a DataFrame.
    text_col : str, default "text"
        Column holding the article text (CSV, JSON Lines, DataFrame).
    id_col : str, optional
        Column holding a unique document id. Default: ``doc_id`` or ``id`` if
        present, else the row number (for a folder: the file name without
        ``.txt``). Ids are strings, the same from every reader: ``7``, ``7.0``
        and ``"7"`` all become ``"7"``; a missing id is an error.
    outlet_col : str, default "outlet"
        Column naming the outlet. If absent the outlet is missing (NA) and a
        warning says so.
    date_col, title_col : str, optional
        Columns for the publication date and the headline. Default: the first
        of ``date, published, publication_date, pub_date, pubdate`` and of
        ``title, headline`` that exists.
    manifest : str or Path, optional
        For a folder: the manifest CSV (default ``manifest.csv`` inside it, if
        present). It has a ``file`` column (see `file_col`) and any metadata.
    file_col : str, default "file"
        Manifest column naming each text file.
    encoding : str, default "utf-8"
        Encoding of the text files (a byte-order mark overrides it: UTF-8,
        UTF-16 and UTF-32 files with one are decoded as such). Undecodable
        bytes are replaced, and stray NUL bytes removed, and both are reported
        in ``problems``.
    clean : bool, default True
        Remove scraping debris with :func:`framing.clean_text`; what was
        removed is in ``Corpus.removed``.
    allow_outside : bool, default False
        For a folder: read manifest rows naming files outside the folder
        (``../x.txt``, ``/abs/path``). By default such a row is not read and
        ``problems`` says so.

    Returns
    -------
    Corpus

    Raises
    ------
    CorpusError
        The source does not exist or has an unknown type, a named column is
        missing (the message lists the columns present), ids are duplicated
        or missing, a CSV row has more or fewer fields than the header, or a
        CSV/JSON line cannot be parsed (the message names the line).
    """
    options = dict(
        text_col=text_col, id_col=id_col, outlet_col=outlet_col, date_col=date_col, title_col=title_col, clean=clean
    )
    return _read(source, manifest=manifest, file_col=file_col, encoding=encoding, options=options,
                 allow_outside=allow_outside)


def _read(
    source: Source, *, manifest: str | Path | None = None, file_col: str = "file", encoding: str = "utf-8",
    options: dict[str, Any] | None = None, clean_many: Callable[[list[str]], list[CleanedText]] | None = None,
    allow_outside: bool = False,
) -> Corpus:
    """:func:`read_corpus`, with the texts cleaned by `clean_many` (e.g. on a
    process pool, as :func:`framing.analyze` does with ``n_jobs``)."""
    options = {**(options or _DEFAULT_OPTIONS), "clean_many": clean_many}
    corpora = list(_iter_normalised(source, manifest=manifest, file_col=file_col, encoding=encoding,
                                    chunksize=None, options=options, allow_outside=allow_outside))
    return corpora[0]


def iter_corpus(
    source: Source,
    *,
    chunksize: int = 1000,
    text_col: str = "text",
    id_col: str | None = None,
    outlet_col: str = "outlet",
    date_col: str | None = None,
    title_col: str | None = None,
    manifest: str | Path | None = None,
    file_col: str = "file",
    encoding: str = "utf-8",
    clean: bool = True,
    allow_outside: bool = False,
) -> Iterator[Corpus]:
    """Read a corpus in chunks of `chunksize` documents, without holding it all in memory.

    Takes the same sources and options as :func:`read_corpus`, and also an
    iterable of DataFrames that is already chunked (e.g. from
    ``pd.read_sql(..., chunksize=...)``), each of which becomes one chunk. JSON Lines
    and CSV files are streamed; a folder is read `chunksize` files at a time.
    Document ids are unique across chunks (row-number ids continue from chunk
    to chunk; a repeated id raises :class:`CorpusError`).

    Yields
    ------
    Corpus
        One per chunk, in source order.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"outlet": list("ABC"), "text": ["One.", "Two.", "Three."]})
    >>> [c.frame["doc_id"].tolist() for c in iter_corpus(frame, chunksize=2)]
    [['0', '1'], ['2']]
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    options = dict(
        text_col=text_col, id_col=id_col, outlet_col=outlet_col, date_col=date_col, title_col=title_col, clean=clean
    )
    yield from _iter_normalised(source, manifest=manifest, file_col=file_col, encoding=encoding,
                                chunksize=chunksize, options=options, allow_outside=allow_outside)


def _iter_normalised(
    source: Source,
    *,
    manifest: str | Path | None,
    file_col: str,
    encoding: str,
    chunksize: int | None,
    options: dict[str, Any],
    allow_outside: bool = False,
) -> Iterator[Corpus]:
    """Raw frames from the source (whole, or in chunks), normalised into corpora."""
    if isinstance(source, pd.DataFrame):
        where = "DataFrame"
        step = chunksize or max(len(source), 1)
        frames: Iterator[pd.DataFrame] = (source.iloc[i : i + step].copy() for i in range(0, max(len(source), 1), step))
    elif type(source).__module__.startswith("dask"):
        raise CorpusError("source is a Dask DataFrame: analyse it with framing.dask.analyze(ddf)")
    elif not isinstance(source, (str, Path)) and isinstance(source, Iterable):
        # Already chunked by the caller (pd.read_sql(..., chunksize=...), a generator...).
        where = "DataFrame chunks"
        frames = iter(source)
        if chunksize is None:
            frames = iter([pd.concat(list(frames), ignore_index=True)])
    else:
        path = Path(source)
        if not path.exists():
            raise CorpusError(f"corpus source not found: {path}")
        where = str(path)
        name = path.name.lower()
        if path.is_dir():
            frames = read_folder(path, manifest=manifest, file_col=file_col, encoding=encoding, chunksize=chunksize,
                                 allow_outside=allow_outside)
            if options["id_col"] is None:
                options = {**options, "id_col": "doc_id"}
        elif name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".json.gz")):
            frames = read_jsonl(path, chunksize=chunksize)
        elif name.endswith((".csv", ".csv.gz", ".tsv")):
            frames = read_csv(path, sep="\t" if path.suffix.lower() == ".tsv" else ",", chunksize=chunksize)
        else:
            raise CorpusError(
                f"{path}: unknown corpus type; expected a folder of .txt files, .csv, .tsv, "
                ".jsonl or .jsonl.gz, or a pandas DataFrame"
            )
    seen: set[str] = set()
    offset = 0
    for frame in frames:
        if not isinstance(frame, pd.DataFrame):
            raise CorpusError(
                f"{where}: expected pandas DataFrames as chunks, got {type(frame).__name__}"
            )
        corpus = _normalise(frame, where=where, id_offset=offset, **options)
        ids = corpus.frame["doc_id"]
        if chunksize is not None:
            repeated = [d for d in ids if d in seen]
            if repeated:
                raise CorpusError(f"{where}: duplicate document ids across chunks: {repeated[:10]}")
            seen.update(ids)
        offset += len(frame)
        yield corpus


def _problems_column(frame: pd.DataFrame) -> list[list[str]]:
    if "problems" in frame.columns:
        return [[p] if isinstance(p, str) and p else [] for p in frame["problems"]]
    return [[] for _ in range(len(frame))]


def _normalise(
    frame: pd.DataFrame,
    *,
    where: str,
    text_col: str,
    id_col: str | None,
    outlet_col: str,
    date_col: str | None,
    title_col: str | None,
    clean: bool,
    id_offset: int = 0,
    clean_many: Callable[[list[str]], list[CleanedText]] | None = None,
) -> Corpus:
    cols = list(frame.columns)
    if text_col not in frame.columns:
        raise CorpusError(
            f"{where}: no text column {text_col!r}; columns present: {cols}. "
            "Name the text column with text_col=..."
        )
    for param, value in (("id_col", id_col), ("date_col", date_col), ("title_col", title_col)):
        if value is not None and value not in frame.columns and not (param == "id_col" and value == "doc_id"):
            raise CorpusError(f"{where}: no column {value!r} (given as {param}); columns present: {cols}")
    problems = _problems_column(frame)
    out = pd.DataFrame(index=range(len(frame)))

    # doc_id
    if id_col is None:
        id_col = next((c for c in _ID_ALIASES if c in frame.columns), None)
    if id_col is not None and id_col in frame.columns:
        ids = _id_strings(frame[id_col], where=where, column=id_col, offset=id_offset)
    else:
        ids = [str(i) for i in range(id_offset, id_offset + len(frame))]
    dupes = pd.Series(ids)[pd.Series(ids).duplicated()].unique().tolist()
    if dupes:
        raise CorpusError(f"{where}: duplicate document ids in {id_col!r}: {dupes[:10]}")
    out["doc_id"] = ids

    # outlet
    if outlet_col in frame.columns:
        outlets = frame[outlet_col].to_numpy(dtype=object)
        out["outlet"] = [
            pd.NA if (isinstance(o, str) and not o.strip()) else replace_surrogates(o)[0] if isinstance(o, str) else o
            for o in outlets
        ]
    else:
        warnings.warn(
            f"{where}: no outlet column {outlet_col!r} (columns: {cols}); outlet is missing. "
            "Name it with outlet_col=...",
            stacklevel=3,
        )
        out["outlet"] = pd.NA

    # date and title
    date_col = date_col or next((c for c in _DATE_ALIASES if c in frame.columns), None)
    if date_col is not None:
        # .to_numpy(): the input's index may be anything (a filtered frame, a
        # Dask partition); rows align by position, never by index label.
        out["date"] = pd.to_datetime(frame[date_col], errors="coerce", format="mixed").to_numpy()
    else:
        out["date"] = pd.NaT
    title_col = title_col or next((c for c in _TITLE_ALIASES if c in frame.columns), None)
    out["title"] = [replace_surrogates(t)[0] for t in frame[title_col].fillna("").astype(str)] if title_col else ""

    # text: taken, cleaned and stored _TEXT_STEP documents at a time, so that
    # only one step's raw and cleaned Python strings are alive at once.
    removed: list[dict[str, Any]] = []
    column = frame[text_col]
    pieces: list[pd.Series] = []
    for lo in range(0, len(frame), _TEXT_STEP):
        texts = _text_values(column.iloc[lo : lo + _TEXT_STEP], problems, lo)
        if clean:
            cleaned = (clean_many or _clean_each)(texts)
            for i, (doc_id, raw, c) in enumerate(zip(ids[lo : lo + _TEXT_STEP], texts, cleaned), start=lo):
                removed.extend(
                    {"doc_id": doc_id, "rule": r.rule, "raw_start": r.raw_start, "raw_end": r.raw_end, "text": r.text}
                    for r in c.removed
                )
                if c.removed and raw.strip():
                    _note_removed_share(problems[i], raw, c)
            texts = [c.text for c in cleaned]
        for i, value in enumerate(texts, start=lo):
            if not value.strip() and not any(
                p.startswith(("empty", "missing", "binary", "file", "cleaning removed all")) for p in problems[i]
            ):
                problems[i].append("empty text")
        pieces.append(pd.Series(texts))
    out["text"] = (pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0]).array if pieces else []
    out["problems"] = ["; ".join(p) for p in problems]

    used = {text_col, outlet_col, date_col, title_col, id_col, "problems"}
    for c in frame.columns:
        if c not in used and c not in out.columns:
            out[c] = frame[c].to_numpy()
    bad = [(d, p) for d, p in zip(ids, out["problems"]) if p]
    if bad:
        shown = "; ".join(f"{d}: {p}" for d, p in bad[:5])
        more = f" (and {len(bad) - 5} more)" if len(bad) > 5 else ""
        warnings.warn(f"{where}: {len(bad)} document(s) with problems: {shown}{more}", stacklevel=3)
    removed_frame = pd.DataFrame(removed, columns=["doc_id", "rule", "raw_start", "raw_end", "text"])
    return Corpus(out, removed_frame)


# --------------------------------------------------------------------------- readers


def _note_removed_share(problems: list[str], raw: str, cleaned: CleanedText) -> None:
    """Record in `problems` when cleaning took more than :data:`MAX_REMOVED_SHARE` of a text's words."""
    n_raw = len(raw.split())
    n_gone = sum(len(r.text.split()) for r in cleaned.removed)
    if n_raw and n_gone > MAX_REMOVED_SHARE * n_raw:
        rules = sorted({r.rule for r in cleaned.removed})
        what = "all" if not cleaned.text.strip() else f"{n_gone / n_raw:.0%}"
        problems.append(f"cleaning removed {what} of the text's words ({n_gone} of {n_raw}; rules: {', '.join(rules)})")


def _id_strings(values: pd.Series, *, where: str, column: str, offset: int) -> list[str]:
    """Document ids as strings, the same whatever the column's dtype: 7, 7.0 and "7" are all "7".

    A missing id is an error: a filled-in id could collide with a real one.
    """
    ids: list[str] = []
    missing: list[int] = []
    for i, value in enumerate(values.tolist(), start=offset):
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            missing.append(i)
            ids.append("")
        elif isinstance(value, float) and value.is_integer():
            ids.append(str(int(value)))
        else:
            ids.append(str(value))
    if missing:
        raise CorpusError(
            f"{where}: {len(missing)} document(s) without an id in column {column!r} (records, counted from 0: "
            f"{missing[:10]}); give every document an id, or drop the column to number documents by row"
        )
    return ids


def _text_values(values: pd.Series, problems: list[list[str]], offset: int) -> list[str]:
    """The texts as Python strings: missing ones empty, others converted, each noted in `problems`."""
    texts: list[str] = []
    for i, value in enumerate(values, start=offset):
        if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
            value = ""
            problems[i].append("missing text")
        elif not isinstance(value, str):
            problems[i].append(f"text was {type(value).__name__}, converted to str")
            value = str(value)
        value, n_bad = replace_surrogates(value)
        if n_bad:
            problems[i].append(f"{n_bad} lone surrogate(s) (a truncated emoji?) replaced with U+FFFD")
        texts.append(value)
    return texts


def _clean_each(texts: list[str]) -> list[CleanedText]:
    """:func:`clean_text` for each text, in this process."""
    return [clean_text(t) for t in texts]
