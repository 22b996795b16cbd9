"""Assigning quotations and reported speech to attributions: direct, partial, scare and indirect quotes.

``Assign`` is a mixin of :class:`~framing.features.quotes._attribution.Builder`:
it reads the builder's ``text`` and asks :meth:`Content._continuation
<framing.features.quotes._content.Content._continuation>` for the rest of an
interrupted clause.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from framing.features.quotes._according import adverbial_at, opens_clause, skip_aside
from framing.features.quotes._after_quote import _NOT_SPEAKERS, _NOT_SPEECH_VERBS, _SIGN_OFF, _VERB_AFTER
from framing.features.quotes._aside_claims import aside_title
from framing.features.quotes._content import _CLAUSE_TAIL, _clause_end, _ends_clause
from framing.features.quotes._draft import _Q, _Att
from framing.features.quotes._interrupted import QUOTE_MARKER, RELATIVE_CUE
from framing.features.quotes._marks import DOUBLE, SINGLE, Region
from framing.features.quotes._objects import said_object
from framing.features.quotes._cues import Cue
from framing.features.quotes._labels import LABEL_NOTE, label_frame
from framing.features.quotes._records import CUE_TYPE_OF_CLASS, NO_SOURCE_CLASSES, NOT_WORDING_CLASSES
from framing.features.quotes._speakers import speaker_type

_PUNCT_ONLY = re.compile(r"[\s,;:\u2014\u2013-]*")


_SPLIT_GAP = re.compile(r"\s*,?\s*")

# A source whose "According to" reports findings, not someone's words.
_FINDINGS = re.compile(r"\b(?:polls?|surveys?|stud(?:y|ies)|data|analys[ie]s|estimates?|census|count|tally|figures)\b", re.I)

# An appositive after an inverted speaker, between the two parts of a quotation ("“A,” said
# Edward Leamer, an economist at the U.S. bank, “B.”"): no sentence or clause punctuation but
# commas, no quotation mark, a full stop only after a capital ("U.S."), bounded.
_APPOSITIVE_GAP = re.compile(r"\s*,\s*(?:[^;:!?\u201c\u201d\"\n.]|(?<=[A-Z])\.){1,200}?,\s*")


def _is_title(text: str, r: Region) -> bool:
    """Is the quotation a title in title case ("Meet the Press", "Fire and Fury:
    Inside the Trump White House"): two to ten words, every word but short
    function words capitalised, no sentence inside?"""
    words = text[r.start : r.end].rstrip(".,!?").split(None, 10)  # (eleven items: more than ten words)
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
_TITLE_SMALL = frozenset("a an the and or but nor of in on at to for with by from as vs. vs via into &".split())


# A first word that opens speech rather than a title ("We Will Win" is rare; "I", "We", "You" open quotes).
_PRONOUN_OPENING = re.compile(r"(?:I|We|You|He|She|They|It|I['’]m|We['’]re|It['’]s|This|That|Yes|No)$")


def _looks_scare(text: str, r: Region) -> bool:
    """Quotation marks around a few words inside a sentence, with no speaker."""
    return len(text[r.start : min(r.end, r.start + 80)].split(None, 5)) <= 5  # split no further than needed


def _embedding(atts: list[_Att], j: int, k: int, r: Region) -> _Att | None:
    """The attribution whose reported speech contains quotation `r`, if any.

    `j` is the last attribution before `r`, `k` the first after it.
    """
    if j >= 0 and (atts[j].content_start is not None or not atts[j].final) and atts[j].before and not (
        0 <= atts[j].content_end <= r.open  # "While voters believe X, his base fears “Y”": the claim has ended
    ):
        if j > 0 and atts[j].cue.cls in CUE_TYPE_OF_CLASS and _holds(atts[j - 1], atts[j], r):
            # "Bush said history has shown the need for a “stable government”": Bush's words, and the
            # inner cue is part of his claim (used: it reports no clause of its own)
            atts[j].used = True
            return atts[j - 1]
        return atts[j]
    for a in atts[k : k + 4]:
        if a.first > r.close and (a.final or a.cue.lemma == "according to"):
            return a
    if j >= 0 and atts[j].cue.lemma == "according to":
        return atts[j]
    return None


def _holds(outer: _Att, inner: _Att, r: Region) -> bool:
    """Does the claim of `outer`, a speech cue before it, hold the belief or evidence cue `inner` and
    quotation `r` ("he says if people think the issues will be addressed by “...”")?"""
    return (
        outer.cue.cls not in CUE_TYPE_OF_CLASS and outer.before and outer.content_start is not None
        and outer.content_start <= inner.cue.start and not 0 <= outer.content_end <= r.open
    )


# How far (in characters) a speaker's name may reach from its cue.
_NAME_REACH = 300

_UNPAIRED = re.compile("[\"\u201c\u201d\u201e\u201f\u00ab\u00bb]")


def _enough_words(text: str, s: int, e: int, rest: tuple[int, int] | None = None) -> bool:
    """At least three words of reported speech (in ``text[s:e]`` and the `rest` after an attribution)."""
    if rest is not None:
        n = len(text[s : min(e, s + 200)].split()) + len(text[rest[0] : min(rest[1], rest[0] + 200)].split())
        return n >= 3
    return len(text[s : min(e, s + 200)].split(None, 2)) == 3  # split no further than needed


# Where a stance's object phrase ends inside its clause: a comma, a colon, a parenthesis, a
# subordinate clause, a second verb phrase ("backed Rubio and is now giving ...") or the main
# clause's verb after a participle ("Democrats backing the bill received ...").
_PHRASE_BREAK = re.compile(
    r"[,:](?=\s)|\(|\s(?:because|since|although|though|while|whereas|when|if|unless|until|despite|but|after|before"
    r"|and\s+(?:is|was|are|were|has|had|have|will|would|can|could|do|does|did|now|then|later|also|want|wants|say|says|for|by"
    r"|think|thinks|believe|believes|hope|hopes|plan|plans|made|took|gave|went|got|left|won|lost|began|ran|sent|kept"
    r"|came|told|said|[a-z]+ed))\b|\s(?=[a-z]{3,}ed\b|(?:is|are|was|were|has|have|had|will|would|can|could)\b)"
)
# ... and an impression's infinitive ("appeared to insult her, saying ..."): a participle, a relative.
_IMPRESSION_BREAK = re.compile(
    r",\s+(?:[a-z]+ing|[a-z]+ed|who|which|and|but)\b|:|\s[\u2014\u2013]\s|\s--\s"
    r"|\s(?:when|while|because|although|though|since|after|before|until|unless)\s"
)
# A stance's object that is only a determiner (the rest in quotation marks: backed a “no” vote).
_BARE_DETERMINER = frozenset("a an the his her their its our my your this that these those".split())


_new_cue = tuple.__new__



# A past-tense verb and the determiner of its object inside a subject read forward ("The ministry
# issued a statement", "Palin posted a message"): the subject ends before the verb.
_VERB_IN_SUBJECT = re.compile(
    r"\s(?:[a-z]+ed|put|sent|made|gave|wrote|took|held|ran|read)\s+(?:a|an|the|his|her|its|their|this|new)\b"
)


def _cut_at_verb(text: str, sp: tuple[int, int]) -> tuple[int, int]:
    """`sp` without a verb phrase read into it ("The ministry issued a statement" -> "The ministry")."""
    m = _VERB_IN_SUBJECT.search(text, sp[0], sp[1])
    return sp if m is None or m.start() <= sp[0] else (sp[0], m.start())


def _skip_brackets(text: str, lo: int, end: int) -> int:
    """Where the clause before a colon starts, past punctuation and bracketed stage directions
    ("(SOUNDBITE) (Russian) RUSSIAN PRESIDENT VLADIMIR PUTIN, SAYING: “...”", a wire video script):
    each bracket closes within 30 characters, before `end`."""
    while lo < end:
        ch = text[lo]
        if ch in " \t\n,;:\u2014\u2013-":
            lo += 1
        elif ch in "([" and 0 <= (k := text.find(")" if ch == "(" else "]", lo, min(end, lo + 30))):
            lo = k + 1
        else:
            break
    return lo


class Assign:
    """The assignment steps of ``Builder`` (a mixin: see the module docstring; helpers from ``Interrupted``)."""

    text: str
    _known_ends: dict[int, tuple[int, tuple[int, int, int] | None]]
    unit_index: int  # the unit being read (set by Builder.run)
    _continuation: Callable[[_Att, int, list[_Att], list[int]], tuple[int, int] | None]

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
            # Only attributions whose cue is near the quotation can hold it in
            # their speaker's name: a bounded window, not every attribution of
            # the unit for every quotation (quadratic in a long paragraph).
            near = atts[before_cues(cue_starts, r_open - _NAME_REACH) : after_cues(cue_starts, r_close + _NAME_REACH)]
            nickname = False
            for b in near:  # (a plain loop: no generator per quotation)
                sp = b.sp
                if sp[0] < r_open and r_close < sp[1]:
                    nickname = True
                    break
            if nickname:
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
            pre = atts[j] if pre is None and j >= 0 and QUOTE_MARKER.fullmatch(text, atts[j].last, r_open) else pre
            if pre is None and n_r == 0 and colon_att is not None and not text[us:r_open].strip():
                pre = colon_att  # "Esper said:\n\n“We will ...”"
            if (
                pre is None and post is None and out and out[-1].kind == "direct" and out[-1].att is not None
                and not out[-1].att.before and out[-1].att.last <= r_open
                and _APPOSITIVE_GAP.fullmatch(text, out[-1].att.last, r_open) is not None
            ):
                pre = out[-1].att  # "“A,” said Edward Leamer, an economist at the bank, “B.”"
            note = ""
            standalone = False
            q_start, q_end = r_start, r_end  # a label's quote may be wider ("calling it a “wish list”")
            colon = text[max(prev_end, r_open - 3) : r_open].rstrip().endswith(":")
            if post is not None and pre is not None and colon and post.before and post.cue.text.endswith("ing"):
                # "Graham told CNN: “...,” adding that ...": the cue before the colon introduces the quotation
                post = None
            post, opening, head_free = self._opening_post(post, cue_starts, lead, r, atts[k + 1 : k + 3], ue)
            if post is not None:
                att = post
                # the quotation opens its clause: nothing before it but punctuation, or a colon
                # ("X say the plan is fine: “It works,” an aide said.")
                clause_initial = colon or not text[prev_end:r_open].strip(" ,;:\u2014\u2013-\n\t")
                kind = "direct" if clause_initial else "partial"
                post_own = said_object(post.cue.lemma) or post.content_start is not None and post.cue.text.endswith("ing")
                if not clause_initial and post_own:
                    # "Katz said that they were a “turning point,” adding that ...", "the “Gang of Eight,” Sen. Okafor
                    # praised the plan": a participle or a verb whose object is its content does not take a fragment
                    # of the clause before it (with no claim around it, "... what had been called the “Golden
                    # Week,” saying that ...", the fragment is nobody's)
                    emb = _embedding(atts, j, k, r)
                    att = emb if emb is not post else None
                    if att is None:
                        kind, standalone, note = self._unattributed(prev_end, ue, r)
            elif pre is not None:
                att = pre
                kind = "direct" if colon or _ends_clause(text, r_close + 1, ue) else "partial"
            else:
                att, opening = self._frame_of(atts, j, k, r, out, (lead, prev_end, ue), opening, head_free, _embedding)
                if (att is None or (
                    att.content_start is None and att.first < r_open and att.cue.lemma != "according to"
                )) and (
                    lab := label_frame(text, prev_end, ue, r, self.unit_index)
                ) is not None:
                    att, q_start, q_end = lab  # "who he dubbed “the little senator”" (not the "mocked" before it)
                    kind, note = "partial", LABEL_NOTE
                elif att is not None:
                    kind = "partial"
                else:
                    att = self._own_frame(prev_end, ue, r)
                    if att is not None:
                        kind = "direct"  # "Asked about it, he demurred: “Not today.”", "“...,” he mocks."
                    else:
                        kind, standalone, note = self._unattributed_or_scare(prev_end, ue, r, opening)
            if att is not None and note is not LABEL_NOTE and ((att.first < r_open and _is_title(text, r) and not (
                # "called Rubio “Little Marco”": an object before the label (not "a study dubbed the “...”")
                att.cue.cls == "characterizing" and att.content_start is not None and att.content_start < r_open
                and text[att.content_start : r_open].strip().lower() not in _BARE_DETERMINER
                and text[r_open - 3 : r_open - 1] not in ("'s", "’s")
            ) and (
                _TITLE_SETTING.fullmatch(text, att.last, r_open) or _TITLE_SETTING.fullmatch(text, att.cue.end, r_open)
            )) or aside_title(text, att, r, _is_title)):
                # "said on NBC’s “Meet the Press.”", "told “Fox News Sunday”": the programme, not speech; any
                # quotation between the cue and its content ("said on ABC's ''This Week'' on Sunday that",
                # "said in an interview with “Fox & Friends” that ...": aside_title)
                att, kind, note = None, "scare", "a title in quotation marks"
            # "“A,” he said, “B.”": one quote in two parts
            if (
                att is not None
                and out
                and out[-1].att is att
                and out[-1].kind == "direct"
                and pre is att
                and post is None
                and (_SPLIT_GAP.fullmatch(text, att.last, r_open) or (
                    not att.before and _APPOSITIVE_GAP.fullmatch(text, att.last, r_open) is not None
                ))
                # without a comma, only a quotation closing the sentence ("“A,” he said “B.”",
                # not "said Dwayne “The Rock” Johnson")
                and ("," in text[att.last : r_open] or _ends_clause(text, r_close + 1, ue))
            ):
                prev = out[-1]
                prev.end = r_end
                prev.parts.append((r_start, r_end))
            else:
                out.append(_Q(q_start, q_end, kind, att, [(r_start, r_end)], min(q_start, r_open), ue, standalone, note))
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
            q_start, q_end = r_start, r_end
            if n_r == 0 and colon_att is not None and not text[us:r_open].strip():
                att = colon_att  # "Esper said:\n\n“We will ...”"
                att.used = True
                kind = "direct" if _ends_clause(text, r_close + 1, ue) else "partial"
            elif (lab := label_frame(text, prev_end, ue, r, self.unit_index)) is not None:
                att, q_start, q_end = lab  # "what critics called a “witch hunt”"
                kind, note = "partial", LABEL_NOTE
            elif out and out[-1].kind == "direct" and (a := out[-1].att) is not None and a.cue.cls == "" and (
                a.last <= r_open and "," in text[a.last : r_open] and _SPLIT_GAP.fullmatch(text, a.last, r_open)
            ):
                out[-1].end = r_end  # "“A,” she elaborated, “b.”": one quote in two parts, as after "said"
                out[-1].parts.append((r_start, r_end))
                prev_end = r_close + 1
                continue
            else:
                att = self._own_frame(prev_end, ue, r)
                if att is not None:
                    kind = "direct"  # "Asked about it, he demurred: “Not today.”", "“...,” he mocks."
                else:
                    kind, standalone, note = self._unattributed(prev_end, ue, r)
            out.append(_Q(q_start, q_end, kind, att, [(r_start, r_end)], min(q_start, r_open), ue, standalone, note))
            prev_end = r_close + 1
        return out

    def _own_frame(self, prev_end: int, ue: int, r: Region) -> _Att | None:
        """The attribution that a quotation's own punctuation frames, when no cue holds it: a colon
        after its speaker, a comma and a verb the lists do not know, or a signed pull quote."""
        return self._colon_speaker(prev_end, ue, r) or self._verb_after(prev_end, ue, r) or self._signed(r)

    def _colon_speaker(self, prev_end: int, ue: int, r: Region) -> _Att | None:
        """The attribution of a quotation after a colon whose clause names the
        speaker ("Trump leaned in and boomed: “Let’s win.”", "The ministry, in
        a statement: “...”"): the clause's subject, with the colon as the cue
        (class ``source``); None when the quotation does not end its sentence,
        is a title, or the clause's subject is no source."""
        text = self.text
        j = r.open
        while j > prev_end and text[j - 1] in " \t\u00a0":
            j -= 1
        if j <= prev_end or text[j - 1] != ":" or j - prev_end > 200:
            return None
        colon = j - 1
        if "\n" in text[prev_end:colon].strip() or not _ends_clause(text, r.close + 1, ue) or _is_title(text, r):
            return None
        lo = _skip_brackets(text, prev_end, colon)
        d = max(text.rfind(" - ", lo, colon), text.rfind(" \u2014 ", lo, colon), text.rfind(" \u2013 ", lo, colon))
        # a roundup's "Pollsters agree - Carl Bialik: “...”": the source named after the dash
        sp = self._subject(d + 3, colon) if d > lo and colon - d < 60 else None
        if sp is None or speaker_type(text[sp[0] : sp[1]]) not in ("person", "institution"):
            sp = self._subject(lo, colon)  # (not "The senator - a Republican from Ohio:")
        if sp is None:
            return None
        cue = _new_cue(Cue, (colon, colon + 1, ":", ":", "source"))
        return _Att(cue, _cut_at_verb(text, sp), True, sp[0], colon + 1, r.open, False, self.unit_index)

    def _colon_lead(self, lead: int, ue: int) -> _Att | None:
        """A sentence without a quotation that ends with a colon and names a
        speaker ("Palin posted a message on Facebook:", "The ministry issued
        a statement:"): an attribution (the colon as its cue, class
        ``source``) for a quotation opening the next sentence or paragraph;
        None when the sentence does not end with a colon, is longer than 200
        characters or its subject is no source."""
        text = self.text
        j = ue
        while j > lead and text[j - 1].isspace():
            j -= 1
        if j <= lead or text[j - 1] != ":" or j - lead > 200:
            return None
        colon = j - 1
        sp = self._subject(lead, colon)
        if sp is None:
            return None
        cue = _new_cue(Cue, (colon, colon + 1, ":", ":", "source"))
        return _Att(cue, _cut_at_verb(text, sp), True, sp[0], colon + 1, ue, False, self.unit_index)

    def _verb_after(self, prev_end: int, ue: int, r: Region) -> _Att | None:
        """The attribution of a quotation that opens its clause and ends with
        a comma, "?" or "!", followed by a subject and a verb the reporting
        verbs do not list ("“...,” he mocks.", "“...,” Trump went on",
        "“...,” agrees Michelle Stevens"): the verb is the cue (no class)."""
        text = self.text
        if r.end <= r.start or text[r.end - 1] not in ",?!" or text[prev_end : r.open].strip(" ,;:\u2014\u2013-\n\t"):
            return None
        # (the frame is tight, so it is read past the unit: after "?”" the sentence splitter ends one)
        m = _VERB_AFTER.match(text, r.close + 1, min(len(text), r.close + 90))
        if m is None:
            return None
        if m.group("s1") is not None:
            sp, verb, before = m.span("s1"), m.span("v1"), True
        else:
            sp, verb, before = m.span("s2"), m.span("v2"), False
        if text[verb[0] : verb[1]] in _NOT_SPEECH_VERBS or text[sp[0] : sp[1]] in _NOT_SPEAKERS:
            return None
        cue = _new_cue(Cue, (verb[0], verb[1], text[verb[0] : verb[1]], text[verb[0] : verb[1]], ""))
        return _Att(cue, sp, before, min(sp[0], verb[0]), m.end(), None, True, self.unit_index)

    def _signed(self, r: Region) -> _Att | None:
        """The attribution of a quotation that is its paragraph, signed on the
        next line with a dash and a name ("- Bernie Sanders.") or with a person's
        name and an outlet ("Karl W. Smith, Bloomberg"): the name, with the dash
        or the comma as the cue (class ``source``)."""
        text = self.text
        m = _SIGN_OFF.match(text, r.close + 1, min(len(text), r.close + 200))
        if m is None:
            return None
        w = max(0, r.open - 200)  # the quotation opens its paragraph (a bounded look back)
        k = text.rfind("\n", w, r.open)
        name = "name" if m.group("dash") else "name2"  # without a dash, a person before an outlet (not "Paris, France")
        kind = speaker_type(m.group(name))
        if (k < 0 and w > 0) or text[k + 1 : r.open].strip() or kind == "unknown" or (name == "name2" and kind != "person"):
            return None
        dash = m.start("dash") if m.group("dash") else m.start("comma")
        cue = _new_cue(Cue, (dash, dash + 1, text[dash], text[dash], "source"))
        return _Att(cue, m.span(name), False, min(dash, m.start(name)), max(dash + 1, m.end(name)), None, True, self.unit_index)

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

    def _indirect(self, lead: int, ue: int, atts: list[_Att], regions: list[Region]) -> list[_Q]:
        text = self.text
        out: list[_Q] = []
        opens = [r.open for r in regions]
        taken = lead
        # the last attribution that is final, and the last read before its cue: "any later one"
        # is one comparison (not a copy of the rest of the unit's attributions for each)
        last_final = last_before = -2
        for i, a in enumerate(atts):
            if a.used:
                taken = max(taken, a.last)
                continue
            if a.cue.cls in CUE_TYPE_OF_CLASS:
                if last_final == -2:
                    last_final = max((t for t, b in enumerate(atts) if b.final), default=-1)
                if last_final > i:
                    # "The company expects to cut jobs, two people said.": the belief is part of what is said
                    continue
            according = a.cue.lemma == "according to"
            before = False  # the content is before the attribution ("CONTENT, X said")
            if a.content_start is not None and a.content_start < ue and not according:
                s = a.content_start
                e = _clause_end(text, s, ue, atts[i + 1 : i + 3], opens)
                known = a.content_end if a.content_end > s else self._known_ends.get(a.cue.start, (-1,))[0]
                if s < known < e:
                    e = known
            elif according and a.content_start is None and (a.first <= lead or opens_clause(text, lead, a.first, a.last)):
                s = a.last  # "According to X, CONTENT", "(According to X, CONTENT.)", "...: According to X, CONTENT"
                while s < ue and text[s] in " ,":
                    s += 1
                s = skip_aside(text, s, ue)  # "According to X, who has ..., CONTENT"
                if (
                    i + 1 < len(atts) and atts[i + 1].before and atts[i + 1].sp[0] == s
                    and atts[i + 1].cue.cls != "evidential"
                    and _FINDINGS.search(text, a.sp[0], a.sp[1]) is None
                ):
                    # "According to Reuters, officials said ...": the officials' claim is the quote (a poll's
                    # findings stay the poll's: "According to a Pew poll, 71 percent say ...")
                    continue
                e = _clause_end(text, s, ue, atts[i + 1 : i + 3], opens)
            elif a.final or (according and a.first > lead):
                # "CONTENT, X said." / "CONTENT, according to X."
                before = True
                e = a.first
                while e > lead and text[e - 1] in " ,\u2014\u2013(":
                    e -= 1
                if text.endswith(", as", lead, e):  # "CONTENT, as the Gazette reported."
                    e -= 4
                s = max(lead, taken)
                while s < e and text[s] in " ,;:":
                    s += 1
                if according and s > lead and adverbial_at(text, s):
                    continue  # "“...,” the officer wrote alongside a photo, according to X": no claim of X's
            else:
                continue
            if a.cue.cls in NOT_WORDING_CLASSES:
                if before:
                    continue  # a stance's object follows the verb
                # the object phrase: "endorsed Clinton last month, and ..." ends at the comma
                m = (_IMPRESSION_BREAK if a.cue.cls in NO_SOURCE_CLASSES else _PHRASE_BREAK).search(text, s, e)
                if m is not None:
                    e = m.start()
                if text[s:e].strip().lower() in _BARE_DETERMINER:
                    continue
            if not before and RELATIVE_CUE.search(text, max(lead, a.cue.start - 24), a.cue.start):
                if last_before == -2:
                    last_before = max((t for t, b in enumerate(atts) if b.before), default=-1)
                if last_before > i and a.content_end < 0:
                    # "The senator, who has announced she will retire next year and ..., said ...": an aside
                    # about the speaker, unless the mark closing it is known ("Maria Velez, who said the
                    # river was poisoned, described ...": see _asides.relative_end)
                    continue
            while e > s and text[e - 1] in _CLAUSE_TAIL:
                e -= 1
            while s < e and (text[s] in DOUBLE or text[s] in SINGLE):
                s += 1  # an unpaired quotation mark (recorded as a problem)
            # "The strikes, he said, were defensive.": the clause goes on after the attribution
            rest = self._continuation(a, ue, atts[i + 1 : i + 3], opens, s) if before else None
            if rest is not None and self._rest_only(a, s, e, lead, opens):
                s, e, rest = rest[0], rest[1], None  # "Still, he said, officials have to decide ...": the rest only
            if e <= s or s < taken or not (
                a.cue.cls in NOT_WORDING_CLASSES or _enough_words(text, s, e, rest)
                or (a.cue.cls == "characterizing" and not before and " " in text[s:e] and a.cue.start in self._known_ends)
            ):  # three words, or a label with its object ("called him divisive")
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
