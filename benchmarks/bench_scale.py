"""Scale checks for framing.analyze: whole-corpus runs, streaming memory, linear cost.

Three modes, each printing its figures with the machine and date:

``--mode full``
    The whole corpus (``framing.analyze(frame, n_jobs=...)``: reading,
    cleaning on the workers, and the default pipeline) with ``--n-jobs``
    workers: seconds, MB/s, articles/s, peak RSS of this process and of its
    workers. With ``--check-equal`` it also runs ``n_jobs=1`` and checks that
    every table is identical and in document order.
``--mode stream``
    ``framing.analyze_iter`` over the corpus read ``--repeat`` times over,
    keeping only the article tables: peak RSS after the first pass and after
    the last (flat means memory does not grow with corpus size).
``--mode linear``
    Articles of 1x, 10x and 100x the median length (built by concatenating
    real articles): seconds per MB for each (constant means linear).

Usage
-----
    python benchmarks/bench_scale.py --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz --mode full --n-jobs 2 --check-equal
    python benchmarks/bench_scale.py --corpus ... --mode stream --repeat 10
    python benchmarks/bench_scale.py --corpus ... --mode linear
    python benchmarks/bench_scale.py --smoke        # CI: every mode on tiny input
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import resource
import statistics
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

import framing

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def _rss_mb() -> tuple[float, float]:
    """Peak RSS (MB) of this process and of its largest finished child."""
    return (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    )


class _TreeRSS:
    """Samples the resident memory of this process and all its descendants (Linux /proc).

    Worker processes may be children of a fork server rather than of this
    process, so getrusage(RUSAGE_CHILDREN) does not see them; sampling does.
    """

    def __init__(self, interval: float = 0.25) -> None:
        import threading

        self.peak_mb = 0.0
        self.peaks: dict[int, float] = {}  # pid -> its own peak (MB), this process included
        self._stop = threading.Event()
        self._interval = interval
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "_TreeRSS":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, self.sample(self.peaks))
            self._stop.wait(self._interval)

    def others_mb(self) -> list[float]:
        """The peak RSS of each other process of the tree, largest first."""
        return sorted((v for pid, v in self.peaks.items() if pid != os.getpid()), reverse=True)

    @staticmethod
    def sample(peaks: dict[int, float] | None = None) -> float:
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        tree, frontier = {os.getpid()}, [os.getpid()]
        while frontier:
            pid = frontier.pop()
            for child, parent in parents.items():
                if parent == pid and child not in tree:
                    tree.add(child)
                    frontier.append(child)
        if peaks is not None:
            for p in tree:
                peaks[p] = max(peaks.get(p, 0.0), rss.get(p, 0) / 2**20)
        return sum(rss.get(p, 0) for p in tree) / 2**20


def _current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # not Linux
        return float("nan")


def iter_frames(corpus: str | None, *, chunksize: int, limit: int | None) -> Iterator[pd.DataFrame]:
    """Chunks of (doc_id, outlet, text) from a .jsonl(.gz), or the example corpus."""
    if corpus is None:
        base = framing.read_corpus(EXAMPLE, clean=False).frame[["doc_id", "outlet", "text"]]
        reps = max(1, (limit or 50) // len(base))
        frame = pd.concat([base] * reps, ignore_index=True)
        frame["doc_id"] = [f"{d}-{i}" for i, d in enumerate(frame["doc_id"])]
        for i in range(0, len(frame), chunksize):
            yield frame.iloc[i : i + chunksize]
        return
    opener = gzip.open if corpus.endswith(".gz") else open
    rows: list[dict] = []
    n = 0
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rows.append({"doc_id": str(rec["id"]), "outlet": rec.get("outlet"), "text": rec["text"]})
            n += 1
            if len(rows) >= chunksize:
                yield pd.DataFrame(rows)
                rows = []
            if limit is not None and n >= limit:
                break
    if rows:
        yield pd.DataFrame(rows)


def mode_full(args: argparse.Namespace) -> None:
    frame = pd.concat(iter_frames(args.corpus, chunksize=5000, limit=args.limit), ignore_index=True)
    mb = frame["text"].str.len().sum() / 1e6
    loaded = _current_rss_mb()  # this process with the benchmark's own copy of the input
    t0 = time.perf_counter()
    with _TreeRSS() as tree:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # Reading and cleaning are part of the run (cleaned on the workers).
            result = framing.analyze(frame, n_jobs=args.n_jobs)
    seconds = time.perf_counter() - t0
    own, _ = _rss_mb()
    print(f"full: {len(frame)} articles, {mb:.1f} MB, n_jobs={args.n_jobs}: {seconds:.1f} s, "
          f"{mb / seconds:.2f} MB/s ({mb / seconds / args.n_jobs:.2f} MB/s per worker), "
          f"{len(frame) / seconds:.0f} articles/s; peak RSS main process {own:.0f} MB "
          f"({loaded:.0f} MB before analyze, holding the input), "
          f"main + workers (sampled) {tree.peak_mb:.0f} MB; other processes' own peaks: "
          f"{', '.join(f'{v:.0f}' for v in tree.others_mb()) or 'none'} MB")
    print(f"      tables: {', '.join(f'{k} {len(v)}' for k, v in _tables(result).items())}")
    if args.check_equal and args.n_jobs > 1:
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            single = framing.analyze(frame, n_jobs=1)
        print(f"      n_jobs=1: {time.perf_counter() - t0:.1f} s")
        for name, table in _tables(result).items():
            pd.testing.assert_frame_equal(table, _tables(single)[name], obj=name)
        assert result.articles["doc_id"].tolist() == frame["doc_id"].astype(str).tolist()
        print("      n_jobs=1 and n_jobs>1 tables identical, in document order: OK")


def _tables(result: framing.Analysis) -> dict[str, pd.DataFrame]:
    return {k: v for k, v in vars(result).items() if isinstance(v, pd.DataFrame)}


def mode_stream(args: argparse.Namespace) -> None:
    def source() -> Iterator[pd.DataFrame]:
        for rep in range(args.repeat):
            for chunk in iter_frames(args.corpus, chunksize=args.chunksize, limit=args.limit):
                chunk = chunk.copy()
                chunk["doc_id"] = chunk["doc_id"] + f"#{rep}"
                yield chunk

    n_docs = 0
    mb = 0.0
    after_first = None
    per_pass = None
    t0 = time.perf_counter()
    article_rows: list[pd.DataFrame] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for part in framing.analyze_iter(source(), chunksize=args.chunksize, n_jobs=args.n_jobs):
            n_docs += len(part.articles)
            mb += part.corpus.frame["text"].str.len().sum() / 1e6
            # Keep a running total only: a streaming consumer does not hoard tables.
            article_rows.append(part.articles[["doc_id", "n_words"]])
            if per_pass is None and "#1" in part.articles["doc_id"].iloc[0]:
                per_pass = n_docs - len(part.articles)
                after_first = _rss_mb()[0]
    seconds = time.perf_counter() - t0
    peak = _rss_mb()[0]
    print(f"stream: corpus read {args.repeat}x over, chunksize {args.chunksize}: {n_docs} articles, "
          f"{mb:.1f} MB in {seconds:.1f} s ({mb / seconds:.2f} MB/s)")
    print(f"        peak RSS after pass 1: {after_first or peak:.0f} MB; after pass {args.repeat}: {peak:.0f} MB "
          f"(current {_current_rss_mb():.0f} MB; article rows kept: {sum(len(a) for a in article_rows)})")


def mode_linear(args: argparse.Namespace) -> None:
    frames = list(iter_frames(args.corpus, chunksize=2000, limit=args.limit or 2000))
    texts = pd.concat(frames)["text"].tolist()
    median = int(statistics.median(len(t) for t in texts))
    pool = "\n\n".join(texts)
    print(f"linear: median article {median} characters")
    # Warm up first (lexicons compiled, dictionaries loaded, caches filled on
    # the same text), so that one-off costs do not land on the 1x figure.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        framing.analyze(framing.read_corpus(pd.DataFrame({"outlet": "x", "text": texts[:200]})))
    base = None
    for factor in (1, 10, 100):
        size = median * factor
        n_docs = max(1, (2_000_000 if not args.smoke else 20_000) // size)
        docs = [pool[(i * size) % max(1, len(pool) - size):][:size] for i in range(n_docs)]
        frame = pd.DataFrame({"outlet": "x", "text": docs})
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = framing.read_corpus(frame)
        t0 = time.perf_counter()
        framing.analyze(corpus)
        seconds = time.perf_counter() - t0
        mb = sum(map(len, docs)) / 1e6
        per_mb = seconds / mb
        base = base or per_mb
        print(f"        {factor:>3}x ({size} chars, {n_docs} docs, {mb:.2f} MB): {per_mb:.3f} s/MB "
              f"({per_mb / base:.2f}x the 1x cost per MB)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="a .jsonl/.jsonl.gz with id, outlet, text (default: examples/corpus repeated)")
    ap.add_argument("--mode", choices=["full", "stream", "linear"], default="full")
    ap.add_argument("--n-jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None, help="read at most this many articles")
    ap.add_argument("--repeat", type=int, default=10, help="stream mode: passes over the corpus")
    ap.add_argument("--chunksize", type=int, default=2000, help="stream mode: articles per chunk")
    ap.add_argument("--check-equal", action="store_true", help="full mode: also run n_jobs=1 and compare")
    ap.add_argument("--smoke", action="store_true", help="CI: every mode on tiny input, in seconds")
    args = ap.parse_args(argv)
    print(f"# bench_scale  {dt.date.today()}  python {platform.python_version()}  {os.cpu_count()} cores  "
          f"framing {framing.__version__}")
    if args.smoke:
        args.corpus, args.limit, args.repeat, args.chunksize = None, 40, 2, 10
        for mode in (mode_full, mode_stream, mode_linear):
            args.check_equal = True
            mode(args)
        return 0
    {"full": mode_full, "stream": mode_stream, "linear": mode_linear}[args.mode](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
