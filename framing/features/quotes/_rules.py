"""The noun-phrase rules that read a speaker phrase next to a reporting verb.

:func:`back_np` reads the noun phrase that ends right before a cue
("Defense Secretary Mark Esper said", "a person familiar with the matter
told"), handling auxiliaries, time words, appositives and relative clauses;
:func:`fwd_np` the one right after it ("said Abu Mahdi al-Mohandis",
"according to a statement from the Pentagon", "told reporters"). Both look
at a few tokens only, never at the whole sentence. What the rules ask of
a token (its key, case, whether it may be part of a noun phrase...) is
looked up once per token string in :data:`framing.features.quotes._tokens.FACTS`.
"""

from __future__ import annotations

import functools
import re

from framing.features.quotes._marks import ALL_MARKS
from framing.features.quotes._speakers import common_noun, head_index, speaker_type
from framing.features.quotes._tokens import FACTS, KEYS
from framing.features.quotes._words import DOC_NOUNS, IRREGULAR_PAST, LEAD_STRIP, TAIL_STRIP, is_abbreviation, vocab
from framing._text import CACHE_SIZE as _CACHE_SIZE

WIDTH = 110  # characters read back from a cue for its speaker


class _Toks:
    """Whitespace-separated tokens ending before position ``i``, nearest first, with their offsets.

    ``words`` come from one ``str.split`` of the ``WIDTH`` characters before
    ``i`` (see :func:`back_np`); their offsets are found only when asked for
    (with ``rfind``, walking back): a speaker phrase needs few of them.
    ``toks.words[k]`` is token ``k``, ``toks[k]`` its ``(start, end)``.
    """

    __slots__ = ("pos", "spans", "text", "w0", "words")

    def __init__(self, text: str, words: list[str], w0: int, i: int) -> None:
        self.text, self.w0, self.words, self.pos = text, w0, words, i
        self.spans: list[tuple[int, int]] = []

    def has(self, k: int) -> bool:
        return k < len(self.words)

    def __getitem__(self, k: int) -> tuple[int, int]:
        spans = self.spans
        n = len(spans)
        if k < n:
            return spans[k]
        words, text, w0, pos = self.words, self.text, self.w0, self.pos
        if k >= len(words):
            raise IndexError(f"token {k} is before the start of the window")
        while n <= k:
            # the last occurrence before the token found last is the next token
            w = words[n]
            pos = text.rfind(w, w0, pos)
            spans.append((pos, pos + len(w)))
            n += 1
        self.pos = pos
        return spans[k]


def _words_after(text: str, i: int, hi: int, width: int = 160) -> list[str]:
    """Whitespace-separated tokens starting after ``i`` (a word cut by the window is dropped)."""
    w1 = min(hi, i + width)
    words = text[i:w1].split()
    if w1 < hi and words and not text[w1].isspace():
        words.pop()
    return words


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _head_known(tokens: tuple[str, ...]) -> bool:
    """Does a phrase name a possible source (a name, a pronoun, a known noun)?"""
    fs = [FACTS[t] for t in tokens]
    keys = [f.key for f in fs]
    h = head_index(keys)
    for f in fs[: h + 1]:
        if f.cap and not f.sentence_word:
            return True
    # the head itself, or with the word before it ("white house")
    return KEYS[keys[h]].head_known or (h > 0 and f"{keys[h - 1]} {keys[h]}" in vocab().institution_words)


def _names_source(tokens: tuple[str, ...]) -> bool:
    """:func:`_head_known`, with its commonest case decided first without the
    cache: a capitalised first word (at or before the head) names a source."""
    f = FACTS[tokens[0]]
    return (f.cap and not f.sentence_word) or _head_known(tokens)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _open_head(tokens: tuple[str, ...]) -> bool:
    """A determiner and a plain noun the word lists do not know ("the
    lobbyist", "a retiree from Tampa"): a speaker right before a verb of
    speech (``back_np``'s `open_head`), as the lists cannot name every
    occupation. Not for other cues: "the economy added", "the evidence
    suggests"."""
    keys = [FACTS[t].key for t in tokens]
    h = head_index(keys)
    return (h > 0 and FACTS[tokens[0]].det_start and keys[h] not in DOC_NOUNS and keys[h] not in _TIME_HEADS
            and common_noun(keys[h]))


