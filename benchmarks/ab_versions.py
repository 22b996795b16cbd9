"""Two versions of framing timed in one process, interleaved: is a change faster?

On a shared machine absolute speed drifts by 30% or more between runs, so a
change is measured against the code before it in the same process, each
version run in turn, best of ``--rounds``. The other version is a checkout
of the repository (``git worktree add ../old <commit>``); both are loaded,
each as its own set of modules, and each runs with its own modules under the
name ``framing`` (the package imports itself absolutely), so its code and
the data it reads with ``importlib.resources`` (lexicons, word lists, the
syllable table) are its own.

Modes
-----
``full``
    ``read_corpus`` with cleaning, then ``analyze(chunksize=100)`` (what
    ``bench_analyze.py`` times): CPU seconds and MB/s of each version.
``quotes``
    ``analyze`` without and with quotes on the texts as read (no cleaning,
    as ``eval_quotes.py --speed``): the cost of quotes and the ratio.

Usage
-----
    git worktree add ../framing-old e4248aa
    python benchmarks/ab_versions.py --base ../framing-old --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz --mb 20
    python benchmarks/ab_versions.py --base ../framing-old --corpus ... --mb 20 --mode quotes
    python benchmarks/ab_versions.py --smoke      # CI: this checkout against itself, tiny input
"""

from __future__ import annotations

import argparse
import gc
import gzip
import importlib.util
import json
import sys
import time
import warnings
from pathlib import Path
from types import ModuleType

import pandas as pd

import framing

ROOT = Path(__file__).resolve().parents[1]


def load_version(checkout: Path) -> ModuleType:
    """The ``framing`` package of another checkout, as its own set of modules.

    The package imports itself absolutely (``from framing.features...``), so
    it is imported under its own name with the checkout first on
    ``sys.path``, its modules are set aside, and this checkout's modules are
    put back. Each version then runs inside :func:`as_framing`, which puts
    its modules under the name ``framing`` for the run, so that imports at
    call time and data read with ``importlib.resources`` (lexicons, word
    lists) are that version's own too.
    """
    init = checkout / "framing" / "__init__.py"
    if not init.is_file():
        raise SystemExit(f"--base {checkout}: no framing/__init__.py there (expected a checkout of this repository)")
    ours = {k: v for k, v in sys.modules.items() if k == "framing" or k.startswith("framing.")}
    for k in ours:
        del sys.modules[k]
    sys.path.insert(0, str(checkout))
    try:
        data = checkout / "lexicons" / "__init__.py"
        if data.is_file() and not (checkout / "framing" / "lexicons").exists():
            # framing.lexicons is built from the top-level lexicons/ folder: an editable install maps
            # that name to its own checkout, so the other checkout's folder is put in its place
            spec = importlib.util.spec_from_file_location(
                "framing.lexicons", data, submodule_search_locations=[str(data.parent)])
            assert spec is not None and spec.loader is not None
            lexicons = importlib.util.module_from_spec(spec)
            sys.modules["framing.lexicons"] = lexicons
            spec.loader.exec_module(lexicons)
        module = importlib.import_module("framing")
        if Path(module.__file__).resolve() != init.resolve():
            raise SystemExit(f"--base {checkout}: imported {module.__file__} instead")
        theirs = {k: v for k, v in sys.modules.items() if k == "framing" or k.startswith("framing.")}
    finally:
        sys.path.remove(str(checkout))
        for k in [k for k in sys.modules if k == "framing" or k.startswith("framing.")]:
            del sys.modules[k]
        sys.modules.update(ours)
    _MODULES[id(module)] = theirs
    return module


_MODULES: dict[int, dict[str, ModuleType]] = {}


def as_framing(version: ModuleType, fn):
    """Run `fn` with `version`'s modules as ``framing`` (this checkout's are put back after)."""
    mods = _MODULES.get(id(version))
    if mods is None:  # this checkout
        return fn()
    ours = {k: v for k, v in sys.modules.items() if k == "framing" or k.startswith("framing.")}
    # Ours are taken out first: a module of ours that the other version has not
    # imported yet (framing.data, read lazily with importlib.resources) would
    # otherwise stay and be used as its own.
    for k in ours:
        del sys.modules[k]
    sys.modules.update(mods)
    try:
        return fn()
    finally:
        for k in [k for k in sys.modules if k == "framing" or k.startswith("framing.")]:
            del sys.modules[k]
        sys.modules.update(ours)


def read_texts(corpus: str | None, mb: float) -> list[str]:
    """The first `mb` million characters of a JSON Lines (.gz) corpus, or the example corpus repeated."""
    limit = mb * 1e6
    texts: list[str] = []
    total = 0
    if corpus:
        opener = gzip.open if corpus.endswith(".gz") else open
        with opener(corpus, "rt", encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                texts.append(text)
                total += len(text)
                if total >= limit:
                    break
        return texts
    base = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]
    while total < limit:
        texts.extend(base)
        total += sum(map(len, base))
    return texts


def cpu(fn) -> float:
    gc.collect()
    t = time.process_time()
    fn()
    return time.process_time() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, help="a checkout of the version to compare against")
    ap.add_argument("--corpus", help="JSON Lines (.gz) with a 'text' field (default: the example corpus repeated)")
    ap.add_argument("--mb", type=float, default=5.0, help="million characters of text")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--mode", choices=["full", "quotes"], default="full")
    ap.add_argument("--smoke", action="store_true", help="tiny run for CI: this checkout against itself")
    args = ap.parse_args(argv)
    if args.smoke:
        args.base, args.mb, args.rounds = ROOT, 0.05, 1
    if args.base is None:
        ap.error("--base is required (or --smoke)")
    base = load_version(args.base.resolve())
    texts = read_texts(args.corpus, args.mb)
    mb = sum(map(len, texts)) / 1e6
    frame = pd.DataFrame({"outlet": ["x"] * len(texts), "text": texts})
    versions = {"base": base, "this": framing}
    warnings.simplefilter("ignore")
    if args.mode == "full":
        runs = {name: (lambda p=p: as_framing(p, lambda: p.analyze(p.read_corpus(frame), chunksize=100)))
                for name, p in versions.items()}
    else:
        corpora = {name: as_framing(p, lambda p=p: p.read_corpus(frame, clean=False)) for name, p in versions.items()}
        runs = {}
        for name, p in versions.items():
            for flag in (False, True):
                runs[f"{name}, quotes={flag}"] = (
                    lambda p=p, c=corpora[name], f=flag: as_framing(p, lambda: p.analyze(c, quotes=f)))
    for fn in runs.values():
        fn()  # warm-up: lexicons compiled, caches filled
    times: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(args.rounds):
        for name, fn in runs.items():
            times[name].append(cpu(fn))
    best = {k: min(v) for k, v in times.items()}
    print(f"# ab_versions  base {args.base}  {mb:.1f} MB, {len(texts)} articles, mode {args.mode}, "
          f"CPU time, best of {args.rounds}")
    if args.mode == "full":
        for name in versions:
            print(f"{name:5s} {best[name]:.2f} s  {mb / best[name]:.2f} MB/s")
        print(f"this/base time {best['this'] / best['base']:.3f}")
    else:
        for name in versions:
            off, on = best[f"{name}, quotes=False"], best[f"{name}, quotes=True"]
            print(f"{name:5s} without quotes {off:.2f} s, with {on:.2f} s, quote cost {on - off:.2f} s, ratio {on / off:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
