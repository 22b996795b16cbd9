"""Check the outlet comparison on real news: the AllSides corpus of Baly et al. (2020).

Not a timing benchmark: this script runs the full comparison
(``framing.output.report.run_comparison``) on a sample of the larger AllSides outlets
and prints what a researcher would read in the report, so that the statistics
can be checked on real data (and the figures looked at). Usage::

    python benchmarks/allsides_compare.py PATH/allsides-baly2020.jsonl.gz --out allsides_out
    python benchmarks/allsides_compare.py --smoke          # tiny synthetic corpus, seconds, no data needed

Outlet labels are AllSides "source" names, so the sample is cleaned first
(see the corpus' PROVENANCE.md): pseudo-outlets (``Guest Writer - ...``,
``The Flip Side``, ``AllSides``) and opinion/editorial feeds are dropped,
``Fox Online News`` is merged into ``Fox News``, the ``- News`` suffixes are
removed, and exact duplicate texts are kept once. Then the ``--outlets``
largest outlets are sampled, ``--per-outlet`` articles each (seeded).

The corpus is never copied anywhere: only the tables, figures and report
computed from it are written to ``--out``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

import framing  # noqa: E402

PSEUDO = ("Guest Writer", "The Flip Side", "AllSides")
RENAME = {"Fox Online News": "Fox News", "CNN (Web News)": "CNN", "NPR Online News": "NPR",
          "New York Times - News": "New York Times", "Wall Street Journal - News": "Wall Street Journal"}


def _outlet(name: str) -> str | None:
    name = name.strip()
    if name.startswith(PSEUDO) or any(w in name for w in ("Opinion", "Editorial", "Op-Ed")):
        return None
    return RENAME.get(name, name)


def _records(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def load_sample(path: Path, *, outlets: int, per_outlet: int, seed: int) -> pd.DataFrame:
    """The `outlets` largest real outlets, `per_outlet` random articles each, duplicates removed."""
    counts = Counter(o for r in _records(path) if (o := _outlet(r["outlet"])) is not None)
    chosen = [o for o, n in counts.most_common(outlets) if n >= per_outlet]
    by_outlet: dict[str, list[dict]] = {o: [] for o in chosen}
    seen: set[str] = set()
    for r in _records(path):
        o = _outlet(r["outlet"])
        if o in by_outlet and r["text"] not in seen:
            seen.add(r["text"])
            by_outlet[o].append({"id": r["id"], "outlet": o, "date": r["date"], "title": r["title"],
                                 "text": r["text"], "bias": r["bias"], "topic": r["topic"]})
    rng = random.Random(seed)
    rows = [rec for o in chosen for rec in rng.sample(by_outlet[o], min(per_outlet, len(by_outlet[o])))]
    return pd.DataFrame(rows)


def smoke_corpus(seed: int = 0) -> pd.DataFrame:
    """Three synthetic outlets, 12 articles each; outlet A says 'reprisal' and 'reportedly' far more."""
    rng = random.Random(seed)
    filler = ("the ministry said on Monday that talks would continue after the strikes near the border "
              "while officials met in the capital to discuss the situation").split()
    rows = []
    for outlet, extra in (("A", ["reprisal", "reportedly"]), ("B", ["response"]), ("C", [])):
        for i in range(12):
            words = [rng.choice(filler) for _ in range(120)]
            for w in extra:
                for _ in range(rng.randint(2, 5)):
                    words.insert(rng.randrange(len(words)), w)
            rows.append({"id": f"{outlet}{i}", "outlet": outlet, "topic": "t", "text": " ".join(words) + "."})
    return pd.DataFrame(rows)


def report(comparison, result, elapsed: float) -> None:
    """What a researcher reads first, printed."""
    c = comparison
    print(repr(result))
    print(f"comparison ran in {elapsed:.1f} s")
    sizes = c.group_sizes.groupby("group")["n_articles"].sum()
    print("articles per outlet:", ", ".join(f"{g} {n}" for g, n in sizes.items()))
    tests = c.table.drop_duplicates(["stratum", "feature"])
    print(f"\nacross-outlet tests ({tests['test'].iloc[0]}, {c.options['correction']} correction): "
          f"{int(tests['p_value'].notna().sum())} run, {int((tests['p_value'] < .05).sum())} with p < .05 before "
          f"correction, {int((tests['p_adjusted'] < .05).sum())} after")
    cols = ["feature", "statistic", "p_value", "p_adjusted"]
    tested = tests.dropna(subset=["p_value"]).sort_values("p_value")
    print(tested[cols].head(12).to_string(index=False, float_format=lambda x: f"{x:.3g}"))
    f = c.findings()
    print(f"\npairwise: {len(f)} tests; {int(f['survives'].sum())} survive correction; "
          f"{int((f['raw_significant'] & ~f['survives']).sum())} significant only before correction")
    show = ["feature", "group_a", "group_b", "mean_a", "mean_b", "cliffs_delta", "rate_ratio", "rr_ci_low",
            "rr_ci_high", "p_value", "p_adjusted"]
    print("strongest (survive):")
    print(f.loc[f["survives"], show].head(8).to_string(index=False, float_format=lambda x: f"{x:.3g}"))
    print("significant before correction only:")
    print(f.loc[f["raw_significant"] & ~f["survives"], show].head(5).to_string(
        index=False, float_format=lambda x: f"{x:.3g}"))
    if c.separability is not None:
        s = c.separability
        print("\nseparability:", s.summary())
        print(s.features.query("rank == 1").to_string(index=False, float_format=lambda x: f"{x:.3g}"))
    if c.words is not None:
        print("\ndistinctive words (top 8 per outlet):")
        for g, part in c.words.groupby("group"):
            print(f"  {g}: " + ", ".join(f"{w} ({z:.0f})" for w, z in zip(part["word"].head(8), part["z"].head(8))))
    for name, reason in c.skipped.items():
        print(f"not computed: {name}: {reason}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", help="allsides-baly2020.jsonl.gz (not needed with --smoke)")
    parser.add_argument("--out", default=None, help="output folder (default: a temporary folder)")
    parser.add_argument("--outlets", type=int, default=8, help="number of outlets, largest first (default 8)")
    parser.add_argument("--per-outlet", type=int, default=300, help="articles sampled per outlet (default 300)")
    parser.add_argument("--within", default=None, help="compare within this column (e.g. topic)")
    parser.add_argument("--n-jobs", type=int, default=2, help="worker processes for analyze (default 2)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--smoke", action="store_true", help="tiny synthetic corpus; checks the script runs")
    args = parser.parse_args(argv)
    if args.smoke:
        frame, n_boot = smoke_corpus(args.seed), 200
    elif args.path:
        frame, n_boot = load_sample(Path(args.path), outlets=args.outlets, per_outlet=args.per_outlet,
                                    seed=args.seed), 2000
    else:
        parser.error("give the corpus path, or --smoke")
    tmp = None if args.out else tempfile.TemporaryDirectory(prefix="allsides_compare_")
    out = Path(args.out) if args.out else Path(tmp.name)
    start = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = framing.read_corpus(frame, id_col="id")
        result = framing.analyze(corpus, n_jobs=args.n_jobs if len(frame) > 400 else 1)
        comparison = framing.run_comparison(result, by="outlet", within=args.within, n_boot=n_boot,
                                    random_state=args.seed)
        elapsed = time.perf_counter() - start
        written = framing.write_comparison(comparison, out, result=result, title="AllSides sample: outlets compared")
    report(comparison, result, elapsed)
    for message in dict.fromkeys(str(w.message) for w in caught):
        print(f"warning: {message[:300]}")
    if tmp is None:
        print(f"\nwrote {len(written)} files under {out}; open {out / 'report.html'}")
    else:
        print(f"\n{len(written)} files written to a temporary folder and removed; pass --out DIR to keep them")
        tmp.cleanup()
    if args.smoke:
        assert comparison.findings()["survives"].any(), "the planted difference should survive correction"
    return 0


if __name__ == "__main__":
    sys.exit(main())
