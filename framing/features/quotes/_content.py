"""Finding the content an attribution reports: where it starts after the cue and where its clause ends.

``Content`` is a mixin of :class:`~framing.features.quotes._attribution.Builder`:
it reads the builder's ``text``. The speaker phrase before the content is read
by :mod:`framing.features.quotes._speaker_phrase`.
"""

from __future__ import annotations

import bisect
import re

from framing.features.quotes._claim_words import (
    ADVERBIAL, ADVERBIAL_STARTS, THAT_AFTER_PHRASE, TITLE_THAT, label_claim, label_window, relative_gap, request_end,
    share_clause)
from framing.features.quotes._cues import Cue
from framing.features.quotes._objects import (
    MODAL_BEFORE, RECORD_BEFORE, object_end, object_frame, participle_after_noun, speech_object)
from framing.features.quotes._records import NOT_WORDING_CLASSES
from framing.features.quotes._draft import _Att
from framing.features.quotes._marks import CLOSERS, DOUBLE, SINGLE
from framing.features.quotes._rules import fwd_np
from framing.features.quotes._tokens import FACTS, Memo
from framing.features.quotes._words import (
    DAYS, DET_OR_POSS, DETERMINERS, IRREGULAR_PAST, STOP, TELL_OBJECTS, TELL_TO, low_key, request_cue)

# Reported speech starts after these ("said that", "said on Sunday that").
_THAT = re.compile(r"\s*,?\s*that\b\s*")

def _may_start_adverbial(chunk: str) -> bool:
    """Could an adverbial phrase start with `chunk` (what follows a space, up to the next one)?"""
    word = chunk.lower()
    if word[-1:] in ",.":
        # "said Thursday, as China reported ...", "..., officials said Thursday.",
        # "saying recently, “...”": an adverbial
        return word[:-1] in DAYS or word[:-1] in ADVERBIAL_STARTS or word[:-1].endswith("ly")
    return word in ADVERBIAL_STARTS or word.endswith("ly")


_ADVERBIAL_START: dict[str, bool] = Memo(_may_start_adverbial)


# Verbs whose reported speech may follow without "that" ("said the strikes were...").
_BARE = frozenset(
    "say tell add insist argue claim assert contend allege believe think predict estimate "
    "maintain concede suggest warn show find announce noted stated admit acknowledge confirm reveal deny "
    "explain feel hope fear know".split()
)

# Cues of intention whose content is a "to" infinitive ("wants to cut taxes"; the belief class).
_INTENT = frozenset("want hope plan expect intend vow pledge promise threaten seek seem appear".split())

# A question word right after the person asked ("asked Mook if").
_QUESTION_AFTER = re.compile(r"\s+(?:whether|if|why|how|what|when|who|where|about\s+(?=\S))\b")

# Evidence verbs with a small clause: a name or short noun phrase, then a participle or a standing
# ("shows Clinton leading", "found Trump ahead").
_SHOWS = frozenset(("show", "find"))
_SMALL_CLAUSE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+|the\s+|both\s+){1,3}(?:\w+ing|ahead|behind|up|down|tied|even|trailing)\b(?!\s+(?:to|of)\b)"
)

# Intentions with an agent before "to" ("want Obama to act"): up to three words, none a verb of their own.
_INTENT_OBJECT = frozenset(("want", "expect"))
_OBJECT_TO = re.compile(r"(?:[\w.'’-]+\s+){1,3}to\s(?!(?:the|a|an|his|her|their|its|my|our|your|this|these|those)\b)")

_AGO = re.compile(r"(?:\S+\s+){1,4}?ago\b")
_QUESTION = frozenset("ask wonder questioned".split())
# ... and verbs whose content may be a question word's clause too ("explained why she backs Lund")
_EXPLAIN = frozenset(("explain", "describe", "discussed", "talked about"))
_TELL_ASK = ("tell", "ask")


# Words that do not open reported speech after "said" ("said goodbye", "said so").
_NOT_CONTENT = frozenset(
    "to so nothing yes no goodbye hello something anything much little more less otherwise thanks "
    "sorry only also".split()
)

