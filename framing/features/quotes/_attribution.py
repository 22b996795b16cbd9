"""The attribution procedure behind :func:`framing.find_quotes`.

One :class:`Builder` per document: the sentences holding a cue or a
quotation mark are grouped into units; in each unit every cue gets its
speaker and the place where its reported content starts; each quotation
takes the attribution next to it (or the reported speech it sits in: a
partial quote); reported speech without marks becomes an indirect quote;
finally speakers are inherited, resolved and typed in text order (the
``Speakers`` mixin, :mod:`framing.features.quotes._resolve`). The speaker phrases
themselves are read by :mod:`framing.features.quotes._rules`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from framing.features.quotes._cues import Cue
from framing.features.quotes._marks import DOUBLE, SINGLE, Region
from framing.features.quotes._resolve import Speakers
from framing.features.quotes._rules import back_np, fwd_np, source_of
from framing.features.quotes._speakers import FullNames, speaker_type
from framing.features.quotes._tokens import FACTS, Memo
from framing.features.quotes._words import (
    DAYS,
    DET_OR_POSS,
    DETERMINERS,
    DOC_NOUNS,
    STOP,
    low_key,
    skip_before_cue,
)

if TYPE_CHECKING:
    from framing.features.quotes._find import Quote

def outside(cues: list[Cue], regions: list[Region]) -> list[Cue]:
    """Cues that are not inside a quotation (one merge walk)."""
    out = []
    k = 0
    n = len(regions)
    for c in cues:
        while k < n and regions[k].close < c.start:
            k += 1
        if k < n and regions[k].open <= c.start <= regions[k].close:
            continue
        out.append(c)
    return out


# Reported speech starts after these ("said that", "said on Sunday that").
_THAT = re.compile(r"\s*,?\s*that\b\s*")


_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


_ADVERBIAL = re.compile(
    r"""(?:\s*,\s*(?:however|though|too)\s*,|\s+(?:
      (?:on|late|early|last|this|next|earlier|later)\s+(?:""" + _DAY + r"""|day|night|week|weekend|month|year|morning|afternoon|evening)
        (?:\s+(?:morning|afternoon|evening|night))?
    | """ + _DAY + r"""(?:\s+(?:morning|afternoon|evening|night))?
    | today|yesterday|tonight|earlier|later|again|also|repeatedly|publicly|privately|separately|recently
    | previously|flatly|bluntly|openly|then|first|too|once|simply|only|further|quietly|angrily
    | afterwards?|[a-z]{3,}ly(?=\s+(?:that|the|a|an|it|he|she|they|we|this|there)\b)
    | (?:(?:in|during|at|on|via|through|after)\s+(?:a|an|the|his|her|their|its|this|that)\s+(?:[\w'’-]+\s+){0,3}?
        (?:statement|interview|tweet|post|speech|address|briefing|conference|call|letter|email|e-mail|release
          |message|video|op-ed|column|memo|report|filing|appearance|broadcast|hearing|testimony|session
          |meeting|rally|event|summit|podcast|sermon|communiqu[eé]|note|remarks|visit|ceremony
          |debate|forum|book|memoir|article|essay|editorial|newsletter|documentary|lecture|update)
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


# A dateline opening a story ("WASHINGTON — ", "BAGHDAD (Reuters) - ") and
# a leading conjunction are not part of the reported content.
_LEAD_WORDS = ("But", "And", "So", "Yet", "Still", "Instead", "Now", "However", "Meanwhile", "Separately")


_LEAD = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+)*(?:\s*\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s+)?"
    r"(?:(?:" + "|".join(_LEAD_WORDS) + r")\b,?\s+)?"
)


def _may_lead(start: str) -> bool:
    """Could a unit starting with these two characters open with a dateline or a
    leading conjunction? Both need an upper-case ASCII letter followed by a
    capital or period (a dateline) or the second letter of one of ``_LEAD_WORDS``."""
    return start[:1] in _UPPER_ASCII and (
        start[1:2] in _DATELINE_SECOND or any(w.startswith(start) for w in _LEAD_WORDS)
    )


_UPPER_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


_DATELINE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’-")


_MAY_LEAD: dict[str, bool] = Memo(_may_lead)


def _lead_end(text: str, us: int, ue: int) -> int:
    """Where a unit's content starts after a dateline or a leading conjunction.

    Most units start with neither: the first two characters rule them out
    (one table lookup) before the words and the regex are tried.
    """
    if not _MAY_LEAD[text[us : us + 2]] or (
        text[us + 1 : us + 2] not in _DATELINE_SECOND and not text.startswith(_LEAD_WORDS, us)
    ):
        return us
    return _LEAD.match(text, us, ue).end()


# Verbs whose reported speech may follow without "that" ("said the strikes were...").
_BARE = frozenset(
    ["say", "tell", "add", "insist", "argue", "claim", "assert", "contend", "allege", "believe", "think", "predict", "estimate", "maintain", "concede", "suggest", "warn"]
)


_QUESTION = frozenset(["ask", "wonder", "questioned"])


# Words that do not open reported speech after "said" ("said goodbye", "said so").
_NOT_CONTENT = frozenset(
    ["to", "so", "nothing", "yes", "no", "goodbye", "hello", "something", "anything", "much", "little", "more", "less", "otherwise", "thanks", "sorry", "only", "also"]
)


_COLON_AHEAD = re.compile(r"[^.;:!?\n“”\"‘’]{1,60}?:(?=\s|$)")


_QUESTION_WORDS = frozenset(["whether", "if", "why", "how", "what", "when", "who", "where"])


_TELL = frozenset(["tell", "inform", "briefed", "assure", "warn", "urge", "remind"])


_OPENERS = frozenset(c for c, h in {**DOUBLE, **SINGLE}.items() if h >= 0)


_INVERTED_BEFORE = frozenset(",;:\u2014\u2013")


# The characters whose lower case is "d", "t" or "o" (all of them: checked over
# the whole of Unicode), so the only ones that may end "and", "but" or "to" in any case.
_AND_BUT_TO_LAST = frozenset("dDtToO")


# Verbs of speech whose subject may be any noun phrase a determiner opens ("the
# lobbyist said"); with other cues ("the economy added", "the evidence
# suggests") the head noun must be one the word lists know.
_SPEECH = frozenset(
    ["say", "tell", "explain", "recall", "testify", "tweet", "insist", "argue", "contend", "warn", "vow", "pledge", "promise", "complain", "accuse", "admit", "acknowledge", "concede", "confess", "deny", "ask", "urge", "demand"]
)


# What a relative clause between a speaker and the cue may not hold (see
# Builder._relative_antecedent).
_RELATIVE_BREAK = re.compile("[,;:.!?()\u2014\u2013\"\u201c\u201d\u00ab\u00bb]")


_CLOSERS = frozenset(c for c, h in {**DOUBLE, **SINGLE}.items() if h <= 0)


_PUNCT_ONLY = re.compile(r"[\s,;:\u2014\u2013-]*")


_SPLIT_GAP = re.compile(r"\s*,?\s*")


_COORD = re.compile(r"(?:,\s*(?:while|but|whereas|although|though|and|as)|;)\s*$")


_COORD_TAIL = re.compile(r"\s*,\s*(?:while|but|whereas|although|though|and|as)$")


_COORD_WORDS = ("while", "but", "whereas", "although", "though", "and", "as")


_UNPAIRED = re.compile("[\"\u201c\u201d\u201e\u201f\u00ab\u00bb]")


_CLAUSE_TAIL = " \t\n\r.,;:!?\u2026" + "".join(DOUBLE) + "".join(SINGLE) + ")]"


_SENT_START = frozenset(DETERMINERS | {"he", "she", "it", "they", "we", "i", "there", "this", "these", "those",
                                          "his", "her", "their", "its", "our", "no", "none", "nothing"} - {"nothing", "no", "none"})


@dataclass(slots=True)
class _Att:
    """An attribution: a cue with its speaker, and where its content is."""

    cue: Cue
    sp: tuple[int, int]
    before: bool  # speaker written before the cue
    first: int  # first character of the attribution
    last: int  # end of cue, speaker, recipient and adverbials
    content_start: int | None  # reported content after the cue
    final: bool  # the attribution ends its clause ("..., officials said.")
    unit: int
    used: bool = False
    content_end: int = -1  # where the content ends, when known here (else the clause's end)


@dataclass(slots=True)
class _Q:
    """A quote under construction (made with positional arguments: keep the order of the fields)."""

    start: int
    end: int
    kind: str
    att: _Att | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)
    open_mark: int = -1
    tail: int = -1  # end of the quote's sentence: where journalist text may resume
    standalone: bool = False
    note: str = ""
    speaker: tuple[int, int] | None = None
    cue: Cue | None = None
    inherited: _Q | None = None


_Q_START = attrgetter("start")


class Builder(Speakers):
    """Runs the attribution rules over one document (one instance per document)."""

    def __init__(
        self, text: str, regions: list[Region], cues: list[Cue], sentences: Sequence, make: Callable[..., Any]
    ) -> None:
        self.text = text
        self.make = make  # the Quote class (passed in: quotes.py imports this module)
        self.regions = regions
        self.cues = cues
        self.units = self._units(sentences)
        self._anon: dict[int, bool] = {}
        self._fulls: dict[str, FullNames] = {}

    # ---- units: sentences joined where a quotation runs across them

    def _units(self, sentences: Sequence) -> list[tuple[int, int, int, int, int]]:
        """The units worth reading: sentences holding a cue or a quotation mark,
        joined where a quotation runs across sentences or is followed by its
        attribution in the next one ("“Stop!” Hoffman said."). Sentences with
        neither are never looked at. Each unit is ``(start, end, first
        sentence, last sentence, start of the sentence before)``."""
        starts = [s for s, _ in sentences]
        n = len(starts)
        if not n:
            return []
        touched: list[tuple[int, int]] = []
        add = touched.append
        find = bisect.bisect_right
        for r in self.regions:
            a = max(find(starts, r.open) - 1, 0)
            add((a, max(find(starts, r.close, a) - 1, 0)))
        # Cues come in text order: one entry per sentence holding a cue is enough
        # (the others would be merged into it), so a cue before `bound` (the
        # start of the sentence after the last cue's) is not looked up.
        bound = -1
        end = len(self.text) + 1
        for c in self.cues:
            start = c.start
            if start < bound:
                continue
            a = max(find(starts, start) - 1, 0)
            add((a, a))
            bound = starts[a + 1] if a + 1 < n else end
        touched.sort()
        units: list[tuple[int, int, int, int, int]] = []
        unit = self._unit
        cur_a = cur_b = -1
        text = self.text
        for a, b in touched:
            if cur_a >= 0:
                if a <= cur_b or (
                    # does the sentence before end with a quotation like “Stop!” (attribution follows
                    # in the same paragraph)?
                    a == cur_b + 1 and _joins(text, sentences[cur_b][1])
                    # (across a line break only after a comma: “...,”\n\nshe said.)
                    and ("\n" not in text[sentences[cur_b][1] : sentences[a][0]] or text[sentences[cur_b][1] - 2] == ",")
                ):
                    cur_b = max(cur_b, b)
                    continue
                units.append(unit(sentences, cur_a, cur_b))
            cur_a, cur_b = a, b
        if cur_a >= 0:
            units.append(unit(sentences, cur_a, cur_b))
        return units

    @staticmethod
    def _unit(sentences: Sequence, a: int, b: int) -> tuple[int, int, int, int, int]:
        return (sentences[a][0], sentences[b][1], a, b, sentences[a - 1][0] if a else sentences[a][0])

    # ---- the main loop

    def run(self) -> list[Quote]:
        quotes: list[_Q] = []
        text, regions, cues = self.text, self.regions, self.cues
        n_regions, n_cues = len(regions), len(cues)
        attribution = self._attribution
        ri = ci = 0
        colon_att: _Att | None = None
        prev_last = -2
        for ui, (us, ue, first, last, _prev) in enumerate(self.units):
            r0 = ri
            while ri < n_regions and regions[ri].open < ue:
                ri += 1
            c0 = ci
            while ci < n_cues and cues[ci].start < ue:
                ci += 1
            if first != prev_last + 1:
                colon_att = None  # "said:" only introduces the very next sentence
            prev_last = last
            if r0 == ri and c0 == ci:
                colon_att = None
                continue
            lead = _lead_end(text, us, ue) if _MAY_LEAD[text[us : us + 2]] else us
            has_regions = ri > r0
            # the attributions of the unit's cues, each knowing the one before
            atts: list[_Att] = []
            a = None
            for k in range(c0, ci):
                c = cues[k]
                if c.start < lead:
                    continue  # a cue inside a dateline
                found = attribution(ui, lead, ue, c, a, has_regions)
                if found is not None:
                    atts.append(found)
                    a = found
            if has_regions:
                unit_quotes = self._assign(us, lead, ue, regions[r0:ri], atts, colon_att)
                if atts:
                    unit_quotes += self._indirect(lead, ue, atts, regions[r0:ri])
            elif atts:
                unit_quotes = self._indirect(lead, ue, atts, [])
            else:
                colon_att = None
                continue
            if len(unit_quotes) > 1:
                unit_quotes.sort(key=_Q_START)
            quotes.extend(unit_quotes)
            colon_att = None
            for a in reversed(atts):
                if not a.used and a.content_start is not None and a.content_start >= ue:
                    colon_att = a
                    break
        return self._finish(quotes)

    # ---- attributions

    def _attribution(
        self, ui: int, lo: int, ue: int, c: Cue, prev: _Att | None, has_regions: bool
    ) -> _Att | None:
        text = self.text
        start, end, form, lemma, _ = c
        if lemma == "according to":
            sp = fwd_np(text, end, ue)
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
        if before_char in _CLOSERS and start > lo + 1:
            j = text.rfind(before_char, lo, start)
            before_char = text[j - 1] if j > lo and text[j - 1] == "," else before_char
        if _NEGATION_NEAR.search(text, max(lo, start - 32), start) is not None and _negated(text, start, lo):
            return None  # "did not say", "never claimed", "didn't deny": nothing is reported
        ing = form.endswith("ing")
        prev_word = _prev_word(text, start, lo) if before_char != "," and (ing or before_char == "t") else ""
        doc_ing = (
            ((ing and (prev_word in DOC_NOUNS or prev_word in _DOC_TIME_END)) and _RELEASED_DOC.search(
                text, max(lo, start - 110), start) is not None)
            # "released a statement that said: ..."
            or (prev_word == "that" and _RELEASED_DOC_THAT.search(text, max(lo, start - 115), start) is not None)
        )
        if (ing and (before_char == "," or prev_word in _ING_AFTER)) or doc_ing:
            # ", saying ...", ", adding that ...", "put out a statement saying ...",
            # "... after saying": the subject of the main clause
            if prev_word in _ING_AFTER and text.find(",", lo, start) < 0 and _opens_adverbial(text, lo):
                # "Seven days after announcing her candidacy, Harris ...": the cue is in the opening
                # phrase, the subject follows it and the content ends with it
                k = text.find(",", end, ue)
                sp = self._subject_after(k, ue) if k > 0 else None
                if sp is None:
                    return None
                att = self._finish_att(ui, ue, c, sp, before=True, first=start, p=end)
                att.content_end = k
                return att
            sp = prev.sp if prev is not None and prev.before else self._subject(lo, start)
            if sp is None:
                return None
            if doc_ing:
                sp = _before_verb(text, sp)  # "The ministry issued a statement" -> "The ministry"
            return self._finish_att(ui, ue, c, sp, before=True, first=start, p=end)
        # What follows the cue is read first only where it may rule the cue out
        # (no quotation in the unit, no punctuation before the cue): elsewhere
        # most cues without a speaker are dropped without reading it.
        after = None
        if not has_regions and before_char not in _INVERTED_BEFORE:
            after = self._after(ue, c, end, True)
            if after[1] is None and not after[2]:
                return None  # introduces nothing here: not worth reading a speaker for
        if prev is not None and not prev.before and before_char == "o" and _WHO_BEFORE.search(text, max(lo, start - 8), start):
            # "..., said Renee Vidrine, president of the group, who said ...": the speaker named before
            gap = text[prev.sp[1] : start]
            if len(gap) < 120 and gap.lstrip()[:1] == "," and _MARKS_IN_GAP.search(gap) is None:
                if after is None:
                    after = self._after(ue, c, end, True)
                return _Att(c, prev.sp, True, start, after[0], after[1], after[2], ui)
        open_head = lemma in _SPEECH
        found = back_np(text, start, lo, open_head=open_head)
        if found is None:
            found = self._relative_antecedent(lo, start, prev, open_head)
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
        if start <= lo or before_char in ",;:\u2014\u2013" or before_char in _CLOSERS:
            sp = fwd_np(text, end, ue, inverted=True)  # inverted: "..., said X"
            if sp is not None:
                end_np = sp[1]
                sp = _trim_speaker(text, source_of(text, sp))
                return self._finish_att(ui, ue, c, sp, before=False, first=start, p=end_np)
        if before_char not in _AND_BUT_TO_LAST:
            return None  # the word before cannot be "and", "but" or "to"
        word = _prev_word(text, start, lo)
        if word in ("and", "but", "to"):
            if word == "to" and prev is not None and prev.cue.end >= start - 5:
                return None  # "vowed to respond": the complement of the cue before
            # "Pompeo spoke with reporters ... and insisted", "... but said": the clause's subject
            sp = self._subject(lo, start)
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

    def _subject(self, lo: int, limit: int) -> tuple[int, int] | None:
        """The subject at the start of a clause, after an opening phrase ("On Sunday, ")."""
        text = self.text
        sp = fwd_np(text, lo, limit)
        if sp is not None and skip_before_cue(low_key(text[sp[0] : sp[1]])):
            sp = None  # an opening adverb ("Shortly thereafter, the administration ...")
        opener = sp is not None and _opens_adverbial(text, sp[0])
        if sp is None or opener:
            # the subject after an opening phrase: "On Sunday, ", "Hours before the vote, ",
            # "Along the way, ", "Brushing aside the tweets, "
            k = text.find(",", lo, min(limit, lo + (80 if opener else 40)))
            if k > 0:
                after = fwd_np(text, _skip_space(text, k + 1, limit), limit)
                if after is not None or not opener:
                    sp = after
        if sp is None or speaker_type(self.text[sp[0] : sp[1]]) == "unknown":
            return None
        return sp

    def _subject_after(self, k: int, ue: int) -> tuple[int, int] | None:
        """The subject after the comma at `k` that closes an opening phrase."""
        sp = fwd_np(self.text, _skip_space(self.text, k + 1, ue), ue)
        if sp is None or speaker_type(self.text[sp[0] : sp[1]]) == "unknown":
            return None
        return sp

    def _finish_att(self, ui: int, ue: int, c: Cue, sp: tuple[int, int], *, before: bool, first: int, p: int) -> _Att:
        end, content, final = self._after(ue, c, p, before)
        return _Att(c, sp, before, first, end, content, final, ui)

    def _after(self, ue: int, c: Cue, p: int, before: bool) -> tuple[int, int | None, bool]:
        """What follows an attribution at `p`: ``(end of the attribution,
        start of its reported content or None, whether it ends the clause)``."""
        text = self.text
        lemma = c.lemma
        if before and c.text.endswith(" that"):
            return p, _skip_space(text, p, ue), False  # a cue form ending in "that" ("notes that", "states that")
        if before and lemma in _TELL:
            r = fwd_np(text, p, ue, recipient=True)
            if r is not None and (lemma == "tell" or _THAT.match(text, r[1]) or text[r[1]: r[1] + 1] == ","):
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
            m = _ADVERBIAL.match(text, p, ue)
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
        content: int | None = None
        k = _skip_space(text, q + 1, ue) if nxt == "," else q
        if text.startswith("that", k) and not text[k + 4 : k + 5].isalnum():
            content = _skip_space(text, k + 4, ue)  # "said that", "said on Sunday, that"
            final = False
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
            m = _THAT_AFTER_PHRASE.match(text, q, ue) if FACTS[first_tok].key in _PHRASE_BEFORE_THAT else None
            if m is not None:
                # "said in interviews over the last six weeks that ...": the content follows "that"
                return p, _skip_space(text, m.end(), ue), False
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
            elif lemma in _BARE and (
                _OPENS_CONTENT[first_tok] or (c.text in _FINITE_SAY and FACTS[first_tok].key in _SUBORDINATORS)
            ) and (lemma not in _TAKES_OBJECT or _clause_ahead(text, q, ue)):
                content = q  # "said crews had..."; after a finite "said", also "said if the state..."
            elif lemma in _QUESTION and FACTS[first_tok].key in _QUESTION_WORDS:
                content = q
        if content is not None and content >= ue:
            content = ue  # "said:" ending the sentence: a quotation may follow in the next one
        return p, content, final and content is None

    # ---- quotations

    def _assign(
        self, us: int, lead: int, ue: int, regions: list[Region], atts: list[_Att], colon_att: _Att | None
    ) -> list[_Q]:
        text = self.text
        if not atts:
            return self._assign_alone(us, lead, ue, regions, colon_att)
        out: list[_Q] = []
        cue_starts = [a.cue.start for a in atts]
        n_atts = len(atts)
        after_cues, before_cues = bisect.bisect_right, bisect.bisect_left
        prev_end = lead
        for n_r, r in enumerate(regions):
            r_open, r_close, r_start, r_end = r[:4]
            if any(a.sp[0] < r_open and r_close < a.sp[1] for a in atts):
                continue  # a nickname inside a speaker's name: Brian "Boomer" Patrick
            k = after_cues(cue_starts, r_close)  # attributions after the quotation
            post = pre = None
            if k < n_atts:
                a = atts[k]
                if a.first > r_close and _PUNCT_ONLY.fullmatch(text, r_close + 1, a.first):
                    post = a
            j = before_cues(cue_starts, r_open) - 1  # attributions before it
            while j >= 0 and atts[j].last > r_open:
                j -= 1
            if j >= 0:
                a = atts[j]
                if a.content_start is not None and (
                    a.content_start >= r_open or _PUNCT_ONLY.fullmatch(text, a.content_start, r_open)
                ):
                    pre = a
            if pre is None and n_r == 0 and colon_att is not None and not text[us:r_open].strip():
                pre = colon_att  # "Esper said:\n\n“We will ...”"
            note = ""
            standalone = False
            colon = text[max(prev_end, r_open - 3) : r_open].rstrip().endswith(":")
            if post is not None and pre is not None and colon and post.before and post.cue.text.endswith("ing"):
                # "Graham told CNN: “...,” adding that ...": the cue before the colon introduces the quotation
                post = None
            if post is not None:
                att = post
                # the quotation opens its clause: nothing before it but punctuation, or a colon
                # ("X say the plan is fine: “It works,” an aide said.")
                clause_initial = colon or not text[prev_end:r_open].strip(" ,;:\u2014\u2013-\n\t")
                kind = "direct" if clause_initial else "partial"
            elif pre is not None:
                att = pre
                kind = "direct" if colon or _ends_clause(text, r_close + 1, ue) else "partial"
            else:
                att = _embedding(atts, j, k, r)
                if att is not None:
                    kind = "partial"
                else:
                    kind, standalone, note = self._unattributed(prev_end, ue, r)
            if att is not None and att.first < r_open and _is_title(text, r) and (
                _TITLE_SETTING.fullmatch(text, att.last, r_open) or _TITLE_SETTING.fullmatch(text, att.cue.end, r_open)
            ):
                # "said on NBC’s “Meet the Press.”", "told “Fox News Sunday”": the programme, not speech
                att, kind, note = None, "scare", "a title in quotation marks"
            # "“A,” he said, “B.”": one quote in two parts
            if (
                att is not None
                and out
                and out[-1].att is att
                and out[-1].kind == "direct"
                and pre is att
                and post is None
                and _SPLIT_GAP.fullmatch(text, att.last, r_open)
                # without a comma, only a quotation closing the sentence ("“A,” he said “B.”",
                # not "said Dwayne “The Rock” Johnson")
                and ("," in text[att.last : r_open] or _ends_clause(text, r_close + 1, ue))
            ):
                prev = out[-1]
                prev.end = r_end
                prev.parts.append((r_start, r_end))
            else:
                out.append(_Q(r_start, r_end, kind, att, [(r_start, r_end)], r_open, ue, standalone, note))
            prev_end = r_close + 1
            if att is not None:
                att.used = True
                if att.first > r_close:
                    prev_end = max(prev_end, att.last)
        return out

    def _assign_alone(
        self, us: int, lead: int, ue: int, regions: list[Region], colon_att: _Att | None
    ) -> list[_Q]:
        """:meth:`_assign` in a unit without attributions: only ``colon_att``
        (from the sentence before) may attribute its first quotation."""
        text = self.text
        out: list[_Q] = []
        prev_end = lead
        for n_r, r in enumerate(regions):
            r_open, r_close, r_start, r_end = r[:4]
            att = None
            note = ""
            standalone = False
            if n_r == 0 and colon_att is not None and not text[us:r_open].strip():
                att = colon_att  # "Esper said:\n\n“We will ...”"
                att.used = True
                kind = "direct" if _ends_clause(text, r_close + 1, ue) else "partial"
            else:
                kind, standalone, note = self._unattributed(prev_end, ue, r)
            out.append(_Q(r_start, r_end, kind, att, [(r_start, r_end)], r_open, ue, standalone, note))
            prev_end = r_close + 1
        return out

    def _unattributed(self, prev_end: int, ue: int, r: Region) -> tuple[str, bool, str]:
        """``(kind, standalone, note)`` of a quotation with no attribution in its unit."""
        text = self.text
        if _is_title(text, r):
            return "scare", False, "a title in quotation marks"  # "Fire and Fury: Inside the Trump White House"
        if not text[prev_end : r.open].strip(" ,;:\u2014\u2013-\n\t") and _ends_clause(text, r.close + 1, ue):
            return "direct", True, "no attribution in its sentence"
        if not _looks_scare(text, r) or (text[r.end - 1] in "!?" and text[r.start].isupper()):
            # a long quotation, or an exclamation or question ("“There was nothing to hide!”"; a
            # final period proves nothing: American style puts it inside the marks, “Negro problem.”)
            return "direct", False, "no attribution in its sentence"
        return "scare", False, "quotation marks with no attribution in the sentence"

    # ---- reported speech without quotation marks

    def _indirect(self, lead: int, ue: int, atts: list[_Att], regions: list[Region]) -> list[_Q]:
        text = self.text
        out: list[_Q] = []
        opens = [r.open for r in regions]
        taken = lead
        for i, a in enumerate(atts):
            if a.used:
                taken = max(taken, a.last)
                continue
            according = a.cue.lemma == "according to"
            before = False  # the content is before the attribution ("CONTENT, X said")
            if a.content_start is not None and a.content_start < ue and not according:
                s = a.content_start
                e = a.content_end if a.content_end > s else _clause_end(text, s, ue, atts[i + 1 : i + 3], opens)
            elif according and a.first <= lead and a.content_start is None:
                s = a.last  # "According to X, CONTENT"
                while s < ue and text[s] in " ,":
                    s += 1
                e = _clause_end(text, s, ue, atts[i + 1 : i + 3], opens)
            elif a.final or (according and a.first > lead):
                # "CONTENT, X said." / "CONTENT, according to X."
                before = True
                e = a.first
                while e > lead and text[e - 1] in " ,\u2014\u2013(":
                    e -= 1
                s = max(lead, taken)
                while s < e and text[s] in " ,;:":
                    s += 1
            else:
                continue
            while e > s and text[e - 1] in _CLAUSE_TAIL:
                e -= 1
            while s < e and (text[s] in DOUBLE or text[s] in SINGLE):
                s += 1  # an unpaired quotation mark (recorded as a problem)
            # "The strikes, he said, were defensive.": the clause goes on after the attribution
            rest = self._continuation(a, ue, atts[i + 1 : i + 3], opens) if before else None
            if e <= s or s < taken or not _enough_words(text, s, e, rest):
                continue
            end = e if rest is None else rest[1]
            if _UNPAIRED.search(text, max(lead, s - 2), end):
                continue  # an unpaired quotation mark: recorded as a problem, not guessed around
            k = bisect.bisect_left(opens, s)
            if k < len(opens) and opens[k] < end:
                continue  # a quotation inside: handled as a partial quote
            a.used = True
            parts = [(s, e)] if rest is None else [(s, e), rest]
            out.append(_Q(s, end, "indirect", a, parts, s, ue))
            taken = max(end, a.last)
        return out

    def _continuation(self, a: _Att, ue: int, later: list[_Att], opens: list[int]) -> tuple[int, int] | None:
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
        if not word or not word[0][:1].islower():
            return None
        f = FACTS[word[0]]
        if f.key in _NEW_CLAUSE or f.prep or f.key.endswith("ing"):
            return None  # "..., he said, but ...", "..., in the deadliest attack", "..., asking not to be named"
        if not a.before and (
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


def _joins(text: str, end: int) -> bool:
    """Does a sentence ending at `end` end with a quotation like “Stop!” (attribution follows)?"""
    return end >= 2 and text[end - 1] in _CLOSERS and text[end - 2] in "!?,"


def _trim_speaker(text: str, sp: tuple[int, int]) -> tuple[int, int]:
    """Drop an unclosed bracket at the end of a speaker phrase ("Pelosi (D-Calif")."""
    s, e = sp
    k = text.rfind("(", s, e)
    if k > s and text.find(")", k, e) < 0:
        e = k
        while e > s and text[e - 1].isspace():
            e -= 1
    return (s, e)


# First words of the phrases _ADVERBIAL knows ("on Sunday", "in a statement",
# "repeatedly"): the regex is tried only after one of them (or a comma).
_ADVERBIAL_STARTS = frozenset(
    ["on", "late", "early", "last", "this", "next", "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "again", "also", "repeatedly", "publicly", "privately", "separately", "recently", "previously", "flatly", "bluntly", "openly", "then", "first", "too", "once", "simply", "only", "further", "quietly", "angrily", "afterward", "afterwards", "in", "during", "at", "via", "through", "after", "to", "with", "speaking", "who", "because", "as", "from"]
)


def _may_start_adverbial(chunk: str) -> bool:
    """Could an adverbial phrase start with `chunk` (what follows a space, up to the next one)?"""
    word = chunk.lower()
    if word[-1:] in ",.":
        # "said Thursday, as China reported ...", "..., officials said Thursday.",
        # "saying recently, “...”": an adverbial
        return word[:-1] in DAYS or word[:-1] in _ADVERBIAL_STARTS or word[:-1].endswith("ly")
    return word in _ADVERBIAL_STARTS or word.endswith("ly")


_ADVERBIAL_START: dict[str, bool] = Memo(_may_start_adverbial)


# Words that open a new clause after an attribution ("..., he said, but ..."), not the rest of the one it interrupts.
_NEW_CLAUSE = frozenset(["and", "but", "or", "nor", "so", "yet", "while", "whereas", "although", "though", "as", "adding", "saying", "noting", "citing"])


# Reported speech may open with a subordinate clause after a finite "said" or
# "told" ("said if the state did not pay, ..."), not after "would not say if".
_SUBORDINATORS = frozenset(["if", "because", "although", "though", "unless"])


_FINITE_SAY = frozenset(["said", "says", "told", "tells"])


# Verbs of _BARE that often take a plain object ("added 300 jobs", "conceded the
# race", "predicted a landslide"): what follows them is reported content only
# if it reads as a clause (see _clause_ahead).
_TAKES_OBJECT = frozenset(["add", "concede", "estimate", "predict", "suggest", "maintain", "argue", "claim", "believe", "warn", "think"])


# A phrase after a cue, then "that" ("said over the last six weeks that", "argued in a filing on Monday that").
_PHRASE_BEFORE_THAT = frozenset(
    ["over", "in", "on", "at", "during", "for", "after", "before", "since", "throughout", "across", "earlier", "later", "last", "this", "repeatedly", "publicly", "privately", "recently", "again", "also"]
)
_THAT_AFTER_PHRASE = re.compile(r"[^,.;:!?“”\"\n]{1,70}?\sthat\s")


# A verb form showing that words after a cue make a clause ("added the plan would fail").
_FINITE = frozenset(
    "is are was were be been will would could should can may might must shall has have had do does did "
    "am isn't aren't wasn't weren't won't wouldn't couldn't shouldn't can't hasn't haven't hadn't don't doesn't didn't "
    # irregular past tenses
    "made took gave got went came knew thought found became left felt brought began kept held wrote stood heard "
    "meant met ran paid sat spoke led grew lost fell sent built understood drew broke spent rose drove bought "
    "chose won sold fought caught taught cast put hit let shut spread hurt cost quit".split()
)
_CLAUSE_SUBJECTS = frozenset(["he", "she", "they", "we", "i", "you", "there"])
# Words opening the object of a verb in -s ("provides the ...", not "staffers this year").
_OBJECT_OPENERS = DETERMINERS | frozenset(["his", "her", "their", "its", "our", "my", "your"])
_PLURAL_VERB_OBJECT = _OBJECT_OPENERS | frozenset(["more", "no", "all", "every", "any", "much", "little", "few", "that"])
# Prepositions and particles that STOP leaves out ("warned residents near the coast").
_PREPOSITIONS = frozenset(
    ["near", "around", "along", "inside", "outside", "behind", "beyond", "beside", "below", "above", "past", "like", "unlike", "off", "out", "up", "down", "away", "back", "plus", "toward", "towards", "ahead"]
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
        elif w[:1] in _OPENERS or (prev_raw.endswith(",") and key in ("and", "but", "or")):
            return False
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


# First words of an opening phrase before a clause's subject ("Hours before the vote, Trump ...").
_TIME_NOUNS = frozenset(["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments"])


_OPENING_WORDS = _TIME_NOUNS | frozenset(
    ["along", "after", "before", "during", "despite", "amid", "amidst", "in", "on", "at", "with", "without", "since", "following", "ahead", "unlike", "like", "as", "while", "when", "although", "though", "if", "because", "upon", "within", "throughout", "across", "beyond", "until", "last", "next", "late", "early", "earlier", "later"]
)


def _opens_adverbial(text: str, i: int) -> bool:
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
    return len(key) > 5 and key.endswith("ing") and key.isalpha() and len(words) > 1 and words[1][:1].islower()


def _can_start_content(token: str) -> bool:
    """May reported speech start with this word ("said crews had...", not "said so")?"""
    key = low_key(token)
    if not key or key in _NOT_CONTENT or key.endswith("ly"):
        return False
    if key in STOP and key not in _SENT_START:
        return False
    return token[:1].isalnum() or token[:1] in "$£€"


_OPENS_CONTENT: dict[str, bool] = Memo(_can_start_content)


# A negation in the few words before a cue: where :func:`_negated` reads them.
_NEGATION_NEAR = re.compile(r"n[’']t\b|\b(?:not|never|cannot)\b")


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


# "issued a statement", "released a report", "put out a memo" right before a
# cue in -ing ("... saying", "... arguing"): the subject of the clause speaks.
_RELEASED = (
    r"\b(?:releas(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|put(?:s|ting)?\s+out|post(?:s|ed|ing)|publish(?:es|ed|ing)"
    r"|sen(?:t|ds|ding)(?:\s+out)?|read|distribut(?:ed|ing)|circulat(?:ed|ing)|tweet(?:s|ed|ing)|fil(?:ed|ing))"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:" + "|".join(sorted(DOC_NOUNS)) + r")\s+"
    # a time between the document and the cue ("a statement at the time saying", "a memo on Monday saying")
    r"(?:(?:at\s+the\s+time|(?:on|last|this|late|early)\s+\w+|earlier|later|\w+day)\s+)?"
)
_RELEASED_DOC = re.compile(_RELEASED + "$")
_RELEASED_DOC_THAT = re.compile(_RELEASED + r"that\s+$")  # "released a statement that said"


# A relative pronoun right before a speaker, with no comma ("the deficit that CNN's poll showed").
_RELATIVE_BEFORE = re.compile(r"[^,]\s(?:that|which)\s+$")


# ", who" right before a cue, and the quotation marks that may not stand between it and the speaker before.
_WHO_BEFORE = re.compile(r",\s+who\s+$")
_MARKS_IN_GAP = re.compile("[\"“”«»]")


# Last words of such a time: only then is _RELEASED_DOC tried after a word that is not a document noun.
_DOC_TIME_END = frozenset(["time", "week", "month", "year", "night", "morning", "afternoon", "evening", "earlier", "later"]) | DAYS


# Words right before a cue in -ing whose subject is the main clause's ("Klobuchar ... after saying recently, “...”").
_ING_AFTER = frozenset(["after", "before", "while", "when", "by"])


# A pronoun with a contracted "is", "am" or "are" before a participle cue: a passive ("I'm told").
_PASSIVE_PRONOUN = re.compile(r"(?i:it[’']s|i[’']m|(?:we|you|they)[’']re)")


# "As" right before a speaker ("As we reported yesterday, ..."): the attribution leads the clause it reports.
_AS_BEFORE = re.compile(r"\b[Aa]s\s+$")


# Irregular past tenses that end a subject read forward ("put out a statement saying").
_PAST_VERBS = frozenset(["put", "sent", "made", "gave", "wrote", "took", "held", "ran"])


def _prev_word(text: str, i: int, lo: int) -> str:
    """The lower-cased word before `i` ("" at `lo`)."""
    toks = text[max(lo, i - 20) : i].rsplit(None, 1)
    return toks[-1].lower() if toks else ""


def _skip_space(text: str, i: int, hi: int) -> int:
    while i < hi and text[i].isspace():
        i += 1
    return i


def _clause_end(text: str, s: int, ue: int, later: list[_Att], opens: list[int]) -> int:
    """End of reported speech starting at `s`: the sentence end, a semicolon,
    a dash, a later attribution ("..., officials said"; ", while Republicans
    said ..."; "saying ... and adding that ...") or a quotation."""
    e = ue
    for a in later:
        if a.first > s and (a.final or _COORD.search(text, max(s, a.first - 14), a.first)):
            e = min(e, a.first)
        elif (
            a.first > s + 5 and a.cue.text.endswith("ing") and text.endswith(" and ", a.first - 5, a.first)
            and a.content_start is not None and "that" in text[a.cue.end : a.content_start]
        ):
            e = min(e, a.first - 5)  # "saying X and emphasizing that Y": a second cue of the same subject
    k = bisect.bisect_left(opens, s)
    if k < len(opens):
        e = min(e, opens[k])
    for sep in (";", " \u2014 ", " -- ", " \u2013 "):
        k = text.find(sep, s, e)
        if k >= 0:
            e = k
    while e > s and text[e - 1] in " ,(\u2014\u2013-":
        e -= 1
    # (the regex is searched from every position: first the cheap necessary condition)
    m = _COORD_TAIL.search(text, s, e) if text.endswith(_COORD_WORDS, s, e) else None
    if m:
        e = m.start()
    return e


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


def _is_title(text: str, r: Region) -> bool:
    """Is the quotation a title in title case ("Meet the Press", "Fire and Fury:
    Inside the Trump White House"): two to ten words, every word but short
    function words capitalised, no sentence inside?"""
    words = text[r.start : r.end].rstrip(".,!?").split()
    if not 2 <= len(words) <= 10 or words[0][:1].islower():
        return False
    for n, w in enumerate(words):
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL):
            return False
        if w[-1:] in ".!?" and n < len(words) - 1:
            return False  # a sentence ends inside: "Stop. Now."
    return not _PRONOUN_OPENING.match(words[0])


# Between an attribution and a title it names: "said on NBC’s “Meet the Press”", "told “Fox News Sunday”".
_TITLE_SETTING = re.compile(r"\s*(?:(?:on|to|in|at|with|during)\s+)?(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){0,3}")


# Function words that stay lower case in titles.
_TITLE_SMALL = frozenset(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs.", "vs", "via", "into"])
# A first word that opens speech rather than a title ("We Will Win" is rare; "I", "We", "You" open quotes).
_PRONOUN_OPENING = re.compile(r"(?:I|We|You|He|She|They|It|I['’]m|We['’]re|It['’]s|This|That|Yes|No)$")


def _looks_scare(text: str, r: Region) -> bool:
    """Quotation marks around a few words inside a sentence, with no speaker."""
    return len(text[r.start : min(r.end, r.start + 80)].split(None, 5)) <= 5  # split no further than needed


def _enough_words(text: str, s: int, e: int, rest: tuple[int, int] | None = None) -> bool:
    """At least three words of reported speech (in ``text[s:e]`` and the `rest` after an attribution)."""
    if rest is not None:
        n = len(text[s : min(e, s + 200)].split()) + len(text[rest[0] : min(rest[1], rest[0] + 200)].split())
        return n >= 3
    return len(text[s : min(e, s + 200)].split(None, 2)) == 3  # split no further than needed


def _embedding(atts: list[_Att], j: int, k: int, r: Region) -> _Att | None:
    """The attribution whose reported speech contains quotation `r`, if any.

    `j` is the last attribution before `r`, `k` the first after it.
    """
    if j >= 0 and (atts[j].content_start is not None or not atts[j].final) and atts[j].before:
        return atts[j]
    for a in atts[k : k + 4]:
        if a.first > r.close and (a.final or a.cue.lemma == "according to"):
            return a
    if j >= 0 and atts[j].cue.lemma == "according to":
        return atts[j]
    return None
