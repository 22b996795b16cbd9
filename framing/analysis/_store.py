"""Saving an :class:`~framing.Analysis` to a folder and reading it back, table for table.

A saved analysis is a folder a researcher can open with any tool: one file per
table (Parquet, or CSV when asked or when ``pyarrow`` is not installed), the
corpus itself (``corpus.*``: metadata and the cleaned text every offset refers
to), the cleaning audit (``removed.*``) and ``analysis.json`` (library
version, lexicon names and versions, and each table's columns and dtypes, so
that CSV files read back with the same types). The lexicons used are also
stored whole in ``lexicons.pickle``, so an analysis with a lexicon built in
memory reloads too; read saved analyses only from folders you trust (pickle
runs code on load).
"""

from __future__ import annotations

import json
import pickle
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from framing._version import __version__
from framing.corpus import Corpus
from framing.dictionary import list_lexicons, load_lexicon

__all__ = ["load_analysis", "save_analysis"]

_TABLES = ("articles", "sentences", "matches", "passives", "quotes", "quote_problems")
_FORMAT = "media-framing analysis"
# pandas 3 reads floats back exactly by default (and deprecates the option); older pandas needs asking.
_ROUND_TRIP: dict[str, Any] = {} if int(pd.__version__.split(".")[0]) >= 3 else {"float_precision": "round_trip"}


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def save_analysis(result: Any, path: str | Path, *, format: str | None = None) -> Path:
    """Write every table of `result` and its metadata to the folder `path`.

    See :meth:`framing.Analysis.save`.
    """
    fmt = format or ("parquet" if _has_pyarrow() else "csv")
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"format: expected 'csv' or 'parquet', got {fmt!r}")
    if fmt == "parquet" and not _has_pyarrow():
        raise ImportError("format='parquet' needs pyarrow: pip install media-framing[parquet], or use format='csv'")
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise ValueError(f"path: {out} exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    frames = {name: getattr(result, name) for name in _TABLES}
    frames["corpus"] = result.corpus.frame
    frames["removed"] = result.corpus.removed
    meta: dict[str, Any] = {
        "format": _FORMAT,
        "format_version": 1,
        "framing_version": __version__,
        "table_format": fmt,
        "lexicons": [{"name": lx.name, "version": lx.version, "path": lx.path} for lx in result.lexicons],
        "tables": {},
    }
    for name, frame in frames.items():
        frame = frame.reset_index(drop=True)
        info: dict[str, Any] = {"columns": [str(c) for c in frame.columns],
                                "dtypes": {str(c): str(t) for c, t in frame.dtypes.items()}, "n_rows": len(frame)}
        if fmt == "parquet":
            frame.to_parquet(out / f"{name}.parquet", index=False)
        else:
            info["nulls"] = {str(c): np.flatnonzero(frame[c].isna().to_numpy()).tolist()
                             for c in frame.columns if _is_text(str(frame[c].dtype)) and frame[c].isna().any()}
            frame.to_csv(out / f"{name}.csv", index=False)
        meta["tables"][name] = info
    with open(out / "lexicons.pickle", "wb") as fh:
        pickle.dump(tuple(result.lexicons), fh)
    (out / "analysis.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return out


def _read_csv(path: Path, info: dict[str, Any]) -> pd.DataFrame:
    dtypes: dict[str, str] = info["dtypes"]
    if not info["n_rows"]:
        return pd.DataFrame({c: pd.Series(dtype=_empty_dtype(dtypes[c])) for c in info["columns"]})
    text_cols = {c for c, t in dtypes.items() if _is_text(t) or t.startswith("datetime")}
    frame = pd.read_csv(path, dtype={c: str for c in text_cols}, keep_default_na=False,
                        na_values={c: [""] for c in dtypes if c not in text_cols},
                        encoding="utf-8", **_ROUND_TRIP)
    frame.columns = info["columns"]
    for column, dtype in dtypes.items():
        s = frame[column]
        if dtype.startswith("datetime"):
            frame[column] = pd.to_datetime(s.replace("", None)).astype(dtype)
        elif dtype == "bool":
            frame[column] = s.astype(str).map({"True": True, "False": False}).astype(bool)
        elif dtype == "boolean":
            frame[column] = s.map({"True": True, "False": False, True: True, False: False}).astype("boolean")
        elif not _is_text(dtype):
            frame[column] = s.astype(dtype)
    for column, rows in info.get("nulls", {}).items():
        values = frame[column].to_numpy(dtype=object)
        values[rows] = None
        frame[column] = values
    for column, dtype in dtypes.items():
        if _is_text(dtype) and dtype != "object":
            frame[column] = frame[column].astype(dtype)
    return frame


def _is_text(dtype: str) -> bool:
    return dtype in ("object", "str", "string") or dtype.startswith("string")


def _empty_dtype(dtype: str) -> Any:
    return object if dtype == "object" else "str" if dtype == "str" else dtype


def _lexicons(folder: Path, described: list[dict[str, Any]]) -> tuple[Any, ...]:
    """The saved lexicons; if this version of the library cannot unpickle them, the same ones by name or path."""
    try:
        with open(folder / "lexicons.pickle", "rb") as fh:
            return tuple(pickle.load(fh))  # noqa: S301 - the folder's own lexicons; see the module docstring
    except Exception as exc:  # noqa: BLE001 - a moved class, a truncated file: any failure means reload
        reason = f"{folder / 'lexicons.pickle'} cannot be read by this version of media-framing ({exc})"
    found = []
    for d in described:
        source = d["name"] if d["name"] in list_lexicons() else d.get("path")
        lexicon = load_lexicon(source) if source and (source == d["name"] or Path(source).is_file()) else None
        if lexicon is None or lexicon.version != d["version"]:
            raise ValueError(f"{reason}, and lexicon {d['name']} {d['version']} is not available to reload; "
                             "re-run the analysis")
        found.append(lexicon)
    warnings.warn(f"{reason}; reloaded the lexicons by name and version instead", stacklevel=3)
    return tuple(found)


def load_analysis(path: str | Path) -> dict[str, Any]:
    """The fields of a saved analysis (tables, corpus, lexicons), for :func:`framing.read_analysis`."""
    folder = Path(path)
    meta_path = folder / "analysis.json"
    if not meta_path.is_file():
        raise FileNotFoundError(f"{folder}: no analysis.json here; expected a folder written by Analysis.save")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if meta.get("format") != _FORMAT:
        raise ValueError(f"{meta_path}: not written by Analysis.save (format {meta.get('format')!r})")
    fmt = meta["table_format"]
    frames = {}
    for name, info in meta["tables"].items():
        file = folder / f"{name}.{fmt}"
        if not file.is_file():
            raise FileNotFoundError(f"{file}: missing; the saved analysis is incomplete")
        frame = pd.read_parquet(file) if fmt == "parquet" else _read_csv(file, info)
        frames[name] = frame[info["columns"]]
    lexicons = _lexicons(folder, meta["lexicons"])
    corpus = Corpus(frame=frames.pop("corpus"), removed=frames.pop("removed"))
    return dict(corpus=corpus, lexicons=lexicons, **frames)
