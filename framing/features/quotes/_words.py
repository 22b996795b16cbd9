"""Word lists and token helpers shared by the quote finder's rules.

The lists themselves are data (``framing/data/quote_words.yaml``); the
grammatical words below are part of the rules. Token helpers are cached:
the same words recur in every document.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from dataclasses import dataclass

import yaml

from framing._text import CACHE_SIZE as _CACHE_SIZE


@dataclass(frozen=True)
class Vocab:
    titles: frozenset[str]
    role_nouns: frozenset[str]
    anonymous_nouns: frozenset[str]
    institution_words: frozenset[str]
    places: frozenset[str]
    pronouns: dict[str, str]
    anonymity: re.Pattern[str]  # matched on lower-cased text
    # every match of `anonymity` holds one of these ((): no such words, always search)
    anonymity_words: tuple[str, ...] = ()
    # given names (framing/data/given_names.txt): "Jim" in "Jim Jordan"
    given_names: frozenset[str] = frozenset()
    # cues whose noun-phrase object is what the source said ("praised the plan", "cited legal risks")
    object_speech: frozenset[str] = frozenset()
    # denials whose object reports a claim when it names one ("rejected the idea that ...")
    denials: frozenset[str] = frozenset()
    # nouns naming a claim ("idea", "allegations", "criticism")
    claim_nouns: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def vocab() -> Vocab:
    """The word lists of ``framing/data/quote_words.yaml`` and the given names
    of ``framing/data/given_names.txt`` (loaded once)."""
    raw = importlib.resources.files("framing.data").joinpath("quote_words.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.replace("-", " ") if key in ("institution_words", "object_speech") else w
                         for w in data[key].split())

    return Vocab(
        titles=words("titles"),
        role_nouns=words("role_nouns"),
        anonymous_nouns=words("anonymous_nouns"),
        institution_words=words("institution_words"),
        places=words("places"),
        pronouns={str(k): str(v) for k, v in data["pronouns"].items()},
        anonymity=re.compile("|".join(f"(?:{p})" for p in data["anonymity_markers"])),
        anonymity_words=required_words(data["anonymity_markers"]),
        given_names=given_names(),
        object_speech=words("object_speech"),
        denials=words("denials"),
        claim_nouns=words("claim_nouns"),
    )


def given_names() -> frozenset[str]:
    """The names of ``framing/data/given_names.txt``, lower-case."""
    raw = importlib.resources.files("framing.data").joinpath("given_names.txt").read_text("utf-8")
    return frozenset(w.lower() for line in raw.splitlines() for w in line.split("#", 1)[0].split())


def letter_first(alternatives: list[str], tail: str = "") -> str:
    r"""``\b(?:a|b|...)`` followed by `tail`, as branches that each open with their
    first letter and check the word boundary behind it: ``s(?<=\bs)aid`` + tail for
    ``\bsaid`` + tail.

    The same matches, spans and groups as the plain form, in the same order of
    preference. Written so, a pattern whose top-level branches all open with a
    literal (or that opens with a group of such branches) lets ``re`` skip in C
    to the next position holding one of those letters; a pattern opening with
    ``\b`` (or a lookbehind) is tried at every position of the text searched.
    Each alternative must open with a plain letter. It pays when those letters
    are few or rare at word starts (measured: 2-4x faster for the negation and
    the refusal before a cue; slower for "as" and "to", and for a lexicon
    condition opening with some twenty common letters).

    >>> import re
    >>> letter_first(["said", "told"], r"\b")
    's(?<=\\bs)aid\\b|t(?<=\\bt)old\\b'
    >>> [m.span() for m in re.finditer(letter_first(["said", "told"], r"\b"), "unsaid, said; told")]
    [(8, 12), (14, 18)]
    """
    out = []
    for a in alternatives:
        c, rest = a[:1], a[1:]
        if not c.isalpha() or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"{a!r} does not open with a plain letter")
        out.append(f"{c}(?<=\\b{c}){rest}{tail}")
    return "|".join(out)


def required_words(patterns: list[str]) -> tuple[str, ...]:
    r"""Words one of which every match of any of `patterns` contains, or ()
    when some pattern has no word of three letters or more that it requires.

    A text holding none of the words cannot match, so it need not be searched:
    ``in`` tests run in C at memory speed, while a regex with many alternatives
    tries a match at every character. Only plain lower-case letters count
    (not in a class or an escape, nor a letter before a quantifier); a group
    counts unless a quantifier may skip it (``?``, ``*``, ``{``) or it is a
    lookaround; of the words each part of a pattern requires, the longest are
    kept. A pattern with inline flags ("(?i)") gives ().

    >>> required_words([r"on\s+(?:the\s+)?condition\s+of", "unnamed|anonymous", r"briefed?\s+on"])
    ('anonymous', 'briefe', 'condition', 'unnamed')
    >>> required_words([r"not\s+(?:authori[sz]ed|permitted)\s+to"])
    ('authori', 'permitted')
    >>> required_words([r"(?:he|she)\s+\w+"])
    ()
    """
    words: set[str] = set()
    for pattern in patterns:
        found = _required_in(pattern)
        if not found:
            return ()
        words |= found
    return tuple(sorted(words))


def _required_in(pattern: str) -> frozenset[str] | None:
    """:func:`required_words` of one pattern (None: none found)."""
    out: set[str] = set()
    best: frozenset[str] | None = None  # of the current alternative
    run = ""
    i, n = 0, len(pattern)
    while i <= n:
        ch = pattern[i] if i < n else "|"  # the end closes the last alternative
        if "a" <= ch <= "z" and pattern[i + 1 : i + 2] not in ("?", "*", "+", "{"):
            run += ch
            i += 1
            continue
        if len(run) >= 3:
            best = _longer(best, frozenset([run]))
        run = ""
        # (an escape or a class left open ends the pattern: min(..., n) still closes its alternative)
        if ch == "\\":
            i = min(i + 2, n)  # an escape: not a literal letter
            continue
        if ch == "[":
            i = min(_class_end(pattern, i) + 1, n)
            continue
        if ch == "(":
            j = _group_end(pattern, i)
            if j < 0:
                return None
            body = pattern[i + 1 : j]
            inner: str | None = body
            if body.startswith("?"):
                if body[1:2] in tuple("aiLmsux-"):
                    return None  # inline flags
                inner = body[2:] if body[1:2] == ":" else None  # lookarounds, named groups: not read
            if inner is not None and pattern[j + 1 : j + 2] not in ("?", "*", "{"):
                found = _required_in(inner)
                if found:
                    best = _longer(best, found)
            i = j + 1
            continue
        if ch == "|":
            if best is None:
                return None
            out |= best
            best = None
        i += 1
    return frozenset(out)


def _longer(a: frozenset[str] | None, b: frozenset[str]) -> frozenset[str]:
    """Of two sets of words, the one whose shortest word is longer (then the smaller set)."""
    if a is None:
        return b
    return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a


def _class_end(pattern: str, i: int) -> int:
    """Index of the "]" closing the character class opened at `i`."""
    i += 1
    i += pattern[i : i + 1] == "^"
    i += pattern[i : i + 1] == "]"
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _group_end(pattern: str, i: int) -> int:
    """Index of the ")" closing the group opened at `i` (-1 if none)."""
    depth = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


# Words that are never part of a speaker phrase; met while reading a phrase
# they end it. Grammatical words only: open-class words are judged by case
# and by the noun lists above.
STOP = frozenset(
    """
    is are was were be been being am has have had having will would shall should can could
    may might must do does did done not no nor never and but or so yet that which who whom
    whose what when where why how whether if because although though while as since until
    unless than then there here this these those it its it's also too very just only even
    said says say saying told tells tell telling into onto about over under after before
    during against between through across upon within without towards toward per via
    amid among despite however meanwhile instead moreover furthermore indeed therefore
    thus hence still already again ago
    """.split()
)


# Between a subject and its verb ("Esper has repeatedly said", "the Pentagon
# on Sunday said"): skipped before the speaker phrase is read.
def skip_before_cue(key: str) -> bool:
    """May a lower-case word stand between a speaker and its cue ("has
    repeatedly said", "falsely claimed")? The listed words, or an adverb in
    -ly (not a noun like "family")."""
    return key in SKIP_BEFORE_CUE or (len(key) > 4 and key.endswith("ly") and key.isalpha() and key not in LY_NOUNS)


# Words that negate a reporting verb ("did not say", "never claimed", "didn't
# deny"): nobody is reported as saying anything. Keyed as low_key gives them
# (a straight apostrophe).
NEGATIONS = frozenset(
    "not never cannot didn't doesn't don't won't wouldn't couldn't can't hasn't haven't hadn't isn't wasn't "
    "aren't weren't shouldn't".split()
)


# Nouns ending in -ly, which may head a speaker ("the family said", "the weekly reported").
LY_NOUNS = frozenset(
    """
    family ally rally assembly supply anomaly monopoly oligopoly reply belly bully tally jelly folly
    lily holly elderly weekly daily monthly quarterly biweekly homily melancholy butterfly firefly
    """.split()
)


SKIP_BEFORE_CUE = frozenset(
    """
    has have had also later earlier previously then again repeatedly once first had would
    will could did does do not never reportedly recently publicly privately separately
    further quickly initially originally often frequently simply flatly angrily bluntly
    openly specifically explicitly subsequently quietly just even only since long
    already has since subsequently yesterday today tonight on late early last this soon
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
    night week weekend month year always ever still consistently both all
    """.split()
)


DETERMINERS = frozenset("the a an one two three four five several some many most other another".split())


DET_OR_POSS = DETERMINERS | frozenset("his her their its our my your this that".split())


DET_OR_POSS_STARTS = DETERMINERS | frozenset("his her their its our".split())


# Prepositions allowed inside a speaker phrase ("a person familiar with the
# matter", "Secretary of State", "officials in Baghdad", "adviser to the president").
NP_PREPS = frozenset("of for with from in at to on by".split())


# Words before which a speaker phrase may start a clause.
CLAUSE_OPENERS = frozenset(
    """
    and but or so yet that while as because although though when after before since if
    where whereas then now meanwhile however also still instead moreover once until unless
    whether nor which whom whose
    """.split()
)


# Documents and records that "say" things on behalf of their author.
DOC_NOUNS = frozenset(
    """
    statement statements report reports document documents letter release memo filing
    study survey poll data analysis assessment communique communiqué announcement post tweet
    video message email e-mail website account article editorial column transcript readout
    complaint lawsuit indictment ruling order decree record records footage investigation
    review audit count tally figures estimate estimates note notice bulletin
    resolution bill legislation proposal agreement treaty constitution guidance guidelines
    regulation motion petition affidavit manifesto law polling polls surveys studies findings
    """.split()
)


PERSON_TITLES_ABBR = frozenset(
    "mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm sgt st jr sr rev hon supt det insp pvt cpl brig "
    "fr msgr atty sens reps".split()
)


# Months as news style abbreviates them ("an Aug. 12 poll"): a period after them ends no sentence.
MONTHS_ABBR = frozenset("jan feb aug sep sept oct nov dec".split())


# Subordinators that open a clause before its main clause ("When Lund said ..., the crowd cheered"); the
# patterns built from them add their own words ("Whereas", "As", "Asked").
SUBORDINATORS = ("When", "Whenever", "After", "Before", "If", "Although", "Though", "While", "Because", "Since",
                 "Once", "Until", "Unless")


# Cues whose object is a topic spoken about ("discussed the budget", "expressed concern"): what follows them
# is never an inverted speaker, and a quotation in their object is not the source's words.
TOPIC_CUES = frozenset(("talked about", "discussed", "express"))


# Conjunctions and adverbs that may open a sentence before what it reports ("But “...”",
# "Now, ...") and are no part of it.
LEAD_CONJUNCTIONS = ("But", "And", "So", "Yet", "Still", "Instead", "Now", "However", "Meanwhile", "Separately")


DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())


MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


# Irregular past tenses that cannot continue a noun phrase: after a noun they are its verb ("The
# mayor spoke, saying ...", "the minister went on"), not part of a speaker's name.
IRREGULAR_PAST = frozenset(  # (not the forms that are also participles: "a count kept by", "a letter sent by")
    "went came took gave knew spoke ran saw fell rose broke drove wrote began became".split()
)


# Capitalised words that open sentences rather than names.
SENTENCE_WORDS = frozenset(
    """
    the a an this that these those it he she they we i you his her their our my your its
    but and or so yet in on at for with by from as if when while after before since during
    according meanwhile however still also then now there here some many most other others
    both each every all any another such not only even just please let what who which how
    why where speaking asked writing earlier later last next new former much more less part none half
    """.split()
)


LEAD_STRIP = "\"'“”‘’«»‹›([{"


TAIL_STRIP = "\"'“”‘’«»‹›)]},;:.!?…"


BOUNDARY_END = ",;:!?”\"’'»…—–(["


SEPARATORS = re.compile(r"[\s-]+")


@functools.lru_cache(maxsize=_CACHE_SIZE)
def core(token: str) -> str:
    """A token without surrounding quotation marks, brackets and punctuation."""
    return token.strip(LEAD_STRIP).rstrip(TAIL_STRIP)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def low_key(token: str) -> str:
    """Lower-case token core without a possessive ending ("Iran's" -> "iran")."""
    c = token.strip(LEAD_STRIP).rstrip(TAIL_STRIP).lower().replace("’", "'")  # core(), inlined
    if c.endswith("'s"):
        c = c[:-2]
    elif c.endswith("s'"):
        c = c[:-1]
    return c


@functools.lru_cache(maxsize=_CACHE_SIZE)
def is_abbreviation(token: str) -> bool:
    """A token ending in '.' that does not end a sentence ("Mr.", "U.S.", "T.")."""
    c = token.strip(LEAD_STRIP)
    if not c.endswith("."):
        return False
    body = c[:-1]
    return (
        body.lower() in PERSON_TITLES_ABBR
        or body.lower() in MONTHS_ABBR
        or (len(body) == 1 and body.isupper())
        or ("." in body and len(body) <= 6)
    )


@functools.lru_cache(maxsize=_CACHE_SIZE)
def cap(word: str) -> bool:
    """Capitalised, looking past an Arabic article ("al-Mohandis")."""
    sep = word[2:4]  # where the article's hyphen or apostrophe would be
    if "-" in sep or "’" in sep or "'" in sep:
        m = ARTICLE.match(word)
        if m is not None:
            word = word[m.end() :]
    return word[:1].isupper()


ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin|abu|de|da|di|du|van|von|la|le)[-’']", re.IGNORECASE)


def is_acronym(word: str) -> bool:
    w = "".join(filter(str.isalpha, word))
    return 2 <= len(w) <= 6 and w.isupper() and w.isalpha()


_AGE_NOUN = re.compile(r"\d{1,3}-years?-olds?")


def is_age_noun(key: str) -> bool:
    """Is `key` an age standing for a person ("the 46-year-old said", "two 19-year-olds")?"""
    return key[:1].isdigit() and _AGE_NOUN.fullmatch(key) is not None


def noun_key(key: str, words: frozenset[str]) -> bool:
    """Is `key` one of `words`, or its plural ("officials", "witnesses", "ministries", "chairmen")?"""
    return key in words or (key.endswith("s") and (
        key[:-1] in words or (key.endswith("es") and key[:-2] in words)
        or (key.endswith("ies") and key[:-3] + "y" in words)
    )) or (len(key) > 5 and key.endswith("men") and key[:-3] + "man" in words)  # not "men", "women"


# A request or order: "told banks not to lend", "asked the court to act" (not "told the story to children").
TELL_TO = re.compile(
    r"(?:him|her|them|us|me|you|(?:the|a|an|his|her|their|its|our|all|other)\s+[a-z][\w’'-]*|[A-Z][\w’'.-]*"
    r"|[a-z][\w’'-]*[a-z]s)\s+(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|my|our|your|this|that)\b)[a-z]+\b"
)
TELL_OBJECTS = frozenset("story stories truth joke jokes tale tales news same secret secrets".split())
_REQUEST_ING_AFTER = frozenset("was is are were been be after before while when".split())


def request_cue(text: str, start: int, form: str) -> bool:
    """May the cue of "tell" or "ask" at `start` introduce a request ("told banks not to lend")? Not
    after "to" ("had reason to ask X to"); a participle only after a comma, an auxiliary, a
    preposition of time (", asking X to", "was asking X to", "after asking X to"; not "the call
    asking him to ... is", nor "impeached Trump ... by asking Ukraine to", whose asker is not the
    clause's subject), or a document ("a letter telling voters to ...")."""
    before = text[max(0, start - 12) : start].split()
    prev = before[-1].lower() if before else ""
    if prev == "to":
        return False
    return not form.endswith("ing") or prev.endswith(",") or prev in _REQUEST_ING_AFTER or noun_key(prev, DOC_NOUNS)


def clause_comma(text: str, i: int, j: int) -> int:
    """The first comma in ``text[i:j]`` that is not inside a number ("$250,000"), or -1."""
    k = text.find(",", i, j)
    while k > 0 and text[k - 1 : k].isdigit() and text[k + 1 : k + 2].isdigit():
        k = text.find(",", k + 1, j)
    return k
