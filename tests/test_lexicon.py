from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing import Lexicon, LexiconError, Term, find_terms, load_lexicon
from framing.dictionary import DEFAULT_NEGATORS


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def yaml_lexicon(tmp_path, terms: str, *, extra: str = "", categories: str = "") -> Lexicon:
    body = (
        "name: test\nversion: '1'\ndescription: a test lexicon\n" + extra
        + "categories:\n  cat:\n    description: the category\n    terms:\n"
        + textwrap.indent(textwrap.dedent(terms).strip("\n"), "      ") + "\n"
        + textwrap.indent(textwrap.dedent(categories).strip("\n"), "  ") + "\n"
    )
    return load_lexicon(write(tmp_path, "test.yaml", body))


def found(text: str, lexicon) -> list[tuple[str, str]]:
    return [(m.text, m.category) for m in find_terms(text, lexicon)]


# --------------------------------------------------------------------------- formats


def test_builtin_lexicons_have_sources_versions_and_described_categories():
    for name in ("hedges", "boosters", "loaded"):
        lex = load_lexicon(name)
        assert lex.version and lex.sources and lex.description
        assert all(desc.strip() for desc in lex.categories.values()), name
        assert {t.category for t in lex.terms} == set(lex.categories)


def test_hyland_is_cited_for_hedges_and_boosters():
    for name in ("hedges", "boosters"):
        assert any("Hyland" in s and "2005" in s for s in load_lexicon(name).sources)
    sources = " ".join(load_lexicon("loaded").sources)
    assert "SemEval-2020" in sources and "Recasens" in sources


@pytest.mark.parametrize(
    "header, body",
    [
        ("1\tposemo\n2\tnegemo", "good\t1\nbad\t2\nawful\t2 1"),
        ("1 posemo\n2   negemo", "good 1\nbad   2\nawful 2\t1"),
        ("  1\tposemo (Positive emotion)\n2 negemo", "good\t1\n\nbad 2\nawful 1 2"),
    ],
    ids=["tabs", "spaces", "liwc2015-names-and-blank-lines"],
)
def test_dic_tab_and_space_variants(tmp_path, header, body):
    lex = load_lexicon(write(tmp_path, "emo.dic", f"%\n{header}\n%\n{body}\n"))
    assert lex.name == "emo"
    assert set(lex.categories) == {"posemo", "negemo"}
    pairs = {(t.term, t.category) for t in lex.terms}
    assert pairs == {("good", "posemo"), ("bad", "negemo"), ("awful", "posemo"), ("awful", "negemo")}
    assert found("An awful day.", lex) == [("awful", "posemo"), ("awful", "negemo")] or \
        found("An awful day.", lex) == [("awful", "negemo"), ("awful", "posemo")]


def test_dic_multiword_and_wildcard(tmp_path):
    lex = load_lexicon(write(tmp_path, "x.dic", "%\n1\tcert\n%\nof course\t1\nabsolut*\t1\n"))
    assert found("Of course it is absolutely so.", lex) == [("Of course", "cert"), ("absolutely", "cert")]


@pytest.mark.parametrize(
    "content, message",
    [
        ("1\tposemo\n%\ngood\t1\n", r"line 1: a \.dic file must start with a '%' line"),
        ("%\nposemo\n%\ngood\t1\n", r"line 2: expected '<number> <category name>'"),
        ("%\n1\tposemo\n%\ngood\t1\nbad\t7\n", r"line 5: category number 7 is not declared"),
        ("%\n1\tposemo\n%\ngood\t1\nlonely\n", r"line 5: expected '<term> <category number>"),
        ("%\n1\tposemo\ngood\t1\n", r"line 3: expected '<number> <category name>' in the header, got 'good\\t1'"),
        ("%\n1\tposemo\n", r"not closed by a second '%'"),
        ("%\n1\tposemo\n%\ngo*od\t1\n", r"line 4: wildcard '\*' allowed only at the end"),
    ],
    ids=["no-percent", "bad-header", "undeclared-number", "no-number", "term-in-header", "unclosed-header",
         "inner-wildcard"],
)
def test_dic_malformed_lines_name_the_line(tmp_path, content, message):
    path = write(tmp_path, "bad.dic", content)
    with pytest.raises(LexiconError, match=message) as info:
        load_lexicon(path)
    assert "bad.dic" in str(info.value)


