from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing import clean_text

CASES = [
    pytest.param(
        " date 2019-12-31 Category: World Published on Tuesday, 31 December 2019 00:00 Hits: 1\n\nOn Sunday, troops moved.",
        "\nOn Sunday, troops moved.",
        ["site_header"],
        id="aggregator-header-line",
    ),
    pytest.param(
        " date 2019-12-29 Jonathan Hoffman said the targets were hit.\n",
        "Jonathan Hoffman said the targets were hit.\n",
        ["date_prefix"],
        id="date-stamp-glued-to-first-sentence",
    ),
    pytest.param(
        "Via Financial Times\n\nThe US carried out strikes.",
        "\nThe US carried out strikes.",
        ["via_source"],
        id="via-syndication-line",
    ),
    pytest.param(
        "Strikes hit five sites.\n\nREAD ALSO  Knoxville Embryo Reanimated After Quarter-Century\n\nMore text.",
        "Strikes hit five sites.\n\n\nMore text.",
        ["read_also"],
        id="read-also-teaser",
    ),
    pytest.param(
        "Headline about strikes in Syria today\n\n  \u2022 Headline about strikes in Syria today\n\nBody.",
        "Headline about strikes in Syria today\n\n\nBody.",
        ["repeated_line"],
        id="headline-repeated-as-bullet",
    ),
    pytest.param(
        "People protest in Baghdad after the strike (photo credit: REUTERS/AKO RASHEED)\n"
        "People protest in Baghdad after the strike\n(photo credit: REUTERS/AKO RASHEED)\nThe US military said.",
        "The US military said.",
        ["photo_credit", "repeated_line", "photo_credit"],
        id="caption-and-credit-twice",
    ),
    pytest.param(
        "Via a new route, troops crossed the river.\nThey were seen.",
        "Via a new route, troops crossed the river.\nThey were seen.",
        [],
        id="via-in-a-real-sentence-is-kept",
    ),
    pytest.param(
        "The US said no. The US said no.\nThe US said no. The US said no.",
        "The US said no. The US said no.\n",
        ["repeated_line"],
        id="repeated-long-line",
    ),
    pytest.param("Yes.\nYes.\n", "Yes.\nYes.\n", [], id="short-repeats-are-kept"),
    pytest.param(
        "Officials spoke.\nStory Continued Below\nThey left.\n"
        "Copyright \u00a9 2019 The Washington Times, LLC. Click here for reprint permission.\n",
        "Officials spoke.\nThey left.\n",
        ["media_playback", "copyright_footer"],
        id="layout-and-copyright-boilerplate",
    ),
    pytest.param(
        "The strike was condemned.\nThe Associated Press contributed to this report.\nCLICK HERE TO GET THE FOX NEWS APP",
        "The strike was condemned.\n",
        ["contributor_credit", "newsletter_prompt"],
        id="credit-line-and-app-prompt",
    ),
    pytest.param(
        "Video shows the strike.\nPhoto\nUpdated at 5:41 p.m. ET\n",
        "Video shows the strike.\n",
        ["media_playback", "timestamp_line"],
        id="media-labels-only-when-alone-on-a-line",
    ),
    pytest.param(
        "Photos: Strikes in Iraq A man walks past rubble. Hide Caption 1 of 12\n"
        "JUST WATCHED Pentagon briefing Replay More Videos ... MUST WATCH Pentagon briefing 01:49\n"
        "The strikes hit five sites.",
        "The strikes hit five sites.",
        ["gallery_and_video", "gallery_and_video"],
        id="photo-gallery-and-video-player-lines",
    ),
    pytest.param(
        "The strikes hit five sites.\nA man walks past rubble in Baghdad. Hide Caption 2 of 12\nIt was night.",
        "The strikes hit five sites.\nIt was night.",
        ["gallery_caption"],
        id="gallery-caption-counter-anywhere-in-the-line",
    ),
]


@pytest.mark.parametrize(("raw", "expected", "rules"), CASES)
def test_cleaning_golden(raw, expected, rules):
    out = clean_text(raw)
    assert out.text == expected
    assert [r.rule for r in out.removed] == rules
    for r in out.removed:
        assert raw[r.raw_start : r.raw_end] == r.text


def test_repeated_lines_can_be_kept():
    raw = "A long repeated line here\nA long repeated line here\n"
    assert clean_text(raw, repeated_lines=False).text == raw


def test_custom_rules_file(tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "rules:\n  - name: sponsor\n    kind: remove_line\n    pattern: 'Sponsored:'\n", encoding="utf-8"
    )
    assert clean_text("Sponsored: buy now\nNews.", rules=rules).text == "News."
    rules.write_text("rules:\n  - name: x\n    kind: delete\n    pattern: 'a'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kind 'delete'"):
        clean_text("a", rules=rules)


def test_rules_tried_together_report_the_first_rule_that_matches(tmp_path):
    # Consecutive remove_line rules are run as one regex: the rule reported
    # must still be the first in file order that matches, whatever groups
    # and flags the patterns carry.
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "rules:\n"
        "  - name: grouped\n    kind: remove_line\n    pattern: '(a)(b)?c$'\n"
        "  - name: shouting\n    kind: remove_line\n    pattern: '(?i)watch(?P<x> now)?'\n"
        "  - name: caption\n    kind: remove_line_containing\n    pattern: 'Hide Caption'\n"
        "  - name: any_watch\n    kind: remove_line\n    pattern: '.*watch'\n"
        "  - name: early\n    kind: remove_line\n    first_lines: 1\n    pattern: 'x'\n",
        encoding="utf-8",
    )
    raw = "x first\nac\nWATCH NOW\nwe watch\nx later\nOld photo. Hide Caption 1 of 2\nKept."
    out = clean_text(raw, rules=rules)
    assert out.text == "x later\nKept."
    assert [r.rule for r in out.removed] == ["early", "grouped", "shouting", "any_watch", "caption"]


@given(st.text())
def test_cleaning_only_removes_and_audits(raw):
    out = clean_text(raw)
    # Every removed piece is exactly the raw text at its offsets, and the
    # cleaned text is the raw text minus those pieces, in order.
    rebuilt = []
    pos = 0
    for r in out.removed:
        assert raw[r.raw_start : r.raw_end] == r.text
        assert r.raw_start >= pos
        rebuilt.append(raw[pos : r.raw_start])
        pos = r.raw_end
    rebuilt.append(raw[pos:])
    assert "".join(rebuilt) == out.text
