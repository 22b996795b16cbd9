"""Word patterns of the speaker-phrase rules added for real news (issue 14): loose subjects,
antecedents of a speaking "who", progressives, nouns that look like cues.

Kept apart from :mod:`framing.features.quotes._speaker_phrase` (which imports them) to keep
that module short; every pattern is anchored or searched in a bounded window.
"""

from __future__ import annotations

import re

# Punctuation that ends a sentence or clause inside a long "According to" source.
_SENTENCE_STOP = re.compile(r"[.;:!?\"\u201c\u201d]\s|[;:!?\"\u201c\u201d\u2014\u2013]")

# A sentence adverb or conjunction before a clause's subject, without a comma ("Then he ...").
_LEAD_ADVERB = re.compile(r"\s*(?:Then|Later|Still|Also|Even|Meanwhile|Now|Instead|So|And|But|Yet|Again)\s+")

# "that" right before reported content (the loose subject is read only then).
_THAT_BEFORE = re.compile(r"\bthat\s*$")

# What a loose subject may not hold: quotation marks, brackets, another verb of speech.
_LOOSE_BREAK = re.compile(
    "[\"\u201c\u201d\u00ab\u00bb()\\[\\]]|''|\\b(?:said|says|say|told|tells|asked|according|It|it|There|there)\\b"
)

# A subordinate clause or a verb with its object inside a phrase before a cue: not a subject.
_LOOSE_CLAUSE = re.compile(
    r"\b(?:after|before|when|while|because|since|although|though|if|as|until|unless|whether|that|Or|or)\b"
    r"|\s[a-z]+(?:ed|s)\s+(?:a|an|the|his|her|their|its|this|that|these|those)\b"
    r"|(?<!who)(?<!that)(?<!which)\s(?:has|have|had|is|are|was|were|did|does|do|will|would|can|could)\s"
)

# Last words that show the phrase before a cue is not its subject.
_LOOSE_LAST = frozenset("and or but to of for with that which who the a an".split())

# The antecedent right before a restrictive "who": a name (capitalised words) or a noun, with a
# determiner or quantifier before it ("Republicans", "those voters", "Sen. Ann Lee").
_ANTECEDENT = re.compile(
    r"\b((?:(?:the|those|these|some|many|most|all|other|several|few)\s+)?"
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|[a-z][a-z’'-]+))\s*$"
)

_WORDY_BEFORE = re.compile(r"\w+\W+\w")  # two words: more than a determiner

# Words that are no antecedent of a speaking "who" ("those who", "anyone who" are read by the NP rules).
_NOT_ANTECEDENT = frozenset("and or but than those anyone everyone someone people one".split())

# A determiner, a possessive or a compound noun right before a cue form that may be a noun.
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|whose|phone|conference|roll|wake-up)"
    r"|[’']s)\s+$", re.IGNORECASE
)

# A progressive auxiliary right before a cue in -ing ("is criticizing", "has been saying").
_PROGRESSIVE = re.compile(r"\s(?:is|are|was|were|am|(?:has|have|had)\s+been|been)\s+(?:\w+ly\s+)?$")

# Before a cue, words that leave no one speaking: a passive "was asked" (the one asked is not the
# speaker) and a generic "you could argue".
_GENERIC_YOU = re.compile(r"\b[Yy]ou\s+(?:could|might|can|may|would)\s+(?:\w+\s+)?$")
_PASSIVE_BE = re.compile(r"\b(?:is|are|was|were|been|being|be|get|got)\s+$")

# A subordinator right before a participle cue ("When asked about ...": no subject of its own).
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter|[Bb]efore|[Uu]nless|[Uu]ntil|[Ww]hile|[Aa]s)\s+$")
