"""Lexicons: the file formats, their validation, and one-pass term matching.

A lexicon is a data file, never a Python literal. Two formats are read:

* **YAML** (``.yaml``/``.yml``), the native format, documented in
  ``lexicons/README.md``. Its top level has ``name``, ``version``,
  ``description``, ``sources`` (what to cite), optional ``case_sensitive``
  and ``categories``; each category has a ``description`` and ``terms``.
  A term is a string or a mapping with ``term`` and optional ``forms``
  (inflected forms that count as the term), ``weight``, ``note``,
  ``case_sensitive`` and context conditions (``not_followed_by``,
  ``not_preceded_by``, ``followed_by``, ``preceded_by``: regular
  expressions tested on the lower-cased text right after or before the
  match).
* **LIWC-style** ``.dic`` files: a ``%``-delimited header of
  ``number<TAB or spaces>category`` lines, then ``term  number [number...]``.

Terms match whole words, case-insensitively unless the lexicon or term says
otherwise. A trailing ``*`` matches any word ending (``retaliat*``).
Curly and straight apostrophes, and the hyphen variants, are treated alike;
a space or hyphen inside a term matches any run of spaces, line breaks or
hyphens (``self-defense`` finds "self defense" and "self‑defense").
Among overlapping candidates the leftmost, then the longest, wins.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Union

import yaml

from ._text import fold

__all__ = [
    "Lexicon",
    "LexiconError",
    "Match",
    "Term",
    "find_terms",
    "list_lexicons",
    "load_lexicon",
]

_CONDITION_KEYS = ("not_followed_by", "not_preceded_by", "followed_by", "preceded_by")
_TERM_KEYS = {"term", "forms", "weight", "note", "case_sensitive", *_CONDITION_KEYS}
_TOP_KEYS = {
    "name", "version", "description", "sources", "license", "case_sensitive",
    "categories", "kind",
}
_CATEGORY_KEYS = {"description", "terms"}
# A term is words made of letters, digits, apostrophes, dots, ampersands and
# hyphens, separated by single spaces, with an optional trailing '*'.
_TERM_CHARS = re.compile(r"^[\w'.&$%/+-]+(?: [\w'.&$%/+-]+)*\*?$")
_SEPARATORS = re.compile(r"[\s-]+")
# How far back a *_preceded_by condition looks, in characters.
_LOOKBEHIND = 80


class LexiconError(ValueError):
    """A lexicon file or name is invalid; the message names file, line and problem."""


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry.

    Attributes
    ----------
    term : str
        The entry as written, e.g. ``"retaliat*"`` or ``"defensive strikes"``.
    category : str
        The category it belongs to.
    forms : tuple of str
        Further surface forms that count as this term (inflections).
    weight : float
        Optional weight (default 1.0), kept in every match.
    note : str
        Free-text note for reviewers.
    case_sensitive : bool
        Match the exact case (e.g. ``"US"`` the country, not "us").
    conditions : tuple of (str, str)
        Context conditions as ``(kind, regex)`` pairs, ``kind`` one of
        ``not_followed_by``, ``not_preceded_by``, ``followed_by``, ``preceded_by``.
    line : int or None
        Line in the source file, for error messages and audits.
    """

    term: str
    category: str
    forms: tuple[str, ...] = ()
    weight: float = 1.0
    note: str = ""
    case_sensitive: bool = False
    conditions: tuple[tuple[str, str], ...] = ()
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon term found in a text: ``source[start:end] == text``."""

    start: int
    end: int
    text: str
    term: str
    category: str
    lexicon: str
    weight: float = 1.0


@dataclass(frozen=True)
class Lexicon:
    """A validated lexicon: metadata, category descriptions and terms.

    Build one with :func:`load_lexicon`; combine with :meth:`extend`.

    Examples
    --------
    >>> lex = load_lexicon("hedges")
    >>> lex.name, "reportedly" in {t.term for t in lex.terms}
    ('hedges', True)
    """

    name: str
    version: str
    description: str
    sources: tuple[str, ...]
    categories: Mapping[str, str]
    terms: tuple[Term, ...]
    path: str | None = None
    license: str = ""
    _matcher: list = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.name:
            raise LexiconError(f"{self.path or 'lexicon'}: 'name' is empty")

    def __len__(self) -> int:
        return len(self.terms)

    def to_frame(self) -> Any:
        """Return the terms as a DataFrame.

        Returns
        -------
        pandas.DataFrame
            Columns ``lexicon, category, term, forms, weight, case_sensitive,
            conditions, note, line``.
        """
        import pandas as pd

        return pd.DataFrame(
            {
                "lexicon": self.name,
                "category": [t.category for t in self.terms],
                "term": [t.term for t in self.terms],
                "forms": ["; ".join(t.forms) for t in self.terms],
                "weight": [t.weight for t in self.terms],
                "case_sensitive": [t.case_sensitive for t in self.terms],
                "conditions": ["; ".join(f"{k}={v}" for k, v in t.conditions) for t in self.terms],
                "note": [t.note for t in self.terms],
                "line": [t.line for t in self.terms],
            }
        )

    def extend(
        self,
        terms: Iterable[Term | tuple[str, str]] | Lexicon,
        *,
        name: str | None = None,
        version: str | None = None,
    ) -> Lexicon:
        """Return a new lexicon with more terms (the original is unchanged).

        Parameters
        ----------
        terms : Lexicon or iterable of Term or (term, category)
            What to add. Categories not yet described are added with an
            empty description.
        name, version : str, optional
            Name and version of the result (default: this lexicon's name and
            version with ``+extended``), so that results say which list produced them.

        Returns
        -------
        Lexicon

        Examples
        --------
        >>> lex = load_lexicon("hedges").extend([("rumoured", "evidential")])
        >>> [m.term for m in find_terms("It was rumoured to be a drone.", lex)]
        ['rumoured']
        >>> load_lexicon("hedges").extend([("reportedly", "evidential")])
        Traceback (most recent call last):
        ...
        framing.lexicon.LexiconError: hedges (extend): 'reportedly' is listed twice in category 'evidential' (first at line ...)
        """
        if isinstance(terms, Lexicon):
            new_terms = list(terms.terms)
            new_cats = dict(terms.categories)
            sources = tuple(dict.fromkeys(self.sources + terms.sources))
        else:
            new_terms = []
            for item in terms:
                if isinstance(item, Term):
                    new_terms.append(item)
                else:
                    term, category = item
                    new_terms.append(Term(term=term, category=category))
            new_cats = {}
            sources = self.sources
        where = f"{name or self.name} (extend)"
        for t in new_terms:
            _check_term_text(t.term, where=where)
        _check_duplicates(self.terms + tuple(new_terms), where)
        cats = dict(self.categories)
        for t in new_terms:
            cats.setdefault(t.category, new_cats.get(t.category, ""))
        return Lexicon(
            name=name or self.name,
            version=version or f"{self.version}+extended",
            description=self.description,
            sources=sources,
            categories=cats,
            terms=self.terms + tuple(new_terms),
            path=None,
            license=self.license,
        )


LexiconLike = Union[str, Path, Lexicon]


# --------------------------------------------------------------------------- loading


def _builtin_dir() -> Any:
    return importlib.resources.files("framing.lexicons")


def list_lexicons() -> list[str]:
    """Names of the lexicons shipped with the library.

    Returns
    -------
    list of str
        Sorted names accepted by :func:`load_lexicon`.

    Examples
    --------
    >>> {"hedges", "loaded"} <= set(list_lexicons())
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
    framing.lexicon.LexiconError: unknown lexicon 'no-such-list'; built-in lexicons are: ...
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