# Time nouns, which head no speaker ("“...,” said the next day").
_TIME_HEADS = frozenset("day days night week weekend month year morning afternoon evening time moment hour".split())


def _valid_left_edge(toks: _Toks, k: int) -> bool:
    """Is token ``k`` (nearest-first list) a place where a speaker phrase may begin?"""
    words = toks.words
    if k >= len(words):
        return True  # the unit (or the window) starts here
    if FACTS[words[k]].edge:
        return True  # a clause boundary, a sentence end or a clause opener ("and", "while")
    # a short opening adverbial without a comma: "In a statement the ministry said"
    return k + 5 >= len(words) and FACTS[words[-1]].opening_adverbial


# A comma-delimited aside between a speaker and the cue: a relative clause,
# a participle, a prepositional phrase, an age ("Johnson, 34, said").
_PARENTHETICAL = re.compile(
    r"(?:(?i:who|which|whose|whom|speaking|according|citing|in|on|at|during|after|before|as|like|"
    r"unlike|along|together|for|with)|\d{1,3}|[a-z]+(?:ing|ed))\b"
)


# An appositive opened by a determiner ("a physician who...", "the group's leader since 2019")...
_LONG_APPOSITIVE = re.compile(r"(?:a|an|the|his|her|its|their|our)\s", re.IGNORECASE)


# ... holding a relative clause or a prepositional phrase after its noun.
_CLAUSE_IN_APPOSITIVE = re.compile(
    r"\s(?:who|whose|which|that|from|of|in|at|with|for|since|based|between|on|to|under|over|across|within|near|against)\s"
)


# Determiners that may follow another ("the two senators", "the other officials", "his many critics").
_AFTER_DETERMINER = frozenset("one two three four five several many".split())  # not "other": "the other day"
_BEFORE_DETERMINER = frozenset("the these those his her their its our my your".split())