_COLON_AHEAD = re.compile(r"[^.;:!?\n“”\"‘’]{1,60}?:(?=\s|$)")

_QUESTION_WORDS = frozenset("whether if why how what when who where about".split())

_TELL = frozenset("tell inform briefed assure warn urge remind".split())

_OPENERS = frozenset(c for c, h in {**DOUBLE, **SINGLE}.items() if h >= 0)

_CLOSERS = CLOSERS

_SENT_START = frozenset(DETERMINERS | {"he", "she", "it", "they", "we", "i", "there", "this", "these", "those",
                                          "his", "her", "their", "its", "our", "no", "none", "nothing"} - {"nothing", "no", "none"})


# Reported speech may open with a subordinate clause after a finite "said" or
# "told" ("said if the state did not pay, ..."), not after "would not say if".
_SUBORDINATORS = frozenset("if because although though unless".split())

_FINITE_SAY = frozenset("said says told tells".split())


# Verbs of _BARE that often take a plain object ("added 300 jobs", "conceded the
# race", "predicted a landslide"): what follows them is reported content only
# if it reads as a clause (see _clause_ahead).
_TAKES_OBJECT = frozenset(
    "add concede estimate predict suggest maintain argue claim believe warn think show find announce noted "
    "stated admit acknowledge confirm reveal deny explain feel hope fear know reported".split()
)

# Cues that report speech with a noun object too: the critical class and demands (what is
# criticised or demanded: "denounced the strikes", "called for a ceasefire"); other verbs with a
# noun object report nothing ("announced 5,000 job cuts", "conceded the race", "advised the
# administration on ...").
_DEMANDS = frozenset(("call for", "call on", "urge", "demand", "ask"))  # "ask" and "call on" with "to"

# An opening quotation mark ahead (a double mark, or two apostrophes).
_MARK_AHEAD = re.compile("[\"\u201c]|''")

# The listener after "to" ("complained to reporters that", "said to a crowd in Georgia that"), not an
# infinitive ("is said to be").
_TO_LISTENER = re.compile(r"(?:a|an|the|his|her|their|its|reporters|journalists|supporters|[A-Z])")

# "and" or "but" (then, later, also) right before a later cue of the same subject.
# A stance or a belief in its bare form there, with no subject of its own, is a verb of the reported
# clause ("said Democrats would work with him but oppose him", "legislators who support the deal but
# want to hedge"); with one it is a new attribution ("and police believe ...").
_NOT_SAYING = NOT_WORDING_CLASSES | {"belief"}
_COMMA_BEFORE = re.compile(r",\s*$")
_AND_THEN = re.compile(r",?\s+(?:and|but)(?:\s+(?:then|later|also))?\s+$")


# Quantifiers that may open reported speech when a clause follows ("said about half of the increase
# reflected ...", not "said about the plan").
_QUANTITY_OPENERS = frozenset("about nearly almost roughly more less only over under just at".split())


# A phrase after a cue, then "that" ("said over the last six weeks that", "argued in a filing on Monday that").
_PHRASE_BEFORE_THAT = frozenset(
    "over in on at during for after before since throughout across earlier later last this repeatedly publicly "
    "privately recently again also long via through with from by today yesterday tonight".split()
)



# A verb form showing that words after a cue make a clause ("added the plan would fail").
_FINITE = IRREGULAR_PAST | frozenset(
    "is are was were be been will would could should can may might must shall has have had do does did "
    "am isn't aren't wasn't weren't won't wouldn't couldn't shouldn't can't hasn't haven't hadn't don't doesn't didn't "
    # irregular past tenses that are also participles (IRREGULAR_PAST holds the others)
    "made got thought found left felt brought kept held stood heard "
    "meant met paid sat led grew lost sent built understood drew spent bought "
    "chose won sold fought caught taught cast put hit let shut spread hurt cost quit".split()
)

_CLAUSE_SUBJECTS = frozenset("he she they we i you there".split())


