"""What a speaker phrase names: its type and the person's name in it.

:func:`speaker_type` classifies a phrase ("Defense Secretary Mark Esper":
person, "a senior official": anonymous...) and :func:`name_of` gives the name
in it; who else the text names (the candidates for a pronoun or a short name)
is found by :mod:`framing.features.quotes._names`.
"""

from __future__ import annotations

import functools
import re

from framing._text import CACHE_SIZE as _CACHE_SIZE
from framing.features.quotes._words import (
    ARTICLE,
    DAYS,
    DETERMINERS,
    DOC_NOUNS,
    LEAD_STRIP,
    MONTHS,
    NP_PREPS,
    SENTENCE_WORDS,
    STOP,
    TAIL_STRIP,
    Vocab,
    cap,
    core,
    is_acronym,
    low_key,
    is_age_noun,
    noun_key,
    vocab,
)


def head_index(keys: list[str]) -> int:
    """Index of the head word: the last one before a preposition or a post-modifier
    ("a person familiar with the matter" -> "person", "Secretary of State" -> "Secretary")."""
    if len(keys) > 2 and keys[1] == "of" and keys[0] in _PARTITIVES:
        return 2 + head_index(keys[2:])  # "one of the analysts" -> "analysts"
    if len(keys) > 3 and keys[-1] in _LAST_HEADS and keys[0] in ("a", "an", "the", "one", "two", "three"):
        return len(keys) - 1  # "a Department of Labor spokesperson" -> "spokesperson"
    for x in range(1, len(keys)):
        if keys[x] in NP_PREPS or keys[x] in _POST_MODIFIERS:
            return x - 1
    return len(keys) - 1


# Words naming a part of a group: "one of the analysts" is headed by "analysts".
_PARTITIVES = frozenset(
    "one two three four five six seven eight nine ten some many several most few each none all both any "
    "either neither half dozens".split()
)


_POST_MODIFIERS = frozenset(
    "close familiar involved briefed knowledgeable speaking based who published released issued conducted "
    "commissioned led".split()
)


_INDEFINITE = frozenset("a an one two three four five six several some many few other others".split())


_SPOKES = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen representative".split())


# Nouns that head a phrase ending in them even after "of" ("a Department of Labor official").
_LAST_HEADS = _SPOKES | frozenset("official officials aide aides source sources staffer staffers officer officers".split())


@functools.lru_cache(maxsize=_CACHE_SIZE)
def speaker_type(phrase: str) -> str:
    """Classify a speaker phrase: person, role, institution, anonymous, pronoun or unknown.

    A phrase ending in a name is a person; one headed by "official",
    "source", "person"... is anonymous; an organisation word or a place is
    an institution; a position or occupation is a role ("the prime
    minister") unless the phrase is indefinite or a bare plural, which names
    no one ("an economist", "residents": anonymous).

    A name is recognised by its words ("Mark Esper"), after an honorific
    ("Mr. King", "Rep. Steve King") or after a given name ("Jim Jordan",
    "the veteran reporter Dan Rather": a surname the word lists know as a
    place or an occupation). After a possessive the phrase names what follows
    it ("the NRA's Chris Cox": person). A capitalised head after "the" that
    is no position names an organisation ("The Hill"). A party tag at the end
    ("(D-Minn.)") is not read.

    Examples
    --------
    >>> [speaker_type(p) for p in ["he", "Defense Secretary Mark Esper", "a senior US official",
    ...  "Iran's foreign ministry", "the prime minister", "the statement", "Witnesses"]]
    ['pronoun', 'person', 'anonymous', 'institution', 'role', 'unknown', 'anonymous']
    >>> [speaker_type(p) for p in ["David French", "Mr. King", "the NRA's Chris Cox", "The Hill",
    ...  "Fishermen in the village", "Rep. Ilhan Omar (D-Minn.)"]]
    ['person', 'person', 'person', 'institution', 'anonymous', 'person']
    """
    return _speaker_type(phrase, False)


