"""The objects a verb cue may take, read right after it.

A noun-phrase object after an active verb (the critical and directive cues,
"denounced the strikes"; the stances, "endorsed Clinton"), a finite stance's
bare noun or gerund ("opposed abortion", "supported lowering the age"), and
the record before "show" that lets it take a noun object ("polls show a tight
race"), and the objects that are what a source said ("praised the plan",
"rejected the idea that ..."). Used by the content steps and, for stances, before a speaker is read.
"""

from __future__ import annotations

import functools
import re

from framing.features.quotes._cues import Cue
from framing.features.quotes._words import vocab

__all__ = ["MODAL_BEFORE", "RECORD_BEFORE", "object_end", "object_frame", "participle_after_noun", "said_object",
           "speech_object"]

# The start of a noun-phrase object: a determiner, a possessive, an object pronoun, a capital or a
# bare plural ("urged donors to give").
_OBJECT_START = re.compile(
    r"(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|[A-Z][\w’'.-]*|[a-z][\w’'-]*[a-z]s)\s"
)

# A passive auxiliary right before a cue ("was charged with", "were blamed for").
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|get|got|gets)\s+(?:(?:\w+ly|also|not|never|already|still|even)\s+)?$")
_LOOSE_OBJECT = re.compile(  # a lower-case word that is not a particle, a conjunction or an adverb
    r"(?!(?:up|out|in|on|at|for|from|by|with|to|and|or|but|that|it|as|if|when|while|because|after|before|over|under|into"
    r"|about|against|so|too|also|not|only|even|just|now|then|there|here|this|which|who|what|how|why|where|[a-z]+ly"
    r"|(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)(?:n[’']t)?)\b)"
    r"[a-z][\w'’-]*[ \t]"
)
_TO_BEFORE = re.compile(r"\sto\s+(?:have\s+|be\s+)?$")  # "to advise", "seems to have endorsed"

# A record as the subject of "show", which then takes a noun object ("the video showed the fighters", "polls show a tie").
RECORD_BEFORE = re.compile(
    r"\b(?:polls?|surveys?|data|reports?|study|studies|records|documents|e-?mails|videos?|footage|photos?|images?"
    r"|photographs?|analys[ie]s|figures|numbers|results|filings?|statistics|audit|research|tally|charts?|maps?|logs)"
    r"\s+(?:also\s+|clearly\s+|now\s+)?$", re.IGNORECASE,
)


def object_frame(text: str, c: Cue, q: int, ue: int) -> bool:
    """A noun-phrase object at `q` after an active verb `c`, not "was charged with", "to advise X".
    After a finite stance ("opposed abortion", "endorsed civil unions") any word but a particle."""
    return (
        (_OBJECT_START.match(text, q, min(ue, q + 20)) is not None or c.cls == "stance" and c.text != c.lemma
         and c.text[-3:] != "ing" and _LOOSE_OBJECT.match(text, q, min(ue, q + 30)) is not None)
        and (c.text.endswith("ing") or _BE_BEFORE.search(text, max(0, c.start - 20), c.start) is None)
        and _TO_BEFORE.search(text, max(0, c.start - 12), c.start) is None
    )


# What may come before a participle whose object was said: a comma (", citing a poll"), a dash, a
# progressive's auxiliary ("is touting", "’s describing") or a preposition ("before explaining why").
_ING_BEFORE = re.compile(
    r"(?:[,\u2014]|\s[-\u2013]|\b(?:is|are|was|were|be|been|am|[’']s|[’']re|before|after|while|when|by|in|without|since)"
    r"(?:\s+\w+ly)?)\s*$")

# A possessive and its noun: what a source questions ("his depth and experience", "Mr. Trump's veracity").
_POSSESSED = re.compile(r"(?:his|her|their|its|our|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?)\s+(?:[a-z-]+\s+)?[a-z]")

