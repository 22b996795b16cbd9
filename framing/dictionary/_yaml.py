"""Our YAML lexicon format: read (with line numbers in every error) and write.

The format is documented with examples in ``lexicons/README.md``. Its top
level has ``name``, ``version``, ``description``, ``sources`` (what to cite),
optional ``license``, ``case_sensitive``, ``negators`` and ``categories``;
each category has a ``description`` and ``terms``. A term is a string or a
mapping with ``term`` and optional ``forms`` (inflected forms that count as
the term), ``weight``, ``note``, ``case_sensitive`` and **context rules**:

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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import yaml

from framing.dictionary._model import (
    Exclusion,
    Lexicon,
    LexiconError,
    Term,
    _check_duplicates,
    _check_term_text,
)
from framing.dictionary._quanteda import read_quanteda_yaml

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


def read_yaml(text: str, where: str) -> Lexicon:
    """Parse our YAML format, or a quanteda YAML dictionary (no ``name`` or ``categories`` key at the top)."""
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise LexiconError(f"{where}{line}: invalid YAML: {problem}") from None
    if not isinstance(root, yaml.MappingNode):
        raise LexiconError(f"{where}: expected a mapping with name, version, categories...")
    keys = {str(k.value) for k, _ in root.value}
    if not keys & {"name", "categories"}:
        # No key of our format at the top: a quanteda dictionary (categories at the top level).
        return read_quanteda_yaml(root, where)
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


def write_yaml(lexicon: Lexicon) -> str:
    """The lexicon in our YAML format; :func:`read_yaml` reads it back to an equal lexicon."""
    categories: dict[str, Any] = {}
    for cat, desc in lexicon.categories.items():
        categories[cat] = {"description": desc, "terms": []}
    for t in lexicon.terms:
        categories[t.category]["terms"].append(_term_data(t, lexicon))
    data: dict[str, Any] = {
        "name": lexicon.name,
        "version": lexicon.version,
        "description": lexicon.description,
    }
    if lexicon.sources:
        data["sources"] = list(lexicon.sources)
    if lexicon.license:
        data["license"] = lexicon.license
    if lexicon.negators:
        data["negators"] = list(lexicon.negators)
    data["categories"] = categories
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _term_data(t: Term, lexicon: Lexicon) -> Any:
    out: dict[str, Any] = {"term": t.term}
    if t.forms:
        out["forms"] = list(t.forms)
    if t.weight != 1.0:
        out["weight"] = t.weight
    if t.note:
        out["note"] = t.note
    if t.case_sensitive:
        out["case_sensitive"] = True
    for kind in _CONDITION_KEYS:
        patterns = [p for k, p in t.conditions if k == kind]
        if patterns:
            out[kind] = patterns[0] if len(patterns) == 1 else patterns
    if t.exclusions:
        out["except"] = [_exclusion_data(ex) for ex in t.exclusions]
    if t.negated == "flip":
        out["negated"] = {"flip": t.flip_to}
    elif t.negated != "keep":
        out["negated"] = t.negated
    if t.negation_window != 3:
        out["negation_window"] = t.negation_window
    return t.term if set(out) == {"term"} else out


def _exclusion_data(ex: Exclusion) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if ex.written:
        out["written"] = ex.written
    if ex.case_sensitive:
        out["case_sensitive"] = True
    for kind in _CONDITION_KEYS:
        patterns = [p for k, p in ex.conditions if k == kind]
        if patterns:
            out[kind] = patterns[0] if len(patterns) == 1 else patterns
    return out
