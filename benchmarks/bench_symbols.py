"""Symbol terms (emoticons): what they cost, and that lexicons without them pay nothing.

Three questions, on AllSides articles of the ``train`` random split only
(``split_random == "train"``; the valid and test splits are never read):

1. **No cost for the bundled lexicons.** The matcher alone (``find`` over
   every text, ``hedges`` + ``loaded``) and ``analyze`` of this checkout
   against a checkout from before symbol terms (``--base``), interleaved in
   one process, best of ``--rounds`` CPU times; and whether both find the
   same matches.
2. **The cost of a lexicon with symbol terms**: ``analyze`` with
   ``hedges`` + ``loaded`` + ``tests/data/dictionaries/emoticons.dic`` against
   ``hedges`` + ``loaded``.
3. **What they find in news**: the emoticon matches in the sample, with
   context, to read by hand.

Usage
-----
    git worktree add ../framing-old <commit before symbol terms>   # or: git archive <commit> | tar -x -C DIR
    python benchmarks/bench_symbols.py --base ../framing-old --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz --n 800
    python benchmarks/bench_symbols.py --find-only --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz --find-n 30000
    python benchmarks/bench_symbols.py --smoke    # CI: this checkout against itself, the example corpus
"""

from __future__ import annotations

import argparse
import gc
import gzip
import importlib
import json
import random
import re
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

import framing

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from ab_versions import load_version

EMOTICONS = ROOT / "tests" / "data" / "dictionaries" / "emoticons.dic"


def train_texts(corpus: str, n: int) -> list[str]:
    """The first `n` articles of the ``train`` random split (nothing from valid or test)."""
    texts: list[str] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("split_random") == "train":
                texts.append(row["text"])
                if len(texts) >= n:
                    break
    return texts


def example_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]


def cpu(fn) -> float:
    gc.collect()
    t = time.process_time()
    fn()
    return time.process_time() - t


