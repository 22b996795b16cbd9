"""Does cleaning keep the prose of articles whose line breaks were flattened?

Many CSV and JSON exports flatten an article to one line. Whole-line cleaning
rules then see the whole article as "the line" (issue 16 #1: 958 of 37,554
AllSides articles were emptied that way). This script cleans every article
twice, as published (with its line breaks) and flattened to one line (every
run of line breaks replaced by a space), and compares the words kept:

* emptied: the flattened article is left with no words;
* kept < 90%: the flattened article keeps fewer than 90% of the words the
  line-structured article keeps after cleaning (prose lost);
* residue: debris markers left in the flattened cleaned text ("Image
  copyright", "Hide Caption", "JUST WATCHED", "FILE PHOTO", "REUTERS/").

Only articles outside the test splits are read (``split_random`` and
``split_media`` not ``test``): the held-out rows stay unread.

Usage::

    python benchmarks/flattened_cleaning.py --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz
    python benchmarks/flattened_cleaning.py --smoke       # CI: a few built-in articles
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
import time
from pathlib import Path

from framing import clean_text

RESIDUE = ("Image copyright", "Hide Caption", "JUST WATCHED", "FILE PHOTO", "REUTERS/")
SMOKE = [
    ("BBC", "Image copyright AP\n\nDonald Trump has poured scorn on intelligence claims.\n\nHe said so on Twitter."),
    ("CNN", "Story highlights Nixon notes the over-militarization of police\n\nJUST WATCHED Militarizing the police "
            "Replay More Videos ... MUST WATCH Militarizing the police 03:02\n\nThe governor spoke on Sunday."),
    ("Reuters", "FILE PHOTO: A voter casts his ballot in Miami. REUTERS/Hans Deryk/File Photo\n\nThe guidebook "
                "shown to Reuters calls for campaign leaders to emphasize security."),
]


def load(path: str | None, limit: int | None) -> list[tuple[str, str]]:
    """(outlet, text) of each article outside the test splits."""
    if path is None:
        return SMOKE
    out = []
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if "test" in (rec.get("split_random"), rec.get("split_media")):
                continue
            out.append((rec.get("outlet") or "", rec["text"]))
            if limit and len(out) >= limit:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", help="JSON Lines (.gz) with outlet and text, e.g. AllSides")
    ap.add_argument("--limit", type=int, help="read at most this many articles")
    ap.add_argument("--smoke", action="store_true", help="a few built-in articles (CI)")
    args = ap.parse_args(argv)
    corpus = None if args.smoke else args.corpus
    if corpus is not None and not Path(corpus).exists():
        print(f"corpus not found: {corpus}; nothing measured")
        return 0
    docs = load(corpus, args.limit)
    n_emptied = n_short = 0
    per_outlet: collections.Counter[str] = collections.Counter()
    short_outlet: collections.Counter[str] = collections.Counter()
    residue: collections.Counter[str] = collections.Counter()
    worst: list[tuple[float, str, str]] = []
    t0 = time.perf_counter()
    for outlet, text in docs:
        per_outlet[outlet] += 1
        kept_lines = len(clean_text(text).text.split())
        flat = clean_text(re.sub(r"\s*\n\s*", " ", text)).text
        kept_flat = len(flat.split())
        if kept_flat == 0:
            n_emptied += 1
        ratio = kept_flat / kept_lines if kept_lines else 1.0
        if ratio < 0.9:
            n_short += 1
            short_outlet[outlet] += 1
            worst.append((ratio, outlet, flat[:160]))
        for marker in RESIDUE:
            if marker in flat:
                residue[marker] += 1
    seconds = time.perf_counter() - t0
    print(f"articles: {len(docs)} ({'built-in smoke set' if corpus is None else corpus}, test splits excluded); "
          f"cleaned twice in {seconds:.1f} s")
    print(f"flattened articles emptied: {n_emptied}")
    print(f"flattened articles keeping < 90% of the line-structured article's cleaned words: {n_short}")
    for outlet, n in short_outlet.most_common(8):
        print(f"  {outlet}: {n} of {per_outlet[outlet]}")
    for ratio, outlet, head in sorted(worst)[:5]:
        print(f"  worst {ratio:.2f} {outlet}: {head!r}")
    print("articles with debris left after cleaning the flattened text: "
          + (", ".join(f"{m!r} {n}" for m, n in residue.most_common()) or "none"))
    if args.smoke and (n_emptied or n_short):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
