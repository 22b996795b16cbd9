"""Quoted labels that a named source gives: "who he dubbed “the little senator”", "what critics
called a “witch hunt”", "with Sen. Jane Doe calling it a “wish list”", "was labeled a “hoax” by
Democrats".

A short quotation with no attribution of its own is a scare quote: the journalist's marks around
someone else's word, or the journalist's own distance from it. When the words right before it
name who gave the label (a characterizing verb, "call", "dub", "label", "brand", "term",
"describe ... as", with its subject or, in a passive, its agent after "by"), the quotation is that
source's words inside the journalist's clause: a ``partial`` quote, its voice ``quoted``. PolNeAR
annotates these as attributions (cue "called", "dubbed", "labeled" ...).

Three frames are read, each in a bounded window (at most ``_BACK`` characters before the opening
mark, ``_AHEAD`` after the closing one):

- a relative clause or "what" whose subject gives the label: "Bannon, who Beck on Wednesday
  called “a despicable human being”", "what former employees have called a “fraudulent scheme”";
  the content is the label (with a determiner right before it);
- "with" and a subject before a participle with its object: "with Sen. Jane Doe calling it a
  “wish list”"; the content is the object and the label, as for "called him a “liar”";
- a passive with its agent after "by": "has been called “strategic ambiguity” by Joshua
  Hendrick"; the content is the label.

What names a thing without a person giving the name stays a scare quote: "a group called “We
the People”", "the so-called “reform caucus”", "a film titled “Sicko”", and a passive without an
agent ("what is called a “debate”", "has been dubbed the “Trump of the East”").
"""

from __future__ import annotations

import re

from framing.features.quotes._cues import Cue
from framing.features.quotes._draft import _Att
from framing.features.quotes._marks import Region

_new_cue = tuple.__new__

# Where a frame's verb must stand: within this many characters before the opening mark (its
# object or "as" and a determiner between), found by one cheap scan.
_VERB_REACH = 70
_VERB_NEAR = re.compile(r"(?:all|dub|abel|rand|erm|escrib|haracteri|ortray)")

# How far before the opening mark a frame is read, and after the closing mark an agent.
_BACK = 140
_AHEAD = 80

_DET = r"(?:(?:a|an|the|his|her|their|its|this|that|our)\s+)"

# The characterizing verbs of a label (the ``characterizing`` class of ``reporting_verbs``), a
# "describe" only with "as". Not after a hyphen ("so-called").
_LABEL_VERB = (
    r"(?<![\w-])(?P<cue>(?P<call>call(?:s|ed)?|dub(?:s|bed)|label(?:s|ed|led)|brand(?:s|ed)|term(?:s|ed))"
    r"|(?P<desc>describ(?:es|ed|e)|characteri[sz](?:es|ed|e)|portray(?:s|ed)?))"
)

# A subject of a relative clause: a personal pronoun, a name or a noun phrase of at most five
# words (capitalised, or after a determiner or a quantifier), never an auxiliary or an adverb.
_NOT_SUBJECT_WORD = (
    r"(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|should|must|do|does|did"
    r"|also|once|often|then|later|now|still|even|first|so|not|never|widely|commonly|sometimes"
    r"|what|who|whom|which|that)\b"  # (a second relative: "that include what the White House called")
)
_SUBJECT = (
    r"(?P<spk>(?:he|she|they|we|I|you|it)\b"
    r"|(?:(?:the|his|her|their|its|some|many|most|several|other|former|two|three|fellow)\s+)?"
    r"(?:(?!" + _NOT_SUBJECT_WORD + r")(?:[A-Z][\w.'’&/-]*|[a-z][\w'’-]*)\s+){0,6}?"
    r"(?!" + _NOT_SUBJECT_WORD + r")(?:[A-Z][\w.'’&/-]*|critics|opponents|supporters|detractors|rivals|"
    r"Democrats|Republicans|officials|aides|advisers|analysts|experts|observers|protesters|employees|residents"
    r"|activists|allies|fans|voters|conservatives|liberals|progressives|people|police|others|some|many|[a-z]{3,}s))"
)

# Between the subject and the verb: an auxiliary, adverbs, a short time phrase ("on Wednesday").
_MIDDLE = (
    r"(?:(?:has|have|had|once|also|often|repeatedly|later|then|now|previously|publicly|privately|recently"
    r"|earlier|famously|derisively|mockingly|memorably|each|both|[a-z]+ly|on\s+[A-Z][a-z]+day|last\s+\w+)\s+){0,3}"
)

