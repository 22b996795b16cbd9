"""Tests for framing.features.quotes: quotes, speakers, cues, bad input, and analyze's quote tables."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.features.quotes._find import Quote, find_quotes, scan_quotes
from framing.sentences import sentence_spans

DATA = Path(__file__).parent / "data"


def check_spans(text: str, quotes) -> None:
    """Every span is an offset into the text, quotes are in order and never overlap."""
    prev_end = -1
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= prev_end
        prev_end = q.end
        if q.kind == "partial":
            # the reported clause; its parts are the quoted fragments inside it
            assert q.parts and q.start <= q.parts[0][0] and q.parts[-1][1] <= q.end
        else:
            assert q.parts and q.parts[0][0] == q.start and q.parts[-1][1] == q.end
        if q.speaker_start is None:
            assert q.speaker == "" and q.speaker_end is None
        else:
            assert text[q.speaker_start : q.speaker_end] == q.speaker != ""
        if q.cue_start is None:
            assert q.cue == "" and q.cue_class == ""
        else:
            assert text[q.cue_start : q.cue_end] == q.cue != ""
        assert q.kind in framing.features.quotes.QUOTE_KINDS
        assert q.speaker_type in ("", *framing.features.quotes.SPEAKER_TYPES)
        assert bool(q.speaker) == bool(q.speaker_type)


def brief(q: Quote) -> tuple[str, str, str, str]:
    return (q.kind, q.text, q.speaker, q.cue)


# ---------------------------------------------------------------- golden cases, one per pattern

GOLDEN = [
    pytest.param(
        "“We will respond,” Defense Secretary Mark Esper told reporters.",
        [("direct", "We will respond,", "Defense Secretary Mark Esper", "told")],
        id="quote-then-attribution",
    ),
    pytest.param(
        "The minister said: “The border is closed.”",
        [("direct", "The border is closed.", "The minister", "said")],
        id="attribution-then-quote",
    ),
    pytest.param(
        "“The Americans will pay,” said Abu Mahdi al-Mohandis, a founder of the group.",
        [("direct", "The Americans will pay,", "Abu Mahdi al-Mohandis", "said")],
        id="inverted-attribution-with-appositive",
    ),
    pytest.param(
        "“We did what we could,” he said, “but it was not enough.”",
        [("direct", "We did what we could,” he said, “but it was not enough.", "he", "said")],
        id="split-quote-is-one-quote",
    ),
    pytest.param(
        "“Prices will rise. Wages will not. That is the problem,” the economist warned.",
        [("direct", "Prices will rise. Wages will not. That is the problem,", "the economist", "warned")],
        id="multi-sentence-quote",
    ),
    pytest.param(
        "“We are ready,” the general said.\n\n“Our forces are in place.”",
        [("direct", "We are ready,", "the general", "said"), ("direct", "Our forces are in place.", "the general", "said")],
        id="quote-only-paragraph-inherits-speaker",
    ),
    pytest.param(
        "Hoffman said the United States would conduct additional strikes if the attacks did not stop.",
        [("indirect", "the United States would conduct additional strikes if the attacks did not stop", "Hoffman", "said")],
        id="indirect-said-without-that",
    ),
    pytest.param(
        "The ministry told reporters that the talks had collapsed.",
        [("indirect", "the talks had collapsed", "The ministry", "told")],
        id="indirect-told-recipient-that",
    ),
    pytest.param(
        "The strikes hit five sites, officials said.",
        [("indirect", "The strikes hit five sites", "officials", "said")],
        id="indirect-attribution-after",
    ),
    pytest.param(
        "According to the Pentagon, the strikes hit weapons depots.",
        [("indirect", "the strikes hit weapons depots", "the Pentagon", "According to")],
        id="according-to-first",
    ),
    pytest.param(
        "The strikes hit weapons depots, according to a statement from the Pentagon.",
        [("indirect", "The strikes hit weapons depots", "the Pentagon", "according to")],
        id="according-to-last-statement-from",
    ),
    pytest.param(
        "Iran’s foreign ministry said the strikes were “an act of terrorism.”",
        [("partial", "the strikes were “an act of terrorism.”", "Iran’s foreign ministry", "said")],
        id="partial-quote-inside-reported-speech",
    ),
    pytest.param(
        "The administration’s “maximum pressure” campaign has failed.",
        [("scare", "maximum pressure", "", "")],
        id="scare-quotes",
    ),
    pytest.param(
        "‘It is a sad day,’ said councillor Jane Hughes.",
        [("direct", "It is a sad day,", "councillor Jane Hughes", "said")],
        id="british-single-quotes",
    ),
    pytest.param(
        '"We are deeply concerned," the UN chief said in a statement.',
        [("direct", "We are deeply concerned,", "the UN chief", "said")],
        id="straight-quotes-in-a-statement",
    ),
    pytest.param(
        "Jonathan Hoffman, the chief Pentagon spokesman, said the targets included command posts.",
        [("indirect", "the targets included command posts", "Jonathan Hoffman", "said")],
        id="name-comma-role-comma-said",
    ),
    pytest.param(
        "A senior official, who spoke on condition of anonymity, said the decision had been made.",
        [("indirect", "the decision had been made", "A senior official", "said")],
        id="relative-clause-between-speaker-and-cue",
    ),
    pytest.param(
        "The Kremlin said the talks were useful, while Kyiv said the front line had not moved.",
        [("indirect", "the talks were useful", "The Kremlin", "said"),
         ("indirect", "the front line had not moved", "Kyiv", "said")],
        id="two-attributions-in-one-sentence",
    ),
    pytest.param(
        "Kataib Hezbollah vowed revenge. Rescue crews worked through the night.",
        [],
        id="cue-without-content-is-no-quote",
    ),
    pytest.param(
        "The so-called deal was called off, and the state reported a record harvest.",
        [],
        id="no-quote-distractor",
    ),
    pytest.param(
        "“Stop!” the officer shouted.",
        [("direct", "Stop!", "the officer", "shouted")],
        id="exclamation-then-attribution",
    ),
    pytest.param(
        "Esper met Pompeo and Robert O’Brien on Sunday. “We discussed the options,” he said.",
        [("direct", "We discussed the options,", "he", "said")],
        id="pronoun-with-several-candidates",
    ),
    pytest.param(
        "Trump says Iran ‘will pay a very big price’",
        [("partial", "Iran ‘will pay a very big price’", "Trump", "says")],
        id="headline-says",
    ),
    pytest.param(
        "Esper: US ‘prepared to take additional actions’",
        [("partial", "US ‘prepared to take additional actions’", "Esper", ":")],
        id="headline-colon-attribution",
    ),
    pytest.param(
        "Governor: state budget will be balanced by June\n\nThe governor spoke on Monday.",
        [("indirect", "state budget will be balanced by June", "Governor", ":")],
        id="headline-colon-no-marks",
    ),
    pytest.param("UPDATE: The vote was delayed until Friday.", [], id="label-colon-is-no-source"),
    pytest.param("2:00 p.m.\n\nThe vote was delayed.", [], id="time-colon-is-no-source"),
    pytest.param(
        "A new study published in Nature on Monday suggests the ice shelf could collapse within a decade.",
        [("indirect", "the ice shelf could collapse within a decade", "A new study published in Nature on Monday", "suggests")],
        id="speaker-with-time-phrase",
        marks=pytest.mark.xfail(reason="time phrases are read as adverbials, not as part of the speaker", strict=True),
    ),
    pytest.param(
        "Two former officials who worked on the program said it had been plagued by delays.",
        [("indirect", "it had been plagued by delays", "Two former officials", "said")],
        id="relative-clause-without-commas",
    ),
    pytest.param(
        "“The rent doubled overnight,” the glassblower said.",
        [("direct", "The rent doubled overnight,", "the glassblower", "said")],
        id="speaker-noun-not-in-the-word-lists",
    ),
    pytest.param(
        "The senator voted against the bill but said she supported its goals.",
        [("indirect", "she supported its goals", "The senator", "said")],
        id="but-said-takes-the-clause-subject",
    ),
    pytest.param(
        "The union, which represents 14,000 pilots, said the new schedule was unsafe.",
        [("indirect", "the new schedule was unsafe", "The union", "said")],
        id="relative-clause-with-a-number",
    ),
    pytest.param(
        "The pilots’ union said the new schedule was unsafe.",
        [("indirect", "the new schedule was unsafe", "The pilots’ union", "said")],
        id="plural-possessive-in-speaker",
    ),
    pytest.param(
        "Prices will keep rising through the summer, one of the analysts said.",
        [("indirect", "Prices will keep rising through the summer", "one of the analysts", "said")],
        id="partitive-speaker",
    ),
    pytest.param(
        "The mayor said if the state did not pay, the city would cut bus service.",
        [("indirect", "if the state did not pay, the city would cut bus service", "The mayor", "said")],
        id="reported-speech-opening-with-if",
    ),
    pytest.param("The economy added 200,000 jobs in May.", [], id="not-a-speaker-before-added"),
    pytest.param("The spokesman would not say if the trip would go ahead.", [], id="would-not-say-if"),
    pytest.param("A woman who said she was attacked sued the city.", [], id="cue-inside-the-relative-clause"),
    pytest.param(
        "The strikes, he said, were defensive.",
        [("indirect", "The strikes, he said, were defensive", "he", "said")],
        id="attribution-inside-reported-speech",
    ),
    pytest.param(
        "The vote, according to two officials, was delayed by a day.",
        [("indirect", "The vote, according to two officials, was delayed by a day", "two officials", "according to")],
        id="according-to-inside-reported-speech",
    ),
    pytest.param(
        "The deal is dead, said Mike Hout, a sociologist at the university.",
        [("indirect", "The deal is dead", "Mike Hout", "said")],
        id="inverted-speaker-then-appositive-is-not-content",
    ),
    pytest.param(
        "Dr. Ana Ruiz, a physician who has worked in the valley for decades, said the clinic would close.",
        [("indirect", "the clinic would close", "Dr. Ana Ruiz", "said")],
        id="appositive-holding-a-relative-clause",
    ),
    pytest.param(
        "Many in the party said the plan would fail.",
        [("indirect", "the plan would fail", "Many in the party", "said")],
        id="quantifier-as-speaker",
    ),
    pytest.param(
        "Officials say the camps are safe: “Nobody has been hurt,” an aide said.",
        [("direct", "Nobody has been hurt,", "an aide", "said")],
        id="quotation-after-a-colon-opens-its-clause",
    ),
    pytest.param(
        "Turnout worries both camps - Ann Lee: “Nobody knows who will show up this year.”",
        [("direct", "Nobody knows who will show up this year.", "Ann Lee", ":")],
        id="roundup-source-after-a-dash-and-colon",
    ),
    pytest.param(
        "The senator - a Republican from Ohio: “We are done here.”",
        [("direct", "We are done here.", "The senator", ":")],
        id="no-role-after-a-dash-as-the-source",
    ),
    pytest.param(
        "According to an Aug. 12 poll, most voters viewed the law unfavorably.",
        [("indirect", "most voters viewed the law unfavorably", "an Aug. 12 poll", "According to")],
        id="abbreviated-month-and-day-in-a-source",
    ),
    pytest.param(
        "“It is the worst flood in 50 years,” said Tom Reilly, the county’s emergency manager, “and it isn’t over.”",
        [("direct", "It is the worst flood in 50 years,” said Tom Reilly, the county’s emergency manager, “and it isn’t over.",
          "Tom Reilly", "said")],
        id="split-quote-around-inverted-attribution-with-appositive",
    ),
    pytest.param(
        "“We lost the vote,” said Ana Ruiz, who chairs the housing board of the city, “but not the argument.”",
        [("direct", "We lost the vote,” said Ana Ruiz, who chairs the housing board of the city, “but not the argument.",
          "Ana Ruiz", "said")],
        id="split-quote-around-inverted-attribution-with-relative-clause",
    ),
    pytest.param(
        "“We lost the vote,” said Ana Ruiz, who had “no regrets” about it.",
        [("direct", "We lost the vote,", "Ana Ruiz", "said"), ("scare", "no regrets", "", "")],
        id="no-split-quote-when-the-appositive-does-not-end-with-a-comma",
    ),
    pytest.param(
        "“The fence was down for a week,” said the caretaker.",
        [("direct", "The fence was down for a week,", "the caretaker", "said")],
        id="inverted-plain-noun-after-a-quotation",
    ),
    pytest.param(
        "“The fence was down for a week,” says the film’s narrator, a former ranger.",
        [("direct", "The fence was down for a week,", "the film’s narrator", "says")],
        id="inverted-possessive-noun-after-a-quotation",
    ),
    pytest.param(
        "“The plans will help,” Maria Soto, deputy director of housing, transport, and planning, said on Monday.",
        [("direct", "The plans will help,", "Maria Soto", "said")],
        id="name-after-a-quotation-with-an-appositive-holding-commas",
    ),
    pytest.param(
        "She admits the new parking scheme “didn’t work,” and the city has dropped it.",
        [("partial", "the new parking scheme “didn’t work,” and the city has dropped it", "She", "admits")],
        id="bare-clause-whose-verb-opens-the-quotation",
    ),
    pytest.param(
        "The coach suggested the referee had been “biased” against his team.",
        [("partial", "the referee had been “biased” against his team", "The coach", "suggested")],
        id="suggest-with-a-bare-clause",
    ),
    pytest.param(
        "Trump, who called the inquiry a “witch hunt,” demanded an apology from the senators.",
        [("partial", "the inquiry a “witch hunt,”", "Trump", "called")],
        id="no-inverted-speaker-after-a-verb-that-does-not-invert",
    ),
    pytest.param(
        "The union sent a letter saying that the strike would go ahead.",
        [("indirect", "the strike would go ahead", "The union", "saying")],
        id="sent-a-document-saying",
    ),
    pytest.param(
        "The council cited local news reports stating that the bridge had cracked.",
        [("indirect", "the bridge had cracked", "local news reports", "stating")],
        id="document-before-a-participle-is-the-source",
    ),
    pytest.param(
        "State radio quoted the harbour master as saying the port would reopen.",
        [("indirect", "the port would reopen", "the harbour master", "saying")],
        id="quoted-someone-as-saying",
    ),
    pytest.param(
        "The transport minister was quoted as saying the port would reopen.",
        [("indirect", "the port would reopen", "The transport minister", "saying")],
        id="was-quoted-as-saying",
    ),
    pytest.param(
        "The regulator told lenders not to raise fees this year.",
        [("indirect", "lenders not to raise fees this year", "The regulator", "told")],
        id="told-someone-not-to",
    ),
    pytest.param(
        "The tenants asked the court to halt the evictions.",
        [("indirect", "the court to halt the evictions", "The tenants", "asked")],
        id="asked-someone-to",
    ),
    pytest.param(
        "When the mayor asked the crowd to stand, a few people booed.",
        [("indirect", "the crowd to stand", "the mayor", "asked")],
        id="a-claim-in-an-opening-subordinate-clause-ends-at-its-comma",
    ),
    pytest.param(
        "While the mayor insisted that rents above $2,500 must fall, the council disagreed.",
        [("indirect", "rents above $2,500 must fall", "the mayor", "insisted")],
        id="a-comma-inside-a-number-ends-no-claim",
    ),
    pytest.param(
        "The raids are usually claimed by small groups that officials say are fronts for the militia.",
        [],
        id="passive-with-an-adverb-names-no-speaker",
    ),
    pytest.param(
        "According to the local paper, two council members said the budget would be cut.",
        [("indirect", "the budget would be cut", "two council members", "said")],
        id="according-to-a-relay-then-the-sources-own-attribution",
    ),
    pytest.param(
        "Critics had good reason to ask the council to explain the budget.",
        [],
        id="no-request-after-to-ask",
    ),
    pytest.param(
        "The premier wrote an open letter telling voters to stay calm.",
        [("indirect", "voters to stay calm", "The premier", "telling")],
        id="wrote-a-letter-telling",
    ),
    pytest.param(
        "Factories will move to states that are seen as friendlier to business.",
        [],
        id="states-that-after-a-preposition-is-the-noun",
    ),
    pytest.param(
        "She asked the whole crowd to the stage.",
        [],
        id="not-a-request-asked-someone-to-a-place",
    ),
    pytest.param(
        "Her grandfather told the story to the children every winter.",
        [],
        id="not-a-request-told-the-story-to",
    ),
    pytest.param(
        "“We will keep the library open.”\n\n– Ana Ruiz, head librarian\n\nThe vote is on Monday.",
        [("direct", "We will keep the library open.", "Ana Ruiz", "–")],
        id="pull-quote-signed-with-a-dash",
    ),
    pytest.param(
        "The budget was cut.\n\n“We will keep the library open.”\n\n- the end of the story",
        [("direct", "We will keep the library open.", "", "")],
        id="no-signature-without-a-name",
    ),
    pytest.param(
        "The mayor added the words “deeply concerned” to the statement.",
        [("partial", "deeply concerned", "The mayor", "added")],
        id="not-a-clause-when-the-quotation-opens-with-no-verb",
    ),
    # a roundup's pull quote signed with a person's name and an outlet, no dash
    pytest.param(
        "From the left:\n\n“The plan fails the people it was written for, and everyone knows it.”\n\n"
        "Mara Quinn, The Daily Ledger\n\nFrom the right:",
        [("direct", "The plan fails the people it was written for, and everyone knows it.", "Mara Quinn", ",")],
        id="pull-quote-signed-name-and-outlet",
    ),
    pytest.param(
        "“The plan fails the people it was written for, and everyone knows it.”\n\nRome, Italy\n\nThe vote is on Monday.",
        [("direct", "The plan fails the people it was written for, and everyone knows it.", "", "")],
        id="no-signature-from-a-place",
    ),
    # a subject and a verb after the quotation that the lists do not know
    pytest.param(
        "The poll came out. “Support for the plan is falling, and it will not come back soon,” the AP reports.",
        [("direct", "Support for the plan is falling, and it will not come back soon,", "the AP", "reports")],
        id="outlet-reports-after-a-quotation",
    ),
    pytest.param(
        "The suit was filed. “The firm knew the risks, and it hid them from its buyers,” the complaint states.",
        [("direct", "The firm knew the risks, and it hid them from its buyers,", "the complaint", "states")],
        id="document-states-after-a-quotation",
    ),
    pytest.param(
        "The poll came out. “Support for the plan is falling, and it will not come back soon,” reports Ipsos "
        "analyst Dana Reyes.",
        [("direct", "Support for the plan is falling, and it will not come back soon,", "Ipsos analyst Dana Reyes",
          "reports")],
        id="inverted-organisation-role-name",
    ),
    pytest.param(
        "The panel met. “He was selling candy with poison in it, and we all saw it,” chipped in Dana Reyes.",
        [("direct", "He was selling candy with poison in it, and we all saw it,", "", "")],
        id="no-particle-read-as-a-role",
    ),
    # plurals in -men, a determiner before a number, an inner quotation closing first
    pytest.param(
        "The plan came out. “The records contradict her testimony, and the agency must act,” the committee "
        "chairmen wrote.",
        [("direct", "The records contradict her testimony, and the agency must act,", "the committee chairmen",
          "wrote")],
        id="plural-in-men",
    ),
    pytest.param(
        "The plan came out. “The records contradict her testimony, and the agency must act,” the two senators said.",
        [("direct", "The records contradict her testimony, and the agency must act,", "the two senators", "said")],
        id="the-two-senators",
    ),
    pytest.param(
        "The plan came out. “Her answer was, ‘What can we do to help?’” Ana Ruiz told reporters.",
        [("direct", "Her answer was, ‘What can we do to help?’", "Ana Ruiz", "told")],
        id="inner-quotation-closes-first",
    ),
    # a quotation introduced by a comma or a colon keeps its speaker: the next sentence's cue does not take it
    pytest.param(
        "The pastor, Ann Ruiz, asked, “How many churches are open now?” He then asked about masks.",
        [("direct", "How many churches are open now?", "Ann Ruiz", "asked")],
        id="introduced-question-keeps-its-speaker",
    ),
    pytest.param(
        "Her father told reporters: “They asked, ‘Is he from here?’” Local police denied that they stopped him.",
        [("direct", "They asked, ‘Is he from here?’", "Her father", "told"),
         ("indirect", "they stopped him", "Local police", "denied")],
        id="introduced-by-a-colon-keeps-its-speaker",
    ),
    # shouts: "shot back", "yelled back"; a crowd before its quotation
    pytest.param(
        "The debate went on. “They are all here for the free stuff, and you know it,” Ana Ruiz shot back.",
        [("direct", "They are all here for the free stuff, and you know it,", "Ana Ruiz", "shot back")],
        id="shot-back",
    ),
    pytest.param("Police shot back at the gunman.", [], id="shot-back-at-a-gunman"),
    pytest.param(
        "The rally went on. The crowd chanted, “Lock her up!”",
        [("direct", "Lock her up!", "The crowd", "chanted")],
        id="the-crowd-chanted",
    ),
    # a restrictive "who" in an inverted speaker's appositive: the speaker named before, not the place
    pytest.param(
        "“We will see many tactics,” said Ana Ruiz, a former aide for the campaign in Denver who said she would march.",
        [("direct", "We will see many tactics,", "Ana Ruiz", "said"),
         ("indirect", "she would march", "Ana Ruiz", "said")],
        id="restrictive-who-in-an-appositive",
    ),
    pytest.param("To say that the law has changed is an understatement.", [], id="to-say-names-no-speaker"),
    # the noun "show" is no evidence
    pytest.param("Radio talk show host Ann Beck minced no words on Tuesday.", [], id="talk-show-host"),
    pytest.param(
        "Polls show that the race is tight.",
        [("indirect", "the race is tight", "Polls", "show")],
        id="polls-show",
    ),
    # "as X put it"
    pytest.param(
        "As the farm manager Ben Salt puts it, “You cannot plant in the mud.”",
        [("direct", "You cannot plant in the mud.", "the farm manager Ben Salt", "puts it")],
        id="as-x-puts-it",
    ),
    pytest.param(
        "Or, as one aide put it: “The campaign is running on fumes.”",
        [("direct", "The campaign is running on fumes.", "one aide", "put it")],
        id="as-x-put-it-colon",
    ),
    pytest.param("He came in as a guest and put it on the table.", [], id="put-it-on-the-table"),
    # a gerund before a role noun is a modifier in a speaker's title
    pytest.param(
        "The poll came out. “Support for the plan is falling, and it will not come back soon,” polling director "
        "Dana Reyes said.",
        [("direct", "Support for the plan is falling, and it will not come back soon,", "polling director Dana Reyes",
          "said")],
        id="polling-director",
    ),
]


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [brief(q) for q in quotes] == expected


# ---------------------------------------------------------------- speakers

@pytest.mark.parametrize(
    "text, speaker_type, anonymous",
    [
        pytest.param("“It is over,” said a person familiar with the matter.", "anonymous", True, id="person-familiar"),
        pytest.param("“It is over,” officials said.", "anonymous", True, id="officials"),
        pytest.param("“It is over,” the spokesman said on condition of anonymity.", "role", True, id="marker"),
        pytest.param("“It is over,” the prime minister said.", "role", False, id="role"),
        pytest.param("“It is over,” Iran’s foreign ministry said.", "institution", False, id="institution"),
        pytest.param("“It is over,” Mark Esper said.", "person", False, id="person"),
        pytest.param("“It is over,” he said.", "pronoun", False, id="pronoun"),
        pytest.param("“It is over,” residents said.", "anonymous", True, id="bare-plural"),
        pytest.param("“It is over,” one of the analysts said.", "anonymous", True, id="partitive"),
        pytest.param("“It is over,” the glassblower said.", "role", False, id="noun-not-in-the-lists"),
        pytest.param("“It is over,” a glassblower said.", "anonymous", True, id="indefinite-noun-not-in-the-lists"),
    ],
)
def test_speaker_type_and_anonymity(text, speaker_type, anonymous):
    (q,) = find_quotes(text)
    assert (q.speaker_type, q.anonymous) == (speaker_type, anonymous)


@pytest.mark.parametrize(
    "phrase, speaker_type, name",
    [
        # a given name marks a surname the word lists know as a place, a demonym or an occupation
        pytest.param("David French", "person", "David French", id="given-name-demonym"),
        pytest.param("Rep. Jim Jordan", "person", "Jim Jordan", id="given-name-place"),
        pytest.param("the veteran reporter Dan Rather", "person", "Dan Rather", id="article-role-name"),
        pytest.param("the longtime adviser Paul Begala", "person", "Paul Begala", id="article-role-name-2"),
        pytest.param("James Alan Fox", "person", "James Alan Fox", id="surname-like-institution-word"),
        # an honorific marks the next word as a name
        pytest.param("Mr. King", "person", "King", id="honorific-role-word"),
        pytest.param("an indignant Mrs. Clinton", "person", "Clinton", id="honorific-after-article"),
        pytest.param("Mr. Cancian", "person", "Cancian", id="honorific-demonym-ending"),
        # the name ends at the head: not the place or organisation after "of"
        pytest.param("Sen. Joni Ernst of Iowa", "person", "Joni Ernst", id="of-place"),
        pytest.param("Kica Matos of the Fair Immigration Reform Movement", "person", "Kica Matos", id="of-organisation"),
        pytest.param("17-year-old Annelise Kofod of Raleigh", "person", "Annelise Kofod", id="of-place-unknown-names"),
        # party tags and times are not read
        pytest.param("Rep. Ilhan Omar (D-Minn.)", "person", "Ilhan Omar", id="party-tag"),
        pytest.param("Sen. Dick Durbin (D) of Illinois", "person", "Dick Durbin", id="party-tag-inside"),
        pytest.param("President Trump Thursday", "person", "Trump", id="day-after"),
        pytest.param("a senior campaign official Monday", "anonymous", "", id="day-after-anonymous"),
        # after a possessive, what follows it
        pytest.param("the NRA's Chris Cox", "person", "Chris Cox", id="possessive-name"),
        pytest.param("the Wilson Center’s Hathaway", "person", "Hathaway", id="possessive-surname"),
        pytest.param("Jordan's King Abdullah", "person", "Abdullah", id="possessive-title-name"),
        pytest.param("Trump’s defenders", "role", "", id="possessive-plural"),
        pytest.param("Many of Mr. Ladner’s peers", "anonymous", "", id="partitive-before-possessive"),
        pytest.param("the FBI’s Uniform Crime Reporting Program", "institution", "", id="possessive-named-program"),
        # a capitalised head after "the" that is no position: an organisation
        pytest.param("The Hill", "institution", "", id="article-name"),
        pytest.param("The Associated Press", "institution", "", id="article-name-2"),
        pytest.param("the Ohio Republican", "role", "", id="article-role"),
        pytest.param("Al Jazeera", "institution", "", id="two-word-institution"),
        pytest.param("His Holiness", "role", "", id="possessive-determiner-capitalised"),
        pytest.param("a guard", "anonymous", "", id="lower-case-guard-is-a-person"),
        pytest.param("The guard", "role", "", id="lower-case-guard-is-a-role"),
        pytest.param("the National Guard", "institution", "", id="capitalised-guard-is-a-body"),
        pytest.param("Sixty-nine percent", "anonymous", "", id="share-of-respondents"),
        pytest.param("a majority of Americans", "anonymous", "", id="majority"),
        pytest.param("Senate Majority Leader Mitch McConnell", "person", "Mitch McConnell", id="majority-in-a-title"),
        pytest.param("the Ronald Reagan Presidential Library", "institution", "", id="named-after-a-person"),
        # irregular and capitalised plurals after a quantifier name no one
        pytest.param("Fishermen in the village", "anonymous", "", id="irregular-plural"),
        pytest.param("Other Christians in Negombo", "anonymous", "", id="capitalised-plural"),
    ],
)
def test_speaker_phrase_type_and_name(phrase, speaker_type, name):
    from framing.features.quotes._speakers import name_of
    from framing.features.quotes._speakers import speaker_type as type_of

    assert type_of(phrase) == speaker_type
    if speaker_type == "person":
        assert name_of(phrase) == name


@pytest.mark.parametrize(
    "text, speaker, anonymous",
    [
        pytest.param("The woman, who asked that her name not be used, said the water was unsafe.", "The woman", True,
                     id="asked-that-her-name-not-be-used"),
        pytest.param("A farmer, whose name was withheld, said the crops failed.", "A farmer", True, id="name-withheld"),
        pytest.param("A guard, who asked not to be named, said the prisoners were moved.", "A guard", True,
                     id="asked-not-to-be-named"),
    ],
)
def test_request_for_anonymity_is_a_marker_not_speech(text, speaker, anonymous):
    (q,) = find_quotes(text)
    assert (q.kind, q.cue, q.speaker, q.anonymous) == ("indirect", "said", speaker, anonymous)


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Trump falsely claimed that the election was stolen.", "Trump", id="adverb-falsely"),
        pytest.param("Sanders readily acknowledged that the lead was large.", "Sanders", id="adverb-readily"),
        pytest.param("The family said the boy was safe.", "The family", id="noun-in-ly"),
        pytest.param("Officials, who did not want to be named, said the plan was dead.", "Officials",
                     id="negation-in-an-aside"),
        pytest.param("“Do you want to resolve this or not?” said Trita Parsi.", "Trita Parsi",
                     id="negation-inside-the-quote"),
        # a released document speaks for the subject of its clause
        pytest.param("The ministry issued a statement saying the strikes were defensive.", "The ministry",
                     id="issued-a-statement-saying"),
        pytest.param("Shortly thereafter, the administration issued a memo warning that funds would be cut.",
                     "the administration", id="opening-adverb"),
        pytest.param("The White House put out a brief statement saying the meeting would go ahead.", "The White House",
                     id="put-out"),
    ],
)
def test_speaker_past_adverbs_and_of_released_documents(text, speaker):
    (q,) = find_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        pytest.param("As we reported yesterday, the three networks ignored the story.",
                     "the three networks ignored the story", "we", id="as-x-reported"),
        pytest.param("As a ProPublica investigation revealed, some of the algorithms were biased.",
                     "some of the algorithms were biased", "a ProPublica investigation", id="as-x-revealed"),
        pytest.param("The ship was quarantined, officials said Thursday.", "The ship was quarantined", "officials",
                     id="bare-day-after-the-cue"),
        pytest.param("The ship was quarantined, officials in Japan said Thursday, as China reported more deaths.",
                     "The ship was quarantined", "officials in Japan", id="bare-day-then-a-clause"),
    ],
)
def test_attribution_leading_or_closing_its_clause(text, content, speaker):
    (q,) = find_quotes(text)
    assert (q.kind, q.text, q.speaker) == ("indirect", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Employment grew as the private sector added 202,000 jobs.", id="added-jobs"),
        pytest.param("Democrats added a provision to the bill.", id="added-a-provision"),
        pytest.param("She conceded the race on Tuesday.", id="conceded-the-race"),
        pytest.param("He predicted a landslide in the state.", id="predicted-a-landslide"),
        pytest.param("Officials warned residents to stay inside.", id="warned-residents"),
        pytest.param("He maintained his innocence.", id="maintained-innocence"),
        pytest.param("He added it to the list.", id="added-it-to"),
        pytest.param("Voters won him crucial Midwestern states that were Democratic strongholds.", id="states-the-noun"),
        pytest.param("Progressives believe in all of that, too.", id="believe-in"),
        pytest.param("The company added 300 new jobs in May.", id="may-the-month"),
        pytest.param("The Times added 120 new newsroom staffers this year.", id="plural-before-a-time"),
        pytest.param("Officials warned residents near the coast.", id="plural-before-a-preposition"),
        pytest.param("Trump trails by 14 points, three times the deficit that CNN's May poll showed.",
                     id="relative-clause-closing-the-sentence"),
    ],
)
def test_verb_with_a_plain_object_reports_nothing(text):
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    "text, content",
    [
        pytest.param("Republicans added the plan would fail.", "the plan would fail", id="auxiliary"),
        pytest.param("She conceded the plan had flaws.", "the plan had flaws", id="had"),
        pytest.param("He argued the law violated the Constitution.", "the law violated the Constitution",
                     id="past-in-ed"),
        pytest.param("Twenty states argued the Supreme Court cast the law as a package deal.",
                     "the Supreme Court cast the law as a package deal", id="irregular-past"),
        pytest.param("Republicans believe Mr. Portman is far more attractive.", "Mr. Portman is far more attractive",
                     id="past-an-abbreviation"),
        pytest.param("He thinks it’s time to move on.", "it’s time to move on", id="contracted-subject"),
        pytest.param("They believe it grants amnesty to millions.", "it grants amnesty to millions", id="it-and-a-verb"),
        pytest.param("Most experts believe the sluggish economy provides the likeliest explanation.",
                     "the sluggish economy provides the likeliest explanation", id="verb-in-s"),
        pytest.param("She suggested for the first time (in public, anyway) that the rival was cynical.",
                     "for the first time (in public, anyway) that the rival was cynical", id="that-after-an-aside"),
        pytest.param("Jason Miller pushed back, arguing recent polls show more Americans support Trump.",
                     "recent polls show more Americans support Trump", id="plural-subject-verb"),
    ],
)
def test_verb_that_may_take_an_object_reports_a_clause(text, content):
    (q,) = find_quotes(text)
    assert (q.kind, q.text) == ("indirect", content)


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        pytest.param("Klobuchar will be glad to debate after saying recently, “I can’t beat him on the airwaves.”",
                     "Klobuchar", "direct", id="after-saying-an-adverb-and-a-comma"),
        pytest.param("Hours before the vote, Mr. Trump undercut his agencies by saying FISA had been abused.",
                     "Mr. Trump", "indirect", id="opening-phrase-before-the-subject"),
        pytest.param("Brushing aside the tweets, the House voted to renew the law after adding that it was needed.",
                     "the House", "indirect", id="opening-gerund-phrase"),
        pytest.param("Acting Chief of Staff Mick Mulvaney pushed back, saying the plan was dead.",
                     "Acting Chief of Staff Mick Mulvaney", "indirect", id="title-in-ing-is-no-opener"),
        pytest.param("Most dramatically, Cohen plans to say for the first time publicly that he overheard a call.",
                     "Cohen", "indirect", id="opening-adverb-after-a-word"),
        pytest.param("Facebook released a statement at the time saying the move was to “reduce spam”.",
                     "Facebook", "partial", id="statement-at-the-time-saying"),
        pytest.param("He also praised the mayor, stating it “illustrates the need to integrate.”",
                     "He", "partial", id="stating"),
        pytest.param("McConnell recently bragged that the vote was “the most consequential decision I’ve made.”",
                     "McConnell", "partial", id="bragged"),
    ],
)
def test_cue_in_ing_after_a_conjunction_and_new_cues(text, speaker, kind):
    (q,) = find_quotes(text)
    assert (q.speaker, q.kind) == (speaker, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The plan is dead, he said in court.",
        "The plan is dead, he said in testimony before a House committee.",
        "The plan is dead, he said in interviews.",
        "The plan is dead, he said in remarks at the White House.",
    ],
)
def test_setting_without_a_determiner_closes_the_attribution(text):
    (q,) = find_quotes(text)
    assert (q.kind, q.text, q.speaker) == ("indirect", "The plan is dead", "he")


@pytest.mark.parametrize(
    "text, speaker, resolved",
    [
        pytest.param("“The choice is clear,” Mrs. May said.", "Mrs. May", "", id="honorific-and-month"),
        pytest.param("“The choice is clear,” Theresa May said.", "Theresa May", "", id="given-name-and-month"),
        pytest.param("Prime Minister Theresa May met Trump. “The choice is clear,” May said.", "May", "Theresa May",
                     id="month-alone-resolved"),
        pytest.param("“We will win,” said Rep. Will Hurd.", "Rep. Will Hurd", "", id="will"),
        pytest.param("“That was puzzling,” Will said.", "Will", "", id="will-alone"),
    ],
)
def test_names_that_are_months_or_modals(text, speaker, resolved):
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_type, q.speaker_resolved) == (speaker, "person", resolved)


def test_nickname_in_quotation_marks_is_part_of_the_name():
    text = '"We are in a pickle," said Brian "Boomer" Patrick, a spokesman. "All the eggs were in one basket."'
    (q,) = find_quotes(text)  # the quotation goes on after its attribution: one quote in two parts
    first, second = (text[s:e] for s, e in q.parts)
    assert (first, q.speaker, q.speaker_type) == ("We are in a pickle,", 'Brian "Boomer" Patrick', "person")
    assert (q.kind, second) == ("direct", "All the eggs were in one basket.")


@pytest.mark.parametrize(
    "text",
    ["“We won,” said Dwayne “The Rock” Johnson.", "“We won,” said the coach of the “Tigers” team."],
)
def test_quotation_inside_the_speaker_phrase_is_no_second_part(text):
    first = find_quotes(text)[0]
    assert (first.text, first.parts) == ("We won,", ((1, 8),))


def test_long_appositive_with_a_preposition_is_read_past():
    (q,) = find_quotes("Stephen Davis, a negotiator between Boko Haram and the government, said the group "
                       "targeted the girls.")
    assert (q.speaker, q.text) == ("Stephen Davis", "the group targeted the girls")


def test_two_cues_in_ing_of_one_subject_split_the_content():
    first, second = find_quotes("Trump spoke, saying China will be unhappy and emphasizing that the army can return.")
    assert (first.text, first.cue, second.text, second.cue) == (
        "China will be unhappy", "saying", "the army can return", "emphasizing")


def test_that_after_a_phrase_starts_the_content():
    (q,) = find_quotes("Intelligence officials have said in interviews over the last six weeks that "
                       "contacts compelled them to act.")
    assert q.text == "contacts compelled them to act"


@pytest.mark.parametrize(
    "text, title",
    [
        pytest.param("“We have the momentum,” he said on NBC’s “Meet the Press.”", "Meet the Press.", id="said-on"),
        pytest.param("“I have no difficulty with those words,” Cicilline told “Fox News Sunday,” in May.",
                     "Fox News Sunday,", id="told"),
        pytest.param("Excerpts of Wolff's “Fire and Fury: Inside the Trump White House” included anecdotes.",
                     "Fire and Fury: Inside the Trump White House", id="unattributed"),
    ],
)
def test_title_in_quotation_marks_is_no_speech(text, title):
    (q,) = [q for q in find_quotes(text) if q.text == title]
    assert (q.kind, q.speaker, q.note) == ("scare", "", "a title in quotation marks")


@pytest.mark.parametrize("text", ["He called it “A Disaster”.", "Trump said on Monday, “We Will Win.”"])
def test_label_or_speech_in_title_case_keeps_its_speaker(text):
    (q,) = find_quotes(text)
    assert q.speaker and q.kind != "scare"


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Jones notes that the plan failed.", "Jones", id="notes-that"),
        pytest.param("The report states that the plan failed.", "The report", id="states-that"),
        pytest.param("The Times reports that the plan failed.", "The Times", id="reports-that"),
        pytest.param("The resolution notes that the plan failed.", "The resolution", id="a-document"),
        pytest.param("The law clearly states that the plan failed.", "The law", id="law-and-adverb"),
    ],
)
def test_cue_form_ending_in_that_reports_the_clause(text, speaker):
    (q,) = find_quotes(text)
    assert (q.kind, q.text, q.speaker) == ("indirect", "the plan failed", speaker)


def test_statement_that_said_is_its_authors():
    (q,) = find_quotes("Melendez released a statement that said: “Liberty cannot live without free speech.”")
    assert (q.kind, q.speaker) == ("direct", "Melendez")


@pytest.mark.parametrize("phrase", ["a Department of Labor spokesperson", "a Department of Homeland Security official"])
def test_unnamed_official_of_an_organisation_is_no_institution(phrase):
    (q,) = find_quotes(f"“It is done,” {phrase} said.")
    assert q.speaker == phrase and q.speaker_type in ("role", "anonymous")


def test_attribution_in_the_next_paragraph_is_not_the_quotations():
    text = ("“I had to fire Flynn,” Trump wrote. “There was nothing to hide!”\n\n"
            "Sen. Dianne Feinstein said Trump had obstructed justice.")
    first, second = find_quotes(text)
    assert (first.speaker, len(first.parts)) == ("Trump", 2)  # "“A,” Trump wrote. “B.”": one quote
    assert (second.kind, second.speaker) == ("indirect", "Sen. Dianne Feinstein")


@pytest.mark.parametrize(
    "text, parts",
    [
        pytest.param("“We will rebuild,” the mayor said on Monday. “It will take years.”",
                     ["We will rebuild,", "It will take years."], id="said-then-sentence"),
        pytest.param("“It is over,” said Ana Ruiz, who chairs the board. “We lost.” She left.",
                     ["It is over,", "We lost."], id="after-an-appositive"),
        pytest.param("“It is over,” she said.\n\n“We lost.”", ["It is over,"], id="new-paragraph-is-a-new-quote"),
        pytest.param("She said the plan “works.” “We lost.”", ["works."], id="after-a-partial-quote"),
    ],
)
def test_quotation_continued_after_its_attribution_is_one_quote(text, parts):
    # "“A,” said X. “B.”": PolNeAR and PARC annotate one attribution with two
    # quoted pieces, as "“A,” he said, “B.”"; a new paragraph starts a new quote
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [text[s:e] for s, e in quotes[0].parts] == parts
    assert quotes[0].kind == ("partial" if "plan" in text else "direct")
    assert all(q.speaker for q in quotes)


def test_attribution_after_a_comma_and_a_line_break_is_the_quotations():
    (q,) = find_quotes("“Donald Trump has the blood of the Kurds on his hands,”\n\nshe said.")
    assert (q.kind, q.speaker) == ("direct", "she")


def test_interrupted_is_a_cue_and_the_next_quotation_inherits_it():
    text = '"Yes!" Kennedy interrupted. "Did you read the Telegraph article?"'
    (q,) = find_quotes(text)
    assert (q.speaker, q.cue) == ("Kennedy", "interrupted")
    assert [text[s:e] for s, e in q.parts] == ["Yes!", "Did you read the Telegraph article?"]


@pytest.mark.parametrize("text", ["And I’m the moderate?", "We’re ready, Kingston said."])
def test_contracted_pronoun_is_no_antecedent(text):
    from framing.features.quotes._names import people_between

    assert not any("’" in name for name in people_between(text, 0, len(text)).values())


@pytest.mark.parametrize(
    "text, content",
    [
        pytest.param("Hours after saying he would resign, Smith stayed on.", "he would resign", id="span-of-time"),
        pytest.param("After saying the plan was dead, Smith left.", "the plan was dead", id="after"),
    ],
)
def test_cue_inside_an_opening_phrase_has_the_subject_after_it(text, content):
    (q,) = find_quotes(text)
    assert (q.text, q.speaker) == (content, "Smith")


def test_month_after_an_opening_time_is_no_speaker():
    (q,) = find_quotes("Last May, Ted Cruz, no slouch himself, spoke about Trump, calling him a “pathological liar.”")
    assert q.speaker == "Ted Cruz"


def test_who_after_an_inverted_speaker_and_appositive_is_that_speaker():
    text = ("“People are hurting,” said Renee Vidrine, president of Lighthouse for the Blind, "
            "who said the changes break the law.")
    first, second = find_quotes(text)
    assert (second.kind, second.text, second.speaker) == ("indirect", "the changes break the law", "Renee Vidrine")


@pytest.mark.parametrize("text", ["In reality, he is where many are, which is to say that he likes some politicians.",
                                  "Needless to say, the plan failed.",
                                  "It is too early to say whether the plan will work."])
def test_idioms_with_say_report_nothing(text):
    assert find_quotes(text) == []


def test_colon_before_a_quotation_wins_over_a_following_adding():
    text = ("As Sen. Lindsey Graham told CNN: “Most people are very pleased with the President,” "
            "adding that the book did not cut much ice.")
    first, second = find_quotes(text)
    assert (first.kind, first.cue, first.speaker) == ("direct", "told", "Sen. Lindsey Graham")
    assert (second.kind, second.cue) == ("indirect", "adding")


@pytest.mark.parametrize("place", ["Hong Kong", "Los Angeles", "Tel Aviv"])
def test_pronoun_not_resolved_to_a_place_of_two_words(place):
    (q,) = find_quotes(f"The {place} office was closed. “We need it,” she said.")
    assert q.speaker_resolved == ""


@pytest.mark.parametrize("speaker", ["Facebook", "Google", "Apple", "Twitter"])
def test_platforms_and_companies_are_institutions(speaker):
    (q,) = find_quotes(f"{speaker} said it would appeal the ruling.")
    assert q.speaker_type == "institution"


@pytest.mark.parametrize(
    "before",
    [
        pytest.param("The New York developer argued for a database.", id="new-york"),
        pytest.param("The post went up on Oct. 5.", id="month-abbreviation"),
    ],
)
def test_pronoun_not_resolved_to_a_place_or_month_word(before):
    (q,) = find_quotes(f"{before} “We need it,” he said.")
    assert q.speaker_resolved == ""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He did not say that he would run.", id="did-not"),
        pytest.param("Trump never said he would pay.", id="never"),
        pytest.param("Horowitz didn’t say whether the memo was leaked.", id="contraction"),
        pytest.param("Analysts do not believe either side wants war.", id="do-not-believe"),
        pytest.param("CNN has never actually said the story was incorrect.", id="never-adverb"),
    ],
)
def test_negated_cue_reports_no_speech(text):
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("“It is telling,” Rep. Bennie Thompson (D., Miss.), chairman of the committee, said Monday.",
                     "Rep. Bennie Thompson", id="wsj-style-tag"),
        pytest.param("Rep. Ilhan Omar (D-Minn.), a member of the committee, said the sanctions would hurt people.",
                     "Rep. Ilhan Omar", id="one-token-tag"),
    ],
)
def test_party_tag_before_an_appositive(text, speaker):
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_type) == (speaker, "person")


@pytest.mark.parametrize("text", ["It’s said that the war is over.", "It's believed the talks failed.",
                                  "I’m told the plan is dead.", "We're told the vote was delayed."])
def test_contracted_passive_reports_no_speaker(text):
    assert find_quotes(text) == []


@pytest.mark.parametrize("text", ["They’ve said the plan is dead.", "I’m suggesting that the plan is dead."])
def test_contracted_pronoun_is_a_pronoun(text):
    (q,) = find_quotes(text)
    assert q.speaker_type == "pronoun"


def test_negated_cue_gives_its_quotation_no_speaker():
    (q,) = find_quotes("Mr. Obama never mentioned the “47 percent” video.")
    assert (q.speaker, q.cue) == ("", "")


def test_pronoun_resolved_when_one_person_is_named():
    text = "Defense Secretary Mark Esper visited the base. “We are ready,” he said."
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_resolved, q.note) == ("he", "Mark Esper", "")


def test_surname_known_as_a_place_is_the_person_named_before():
    text = "Rep. Jim Jordan, R-Ohio, led the questioning. Jordan said the memo was a fraud."
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_type, q.speaker_resolved) == ("Jordan", "person", "Jim Jordan")
    (q,) = find_quotes("Jordan said it would close its border.")
    assert (q.speaker_type, q.speaker_resolved) == ("institution", "")


@pytest.mark.parametrize(
    "text, resolved",
    [
        pytest.param("Jim Jordan met the president on Monday. “It went well,” he said.", "Jim Jordan", id="place-surname"),
        pytest.param("David French wrote about it. “It is narrow,” he said.", "David French", id="demonym-surname"),
        pytest.param("Armond Budish spoke first. “It is not enough,” he said.", "Armond Budish", id="demonym-ending"),
    ],
)
def test_pronoun_resolved_to_a_name_with_a_surname_the_lists_hide(text, resolved):
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_resolved) == ("he", resolved)


def test_pronoun_left_unresolved_with_a_reason():
    text = "Esper met Pompeo and Robert O’Brien on Sunday. “We discussed the options,” he said."
    (q,) = find_quotes(text)
    assert q.speaker_resolved == ""
    assert "ambiguous" in q.note and "Pompeo" in q.note


@pytest.mark.parametrize(
    ("text", "resolved", "note"),
    [
        pytest.param("Mark T. Esper spoke first. Later, Esper said the strikes had worked.",
                     "Mark T. Esper", "", id="earlier-full-name"),
        pytest.param("Mark T. Esper spoke first. Later, Esper said the strikes had worked. Then Jane Esper arrived.",
                     "Mark T. Esper", "", id="full-names-written-after-are-ignored"),
        pytest.param("Mark T. Esper and Jane Esper spoke first. Later, Esper said the strikes had worked.",
                     "", "short name 'Esper' is ambiguous: Jane Esper, Mark T. Esper", id="two-earlier-full-names"),
    ],
)
def test_short_name_resolution(text, resolved, note):
    (q,) = find_quotes(text)
    assert (q.speaker, q.speaker_resolved, q.note) == ("Esper", resolved, note)


def test_pronoun_continues_the_previous_speaker():
    text = "“We will respond,” a senior administration official said. “We are ready,” he said."
    _, second = find_quotes(text)
    assert second.speaker_resolved == "a senior administration official"
    assert second.anonymous  # the antecedent is anonymous


def test_cue_class_comes_from_the_lexicon():
    lex = framing.load_lexicon("reporting_verbs")
    classes = {t.term: t.category for t in lex.terms}
    text = "The minister insisted that the vote was fair. Critics claimed that it was rigged."
    quotes = find_quotes(text)
    assert [(q.cue, q.cue_class) for q in quotes] == [("insisted", classes["insist"]), ("claimed", classes["claim"])]
    assert [q.cue_class for q in quotes] == ["assertive", "skeptical"]


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\n  ", id="whitespace"),
        pytest.param("“", id="one-mark"),
        pytest.param("”Hello“", id="reversed-marks"),
        pytest.param('He said "we will win. And then she left.', id="unclosed-straight"),
        pytest.param("“A “nested” quote,” she said.", id="nested-same-marks"),
        pytest.param("“He called it ‘a disgrace,’” she said.", id="nested-single-in-double"),
        pytest.param("‘He called it “a disgrace”,’ she said.", id="nested-double-in-single"),
        pytest.param("“First paragraph.\n\n“Second paragraph,” he said.", id="multi-paragraph"),
        pytest.param("“Unclosed paragraph.\n\nNext paragraph.”", id="unclosed-then-stray"),
        pytest.param('"""""" ’’’ ‘‘‘ «» »« „“', id="marks-only"),
        pytest.param("said said said, said “said” said", id="cues-only"),
        pytest.param("The ’90s were ’em; rock ’n’ roll’s friends’ cars.", id="apostrophes"),
    ],
)
def test_bad_input_never_raises_and_spans_stay_valid(text):
    scan = scan_quotes(text)
    check_spans(text, scan.quotes)
    for p in scan.problems:
        assert text[p.start : p.end] == p.text and p.reason


def test_unbalanced_mark_is_recorded_not_guessed():
    text = 'He told the crowd "we will win this fight and then left the stage.'
    scan = scan_quotes(text)
    assert scan.quotes == ()
    (p,) = scan.problems
    assert (p.start, p.text) == (text.index('"'), '"') and "not closed" in p.reason


def test_quote_spanning_paragraphs_is_one_quote():
    text = "Mr. Kim said:\n\n“The building shook.\n\n“I grabbed my daughter and ran.”"
    (q,) = find_quotes(text)
    assert q.text == "The building shook.\n\n“I grabbed my daughter and ran."
    assert q.speaker == "Mr. Kim"


@pytest.mark.parametrize(
    "brk",
    [pytest.param("\r\n", id="crlf"), pytest.param("\u2029", id="paragraph-separator"),
     pytest.param("\n\u2029", id="mixed")],
)
def test_quote_spanning_paragraphs_with_other_line_breaks(brk):
    text = f"Mr. Kim said:{brk}{brk}“The building shook.{brk}{brk}“I grabbed my daughter and ran.”"
    (q,) = find_quotes(text)
    assert q.text == f"The building shook.{brk}{brk}“I grabbed my daughter and ran."
    assert q.speaker == "Mr. Kim"


def test_single_marks_at_the_ends_of_the_text_are_marks_not_apostrophes():
    text = "'We will win,' he said. Iran's leaders didn't agree. She called it 'a disgrace'"
    quotes = find_quotes(text)
    # (the label with its object, as with curly marks: "called it “a disgrace”")
    assert [(q.text, q.kind) for q in quotes] == [("We will win,", "direct"), ("it 'a disgrace'", "partial")]


def test_document_that_is_one_giant_quote():
    body = " ".join(["The war will end soon, and we will rebuild."] * 5000)
    text = "“" + body + "” the president said."
    (q,) = find_quotes(text)
    assert (q.kind, q.speaker, len(q.text)) == ("direct", "the president", len(body))


def test_a_megabyte_of_unbalanced_marks_is_handled():
    text = "“ a ” “ b " * 100_000  # 1 MB of marks, every other one unpaired
    scan = scan_quotes(text)
    check_spans(text, scan.quotes)
    assert len(scan.problems) == 51  # 50 listed and one saying how many more
    assert scan.problems[-1].reason.endswith("more problems with quotation marks not listed")


def test_given_sentences_give_the_same_result():
    text = "“We will respond,” Esper said. Officials said the strikes were over. “It is done,” he added."
    assert scan_quotes(text) == scan_quotes(text, sentences=sentence_spans(text))


def test_non_string_input_is_a_type_error():
    with pytest.raises(TypeError, match="text must be a str"):
        find_quotes(None)  # type: ignore[arg-type]


_QUOTEY = st.lists(
    st.sampled_from(list("abc XYZ.,;:!?\n'\"“”‘’«»„—-()") + ["said ", "told ", "he ", "Esper ", "according to "]),
    max_size=120,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_QUOTEY)
def test_property_spans_valid_on_quote_heavy_text(text):
    scan = scan_quotes(text)
    check_spans(text, scan.quotes)
    for p in scan.problems:
        assert text[p.start : p.end] == p.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_property_spans_valid_on_arbitrary_unicode(text):
    scan = scan_quotes(text)
    check_spans(text, scan.quotes)


# ---------------------------------------------------------------- accuracy on the annotated set

@pytest.mark.parametrize("name, size", [("quotes_gold.jsonl", 150), ("quotes_heldout.jsonl", 60),
                                        ("quotes_general.jsonl", 60), ("quotes_general2.jsonl", 40),
                                        ("quotes_speakers.jsonl", 40)])
def test_annotated_sets_meet_the_targets(name, size):
    """A regression guard at the issue's targets; benchmarks/eval_quotes.py reports the figures."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_quotes", Path(__file__).parents[1] / "benchmarks" / "eval_quotes.py")
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    items = ev.load_gold(DATA / name)
    assert len(items) >= size
    res = ev.evaluate(items)
    assert res["overlap"][2] > 0.84
    assert res["acc"]["speaker"][0] > 0.87
    assert res["acc"]["cue"][0] >= 0.92


