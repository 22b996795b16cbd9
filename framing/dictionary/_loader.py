"""Finding and loading lexicons: the built-in ones by name, files by path, the format by extension and content."""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path
from typing import Any

from framing.dictionary._build import decode
from framing.dictionary._csv import read_csv_dictionary
from framing.dictionary._dic import read_dic, write_dic
from framing.dictionary._lc3 import read_lc3
from framing.dictionary._model import Lexicon, LexiconError, LexiconLike
from framing.dictionary._wordstat import read_wordstat
from framing.dictionary._yaml import read_yaml, write_yaml
from framing.dictionary._ykd import read_ykd

__all__ = ["FORMATS", "list_lexicons", "load_lexicon", "write_lexicon"]

#: The formats :func:`load_lexicon` reads, by the name ``format=`` takes.
FORMATS: dict[str, str] = {
    "yaml": "our YAML format, or a quanteda YAML dictionary (.yaml, .yml)",
    "dic": "LIWC .dic, including LIWC2007 conditional entries and MFD 2.0 (.dic)",
    "dicx": "LIWC-22 .dicx: CSV, X marks or weights (.dicx)",
    "csv": "a term column, then one column per category with X or weights, as the eMFD (.csv)",
    "lc3": "Lexicoder (.lc3)",
    "cat": "WordStat (.cat)",
    "ykd": "Yoshikoder XML (.ykd)",
}
_BY_SUFFIX = {
    ".yaml": "yaml", ".yml": "yaml", ".dic": "dic", ".dicx": "dicx", ".csv": "csv",
    ".lc3": "lc3", ".cat": "cat", ".ykd": "ykd",
}

def _builtin_dir() -> Any:
    """The built-in lexicons: the package ``framing.lexicons`` once installed.

    In the repository they live in the top-level ``lexicons/`` folder, which
    the build maps to ``framing.lexicons``; when ``framing`` is imported from
    a source checkout that was never built (``python -m framing`` from the
    repository root), read that folder beside the package instead.
    """
    try:
        return importlib.resources.files("framing.lexicons")
    except ModuleNotFoundError:
        checkout = Path(__file__).resolve().parents[2] / "lexicons"
        if checkout.is_dir():
            return checkout
        raise LexiconError(
            "the built-in lexicons are missing: framing.lexicons is not installed "
            "(reinstall with: pip install media-framing)"
        ) from None


def list_lexicons() -> list[str]:
    """Names of the lexicons shipped with the library.

    Returns
    -------
    list of str
        Sorted names accepted by :func:`load_lexicon`.

    Examples
    --------
    >>> {"boosters", "hedges", "loaded"} <= set(list_lexicons())
    True
    """
    names = []
    for entry in _builtin_dir().iterdir():
        if entry.name.endswith(".yaml") and not entry.name.startswith("_"):
            names.append(entry.name[: -len(".yaml")])
    return sorted(names)


def load_lexicon(source: LexiconLike, *, format: str | None = None) -> Lexicon:
    """Load a built-in lexicon by name, or a dictionary file in any format by path.

    Parameters
    ----------
    source : str, pathlib.Path or Lexicon
        A built-in name (see :func:`list_lexicons`), or the path of a
        dictionary file: our YAML, quanteda YAML, LIWC ``.dic`` and ``.dicx``,
        a weighted CSV (eMFD), Lexicoder ``.lc3``, WordStat ``.cat`` or
        Yoshikoder ``.ykd`` (see :data:`FORMATS`). A :class:`Lexicon` is
        returned as it is. Files are read as UTF-8, else as Windows-1252
        (cp1252) with a warning. Foreign formats give the lexicon the file's
        name (``my_dict.dic`` -> ``my_dict``) and their nested categories
        ``parent/child`` names (see :meth:`Lexicon.collapse`).
    format : str, optional
        One of :data:`FORMATS`' keys, for a file whose extension does not
        say (default: from the extension, else from the content).

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        Unknown name (the message lists the available ones), unreadable file,
        unknown format, or a malformed entry (the message names file, line
        and problem).

    Examples
    --------
    >>> load_lexicon("loaded").name
    'loaded'
    >>> load_lexicon("no-such-list")
    Traceback (most recent call last):
    ...
    framing.LexiconError: unknown lexicon 'no-such-list'; built-in lexicons are: ...
    """
    if isinstance(source, Lexicon):
        return source
    if isinstance(source, Path) or _looks_like_path(str(source)):
        path = Path(source)
        if not path.is_file():
            raise LexiconError(f"lexicon file not found: {path}")
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise LexiconError(f"cannot read lexicon file {path}: {exc}") from exc
        return _parse(raw, str(path), fmt=_format_of(path, raw, format))
    if format is not None:
        raise LexiconError(f"format={format!r} applies to files; {source!r} is a built-in name")
    return _load_builtin(str(source))