# The object of a label verb before its label ("calling it a “...”", "called the senator “...”").
_OBJECT = (
    r"(?P<obj>(?:him|her|them|it|himself|herself|themselves|itself|us|me|you)"
    r"|(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"|(?:the|his|her|their|its|this|that|these|those|our)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
)

_RELATIVE = re.compile(
    r"(?:(?<![\w-])(?P<rel>who|whom|which|that|what)\s+" + _SUBJECT
    # a contact clause: a noun, then a pronoun as the subject ("in videos he calls “...”")
    + r"|(?<![\w-])(?:(?:the|a|an|his|her|their|its|this|these|those)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|[a-z]{3,}s)\s+"
    r"(?P<pro>he|she|they|we|I))\s+" + _MIDDLE + _LABEL_VERB
    + r"\s+(?(desc)as\s+|(?:as\s+)?)(?P<det>" + _DET + r")?$"
)

# A name, then a relative "who" as the subject of a label verb with its object ("President Jane
# Smith, who called the senator “unfit to lead”"): the name is the speaker.
_NAME_WHO = re.compile(
    r"(?<![\w.'’-])(?P<spk>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+who\s+" + _MIDDLE
    + r"(?P<cue>call(?:s|ed)|dub(?:s|bed)|label(?:s|ed|led)|brand(?:s|ed))\s+" + _OBJECT
    + r"\s+(?P<det>" + _DET + r")?$"
)

# "with Sen. Jane Doe calling it a “wish list”": the subject of a participle after "with".
_WITH = re.compile(
    r"(?<![\w-])with\s+" + _SUBJECT + r"\s+(?P<cue>calling|dubbing|labell?ing|branding|terming|describing)\s+"
    + _OBJECT + r"\s+(?:as\s+)?(?P<det>" + _DET + r")?$"
)

# A passive ("has been called", "often labeled as", "was dubbed the"), and its agent after the
# closing mark: "by" and a name, a noun phrase in capitals or a plural noun ("by critics").
_PASSIVE = re.compile(
    r"(?:(?<![\w-])(?P<aux>is|are|was|were|be|been|being|get|got)\s+|(?P<comma>,)\s*)?"
    r"(?:(?P<adv>often|widely|commonly|sometimes|also|once|[a-z]+ly)\s+)?" + _LABEL_VERB
    + r"\s+(?(desc)as\s+|(?:as\s+)?)(?P<det>" + _DET + r")?$"
)
_AGENT = re.compile(
    r"[,.]?\s+by\s+(?P<spk>(?:(?:the|his|her|their|its|some|many|several|fellow|local)\s+)?"
    r"(?:[A-Z][\w.'’&/-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&/-]*){0,4}"
    r"|(?:[a-z]+\s+)?(?:critics|opponents|supporters|detractors|rivals|officials|aides|advisers|analysts|experts"
    r"|observers|protesters|activists|allies|fans|voters|conservatives|liberals|progressives|residents"
    r"|employees|lawmakers|members|colleagues|media|press|pundits|commentators)\b))"
)


# The noun phrase a quoted modifier belongs to: "what he calls the “crooked” nominating process",
# "a “rough week” for Trump" (lower-case words, a preposition and a name; not a verb, a clause,
# an agent or a new noun phrase: "In what Abrams terms “an irony” the protections ...").
_STOP = (
    r"(?:and|but|or|nor|while|whereas|because|since|after|before|until|unless|although|though|where|which"
    r"|who|whom|whose|that|by|as|to|than|if|when|is|are|was"
    r"|were|be|been|has|have|had|will|would|can|could|may|might|should|must|do|does|did|said|says)\b"
)
_TAIL = re.compile(r"(?![ \t]+(?:the|a|an|his|her|its|their|this|that|these|those|our|my)\b)(?:[ \t]+(?!" + _STOP + r")[\w'’-]+){1,8}")

_FULL_NP = re.compile(r"(?:the|a|an|his|her|their|its|our|my|this|that)\s", re.I)

LABEL_NOTE = "a quoted label given by its source"


# Lower-case words that show a relative's "subject" is a verb phrase: "who wrote a book about
# Moussaoui called “Slave of Allah”" (the book is called so; nobody labels it here).
_NOT_IN_SUBJECT = frozenset(
    """about for with in on at to from by into over after before against during than like wrote made took
    gave got became ran won lost saw put said told sent held left found read bought sold built brought
    began wore kept""".split()
)


