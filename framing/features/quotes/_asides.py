"""Speaker phrases that the noun-phrase rules do not read before their cue (issue 14, real news).

The subject opens its clause, an aside follows it, and the cue comes right
after the aside: brackets ("Kowalski (who has 12 votes so far) said"), a
pair of dashes ("Jim Sharp — a farmer from Ames — says"), or commas around
one appositive, relative or participial phrase that holds a clause or a
title in quotation marks ("Ann Pike, clad in a coat with buttons that
spelled Vote, said"; "Garner, the author of “Quiet Rooms,” a study of rural
libraries, said"). Also a pronoun or a poll's respondents after an opening
phrase ("at the town hall this week she said", "Again, those surveyed
said"), and a subject with a restrictive modifier ("Voters in six states
going to the polls said"). The noun-phrase readers of
:mod:`framing.features.quotes._rules` stop at such words; these functions
look back a bounded number of characters only (:data:`MAX_ASIDE`).
The content rules that read the same asides are in
:mod:`framing.features.quotes._aside_claims`.
"""

from __future__ import annotations

import re

from framing.features.quotes._rules import back_np, fwd_np
from framing.features.quotes._speaker_words import _LEAD_ADVERB, LEAD_WORDS, opens_adverbial
from framing.features.quotes._speakers import speaker_type
from framing.features.quotes._tokens import FACTS, OPENING_ADVERBIALS
from framing.features.quotes._words import DAYS, is_abbreviation, letter_first

#: Characters an aside may span between its subject and the cue, at most.
MAX_ASIDE = 240

# What an aside in brackets or dashes may not hold: the end of a sentence, another clause's colon.
_ASIDE_STOP = re.compile(r"[\n;:!?]|\.\s+[A-Z][a-z]")

# A sentence end and a closing quotation mark glued to the next word (text that lost a space).
_GLUED_END = re.compile("(?<=[a-z]{2})[.!?][\"\u201d\u2019]?(?=[A-Z][a-z])")

# A closing bracket or a dash shortly before a cue: where bracketed_subject looks further.
_DELIM_NEAR = re.compile("[)\u2014\u2013]|\\s-")

# "by" right after a cue: a passive participle ("announced by the department"), no speech.
_BY_AFTER = re.compile(r"\s+by\s")

# Words before a closing delimiter that the cue may follow ("(R-Iowa) on Wednesday said"):
# read back over at most this many.
_MAX_SKIPPED = 4

# The opening words of one comma aside that may hold a clause: a relative pronoun, a participle
# ("clad in", "dressed as", "known for", "interviewed at"), a determiner or a quantity before an
# appositive noun ("a veteran who", "one of the few who"), an age before it ("49, a veteran").
_ASIDE_OPENING = re.compile(
    r"\s*(?:\d{1,3},\s+)?(?:who|whom|whose|which"
    r"|(?:a|an|the|one|his|her|its|their|another)\s"
    r"|(?:clad|dressed|known|born|raised|interviewed|surveyed|polled|seen|led|run|elected|named|based|[a-z]{3,}ed)\s"
    r"(?:in|as|for|at|by|on|from|to|with|during|after|since|under|into)\s)"
)

# A quotation inside a comma aside: a title ("the co-author of “Going Viral,”") up to 60 characters.
_QUOTED = re.compile("[\"\u201c\u201d]|''")
_TITLE_IN_ASIDE = re.compile(
    r"(?:\bof|\bon|\bin|\bfor|\babout|\bcalled|\bentitled|\btitled|[’']s)\s+(?:\"|\u201c|'')"
    r"[^\"\u201c\u201d\n]{1,60}?(?:\"|\u201d|'')"
)

# Speaker types a noun phrase before a comma aside may have besides a person's name, before a
# verb of speech.
_NOUN_SPEAKERS = frozenset(("role", "institution", "anonymous"))

