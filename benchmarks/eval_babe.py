"""Word-level evaluation of the loaded-language lexicon on BABE (Spinde et al., 2021).

BABE's ``final_labels_SG2.csv`` holds 3,674 news sentences; experts listed
the words that make each sentence biased (``biased_words``, lower-case word
forms). As in the published word-level baselines, every word of every
sentence is a candidate; a word is gold-biased when its lower-cased form is in
its sentence's ``biased_words`` list, and predicted biased when a lexicon
match covers it (here: ``framing.find_terms`` with the chosen lexicons and
categories, on the sentence text). Precision, recall and F1 are for the
biased class, micro-averaged over word occurrences.

Protocol (the published baseline notebook is not fully reproducible: it used
spaCy tokens and a random 10 % test split without a recorded seed):

* words: ``\\w+(?:[-'\u2019]\\w+)*`` lower-cased (hyphenated words stay one
  word, as in the gold lists); gold words that never occur as such a word are
  counted and reported, not scored;
* split: sentences shuffled with ``numpy.random.default_rng(SEED)``, the
  first 10 % are the test split (``--seed``, default 42); the test split is
  scored once, nothing is tuned on it;
* robustness: 5 folds over the same shuffled sentences (mean and spread of
  F1) and the whole set, so the figure is not one lucky split.

Published best lexicon baseline (negative-sentiment lexicon, random 10 %
split): P 0.35, R 0.47, F1 0.40.

``--dev`` scores the *train* split only (as a whole and in 5 folds of it, so
a development figure never touches the test split) and lists per-term counts
there, for reviewing the lexicon; ``--learn`` runs :func:`framing.learn_terms` on the
train split's sentence labels and prints candidate terms to review (they are
never added automatically). Never copy BABE data into the repository.

Usage
-----
    python benchmarks/eval_babe.py ../shared/eval/babe/final_labels_SG2.csv
    python benchmarks/eval_babe.py PATH --categories evaluative speech_attack hyperbole pejorative_labels distancing
    python benchmarks/eval_babe.py PATH --dev            # train split only (whole, 5 folds), per-term counts
    python benchmarks/eval_babe.py PATH --learn          # candidates from the train split
    python benchmarks/eval_babe.py --smoke               # CI: a tiny synthetic sample, no data needed
"""

from __future__ import annotations

import argparse
import ast
import re
import sys

import numpy as np
import pandas as pd

import framing
from framing.features._matcher import _matcher_for

WORD = re.compile(r"\w+(?:[-'\u2019]\w+)*")
PUBLISHED = {"P": 0.35, "R": 0.47, "F1": 0.40}
# The general loaded-language categories (the armed-conflict ones are for
# conflict news and are reported separately).
GENERAL = ["evaluative", "speech_attack", "hyperbole", "pejorative_labels", "distancing"]

SMOKE = pd.DataFrame(
    {
        "text": [
            "The senator slammed the reckless plan as a disastrous giveaway.",
            "The committee published its report on Tuesday.",
            "Critics say the so-called reform is a sham pushed by radical activists.",
            "The company reported higher profits.",
        ],
        "label_bias": ["Biased", "Non-biased", "Biased", "Non-biased"],
        "biased_words": ["['slammed', 'reckless', 'disastrous']", "[]", "['so-called', 'sham', 'radical']", "[]"],
    }
)


def read_babe(path: str) -> pd.DataFrame:
    frame = pd.read_csv(path, sep=";", encoding="utf-8-sig")
    missing = {"text", "biased_words", "label_bias"} - set(frame.columns)
    if missing:
        raise SystemExit(f"{path}: missing columns {sorted(missing)}; is this BABE's final_labels_SG2.csv?")
    return frame


def gold_words(cell: object) -> set[str]:
    if not isinstance(cell, str) or not cell.strip():
        return set()
    return {w.lower().replace("\u2019", "'").strip(" .,;:!?\"'()") for w in ast.literal_eval(cell)}


def score(frame: pd.DataFrame, matcher, categories: set[str] | None) -> dict:
    """Counts over all word occurrences of `frame`, plus per-term hit counts."""
    tp = fp = fn = 0
    unmatched_gold = 0
    per_term: dict = {}
    for text, cell in zip(frame["text"], frame["biased_words"]):
        gold = gold_words(cell)
        words = [(m.start(), m.end(), m.group().lower().replace("\u2019", "'")) for m in WORD.finditer(text)]
        spans = [
            (m.start, m.end, f"{m.category}:{m.term}") for m in matcher.find(text)
            if categories is None or m.category in categories
        ]
        present = {w for _, _, w in words}
        unmatched_gold += len(gold - present)
        for s, e, w in words:
            hit = next((t for ms, me, t in spans if ms < e and s < me), None)
            is_gold = w in gold
            if hit is not None:
                per_term[(hit, is_gold)] = per_term.get((hit, is_gold), 0) + 1
            if hit is not None and is_gold:
                tp += 1
            elif hit is not None:
                fp += 1
            elif is_gold:
                fn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "P": p, "R": r, "F1": f, "unmatched_gold": unmatched_gold,
            "per_term": per_term}