@functools.lru_cache(maxsize=None)
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


# ---- YAML


def _parse_yaml(text: str, where: str) -> Lexicon:
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise LexiconError(f"{where}{line}: invalid YAML: {problem}") from None
    if not isinstance(root, yaml.MappingNode):
        raise LexiconError(f"{where}: expected a mapping with name, version, categories...")
    top = _mapping(root, where)
    for key, (node, _) in top.items():
        if key not in _TOP_KEYS:
            raise LexiconError(
                f"{where} line {node.start_mark.line + 1}: unknown key {key!r}; "
                f"expected one of {sorted(_TOP_KEYS)}"
            )
    for required in ("name", "version", "description", "categories"):
        if required not in top:
            raise LexiconError(f"{where}: missing required key {required!r}")
    name = _scalar(top["name"][1], where)
    default_case = _bool(top["case_sensitive"][1], where) if "case_sensitive" in top else False
    sources: tuple[str, ...] = ()
    if "sources" in top:
        snode = top["sources"][1]
        if not isinstance(snode, yaml.SequenceNode):
            raise LexiconError(f"{where} line {snode.start_mark.line + 1}: 'sources' must be a list")
        sources = tuple(_scalar(n, where) for n in snode.value)
    cat_node = top["categories"][1]
    if not isinstance(cat_node, yaml.MappingNode) or not cat_node.value:
        raise LexiconError(
            f"{where} line {cat_node.start_mark.line + 1}: 'categories' must be a non-empty mapping"
        )
    categories: dict[str, str] = {}
    terms: list[Term] = []
    for cat, (knode, cnode) in _mapping(cat_node, where).items():
        line = knode.start_mark.line + 1
        if not isinstance(cnode, yaml.MappingNode):
            raise LexiconError(
                f"{where} line {line}: category {cat!r} must be a mapping with description and terms"
            )
        cmap = _mapping(cnode, where)
        for key, (n, _) in cmap.items():
            if key not in _CATEGORY_KEYS:
                raise LexiconError(
                    f"{where} line {n.start_mark.line + 1}: unknown key {key!r} in category "
                    f"{cat!r}; expected 'description' and 'terms'"
                )
        categories[cat] = _scalar(cmap["description"][1], where) if "description" in cmap else ""
        if "terms" not in cmap:
            raise LexiconError(f"{where} line {line}: category {cat!r} has no 'terms'")
        tnode = cmap["terms"][1]
        if not isinstance(tnode, yaml.SequenceNode):
            raise LexiconError(f"{where} line {tnode.start_mark.line + 1}: 'terms' must be a list")
        for item in tnode.value:
            terms.append(_term_from_node(item, cat, default_case, where))
    _check_duplicates(terms, where)
    return Lexicon(
        name=name,
        version=_scalar(top["version"][1], where),
        description=_scalar(top["description"][1], where).strip(),
        sources=sources,
        categories=categories,
        terms=tuple(terms),
        path=where,
        license=_scalar(top["license"][1], where) if "license" in top else "",
    )