@pytest.mark.parametrize(
    "terms, message",
    [
        ("- al*ged", r"line 8: wildcard '\*' allowed only at the end of a term, got 'al\*ged'"),
        ("- fine\n- fine", r"line 9: 'fine' is listed twice in category 'cat' \(first at line 8\)"),
        ("- term: x\n  colour: red", r"line 9: unknown term key 'colour'"),
        ("- term: x\n  followed_by: '(unclosed'", r"line 9: followed_by is not a valid regular expression"),
        ("- term: x\n  negated: sometimes", r"line 9: 'negated' must be keep, cancel, only"),
        ("- term: x\n  negated: {flip: nowhere}", r"line 8: term 'x' flips to category 'nowhere'"),
        ("- term: x\n  except: [followed_by]", r"line 9: each 'except' entry must be a mapping"),
        ("- term: x\n  except:\n    - case_sensitive: true", r"needs at least one condition or 'written'"),
        ("- term: x\n  negation_window: many", r"negation_window must be a whole number"),
        ("- 'a < b'", r"line 8: term 'a < b' has characters a term cannot hold"),
        ("- term: x\n  except:\n    - precede_by: x", r"line 10: unknown key 'precede_by' in 'except'"),
    ],
    ids=["inner-wildcard", "duplicate", "unknown-key", "bad-regex", "bad-negated", "flip-unknown",
         "except-not-mapping", "except-empty", "bad-window", "bad-characters", "except-unknown-key"],
)
def test_yaml_errors_name_file_and_line(tmp_path, terms, message):
    with pytest.raises(LexiconError, match=message) as info:
        yaml_lexicon(tmp_path, terms)
    assert "test.yaml" in str(info.value)


def test_yaml_missing_key_and_invalid_yaml(tmp_path):
    with pytest.raises(LexiconError, match="missing required key 'version'"):
        load_lexicon(write(tmp_path, "a.yaml", "name: a\ndescription: d\ncategories: {c: {terms: [x]}}\n"))
    with pytest.raises(LexiconError, match=r"b\.yaml line 2: invalid YAML"):
        load_lexicon(write(tmp_path, "b.yaml", "name: b\n  - : [\n"))


def test_unknown_builtin_lists_available():
    with pytest.raises(LexiconError, match="unknown lexicon 'hedgez'; built-in lexicons are: .*boosters.*hedges"):
        load_lexicon("hedgez")


# --------------------------------------------------------------------------- matching basics


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Retaliation, retaliatory and retaliated.", ["Retaliation", "retaliatory", "retaliated"]),
        ("The anti-retaliation pact.", []),
        ("A self-defense claim; self defense; self\u2011defense; self-\ndefense.",
         ["self-defense", "self defense", "self\u2011defense", "self-\ndefense"]),
        ("Kata\u2019ib Hezbollah and Kata'ib Hezbollah.", ["Kata\u2019ib Hezbollah", "Kata'ib Hezbollah"]),
        ("Iran's proxies.", ["Iran"]),
        ("Defensive precision strikes, then precision strikes.",
         ["Defensive precision strikes", "precision strikes"]),
        ("The US said; tell us.", ["US"]),
    ],
    ids=["wildcard", "no-match-inside-compound", "separators", "apostrophes", "possessive", "longest", "case"],
)
def test_matching_rules(tmp_path, text, expected):
    lex = yaml_lexicon(
        tmp_path,
        """
        - retaliat*
        - self-defense
        - Kata'ib Hezbollah
        - Iran
        - precision strikes
        - defensive precision strikes
        - term: US
          case_sensitive: true
        """,
    )
    assert [t for t, _ in found(text, lex)] == expected


def test_context_conditions_and_lists_of_patterns(tmp_path):
    lex = yaml_lexicon(
        tmp_path,
        r"""
        - term: about
          followed_by: '\s+\d'
        - term: blast
          not_followed_by: ['\s+radius', '\s+wall']
          not_preceded_by: '\bsonic\s+'
        """,
    )
    text = "About 25 blasts? No: about them. A blast, a blast radius, a blast wall, a sonic blast."
    assert [t for t, _ in found(text, lex)] == ["About", "blast"]