@pytest.mark.parametrize("name", ["quotes_gold.jsonl", "quotes_heldout.jsonl", "quotes_general.jsonl",
                                  "quotes_general2.jsonl", "quotes_speakers.jsonl"])
def test_annotated_set_is_well_formed(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        for q in item["quotes"]:
            assert item["text"][q["start"] : q["end"]] == q["text"]
            assert q["kind"] in framing.features.quotes.QUOTE_KINDS
            assert q["speaker_type"] in ("", *framing.features.quotes.SPEAKER_TYPES)


# ---------------------------------------------------------------- lexicons

def test_reporting_verbs_lexicon_lists_every_form():
    lex = framing.load_lexicon("reporting_verbs")
    forms = {f for t in lex.terms for f in (t.term, *t.forms)}
    assert {"say", "says", "said", "saying", "told", "according to", "insisted", "claimed", "warned"} <= forms
    assert {"neutral", "assertive", "skeptical", "emphatic", "source"} <= set(lex.categories)


@pytest.mark.parametrize(
    "name, group",
    [
        ("Kataib Hezbollah", "iran_aligned_militias"),
        ("Kata’ib Hizbollah", "iran_aligned_militias"),
        ("KH", "iran_aligned_militias"),
        ("Hashd al-Shaabi", "iran_aligned_militias"),
        ("Popular Mobilization Forces", "iran_aligned_militias"),
        ("Pentagon", "us_government"),
        ("Esper", "us_government"),
        ("Tehran", "iran"),
        ("Adel Abdul-Mahdi", "iraqi_government"),
        ("Netanyahu", "israel"),
    ],
)
def test_actors_lexicon_name_variants(name, group):
    (m,) = framing.find_terms(name, "actors")
    assert m.category == group


# ---------------------------------------------------------------- analyze

@pytest.fixture(scope="module")
def analysis():
    texts = [
        "“We will respond,” Defense Secretary Mark Esper said. Iran called the strikes “terrorism.”",
        "The strikes were a reprisal, officials said. The reprisal was reported widely.",
        "",
        'He said "unclosed.',
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A", "B", "C", "D"], "text": texts}))
    return framing.analyze(corpus, lexicons=["loaded", "conflict"], actors="actors")


def test_analyze_quotes_table(analysis):
    q = analysis.quotes
    assert list(q.columns) == framing.features.quotes.QUOTE_COLUMNS
    texts = dict(zip(analysis.corpus.frame["doc_id"], analysis.corpus.frame["text"]))
    for row in q.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text
    assert q[["doc_id", "quote_id", "kind", "speaker", "actor_group"]].values.tolist() == [
        ["0", 0, "direct", "Defense Secretary Mark Esper", "us_government"],
        ["0", 1, "partial", "Iran", "iran"],
        ["1", 0, "indirect", "officials", ""],
    ]
    assert q["sent_id"].tolist() == [0, 1, 0]
    assert analysis.quote_problems[["doc_id", "text"]].values.tolist() == [["3", '"']]


def test_analyze_matches_know_their_voice(analysis):
    m = analysis.matches
    rows = m[["doc_id", "text", "in_quote", "speaker", "quote_kind"]].values.tolist()
    assert ["0", "terrorism", True, "Iran", "partial"] in rows
    assert ["1", "reprisal", True, "officials", "indirect"] in rows
    assert ["1", "reprisal", False, "", ""] in rows  # the journalist's own sentence
    assert str(m["quote_id"].dtype) == "Int64"
    assert m.loc[~m["in_quote"], "quote_id"].isna().all()


def test_analyze_article_columns(analysis):
    a = analysis.articles.set_index("doc_id")
    assert a["n_quotes"].tolist() == [2, 1, 0, 0]
    assert a["quotes_speaker_anonymous_n"].tolist() == [0, 1, 0, 0]
    assert a["anonymous_quote_share"].iloc[1] == 1.0 and pd.isna(a["anonymous_quote_share"].iloc[2])
    assert a["quotes_actor_us_government_n"].tolist() == [1, 0, 0, 0]
    assert a["n_quote_problems"].tolist() == [0, 0, 0, 1]
    assert a["n_speakers"].tolist() == [2, 1, 0, 0]
    assert 0 < a["quote_word_share"].iloc[0] < 1 and pd.isna(a["quote_word_share"].iloc[2])
    assert "quotes_cue_neutral_n" in a.columns


@pytest.mark.parametrize("chunksize", [1, 2, 200])
def test_analyze_quotes_are_each_documents_own(example_corpus, chunksize):
    # analyze finds the quotes of a chunk after everything else in it: each
    # document still gets the quotes, voice columns and word share that
    # scan_quotes gives for it alone, and each speaker the actor group that
    # the actors lexicon gives it alone (looked up once per chunk)
    from framing.features._matcher import _matcher_for
    from framing.analysis._docs import _WORD

    actors = _matcher_for([framing.load_lexicon("actors")])
    result = framing.analyze(example_corpus, chunksize=chunksize, actors="actors")
    articles = result.articles.set_index("doc_id")
    for doc_id, text in example_corpus.frame.set_index("doc_id")["text"].items():
        scan = scan_quotes(text)
        rows = result.quotes[result.quotes["doc_id"] == doc_id]
        assert rows[["quote_id", "start", "end", "kind", "speaker", "cue"]].values.tolist() == [
            [i, q.start, q.end, q.kind, q.speaker, q.cue] for i, q in enumerate(scan.quotes)
        ]
        groups = [(actors.find(q.speaker_resolved or q.speaker) or [None])[0] if q.speaker else None
                  for q in scan.quotes]
        assert rows["actor_group"].tolist() == [g.category if g else "" for g in groups]
        words = sum(
            len(_WORD.findall(text, s, e)) for q in scan.quotes
            if q.kind != "scare" and not (q.kind == "indirect" and q.cue_class == "stance") for s, e in q.parts
        )  # a stance's object ("endorsed Clinton") is nobody's wording
        assert articles.loc[doc_id, "quote_word_share"] == pytest.approx(words / articles.loc[doc_id, "n_words"])
        assert articles.loc[doc_id, "n_quote_problems"] == len(scan.problems)
        matches = result.matches[result.matches["doc_id"] == doc_id]
        for m in matches.itertuples():
            inside = [i for i, q in enumerate(scan.quotes) if any(s <= m.start < e for s, e in q.parts)]
            assert m.in_quote == bool(inside)
            assert (pd.isna(m.quote_id) and not inside) or [m.quote_id] == inside


_SENTENCE_STARTS = st.lists(st.integers(0, 60), max_size=6, unique=True).map(sorted)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_SENTENCE_STARTS, st.lists(st.integers(0, 70), max_size=5)), max_size=5))
def test_sentence_ids_of_a_chunk_are_those_of_each_document(docs):
    # one search over the chunk finds, for each offset, the sentence a search
    # of its own document finds (0 before the first sentence or without any)
    import bisect

    import numpy as np

    from framing.features.quotes._tables import _sentence_ids

    per_doc = [{"bounds": np.array([(s, s + 1) for s in starts], dtype=np.int64).reshape(-1, 2)} for starts, _ in docs]
    doc_idx = np.array([i for i, (_, offsets) in enumerate(docs) for _ in offsets], dtype=np.int64)
    offsets = np.array([o for _, offs in docs for o in offs], dtype=np.int64)
    expected = [max(bisect.bisect_right(docs[i][0], o) - 1, 0) for i, o in zip(doc_idx.tolist(), offsets.tolist())]
    got = _sentence_ids(per_doc, doc_idx, offsets)
    assert got.dtype == np.int64 and got.tolist() == expected