# Words opening the object of a verb in -s ("provides the ...", not "staffers this year").
_OBJECT_OPENERS = DETERMINERS | frozenset("his her their its our my your".split())

_PLURAL_VERB_OBJECT = _OBJECT_OPENERS | frozenset("more no all every any much little few that".split())


# Prepositions and particles that STOP leaves out ("warned residents near the coast").
_PREPOSITIONS = frozenset(
    "near around along inside outside behind beyond beside below above past like unlike off out up down away back "
    "plus toward towards ahead".split()
)


# A pronoun with a contracted verb opening a clause ("thinks it's time", "said they're ready").
_CONTRACTED_SUBJECT = re.compile(
    r"(?i:(?:it|that|there|here|what|he|she|we|they|you|i)[’'](?:s|re|ve|ll|d|m))\W*"
)


def _clause_ahead(text: str, q: int, ue: int) -> bool:
    """Do the words from `q` (after a cue) read as a clause rather than an object?

    Read up to 24 words, to the end of the sentence, a colon or semicolon, a
    quotation mark or ", and"/", but" (a new clause): a subject pronoun or a
    contracted one first ("added he would", "thinks it's time"), or further
    on a finite auxiliary ("added the plan would fail"), an irregular past
    ("argued the combination ... made it"), a lower-case past form in -ed not
    after a determiner or number ("argued the law violated ..."), a verb in
    -s before a determiner ("believe the economy provides the likeliest
    ...") or a plural noun's verb before one ("arguing recent polls show
    more Americans ..."), or "that" after an aside ("suggested for the
    first time (in public) that ..."). "added 300 jobs", "conceded the race"
    and "predicted a landslide in the state" are objects. Missed: a verb in -s before
    anything else, a subjunctive ("suggested the president reopen the
    government") and a relative clause's gap ("raids that authorities
    claimed stopped a plot").
    """
    words = text[q : min(ue, q + 240)].split(None, 24)[:24]
    prev_raw = prev = ""
    for n, w in enumerate(words):
        f = FACTS[w]
        key = f.key
        if n == 0:
            if key in _CLAUSE_SUBJECTS or _CONTRACTED_SUBJECT.fullmatch(w):
                return True
            if key in ("it", "this") and len(words) > 1 and words[1][:1].islower() and (
                words[1].endswith(("s", "ed")) or FACTS[words[1]].key in _FINITE
            ):
                return True  # "believe it grants amnesty", not "added it to the list"
        elif w[:1] in _OPENERS:
            # a quotation: its first word may be the clause's verb ("admits the action against
            # Libya “didn’t work”", "said the law was “a disaster”"); anything else ends the reading
            inner = w.lstrip("".join(_OPENERS))
            return n > 0 and inner[:1].islower() and (FACTS[inner].key in _FINITE or FACTS[inner].key.endswith("ed"))
        elif prev_raw.endswith(",") and (key in ("and", "but", "or") or (key.endswith("ing") and w[:1].islower())):
            return False  # a new clause: ", and ...", "the report, saying ..."
        elif w[:1].islower() and (
            key in _FINITE  # not "May"
            or (key.endswith("ed") and prev not in DETERMINERS and not prev[:1].isdigit())
            or (key == "that" and prev_raw[-1:] in ",)")
        ):
            return True
        elif (
            n > 1 and w[-1:] == "s" and w[:1].islower() and len(key) > 3 and not key.endswith(("ss", "us", "is"))
            and prev not in DET_OR_POSS and n + 1 < len(words) and FACTS[words[n + 1]].key in _OBJECT_OPENERS
        ):
            return True  # a verb in -s before its object: "believe the sluggish economy provides the likeliest ..."
        elif (
            prev_raw[-1:] == "s" and prev_raw[:1].islower() and not prev.endswith("ss") and w[:1].islower()
            and key.isalpha() and key not in STOP and key not in _PREPOSITIONS and not f.prep
            and not key.endswith(("s", "ed", "ing", "ly"))
            and n + 1 < len(words) and FACTS[words[n + 1]].key in _PLURAL_VERB_OBJECT
        ):
            return True  # a plural subject's verb: "arguing recent polls show more Americans ..."

        if w[-1:] in ";:!?" or (w[-1:] == "." and f.fwd_end):  # not after "U.S." or "Gov."
            return False
        prev_raw, prev = w, key
    return False


