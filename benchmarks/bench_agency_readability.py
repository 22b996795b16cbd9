"""What agency (passives) and readability (syllables) add to the cost of analyze.

Times, on the same texts in one run, the per-document steps of
``framing.analyze``: the core (sentence spans, words per sentence, one
lexicon scan with hedges + boosters + loaded), then ``find_passives`` and the
syllable count that readability needs, and reports each as MB/s and as a
share of the whole. MB = 10**6 characters. Also checks, on a few texts, that
readability agrees with textstat when textstat is given the same dictionary
(skipped when textstat is not installed).

Usage
-----
    python benchmarks/bench_agency_readability.py --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz --mb 10
    python benchmarks/bench_agency_readability.py --smoke      # CI: the example corpus, seconds
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import time
from pathlib import Path

import framing
from framing.features.agency import find_passives
from framing.features._matcher import _matcher_for
from framing.features.readability import _cmudict, readability, syllables_in
from framing.sentences import sentence_spans

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "corpus"
_WORD = re.compile(r"\w+(?:['\u2019.\u2011-]\w+)*")


def load_texts(corpus: str | None, mb: float) -> list[str]:
    if corpus is None:
        return framing.read_corpus(EXAMPLE).frame["text"].tolist()
    limit = int(mb * 1e6)
    texts, total = [], 0
    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            texts.append(text)
            total += len(text)
            if total >= limit:
                break
    return texts


def timed(fn, texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="JSON Lines (.gz) with a 'text' field; default: the example corpus")
    ap.add_argument("--mb", type=float, default=10.0, help="million characters to read from --corpus")
    ap.add_argument("--smoke", action="store_true", help="tiny run on the example corpus (CI)")
    args = ap.parse_args(argv)
    texts = load_texts(None if args.smoke else args.corpus, args.mb)
    mb = sum(map(len, texts)) / 1e6
    matcher = _matcher_for([framing.load_lexicon(n) for n in ("hedges", "boosters", "loaded")])

    t0 = time.perf_counter()
    _cmudict()
    load = time.perf_counter() - t0

    def core(text: str) -> None:
        spans = sentence_spans(text)
        [len(_WORD.findall(text, s, e)) for s, e in spans]
        matcher.find(text)

    # analyze counts syllables on the words it has already found: time that step alone.
    words = [_WORD.findall(t) for t in texts]
    rows = [
        ("core: sentences + words + lexicons", timed(core, texts)),
        ("agency: find_passives", timed(find_passives, texts)),
        ("readability: syllables of found words", timed(syllables_in, words)),
    ]
    total = sum(dt for _, dt in rows)
    print(f"{platform.python_implementation()} {platform.python_version()}; {len(texts)} texts, {mb:.2f} MB")
    print(f"cmudict load (once per process): {load:.2f} s")
    for name, dt in rows:
        print(f"{name:40} {dt:7.2f} s  {mb / dt:7.2f} MB/s  {100 * dt / total:5.1f}% of the per-document work")
    extra = rows[1][1] + rows[2][1]
    print(f"agency + readability add {100 * extra / rows[0][1]:.0f}% to the core per-document time")

    try:
        import textstat
        import textstat.backend.counts._count_syllables as cs
    except ImportError:
        print("textstat not installed: agreement check skipped")
        return 0
    table = {word: [["AH0"] * n] for word, n in _cmudict().items()}
    cs.get_cmudict = lambda lang: table  # give textstat the same CMU counts, offline
    sample = "The strike killed five people. Officials said the attack was a reprisal. Iran denied any role."
    ours = readability(sample)
    print(
        f"agreement with textstat on a sample: reading ease {ours.flesch_reading_ease:.2f} vs "
        f"{textstat.flesch_reading_ease(sample):.2f}, grade {ours.flesch_kincaid_grade:.2f} vs "
        f"{textstat.flesch_kincaid_grade(sample):.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
