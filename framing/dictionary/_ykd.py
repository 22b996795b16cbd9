"""Yoshikoder ``.ykd`` dictionaries: XML with nested ``cnode`` categories and ``pnode`` patterns.

Nested categories become ``parent/child``; the outer ``dictionary`` element
is the root, not a category. The file is parsed with expat, keeping line
numbers for errors; a document type declaration (which could define
entities) is refused rather than expanded.
"""

from __future__ import annotations

import xml.parsers.expat

from framing.dictionary._build import (
    LEVEL_SEP,
    Entry,
    check_category_name,
    lexicon_from_entries,
)
from framing.dictionary._model import Lexicon, LexiconError

__all__ = ["read_ykd"]


def read_ykd(text: str, where: str) -> Lexicon:
    """Parse the text of a Yoshikoder ``.ykd`` file; `where` names it in errors."""
    parser = xml.parsers.expat.ParserCreate()
    path: list[str] = []
    categories: dict[str, str] = {}
    declared: dict[str, int] = {}
    entries: list[Entry] = []
    seen_root = []

    def doctype(*_: object) -> None:
        raise LexiconError(f"{where} line {parser.CurrentLineNumber}: a DOCTYPE declaration is not allowed in .ykd")

    def start(tag: str, attrs: dict[str, str]) -> None:
        line = parser.CurrentLineNumber
        if not seen_root:
            if tag != "dictionary":
                raise LexiconError(f"{where} line {line}: expected a <dictionary> root element, got <{tag}>")
            seen_root.append(tag)
            return
        if tag == "cnode":
            name = check_category_name(attrs.get("name", ""), f"{where} line {line}")
            if LEVEL_SEP in name:
                raise LexiconError(f"{where} line {line}: category {name!r} contains {LEVEL_SEP!r}, used to join levels")
            full = LEVEL_SEP.join((*path, name))
            if full in declared:
                raise LexiconError(f"{where} line {line}: category {full!r} is declared twice (first at line {declared[full]})")
            declared[full] = line
            path.append(name)
        elif tag == "pnode":
            if not path:
                raise LexiconError(f"{where} line {line}: a pattern (pnode) outside any category (cnode)")
            category = LEVEL_SEP.join(path)
            categories.setdefault(category, "")
            entries.append(Entry(category, attrs.get("name", ""), line))
        else:
            raise LexiconError(f"{where} line {line}: unexpected element <{tag}>; expected cnode or pnode")

    def end(tag: str) -> None:
        if tag == "cnode":
            path.pop()

    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(text, True)
    except xml.parsers.expat.ExpatError as exc:
        raise LexiconError(f"{where} line {exc.lineno}: invalid XML: {xml.parsers.expat.errors.messages[exc.code]}") from None
    if not seen_root:
        raise LexiconError(f"{where}: no <dictionary> element")
    return lexicon_from_entries(entries, categories, where, fmt="Yoshikoder .ykd", declared_lines=declared)