def back_np(text: str, i: int, lo: int, depth: int = 0, *, open_head: bool = False) -> tuple[int, int, int] | None:
    """The speaker phrase that ends right before position ``i`` (a cue).

    Reads back over auxiliaries and time words ("has repeatedly", "on
    Sunday"), then over the phrase itself. Handles an appositive ("Jonathan
    Hoffman, the chief Pentagon spokesman, said": the name is returned), an
    appositive holding a clause ("Dr. Ana Ruiz, a physician who has worked
    there, said": the name) and a relative clause ("Trump, who has called...").

    Returns ``(start, end, first)``: the phrase, and where the whole subject
    starts ("the bank's chief economist, Huw Pill": the phrase is the name,
    ``first`` the start of "the bank's"); None when no phrase that can name a
    source starts at a clause edge.

    With `open_head` (the cue is a verb of speech), a phrase headed by a noun
    the word lists do not know is a speaker too if a determiner opens it
    ("the lobbyist said").
    """
    # the tokens of the WIDTH characters before the cue, nearest first
    w0 = max(lo, i - WIDTH)
    words = text[w0:i].split()
    if w0 > lo and words and not text[w0 - 1].isspace():
        del words[0]  # a word cut by the window
    words.reverse()
    # auxiliaries, adverbs and time words between the subject and the cue ("has repeatedly", "on Sunday")
    k = 0
    for w in words:
        f = FACTS[w]
        if f.bound or not f.skip:
            break
        k += 1
    else:
        return None  # nothing else before the cue
    if f.dead:
        return None  # a word that can neither be nor lead to a speaker ("was said", "to say")
    n = len(words)
    toks = _Toks(text, words, w0, i)
    tok = words[k]
    aside = ""  # the words between the comma before the cue and the one before them
    if tok[-1] == "," and depth < 2:
        # "X, who spoke on condition of anonymity, said": read X
        w_lo = max(lo, toks[k][1] - 200)
        pc = text.rfind(",", w_lo, toks[k][1] - 1)
        while pc > w_lo and text[pc - 1 : pc].isdigit() and text[pc + 1 : pc + 2].isdigit():
            pc = text.rfind(",", w_lo, pc)  # a comma inside a number ("represents 14,000 workers")
        if pc > lo:
            aside = text[pc + 1 : toks[k][1] - 1].strip()
            if _PARENTHETICAL.match(aside):
                return back_np(text, pc, lo, depth=depth + 1, open_head=open_head)
    if tok[-1] == "," or tok in ("\u2014", "\u2013", "--"):
        # "X, the spokesman, said" / "..., Hoffman said": an appositive or a clause edge
        found = _appositive(text, toks, k, lo, open_head)
        if found is None and _LONG_APPOSITIVE.match(aside) and _CLAUSE_IN_APPOSITIVE.search(aside):
            # "Dr. Aaron Shirley, a physician who has worked in Mississippi for decades, said":
            # an appositive holding a clause or a place, too long to read back: the phrase before it
            found = back_np(text, pc, lo, depth=depth + 1, open_head=open_head)
        return found
    if f.bound:
        return None
    if f.pron:
        # "he said" (the commonest speaker): what _phrase_back does for a pronoun
        if not _valid_left_edge(toks, k + 1):
            return None
        s = toks[k][0] + (len(tok) - len(tok.lstrip(LEAD_STRIP)))
        return (s, s + len(f.core), s)
    if f.key in ("who", "which") and k + 1 < n and words[k + 1][-1] == ",":
        # "Trump, who has called the deal 'a disaster', said" -> the antecedent;
        # "Renee Vidrine, president of the group, who said" -> the name before the appositive
        if f.key == "who":
            found = _appositive(text, toks, k + 1, lo, open_head)
            if found is not None:
                return found
        sp = _phrase_back(text, toks, k + 1, strip_comma=True, check_edge=False, open_head=open_head)
    else:
        sp = _phrase_back(text, toks, k, open_head=open_head)
    return None if sp is None else (sp[0], sp[1], sp[0])


def _phrase_back(
    text: str, toks: _Toks, k: int, *, strip_comma: bool = False, check_edge: bool = True, open_head: bool = False
) -> tuple[int, int] | None:
    """Read a noun phrase back from token ``k``; None unless it starts at a clause edge."""
    all_words = toks.words
    n = len(all_words)
    tok = all_words[k]
    if strip_comma:
        tok = tok[:-1]
        if not tok:
            return None  # a lone comma
    f = FACTS[tok]
    if f.pron:
        if not _valid_left_edge(toks, k + 1):
            return None
        s = toks[k][0] + (len(tok) - len(tok.lstrip(LEAD_STRIP)))
        return (s, s + len(f.core))
    # The phrase is tokens k..j-1 (token k possibly without its comma); each
    # token's facts are looked up once, as the left neighbour of the one before.
    j = k
    left = FACTS[all_words[k + 1]] if k + 1 < n else None  # facts of token j + 1
    last_f = f  # facts of token j - 1, the last one read
    while j - k < 12:
        if j != k:
            if j >= n:
                break
            f = left
            if f.stop and not (f.bound and _plural_possessive(all_words[j])):
                break
            left = FACTS[all_words[j + 1]] if j + 1 < n else None
        if f.prep:
            if j == k:
                return None
            last_f = f
            j += 1
            continue
        if (
            f.key == "and" and j > k and left is not None and last_f.cap
            and left.cap and not left.bound and not left.sentence_word
        ):
            last_f = f  # "Centers for Disease Control and Prevention", "Esper and Pompeo"
            j += 1
            continue
        if not (f.np_ok_det if left is not None and left.det_poss else f.np_ok):
            break
        last_f = f
        j += 1
        if f.det_start:
            # a determiner starts the phrase unless a preposition or "of" precedes
            # it, or a determiner before a number ("the two senators",
            # "his many critics"); an antecedent ("the governor, who...") is read minimally
            if check_edge and left is not None and not left.bound and (
                left.prep or (left.key in _BEFORE_DETERMINER and f.key in _AFTER_DETERMINER)
            ):
                continue
            break
    # the phrase may not start with a preposition (token k is not one: see above)
    while j - 1 > k and FACTS[all_words[j - 1]].prep:
        j -= 1
    if j == k:
        return None
    if check_edge and not _valid_left_edge(toks, j):
        return None
    phrase = (*all_words[j - 1 : k : -1], tok)
    if not _names_source(phrase) and not (open_head and _open_head(phrase)):
        return None
    s = toks[j - 1][0]
    first_tok = all_words[j - 1]
    s += len(first_tok) - len(first_tok.lstrip(LEAD_STRIP))
    e = toks[k][1] - (1 if strip_comma else 0)
    while e > s and text[e - 1] in TAIL_STRIP and not (text[e - 1] == "." and is_abbreviation(text[s:e])):
        e -= 1
    return (s, e) if e > s else None