# An appositive opened by a determiner, and the finite verbs that show it is a clause instead
# (outside a relative clause in it).
_DET_OPENING = re.compile(r"\s*(?:\d{1,3},\s+)?(?:a|an|the|his|her|its|their)\s", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b")

# A comma and a closing quotation mark (the comma closing an aside is inside the title it ends with).
_COMMA_IN_QUOTE = frozenset((',"', ",\u201d"))

# A comma inside a quotation or a number, or a U.S. state's abbreviation, splits no aside.
_INNER_COMMA = re.compile(r"\d,\d|,\s*(?:D\.C\.|Jr\.|Sr\.)")

def closing_delimiter(text: str, lo: int, i: int) -> int:
    """The end of the words before a cue at `i`, read back over at most a few
    words that may stand between a subject and its cue ("on Wednesday",
    "also"): where a closing bracket or dash would end an aside."""
    j = i
    for _ in range(_MAX_SKIPPED + 1):
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j <= lo or not text[j - 1].isalpha():
            return j
        k = j - 1
        while k > lo and not text[k - 1].isspace():
            k -= 1
        f = FACTS[text[k:j]]
        if f.bound or not f.skip:
            return j
        j = k
    return j


def aside_open(text: str, lo: int, j: int) -> int:
    """Where the aside in brackets or dashes that closes at ``text[j - 1]``
    opens (the index of its opening bracket or dash), or -1: at most
    :data:`MAX_ASIDE` characters back, with no sentence end in between."""
    if j - lo < 4:
        return -1
    ch = text[j - 1]
    w = max(lo, j - MAX_ASIDE)
    if ch == ")":
        k = text.rfind("(", w, j - 1)
        if k <= lo or text.find(")", k, j - 1) >= 0:
            return -1
    elif ch in "\u2014\u2013" or (ch == "-" and text[j - 2 : j - 1] in (" ", "-")):
        mark = "--" if text[j - 2 : j] == "--" else ch
        k = text.rfind(mark, w, j - len(mark))
        if k <= lo or (mark == "-" and text[k - 1 : k] != " "):
            return -1
    else:
        return -1
    if _ASIDE_STOP.search(text, k, j) is not None:
        return -1
    return k


def bracketed_subject(text: str, lo: int, i: int, *, open_head: bool) -> tuple[int, int, int] | None:
    """The subject before an aside in brackets or dashes that ends right
    before a cue at `i` ("Kowalski (who has 12 votes so far) said"): the noun
    phrase that ends at the opening bracket or dash, as :func:`back_np` reads
    it (``(start, end, first)``), else None."""
    w = max(lo, i - 48)
    if (text.find(")", w, i) < 0 and text.find("\u2014", w, i) < 0 and text.find("\u2013", w, i) < 0
            and (text.find("-", w, i) < 0 or _DELIM_NEAR.search(text, w, i) is None)):
        return None  # (most cues: no bracket or dash in reach; str.find first, the regex only for a hyphen)
    j = closing_delimiter(text, lo, i)
    k = aside_open(text, lo, j)
    if k < 0 or _BY_AFTER.match(text, text.find(" ", i, i + 40)) is not None:
        return None  # (not "the GDP contraction — the first since 2009 — announced by the department drew")
    found = back_np(text, k, lo, open_head=open_head)
    if found is not None and _GLUED_END.search(text, found[0], found[1]) is not None:
        return None  # "an American.”Aides to several senators": a sentence end glued to the next word
    return found


def comma_aside(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]``, between the comma after a subject (at `a`) and the
    comma before its cue (at `b`), one appositive, relative or participial
    phrase, possibly after an age: it opens as one (``_ASIDE_OPENING``),
    holds no other comma (except in a number, in a title in quotation marks
    or before "D.C."), no finite verb after a comma and no quotation but a
    title?"""
    if b - a > MAX_ASIDE or _ASIDE_OPENING.match(text, a + 1, b) is None:
        return False
    aside = text[a + 1 : b]
    if _QUOTED.search(aside) is not None:
        aside = _TITLE_IN_ASIDE.sub(" of TITLE", aside)
        if _QUOTED.search(aside) is not None:
            return False
    if _DET_OPENING.match(aside) is not None and _CLAUSE_VERB.search(aside.split(" who", 1)[0].split(" which", 1)[0]):
        return False  # "Historically, the posts are held by staffers, said X": a clause, not an appositive
    aside = _INNER_COMMA.sub(" ", aside)
    head = aside.lstrip()
    if head[:1].isdigit():
        aside = head[head.find(",") + 1 :]  # "49, a Navy veteran who ..."
    if "," in aside or _ASIDE_STOP.search(aside) is not None:
        return False
    return True


def aside_subject(text: str, lo: int, limit: int, end: int, *, open_head: bool) -> tuple[int, int] | None:
    """The person's name opening a clause (after an opening phrase and its
    comma, or "Even", "Then"...) when one comma aside (:func:`comma_aside`)
    runs from it to the comma at `limit`, right before a cue (`end`: after
    the comma, or after the quotation mark that closes a title with it: "Lena
    Ortiz, a host of “Morning Table,” said"): "Lance Harper, 52, a retired
    nurse who now works at the library, said". Before a verb of speech
    (`open_head`) a role, an institution or an anonymous source too ("The
    clerk of four years, a Democrat who spoke on condition of anonymity,
    said")."""
    i = lo
    while i < limit and text[i].isspace():
        i += 1
    m = _LEAD_ADVERB.match(text, i, limit)
    if m is not None:
        i = m.end()  # "Even Rendell, a loyal party member, said"
    elif opens_adverbial(text, i):
        k = text.find(",", i, min(limit, i + 60))
        if k < 0:
            return None
        i = k + 1
        while i < limit and text[i].isspace():
            i += 1
    if limit - i > MAX_ASIDE + 80:
        return None
    sp = fwd_np(text, i, limit, open_head=open_head)
    if sp is None or sp[0] != i or text[sp[1] : sp[1] + 1] != ",":
        return None
    kind = speaker_type(text[sp[0] : sp[1]])
    if limit <= sp[1] or not (kind == "person" or (open_head and kind in _NOUN_SPEAKERS)):
        return None
    if text[sp[1] - 2 : sp[1]] == "ly" and " " not in text[sp[0] : sp[1]]:
        return None  # "Historically, ...": an adverb
    if not comma_aside(text, sp[1], limit if end == limit + 1 else end):
        return None  # (not "X, the chairman, issued the subpoena after Y, a lawyer, testified")
    return sp


# Subject pronouns: no other reading before a cue ("at the town hall this week she said").
_SUBJECT_PRONOUNS = frozenset("he she they we I".split())

# A poll's respondents before a cue, after any opening phrase ("Again, those surveyed said",
# "By 58%-33%, those polled say").
_RESPONDENTS = re.compile(
    r"(?<![\w-])(?<!\bof )((?:(?:[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Ff]ew|[Nn]early all)\s+)?(?:[Tt]hose|[Pp]eople|[Vv]oters|[Rr]espondents|[Aa]dults|[Rr]esidents|[Mm]embers)\s+"
    r"(?:surveyed|polled|asked|interviewed|questioned|sampled))\s+$"
)

# Words that open a clause of their own before the pronoun.
_WH_WORDS = frozenset("what how why where which who whom whose that whether than whatever".split())

# First words of a phrase of time or place that may open a clause without a comma.
_OPENING_FIRST = OPENING_ADVERBIALS | DAYS | frozenset("next yesterday today".split())


def _prev_word_is_lead(text: str, lo: int, i: int) -> bool:
    """Is the word before `i` a sentence adverb or conjunction ("Still those polled say")?"""
    w = text[max(lo, i - 12) : i].split()
    return bool(w) and w[-1] in LEAD_WORDS


def opening_pronoun(text: str, lo: int, i: int) -> tuple[int, int, int] | None:
    """A subject pronoun right before a cue at `i` after a short opening phrase
    of time or place that no comma closes ("Although in May she said", ",
    at the town hall this week she said"): the phrase, at most six words
    after a clause edge (a comma, a conjunction, the unit's start), opens
    with a preposition or a time word. ``(start, end, start)`` of the
    pronoun, else None."""
    e = i
    while e > lo and text[e - 1].isspace():
        e -= 1
    last = text[max(lo, e - 4) : e].split()
    if not last or last[-1] not in _SUBJECT_PRONOUNS:
        return None  # (most cues: no pronoun right before)
    w0 = max(lo, i - 80)
    words = text[w0:i].split()
    if len(words) < 3 or words[-1] not in _SUBJECT_PRONOUNS:
        return None
    k = len(words) - 2
    while k >= 0 and len(words) - 2 - k < 7:
        t = words[k]
        if t[-1] in ",;:" or FACTS[t].edge:
            break
        k -= 1
    if len(words) - 2 - k >= 7 or (k < 0 and w0 > lo):
        return None  # too long, or no clause edge in reach
    phrase = words[k + 1 : -1]
    if not phrase or phrase[0].lower() not in _OPENING_FIRST or any(
        not w[-1].isalnum() or w.lower() in _WH_WORDS for w in phrase
    ):
        return None  # (not "in the territory of what he called", "based on how he portrayed himself")
    e = i
    while e > lo and text[e - 1].isspace():
        e -= 1
    s = e - len(words[-1])
    return (s, e, s)


# Words right before a cue that show a long phrase is not its subject: a pronoun (the subject),
# a relative pronoun ("anyone who said": the cue is the relative's), "to" (an infinitive), a
# preposition ("in exchange for promises to": a noun).
_NOT_LAST = frozenset("I he she we they it you He She We They It You who that which to for of in on with by about from".split())

# Lower-case words that may open such a subject.
_QUANTIFIERS = frozenset("those many most some several few all both numerous".split())

# Where a clause starts, for a subject read forward to its cue: after the last sentence end,
# semicolon, colon, dash or quotation mark before it.
_CLAUSE_EDGE = re.compile("(?s:.*)(?:[.!?;:]\\s|[\n\u2014\u2013\"\u201c\u201d])")

# Where the words after the head noun phrase of a long subject start: a restrictive relative
# clause ("who watched the debate", "and who asked not to be named", "that runs the office") or a
# participle with its complement ("going to the polls on Tuesday", "interviewed at rallies").
_MODIFIER = re.compile(
    r"\s(?:who|that|(?:[a-z]{2,}ing|interviewed|surveyed|polled|questioned|based|gathered)"
    r"\s+(?:to|at|in|on|by|for|from|about))\s"
)

# What the words from such a subject to its cue may not hold: punctuation, another cue, a
# coordinated clause.
# ([,()\[\]"“”—–]|\s-|\b(?:said|...|it)\b|\band\s(?!who\b|that\b), its branches opening with a literal: see
# letter_first; "-(?<=\s-)" matches one character later than "\s-": only for a search for any match in a
# whole string, as here)
_MODIFIER_BREAK = re.compile(
    "|".join(map(re.escape, ",()[]\"\u201c\u201d\u2014\u2013")) + r"|-(?<=\s-)|"
    + letter_first("said says say told tells according but or because while if when It it".split(), r"\b")
    + "|" + letter_first(["and"], r"\s(?!who\b|that\b)")
)

# A finite verb: the head and a participle's modifier hold none.
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|[a-z]{3,}ed)\b")

# The verb right after a relative "that" ("the staff that runs the office", "the truck that
# drove"), after at most one adverb; a form in -s only before its object or a preposition ("that
# hours before ..." opens a clause).
_RELATIVE_THAT_VERB = re.compile(
    r"(?:[a-z]+ly\s+)?(?:(?:[a-z]+ed|is|was|were|are|has|had|have|will|would|can|could|went|ran|made|took|gave"
    r"|won|lost|led|wrote|sent|spoke|met|held|began|came|brought|paid|put|set|kept)\b"
    r"|[a-z]+s\s+(?:the|a|an|his|her|its|their|this|that|these|those|to|in|on|at|for|with|up|out|against)\b)"
)

# Words that show a head is no noun phrase ("Not to mention", "took a question from").
_HEAD_VERBAL = re.compile(r"\b(?:to|not|took|got|made|gave|n[’']t)\b")

# Words a head noun phrase may not end with.
_HEAD_LAST = frozenset("of in on at to for from by with the a an and his her their its".split())


def modified_subject(text: str, lo: int, i: int) -> tuple[int, int, int] | None:
    """A noun phrase opening its clause and followed by a restrictive modifier
    up to a cue at `i` ("Large majorities of voters in six states going to
    the polls on Tuesday said", "Three members of the staff that runs the
    office told", "Another farmer who sells here and who asked not to be
    named said"): the head phrase before the modifier, as ``(start, end,
    start)``; at most 25 words in all, without punctuation, another cue or a
    coordinated clause; the head opens with a capital, a digit or a
    quantifier and holds no verb."""
    w = max(lo, i - 200)
    if (text.find(" who ", w, i) < 0 and text.find(" that ", w, i) < 0 and text.find("ing ", w, i) < 0
            and text.find("ed ", w, i) < 0) or _MODIFIER.search(text, w, i) is None:
        return None  # (most cues: no relative or participle in reach; str.find first, the regex after)
    m = _CLAUSE_EDGE.match(text, w, i)
    s0 = m.end() if m is not None else w
    if m is None and w > lo:
        return None
    if m is not None and text[s0 - 2 : s0 - 1] == "." and is_abbreviation(text[text.rfind(" ", w, s0 - 2) + 1 : s0 - 1]):
        return None  # "So involved is Mr. Hannity that ...": not a sentence end
    while s0 < i and text[s0].isspace():
        s0 += 1
    if opens_adverbial(text, s0):
        k = text.find(",", s0, i)
        if k < 0:
            return None
        s0 = k + 1
        while s0 < i and text[s0].isspace():
            s0 += 1
    if (lead := _LEAD_ADVERB.match(text, s0, i)) is not None:
        s0 = lead.end()  # "Even Republicans who have praised him warned"
    phrase = text[s0:i]
    words = phrase.split()
    if len(words) > 25 or _MODIFIER_BREAK.search(phrase) is not None or not words or words[-1] in _NOT_LAST or (
        (words[-1][:1].isupper() and words[-1].lower() not in DAYS) or text.startswith("ing", text.find(" ", i, i + 30) - 3)
    ):
        # (not "what they say is": "they" says; "this debate Clinton said": the name; "by jokingly saying")
        return None
    mm = _MODIFIER.search(text, s0, i)
    if mm is None or (mm.group().split()[0] == "that" and _RELATIVE_THAT_VERB.match(text, mm.end()) is None):
        return None  # (not "Felix Diaz remembers that just hours before ...": "that" opens a clause)
    head = text[s0 : mm.start()].split()
    if not head or len(head) > 10 or head[-1].lower() in _HEAD_LAST or _FINITE_VERB.search(text, s0, mm.start()) or (
        _HEAD_VERBAL.search(text, s0, mm.start())
    ):
        return None  # (not "Not to mention that Kasich ...")
    if not (head[0][:1].isupper() or head[0][:1].isdigit() or head[0].lower() in _QUANTIFIERS):
        return None
    if len(text[mm.end() : i].split()) < 2 or (
        mm.group().split()[0] not in ("who", "that") and _FINITE_VERB.search(text, mm.start(), i)
    ):
        return None  # "A woman who said ..." (the cue is the relative's); "Voters going to vote had said"
    return (s0, mm.start(), s0)


def aside_speaker(text: str, lo: int, i: int, *, open_head: bool) -> tuple[int, int, int] | None:
    """The speaker phrase before a cue at `i` that an aside separates from it,
    as ``(start, end, first)`` (see :func:`back_np`): the subject before
    brackets or dashes, a pronoun after an opening phrase, a poll's
    respondents ("those surveyed") after one, the antecedent of "who" right after a bracket or a
    dash, or a person's name before one comma aside; None when no aside ends
    right before the cue and no such "who" opens one."""
    found = bracketed_subject(text, lo, i, open_head=open_head) or opening_pronoun(text, lo, i)
    if found is None and text.find("ed", max(lo, i - 6), i) >= 0 and (
        m := _RESPONDENTS.search(text, max(lo, i - 40), i)
    ) is not None:
        if m.start(1) - lo < 3 or text[max(lo, m.start(1) - 2) : m.start(1)].strip() in (",", ";", ":") or (
            _prev_word_is_lead(text, lo, m.start(1))
        ):
            found = (m.start(1), m.end(1), m.start(1))  # "Again, those surveyed said": a poll's respondents
    if found is None and text.find("who", max(lo, i - 32), i) >= 0:
        m = _WHO_BEFORE_CUE.search(text, max(lo, i - 40), i)
        if m is not None and m.group(1) != ",":
            found = back_np(text, m.start(1), lo, open_head=open_head)  # "Kasich (who says ...", "Trump - who said"
    if found is None:
        j = i
        while j > lo and text[j - 1].isspace():
            j -= 1
        b = j - 1 if text[j - 1 : j] == "," else j - 2 if text[j - 2 : j] in _COMMA_IN_QUOTE else -1
        if b > lo:
            sp = aside_subject(text, lo, b, j, open_head=open_head)
            if sp is not None:
                found = (sp[0], sp[1], sp[0])
    return found


# A cue in a relative clause set off by a comma, a bracket or a dash ("Maria Velez, who said ...",
# "Kasich (who says ...", "Trump - who previously said ..."): the opening mark is group 1.
_WHO_BEFORE_CUE = re.compile(
    r"(,|\(|\u2014|\u2013|\s--|\s-)\s*who\s+(?:(?:also|once|first|later|then|has|had|have|[a-z]{3,}ly)\s+){0,2}$"
)