# A modal, "help" or "to" before the verb: a cause, a guess or a task ("the tactics might explain why ...",
# "the rule helps explain why ...",
# "could have been describing", "challenged the lawyers to describe why ..."; "went on to explain"
# is a report), not what a source said.
MODAL_BEFORE = re.compile(
    r"\b(?:might|may|could|would|can|will|should|must|helps?|helped|helping|(?<!\bon\s)to)\s+"
    r"(?:(?:not|also|well|only|[a-z]+ly)\s+)?"
    r"(?:(?:have\s+)?been\s+|be\s+)?$")

# A determiner before the verb form: an adjective ("the noted economists", "all proposed solutions").
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|all|any|some|no|every|these|those|his|her|their|its|our|your|my|newly)\s+$", re.IGNORECASE)

# A verb where the object would start ("has", a bare plural to the object pattern).
_VERB_FIRST = re.compile(r"(?:has|is|was|does|says|goes|gets|seems|remains)\b")


def participle_after_noun(text: str, c: Cue) -> bool:
    """Is `c` a participle right after a noun ("spent more time describing", "research pointing to",
    "a letter explaining why"), not ", citing ..." or "is touting"?"""
    return c.text.split(" ", 1)[0][-3:] == "ing" and _ING_BEFORE.search(text, max(0, c.start - 24), c.start) is None


@functools.lru_cache(maxsize=None)  # (asked for every attribution after a quotation: a cached answer)
def said_object(lemma: str) -> bool:
    """Is the content of a verb with this lemma its object, when :func:`speech_object` reads one?"""
    v = vocab()
    return lemma in v.object_speech or lemma in v.denials or lemma == "questioned"


_OBJECT_ENDS = frozenset(("that", "of", "from", "by", "in", "on", "about", "as", "for"))


def speech_object(text: str, c: Cue, q: int, ue: int) -> bool:
    """Is the noun phrase at `q` after the verb `c` what its source said? For the verbs of
    ``object_speech`` (``framing/data/quote_words.yaml``) any object after the active verb
    ("praised the senators who ...", "citing changes in the political environment"); for its
    ``denials`` an object headed, in its first four words, by a claim noun ("rejected the notion
    that ...", "dismissed criticism from ..."), not "rejected the bill"."""
    v = vocab()
    if _VERB_FIRST.match(text, q) is not None:
        return False  # "the phrase Grassley cited on Wednesday has appeared ...": a relative's gap, then a verb
    if MODAL_BEFORE.search(text, max(0, c.start - 24), c.start) is not None:
        return False  # "might explain why ...", "would probably describe it": no one said it
    if participle_after_noun(text, c):
        return False  # "spent more time describing ...": a participle after a noun, not ", citing ..."
    if c.lemma in v.object_speech:
        return (object_frame(text, c, q, ue) or c.lemma == "express" and _LOOSE_OBJECT.match(text, q, min(ue, q + 30))
                is not None) and _ADJECTIVE_BEFORE.search(text, max(0, c.start - 8), c.start) is None
    if c.lemma == "questioned":  # "questioned his judgment", "questioned Israel's commitment" (not "the suspect")
        return c.text != "questioning" and _POSSESSED.match(text, q, min(ue, q + 60)) is not None and (
            _BE_BEFORE.search(text, max(0, c.start - 20), c.start) is None)
    if c.lemma not in v.denials or not object_frame(text, c, q, ue):
        return False
    nouns = v.claim_nouns
    for w in text[q : min(ue, q + 50)].split(None, 4)[:4]:
        key = w.rstrip(",.;:").lower()
        if key in nouns:
            return True
        if w[-1:] in ",.;:" or key in _OBJECT_ENDS:  # (the head noun comes before these)
            return False
    return False


