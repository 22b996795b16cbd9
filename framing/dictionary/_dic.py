"""LIWC-style ``.dic`` files: read and write.

A ``%``-delimited header of ``number<TAB or spaces>category`` lines, then
``term  number [number...]`` lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from framing.dictionary._model import Lexicon, LexiconError, Term, _check_term_text

_DIC_CATEGORY = re.compile(r"^\s*(\d+)\s+(\S.*?)\s*$")


def _parse_dic(text: str, where: str) -> Lexicon:
    lines = text.splitlines()
    n = 0
    while n < len(lines) and not lines[n].strip():
        n += 1
    if n >= len(lines) or lines[n].strip() != "%":
        raise LexiconError(f"{where} line {n + 1}: a .dic file must start with a '%' line")
    cats: dict[str, str] = {}
    n += 1
    while n < len(lines) and lines[n].strip() != "%":
        raw = lines[n]
        if raw.strip():
            m = _DIC_CATEGORY.match(raw)
            if not m:
                raise LexiconError(
                    f"{where} line {n + 1}: expected '<number> <category name>' in the header, got {raw.strip()!r}"
                )
            # LIWC2015 names read like "funct (Function Words)": keep the short name.
            cats[m.group(1)] = m.group(2).split()[0]
        n += 1
    if n >= len(lines):
        raise LexiconError(f"{where}: the category header is not closed by a second '%' line")
    terms = []
    for i in range(n + 1, len(lines)):
        raw = lines[i].strip()
        if not raw:
            continue
        parts = raw.split()
        k = len(parts)
        while k > 0 and parts[k - 1].isdigit():
            k -= 1
        word, numbers = " ".join(parts[:k]), parts[k:]
        if not word or not numbers:
            raise LexiconError(
                f"{where} line {i + 1}: expected '<term> <category number> [...]', got {raw!r}"
            )
        for num in numbers:
            if num not in cats:
                raise LexiconError(
                    f"{where} line {i + 1}: category number {num} is not declared in the header"
                )
            _check_term_text(word, where=f"{where} line {i + 1}")
            terms.append(Term(term=word, category=cats[num], line=i + 1))
    return Lexicon(
        name=Path(where).stem,
        version="",
        description=f"LIWC-style dictionary read from {where}",
        sources=(),
        categories={c: "" for c in dict.fromkeys(cats.values())},
        terms=tuple(terms),
        path=where,
    )
