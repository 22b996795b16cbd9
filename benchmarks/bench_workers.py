"""Worker start-up with a large lexicon: compiled once and inherited, or once per worker?

Builds a synthetic lexicon of ``--terms`` random words, then runs
``framing.analyze(..., n_jobs=2)`` on a small corpus twice, in fresh
subprocesses: with the default start method (forked workers on Linux, which
inherit the lexicon compiled in the main process) and with ``forkserver``
(each worker compiles the lexicon itself, as before issue 16). Prints the wall
time of each and their ratio.

Usage::

    python benchmarks/bench_workers.py --terms 50000
    python benchmarks/bench_workers.py --smoke        # CI: 2,000 terms
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path


def write_lexicon(path: Path, n_terms: int) -> int:
    rng = random.Random(1)
    letters = "abcdefghijklmnopqrstuvwxyz"
    terms = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(5, 10))) for _ in range(n_terms)})
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("name: big\nversion: '1'\ndescription: synthetic\ncategories:\n  a:\n    description: d\n    terms:\n")
        fh.writelines(f"      - {t}\n" for t in terms)
    return len(terms)


def run(lexicon: str, method: str) -> None:
    import pandas as pd

    import framing
    import framing.analysis._pool as pool

    if method != "default":
        pool._start_method = lambda: method  # type: ignore[assignment]
    lex = framing.load_lexicon(lexicon)
    frame = pd.DataFrame({"outlet": ["A", "B"] * 200,
                          "text": ["The plan may work, officials said, but critics doubt it."] * 400})
    corpus = framing.read_corpus(frame)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        framing.analyze(corpus, lexicons=[lex], n_jobs=2, chunksize=50, quotes=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--terms", type=int, default=50_000)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--run", nargs=2, metavar=("LEXICON", "METHOD"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.run:
        run(*args.run)
        return 0
    n = 2_000 if args.smoke else args.terms
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.yaml"
        n = write_lexicon(path, n)
        times = {}
        for method in ("default", "forkserver"):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, __file__, "--run", str(path), method], check=True)
            times[method] = time.perf_counter() - t0
    print(f"{n} terms, n_jobs=2, 400 short articles (wall time of the whole run, interpreter start included):")
    print(f"  default start method (fork on Linux: compiled once, inherited): {times['default']:.1f} s")
    print(f"  forkserver (compiled again in every worker): {times['forkserver']:.1f} s")
    print(f"  ratio: {times['forkserver'] / times['default']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
