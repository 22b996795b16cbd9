"""Time every comparison function on the whole AllSides analysis (37,554 articles, 491 outlets).

The analysis itself (``framing.analyze`` on the full corpus) is produced once
with ``--n-jobs`` workers and cached as a pickle under ``--cache`` (default
``benchmarks/output/``, gitignored): only the comparison functions are
timed, each on one core, each run once (they are seeded and deterministic).

Usage
-----
    python benchmarks/bench_compare.py --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz
    python benchmarks/bench_compare.py --corpus ... --only compare,sourcing
    python benchmarks/bench_compare.py --smoke     # CI: the example corpus, seconds, no data needed

Printed: one line per function with wall-clock and CPU seconds (the machine
may be shared: CPU seconds of this single-threaded process are the cost) and
the rows of its table. BLAS is held to one thread.
The corpus is never copied: the cache holds the analysis tables (derived
counts, offsets and the cleaned texts the offsets refer to) and stays outside
the repository's tracked files.
"""

from __future__ import annotations

import os

# One core: the targets are for one core, and BLAS threads would hide the cost.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import pickle  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import pandas as pd  # noqa: E402

import framing  # noqa: E402

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "corpus"


def read_allsides(path: str, *, limit: int | None = None) -> pd.DataFrame:
    """The AllSides JSONL as a corpus frame (doc_id = AllSides ``id``)."""
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rows.append({"doc_id": str(rec["id"]), "outlet": rec.get("outlet"), "date": rec.get("date"),
                         "title": rec.get("title"), "topic": rec.get("topic"), "text": rec["text"]})
            if limit is not None and len(rows) >= limit:
                break
    return pd.DataFrame(rows)


def cached_analysis(corpus: str, *, cache: Path, n_jobs: int, limit: int | None = None) -> framing.Analysis:
    """The analysis of the corpus, computed once and pickled under `cache`."""
    cache.mkdir(parents=True, exist_ok=True)
    name = f"allsides_analysis{'' if limit is None else f'_{limit}'}.pkl"
    target = cache / name
    if target.exists():
        try:
            with open(target, "rb") as fh:
                return pickle.load(fh)
        except (ImportError, AttributeError, pickle.UnpicklingError) as err:  # made by an older layout
            print(f"cache {target} unreadable ({err}); analysing again", file=sys.stderr)
    frame = read_allsides(corpus, limit=limit)
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = framing.analyze(frame, n_jobs=n_jobs)
    print(f"analyze: {len(frame):,} articles in {time.perf_counter() - t0:.1f} s with n_jobs={n_jobs} "
          f"(cached to {target})", flush=True)
    tmp = target.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, target)
    return result


def _functions(result: framing.Analysis, *, top: int) -> dict[str, object]:
    events: dict[str, pd.DataFrame] = {}

    def match() -> pd.DataFrame:
        events["table"] = framing.match_events(result)
        return events["table"]

    def within() -> pd.DataFrame:
        if "table" not in events:
            match()
        story = events["table"][["doc_id", "event"]].rename(columns={"event": "story"})
        arts = result.articles.merge(story, on="doc_id", how="left")
        return framing.compare_within(arts, within="story")

    return {
        "compare": lambda: framing.compare(result),
        "compare_pairs": lambda: framing.compare_pairs(result, top=top),
        "compare_voice": lambda: framing.compare_voice(result),
        "sourcing": lambda: framing.sourcing(result),
        "match_events": match,
        "compare_within": within,
        "rates_over_time": lambda: framing.rates_over_time(result, freq="M"),
    }


def run(result: framing.Analysis, *, only: list[str] | None, top: int) -> list[dict[str, object]]:
    out = []
    arts = result.articles
    print(f"{len(arts):,} articles, {arts['outlet'].nunique():,} outlets, "
          f"{len(framing.select_features(arts))} features; python {platform.python_version()}, "
          f"{platform.machine()}, {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC", flush=True)
    for name, fn in _functions(result, top=top).items():
        if only and name not in only:
            continue
        t0, c0 = time.perf_counter(), time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            table = fn()
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        out.append({"function": name, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
                    "rows": len(table)})
        print(f"{name:>14}: {seconds:7.2f} s wall, {cpu:7.2f} s CPU  {len(table):>9,} rows", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="allsides-baly2020.jsonl.gz")
    parser.add_argument("--cache", type=Path, default=HERE / "output")
    parser.add_argument("--n-jobs", type=int, default=2, help="workers for the (cached) analysis")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--only", default=None, help="comma-separated function names")
    parser.add_argument("--top", type=int, default=10, help="compare_pairs: the k largest groups")
    parser.add_argument("--smoke", action="store_true", help="tiny example corpus, no data needed")
    args = parser.parse_args(argv)
    only = args.only.split(",") if args.only else None
    if args.smoke or not args.corpus:
        if not args.smoke:
            print("no --corpus given: timing the example corpus (use --smoke in CI)", file=sys.stderr)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = framing.analyze(framing.read_corpus(EXAMPLE))
        run(result, only=only, top=args.top)
        return 0
    if not Path(args.corpus).exists():
        print(f"--corpus {args.corpus}: no such file; nothing timed", file=sys.stderr)
        return 2
    result = cached_analysis(args.corpus, cache=args.cache, n_jobs=args.n_jobs, limit=args.limit)
    run(result, only=only, top=args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
