"""The object of a cue as its claim (``framing.features.quotes._object_claims``, issue 14).

"X dismissed the affair as “absurd”": a quoted fragment inside the noun-phrase
object of a cue is the source's wording, and the object around it is the
claim. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from framing.features.quotes._find import find_quotes
from tests.test_quotes import check_spans


@pytest.mark.parametrize(
    "text, speaker, cue, claim, fragments",
    [
        pytest.param("The mayor dismissed the whole affair as “absurd” on Monday.", "The mayor", "dismissed",
                     "the whole affair as “absurd” on Monday", ["absurd"], id="denial-object-as-label"),
        pytest.param("She called for more “flexibility” for teachers in rural districts.", "She", "called for",
                     "more “flexibility” for teachers in rural districts", ["flexibility"], id="directive-object"),
        pytest.param("Lund has proposed hiring a “chief rent inspector” who answers to the council.", "Lund",
                     "proposed", "hiring a “chief rent inspector” who answers to the council",
                     ["chief rent inspector"], id="tentative-gerund-object"),
        pytest.param("The board rejected the union’s offer to make an “exception” for night shifts.", "The board",
                     "rejected", "the union’s offer to make an “exception” for night shifts", ["exception"],
                     id="object-with-possessive"),
        pytest.param("Lee accused then-Fed Chair Ann B. Ross of trying to “debase” the dollar.", "Lee", "accused",
                     "then-Fed Chair Ann B. Ross of trying to “debase” the dollar", ["debase"], id="initial-is-no-break"),
        pytest.param("When Vidal dismissed the governor as an “aging actor,” Buckley defended him.", "Vidal",
                     "dismissed", "the governor as an “aging actor,”", ["aging actor,"], id="ends-at-the-fragments-comma"),
        pytest.param("Netanyahu declared it an “amazing day” and thousands of Israelis are cheering.", "Netanyahu",
                     "declared", "it an “amazing day”", ["amazing day"], id="ends-at-and-after-the-mark"),
        pytest.param("After a senator bragged about cramming ‘Dem garbage’ into certain districts, a campaign began.",
                     "a senator", "bragged", "about cramming ‘Dem garbage’ into certain districts", ["Dem garbage"],
                     id="ends-with-an-opening-subordinate-clause"),
        pytest.param("In August, Hale said in an interview with Fox & Friends that Lund had “never taken control” of it.",
                     "Hale", "said", "Lund had “never taken control” of it", ["never taken control"],
                     id="the-clause-after-that"),
        pytest.param("The senator pledged “cooperation” on trade and a “close and honest” bond with the allies.",
                     "The senator", "pledged", "“cooperation” on trade and a “close and honest” bond with the allies",
                     ["cooperation", "close and honest"], id="fragment-right-after-the-cue"),
        pytest.param("When Hale said he would “rebuild every bridge,” the crowd cheered.", "Hale", "said",
                     "he would “rebuild every bridge,”", ["rebuild every bridge,"], id="said-in-a-when-clause"),
        pytest.param("“Boots on the ground” would be needed, Lund said.", "Lund", "said",
                     "“Boots on the ground” would be needed", ["Boots on the ground"], id="fragment-opens-the-clause"),
        pytest.param("Lund advised the campaign to hire “low paid” organizers, apparently in hopes of a job.", "Lund",
                     "advised", "the campaign to hire “low paid” organizers", ["low paid"], id="ends-before-a-guess"),
        pytest.param("Okafor noted the “quiet, steady gains” of the river towns and moved on.", "Okafor", "noted",
                     "the “quiet, steady gains” of the river towns", ["quiet, steady gains"],
                     id="ends-before-a-second-verb"),
    ],
)
def test_a_fragment_in_a_cues_object_is_part_of_its_claim(text, speaker, cue, claim, fragments):
    quotes = [q for q in find_quotes(text) if q.kind != "scare"]
    check_spans(text, quotes)
    (q,) = quotes
    assert (q.kind, q.speaker, q.cue, q.text) == ("partial", speaker, cue, claim)
    assert [text[s:e] for s, e in q.parts] == fragments


@pytest.mark.parametrize(
    "text, cue, fragment",
    [
        # a break between the cue and the quotation: the object ends before it
        pytest.param("The mayor dismissed the charge; her aides called it “absurd.”", "dismissed", "absurd.",
                     id="semicolon"),
        pytest.param("The mayor rejected the offer \u2014 a “gift,” critics said.", "rejected", "gift,", id="dash"),
        pytest.param("The board rejected the plan. Its “reform” wing walked out.", "rejected", "reform", id="next-sentence"),
        pytest.param("The mayor dismissed the report of the committee on roads and bridges and the long letter from the"
                     " residents of the north side of the town about the noise of the trucks at night and the dust of"
                     " summer as “absurd.”", "dismissed", "absurd.", id="too-far-from-the-cue"),
        pytest.param("The mayor promised the change in parliament, to cheers and cries of “Hear, hear!” from lawmakers.",
                     "promised", "Hear, hear!", id="a-lone-comma"),
        pytest.param("“Not yet,” the official told Al Jazeera without elaborating on the “reform centre”.", "told",
                     "reform centre", id="a-subordinate-word"),
        pytest.param("The union called out the mayor after Lund spoke of the “river halls” in a speech.", "called",
                     "river halls", id="a-subordinate-clause-in-between"),
        pytest.param("The report calls for some soul-searching and suggests that it is time to “modernize the party.”",
                     "calls for", "modernize the party.", id="and-before-that"),
        pytest.param("Republicans are countering his message of so-called “middle-class economics” with bills.",
                     "countering", "middle-class economics", id="so-called"),
        pytest.param("Winkler, who wrote the 2011 book “Gunfight,” spoke.", "wrote", "Gunfight,", id="a-named-work"),
        pytest.param("Like a fool, I said to him “YOU WERE JUST ON THE RADIO, SIR,” as though amazed.", "said",
                     "YOU WERE JUST ON THE RADIO, SIR,", id="a-whole-quotation"),
    ],
)
def test_no_object_claim_across_a_break(text, cue, fragment):
    """The cue before the break does not reach over it: its quote (if any) starts at the quotation."""
    quotes = find_quotes(text)
    check_spans(text, quotes)
    k = text.index(fragment)
    assert all(q.start >= k - 1 for q in quotes if q.cue == cue and q.end > k)


def test_a_whole_quotation_before_a_long_attribution_stays_whole():
    """"“...,” Republican candidate and Sen. Ana Lund said": the words after the quotation are the speaker's title."""
    text = "“Dissidents are the true voice of the people,” Republican candidate and Sen. Ana Lund said."
    (q,) = find_quotes(text)
    assert q.text == "Dissidents are the true voice of the people,"


