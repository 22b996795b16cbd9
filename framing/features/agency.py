"""Agency: passive clauses, and whether they name who did it.

"25 people were killed" and "a US strike killed 25 people" report the same
event; the first hides the actor. :func:`find_passives` finds passive verb
groups -- a form of *be* or *get*, optional adverbs, a past participle -- and
the passives news writes without that auxiliary (headlines, reduced
relatives, questions, coordination; :mod:`framing.features._passive_bare`),
then looks for a *by*-phrase naming the agent ("killed by a US drone"). It
is rule-based, needs no model or parser, and makes one pass over the whole
document: a few regular-expression scans for candidates, then a look at a
bounded window of words around each one.

What counts
-----------
* Auxiliaries: am, is, are, was, were, be, been, being, 're, the negated
  contractions (isn't, wasn't...), and get, gets, got, gotten, getting
  (not "got used to", "get rid of", "got married", "got lost"...).
  "'s" is left out: it is far more often a possessive than "is".
* Up to three words may stand between auxiliary and participle when they are
  adverbs (-ly words and a closed list: not, never, also, already, still...)
  or "being"/"been" ("was reportedly being held").
* Participles: regular -ed forms (but not adjectives such as "red", "sacred",
  "naked", nor "need", "speed"), and a list of irregular participles
  ("hit", "shot", "struck", "taken", "held"...).
* Questions: an inverted *be* with up to six words of subject before the
  participle, in a sentence ending with "?" ("Was he killed?", "Why were
  the men arrested?"); the verb group spans the subject.
* Coordination: a second participle after a passive ("were arrested and
  charged", "were killed and 30 wounded").
* Without an auxiliary (``auxiliary == ""``): a participle that nothing
  after it could take as object (a preposition, a time word, "by", "to",
  punctuation, the end of the line), after a noun phrase, and
  - in a headline, a line without a full stop or an auxiliary ("107 killed
    in Kabul blast", "Suspect arrested after shooting");
  - or as a reduced relative: the noun phrase follows a preposition or a
    verb ("the number of people killed in", "identified the man shot
    outside"), or a finite verb follows ("The man killed on Sunday was
    buried");
  - or after a comma before a preposition (", killed in the strike").
  Not after *have*, a pronoun, a modal or "to" ("has killed", "they
  killed"), not verbs that are nearly always an active past here
  ("died", "marched", "said", "announced"...), not before a "that" clause
  ("announced on Monday that"), not after a quote ('"...," Booker asked'),
  not when a name stands between a noun and the verb ("the bill Congress
  approved in May").
* Stative, adjective-like participles ("is based in", "are concerned",
  "was armed", "is linked to", "un-...-ed" words such as "unharmed") count
  only when a *by*-agent follows ("was worried by reports"). "was born",
  "is supposed to", "is set to", "is meant to" and "is bound to" never count.
  A participle before its noun ("the injured man") is an adjective.
* Agent: a *by*-phrase after the participle, at most four words later and in
  the same clause; not a time ("by Friday", "by then"), a measure ("by 5
  percent", "by half") or a manner ("by hand", "by mistake"). Instruments
  count as agents ("killed by a US strike"): they name a cause.

Known limits: object relatives with a common-noun subject ("the bridge the
army built in 2010") read as reduced relatives; participles followed by an
adverb outside the closed lists ("trapped underground", "impeached twice"),
hyphenated participles ("re-elected") and passives whose agent comes before
the verb are not found; "by early evening" is read as an agent; a question takes the first
participle after its subject ("Was the man killed on Sunday identified?"
gives "Was the man killed"); an agent phrase is cut at the first comma or
clause word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing._text import byte_screen, fold
from framing.features._trie import _trie_body
from framing.features._passive_bare import _BARE_IRREGULAR, _FOLLOW, bare_candidates, question_candidates
from framing.features._passive_words import (
    _ADVERB_WORDS,
    _BARE_NOT,
    _GET_NOT,
    _IRREGULAR,
    _NEVER,
    _NEVER_BEFORE_TO,
    _NEXT_SPACE,
    _PARTICIPLE,
    _STATIVE,
    _participle_after,
    _word_kind,
)

__all__ = ["Passive", "find_passives"]


@dataclass(frozen=True, slots=True)
class Passive:
    """A passive verb group: ``source[start:end] == text``.

    Attributes
    ----------
    start, end : int
        Offsets of the verb group, from the auxiliary to the participle (the
        participle alone when no auxiliary is written).
    text : str
        The verb group as written, e.g. ``"were reportedly killed"``, ``"Was
        he killed"`` or ``"killed"`` ("107 killed in ...").
    auxiliary : str
        The *be*/*get* form as written (``"were"``, ``"got"``), or ``""`` when
        none is written (headlines, reduced relatives, coordination).
    participle : str
        The past participle as written (``"killed"``).
    agent : str
        The agent named by the *by*-phrase, without "by" (``"a US drone"``),
        or ``""`` when none is named.
    agent_start, agent_end : int or None
        Offsets of `agent`, or None when there is none.
    form : str
        How the passive is written: ``"be"`` ("were killed"), ``"get"`` ("got
        wounded"), ``"question"`` ("Was he killed?"), ``"coordinated"`` (the
        second participle of "were arrested and charged"), ``"headline"``
        ("107 killed in ..."), ``"reduced"`` (a reduced relative: "the man
        killed on Sunday") or ``"clause"`` (a participial clause after a comma:
        ", killed in the strike").
    agentless : bool
        True when no agent is named.
    """

    start: int
    end: int
    text: str
    auxiliary: str
    participle: str
    agent: str = ""
    agent_start: int | None = None
    agent_end: int | None = None
    form: str = "be"

    @property
    def agentless(self) -> bool:
        return self.agent_start is None



# Auxiliaries on the lower-cased folded text; the words after each one are
# then walked in Python (adverbs, then a participle).
# Each alternative starts with its first letter, so ``re`` skips to the next
# a, i, w, b, g or apostrophe without trying the pattern at every offset; the
# look-behind then checks what ``\b(?<!['-])`` would before that letter.
_AUX_LETTERS = (
    r"a(?<![\w'-]a)(?:m|re|ren't|in't)|i(?<![\w'-]i)s(?:n't)?|w(?<![\w'-]w)(?:as(?:n't)?|ere(?:n't)?)"
    r"|b(?<![\w'-]b)e(?:en|ing)?|g(?<![\w'-]g)(?:et(?:s|ting)?|ot(?:ten)?)"
)
_AUX_WORD = rf"(?:{_AUX_LETTERS}|'(?<=\w')re)\b(?!['-])"
# Only auxiliaries followed by a word that may be an adverb or a participle
# are worth walking in Python: two in three are not ("is a", "was the"). The
# lookahead accepts every word _participle_after could stop at or skip (and
# more: "need", "red"), so it drops no passive; its group is that word, as
# _NEXT_WORD would find it.
_AUX_NEXT = (
    rf"(?={_NEXT_SPACE}(?=([a-z']+)(?![\w-]))"
    + rf"(?:[a-z']*ed|[a-z]+ly|{_trie_body(sorted(_IRREGULAR | _ADVERB_WORDS))})(?![\w-]))"
)
# Every auxiliary, group 1 the word after it: the reference for the scans
# below (tests check that they find the same).
_AUX_RE = re.compile(_AUX_WORD + _AUX_NEXT)
# The scans :func:`_find_passives` runs instead. Most auxiliaries, and the
# irregular participles looked for without one (_passive_bare), follow a
# space: one scan finds both, with a literal space first so that ``re`` jumps
# from space to space; it costs what the auxiliaries' own scan did, and the
# participles' scan (about as dear) is saved. Auxiliaries after any other
# character that is not part of a word, at offset 0, and "'re" have their own
# cheaper scans.
#
# After the space, one alternative per first letter, the most frequent
# first letters of English words first: ``re`` tries the alternatives of an
# alternation in turn, each rejected at once when its letter is not the one
# read. The look-behinds of _AUX_LETTERS always hold after a space and are
# left out. An auxiliary's match has one group, the word after it (its
# lookahead's); a participle's has none.
_AUX_TAILS = {
    "a": r"(?:m|re|ren't|in't)", "i": r"s(?:n't)?", "w": r"(?:as(?:n't)?|ere(?:n't)?)",
    "b": r"e(?:en|ing)?", "g": r"(?:et(?:s|ting)?|ot(?:ten)?)",
}


def _after_space_pattern() -> str:
    alternatives = []
    first = set(_AUX_TAILS) | {w[0] for w in _BARE_IRREGULAR}
    for c in sorted(first, key="tasiowcphbfmrdlneguvjykqxz".find):
        tails = []
        if c in _AUX_TAILS:
            tails.append(rf"{_AUX_TAILS[c]}(?![\w'-]){_AUX_NEXT}")
        participles = sorted(w[1:] for w in _BARE_IRREGULAR if w[0] == c)
        if participles:
            tails.append(rf"{_trie_body(participles)}(?![\w'-])(?={_FOLLOW})")
        if tails:
            alternatives.append(c + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")"))
    return " (?:" + "|".join(alternatives) + ")"


_AFTER_SPACE = re.compile(_after_space_pattern())
_AFTER_OTHER = re.compile(rf"[^0-9a-z_' \-](?=[abigw])((?:{_AUX_LETTERS})\b(?!['-])){_AUX_NEXT}")
# _AFTER_OTHER matches a few times a document, but a scan that starts with a
# character class tests every character (a fifth of the passives' time on
# news): its candidates are found by a scan for one literal byte instead
# (framing._text.byte_screen), each then tried with _AFTER_OTHER itself, so
# the matches are the same.
_OTHER_STARTS = byte_screen(
    ["am", "ar", "ai", "is", "wa", "we", "be", "ge", "go"], first_except="0123456789abcdefghijklmnopqrstuvwxyz_' -"
)
_AT_START = re.compile(rf"((?:{_AUX_LETTERS})\b(?!['-])){_AUX_NEXT}")
_APOSTROPHE_RE = re.compile(rf"'re\b(?!['-])(?<=\w're){_AUX_NEXT}")


def _scan(lower: str) -> tuple[list[tuple[int, int, int, int]], list[tuple[int, int, str]]]:
    """The auxiliaries of `lower` as ``_AUX_RE.finditer`` finds them, and the irregular participles after a space.

    Auxiliaries are ``(start, end, next word start, next word end)`` in text
    order; participles ``(start, end, word)`` as ``_passive_bare``'s scan
    after a space finds them.
    """
    aux: list[tuple[int, int, int, int]] = []
    irregular: list[tuple[int, int, str]] = []
    m = _AT_START.match(lower)
    if m is not None:
        aux.append((0, m.end(1), m.start(2), m.end(2)))
    for m in _AFTER_SPACE.finditer(lower):
        start, end = m.span()
        g = m.lastindex
        if g is None:
            irregular.append((start + 1, end, lower[start + 1 : end]))
        else:
            aux.append((start + 1, end, m.start(g), m.end(g)))
    n = len(aux)
    match_other = _AFTER_OTHER.match
    for p in _OTHER_STARTS(lower):
        m = match_other(lower, p)
        if m is not None:
            aux.append((m.start(1), m.end(1), m.start(2), m.end(2)))
    for m in _APOSTROPHE_RE.finditer(lower):
        aux.append((m.start(), m.start() + 3, m.start(1), m.end(1)))
    if len(aux) > n:
        aux.sort()
    return aux, irregular


# By-phrases that name no agent: times, measures, manners.
_NOT_AGENT = re.compile(
    r"(?:the\s+(?:time|end|way|middle|beginning|start|close|weekend|morning|evening|afternoon|night)"
    r"|then|now|far|hand|phone|telephone|email|e-mail|mail|post|car|bus|train|air|sea|land|road|"
    r"mistake|accident|chance|default|surprise|design|name|law|heart|itself|himself|herself|"
    r"themselves|ourselves|yourself|myself|night|day|dawn|noon|midnight|morning|tomorrow|tonight|"
    r"today|yesterday|year-end|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"half|a\s+(?:margin|factor|wide|narrow|third|quarter|half|fifth|tenth|vote|point|percent|"
    r"week|day|month|year|decade|few|couple|minute|second|mile|foot|meter|metre|lot|little|bit)|"
    r"an\s+(?:hour|inch|order)|"
    r"way\s+of|means\s+of|virtue\s+of|\d|"
    r"(?:some|about|around|nearly|almost|more\s+than|less\s+than|up\s+to|at\s+least|roughly)\s+\d|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred)\s+"
    r"(?:percent|per\s+cent|points?|votes?|seats?|%))"
    r"(?![\w'-])"
)
# A by-phrase after the participle: at most four words between, none of
# them opening a new clause.
_GAP_WORD = (
    r"(?!(?:and|but|or|that|which|who|whom|while|when|where|because|although|though|as|"
    r"after|before|if|said|says|say|by|is|are|was|were|has|have|had|to)(?![\w'-]))[\w'.-]+"
)
_AGENT_LEAD = re.compile(rf"(?P<gap>(?:\s+{_GAP_WORD}){{0,4}}?)\s+by\s+")
_AGENT_WORD = re.compile(r"[\w'-]+(?:\.[\w'-]+)*")
# Words that end an agent phrase: clause openers and most prepositions
# ("of" is kept: "members of the militia").
_AGENT_STOP = frozenset(
    """
    who whom which that whose while when where because although though as after before
    if since amid during following near in on at for from to into with without against
    about over under than said says say is are was were has have had will would could
    should may might can but or then killing killed wounding wounded leaving
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    overnight earlier later last this next
    """.split()
)
_DETERMINER = frozenset("the a an its their his her our this these those some other another".split())
_MAX_AGENT_WORDS = 8
_BARE_NOT_COORDINATED = _BARE_NOT - frozenset("confirmed reported announced".split())
_TO_NEXT = re.compile(r"\s+to\b")
_ABBREVIATION = re.compile(r"(?:\w\.)+\w")
_NAME_THEN_WORD = re.compile(r" ([A-Z][\w'-]*) ([a-z][\w'-]*)")
_BLANKS = re.compile(r"[ \t]+")
_DANGLING = re.compile(r"(?:^|\s)(?:and|the|a|an|of)$")


def find_passives(text: str) -> list[Passive]:
    """Find passive verb groups and their *by*-agents in one pass.

    Parameters
    ----------
    text : str
        A whole document (or any text). Offsets refer to it.

    Returns
    -------
    list of Passive
        In text order, not overlapping; ``text[p.start:p.end] == p.text`` and,
        when an agent is named, ``text[p.agent_start:p.agent_end] == p.agent``.

    Examples
    --------
    >>> text = ("At least 25 fighters were killed on Sunday. Five sites were hit by "
    ...         "US F-15E jets, and the base was reportedly being targeted.")
    >>> [(p.text, p.agent, p.agentless) for p in find_passives(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('were killed', '', True), ('were hit', 'US F-15E jets', False),
     ('was reportedly being targeted', '', True)]
    >>> find_passives("The group is based in Iraq and its leaders are concerned.")
    []
    >>> [(p.text, p.form) for p in find_passives("107 killed in Kabul blast")]
    [('killed', 'headline')]
    >>> [(p.text, p.form) for p in find_passives("Why were the men arrested?")]
    [('were the men arrested', 'question')]
    """
    return _find_passives(text, fold(text))


def _find_passives(text: str, lower: str) -> list[Passive]:
    """:func:`find_passives`, given ``lower == fold(text)`` (shared with the lexicon scan)."""
    # (start, aux_end, participle start, participle end, form), then kept in
    # text order without overlap: auxiliary groups first, as before.
    groups: list[tuple[int, int, int, int, str]] = []
    last_end = -1
    aux, irregular = _scan(lower)
    for a_start, a_end, w_start, w_end in aux:
        if a_start < last_end:
            continue  # inside the verb group just found ("was being held")
        found = _participle_after(lower, w_start, w_end)
        if found is None:
            continue
        form = "get" if lower[a_start] == "g" else "be"
        if form == "get" and lower[found[0] : found[1]] in _GET_NOT:
            continue  # "got used to", "get rid of", "got married"
        groups.append((a_start, a_end, *found, form))
        last_end = found[1]
    taken = {g[3] for g in groups}
    extra = [(a, ae, ps, pe, "question") for a, ae, ps, pe in question_candidates(text, lower) if pe not in taken]
    taken.update(g[3] for g in extra)
    extra += [(ps, ps, ps, pe, form) for ps, pe, form in bare_candidates(text, lower, irregular) if pe not in taken]
    if extra:
        groups = sorted(groups + extra)
    out: list[Passive] = []
    last_end = -1
    for start, aux_end, p_start, p_end, form in groups:
        if start < last_end:
            continue
        passive = _passive(text, lower, start, aux_end, p_start, p_end, form)
        if passive is None:
            continue
        out.append(passive)
        last_end = p_end
        coordinated = _coordinated(text, lower, passive)
        if coordinated is not None:
            out.append(coordinated)
            last_end = coordinated.end
    return out


def _passive(
    text: str, lower: str, start: int, aux_end: int, p_start: int, p_end: int, form: str
) -> Passive | None:
    """The passive of one verb group, or None when its participle is adjective-like or no participle."""
    part = lower[p_start:p_end]
    written = text[p_start:p_end]
    aux_written = text[start:aux_end]
    # A capitalised "-ed" word after a lower-case auxiliary is a name ("was Ahmed").
    if aux_written and written[:1].isupper() and not aux_written[:1].isupper():
        return None
    if part in _NEVER or (part in _NEVER_BEFORE_TO and _TO_NEXT.match(lower[p_end : p_end + 4])):
        return None
    agent = _agent(text, lower, p_end)
    stative = part in _STATIVE or (part.startswith("un") and part.endswith("ed"))
    if stative and agent is None:
        return None
    # Positional arguments, in field order: keywords cost a third more.
    if agent is None:
        return Passive(start, p_end, text[start:p_end], aux_written, written, "", None, None, form)
    a_start, a_end = agent
    return Passive(start, p_end, text[start:p_end], aux_written, written, text[a_start:a_end], a_start, a_end, form)


# "were arrested and charged", "was beaten, robbed and left": at most two
# words of coordination, then a participle.
_COORDINATION = re.compile(r"(?:,?[ \t]+(?:and|or|but)|,)[ \t]+(?:then[ \t]+|later[ \t]+|(?:\d[\d,]*|dozens|hundreds|many|more|others|several)[ \t]+)?([a-z]+)(?![\w'-])")


def _coordinated(text: str, lower: str, first: Passive) -> Passive | None:
    """The second participle of a coordinated passive whose first participle ends `first`, or None."""
    if first.agent_start is not None:
        return None  # "killed by X and wounded ...": leave it
    end = first.end
    # Most passives are followed by neither a comma nor a conjunction: a
    # look at the next characters spares the regex.
    c = lower[end : end + 1]
    if c != "," and not (
        c in (" ", "\t") and (lower.startswith(("and", "or", "but"), end + 1) or lower[end + 1 : end + 2] in (" ", "\t"))
    ):
        return None
    m = _COORDINATION.match(lower, end, min(len(lower), end + 40))
    if m is None or _word_kind(m.group(1)) != _PARTICIPLE:
        return None
    p_start, p_end = m.span(1)
    if m.group(1) in _BARE_NOT_COORDINATED or text[p_start].isupper():
        return None
    return _passive(text, lower, p_start, p_start, p_start, p_end, "coordinated")


def _agent(text: str, lower: str, pos: int) -> tuple[int, int] | None:
    """Offsets of the agent of a by-phrase starting after `pos`, or None."""
    # Most participles have no "by" in reach: skip the regex then.
    if lower.find("by", pos, pos + 120) < 0:
        return None
    lead = _AGENT_LEAD.match(lower, pos, min(len(lower), pos + 120))
    if lead is None:
        return None
    start = lead.end()
    if _NOT_AGENT.match(lower, start):
        return None
    end = start
    n = 0
    i = start
    while n < _MAX_AGENT_WORDS:
        w = _AGENT_WORD.match(lower, i)
        if w is None:
            break
        word = w.group()
        if word in _AGENT_STOP and n > 0:
            break
        if word == "and":
            # "by Iran and its proxies": go on only into another noun phrase.
            nxt = _AGENT_WORD.match(lower, w.end() + 1) if lower[w.end() : w.end() + 1] == " " else None
            if nxt is None or not (nxt.group() in _DETERMINER or text[nxt.start()].isupper()):
                break
        end = w.end()
        n += 1
        # Keep the period of an abbreviation like "U.S." but not a full stop;
        # "by the U.S. Officials said" ends there, "by the U.N. Security
        # Council" goes on.
        if lower[end : end + 1] == "." and _ABBREVIATION.fullmatch(word):
            end += 1
            after = _NAME_THEN_WORD.match(text[end : end + 60])
            if after is not None and after.group(2) not in ("of", "and"):
                break
        sep = _BLANKS.match(lower[end : end + 3])
        if sep is None:
            break
        i = end + sep.end()
    if end == start:
        return None
    # Do not end an agent on a conjunction or article left dangling.
    while True:
        tail = _DANGLING.search(lower[start:end])
        if tail is None:
            break
        end = start + tail.start()
    if end <= start:
        return None
    return start, end