def _can_start_content(token: str) -> bool:
    """May reported speech start with this word ("said crews had...", not "said so")?"""
    key = low_key(token)
    if not key or key in _NOT_CONTENT or key.endswith("ly"):
        return False
    if key in STOP and key not in _SENT_START:
        return False
    return token[:1].isalnum() or token[:1] in "$£€"


_OPENS_CONTENT: dict[str, bool] = Memo(_can_start_content)

_COORD = re.compile(r"(?:,\s*(?:while|but|whereas|although|though|and|as)|;)\s*$")

_COORD_TAIL = re.compile(r"\s*,\s*(?:while|but|whereas|although|though|and|as)$")

_COORD_WORDS = ("while", "but", "whereas", "although", "though", "and", "as")

_CLAUSE_TAIL = " \t\n\r.,;:!?\u2026" + "".join(DOUBLE) + "".join(SINGLE) + ")]"


def _adverbial_word(chunk: str) -> bool:
    """Does `chunk` open with a preposition or an adverb ("At the time", "Privately", "Later")?"""
    word = chunk.split(None, 1)[0].rstrip(",") if chunk.strip() else ""
    return bool(word) and (FACTS[word].prep or word.lower().endswith("ly") or word in _OPENING_ADVERBS)


_OPENING_ADVERBS = frozenset("Then Now Still Later Earlier Afterward Afterwards Meanwhile Instead Once Soon After".split())

# Capitalised words that open a new clause, not the rest of an interrupted one.
_CAPITAL_NEW_CLAUSE = frozenset("But And Or So Yet While Although Though As If When The A An This That It".split())

# Words that open a new clause after an attribution ("..., he said, but ..."), not the rest of the one it interrupts.
_NEW_CLAUSE = frozenset("and but or nor so yet while whereas although though as adding saying noting citing".split())


def _skip_space(text: str, i: int, hi: int) -> int:
    while i < hi and text[i].isspace():
        i += 1
    return i


# The longest reported clause read (characters).
_MAX_CLAUSE = 1000


def _clause_end(text: str, s: int, ue: int, later: list[_Att], opens: list[int]) -> int:
    """End of reported speech starting at `s`: the sentence end, a semicolon,
    a dash, a later attribution ("..., officials said"; ", while Republicans
    said ..."; "saying ... and adding that ..."; "criticized X and said ...")
    or a quotation; at most _MAX_CLAUSE characters on (every look below is bounded: text without
    sentence punctuation costs linear time)."""
    e = min(ue, s + _MAX_CLAUSE)
    for a in later:
        if a.first > s and (a.final or _COORD.search(text, max(s, a.first - 14), a.first)):
            e = min(e, a.first)
        elif (
            a.first > s + 5 and a.content_start is not None and a.content_start > a.cue.start
            and (not a.cue.text.endswith("ing") or "that" in text[a.cue.end : a.content_start])
            and not (a.cue.cls in _NOT_SAYING and a.cue.text.lower() == a.cue.lemma and a.first >= a.cue.start)
            and (m := _AND_THEN.search(text, max(s, a.first - 11), a.first)) is not None
        ):
            # "saying X and emphasizing that Y", "criticized the policy and (then) said Y": a second
            # cue of the same subject (not a bare stance or belief: _NOT_SAYING)
            e = min(e, m.start())
        elif (
            a.first > s + 5 and a.first == a.cue.start and a.cue.text.endswith("ing")
            and a.content_start is not None and a.content_start > a.cue.start
            and a.cue.cls not in _NOT_SAYING and _COMMA_BEFORE.search(text, a.first - 3, a.first) is not None
        ):
            e = min(e, a.first)  # "said a database would help, saying it is “...”": the participle's own claim
    k = bisect.bisect_left(opens, s)
    if k < len(opens):
        e = min(e, opens[k])
    for sep in (";", " \u2014 ", " -- ", " \u2013 "):
        k = text.find(sep, s, e)
        if k >= 0:
            e = k
    while e > s and text[e - 1] in " ,(\u2014\u2013-":
        e -= 1
    # (the cheap necessary condition first; the regex from at most 40 characters back: searched
    # from `s`, it tried every position of a long clause)
    m = _COORD_TAIL.search(text, max(s, e - 40), e) if text.endswith(_COORD_WORDS, s, e) else None
    if m:
        e = m.start()
    return share_clause(text, s, e)  # ", while only 42 percent ...": another share's claim


