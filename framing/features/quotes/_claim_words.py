"""Word patterns of the content rules added for real news (issue 14): a characterizing verb with
its object and a predicate ("called him a liar", "calls Clinton unqualified", "described the
plan as reckless"), the adverbials between a cue and its content ("said on Sunday that", "said,
in a statement, that"), and where a content starts after a phrase holding a programme's title
("said on “Meet the Press” that ...").

Kept apart from :mod:`framing.features.quotes._content` (which imports them) to keep that
module short; every pattern is anchored at the word after the cue and bounded.
"""

from __future__ import annotations

import re


# Adverbials between a cue and its content ("said on Sunday that", "said in a statement that", "said, however,
# that"): skipped before the content starts.
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

ADVERBIAL = re.compile(
    r"""(?:\s*,\s*(?:however|though|too|without\s+(?:\w+\s+){0,2}evidence|in\s+(?:fact|part|particular|turn)
      |in\s+(?:a|an|his|her|its|their)\s+(?:statement|interview|tweet|letter|speech|post|email|video))\s*,|\s+(?:
      (?:on|late|early|last|this|next|earlier|later)\s+(?:""" + _DAY + r"""|day|night|week|weekend|month|year|morning|afternoon|evening)
        (?:\s+(?:morning|afternoon|evening|night))?
    | """ + _DAY + r"""(?:\s+(?:morning|afternoon|evening|night))?
    | today|yesterday|tonight|earlier|later|again|also|repeatedly|publicly|privately|separately|recently
    | (?:in|since)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b|at\s+the\s+time
    | previously|flatly|bluntly|openly|then|first|too|once|simply|only|further|quietly|angrily
    | afterwards?|[a-z]{3,}ly(?=\s+(?:that|the|a|an|it|he|she|they|we|this|there)\b)
    | (?:(?:in|during|at|on|via|through|after)\s+(?:a|an|the|his|her|their|its|this|that)\s+(?:[\w'’-]+\s+){0,3}
        (?:statement|interview|tweet|post|speech|address|briefing|conference|call|letter|email|e-mail|release
          |message|video|op-ed|column|memo|report|filing|appearance|broadcast|hearing|testimony|session
          |meeting|rally|event|summit|podcast|sermon|communiqu[eé]|note|remarks|visit|ceremony
          |debate|forum|book|memoir|article|essay|editorial|newsletter|documentary|lecture|update)s?\b
      | (?:in|during)\s+(?:court|testimony|interviews|remarks|comments|statements|public|private|person|writing))
        (?:\s+(?:on|with|to|at|in|from|before)\s+(?:the\s+|an?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}
           (?:\s+(?:committee|subcommittee|panel|hearing))?)?
    | in\s+(?:written|televised|emailed|prepared|brief)\s+(?:statement|remarks|comments|address|response)s?
    | on\s+(?:Twitter|Facebook|Telegram|Instagram|television|TV|state\s+(?:TV|television|media|radio)|social\s+media)
    | (?:to|with)\s+(?:reporters|journalists|the\s+press)
    | (?:,\s*)?(?:speaking\s+)?on\s+(?:the\s+)?condition\s+(?:of|that)\s+[^.;,]*
    | (?:,\s*)?(?:who|because|as)\s+(?:he|she|they|was|were|is|are|did|does|had|has|have|spoke|declined|asked|requested|insisted)\b[^.;]*
    | (?:in|from|at)\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}(?=\s+that\b|\s*[,.:;“"‘])
    ))+""",
    re.VERBOSE,
)


# First words of the phrases ADVERBIAL knows ("on Sunday", "in a statement",
# "repeatedly"): the regex is tried only after one of them (or a comma).
ADVERBIAL_STARTS = frozenset(
    """
    on late early last this next earlier later monday tuesday wednesday thursday friday saturday sunday
    today yesterday tonight again also repeatedly publicly privately separately recently previously
    flatly bluntly openly then first too once simply only further quietly angrily afterward afterwards
    in during at via through after to with speaking who because as from
    """.split()
)