def _plural_possessive(tok: str) -> bool:
    """A plural possessive inside a phrase ("the pilots’ union"), not a closing quotation mark."""
    return len(tok) > 2 and tok[-1] in "’'" and tok[-2] == "s" and tok[:-1].isalpha()


def _appositive(text: str, toks: _Toks, k: int, lo: int, open_head: bool = False) -> tuple[int, int, int] | None:
    """``NP1, NP2, CUE``: return the phrase that names a person, else NP1."""
    tok = toks.words[k]
    if tok[-1] != ",":
        return None
    np2 = _phrase_back(text, toks, k, strip_comma=True, open_head=open_head)
    if np2 is None:
        return None
    # the token before NP2 must end with a comma for NP1 to exist
    j = 0
    while toks.has(j) and toks[j][0] >= np2[0]:
        j += 1
    if toks.has(j) and toks.words[j][-1] == ",":
        tag = _party_tag_back(toks, j)
        if tag is not None:
            # "Rep. Bennie Thompson (D., Miss.), chairman of ..., said": NP1 ends before the party tag
            np1 = _phrase_back(text, toks, tag, open_head=open_head)
        else:
            np1 = _phrase_back(text, toks, j, strip_comma=True, open_head=open_head)
        if np1 is not None:
            t1, t2 = text[np1[0] : np1[1]], text[np2[0] : np2[1]]
            if speaker_type(t2) == "person" and speaker_type(t1) != "person":
                return (np2[0], np2[1], np1[0])
            return (np1[0], np1[1], np1[0])
    if toks.has(j) and toks.words[j][-1] == "," and speaker_type(text[np2[0] : np2[1]]) == "person":
        return (np2[0], np2[1], np2[0])  # "the bank's chief economist, Huw Pill, said"
    # "..., the Pentagon said" with a comma before NP2 (a clause edge): NP2 only
    # is not an appositive; the caller sees a cue right after a comma instead.
    return None


def _party_tag_back(toks: _Toks, j: int) -> int | None:
    """When token `j` closes a party tag ("(D-Minn.),", "(D., Miss.),"), the
    token before the tag (nearest-first index); else None."""
    words = toks.words
    if not words[j].endswith("),"):
        return None
    for jj in range(j, min(j + 3, len(words))):
        w = words[jj]
        if "(" in w:
            return jj + 1 if _PARTY_OPEN.match(w) and toks.has(jj + 1) else None
    return None


# The start of a party tag: "(D-Minn.)", "(R)", "(D., Miss.)".
_PARTY_OPEN = re.compile(r"\((?:[RDI]|GOP|Dem|Rep)(?:[.,)-]|$)")


