"""Tests for framing.features.quotes._asides (speaker phrases an aside interrupts) and the
reading of speaker phrases the other rules missed on real news: no-break spaces, relative
clauses, recipients with a place or a title (issue 14)."""

from __future__ import annotations

import pytest

from framing.features.quotes._aside_claims import relative_end
from framing.features.quotes._asides import aside_open, comma_aside
from framing.features.quotes._find import find_quotes
from tests.test_quotes import brief, check_spans

# ---------------------------------------------------------------- golden cases, one per shape

GOLDEN = [
    pytest.param(
        "Kowalski (who has 12 votes so far) said it is likely the bill will pass in the spring.",
        [("indirect", "it is likely the bill will pass in the spring", "Kowalski", "said")],
        id="brackets",
    ),
    pytest.param(
        "Senator Ann Lowe (a Vermont Democrat so young she was taken for an intern) says she was lost at first.",
        [("indirect", "she was lost at first", "Senator Ann Lowe", "says")],
        id="brackets-holding-a-clause",
    ),
    pytest.param(
        "Jim Sharp — a farmer from Ames — says he made a late choice to vote for Lowe.",
        [("indirect", "he made a late choice to vote for Lowe", "Jim Sharp", "says")],
        id="dashes",
    ),
    pytest.param(
        "The mayor - who once said he would burn the rulebook - said at a rally in Ohio that the plant should close.",
        [("indirect", "he would burn the rulebook", "The mayor", "said"),
         ("indirect", "the plant should close", "The mayor", "said")],
        id="hyphens-around-a-relative-with-its-own-cue",
    ),
    pytest.param(
        "Lance Harper, 52, a retired nurse who now works at the library, said the mayor should answer.",
        [("indirect", "the mayor should answer", "Lance Harper", "said")],
        id="age-then-appositive-with-a-relative",
    ),
    pytest.param(
        "County clerk Ann Pike, clad in a green coat with buttons that spelled the word Vote, said the count "
        "could be a mess by morning.",
        [("indirect", "the count could be a mess by morning", "County clerk Ann Pike", "said")],
        id="participle-holding-a-relative",
    ),
    pytest.param(
        'Garner, the author of "Quiet Rooms," a study of rural libraries, said the days of the town library '
        "are over.",
        [("scare", "Quiet Rooms,", "", ""),
         ("indirect", "the days of the town library are over", "Garner", "said")],
        id="title-in-the-appositive",
    ),
    pytest.param(
        "Lena Ortiz, a host of ''Morning Table,'' said the show would return in May.",
        [("scare", "Morning Table,", "", ""), ("indirect", "the show would return in May", "Lena Ortiz", "said")],
        id="title-ending-the-appositive-is-no-quotation-before-an-inverted-speaker",
    ),
    pytest.param(
        "Even Rendell, a loyal party member, said it would be easier to raise the fuel tax.",
        [("indirect", "it would be easier to raise the fuel tax", "Rendell", "said")],
        id="adverb-before-the-name",
    ),
    pytest.param(
        "Maria Velez, who said the factory poisoned the river in 1998, described the damage.",
        [("indirect", "the factory poisoned the river in 1998", "Maria Velez", "said")],
        id="relative-clause-with-a-cue-ends-at-the-main-verb",
    ),
    pytest.param(
        "Tom Greer, who said he expects the deal to close by Friday, left the room.",
        [("indirect", "he expects the deal to close by Friday", "Tom Greer", "said")],
        id="relative-clause-content-stops-before-the-main-verb",
    ),
    pytest.param(
        "Barkley, who said he usually votes for Democrats, said one candidate stood out.",
        [("indirect", "he usually votes for Democrats", "Barkley", "said"),
         ("indirect", "one candidate stood out", "Barkley", "said")],
        id="relative-clause-before-a-second-cue",
    ),
    pytest.param(
        "Kasich (who says the deal is dead) said the vote will go on.",
        [("indirect", "the deal is dead", "Kasich", "says"), ("indirect", "the vote will go on", "Kasich", "said")],
        id="relative-clause-in-brackets",
    ),
    pytest.param(
        "The mayor, who said the budget, which passed in May, was balanced, cut the fund.",
        [("indirect", "the budget, which passed in May, was balanced", "The mayor", "said")],
        id="relative-clause-holding-another-relative",
    ),
    pytest.param(
        "Although in May she said the plan was a mistake, at the meeting this week she said she did not regret it.",
        [("indirect", "the plan was a mistake", "she", "said"), ("indirect", "she did not regret it", "she", "said")],
        id="pronoun-after-an-opening-phrase-without-a-comma",
    ),
    pytest.param(
        "Again, those surveyed said the mayor was best placed to fix the roads.",
        [("indirect", "the mayor was best placed to fix the roads", "those surveyed", "said")],
        id="respondents-after-an-opening-word",
    ),
    pytest.param(
        "Most people surveyed said they would be willing to discuss it.",
        [("indirect", "they would be willing to discuss it", "Most people surveyed", "said")],
        id="respondents-with-a-quantifier",
    ),
    pytest.param(
        "By 58%-33%, those polled say the fund should stay.",
        [("indirect", "the fund should stay", "those polled", "say")],
        id="respondents-after-a-margin",
    ),
    pytest.param(
        "The governor told a crowd in Dayton, Ohio on Tuesday that the tax cut is \u201ca gift.\u201d",
        [("partial", "the tax cut is \u201ca gift.\u201d", "The governor", "told")],
        id="recipient-with-a-place-then-that",
    ),
    pytest.param(
        "But he told NBC\u2019s \u201cMeet the Press\u201d that the mayor is a \u201ctotal fraud.\u201d",
        [("scare", "Meet the Press", "", ""), ("partial", "the mayor is a \u201ctotal fraud.\u201d", "he", "told")],
        id="recipient-with-a-title-then-that",
    ),
    pytest.param(
        "Gen. Ann Allen said on ABC's ''This Week'' on Sunday that the mayor was wrong.",
        [("scare", "This Week", "", ""), ("indirect", "the mayor was wrong", "Gen. Ann Allen", "said")],
        id="title-that-reads-as-speech-between-the-cue-and-that",
    ),
    pytest.param(
        "The campaign chief said \u2014 on the radio, as it happens \u2014 that Lowe raised $4 million.",
        [("indirect", "Lowe raised $4 million", "The campaign chief", "said")],
        id="adverbial-between-dashes-then-that",
    ),
    pytest.param(
        "Aides told the Times, however, that she did speak up at the meeting.",
        [("indirect", "she did speak up at the meeting", "Aides", "told")],
        id="adverb-between-commas-then-that",
    ),
    pytest.param(
        "Large majorities of voters in six states going to the polls on Tuesday said they support the tax.",
        [("indirect", "they support the tax", "Large majorities of voters in six states", "said")],
        id="subject-with-a-participle",
    ),
    pytest.param(
        "Another farmer who sells at the market and who did not want to be named said he heard talk of ruin.",
        [("indirect", "he heard talk of ruin", "Another farmer", "said")],
        id="subject-with-two-relative-clauses",
    ),
    pytest.param(
        "Three members of the staff that runs the office told me they believed the mayor would quit.",
        [("indirect", "they believed the mayor would quit", "Three members of the staff", "told")],
        id="subject-with-a-relative-that",
    ),
    pytest.param(
        "The clerk of nearly four years, a Democrat who spoke on condition of anonymity, said she became ill.",
        [("indirect", "she became ill", "The clerk of nearly four years", "said")],
        id="role-before-an-appositive-with-a-relative",
    ),
    pytest.param(
        "Smith\u00a0said if the council approves the plan, rents will rise.",
        [("indirect", "if the council approves the plan, rents will rise", "Smith", "said")],
        id="no-break-space-before-the-cue",
    ),
    pytest.param(
        "Japanese\u00a0writer Hiro Sato\u00a0said the timing\u00a0of the remark was odd.",
        [("indirect", "the timing\u00a0of the remark was odd", "Japanese\u00a0writer Hiro Sato", "said")],
        id="no-break-spaces-are-kept-in-the-strings",
    ),
]


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [brief(q) for q in quotes] == expected


