"""Lexicons: the file formats, their validation, and one-pass term matching.

A lexicon is a data file, never a Python literal. Two formats are read:

* **YAML** (``.yaml``/``.yml``), the native format, documented with examples
  in ``lexicons/README.md``. Its top level has ``name``, ``version``,
  ``description``, ``sources`` (what to cite), optional ``license``,
  ``case_sensitive``, ``negators`` and ``categories``; each category has a
  ``description`` and ``terms``. A term is a string or a mapping with
  ``term`` and optional ``forms`` (inflected forms that count as the term),
  ``weight``, ``note``, ``case_sensitive`` and **context rules**:

  - ``followed_by``, ``not_followed_by``, ``preceded_by``,
    ``not_preceded_by``: a regular expression (or a list of them) tested on
    the lower-cased text right after or right before the match;
  - ``except``: a list of exceptions, each a mapping of such conditions plus
    optional ``written`` (a regular expression the matched text, as written,
    must match in full) and ``case_sensitive: true`` (test the context as
    written rather than lower-cased); the match is dropped when every
    condition of one exception holds;
  - ``negated``: what a negation cue shortly before the term does: ``keep``
    (the default), ``cancel`` (drop the match), ``only`` (keep the match only
    when negated) or ``{flip: <category>}`` (count it in another category of
    the same lexicon), with ``negation_window`` (words allowed between cue
    and term, default 3).

* **LIWC-style** ``.dic`` files: a ``%``-delimited header of
  ``number<TAB or spaces>category`` lines, then ``term  number [number...]``.

Terms match whole words, case-insensitively unless the lexicon or term says
otherwise. A trailing ``*`` matches any word ending (``retaliat*``).
Curly and straight apostrophes, and the hyphen variants, are treated alike;
a space or hyphen inside a term matches any run of spaces, line breaks or
hyphens (``self-defense`` finds "self defense" and "self‑defense").
Among overlapping candidates the leftmost, then the longest, wins.

Matching is one pass per document: one trie-shaped regular expression per
case mode finds every candidate, context rules look only at a few
characters around each candidate, and negation cues are found by one more
scan of the document, made only when a negation-sensitive term was found.
The engine lives in :mod:`framing.features._matcher`; this module holds the formats,
validation and the public API.
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

from framing._text import fold, term_key

__all__ = [
    "DEFAULT_NEGATORS",
    "Exclusion",
    "Lexicon",
    "LexiconError",
    "Match",
    "Term",
    "find_terms",
    "list_lexicons",
    "load_lexicon",
]

_CONDITION_KEYS = ("not_followed_by", "not_preceded_by", "followed_by", "preceded_by")
_TERM_KEYS = {
    "term", "forms", "weight", "note", "case_sensitive", "except", "negated",
    "negation_window", *_CONDITION_KEYS,
}
_EXCEPT_KEYS = {"written", "case_sensitive", *_CONDITION_KEYS}
_TOP_KEYS = {
    "name", "version", "description", "sources", "license", "case_sensitive",
    "categories", "kind", "negators",
}
_CATEGORY_KEYS = {"description", "terms"}
_NEGATED_VALUES = ("keep", "cancel", "only", "flip")
# A term is words made of letters, digits, apostrophes, dots, ampersands and
# hyphens, separated by single spaces, with an optional trailing '*'.
_TERM_CHARS = re.compile(r"^[\w'.&$%/+-]+(?: [\w'.&$%/+-]+)*\*?$")

#: Negation cues used when a lexicon does not list its own ``negators``.
#: Matched as whole words on the lower-cased text, plus the clitic ``n't``
#: ("isn't", "can't"); "a little" and "a few" are not negations.
DEFAULT_NEGATORS: tuple[str, ...] = (
    "not", "n't", "no", "never", "without", "neither", "nor", "none", "nobody",
    "nothing", "cannot", "hardly", "barely", "scarcely", "little", "few",
    "lack of", "yet to", "far from", "declined to", "refused to", "failed to",
    "unable to",
)


class LexiconError(ValueError):
    """A lexicon file or name is invalid; the message names file, line and problem."""

    __module__ = "framing"  # shown as framing.LexiconError, its public name


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A combination of context conditions that, when all hold, drops a match.

    Attributes
    ----------
    conditions : tuple of (str, str)
        ``(kind, regex)`` pairs, ``kind`` one of ``followed_by``,
        ``not_followed_by``, ``preceded_by``, ``not_preceded_by``.
    written : str
        Regular expression the matched text, as written, must match in full
        (e.g. ``"May"`` for the capitalised form); empty means any.
    case_sensitive : bool
        Test the context regexes on the text as written, not lower-cased.
    """

    conditions: tuple[tuple[str, str], ...] = ()
    written: str = ""
    case_sensitive: bool = False


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
        ``not_followed_by``, ``not_preceded_by``, ``followed_by``, ``preceded_by``;
        all must hold.
    line : int or None
        Line in the source file, for error messages and audits.
    exclusions : tuple of Exclusion
        The ``except`` rules: a match is dropped when one of them holds.
    negated : str
        ``"keep"`` (negation is ignored), ``"cancel"`` (a negated match is
        dropped), ``"only"`` (only negated matches count) or ``"flip"``
        (a negated match counts in `flip_to`).
    flip_to : str
        Category of the same lexicon a negated match moves to (``negated="flip"``).
    negation_window : int
        Words allowed between a negation cue and the term.
    """

    term: str
    category: str
    forms: tuple[str, ...] = ()
    weight: float = 1.0
    note: str = ""
    case_sensitive: bool = False
    conditions: tuple[tuple[str, str], ...] = ()
    line: int | None = None
    exclusions: tuple[Exclusion, ...] = ()
    negated: str = "keep"
    flip_to: str = ""
    negation_window: int = 3

    def __post_init__(self) -> None:
        if self.negated not in _NEGATED_VALUES:
            raise LexiconError(
                f"term {self.term!r}: negated must be one of {list(_NEGATED_VALUES)}, got {self.negated!r}"
            )
        if (self.negated == "flip") != bool(self.flip_to):
            raise LexiconError(f"term {self.term!r}: negated='flip' needs flip_to (and only it)")


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

    Build one with :func:`load_lexicon`; combine with :meth:`extend`,
    narrow with :meth:`select`.

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
    negators: tuple[str, ...] = ()
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
            conditions`` (context conditions and ``except`` rules, as text),
            ``negated`` (``keep``, ``cancel``, ``only`` or ``flip:<category>``),
            ``note, line``.

        Examples
        --------
        >>> frame = load_lexicon("hedges").to_frame()
        >>> frame.loc[frame["term"] == "may", "negated"].tolist()
        ['keep']
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
                "conditions": [_describe_rules(t) for t in self.terms],
                "negated": [f"flip:{t.flip_to}" if t.negated == "flip" else t.negated for t in self.terms],
                "note": [t.note for t in self.terms],
                "line": [t.line for t in self.terms],
            },
            columns=[
                "lexicon", "category", "term", "forms", "weight", "case_sensitive",
                "conditions", "negated", "note", "line",
            ],
        )

    def extend(
        self,
        terms: Iterable[Term | tuple[str, str]] | Lexicon,
        *,
        name: str | None = None,
        version: str | None = None,
    ) -> Lexicon:
        """Return a new lexicon with more terms (the original is unchanged).

        This is also the way to merge two lexicons: ``a.extend(b)`` keeps
        ``a``'s metadata, adds ``b``'s terms, categories and sources.

        Parameters
        ----------
        terms : Lexicon or iterable of Term or (term, category)
            What to add. Categories not yet described are added with an
            empty description (or the other lexicon's description).
        name, version : str, optional
            Name and version of the result (default: this lexicon's name and
            version with ``+extended``), so that results say which list produced them.

        Returns
        -------
        Lexicon

        Raises
        ------
        LexiconError
            A term whose text a lexicon cannot hold, a term already listed in
            the same category, or a ``flip`` rule pointing to a category the
            result does not have.

        Examples
        --------
        >>> lex = load_lexicon("hedges").extend([("reputedly", "evidential")])
        >>> [m.term for m in find_terms("It was reputedly a drone.", lex)]
        ['reputedly']
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
        for t in new_terms:
            _check_term_text(t.term, where=f"{name or self.name} (extend)")
        cats = dict(self.categories)
        for t in new_terms:
            cats.setdefault(t.category, new_cats.get(t.category, ""))
        for t in new_terms:
            if t.negated == "flip" and t.flip_to not in cats:
                raise LexiconError(
                    f"{name or self.name} (extend): term {t.term!r} flips to unknown category {t.flip_to!r}"
                )
        _check_duplicates(self.terms + tuple(new_terms), f"{name or self.name} (extend)")
        return Lexicon(
            name=name or self.name,
            version=version or f"{self.version}+extended",
            description=self.description,
            sources=sources,
            categories=cats,
            terms=self.terms + tuple(new_terms),
            path=None,
            license=self.license,
            negators=self.negators,
        )

    def select(
        self,
        categories: Iterable[str] | None = None,
        *,
        drop_terms: Iterable[str] = (),
        name: str | None = None,
    ) -> Lexicon:
        """Return a lexicon with only some categories and without some terms.

        Parameters
        ----------
        categories : iterable of str, optional
            Categories to keep (default: all).
        drop_terms : iterable of str
            Entries (as written in the file, e.g. ``"retaliat*"``) to leave out.
        name : str, optional
            Name of the result (default: this lexicon's name); the version
            gains ``+selected`` so that results say a subset was used.

        Returns
        -------
        Lexicon

        Raises
        ------
        LexiconError
            An unknown category, or a term to drop that is not in the lexicon.

        Examples
        --------
        >>> lex = load_lexicon("boosters").select(["certainty"])
        >>> sorted(lex.categories)
        ['certainty']
        """
        keep = list(self.categories) if categories is None else list(categories)
        unknown = [c for c in keep if c not in self.categories]
        if unknown:
            raise LexiconError(
                f"select: unknown categories {unknown} in lexicon {self.name!r}; "
                f"it has {sorted(self.categories)}"
            )
        drop = set(drop_terms)
        missing = drop - {t.term for t in self.terms}
        if missing:
            raise LexiconError(f"select: terms {sorted(missing)} are not in lexicon {self.name!r}")
        terms = tuple(
            t for t in self.terms
            if t.category in keep and t.term not in drop and (t.negated != "flip" or t.flip_to in keep)
        )
        return replace(
            self,
            name=name or self.name,
            version=f"{self.version}+selected",
            categories={c: self.categories[c] for c in keep},
            terms=terms,
            path=None,
            _matcher=[],
        )


LexiconLike = Union[str, Path, Lexicon]


def _describe_rules(t: Term) -> str:
    parts = [f"{k}={v}" for k, v in t.conditions]
    for ex in t.exclusions:
        inner = [f"{k}={v}" for k, v in ex.conditions]
        if ex.written:
            inner.insert(0, f"written={ex.written}")
        if ex.case_sensitive:
            inner.append("case_sensitive")
        parts.append("except(" + ", ".join(inner) + ")")
    return "; ".join(parts)


# --------------------------------------------------------------------------- loading


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
    top = _mapping(root, where, allowed=_TOP_KEYS)
    for required in ("name", "version", "description", "categories"):
        if required not in top:
            raise LexiconError(f"{where}: missing required key {required!r}")
    name = _scalar(top["name"][1], where)
    default_case = _bool(top["case_sensitive"][1], where) if "case_sensitive" in top else False
    sources = _string_list(top["sources"][1], "sources", where) if "sources" in top else ()
    negators: tuple[str, ...] = ()
    if "negators" in top:
        negators = _string_list(top["negators"][1], "negators", where)
        for cue in negators:
            if not cue.strip() or not re.fullmatch(r"[\w' -]+", cue):
                raise LexiconError(
                    f"{where} line {top['negators'][1].start_mark.line + 1}: negator {cue!r} must be "
                    "words (letters, apostrophes, hyphens, spaces)"
                )
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
        cmap = _mapping(cnode, where, allowed=_CATEGORY_KEYS, context=f" in category {cat!r}")
        categories[cat] = _scalar(cmap["description"][1], where) if "description" in cmap else ""
        if "terms" not in cmap:
            raise LexiconError(f"{where} line {line}: category {cat!r} has no 'terms'")
        tnode = cmap["terms"][1]
        if not isinstance(tnode, yaml.SequenceNode):
            raise LexiconError(f"{where} line {tnode.start_mark.line + 1}: 'terms' must be a list")
        for item in tnode.value:
            terms.append(_term_from_node(item, cat, default_case, where))
    for t in terms:
        if t.negated == "flip" and t.flip_to not in categories:
            raise LexiconError(
                f"{where} line {t.line}: term {t.term!r} flips to category {t.flip_to!r}, "
                f"which the lexicon does not have (it has {sorted(categories)})"
            )
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
        negators=negators,
    )