def _check_duplicates(terms: Sequence[Term], where: str) -> None:
    """A surface form listed twice in one category would count every match twice."""
    seen: dict[tuple[str, str], int | None] = {}
    for t in terms:
        for surface in (t.term, *t.forms):
            key = (t.category, _key(fold(surface, lower=not t.case_sensitive)))
            if key in seen:
                first = f" (first at line {seen[key]})" if seen[key] else ""
                loc = f"{where} line {t.line}" if t.line else where
                raise LexiconError(
                    f"{loc}: {surface!r} is listed twice in category {t.category!r}{first}"
                )
            seen[key] = t.line


def _mapping(node: Any, where: str) -> dict[str, tuple[Any, Any]]:
    out: dict[str, tuple[Any, Any]] = {}
    for knode, vnode in node.value:
        key = str(knode.value)
        if key in out:
            raise LexiconError(f"{where} line {knode.start_mark.line + 1}: duplicate key {key!r}")
        out[key] = (knode, vnode)
    return out


def _scalar(node: Any, where: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise LexiconError(f"{where} line {node.start_mark.line + 1}: expected a single value")
    return str(node.value)


def _bool(node: Any, where: str) -> bool:
    value = _scalar(node, where).lower()
    if value in ("true", "yes"):
        return True
    if value in ("false", "no"):
        return False
    raise LexiconError(f"{where} line {node.start_mark.line + 1}: expected true or false, got {value!r}")


def _term_from_node(node: Any, category: str, default_case: bool, where: str) -> Term:
    line = node.start_mark.line + 1
    loc = f"{where} line {line}"
    if isinstance(node, yaml.ScalarNode):
        text = str(node.value).strip()
        _check_term_text(text, where=loc)
        return Term(term=text, category=category, case_sensitive=default_case, line=line)
    if not isinstance(node, yaml.MappingNode):
        raise LexiconError(f"{loc}: a term must be a string or a mapping with 'term'")
    m = _mapping(node, where)
    for key, (knode, _) in m.items():
        if key not in _TERM_KEYS:
            raise LexiconError(
                f"{where} line {knode.start_mark.line + 1}: unknown term key {key!r}; "
                f"expected one of {sorted(_TERM_KEYS)}"
            )
    if "term" not in m:
        raise LexiconError(f"{loc}: term mapping has no 'term'")
    text = _scalar(m["term"][1], where).strip()
    _check_term_text(text, where=loc)
    forms: tuple[str, ...] = ()
    if "forms" in m:
        fnode = m["forms"][1]
        if not isinstance(fnode, yaml.SequenceNode):
            raise LexiconError(f"{loc}: 'forms' must be a list")
        forms = tuple(_scalar(n, where).strip() for n in fnode.value)
        for f in forms:
            _check_term_text(f, where=loc)
    weight = 1.0
    if "weight" in m:
        raw = _scalar(m["weight"][1], where)
        try:
            weight = float(raw)
        except ValueError:
            raise LexiconError(f"{loc}: weight must be a number, got {raw!r}") from None
    conditions = []
    for kind in _CONDITION_KEYS:
        if kind in m:
            pattern = _scalar(m[kind][1], where)
            try:
                re.compile(pattern)
            except re.error as exc:
                raise LexiconError(f"{loc}: {kind} is not a valid regular expression: {exc}") from None
            conditions.append((kind, pattern))
    return Term(
        term=text,
        category=category,
        forms=forms,
        weight=weight,
        note=_scalar(m["note"][1], where) if "note" in m else "",
        case_sensitive=_bool(m["case_sensitive"][1], where) if "case_sensitive" in m else default_case,
        conditions=tuple(conditions),
        line=line,
    )


def _check_term_text(text: str, *, where: str) -> None:
    if not text:
        raise LexiconError(f"{where}: empty term")
    if "*" in text[:-1]:
        raise LexiconError(f"{where}: wildcard '*' allowed only at the end of a term, got {text!r}")
    if text == "*":
        raise LexiconError(f"{where}: a term cannot be only a wildcard")
    if not _TERM_CHARS.match(" ".join(text.split())):
        raise LexiconError(
            f"{where}: term {text!r} has characters a term cannot hold "
            "(letters, digits, ' . & $ % / + - and single spaces expected)"
        )


# ---- LIWC .dic

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


# --------------------------------------------------------------------------- matching


def _key(surface: str) -> str:
    """Lookup key of a folded surface form: separators collapsed to one space."""
    return _SEPARATORS.sub(" ", surface).strip()


class _Matcher:
    """Compiled matcher for a sequence of lexicons (one regex per case mode)."""

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        # key -> list of (lexicon name, Term): a term in several lexicons or
        # categories yields one match per (lexicon, category).
        self._exact: list[dict[str, list[tuple[str, Term]]]] = [{}, {}]
        self._wild: list[dict[str, list[tuple[str, Term]]]] = [{}, {}]
        self._max_wild = [0, 0]
        patterns: list[list[str]] = [[], []]
        for lex in lexicons:
            for t in lex.terms:
                cs = int(t.case_sensitive)
                for surface in (t.term, *t.forms):
                    folded = fold(surface, lower=not t.case_sensitive)
                    if folded.endswith("*"):
                        key = _key(folded[:-1])
                        self._wild[cs].setdefault(key, []).append((lex.name, t))
                        self._max_wild[cs] = max(self._max_wild[cs], len(key))
                        patterns[cs].append(folded)
                    else:
                        self._exact[cs].setdefault(_key(folded), []).append((lex.name, t))
                        patterns[cs].append(folded)
        self._regex = [_compile(patterns[0]), _compile(patterns[1])]
        self._cond_cache: dict[str, re.Pattern[str]] = {}

    def find(self, text: str) -> list[Match]:
        found: list[tuple[int, int, str, Term]] = []
        folded_variants = {}
        for cs in (0, 1):
            regex = self._regex[cs]
            if regex is None:
                continue
            folded = fold(text, lower=not cs)
            folded_variants[cs] = folded
            for m in regex.finditer(folded):
                start, end = m.span()
                for lexname, term in self._lookup(cs, m.group()):
                    found.append((start, end, lexname, term))
        if not found:
            return []
        found.sort(key=lambda x: (x[0], x[0] - x[1]))
        out: list[Match] = []
        lower = folded_variants.get(0)
        if lower is None:
            lower = fold(text)
        last_end = -1
        last_span = None
        for start, end, lexname, term in found:
            if start < last_end and (start, end) != last_span:
                continue  # overlaps a leftmost-longest match already kept
            if term.conditions and not self._conditions_hold(lower, start, end, term):
                continue
            out.append(
                Match(start, end, text[start:end], term.term, term.category, lexname, term.weight)
            )
            last_end, last_span = max(last_end, end), (start, end)
        return out

    def _lookup(self, cs: int, surface: str) -> list[tuple[str, Term]]:
        key = _key(surface)
        hit = self._exact[cs].get(key)
        if hit is not None:
            return hit
        wild = self._wild[cs]
        for k in range(min(len(key), self._max_wild[cs]), 0, -1):
            hit = wild.get(key[:k])
            if hit is not None:
                return hit
        return []

    def _conditions_hold(self, lower: str, start: int, end: int, term: Term) -> bool:
        for kind, pattern in term.conditions:
            regex = self._cond_cache.get(pattern)
            if regex is None:
                regex = self._cond_cache[pattern] = re.compile(pattern)
            if kind.endswith("followed_by"):
                hit = regex.match(lower, end) is not None
            else:
                window = lower[max(0, start - _LOOKBEHIND) : start]
                hit = any(m.end() == len(window) for m in regex.finditer(window))
            if hit == kind.startswith("not_"):
                return False
        return True


def _compile(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex for many terms: a trie turned into nested alternations.

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
    body = _trie_regex(trie)
    # Whole words: not inside a longer word, a hyphenated compound or an
    # elided form ("Kata'ib"), but a possessive "'s" may follow ("Iran's").
    return re.compile(rf"(?<!\w)(?<!\w['-])(?:{body})(?!\w|-\w|'(?!s\b)\w)")


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


def _matcher_for(lexicons: Sequence[Lexicon]) -> _Matcher:
    if len(lexicons) == 1:
        cache = lexicons[0]._matcher
        if not cache:
            cache.append(_Matcher(lexicons))
        return cache[0]
    return _Matcher(lexicons)


def find_terms(text: str, lexicon: LexiconLike | Sequence[LexiconLike]) -> list[Match]:
    """Find every term of one or more lexicons in `text`, in one pass.

    Parameters
    ----------
    text : str
        The document (or any text). Offsets refer to it.
    lexicon : str, Path, Lexicon, or a sequence of them
        Built-in names, file paths or loaded lexicons.

    Returns
    -------
    list of Match
        In text order; ``text[m.start:m.end] == m.text``. Overlapping
        candidates resolve leftmost-longest; a term listed in several
        categories yields one match per category at the same span.

    Examples
    --------
    >>> text = "The Iran\u2011backed militia vowed revenge, calling the strikes retaliatory."
    >>> [(m.text, m.category) for m in find_terms(text, "loaded")]  # doctest: +NORMALIZE_WHITESPACE
    [('Iran\u2011backed', 'proxy_sponsorship'), ('revenge', 'retaliation'),
     ('retaliatory', 'retaliation')]
    """
    if isinstance(lexicon, (str, Path, Lexicon)):
        lexicons = [load_lexicon(lexicon)]
    else:
        lexicons = [load_lexicon(x) for x in lexicon]
    return _matcher_for(lexicons).find(text)


def _replace_terms(lexicon: Lexicon, terms: Sequence[Term]) -> Lexicon:
    """Copy of `lexicon` with other terms (used by tools that prune or learn terms)."""
    return replace(lexicon, terms=tuple(terms), _matcher=[])