def test_analyze_without_quotes():
    corpus = framing.read_corpus(pd.DataFrame({"outlet": ["A"], "text": ["“Yes,” he said."]}))
    result = framing.analyze(corpus, quotes=False)
    assert result.quotes.empty and list(result.quotes.columns) == framing.features.quotes.QUOTE_COLUMNS
    assert "in_quote" not in result.matches.columns and "n_quotes" not in result.articles.columns


def test_quotes_built_without_the_dataclass_init_are_quotes():
    # scan_quotes makes its Quote objects with framing.features.quotes._records._NewQuote (faster
    # than the frozen dataclass's __init__): its parameters must stay Quote's fields
    import dataclasses
    import inspect

    from framing.features.quotes._records import _NewQuote

    params = list(inspect.signature(_NewQuote).parameters.values())
    fields = dataclasses.fields(Quote)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    args = (3, 9, "We win", "direct", "Mark Esper", 20, 30, "", "person", False, "said", 31, 35, "neutral", ((3, 9),),
            "")
    q = _NewQuote(*args)
    assert type(q) is Quote and q == Quote(*args)
    assert hash(q) == hash(Quote(*args)) and repr(q) == repr(Quote(*args))
    assert _NewQuote(1, 2, "x", "scare") == Quote(1, 2, "x", "scare")
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.text = "changed"  # type: ignore[misc]
    assert all(type(q) is Quote for q in find_quotes("“We will respond,” Esper said. “Soon.”"))


