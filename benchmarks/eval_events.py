"""Same-story matching (framing.match_events) on real news: time, and pairwise precision/recall on judged pairs.

The judged pairs are in ``benchmarks/data/allsides_same_story_pairs.csv``:
AllSides ``id`` values only (no text), each pair of articles from two
different outlets judged by reading their titles and leads. Criterion: the
same news event or its direct development within days (the release of a
memo and analyses of that memo; an indictment and the arrest it led to), op-eds
about that event included; a different development of a long saga (two
weeks of a confirmation fight) is a different story. Two sets (``set`` column):

- **F** (120 pairs, used to build the method): 40 of the 11,929 cross-outlet
  pairs the first method (``threshold=0.3``) put in one event; 40 of the
  61,144 it did not link although at most 3 days apart with cosine 0.12-0.30
  (near misses); 40 linked at 0.2 but not 0.3 (this stratum overlaps the
  near misses, so it enters the raw figures only);
- **F2** (85 pairs, judged before any new method was scored on them): all
  cross-outlet pairs at most 3 days apart with cosine >= 0.05 under the first
  method's TF-IDF, in five cosine strata (0.05-0.12: 171,701 pairs;
  0.12-0.20: 47,892; 0.20-0.30: 18,211; 0.30-0.45: 5,348; 0.45-1: 799),
  17 pairs drawn from each (seed 1702).

Printed: seconds (wall and CPU) for the whole corpus, event sizes, and per
set: pairwise precision (judged same among linked), recall (linked among
judged same) and F1, both raw (on the judged pairs) and as population
estimates weighting each judged pair by its stratum's size / pairs drawn.
The population estimates are noisy (17-40 judged pairs per stratum; one
F2 pair in the 0.05-0.12 stratum stands for about 10,000 pairs), and
same-story pairs below cosine 0.05 (F2) or 0.12 (F) were not sampled, so
recall is an upper bound.

Usage
-----
    python benchmarks/eval_events.py --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz
    python benchmarks/eval_events.py --smoke      # the example corpus, no data needed
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

from typing import Any

import numpy as np
import pandas as pd

import framing

HERE = Path(__file__).resolve().parent
JUDGED = HERE / "data" / "allsides_same_story_pairs.csv"
#: Sizes of the sampled (disjoint) strata, see the docstring.
SIZES = {"linked": 11929, "near": 61144, "0.05": 171701, "0.12": 47892, "0.20": 18211, "0.30": 5348,
         "0.45": 799}


def _stratum(sampled_as: str) -> str | None:
    if sampled_as.startswith("cosine "):
        return sampled_as.split()[1].split("-")[0]
    if sampled_as.startswith("not"):
        return "near"
    return None if "0.2" in sampled_as else "linked"


def _prf(rows: pd.DataFrame, weight: Any) -> tuple[float, float, float]:
    w = np.ones(len(rows)) if weight is None else weight
    linked, same = rows["linked"].to_numpy(), rows["same"].to_numpy() == 1
    tp = float((w * (linked & same)).sum())
    p, r = tp / max(float((w * linked).sum()), 1e-12), tp / max(float((w * same).sum()), 1e-12)
    return p, r, 2 * p * r / max(p + r, 1e-12)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus")
    parser.add_argument("--days", type=float, default=3)
    parser.add_argument("--threshold", type=float, default=0.18)
    parser.add_argument("--max-size", type=int, default=30)
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args(argv)
    if args.smoke or not args.corpus or not Path(args.corpus).exists():
        if not args.smoke:
            print(f"--corpus {args.corpus!r} not found: running on the example corpus", file=sys.stderr)
        corpus = framing.read_corpus(HERE.parent / "examples" / "corpus")
        events = framing.match_events(corpus, days=args.days, threshold=args.threshold)
        print(events[["doc_id", "event", "event_size", "n_outlets", "terms"]].to_string())
        return 0
    sys.path.insert(0, str(HERE))
    from bench_compare import read_allsides

    frame = read_allsides(args.corpus)
    t0, c0 = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        events = framing.match_events(frame, days=args.days, threshold=args.threshold,
                                       max_size=args.max_size or None)
    print(f"match_events(days={args.days}, threshold={args.threshold}, max_size={args.max_size or None}): {len(frame):,} articles in "
          f"{time.perf_counter() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU")
    multi = events["event_size"] > 1
    print(f"{multi.mean():.1%} of articles share an event; {events.loc[multi, 'event'].nunique():,} events of 2+, "
          f"largest {events['event_size'].max()}; events with 2+ outlets: "
          f"{events.loc[events['n_outlets'] > 1, 'event'].nunique():,}")
    judged = pd.read_csv(JUDGED)
    event = dict(zip(events["doc_id"], events["event"]))
    judged["linked"] = [event.get(a) == event.get(b) for a, b in zip(judged["id_a"], judged["id_b"])]
    for name, rows in judged.groupby(judged["set"].str.split().str[0], sort=True):
        print(f"set {name}: {len(rows)} judged pairs ({int(rows['same'].sum())} same story), "
              f"{int(rows['linked'].sum())} linked now")
        raw = _prf(rows, None)
        print(f"  raw:       precision {raw[0]:.2f}  recall {raw[1]:.2f}  F1 {raw[2]:.2f}")
        strata = rows["sampled_as"].map(_stratum)
        use = strata.notna()
        n_drawn = strata[use].value_counts()
        weight = strata[use].map(lambda k: SIZES[k] / n_drawn[k])
        est = _prf(rows[use], weight.to_numpy())
        print(f"  estimated: precision {est[0]:.2f}  recall {est[1]:.2f}  F1 {est[2]:.2f} "
              f"(weighted by stratum size; {int(use.sum())} pairs in disjoint strata)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
