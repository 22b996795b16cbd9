"""Word patterns of the speaker-phrase rules added for real news (issue 14): loose subjects,
antecedents of a speaking "who", progressives, nouns that look like cues, documents and "quoted
as saying" frames, verbs that invert, opening adverbial phrases.

Kept apart from :mod:`framing.features.quotes._speaker_phrase` (which imports them) to keep
that module short; every pattern is anchored or searched in a bounded window.
"""

from __future__ import annotations

import re

from framing.features.quotes._marks import CLOSERS
from framing.features.quotes._words import DAYS, DOC_NOUNS, TOPIC_CUES, letter_first, low_key

# Punctuation that ends a sentence or clause inside a long "According to" source.
_SENTENCE_STOP = re.compile(r"[.;:!?\"\u201c\u201d]\s|[;:!?\"\u201c\u201d\u2014\u2013]")

# A sentence adverb or conjunction before a clause's subject, without a comma ("Then he ...").
_LEAD_ADVERB = re.compile(  # (one or two: "And then Trump went on the attack, saying ...")
    r"\s*(?:(?:[Tt]hen|[Ll]ater|[Ss]till|[Aa]lso|[Ee]ven|[Mm]eanwhile|[Nn]ow|[Ii]nstead|So|And|But|Yet|[Aa]gain)\s+){1,2}")

# "that" right before reported content (the loose subject is read only then).
_THAT_BEFORE = re.compile(r"\bthat\s*$")

