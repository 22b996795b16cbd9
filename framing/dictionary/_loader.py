"""Finding and loading lexicons: the built-in ones by name, files by path, the format by extension and content."""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path
from typing import Any

from framing.dictionary._dic import _parse_dic
from framing.dictionary._model import Lexicon, LexiconError, LexiconLike
from framing.dictionary._yaml import _parse_yaml

__all__ = ["list_lexicons", "load_lexicon"]

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


def load_lexicon(source: LexiconLike) -> Lexicon:
    """Load a built-in lexicon by name, or a lexicon file by path.

    Parameters
    ----------
    source : str, pathlib.Path or Lexicon
        A built-in name (see :func:`list_lexicons`), or the path of a
        ``.yaml``/``.yml`` lexicon or a LIWC-style ``.dic`` file.
        A :class:`Lexicon` is returned as it is.

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        Unknown name (the message lists the available ones), unreadable file,
        or a malformed entry (the message names file, line and problem).

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
        return _parse(raw, str(path), suffix=path.suffix.lower())
    return _load_builtin(str(source))


def _looks_like_path(s: str) -> bool:
    return "/" in s or "\\" in s or s.lower().endswith((".yaml", ".yml", ".dic", ".txt"))


@functools.cache
def _load_builtin(name: str) -> Lexicon:
    resource = _builtin_dir() / f"{name}.yaml"
    if name.startswith("_") or not resource.is_file():
        raise LexiconError(
            f"unknown lexicon {name!r}; built-in lexicons are: {', '.join(list_lexicons())} "
            "(or give the path of a .yaml or .dic file)"
        )
    return _parse(resource.read_bytes(), f"{name}.yaml (built-in)", suffix=".yaml")


def _parse(raw: bytes, where: str, *, suffix: str) -> Lexicon:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise LexiconError(f"{where} line {line}: not valid UTF-8 ({exc.reason})") from None
    if suffix == ".dic":
        return _parse_dic(text, where)
    return _parse_yaml(text, where)
