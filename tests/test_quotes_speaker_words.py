"""Speaker words around a cue (``framing.features.quotes._speaker_words``), issue 14.

A participle set off by a comma and one adverb (", simply saying, “...”",
", later telling aides ...") reports the main clause's subject, as after a bare
comma. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from framing.features.quotes._find import find_quotes
from tests.test_quotes import check_spans


@pytest.mark.parametrize(
    "text, kind, speaker, cue, content",
    [
        pytest.param("The mayor ended the meeting early, simply saying, “My time is up.”", "direct", "The mayor",
                     "saying", "My time is up.", id="comma-ly-adverb-direct"),
        pytest.param("The senator voted no, later telling aides the bill was “a disaster.”", "partial", "The senator",
                     "telling", "the bill was “a disaster.”", id="comma-time-adverb-partial"),
        pytest.param("The senator voted no, reportedly telling aides the bill was “a disaster.”", "partial",
                     "The senator", "telling", "the bill was “a disaster.”", id="comma-hedge-adverb"),
    ],
)
def test_a_participle_after_a_comma_and_an_adverb_is_the_subjects(text, kind, speaker, cue, content):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    (q,) = quotes
    assert (q.kind, q.speaker, q.cue, q.text) == (kind, speaker, cue, content)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an absolute phrase names its own subject: not the main clause's
        pytest.param("The mayor ended the meeting early, his aide saying “no comment” to the reporters outside.",
                     "his aide", id="absolute-phrase"),
        pytest.param("The mayor ended the meeting early, his aide simply saying “no comment” to the reporters.",
                     "his aide", id="absolute-phrase-with-adverb"),
    ],
)
def test_a_participle_with_its_own_subject_keeps_it(text, speaker):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The ruling “leaves little you can do,” said a former county judge.", "a former county judge",
                     id="quotation-ending-you-can-do-then-inverted-cue"),
        pytest.param("The fee “is more than we could pay,” the mayor said.", "the mayor", id="we-could-pay-then-cue"),
    ],
)
def test_a_quotations_last_words_are_no_generic_you(text, speaker):
    # "you could (well) argue" names no one, but only as the words right before the cue: not the
    # last words of a quotation that an inverted attribution follows
    quotes = find_quotes(text)
    check_spans(text, quotes)
    (q,) = quotes
    assert q.speaker == speaker
