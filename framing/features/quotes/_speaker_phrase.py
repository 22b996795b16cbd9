"""The attribution of each cue: its speaker phrase (before or after the cue) and its extent in the sentence.

``SpeakerPhrase`` is a mixin of :class:`~framing.features.quotes._attribution.Builder`:
it reads the builder's ``text`` and asks :meth:`Content._after
<framing.features.quotes._content.Content._after>` what follows the cue. The
noun-phrase rules themselves are in :mod:`framing.features.quotes._rules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from framing.features.quotes._according import long_source
from framing.features.quotes._asides import aside_speaker, modified_subject
from framing.features.quotes._claim_words import gap_verb_at
from framing.features.quotes._content import _CLOSERS, _FINITE_SAY, _skip_space
from framing.features.quotes._objects import object_frame
from framing.features.quotes._cues import Cue
from framing.features.quotes._draft import _Att
from framing.features.quotes._rules import back_np, fwd_np, source_of
from framing.features.quotes._speaker_words import (
    _ANTECEDENT,
    GAP_BREAK,
    MARKS_IN_GAP,
    inverted_just_before, doc_participle, comma_adverb,
    _AUX_TAIL,
    _BARE_BREAK,
    _BARE_OPENERS,
    _LAST_BARE_EDGE,
    _LEAD_ADVERB,
    _LOOSE_BREAK,
    _LOOSE_CLAUSE,
    _LOOSE_LAST,
    LEAD_WORDS,
    is_share,
    FRACTION,
    share_after_comma,
    _NOT_ANTECEDENT,
    DOC_BEFORE_ING, INVERTING, TOPIC_CUES, gerund_opens, no_speaker_before, opens_adverbial, QUOTED_AS,
    _PROGRESSIVE,
    _RELEASED_DOC,
    _RELEASED_DOC_THAT,
    _SENTENCE_STOP,
    _THAT_BEFORE,
    _WORDY_BEFORE,
)
from framing.features.quotes._speakers import speaker_type
from framing.features.quotes._subjects import appositive_subject, lone_adverb, past_opening
from framing.features.quotes._tokens import FACTS
from framing.features.quotes._words import DAYS, DOC_NOUNS, clause_comma, letter_first, low_key, skip_before_cue

_INVERTED_BEFORE = frozenset(",;:\u2014\u2013")


# The characters whose lower case is "d", "t" or "o" (all of them: checked over
# the whole of Unicode), so the only ones that may end "and", "but" or "to" in any case.
_AND_BUT_TO_LAST = frozenset("dDtToOnr")  # and, but, to; also, then, later


# Verbs of speech whose subject may be any noun phrase a determiner opens ("the
# lobbyist said"); with other cues ("the economy added", "the evidence
# suggests") the head noun must be one the word lists know.
_SPEECH = frozenset(
    """say tell explain recall testify tweet insist argue contend warn vow pledge promise complain accuse
    admit acknowledge concede confess deny ask urge demand""".split()
)


_SHOUTS = frozenset("shout yell scream chant".split())
_QUOTATION_NEXT = re.compile("(?: back)?[,:] [\"\u201c]")

# ", however, said": an adverb between commas right before a cue
_ASIDE_BEFORE = re.compile(
    r",\s*(?:however|though|too|also|meanwhile|instead|likewise|moreover|nonetheless|nevertheless|in turn"
    r"|in fact|of course|for (?:example|instance|(?:his|her|their|its) part)|in contrast|in response"
    r"|in a statement|in an interview)\s*,\s*$"
)

# What appositives between a name and its cue may not hold: another sentence, a quotation, a dash.

# The source after "according to" when no speaker rule reads it: one to eight words up to punctuation.
_ACCORDING_WORD = r"[\w$][\w'’&$%-]*(?:\.(?=\w|[ \t]+[A-Z])[\w'’&$%-]*)*"  # a period only in an abbreviation
_ACCORDING_NP = re.compile(
    r"\s+(" + _ACCORDING_WORD + r"(?:[ \t]+" + _ACCORDING_WORD + r"){0,7}?)(?=\s*[,.;:!?)\n\u2014\u2013]|\s*$)"
)

# Cue classes besides verbs of speech whose bare subject is read (beliefs and evidence: "most voters believe").
_NOT_SPEECH_CLASSES = frozenset({"belief", "stance", "impression", "evidential"})

# What a relative clause between a speaker and the cue may not hold (see
# Builder._relative_antecedent).
_RELATIVE_BREAK = re.compile("[,;:.!?()\u2014\u2013\"\u201c\u201d\u00ab\u00bb]")


# A negation in the few words before a cue: where :func:`_negated` reads them.
_NEGATION_NEAR = re.compile(r"n[’']t\b|" + letter_first(["not", "never", "cannot"], r"\b"))  # (\b(?:not|...)\b)


def _negated(text: str, i: int, lo: int) -> bool:
    """Is the cue at `i` negated: is one of the words right before it, read
    back over auxiliaries and adverbs ("did not actually say"), a negation?"""
    for w in reversed(text[max(lo, i - 40) : i].split()):
        f = FACTS[w]
        if f.bound:
            return False  # "“... or not?” said Parsi": the negation is in another clause
        if f.neg:
            return True
        if not f.skip:
            return False
    return False


def _before_verb(text: str, sp: tuple[int, int]) -> tuple[int, int]:
    """A subject read forward up to its verb: `sp` cut before the first
    lower-case word after its first word that reads as a past-tense verb
    ("The ministry issued a statement" -> "The ministry")."""
    s, e = sp
    k = text.find(" ", s, e)
    while 0 <= k < e:
        j = text.find(" ", k + 1, e)
        word = text[k + 1 : j if j >= 0 else e]
        if word[:1].islower() and (word.endswith("ed") or word in _PAST_VERBS):
            return (s, k)
        k = j
    return sp


# A relative pronoun right before a speaker, with no comma ("the deficit that CNN's poll showed").
_RELATIVE_BEFORE = re.compile(r"[^,]\s(?:that|which)\s+$")


# ", who" right before a cue, and the quotation marks that may not stand between it and the speaker before.
_WHO_BEFORE = re.compile(r"(?:,\s+|\(|(?P<bare>\s))who\s+$")  # (also "(who said": see _asides)




# Last words of such a time: only then is _RELEASED_DOC tried after a word that is not a document noun.
_DOC_TIME_END = frozenset("time week month year night morning afternoon evening earlier later".split()) | DAYS


# Words right before a cue in -ing whose subject is the main clause's ("Klobuchar ... after saying recently, “...”").
_ING_AFTER = frozenset("after before while when by".split())


# A pronoun with a contracted "is", "am" or "are" before a participle cue: a passive ("I'm told").
_PASSIVE_PRONOUN = re.compile(r"(?i:it[’']s|i[’']m|(?:we|you|they)[’']re)")


# "As" right before a speaker ("As we reported yesterday, ..."): the attribution leads the clause it reports.
_AS_BEFORE = re.compile(r"\b[Aa]s\s+$")


# Irregular past tenses that end a subject read forward ("put out a statement saying").
_PAST_VERBS = frozenset("put sent made gave wrote took held ran is was are were has had have".split())  # (and finite "be", "have")


def _prev_word(text: str, i: int, lo: int) -> str:
    """The lower-cased word before `i` ("" at `lo`)."""
    toks = text[max(lo, i - 20) : i].rsplit(None, 1)
    return toks[-1].lower() if toks else ""


def _trim_speaker(text: str, sp: tuple[int, int]) -> tuple[int, int]:
    """Drop an unclosed bracket at the end of a speaker phrase ("Pelosi (D-Calif"), and a
    relative "who" glued to it by a dash ("Trump\u2014who said")."""
    s, e = sp
    if e - s > 4 and text[e - 4 : e - 3] in "\u2014\u2013" and text[e - 3 : e] == "who":
        e -= 4
    s += 5 if text.startswith("like ", s) and e - s > 8 else 0  # "Others, like Gov. Nikki Haley, who accused"
    k = text.rfind("(", s, e)
    if k > s and text.find(")", k, e) < 0:
        e = k
        while e > s and text[e - 1].isspace():
            e -= 1
    return (s, e)


class SpeakerPhrase:
    """The speaker-phrase steps of ``Builder`` (a mixin: see the module docstring)."""

    text: str
    _known_ends: dict[int, tuple[int, tuple[int, int, int] | None]]
    _after: Callable[[int, Cue, int, bool], tuple[int, int | None, bool]]

    def _attribution(
        self, ui: int, lo: int, ue: int, c: Cue, prev: _Att | None, has_regions: bool
    ) -> _Att | None:
        text = self.text
        start, end, form, lemma, cls = c
        if cls == "stance" and not (text.startswith(" to ", end) or object_frame(text, c, end + 1, ue)):
            return None  # no object: no stance, and no speaker to read (the noun "support", "seeking more")
        if no_speaker_before(text, max(lo, start - 24), start, form):
            # "Trump's claim that", "These comments": the noun, not the verb; "Trump was asked
            # whether ...", "Much has been said about ...", "When asked about ...": a passive or a
            # participle names no speaker; "you could argue that": no one
            return None
        if lemma == "according to":
            sp = fwd_np(text, end, ue)
            if text[start] == "A" and (sp is None or text[sp[1] : sp[1] + 1] != ","):
                # "According to early results of exit polls conducted for the networks, black voters
                # ...": opening its clause, the source runs to the comma before the content
                k = text.find(",", end, min(ue, end + 200))
                if k > end and _SENTENCE_STOP.search(text, end, k) is None:
                    m = _ACCORDING_NP.match(text, end, k + 1)
                    sp = m.span(1) if m is not None else (_skip_space(text, end, k), k)
            if sp is None:
                # "according to media buying sources", "according to the results": the phrase to the
                # next punctuation, when the noun-phrase reader does not know its words
                m = _ACCORDING_NP.match(text, end, min(ue, end + 100))
                sp = m.span(1) if m is not None else long_source(text, start, end, ue)  # "the average of polls ..."
                if sp is None:
                    return None
            end_np = sp[1]
            sp = source_of(text, sp)
            return self._finish_att(ui, ue, c, sp, before=False, first=start, p=end_np)
        # the last non-space character before the cue (not before lo)
        j = start
        while j > lo and text[j - 1].isspace():
            j -= 1
        before_char = text[j - 1] if j > lo else ""
        quote_before = before_char in _CLOSERS
        if quote_before and start > lo + 1:
            j = text.rfind(before_char, lo, start)
            j -= j - 2 >= lo and text[j - 1] in "\u2019'"  # past an inner quotation's close ("“... ‘Stop!’” he said")
            quote_before = text[j - 1 : j] in (",", "?", "!")  # “...,” said: the quotation ends its clause
            before_char = text[j - 1] if j > lo and text[j - 1] == "," else before_char
        if _NEGATION_NEAR.search(text, max(lo, start - 32), start) is not None and _negated(text, start, lo):
            return None  # "did not say", "never claimed", "didn't deny": nothing is reported
        ing = form.endswith("ing") or (" " in form and doc_participle(text, lo, start, form))  # "a statement calling on"
        prev_word = _prev_word(text, start, lo) if before_char != "," and (ing or before_char == "t") else ""
        doc_ing = (
            ((ing and (prev_word in DOC_NOUNS or prev_word in _DOC_TIME_END)) and _RELEASED_DOC.search(
                text, max(lo, start - 110), start) is not None)
            # "released a statement that said: ..."
            or (prev_word == "that" and _RELEASED_DOC_THAT.search(text, max(lo, start - 115), start) is not None)
        )
        if ing and prev_word == "as" and (m := QUOTED_AS.search(text, max(lo, start - 100), start)) is not None:
            # "Reuters quoted the minister as saying ...": the one quoted; "was quoted as saying": the subject
            sp = (fwd_np(text, m.start(1) - 1, m.end(1), open_head=True) if m.group(1)
                  else (back_np(text, m.start(), lo, open_head=True) or (None, None))[:2])
            if sp is None or sp[0] is None:
                return None
            att = self._finish_att(ui, ue, c, sp, before=True, first=m.start() if m.group(1) else sp[0], p=end)
            if att.content_start is not None and FACTS[text[att.content_start : att.content_start + 12].split(" ", 1)[0]].prep:
                att.content_start, att.final = None, True  # "“...,” he was quoted as saying by TASS."
            return att
        if ing and not doc_ing and prev_word in DOC_NOUNS and (
            m := DOC_BEFORE_ING.search(text, max(lo, start - 60), start)
        ) is not None and "quoted in " not in text[max(lo, m.start(1) - 30) : m.start(1)]:
            att = self._finish_att(ui, ue, c, m.span(1), before=True, first=m.start(1), p=end)  # "reports stating"
            if start - lo < 200 and text.find(",", lo, start) < 0 and opens_adverbial(text, lo):
                att.content_end = clause_comma(text, end, min(ue, end + 400))  # "In a statement explaining X, Trump ..."
            return att
        opening = (ing and prev_word in _ING_AFTER) or gerund_opens(text, lo, start)
        if opening and text.find(",", lo, start) < 0 and opens_adverbial(text, lo):
            # "Seven days after announcing her candidacy, Harris ...", "Continuing to explain his view,
            # Cole ...": the cue is in the opening phrase, the subject follows it, the content ends with it
            k = text.find(",", end, min(ue, end + 200))
            sp = self._subject_after(k, ue) if k > 0 else None
            if sp is None:
                return None
            att = self._finish_att(ui, ue, c, sp, before=True, first=start, p=end)
            att.content_end = k
            return att
        if (ing and (before_char == "," or prev_word in _ING_AFTER or comma_adverb(text, lo, start, prev_word))) or doc_ing:
            # ", saying ...", ", adding that ...", "put out a statement saying ...",
            # "... after saying": the subject of the main clause
            if prev is not None and (
                prev.before or inverted_just_before(text, prev.cue.start, prev.cue.lemma, prev.sp[1], start)
            ):
                sp = prev.sp  # "He said ..., adding", "“...,” said Reed, adding": the speaker named before
            else:
                sp = self._subject(lo, start, wide=before_char == ",")  # (not "as X did after backing")
            if sp is None:
                return None
            if doc_ing or low_key(text[sp[0] : sp[1]].rsplit(None, 1)[-1]) in DOC_NOUNS:
                sp = _before_verb(text, sp)  # "The ministry issued a statement(, saying)" -> "The ministry"
            return self._finish_att(ui, ue, c, sp, before=True, first=start, p=end)
        # What follows the cue is read first only where it may rule the cue out
        # (no quotation in the unit, no punctuation before the cue): elsewhere
        # most cues without a speaker are dropped without reading it.
        after = None
        if not has_regions and before_char not in _INVERTED_BEFORE:
            after = self._after(ue, c, end, True)
            if after[1] is None and not after[2]:
                return None  # introduces nothing here: not worth reading a speaker for
        if prev is not None and not prev.before and before_char == "o" and (
            m := _WHO_BEFORE.search(text, max(lo, start - 8), start)
        ):
            # "..., said Renee Vidrine, president of the group, who said ...": the speaker named before
            # (also a restrictive "who" in her appositive: "said Ann Lee, a nurse in Denver who said")
            gap = text[prev.sp[1] : start]
            if len(gap) < 120 and gap.lstrip()[:1] == "," and MARKS_IN_GAP.search(gap) is None and (
                m.group("bare") is None or GAP_BREAK.search(gap) is None
            ):
                if after is None:
                    after = self._after(ue, c, end, True)
                return _Att(c, prev.sp, True, start, after[0], after[1], after[2], ui)
        # a shout in the past right by its quotation ("the crowd chanted, “...”"): any subject with a determiner
        open_head = lemma in _SPEECH or (lemma in _SHOUTS and form.endswith(("ed", "back")) and (
            quote_before or _QUOTATION_NEXT.match(text, end) is not None))
        prog = _PROGRESSIVE.search(text, max(lo, start - 24), start) if ing and before_char.isalpha() else None
        # "Rubio is criticizing", "has been saying": the subject before the auxiliary
        found = back_np(text, start if prog is None else prog.start(), lo, open_head=open_head)
        if found is None and before_char == ",":
            # "Executives at the firm, however, said": an adverb set off by commas before the cue
            m = _ASIDE_BEFORE.search(text, max(lo, start - 40), start)
            if m is not None:
                found = back_np(text, m.start(), lo, open_head=open_head)
        if found is None and before_char == "o" and text.endswith(" who", max(lo, start - 6), j) and text[j - 5 : j - 4].isalnum():
            # "ammunition to Republicans who say the law is a money pit": the antecedent of a
            # restrictive "who" says what follows, when a clause follows and the antecedent is not
            # the clause's subject ("A woman who said she was attacked sued the city": where the
            # reported clause ends is not known)
            ante = _ANTECEDENT.search(text, max(lo, j - 64), j - 4)
            if (
                ante is not None and low_key(ante.group(1)) not in _NOT_ANTECEDENT
                and _WORDY_BEFORE.search(text, lo, ante.start(1)) is not None
            ):
                if after is None:
                    after = self._after(ue, c, end, True)
                if after[1] is not None and after[1] < ue and not after[2]:
                    return _Att(c, ante.span(1), True, start, after[0], after[1], after[2], ui)
        if found is None and text[end + 1 : end + 2].islower() and form in _FINITE_SAY and before_char.isalpha() and (
            gap_verb_at(text, end + 1)
        ) and (
            after := after or self._after(ue, c, end, True)
        )[1] is not None:
            found = self._known_ends.get(start, (0, None))[1]  # "a change that he said would ...": "he"
        if found is None:
            found = self._relative_antecedent(lo, start, prev, open_head)
        if before_char == "," and open_head and (found is None or found[0] > lo):
            # "Jane Ortiz, curator of prints at the University of Arkansas, Fayetteville, said",
            # "Marley Anderson, 21, a junior from Las Vegas, said": the name opening the clause
            sp = appositive_subject(text, lo, start)
            if sp is not None and (found is None or sp[1] < found[0]):
                found = (sp[0], sp[1], sp[0])
        if found is None:
            found = aside_speaker(text, lo, start, open_head=open_head)  # "Kowalski (who has 12 votes) said"
            if found is None and open_head and before_char.isalpha():
                found = modified_subject(text, lo, start)  # "Voters in Ohio going to the polls said"
        if found is None and (open_head or c.cls in _NOT_SPEECH_CLASSES) and (before_char.isalnum() or before_char == "%"):
            # "Only 24 percent said", "those surveyed said", "The last man to run said": the whole
            # clause-initial phrase, when a clause follows the cue
            sp = self._bare_subject(lo, start)
            if sp is not None:
                if after is None:
                    after = self._after(ue, c, end, True)
                if after[1] is not None and after[1] < ue:
                    return _Att(c, sp, True, sp[0], after[0], after[1], after[2], ui)
        if found is None and not ing and before_char.isalpha():
            # "Farmers and even some economists say that ...", "The mayor herself, as well as her
            # staff, has always maintained that ...": with "that" after the cue, the clause-initial
            # phrase the other rules could not read is the speaker
            if after is None:
                after = self._after(ue, c, end, True)
            if after[1] is not None and after[1] < ue and _THAT_BEFORE.search(text, max(end, after[1] - 6), after[1]):
                sp = self._loose_subject(lo, start if prog is None else prog.start())
                if sp is not None:
                    return _Att(c, sp, True, sp[0], after[0], after[1], after[2], ui)
        if found is not None:
            if found[1] - found[0] <= 7 and not form.endswith("ing") and _PASSIVE_PRONOUN.fullmatch(
                text, found[0], found[1]
            ):
                return None  # "It's said that ...", "I'm told", "we're told": a passive, no one speaks
            if after is None:
                after = self._after(ue, c, end, True)
            sp = _trim_speaker(text, source_of(text, (found[0], found[1])))
            if after[2] and text[after[0] : after[0] + 1] == "," and _AS_BEFORE.search(text, max(lo, found[2] - 4), found[2]):
                # "As I wrote Sunday, she has ...": what is reported is the clause after the comma
                return _Att(c, sp, True, found[2], after[0], _skip_space(text, after[0] + 1, ue), False, ui)
            if after[2] and after[1] is None and _RELATIVE_BEFORE.search(text, max(lo, found[2] - 7), found[2]):
                return None  # "the deficit that CNN's poll showed.": a relative clause reports nothing
            return _Att(c, sp, True, found[2], after[0], after[1], after[2], ui)
        if (start <= lo or before_char in ",;:\u2014\u2013" or before_char in _CLOSERS) and lemma not in TOPIC_CUES:
            # inverted: "..., said X"; right after a quotation, "“...,” said the narrator" names its
            # speaker with any plain noun (as before a verb of speech: `_open_head`)
            sp = fwd_np(text, end, ue, inverted=True, open_head=quote_before and not ing and lemma in INVERTING)
            if sp is not None and low_key(text[sp[0] : sp[1]]) not in DAYS:  # (not "comments Tuesday")
                end_np = sp[1]
                sp = _trim_speaker(text, source_of(text, sp))
                return self._finish_att(ui, ue, c, sp, before=False, first=start, p=end_np)
        if before_char not in _AND_BUT_TO_LAST:
            return None  # the word before cannot be "and", "but" or "to"
        word = _prev_word(text, start, lo)
        if word in ("then", "later", "also"):
            # "... and then said": the word before the adverb
            word = _prev_word(text, text.rfind(" ", lo, start - 1) if start - 1 > lo else lo, lo)
        if word in ("and", "but", "to"):
            if word == "to" and prev is not None and prev.cue.end >= start - 5:
                return None  # "vowed to respond": the complement of the cue before
            # "Pompeo spoke with reporters ... and insisted", "... but said": the clause's subject
            sp = self._subject(lo, start, wide=word != "to" and lemma in _SPEECH)  # (not "and expect", "to find")
            if sp is not None:
                if after is None:
                    after = self._after(ue, c, end, True)
                return _Att(c, sp, True, start, after[0], after[1], False, ui)
        return None

    def _relative_antecedent(
        self, lo: int, i: int, prev: _Att | None, open_head: bool
    ) -> tuple[int, int, int] | None:
        """The speaker before a relative clause written without commas:
        "Officials who were briefed on the plan said" -> "Officials".

        The clause is short, holds no punctuation, quotation mark or other
        cue, and the phrase before "who" must read as a speaker phrase. The
        cue may not be the clause's own verb ("a woman who said ... sued").
        """
        text = self.text
        k = text.rfind(" who ", max(lo, i - 120), i)
        if k < 0 or k + 5 >= i - 1 or (prev is not None and prev.cue.start > k):
            return None
        if _RELATIVE_BREAK.search(text, k, i) is not None:
            return None
        return back_np(text, k, lo, open_head=open_head)

    def _subject(self, lo: int, limit: int, *, wide: bool = True) -> tuple[int, int] | None:
        """The subject at the start of a clause, after an opening phrase ("On Sunday, "; `wide`:
        see :func:`past_opening`)."""
        text = self.text
        m = _LEAD_ADVERB.match(text, lo, limit)
        sp = fwd_np(text, m.end(), limit) if m is not None else None  # "Then he cut into Bush, calling him ..."
        if sp is None:
            sp = fwd_np(text, lo, limit)
        if sp is not None and (skip_before_cue(key := low_key(text[sp[0] : sp[1]])) or lone_adverb(text, key, sp[1])):
            sp = None  # an opening adverb ("Shortly thereafter, the administration ...", "Likewise, Trump")
        sp = past_opening(text, lo, limit, sp, wide=wide)  # "On Sunday, ", "Hours before the vote, ", "Along the way, "
        if sp is not None and speaker_type(text[sp[0] : sp[1]]) == "unknown":
            sp = _before_verb(text, sp)  # "The firm sent a letter saying": the reader took in the verb
        if sp is None or speaker_type(self.text[sp[0] : sp[1]]) == "unknown":
            return None
        return sp

    def _clause_start(self, lo: int, limit: int, reach: int) -> tuple[int, int] | None:
        """``(i, j)``: the start of the clause a cue at `limit` stands in (after
        the last clause edge at most `reach` characters back, or `lo`) and the
        end of the words before the cue; None when no edge is in reach."""
        text = self.text
        j = limit
        while j > lo and text[j - 1].isspace():
            j -= 1
        w = max(lo, limit - reach)
        m = _LAST_BARE_EDGE.match(text, w, j)
        edge = m.end() - 1 if m is not None else -1
        if edge < 0 and w > lo:
            return None
        return _skip_space(text, edge + 1 if edge >= 0 else lo, j), j

    def _bare_subject(self, lo: int, limit: int) -> tuple[int, int] | None:
        """The phrase from the start of the clause to a cue at `limit` when no
        speaker rule read it: a clause edge (sentence start, ";", ":", a dash)
        with no comma, quotation mark or bracket before the cue; at most 12
        words, opening with a capital, a digit or a quantifier ("those",
        "more", "only") and holding no relative pronoun or conjunction."""
        text = self.text
        span = self._clause_start(lo, limit, 120)
        if span is None:
            return None  # no clause edge in reach
        i, j = span
        # after an opening phrase or "But", only a share or a count ("In each of the five states,
        # about half of voters say"; "But majorities in all five say"), not "Cohen now seems to"
        opened = (k := text.find(",", i, j)) > 0 and (opens_adverbial(text, i) or text.startswith("Even so,", i))
        if opened:
            i = _skip_space(text, k + 1, j)
        if 0 < (k := share_after_comma(text, i, j) if k > 0 else -1):
            i, opened = k, True  # "Half said they were worse off, while only a quarter said ..."
        k = text.find(" ", i, j) if text[i : i + 1].isupper() else -1
        if k > i and text[i:k] in LEAD_WORDS and (opened or is_share(text[k + 1 : j])):
            i, opened = _skip_space(text, k, j), True  # (a set look-up: this runs for most bare "said")
        m = _AUX_TAIL.search(text, i, j)
        if m is not None:
            j = m.start()  # "Trump was saying", "Officials have been saying": the subject without the auxiliary
        phrase = text[i:j]
        words = phrase.split()
        if not words or len(words) > 12 or _BARE_BREAK.search(phrase) is not None:
            return None
        first = words[0]
        if not (is_share(phrase) if opened else (
            first[:1].isupper() or first[:1].isdigit() or first.lower() in _BARE_OPENERS or FRACTION.match(first)
        )):
            return None
        if (len(words) == 1 and first.lower() in _BARE_OPENERS) or words[-1].lower() in _LOOSE_LAST:
            return None  # (nor "To say that ...", "A warning ...": a function word ends no subject)
        return (i, j)

    def _loose_subject(self, lo: int, limit: int) -> tuple[int, int] | None:
        """The phrase from the start of the clause to a cue at `limit`, read
        only when "that" follows the cue: up to 25 words after a clause edge
        (or an opening phrase and its comma), opening with a capital, a digit
        or a quantifier, with no quotation mark, bracket or other reporting
        verb; auxiliaries and adverbs before the cue are left out."""
        text = self.text
        span = self._clause_start(lo, limit, 200)
        if span is None:
            return None
        i, j = span
        if opens_adverbial(text, i):
            k = text.find(",", i, j)
            if k < 0:
                return None
            i = _skip_space(text, k + 1, j)  # "On Tuesday, ...": the subject after the opening phrase
        lead = _LEAD_ADVERB.match(text, i, j)
        if lead is not None:
            i = lead.end()  # "Even senators who ..."
        m = _AUX_TAIL.search(text, i, j)
        if m is not None:
            j = m.start()
        phrase = text[i:j]
        words = phrase.split()
        if not words or len(words) > 25 or _LOOSE_BREAK.search(phrase) is not None:
            return None
        if _LOOSE_CLAUSE.search(phrase.replace(" as well as ", " and ")) is not None:
            return None  # "X issued the subpoena after Y testified": another clause, not a subject
        first = words[0]
        if not (first[:1].isupper() or first[:1].isdigit() or first.lower() in _BARE_OPENERS or lead is not None):
            return None
        if words[-1].endswith(",") and phrase.count(",") >= 2:
            j = text.rindex(",", i, j)  # "The mayor herself, as well as her staff, has ... maintained"
        elif words[-1].endswith(",") or low_key(words[-1]) in _LOOSE_LAST:
            return None
        return (i, j)

    def _subject_after(self, k: int, ue: int) -> tuple[int, int] | None:
        """The subject after the comma at `k` that closes an opening phrase."""
        sp = fwd_np(self.text, _skip_space(self.text, k + 1, ue), ue)
        if sp is None or speaker_type(self.text[sp[0] : sp[1]]) == "unknown":
            return None
        return sp

    def _finish_att(self, ui: int, ue: int, c: Cue, sp: tuple[int, int], *, before: bool, first: int, p: int) -> _Att:
        end, content, final = self._after(ue, c, p, before)
        return _Att(c, sp, before, first, end, content, final, ui)
