"""Quoted labels whose source the sentence names (``framing.features.quotes._labels``, issue 14)."""

from __future__ import annotations

import pytest

from framing.features.quotes._find import find_quotes
from tests.test_quotes import check_spans


@pytest.mark.parametrize(
    "text, speaker, cue, content, label",
    [
        pytest.param("He also mocked Okafor, who he dubbed “the little mayor.”", "he", "dubbed",
                     "the little mayor.", "the little mayor.", id="who-he-dubbed"),
        pytest.param("Much of her anger was aimed at Lund, who Berg on Tuesday called “a terrible boss.”",
                     "Berg", "called", "a terrible boss.", "a terrible boss.", id="who-name-on-day-called"),
        pytest.param("The ruling ended what former tenants have called a “rent trap” in the city.",
                     "former tenants", "called", "a “rent trap” in the city", "rent trap", id="what-have-called-tail"),
        pytest.param("Amid what the Herald called a “rough week” for Okafor, the polls moved.", "the Herald",
                     "called", "a “rough week” for Okafor", "rough week", id="what-the-paper-called"),
        pytest.param("The sale fell through over what Lund described as a “piece of history.”", "Lund",
                     "described", "a “piece of history.”", "piece of history.", id="what-described-as"),
        pytest.param("He railed against what he calls the “crooked” zoning board.", "he", "calls",
                     "the “crooked” zoning board", "crooked", id="label-of-a-noun-phrase"),
        pytest.param("In what Lund terms “an irony” the rights in the charter were invoked.", "Lund", "terms",
                     "an irony", "an irony", id="no-tail-before-a-new-noun-phrase"),
        pytest.param("The bus was seized by a man who police described as “unstable” after he held the crew.", "police",
                     "described", "unstable", "unstable", id="no-tail-into-a-clause"),
        pytest.param("The edge of what Lund calls “the wisdom of crowds” disappears quickly.", "Lund", "calls",
                     "the wisdom of crowds", "the wisdom of crowds", id="no-tail-after-a-whole-noun-phrase"),
        pytest.param("Tariffs hit goods that include what the Treasury called “strategic” metals.", "the Treasury",
                     "called", "“strategic” metals", "strategic", id="the-nearest-relative"),
        pytest.param("She posts clips in videos she calls “Porch Talk,” pointing at charts.", "she", "calls",
                     "Porch Talk,", "Porch Talk,", id="contact-clause"),
        pytest.param("The plan drew a reply from Mayor Ana Lund, who called the levy “a cash grab” at once.",
                     "Mayor Ana Lund", "called", "the levy “a cash grab”", "a cash grab",
                     id="name-who-called-object"),
        pytest.param("Senators balked, with Sen. Ana Lund calling it a “wish list.”", "Sen. Ana Lund", "calling",
                     "it a “wish list.”", "wish list.", id="with-subject-calling"),
        pytest.param("The audit, often labeled as a “witch hunt” by Republicans, went on.", "Republicans",
                     "labeled", "a “witch hunt”", "witch hunt", id="reduced-passive-by-agent"),
        pytest.param("The tactic has been called “strategic fog” by Ana Lund, a historian.", "Ana Lund", "called",
                     "strategic fog", "strategic fog", id="passive-by-name"),
        pytest.param("The files were labeled “restricted” by the Interior Department.", "the Interior Department",
                     "labeled", "restricted", "restricted", id="passive-agent-before-period"),
        pytest.param("Within an hour, Berg called Lund “Tiny Tom” twice.", "Berg", "called",
                     "Lund “Tiny Tom” twice", "Tiny Tom", id="title-case-nickname"),
        pytest.param("Okafor called Lund “The Queen of the Valley.”", "Okafor", "called",
                     "Lund “The Queen of the Valley.”", "The Queen of the Valley.", id="title-case-label-ends"),
        pytest.param("Ortiz refers to the governor, her old friend, as “Mr. Hale,” in every speech.", "Ortiz",
                     "refers to", "the governor, her old friend, as “Mr. Hale,”", "Mr. Hale,", id="refers-to-object-as"),
        pytest.param("Bush referred to Hale as “a bright leader” on Monday.", "Bush", "referred to",
                     "Hale as “a bright leader” on Monday", "a bright leader", id="referred-to-name-as"),
    ],
)
def test_a_quoted_label_is_its_sources_words(text, speaker, cue, content, label):
    quotes = [q for q in find_quotes(text) if q.kind != "scare"]
    check_spans(text, quotes)
    (q,) = quotes
    assert (q.kind, q.speaker, q.cue, q.cue_class, q.text) == ("partial", speaker, cue, "characterizing", content)
    assert [text[s:e] for s, e in q.parts] == [label]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("She runs a charity called “Hope for Kids.”", id="a-thing-called"),
        pytest.param("The so-called “reform caucus” met on Friday.", id="so-called"),
        pytest.param("The so called “reform caucus” met on Friday.", id="so-called-no-hyphen"),
        pytest.param("He released a memo titled “Where the Race Stands.”", id="titled"),
        pytest.param("The mayor has been called the “Lion of the Valley” for his speeches.", id="passive-no-agent"),
        pytest.param("They held the rally in what is called a “safe space” on campus.", id="what-is-called"),
        pytest.param("Then he called “Fox and Friends” to complain.", id="phone-call-to-a-show"),
        pytest.param("The plan was called “bold” by accident, not design.", id="by-not-an-agent"),
        pytest.param("A study dubbed the “Ohio Health Test,” whose results came out in May, found little.",
                     id="a-study-dubbed-title"),
    ],
)
def test_a_label_without_a_giver_stays_a_scare_quote(text):
    assert [q.kind for q in find_quotes(text)] == ["scare"]


def test_a_label_inside_a_claim_keeps_the_claims_speaker():
    # the quotation after a label verb whose clause has its own speech keeps the speech's
    text = "Okafor said the levy, which critics call “a cash grab,” would pass."
    assert all(q.speaker != "critics" or q.cue == "call" for q in find_quotes(text))
    # a trailing "according to" holds the whole sentence: its label is not taken from it
    text = "The files were labeled “restricted” by the Interior Department, according to two aides."
    (q,) = [q for q in find_quotes(text) if q.kind != "scare"]
    assert (q.speaker, q.cue) == ("two aides", "according to")


def test_a_label_does_not_lend_its_speaker_to_the_next_quotation():
    text = "Okafor railed against what he calls the “crooked” board. “The answer is no.”"
    label, after = find_quotes(text)
    assert (label.kind, label.speaker, label.cue) == ("partial", "he", "calls")
    assert (after.kind, after.speaker) == ("direct", "")


def test_a_verb_phrase_is_no_labels_subject():
    # "who wrote a book about the mayor called “...”": the book is called so, nobody labels it here
    text = "Ann Lee, who wrote a book about the mayor called “Sons of Ohio” after the trial, said she was sad."
    assert all(q.cue != "called" for q in find_quotes(text))


def test_a_label_inside_an_according_to_claim_stays_in_the_claim():
    text = "Pugh and Lund, according to the indictment, moved money to her campaign, what prosecutors call “straw gifts.”"
    assert [q.cue for q in find_quotes(text) if q.kind != "scare"] == ["according to"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Often referred to in the local press as “the river king,” he now runs the port.", id="passive-often"),
        pytest.param("The plan, widely referred to as “the fix,” failed.", id="passive-widely"),
        pytest.param("Lund referred to the report in her speech.", id="no-label"),
    ],
)
def test_refer_to_without_a_source_or_a_label_is_no_cue(text):
    assert all(q.cue != "referred to" and "refer" not in q.cue for q in find_quotes(text))