def test_a_clause_cue_keeps_its_clause():
    """A cue with a clause ("said the budget leaves ...") is read as before, not as an object."""
    text = "Okafor said the budget leaves “no room” for error."
    (q,) = find_quotes(text)
    assert (q.kind, q.speaker, q.text) == ("partial", "Okafor", "the budget leaves “no room” for error")
    assert find_quotes("“We will win,” Lund said.")[0].kind == "direct"  # (a whole quotation stays direct)


def test_an_interrupting_attribution_keeps_both_sides():
    """"The budget, Okafor said, leaves “no room”" is read by the interrupted rule, not as an object."""
    text = "The budget, Okafor said, leaves “no room” for error."
    (q,) = find_quotes(text)
    assert q.text == text[:-1]



def test_a_named_work_is_no_ones_words():
    """"who wrote the 2011 book “Gunfight”": a title (it was a partial quote of "wrote")."""
    text = "Winkler, who wrote the 2011 book “Gunfight” and is seen as fair, said the law failed."
    assert [q.kind for q in find_quotes(text)] == ["scare", "indirect"]


# reporting_verbs 0.6.3: verbs whose object holds the source's quoted words (eleventh round, QM)
@pytest.mark.parametrize(
    "text, speaker, cue, claim, fragments",
    [
        pytest.param("The chancellor heralded the new treaty as a “turning point” for the region.", "The chancellor",
                     "heralded", "the new treaty as a “turning point” for the region", ["turning point"],
                     id="heralded-as"),
        pytest.param("The mayor has railed against the “parking cartel” at every town meeting.", "The mayor",
                     "railed against", "the “parking cartel” at every town meeting", ["parking cartel"],
                     id="railed-against"),
        pytest.param("The coach chided the players for their “lazy defense” on Sunday.", "The coach", "chided",
                     "the players for their “lazy defense” on Sunday", ["lazy defense"], id="chided-for"),
        pytest.param("The judge scolded the lawyers for a “circus” in her courtroom.", "The judge", "scolded",
                     "the lawyers for a “circus” in her courtroom", ["circus"], id="scolded-for"),
        pytest.param("Okafor bemoaned the “endless red tape” at city hall.", "Okafor", "bemoaned",
                     "the “endless red tape” at city hall", ["endless red tape"], id="bemoaned"),
        pytest.param("The governor talked up her “ten-county plan” in the river towns.", "The governor", "talked up",
                     "her “ten-county plan” in the river towns", ["ten-county plan"], id="talked-up"),
        pytest.param("The senator spoke of “farmers and miners left behind” by the new rules.", "The senator",
                     "spoke of", "“farmers and miners left behind” by the new rules", ["farmers and miners left behind"],
                     id="spoke-of"),
        pytest.param("In his reply, Kennedy spoke of a state that is “tired, angry, afraid.”", "Kennedy", "spoke of",
                     "a state that is “tired, angry, afraid.”", ["tired, angry, afraid."], id="relative-that-in-object"),
        pytest.param("The group promised the state that any effort to sway voters would be “limited.”", "The group",
                     "promised", "any effort to sway voters would be “limited.”", ["limited."],
                     id="that-after-a-recipient-is-a-complementizer"),
        pytest.param("The governor made it clear that she has “grave doubts” about the bill.", "The governor",
                     "made it clear", "she has “grave doubts” about the bill", ["grave doubts"], id="made-it-clear-that"),
        pytest.param("For now, the city waves off the delay as having “minimal” impact.", "the city", "waves off",
                     "the delay as having “minimal” impact", ["minimal"], id="waves-off-as"),
    ],
)
def test_a_fragment_in_a_new_cues_object_is_its_sources(text, speaker, cue, claim, fragments):
    quotes = [q for q in find_quotes(text) if q.kind != "scare"]
    check_spans(text, quotes)
    (q,) = quotes
    assert (q.kind, q.speaker, q.cue, q.text) == ("partial", speaker, cue, claim)
    assert [text[s:e] for s, e in q.parts] == fragments


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The plan was heralded as a “turning point” in the valley.", id="heralded-passive"),
        pytest.param("His constant railing against the “parking cartel” tired the council.", id="railing-noun"),
        pytest.param("Speaking of “fairness,” the new rules are anything but fair.", id="speaking-of-marker"),
        pytest.param("When she talks about “river rights,” the mayor means the old fishing permits.", id="talks-about"),
        pytest.param("It is too early to speak of a “recovery” in the mills.", id="infinitive"),
        pytest.param("Lund created the page to bemoan the “endless red tape” at city hall.", id="bemoan-infinitive"),
        pytest.param("Lee challenged his rivals to make clear that they back the “river plan” now.", id="make-clear-infinitive"),
        pytest.param("Far from making it clear that the source was the “dossier,” the memo made it murky.",
                     id="far-from-making-it-clear"),
        pytest.param("The dog barked “woof” at the mail carrier all morning.", id="a-dog-barked"),
    ],
)
def test_the_new_object_cues_do_not_fire_outside_their_frame(text):
    """A passive, a noun, a discourse marker, a mention ("talks about") or an infinitive names no source."""
    quotes = find_quotes(text)
    check_spans(text, quotes)
    assert [q.kind for q in quotes] == ["scare"]


@pytest.mark.parametrize(
    "text, cue, claim",
    [
        pytest.param("The mayor often rails against “endless campaigns” in politics, but her office is waging one.",
                     "rails against", "“endless campaigns” in politics", id="critical-object-ends-at-but"),
        pytest.param("Okafor praised “the quiet heroes” of the flood, and the crowd rose to its feet.", "praised",
                     "“the quiet heroes” of the flood", id="characterizing-object-ends-at-and"),
        pytest.param("The mayor railed against “new calls to tax the rich,” taking a shot at her rivals.",
                     "railed against", "new calls to tax the rich,", id="critical-object-ends-at-the-fragments-comma"),
    ],
)
def test_an_object_opening_with_its_quotation_ends_before_a_new_clause(text, cue, claim):
    (q,) = [q for q in find_quotes(text) if q.cue == cue]
    assert q.text == claim


def test_a_clause_opening_with_its_quotation_goes_on_past_but():
    """"said “the economy” is fine, but ...": a speech cue's clause is not cut there (must not fire)."""
    text = "Okafor said “the economy” is fine, but the cost of rent is too high for most families."
    (q,) = find_quotes(text)
    assert q.text.endswith("too high for most families")

