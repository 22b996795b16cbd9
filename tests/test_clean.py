from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import framing.clean as clean_module
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
        id="gallery-caption-counter-at-the-end-of-the-line",
    ),
    # issue 16 #1: a flattened article (one line) keeps its prose; only the debris inside it goes.
    pytest.param(
        "Image copyright AP Donald Trump has poured scorn on US intelligence claims.",
        "Donald Trump has poured scorn on US intelligence claims.",
        ["image_credit_inline"],
        id="bbc-credit-glued-to-prose",
    ),
    pytest.param(
        "He spoke. Image copyright Getty Images Image caption Dan Coats clashed with him. Coats left.",
        "He spoke. Dan Coats clashed with him. Coats left.",
        ["image_credit_inline"],
        id="bbc-credit-and-caption-label-inside-a-line",
    ),
    pytest.param(
        "Image copyright Reuters Image caption Dan Coats clashed with Donald Trump\nMr Trump spoke.",
        "Mr Trump spoke.",
        ["photo_credit"],
        id="bbc-caption-line-removed-whole",
    ),
    pytest.param(
        "READ MORE ABOUT TODAY'S SUPREME COURT RULING Here's her reasoning, which tracks with the lower court.",
        "Here's her reasoning, which tracks with the lower court.",
        ["teaser_inline"],
        id="teaser-glued-to-a-paragraph-keeps-the-paragraph",
    ),
    pytest.param(
        "It rose. FILE PHOTO: A voter casts his ballot in Miami November 2, 2010. REUTERS/Hans Deryk The guide says.",
        "It rose. The guide says.",
        ["wire_photo_inline"],
        id="wire-photo-caption-inside-a-line",
    ),
    pytest.param(
        "FILE PHOTO: Robert Mueller departs after a briefing. REUTERS/Yuri Gripas/File Photo\nThe report came.",
        "The report came.",
        ["wire_photo_caption"],
        id="wire-photo-caption-line",
    ),
    pytest.param(
        "near the border in Tornillo, Texas. REUTERS/Mike Blake The families had been separated.",
        "near the border in Tornillo, Texas. The families had been separated.",
        ["wire_photo_credit"],
        id="wire-photo-credit-inside-a-line",
    ),
    pytest.param(
        "Personal litigation JUST WATCHED Court rules Replay More Videos ... MUST WATCH Court rules 01:29 A legacy.",
        "Personal litigation A legacy.",
        ["video_player_inline"],
        id="video-player-inside-a-line",
    ),
    pytest.param(
        "The world. Photos: New Year People celebrate. Hide Caption 1 of 24 Photos: New Year Fireworks. "
        "Hide Caption 2 of 24 The story goes on.",
        "The world. The story goes on.",
        ["gallery_inline", "gallery_inline"],
        id="gallery-captions-inside-a-line",
    ),
    pytest.param(
        "Story highlights Missouri Gov. Jay Nixon notes the over-militarization of police",
        "Missouri Gov. Jay Nixon notes the over-militarization of police",
        ["story_highlights_inline"],
        id="cnn-story-highlights-label",
    ),
    pytest.param(
        "Listen\nListen to Today, Explained\nUpdated 2:02 pm ET, 12/7/2013\nThe vote came.",
        "The vote came.",
        ["audio_prompt", "audio_prompt", "updated_stamp"],
        id="npr-vox-cnn-format-lines",
    ),
    pytest.param(
        "Saul Loeb/AFP. Updated at 12:33 p.m. EST The Justice Department says it will release the report.",
        "Saul Loeb/AFP. The Justice Department says it will release the report.",
        ["updated_inline"],
        id="update-stamp-inside-a-line",
    ),
    pytest.param(
        "WATCH: Rudy Giuliani tells @chucktodd that he does not want President Trump to be caught in a perjury "
        "trap by speaking with Special Counsel Robert Mueller, and he said so again on Sunday.",
        "WATCH: Rudy Giuliani tells @chucktodd that he does not want President Trump to be caught in a perjury "
        "trap by speaking with Special Counsel Robert Mueller, and he said so again on Sunday.",
        [],
        id="teaser-label-on-a-long-line-keeps-the-line",
    ),
    pytest.param(
        "It rose. (Photo: Andy Wong/AP) China said. Media playback is unsupported on your device The lost weeks. "
        "He spoke. Photograph: Spencer Platt/Getty Images According to the plan, it went.",
        "It rose. China said. The lost weeks. He spoke. According to the plan, it went.",
        ["photo_credit_inline", "media_playback_inline", "photograph_credit_inline"],
        id="credits-and-placeholders-inside-a-line",
    ),
    pytest.param(
        "It was 2008. Newsletter Sign Up Continue reading the main story Please verify you are not a robot. "
        "View all New York Times newsletters. The next year came. Enlarge this image Hide caption",
        "It was 2008. The next year came. ",
        ["newsletter_inline", "npr_image_inline", "npr_caption_inline"],
        id="nyt-newsletter-box-and-npr-controls-inside-a-line",
    ),
    pytest.param(
        "The vote failed. Copyright © 2019 The Washington Times, LLC. Click here for reprint permission. "
        "It ended. Advertisement The next day. The Associated Press contributed to this report. "
        "CLICK HERE TO GET THE FOX NEWS APP The senator left. Advertisement spending rose.",
        "The vote failed. It ended. The next day. The senator left. Advertisement spending rose.",
        ["copyright_inline", "advertisement_inline", "contributor_inline", "app_prompt_inline"],
        id="footers-of-a-flattened-article",
    ),
    pytest.param(
        "They stayed in Syria. | J. Scott Applewhite/AP Photo Not far behind came a statement. POLITICO Playbook "
        "newsletter Sign up today to receive the #1-rated newsletter in politics Email Sign Up The senator left.",
        "They stayed in Syria. Not far behind came a statement. The senator left.",
        ["bar_credit_inline", "politico_playbook_label", "politico_signup_inline"],
        id="politico-credit-and-newsletter-box",
    ),
    pytest.param(
        "And so on . . . Advertisement Advertisement We advanced. It was a night. Advertisement: Trump lost. "
        "On Twitter, @ck. Sign up for Daily Opinion Newsletter Manage Newsletters The next day. "
        "He took no sides. Click for more from Reuters. The vote came.",
        "And so on . . . We advanced. It was a night. Trump lost. On Twitter, @ck. The next day. "
        "He took no sides. The vote came.",
        ["advertisement_inline", "advertisement_inline", "newsletter_prompt_inline", "click_for_more_inline"],
        id="advertisement-newsletter-and-partner-pointers-inside-a-line",
    ),
    pytest.param(
        "“We will vote,” said Sen. Ada Quill Ada Marie QuillSenate passes farm bill | Quill: Vote is close "
        "Ports reopen MORE (D-Ore.), adding that Rep. Tom Reyes Thomas (Tom) Reyes2020 race tightens MORE said no.",
        "“We will vote,” said Sen. Ada Quill (D-Ore.), adding that Rep. Tom Reyes said no.",
        ["hover_card_inline", "hover_card_inline"],
        id="member-card-after-a-name-the-name-stays",
    ),
    pytest.param(
        "Mayor Ivo de Brun Ivo de BrunCity budget passes MORE’s plan won. George SimsGeorge Alan SimsPark opens MORE said so.",
        "Mayor Ivo de Brun’s plan won. George Sims said so.",
        ["hover_card_inline", "hover_card_inline"],
        id="member-card-with-a-particle-or-glued-to-the-name",
    ),
    pytest.param(
        "Speaker Lu Brandt Lu Emil Brandt Farm bill stalls | Brandt retires MORE (R-Ky.) spoke, as did Al Orr Al Orr Budget talks MORE.",
        "Speaker Lu Brandt (R-Ky.) spoke, as did Al Orr.",
        ["hover_card_spaced_inline", "hover_card_spaced_inline"],
        id="member-card-after-a-space",
    ),
    pytest.param(
        # Not a card: the name is not repeated glued to a headline; capitals alone are not a glue.
        "Ann Lee met Ann Lee's aide. WE WANT MORE JOBS, THEY SAID, ASKING FOR MORE. Smith Jones Smith Sr. wants MORE. "
        "Mary Poe and Mary Poe Jr. asked for MORE.",
        "Ann Lee met Ann Lee's aide. WE WANT MORE JOBS, THEY SAID, ASKING FOR MORE. Smith Jones Smith Sr. wants MORE. "
        "Mary Poe and Mary Poe Jr. asked for MORE.",
        [],
        id="repeated-names-and-capitals-are-not-a-member-card",
    ),
]


