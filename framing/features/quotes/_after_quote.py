"""Frames written right after a quotation that the reporting-verb lexicon does not cover:
a subject and a verb of its own ("“...,” he mocks.", "“...,” the AP reports."), and a pull
quote signed on the next line ("- Bernie Sanders.", "Karl W. Smith, Bloomberg").

Regular expressions only: :mod:`framing.features.quotes._assign` applies them.
"""

from __future__ import annotations

import re

# After a quotation: "he mocks", "Trump went on", "the crowd yelled", "agrees Michelle Stevens", then
# the end of the clause or a short adverbial.
_TOKEN = r"[A-Z][\w'’-]*(?:\.(?=[ \t]+[A-Z]|\w)[\w'’-]*)*"  # a period only inside an abbreviation or initial
_NAME = r"(?:" + _TOKEN + r"(?:[ \t]+(?:" + _TOKEN + r"|de|van|von|al)){0,3})"
# A pull quote's sign-off: a line of its own after the quotation's paragraph, a dash, then the
# name ("- Bernie Sanders.", "—Jane Ortiz, campaign manager"); or, without the dash, the name and
# the outlet, all in capitalised words ("Karl W. Smith, Bloomberg", "Jane Ortiz, The New York Times").
_SIGN_OFF = re.compile(
    r"[ \t\u00a0]*\n\s*(?:(?P<dash>[-\u2013\u2014])[ \t]*(?=[A-Z])(?P<name>" + _NAME + r")(?:,[^\n]{0,80})?"
    r"|(?P<name2>" + _NAME + r")(?P<comma>,)[ \t]*(?:The[ \t]+)?" + _TOKEN + r"(?:[ \t]+(?:" + _TOKEN + r"|of|and|&)){0,4})"
    r"\.?[ \t]*(?:\n|$)"
)
# The subject after the quotation: a pronoun, a name, or "the" and a name or a document ("the AP",
# "the report"); an inverted one may have an organisation and a role before the name ("reports
# Gallup analyst Art Swift").
_PARTICLE = r"(?:in|up|out|back|on|off|to|at|by|for|with|of|from|and|or|but|as)\b"  # "chipped in Van Jones": no role
_VERB_AFTER = re.compile(
    r"[ \t]*(?:(?P<s1>he|she|they|we|I|" + _NAME + r"|the\s+(?:" + _NAME + r"|crowd|audience|protesters|statement|ad"
    r"|sign|letter|report|memo|document|release|complaint|filing|lawsuit|editorial|study|post|tweet|email|website))"
    r"[ \t]+(?P<v1>[a-z]+(?:ed|es|s)|went[ \t]+on)"
    r"|(?P<v2>[a-z]+(?:ed|es|s))[ \t]+(?P<s2>(?:" + _TOKEN + r"[ \t]+)?(?:(?!" + _PARTICLE + r")[a-z]+[ \t]+){0,2}" + _NAME + r"))"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:on|in|at|to|as|after|before|during|while|from|with|again|later|then|too|also|of)\b)"
)
# Words after a quotation that are not a verb of speech, or not a speaker.
_NOT_SPEECH_VERBS = frozenset(
    "is was has does did goes gets needs seems seemed means meant looks looked follows followed includes included "
    "continues comes came appears appeared remains remained works worked reads read".split()
)
_NOT_SPEAKERS = frozenset("It This That There These Those".split())