def fwd_np(
    text: str, i: int, hi: int, *, recipient: bool = False, inverted: bool = False, open_head: bool = False
) -> tuple[int, int] | None:
    """The noun phrase that starts right after position ``i``.

    Used for inverted attributions ("said Abu Mahdi al-Mohandis, a founder"),
    "according to X" and the recipient of "told" (``recipient=True``: the
    phrase ends before a second determiner, "told reporters the strikes...").
    With ``open_head``, an article and any plain noun name a source too
    (:func:`_open_head`: "“...,” said the narrator", not "says some patience").
    """
    toks = _words_after(text, i, hi)
    if not toks:
        return None
    first = toks[0]
    f = FACTS[first]
    if f.fwd_stop:
        return None  # a quotation mark or punctuation right after
    if KEYS[f.key].fwd_pron:
        if inverted:
            return None  # "said it would...": not an inverted speaker
        s = text.find(first, i)
        s += len(first) - len(first.lstrip(LEAD_STRIP))  # "(She is ... and told me": not "(Sh"
        return (s, s + len(f.core)) if f.core else None
    words: list[str] = []
    last_f = f  # facts of words[-1] (once there is one)
    last = -1
    for j, t in enumerate(toks):
        if j:
            f = FACTS[t]
        if t[0] in ALL_MARKS or t[0] == "(" and words:
            if not (words and last_f.cap and _nickname(t, toks, j)):
                break
            words.append(t)  # Brian "Boomer" Patrick
            last = j
            continue
        if f.prep:
            if not words:
                break
            if f.key in ("on", "in", "at", "to", "by") and not KEYS[last_f.key].complement:
                break
            words.append(t)
            last_f = f
            continue
        if not (f.np_ok_det if words and last_f.det_poss else f.np_ok):
            break
        if recipient and words and not last_f.prep and KEYS[f.key].det:
            break
        if recipient and words and f.key in _SUBJECT_PRONOUNS:
            break  # "told police he had...": the reported clause starts
        if words and not f.cap and last_f.cap and not last_f.prep and not KEYS[f.key].known_noun and not (
            f.key[:1].isdigit()  # "an Aug. 12 poll"
        ):
            break  # "Mike Pompeo spoke": a lower-case word after a name is a verb
        if words and f.key in IRREGULAR_PAST and not f.cap and not last_f.det_poss and not last_f.prep:
            break  # "The mayor spoke, saying ...": the verb after a noun
        words.append(t)
        last_f = f
        last = j
        if f.fwd_end or len(words) >= 12:
            break
    if last < 0:
        return None
    # offsets: each token is the first occurrence of its string after the one before
    s = text.find(first, i)
    e = s + len(first)
    s += len(first) - len(first.lstrip(LEAD_STRIP))
    for w in toks[1 : last + 1]:
        e = text.find(w, e) + len(w)
    while e > s and text[e - 1] in TAIL_STRIP and not (text[e - 1] == "." and is_abbreviation(text[s:e].split()[-1])):
        e -= 1
    if e <= s:
        return None
    if not recipient:
        phrase = tuple(text[s:e].split())
        if not (_names_source(phrase) or open_head and FACTS[phrase[0]].key in _ARTICLES and _open_head(phrase)):
            return None
    return s, e


_SUBJECT_PRONOUNS = frozenset("i he she we they it".split())

# What may open an inverted speaker phrase with a noun the lists do not know ("said one of the men").
_ARTICLES = frozenset(("the", "a", "an", "one"))


def _nickname(tok: str, toks: list[str], j: int) -> bool:
    """Is `tok` (``toks[j]``, opening with a quotation mark) a nickname inside a
    name: one capitalised word in quotation marks before another capitalised
    word (Brian "Boomer" Patrick)?"""
    c = tok.strip("\"“”'‘’")
    return (
        len(tok) - len(c) == 2 and 0 < len(c) <= 20 and c[:1].isupper() and c.replace("-", "").isalpha()
        and j + 1 < len(toks) and FACTS[toks[j + 1]].cap
    )


_DOC_SOURCE = re.compile(
    r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(DOC_NOUNS, key=len, reverse=True))
    + r")\s+(?:from|by|issued\s+by|released\s+by)\s+(?=\S)",
    re.IGNORECASE,
)


def source_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Narrow "a statement from the Pentagon" to "the Pentagon"."""
    s, e = span
    if text.find(" from ", s, e) < 0 and text.find(" by ", s, e) < 0:
        return span
    m = _DOC_SOURCE.match(text, s, e)
    if m and m.end() < e:
        return m.end(), e
    return span