def _speaker_type(phrase: str, definite: bool) -> str:
    """:func:`speaker_type`; `definite`: the phrase follows a possessive, which
    determines it as "the" would ("the NRA's Chris Cox" -> "Chris Cox")."""
    v = vocab()
    # a party tag is not part of the phrase: "Rep. Ilhan Omar (D-Minn.)", "Sen. Dick Durbin (D) of Illinois"
    toks, keys = _phrase_words(phrase)
    if not toks:
        return "unknown"
    if len(toks) == 1 and (keys[0] in v.pronouns or pronoun_of(keys[0]) in v.pronouns):
        return "pronoun"  # "he", "I’m", "they’ve"
    h = head_index(keys)
    head, head_core = keys[h], core(toks[h])
    if h > 0 and f"{keys[h - 1]} {head}" in v.institution_words:
        return "institution"  # "Al Jazeera", "the White House"
    if _name_start(toks, keys, h, v) is not None:
        return "person"
    p = _possessor(toks, h)
    if p is not None and keys[h] not in DOC_NOUNS and "of" not in keys[:p]:
        # "the NRA's Chris Cox", "the Wilson Center's Hathaway", "Iran's foreign ministry":
        # what follows the possessive, which determines it ("Many of Mr. Ladner's peers": not here)
        rest = toks[p + 1 :]
        if len(rest) <= 3 and keys[h] not in _NAMED_AFTER and all(_is_name_word(core(t), low_key(t)) for t in rest):
            return "person"
        return _speaker_type(" ".join(rest), True)
    last_core = core(toks[-1])
    article = definite or keys[0] == "the"
    # "Secretary of State Mike Pompeo", "Mr. Kim": a name at the end, no article before
    if keys[0] not in DETERMINERS and keys[0] not in _POSSESSIVES and head not in _NAMED_AFTER:
        if (h == len(keys) - 1 or head in v.titles) and (
            _is_name_word(last_core, keys[-1]) or _surname_after_name(toks, keys)
        ):
            return "person"
        if 0 < h < len(keys) - 1 and _is_name_word(head_core, head) and all(cap(core(t)) for t in toks[:h]):
            return "person"  # "Kica Matos of the Fair Immigration Reform Movement"
    if noun_key(head, v.anonymous_nouns):
        return "anonymous"
    if (head in v.institution_words and not (head in _PEOPLE_NOT_BODIES and head_core.islower())) or (
        head in v.places or is_acronym(head_core) or " ".join(keys[max(0, h - 1) : h + 1]) in v.institution_words
    ):
        return "institution"
    head_cap = cap(head_core)
    if noun_key(head, v.role_nouns) or is_age_noun(head) or (
        # after a determiner, a plain noun: lower-case, a capitalised plural ("Other Christians"),
        # or any after a possessive determiner ("His Holiness")
        (h > 0 or definite)
        and (
            not head_cap or keys[0] in _POSSESSIVES
            or (_plural(head) and not head.endswith("ss") and keys[0] in DETERMINERS)
        )
        and head not in DOC_NOUNS and common_noun(head)
    ):
        # a position or occupation; a plain noun the lists do not know, after
        # a determiner, is read as one too ("the lobbyist", "a retiree")
        if head in _SPOKES:
            return "role"
        indefinite = keys[0] in _INDEFINITE or (
            _plural(head) and not definite and keys[0] not in DETERMINERS and keys[0] not in _POSSESSIVES
            and not keys[0].endswith("'s") and not toks[0].endswith(("’s", "'s"))
        )
        return "anonymous" if indefinite else "role"
    if head in DOC_NOUNS:
        # "A Hashd Shaabi statement": an organisation's document
        if any(cap(core(t)) and k not in SENTENCE_WORDS for t, k in zip(toks[:h], keys[:h])):
            return "institution"
        return "unknown"
    if head_cap and article and (h > 0 or definite):
        return "institution"  # "The Hill", "the Free Beacon": a name with an article is no person's
    if head_cap and (_is_name_word(head_core, head) or head in MONTHS or head_core == "Will"):
        return "person"  # a month does not speak: "“...,” May said"; nor does a modal ("Will said")
    if head_cap:
        return "institution"
    return "unknown"


def _phrase_words(phrase: str) -> tuple[list[str], list[str]]:
    """The tokens of a speaker phrase and their keys, without party tags
    ("Rep. Ilhan Omar (D-Minn.)", "Sen. Dick Durbin (D) of Illinois") and
    without a time after it ("a senior campaign official Monday", "a poll
    last September")."""
    toks = [t for t in phrase.split() if core(t) and not _PARTY_TAG.match(t)]
    keys = [low_key(t) for t in toks]
    while len(keys) > 1 and (
        keys[-1] in DAYS
        # a month after a name is one ("Theresa May", "Mrs. May"), not after a noun ("a poll last September")
        or (keys[-1] in MONTHS and (toks[-2][:1].islower() or keys[-2] in _BEFORE_TIME))
    ):
        del toks[-1], keys[-1]
        if len(keys) > 1 and keys[-1] in _BEFORE_TIME:
            del toks[-1], keys[-1]
    return toks, keys


_BEFORE_TIME = frozenset(("last", "this", "next", "early", "late", "on", "in"))


# Institution words that name people when written in lower case: "a guard",
# "the guards", "marines" (but "the National Guard", "the Marines").
_PEOPLE_NOT_BODIES = frozenset(("guard", "guards", "marines"))


def pronoun_of(key: str) -> str:
    """A pronoun without a contracted auxiliary ("i'm" -> "i", "they've" -> "they"); other keys as they are."""
    base, sep, rest = key.partition("'")
    return base if sep and rest in ("m", "s", "re", "ve", "d", "ll") else key


