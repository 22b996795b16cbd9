""""According to X" read for real news (``framing.features.quotes._according``, issue 14)."""

from __future__ import annotations

import pytest

from framing.features.quotes._find import find_quotes


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        pytest.param("Lund leads Berg by four points, according to the average of recent polls compiled by Poll Watch.",
                     "the average of recent polls compiled by Poll Watch", "Lund leads Berg by four points",
                     id="long-source-ends-sentence"),
        pytest.param("Two weeks before the vote, Berg holds a small lead, according to the results of the latest "
                     "Marist poll released Tuesday.", "the results of the latest Marist poll released Tuesday",
                     "Two weeks before the vote, Berg holds a small lead", id="long-poll-source"),
        pytest.param("Thefts rose in May. (According to the city police department, it does not keep records on "
                     "such thefts.)", "the city police department", "it does not keep records on such thefts",
                     id="opens-a-parenthesis"),
        pytest.param("The ads have not gone unnoticed: According to recent polls, Berg holds only 12 percent of the "
                     "rural vote.", "recent polls", "Berg holds only 12 percent of the rural vote",
                     id="opens-after-a-colon"),
        pytest.param("The firm receives, according to one report, $200 million in contracts from the state.",
                     "one report", "The firm receives, according to one report, $200 million in contracts from the state",
                     id="interrupts-before-a-sum"),
        pytest.param("The firm lost money after, according to him, the bank cut its credit line.", "him",
                     "the bank cut its credit line", id="opens-after-a-subordinator"),
        pytest.param("The total is high because, according to the survey, 23 percent of the party backs it.",
                     "the survey", "23 percent of the party backs it", id="opens-after-because"),
        pytest.param("According to Lund, who has met the governor twice, the plan will pass.", "Lund",
                     "the plan will pass", id="relative-aside-about-the-source"),
        pytest.param("Rooms cost $200; according to Ken Wolfe, deputy director of the agency's press office, the total "
                     "was $750,000.", "Ken Wolfe", "the total was $750,000", id="role-after-the-name"),
        pytest.param("According to Ana Lund, a historian at the college, the vote was close.", "Ana Lund",
                     "the vote was close", id="a-role-after-the-name"),
        pytest.param("According to the report, the mayor, a former teacher, will resign.", "the report",
                     "the mayor, a former teacher, will resign", id="no-role-skipped-after-a-document"),
        pytest.param("According to Lund, the plan, which passed in May, failed.", "Lund",
                     "the plan, which passed in May, failed", id="no-verbless-role"),
        pytest.param("According to Ohio State's Ann Lee, a sociology professor who studies pay, one common yardstick is "
                     "0.024.", "Ohio State's Ann Lee", "one common yardstick is 0.024", id="role-then-a-number-word"),
        pytest.param("According to Tyzhden, a Kyiv weekly, the officer was held by protesters.", "Tyzhden",
                     "the officer was held by protesters", id="a-paper-after-its-name"),
        pytest.param("Deaths are rising among them: according to Ann Case and Tom Berg, the winners of the prize, its "
                     "members die young.", "Ann Case", "its members die young", id="names-then-a-role"),
        pytest.param("Within a month the war was over and, according to the Chinese, the lesson taught.", "the Chinese",
                     "the lesson taught", id="opens-after-and"),
        pytest.param("The senator has been quiet about her plans, but according to a source close to her, she will "
                     "not run.", "a source close to her", "she will not run", id="opens-after-but"),
        pytest.param("The memos held other secret details, according to a sealed filing by the Justice Department "
                     "earlier this year.", "the Justice Department", "The memos held other secret details",
                     id="long-source-without-its-time"),
    ],
)
def test_according_to_reports_its_claim(text, speaker, content):
    (q,) = find_quotes(text)
    assert (q.kind, q.cue.lower(), q.speaker, q.text) == ("indirect", "according to", speaker, content)
    # an interrupted clause is one quote in two parts: the source between them is not its content
    assert len(q.parts) == (2 if ", according to" in content else 1)


@pytest.mark.parametrize(
    "text, content",
    [
        # an appositive after the source, not the rest of the clause
        pytest.param("The plan failed, according to Ana Lund, a historian at the college.", "The plan failed",
                     id="appositive-after-source"),
        pytest.param("The plan failed, according to Ana Lund, 45, a retired teacher.", "The plan failed",
                     id="age-after-source"),
        # "and, according to X," before a verb: the same subject's second predicate, all of it reported
        pytest.param("The rise of the party has alarmed the government so much that it has moved its top diplomats "
                     "and, according to officials, adopted a new plan.", "The rise of the party has alarmed the "
                     "government so much that it has moved its top diplomats and, according to officials, adopted a "
                     "new plan", id="and-before-a-predicate"),
        # a long phrase that does not close its sentence is no source
        pytest.param("Prices rose, according to the figures of the state office of budget and planning released in "
                     "May, and rents followed.", None, id="long-phrase-not-closing"),
    ],
)
def test_according_to_is_not_read_too_far(text, content):
    quotes = find_quotes(text)
    if content is None:
        assert all(len(q.speaker.split()) <= 8 for q in quotes)
    else:
        (q,) = quotes
        assert q.text == content


