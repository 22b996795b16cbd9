"""Cleaning scraped news text: headers, syndication lines, teasers, captions, repeats.

The rules are data (``framing/data/cleaning.yaml``); each removal is recorded
so that a researcher can audit exactly what was taken out. The cleaned text is
what every offset in ``framing`` refers to.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from framing._text import byte_screen, literal_trie

__all__ = ["CleanedText", "Removal", "clean_text"]

_REMOVE_LINE = "remove_line"
_REMOVE_PREFIX = "remove_prefix"
_REMOVE_CONTAINING = "remove_line_containing"
_REMOVE_INLINE = "remove_inline"
_CLOSING_PUNCT = frozenset(",.;:!?)]’'”")  # after a removed piece: the space before it goes
# The repeated-line check reads lines up to this length (a long paragraph);
# a longer line (a whole article flattened to one line) is never a repeat,
# and splitting it into words would hold every word of it in memory at once.
_REPEAT_MAX_CHARS = 10_000
_WORD = re.compile(r"\S+")
_BULLETS = " \t\u2022\u25cf\u25aa\u00b7*-\u2013\u2014>"
_CREDIT = re.compile(r"\((?:photo credit|photo|credit|image credit|photograph)\s*:[^)]*\)", re.I)


@dataclass(frozen=True, slots=True)
class Removal:
    """One piece of text removed by cleaning.

    ``raw_start``/``raw_end`` are offsets into the *raw* text; ``rule`` names
    the rule in ``cleaning.yaml`` (or ``repeated_line``).
    """

    rule: str
    raw_start: int
    raw_end: int
    text: str


@dataclass(frozen=True, slots=True)
class CleanedText:
    """The cleaned text and the audit of what was removed."""

    text: str
    removed: tuple[Removal, ...]


@dataclass(frozen=True)
class _InlineScreen:
    """The inline rules, and the one scan of a text that decides which can match in which line.

    A rule whose every match contains a literal (its ``requires`` or its
    pattern's literal start) is tried only in the lines containing that
    literal. The literals are found together by a scan of the whole text with
    one alternation per group (longest first, so that a match names every
    literal of its group that it contains), or by ``str.find`` for a literal
    starting with a lower-case letter, a digit or a space (too common a first
    character for a regex scan to skip quickly). A rule without such a
    literal is tried in every line of a text where its pattern matches
    somewhere (one search of the whole text).
    """

    # (name, regex) of every inline rule, in file order
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    # (where a group's literals may start, the match of their alternation,
    #  {matched literal: indices of the rules it makes possible})
    scans: tuple[tuple[Callable[[str], list[int]], Callable[..., Any], dict[str, tuple[int, ...]]], ...]
    # (literal, indices of the rules it makes possible), found with str.find
    finds: tuple[tuple[str, tuple[int, ...]], ...]
    # (a literal, or a search of the whole text, that makes a rule possible in every line; rule index)
    whole: tuple[tuple[str | Callable[[str], re.Match[str] | None], int], ...]


@dataclass(frozen=True)
class _Rules:
    # (rule names, their groups in a combined regex or None for one rule,
    #  the regex's match or search method, first_lines)
    line_rules: tuple[
        tuple[
            tuple[str, ...], tuple[int, ...] | None, Callable[[str], re.Match[str] | None], tuple[int | None, int]
        ],
        ...,
    ]
    prefix_rules: tuple[tuple[str, re.Pattern[str], int | None], ...]
    inline: _InlineScreen
    min_repeat_words: int
    # The most words any whole-line rule accepts in a line (counting stops there).
    max_line_words: int


def _load_rules(path: str | None = None) -> _Rules:
    # Keyed on the file's modification time so an edited rules file is re-read.
    mtime = Path(path).stat().st_mtime_ns if path is not None else 0
    return _parse_rules(path, mtime)


@functools.lru_cache(maxsize=8)
def _parse_rules(path: str | None, mtime: int) -> _Rules:
    if path is None:
        raw = (importlib.resources.files("framing.data") / "cleaning.yaml").read_text("utf-8")
        where = "cleaning.yaml (built-in)"
    else:
        raw = Path(path).read_text("utf-8")
        where = path
    data = yaml.safe_load(raw)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ValueError(f"{where}: expected a mapping with a 'rules' list")
    line_rules, prefix_rules, inline_rules = [], [], []
    default_max = data.get("line_rule_max_words", 40)
    if not isinstance(default_max, int) or default_max < 1:
        raise ValueError(f"{where}: line_rule_max_words must be a positive integer, got {default_max!r}")
    for i, rule in enumerate(data["rules"]):
        try:
            name, kind, pattern = rule["name"], rule["kind"], rule["pattern"]
        except (KeyError, TypeError):
            raise ValueError(f"{where}: rule {i + 1} needs 'name', 'kind' and 'pattern'") from None
        try:
            regex = re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{where}: rule {name!r} has an invalid pattern: {exc}") from None
        first = rule.get("first_lines")
        max_words = rule.get("max_words", default_max)
        if not isinstance(max_words, int) or max_words < 1:
            raise ValueError(f"{where}: rule {name!r}: max_words must be a positive integer, got {max_words!r}")
        if kind in (_REMOVE_LINE, _REMOVE_CONTAINING):
            line_rules.append((name, regex, (first, max_words), kind == _REMOVE_CONTAINING))
        elif kind == _REMOVE_PREFIX:
            prefix_rules.append((name, regex, first))
        elif kind == _REMOVE_INLINE:
            if regex.match(""):
                raise ValueError(f"{where}: rule {name!r}: an inline pattern must not match the empty string")
            # Does the rule match somewhere in a text? The same pattern on the
            # whole text ($ at every line end: a match in a line is a match
            # there too), or a literal the rule cannot match without.
            requires = rule.get("requires")
            if requires is not None and not isinstance(requires, str):
                raise ValueError(f"{where}: rule {name!r}: requires must be a string, got {requires!r}")
            inline_rules.append((name, regex, requires or _literal_prefix(regex)))
        else:
            raise ValueError(
                f"{where}: rule {name!r} has kind {kind!r}; expected {_REMOVE_LINE!r}, {_REMOVE_CONTAINING!r}, "
                f"{_REMOVE_PREFIX!r} or {_REMOVE_INLINE!r}"
            )
    return _Rules(
        _combined(line_rules), tuple(prefix_rules), _inline_screen(inline_rules),
        int(data.get("repeated_line_min_words", 4)),
        max((limits[1] for _, _, limits, _ in line_rules), default=default_max),
    )


def _literal_prefix(regex: re.Pattern[str]) -> str | None:
    """The literal text every match of `regex` starts with (4 characters or more), or None.

    ``prefix in text`` is several times faster than a regex scan: the test
    of whether an inline rule can match a text at all.
    """
    if regex.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        import re._parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]
    chars = []
    for op, arg in sre_parse.parse(regex.pattern):
        if op is not sre_parse.LITERAL:
            break
        chars.append(chr(arg))
    return "".join(chars) if len(chars) >= 4 else None


# Characters str.splitlines() breaks a line at: a literal containing one is
# not inside one line, and only tells whether a rule can match in the text.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _inline_screen(rules: list[tuple[str, re.Pattern[str], str | None]]) -> _InlineScreen:
    """Group the inline rules by the literal that makes each possible (see :class:`_InlineScreen`)."""
    by_literal: dict[str, list[int]] = {}
    whole: list[tuple[str | Callable[[str], re.Match[str] | None], int]] = []
    for i, (_, regex, literal) in enumerate(rules):
        if literal is None:
            # Does it match in the text? Its pattern on the whole text, $ at every line end.
            whole.append((re.compile(regex.pattern, re.MULTILINE).search, i))
        elif _LINE_BREAKS.intersection(literal):
            whole.append((literal, i))
        else:
            by_literal.setdefault(literal, []).append(i)
    finds = [
        (literal, tuple(ids)) for literal, ids in by_literal.items()
        if literal[0].islower() or literal[0].isdigit() or literal[0].isspace()
    ]
    found_apart = {literal for literal, _ in finds}
    # A scan takes matches without overlap, so a group holds no two literals
    # of which one can start inside the other and run past its end (a match
    # of the first would hide the second); a literal inside another one is
    # named by a match of that one.
    groups: list[list[str]] = []
    for literal in sorted(set(by_literal) - found_apart, key=lambda x: (-len(x), x)):
        for group in groups:
            if not any(_overlap(literal, other) or _overlap(other, literal) for other in group):
                group.append(literal)
                break
        else:
            groups.append([literal])
    scans = []
    for group in groups:
        if len(group) <= 3:  # a few str.find scans are faster than a regex scan
            finds.extend((literal, tuple(by_literal[literal])) for literal in group)
            continue
        names = {
            literal: tuple(sorted(i for other in group if other in literal for i in by_literal[other]))
            for literal in group
        }
        # Where a literal may start is found by a scan for one byte (see
        # byte_screen), several times faster than a scan of the alternation,
        # which starts with a character class (a tenth of the cleaning time).
        starts = byte_screen([x[1:] for x in group], first="".join(x[0] for x in group))
        scans.append((starts, re.compile(literal_trie(group)).match, names))
    return _InlineScreen(tuple((name, regex) for name, regex, _ in rules), tuple(scans), tuple(finds), tuple(whole))


def _overlap(first: str, second: str) -> bool:
    """Whether `second` can start inside `first` and run past its end."""
    return any(second.startswith(first[k:]) and len(second) > len(first) - k for k in range(1, len(first)))


def _inline_plan(screen: _InlineScreen, text: str) -> tuple[frozenset[int], list[tuple[int, tuple[int, ...]]]]:
    """The inline rules possible in every line of `text`, and ``(offset, rules)`` of the literals found in it.

    A rule can match in a line only if it is in the first set or a literal
    making it possible starts in that line; the offsets are in order.
    """
    everywhere = frozenset(
        i for test, i in screen.whole if (test in text if isinstance(test, str) else test(text))
    )
    found: list[tuple[int, tuple[int, ...]]] = []
    for starts, match, names in screen.scans:
        end = 0  # the matches of a scan of the alternation (finditer): tried at each possible start, no overlap
        for at in starts(text):
            m = match(text, at) if at >= end else None
            if m is not None:
                found.append((at, names[m.group()]))
                end = m.end()
    for literal, ids in screen.finds:
        at = text.find(literal)
        while at >= 0:
            found.append((at, ids))
            at = text.find(literal, at + len(literal))
    if len(screen.scans) + len(screen.finds) > 1:
        found.sort(key=lambda x: x[0])
    return everywhere, found


_LEADING_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")


def _combined(rules: list[tuple[str, re.Pattern[str], tuple[int | None, int], bool]]) -> tuple:
    """Consecutive ``remove_line`` rules with the same `first_lines` and `max_words`, as one regex each.

    One ``match`` of ``(A)|(B)|...`` tries the rules in file order, as a loop
    over them would, and the group that is set names the rule: one call per
    line instead of one per rule (about 2x faster on news). A leading flag
    group ("(?i)") becomes a scoped one; a rule whose flags cannot be scoped,
    and a ``remove_line_containing`` rule (a search), stay on their own.
    """
    out: list[tuple] = []
    run: list[tuple[str, str, int]] = []  # (name, scoped pattern, groups)
    run_first: tuple[int | None, int] | None = None

    def flush() -> None:
        if len(run) == 1:
            out.append(((run[0][0],), None, re.compile(run[0][1]).match, run_first))
        elif run:
            groups, n = [], 0
            for _, _, n_groups in run:
                groups.append(n + 1)
                n += 1 + n_groups
            regex = re.compile("|".join(f"({p})" for _, p, _ in run))
            out.append((tuple(name for name, _, _ in run), tuple(groups), regex.match, run_first))
        run.clear()

    for name, regex, first, search in rules:
        scoped = None if search else _scoped(regex)
        if scoped is None:
            flush()
            out.append(((name,), None, regex.search if search else regex.match, first))
            continue
        if run and first != run_first:
            flush()
        run_first = first
        run.append((name, scoped, regex.groups))
    flush()
    return tuple(out)


def _scoped(regex: re.Pattern[str]) -> str | None:
    """`regex`'s pattern with a leading flag group made local, or None if it has other flags."""
    pattern = regex.pattern
    m = _LEADING_FLAGS.match(pattern)
    body = pattern[m.end() :] if m else pattern
    flags = m.group(1) if m else ""
    if regex.flags != re.compile(f"(?{flags})" if flags else "").flags:
        return None  # flags set some other way (not scoped by this rewrite)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _repeat_key(line: str) -> str:
    if "(" in line:
        line = _CREDIT.sub("", line)
    return " ".join(line.strip(_BULLETS).lower().split())


class _Seen:
    """The lines seen so far: a set of their :func:`_repeat_key`, most keys never built.

    A line is filed under its first two and last two words, lower-cased (read
    off its ends, without building its key), which any two lines with the same
    key share; keys are built only for the lines filed under the same words
    (a few in a news article): cleaning takes a fifth less time on news.
    """

    def __init__(self, min_words: int) -> None:
        self.min_words = min_words
        self.keys: set[str] = set()
        self.ends: set[tuple[str, ...]] = set()  # the ends of every key in `keys`
        self.pending: dict[tuple[str, ...], list[tuple[str, bool]]] = {}  # ends -> (line, needs min_words)

    def add(self, line: str, *, check: bool) -> bool:
        """File `line`; with `check`, only if its key has ``min_words`` words, returning whether it was seen."""
        ends = None if "(" in line else _line_ends(line)
        if ends is not None and (not check or (ends not in self.pending and ends not in self.ends)):
            # No key has these ends (or no answer is asked): built when a line with the same ends is checked.
            self.pending.setdefault(ends, []).append((line, check))
            return False
        key = _repeat_key(line)
        if check and key.count(" ") + 1 < self.min_words:
            return False
        ends = _key_ends(key) if ends is None else ends
        for other, needs in self.pending.pop(ends, ()) if ends is not None else ():
            self._store(_repeat_key(other), ends, needs)
        seen = key in self.keys
        self._store(key, ends, False)
        return seen

    def _store(self, key: str, ends: tuple[str, ...] | None, needs: bool) -> None:
        if not needs or key.count(" ") + 1 >= self.min_words:
            self.keys.add(key)
            if ends is not None:
                self.ends.add(ends)


def _line_ends(line: str) -> tuple[str, ...] | None:
    """``_key_ends(_repeat_key(line))`` for a line without "(", from its ends only; None if not cheap."""
    t = line.strip(_BULLETS)
    head = t[:64].split(None, 2)
    tail = t[-64:].rsplit(None, 2)
    if len(head) < 3 or len(tail) < 3:
        return None
    return head[0].lower(), head[1].lower(), tail[1].lower(), tail[2].lower()


def _key_ends(key: str) -> tuple[str, ...] | None:
    head, tail = key.split(" ", 2), key.rsplit(" ", 2)
    return (head[0], head[1], tail[1], tail[2]) if len(head) == 3 else None


def clean_text(text: str, *, rules: str | Path | None = None, repeated_lines: bool = True) -> CleanedText:
    """Remove scraping debris from one article.

    Short lines are removed whole (a header, ``Via Financial Times``,
    ``READ ALSO`` teasers, photo captions and credits, embedded-media residue,
    copyright footers), a prefix is cut from a line (an aggregator's date
    stamp glued to the first sentence), and debris inside a line is cut out
    of it (``Image copyright AP``, ``REUTERS/Yuri Gripas/File Photo``, a
    video-player or gallery caption, ``Updated at 5:41 p.m. ET``). A line that
    repeats an earlier line (a headline repeated as a bullet, a caption
    printed twice) is removed too.

    A whole-line rule never removes a line longer than its ``max_words``
    (default 40): such a line is article prose, or a whole article whose line
    breaks were flattened, and only the inline rules cut debris out of it.

    Parameters
    ----------
    text : str
        Raw article text.
    rules : str or Path, optional
        A rules file in the format of the built-in ``framing/data/cleaning.yaml``
        (documented at its top). Default: the built-in rules.
    repeated_lines : bool, default True
        Remove lines that repeat an earlier line of the same document.

    Returns
    -------
    CleanedText
        ``text`` (the cleaned article) and ``removed`` (one :class:`Removal`
        per piece taken out, with raw offsets and the rule that did it).

    Examples
    --------
    >>> raw = "Via Financial Times\\n\\nThe US struck.\\n\\nREAD ALSO  Other story\\nThe end."
    >>> out = clean_text(raw)
    >>> out.text
    '\\nThe US struck.\\n\\nThe end.'
    >>> [r.rule for r in out.removed]
    ['via_source', 'read_also']
    >>> flat = "Image copyright AP Donald Trump has poured scorn on the claims. " * 8
    >>> clean_text(flat).text.startswith("Donald Trump has poured scorn")
    True
    """
    spec = _load_rules(None if rules is None else str(rules))
    # Inline rules are tried only in the lines where they can match (see _InlineScreen).
    everywhere, found = _inline_plan(spec.inline, text)
    inline_rules = spec.inline.rules
    inline: tuple[tuple[str, re.Pattern[str]], ...] = tuple(inline_rules[i] for i in sorted(everywhere))
    next_found = 0
    kept: list[str] = []
    removed: list[Removal] = []
    seen = _Seen(spec.min_repeat_words)
    pos = 0
    nonempty = 0
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        if not body.strip():
            kept.append(line)
            continue
        nonempty += 1
        rule = _first_line_rule(spec.line_rules, body, nonempty, spec.max_line_words)
        if rule is None and repeated_lines and len(body) <= _REPEAT_MAX_CHARS:
            if seen.add(body, check=True):
                rule = "repeated_line"
        if rule is not None:
            if rule != "repeated_line":
                # A removed caption still counts as seen, so its copy goes too.
                seen.add(body, check=False)
            removed.append(Removal(rule, start, pos, line))
            continue
        cut = 0
        for name, regex, first in spec.prefix_rules:
            if first is not None and nonempty > first:
                continue
            m = regex.match(body)
            if m and m.end() > 0:
                removed.append(Removal(name, start, start + m.end(), body[: m.end()]))
                cut = m.end()
                break
        line_inline = inline
        if found:  # add the rules made possible by a literal starting in this line
            while next_found < len(found) and found[next_found][0] < start:
                next_found += 1
            ids: set[int] = set()
            while next_found < len(found) and found[next_found][0] < start + len(body):
                ids.update(found[next_found][1])
                next_found += 1
            if ids:
                line_inline = tuple(inline_rules[i] for i in sorted(ids | everywhere))
        spans = _inline_spans(line_inline, body, cut) if line_inline else []
        if not spans:
            kept.append(line[cut:] if cut else line)
            continue
        at = cut
        for name, lo, hi in spans:
            kept.append(body[at:lo])
            removed.append(Removal(name, start + lo, start + hi, body[lo:hi]))
            at = hi
        kept.append(line[at:])
    if not removed:
        return CleanedText(text, ())
    return CleanedText("".join(kept), tuple(removed))


def _count_words(body: str, limit: int) -> int:
    """The number of words in `body`, counted up to ``limit + 1`` (bounded time and memory)."""
    if len(body) <= 4096:
        return len(body.split())  # a paragraph: one C call
    n = 0
    for _ in _WORD.finditer(body):
        n += 1
        if n > limit:
            break
    return n


def _inline_spans(rules: tuple[tuple[str, re.Pattern[str]], ...], body: str, cut: int) -> list[tuple[str, int, int]]:
    """Non-overlapping ``(rule, start, end)`` pieces of `body` (from `cut`) the inline rules remove, in order.

    A piece at the start of the line or after a space takes the spaces after
    it too, so that no double space is left where it was; a piece after a
    space and right before closing punctuation (``’s``, a comma, a full stop)
    takes the space before it instead. A rule whose
    pattern has a group named ``cut`` removes only that group: the rest of
    the match is context it must see (a name before a hover card) and stays.
    """
    found: list[tuple[int, int, int, str]] = []
    for order, (name, regex) in enumerate(rules):
        group = "cut" if "cut" in regex.groupindex else 0
        for m in regex.finditer(body, cut):
            lo, hi = m.span(group)
            if hi <= lo:
                continue
            if lo > cut and body[lo - 1] in " \t" and hi < len(body) and body[hi] in _CLOSING_PUNCT:
                lo -= 1  # 'Brun [card]’s plan' -> 'Brun’s plan': the space before goes, not one after
            elif lo == cut or body[lo - 1].isspace():
                while hi < len(body) and body[hi] in " \t":
                    hi += 1
            found.append((lo, -hi, order, name))
    found.sort()
    spans: list[tuple[str, int, int]] = []
    end = cut
    for lo, neg_hi, _, name in found:
        if lo >= end:
            spans.append((name, lo, -neg_hi))
            end = -neg_hi
    return spans


def _first_line_rule(rules: Any, body: str, nonempty: int, max_line_words: int) -> str | None:
    n_words = -1  # counted once, when a rule first matches (most lines match none)
    for names, groups, found, (first, max_words) in rules:
        if first is not None and nonempty > first:
            continue
        m = found(body)
        if m:
            if n_words < 0:
                n_words = _count_words(body, max_line_words)
            if n_words > max_words:
                continue
            if groups is None:
                return names[0]
            return next(name for name, g in zip(names, groups) if m.group(g) is not None)
    return None
