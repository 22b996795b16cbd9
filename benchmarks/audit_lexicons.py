"""Precision audit of the bundled lexicons on real news, hit by hit.

Two steps, with a human in between:

1. ``draw``: analyse a random sample of AllSides articles (Baly et al. 2020)
   with the lexicons and write a stratified random sample of their matches,
   ``--n`` per category, each with its context and an empty ``correct``
   column (:func:`framing.validation_sample`). The file holds AllSides text:
   write it OUTSIDE the repository (the default is ../notes/audit/).
2. Judge every row by the category's own definition (the ``definition``
   column, from lexicons/*.yaml): ``correct`` = y or n.
3. ``report``: precision per category with a Wilson interval and weighted
   precision per lexicon (:func:`framing.validation_report`), printed as the
   Markdown table published in lexicons/README.md.

Usage
-----
    python benchmarks/audit_lexicons.py draw --seed 1 --out ../notes/audit/sample-seed1.csv
    python benchmarks/audit_lexicons.py report ../notes/audit/sample-seed1.csv
    python benchmarks/audit_lexicons.py draw --seed 4 --lexicons boosters --categories evidence --out ...
    python benchmarks/audit_lexicons.py --smoke      # CI: a few built-in sentences, no AllSides needed
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

import framing

HERE = Path(__file__).resolve().parent
ALLSIDES = HERE.parent.parent.parent / "shared" / "eval" / "news-corpus" / "allsides-baly2020.jsonl.gz"
if not ALLSIDES.exists():
    ALLSIDES = Path("/work/shared/eval/news-corpus/allsides-baly2020.jsonl.gz")
LEXICONS = ("hedges", "boosters", "loaded")

SMOKE_TEXTS = [
    "Officials said the strike may have been a reprisal, and it is not clear who fired.",
    "The senator clearly lied, critics claim; the regime's thugs reportedly fled.",
    "There is no doubt the plan will fail, he said, calling it a disastrous scheme.",
]


def read_allsides(path: Path, *, n_articles: int, seed: int) -> pd.DataFrame:
    """`n_articles` AllSides articles drawn at random (all of them if n_articles <= 0)."""
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rows.append({"doc_id": rec["id"], "outlet": rec["outlet"], "title": rec["title"], "text": rec["text"]})
    frame = pd.DataFrame(rows)
    if 0 < n_articles < len(frame):
        frame = frame.sample(n=n_articles, random_state=seed).sort_values("doc_id")
    return frame.reset_index(drop=True)


def draw(args: argparse.Namespace) -> int:
    if args.smoke:
        frame = pd.DataFrame({"outlet": ["A", "B", "C"], "text": SMOKE_TEXTS})
    elif not ALLSIDES.exists():
        print(f"AllSides not found at {ALLSIDES}: nothing to audit", file=sys.stderr)
        return 0
    else:
        frame = read_allsides(ALLSIDES, n_articles=args.articles, seed=args.seed)
    corpus = framing.read_corpus(frame, id_col="doc_id" if "doc_id" in frame else None)
    lexicons = [framing.load_lexicon(name) for name in args.lexicons]
    if args.categories:
        lexicons = [lex.select([c for c in lex.categories if c in args.categories]) for lex in lexicons
                    if any(c in args.categories for c in lex.categories)]
    result = framing.analyze(corpus, lexicons=lexicons, quotes=False, n_jobs=args.jobs)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sample = framing.validation_sample(result, of="matches", by="category", n=args.n, seed=args.seed,
                                           width=args.width)
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)
    print(f"{len(frame)} articles, {len(result.matches)} matches, {len(sample)} drawn "
          f"in {sample['stratum'].nunique()} categories", file=sys.stderr)
    if args.smoke:
        assert set(sample["stratum"]) <= set(result.matches["lexicon"] + ":" + result.matches["category"])
        return 0
    out = Path(args.out)
    if (HERE.parent.resolve() in out.resolve().parents):
        raise SystemExit(f"{out}: the sample holds AllSides text; write it outside the repository")
    out.parent.mkdir(parents=True, exist_ok=True)
    sample.to_csv(out, index=False)
    print(f"written to {out}", file=sys.stderr)
    return 0


def report(args: argparse.Namespace) -> int:
    rep = framing.validation_report(args.judged)
    per = rep.precision
    print("| lexicon | category | precision | 95% interval | n judged | hits in sample of articles |")
    print("|---|---|---|---|---|---|")
    for _, r in per.iterrows():
        cat = r["stratum"].split(":", 1)[1]
        print(f"| {r['group']} | {cat} | {r['precision']:.2f} | {r['ci_low']:.2f}-{r['ci_high']:.2f} "
              f"| {r['n_judged']} | {r['stratum_size']} |")
    for _, r in rep.weighted.iterrows():
        print(f"| {r['group']} | **weighted** | **{r['precision']:.2f}** | {r['ci_low']:.2f}-{r['ci_high']:.2f} "
              f"| {r['n_judged']} | {r['population']} |")
    if args.errors:
        coded = pd.read_csv(args.judged, dtype=str, keep_default_na=False)
        wrong = coded[coded["correct"].str.strip().str.lower().isin(["n", "no", "0", "false", "wrong"])]
        for _, r in wrong.iterrows():
            print(f"WRONG {r['stratum']} {r['text']!r}: ...{r['left'][-60:]}[{r['text']}]{r['right'][:60]}...")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--smoke", action="store_true", help="draw from a few built-in sentences (CI)")
    sub = ap.add_subparsers(dest="step")
    d = sub.add_parser("draw", help="write a sample of matches to judge")
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--n", type=int, default=20, help="matches per category (default 20)")
    d.add_argument("--articles", type=int, default=3000, help="AllSides articles analysed (0: all)")
    d.add_argument("--width", type=int, default=110, help="characters of context each side")
    d.add_argument("--lexicons", nargs="+", default=list(LEXICONS))
    d.add_argument("--categories", nargs="+", help="only these categories (a re-audit after a fix)")
    d.add_argument("--jobs", type=int, default=1)
    d.add_argument("--out", default=str(HERE.parent.parent.parent / "notes" / "audit" / "sample.csv"))
    r = sub.add_parser("report", help="precision from a judged sample")
    r.add_argument("judged")
    r.add_argument("--errors", action="store_true", help="list the hits judged wrong")
    args = ap.parse_args(argv)
    if args.smoke:
        args = ap.parse_args(["draw", "--n", "2"])
        args.smoke = True
        return draw(args)
    if args.step == "draw":
        args.smoke = False
        return draw(args)
    if args.step == "report":
        return report(args)
    ap.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
