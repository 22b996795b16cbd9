"""Nominal attributions: a speech act named by a noun after its speaker's possessive.

"Sanders's claim that he can still win", "his promise to build a wall", "Trump's call for a
ban on ...", "her attacks on Sanders", "his criticism of the judge": the possessive names the
source, the noun the speech act (its cue; its ``cue_class`` that of its verb in the reporting-verb
lexicon: a claim is ``skeptical`` as "claimed" is, a call for ``directive``, an attack ``critical``),
and what follows it the content: the
clause after "that" (or the infinitive after a claim, a promise, a pledge or a vow), the object
after "call for", "criticism of" or "attacks on". PARC and PolNeAR annotate them as attributions;
the quote is ``indirect`` (``partial`` when quoted words are inside). Only a possessive pronoun
(his, her, its, their; "his" and "her" resolved to the one person named before them in their sentence) or a
capitalised name with "'s" names the source ("Monday's statement" and
"the Times's claim" do not: a day, and a name with its article, are left out); the noun may have one
adjective before it ("his repeated claim that"). The nominal must be an object, after a lower-case
verb or preposition ("repeated his claim that", "joined Berg's call for"), not a subordinator or a
conjunction: as a subject ("His claim that the ferry was unsafe was false", "just as his call for X
remains unheeded") its content would run into the sentence's own verb. The object of "call for",
"criticism of" and "attacks on" ends at a comma too; every content at "and" before a second verb in
the past or a second possessive ("his call for X and his criticism of Y"). The content ends at the end of its clause (a
semicolon, a colon, a dash, a bracket, a comma before a new clause or the end of the sentence), at
most 400 characters on. A nominal attribution that overlaps a quote already found is left to it
("denied his claim that ...": the denial's content). The nouns are found in the cue scan
(:meth:`~framing.features.quotes._cues.CueFinder.find`, ``NOMINAL_NOUNS``); at each, a look of at
most 60 characters back for the possessive and one clause forward: linear in the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

from framing.features.quotes._cues import cue_finder
from framing.features.quotes._headline import merge_found
from framing.features.quotes._names import people_between
from framing.features.quotes._records import Quote
from framing.features.quotes._speakers import speaker_type
from framing.features.quotes._words import DAYS, IRREGULAR_PAST, MONTHS, PERSON_TITLES_ABBR

# the nouns, with the words that may open their content
_THAT_NOUNS = (r"claims?|assertions?|insistence|arguments?|warnings?|complaints?|accusations?|allegations?"
               r"|suggestions?|contention|predictions?|statements?|promises?|pledges?|vows?")
_TO_NOUNS = frozenset(("claim", "claims", "promise", "promises", "pledge", "pledges", "vow", "vows"))
_ADJECTIVE = (r"(?:own|latest|earlier|repeated|frequent|recent|new|renewed|false|baseless|unfounded|public|initial"
              r"|oft-repeated|persistent|stated|controversial|dubious|bold|stunning|explicit)")
_WHO = (r"\b(?P<who>(?:his|her|its|their|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
        r"|(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Sec|Pres)\.[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}?)"
        r"(?:['’]s\b|(?<=s)['’](?!\w)))\s+(?:" + _ADJECTIVE + r"\s+)?")
# the possessive (and adjective) right before a noun found by its first letters: its leftmost start
_WHO_BEFORE = re.compile(_WHO + "$")
_ADJECTIVES = frozenset(_ADJECTIVE[3:-1].split("|"))
_POSSESSIVE_END = frozenset("sr'’")
_NOMINAL = re.compile(
    _WHO +
    r"(?P<cue>(?P<that>" + _THAT_NOUNS + r")|calls?\s+for|criticism\s+of|attacks?\s+on)"
    # "his statement on Wednesday that", "her claim last week that"
    r"(?:\s+(?:on|last|this|in)\s+[A-Z]?[a-z]+)?\s+"
)
# verbs in the past that do not end in "-ed" ("kept his promise to X and threw his support behind Y")
_PAST = IRREGULAR_PAST | frozenset("threw made told said sent kept left won lost met led held paid sought brought fought "
                                   "stood got put set cut hit ran".split())
# the end of the content: a clause break (a comma before a new clause or a participle) or the sentence's end
_END = re.compile(
    r"[;:!?\n]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bSt)(?<!\b[A-Z])"
    r"\.(?=\s+[A-Z\u201c\"]|[\u201d\"]?\s*$)|\s[-\u2013\u2014]+\s|\u2014|\s\("
    r"|,[\u201d\"'’]?\s+(?:and|but|while|although|though|because|whereas|so|yet|saying|adding|according|which|who|as"
    r"|with)\b"
    # a second verb or a second nominal: "repeated his call for X and thanked Y", "his call for X and his criticism of Y"
    r"|\s(?:and|but)\s+(?=(?:[a-z]+ed|" + "|".join(sorted(_PAST)) + r")\b|(?:his|her|their|[A-Z][\w-]*['’]s?)\s)"
)
# the object of "call for", "criticism of", "attacks on" and an infinitive also end at a comma ("On the heels
# of Dunn's attack on Fox, Brock wrote ...", "On the heels of Japan's pledge to donate $200 million, a video ...")
_COMMA = re.compile(r",\s")
# the word before the possessive: a verb or a preposition, so that the nominal is an object ("repeated his
# claim that", "with his promise to"), whose content runs to the clause's end; a nominal subject ("His claim
# that the ferry was unsafe was false") has its own verb after the content, which this reading cannot find
_BEFORE = re.compile(
    r"\b(?!(?:as|that|while|when|because|if|since|although|though|and|but|or|like|than|whether|where|so|once|until"
    r"|unless|after|before)\s)[a-z]+\s+$")
_TO_VERB = re.compile(r"to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your)\b)[a-z]")
_READ = 400
# each noun's verb in the reporting-verb lexicon, whose class is the quote's cue_class
_VERB_OF = {"claim": "claim", "assertion": "assert", "insistence": "insist", "argument": "argue",
            "warning": "warn", "complaint": "complain", "accusation": "accuse", "allegation": "allege",
            "suggestion": "suggest", "contention": "contend", "prediction": "predict", "statement": "say",
            "promise": "promise", "pledge": "pledge", "vow": "vow", "call": "call for", "criticism": "criticize",
            "attack": "attacked"}


def _content_end(text: str, s: int, limit: int) -> re.Match[str] | None:
    """The first :data:`_END` after `s`, past a full stop that ends a title before a name
    ("the family of the late Capt. Humayun Khan")."""
    k = _END.search(text, s, limit)
    while k is not None and k.group() == "." and (
        text[text.rfind(" ", s, k.start()) + 1 : k.start()].lower() in PERSON_TITLES_ABBR
    ):
        k = _END.search(text, k.end(), limit)
    return k


@functools.lru_cache(maxsize=None)
def _cue_class(noun: str) -> str:
    """The reporting-verb class of a nominal cue's noun ("claims" -> "skeptical", "call" -> "directive")."""
    key = noun.lower()
    key = key if key in _VERB_OF else key[:-1]  # "claims", "attacks"
    verb = _VERB_OF[key]
    return next(t.category for t in cue_finder().lexicon.terms if t.term == verb)