def _plural(key: str) -> bool:
    """Is a head noun plural ("lawmakers", "fishermen", "people")?"""
    return key.endswith(("s", "men")) or key in ("people", "children")


# Honorifics and military ranks written before a name: the next capitalised
# word is a name whatever the word lists say of it ("Mr. King", "Sen. Paul").
_HONORIFICS = frozenset("mr mrs ms mx dr sen rep gov prof rev lt gen maj col capt sgt adm cmdr".split())


# Heads that end the names of organisations, works and laws named after people
# ("the Ronald Reagan Presidential Library", "Walt Disney Co."), besides the
# institution words: such a phrase is not a person even after a given name.
_NAMED_AFTER = frozenset(
    """
    co corp inc llc ltd plc library museum college prize award monitor airport stadium memorial
    fund trust show program programme project initiative review news act
    """.split()
)


# Institution words that are also surnames ("James Alan Fox", "Emily Post").
_SURNAME_INSTITUTIONS = frozenset(("fox", "post"))


def _name_start(toks: list[str], keys: list[str], h: int, v: Vocab) -> int | None:
    """Where a name ending at the head starts, when an honorific or a given
    name marks it as one ("Mr. King" -> 1, "the veteran reporter Dan Rather"
    -> 3, "John Paul Jones" -> 0); None otherwise, or when the head names an
    organisation ("the Ronald Reagan Presidential Library")."""
    if h == 0 or not cap(core(toks[h])) or keys[h] in _NAMED_AFTER or f"{keys[h - 1]} {keys[h]}" in v.institution_words:
        return None
    if (keys[h] in v.institution_words and keys[h] not in _SURNAME_INSTITUTIONS) or noun_key(keys[h], v.anonymous_nouns):
        return None
    for i in range(h - 1, -1, -1):
        key = keys[i]
        if _is_possessive(toks[i]):
            return None  # "the Wilson Center's Hathaway": not a name across a possessive
        if key in _HONORIFICS and toks[i][:1].isupper():
            return i + 1  # "Mr. King", "Rep. Steve King"
        if key in v.given_names and cap(core(toks[i])):
            # "John Paul Jones", "Abu Mahdi al-Mohandis": the name words before it too (not a title)
            while i > 0 and not _is_possessive(toks[i - 1]) and (
                _is_name_word(core(toks[i - 1]), keys[i - 1]) or initial(toks[i - 1]) or keys[i - 1] in _PARTICLES
            ):
                i -= 1
            return i
        if not (cap(core(toks[i])) or key in _PARTICLES or initial(toks[i])):
            return None
    return None


def _surname_after_name(toks: list[str], keys: list[str], *, given_only: bool = False) -> bool:
    """Is the last word a surname the word lists hide, after a name? After any
    name word, a word with a demonym or adverb ending ("Armond Budish"); with
    `given_only`, also a place or a demonym after a given name ("Jim Jordan",
    "David French"). `keys` are the keys of (at least) the last two words."""
    if len(toks) < 2 or not _is_name_word(core(toks[-2]), keys[-2]):
        return False
    word, key = core(toks[-1]), keys[-1]
    if _is_name_word(word, key, loose=True):
        return True
    return (
        given_only and keys[-2] in vocab().given_names and cap(word) and not is_acronym(word)
        and (key in vocab().places or key in _DEMONYMS or key in MONTHS)  # "Theresa May"
    )


def _possessor(toks: list[str], h: int) -> int | None:
    """Index of the last possessive word before the head ("the NRA's Chris Cox" -> 1), or None."""
    for i in range(h - 1, -1, -1):
        if _is_possessive(toks[i]):
            return i
    return None


def _is_possessive(tok: str) -> bool:
    """"NRA's", "Reuters’", "the pilots’" (not a closing quotation mark after a short word)."""
    t = tok.rstrip(",;:.!?)]}")
    return t.endswith(("'s", "’s")) or (len(t) > 2 and t[-1] in "'’" and t[-2] == "s")


_POSSESSIVES = frozenset("his her their its our my your".split())