# Where a cue's content starts after a phrase ("said in interviews over the last six weeks that ..."),
# the phrase holding at most one title in quotation marks, capitalised ("said on “Meet the Press” that");
# and a told programme ("told “Fox News Sunday” that").
TITLE_THAT = re.compile(r"( (?:“[A-Z0-9][^“”\n]{0,39}”|\"[A-Z0-9][^\"\n]{0,39}\"))(?= that\s)")
THAT_AFTER_PHRASE = re.compile(
    r"[^,.;:!?“”\"\n]{1,70}?(?:(?:“[A-Z0-9][^“”\n]{0,39}”|\"[A-Z0-9][^\"\n]{0,39}\")[^,.;:!?“”\"\n]{0,40}?)?\sthat\s")

# Function words that end the object's noun phrase ("called the police at noon": no label).
_FUNCTION = r"(?:a|an|the|at|in|on|to|for|with|from|by|of|after|before|and|or|but)\b"

# The object of "call" or "describe": an object pronoun, a name of up to four capitalised
# words, or a short noun phrase after a determiner or a possessive.
_OBJECT = (
    r"(?:him|her|them|it|himself|herself|themselves|itself|me|us|you|myself|ourselves"
    r"|(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"|(?:the|his|her|their|its|this|that|these|those|our|my|your)\s+(?:(?!" + _FUNCTION + r")[\w'’-]+\s+){0,2}?(?!" + _FUNCTION + r")[\w'’-]+)"
)

# Words after a determiner that make a time or a count, not a label: "called the police a second
# time", "called it a day", "called them the next morning".
_NOT_LABEL = (
    r"(?:day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|time|times|second|third|few"
    r"|couple|lot|number|bit|while|night|morning|next|following|same|last|other|moment)\b"
)

# Words that follow a called person or thing without labelling it: particles, times, places.
_NOT_PREDICATE = frozenset(
    """back up out over in on off home away down twice again once yesterday today tonight later early late
    quits collect often repeatedly directly personally immediately first last next this that every each
    to from for with at by about into after before during since until and or but so because when while
    as who whom which whose where than if listed involved assigned named mentioned concerned responsible
    provided required needed available present noon midnight
    soon shortly quickly promptly instantly right just""".split()
)

# "call" + object + predicate: a noun phrase ("a political opportunist", "the worst
# president") or a single adjective before the clause ends ("divisive", "unqualified").
_CALL_PREDICATE = re.compile(
    _OBJECT + r"\s+(?:(?:a|an|the|his|her|their|its|our|my)\s+(?!" + _NOT_LABEL + r")[\w'’-]+"
    r"|(?P<adj>[a-z][a-z'’-]+)(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|because|for|in|on|at|after|during|while|when|as)\b))"
)

# Where the object of a characterizing verb may end: a comma, a new clause.
LABEL_END = re.compile(r"[,;]|\s(?:but|while|when|because|after|before|said|says|told|added|asked)\b")


def label_window(text: str, q: int, ue: int) -> int:
    """The end of the window after a characterizing verb at `q` in which its
    quoted label must open: at most 150 characters, before a comma, a new
    clause or another verb of speech ("called the police at 9 p.m. and said
    “...”": not a label)."""
    hi = min(ue, q + 150)
    m = LABEL_END.search(text, q, hi)
    return hi if m is None else m.start()


# "describe" and its kin + object + "as" + the label ("described the plan as reckless").
_AS_PREDICATE = re.compile(_OBJECT + r"\s+as\s+(?!(?:well|part|soon|long|much|many|of|if|though)\b)[\w'’-]")


# "and" or "but" before a past verb: a second predicate of the subject ("... and vowed to ...").
_AND_VERB = re.compile(r"[,;.]|\s(?:and|but)\s(?=[a-z]+ed\b)")

# An apposition after the predicate: a comma, then a capitalised name.
_APPOSITION = re.compile(r",\s+[A-Z]")


def call_predicate(text: str, q: int, hi: int) -> int | None:
    """The predicate after the object of "call" at `q` ("called him a liar", not "called the
    police", "called him back", "called it a day"): where the claim ends when the predicate is
    one adjective before "and" or "but" ("called the plan reckless and left": at "reckless"),
    -1 when the clause's end is its end, None when there is no predicate."""
    m = _CALL_PREDICATE.match(text, q, min(hi, q + 120))
    if m is None:
        return None
    adj = m.group("adj")
    if adj is None:  # a noun phrase: it ends before "and" + a past verb ("his role model and vowed to ...")
        k = _AND_VERB.search(text, m.end(), min(hi, m.end() + 200))
        return -1 if k is None else k.start()
    if _APPOSITION.match(text, m.end()) is not None:
        return None  # "called his French counterpart, Francois Hollande": a phone call
    if adj in _NOT_PREDICATE or adj.endswith("ly"):
        return None
    if adj.endswith("s") and not adj.endswith(("ous", "ss")) and text[q : q + 1].islower() and not text.startswith(
        ("him ", "her ", "them ", "it ", "us ", "me ", "you ", "himself ", "herself ", "themselves ", "itself "), q
    ):
        return None  # a noun, not a label: "calling the first public witnesses in ..." (not "calling them rapists")
    return m.end() if text.startswith((" and ", " but ", ","), m.end()) else -1


