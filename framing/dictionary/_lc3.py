"""Lexicoder ``.lc3`` dictionaries: ``+category`` lines (optionally ``#RRGGBB`` after), then patterns.

Lexicoder patterns are lower-case words or phrases with an optional final
``*``; a pattern before the first ``+category`` line is an error naming the line.
"""

from __future__ import annotations

import re

from framing.dictionary._build import Entry, check_category_name, lexicon_from_entries
from framing.dictionary._model import Lexicon, LexiconError

__all__ = ["read_lc3"]

_CATEGORY = re.compile(r"^\+\s*(?P<name>.*?)(?:\s+#[0-9A-Fa-f]{6})?\s*$")


def read_lc3(text: str, where: str) -> Lexicon:
    """Parse the text of a Lexicoder ``.lc3`` file; `where` names it in errors."""
    categories: dict[str, str] = {}
    declared: dict[str, int] = {}
    entries: list[Entry] = []
    current = None
    for i, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("+"):
            m = _CATEGORY.match(line)
            name = check_category_name(m.group("name") if m else "", f"{where} line {i}")
            if name in declared:
                raise LexiconError(f"{where} line {i}: category {name!r} is declared twice (first at line {declared[name]})")
            categories[name], declared[name], current = "", i, name
            continue
        if current is None:
            raise LexiconError(f"{where} line {i}: pattern {line!r} comes before the first '+category' line")
        entries.append(Entry(current, line, i))
    if not categories:
        raise LexiconError(f"{where}: no '+category' line; not a Lexicoder .lc3 dictionary")
    return lexicon_from_entries(entries, categories, where, fmt="Lexicoder .lc3", declared_lines=declared)
