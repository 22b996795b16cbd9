"""Reading raw corpus files (folder, CSV, JSON Lines) into raw DataFrames, for :mod:`framing.corpus`.

Each reader yields raw frames (whole, or in chunks); per-document problems
(undecodable bytes, a NUL byte, a file outside the folder) go to a
``problems`` column, and input that cannot be read at all raises
:class:`CorpusError` naming the file and line.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import logging
import os
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["CorpusError"]

logger = logging.getLogger(__name__)

# A lone surrogate (U+D800-U+DFFF) cannot be encoded: a truncated emoji in
# scraped JSON ("\ud83d") would crash any later write or regex on bytes.
_SURROGATE = re.compile("[\ud800-\udfff]")
# NUL bytes above this share of the first 8 KB mark a file as binary; fewer
# (a stray NUL in scraped text) are removed and recorded.
_BINARY_NUL_SHARE = 0.05
_SAMPLE = 8192
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class CorpusError(ValueError):
    """The input cannot be read as a corpus; the message names the file, line or column."""


def replace_surrogates(value: str) -> tuple[str, int]:
    """`value` with each lone surrogate replaced by U+FFFD, and how many were replaced."""
    if not _SURROGATE.search(value):
        return value, 0
    return _SURROGATE.subn("\ufffd", value)


def decode(raw: bytes, encoding: str) -> tuple[str, list[str]]:
    """The text of a file's bytes, and the problems met decoding it.

    A byte-order mark decides the encoding (UTF-8, UTF-16, UTF-32); UTF-16
    without one is recognised by its NUL bytes in every other position. Other
    text with a few NUL bytes keeps its text (the NULs are removed and
    recorded); a file whose first 8 KB are more than 5% NUL is binary.
    """
    problems: list[str] = []
    for bom, name in _BOMS:
        if raw.startswith(bom):
            encoding, raw = name, raw[len(bom) :]
            break
    else:
        sample = raw[:_SAMPLE]
        n_nul = sample.count(0)
        if n_nul:
            utf16 = _bomless_utf16(sample)
            if utf16 is not None:
                encoding = utf16
                problems.append(f"no byte-order mark; decoded as {utf16.upper()} (NUL bytes in every other position)")
            elif n_nul > _BINARY_NUL_SHARE * len(sample):
                return "", [f"binary file ({n_nul} NUL bytes in the first {len(sample)}), text left empty"]
            else:
                total = raw.count(0)
                raw = raw.replace(b"\x00", b"")
                problems.append(f"{total} NUL byte(s) removed")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        text = raw.decode(encoding, errors="replace")
        problems.append(
            f"undecodable bytes (not {encoding}) first at byte {exc.start}; {text.count(chr(0xFFFD))} replaced with U+FFFD"
        )
    return text.removeprefix("\ufeff"), problems


def _bomless_utf16(sample: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` if `sample` looks like BOM-less UTF-16 text."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, name in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros):
            return name
    return None


def read_folder(
    folder: Path, *, manifest: str | Path | None, file_col: str, encoding: str, chunksize: int | None,
    allow_outside: bool = False,
) -> Iterator[pd.DataFrame]:
    """The text files of `folder` with the manifest's metadata, `chunksize` files at a time."""
    manifest_path = Path(manifest) if manifest is not None else folder / "manifest.csv"
    files, skipped = [], []
    for p in sorted(folder.iterdir(), key=lambda p: p.name):
        if p.is_file() and p.suffix.lower() == ".txt":
            files.append(p.name)
        elif p.resolve() != manifest_path.resolve():
            skipped.append(p.name + ("/" if p.is_dir() else ""))
    if skipped:
        warnings.warn(
            f"{folder}: {len(skipped)} entr(ies) not read (only .txt files directly in the folder are read; "
            f"subfolders and other files are not): {skipped[:5]}",
            stacklevel=6,
        )
    if manifest is not None and not manifest_path.is_file():
        raise CorpusError(f"manifest not found: {manifest_path}")
    if manifest_path.is_file():
        meta = next(read_csv(manifest_path, sep=",", chunksize=None))
        if file_col not in meta.columns:
            raise CorpusError(
                f"{manifest_path}: no {file_col!r} column naming the text files; "
                f"columns present: {list(meta.columns)}"
            )
        listed = set(meta[file_col].astype(str))
        extra = [f for f in files if f not in listed]
        if extra:
            warnings.warn(
                f"{folder}: {len(extra)} .txt file(s) not in {manifest_path.name}, read without "
                f"metadata: {extra[:5]}",
                stacklevel=6,
            )
            meta = pd.concat([meta, pd.DataFrame({file_col: extra})], ignore_index=True)
    else:
        if not files:
            raise CorpusError(f"{folder}: no .txt files and no manifest.csv")
        meta = pd.DataFrame({file_col: files})
    if "doc_id" not in meta.columns:
        meta.insert(0, "doc_id", [Path(n).stem for n in meta[file_col].astype(str)])
    root = folder.resolve()
    step = chunksize or max(len(meta), 1)
    for i in range(0, max(len(meta), 1), step):
        part = meta.iloc[i : i + step].copy()
        texts, problems = [], []
        for name in part[file_col].astype(str):
            path = folder / name
            inside = os.path.commonpath([root, path.resolve()]) == str(root)
            if not inside and not allow_outside:
                texts.append("")
                problems.append(f"file outside the corpus folder, not read: {name} (allow with allow_outside=True)")
                continue
            if not path.is_file():
                texts.append("")
                problems.append(f"file not found: {path}")
                continue
            text, probs = decode(path.read_bytes(), encoding)
            if not probs and not text.strip():
                probs = ["empty file"]
            texts.append(text)
            problems.append("; ".join(probs))
        part["text"] = texts
        part["problems"] = problems
        yield part