def test_except_groups_need_all_their_conditions(tmp_path):
    lex = yaml_lexicon(
        tmp_path,
        r"""
        - term: may
          except:
            - written: 'May'
              case_sensitive: true
              preceded_by: '\b[a-z]+\s+'
            - followed_by: '\s+\d'
        """,
    )
    text = "May God help. It may rain in early May. Iran May Retaliate. May 5 was quiet."
    assert [(m.start, m.text) for m in find_terms(text, lex)] == [(0, "May"), (17, "may"), (45, "May")]


# --------------------------------------------------------------------------- negation


NEGATION_TERMS = r"""
- term: doubt
  negated: only
- term: confirmed
  negated: cancel
- term: good
  negated: {flip: other}
"""
NEGATION_CATS = """
  other:
    description: flipped
    terms: [nothing-here]
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("There is no doubt.", [("doubt", "cat")]),
        ("There is little doubt.", [("doubt", "cat")]),
        ("Without any doubt.", [("doubt", "cat")]),
        ("There is a little doubt.", []),
        ("There is doubt.", []),
        ("No, there is doubt.", []),
        ("Not that there is, at all, any doubt.", []),
        ("It was confirmed.", [("confirmed", "cat")]),
        ("It was not confirmed.", []),
        ("It hasn't been officially confirmed.", []),
        ("It has yet to be confirmed.", []),
        ("It was never, ever confirmed.", [("confirmed", "cat")]),
        ("Not that it matters much now, but it was confirmed.", [("confirmed", "cat")]),
        ("A good plan.", [("good", "cat")]),
        ("Not a good plan.", [("good", "other")]),
    ],
    ids=["no", "little", "without", "a-little", "plain", "comma-breaks", "too-far", "positive", "not",
         "clitic-and-window", "yet-to", "comma-between", "but-breaks", "flip-plain", "flip-negated"],
)
def test_negation_rules(tmp_path, text, expected):
    lex = yaml_lexicon(tmp_path, NEGATION_TERMS, categories=NEGATION_CATS)
    assert found(text, lex) == expected


def test_negation_window_and_custom_negators(tmp_path):
    lex = yaml_lexicon(
        tmp_path,
        """
        - term: clear
          negated: only
          negation_window: 1
        """,
        extra="negators: [nope]\n",
    )
    assert found("Nope, not clear.", lex) == []  # "not" is no cue of this lexicon
    assert found("It is nope clear.", lex) == [("clear", "cat")]
    assert found("It is nope really very clear.", lex) == []  # two words between: beyond the window
    assert "n't" in DEFAULT_NEGATORS and "no" in DEFAULT_NEGATORS


# --------------------------------------------------------------------------- built-in context rules


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The strikes may escalate.", ["may"]),
        ("Iran May Retaliate, Officials Say", ["May"]),
        ("May the strikes stop?", ["May"]),
        pytest.param("In May 2019 the talks failed.", [], id="month-year"),
        pytest.param("The base was hit on May 5.", [], id="month-day"),
        pytest.param("The talks resumed in early May.", [], id="early-may"),
        pytest.param("Later this May the talks resume.", [], id="this-may"),
        pytest.param("Theresa May said no.", [], id="theresa-may"),
        pytest.param("Britain's May faced a revolt.", [], id="possessive-may"),
        pytest.param("May God rest his soul.", [], id="optative"),
        pytest.param("and may God bless America", [], id="optative-mid-sentence"),
        pytest.param("The May elections were close.", [], id="the-may-elections"),
        ("They might strike again.", ["might"]),
        pytest.param("The military might of the US.", [], id="military-might"),
        pytest.param("With all his might.", [], id="all-his-might"),
        ("Iran could respond. It couldn't be ruled out.", ["could", "couldn't"]),
        pytest.param("He could not be reached for comment.", [], id="could-not-be-reached"),
        ("The toll could rise.", ["could"]),
    ],
)
def test_builtin_modal_rules(text, expected):
    assert [m.text for m in find_terms(text, load_lexicon("hedges").select(["modal"]))] == expected


@pytest.mark.parametrize(
    "text, lexicon, category",
    [
        ("It is not clear who fired.", "hedges", "uncertainty"),
        ("Who fired was not immediately clear.", "hedges", "uncertainty"),
        ("It is clear that Iran fired.", "boosters", "certainty"),
        ("There is no doubt that Iran fired.", "boosters", "certainty"),
        ("There is little doubt that Iran fired.", "boosters", "certainty"),
        ("Doubts remain about who fired.", "hedges", "uncertainty"),
        ("The toll has not been confirmed.", "hedges", "evidential"),
        ("Officials declined to confirm the toll.", "hedges", "evidential"),
        ("The Pentagon confirmed the toll.", "boosters", "evidence"),
        ("Little is known about the group.", "hedges", "uncertainty"),
        ("Beyond doubt, it was Iran.", "boosters", "certainty"),
    ],
)
def test_builtin_negation_pairs(text, lexicon, category):
    matches = find_terms(text, ["hedges", "boosters"])
    assert [(m.lexicon, m.category) for m in matches] == [(lexicon, category)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iran will retaliate.", ["will"]),
        ("It won't stop.", ["won't"]),
        pytest.param("The will of the people.", [], id="will-of-the-people"),
        pytest.param("They lack the political will.", [], id="political-will"),
        pytest.param("He was held against his will.", [], id="against-his-will"),
        pytest.param("He met Will Smith.", [], id="name-after-lower-case-word"),
        pytest.param("Actor Will Smith spoke.", [], id="name-after-capital",
                     marks=pytest.mark.xfail(reason="a capitalised Will after a capitalised word reads like a "
                                             "title-case headline ('Iran Will Retaliate'), so it is kept")),
    ],
)
def test_builtin_will_rules(text, expected):
    assert [m.text for m in find_terms(text, load_lexicon("boosters").select(["prediction"]))] == expected


def test_builtin_loaded_distractors():
    text = ("There would be a response. The would-be attacker woke up early. "
            "Amnesty International and a data breach. Proportional representation.")
    assert [m.text for m in find_terms(text, "loaded")] == ["would-be"]
    assert [m.text for m in find_terms(text, "conflict")] == []


# loaded 1.2.0 (issue 15, recall): new terms and the context rules that keep them precise.
# Sentences written by the maintainer, not taken from any evaluation set.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The governor lied about the budget again.", ["lied"], id="lied-accusation"),
        pytest.param("He pleaded guilty to lying to the FBI in 2017.", [], id="lying-offence"),
        pytest.param("Prosecutors say she allegedly lied under oath.", [], id="lied-legal"),
        pytest.param("The victim was lying on the pavement.", [], id="lying-position"),
        pytest.param("Voters are tired of politicians lying to them.", ["lying"], id="lying-accusation"),
        pytest.param("Senate Republicans killed the bill on Friday.", ["killed"], id="kill-policy"),
        pytest.param("The storm killed 12 people.", [], id="kill-death"),
        pytest.param("The town says it is being flooded with migrants.", ["flooded"], id="flood-migrants"),
        pytest.param("The river flooded the town.", [], id="flood-water"),
        pytest.param("The gun lobby spent millions.", ["lobby"], id="gun-lobby"),
        pytest.param("She met them in the hotel lobby.", [], id="hotel-lobby"),
        pytest.param("Critics called it a half-baked plan and a fiasco.", ["half-baked", "fiasco"], id="subjective"),
        pytest.param("Critics dismissed them as sore losers.", ["losers"], id="losers-name-calling"),
        pytest.param("The tariffs will create winners and losers.", [], id="losers-economic"),
        pytest.param("Don't mess with Texas.", [], id="mess-verb"),
        pytest.param("The rollout was a mess.", ["mess"], id="mess-noun"),
        pytest.param("The bill failed in the Senate.", [], id="failed-outcome"),
        pytest.param("Voters rejected his failed policies.", ["failed"], id="failed-judgement"),
        pytest.param("It was a panic attack.", [], id="panic-attack"),
        pytest.param("The Fourth Amendment bars unreasonable searches.", [], id="unreasonable-searches"),
        pytest.param("He blamed the deep state and political correctness.", ["deep state", "political correctness"],
                     id="labels"),
        pytest.param("The senator sidestepped questions and bloviated for an hour.", ["sidestepped", "bloviated"],
                     id="loaded-verbs"),
        pytest.param("Regime change in Iraq was the goal.", [], id="regime-change"),
        pytest.param("The Assad regime denied it.", ["regime"], id="regime-label"),
        pytest.param("Needless to say, he will do nothing about it.", [], id="idioms"),
        pytest.param("The hijacked airliner crashed; the Daily Beast reported it.", [], id="literal-and-names"),
        pytest.param("Activists hijacked the debate in a do-nothing Congress.", ["hijacked", "do-nothing"],
                     id="hijack-metaphor"),
    ],
)
def test_builtin_loaded_1_2_rules(text, expected):
    assert [m.text for m in find_terms(text, "loaded")] == expected


# loaded 1.3.0 (issue 15, recall on general news): new terms, and the context rules from its
# BABE training-split review and AllSides audit. Sentences written by the maintainer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The rollout was slapdash and the plan indefensible.", ["slapdash", "indefensible"],
                     id="subjective"),
        pytest.param("She lamented the vote and spurned the offer.", ["lamented", "spurned"], id="emotive-verbs"),
        pytest.param("Critics hurled accusations at the mayor.", ["hurled"], id="hurled-accusations"),
        pytest.param("Protesters hurled rocks at the police.", [], id="hurled-rocks"),
        pytest.param("Congress kicked the can down the road again.", ["kicked the can down the road"],
                     id="idiom-manoeuvre"),
        pytest.param("It faces an avalanche of lawsuits.", ["avalanche"], id="avalanche-of"),
        pytest.param("An avalanche on Everest killed 16 climbers.", [], id="avalanche-snow"),
        pytest.param("He called it a death knell for the culture war.", ["death knell", "culture war"],
                     id="dramatising"),
        pytest.param("Her minions and the birther crowd cheered.", ["minions", "birther"], id="labels"),
        pytest.param("They promised tax relief and less big government.", ["tax relief", "big government"],
                     id="one-sided-issue-names"),
        pytest.param("Protests against police brutality spread.", [], id="police-brutality-issue"),
        pytest.param("The police brutally beat him.", ["brutally"], id="brutally-judgement"),
        pytest.param("Extreme weather and extreme heat hit Texas.", [], id="extreme-weather"),
        pytest.param("That is an extreme position.", ["extreme"], id="extreme-judgement"),
        pytest.param("Asylum seekers who fear persecution at home; religious persecution rose.", [],
                     id="persecution-rights-term"),
        pytest.param("He says he is being persecuted by the media.", ["persecuted"], id="persecuted-claim"),
        pytest.param("After a failed bid for the Senate he ran again.", [], id="failed-bid"),
        pytest.param("The database lists hate symbols.", [], id="hate-symbols"),
        pytest.param("GM boasts some of the best-selling cars in China.", [], id="boasts-has"),
        pytest.param("He boasts that he cut taxes.", ["boasts"], id="boasts-speech"),
        pytest.param("Steel fabricators hired 200 workers.", [], id="fabricators-trade"),
        pytest.param("Booker's anti-gun violence plan.", [], id="anti-gun-violence"),
        pytest.param("China is a communist country; Sanders, a self-described socialist.", ["self-described"],
                     id="communist-descriptive"),
        pytest.param("Allegations of inappropriate conduct were settled.", [], id="inappropriate-conduct"),
        pytest.param("The joke was inappropriate.", ["inappropriate"], id="inappropriate-judgement"),
        pytest.param("Campaign rhetoric heated up.", [], id="rhetoric-not-a-label"),
        pytest.param("Pro-life and pro-choice groups marched.", [], id="self-names-left-out"),
        pytest.param("Crude oil prices fell; he made a crude remark.", ["crude"], id="crude-of-words-only"),
        pytest.param("Found not guilty by reason of insanity; American exceptionalism.", [], id="concept-names"),
        pytest.param("Aides are worrying that it fails; a worrying trend.", ["worrying"], id="worrying-adjective"),
        pytest.param("CNN's Dana Bash and Monika Bickert of the Badger State spoke.", [], id="surnames"),
        pytest.param("It used to be a boast. The IDF boasts soldiers of every color.", [], id="boast-noun-and-has"),
    ],
)
def test_builtin_loaded_1_3_rules(text, expected):
    assert [m.text for m in find_terms(text, "loaded")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Tehran called the missile strikes its response to the killing.", ["response"], id="response-attack"),
        pytest.param("In response to the attack, the US struck back.", ["In response to", "struck back"],
                     id="in-response-to-attack"),
        pytest.param("In response, the network said it stood by its reporting.", [], id="response-neutral"),
        pytest.param("The federal relief response was slow.", [], id="relief-response"),
        pytest.param("The criminal justice system and violent crime have fallen.", [], id="crime-legal-statistical"),
        pytest.param("He faces 17 counts of murder.", [], id="counts-of-murder"),
        pytest.param("They called the killing a murder.", ["murder"], id="murder-label"),
        pytest.param("He opposes illegal immigration.", [], id="illegal-immigration-issue"),
        pytest.param("Iraq called it an illegal strike and a violation of sovereignty.",
                     ["illegal", "violation of sovereignty"], id="illegal-strike"),
        pytest.param("Partisan tensions rose in the Senate.", [], id="partisan-tensions"),
        pytest.param("Tensions with Iran rose.", ["Tensions"], id="tensions-with-iran"),
        pytest.param("Search volume is a proxy for popularity.", [], id="statistical-proxy"),
        pytest.param("He bought guns for self-defense.", [], id="gun-self-defense"),
        pytest.param("Terrorism charges were filed; national security or terrorism.", [], id="terrorism-topic"),
        pytest.param("The deficit will breach $3 trillion after a data breach.", [], id="breach"),
    ],
)
def test_builtin_conflict_rules(text, expected):
    assert [m.text for m in find_terms(text, "conflict")] == expected


# --------------------------------------------------------------------------- Lexicon methods


def test_extend_select_and_to_frame():
    base = load_lexicon("hedges")
    bigger = base.extend([("reputedly", "evidential"), Term(term="iffy", category="new")])
    assert bigger.version == f"{base.version}+extended" and bigger.categories["new"] == ""
    assert len(bigger) == len(base) + 2 and len(base) == len(load_lexicon("hedges"))
    with pytest.raises(LexiconError, match="'reportedly' is listed twice in category 'evidential'"):
        base.extend([("reportedly", "evidential")])
    merged = load_lexicon("hedges").extend(load_lexicon("boosters"), name="epistemic")
    assert merged.name == "epistemic" and "certainty" in merged.categories
    modal = base.select(["modal"], drop_terms=["could"])
    assert set(modal.categories) == {"modal"} and "could" not in {t.term for t in modal.terms}
    with pytest.raises(LexiconError, match="unknown categories"):
        base.select(["nope"])
    frame = base.to_frame()
    assert list(frame.columns) == [
        "lexicon", "category", "term", "forms", "weight", "case_sensitive", "conditions", "negated", "note", "line",
    ]
    assert frame.loc[frame["term"] == "clear", "negated"].item() == "only"
    assert "except(" in frame.loc[frame["term"] == "may", "conditions"].item()


def test_results_do_not_depend_on_lexicon_order():
    text = "It is not clear; there is no doubt; the Iranian-backed militia may retaliate in May."
    a = find_terms(text, ["hedges", "boosters", "loaded"])
    b = find_terms(text, ["loaded", "boosters", "hedges"])
    assert sorted(a, key=lambda m: (m.start, m.lexicon)) == sorted(b, key=lambda m: (m.start, m.lexicon))


# --------------------------------------------------------------------------- properties


ALL = ["hedges", "boosters", "loaded"]
_VOCAB = ["may", "May", "not", "no", "doubt", "clear", "might", "will", "reprisal", "self", "defense",
          "Iran", "backed", "would", "be", "slammed", "about", "25", "little", "a", "it", "is", "was"]
_SEPS = [" ", "  ", "-", "\u2011", ", ", ". ", "\n", "'s ", "\u2019", " \u201c", "\u201d "]


def _check(text: str) -> None:
    matches = find_terms(text, ALL)
    last_span, last_end = None, -1
    for m in matches:
        assert text[m.start : m.end] == m.text
        assert m.start < m.end
        span = (m.start, m.end)
        # in order; overlapping only when the very same span (several categories)
        assert m.start >= last_end or span == last_span
        if span != last_span:
            assert last_span is None or m.start >= last_span[0]
        last_span, last_end = span, max(last_end, m.end)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_no_crash_and_offsets_on_arbitrary_unicode(text):
    _check(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_VOCAB), st.sampled_from(_SEPS)), max_size=40))
def test_matches_in_order_non_overlapping_round_trip(pairs):
    _check("".join(w + s for w, s in pairs))


def test_public_names():
    for name in ("find_terms", "load_lexicon", "list_lexicons", "Lexicon", "Term", "Match"):
        assert hasattr(framing, name)


def test_readme_examples_load(tmp_path):
    # The format documentation must not rot: its full YAML example and its .dic example load.
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "lexicons" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    full = next(b for b in blocks if b.startswith("name:"))
    lex = load_lexicon(write(tmp_path, "readme.yaml", full))
    assert {t.term for t in lex.terms} >= {"menace", "escalat*", "US", "strike"}
    assert found("The US struck; the menace escalated.", lex) == [
        ("US", "threat"), ("struck", "threat"), ("menace", "threat"), ("escalated", "threat"),
    ]
    dic = re.search(r"```\n(%\n.*?)```", readme, re.S).group(1)
    assert len(load_lexicon(write(tmp_path, "readme.dic", dic))) == 5


def _gold_rows():
    import csv
    import re
    from pathlib import Path

    path = Path(__file__).resolve().parent / "data" / "hedges_gold.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    for rec in csv.DictReader(lines, delimiter="\t"):
        used: set[int] = set()
        gold = []
        for item in filter(None, (s.strip() for s in rec["gold"].split(" ; "))):
            surface, label = item.rsplit("|", 1)
            m = next(m for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", rec["text"])
                     if m.start() not in used)
            used.add(m.start())
            gold.append((m.start(), m.end(), *label.split(":")))
        yield rec["set"], rec["text"], gold


@pytest.mark.parametrize("subset, min_precision, min_recall", [("dev", 0.95, 0.95), ("heldout", 0.95, 0.85)])
def test_hedge_gold_set_does_not_regress(subset, min_precision, min_recall):
    # Regression floors on tests/data/hedges_gold.tsv; benchmarks/eval_hedges.py reports the figures.
    tp_pred = n_pred = tp_gold = n_gold = 0
    rows = [r for r in _gold_rows() if r[0] == subset]
    assert len(rows) >= (100 if subset == "dev" else 40)
    for _, text, gold in rows:
        pred = [(m.start, m.end, m.lexicon, m.category) for m in find_terms(text, ["hedges", "boosters"])]
        same = lambda a, b: a[0] < b[1] and b[0] < a[1] and a[2:] == b[2:]  # noqa: E731
        n_pred += len(pred)
        tp_pred += sum(any(same(p, g) for g in gold) for p in pred)
        n_gold += len(gold)
        tp_gold += sum(any(same(p, g) for p in pred) for g in gold)
    assert tp_pred / n_pred >= min_precision and tp_gold / n_gold >= min_recall


def test_case_sensitive_terms_share_the_one_scan(tmp_path):
    path = tmp_path / "cs.yaml"
    path.write_text(
        "name: cs\nversion: '1'\ndescription: d\ncategories:\n  c:\n    description: d\n    terms:\n"
        "      - {term: US, case_sensitive: true}\n      - {term: Iran*, case_sensitive: true}\n      - us\n",
        encoding="utf-8",
    )
    found = [(m.text, m.term) for m in find_terms("US and us, Iranian and iranian.", load_lexicon(path))]
    assert found == [("US", "US"), ("US", "us"), ("us", "us"), ("Iranian", "Iran*")]


def test_a_lexicons_matches_do_not_depend_on_the_others_loaded():
    text = "It is said to be a reprisal, officials said."
    alone = [(m.start, m.text) for m in find_terms(text, "reporting_verbs")]
    together = [(m.start, m.text) for m in find_terms(text, ["hedges", "reporting_verbs"]) if m.lexicon == "reporting_verbs"]
    assert together == alone
    assert (6, "said") in alone