def folds(n: int, seed: int, k: int = 10) -> list[np.ndarray]:
    order = np.random.default_rng(seed).permutation(n)
    return np.array_split(order, k)


def fmt(res: dict) -> str:
    return (f"P {res['P']:.3f}  R {res['R']:.3f}  F1 {res['F1']:.3f}  "
            f"(TP {res['tp']}, FP {res['fp']}, FN {res['fn']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", help="BABE final_labels_SG2.csv")
    ap.add_argument("--lexicons", nargs="+", default=["loaded"], help="built-in names or files (default: loaded)")
    ap.add_argument("--categories", nargs="+", default=GENERAL,
                    help="categories that count as biased (default: the general loaded-language ones); 'all' for all")
    ap.add_argument("--seed", type=int, default=42, help="shuffle seed of the split and folds (default 42)")
    ap.add_argument("--dev", action="store_true", help="score the train split only and list per-term counts")
    ap.add_argument("--learn", action="store_true", help="propose candidate terms from the train split")
    ap.add_argument("--smoke", action="store_true", help="tiny synthetic sample, no data needed (CI)")
    args = ap.parse_args(argv)
    if args.smoke:
        frame = SMOKE
    elif args.path:
        frame = read_babe(args.path)
    else:
        ap.error("give the path of final_labels_SG2.csv (or --smoke)")
    lexs = [framing.load_lexicon(x) for x in args.lexicons]
    matcher = _matcher_for(lexs)
    categories = None if args.categories == ["all"] else set(args.categories)
    known = {c for lx in lexs for c in lx.categories}
    if categories is not None and categories - known:
        ap.error(f"unknown categories {sorted(categories - known)}; the lexicons have {sorted(known)}")
    print(f"lexicons: {', '.join(f'{lx.name} {lx.version}' for lx in lexs)}; "
          f"categories: {'all' if categories is None else ', '.join(sorted(categories))}")
    n = len(frame)
    parts = folds(n, args.seed, 10) if n >= 10 else [np.arange(n)]
    test_idx = parts[0]
    train_idx = np.setdiff1d(np.arange(n), test_idx)
    if args.smoke:
        train_idx = test_idx = np.arange(n)
    train, test = frame.iloc[train_idx], frame.iloc[test_idx]

    if args.learn:
        table = framing.learn_terms(
            train["text"].tolist(), (train["label_bias"] == "Biased").tolist(),
            min_df=2 if args.smoke else 5, C=0.5, top=200, known=lexs, drop_known=True,
        )
        with pd.option_context("display.max_rows", None, "display.width", 160, "display.max_colwidth", 60):
            print(table[["term", "weight", "n_sentences", "n_positive", "share_positive"]])
        return 0

    if args.dev:
        res = score(train, matcher, categories)
        print(f"TRAIN split ({len(train)} sentences, seed {args.seed}): {fmt(res)}")
        if len(train) >= 5:
            f1 = [score(train.iloc[idx], matcher, categories)["F1"] for idx in folds(len(train), args.seed, 5)]
            print(f"5 folds of the train split (seed {args.seed}): F1 " + ", ".join(f"{x:.3f}" for x in f1)
                  + f"; mean {np.mean(f1):.3f}, sd {np.std(f1, ddof=1):.3f}")
        rows = {}
        for (term, is_gold), count in res["per_term"].items():
            rows.setdefault(term, [0, 0])[0 if is_gold else 1] += count
        table = pd.DataFrame([(t, a, b, a / (a + b)) for t, (a, b) in rows.items()],
                             columns=["category:term", "biased", "not_biased", "precision"])
        with pd.option_context("display.max_rows", None, "display.width", 160):
            print(table.sort_values(["not_biased", "biased"], ascending=False).head(80).to_string(index=False))
        return 0

    res = score(test, matcher, categories)
    where = "smoke: the synthetic sample" if args.smoke else f"seed {args.seed}, first 10% of a shuffle"
    print(f"TEST split: {len(test)} of {n} sentences ({where}): {fmt(res)}")
    print(f"  published best lexicon baseline: P {PUBLISHED['P']:.2f}  R {PUBLISHED['R']:.2f}  F1 {PUBLISHED['F1']:.2f}")
    if n >= 10:
        fold_parts = folds(n, args.seed, 5)
        f1 = [score(frame.iloc[idx], matcher, categories)["F1"] for idx in fold_parts]
        print(f"5 folds (seed {args.seed}): F1 " + ", ".join(f"{x:.3f}" for x in f1)
              + f"; mean {np.mean(f1):.3f}, sd {np.std(f1, ddof=1):.3f}")
    whole = score(frame, matcher, categories)
    print(f"whole set: {n} sentences: {fmt(whole)}")
    print(f"gold words that are not a word of their sentence (not scored): {whole['unmatched_gold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