def _looks_like_path(s: str) -> bool:
    return "/" in s or "\\" in s or s.lower().endswith((*_BY_SUFFIX, ".txt"))


def _format_of(path: Path, raw: bytes, format: str | None) -> str:
    if format is not None:
        if format not in FORMATS:
            raise LexiconError(f"format: unknown format {format!r}; expected one of {sorted(FORMATS)}")
        return format
    by_suffix = _BY_SUFFIX.get(path.suffix.lower())
    if by_suffix is not None:
        return by_suffix
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    first = head.split(b"\n", 1)[0].strip()
    if first == b"%":
        return "dic"
    if head.startswith(b"<"):
        return "ykd"
    if first.startswith(b"+"):
        return "lc3"
    if first.lower().startswith(b"dicterm"):
        return "dicx"
    if b":" in first and not first.startswith(b"\t"):
        return "yaml"
    raise LexiconError(
        f"{path}: unknown dictionary format (extension {path.suffix or 'none'!r}, and the content "
        f"is none of them); give format=, one of {sorted(FORMATS)}"
    )


@functools.cache
def _load_builtin(name: str) -> Lexicon:
    resource = _builtin_dir() / f"{name}.yaml"
    if name.startswith("_") or not resource.is_file():
        raise LexiconError(
            f"unknown lexicon {name!r}; built-in lexicons are: {', '.join(list_lexicons())} "
            "(or give the path of a dictionary file)"
        )
    return _parse(resource.read_bytes(), f"{name}.yaml (built-in)", fmt="yaml")


def _parse(raw: bytes, where: str, *, fmt: str) -> Lexicon:
    text = decode(raw, where)
    if fmt == "dic":
        return read_dic(text, where)
    if fmt in ("dicx", "csv"):
        return read_csv_dictionary(text, where, fmt="LIWC-22 .dicx" if fmt == "dicx" else "CSV")
    if fmt == "lc3":
        return read_lc3(text, where)
    if fmt == "cat":
        return read_wordstat(text, where)
    if fmt == "ykd":
        return read_ykd(text, where)
    return read_yaml(text, where)


def write_lexicon(lexicon: LexiconLike, path: str | Path, *, format: str | None = None) -> Path:
    """Write a lexicon to our YAML format or to LIWC ``.dic``, to convert and share it.

    Parameters
    ----------
    lexicon : str, pathlib.Path or Lexicon
        What :func:`load_lexicon` accepts.
    path : str or pathlib.Path
        The file to write (overwritten if it exists).
    format : {"yaml", "dic"}, optional
        Default: from the extension of `path` (``.yaml``/``.yml`` or ``.dic``).

    Returns
    -------
    pathlib.Path
        The file written. Our YAML keeps everything (weights, context
        rules, negation); ``.dic`` keeps terms and categories, and warns
        naming the terms whose weights or rules it cannot hold.

    Raises
    ------
    LexiconError
        Another format, or a category name ``.dic`` cannot hold.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> lex = load_lexicon("boosters").select(["emphasis"])
    >>> copy = load_lexicon(write_lexicon(lex, folder / "emphasis.yaml"))
    >>> copy.to_frame().drop(columns="line").equals(lex.to_frame().drop(columns="line"))
    True
    >>> from framing import Lexicon, Term
    >>> liwc = folder / "mine.dic"
    >>> print(write_lexicon(Lexicon(name="mine", version="1", description="", sources=(),
    ...     categories={"certain": ""}, terms=(Term("sure", "certain"), Term("definite*", "certain"))),
    ...     liwc).read_text(encoding="utf-8"), end="")
    %
    1\tcertain
    %
    sure\t1
    definite*\t1
    """
    lex = load_lexicon(lexicon)
    path = Path(path)
    fmt = format or _BY_SUFFIX.get(path.suffix.lower())
    if fmt not in ("yaml", "dic"):
        raise LexiconError(f"write_lexicon: can write format 'yaml' or 'dic', got {format or path.suffix!r}")
    text = write_yaml(lex) if fmt == "yaml" else write_dic(lex)
    path.write_text(text, encoding="utf-8")
    return path