def test_a_source_in_the_middle_of_a_sentence_opens_nothing():
    # "According to" after a parenthesis or a colon opens a clause; after a word it does not
    text = "The bill passed with support according to some aides, and the vote was close."
    assert all(q.text != "some aides, and the vote was close" for q in find_quotes(text))


def test_according_to_without_a_comma_names_no_long_source():
    text = "The aim is to pursue justice according to their convictions and treat their rivals as kindly as possible."
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    "text, speaker, claim, fragment",
    [
        pytest.param("According to Variety, Berg brought “Late Night” its best ratings since 2012.", "Variety",
                     "Berg brought “Late Night” its best ratings since 2012", "Late Night", id="opening"),
        pytest.param("The ads ran in May. (According to the city police, it does not keep “exact” records.)",
                     "the city police", "it does not keep “exact” records", "exact", id="in-parentheses"),
        pytest.param("According to Lund, who has met the governor, the plan is “dead.”", "Lund", "the plan is “dead.”",
                     "dead.", id="relative-aside-about-the-source"),
        pytest.param("He was on the phone when, according to Ann Lee and Tom Berg, aides were “stunned” by it.", "Ann Lee",
                     "aides were “stunned” by it", "stunned", id="a-list-of-names"),
    ],
)
def test_according_to_takes_the_clause_around_its_quoted_fragment(text, speaker, claim, fragment):
    (q,) = [q for q in find_quotes(text) if q.kind != "scare"]
    assert (q.kind, q.speaker, q.text) == ("partial", speaker, claim)
    assert [text[s:e] for s, e in q.parts] == [fragment]


def test_an_adverbial_after_another_attribution_is_no_claim():
    text = "“I don’t condone it,” the officer wrote alongside a photo of a parcel, according to a case summary posted " \
           "this week by the city’s police office."
    assert [q.cue for q in find_quotes(text)] == ["wrote"]


def test_a_long_source_ends_with_its_sentence():
    text = ("The aide earned $5 million, according to a financial disclosure filed with the Office of Government "
            "Ethics.The form has not been reported.")
    assert all("The form" not in q.speaker for q in find_quotes(text))


def test_and_according_to_before_a_participle_reports_the_whole_clause():
    text = "People wrote checks and, according to Kazran, getting paid back by the firm."
    assert all(not q.text.startswith("getting") for q in find_quotes(text))


def test_an_adverb_before_according_to_opens_no_clause():
    text = "That tie though, according to several experts, is not one the firm should have avoided."
    (q,) = find_quotes(text)
    assert q.text.startswith("That tie")


@pytest.mark.parametrize(
    "text, content",
    [
        pytest.param("The couple did not file a complaint, though, according to their lawyer Ann Lee of the Liberty "
                     "Fund, a law firm.", "The couple did not file a complaint, though", id="comma-though-comma"),
        pytest.param("They got an hour's notice, any longer than that, according to one of the workers, and the "
                     "children may have fled.", "They got an hour's notice, any longer than that",
                     id="that-a-pronoun-then-and"),
    ],
)
def test_a_subordinator_look_alike_opens_no_clause(text, content):
    (q,) = find_quotes(text)
    assert q.text == content


# "As reported by X" is a form of "according to X"; ", as X reported" closes the clause it reports; a year
# or "at the time" after the cue is an adverbial, not the content (the eleventh round)
@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        pytest.param("As first reported by the Gazette, the budget leaves no room for new trams.", "the Gazette",
                     "As first reported by", "the budget leaves no room for new trams", id="as-first-reported-by"),
        pytest.param("The budget leaves no room for new trams, as reported by the Gazette.", "the Gazette",
                     "as reported by", "The budget leaves no room for new trams", id="as-reported-by-closing"),
        pytest.param("The budget leaves no room for new trams, as the Gazette reported on Tuesday.", "the Gazette",
                     "reported", "The budget leaves no room for new trams", id="as-x-reported-closing"),
        pytest.param("The ferry firm closed after the strike, Lund said in 2014.", "Lund", "said",
                     "The ferry firm closed after the strike", id="said-in-a-year"),
        pytest.param("The ferry firm closed after the strike, the Gazette reported in March 2019.", "the Gazette",
                     "reported", "The ferry firm closed after the strike", id="reported-in-a-month-and-year"),
        pytest.param("The ferry firm would close by May, Lund said at the time.", "Lund", "said",
                     "The ferry firm would close by May", id="said-at-the-time"),
    ],
)
def test_a_source_named_after_as_or_before_an_adverbial(text, speaker, cue, content):
    quotes = [q for q in find_quotes(text) if q.kind != "scare"]
    assert [(q.speaker, q.cue, q.text) for q in quotes] == [(speaker, cue, content)]
    assert all(text[q.start : q.end] == q.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        # "as reported" without "by" and a source, the adjective, and "reported" as a noun's participle
        pytest.param("The ferry lost money, as reported earlier this year.", id="as-reported-without-a-source"),
        pytest.param("The number of reported thefts rose in the harbor district in 2014.", id="reported-adjective"),
        pytest.param("Lund said in 2014.", id="nothing-but-the-year"),
    ],
)
def test_no_source_named_after_as(text):
    assert [q for q in find_quotes(text) if q.kind != "scare"] == []