def _ends_clause(text: str, i: int, ue: int) -> bool:
    """Does a clause end at `i` (after a closing quotation mark)?"""
    j = i
    while j < ue and j < i + 12 and text[j] in _CLAUSE_TAIL:
        if text[j] in ",;:.!?":
            return True
        j += 1
    if j >= ue:
        return True
    return text[j] in "\u2014\u2013"


class Content:
    """The content steps of ``Builder`` (a mixin: see the module docstring)."""

    text: str
    # cue start -> (where its content ends, or -1; the speaker of a relative's gap): see _after
    _known_ends: dict[int, tuple[int, tuple[int, int, int] | None]]

    def _after(self, ue: int, c: Cue, p: int, before: bool) -> tuple[int, int | None, bool]:
        """What follows an attribution at `p`: ``(end of the attribution,
        start of its reported content or None, whether it ends the clause)``."""
        text = self.text
        lemma = c.lemma
        if before and c.text.endswith(" that"):
            return p, _skip_space(text, p, ue), False  # a cue form ending in "that" ("notes that", "states that")
        if before and lemma in _TELL_ASK and text[p : p + 1] == " " and request_cue(text, c.start, c.text) and (
            m := TELL_TO.match(text, p + 1, ue)
        ) is not None and (
            FACTS[m.group().split()[-4 if " not to " in m.group() else -3]].key not in TELL_OBJECTS
        ):
            self._known_ends[c.start] = (request_end(text, p + 1, ue), None)  # (a request ends at a comma)
            # "told banks not to lend", "asked the court to block the order": who, and what (read here,
            # before the recipient and question frames; longer objects, "asked a state court to halt",
            # with the demands below)
            return p, p + 1, False
        if before and lemma in _TELL:
            r = fwd_np(text, p, ue, recipient=True)
            if r is None and (m := TITLE_THAT.match(text, p, ue)) is not None:
                p = m.end(1)  # told “Fox News Sunday” that ...: a programme
            elif r is not None and (lemma == "tell" or _THAT.match(text, r[1]) or text[r[1]: r[1] + 1] == ","):
                p = r[1]
        elif before and lemma == "ask" and text[p : p + 1] == " ":
            # "asked Mook if ...", "asked the U.S. attorney whether ...": the person asked, then the question
            r = fwd_np(text, p, ue, recipient=True)
            if r is not None and _QUESTION_AFTER.match(text, r[1], min(ue, r[1] + 12)) is not None:
                p = r[1]
        # an adverbial ("on Sunday", "in a statement"): the regex is tried only
        # after a comma or before a word that may start one
        ch = text[p : p + 1]
        if ch == " ":
            k = text.find(" ", p + 1, p + 14)  # the next word: text[p + 1 : p + 14].split(" ", 1)[0]
            adverbial = _ADVERBIAL_START[text[p + 1 : k if k >= 0 else p + 14]]
        else:
            adverbial = ch == ","
        if adverbial:
            m = ADVERBIAL.match(text, p, ue)
            if m:
                p = m.end()
        q = p
        while q < ue and text[q].isspace():
            q += 1
        if q >= ue:
            nxt = ""
            final = True
        else:
            nxt = text[q]
            final = nxt in ".,;!?)\u2014\u2013" or nxt in _CLOSERS and nxt not in _OPENERS
        if c.cls == "stance":  # its object only ("endorsed Clinton"), or an aim ("seeks to ...")
            ok = (lemma in _INTENT and text.startswith("to ", q)) or object_frame(text, c, q, ue)
            return p, (q if ok else None), False
        content: int | None = None
        k = _skip_space(text, q + 1, ue) if nxt == "," else q
        if text.startswith("that", k) and not text[k + 4 : k + 5].isalnum():
            # "said that", "said on Sunday, that"; "think that's ...": the pronoun opens the content
            content = k if text[k + 4 : k + 5] in ("'", "\u2019") else _skip_space(text, k + 4, ue)
            final = False
        elif lemma in _INTENT and (text.startswith("to ", q) or (
            lemma in _INTENT_OBJECT and _OBJECT_TO.match(text, q, min(ue, q + 60)) is not None
        )):
            # "wants to cut taxes", "plans to run": the intention, "to" included; "want Obama to act",
            # "expects the Fed to raise rates": who is to do it, and what
            content = q
        elif final:
            if nxt == "," and q + 1 < ue:
                k = _skip_space(text, q + 1, ue)
                if k < ue and text[k] in _OPENERS:
                    content, final = k, False  # "said, “We will..."
        elif nxt == ":":
            content = _skip_space(text, q + 1, ue)
        elif nxt in _OPENERS:
            content = q
        else:
            first_tok = text[q : q + 30].split(None, 1)[0]
            m = (
                THAT_AFTER_PHRASE.match(text, q, ue)
                if FACTS[first_tok].key in _PHRASE_BEFORE_THAT or (before and lemma in _TELL)
                or (first_tok == "to" and _TO_LISTENER.match(text, q + 3, min(ue, q + 40)) is not None)
                else None
            )
            if m is not None:
                # "said in interviews over the last six weeks that ...": the content follows "that"
                return p, _skip_space(text, m.end(), ue), False
            if before and c.text in _FINITE_SAY and (gap := relative_gap(text, c.start, q, ue)) is not None:
                self._known_ends[c.start] = gap
                return p, q, False  # "a change that he said would make ...": the clause after the gap
            colon = _COLON_AHEAD.match(text, q, ue) if 0 <= text.find(":", q, min(ue, q + 62)) else None
            if (
                colon is not None and lemma in _BARE and _OPENS_CONTENT[first_tok]
                and len(text[q : colon.end()].split(None, 4)) > 4
                and text[_skip_space(text, colon.end(), ue) : _skip_space(text, colon.end(), ue) + 1] not in _OPENERS
            ):
                # "say the plan has three parts: ...": a clause before the colon, not a lead-in
                # (before a quotation, "... on Friday: “...”", the colon still introduces it)
                colon = None
            if colon is not None:
                content = _skip_space(text, colon.end(), ue)  # "described the scene on Friday:"
            elif (lemma in _BARE or c.text == "reported" and (
                not FACTS[first_tok].prep or FACTS[first_tok].key in _QUANTITY_OPENERS)) and (
                # ("reported", not "reporting": often the noun; "reported on X" names a topic)
                _OPENS_CONTENT[first_tok] or (c.text in _FINITE_SAY and FACTS[first_tok].key in _SUBORDINATORS)
                or (FACTS[first_tok].key in _QUANTITY_OPENERS and _clause_ahead(text, q, ue))
            ) and (lemma not in _TAKES_OBJECT or _clause_ahead(text, q, ue)) and (
                c.text != "reported" or _AGO.match(text, q, min(ue, q + 60)) is None  # "as we reported two years ago"
            ):
                content = q  # "said crews had..."; after a finite "said", also "said if the state..."
            elif (lemma in _QUESTION or lemma in _EXPLAIN and MODAL_BEFORE.search(text, max(0, c.start - 24), c.start)
                  is None and not participle_after_noun(text, c)) and FACTS[first_tok].key in _QUESTION_WORDS:
                # (not "might explain why", "a letter explaining why")
                content = q
            elif lemma in _SHOWS and (_SMALL_CLAUSE.match(text, q, min(ue, q + 50)) is not None or lemma == "show" and (
                object_frame(text, c, q, ue) and RECORD_BEFORE.search(text, max(0, c.start - 24), c.start))):
                content = q  # "a poll shows Clinton leading by 5 points", "found Trump ahead in Ohio"
            elif (
                (c.cls == "critical" or lemma in _DEMANDS) and object_frame(text, c, q, ue)
                and (lemma not in ("call on", "ask") or _OBJECT_TO.match(text, q, min(ue, q + 80)) is not None)
                and (lemma != "ask" or request_cue(text, c.start, c.text))  # "asked a state court to halt ..."
            ):
                # a verb that is itself a speech act, with its object: "criticized the plan as too costly",
                # "accused Trump of lying", "called for a ban on assault weapons" (not "was charged with")
                content, self._known_ends[c.start] = q, (request_end(text, q, ue) if lemma == "ask" else -1, None)
            elif (
                c.cls == "characterizing" and text[q : q + 1].isalnum()
                and _MARK_AHEAD.search(text, q, label_window(text, q, ue)) is not None
            ):
                # "hailed the deal as a “breakthrough”", "called the plan “a disaster”": the object and
                # the quoted label are the claim (without a quotation, "called the police" reports nothing)
                content = q
            elif c.cls == "characterizing" and text[q : q + 1].isalnum() and (
                k := label_claim(text, q, ue, lemma, c.start)
            ) is not None:  # (not "was described as", "sought to portray ...": see label_claim)
                self._known_ends[c.start] = (k, None)
                content = q  # "called him a liar", "calls Clinton unqualified", "described the plan as reckless"
            elif speech_object(text, c, q, ue) and (k := object_end(text, q, ue)) is not None:
                # an object that is what was said: "praised the senators who ...", "citing legal risks",
                # "rejected the idea that ..." (see framing/data/quote_words.yaml)
                content, self._known_ends[c.start] = q, (k, None)
        if content is not None and content >= ue:
            content = ue  # "said:" ending the sentence: a quotation may follow in the next one
        return p, content, final and content is None

    def _continuation(
        self, a: _Att, ue: int, later: list[_Att], opens: list[int], left: int = -1
    ) -> tuple[int, int] | None:
        """The rest of a clause that an attribution interrupts ("The strikes, he
        said, were defensive."): ``(start, end)`` of "were defensive", or None
        when the attribution ends the clause or what follows is not its rest
        (a new clause: "and", "but"; another cue; a quotation)."""
        text = self.text
        p = _skip_space(text, a.last, ue)
        if text[p : p + 1] != ",":
            return None
        q = _skip_space(text, p + 1, ue)
        word = text[q : q + 30].split(None, 1)
        if not word:
            return None
        clause_rest = a.cue.lemma == "according to" and text[q : q + 1] == "$"  # ", according to X, $234 million"
        if not word[0][:1].islower() and not clause_rest and not (
            # "At the time, she said, Grayson was ...": after a short opening phrase, the main clause
            # may open with a name
            a.before and 0 <= left and a.first - left <= 40 and _adverbial_word(text[left : left + 20])
            and word[0][:1].isupper() and word[0].rstrip(",") not in _CAPITAL_NEW_CLAUSE
        ):
            return None
        f = FACTS[word[0]]
        if f.key in _NEW_CLAUSE or f.prep or f.key.endswith("ing"):
            return None  # "..., he said, but ...", "..., in the deadliest attack", "..., asking not to be named"
        if not a.before and not clause_rest and (
            a.cue.lemma != "according to" or f.det_poss or f.key in ("like", "as") or f.key[:1].isdigit()
        ):
            # after an inverted speaker ("..., said Mike Hout, a sociologist") or "according to X, a ...":
            # an appositive, not the rest of the clause
            return None
        k = bisect.bisect_left(opens, q)
        if k < len(opens) and opens[k] < ue:
            return None  # a quotation follows in the sentence: "X, he said, was “deeply flawed.”"
        e = _clause_end(text, q, ue, later, opens)
        while e > q and text[e - 1] in _CLAUSE_TAIL:
            e -= 1
        return (q, e) if e > q else None