def best_of(runs: dict, rounds: int) -> dict[str, float]:
    for fn in runs.values():
        fn()  # warm-up: lexicons compiled, caches filled
    times: dict[str, list[float]] = {k: [] for k in runs}
    names = list(runs)
    for r in range(rounds):
        # The order alternates between rounds: the one run second is not always the same.
        for name in names if r % 2 == 0 else names[::-1]:
            times[name].append(cpu(runs[name]))
    return {k: min(v) for k, v in times.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, help="a checkout from before symbol terms")
    ap.add_argument("--corpus", help="AllSides JSON Lines (.gz) with 'text' and 'split_random'")
    ap.add_argument("--n", type=int, default=800, help="train-split articles")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--find-n", type=int, default=0,
                    help="train-split articles searched for emoticons in part 3 (default: the --n timed ones)")
    ap.add_argument("--find-only", action="store_true", help="part 3 only (no timings, no --base needed)")
    ap.add_argument("--smoke", action="store_true", help="tiny run for CI: this checkout against itself")
    args = ap.parse_args(argv)
    if args.smoke:
        args.base, args.rounds, args.corpus = ROOT, 1, None
    if args.base is None and not args.find_only:
        ap.error("--base is required (or --smoke, or --find-only)")
    if args.corpus and not Path(args.corpus).is_file():
        print(f"# {args.corpus} not found: using the example corpus")
        args.corpus = None
    texts = train_texts(args.corpus, args.n) if args.corpus else example_texts()
    mb = sum(map(len, texts)) / 1e6
    warnings.simplefilter("ignore")
    emo = framing.load_lexicon(EMOTICONS)
    if args.find_only:
        return find_symbols(emo, train_texts(args.corpus, args.find_n or args.n) if args.corpus else texts)
    base = load_version(args.base.resolve())
    print(f"# bench_symbols  base {args.base}  {len(texts)} articles, {mb:.2f} MB, CPU time, best of {args.rounds}")

    # 1. bundled lexicons: matcher alone, then analyze
    from framing.features._matcher import _matcher_for

    lex_this = [framing.load_lexicon(n) for n in ("hedges", "loaded")]
    lex_base = [base.load_lexicon(n) for n in ("hedges", "loaded")]
    m_this = _matcher_for(lex_this)
    m_base = importlib.import_module(f"{base.__name__}.features._matcher")._matcher_for(lex_base)
    same = all(
        [(m.start, m.end, m.term, m.category) for m in m_this.find(t)]
        == [(m.start, m.end, m.term, m.category) for m in m_base.find(t)]
        for t in texts
    )
    best = best_of({"base": lambda: [m_base.find(t) for t in texts], "this": lambda: [m_this.find(t) for t in texts]},
                   args.rounds)
    print(f"matcher, hedges+loaded: base {best['base']:.3f} s, this {best['this']:.3f} s, "
          f"this/base {best['this'] / best['base']:.3f}, same matches: {same}")
    frame = pd.DataFrame({"outlet": ["x"] * len(texts), "text": texts})
    corpora = {"base": base.read_corpus(frame), "this": framing.read_corpus(frame)}
    best = best_of({"base": lambda: base.analyze(corpora["base"]), "this": lambda: framing.analyze(corpora["this"])},
                   args.rounds)
    print(f"analyze, default lexicons: base {best['base']:.2f} s, this {best['this']:.2f} s, "
          f"this/base {best['this'] / best['base']:.3f}")

    # 2. a lexicon with symbol terms
    plain, with_emo = ["hedges", "loaded"], ["hedges", "loaded", emo]
    best = best_of({"plain": lambda: framing.analyze(corpora["this"], lexicons=plain),
                    "emo": lambda: framing.analyze(corpora["this"], lexicons=with_emo)}, args.rounds)
    print(f"analyze + emoticons.dic ({len(emo.terms)} terms, "
          f"{sum(framing.dictionary.is_symbol_term(t.term) for t in emo.terms)} symbol terms): "
          f"{best['emo']:.2f} s against {best['plain']:.2f} s, ratio {best['emo'] / best['plain']:.3f}")

    # 3. what the emoticons find in news
    more = train_texts(args.corpus, args.find_n) if args.corpus and args.find_n > len(texts) else texts
    return find_symbols(emo, more)


def find_symbols(emo: framing.Lexicon, texts: list[str]) -> int:
    """Part 3: the symbol terms' matches in `texts`, with context to read."""
    only = framing.Lexicon(name="emo", version="1", description="", sources=(), categories=dict(emo.categories),
                           terms=tuple(t for t in emo.terms if framing.dictionary.is_symbol_term(t.term)))
    hits = [(i, m) for i, t in enumerate(texts) for m in framing.find_terms(t, only)]
    print(f"symbol-term matches in {len(texts)} articles ({sum(map(len, texts)) / 1e6:.1f} MB): "
          f"{len(hits)} in {len({i for i, _ in hits})} articles")
    for i, m in hits[:30]:
        t = texts[i]
        print(f"  {m.text!r:8} ...{t[max(0, m.start - 40):m.end + 40]!r}...")
    # Every place the literals occur, matched or not: what the boundaries leave out.
    literal = re.compile("|".join(re.escape(t.term) for t in sorted(only.terms, key=lambda t: -len(t.term))))
    found = {(i, m.start) for i, m in hits}
    missed = [(i, h) for i, t in enumerate(texts) for h in literal.finditer(t) if (i, h.start()) not in found]
    print(f"the literals occur {len(found) + len(missed)} times; not matched: {len(missed)}, e.g.")
    for i, h in random.Random(1).sample(missed, min(20, len(missed))):
        print(f"  {h.group()!r:8} ...{texts[i][max(0, h.start() - 30):h.end() + 30]!r}...")
    return 0

if __name__ == "__main__":
    sys.exit(main())