PROSE = (
    "Donald Trump has poured fresh scorn on US intelligence claims of Russian hackers meddling in the election. "
    "He tweeted that the intelligence briefing had been delayed, perhaps to build a case. "
)


@pytest.mark.parametrize(
    "debris",
    [
        "Image copyright AP",
        "Image copyright Getty Images Image caption",
        "Photo credit: REUTERS/AKO RASHEED",
        "READ MORE: Trump hits back",
        "Photos: Strikes in Iraq",
        "JUST WATCHED Pentagon briefing",
        "Media caption",
        "Hide Caption 1 of 12",
    ],
)
def test_no_rule_empties_a_flattened_article(debris):
    # A whole article on one line (its line breaks flattened, as in many CSV
    # and JSON exports), starting with debris: the prose stays.
    raw = f"{debris} {PROSE * 3}"
    out = clean_text(raw)
    assert PROSE.strip() in out.text
    assert len(out.text.split()) >= len((PROSE * 3).split()) - 3


def test_cleaning_a_huge_line_is_bounded():
    # A one-line 2 MB "article": no word list of the whole line is built (the
    # repeated-line check skips lines of more than 10,000 characters).
    raw = "Image copyright AP " + PROSE * 12_000
    out = clean_text(raw)
    assert out.text == PROSE * 12_000


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