_NAME_TEXTS = [
    "Defense Secretary Mark T. Esper met Abu Mahdi al-Mohandis in Baghdad",
    "the so-called Islamic State, U.S. officials and Mr. Kim Jong Un",
    "iPhone Apple's Tim Cook; O'Reilly and McCain\tJohn",
    "(R-Texas) Sen. Ted Cruz ’Ali Khamenei. Iran’s Supreme Leader",
]


@pytest.mark.parametrize("text", _NAME_TEXTS)
def test_capital_first_name_patterns_find_what_the_full_ones_find(text):
    from framing.features.quotes import _names as sp

    for lo in range(len(text)):
        for hi in (len(text), lo + 25):
            chosen = sp._name_patterns(text, lo, hi)
            for k, (full, capital) in enumerate(((sp._NAME_SEQ, sp._NAME_SEQ_CAP), (sp._CAP_WORD, sp._CAP_WORD_CAP))):
                want = [m.span() for m in full.finditer(text, lo, hi)]
                assert [m.span() for m in chosen[k].finditer(text, lo, hi)] == want
                if "-" not in text[lo:hi]:
                    assert [m.span() for m in capital.finditer(text, lo, hi)] == want


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbBeEiIlMnST .-’'\t,x", max_size=40))
def test_capital_first_name_patterns_property(text):
    from framing.features.quotes import _names as sp

    if sp._HYPHEN_CAP.search(text) is None:  # where the capital-first patterns are used
        for full, capital in ((sp._NAME_SEQ, sp._NAME_SEQ_CAP), (sp._CAP_WORD, sp._CAP_WORD_CAP)):
            assert [m.span() for m in capital.finditer(text)] == [m.span() for m in full.finditer(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "a US official said on condition of anonymity",
        "officials, who spoke anonymously, said",
        "he declined to be identified",
        "a person familiar with the matter said",
        "sources not authorized to speak publicly said",
        "two unnamed officials said",
        "someone with direct knowledge of the talks said",
    ],
)
def test_anonymity_markers_hold_one_of_their_words(sentence):
    # a sentence holding none of vocab().anonymity_words is not searched
    from framing.features.quotes._words import vocab

    v = vocab()
    assert v.anonymity_words and v.anonymity.search(sentence) is not None
    assert any(w in sentence for w in v.anonymity_words)


def test_cue_scan_that_skips_quotations_keeps_every_cue_outside_them():
    from framing.features.quotes._cues import cue_finder
    from framing.features.quotes._marks import pair_marks

    text = (
        "“We said no, and they told us to add more,” Esper said.\n"
        "Officials said “that was said, they insisted” and added: “Says who?” Said Ali, according to AP."
    )
    regions, _ = pair_marks(text)
    skip = [(r.open, r.close + 1) for r in regions]
    assert len(skip) == 3

    def outside(cues):
        return [c for c in cues if not any(s <= c.start < e for s, e in skip)]

    full = cue_finder().find(text)
    assert outside(cue_finder().find(text, skip)) == outside(full)
    assert [c.text for c in outside(full)] == ["said", "said", "added", "Said", "according to"]


@pytest.mark.parametrize(
    "tok",
    ["Trump", "Trump,", "(Trump", "x(.", "said.", "U.S.", "Mr.", "officials", "their", "\u2014", "--", "it",
     "Esper\u2019s", "armed", "thinking", "to", "has", "\u201cWe", ")", "(", "al-Mohandis", "2019", "was"],
)
def test_token_facts_agree_with_the_word_helpers(tok):
    # the speaker rules look each token's facts up once (framing.features.quotes._tokens);
    # they must stay the answers of the word helpers and of the rule they replace
    from framing.features.quotes._tokens import FACTS, NP_PARTICIPLES
    from framing.features.quotes._words import (
        BOUNDARY_END,
        NP_PREPS,
        STOP,
        cap,
        core,
        is_abbreviation,
        low_key,
        vocab,
    )

    f = FACTS[tok]
    c, key = core(tok), low_key(tok)
    assert (f.key, f.core, f.cap) == (key, c, cap(c))
    assert f.bound == (tok[-1] in BOUNDARY_END)
    assert f.stop == (f.bound or (tok.endswith(".") and not is_abbreviation(tok)))
    assert f.pron == (key in vocab().pronouns and bool(c))
    assert f.prep == (key in NP_PREPS)

    def np_word_ok(after_det):
        if not c:
            return tok in ("(", ")")
        k = low_key(c)
        if k in STOP:
            return False
        if c[0].isupper() or c[0].isdigit():
            return True
        if not c[0].isalpha():
            return False
        return not (k.endswith(("ed", "ing")) and k not in NP_PARTICIPLES and not after_det)

    assert (f.np_ok, f.np_ok_det) == (np_word_ok(False), np_word_ok(True))


# ---------------------------------------------------------------- the reported claim (issue 14)

CLAIMS = [
    pytest.param(
        "The governor said the storm response was “slow” and “badly planned.”",
        ("the storm response was “slow” and “badly planned.”", ["slow", "badly planned."], "The governor"),
        id="two-fragments-one-claim",
    ),
    pytest.param(
        "The senator said turnout was “truly remarkable,” and added that it “will pay off in November.”",
        ("turnout was “truly remarkable,”", ["truly remarkable,"], "The senator"),
        id="and-added-starts-the-next-claim",
    ),
    pytest.param(
        "The tariffs are “a tax on families” and will cost jobs, the union’s president said.",
        ("The tariffs are “a tax on families” and will cost jobs", ["a tax on families"], "the union’s president"),
        id="claim-before-the-attribution",
    ),
]


@pytest.mark.parametrize("text, expected", CLAIMS)
def test_claim_is_the_whole_clause(text, expected):
    clause, fragments, speaker = expected
    quotes = find_quotes(text)
    check_spans(text, quotes)
    q = quotes[0]
    assert (q.kind, q.text, q.speaker) == ("partial", clause, speaker)
    assert [text[s:e] for s, e in q.parts] == fragments


def test_claim_does_not_swallow_another_speakers_quote():
    text = "The mayor said the budget was “a mess,” and “We will fix it,” her rival said."
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("The mayor", "the budget was “a mess,”"), ("her rival", "We will fix it,")]


# ---------------------------------------------------------------- cue types (issue 14)

CUE_TYPE_CASES = [
    pytest.param("The senator said the bill would pass.", "speech", "the bill would pass", id="said"),
    pytest.param("The governor believes the deficit will shrink.", "belief", "the deficit will shrink", id="believes"),
    pytest.param("Ortiz wants to cut the city's payroll by a tenth.", "belief", "to cut the city's payroll by a tenth",
                 id="wants-to"),
    pytest.param("The union plans to strike on Monday.", "belief", "to strike on Monday", id="plans-to"),
    pytest.param("A new survey shows that most renters expect higher costs.", "evidence",
                 "most renters expect higher costs", id="survey-shows-that"),
    pytest.param("The audit found the agency had lost track of 40 laptops.", "evidence",
                 "the agency had lost track of 40 laptops", id="audit-found"),
    pytest.param("The inquiry found it was a clerical error.", "evidence", "it was a clerical error", id="found-it-was"),
    pytest.param("Recent polls show a tight race in the district.", "evidence", "a tight race in the district",
                 id="polls-show-object"),
    pytest.param("The footage showed the two men leaving the bank.", "evidence", "the two men leaving the bank",
                 id="footage-showed-object"),
]


@pytest.mark.parametrize("text, cue_type, content", CUE_TYPE_CASES)
def test_cue_type(text, cue_type, content):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.cue_type, q.text) for q in quotes] == [(cue_type, content)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("His plans to expand the port were shelved.", id="plans-noun"),
        pytest.param("Police found the car in a ditch near the river.", id="found-object"),
        pytest.param("She wants a recount.", id="wants-object"),
        pytest.param("Turnout is expected to rise in the suburbs.", id="passive-expected"),
        pytest.param("She found it hard to sleep after the storm.", id="found-it-adjective"),
        pytest.param("The curator showed the visitors a map of the site.", id="showed-person-subject"),
    ],
)
def test_not_an_attribution(text):
    assert find_quotes(text) == []


