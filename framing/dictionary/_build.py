"""What every foreign-format reader shares: decoding, term checks, and building the :class:`Lexicon`.

Readers of other tools' dictionaries (LIWC, quanteda, Lexicoder, WordStat,
Yoshikoder) turn their file into ``(category, term, line, weight)`` entries
and hand them to :func:`_lexicon_from_entries`, which applies the rules all
of them share: a category named twice or left empty, and a term listed twice
in one category, are errors naming file and line. Emoticon terms (``:)``,
``(-:``, ``<3``) are kept as symbol terms (see
:func:`framing.dictionary._model.is_symbol_term`); one with a space inside
is an error naming file and line.
Nested categories are joined with ``/`` (``"economy/taxes"``); see
:meth:`framing.Lexicon.collapse`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from framing.dictionary._model import (
    Lexicon,
    LexiconError,
    Term,
    _check_duplicates,
    _check_term_text,
    is_symbol_term,
)

#: Joins the levels of a nested category: ``"parent/child"``.
LEVEL_SEP = "/"
_HAS_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Entry:
    """One term of a foreign dictionary before validation."""

    category: str
    term: str
    line: int
    weight: float = 1.0
    conditions: tuple[tuple[str, str], ...] = ()


def decode(raw: bytes, where: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM; else Windows-1252 with a warning; else an error."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise LexiconError(f"{where}: starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    if b"\x00" in raw[:8192]:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise LexiconError(
            f"{where} line {line}: a NUL byte: this is a binary or encrypted file, not a dictionary text "
            "(LIWC's own dictionaries are encrypted: export them from LIWC as .dic or .dicx)"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        first_bad = line
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise LexiconError(
            f"{where} line {line}: neither UTF-8 nor Windows-1252 (cp1252) text; "
            "save the file as UTF-8 (an encrypted or binary dictionary cannot be read)"
        ) from None
    warnings.warn(
        f"{where}: not valid UTF-8 (first at line {first_bad}); read as Windows-1252 (cp1252). "
        "Check accented terms, or save the file as UTF-8.",
        UserWarning,
        stacklevel=4,
    )
    return text


def check_category_name(name: str, where: str) -> str:
    name = name.strip()
    if not name:
        raise LexiconError(f"{where}: empty category name")
    return name


def lexicon_from_entries(
    entries: Sequence[Entry],
    categories: dict[str, str],
    where: str,
    *,
    fmt: str,
    declared_lines: dict[str, int] | None = None,
    name: str | None = None,
    skipped: Iterable[tuple[int, str]] = (),
) -> Lexicon:
    """Validate `entries` and build the lexicon; `categories` maps name -> description, in file order.

    `declared_lines` gives the line each category was declared on (for the
    "empty category" error); `skipped` lists ``(line, what)`` of constructs
    the reader could not use, reported in one warning.
    """
    notes = [f"line {line}: {what}" for line, what in skipped]
    terms: list[Term] = []
    for e in entries:
        loc = f"{where} line {e.line}"
        symbol = is_symbol_term(e.term)
        # A symbol term keeps its inner spaces, so that the check below names them.
        text = e.term.strip() if symbol else " ".join(e.term.split())
        if e.category not in categories:
            raise LexiconError(f"{loc}: term {text!r} is in category {e.category!r}, which is not declared")
        if text and not symbol and not _HAS_WORD.search(text):
            raise LexiconError(f"{loc}: term {text!r} has no letter or digit, so it would match no word")
        _check_term_text(text, where=loc)
        terms.append(Term(term=text, category=e.category, weight=e.weight, line=e.line, conditions=e.conditions))
    if notes:
        warnings.warn(f"{where}: skipped what framing cannot match: " + "; ".join(notes), UserWarning, stacklevel=5)
    used = {t.category for t in terms}
    for cat in dict.fromkeys([*categories, *(declared_lines or {})]):
        if cat not in used and not any(c.startswith(cat + LEVEL_SEP) for c in used):
            line = (declared_lines or {}).get(cat)
            at = f" line {line}" if line else ""
            raise LexiconError(f"{where}{at}: category {cat!r} has no terms")
    _check_duplicates(terms, where)
    leaf = {c: d for c, d in categories.items() if c in used}
    return Lexicon(
        name=name or _name_of(where),
        version="",
        description=f"{fmt} dictionary read from {Path(where).name}",
        sources=(),
        categories=leaf,
        terms=tuple(terms),
        path=where,
    )


def _lines(lines: list[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:10])
    return shown + (f" and {len(lines) - 10} more" if len(lines) > 10 else "")


def _name_of(where: str) -> str:
    """The lexicon name from the file name: letters, digits and underscores, so column names stay simple."""
    stem = Path(where).stem
    return re.sub(r"[^\w-]+", "_", stem).strip("_") or "lexicon"