def test_inline_rule_with_a_cut_group_removes_only_that_group(tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "rules:\n  - name: tag\n    kind: remove_inline\n    pattern: 'Lee(?P<cut>\\[[0-9]+\\])'\n", encoding="utf-8"
    )
    out = clean_text("Ann Lee[12] said. Bo[3] left. Lee[4] came.", rules=rules)
    assert out.text == "Ann Lee said. Bo[3] left. Lee came."
    assert [r.text for r in out.removed] == ["[12]", "[4]"]


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


# ---- the pre-screen of inline rules (which lines each rule is tried in) changes no output

_DEBRIS_PIECES = [
    "Image copyright AP", "Image caption", "Media caption", "FILE PHOTO: ", "REUTERS/Yuri Gripas/File Photo",
    "Photos: A rally. Hide Caption 3 of 24", "Hide Caption 1 of 2", "Updated at 5:41 p.m. ET", "[Updated at 1:02 am]",
    "READ MORE ABOUT IT ", "SEE ALSO ", "ALSO READ ", "READ ALSO: ", "toggle caption Ann Lee Ann Lee",
    "Enlarge this image", "Advertisement", ". Advertisement Then", "ADVERTISEMENT", "Copyright 2019 Foo LLC.",
    "© 2020 Bar Inc.", "Click here for reprint permission.", "The AP contributed to this report.", "(Photo: A/B)",
    "| Getty", "POLITICO Playbook newsletter", "POLITICO NEWSLETTERS", "Continue reading the main story",
    "Newsletter Sign Up Continue reading the main story", "[VIDEO PLAYBACK]", "Listen · 3:45", "Click for more from Fox.",
    "The US struck.", "Mr Smith said", "Ann Lee Ann Marie LeeHeadline | Two MORE", "MORE", " ", "\n", "\r\n", "\r", "\x0b", "\u2028", "\n\n",
]


