"""Stage 5, features: attributed quotes, indirect speech and scare quotes, with speakers.

One scan per document. The modules, lowest first (each imports only
modules above it in this list, at its top level):

- ``_records``: the records a scan returns (:class:`Quote`,
  :class:`QuoteProblem`, :class:`QuoteScan`), ``QUOTE_KINDS``,
  ``SPEAKER_TYPES``, ``CUE_TYPES`` and the table columns.
- ``_marks``: pairing quotation marks into regions (straight, curly, nested).
- ``_words``, ``_tokens``: the word lists (``framing/data/quote_words.yaml``)
  and token-level facts the rules consult.
- ``_cues``: reporting verbs and frames from the ``reporting_verbs`` lexicon.
- ``_speakers``: what a speaker phrase names (its type, the person's name).
- ``_names``: people named in the text (full names, names in a span), the
  candidates for a pronoun or a short name.
- ``_rules``: the noun-phrase rules that read a speaker phrase around a cue.
- ``_speaker_words``: the word patterns of the speaker rules added for real
  news (loose subjects, a speaking "who", nouns that look like cues,
  documents before a participle, "quoted X as saying", verbs that invert,
  opening adverbial phrases, a participle after a comma and an adverb).
- ``_claim_words``: the word patterns of the content rules added for real
  news (a characterizing verb's object and label, a relative clause's gap
  after "said", the adverbials between a cue and its content, a title
  before "that": "said on “Meet the Press” that").
- ``_according``: the word patterns of "according to X" read for real news
  (a long source closing its sentence, "according to X" opening a clause
  after a parenthesis, a colon, a subordinator, "and" or "but", and the
  words after X that still name it: a list of names, a role, "who ...").
- ``_asides``: speaker phrases the other rules do not read before their
  cue: an aside in brackets, dashes or commas ("Kasich (who has 25
  delegates) said"), a pronoun or a poll's respondents after an opening
  phrase, a subject with a restrictive modifier ("Voters in six states
  going to the polls said").
- ``_objects``: the objects a verb cue may take (a noun phrase after an
  active verb, a stance's bare noun, the record before "show"), and the
  objects that are what a source said, with where they end (``speech_object``:
  "praised the volunteers who ...", ", citing legal risks", "rejected the
  idea that ...", a topic spoken about: "discussed the closure", "expressed
  concern about ..."; the verbs are ``object_speech`` and ``denials`` in
  ``framing/data/quote_words.yaml``), unless another source reports the whole
  clause (", according to two aides").
- ``_draft``: the working records of a scan (attributions, quotes under
  construction).
- ``_labels``: a quoted label whose source the words around it name ("who
  he dubbed “the little senator”", "with Sen. Jane Doe calling it a “wish
  list”", "labeled a “witch hunt” by Democrats"): a partial quote, not a
  scare quote.
- ``_content``: where the content an attribution reports starts and ends.
- ``_aside_claims``: content read through those asides: where the content of
  a cue inside a relative clause ends ("X, who said ..., arrived"), and
  "that" after an aside following the cue ("told ABC’s “Good Morning
  America” that": ``AsideContent``, a mixin around ``Content._after``).
- ``_speaker_phrase``: the attribution of each cue (its speaker phrase
  before or after it, and its extent).
- ``_subjects``: subjects read forward from a clause's start for it: a name
  with its appositives up to the cue, and the subject after an opening phrase
  (``past_opening``: one naming "City, State," "in Ames, Iowa, on Sunday,
  Clinton ..."; one closed by a quotation; a possessive's whole phrase; no
  weekday after it; past an interrupting "X said,").
- ``_assign``: quotations and reported speech assigned to attributions
  (direct, partial, scare and indirect quotes; a quotation after a colon,
  followed by a subject and a verb, or signed on the next line with a dash).
- ``_after_quote``: the patterns ``_assign`` reads right after a quotation:
  a subject and a verb the lists do not know ("“...,” the AP reports.",
  "“...,” reports Gallup analyst Art Swift"), and a pull quote signed on the
  next line ("- Bernie Sanders.", "Karl W. Smith, Bloomberg").
- ``_interrupted``: an attribution that interrupts the clause it reports
  ("The budget, Okafor said, leaves “no room”"): the quotation in the rest of
  the clause is its fragment, and the claim spans both sides.
- ``_object_claims``: the object of a cue as its claim ("X dismissed the
  whole affair as “absurd”": the noun phrase around a quoted fragment), and
  where such an object ends when it opens with its quotation.
- ``_claims``: the partial quotations of one attribution merged into the
  reported clause they belong to (the claim is the content, the fragments
  its parts).
- ``_headline``: headline attribution by a colon ("Esper: US will respond"),
  and the turns of a transcript or an interview ("TAPPER: ...", "Q: ...").
- ``_questions``: reported questions with their asker ("Asked by a reporter
  whether he would run, Trump said ...").
- ``_nominal``: a speech act named by a noun after its speaker's possessive
  ("repeated his claim that ...", "joined Berg's call for ...", "with her
  promise to ..."), read after the other quotes are found.
- ``_resolve``: speakers inherited (a quotation standing alone after a quote,
  after "But" or "Now," too, or after an attribution read past its unit:
  "“...?” X pressed. “...”"), typed, resolved (pronouns and short names to
  full names written earlier) and the :class:`Quote` objects made.
- ``_attribution``: :class:`~framing.features.quotes._attribution.Builder`,
  which runs the steps above (its mixins) over one document.
- ``_find``: the public entry points :func:`find_quotes` and
  :func:`scan_quotes`.
- ``_tables``: quotes as DataFrame rows, per-document summaries and the voice
  of each lexicon match, for :func:`framing.analyze`.

It imports earlier stages only (:mod:`framing.sentences`,
:mod:`framing.dictionary`, :mod:`framing.features._matcher`).
"""

from __future__ import annotations

from framing.features.quotes._find import (
    QUOTE_COLUMNS,
    QUOTE_KINDS,
    QUOTE_PROBLEM_COLUMNS,
    SPEAKER_TYPES,
    Quote,
    QuoteProblem,
    QuoteScan,
    find_quotes,
    scan_quotes,
)

__all__ = [
    "QUOTE_COLUMNS",
    "QUOTE_KINDS",
    "QUOTE_PROBLEM_COLUMNS",
    "SPEAKER_TYPES",
    "Quote",
    "QuoteProblem",
    "QuoteScan",
    "find_quotes",
    "scan_quotes",
]