# Stances with a noun-phrase object (issue 14): the ``stance`` class, cue_type belief; the content is the
# object phrase, up to a comma or a new clause.
STANCE_CASES = [
    pytest.param("The teachers' union endorsed Ortega for mayor on Tuesday.", "The teachers' union", "endorsed",
                 "Ortega for mayor on Tuesday", id="endorsed-name"),
    pytest.param("Senator Ruth Abney supports the bill, which passed the House in May.", "Senator Ruth Abney",
                 "supports", "the bill", id="supports-comma"),
    pytest.param("Most farmers oppose the new water rules.", "Most farmers", "oppose", "the new water rules",
                 id="bare-subject"),
    pytest.param("The chancellor defended her record on housing during the debate.", "The chancellor", "defended",
                 "her record on housing during the debate", id="defended-record"),
    pytest.param("Two council members backed the proposal because it cut fees.", "Two council members", "backed",
                 "the proposal", id="backed-because"),
    pytest.param("The mayor, who is backing Lund in the primary, spoke first.", "The mayor", "backing",
                 "Lund in the primary", id="relative-who"),
    pytest.param("The airline is seeking damages from the manufacturer.", "The airline", "seeking",
                 "damages from the manufacturer", id="seeking-object"),
    pytest.param("The coalition seeks to block the merger in court.", "The coalition", "seeks",
                 "to block the merger in court", id="seeks-to"),
    pytest.param("Voters in the north favor limits on logging.", "Voters in the north", "favor",
                 "limits on logging", id="favor"),
    pytest.param("The board opposed the merger and then sued to stop it.", "The board", "opposed",
                 "the merger", id="second-verb-phrase"),
    pytest.param("Farmers backing the levy gathered outside the hall.", "Farmers", "backing", "the levy",
                 id="participle-before-main-verb"),
    pytest.param("The river towns will actively seek to block the rule.", "The river towns", "seek",
                 "to block the rule", id="modal-adverb-not-in-subject"),
    pytest.param("Most growers oppose the tariff and want it gone by spring.", "Most growers", "oppose",
                 "the tariff", id="and-want"),
    pytest.param("The ordinance seeks to limit short-term rentals downtown.", "The ordinance", "seeks",
                 "to limit short-term rentals downtown", id="a-law-seeks"),
    pytest.param("The mayor opposed rent control during the campaign.", "The mayor", "opposed",
                 "rent control during the campaign", id="bare-noun-object"),
    pytest.param("The senator supported lowering the voting age.", "The senator", "supported",
                 "lowering the voting age", id="gerund-object"),
    pytest.param("A group backing Okafor has bought airtime.", "A group", "backing", "Okafor",
                 id="participle-before-auxiliary"),
]


@pytest.mark.parametrize("text, speaker, cue, content", STANCE_CASES)
def test_stance(text, speaker, cue, content):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.kind, q.speaker, q.cue, q.cue_class, q.cue_type, q.text) for q in quotes] == [
        ("indirect", speaker, cue, "stance", "belief", content)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The new tablet supports up to 2 TB of storage.", id="technical-up-to"),
        pytest.param("There is broad support for the measure in both parties.", id="noun-support-for"),
        pytest.param("Her backing of the candidate surprised donors.", id="noun-possessive"),
        pytest.param("Hundreds rallied in support of the striking nurses.", id="in-support-of"),
        pytest.param("The plan was supported by a majority of the council.", id="passive"),
        pytest.param("The plan was also endorsed by the county clerk.", id="passive-adverb"),
        pytest.param("The delivery van backed into a parked car.", id="backed-into"),
        pytest.param("The team backed up its claims with data.", id="backed-up"),
        pytest.param("As opposed to last year, the lines were short.", id="as-opposed-to"),
        pytest.param("The champion defended her title in Tokyo.", id="sports-title"),
        pytest.param("The council voted to support the measure.", id="to-infinitive"),
        pytest.param("The striker was a player sought after by every club.", id="sought-after"),
        pytest.param("Residents are seeking shelter from the storm.", id="seeking-shelter"),
        pytest.param("He asked for a favor from his neighbour.", id="noun-favor"),
        pytest.param("It is unclear whether the mayor would back the plan.", id="whether-would"),
        pytest.param("The senator has not decided if she will support the nominee.", id="if-will"),
        pytest.param("Democrats are defending nine Senate seats in November.", id="election-seats"),
        pytest.param("Her decision to hold off on backing the candidate angered donors.", id="on-backing"),
        pytest.param("The singer appeared to loud cheers in the final act.", id="appeared-to-noun"),
        pytest.param("The mayor appeared on local radio on Monday.", id="appeared-on"),
        pytest.param("Sales were higher than was expected.", id="than-expected"),
        pytest.param("What appears to be a crack runs along the wall.", id="what-appears"),
        pytest.param("It seems to be the case for most of them.", id="seems-the-case"),
        pytest.param("It seems to escape the board that the fund is empty.", id="it-seems-to-escape"),
        pytest.param("What the union appears to want is a shorter week.", id="what-x-appears"),
        pytest.param("The party defended both governorships in the spring.", id="election-governorships"),
        pytest.param("In defending the budget, the mayor pointed to lower costs.", id="in-defending"),
        pytest.param("The firm won favour in the county by backing the mayor.", id="by-backing"),
        pytest.param("A volunteer waves a placard, a sign supporting the mayor, at passing cars.", id="sign-supporting"),
        pytest.param("The new figures back this up.", id="back-this-up"),
        pytest.param("The author supported her argument with census data.", id="supported-argument"),
        pytest.param("Staff were told not to appear to be taking sides.", id="not-to-appear"),
        pytest.param("On those numbers it would seem to make sense to wait.", id="it-would-seem"),
        pytest.param("Prices will fall, as the minister seems to believe.", id="as-x-seems"),
        pytest.param("The agency drafted a report defending the new rules.", id="report-defending"),
        pytest.param("Her 60% support gives her a clear lead.", id="percent-support"),
        pytest.param("Voters who support up to two candidates may vote twice.", id="support-up-to"),
        pytest.param("Neither option supports a ban on trucks.", id="option-supports"),
        pytest.param("The deal was a mistake, the mayor appeared to suggest.", id="appeared-to-suggest-final"),
        pytest.param("What voter could oppose a cleaner river?", id="what-x-could-oppose"),
        pytest.param("The one plan the council has endorsed isn't about parking.", id="relative-gap-auxiliary"),
        pytest.param("Many firms find it cheaper to rent than to buy.", id="find-it-adjective"),
    ],
)
def test_not_a_stance_nor_an_impression(text):
    assert find_quotes(text) == []


def test_a_stance_takes_no_quotation():
    # the quotation after "who backed X" is the speaker's, not the stance's
    text = "“We could lose,” said Dana Obi, who backed Rivera in 2020. “Turnout will decide it.”"
    quotes = find_quotes(text)
    check_spans(text, quotes)
    said = [q for q in quotes if q.cue == "said"]
    assert said and all(q.speaker == "Dana Obi" for q in said)
    assert "Turnout will decide it." in " ".join(q.text for q in said)
    assert all(q.cue_class != "stance" or "“" not in q.text for q in quotes)


def test_a_stance_inside_reported_speech_is_the_speech():
    text = "The aide said the governor supports the bill."
    (q,) = find_quotes(text)
    assert (q.cue, q.cue_type, q.text) == ("said", "speech", "the governor supports the bill")


# Impressions with no source (issue 14; PolNeAR annotates them with an empty Source): cue_type belief,
# no speaker, the infinitive as content, in the journalist's voice.
IMPRESSION_CASES = [
    pytest.param("The ceasefire appears to be holding, for now.", "appears", "to be holding, for now",
                 id="appears-to"),
    pytest.param("The new manager seemed to enjoy the attention.", "seemed", "to enjoy the attention",
                 id="seemed-to"),
    pytest.param("Both chambers appear to have approved the budget by Friday.", "appear",
                 "to have approved the budget by Friday", id="appear-plural"),
    pytest.param("The talks seem to be drifting toward a deal: both sides want out.", "seem",
                 "to be drifting toward a deal", id="ends-at-colon"),
    pytest.param("The coach appeared to be struggling, criticized for his choices.", "appeared",
                 "to be struggling", id="ends-at-participle"),
    pytest.param("The envoy seemed to be thinking of the port when he spoke of risks.", "seemed",
                 "to be thinking of the port", id="ends-at-when"),
]


@pytest.mark.parametrize("text, cue, content", IMPRESSION_CASES)
def test_impression_has_no_speaker(text, cue, content):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.kind, q.speaker, q.speaker_start, q.cue, q.cue_class, q.cue_type, q.text) for q in quotes] == [
        ("indirect", "", None, cue, "impression", "belief", content)]


def test_impression_ends_before_a_participle_and_names_no_speaker_for_it():
    text = "The minister also seems to have endorsed the plan, saying on Monday that it was overdue."
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.speaker, q.cue, q.text) for q in quotes] == [
        ("", "seems", "to have endorsed the plan"), ("The minister", "saying", "it was overdue")]


def test_impression_is_no_speaker_for_the_quotation_after_it():
    text = "“We will win,” she said. The crowd seemed to agree. “It is over,” she added."
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.speaker, q.cue) for q in quotes] == [("she", "said"), ("", "seemed"), ("she", "added")]


@pytest.mark.parametrize(
    "text, cue",
    [
        pytest.param("Christopher wants to run for mayor.", "wants", id="her-wants"),
        pytest.param("Fisher hopes to win the seat.", "hopes", id="her-hopes"),
        pytest.param("Obama demanded that the vote be held.", "demanded", id="a-demanded"),
        pytest.param("Ghana disputed that the border was closed.", "disputed", id="a-disputed"),
    ],
)
def test_a_name_ending_like_an_excluded_word_is_no_noun(text, cue):
    # a cue's "not after the/her/a" condition is about whole words: "Christopher" and "Obama" are
    # not "her" and "a"
    (q,) = find_quotes(text)
    assert (q.speaker, q.cue) == (text.split()[0], cue)


def test_that_s_opens_the_content():
    # "think that's ...": "that" is the pronoun, not the conjunction
    (q,) = find_quotes("The mayor thinks that's the best plan for the port.")
    assert (q.cue, q.text) == ("thinks", "that's the best plan for the port")


def test_belief_inside_reported_speech_is_the_speech():
    text = "The company expects to cut 300 jobs, two people familiar with the plan said."
    (q,) = find_quotes(text)
    assert (q.cue, q.cue_type, q.text) == ("said", "speech", "The company expects to cut 300 jobs")


def test_scare_quotes_have_no_cue_type():
    q = find_quotes("The so-called “reform” passed.")[0]
    assert (q.kind, q.cue_type) == ("scare", "")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("''We will not back down,'' the mayor said. ''Not this year.''",
                     [("direct", "We will not back down,'' the mayor said. ''Not this year.", "the mayor")],
                     id="two-apostrophes-as-marks"),
        pytest.param("She called the ruling ''a gift to polluters'' in a statement.",
                     [("partial", "the ruling ''a gift to polluters'' in a statement", "She")],
                     id="two-apostrophes-fragment"),
        pytest.param("He likes rock''n''roll.", [], id="two-apostrophes-inside-a-word"),
    ],
)
def test_two_apostrophes_are_a_double_mark(text, expected):
    # some news archives (the New York Times' among them) print ''quotation'' with two apostrophes
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.kind, q.text, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        pytest.param("Only 31 percent said the economy was improving.", "Only 31 percent",
                     "the economy was improving", id="poll-share-subject"),
        pytest.param("More than half of the respondents said they would vote early.",
                     "More than half of the respondents", "they would vote early", id="more-than-half"),
        pytest.param("The first woman to lead the agency says the rules will change.",
                     "The first woman to lead the agency", "the rules will change", id="long-subject"),
        pytest.param("Managers at the plant, however, said the line would reopen.", "Managers at the plant",
                     "the line would reopen", id="however-between-commas"),
        # after an opening phrase or "But" (issue 14, KV)
        pytest.param("Even so, two-thirds of the farmers said they would plant corn again.", "two-thirds of the farmers",
                     "they would plant corn again", id="after-even-so"),
        pytest.param("In each of the four counties, about half of renters say they cannot afford a move.",
                     "about half of renters", "they cannot afford a move", id="after-opening-phrase"),
        pytest.param("But majorities in both towns say the bridge should be rebuilt.", "majorities in both towns",
                     "the bridge should be rebuilt", id="after-but"),
    ],
)
def test_speakers_of_news_subjects(text, speaker, content):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.speaker, q.text) for q in quotes] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The storm hit the coast and said nothing.", id="said-nothing"),
        pytest.param("When the vote came he said nothing.", id="conjunction-before"),
        pytest.param("In the end, nobody there said a word.", id="said-a-word"),
        pytest.param("In the end, nothing said he would stay.", id="opening-phrase-then-no-speaker"),
        pytest.param("On Monday, the storm said goodbye.", id="opening-phrase-said-goodbye"),
    ],
)
def test_no_bare_subject_without_a_clause(text):
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    "text, content",
    [
        pytest.param("The firm announced it had lost $2 billion in the quarter.", "it had lost $2 billion in the quarter",
                     id="announced-bare-clause"),
        pytest.param("The utility announced Tuesday it has settled the lawsuit.", "it has settled the lawsuit",
                     id="announced-day-bare-clause"),
        pytest.param("She noted cleaner air is also important.", "cleaner air is also important", id="noted-bare"),
        pytest.param("He stated the contractor left the firm in 2009.", "the contractor left the firm in 2009",
                     id="stated-bare"),
    ],
)
def test_reporting_verbs_with_a_bare_clause(text, content):
    assert [q.text for q in find_quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The company announced 5,000 job cuts.", id="announces-job-cuts"),
        pytest.param("The keeper conceded a goal in the final minute.", id="conceded-a-goal"),
        pytest.param("The senator has denied any wrongdoing.", id="denied-wrongdoing"),
    ],
)
def test_verbs_with_a_noun_object_report_nothing(text):
    assert find_quotes(text) == []


def test_relative_clause_before_the_main_cue_is_an_aside():
    text = "The mayor, who has announced she will not run again, said the budget was balanced."
    assert [(q.speaker, q.text) for q in find_quotes(text)] == [("The mayor", "the budget was balanced")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The mayor said the plan was ''a disaster and left.", id="unbalanced-apostrophes"),
        pytest.param("Ortiz: the plan is “dead on arrival\n\nShe said the vote was “rigged.", id="headline-unbalanced"),
        pytest.param("“The whole document is one quote, and it never says who said it.”", id="one-quote"),
        pytest.param("the mayor said the plan was a disaster and the council said it was fine and voters said nothing "
                     "and the governor believes the budget will fail and a poll shows most residents agree", id="no-punct"),
        pytest.param("He said “first part\n\n“second paragraph of the quote,” and then “more.”", id="across-paragraphs"),
        pytest.param("Smith: ''''\n\n: : : ''", id="marks-only"),
    ],
)
def test_bad_input_gives_valid_spans(text):
    scan = scan_quotes(text)
    check_spans(text, scan.quotes)
    for p in scan.problems:
        assert text[p.start : p.end] == p.text and p.reason
    for q in scan.quotes:
        assert q.cue_type in ("speech", "belief", "evidence", "")
        assert all(q.start <= s < e <= q.end for s, e in q.parts)


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The coach leaned in and growled: “We are not done yet.”", "The coach", id="verb-colon"),
        pytest.param("Asked about the delay, the mayor shrugged: “These things take time.”", "the mayor",
                     id="opening-phrase-colon"),
        # a wire video script: bracketed stage directions open the clause
        pytest.param("(SOUNDBITE) (English) BRITISH HEALTH MINISTER ANNA COLE, SAYING: “We are ready for winter.”",
                     "BRITISH HEALTH MINISTER ANNA COLE", id="script-brackets-colon"),
    ],
)
def test_quotation_after_a_colon_is_the_clause_subjects(text, speaker):
    (q,) = find_quotes(text)
    assert (q.kind, q.speaker, q.cue, q.cue_class, q.cue_type) == ("direct", speaker, ":", "source", "speech")


def test_colon_without_a_source_is_no_attribution():
    (q,) = find_quotes("The rule at the plant is simple: “No phones.”")
    assert q.speaker == ""


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Rosa Diaz, curator of maps at the University of Texas, Austin, said the show would travel.",
                     "Rosa Diaz", id="appositive-with-place"),
        pytest.param("Tom Reyes, 34, a nurse from Tulsa, said he voted early.", "Tom Reyes", id="age-and-role"),
        pytest.param("Senior engineer Mia Cho, of the city's water department, said the pipes were old.",
                     "Senior engineer Mia Cho", id="role-name-of"),
        pytest.param("Rep. Dan Ortiz (D-Texas), one of the bill's sponsors, said it would pass.", "Rep. Dan Ortiz",
                     id="party-tag-and-appositive"),
    ],
)
def test_long_appositive_speakers(text, speaker):
    (q,) = find_quotes(text)
    assert q.speaker == speaker