def _unscreened(monkeypatch, raw):
    """clean_text with every inline rule tried in every line (no pre-screen)."""
    import framing.clean as clean_module

    def everything(screen, text):
        return frozenset(range(len(screen.rules))), []

    with monkeypatch.context() as m:
        m.setattr(clean_module, "_inline_plan", everything)
        return clean_text(raw)


@given(st.lists(st.sampled_from(_DEBRIS_PIECES), max_size=30))
def test_inline_prescreen_changes_no_output(pieces):
    raw = "".join(pieces)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert clean_text(raw) == _unscreened(monkeypatch, raw)


@pytest.mark.parametrize("raw", [
    "Image copyright AP Donald Trump said. Hide Caption 1 of 2\nREUTERS/Yuri Gripas/File Photo Then.",
    "A line.\r\nPOLITICO Playbook newsletter and POLITICO NEWSLETTERS\u2028SEE ALSO READ ALSO: X",
    "Newsletter Sign Up Continue reading the main story. Continue reading the main story",
])
def test_inline_prescreen_golden(raw, monkeypatch):
    out = clean_text(raw)
    assert out.removed  # each case has debris to cut
    assert out == _unscreened(monkeypatch, raw)


def test_literal_scan_finds_the_longest_literal_and_those_it_contains():
    import re

    from framing._text import literal_trie
    from framing.clean import _overlap

    literals = ["POLITICO Playbook newsletter", "POLITICO Playbook", "Photograph: ", "Photo", "Click "]
    regex = re.compile(literal_trie(sorted(literals, key=len, reverse=True)))
    found = [m.group() for m in regex.finditer("POLITICO Playbook newsletter. Photograph: X. Photos. Click here")]
    assert found == ["POLITICO Playbook newsletter", "Photograph: ", "Photo", "Click "]
    assert _overlap("SEE ALSO", "ALSO READ") and not _overlap("ALSO READ", "SEE ALSO")
    assert not _overlap("Photograph: ", "Photo")  # inside it: named by its match


# The repeated-line check files lines under their end words and builds keys
# only on a collision: it must answer exactly as a set of every key would.
_SEEN_WORDS = ["The", "the", "THE", "said", "said.", "(Photo: AP)", "(credit: x)", "(", "-", "*", "•", "a" * 70,
               "Trump", "trump", "x", "é", "İstanbul"]
_SEEN_GAPS = [" ", "  ", "\t", "\u00a0", " - ", ""]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.tuples(st.sampled_from(_SEEN_WORDS), st.sampled_from(_SEEN_GAPS)), min_size=1, max_size=9),
            st.booleans(),
        ),
        max_size=12,
    ),
    st.integers(1, 5),
)
@example([([("The", " "), ("man", "  "), ("said", " "), ("so.", "")], True),
          ([("\u2022 THE", " "), ("MAN", "\t"), ("said", " "), ("so.", " -")], True)], 4)
@example([([("A", " "), ("(Photo: AP)", " "), ("b", " "), ("c", " "), ("d", "")], False),
          ([("A", " "), ("b", " "), ("c", " "), ("d", "")], True)], 4)
@example([([("a" * 70, " "), ("b", " "), ("c", " "), ("d", "")], True),
          ([("A" * 70, " "), ("b", " "), ("c", " "), ("D", "")], True)], 4)
def test_seen_lines_answer_as_a_set_of_keys(lines, min_words):
    seen, plain = clean_module._Seen(min_words), set()
    for words, check in lines:
        line = "".join(w + g for w, g in words)
        key = clean_module._repeat_key(line)
        if check:
            expected = False
            if key.count(" ") + 1 >= min_words:
                expected = key in plain
                plain.add(key)
            assert seen.add(line, check=True) == expected
        else:
            seen.add(line, check=False)
            plain.add(key)
