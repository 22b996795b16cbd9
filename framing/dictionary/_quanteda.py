"""quanteda's YAML dictionaries (``dictionary(file = "x.yml")``): flat or nested category keys.

A flat file maps each category to its terms (``ECONOMY: [tax*, jobs]``);
a nested one maps a category to sub-categories (Newsmap's
``AFRICA: {EAST: {BI: [burundi, bujumbura*]}}``), any depth. Nested
categories become ``parent/child`` (``"AFRICA/EAST/BI"``); collapse them
with :meth:`framing.Lexicon.collapse`. quanteda's glob ``*`` is accepted at
the end of a term only (a leading or inner wildcard, and ``?``, are errors
naming the line), as in our own format.
"""

from __future__ import annotations

from typing import Any

import yaml

from framing.dictionary._build import (
    LEVEL_SEP,
    Entry,
    check_category_name,
    lexicon_from_entries,
)
from framing.dictionary._model import Lexicon, LexiconError

__all__ = ["read_quanteda_yaml"]


def read_quanteda_yaml(root: Any, where: str) -> Lexicon:
    """Build a lexicon from the composed YAML `root` of a quanteda dictionary file."""
    entries: list[Entry] = []
    categories: dict[str, str] = {}
    declared: dict[str, int] = {}

    def walk(node: Any, path: tuple[str, ...]) -> None:
        seen: set[str] = set()
        for knode, vnode in node.value:
            line = knode.start_mark.line + 1
            if not isinstance(knode, yaml.ScalarNode):
                raise LexiconError(f"{where} line {line}: a category name must be a single value")
            key = check_category_name(str(knode.value), f"{where} line {line}")
            if LEVEL_SEP in key:
                raise LexiconError(f"{where} line {line}: category {key!r} contains {LEVEL_SEP!r}, used to join levels")
            if key in seen:
                raise LexiconError(f"{where} line {line}: category {key!r} is used twice at this level")
            seen.add(key)
            name = LEVEL_SEP.join((*path, key))
            declared[name] = line
            if isinstance(vnode, yaml.MappingNode):
                if not vnode.value:
                    raise LexiconError(f"{where} line {line}: category {name!r} has no terms")
                walk(vnode, (*path, key))
            elif isinstance(vnode, yaml.SequenceNode):
                categories[name] = ""
                for item in vnode.value:
                    if not isinstance(item, yaml.ScalarNode):
                        raise LexiconError(
                            f"{where} line {item.start_mark.line + 1}: a term must be a single value, "
                            f"in category {name!r}"
                        )
                    entries.append(Entry(name, _term(str(item.value), where, item), item.start_mark.line + 1))
            elif isinstance(vnode, yaml.ScalarNode) and vnode.value not in ("", "~", "null"):
                categories[name] = ""  # one term written without brackets
                entries.append(Entry(name, _term(str(vnode.value), where, vnode), vnode.start_mark.line + 1))
            else:
                raise LexiconError(f"{where} line {line}: category {name!r} has no terms")

    walk(root, ())
    return lexicon_from_entries(entries, categories, where, fmt="quanteda YAML", declared_lines=declared)


def _term(value: str, where: str, node: Any) -> str:
    term = value.strip()
    if "?" in term or "*" in term[:-1]:
        raise LexiconError(
            f"{where} line {node.start_mark.line + 1}: term {term!r}: a wildcard is allowed only as a "
            "final '*' (quanteda's '?' and leading or inner '*' are not supported)"
        )
    return term
