"""Dictionaries as CSV tables: LIWC-22 ``.dicx`` and weighted CSVs such as the eMFD.

The first column holds the terms (LIWC-22 calls it ``DicTerm``; the eMFD
``word``); every other column is a category. A cell says whether, and with
what weight, the term belongs to that category:

- ``X`` (any case): a member, weight 1 (LIWC-22's plain dictionaries);
- a number: a member with that weight (LIWC-22's weighted dictionaries,
  eMFD-style probabilities or valences); ``0`` means not a member, so a
  probability table does not put every word in every category;
- empty: not a member.

Anything else (``"high"``, ``"1,5"``) is an error naming file, line and
column, never a silently wrong count.
"""

from __future__ import annotations

import csv
import io
import math

from framing.dictionary._build import Entry, check_category_name, lexicon_from_entries
from framing.dictionary._model import Lexicon, LexiconError

__all__ = ["read_csv_dictionary"]


def read_csv_dictionary(text: str, where: str, *, fmt: str = "CSV") -> Lexicon:
    """Parse a term-by-category table (``.dicx`` or ``.csv``); `where` names it in errors."""
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header: list[str] | None = None
    header_line = 0
    for row in reader:
        if any(cell.strip() for cell in row):
            header, header_line = row, reader.line_num
            break
    if header is None or len(header) < 2:
        raise LexiconError(
            f"{where} line {header_line or 1}: expected a header row: the term column, then one column per category"
        )
    cats: list[str] = []
    declared: dict[str, int] = {}
    for j, cell in enumerate(header[1:], 2):
        name = check_category_name(cell, f"{where} line {header_line} column {j}")
        if name in declared:
            raise LexiconError(f"{where} line {header_line} column {j}: category {name!r} is used twice in the header")
        declared[name] = header_line
        cats.append(name)
    entries: list[Entry] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise LexiconError(
                f"{where} line {line}: expected {len(header)} fields like the header, got {len(row)}"
            )
        term = row[0].strip()
        if not term:
            raise LexiconError(f"{where} line {line}: the term (first column) is empty")
        for j, (cat, cell) in enumerate(zip(cats, row[1:]), 2):
            weight = _weight(cell.strip(), where, line, j, cat)
            if weight is not None:
                entries.append(Entry(cat, term, line, weight=weight))
    return lexicon_from_entries(
        entries, {c: "" for c in cats}, where, fmt=fmt, declared_lines=declared
    )


def _weight(cell: str, where: str, line: int, column: int, cat: str) -> float | None:
    if not cell:
        return None
    if cell.lower() == "x":
        return 1.0
    try:
        value = float(cell)
    except ValueError:
        raise LexiconError(
            f"{where} line {line} column {column} ({cat}): expected X, a number or an empty cell, got {cell!r}"
        ) from None
    if not math.isfinite(value):
        raise LexiconError(f"{where} line {line} column {column} ({cat}): weight must be finite, got {cell!r}")
    return None if value == 0 else value
