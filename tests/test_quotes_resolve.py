"""Tests for framing.features.quotes._resolve: which quotation standing alone inherits the
speaker of the quote before it (issue 14: continuations on real news); and, read in
``_assign``, a quotation split by a verb the reporting-verb lexicon does not list."""

from __future__ import annotations

import pytest

from framing.features.quotes._find import find_quotes
from tests.test_quotes import brief, check_spans

GOLDEN = [
    pytest.param(
        "“Would that work?” Okafor pressed. “Could some of them stay?”",
        [("direct", "Would that work?” Okafor pressed. “Could some of them stay?", "Okafor", "pressed")],
        id="after-a-verb-read-past-the-unit",
    ),
    pytest.param(
        "“We are close,” she said outside the hall. But “the vote is not over.”",
        [("direct", "We are close,", "she", "said"), ("direct", "the vote is not over.", "she", "said")],
        id="after-a-leading-but",
    ),
    pytest.param(
        "“We are close,” said Ann Lee, an aide. Now, “the count is what matters.”",
        [("direct", "We are close,", "Ann Lee", "said"), ("direct", "the count is what matters.", "Ann Lee", "said")],
        id="after-a-leading-now-and-comma",
    ),
    pytest.param(
        "“We are close,” she said. “The vote is over.”",
        [("direct", "We are close,” she said. “The vote is over.", "she", "said")],
        id="plain-continuation-as-before",
    ),
    pytest.param(
        "“We will win,” she elaborated, “no matter what they spend.”",
        [("direct", "We will win,” she elaborated, “no matter what they spend.", "she", "elaborated")],
        id="split-by-a-verb-the-lexicon-lacks",
    ),
    pytest.param(
        "“It was close,” Ana Okafor said, noting that the chair lost no delegate. “If you are not tough, you lose.”",
        [("direct", "It was close,", "Ana Okafor", "said"),
         ("indirect", "the chair lost no delegate", "Ana Okafor", "noting"),
         ("direct", "If you are not tough, you lose.", "Ana Okafor", "said")],
        id="goes-on-from-the-words-not-the-participles-claim",
    ),
    pytest.param(
        "“Fares are up,” said Ivo Berg, who noted that ridership had fallen by half. “Things are moving.”",
        [("direct", "Fares are up,", "Ivo Berg", "said"), ("indirect", "ridership had fallen by half", "Ivo Berg", "noted"),
         ("direct", "Things are moving.", "Ivo Berg", "said")],
        id="goes-on-from-the-words-not-the-relative-clauses-claim",
    ),
    # must not fire
    pytest.param(
        "“It was close,” Ana Okafor said. The mayor added that the chair lost no delegate. “We will appeal.”",
        [("direct", "It was close,", "Ana Okafor", "said"),
         ("indirect", "the chair lost no delegate", "The mayor", "added"),
         ("direct", "We will appeal.", "The mayor", "added")],
        id="another-speakers-claim-between-keeps-its-speaker",
    ),
    pytest.param(
        "“We will win,” she elaborated, and the crowd roared “four more years.”",
        [("direct", "We will win,", "she", "elaborated"), ("scare", "four more years.", "", "")],
        id="not-split-across-a-clause",
    ),
    pytest.param(
        "“Would that work?” Okafor pressed. Lee shrugged. “Could some of them stay?”",
        [("direct", "Would that work?", "Okafor", "pressed"), ("direct", "Could some of them stay?", "", "")],
        id="a-sentence-between",
    ),
    pytest.param(
        "“We are close,” she said. But the mayor disagreed. “The vote is over.”",
        [("direct", "We are close,", "she", "said"), ("direct", "The vote is over.", "", "")],
        id="a-clause-after-the-conjunction",
    ),
    pytest.param(
        "“The count is close, and we are ahead.”\n- Ann Lee, an aide\n\nSome critics disagree. “The count is rigged.”",
        [("direct", "The count is close, and we are ahead.", "Ann Lee", "-"), ("direct", "The count is rigged.", "", "")],
        id="not-past-a-signed-pull-quote",
    ),
    pytest.param(
        "“We are close,” said Ann Lee. “We could win it all,” which is a stretch.",
        [("direct", "We are close,", "Ann Lee", "said"), ("scare", "We could win it all,", "", "")],
        id="a-quotation-whose-clause-goes-on",
    ),
]


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [brief(q) for q in quotes] == expected