# What a loose subject may not hold: quotation marks, brackets, another verb of speech.
# (["“”«»()\[\]]|''|\b(?:said|...|there)\b, its branches opening with a literal: see letter_first)
_LOOSE_BREAK = re.compile(
    "|".join(map(re.escape, "\"\u201c\u201d\u00ab\u00bb()[]")) + "|''|"
    + letter_first("said says say told tells asked according It it There there".split(), r"\b")
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

# A progressive auxiliary right before a cue in -ing ("is criticizing", "has been saying").
_PROGRESSIVE = re.compile(r"\s(?:is|are|was|were|am|(?:has|have|had)\s+been|been)\s+(?:\w+ly\s+)?$")

# The word right before a cue form that may be a noun: a determiner, a possessive ("Trump's claim
# that", "These comments", "the phone call"; not "that", a relative pronoun: "a poll that shows").
_NOUN_DETERMINERS = frozenset(
    "the a an this these those his her their its our my your whose phone conference roll wake-up".split()
)
# A passive auxiliary ("was asked", "has been said"), a subordinator before a participle ("When
# asked about ..."), a modal after a generic "you" ("you could argue").
_BE_WORDS = frozenset("is are was were been being be get got".split())
_SUBORDINATOR_WORDS = frozenset("when if once after before unless until while as".split())
_MODAL_WORDS = frozenset("could might can may would".split())


# A question word after "asked".
_QUESTION_NEXT = re.compile(r"\s+(?:if|whether|what|why|how|who|whom|which|where|about)\b")


def no_speaker_before(text: str, lo: int, start: int, form: str) -> bool:
    """Do the words in ``text[lo:start]`` before a cue form show that no one
    speaks through it: a noun after a determiner or a possessive (not a form
    in -ed or -ing), a passive after "was"/"been", also with an adverb in
    between ("are usually claimed by"; not -ing), a participle
    after "when"/"if", or a generic "you could (well) argue"? Set look-ups on
    the last three words (once per cue: thousands per document)."""
    words = text[lo:start].split()
    if not words:
        return False
    key = words[-1].lower()
    if not form.endswith(("ed", "ing")) and (key in _NOUN_DETERMINERS or key.endswith(("'s", "’s"))):
        return True
    if key in _BE_WORDS or (key.endswith("ly") and len(words) > 1 and words[-2].lower() in _BE_WORDS):
        return not form.endswith("ing")  # "was said", "are usually claimed by", "is widely believed"
    if key in _SUBORDINATOR_WORDS:
        return form.endswith("ed")
    if form == "asked" and key.endswith(",") and _QUESTION_NEXT.match(text, start + 5) is not None:
        return True  # "Trump, asked whether he would run, said ...": a participle; someone asked him
    n = len(words)
    if key in _MODAL_WORDS:
        return n >= 2 and words[-2].lower() == "you"
    # "you could well argue", not "... little you can do,” said X" (a quotation's last words before an inverted cue)
    return n >= 3 and key.isalpha() and words[-2].lower() in _MODAL_WORDS and words[-3].lower() == "you"


# Auxiliaries and adverbs between a bare subject and its cue ("was", "have been", "has repeatedly"), and
# a verb taking the cue's infinitive ("went on to say", "has tried to argue", "seemed to suggest").
_AUX_TAIL = re.compile(
    r"(?:\s+(?:is|are|was|were|has|have|had|been|be|will|would|could|can|should|must|may|might|also|still|now|again|repeatedly"
    r"|previously|already|long|publicly|privately|reportedly|always|even|consistently|never"
    r"|(?:went|goes|go|going)\s+(?:on|so\s+far\s+as|further)\s+to"
    r"|(?:continued|continues|began|begins|started|starts|tried|tries|seemed|seems|appeared|appears|decided|declined"
    r"|refused|used|wanted|wants|want|planned|plans|plan|hoped|hopes|hope|needed|needs|need)\s+to"
    r"|(?!(?:family|assembly|ally|rally|supply|monopoly|anomaly|bully)\b)[a-z]{3,}ly))+$"  # "will actively seek"
)

# The clause edges a bare subject starts after (see SpeakerPhrase._bare_subject): the last one wins.
_BARE_EDGES = ".;:!?\n\u2014\u2013"


# Up to and including the last clause edge: one match instead of a str.rfind for each edge.
_LAST_BARE_EDGE = re.compile("(?s:.*)[" + re.escape(_BARE_EDGES) + "]")

# What a bare subject may not hold: punctuation of another clause, a relative pronoun or a conjunction.
_BARE_BREAK = re.compile(
    "[,;:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014\u2013]|\\b(?:who|which|that|whom|whose|when|while|if|because|and|but|or"
    "|as|after|before|since|although|though|where|It|it|There|there|This|this|I|We|we|you|You|He|She|They"
    "|he|she|they|show|shows|showed|find|finds|found|told|Did|Do|Does)\\b"
)

# Lower-case words that may open a bare subject ("those surveyed", "more than half", "only 24 percent").
_BARE_OPENERS = frozenset(
    "those these both all most many some few several half more less nearly almost about only just roughly "
    "over under among majorities".split()
)

# A closing quotation mark after a comma (or ? !), then a capital: where the words after a
# quotation start ("“...,” Anne Richards, ..., said").
QUOTE_THEN_NAME = re.compile(r"[,?!][\u201d\"\u2019']\s+(?=[A-Z])")


# Verbs of speech that put their speaker after them, right after a quotation ("“...,” said the
# caretaker", "asked one of the men"); "demanded an apology" is an object, not a speaker.
INVERTING = frozenset(
    "say ask add write explain recall reply answer insist continue warn argue observe remark tweet joke quip".split()
)


# The words _LEAD_ADVERB reads ("Then", "But", "Even"), for a set look-up first.
LEAD_WORDS = frozenset("Then Later Still Also Even Meanwhile Now Instead So And But Yet Again".split())


def is_share(words: str) -> bool:
    """Do `words` open with a share or a count ("24 percent", "half", "three-quarters", "most of"),
    a number or a share word among their first four ("over an extended period ..." is none)?"""
    first = words.split(None, 1)[0] if words.strip() else ""
    return (first[:1].isdigit() or first.lower() in _SHARES or FRACTION.match(first) is not None) and _SHARE_WORD.search(
        words, 0, 40) is not None


# A number or a share word ("24", "percent", "half", "majority", "most", "three-quarters").
_SHARE_WORD = re.compile(
    r"\d|\b(?:percent|half|third|thirds|quarter|quarters|majorit\w*|most|dozens?|hundreds|thousands|millions"
    r"|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE
)


# Words of _BARE_OPENERS that open a share or a count ("half", "most", "three-quarters"), not
# "those" or "these" ("In two tests, those missiles showed ...").
_SHARES = _BARE_OPENERS - frozenset("those these both all some many few several".split())


def share_after_comma(text: str, i: int, j: int) -> int:
    """Where a share or a count after the last comma of ``text[i:j]`` starts ("..., while only
    about a quarter (said)", "..., and 40% (say)"), or -1: the second half of a poll's split."""
    k = text.rfind(", ", i, j)
    if k < 0:
        return -1
    k += 2
    head = text[k : k + 9].split(None, 1)
    if head and head[0] in ("while", "and", "but", "whereas"):
        k = text.find(" ", k) + 1
    tail = text[k:j]
    n = len(tail.split())
    return k if is_share(tail) and (1 < n <= 8 or "%" in tail) else -1  # not a year: "August 6, 2017 shows"


# "issued a statement", "released a report", "put out a memo" right before a
# cue in -ing ("... saying", "... arguing"): the subject of the clause speaks.
_RELEASED = (  # (\b(?:releas(?:e|es|ed|ing)|...): see letter_first)
    "(?:" + letter_first([
        "releas(?:e|es|ed|ing)", "issu(?:e|es|ed|ing)", r"put(?:s|ting)?\s+out", "post(?:s|ed|ing)",
        "publish(?:es|ed|ing)", r"sen(?:t|ds|ding)(?:\s+out)?", "read", "distribut(?:ed|ing)", "circulat(?:ed|ing)",
        "tweet(?:s|ed|ing)", "fil(?:ed|ing)", "wr(?:ote|ites|iting|itten)", "sign(?:s|ed|ing)", "provid(?:es|ed|ing)",
        "deliver(?:s|ed|ing)",
    ]) + ")"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:" + "|".join(sorted(DOC_NOUNS)) + r")\s+"
    # a time between the document and the cue ("a statement at the time saying", "a memo on Monday saying")
    r"(?:(?:at\s+the\s+time|(?:on|last|this|late|early)\s+\w+|earlier|later|\w+day)\s+)?"
)