# How far (characters) the end of a clause or a label is looked for from its start: each look is
# bounded, so text without punctuation costs linear time (a clause running on past it ends with
# its sentence, as other reported speech).
_READ = 600


# A relative clause whose gap is the subject of the reported clause: "a change that he said would
# make it harder", ", which officials said will take effect", "to what she said is growing demand"
# (a relative pronoun, then one to five words, then the cue). Not "What he said was ..." opening a
# sentence: there "what he said" is the subject.
_RELATIVE_GAP = re.compile(r"(?P<comma>,\s*|\s[-\u2013\u2014]\s+|\u2014)?(?P<rel>\b(?:which|that|who|whom)|(?<=[a-z,]\s)what)\s+(?:[\w.'’-]+\s+){1,5}$")

# An adverb between the gap's speaker and the cue ("what her spokeswoman later said was").
_TRAILING_ADVERB = re.compile(r"\s+(?:later|also|then|now|once|previously|first|again|[a-z]+ly)$")

# Where the clause after a gap ends: a comma or a dash ("who officials said played a role -
# was killed").
_GAP_END = re.compile(r",(?!\d)|\s[-\u2013\u2014]\s|\u2014")

# Verb forms that open the clause after the gap ("said would make", "said were", "said defied").
_GAP_VERBS = frozenset(
    """is are was were will would could can may might must shall should has have had do does did
    isn't aren't wasn't weren't won't wouldn't couldn't can't hasn't haven't hadn't doesn't didn't""".split()
)

# The edge of the clause before a restrictive relative, and a word showing that the antecedent
# follows a verb or a preposition (not the clause's subject: "The man who police said was armed
# fled" would run on past the relative clause).
_EDGE = re.compile(r"(?s:.*)[.;:!?,\n\u2014]")
_NOT_SUBJECT = re.compile(
    r"\b(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|to|in|with|for|on|at|by|from|into|about|against"
    r"|over|under|after|before|during|than|as|like|of)\b"
)


def gap_verb_at(text: str, q: int) -> bool:
    """Does a finite verb that may follow a relative's gap start at `q` ("would", "were", "defied")?"""
    if not text[q : q + 1].islower():
        return False  # (most cues: a quotation mark, a capital, a comma; once per "said")
    k = text.find(" ", q, q + 20)
    word = text[q : k if k > 0 else q + 20]
    return word in _GAP_VERBS or (word.endswith("ed") and word.isalpha() and len(word) > 4)


def relative_gap(text: str, cue_start: int, q: int, ue: int) -> tuple[int, tuple[int, int, int]] | None:
    """The clause after a relative's gap: where it ends (-1: at the end of its clause, as other
    content) and the speaker between the relative pronoun and the cue (``(start, end, start)``), or None when the cue at `cue_start` (a finite "said", "says", "told") is no such
    gap's. The words from `q` must open with a finite verb: "(a change that he said) would make
    it harder", "(, which officials said) will take effect". The clause ends at the next comma or dash
    (", saying that ..." is another claim); a restrictive relative only counts after a verb or a
    preposition ("adapted to what she said is ..."), not as the subject of its clause."""
    if not gap_verb_at(text, q):
        return None
    lo = max(0, cue_start - 60)
    m = _RELATIVE_GAP.search(text, lo, cue_start)
    if m is None:
        return None
    k = text.find(" ", m.end("rel"))
    e = cue_start - 1
    t = _TRAILING_ADVERB.search(text, k + 1, e)
    sp = (k + 1, e if t is None or t.start() <= k + 1 else t.start(), k + 1)  # "her spokeswoman (later)"
    if not m.group("comma"):
        back = max(0, m.start() - 120)
        e = _EDGE.match(text, back, m.start())
        if _NOT_SUBJECT.search(text, e.end() if e else back, m.start()) is None:
            return None
    k = _GAP_END.search(text, q, min(ue, q + _READ))
    return (k.start() if k is not None else -1), sp