def _verb_phrase(text: str, s: int, e: int) -> bool:
    """Does the subject ``text[s:e]`` hold a preposition or a verb (a lower-case word ending in "ed")?"""
    for w in text[s:e].split():
        if w in _NOT_IN_SUBJECT or (w.endswith("ed") and w.islower() and len(w) > 4):
            return True
    return False


def _lemma(verb: str) -> str:
    """The lexicon's lemma of a label verb ("dubbed" -> "dub", "characterised" -> "characterize")."""
    for stem, lemma in (("call", "call"), ("dub", "dub"), ("label", "label"), ("brand", "brand"),
                        ("term", "termed"), ("describ", "describe"), ("characteri", "characterize"),
                        ("portray", "portray")):
        if verb.startswith(stem):
            return lemma
    return verb


def _cue(m: re.Match[str]) -> Cue:
    s, e = m.span("cue")
    verb = m.group("cue")
    return _new_cue(Cue, (s, e, verb, _lemma(verb), "characterizing"))


def label_end(text: str, r: Region, ue: int) -> int:
    """Where a label's quote ends: after its closing mark, or after the noun phrase the label
    modifies ("the “crooked” nominating process"), at most 100 characters on; a label that ends
    with punctuation inside its marks, or opens with a determiner, ends there."""
    end = r.close + 1
    if r.end <= r.start or text[r.end - 1] in ".,;:!?" or _FULL_NP.match(text, r.start, r.end) is not None:
        return end  # (a label that is a whole noun phrase modifies nothing: "the “wisdom of crowds” disappear")
    m = _TAIL.match(text, end, min(ue, end + 100))
    return end if m is None else m.end()


def _span(text: str, att: _Att, start: int, r: Region, ue: int) -> tuple[_Att, int, int]:
    end = label_end(text, r, ue)
    if start == r.open and end == r.close + 1:
        return att, r.start, r.end  # the label alone: the quoted words, as any quoted fragment
    return att, start, end


def label_frame(text: str, prev_end: int, ue: int, r: Region, unit: int) -> tuple[_Att, int, int] | None:
    """The attribution of a quoted label whose source the words around it name, and the quote's
    start and end: from the object or the determiner before the label to where
    :func:`label_end` says (the label alone, without its marks, when there is neither before
    nor after it); None when the quotation is no such label (see the module docstring).
    `prev_end` is the end of the quotation or attribution before it, `ue` the end of its unit."""
    lo = max(prev_end, r.open - _BACK)
    if r.open - lo < 6 or text[r.open - 1 : r.open] not in (" ", "\u00a0"):
        return None  # (most scare quotes: one check, no regex)
    if _VERB_NEAR.search(text, max(lo, r.open - _VERB_REACH), r.open) is None:
        return None  # no label verb right before the mark: one short scan before the frames are tried
    # (a window of its own: "$" is the opening mark, each regex tried at most _BACK times)
    m = _RELATIVE.search(text, lo, r.open)
    if m is not None:
        sp = m.span("spk") if m.group("spk") is not None else m.span("pro")
        if _verb_phrase(text, *sp):
            return None
        att = _Att(_cue(m), sp, True, sp[0], m.end("cue"), None, False, unit)
        return _span(text, att, m.start("det") if m.group("det") else r.open, r, ue)
    m = _NAME_WHO.search(text, lo, r.open)
    if m is not None:
        att = _Att(_cue(m), m.span("spk"), True, m.start("spk"), m.end("cue"), None, False, unit)
        return _span(text, att, m.start("obj"), r, ue)
    m = _WITH.search(text, lo, r.open)
    if m is not None and not _verb_phrase(text, *m.span("spk")):
        att = _Att(_cue(m), m.span("spk"), True, m.start("spk"), m.end("cue"), None, False, unit)
        return _span(text, att, m.start("obj"), r, ue)
    m = _PASSIVE.search(text, lo, r.open)
    if m is not None and (m.group("aux") or m.group("comma") or m.group("adv")) and m.group("cue").endswith("ed"):
        a = _AGENT.match(text, r.close + 1, min(ue, r.close + 1 + _AHEAD))
        if a is None or not a.group("spk").strip():
            return None  # no agent: the label is nobody's in particular ("has been called the “...”")
        sp = a.span("spk")
        if text[sp[1] - 1] == "." and text[sp[1] - 4 : sp[1] - 1].isalpha():
            sp = (sp[0], sp[1] - 1)  # "by the State Department." (not "by the U.S.")
        att = _Att(_cue(m), sp, False, m.start("cue"), sp[1], None, False, unit)
        return _span(text, att, m.start("det") if m.group("det") else r.open, r, r.close + 1)
    return None
