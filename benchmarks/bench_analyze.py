"""Throughput of framing.analyze, side by side with peers on the same text in one run.

Prints MB/s (MB = 10**6 characters of article text), articles/s and peak
memory for the full default pipeline (read_corpus with cleaning, then analyze
with its defaults), and the ratios against:

* pySBD's sentence splitting alone (the reference splitter; pip install pysbd),
* Empath's category scoring alone (pip install empath; skipped if missing),
* one compiled-regex pass over the same text (the practical floor of any
  Python text scan).

Peers that are much slower than framing are timed on a slice of the same text
(reported), so a run stays short; their MB/s is what matters for the ratio.

Usage
-----
    python benchmarks/bench_analyze.py                       # example corpus repeated to ~5 MB
    python benchmarks/bench_analyze.py --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz --mb 20
    python benchmarks/bench_analyze.py --corpus ... --all --n-jobs 2     # the whole corpus
    python benchmarks/bench_analyze.py --smoke               # CI: seconds, tiny input
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import resource
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

import framing

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "corpus"


def load_texts(corpus: str | None, *, mb: float | None, smoke: bool) -> pd.DataFrame:
    """Articles as a DataFrame (doc_id, outlet, text), up to `mb` million characters."""
    limit = None if mb is None else int(mb * 1e6)
    rows: list[dict] = []
    total = 0
    if corpus is None or Path(corpus).is_dir():
        folder = Path(corpus) if corpus else EXAMPLE
        base = framing.read_corpus(folder, clean=False).frame
        target = 30_000 if smoke else (limit or 5_000_000)
        i = 0
        while total < target:
            for row in base.itertuples():
                rows.append({"doc_id": f"{row.doc_id}-{i}", "outlet": row.outlet, "text": row.text})
                total += len(row.text)
            i += 1
        return pd.DataFrame(rows)
    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rows.append({"doc_id": str(rec.get("id", len(rows))), "outlet": rec.get("outlet"), "text": rec["text"]})
            total += len(rec["text"])
            if limit is not None and total >= limit:
                break
    return pd.DataFrame(rows)


def _peak_rss_mb() -> float:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_kb, child_kb) / 1024


def time_framing(frame: pd.DataFrame, *, n_jobs: int) -> tuple[float, framing.Analysis]:
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = framing.read_corpus(frame)
    result = framing.analyze(corpus, n_jobs=n_jobs, chunksize=100)
    return time.perf_counter() - t0, result


def time_slice(fn, texts: list[str], budget_chars: int) -> tuple[float, int]:
    """Run fn over texts until budget_chars characters are done; seconds and characters."""
    done = 0
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
        done += len(t)
        if done >= budget_chars:
            break
    return time.perf_counter() - t0, done


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="a .jsonl/.jsonl.gz with a 'text' field, or a folder (default: examples/corpus repeated)")
    ap.add_argument("--mb", type=float, default=20.0, help="million characters to read (default 20)")
    ap.add_argument("--all", action="store_true", help="read the whole corpus (ignores --mb)")
    ap.add_argument("--n-jobs", type=int, default=1, help="worker processes for analyze (default 1)")
    ap.add_argument("--peer-mb", type=float, default=0.3, help="million characters for slow peers (default 0.3)")
    ap.add_argument("--smoke", action="store_true", help="tiny run for CI")
    args = ap.parse_args(argv)

    frame = load_texts(args.corpus, mb=None if args.all else args.mb, smoke=args.smoke)
    texts = frame["text"].tolist()
    n_chars = sum(map(len, texts))
    mb = n_chars / 1e6
    print(f"# bench_analyze  {dt.date.today()}  python {platform.python_version()}  "
          f"{os.cpu_count()} cores  framing {framing.__version__}")
    print(f"corpus: {args.corpus or 'examples/corpus (repeated)'}: {len(texts)} articles, {mb:.2f} MB")

    seconds, result = time_framing(frame, n_jobs=args.n_jobs)
    ours = mb / seconds
    print(f"framing analyze (n_jobs={args.n_jobs}): {seconds:.2f} s, {ours:.2f} MB/s, "
          f"{len(texts) / seconds:.0f} articles/s, {len(result.sentences)} sentences, "
          f"{len(result.matches)} matches; peak RSS {_peak_rss_mb():.0f} MB")

    peer_chars = 20_000 if args.smoke else int(args.peer_mb * 1e6)
    import re

    floor = re.compile(r"\b(?:said|says)\b")
    t, done = time_slice(lambda s: sum(1 for _ in floor.finditer(s)), texts, n_chars)
    regex_mbs = done / 1e6 / t
    print(f"one compiled-regex pass r'\\b(?:said|says)\\b': {regex_mbs:.1f} MB/s "
          f"-> framing is {ours / regex_mbs:.3f}x the floor")

    try:
        import pysbd
    except ImportError:
        print("pySBD: not installed (pip install pysbd) - ratio skipped")
    else:
        seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
        t, done = time_slice(seg.segment, texts, peer_chars)
        sbd = done / 1e6 / t
        print(f"pySBD segmentation alone ({done / 1e6:.2f} MB): {sbd:.3f} MB/s -> framing is {ours / sbd:.0f}x pySBD")

    try:
        from empath import Empath
    except ImportError:
        print("Empath: not installed (pip install empath) - ratio skipped")
    else:
        lexicon = Empath()
        t, done = time_slice(lambda s: lexicon.analyze(s, normalize=True), texts, peer_chars)
        emp = done / 1e6 / t
        print(f"Empath analyze(normalize=True) alone ({done / 1e6:.2f} MB): {emp:.3f} MB/s -> "
              f"framing is {ours / emp:.1f}x Empath")
    return 0


if __name__ == "__main__":
    sys.exit(main())