# A passive auxiliary or an infinitive "to" right before a label verb.
_PASSIVE_OR_TO = re.compile(r"\b(?:is|are|was|were|be|been|being|am|get|got|gets)\s+(?:\w+ly\s+)?$|\sto\s+$")

# A relative pronoun set off by a comma right before the cue (", which calls itself ...").
_COMMA_RELATIVE = re.compile(r",\s*(?:which|who)\s+$")

# Where an "as" label ends: "labeled it as spam and removed the post", ", saying ..." (not "as a
# force that she and her fellow candidates ...", "as the product of lengthy, combative talks").
_AS_LABEL_END = re.compile(
    r",\s(?=(?:and|but|while|whereas|which|who|as|although|though)\b|[a-z]+ing\b)|\s(?:and|but)\s(?=[a-z]+ed\b)"
    r"|\s(?:while|because|after|before|when)\s"
)


def _after_by_or_of(text: str, cue_start: int) -> bool:
    """Is the cue a gerund after "by", "of" or "and" ("by asking Ukraine to ...", "by portraying
    himself as ...", "contenders denying facts and calling Harvard ...")? Its agent is not the
    clause's subject that the speaker rules read."""
    return text.endswith((" by ", " of ", "and "), max(0, cue_start - 4), cue_start) and text.startswith(
        "ing", text.find(" ", cue_start) - 3)


def request_end(text: str, q: int, ue: int) -> int:
    """Where a request read from `q` ("asked the court to halt the sale") ends: at the next comma
    (", saying ...", "even as he asks Congress to act, Obama will ..."), else -1 (its clause's end)."""
    k = text.find(",", q, min(ue, q + _READ))
    return k if k > 0 else -1


def label_claim(text: str, q: int, ue: int, lemma: str, cue_start: int) -> int | None:
    """A characterizing verb's object and its label without quotation marks, from `q`: "(called)
    him a liar", "(described) the plan as reckless". Where the claim ends (-1: at its clause's
    end), or None when no label follows. In a relative clause set off by commas (", which calls
    itself the Islamic State, is ...") the claim ends at the next comma; an "as" label ends at a
    comma or a conjunction."""
    if _after_by_or_of(text, cue_start) or _PASSIVE_OR_TO.search(text, max(0, cue_start - 20), cue_start):
        return None  # "was described as", "sought to portray ...": whose label is not read here
    if lemma == "call":
        if (text.startswith(("itself", "themselves"), q) and text[cue_start - 2 : cue_start - 1].isalnum()
                and text[cue_start:q].rstrip().endswith("ing")):
            return None  # "a group calling itself the Alliance gathered ...": a name, not a claim
        end = call_predicate(text, q, ue)
    else:
        m = _AS_PREDICATE.match(text, q, min(ue, q + 120))
        if m is None:
            return None
        k = _AS_LABEL_END.search(text, m.end(), min(ue, m.end() + _READ))
        end = -1 if k is None else k.start()
    if end == -1 and _COMMA_RELATIVE.search(text, max(0, cue_start - 9), cue_start) is not None:
        k = text.find(",", q, min(ue, q + _READ))
        end = k if k > 0 else -1
    return end


# A share or a count opening a clause after a comma and a conjunction: ", while only 42 percent
# felt the same", ", whereas 46% favored Romney", ", but 61% of men don't".
_SHARE_CLAUSE = re.compile(
    r",\s+(?:(?:while|whereas|but|and)\s+(?:only\s+|just\s+|about\s+|nearly\s+|roughly\s+|some\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|percent\b)|(?:half|a\s+(?:third|quarter|majority)|most)\s+(?:of\s+)?)"
    r"|\d[\d.]*\s*(?:%|percent\b)(?:\s+of\s+[\w-]+)?\s+(?:say|said|says|think|believe|want)\b)"  # ", 34% say ..."
)


def share_clause(text: str, s: int, e: int) -> int:
    """`e`, or where a second share's clause starts in ``text[s:e]`` ("47 percent said they would
    back Obama, while 46 percent favored Romney": the first share's claim ends at the comma)."""
    k = text.find(", ", s, min(e, s + _READ))
    if k < 0:
        return e  # (most reported clauses: no comma, one search)
    m = _SHARE_CLAUSE.search(text, k, min(e, k + _READ))
    return e if m is None else m.start()
