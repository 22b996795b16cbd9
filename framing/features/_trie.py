"""Lexicon terms as one trie-shaped regular expression (see :mod:`framing.features._matcher`)."""

from __future__ import annotations

import re

from framing._text import term_key as _key


def _trie_body(patterns: list[str]) -> str | None:
    """Many terms as one regex without word boundaries: a trie turned into nested alternations.

    A flat alternation of thousands of terms is 20x slower in ``re``;
    sharing prefixes keeps the engine from re-trying each term.
    """
    if not patterns:
        return None
    trie: dict = {}
    for p in patterns:
        node = trie
        wildcard = p.endswith("*")
        body = _key(p[:-1] if wildcard else p)
        for ch in body:
            node = node.setdefault(ch, {})
        node["*" if wildcard else ""] = True
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    wildcard = node.get("*", False)
    terminal = node.get("", False)
    branches = []
    singles = []
    for ch in sorted(k for k in node if k not in ("", "*")):
        child = node[ch]
        atom = r"[\s-]+" if ch == " " else re.escape(ch)
        if set(child) == {""}:
            singles.append(atom)
        else:
            branches.append(atom + _trie_regex(child))
    if singles:
        if len(singles) == 1:
            branches.append(singles[0])
        elif all(len(s) == 1 for s in singles):
            branches.append("[" + "".join(singles) + "]")
        else:
            branches.extend(singles)
    if wildcard:
        # Longer literal continuations first, then any word ending.
        branches.append(r"\w*")
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal and not wildcard:
        return f"(?:{inner})?" if len(branches) > 1 or len(inner) > 1 else f"{inner}?"
    return inner
