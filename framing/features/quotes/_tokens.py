"""What the speaker rules need to know about one token, computed once per token string.

Reading a speaker phrase asks the same questions of every token (its
lower-case key, whether it ends a clause, may be part of a noun phrase, is
capitalised...). Each question is a cached helper of
:mod:`framing.features.quotes._words`, but asking them one by one costs a cache
lookup each, several times per token and per cue. ``FACTS[tok]`` (a
:class:`Tok`) answers all of them after one dictionary lookup keyed by
the token: news vocabulary is Zipfian, so nearly every token has been met
before.

The answers are exactly those of the helpers (computed by the helpers'
own code, without their caches); only the grouping is new. :class:`Memo`
is the table: a dict that computes a missing entry (used for other
per-string answers too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from framing.features.quotes._marks import ALL_MARKS
from framing.features.quotes._words import (
    BOUNDARY_END,
    CLAUSE_OPENERS,
    DAYS,
    DET_OR_POSS,
    DET_OR_POSS_STARTS,
    DETERMINERS,
    DOC_NOUNS,
    LEAD_STRIP,
    NEGATIONS,
    NP_PREPS,
    SENTENCE_WORDS,
    STOP,
    cap,
    core,
    is_abbreviation,
    is_age_noun,
    low_key,
    noun_key,
    skip_before_cue,
    vocab,
)

# Lower-case verbs in the past tense or gerund end a phrase; a few
# adjectives of that shape are common in speaker phrases.
NP_PARTICIPLES = frozenset(
    """
    unnamed armed retired alleged concerned informed briefed unidentified ranking leading
    involved published released issued conducted commissioned elected appointed detained
    governing ruling outgoing incoming visiting acting unnamed-official unidentified
    self-styled so-called named based iranian-backed iran-backed us-backed u.s.-backed
    managing polling housing contributing founding embattled disgraced marketing organizing operating
    fundraising bestselling best-selling presiding consulting supervising advertising engineering nursing
    banking accounting publishing broadcasting
    """.split()
)


# Opening adverbials that may start a clause without a comma ("In a statement the ministry said").
OPENING_ADVERBIALS = frozenset(
    "in on at during after before earlier later separately meanwhile also last this speaking writing".split()
)


# Lower-case words common between a name and a head noun ("US military officials").
NOUN_MODIFIERS = frozenset(
    "military security intelligence defense defence foreign state government administration "
    "senior top former militia media news press army police health election campaign".split()
)


# Words followed by a prepositional complement inside a speaker phrase.
TAKES_COMPLEMENT = frozenset(
    "close familiar involved briefed adviser advisor aide spokesman spokeswoman "
    "spokesperson ambassador envoy secretary minister director head chief".split()
)


def _uncached(func: Callable[..., Any]) -> Callable[..., Any]:
    """The function behind an ``lru_cache`` (each token's facts are computed once:
    going through the helpers' caches would only cost a miss and evict useful entries)."""
    return getattr(func, "__wrapped__", func)


_core, _low_key, _cap, _is_abbreviation = map(_uncached, (core, low_key, cap, is_abbreviation))


# Capitalised words of STOP that are names: "Theresa May", "Mrs. May", "Will Hurd".
_NAMES_IN_STOP = frozenset(("May", "Will"))


class Tok:
    """The facts about one token (a whitespace-separated string) that the speaker rules use.

    Those that depend on the lower-case key only and serve the head test
    and :func:`~framing.features.quotes._rules.fwd_np` are in ``KEYS[tok.key]`` (a
    :class:`Key`): fewer tokens need them.
    """

    __slots__ = (
        "bound", "cap", "core", "dead", "det_poss", "det_start", "edge", "fwd_end", "fwd_stop", "key", "neg", "np_ok",
        "np_ok_det", "opening_adverbial", "prep", "pron", "sentence_word", "skip", "stop",
    )

    def __init__(self, tok: str) -> None:
        key = self.key = _low_key(tok)  # lower case, no possessive ending
        c = self.core = _core(tok)  # without marks, brackets and punctuation around it
        self.cap = _cap(c)
        last = tok[-1]
        sentence_end = last == "." and not _is_abbreviation(tok)
        bound = self.bound = last in BOUNDARY_END  # ends with a clause boundary (",", ":", a closing mark...)
        stop = self.stop = bound or sentence_end  # a phrase read backwards stops here
        # a speaker phrase may start after this token (see _valid_left_edge)
        self.edge = stop or key in CLAUSE_OPENERS or tok in ("-", "--")
        # an auxiliary, adverb or time word between a subject and its verb
        skip = self.skip = (skip_before_cue(key) and c[:1].islower()) or key in DAYS
        self.neg = key in NEGATIONS  # "did not say", "didn't say": no speech is reported
        pron = self.pron = key in vocab().pronouns and bool(c)
        prep = self.prep = key in NP_PREPS
        self.det_poss = key in DET_OR_POSS
        self.det_start = key in DET_OR_POSS_STARTS
        self.sentence_word = key in SENTENCE_WORDS
        self.opening_adverbial = key in OPENING_ADVERBIALS
        # fwd_np: a token that cannot be read, or that ends the phrase it joins
        self.fwd_stop = tok[0] in ALL_MARKS or tok[0] in ",;:.!?"
        self.fwd_end = last in ",;:!?”\"’»)" or sentence_end
        # May the token be part of a speaker phrase (np_ok_det: after a determiner,
        # so "their thinking" is a noun, not a verb)? Lower-case verbs in the past
        # tense or gerund end a phrase, a few adjectives of that shape aside.
        if not c:
            ok = ok_det = tok in ("(", ")")
        else:
            # low_key(c): the key itself unless the core ends with a bracket ("x(." -> "x(")
            k = key if c[-1] not in LEAD_STRIP else _low_key(c)
            first = c[0]
            if k in STOP and c not in _NAMES_IN_STOP:
                ok = ok_det = False
            elif first.isupper() or first.isdigit():
                ok = ok_det = True
            elif not first.isalpha():
                ok = ok_det = False
            else:
                ok_det = True
                ok = not (k.endswith(("ed", "ing")) and k not in NP_PARTICIPLES)
        self.np_ok, self.np_ok_det = ok, ok_det
        # Met where back_np starts reading a phrase (the nearest token that is
        # not skipped), this token proves there is no speaker before the cue:
        # it neither opens an appositive or aside ("," or a dash), nor is a
        # pronoun or "who"/"which", and it ends the clause or cannot start a
        # noun phrase ("was said", "to say", "that said").
        self.dead = (
            last != "," and tok not in ("\u2014", "\u2013", "--")
            and (bound or (
                not skip and key not in ("who", "which") and not pron and (prep or not (ok or ok_det))
            ))
        )


class Key:
    """The facts about a lower-case token key (:attr:`Tok.key`) that the head test and fwd_np use."""

    __slots__ = ("complement", "det", "doc", "fwd_pron", "head_known", "known_noun")

    def __init__(self, key: str) -> None:
        v = vocab()
        self.det = key in DETERMINERS
        self.fwd_pron = key in v.pronouns or key in ("him", "them", "us", "me", "her")
        doc = self.doc = key in DOC_NOUNS
        anonymous = noun_key(key, v.anonymous_nouns)
        role = noun_key(key, v.role_nouns) or is_age_noun(key)
        # as the head of a phrase, names a possible source
        self.head_known = key in v.pronouns or anonymous or role or key in v.institution_words or doc
        # may a preposition ("on", "in", "at", "to", "by") follow this word inside a phrase
        self.complement = doc or key in TAKES_COMPLEMENT or anonymous or role
        self.known_noun = (
            key in v.anonymous_nouns or key in v.role_nouns or key in v.institution_words or doc
            or key.rstrip("s") in v.role_nouns or key in NOUN_MODIFIERS or role
        )


class Memo(dict):
    """``memo[key]``: ``func(key)``, computed on first use and kept.

    A dict subclass with ``__missing__`` rather than a cached function: a
    hit costs one subscript and no Python call. The table starts over past
    ``size`` entries.
    """

    def __init__(self, func: Callable[[str], Any], size: int = 65_536) -> None:
        super().__init__()
        self.func = func
        self.size = size

    def __missing__(self, key: str) -> Any:
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.func(key)
        return value


#: ``FACTS[tok]``: the :class:`Tok` of a non-empty token. Some 50,000 tokens are
#: met in 7,500 news articles (about 300 bytes each, with their strings).
FACTS: dict[str, Tok] = Memo(Tok, size=65_536)


#: ``KEYS[key]``: the :class:`Key` of a token key.
KEYS: dict[str, Key] = Memo(Key)
