"""Tone by voice on real news (AllSides, train split only), its cost in analyze, and a sample of matches to judge.

Usage::

    python benchmarks/eval_tone.py ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz --outlets 8 --per-outlet 150
    python benchmarks/eval_tone.py CORPUS --sample-matches 100 --seed 1   # matches in context, to judge by hand
    python benchmarks/eval_tone.py --smoke                               # the example corpus, no data needed

Prints (1) the cost of adding the ``tone`` lexicon to ``analyze`` (CPU time,
side by side with the same run without it, as a ratio); (2) per outlet, the
journalist's net tone, the quoted net tone and their gap (positive minus
negative weight per 1,000 words of that voice), with bootstrap intervals
from :func:`framing.compare`; (3) optionally, random tone matches with their
context, for a precision judgement by hand. Only articles of the corpus'
``split_random == "train"`` are read; nothing is written.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

import framing

REPO = Path(__file__).resolve().parent.parent
PSEUDO = ("Guest Writer", "The Flip Side", "AllSides")
RENAME = {"Fox Online News": "Fox News", "CNN (Web News)": "CNN", "NPR Online News": "NPR",
          "New York Times - News": "New York Times", "Wall Street Journal - News": "Wall Street Journal"}


def _outlet(name: str) -> str | None:
    name = name.strip()
    if name.startswith(PSEUDO) or any(w in name for w in ("Opinion", "Editorial", "Op-Ed")):
        return None
    return RENAME.get(name, name)


def load_train_sample(path: Path, *, outlets: int, per_outlet: int, seed: int) -> pd.DataFrame:
    """The largest real outlets of the train split, `per_outlet` random articles each, duplicates removed."""
    by_outlet: dict[str, list[dict]] = {}
    seen: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("split_random") != "train":
                continue
            o = _outlet(r["outlet"])
            if o is not None and r["text"] not in seen:
                seen.add(r["text"])
                by_outlet.setdefault(o, []).append({"id": r["id"], "outlet": o, "text": r["text"]})
    sizes = Counter({o: len(v) for o, v in by_outlet.items()})
    rng = random.Random(seed)
    rows = [rec for o, _ in sizes.most_common(outlets) for rec in rng.sample(by_outlet[o], min(per_outlet, sizes[o]))]
    return pd.DataFrame(rows)


def timed(corpus: framing.Corpus, lexicons: list[str]) -> tuple[framing.Analysis, float]:
    start = time.process_time()
    result = framing.analyze(corpus, lexicons=lexicons, progress=False)
    return result, time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="allsides-baly2020.jsonl.gz")
    parser.add_argument("--outlets", type=int, default=8)
    parser.add_argument("--per-outlet", type=int, default=150)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sample-matches", type=int, default=0, help="print this many random tone matches")
    parser.add_argument("--smoke", action="store_true", help="run on the example corpus (no data needed)")
    args = parser.parse_args(argv)
    if args.smoke or args.corpus is None:
        if not args.smoke:
            parser.error("give the corpus path, or --smoke")
        corpus = framing.read_corpus(REPO / "examples" / "corpus")
    else:
        if not args.corpus.is_file():
            print(f"skipped: {args.corpus} not found")
            return 0
        corpus = framing.read_corpus(load_train_sample(args.corpus, outlets=args.outlets,
                                                       per_outlet=args.per_outlet, seed=args.seed))
    framing.load_lexicon("tone")  # load (and cache) it outside the timing
    framing.analyze(corpus.frame.head(5), lexicons=["hedges", "loaded", "tone"], progress=False)  # warm the matchers
    _, base = timed(corpus, ["hedges", "loaded"])
    result, with_tone = timed(corpus, ["hedges", "loaded", "tone"])
    chars = corpus.frame["text"].str.len().sum()
    print(f"{len(corpus.frame)} articles, {chars / 1e6:.1f} MB")
    print(f"analyze CPU: hedges+loaded {base:.1f} s, +tone {with_tone:.1f} s, ratio {with_tone / base:.2f}")
    table = framing.tone_by_voice(result)
    m = result.matches[result.matches["lexicon"] == "tone"]
    quoted_share = m.loc[m["in_quote"].fillna(False).astype(bool), "weight"].sum() / max(m["weight"].sum(), 1e-9)
    print(f"tone matches {len(m)}; share of tone weight inside quotes {quoted_share:.2f}; "
          f"articles with quoted words {(table['tone_quoted_words'] > 0).mean():.2f}")
    features = ["tone_journalist_net_per_1k", "tone_quoted_net_per_1k", "tone_gap_net_per_1k"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cmp = framing.compare(table, by="outlet", features=features, n_boot=1000)
    rows = {}
    for r in cmp.itertuples():
        row = rows.setdefault(r.group, {"n": r.n_articles})
        short = r.feature.replace("tone_", "").replace("_net_per_1k", "")
        row[short] = round(r.mean, 1)
        row[f"{short} CI"] = f"{r.ci_low:.1f}..{r.ci_high:.1f}"
    wide = pd.DataFrame.from_dict(rows, orient="index").sort_values("journalist")
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(wide)
    tests = cmp.drop_duplicates("feature")[["feature", "test", "p_adjusted"]]
    print(tests.to_string(index=False))
    if args.sample_matches:
        rng = random.Random(args.seed)
        texts = dict(zip(corpus.frame["doc_id"].astype(str), corpus.frame["text"]))
        rows = m.sample(n=min(args.sample_matches, len(m)), random_state=rng.randrange(2**31))
        for i, r in enumerate(rows.itertuples(), 1):
            text = texts[str(r.doc_id)]
            left = text[max(0, r.start - 70): r.start].replace("\n", " ")
            right = text[r.end: r.end + 50].replace("\n", " ")
            print(f"{i:3d} {r.category[:3]} {r.weight:.1f} | {left}[[{r.text}]]{right}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
