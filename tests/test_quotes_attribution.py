"""The attribution pass (``framing.features.quotes._attribution``), issue 14.

An attribution inside a subordinate clause that opens after a comma, or with
"But as" / "And when" at the sentence's start, ends its content at the clause's
comma: the main clause after it is the writer's. Every sentence here was
written for these tests.
"""

from __future__ import annotations

import pytest

from framing.features.quotes._find import find_quotes
from tests.test_quotes import check_spans


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        pytest.param("First you tease them; then, when they make clear that they are hurt, you mock them.", "they",
                     "they are hurt", id="when-after-a-comma"),
        pytest.param("But as the weeks went on and the senators made clear that the nominee was dead, her bid faded.",
                     "the senators", "the nominee was dead", id="but-as-at-the-start"),
        pytest.param("The rally went on, and while the mayor insisted that the budget was sound, the crowd jeered.",
                     "the mayor", "the budget was sound", id="and-while-after-a-comma"),
        pytest.param("And after Lee threatened to hold up roads, schools and water bills, the council gave in.", "Lee",
                     "to hold up roads, schools and water bills", id="past-a-lists-commas"),
    ],
)
def test_a_subordinate_clauses_attribution_ends_at_its_comma(text, speaker, content):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    (q,) = quotes
    assert (q.speaker, q.text) == (speaker, content)


@pytest.mark.parametrize(
    "text, content",
    [
        # the main clause after an "as X said," aside is the content: not cut at its next comma
        pytest.param("As Lee observed, the winner was not on the stage, it was the stage itself.",
                     "the winner was not on the stage, it was the stage itself", id="as-aside"),
        # a subordinate clause inside the reported clause: the outer cue's content runs on
        pytest.param("The mayor said that when officials made clear that the plan was dead, nobody objected.",
                     "when officials made clear that the plan was dead, nobody objected", id="inside-a-claim"),
    ],
)
def test_no_subordinate_cut_outside_the_frame(text, content):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert content in [q.text for q in quotes]


@pytest.mark.parametrize(
    "text, content",
    [
        # a subordinate clause at the sentence's end: no main clause follows, the content runs on
        pytest.param("It was resumed later, though the chief said that even during the pause they had kept in touch,"
                     " with most work going on.", "even during the pause they had kept in touch, with most work going on",
                     id="clause-at-the-end"),
        # "As X said [adverbial], CONTENT": the main clause is the content
        pytest.param("As Lee has said any number of times, the cost of doing nothing is high.",
                     "any number of times, the cost of doing nothing is high", id="as-without-that"),
        # "that" read as a complementizer in "in response that morning": a one-word clause is no clause
        pytest.param('As a vendor noted on the radio in response that morning, "in Ohio, blankets are taxed."',
                     "in Ohio, blankets are taxed.", id="that-morning"),
        # a pronoun and its verb after the comma are the main clause, not a list's last items
        pytest.param("And when he says open, he means open and full, kids in class every day.", "open, he means open and"
                     " full, kids in class every day", id="no-list-before-a-pronoun"),
        # an aside in parentheses opens the content: not a clause
        pytest.param("But if we know that (and have known it for decades), why are the police still doing it?",
                     "(and have known it for decades), why are the police still doing it", id="parenthesis"),
        # a comma inside the content ("not only ..., but ..."): no main clause starts there
        pytest.param("But once the doctor told us that the room was closed to not only members, but the staff too.",
                     "the room was closed to not only members, but the staff too", id="comma-before-but"),
    ],
)
def test_no_subordinate_cut_without_a_main_clause_after(text, content):
    assert content in [q.text for q in find_quotes(text)]
