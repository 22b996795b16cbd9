"""Each stage of the pipeline timed in several versions of framing, in one process, interleaved.

``ab_versions.py`` says whether the whole pipeline got faster; this script
says where: ``clean_text``, ``split_sentences``, ``find_passives``,
``find_terms`` (hedges + loaded), ``scan_quotes``, ``analyze`` on cleaned
texts (``clean=False``) and the whole pipeline (``read_corpus`` with cleaning,
then ``analyze``), each on the same articles, in every version in turn, CPU
time, best of ``--rounds``. Versions are checkouts loaded as in
``ab_versions.py`` (each runs with its own modules and data); this checkout
is always the last.

Usage
-----
    git worktree add ../framing-old df99173
    python benchmarks/ab_stages.py --base ../framing-old --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz --n 900
    python benchmarks/ab_stages.py --base ../a --base ../b --corpus ... --stages passives,terms
    python benchmarks/ab_stages.py --smoke      # CI: this checkout against itself, tiny input
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import warnings
from pathlib import Path

import pandas as pd

import framing

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ab_versions import ROOT, as_framing, cpu, load_version  # noqa: E402

STAGES = ("clean", "sentences", "passives", "terms", "quotes", "analyze", "full")


def stage_runs(p, raw: list[str], cleaned: list[str]) -> dict:
    """The stages of version `p` as functions of no arguments."""
    corpus = as_framing(p, lambda: p.read_corpus(pd.DataFrame({"outlet": "x", "text": cleaned}), clean=False))
    return {
        "clean": lambda: [p.clean_text(t) for t in raw],
        "sentences": lambda: [p.split_sentences(t) for t in cleaned],
        "passives": lambda: [p.find_passives(t) for t in cleaned],
        "terms": lambda: [p.find_terms(t, ["hedges", "loaded"]) for t in cleaned],
        "quotes": lambda: [p.scan_quotes(t) for t in cleaned],
        "analyze": lambda: p.analyze(corpus, progress=False),
        "full": lambda: p.analyze(p.read_corpus(pd.DataFrame({"outlet": "x", "text": raw})), chunksize=100),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, action="append", default=[], help="a checkout to compare (repeatable)")
    ap.add_argument("--corpus", help="JSON Lines (.gz) with a 'text' field (default: the example corpus)")
    ap.add_argument("--n", type=int, default=900, help="articles (the first n)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated, of {', '.join(STAGES)}")
    ap.add_argument("--smoke", action="store_true", help="tiny run for CI: this checkout against itself")
    args = ap.parse_args(argv)
    stages = args.stages.split(",")
    unknown = set(stages) - set(STAGES)
    if unknown:
        ap.error(f"unknown stages {sorted(unknown)}; expected some of {', '.join(STAGES)}")
    if args.smoke:
        args.base, args.n, args.rounds, args.corpus = [ROOT], 6, 1, None
    if not args.base:
        ap.error("--base is required (or --smoke)")
    versions = {f"base{i + 1}" if len(args.base) > 1 else "base": load_version(b.resolve())
                for i, b in enumerate(args.base)}
    versions["this"] = framing
    if args.corpus:
        opener = gzip.open if args.corpus.endswith(".gz") else open
        with opener(args.corpus, "rt", encoding="utf-8") as fh:
            raw = [json.loads(line)["text"] for line in itertools.islice(fh, args.n)]
    else:
        files = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
        raw = [p.read_text(encoding="utf-8") for p in itertools.islice(itertools.cycle(files), args.n)]
    warnings.simplefilter("ignore")
    cleaned = [framing.clean_text(t).text for t in raw]  # the same input for every version
    runs = {name: stage_runs(p, raw, cleaned) for name, p in versions.items()}
    names = ", ".join(f"{k} = {b}" for k, b in zip(versions, args.base))
    print(f"# ab_stages  {names}  {len(raw)} articles, {sum(map(len, raw)) / 1e6:.1f} MB, CPU s, best of {args.rounds}")
    for stage in stages:
        best = {}
        for name, p in versions.items():
            as_framing(p, runs[name][stage])  # warm-up: lexicons compiled, caches filled
        for _ in range(args.rounds):
            for name, p in versions.items():
                t = cpu(lambda: as_framing(p, runs[name][stage]))
                best[name] = min(best.get(name, t), t)
        ratios = "  ".join(f"this/{k} {best['this'] / best[k]:.3f}" for k in versions if k != "this")
        print(f"{stage:10s} " + "  ".join(f"{k} {v:.3f}" for k, v in best.items()) + f"   {ratios}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
