"""Tests for framing.features.quotes._subjects: the subject read forward from a clause's
start for a participle after a comma (", saying") or a colon, past an opening phrase, and
the dateline before it (``_attribution._LEAD``), on the shapes real news showed (issue 14)."""

from __future__ import annotations

import pytest

from framing.features.quotes._find import find_quotes
from framing.features.quotes._subjects import _whole, lone_adverb, past_opening
from tests.test_quotes import brief, check_spans

# ---------------------------------------------------------------- golden cases, one per shape

GOLDEN = [
    pytest.param(
        "Inside the crowded gym, Mayor Ann Lee thanked the volunteers, saying they had worked all night.",
        [("indirect", "they had worked all night", "Mayor Ann Lee", "saying")],
        id="preposition-the-word-lists-lacked",
    ),
    pytest.param(
        "Likewise, the council rejected the plan and called for a new vote.",
        [("indirect", "a new vote", "the council", "called for")],
        id="one-word-adverb-and-comma",
    ),
    pytest.param(
        "Speaking Monday on CBS’s “Face the Nation,” Okafor conceded the point, but said the numbers were wrong.",
        [("scare", "Face the Nation,", "", ""), ("indirect", "the numbers were wrong", "Okafor", "said")],
        id="opening-phrase-closed-by-a-quotation",
    ),

    pytest.param(
        "In response to a question from a student about the rising cost of tuition at state colleges, "
        "the governor’s chief aide spoke at length, saying fees would fall.",
        [("indirect", "fees would fall", "the governor’s chief aide", "saying")],
        id="opening-phrase-over-80-characters",
    ),
    pytest.param(
        "Despite the scandal, Russia’s powerful Orthodox Church welcomed the result, saying it hoped for peace.",
        [("indirect", "it hoped for peace", "Russia’s powerful Orthodox Church", "saying")],
        id="possessive-opens-the-subject",
    ),
    pytest.param(
        "Despite the storm, the city council Tuesday approved the budget, saying it was balanced.",
        [("indirect", "it was balanced", "the city council", "saying")],
        id="weekday-after-the-subject",
    ),
    pytest.param(
        "Despite the storm, city officials on Tuesday approved the budget, saying it was balanced.",
        [("indirect", "it was balanced", "city officials", "saying")],
        id="on-and-weekday-after-the-subject",
    ),
    pytest.param(
        "LAGOS, May 3 (Reuters) - Nigeria’s health ministry raised its count of cases on Sunday, saying testing had expanded.",
        [("indirect", "testing had expanded", "Nigeria’s health ministry", "saying")],
        id="dateline-with-a-date",
    ),
    pytest.param(
        "After the vote, however, the mayor praised the council and urged residents to stay calm.",
        [("indirect", "residents to stay calm", "the mayor", "urged")],
        id="adverb-and-comma-after-the-opening-phrase",
    ),
    # must not fire
    pytest.param(
        "In June, both USA Today and the Journal published reports, saying the firm owed money.",
        [("indirect", "the firm owed money", "both USA Today", "saying")],
        id="not-a-weekday-USA-Today",
    ),
    pytest.param(
        "Later, a retired nurse from Toledo thanked the crowd, saying she was moved.",
        [("indirect", "she was moved", "a retired nurse from Toledo", "saying")],
        id="short-opening-phrase-as-before",
    ),
    pytest.param(
        "NASA, ESA and 12 partners - all of them funders - said the launch would slip.",
        [],
        id="no-dateline-without-capitals-to-the-dash",
    ),
    pytest.param(
        "On arriving at the base, Ortiz said, two guards took his phone and told him to wait.",
        [("indirect", "On arriving at the base, Ortiz said, two guards took his phone", "Ortiz", "said"),
         ("indirect", "him to wait", "two guards", "told")],
        id="subject-after-an-interrupting-attribution",
    ),
    pytest.param(
        "Over the years, she said, email has kept her close to the family, and she laughed and admitted “it can be a curse too.”",
        [("indirect", "Over the years", "she", "said"), ("direct", "it can be a curse too.", "she", "admitted")],
        id="not-past-an-interrupting-attribution-to-no-speaker",
    ),
    pytest.param(
        "“We will win,” he said, and then the aide nodded, saying so.",
        [("direct", "We will win,", "he", "said")],
        id="no-subject-read-past-a-quotation-that-opens-no-phrase",
    ),
]


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [brief(q) for q in quotes] == expected


@pytest.mark.parametrize(
    "text, sp, wide, expected",
    [
        pytest.param("Since May, the agency has waited, saying so.", None, True, "the agency", id="subject-after-comma"),
        pytest.param(
            "In a long and winding answer that went on for minutes", None, True, None,
            id="no-comma-no-subject",
        ),
        pytest.param(
            "Despite the storm, the agency waited, saying so.",
            (0, 17), False, "the agency", id="narrow-reads-the-subject-after-the-comma-too",
        ),
        pytest.param(
            "Speaking on CBS’s “Face the Nation,” Okafor said so, saying that.", (0, 8), False, "Speaking",
            id="narrow-keeps-the-phrase-when-nothing-follows-its-comma",
        ),
        pytest.param(
            "Speaking on CBS’s “Face the Nation,” Okafor said so, saying that.", (0, 8), True, "Okafor",
            id="wide-reads-past-the-quotation",
        ),
    ],
)
def test_past_opening(text, sp, wide, expected):
    limit = text.rindex("saying") if "saying" in text else len(text)
    got = past_opening(text, 0, limit, sp, wide=wide)
    assert (text[got[0] : got[1]] if got is not None else None) == expected


@pytest.mark.parametrize(
    "text, key, end, ok",
    [
        pytest.param("Likewise, Trump", "likewise", 8, True, id="adverb-and-comma"),
        pytest.param("Likewise Trump", "likewise", 8, False, id="no-comma"),
        pytest.param("Still Water, a fund", "still water", 11, False, id="a-name"),
    ],
)
def test_lone_adverb(text, key, end, ok):
    assert lone_adverb(text, key, end) is ok


def test_opening_phrase_look_is_bounded():
    # the comma closing an opening phrase is looked for within 120 characters only
    text = "In " + "a very long phrase " * 20 + ", the board met, saying so."
    assert past_opening(text, 0, text.index("saying"), None, wide=True) is None


@pytest.mark.parametrize(
    "text, first, expected",
    [
        pytest.param("Russia’s powerful Orthodox Church welcomed it", "Russia’s", "Russia’s powerful Orthodox Church",
                     id="possessive-extended"),
        pytest.param("the Software Council’s (SC) chief Ann Lee praised it", "the Software Council’s",
                     "the Software Council’s", id="not-past-a-bracket"),
        pytest.param("the city council Tuesday approved it", "the city council Tuesday", "the city council",
                     id="weekday-dropped"),
        pytest.param("officials on Tuesday approved it", "officials on Tuesday", "officials", id="on-and-weekday-dropped"),
        pytest.param("both USA Today and others", "both USA Today", "both USA Today", id="not-a-weekday"),
        pytest.param("The Super Tuesday post said", "The Super Tuesday", "The Super Tuesday", id="a-day-s-name"),
    ],
)
def test_whole(text, first, expected):
    a, b = _whole(text, (0, len(first)), len(text))
    assert text[a:b] == expected