def _open_text(path: Path) -> io.TextIOBase:
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
    return open(path, encoding="utf-8-sig", newline="")


def check_fields(path: Path, *, sep: str) -> None:
    """Raise :class:`CorpusError` at the first CSV record whose field count differs from the header's.

    pandas would otherwise take surplus fields of the first row as an index
    (shifting every column) and pad short rows silently.
    """
    try:
        with _open_text(path) as fh:
            reader = csv.reader(fh, delimiter=sep)
            header = next(reader, None)
            if header is None:
                return
            n = len(header)
            line = reader.line_num
            for row in reader:
                if len(row) != n and row:
                    raise CorpusError(
                        f"{path} line {line + 1}: expected {n} fields as in the header, found {len(row)}; "
                        "a field holding the delimiter or a line break must be quoted"
                    )
                line = reader.line_num
    except csv.Error as exc:
        raise CorpusError(f"{path} line {reader.line_num}: cannot parse as CSV: {exc}") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 text at byte {exc.start}; re-save it as UTF-8") from None


def read_csv(path: Path, *, sep: str, chunksize: int | None) -> Iterator[pd.DataFrame]:
    """A CSV file as string columns (whole, or in chunks), its field counts checked first."""
    check_fields(path, sep=sep)
    options: dict[str, Any] = dict(sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig", index_col=False)
    try:
        if chunksize is None:
            yield pd.read_csv(path, **options)
            return
        with pd.read_csv(path, chunksize=chunksize, **options) as reader:
            yield from reader
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 text at byte {exc.start}; re-save it as UTF-8") from None
    except (pd.errors.ParserError, csv.Error) as exc:
        raise CorpusError(f"{path}: cannot parse as CSV: {exc}") from None
    except pd.errors.EmptyDataError:
        raise CorpusError(f"{path}: the file is empty (no header row)") from None


def read_jsonl(path: Path, *, chunksize: int | None) -> Iterator[pd.DataFrame]:
    """A JSON Lines file (optionally gzipped) as frames of `chunksize` records (one frame if None)."""
    if chunksize is None:
        # Whole file: built 5,000 records at a time, so that at most that many
        # parsed dicts are alive at once, then joined.
        parts = list(read_jsonl(path, chunksize=5000))
        yield pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
        return
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    records: list[dict[str, Any]] = []
    any_records = False
    try:
        with opener(path, "rb") as fh:
            for lineno, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                try:
                    rec = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    raise CorpusError(f"{path} line {lineno}: not a JSON object: {exc}") from None
                if not isinstance(rec, dict):
                    raise CorpusError(f"{path} line {lineno}: expected a JSON object, got {type(rec).__name__}")
                _replace_record_surrogates(rec, lineno)
                records.append(rec)
                if len(records) >= chunksize:
                    any_records = True
                    yield pd.DataFrame.from_records(records)
                    records = []
    except (OSError, EOFError) as exc:
        raise CorpusError(f"{path}: cannot read: {exc}") from None
    if records or not any_records:
        if not records and not any_records:
            raise CorpusError(f"{path}: no records")
        yield pd.DataFrame.from_records(records)


def _replace_record_surrogates(rec: dict[str, Any], lineno: int) -> None:
    """Replace lone surrogates in `rec`'s string values, noting each field in its ``problems``.

    They come from JSON escapes of half an emoji (``"\\ud83d"``); no string
    holding one can be stored in an Arrow-backed column or written as UTF-8.
    """
    notes = []
    for key, value in rec.items():
        if isinstance(value, str):
            fixed, n_bad = replace_surrogates(value)
            if n_bad:
                rec[key] = fixed
                notes.append(f"line {lineno}: {n_bad} lone surrogate(s) (a truncated emoji?) in {key!r} replaced with U+FFFD")
    if notes:
        before = rec.get("problems")
        rec["problems"] = "; ".join(([before] if isinstance(before, str) and before else []) + notes)
