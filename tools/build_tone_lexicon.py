"""Build lexicons/tone.yaml from VADER's word list (vader_lexicon.txt, MIT licence).

Get the list from the PyPI package without installing it:

    pip download vaderSentiment==3.3.2 --no-deps -d /tmp/vader && unzip -o /tmp/vader/*.whl -d /tmp/vader
    python tools/build_tone_lexicon.py /tmp/vader/vaderSentiment/vader_lexicon.txt

Every entry with a positive mean valence goes to category ``positive``, every
negative one to ``negative``, with the absolute valence (0 to 4) as its
weight, and ``negated: {flip: <the other category>}``: "not good" counts as
negative, as VADER's own negation does (VADER scales a negated valence by
-0.74; here the full weight moves). Emoticons and other entries that are not
words are left out (the engine matches words; news has almost none), and so
are entries that fold to the same word, and "no" (a negation cue). A few
entries get context rules for their frequent neutral senses in news (marked
``note: framing`` in the file): "like" as a preposition, "united" in names
(United States), "as well", "health care", "intelligence" the services; and, for every
word, a capitalised form after the start of a sentence is taken for part
of a name ("Detroit Free Press") and not counted. The licence text and the citation go into the file.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"^[\w'.&$%/+-]+(?: [\w'.&$%/+-]+)*$")

LICENSE = """VADER lexicon: The MIT License (MIT). Copyright (c) 2016 C.J. Hutto.
Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions: The above copyright notice and this
permission notice shall be included in all copies or substantial portions of the Software.
THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."""

# Neutral senses frequent in news, excluded by context (framing's additions, not VADER's).
RULES: dict[str, dict[str, object]] = {
    "like": {
        "note": "framing: the verb only (after a subject, 'would', 'to' or a negation), not the preposition",
        "preceded_by": r"\b(?:i|you|we|they|he|she|people|americans|voters|would|'d|to|n't|not|do|does|did|really)\s+",
    },
    "united": {
        "note": "framing: not in names (United States, United Nations, United Kingdom...)",
        "not_followed_by": r"\s+(?:states|nations|kingdom|arab|airlines|auto|steelworkers|way|center|front|russia)\b",
    },
    "well": {"note": "framing: not 'as well (as)'", "not_preceded_by": r"\bas\s+", "not_followed_by": r"\s+as\b"},
    "intelligence": {
        "note": "framing: not the services (intelligence agency, committee, officials, national intelligence)",
        "not_preceded_by": r"\b(?:national|military|senate|house|u\.s\.|us|american|foreign|defense|central)\s+",
        "not_followed_by": r"\s+(?:agenc|community|committee|official|officer|service|report|board|chief|director|"
        r"operative|analyst|assessment|source|panel|briefing|gathering|failure)",
    },
    "care": {
        "note": "framing: not 'health care', 'child care', 'day care'",
        "not_preceded_by": r"\b(?:health|child|day|medical|intensive|primary|urgent|long-term|managed)[\s-]+",
    },
}


# Left out: "no" is a negation cue (it flips the next word), not a tone word in news.
DROP = frozenset({"no"})


# A capitalised word after the start of a sentence is taken for part of a name ("Detroit Free Press",
# "Homeland Security", "Center for American Progress", "Nice"), not a tone word: one shared rule
# (a YAML alias in the file). Sentence starts: the text's start, a line start, or after . ! ? : ( [ or an
# opening quote.
PROPER_NAME = [{
    "written": r"[A-Z][\w'-]*",
    "case_sensitive": True,
    "not_preceded_by": "(?:^|\\n\\s*|[.!?:(\\[\"\u201c\u2018']\\s*)",
}]


def build(source: Path) -> dict[str, object]:
    categories: dict[str, list[object]] = {"positive": [], "negative": []}
    seen: set[str] = set()
    skipped = 0
    for line in source.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].strip():
            continue
        word, valence = fields[0].strip().lower(), float(fields[1])
        if not _WORD.match(word) or not re.search(r"[a-z]", word) or word in seen or valence == 0 or word in DROP:
            skipped += 1
            continue
        seen.add(word)
        cat, other = ("positive", "negative") if valence > 0 else ("negative", "positive")
        entry: dict[str, object] = {"term": word, "weight": round(abs(valence), 2), "negated": {"flip": other},
                                    "except": PROPER_NAME}
        entry.update(RULES.get(word, {}))
        categories[cat].append(entry)
    print(f"{len(seen)} words kept, {skipped} entries left out (emoticons, symbols, duplicates)", file=sys.stderr)
    return {
        "name": "tone",
        "version": "1.0.0+vader3.3.2",
        "description": (
            "General tone (valence): VADER's human-rated word list, positive and negative, each word "
            "weighted by its mean rating (0-4). tone_positive_per_1k and tone_negative_per_1k sum the "
            "weights per 1,000 words; a negated word counts in the other category. Built by "
            "tools/build_tone_lexicon.py from vaderSentiment 3.3.2 (emoticons left out; context rules "
            "for a few neutral news senses, marked 'framing' in their note; a capitalised word inside a "
            "sentence is taken for part of a name and not counted)."
        ),
        "sources": [
            (
                "Hutto, C.J. & Gilbert, E. (2014). VADER: A Parsimonious Rule-based Model for Sentiment "
                "Analysis of Social Media Text. Proceedings of ICWSM-14."
            ),
        ],
        "license": LICENSE,
        "categories": {
            "positive": {"description": "Words rated positive (weight: mean valence).", "terms": categories["positive"]},
            "negative": {
                "description": "Words rated negative (weight: absolute mean valence).",
                "terms": categories["negative"],
            },
        },
    }


class _Dumper(yaml.SafeDumper):
    pass


def _flow_terms(dumper: yaml.SafeDumper, data: dict) -> yaml.Node:
    flow = "term" in data
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)


_Dumper.add_representer(dict, _flow_terms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vader_lexicon", type=Path, help="vader_lexicon.txt from the vaderSentiment package")
    parser.add_argument("--out", type=Path, default=REPO / "lexicons" / "tone.yaml")
    args = parser.parse_args(argv)
    data = build(args.vader_lexicon)
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
    header = "# Generated by tools/build_tone_lexicon.py from VADER (MIT licence, below). Do not edit by hand.\n"
    args.out.write_text(header + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
