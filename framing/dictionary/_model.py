"""The lexicon model: :class:`Lexicon`, :class:`Term`, :class:`Exclusion` and their validation.

A lexicon is data: terms, categories, weights and context rules. The file
formats it is read from and written to live beside this module
(``_yaml``, ``_dic``, ...), the loader that picks one in ``_loader``, and
matching a lexicon against text in :mod:`framing.features.terms`.

Terms match whole words, case-insensitively unless the lexicon or term says
otherwise. A trailing ``*`` matches any word ending (``retaliat*``).
A **symbol term** (an emoticon such as ``:)``, ``;-P``, ``(-:`` or ``<3``; see
:func:`is_symbol_term`) is a literal: matched with its exact case, ``*`` in it
is a character, not a wildcard, and it may not hold a space or be longer than
10 characters. How it is delimited in text is described in
:mod:`framing.features._symbols`.
Curly and straight apostrophes, and the hyphen variants, are treated alike;
a space or hyphen inside a term matches any run of spaces, line breaks or
hyphens (``self-defense`` finds "self defense" and "self\u2011defense").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Union

from framing._text import fold, term_key

__all__ = ["DEFAULT_NEGATORS", "Exclusion", "Lexicon", "LexiconError", "LexiconLike", "Term", "is_symbol_term"]

_NEGATED_VALUES = ("keep", "cancel", "only", "flip")
# A term is words made of letters, digits, apostrophes, dots, ampersands and
# hyphens, separated by single spaces, with an optional trailing '*'.
_TERM_CHARS = re.compile(r"^[\w'.&$%/+-]+(?: [\w'.&$%/+-]+)*\*?$")
# A character that makes a term a symbol term: not a letter, digit or "_",
# not a space, and not one of the characters word terms hold (' . & $ % / + - *).
_SYMBOL_CHAR = re.compile(r"[^\w\s'.&$%/+*\-]")
# "#metoo", "@user", "#me*": matched by the word engine, as before symbol terms existed.
_TAG = re.compile(r"^[#@][\w'.&$%/+-]+\*?$")
#: Longest symbol term accepted, in characters.
MAX_SYMBOL_LEN = 10

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


@dataclass(frozen=True)
class Lexicon:
    """A validated lexicon: metadata, category descriptions and terms.

    Build one with :func:`load_lexicon`; combine with :meth:`extend`,
    narrow with :meth:`select`.

    Examples
    --------
    >>> from framing import load_lexicon
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
        >>> from framing import load_lexicon
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
        >>> from framing import find_terms, load_lexicon
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
        >>> from framing import load_lexicon
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

    @property
    def weighted(self) -> bool:
        """True when some term has a weight other than 1 (then analyze adds ``_mean`` columns)."""
        return any(t.weight != 1.0 for t in self.terms)

    def collapse(self, level: int) -> Lexicon:
        """Return the lexicon with nested categories cut to their first `level` levels.

        Readers of nested dictionaries (quanteda YAML, WordStat, Yoshikoder)
        name a category by its path, ``"parent/child"``. Collapsing to
        level 1 counts every term under its top category. A term found under
        two merged children is kept once, so nothing is counted twice.

        Parameters
        ----------
        level : int
            Levels to keep (1 = top categories only).

        Returns
        -------
        Lexicon

        Raises
        ------
        LexiconError
            `level` below 1.

        Examples
        --------
        >>> lex = Lexicon(name="topics", version="1", description="", sources=(),
        ...               categories={"economy/taxes": "", "economy/jobs": "", "crime": ""},
        ...               terms=(Term("tax*", "economy/taxes"), Term("jobs", "economy/jobs"),
        ...                      Term("theft", "crime")))
        >>> top = lex.collapse(1)
        >>> list(top.categories), [(t.term, t.category) for t in top.terms]
        (['economy', 'crime'], [('tax*', 'economy'), ('jobs', 'economy'), ('theft', 'crime')])
        """
        if not isinstance(level, int) or level < 1:
            raise LexiconError(f"collapse: level must be a whole number >= 1, got {level!r}")

        def cut(category: str) -> str:
            return "/".join(category.split("/")[:level])

        categories: dict[str, str] = {}
        for cat, desc in self.categories.items():
            categories.setdefault(cut(cat), desc if cut(cat) == cat else "")
        terms: list[Term] = []
        seen: set[tuple[str, str, tuple[tuple[str, str], ...]]] = set()
        for t in self.terms:
            key = (cut(t.category), _surface_key(t.term, t.case_sensitive), t.conditions)
            if key in seen:
                continue
            seen.add(key)
            flip_to = cut(t.flip_to) if t.flip_to else ""
            terms.append(replace(t, category=cut(t.category), flip_to=flip_to))
        return replace(
            self, version=f"{self.version}+level{level}", categories=categories, terms=tuple(terms), _matcher=[]
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


def _surface_key(surface: str, case_sensitive: bool) -> str:
    """What makes two surface forms the same term: symbol terms keep their case."""
    if is_symbol_term(surface):
        return fold(surface, lower=False)
    return term_key(fold(surface, lower=not case_sensitive))


def _check_duplicates(terms: Iterable[Term], where: str) -> None:
    seen: dict[tuple[str, str], int | None] = {}
    for t in terms:
        for surface in (t.term, *t.forms):
            key = (t.category, _surface_key(surface, t.case_sensitive))
            if key in seen:
                line = f" line {t.line}" if t.line is not None else ""
                first = f" (first at line {seen[key]})" if seen[key] is not None else ""
                raise LexiconError(
                    f"{where}{line}: {surface!r} is listed twice in category {t.category!r}{first}"
                )
            seen[key] = t.line


def is_symbol_term(text: str) -> bool:
    """Is `text` a symbol term (an emoticon), matched as a literal rather than as words?

    A symbol term has a character that word terms cannot hold (``:``, ``;``,
    ``(``, ``<``, ``=``, ``^`` ...). A hashtag or handle (``#metoo``,
    ``@user``) is not one, nor an emoticon made only of characters words
    hold (``8-/``, ``x-d``): those are word terms, matched case-insensitively
    as whole words. ``xD`` and ``XP`` are letters only, so
    they are word terms (matched case-insensitively).

    Examples
    --------
    >>> [is_symbol_term(t) for t in (":)", "(-:", "<3", ";-P", "8-/", "xD", "U.S.", "retaliat*")]
    [True, True, True, True, False, False, False, False]
    """
    text = fold(text.strip(), lower=False)
    if not text:
        return False
    if _TAG.match(text):
        return False  # a hashtag or handle is a word with a sign before it
    return bool(_SYMBOL_CHAR.search(text))


def _check_term_text(text: str, *, where: str) -> None:
    if not text:
        raise LexiconError(f"{where}: empty term")
    if text == "*":
        raise LexiconError(f"{where}: a term cannot be only a wildcard")
    if not text.strip("-* \t"):
        raise LexiconError(f"{where}: term {text!r} is only '-' or '*', so it would match no word or emoticon")
    if is_symbol_term(text):
        if any(ch.isspace() for ch in text.strip()):
            raise LexiconError(
                f"{where}: term {text!r} has characters a term cannot hold: a symbol term (emoticon) "
                "has no space inside (list each emoticon as its own term, and words apart from symbols)"
            )
        if len(text.strip()) > MAX_SYMBOL_LEN:
            raise LexiconError(
                f"{where}: symbol term {text!r} is longer than {MAX_SYMBOL_LEN} characters; "
                "symbol terms are emoticons such as ':)' or '<3'"
            )
        return
    if "*" in text[:-1]:
        raise LexiconError(f"{where}: wildcard '*' allowed only at the end of a term, got {text!r}")
    if not _TERM_CHARS.match(" ".join(text.split())):
        raise LexiconError(
            f"{where}: term {text!r} has characters a term cannot hold "
            "(letters, digits, ' . & $ % / + - and single spaces expected)"
        )


def _replace_terms(lexicon: Lexicon, terms: Sequence[Term]) -> Lexicon:
    """Copy of `lexicon` with other terms (used by tools that prune or learn terms)."""
    return replace(lexicon, terms=tuple(terms), _matcher=[])