def _check_duplicates(terms: Iterable[Term], where: str) -> None:
    seen: dict[tuple[str, str], int | None] = {}
    for t in terms:
        for surface in (t.term, *t.forms):
            key = (t.category, term_key(fold(surface, lower=not t.case_sensitive)))
            if key in seen:
                line = f" line {t.line}" if t.line is not None else ""
                first = f" (first at line {seen[key]})" if seen[key] is not None else ""
                raise LexiconError(
                    f"{where}{line}: {surface!r} is listed twice in category {t.category!r}{first}"
                )
            seen[key] = t.line


def _mapping(
    node: Any, where: str, *, allowed: Iterable[str] | None = None, what: str = "key", context: str = ""
) -> dict[str, tuple[Any, Any]]:
    """A YAML mapping's entries by key; duplicate keys, and keys not `allowed`, are errors."""
    out: dict[str, tuple[Any, Any]] = {}
    allowed = None if allowed is None else set(allowed)
    for knode, vnode in node.value:
        key = str(knode.value)
        line = knode.start_mark.line + 1
        if key in out:
            raise LexiconError(f"{where} line {line}: duplicate key {key!r}")
        if allowed is not None and key not in allowed:
            raise LexiconError(
                f"{where} line {line}: unknown {what} {key!r}{context}; expected one of {sorted(allowed)}"
            )
        out[key] = (knode, vnode)
    return out