_RELEASED_DOC = re.compile(_RELEASED + "$")


_RELEASED_DOC_THAT = re.compile(_RELEASED + r"that\s+$")  # "released a statement that said"


# A document named right before a participle ("media reports stating that ...", "a letter warning
# that ..."): the document is the source when no one is said to have released it (or to be "quoted
# in" it).
DOC_BEFORE_ING = re.compile(
    r"(?<![\w’'-])(?<!\bquoted in )(?<!\bon\s)((?:(?:a|an|the|new|recent|several|some|many|other|multiple|two|three|earlier|later|local|national|"
    r"international|foreign|state|federal|official|unconfirmed|published|media|news|press|court|of|\d+"
    r"|(?!(?:In|On|At|For|With|From|By|As|After|Before|Under|Over|Through)\s)[A-Z][\w’'.-]*"
    r"|[a-z]+[’']s)\s+){0,5}(?:"
    + "|".join(sorted(DOC_NOUNS)) + r"))\s+$"
)


# "quoted the minister as saying", "the minister was quoted as saying": who is quoted speaks.
QUOTED_AS = re.compile(r"(?:\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+|also\s+)?)?\bquoted\s+(?:(\S.{0,80}?)\s+)?as\s+$")


# First words of an opening phrase before a clause's subject ("Hours before the vote, Trump ...").
_TIME_NOUNS = frozenset("seconds minutes hours days weeks months years decades moments".split())