def test_attribution_after_an_opening_phrase_interrupts_the_claim():
    text = "In 2019, the auditor said, Ridgeway County lost track of its vehicles."
    (q,) = find_quotes(text)
    assert [text[s:e] for s, e in q.parts] == ["In 2019", "Ridgeway County lost track of its vehicles"]
    assert q.speaker == "the auditor"


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        pytest.param("“The council has failed the city,” she scoffed again.", "she", "scoffed", id="pronoun-verb"),
        pytest.param("“Where is the money?” Ortiz went on, as the room fell silent.", "Ortiz", "went on",
                     id="question-then-name-went-on"),
        pytest.param("“It will pass,” predicted Dana Whitfield, a lobbyist.", "Dana Whitfield", "predicted",
                     id="inverted-listed-verb"),
        pytest.param("“Our schools are full,” concurs Dana Whitfield.", "Dana Whitfield", "concurs",
                     id="inverted-unlisted-verb"),
    ],
)
def test_verb_after_a_quotation(text, speaker, cue):
    q = find_quotes(text)[0]
    assert (q.kind, q.speaker, q.cue, q.cue_type) == ("direct", speaker, cue, "speech")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("“It was a mess,” it seems.", id="it-seems"),
        pytest.param("“Why not?”\n\nThe Senate voted.", id="next-paragraph"),
    ],
)
def test_no_verb_after_a_quotation(text):
    assert find_quotes(text)[0].speaker == ""


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The campaign has booked airtime in four states, according to media buying sources.",
                     "media buying sources", id="according-to-unknown-words"),
        pytest.param("According to the results, turnout rose in every county.", "the results", id="according-to-results"),
    ],
)
def test_according_to_any_phrase(text, speaker):
    (q,) = find_quotes(text)
    assert (q.speaker, q.cue.lower()) == (speaker, "according to")


def test_asked_someone_a_question():
    (q,) = find_quotes("The moderator asked Ortiz whether the county would raise taxes.")
    assert (q.speaker, q.cue, q.text) == ("The moderator", "asked", "whether the county would raise taxes")


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("The governor was saying the plan would fail.", "The governor", id="was-saying"),
        pytest.param("Officials have been saying for weeks that the bridge is safe.", "Officials", id="have-been-saying"),
    ],
)
def test_speaker_without_the_auxiliary(text, speaker):
    (q,) = find_quotes(text)
    assert q.speaker == speaker

class _FindSpy(str):
    """A text recording the range of every ``find`` on it."""

    calls: list

    def find(self, sub, start=None, end=None):  # type: ignore[override]
        self.calls.append((start, end))
        return str.find(self, sub, *(a for a in (start, end) if a is not None))


def test_full_names_search_no_further_than_needed():
    # issue 16 #10: every surname was searched to the end of the document
    # (surnames x length: quadratic on a corpus flattened to one paragraph).
    from framing.features.quotes._names import _NAME_WINDOW, FullNames

    text = _FindSpy("Mark Esper spoke. " + "Officials met in the capital today. " * 3000 + "Esper left.")
    text.calls = []
    names = FullNames(text, "Esper")
    assert [n[2] for n in names.before(20)] == ["Mark Esper"]
    assert all(end is not None and end <= 20 + _NAME_WINDOW + len("Esper") for _, end in text.calls)
    assert [n[2] for n in names.before(len(text))] == ["Mark Esper"]  # read on when asked


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        pytest.param("The council has blasted the utility for raising rates twice this year.", "The council",
                     "blasted", "the utility for raising rates twice this year", id="critical-verb-object"),
        pytest.param("Union leaders accused the company of breaking the contract.", "Union leaders", "accused",
                     "the company of breaking the contract", id="accused-of"),
        pytest.param("The agency urged residents to boil their water.", "The agency", "urged",
                     "residents to boil their water", id="urged-bare-plural-object"),
        pytest.param("The mayor has called for an inquiry into the fire.", "The mayor", "called for",
                     "an inquiry into the fire", id="called-for-object"),
        pytest.param("The senator is criticizing the budget deal.", "The senator", "criticizing",
                     "the budget deal", id="progressive-is"),
        pytest.param("Parents have been saying the school is too crowded.", "Parents", "saying",
                     "the school is too crowded", id="progressive-has-been"),
        pytest.param("The moderator asked the candidate about his record on taxes.", "The moderator", "asked",
                     "about his record on taxes", id="asked-about"),
        pytest.param("The treasury said about half of the shortfall came from lower tariffs.", "The treasury",
                     "said", "about half of the shortfall came from lower tariffs", id="said-about-half-clause"),
        pytest.param("62% say the economy is getting worse.", "62%", "say", "the economy is getting worse",
                     id="percent-subject"),
        pytest.param("The governor has always maintained that the deal was legal.", "The governor", "maintained",
                     "the deal was legal", id="always-before-cue"),
        pytest.param("The polling suggests that the incumbent could lose.", "The polling", "suggests",
                     "the incumbent could lose", id="polling-as-source"),
        pytest.param("The minister vowed to close the loophole before the election.", "The minister", "vowed",
                     "to close the loophole before the election", id="vowed-to"),
        pytest.param("The union threatened to strike in March.", "The union", "threatened", "to strike in March",
                     id="threatened-to"),
        pytest.param("Growers and even some retailers say that the tariff will raise prices.",
                     "Growers and even some retailers", "say", "the tariff will raise prices", id="coordinated-subject"),
        pytest.param("The chairman herself, as well as two board members, has always maintained that the sale was "
                     "legal.", "The chairman herself, as well as two board members", "maintained",
                     "the sale was legal", id="as-well-as-subject"),
        pytest.param("The ad offers new arguments to farmers who say the rule is unfair.", "farmers", "say",
                     "the rule is unfair", id="restrictive-who-antecedent"),
        pytest.param("Okafor told The Daily Ledger newspaper of Akron on Monday that he would resign.", "Okafor",
                     "told", "he would resign", id="told-long-recipient-then-that"),
        pytest.param("According to figures compiled by the state's election office and two universities, turnout "
                     "fell by a third.", "figures compiled by the state's election office and two universities",
                     "According to", "turnout fell by a third", id="according-to-long-source"),
    ],
)
def test_more_reporting_frames(text, speaker, cue, content):
    (q,) = find_quotes(text)
    check_spans(text, quotes=[q])
    assert (q.speaker, q.cue, q.text) == (speaker, cue, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The driver was charged with reckless endangerment.", id="passive-charged-with"),
        pytest.param("Officials were blamed for the delays.", id="passive-blamed"),
        pytest.param("The spokesman said about the plan.", id="said-about-no-clause"),
        pytest.param("The firm announced 5,000 job cuts on Monday.", id="announce-noun-object"),
    ],
)
def test_not_an_attribution_with_an_object(text):
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        pytest.param("The premier hailed the accord as a “turning point” for the region.", "The premier", "hailed",
                     "the accord as a “turning point” for the region", id="hailed-as-label"),
        pytest.param('The coach mocked the referee for "seeing ghosts" all night.', "The coach", "mocked",
                     'the referee for "seeing ghosts" all night', id="mocked-for-label"),
        pytest.param("Critics have portrayed the levy as a “tax on reading.”", "Critics", "portrayed",
                     "the levy as a “tax on reading.”", id="portrayed-as-label"),
        pytest.param("Then she turned on her rival, calling him “a tourist” in the district.", "she", "calling",
                     "him “a tourist” in the district", id="then-subject-calling"),
        pytest.param("The agency rejected the claim, saying it was baseless.", "The agency", "saying",
                     "it was baseless", id="object-then-saying"),
    ],
)
def test_labels_and_objects(text, speaker, cue, content):
    quotes = [q for q in find_quotes(text) if q.kind != "scare"]
    check_spans(text, quotes)
    assert [(q.speaker, q.cue, q.text) for q in quotes] == [(speaker, cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The clerk called the police at noon and left.", id="called-the-police"),
        pytest.param("The new coach, who hails from Ohio, arrived on Monday.", id="hails-from"),
        pytest.param("The senator praised the decision.", id="praised-noun-object"),
        pytest.param("Students held a mock trial on Monday.", id="mock-adjective"),
        pytest.param("The senator's claim that the vote was rigged drew criticism.", id="possessive-claim-noun"),
        pytest.param("These comments by the judge indicate to me that the court will act.", id="comments-noun"),
        pytest.param("The phone call that followed was tense.", id="phone-call-noun"),
        pytest.param("The practical jokes that broke up a shift were remembered.", id="jokes-noun"),
        pytest.param("The governor was asked whether she would run again.", id="passive-asked"),
        pytest.param("You could argue that the state now leans left.", id="generic-you-could-argue"),
        pytest.param("You could well argue that the state now leans left.", id="generic-you-could-well-argue"),
        pytest.param("The former mayor pleaded guilty to fraud charges.", id="pleaded-guilty"),
        pytest.param("Much has already been said about how the new rules came to pass.", id="passive-been-said-about"),
        pytest.param("When asked about the delay on Sunday, the minister changed the subject.", id="when-asked-about"),
        pytest.param("When the premier called on a reporter from the state paper, the room fell silent.",
                     id="called-on-a-reporter"),
        pytest.param("The crew members were told that the ship would stay in port.", id="passive-were-told"),
        # labels, relative gaps and opening phrases that are no claim (issue 14, KV)
        pytest.param("The mayor called the police a second time.", id="call-a-second-time"),
        pytest.param("She called him back on Tuesday.", id="call-back"),
        pytest.param("They called it a day after the vote.", id="call-it-a-day"),
        pytest.param("She called the number listed.", id="call-number-listed"),
        pytest.param("He called Okafor yesterday.", id="call-name-yesterday"),
        pytest.param("The group, called the River Friends, met on Monday.", id="called-a-name"),
        pytest.param("He was described as a loner by neighbors.", id="described-passive"),
        pytest.param("They called it quits in May.", id="call-it-quits"),
        pytest.param("What he said was true.", id="what-he-said-was"),
        pytest.param("All she said was that she was tired.", id="all-she-said-was"),
        pytest.param("The man who police said was armed fled on foot.", id="who-police-said-subject"),
        pytest.param("When asked about the fares, Okafor changed the subject.", id="asked-about-a-topic"),
        pytest.param("Asked to comment, the mayor declined.", id="asked-to-comment-no-asker"),
        pytest.param("She asked for money to rebuild the barn.", id="asked-for-no-object-to"),
        pytest.param("Simply stated, the county does not have the money.", id="simply-stated-no-speaker"),
        pytest.param("Two senators, co-chairs of a caucus, asked the agency in April how it plans to store the data.",
                     id="comma-asked-active-verb"),
        pytest.param("Networks called the race soon after the polls closed.", id="called-the-race-soon"),
        pytest.param("In two flight tests, those rockets showed the range to reach the coast.", id="opening-then-those"),
        pytest.param("She might win by portraying herself as a moderate.", id="by-portraying-agent-unknown"),
        pytest.param("The committee began calling the first public witnesses in the inquiry.", id="calling-witnesses"),
        pytest.param("Senators ignoring the rule and calling it a trap met on Monday.", id="and-calling-agent-unknown"),
        pytest.param("Still, one does expect the mayor to sign the budget.", id="still-one-does"),
        pytest.param("Because of the storm, over a long stretch of road many drivers say nothing.", id="opening-over-no-share"),
        pytest.param("An image taken on August 6, 2017 shows the harbor after the storm.", id="year-after-comma-no-share"),
        pytest.param("The mayor called her Paris counterpart, Anne Morel, on Monday.", id="called-someone-by-phone"),
        pytest.param("They met in three towns expected to be friendlier to the mayor.", id="number-word-reduced-relative"),
        pytest.param("Her efforts to portray the mayor as a failure have stalled.", id="label-after-to"),
        pytest.param("A coalition of farm groups calling itself the Valley Alliance marched on Friday.",
                     id="calling-itself-a-name"),
        pytest.param("In public, the mayor is sending the message the town wants to hear.", id="opening-then-clause"),
    ],
)
def test_label_verbs_without_a_label_report_nothing(text):
    assert find_quotes(text) == []


def test_a_second_cue_after_and_ends_the_first_content():
    text = "The governor criticized the new tariffs and said growers were worried about exports."
    first, second = find_quotes(text)
    check_spans(text, [first, second])
    assert (first.cue, first.text) == ("criticized", "the new tariffs")
    assert (second.speaker, second.cue, second.text) == ("The governor", "said", "growers were worried about exports")


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Okafor posted a message on Facebook:\n\n“We are not going anywhere.”", "Okafor",
                     id="colon-lead-new-paragraph"),
        pytest.param("The ministry issued a statement:\n\n“The strikes were defensive.”", "The ministry",
                     id="colon-lead-statement"),
        pytest.param("The ministry issued a statement: “The strikes were defensive.”", "The ministry",
                     id="colon-same-sentence-verb-cut"),
        pytest.param("Here are the facts:\n\n“The strikes were defensive.”", "", id="colon-lead-no-speaker"),
    ],
)
def test_a_sentence_ending_with_a_colon_introduces_the_quotation(text, speaker):
    (q,) = find_quotes(text)
    check_spans(text, [q])
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, ":" if speaker else "")


def test_and_then_starts_a_new_attribution():
    text = 'The mayor thanked the crews, calling them "heroes," and then tweeted that the city was "back."'
    first, second = find_quotes(text)
    check_spans(text, [first, second])
    assert (first.cue, second.cue, second.speaker) == ("calling", "tweeted", "The mayor")
    assert second.text == 'the city was "back."'


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The coach denied that he had left the club but said two players were hurt.",
                     [("denied", "he had left the club"), ("said", "two players were hurt")], id="but-said"),
        pytest.param("The coach denied that he had quit the team but then conceded that he had thought about it.",
                     [("denied", "he had quit the team"), ("conceded", "he had thought about it")], id="but-then"),
        # "but that" continues the same reported clause: no second cue
        pytest.param("The coach said the season was over but that the club would recover.",
                     [("said", "the season was over but that the club would recover")], id="but-that"),
        # a stance in its bare form is the reported clause's verb, not a second cue of the speaker
        pytest.param("The coach said the players would train with the club but oppose any move abroad.",
                     [("said", "the players would train with the club but oppose any move abroad")],
                     id="but-bare-stance"),
        # with a subject of its own it is a new attribution
        pytest.param("The coach said the striker was injured and doctors believe he will miss a month.",
                     [("said", "the striker was injured"), ("believe", "he will miss a month")], id="and-new-subject"),
    ],
)
def test_but_before_a_second_cue_of_the_subject_ends_the_first_claim(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.cue, q.text) for q in quotes] == expected
    assert quotes[0].speaker == "The coach"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after a comma reports its own clause: the first claim ends at the comma
        pytest.param("The coach said the club would appeal, saying the ban was “far too harsh.”",
                     [("said", "indirect", "the club would appeal"),
                      ("saying", "partial", "the ban was “far too harsh.”")], id="comma-saying"),
        pytest.param("The coach said the club would appeal the decision, adding that the ban was far too harsh "
                     "for a first offence.",
                     [("said", "indirect", "the club would appeal the decision"),
                      ("adding", "indirect", "the ban was far too harsh for a first offence")], id="comma-adding"),
        # a belief inside a speaker's claim: the quoted words are the speaker's, in one claim
        pytest.param("The coach said fans believe the ban is “far too harsh.”",
                     [("said", "partial", "fans believe the ban is “far too harsh.”")], id="belief-inside-claim"),
        pytest.param("The coach said the data has shown the need to have “a fair hearing” before any ban.",
                     [("said", "partial", "the data has shown the need to have “a fair hearing” before any ban")],
                     id="evidence-inside-claim"),
        # a belief on its own keeps its quotation
        pytest.param("Fans believe the ban is “far too harsh.”",
                     [("believe", "partial", "the ban is “far too harsh.”")], id="belief-alone"),
    ],
)
def test_a_claim_holds_its_inner_beliefs_and_ends_before_a_participles_claim(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.cue, q.kind, q.text) for q in quotes] == expected
    assert {q.speaker for q in quotes} == ({"Fans"} if text.startswith("Fans") else {"The coach"})


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue in an opening participial phrase: the subject after the phrase speaks, the content ends with it
        pytest.param("Trying to explain his vote, Cole rejected the idea, saying that the case was closed.",
                     [("Cole", "saying", "the case was closed")], id="trying-to-explain"),
        pytest.param("Hoping to add some weight to the plan, Mayor Ann Ruiz said the city would pay.",
                     [("Mayor Ann Ruiz", "add", "some weight to the plan"),
                      ("Mayor Ann Ruiz", "said", "the city would pay")], id="hoping-to-add"),
        pytest.param("Speaking Sunday on a radio show, Cole admitted the error but said his team had the file.",
                     [("Cole", "said", "his team had the file")], id="speaking-sunday"),
        # an adjective before its noun is no opening phrase: the subject speaks
        pytest.param("Striking workers said the talks had failed.",
                     [("Striking workers", "said", "the talks had failed")], id="adjective"),
    ],
)
def test_a_cue_in_an_opening_participial_phrase_is_the_subjects(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.speaker, q.cue, q.text) for q in quotes] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject after an opening phrase naming "City, State," (not the state)
        pytest.param("At a rally in Ames, Iowa, on Sunday, Ana Ruiz went after the plan, saying it would fail.",
                     [("Ana Ruiz", "saying", "it would fail")], id="city-state-then-day"),
        pytest.param("Speaking at a hall in Salem, Oregon, Ana Ruiz went after Cole, calling him “a total bore.”",
                     [("Ana Ruiz", "calling", "him “a total bore.”")], id="city-state"),
        # "Back in 1999," opens the clause; a day is no inverted speaker; a possessive is no closing mark
        pytest.param("Back in 1999, Ana Ruiz praised the plan, telling reporters it was “a fine idea.”",
                     [("Ana Ruiz", "telling", "it was “a fine idea.”")], id="back-in"),
        pytest.param("Cole did not seem moved by the workers’ comments Tuesday, telling reporters the plan “stands.”",
                     [("Cole", "telling", "the plan “stands.”")], id="comments-tuesday"),
    ],
)
def test_the_subject_after_an_opening_phrase(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.speaker, q.cue, q.text) for q in quotes] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after an inverted attribution: the speaker named after the first cue
        pytest.param("“The rule is old,” said Rep. Ada Kim at the time, adding that “we have lived with it.”",
                     [("Rep. Ada Kim", "said"), ("Rep. Ada Kim", "adding")], id="inverted-adverbial"),
        pytest.param("“The rule is old,” said Ada Kim, a lawyer in Leeds, adding that it was “unfair.”",
                     [("Ada Kim", "said"), ("Ada Kim", "adding")], id="inverted-appositive"),
        pytest.param("“The rule is old,” said Rep. Ada Kim (D-Ore.), adding that “we have lived with it.”",
                     [("Rep. Ada Kim", "said"), ("Rep. Ada Kim", "adding")], id="inverted-bracket"),
        # a clause of its own between them: its subject is not the inverted speaker
        pytest.param("“The rule is old,” said Ada Kim, and her rivals answered, adding that “it works.”",
                     [("Ada Kim", "said"), ("", "")], id="clause-between"),
        # no inverted attribution before the participle: its own subject
        pytest.param("The Herald, a paper owned by the church, called for Ada Kim to resign , adding that it does "
                     "“not trust her.”", [("The Herald", "adding")], id="called-for-object"),
        pytest.param("According to the Herald, on Monday Ada Kim spoke at a rally, saying that she would “fight on.”",
                     [("the Herald", "According to")], id="according-to"),
        pytest.param("Ada Kim said the crowd came “from out of town,” according to two reports, saying that the "
                     "data was wrong.", [("Ada Kim", "said"), ("two reports", "according to"), ("Ada Kim", "saying")],
                     id="quote-according-to"),
        pytest.param("“The rule is old,” boasted Ada Kim, noting that the city then dropped it.",
                     [("Ada Kim", "boasted"), ("Ada Kim", "noting")], id="inverted-boasted"),
        # two apostrophes as the closing mark of an exclamation: the speaker after it is read
        pytest.param("''We will not give up!'' Ms. Kim wrote on Monday.", [("Ms. Kim", "wrote")], id="doubled-exclaim"),
    ],
)
def test_a_participle_after_an_inverted_attribution_is_its_speakers(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.speaker, q.cue) for q in quotes] == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an irregular past tense after the subject is its verb, not part of the speaker's name
        pytest.param("The mayor spoke briefly, saying the plan was flawed.", "The mayor", id="spoke"),
        pytest.param("The coach went on the attack, saying the referee had been unfair.", "The coach", id="went-on"),
        # one or two opening adverbs before the subject
        pytest.param("And then the coach went on the attack, saying the referee had been unfair.", "the coach",
                     id="and-then"),
        pytest.param("Even the players balked, saying the referee had been unfair.", "the players", id="even"),
    ],
)
def test_the_subject_of_a_participle_after_a_main_verb(text, speaker):
    (q,) = find_quotes(text)
    assert (q.speaker, q.cue) == (speaker, "saying")


