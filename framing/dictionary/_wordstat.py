"""WordStat ``.cat`` dictionaries: a tab-indented hierarchy of categories and ``TERM (1)`` entries.

A line at a deeper indentation than the one before belongs to it: a line
followed by deeper lines is a category, any other is a term, optionally
with its weight in parentheses (``TAX* (1)``). Nested categories become
``parent/child``. WordStat writes phrases with ``_`` between words
(``TAX_CUT``), read as a space. Rule lines (starting with ``@``) cannot be
matched and are skipped with a warning naming their lines. Indentation must
be tabs (or spaces throughout): mixing them is an error naming the line, as
is skipping a level.
"""

from __future__ import annotations

import re

from framing.dictionary._build import (
    LEVEL_SEP,
    Entry,
    check_category_name,
    lexicon_from_entries,
)
from framing.dictionary._model import Lexicon, LexiconError, is_symbol_term

__all__ = ["read_wordstat"]

_WEIGHTED = re.compile(r"^(?P<term>.*?)\s*\((?P<weight>[^()]*)\)\s*$")


def read_wordstat(text: str, where: str) -> Lexicon:
    """Parse the text of a WordStat ``.cat`` file; `where` names it in errors."""
    rows: list[tuple[int, int, str]] = []  # (line, depth, content)
    skipped: list[tuple[int, str]] = []
    indent_char = ""
    unit = 0
    for i, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        stripped = raw.lstrip(" \t")
        lead = raw[: len(raw) - len(stripped)]
        if lead:
            if " " in lead and "\t" in lead or (indent_char and lead[0] != indent_char):
                raise LexiconError(f"{where} line {i}: indentation mixes tabs and spaces; use tabs only")
            indent_char = indent_char or lead[0]
            unit = unit or (1 if indent_char == "\t" else len(lead))
            if len(lead) % unit:
                raise LexiconError(f"{where} line {i}: indented by {len(lead)} spaces, not a multiple of {unit}")
        depth = len(lead) // unit if lead else 0
        content = stripped.rstrip()
        if content.startswith("@"):
            skipped.append((i, f"WordStat rule {content!r}"))
            continue
        rows.append((i, depth, content))
    categories: dict[str, str] = {}
    declared: dict[str, int] = {}
    entries: list[Entry] = []
    path: list[str] = []
    for k, (line, depth, content) in enumerate(rows):
        if depth > len(path):
            raise LexiconError(f"{where} line {line}: indented {depth} levels, but only {len(path)} categories are open")
        del path[depth:]
        deeper = k + 1 < len(rows) and rows[k + 1][1] > depth
        m = _WEIGHTED.match(content)
        if deeper:
            if m:
                raise LexiconError(f"{where} line {line}: {content!r} has a weight but lines below it, like a category")
            name = check_category_name(content, f"{where} line {line}")
            if LEVEL_SEP in name:
                raise LexiconError(f"{where} line {line}: category {name!r} contains {LEVEL_SEP!r}, used to join levels")
            full = LEVEL_SEP.join((*path, name))
            if full in declared:
                raise LexiconError(
                    f"{where} line {line}: category {full!r} is declared twice (first at line {declared[full]})"
                )
            declared[full] = line
            path.append(name)
            continue
        if not path:
            raise LexiconError(f"{where} line {line}: category {content!r} has no terms")
        term, weight = content, 1.0
        if m:
            term = m.group("term")
            try:
                weight = float(m.group("weight"))
            except ValueError:
                raise LexiconError(
                    f"{where} line {line}: weight must be a number, got {m.group('weight')!r}"
                ) from None
        category = LEVEL_SEP.join(path)
        categories.setdefault(category, "")
        # "_" joins the words of a phrase, but is kept inside an emoticon ("^_^").
        text = term if is_symbol_term(term) else term.replace("_", " ")
        entries.append(Entry(category, text, line, weight=weight))
    return lexicon_from_entries(
        entries, categories, where, fmt="WordStat .cat", declared_lines=declared, skipped=skipped
    )
