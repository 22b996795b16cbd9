"""Pathological inputs: does the cost grow with the text, and no faster?

Each shape is one document built to 10 KB, 100 KB and 1 MB (10**3 characters
x 10, 100, 1000) and run through the whole pipeline (``read_corpus`` with
cleaning, then ``analyze`` with the default lexicons, quotes, passives and
readability), on one core. The script prints the seconds for each size and
the growth ratio from one size to the next: linear cost gives about 10x per
10x of text. Targets (issue 16 #10): every shape at 1 MB within 3 s, and 10x
the size never more than 15x the time.

Shapes:

* ``unpunctuated_negation``: "it is not clear that the plan is likely to work "
  repeated without punctuation (negation checks scanned to the clause break);
* ``said_quote_said``: 'text said "q" he said. ' repeated (quote attribution
  searched to the end of the unit for every cue);
* ``nested_mixed_quotes``: nested and mixed quotation marks, unbalanced;
* ``one_line_caption``: debris glued to prose on one line (inline cleaning);
* ``short_name_repeated``: "Donald Trump met Mike Pence on Monday. The plan
  will work, Trump said. " repeated (each short name was checked against
  every full name written before it);
* ``unpunctuated_claims``: relative gaps, "quoted X as saying" and reported
  questions in text without punctuation (the end of a gap's clause, of a
  question, of a request or label, a second poll share and a clause's
  trailing conjunction were each looked for to the end of the sentence:
  quadratic; each look is now bounded, and a reported clause is read at
  most 1,000 characters on);
* ``unattributed_quotes``: quotations without a cue, one after another in
  one paragraph, with requests in opening "If" clauses (a pull quote's
  paragraph start and an opening clause's comma were looked for back to the
  paragraph's start: quadratic in a 1 MB paragraph);
* ``one_paragraph_news``: real news flattened into one paragraph (AllSides,
  articles outside the test splits), when ``--corpus`` is given and present.

Usage::

    python benchmarks/pathological.py                       # synthetic shapes, 10 KB .. 1 MB
    python benchmarks/pathological.py --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz
    python benchmarks/pathological.py --smoke               # CI: 1 KB and 10 KB, seconds
    python benchmarks/pathological.py --only quote --repeat 3   # best of 3 runs (a shared machine)

It also reports the peak memory that cleaning a one-line article of
``--memory-mb`` MB (default 50) adds in a fresh process (issue 16 #11: a
200 MB one-line file peaked at 5.9 GB).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd

import framing

UNIT = "it is not clear that the plan is likely to work and officials never said it would "
SHAPES: dict[str, Callable[[int], str]] = {
    "unpunctuated_negation": lambda n: (UNIT * (n // len(UNIT) + 1))[:n],
    "said_quote_said": lambda n: ("text said \u201cq\u201d he said. " * (n // 24 + 1))[:n],
    "nested_mixed_quotes": lambda n: (
        "He said \u201cshe told me 'they said \"no\" and \u2018left\u2019' before\u201d and \u00abthen "
        * (n // 70 + 1)
    )[:n],
    "one_line_caption": lambda n: (
        "Image copyright AP Image caption A crowd gathered. FILE PHOTO: A man. REUTERS/Yuri Gripas/File Photo "
        "The senator said the plan would not work and many agreed. " * (n // 160 + 1)
    )[:n],
    "short_name_repeated": lambda n: (
        "Donald Trump met Mike Pence on Monday. The plan will work, Trump said. " * (n // 71 + 1)
    )[:n],
    "unpunctuated_claims": lambda n: (
        "a change which officials said will take effect and reuters quoted the minister as saying the port "
        "would reopen and when asked by a reporter whether it works they said it does " * (n // 175 + 1)
    )[:n],
    "unattributed_quotes": lambda n: (
        "\u201cWe will keep going.\u201d If the mayor asks the council to act, it may. " * (n // 74 + 1)
    )[:n],
}


def news_paragraph(path: str) -> Callable[[int], str]:
    """Real news flattened into one paragraph, read once up to 1 MB."""
    parts: list[str] = []
    total = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if "test" in (rec.get("split_random"), rec.get("split_media")):
                continue
            text = " ".join(rec["text"].split())
            parts.append(text)
            total += len(text) + 1
            if total > 1_000_000:
                break
    whole = " ".join(parts)
    return lambda n: whole[:n]


def run(text: str, repeat: int = 1) -> float:
    """Seconds for the whole pipeline on one document: the best of `repeat` runs."""
    frame = pd.DataFrame({"doc_id": ["x"], "outlet": ["X"], "text": [text]})
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            framing.analyze(frame, progress=False)
        best = min(best, time.perf_counter() - t0)
    return best


_MEMORY_CHILD = """
import resource, sys
from framing import clean_text
n = int(sys.argv[1])
unit = "The senator said the plan would not work and many agreed with her on Tuesday. "
text = "Image copyright AP " + (unit * (n // len(unit) + 1))[:n]
clean_text("Warm up.")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out = clean_text(text)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{(peak - base) / 1024:.0f}")
"""


def cleaning_memory(mb: float) -> float:
    """Peak memory (MB) that cleaning a one-line article of `mb` MB adds, in a fresh process."""
    import subprocess

    out = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, str(int(mb * 1e6))], capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", help="AllSides JSON Lines (.gz) for the real one-paragraph shape")
    ap.add_argument("--smoke", action="store_true", help="1 KB and 10 KB only (CI)")
    ap.add_argument("--only", help="run only the shapes whose name contains this")
    ap.add_argument("--repeat", type=int, default=1,
                    help="time each document this many times and keep the best (other load on the machine only adds)")
    ap.add_argument("--memory-mb", type=float, default=50.0,
                    help="also report the memory cleaning a one-line article of this size adds (0: skip)")
    args = ap.parse_args(argv)
    sizes = [1_000, 10_000] if args.smoke else [10_000, 100_000, 1_000_000]
    shapes = dict(SHAPES)
    if args.corpus and not args.smoke:
        if Path(args.corpus).exists():
            shapes["one_paragraph_news"] = news_paragraph(args.corpus)
        else:
            print(f"corpus not found: {args.corpus}; the real-news shape is skipped")
    if args.only:
        shapes = {k: v for k, v in shapes.items() if args.only in k}
    run("Warm up. The imports and lexicons are loaded here.")
    print(f"framing {framing.__version__}; seconds per document of each size (one core), and growth per 10x")
    print(f"{'shape':<24}" + "".join(f"{s // 1000:>8} KB" for s in sizes) + "   growth      target")
    failed = False
    for name, make in shapes.items():
        times = [run(make(size), args.repeat) for size in sizes]
        growth = [b / max(a, 1e-3) for a, b in zip(times, times[1:])]
        ok = all(g <= 15 for g in growth[-1:]) and (args.smoke or times[-1] <= 3.0)
        failed |= not ok
        print(f"{name:<24}" + "".join(f"{t:>11.3f}" for t in times) + "   "
              + " ".join(f"{g:>5.1f}x" for g in growth) + f"   {'met' if ok else 'MISSED'}")
    if args.memory_mb:
        mb = 1.0 if args.smoke else args.memory_mb
        print(f"cleaning one line of {mb:g} MB (starting with 'Image copyright AP'): peak memory "
              f"+{cleaning_memory(mb):.0f} MB over the text itself (the cleaned copy is {mb:g} MB of it)")
    return 1 if failed and not args.smoke else 0


if __name__ == "__main__":
    sys.exit(main())