_OPENING_WORDS = _TIME_NOUNS | frozenset(
    "along after before during despite amid amidst in on at with without since following ahead unlike like inside alongside "
    "as while when although though if because upon within throughout across beyond until "
    "last next late early earlier later back".split()
)


def opens_adverbial(text: str, i: int) -> bool:
    """May the clause starting at `i` open with a phrase before its subject? Its
    first word is a preposition, a conjunction or a span of time, or a gerund
    before a lower-case word ("Brushing aside the tweets, ...", not "Acting
    Chief of Staff Mick Mulvaney"), or its second word is an adverb before a
    comma ("Most dramatically, ...") or a span of time ("Seven days after
    announcing her candidacy, Harris ...")."""
    words = text[i : i + 40].split(None, 2)
    key = low_key(words[0]) if words else ""
    if key in _OPENING_WORDS or (len(words) > 1 and (words[1].endswith("ly,") or low_key(words[1]) in _TIME_NOUNS)):
        return True
    return len(key) > 5 and key.endswith("ing") and key.isalpha() and len(words) > 1 and (
        words[1][:1].islower() or low_key(words[1]) in DAYS  # "Speaking Sunday on ABC, Carson ..."
    )


# The word after a gerund opening a participial phrase ("Continuing to explain", "Rattling off",
# "Citing the report", "Saying he was tired"), not an adjective before its noun ("Striking workers")
_GERUND_NEXT = frozenset(
    "to off on in at about with from for up out back through over after before during into "
    "the a an his her their its our my this that these those he she they it we".split()
)


def gerund_opens(text: str, lo: int, start: int) -> bool:
    """Does the clause at `lo` open with a participial phrase (a capitalised gerund and a
    preposition, a determiner, a pronoun or a day: "Continuing to explain his view, Cole
    ...", "Saying he was tired, Cole ...") whose gerund, or one of the two words after it, is
    the cue at `start`?

    >>> t = "Continuing to explain his view, Cole rejected it."
    >>> gerund_opens(t, 0, t.index("explain"))
    True
    >>> t = "Speaking Sunday on a news show, Cole admitted it."
    >>> gerund_opens(t, 0, t.index("show"))
    False
    >>> t = "Striking workers said the talks had failed."
    >>> gerund_opens(t, 0, t.index("said"))
    False
    """
    if start - lo > 40 or not text[lo : lo + 1].isupper():
        return False
    words = text[lo : lo + 40].split(None, 3)
    return (
        len(words) > 2 and len(words[0]) > 5 and words[0].endswith("ing") and words[0].isalpha()
        and (words[1] in _GERUND_NEXT or low_key(words[1]) in DAYS)
        # the cue is the gerund or one of the two words after it
        and len(text[lo:start].split()) <= 2
    )


# A fraction in words opening a bare subject ("Three-quarters of the voters", "two-thirds of").
FRACTION = re.compile(r"(?i:one|two|three|four|five|six|seven|eight|nine)-(?:halves|thirds?|quarters?|fifths?|tenths?)\b")


# Between a speaker named before and a later cue that is still theirs (a participle, a "who said"):
# an adverbial ("at the time, adding"), no quotation mark, no clause of its own ("and", "but", "when",
# a sentence's end)
_GAP_ADVERBIAL = re.compile(r"\s+(?:at|in|on|during|after|before|from|to|last|this|earlier|later)\b")
GAP_BREAK = re.compile(r"\s(?:and|but|or|while|when|as)\s|[.!?;:]\s+[A-Z]")
MARKS_IN_GAP = re.compile("[\"\u201c\u201d\u00ab\u00bb]")