def _scalar(node: Any, where: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise LexiconError(f"{where} line {node.start_mark.line + 1}: expected a single value")
    return str(node.value)


def _string_list(node: Any, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise LexiconError(f"{where} line {node.start_mark.line + 1}: {key!r} must be a list")
    return tuple(_scalar(n, where) for n in node.value)


def _bool(node: Any, where: str) -> bool:
    value = _scalar(node, where).lower()
    if value in ("true", "yes"):
        return True
    if value in ("false", "no"):
        return False
    raise LexiconError(f"{where} line {node.start_mark.line + 1}: expected true or false, got {value!r}")


def _regex(node: Any, kind: str, where: str) -> list[str]:
    """One regex or a list of them, each validated."""
    nodes = node.value if isinstance(node, yaml.SequenceNode) else [node]
    out = []
    for n in nodes:
        pattern = _scalar(n, where)
        try:
            re.compile(pattern)
        except re.error as exc:
            raise LexiconError(
                f"{where} line {n.start_mark.line + 1}: {kind} is not a valid regular expression: {exc}"
            ) from None
        out.append(pattern)
    return out


def _conditions(m: dict[str, tuple[Any, Any]], where: str) -> tuple[tuple[str, str], ...]:
    conditions = []
    for kind in _CONDITION_KEYS:
        if kind in m:
            conditions.extend((kind, p) for p in _regex(m[kind][1], kind, where))
    return tuple(conditions)


def _exclusions(node: Any, where: str) -> tuple[Exclusion, ...]:
    loc = f"{where} line {node.start_mark.line + 1}"
    if not isinstance(node, yaml.SequenceNode):
        raise LexiconError(f"{loc}: 'except' must be a list of mappings of conditions")
    out = []
    for item in node.value:
        iloc = f"{where} line {item.start_mark.line + 1}"
        if not isinstance(item, yaml.MappingNode):
            raise LexiconError(f"{iloc}: each 'except' entry must be a mapping of conditions")
        m = _mapping(item, where, allowed=_EXCEPT_KEYS, context=" in 'except'")
        written = ""
        if "written" in m:
            written = _regex(m["written"][1], "written", where)[0]
        conditions = _conditions(m, where)
        if not conditions and not written:
            raise LexiconError(f"{iloc}: an 'except' entry needs at least one condition or 'written'")
        case = _bool(m["case_sensitive"][1], where) if "case_sensitive" in m else False
        out.append(Exclusion(conditions=conditions, written=written, case_sensitive=case))
    return tuple(out)


def _negation(node: Any, where: str) -> tuple[str, str]:
    loc = f"{where} line {node.start_mark.line + 1}"
    if isinstance(node, yaml.MappingNode):
        m = _mapping(node, where)
        if set(m) != {"flip"}:
            raise LexiconError(f"{loc}: 'negated' as a mapping must be {{flip: <category>}}")
        target = _scalar(m["flip"][1], where).strip()
        if not target:
            raise LexiconError(f"{loc}: 'negated: flip' needs a category")
        return "flip", target
    value = _scalar(node, where).strip()
    if value not in ("keep", "cancel", "only"):
        raise LexiconError(
            f"{loc}: 'negated' must be keep, cancel, only or {{flip: <category>}}, got {value!r}"
        )
    return value, ""


def _term_from_node(node: Any, category: str, default_case: bool, where: str) -> Term:
    line = node.start_mark.line + 1
    loc = f"{where} line {line}"
    if isinstance(node, yaml.ScalarNode):
        text = str(node.value).strip()
        _check_term_text(text, where=loc)
        return Term(term=text, category=category, case_sensitive=default_case, line=line)
    if not isinstance(node, yaml.MappingNode):
        raise LexiconError(f"{loc}: a term must be a string or a mapping with 'term'")
    m = _mapping(node, where, allowed=_TERM_KEYS, what="term key")
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
    negated, flip_to = _negation(m["negated"][1], where) if "negated" in m else ("keep", "")
    window = 3
    if "negation_window" in m:
        raw = _scalar(m["negation_window"][1], where)
        if not raw.isdigit():
            raise LexiconError(f"{loc}: negation_window must be a whole number of words, got {raw!r}")
        window = int(raw)
    return Term(
        term=text,
        category=category,
        forms=forms,
        weight=weight,
        note=_scalar(m["note"][1], where) if "note" in m else "",
        case_sensitive=_bool(m["case_sensitive"][1], where) if "case_sensitive" in m else default_case,
        conditions=_conditions(m, where),
        line=line,
        exclusions=_exclusions(m["except"][1], where) if "except" in m else (),
        negated=negated,
        flip_to=flip_to,
        negation_window=window,
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
        Context rules and negation (see the module docstring) have been
        applied.

    Examples
    --------
    >>> text = "The Iran\u2011backed militia vowed revenge, calling the strikes retaliatory."
    >>> [(m.text, m.category) for m in find_terms(text, "conflict")]  # doctest: +NORMALIZE_WHITESPACE
    [('Iran\u2011backed', 'proxy_sponsorship'), ('revenge', 'retaliation'),
     ('retaliatory', 'retaliation')]
    >>> text = "Who fired is still not clear. There is no doubt the base was hit in May."
    >>> [(m.text, m.lexicon, m.category) for m in find_terms(text, ["hedges", "boosters"])]
    [('clear', 'hedges', 'uncertainty'), ('doubt', 'boosters', 'certainty')]
    """
    if isinstance(lexicon, (str, Path, Lexicon)):
        lexicons = [load_lexicon(lexicon)]
    else:
        lexicons = [load_lexicon(x) for x in lexicon]
    from framing.features._matcher import _matcher_for  # the matching engine needs this module's types

    return _matcher_for(lexicons).find(text)


def _replace_terms(lexicon: Lexicon, terms: Sequence[Term]) -> Lexicon:
    """Copy of `lexicon` with other terms (used by tools that prune or learn terms)."""
    return replace(lexicon, terms=tuple(terms), _matcher=[])
