"""LIWC ``.dic`` files (LIWC2001 to LIWC2015, MFD 2.0 and others in that format): read and write.

A ``%`` line, a header of ``number<TAB or spaces>category`` lines, a second
``%`` line, then one ``term<TAB>number [number...]`` line per term. LIWC2007
also has **conditional entries**, mapped onto context rules:

- ``kind<TAB><of>131/125``: category 131 when the next word is "of", else
  125 (``followed_by`` / ``not_followed_by``);
- ``like<TAB>(02 134)125/464``: category 125 when the word before is a term
  of category 02 or 134, else 464 (``preceded_by`` / ``not_preceded_by``).

Emoticon terms (``:)``, ``(-:``, ``<3``) are kept as symbol terms and
matched as literals (see :mod:`framing.features._symbols`); a category number declared twice, a category name declared twice, a
term listed twice in a category, and a term without a letter or digit (``-``)
are errors naming file and line.
"""

from __future__ import annotations

import re
import warnings

from framing.dictionary._build import Entry, check_category_name, lexicon_from_entries
from framing.dictionary._model import Lexicon, LexiconError

__all__ = ["read_dic", "write_dic"]

_DIC_CATEGORY = re.compile(r"^\s*(\d+)\s+(\S.*?)\s*$")
_TOKEN = r"\d+|<[^<>\s]+>\d*/\d*|\(\s*\d+(?:\s+\d+)*\s*\)\d*/\d*"
_LAST_TOKEN = re.compile(r"(?:^|(?<=\s))(" + _TOKEN + r")\s*$")
_CONDITIONAL = re.compile(r"^(?:<(?P<word>[^<>\s]+)>|\((?P<cats>[\d\s]+)\))(?P<yes>\d*)/(?P<no>\d*)$")


def read_dic(text: str, where: str) -> Lexicon:
    """Parse the text of a LIWC ``.dic`` file; `where` names it in errors."""
    lines = text.splitlines()
    n = 0
    while n < len(lines) and not lines[n].strip():
        n += 1
    if n >= len(lines) or lines[n].strip() != "%":
        raise LexiconError(f"{where} line {n + 1}: a .dic file must start with a '%' line")
    cats: dict[str, str] = {}
    declared: dict[str, int] = {}
    n += 1
    while n < len(lines) and lines[n].strip() != "%":
        raw = lines[n]
        if raw.strip():
            m = _DIC_CATEGORY.match(raw)
            if not m:
                raise LexiconError(
                    f"{where} line {n + 1}: expected '<number> <category name>' in the header, got {raw.strip()!r}"
                )
            num = str(int(m.group(1)))
            # LIWC2015 names read like "funct (Function Words)": keep the short name.
            name = check_category_name(m.group(2).split()[0], f"{where} line {n + 1}")
            if num in cats:
                raise LexiconError(
                    f"{where} line {n + 1}: category number {m.group(1)} is declared twice "
                    f"(first at line {declared[cats[num]]} as {cats[num]!r})"
                )
            if name in declared:
                raise LexiconError(
                    f"{where} line {n + 1}: category name {name!r} is declared twice (first at line {declared[name]})"
                )
            cats[num] = name
            declared[name] = n + 1
        n += 1
    if n >= len(lines):
        raise LexiconError(f"{where}: the category header is not closed by a second '%' line")
    rows: list[tuple[int, str, list[str]]] = []
    for i in range(n + 1, len(lines)):
        raw = lines[i].strip()
        if not raw:
            continue
        rest, tokens = raw, []
        while (m := _LAST_TOKEN.search(rest)) is not None:
            tokens.insert(0, m.group(1))
            rest = rest[: m.start()].rstrip()
        if not rest or not tokens:
            raise LexiconError(f"{where} line {i + 1}: expected '<term> <category number> [...]', got {raw!r}")
        rows.append((i + 1, rest, tokens))

    def category(num: str, line: int) -> str:
        key = str(int(num))
        if key not in cats:
            raise LexiconError(f"{where} line {line}: category number {num} is not declared in the header")
        return cats[key]

    by_category: dict[str, list[str]] = {}
    for line, term, tokens in rows:
        for tok in tokens:
            if tok.isdigit():
                by_category.setdefault(category(tok, line), []).append(term)
    entries: list[Entry] = []
    for line, term, tokens in rows:
        for tok in tokens:
            if tok.isdigit():
                entries.append(Entry(category(tok, line), term, line))
                continue
            m = _CONDITIONAL.match(tok)
            if m is None:
                raise LexiconError(f"{where} line {line}: cannot read the conditional entry {tok!r}")
            if m.group("word") is not None:
                rule = r"\s+" + re.escape(m.group("word").lower()) + r"\b"
                yes, no = ("followed_by", rule), ("not_followed_by", rule)
            else:
                words = [w for c in m.group("cats").split() for w in by_category.get(category(c, line), [])]
                rule = r"\b(?:" + "|".join(_word_regex(w) for w in sorted(set(words))) + r")\s+"
                yes, no = ("preceded_by", rule), ("not_preceded_by", rule)
            if m.group("yes"):
                entries.append(Entry(category(m.group("yes"), line), term, line, conditions=(yes,)))
            if m.group("no"):
                entries.append(Entry(category(m.group("no"), line), term, line, conditions=(no,)))
    return lexicon_from_entries(
        entries, {c: "" for c in cats.values()}, where, fmt="LIWC .dic", declared_lines=declared
    )


def _word_regex(term: str) -> str:
    """A dictionary term as a regex on lower-cased text: ``*`` is any word ending."""
    body = term.lower().rstrip("*")
    return r"\s+".join(re.escape(w) for w in body.split()) + (r"\w*" if term.endswith("*") else "")


def write_dic(lexicon: Lexicon) -> str:
    """The lexicon as LIWC ``.dic`` text: categories numbered from 1 in their order.

    What ``.dic`` cannot hold (weights other than 1, context rules, negation
    handling, case-sensitivity, notes) is left out with one warning naming
    the terms concerned; inflected ``forms`` are written as terms of their own.
    """
    numbers = {cat: i for i, cat in enumerate(lexicon.categories, 1)}
    for cat in numbers:
        if not cat or any(ch.isspace() for ch in cat):
            raise LexiconError(f"{lexicon.name}: category {cat!r} cannot be written to .dic (no spaces allowed)")
    rows: dict[str, list[int]] = {}
    lost: list[str] = []
    for t in lexicon.terms:
        if t.weight != 1.0 or t.conditions or t.exclusions or t.negated != "keep" or t.case_sensitive:
            lost.append(t.term)
        for surface in (t.term, *t.forms):
            nums = rows.setdefault(surface, [])
            if numbers[t.category] not in nums:
                nums.append(numbers[t.category])
    if lost:
        shown = ", ".join(repr(x) for x in lost[:10]) + (f" and {len(lost) - 10} more" if len(lost) > 10 else "")
        warnings.warn(
            f"{lexicon.name}: .dic holds terms and categories only; the weights, context rules, negation "
            f"or case settings of {len(lost)} term(s) are not written: {shown}",
            UserWarning,
            stacklevel=3,
        )
    out = ["%"] + [f"{num}\t{cat}" for cat, num in numbers.items()] + ["%"]
    out += [f"{term}\t" + "\t".join(str(n) for n in nums) for term, nums in rows.items()]
    return "\n".join(out) + "\n"