def test_a_participle_after_a_reduced_relative_keeps_its_noun():
    # "kept" is also a participle: "a count kept by" stays one phrase
    text = "Cases rose to 9,000, according to a count kept by the state health office."
    (q,) = find_quotes(text)
    assert q.speaker == "a count kept by the state health office"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("“Save our school!” the parents chanted outside the hall.",
                     [("direct", "the parents", "chanted", "Save our school!")], id="chanted"),
        pytest.param("Occasional chants of “Save our school!” rose from the crowd.",
                     [("direct", "", "", "Save our school!")], id="chants-noun"),
        pytest.param("The mayor reminded voters that the levy would expire in May.",
                     [("indirect", "The mayor", "reminded", "the levy would expire in May")], id="reminded-that"),
        pytest.param("The mayor repeated on Tuesday that the levy would expire in May.",
                     [("indirect", "The mayor", "repeated", "the levy would expire in May")], id="repeated-that"),
        pytest.param("The levy will expire in May, the mayor repeated.",
                     [("indirect", "the mayor", "repeated", "The levy will expire in May")], id="repeated-final"),
        # with an object, "repeat" names what was repeated, not a claim
        pytest.param("The mayor kept repeating the word “levy” at every stop.",
                     [("scare", "", "", "levy")], id="repeated-object"),
        pytest.param("The coach anticipated that the final would be “a long night.”",
                     [("partial", "The coach", "anticipated", "the final would be “a long night.”")], id="anticipated"),
        # a document after the verb, then ", saying": the speaker is the subject before the verb
        pytest.param("The council issued another statement, saying, “The levy will expire in May.”",
                     [("direct", "The council", "saying", "The levy will expire in May.")], id="statement-comma-saying"),
    ],
)
def test_chant_remind_repeat_and_anticipate(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.kind, q.speaker, q.cue, q.text) for q in quotes] == expected


@pytest.mark.parametrize(
    "text, content, parts",
    [
        pytest.param("According to the coach, the players were “exhausted” and “angry” after the match.",
                     "the players were “exhausted” and “angry” after the match", ["exhausted", "angry"], id="opening"),
        pytest.param("The team left early because, according to the coach, the players were “exhausted.”",
                     "the players were “exhausted.”", ["exhausted."], id="after-because"),
    ],
)
def test_according_to_then_a_clause_with_fragments_is_one_claim(text, content, parts):
    (q,) = find_quotes(text)
    assert (q.kind, q.speaker, q.text) == ("partial", "the coach", content)
    assert [text[s:e] for s, e in q.parts] == parts


@pytest.mark.parametrize(
    "text, expected",
    [
        # plural institutions name a source
        pytest.param("The ministries declined to give any figures, saying the audit had not ended.",
                     [("indirect", "The ministries", "saying", "the audit had not ended")], id="plural-institution"),
        # a participle with its own claim does not take a fragment before it that no claim holds
        pytest.param("Voters backed what critics had called the “tax grab,” saying that roads needed the money.",
                     [("scare", "", "", "tax grab,"), ("indirect", "Voters", "saying", "roads needed the money")],
                     id="participle-own-claim"),
    ],
)
def test_plural_institutions_and_a_participles_own_claim(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.kind, q.speaker, q.cue, q.text) for q in quotes] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "say" after a determiner or a possessive is the noun; "to say the least" reports nothing
        pytest.param("The board has the final say on whether the plant closes.", [], id="final-say"),
        pytest.param("As the old saying goes, the early bird gets the worm.", [], id="old-saying"),
        pytest.param("To say the least, the season was a disappointment.", [], id="say-the-least"),
        # a verb taking the cue's infinitive is not part of the speaker
        pytest.param("The coach went on to say the season was a disappointment.",
                     [("The coach", "say", "the season was a disappointment")], id="went-on-to-say"),
        pytest.param("Fans polled at the gate have tried to argue that the season was a disappointment.",
                     [("Fans polled at the gate", "argue", "the season was a disappointment")], id="tried-to-argue"),
    ],
)
def test_say_as_a_noun_and_verbs_before_an_infinitive_cue(text, expected):
    quotes = [q for q in find_quotes(text) if q.kind != "scare"]
    assert [(q.speaker, q.cue, q.text) for q in quotes] == expected


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        pytest.param("The 46-year-old said the shop would close in May.", "The 46-year-old",
                     "the shop would close in May", id="age-noun"),
        pytest.param("“The shop will close in May,” said the 46-year-old.", "the 46-year-old",
                     "The shop will close in May,", id="age-noun-inverted"),
        pytest.param("“The shop will close in May,” one user wrote.", "one user", "The shop will close in May,",
                     id="social-media-user"),
        pytest.param("The owner said, without offering evidence, that the shop would close in May.", "The owner",
                     "the shop would close in May", id="aside-without-evidence"),
        pytest.param("The owner said, in a statement, that the shop would close in May.", "The owner",
                     "the shop would close in May", id="aside-in-a-statement"),
        pytest.param("Two owners met the mayor. Both said the shop would close in May.", "Both",
                     "the shop would close in May", id="both-alone"),
    ],
)
def test_age_nouns_users_and_asides_after_the_cue(text, speaker, content):
    (q,) = find_quotes(text)[-1:]
    assert (q.speaker, q.text) == (speaker, content)


def test_a_participle_with_its_own_content_does_not_take_the_fragment_before_it():
    # the fragment belongs to the clause "said that ...": ", adding that ..." starts a new claim
    text = "The minister said that the talks were a “turning point for the region,” adding that the deal “will hold.”"
    first, second = find_quotes(text)
    check_spans(text, [first, second])
    assert (first.cue, first.kind, text[first.parts[0][0] : first.parts[0][1]]) == (
        "said", "partial", "turning point for the region,")
    assert (second.cue, second.text) == ("adding", "the deal “will hold.”")


# ---------------------------------------------------------------- issue 14, known cues on real news (task KV)


_TRANSCRIPT = (
    "The two spoke on Sunday.\n\n"
    "MORALES: Do you think the levee will hold through another wet spring?\n\n"
    "OKAFOR: I think it will, and I told the council so last month.\n\n"
    "MORALES: And the budget?\n\n"
    "OKAFOR: We will find the money somewhere, probably in the roads fund."
)


def test_transcript_turns_are_their_speakers_quotes():
    quotes = find_quotes(_TRANSCRIPT)
    check_spans(_TRANSCRIPT, quotes)
    turns = [q for q in quotes if q.cue == ":"]
    assert [(q.speaker, q.kind, q.text[:14]) for q in turns] == [
        ("MORALES", "direct", "Do you think t"), ("OKAFOR", "direct", "I think it wil"),
        ("MORALES", "direct", "And the budget"), ("OKAFOR", "direct", "We will find t"),
    ]
    assert turns[1].text == "I think it will, and I told the council so last month."  # the inner "I think" is the turn's


def test_a_turn_holding_colons_and_an_inner_cue_is_one_turn():
    text = _TRANSCRIPT + "\n\nMORALES: Well: and the roads?\n\nOKAFOR: No: never again, I say."
    turns = [(q.speaker, q.text) for q in find_quotes(text)][-2:]
    assert turns == [("MORALES", "Well: and the roads?"), ("OKAFOR", "No: never again, I say.")]


def test_interview_questions_and_answers_are_turns():
    text = ("Q: Where did you grow up?\n\nA: In a small town near the coast, with my aunt.\n\n"
            "Q: What brought you to the city?\n\nA: A job at the port, and then the union.")
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("Q", "role"), ("A", "role")] * 2


@pytest.mark.parametrize(
    "text",
    [
        # section headings in capitals are no speakers
        "The council met.\n\nWHY IT MATTERS: The vote sets the budget.\n\nWHAT'S NEXT: A second vote in May.\n\n"
        "BOTTOM LINE: Taxes rise.",
        # headings in capitals over capitalised content
        "WINNER: JOE BIDEN\n\nLOSER: THE PARTY\n\nRUNNER-UP: THE MAYOR OF THE TOWN",
        "MAYOR'S VIEW: Taxes rise.\n\nCOUNCIL'S VIEW: Taxes hold.\n\nVOTERS' VIEW: Nobody knows yet.",
        # one capitalised label is no dialogue
        "UPDATE: The road has reopened after the storm passed overnight.\n\nNOTE: Times are local.",
        # a lone "Q:" is no interview
        "Q: Why does the river flood each spring in the valley?\n\nThe answer lies upstream.",
    ],
)
def test_capitalised_labels_that_are_no_dialogue_are_no_turns(text):
    assert [q for q in find_quotes(text) if q.note == "transcript turn"] == []


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        pytest.param("(ABC) The governor said on Monday that the bridge would reopen.", "The governor",
                     "the bridge would reopen", id="outlet"),
        pytest.param("Lyon, France (AFP) The mayor said the market will close.", "The mayor",
                     "the market will close", id="place-outlet"),
        pytest.param("(NBC News) Two nurses said the ward had no masks.", "Two nurses",
                     "the ward had no masks", id="outlet-two-words"),
        pytest.param("(Courier.com) - Sen. Ann Ray said the vote would slip.", "Sen. Ann Ray",
                     "the vote would slip", id="web-outlet-dash"),
        # an abbreviation after its own words is no outlet: it stays in the speaker
        pytest.param("National Rifle Association (NRA) lobbyist Tom Bell said the bill was dead.",
                     "National Rifle Association (NRA) lobbyist Tom Bell", "the bill was dead", id="abbreviation"),
    ],
)
def test_an_outlet_dateline_in_brackets_is_not_the_speaker(text, speaker, content):
    (q,) = find_quotes(text)
    assert (q.speaker, q.text) == (speaker, content)


@pytest.mark.parametrize(
    "text, cue, content",
    [
        pytest.param("The senator said on “Sunday Report” that the vote would fail.", "said", "the vote would fail",
                     id="said-on-programme"),
        pytest.param("The senator said on WXY’s “Morning Desk” last week that the vote would “surely fail.”", "said",
                     "the vote would “surely fail.”", id="said-on-programme-partial"),
        pytest.param("The senator told “The Evening Hour” that the vote would fail.", "told", "the vote would fail",
                     id="told-programme"),
        pytest.param("The senator said in an interview with “Fox & Hounds” that the vote would fail.", "said",
                     "the vote would fail", id="interview-with-programme"),
    ],
)
def test_a_programme_title_between_cue_and_that_keeps_the_attribution(text, cue, content):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [q.kind for q in quotes][0] == "scare"  # the title
    assert [(q.speaker, q.cue, q.text) for q in quotes[1:]] == [("The senator", cue, content)]


def test_a_lowercase_quotation_before_a_relative_that_is_no_title():
    # "that" after a quoted word in lower case opens a relative clause, not the reported content
    text = "The minister warned in May of an “imported” ideology that threatens the family."
    (q,) = [q for q in find_quotes(text) if q.kind != "scare"]
    assert "“imported”" in q.text and not q.text.startswith("threatens")


def test_fields_of_a_list_are_neither_turns_nor_headline_attributions():
    # labelled fields without a sentence mark ("VICTIM: a name") are a list, not a dialogue: no speaker at all
    text = ("PLACE: Lyon, France\n\nVICTIM: One guard wounded in a knife attack\n\nSUSPECT: Paul Brunet\n\n"
            "PLACE: Nice, France\n\nVICTIM: Two tourists hurt\n\nSUSPECT: Unknown man\n\n"
            "The police said the two cases were not linked.")
    quotes = find_quotes(text)
    assert [(q.speaker, q.text) for q in quotes] == [("The police", "the two cases were not linked")]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        pytest.param("The union called the mayor a coward who had abandoned the workers.", "The union",
                     "the mayor a coward who had abandoned the workers", id="call-object-noun-phrase"),
        pytest.param("Okafor called the proposal reckless and left the room.", "Okafor", "the proposal reckless",
                     id="call-object-adjective"),
        pytest.param("Tensions rose after Morales calls Okafor unfit for office.", "Morales", "Okafor unfit for office",
                     id="call-name-adjective"),
        pytest.param("Rivals call it her biggest mistake.", "Rivals", "it her biggest mistake", id="call-possessive-label"),
        pytest.param("The governor described the budget as a betrayal of rural towns.", "The governor",
                     "the budget as a betrayal of rural towns", id="describe-object-as"),
        pytest.param("The rebels, who call themselves the Northern Front, took the dam on Sunday.", "The rebels",
                     "themselves the Northern Front", id="call-in-comma-relative-ends-at-comma"),
        pytest.param("Okafor labeled the video as spam and removed it within an hour.", "Okafor",
                     "the video as spam", id="as-label-ends-before-and"),
        pytest.param("Okafor described the flood as a force that she and her neighbors could not stop.", "Okafor",
                     "the flood as a force that she and her neighbors could not stop", id="as-label-and-inside"),
        pytest.param("Morales called the fee unfair, but that did not stop the council.", "Morales", "the fee unfair",
                     id="adjective-label-ends-at-comma"),
        pytest.param("Okafor described it as the fruit of long, bitter talks.", "Okafor",
                     "it as the fruit of long, bitter talks", id="as-label-comma-inside"),
    ],
)
def test_characterizing_verb_with_object_and_label_is_a_claim(text, speaker, content):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.kind, q.speaker, q.text) for q in quotes][:1] == [("indirect", speaker, content)]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        pytest.param("The town hired 30 new drivers, which the mayor said were badly needed after the storm.",
                     "the mayor", "were badly needed after the storm", id="which-gap-sentence-end"),
        pytest.param("The union had a plan, which Okafor said would have added the equivalent of 5,000 drivers.",
                     "Okafor", "would have added the equivalent of 5,000 drivers", id="gap-comma-in-a-number"),
        pytest.param("The new fares, which officials said will take effect in May, drew protests.", "officials",
                     "will take effect in May", id="which-gap-closed-by-comma"),
        pytest.param("The pilot - who officials said played a role in the raid - was held in May.", "officials",
                     "played a role in the raid", id="who-gap-closed-by-dash"),
        pytest.param("Okafor attacked a zoning change that she said would push families out of the city.", "she",
                     "would push families out of the city", id="that-gap-after-verb"),
        pytest.param("Farms have shifted to what he says is a more durable kind of wheat.", "he",
                     "is a more durable kind of wheat", id="what-gap-after-preposition"),
    ],
)
def test_relative_clause_gap_after_said_is_the_reported_clause(text, speaker, content):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.kind, q.speaker, q.cue[:2], q.text) for q in quotes] == [("indirect", speaker, "sa", content)]


def test_stage_direction_is_no_transcript_turn():
    text = _TRANSCRIPT + "\n\nMORALES: (Speaking Spanish).\n\nOKAFOR: (Laughter) Yes, of course."
    turns = [q.text for q in find_quotes(text) if q.note == "transcript turn"]
    assert "(Speaking Spanish)." not in turns and "(Laughter) Yes, of course." in turns