def inverted_just_before(text: str, cue_start: int, lemma: str, sp_end: int, start: int) -> bool:
    """Does an inverted attribution (a cue, `lemma`, at `cue_start` right after a quotation's
    ",”", "?”" or "!”", or a verb of saying right after a comma; its speaker ends at `sp_end`) come right before
    a participle at `start` ("“...,” said Tom Reed at the time, adding that ...": Reed adds)?
    A comma before the participle, at most 120 characters between, no quotation mark and no
    clause of their own.

    >>> t = "“No,” said Tom Reed at the time, adding that it was late."
    >>> inverted_just_before(t, t.index("said"), "say", t.index(" at"), t.index("adding"))
    True
    >>> t = "“No,” said Tom Reed, and his rivals answered, adding that it was late."
    >>> inverted_just_before(t, t.index("said"), "say", t.index(","), t.index("adding"))
    False
    >>> t = "According to the paper, on Monday she spoke at a rally, adding that it was late."
    >>> inverted_just_before(t, 0, "according to", t.index(","), t.index("adding"))
    False
    """
    k = cue_start
    while k > 0 and k > cue_start - 4 and text[k - 1].isspace():
        k -= 1
    if k < 2 or lemma == "according to" or not (
        (text[k - 1] == "," and lemma in INVERTING) or (text[k - 1] in CLOSERS and text[k - 2] in ",?!")
    ):
        return False  # "According to X, ...", "..., called for Trump to ...", "Sanders’ comments Tuesday"
    gap = text[sp_end:start]
    return (
        sp_end <= start and len(gap) < 120 and gap.rstrip().endswith(",")
        and (gap.lstrip()[:1] in ",(" or _GAP_ADVERBIAL.match(gap) is not None)
        and MARKS_IN_GAP.search(gap) is None and GAP_BREAK.search(gap) is None
    )


def doc_participle(text: str, lo: int, start: int, form: str) -> bool:
    """Is a two-word cue in -ing (`form`, at `start`; the unit starts at `lo`) a participle right
    after a document ("issued a statement calling on the council ...": the issuer calls)?

    >>> t = "She issued a statement calling on the council to act."
    >>> doc_participle(t, 0, t.index("calling"), "calling on")
    True
    >>> t = "Russia reacted angrily, calling for a meeting."
    >>> doc_participle(t, 0, t.index("calling"), "calling for")
    False
    """
    if " " not in form or not form.split(" ", 1)[0].endswith("ing"):
        return False
    words = text[max(lo, start - 16) : start].split()
    return bool(words) and low_key(words[-1]) in DOC_NOUNS


# A comma and one adverb before a participle: ", simply saying, “...”", ", later telling aides ...".
_TIME_ADVERBS = frozenset("later then again also even still".split())
# ... not an adverb of result or of the writer's guess: ", effectively denying them the right",
# ", seemingly suggesting that ..." (what the act amounts to, not what was said)
_RESULT_ADVERBS = frozenset(
    "effectively essentially apparently seemingly potentially possibly probably presumably thereby ultimately"
    " eventually inadvertently implicitly indirectly automatically".split())
_COMMA_ADVERB = re.compile(r",\s+(?:[a-z]{2,}ly|" + "|".join(_TIME_ADVERBS) + r")\s+$")


def comma_adverb(text: str, lo: int, start: int, prev_word: str) -> bool:
    """Is the participle cue at `start` set off by a comma and one adverb `prev_word` (", simply
    saying, “...”", ", later telling aides ...")? Then, as after a bare comma, its subject is the
    main clause's.

    >>> t = "The mayor left early, simply saying, “My time is up.”"
    >>> comma_adverb(t, 0, t.index("saying"), "simply")
    True
    >>> t = "The mayor left early, saying, “My time is up.”"
    >>> comma_adverb(t, 0, t.index("saying"), "")
    False
    >>> t = "The rules treat them as utilities, effectively denying them a premium."
    >>> comma_adverb(t, 0, t.index("denying"), "effectively")
    False
    """
    return (prev_word[-2:] == "ly" and prev_word not in _RESULT_ADVERBS or prev_word in _TIME_ADVERBS) and _COMMA_ADVERB.search(
        text, max(lo, start - 24), start) is not None