# Where an object that was said ends inside its clause: a comma, a colon, a dash, a bracket, a
# subordinate clause, "by" before a gerund ("dismissed the charges by pointing out that ...") or a
# second verb ("praised the plan and embraced ..."): what follows may be another source's claim
# ("cited an investigation, which the probe said ...").
_OBJECT_BREAK = re.compile(
    r"[,;:](?=\s)|\s[-\u2013\u2014]+\s|\u2014|\s\(|\s(?:because|since|although|though|while|whereas|when|if|unless"
    r"|until|despite|but|after|before|by\s+(?=[a-z]+ing\b)|and\s+(?=[a-z]+ed\b|(?:said|says|say|told|tells)\b))\b"
)
_OBJECT_READ = 400
# ... and a "said" of another clause: the main clause's ("members who proposed the platform said ..."),
# or a relative's ("the town halls which he said could not be ...", "a summit where Lund said ...",
# "the line they said would ...").
_SAID_AHEAD = re.compile(r"\s(?:(?:which|who|whom|where|when|he|she|they|we|it)\s+(?:[\w.’'-]+\s+){0,8}?)?(?=(?:said|says|told)\b)")


# A claim noun's "that" clause in the object ("expressed concern that ...", "his opinion that ..."): it
# ends where its clause does (a comma may close an aside in it: "that global warming, or climate change, is"):
# at a semicolon, a colon, a dash, or a comma before a new clause or a participle (", and the mayor ...").
_NOUN_THAT = re.compile(r"(?:[\w’'-]+\s+){0,2}?(?P<noun>[a-z]+)\s+that\s")
# ... when the noun names a claim or an attitude (not a relative clause: "cited news outlets that have ...")
_ATTITUDES = frozenset("concern concerns hope hopes fear fears doubt doubts confidence optimism skepticism frustration "
                       "belief beliefs opinion surprise worry worries regret disappointment outrage dismay anger "
                       "satisfaction relief conviction sense".split())
_CLAUSE_BREAK = re.compile(r"[;:](?=\s)|\s[-\u2013\u2014]+\s|\u2014|\s\(|,\s+(?:and|but|while|although|though|because|whereas"
                           r"|so|yet|saying|adding|telling|noting|citing)\b")
# An object pronoun with no "for", "as" or "over" after it: it names no claim ("praise them the next").
_BARE_PRONOUN = re.compile(r"(?:him|them|us|me|it)\s+(?!(?:for|as|over|on)\b)")
_AS_SAYING = re.compile(r"\sas\s+(?:saying|telling|writing)\b")
_MARK = re.compile("[\"\u201c\u2018]|''")
# After the comma that ends the object, an attribution of the whole clause ("had privately praised
# the aide, according to two people ...", "..., officials said."): the clause is their claim.
_OUTER_AFTER = re.compile(r",\s+(?:according\s+to\b|(?:[\w.’'-]+\s+){1,5}?(?:said|says|told\s+\w+|added)\s*[.;,])")


def object_end(text: str, q: int, ue: int) -> int | None:
    """Where the object said at `q` ends (see ``_OBJECT_BREAK``; -1: at its clause's end), or None
    when it is not a claim of its own: fewer than three words ("praised the vote.", as
    :func:`framing.features.quotes._assign` asks of reported speech), a quotation inside (a
    quoted label, "described the plans as ‘a betrayal’", is a partial quote), a relay ("cited
    a spokesman as saying ...": the spokesman is the source), or a clause another source reports
    after it ("had privately expressed frustration with the aide, according to two people ...")."""
    t = _NOUN_THAT.match(text, q, min(ue, q + 60))
    if t is not None and t.group("noun") not in _ATTITUDES and t.group("noun") not in vocab().claim_nouns:
        t = None
    m = (_OBJECT_BREAK if t is None else _CLAUSE_BREAK).search(text, q if t is None else t.end(), min(ue, q + _OBJECT_READ))
    e = ue if m is None else m.start()
    k = _SAID_AHEAD.search(text, q, e)
    if k is not None and " that " not in text[q : k.start() + 1]:  # (not "cited reports that Lund said ...")
        m, e = k, k.start()
    if (len(text[q : min(e, q + 200)].split(None, 2)) < 3 or _MARK.search(text, q, e) is not None
            or _BARE_PRONOUN.match(text, q, e) is not None  # "praise them the next (day)"
            or _AS_SAYING.search(text, q, e) is not None  # "cited a spokesman as saying ...": a relay
            or _OUTER_AFTER.search(text, q, min(ue, e + 80)) is not None):
        return None
    return -1 if m is None else e