def test_adverb_after_the_speaker_of_a_relative_gap_is_not_the_speakers():
    text = "She gave a long speech in what her spokeswoman later said was an effort to calm the region."
    (q,) = find_quotes(text)
    assert (q.speaker, q.text) == ("her spokeswoman", "was an effort to calm the region")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Asked if the dam would hold, the engineer said she was confident.",
                     [("the engineer", "said", "she was confident")], id="asked-if-no-asker-no-question"),
        pytest.param("Asked by a host on local radio why the fares rose, Okafor blamed fuel.",
                     [("a host", "Asked", "why the fares rose")], id="asked-by-adverbial-why"),
        pytest.param("Asked by a host whether she would run again, Morales laughed.",
                     [("a host", "Asked", "whether she would run again")], id="asked-by-asker"),
        pytest.param("Okafor, asked whether the plant would close, said the talks would go on.",
                     [("Okafor", "said", "the talks would go on")], id="comma-asked-is-a-participle"),
        pytest.param("The county asked a state court to halt the sale of the land.",
                     [("The county", "asked", "a state court to halt the sale of the land")], id="asked-object-to"),
        pytest.param("Even as she asks the council to act on the budget, the mayor will veto the tax.",
                     [("she", "asks", "the council to act on the budget")], id="request-ends-at-comma"),
        pytest.param("In the survey, 51% say the roads are good, 34% say they are only fair.",
                     [("51%", "say", "the roads are good"), ("34%", "say", "they are only fair")], id="poll-series"),
        pytest.param("Okafor called her father her role model and vowed to finish the bridge.",
                     [("Okafor", "called", "her father her role model"), ("Okafor", "vowed", "to finish the bridge")],
                     id="label-ends-before-and-a-past-verb"),
        pytest.param("Overall, 47 percent of tenants said the rent was too high, while 46 percent paid it gladly.",
                     [("47 percent of tenants", "said", "the rent was too high")], id="second-share-ends-the-claim"),
        pytest.param("Half of the tenants said the rent was too high, while about a third said it was fair.",
                     [("Half of the tenants", "said", "the rent was too high"), ("about a third", "said", "it was fair")],
                     id="poll-split"),
        pytest.param("When asked by a reporter if the Oct. 1 opening would slip, Okafor said no.",
                     [("a reporter", "asked", "if the Oct. 1 opening would slip")], id="question-past-an-abbreviation"),
        pytest.param("When asked by reporters whether the deal—signed in May—would hold, Okafor smiled.",
                     [("reporters", "asked", "whether the deal")], id="question-ends-at-a-dash"),
        pytest.param("Still, she said, the council must vote on the plan before June.",
                     [("she", "said", "the council must vote on the plan before June")],
                     id="interrupted-after-an-adverb-only"),
    ],
)
def test_questions_requests_and_poll_splits(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.speaker, q.cue, q.text) for q in quotes] == expected


# An attribution set off by commas inside a clause reports the whole clause, quotations included
# (PARC, PolNeAR): before, a quotation in the rest of the clause was a scare quote.
@pytest.mark.parametrize(
    "text, speaker, cue, claim, parts",
    [
        pytest.param("The budget, Okafor said, leaves the city “no room at all” for repairs.", "Okafor", "said",
                     "The budget, Okafor said, leaves the city “no room at all” for repairs", ["no room at all"],
                     id="subject-before-the-attribution"),
        pytest.param("In both years, the treasurer said, the fund paid for “outreach” at the fair.", "the treasurer",
                     "said", "the fund paid for “outreach” at the fair", ["outreach"],
                     id="opening-phrase-is-not-the-claim"),
        pytest.param("Ten days ago, the coach said, his players were “exhausted.”", "the coach", "said",
                     "his players were “exhausted.”", ["exhausted."], id="time-phrase-with-ago"),
        pytest.param("Nor, she said, did the board ever promise a “full refund” to the tenants.", "she", "said",
                     "did the board ever promise a “full refund” to the tenants", ["full refund"],
                     id="conjunction-alone"),
        pytest.param("The tenants, according to the union, want “a real lease” and lower rents.", "the union",
                     "according to", "The tenants, according to the union, want “a real lease” and lower rents",
                     ["a real lease"], id="according-to-interrupts"),
        pytest.param("Those who skip the hearings and “ignore the rules,” the clerk said, end up “paying twice.”",
                     "the clerk", "said",
                     "Those who skip the hearings and “ignore the rules,” the clerk said, end up “paying twice.”",
                     ["ignore the rules,", "paying twice."], id="fragments-on-both-sides"),
        pytest.param("The mayor and other officials have claimed, without evidence, that “outside forces” are to blame.",
                     "other officials", "claimed", "“outside forces” are to blame", ["outside forces"],
                     id="that-after-an-adverbial"),
        pytest.param("There is more to it, of course, but the main point, they say, is that the parties have “sorted.”",
                     "they", "say", "the main point, they say, is that the parties have “sorted.”", ["sorted."],
                     id="piece-starts-after-but"),
        pytest.param("The parks (DPR) chief has overseen an “evisceration of the parks,” he said, flatly contradicting Lee.",
                     "he", "said", "The parks (DPR) chief has overseen an “evisceration of the parks,”",
                     ["evisceration of the parks,"], id="participle-phrase-is-no-rest"),
        pytest.param("We do not agree.’”The reality, Lee said, is that “the press wants it to look bad.”", "Lee", "said",
                     "The reality, Lee said, is that “the press wants it to look bad.”", ["the press wants it to look bad."],
                     id="piece-starts-after-a-quoted-sentence"),
        pytest.param("The group posted a long statement on the amendment that, it said, would “not reduce crime.”", "it", "said",
                     "would “not reduce crime.”", ["not reduce crime."], id="piece-ends-with-a-relative-that"),
        pytest.param("The sequester, he added, is “going to make it worse.”And Ann Lee, a tax counsel, said it would last.",
                     "he", "added", "The sequester, he added, is “going to make it worse.”", ["going to make it worse."],
                     id="rest-ends-at-a-quoted-sentence"),
        pytest.param("This, he said, was done by rivals “to make me look bad”--although there is no evidence for it.", "he",
                     "said", "This, he said, was done by rivals “to make me look bad”", ["to make me look bad"],
                     id="double-hyphen-ends-the-rest"),
        pytest.param("Ms Lee told WPLG, a Miami TV station, she had heard the mayor’s “so cold” remarks.", "Ms Lee", "told",
                     "she had heard the mayor’s “so cold” remarks", ["so cold"], id="appositive-opens-the-rest"),
        pytest.param("He had been treated “over a long period,” the prosecutor said Monday, without providing dates.",
                     "the prosecutor", "said", "He had been treated “over a long period,”", ["over a long period,"],
                     id="without-and-a-participle-is-no-rest"),
        pytest.param("Only Mr. Lee, he said, could tell the public “if he agrees with the report.”", "he", "said",
                     "Only Mr. Lee, he said, could tell the public “if he agrees with the report.”",
                     ["if he agrees with the report."], id="adverb-heading-a-subject-is-part-of-the-claim"),
        pytest.param("The demotion “shocked” staff, aides told Fox News, even as the polls had raised questions.", "aides",
                     "told", "The demotion “shocked” staff", ["shocked"], id="even-as-is-no-rest"),
        pytest.param("Okafor had been fired this week, because, police said, he “broke several rules.”", "police", "said",
                     "he “broke several rules.”", ["broke several rules."], id="piece-ends-with-because"),
        pytest.param("That rule, Ms. Lee said, is a reason for “legal action,” though she did not explain.", "Ms. Lee",
                     "said", "That rule, Ms. Lee said, is a reason for “legal action,”", ["legal action,"],
                     id="contrast-ends-the-claim"),
        pytest.param("The deal had stalled over pensions\u2014where, he said, the rules were “looser.”", "he", "said",
                     "the rules were “looser.”", ["looser."], id="piece-after-a-dash-is-a-linking-word"),
        pytest.param("The deal had stalled over pensions\u2014the old rules, he said, were “looser.”", "he", "said",
                     "the old rules, he said, were “looser.”", ["looser."], id="piece-starts-after-a-dash"),
    ],
)
def test_interrupting_attribution_reports_the_whole_clause(text, speaker, cue, claim, parts):
    (q,) = find_quotes(text)
    check_spans(text, [q])
    assert (q.kind, q.speaker, q.cue, q.text) == ("partial", speaker, cue, claim)
    assert [text[s:e] for s, e in q.parts] == parts


@pytest.mark.parametrize(
    "text, fragment, kind, speaker",
    [
        pytest.param("The mayor, Jones said, was in Ohio. Critics called the trip a “junket.”", "junket",
                     "partial", "Critics", id="quotation-in-the-next-sentence"),
        pytest.param("Prices rose, he said, and “nobody noticed.”", "nobody", "scare", "",
                     id="and-opens-a-new-clause"),
        pytest.param("The plan, said Dana Whitfield, a “veteran lobbyist,” would fail.", "veteran", "scare", "",
                     id="inverted-appositive"),
        pytest.param("The storm, Okafor said, in the “worst week” of the year, closed the port.", "worst", "scare", "",
                     id="preposition-after-the-attribution"),
        pytest.param("The writer Ann Lee, who has reported from Chad, read “The Long River” twice.", "The Long", "scare",
                     "", id="cue-in-a-relative-clause"),
        pytest.param("A spokesperson told NBC News, which also obtained the files, that Lee had “recused himself.”",
                     "recused", "scare", "", id="relative-clause-on-the-recipient"),
        pytest.param("“We can pay more,” they insist, because our “values” depend on it.", "values", "scare", "",
                     id="after-a-direct-quotation"),
        pytest.param("Lee replied, simply: “No.”", "No.", "direct", "Lee", id="colon-ends-the-rest"),
        pytest.param("The ideals of truth telling, fairness and care are what give news its “power.”", "power",
                     "scare", "", id="participle-is-no-reporting-clause"),
        pytest.param("In other words: “If you doubt us, read this,” he said of the filing.", "If you", "direct", "he",
                     id="colon-after-an-opening-phrase"),
        pytest.param("Despite the “hard” times Lee says we live in he still believes in “equality” for all.", "hard",
                     "partial", "times Lee", id="opening-phrase-not-set-off-by-a-comma"),
        pytest.param("According to Ann Goitein, co-director of the program, “over time the law has been weakened.”",
                     "over time", "partial", "Ann Goitein", id="appositive-after-according-to-before-a-quotation"),
        pytest.param("Lee told his caucus, most of whom were still in their seats, “that it is time to move on.”", "that it",
                     "direct", "", id="relative-on-the-recipient-is-no-rest"),
        # (since reporting_verbs 0.6.3 "made clear that" is a cue of its own: the quotation is its, not "said"'s)
        pytest.param("This echoed what Lee said in his statement, where he made clear that “we did not find evidence.”",
                     "we did not", "direct", "he", id="where-opens-no-rest"),
        pytest.param("This, Article I continues, is abusing the powers of the office “by ignoring the law.”", "by ignoring",
                     "scare", "", id="roman-numeral-is-no-pronoun"),
        pytest.param("Supposedly, the Herald tells us, two aides close to the campaign say Lee has a “solid” lead.",
                     "solid", "partial", "two aides close to the campaign", id="a-relayed-attribution-in-the-rest"),
        pytest.param("Based on incoming calls, the measure is “firing up” voters, he says.", "firing", "partial", "he",
                     id="opening-phrase-read-as-a-speaker"),
        pytest.param("Lee cited a post in which he wrote, quote, “The plan was made in Ohio to hurt us.”", "The plan",
                     "direct", "he", id="spoken-quote-marker"),
    ],
)
def test_interrupting_attribution_takes_no_other_quotation(text, fragment, kind, speaker):
    # over-firing guards: the quotation is not in the rest of the clause the attribution interrupts
    (q,) = [q for q in find_quotes(text) if any(text[s:e].startswith(fragment) for s, e in q.parts)]
    assert (q.kind, q.speaker) == (kind, speaker)


def test_fragment_before_an_interrupting_attribution_claims_the_rest_too():
    text = "Tenants who “did everything right,” Okafor said, still lost their deposits."
    (q,) = find_quotes(text)
    assert (q.kind, q.speaker, q.text) == ("partial", "Okafor", text[:-1])
    assert [text[s:e] for s, e in q.parts] == ["did everything right,"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("To a question about “rising rents,” Okafor said landlords can be more generous.",
                     [("scare", "", "rising rents,"), ("indirect", "Okafor", "landlords can be more generous")],
                     id="opening-phrase-is-not-the-speakers"),
        pytest.param("On “Face the Nation,” Okafor said, the talks would resume in May.",
                     [("scare", "", "Face the Nation,"), ("indirect", "Okafor", "the talks would resume in May")],
                     id="opening-phrase-before-an-interrupting-attribution"),
        pytest.param("The plan was “a mess,” Okafor said in an interview.",
                     [("partial", "Okafor", "The plan was “a mess,”")], id="no-opening-phrase"),
        pytest.param("In an interview with ABC’s “This Week” aired Sunday, Okafor said in Ohio, she will ask for time.",
                     [("scare", "", "This Week"), ("indirect", "Okafor", "she will ask for time")],
                     id="title-in-an-opening-phrase-before-an-interrupting-attribution"),
        pytest.param("In the book “The Long Road Home: A History of the Ohio River and the Towns on Its Banks,” "
                     "author Ann Lee writes that the river shaped the towns.",
                     [("scare", "", "The Long Road Home: A History of the Ohio River and the Towns on Its Banks,"),
                      ("indirect", "author Ann Lee", "the river shaped the towns")], id="long-title-in-an-opening-phrase"),
        pytest.param("After first saying he had “NOTHING TO DO WITH IT,” the mayor claimed the deal was “small.”",
                     [("partial", "the mayor", "NOTHING TO DO WITH IT,"),
                      ("partial", "the mayor", "the deal was “small.”")],
                     id="a-cue-inside-the-opening-phrase"),
    ],
)
def test_quotation_in_an_opening_phrase(text, expected):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.kind, q.speaker, q.text) for q in quotes] == expected



def test_appositive_after_according_to_is_no_rest():
    text = "The group argued that parks bring “great openings” to towns, according to Ann Lee, director of the group."
    assert [(q.speaker, q.text) for q in find_quotes(text)] == [("The group", "parks bring “great openings” to towns")]


def test_participle_gives_no_rest_only_indirect_quote():
    # "by suggesting," is no reporting clause interrupting its sentence: nothing after it is its claim alone
    text = "His mother, who told him “You can be anything,” taught him thrift by suggesting, any time he wanted a toy, " \
        "that he go shake the money tree."
    assert [q.cue for q in find_quotes(text) if q.kind == "indirect"] == []


def test_attribution_inside_a_subordinate_clause_interrupts_nothing():
    text = "I asked, “Did the pastor really just say “Don’t keep it?” Before he could respond, the pastor answered me."
    assert [q.kind for q in find_quotes(text) if "pastor answered" in q.text] == []


def test_interrupting_claim_ends_before_the_journalists_words():
    # the journalist's time phrase (", hours after ...") and adverb (", rightly") are no rest of the clause
    hours = "A trade deal “will be possible,” Lee has said, hours after he told a paper the plan was dead."
    rightly = "The choppers would “escalate the conflict,” Lee contended, rightly."
    assert [q.text for q in find_quotes(hours) if q.speaker == "Lee"] == ["A trade deal “will be possible,”"]
    assert [q.text for q in find_quotes(rightly) if q.speaker == "Lee"] == ["The choppers would “escalate the conflict,”"]


def test_a_participle_after_an_inverted_attribution_has_its_speaker():
    """", said Mayor Ana Lund, urging ...": the participle's speaker is the one named just before it."""
    text = "“We need time,” said Mayor Ana Lund, urging critics of the plan to “give it a year.”"
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [
        ("direct", "Mayor Ana Lund", "said"), ("partial", "Mayor Ana Lund", "urging")]


def test_a_two_word_participle_after_a_document_is_its_issuers():
    """"she issued a statement calling on the council ...": she calls, not the statement."""
    text = "Later, she issued a statement calling on the council “to fix the roads” at once."
    (q,) = find_quotes(text)
    assert (q.speaker, q.cue) == ("she", "calling on")


def test_a_two_word_participle_after_a_clause_is_read_as_before():
    """Only after a document: "reacted angrily, calling for a meeting after a spokesman warned it “...”"."""
    text = "Russia reacted angrily, calling for a meeting after a spokesman warned it “destroyed” the accord."
    assert [(q.speaker, q.cue) for q in find_quotes(text) if q.kind != "scare"] == [("a spokesman", "warned")]


def test_a_participle_after_a_critical_verbs_object_is_not_the_objects():
    """"slammed DeVos, saying, “...”": DeVos is the object, not an inverted speaker."""
    text = "A film about the case slammed DeVos, saying, “Her plan should scare every parent in this country.”"
    assert all(q.speaker != "DeVos" for q in find_quotes(text))


def test_a_participle_after_an_aside_keeps_its_own_subject():
    """Not the inverted speaker when more than a comma stands between them (the old reading stands)."""
    text = "“We need time,” said Lund, the mayor, who spoke for an hour, urging calm."
    assert all(q.speaker != "Lund" or q.cue != "urging" for q in find_quotes(text))


@pytest.mark.parametrize(
    "text, claim",
    [
        pytest.param("Lund said that people -- unnamed -- “are very threatened” by the plan.",
                     "people -- unnamed -- “are very threatened” by the plan", id="fragment-after-the-aside"),
        pytest.param("Lund says he is upset by the tone of the race \u2014 “an insult to voters” \u2014 and may run.",
                     "he is upset by the tone of the race \u2014 “an insult to voters” \u2014 and may run",
                     id="fragment-inside-the-aside"),
        # one dash, no aside: the claim ends at it (the quotation after it stays a fragment)
        pytest.param("Lund said the plan works \u2014 and critics are “wrong.”", "wrong.", id="a-lone-dash"),
    ],
)
def test_a_claim_reads_through_a_pair_of_dashes(text, claim):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [("partial", "Lund", claim)]


@pytest.mark.parametrize(
    "text, kind, speaker",
    [
        # the claim of "explain" would run back into the indirect quote of "said": the fragment
        # stays (it was dropped without a trace), nobody's: an infinitive's subject is not known
        pytest.param("Nance said she would like Lund to explain her plan but supports her because there is"
                     " “no question” she is.", "scare", "", id="after-an-infinitive"),
        pytest.param("Lee said that the airstrike hit four fighters in the north, who he said were “actively"
                     " attacking” the base.", "partial", "he", id="a-cue-of-its-own"),
    ],
)
def test_a_claim_running_into_another_quote_keeps_its_fragment(text, kind, speaker):
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert (quotes[-1].kind, quotes[-1].speaker) == (kind, speaker)
    assert quotes[-1].text in ("no question", "actively attacking")