# ---------------------------------------------------------------- not an aside before a speaker

@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Smith, the chairman, issued the subpoena after Jones, a lawyer who works for the city, said the "
            "files were lost.",
            [("indirect", "the files were lost", "Jones", "said")],
            id="two-asides-are-another-clause",
        ),
        pytest.param("Ann Pike, the clerk, counted the votes, said the report.", [], id="a-verb-between-commas"),
        pytest.param(
            "Prices rose in May (up 4 percent), the bank said.",
            [("indirect", "Prices rose in May (up 4 percent", "the bank", "said")],
            id="brackets-in-the-content-before-an-inverted-speaker",
        ),
        pytest.param("He left the room — no one knew why — and said nothing.", [], id="dashes-then-no-content"),
        pytest.param(
            "The senator, who has announced she will retire, said the vote was a loss.",
            [("indirect", "the vote was a loss", "The senator", "said")],
            id="relative-in-the-present-perfect-is-the-speakers-background",
        ),
        pytest.param(
            "It was a blow to the idea that Lowe\u2014who said she would scrap the law \u201con day one\u201d\u2014had sway.",
            [("partial", "she would scrap the law \u201con day one\u201d", "Lowe", "said")],
            id="who-glued-to-the-name-by-a-dash-is-no-part-of-the-speaker",
        ),
        pytest.param(
            "It is your right as a voter.\u201dAides to the senators \u2014 who met on Monday \u2014 told reporters the "
            "card would be used only for jobs.",
            [],  # (the closing mark alone is recorded as a problem)
            id="sentence-glued-to-the-next-is-no-speaker",
        ),
        pytest.param(
            "The plan is dead, Smith told reporters, noting that the vote failed.",
            [("indirect", "The plan is dead", "Smith", "told"), ("indirect", "the vote failed", "Smith", "noting")],
            id="participle-before-that-has-its-own-cue",
        ),
        pytest.param(
            "Lowe spoke in Boston, a city that voted for the plan.", [], id="relative-that-after-a-place"),
        pytest.param(
            "So involved is Mr. Lowe that three members of the staff that runs the office told me he would quit.",
            [],  # (not "Lowe": the period of "Mr." ends no sentence)
            id="abbreviation-is-no-clause-edge",
        ),
        pytest.param("A woman who said she was robbed sued the city.", [], id="cue-of-the-relative-clause"),
        pytest.param(
            "If I am your boss and I tell you to put a cover sheet on the report, that gives you a reason to do it.",
            [("indirect", "you to put a cover sheet on the report", "I", "tell")],
            id="that-as-a-subject-after-a-request",
        ),
        pytest.param("We should refuse to concede, then, that the caricature is true.", [], id="refusal-before-that"),
        pytest.param(
            "Historically, the liaison posts are held by junior staffers, said Max Stier, who leads the group.",
            [("indirect", "Historically, the liaison posts are held by junior staffers", "Max Stier", "said")],
            id="adverb-then-a-clause-is-no-appositive",
        ),
        pytest.param(
            "\u201cI carry a pistol,\u201d said Dale Jackson, a delegate from Ohio (who said he feels safer with it), "
            "adding that he is not worried.",
            [("direct", "I carry a pistol,", "Dale Jackson", "said"),
             ("indirect", "he feels safer with it", "Dale Jackson", "said"),
             ("indirect", "he is not worried", "Dale Jackson", "adding")],
            id="who-in-brackets-after-an-inverted-speaker",
        ),
        pytest.param(
            'During an appearance on "Talk Live," Reed \u2014 a former judge \u2014 said the case was weak.',
            [("scare", "Talk Live,", "", ""), ("indirect", "the case was weak", "Reed", "said")],
            id="title-after-a-preposition-before-the-speaker",
        ),
        pytest.param(
            "A video that went viral showed a student threatening to stab anyone who said \u201cno more.\u201d",
            [("scare", "no more.", "", "")],
            id="cue-right-after-who-is-no-long-subjects",
        ),
        pytest.param(
            "Two weeks ago, the media pounced on claims from an official who claimed, without evidence, that he was fired.",
            [("indirect", "he was fired", "official", "claimed")],  # (the antecedent rule reads the noun)
            id="relative-clause-is-no-aside-before-that",
        ),
        pytest.param(
            'Agents singled out groups with "Tea Party" and "Patriots" in their names, according to the inspector.',
            [("partial", 'Agents singled out groups with "Tea Party" and "Patriots" in their names', "the inspector",
              "according to")],
            id="title-after-a-preposition-far-from-the-attribution-stays-in-the-claim",
        ),
        pytest.param(
            "Mr. Joscelyn, who noted that Ann Kirk, the author of the story, did not have a byline, left early.",
            [("indirect", "Ann Kirk, the author of the story, did not have a byline", "Mr. Joscelyn", "noted")],
            id="appositive-inside-a-relative-clause-content",
        ),
        pytest.param("Not to mention that Kasich has yet to deny that he wants the job.", [], id="head-with-an-infinitive"),
        pytest.param(
            "Note that later in this same debate Clinton said that she wanted a prosecutor.",
            [],  # (not "Note": the name right before the cue is its subject, which no rule reads here)
            id="name-before-the-cue-is-no-long-subject",
        ),
        pytest.param(
            "Others, like Gov. Ann Hale, who accused Lowe of lying, are already falling in line.",
            [("indirect", "Lowe of lying", "Gov. Ann Hale", "accused")],
            id="like-is-no-part-of-the-speaker",
        ),
        pytest.param(
            "Cruz declined to endorse him; he refused to tell his party, as Lowe did, that the other side was worse.",
            [], id="refusal-before-tell",
        ),
        pytest.param(
            "The GDP contraction \u2014 the first since 2009 \u2014 announced by the department drew mixed reactions.",
            [], id="passive-participle-after-dashes",
        ),
        pytest.param(
            "Ann Diaz remembers that hours before a patient died the nurses would say the end was near.",
            [],  # (not "Ann Diaz remembers"; "the nurses" after "died" is not read either)
            id="that-opening-a-clause-is-no-relative",
        ),
        pytest.param(
            "This history casts doubt on small deals that give aid in exchange for promises to halt the program.",
            [], id="cue-after-a-preposition-is-a-noun",
        ),
        pytest.param(
            "Fifty-six percent of those voters questioned said they liked the plan.",
            [("indirect", "they liked the plan", "Fifty-six percent of those voters questioned", "said")],
            id="respondents-inside-a-share-are-no-speaker-alone",
        ),
        pytest.param(
            "(She is a picky eater, and told me, among other things, that she finds ketchup spicy.)",
            [("indirect", "she finds ketchup spicy", "She", "told")],
            id="pronoun-after-a-bracket",
        ),
        pytest.param("Obama responded with a speech, seven years ago, that managed to move many.", [],
                     id="relative-that-before-a-past-verb"),
        pytest.param(
            "For example, Sen. Ann Lowe (who has said she will not run) has two accounts on the site.",
            [("indirect", "she will not run", "Sen. Ann Lowe", "said")],
            id="perfect-in-brackets-ends-at-the-bracket",
        ),
        pytest.param("As I have said before, that decision was no rejection of our values.", [],
                     id="as-frame-then-that-as-a-determiner"),
        pytest.param("The memo was sent in the week of what he called the crisis.", [], id="pronoun-after-a-wh-word"),
        pytest.param("Reporters asked the mayor on Monday he said nothing.", [], id="pronoun-after-an-object"),
        pytest.param("Those surveyed were told that the vote was close.", [], id="respondents-told-in-the-passive"),
        pytest.param("Ann Lowe, who grew up in Ohio, says she will run.", [("indirect", "she will run", "Ann Lowe", "says")],
                     id="relative-without-a-cue"),
    ],
)
def test_not_an_aside_before_a_speaker(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [brief(q) for q in quotes] == expected


@pytest.mark.parametrize(
    "aside, ok",
    [
        (", a retired nurse who now works at the library,", True),
        (", 49, a Navy veteran who is now a clerk,", True),
        (", clad in a red cape with lights that formed a name,", True),
        (', the author of "Quiet Rooms," a study of libraries,', True),
        (", the chairman, issued the subpoena after Jones, a lawyer,", False),
        (', who said "we will never stop fighting for this town,"', False),
        (", after the vote,", False),
    ],
)
def test_comma_aside(aside, ok):
    text = "Smith" + aside + " said"
    assert comma_aside(text, 5, len(text) - 6) is ok


def test_aside_look_back_is_bounded():
    text = "Smith (" + "x " * 400 + ") said"
    j = text.index(") said") + 1
    assert aside_open(text, 0, j) == -1
    assert aside_open("Smith (a farmer) said", 0, 16) == 6


@pytest.mark.parametrize(
    "text, end",
    [
        ("Velez, who said the river was poisoned, left.", "the river was poisoned"),
        ("Velez (who says the river was poisoned) left.", "the river was poisoned"),
        ("Velez — who said the river was poisoned — left.", "the river was poisoned"),
        ("Velez, who has said the river was poisoned, left.", None),
        ("Velez said the river was poisoned, and left.", None),
    ],
)
def test_relative_end(text, end):
    i = text.index("said" if "said" in text else "says")
    s = i + 5
    k = relative_end(text, i, s, len(text))
    assert (text[s:k] if k >= 0 else None) == end


def test_clause_before_a_dash_and_that_is_no_aside():
    # ", aides said, pushed the idea ... — that": the words after the cue are a clause, not an aside
    text = "The report, aides said, pushed the idea they had tried to sell \u2014 that the plan would fail."
    assert all(not q.text.startswith("the plan would fail") for q in find_quotes(text))


def test_infinitive_cue_reads_no_that_after_an_aside():
    # "To say this is a binary, that men suffer ...": the words after "that" are no one's claim
    text = "To say this is a binary, that men suffer this way, is to oversimplify."
    assert all(not q.text.startswith("men suffer") for q in find_quotes(text))