def common_noun(key: str) -> bool:
    """May `key`, a word the lists do not know, head a speaker phrase after a
    determiner ("the lobbyist", "a retiree from Tampa")? Any plain word but a
    grammatical one or an adverb: the word lists cannot name every occupation."""
    return key.replace("-", "").isalpha() and key not in STOP and not key.endswith("ly")


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _is_name_word(word: str, key: str, loose: bool = False) -> bool:
    """A capitalised word that can be (part of) a person's name.

    Words ending like adverbs or demonyms ("Obviously", "Iranian") are not,
    unless `loose` (a word right after a name: "Armond Budish")."""
    v = vocab()
    if not cap(word) or is_acronym(word):
        return False
    if key in STOP or (word.isupper() and len(word) > 1):
        return False  # "Did", "WATCHED"
    if "'" in key and pronoun_of(key) in v.pronouns:
        return False  # "I’m", "We’re"
    if key.endswith("ly") and len(key) > 5 and key not in _NAME_EXCEPTIONS and not loose:
        return False  # "Obviously"
    if _PARTY_TAG.match(word):
        return False
    if "-" in key and not ARTICLE.match(key):
        first = key.split("-")[0]  # "Iranian-backed", "US-led"
        if first in v.places or first in _DEMONYMS or first.endswith(("ian", "ese", "ish")) or first in ("pro", "anti"):
            return False
    return (
        key not in v.titles
        and not noun_key(key, v.role_nouns)
        and not noun_key(key, v.anonymous_nouns)
        and key not in v.institution_words
        and key not in v.places
        and key not in SENTENCE_WORDS
        and key not in DAYS
        and key not in MONTHS
        and key not in _MONTH_ABBREVIATIONS
        and key not in v.role_nouns
        and not (key.endswith(("ian", "ese", "ish")) and key not in _NAME_EXCEPTIONS and not loose)
        and key not in _DEMONYMS
    )


_NAME_EXCEPTIONS = frozenset(
    """
    brian adrian christian julian ivanka damian fabian ian sebastian vivian lillian amirabdollahian
    kimberly beverly shelly emily holly sally molly reilly o'reilly daly riley lily polly kelly
    donnelly connolly kennelly mcnally
    """.split()
)


# "Oct" is no one's name ("Jan" may be: Jan Brewer).
_MONTH_ABBREVIATIONS = frozenset("feb mar apr jun jul aug sep sept oct nov dec".split())


_PARTY_TAG = re.compile(r"^\(?[RDI](?:-|\)$)")  # "(D-Minn.)", "R-Texas", "(D)"


# Demonyms not caught by the -ian/-ese/-ish endings.
_DEMONYMS = frozenset(
    """
    american iraqi israeli saudi emirati qatari kuwaiti yemeni omani afghan afghani bahraini
    pakistani bangladeshi somali thai nepali kurdish kurd kurds shiite sunni arab arabs
    european asian african french dutch swiss greek turkish polish danish swedish finnish
    irish scottish welsh british english spanish chinese japanese vietnamese lebanese
    sudanese uae us u.s. western eastern northern southern democratic republican
    """.split()
)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def is_plural(phrase: str) -> bool:
    keys = [low_key(t) for t in phrase.split() if core(t)]
    if not keys:
        return False
    head = keys[-1] if not any(k in NP_PREPS for k in keys[1:]) else keys[[k in NP_PREPS for k in keys].index(True, 1) - 1]
    return head in ("they", "we", "people", "police") or (head.endswith("s") and not head.endswith("ss") and speaker_type(phrase) in ("anonymous", "role", "unknown"))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def name_of(phrase: str) -> str:
    """The person's name in a speaker phrase, without titles ("Defense Secretary Mark T. Esper" -> "Mark T. Esper").

    A name marked by an honorific or a given name is taken up to the head
    ("Sen. Joni Ernst of Iowa" -> "Joni Ernst", "Mr. King" -> "King");
    otherwise the name words at the end of the phrase.
    """
    toks, keys = _phrase_words(phrase)
    if not toks:
        return ""
    h = head_index(keys)
    start = _name_start(toks, keys, h, vocab())
    if start is not None:
        toks = toks[: h + 1]
        k = start
    else:
        if h < len(toks) - 1 and _is_name_word(core(toks[h]), keys[h]):
            toks = toks[: h + 1]  # "Annelise Kofod of Raleigh": the name ends at the head
        k = len(toks)
        while k > 0:
            t = toks[k - 1]
            c, key = core(t), low_key(t)
            if k < len(toks) and _is_possessive(t):
                break  # "the Wilson Center's Hathaway": the name starts after the possessive
            if c and (
                _is_name_word(c, key) or (len(c.rstrip(".")) == 1 and c[:1].isupper()) or key in _PARTICLES
                or (k == len(toks) and k > 1 and _surname_after_name(toks, keys))
                or (k == len(toks) and key in MONTHS and cap(c))  # "Mrs. May", "“...,” May said"
            ):
                k -= 1
            else:
                break
    name = " ".join(core(t) if i == len(toks) - 1 else t for i, t in enumerate(toks[k:]))
    return name.strip(TAIL_STRIP + LEAD_STRIP)


# Lower-case particles inside names ("Ursula von der Leyen", "Abu Mahdi al-Mohandis").
_PARTICLES = frozenset("al el bin ibn de van von da di del della der den dos das du la le abu".split())


def initial(tok: str) -> bool:
    c = tok.rstrip(",;:")
    return len(c) == 2 and c[0].isupper() and c[1] == "."
