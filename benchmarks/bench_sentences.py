"""Benchmark ``framing.sentences`` against pySBD: accuracy and throughput.

Accuracy is pySBD's English "Golden Rules" (48 cases), read from the pySBD
source distribution -- they are not copied into this repository.  Throughput
is measured side by side in one run on the same news text (MB = 10**6 bytes
of UTF-8); pySBD runs on a prefix slice because it is ~100x slower.

Usage::

    python benchmarks/bench_sentences.py                    # examples/corpus repeated to 2 MB
    python benchmarks/bench_sentences.py --corpus news.jsonl.gz --mb 2 --pysbd-mb 0.3
    python benchmarks/bench_sentences.py --golden path/to/english_golden_rules.py
    python benchmarks/bench_sentences.py --smoke            # tiny, a few seconds (CI)

Without ``--golden`` the script looks in its cache directory and otherwise
downloads the pySBD 0.3.3 sdist with ``pip download`` (skipped in
``--smoke``); it says so plainly when it cannot.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import gzip
import json
import os
import platform
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]

from framing.sentences import sentence_spans, split_sentences  # noqa: E402

PYSBD_SDIST = "pysbd==0.3.3"
GOLDEN_MEMBER = "pysbd-0.3.3/benchmarks/english_golden_rules.py"
CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "framing"

Golden = list[tuple[str, list[str]]]


def parse_golden(path: Path) -> Golden:
    """Read GOLDEN_EN_RULES from pySBD's file without executing it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "GOLDEN_EN_RULES" for t in node.targets
        ):
            return [(text, list(exp)) for text, exp in ast.literal_eval(node.value)]
    raise ValueError(f"no GOLDEN_EN_RULES in {path}")


def fetch_golden(download: bool) -> Path | None:
    """Return a cached golden-rules file, downloading the sdist if allowed."""
    cached = CACHE_DIR / "english_golden_rules.py"
    if cached.exists():
        return cached
    if not download:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
               "--no-binary", ":all:", PYSBD_SDIST, "-d", tmp]
        try:
            subprocess.run(cmd, check=True, timeout=300, capture_output=True)
            (sdist,) = Path(tmp).glob("pysbd-*.tar.gz")
            with tarfile.open(sdist) as tar:
                member = tar.extractfile(GOLDEN_MEMBER)
                assert member is not None
                data = member.read()
        except (OSError, ValueError, KeyError, AssertionError,
                subprocess.SubprocessError) as exc:
            print(f"golden rules: could not download the {PYSBD_SDIST} sdist ({exc!r}); "
                  "pass --golden PATH")
            return None
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(data)
    return cached


def score_golden(golden: Golden, split: Callable[[str], list[str]]) -> list[int]:
    """Return the 1-based numbers of the failed cases."""
    return [k for k, (text, expected) in enumerate(golden, 1) if split(text) != expected]


def load_docs(corpus: Path | None, mb: float) -> tuple[list[str], str]:
    """Documents totalling at least ``mb`` MB, and a description of them."""
    limit = mb * 1e6
    docs: list[str] = []
    size = 0
    if corpus is None:
        files = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
        articles = [f.read_text(encoding="utf-8") for f in files]
        if not articles:
            raise SystemExit("no examples/corpus/*.txt; pass --corpus PATH")
        while size < limit:
            for a in articles:
                docs.append(a)
                size += len(a.encode("utf-8"))
        return docs, f"examples/corpus ({len(files)} articles) repeated"
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            docs.append(text)
            size += len(text.encode("utf-8"))
            if size >= limit:
                break
    return docs, str(corpus)


def throughput(fn: Callable[[str], object], docs: list[str], repeat: int) -> float:
    """Best-of-``repeat`` MB/s of ``fn`` applied to every document."""
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t0)
    return mb / best


def prefix(docs: list[str], mb: float) -> list[str]:
    """The first documents of ``docs`` totalling at least ``mb`` MB."""
    out: list[str] = []
    size = 0.0
    for d in docs:
        if size >= mb * 1e6:
            break
        out.append(d)
        size += len(d.encode("utf-8"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--golden", type=Path, help="pySBD benchmarks/english_golden_rules.py")
    ap.add_argument("--corpus", type=Path, help=".jsonl or .jsonl.gz with a 'text' field")
    ap.add_argument("--mb", type=float, default=2.0, help="MB of text for ours (default 2)")
    ap.add_argument("--pysbd-mb", type=float, default=0.3, help="MB slice for pySBD (default 0.3)")
    ap.add_argument("--smoke", action="store_true", help="tiny run for CI, a few seconds")
    args = ap.parse_args(argv)
    if args.smoke:
        args.mb, args.pysbd_mb = 0.02, 0.02

    print(f"date: {dt.datetime.now().isoformat(timespec='seconds')}")
    print(f"machine: nproc={os.cpu_count()} python={platform.python_version()} "
          f"{platform.machine()} {platform.system()}")

    try:
        import pysbd
        seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
        pysbd_split: Callable[[str], list[str]] | None = seg.segment
        print(f"pysbd: {getattr(pysbd, '__version__', '?')}")
    except ImportError:
        pysbd_split = None
        print("pysbd: not installed; skipping the pySBD comparison")

    golden_path = args.golden or fetch_golden(download=not args.smoke)
    if golden_path is None:
        print("golden rules: skipped (no file; pass --golden PATH)")
    else:
        golden = parse_golden(golden_path)
        failed = score_golden(golden, lambda t: [s.text for s in split_sentences(t)])
        print(f"golden rules (ours): {len(golden) - len(failed)}/{len(golden)} "
              f"failed={failed} [{golden_path}]")
        if pysbd_split is not None:
            failed_p = score_golden(golden, lambda t: [s.strip() for s in pysbd_split(t)])
            print(f"golden rules (pySBD): {len(golden) - len(failed_p)}/{len(golden)} "
                  f"failed={failed_p}")

    docs, desc = load_docs(args.corpus, args.mb)
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"text: {desc}: {len(docs)} docs, {size:.2f} MB")
    ours = throughput(lambda d: split_sentences(d), docs, repeat=1 if args.smoke else 3)
    spans = throughput(sentence_spans, docs, repeat=1 if args.smoke else 3)
    print(f"ours split_sentences: {ours:.2f} MB/s")
    print(f"ours sentence_spans:  {spans:.2f} MB/s")
    if pysbd_split is not None:
        sub = prefix(docs, args.pysbd_mb)
        sub_mb = sum(len(d.encode("utf-8")) for d in sub) / 1e6
        theirs = throughput(pysbd_split, sub, repeat=1)
        print(f"pySBD segment:        {theirs:.3f} MB/s (on the first {sub_mb:.2f} MB)")
        print(f"ratio (split_sentences / pySBD): {ours / theirs:.1f}x")
        # How often the two agree, as a sanity check on the text measured.
        theirs_s = [s.strip() for d in sub for s in pysbd_split(d) if s.strip()]
        ours_s = {s.text for d in sub for s in split_sentences(d)}
        same = sum(s in ours_s for s in theirs_s)
        print(f"agreement: {same}/{len(theirs_s)} pySBD sentences also produced by ours")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
