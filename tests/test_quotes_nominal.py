"""Nominal attributions (``framing.features.quotes._nominal``, issue 14, eleventh round).

A speech act named by a noun after its speaker's possessive: "repeated his claim that ...",
"joined Berg's call for ...". Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.features.quotes._find import find_quotes


def _nominal(text: str) -> list:
    quotes = [q for q in find_quotes(text) if q.note.startswith("nominal")]
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert text[q.speaker_start : q.speaker_end] == q.speaker
        assert text[q.cue_start : q.cue_end] == q.cue
    return quotes


@pytest.mark.parametrize(
    "text, speaker, resolved, cue, cue_class, content",
    [
        pytest.param("Mayor Ana Lund repeated her claim that the ferry was unsafe for children.", "her", "Ana Lund",
                     "claim", "skeptical", "the ferry was unsafe for children", id="her-claim-that"),
        pytest.param("Two council members joined Berg's call for an audit of the harbor board.", "Berg", "",
                     "call for", "directive", "an audit of the harbor board", id="name-call-for"),
        pytest.param("Okafor won the district with his promise to build a tram to the airport.", "his", "Okafor",
                     "promise", "emphatic", "to build a tram to the airport", id="his-promise-to"),
        pytest.param("Voters cheered Lund's attacks on the harbor board and its budget.", "Lund", "",
                     "attacks on", "critical", "the harbor board and its budget", id="attacks-on"),
        pytest.param("The board answered his warning last week that the pier could collapse, and it voted.",
                     "his", "", "warning", "emphatic", "the pier could collapse", id="adverbial-then-new-clause"),
        pytest.param("The board ignored Ms. Berg's insistence that the tram will pay for itself; she disagreed.",
                     "Ms. Berg", "", "insistence", "assertive", "the tram will pay for itself",
                     id="title-name-to-semicolon"),
        pytest.param("Nobody answered Okafors' argument that the levy was fair to farmers.", "Okafors", "",
                     "argument", "assertive", "the levy was fair to farmers", id="apostrophe-after-s"),
    ],
)
def test_a_possessives_speech_act(text, speaker, resolved, cue, cue_class, content):
    (q,) = _nominal(text)
    assert (q.kind, q.speaker, q.speaker_resolved, q.cue, q.cue_class, q.cue_type, q.text) == (
        "indirect", speaker, resolved, cue, cue_class, "speech", content)


@pytest.mark.parametrize(
    "text, content",
    [
        pytest.param("Berg repeated his call for an audit of the board and thanked the port workers.",
                     "an audit of the board", id="ends-before-a-second-verb"),
        pytest.param("The vote followed Lund's attacks on the late Capt. Ivo Berg, the harbor master. Then it rained.",
                     "the late Capt. Ivo Berg", id="past-a-title-before-a-name"),
        pytest.param("Berg repeated his call for a hearing with the port's Gen. Counsel. Lund left early.",
                     "a hearing with the port's Gen. Counsel", id="a-title-abbreviation-then-the-sentence-end"),
        pytest.param("In the end Lund kept her promise to back the mayor and threw her support behind him.",
                     "to back the mayor", id="ends-before-an-irregular-past"),
        pytest.param("Voters cheered Lund's call for a new pier and his criticism of the board.", "a new pier",
                     id="ends-before-a-second-nominal"),
        pytest.param("On the heels of Lund's attack on the harbor board, Berg wrote to the council.",
                     "the harbor board",
                     id="a-prepositional-object-ends-at-a-comma"),
        pytest.param("Berg stood by his claims that the pier closed on Mr. Okafor's watch.",
                     "the pier closed on Mr. Okafor's watch", id="not-at-an-abbreviation"),
        pytest.param("Lund renewed her attack on the new pier, with critics accusing her of spite.", "the new pier",
                     id="ends-at-with"),
    ],
)
def test_where_the_content_ends(text, content):
    assert [q.text for q in _nominal(text)] == [content]


def test_quoted_words_inside_make_a_partial_quote():
    text = "Lund stood by her statement on Monday that the pier is “a disgrace,” but she apologized."
    (q,) = _nominal(text)
    assert (q.kind, q.text, [text[s:e] for s, e in q.parts]) == (
        "partial", "the pier is “a disgrace,”", ["a disgrace,"])


def test_an_unresolved_possessive_says_why():
    (q,) = _nominal("Lund and Berg laughed at her claim that the pier was unsafe for children.")
    assert q.speaker_resolved == "" and "more than one person" in q.note


@pytest.mark.parametrize(
    "text",
    [
        # a subject: its content would run into the sentence's own verb
        pytest.param("His claim that the ferry was unsafe was false, the inspectors found.", id="subject"),
        pytest.param("Lund's attacks on the harbor board drew a sharp rebuke from Berg.", id="subject-attacks"),
        # a subject after a subordinator or a conjunction
        pytest.param("The mayor looks weak, just as his call for an audit remains unheeded.", id="after-as"),
        pytest.param("It is no accident that Lund's promise to rebuild the pier echoed Berg's.", id="after-that"),
        # a name across a line break is no name
        pytest.param("The Harbor Report\nLund's claim that the ferry was unsafe was read aloud.", id="line-break"),
        # no clause, no infinitive, or too short
        pytest.param("Lund renewed her claim to the harbor land in court.", id="claim-to-a-noun"),
        pytest.param("The vote undermined Berg's claims to majority status on the harbor board.", id="claims-to-status"),
        pytest.param("Okafor kept his promise after all.", id="no-content"),
        pytest.param("Berg repeated his call for calm.", id="two-words"),
        # a day or an article is no speaker
        pytest.param("The board read Monday's statement that the pier would close next spring.", id="a-day"),
        pytest.param("Readers doubted The Gazette's claim that the pier would close next spring.", id="the-name"),
    ],
)
def test_no_nominal_attribution(text):
    assert _nominal(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The board answered his warning that the pier could collapse in a storm.", id="his-warning"),
        pytest.param("Few believed the mayor's promises to open the pier by May.", id="a-subjects-promises"),
    ],
)
def test_a_noun_after_a_possessive_is_no_verb(text):
    # "warning", "promises", "claims", "vows", "pledges" after a possessive are nouns, not the verb's forms
    assert [q.cue for q in find_quotes(text) if q.kind != "scare" and not q.note.startswith("nominal")] == []


def test_has_after_a_pronoun_is_still_the_verb():
    (q,) = find_quotes("He's vowed to fight the closure of the pier.")
    assert (q.cue, q.text) == ("vowed", "to fight the closure of the pier")


def test_a_quote_found_before_keeps_its_content():
    # the denial reports the claim: one quote, the denial's
    quotes = find_quotes("The mayor denied Lund's claim that the ferry was unsafe for children.")
    assert [(q.cue, q.text) for q in quotes] == [("denied", "Lund's claim that the ferry was unsafe for children")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["his claim that", "Lund's call for", "her promise to", " the pier", " was",
                                 " unsafe", ",", ".", " and", "“", "”", " repeated", " Berg", "\n"]), max_size=30))
def test_spans_hold_on_any_mix(words):
    _nominal("".join(words))  # every span is what the text holds there; nothing raises


def test_no_cache_keeps_the_documents():
    # The nouns' classes are cached (a handful of keys); nothing keyed on a document's text is, so a
    # corpus run does not keep every text alive.
    from framing.features.quotes import _nominal

    assert hasattr(_nominal._cue_class, "cache_info")
    assert not hasattr(_nominal._content_end, "cache_info")