_NOT_NAMES = frozenset(("the", "a", "an", "this", "that", "last", "next", "each", "every", "america", "washington",
                        "tomorrow", *DAYS, *MONTHS))


def _possessor(text: str, at: int, pronoun: str) -> tuple[str, str]:
    """The person "his" or "her" at `at` names: the one person named earlier in its sentence
    ("Obama repeated his contention that ..."), with a note when there is none or more than one
    (and for "its" and "their", which name no person)."""
    if pronoun not in ("his", "her"):
        return "", f"nominal attribution: possessive {pronoun!r} not resolved"
    lo = max(text.rfind(". ", max(0, at - _READ), at), text.rfind("\n", max(0, at - _READ), at), at - _READ, 0)
    names = people_between(text, lo, at)
    if len(names) == 1:
        return next(iter(names.values())), "nominal attribution"
    return "", f"nominal attribution: possessive {pronoun!r}: " + (
        "no person named before it in its sentence" if not names else "more than one person named before it")


def nominal_quotes(text: str, quotes: Sequence[Quote], make: Callable[..., Any], nouns: Sequence[int]) -> list[Quote]:
    """`quotes` with the nominal attributions of `text` added, in text order (see the module docstring).
    `nouns` are the starts of the nouns of ``NOMINAL_NOUNS`` in `text`, in text order (as
    :meth:`~framing.features.quotes._cues.CueFinder.find` gives them)."""
    found = []
    starts = []
    for i in sorted(nouns):
        # before the noun, the end of a possessive ("his", "her", "Lund's", "Okafors'") or an adjective after
        # one: a cheap test before the regex
        if text[i - 2 : i - 1] in _POSSESSIVE_END or text[text.rfind(" ", max(0, i - 18), i - 1) + 1 : i - 1] in (
                _ADJECTIVES):
            starts.append(i)
    for i in starts:
        w = _WHO_BEFORE.search(text, max(0, i - 60), i)
        m = None if w is None else _NOMINAL.match(text, w.start())
        if m is None or m.start("cue") != i:
            continue
        name = m.group("name")
        if name is not None and name.split()[0].lower() in _NOT_NAMES:
            continue  # "Monday's statement", "The Times's claim", "America's promise"
        if _BEFORE.search(text, max(0, m.start() - 20), m.start()) is None:
            continue  # a subject, or a nominal after a comma or at a sentence's start
        cue = m.group("cue")
        s = m.end()
        if m.group("that") is not None:
            if text.startswith("that ", s):
                s += 5
            elif not (cue.lower() in _TO_NOUNS and text.startswith("to ", s)):
                continue  # only "that", or "to" after a claim, a promise, a pledge or a vow
        if text.startswith("to ", s) and (_TO_VERB.match(text, s) is None or cue[:5].lower() == "claim" and not (
                text.startswith(("to be ", "to have "), s))):
            continue  # "his claim to the throne", "claims to majority status": no infinitive
        k = _content_end(text, s, min(len(text), s + _READ))
        e = k.start() if k is not None else min(len(text), s + _READ)
        if (m.group("that") is None or text.startswith("to ", s)) and (k := _COMMA.search(text, s, e)) is not None:
            e = k.start()
        while e > s and text[e - 1] in " ,\t\"\u201d'’":
            e -= 1
        if len(text[s:e].split(None, 2)) < 3:
            continue
        ws, we = m.span("who")
        if name is not None:
            we = m.end("name")  # the name without its "'s"
        who = text[ws:we]
        cs, ce = m.span("cue")
        # the quotations inside are its quoted fragments (found before as scare quotes), with their marks
        parts = tuple((q.start, q.end) for q in quotes if q.kind == "scare" and s <= q.start < e)
        if parts and parts[-1][1] >= e:
            e = parts[-1][1] + (text[parts[-1][1] : parts[-1][1] + 1] in "\u201d\"'’")
        resolved, note = "", "nominal attribution"
        if name is None:
            resolved, note = _possessor(text, ws, who.lower())
        found.append(make(s, e, text[s:e], "partial" if parts else "indirect", who, ws, we, resolved,
                          "pronoun" if name is None else (speaker_type(who) or "unknown"), False, cue, cs, ce,
                          _cue_class(cue.split()[0]), parts or ((s, e),), note, "speech"))
    return merge_found(quotes, found, replace=False) if found else list(quotes)
