"""Do outlets' distinctive words hold outlet names or format residue after cleaning?

Reads AllSides (articles outside the test splits), keeps outlets with at least
``--min-articles`` articles and up to ``--per-outlet`` of each (the first in
file order), cleans them with ``read_corpus`` (and, with ``--flatten``, first
flattens every article to one line), and lists each outlet's top ``--top``
distinctive words (``framing.distinctive_words``, own names dropped by
default). It then flags, per outlet:

* own name: a word of the outlet's own name (should be none by default);
* other outlet: a word of another kept outlet's name (reported, not an error:
  "Fox" in a CNN story is content);
* residue: a word of the format-debris list below (captions, credits, players).

Usage::

    python benchmarks/distinctive_residue.py --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz
    python benchmarks/distinctive_residue.py --corpus ... --flatten
    python benchmarks/distinctive_residue.py --smoke          # CI: built-in texts
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

import framing
from framing.comparison.distinctive import _name_word_test

# Words that only format debris would make distinctive (lower case, as counted).
RESIDUE = {
    "image", "copyright", "caption", "hide", "photos", "gallery", "watched", "replay", "videos", "highlights",
    "listen", "updated", "advertisement", "getty", "images", "photo", "file", "toggle", "playback", "enlarge",
    "slideshow", "continue", "reading", "story", "click", "subscribe", "newsletter", "reprint", "permission",
    "contributed", "pullquote", "ap", "afp", "epa", "gripas", "ernst", "lamarque", "explained",
}
SMOKE = [
    ("CNN (Web News)", "Story highlights The senate voted.\n\nJUST WATCHED Vote Replay More Videos ... MUST WATCH "
                       "Vote 01:29\n\nCNN's team reported the senate vote on the budget."),
    ("Reuters", "FILE PHOTO: A senator. REUTERS/Yuri Gripas/File Photo\n\nLawmakers told Reuters the budget "
                "vote would pass."),
    ("BBC News", "Image copyright AP Image caption A senator\n\nThe budget passed, the BBC understands."),
] * 3


def load(path: str | None, *, min_articles: int, per_outlet: int) -> pd.DataFrame:
    if path is None:
        return pd.DataFrame(SMOKE, columns=["outlet", "text"])
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if "test" in (rec.get("split_random"), rec.get("split_media")):
                continue
            rows.append((rec.get("outlet") or "", rec["text"]))
    frame = pd.DataFrame(rows, columns=["outlet", "text"])
    sizes = frame["outlet"].value_counts()
    keep = sizes[sizes >= min_articles].index
    frame = frame[frame["outlet"].isin(keep)]
    return frame.groupby("outlet", sort=False).head(per_outlet).reset_index(drop=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", help="AllSides JSON Lines (.gz)")
    ap.add_argument("--min-articles", type=int, default=500)
    ap.add_argument("--per-outlet", type=int, default=400)
    ap.add_argument("--top", type=int, default=50)
    ap.add_argument("--flatten", action="store_true", help="flatten each article to one line before cleaning")
    ap.add_argument("--keep-own-name", action="store_true", help="distinctive_words(drop_own_name=False)")
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args(argv)
    corpus_path = None if args.smoke else args.corpus
    if corpus_path is not None and not Path(corpus_path).exists():
        print(f"corpus not found: {corpus_path}; nothing measured")
        return 0
    frame = load(corpus_path, min_articles=args.min_articles, per_outlet=args.per_outlet)
    if args.flatten:
        frame["text"] = [re.sub(r"\s*\n\s*", " ", t) for t in frame["text"]]
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cleaned = framing.read_corpus(frame).frame
    words = framing.distinctive_words(cleaned, top=args.top, min_df=1 if args.smoke else 5,
                                      drop_own_name=not args.keep_own_name)
    seconds = time.perf_counter() - t0
    outlets = sorted(cleaned["outlet"].dropna().unique())
    tests = {o: _name_word_test(o) for o in outlets}
    own, other, residue = collections.defaultdict(list), collections.defaultdict(list), collections.defaultdict(list)
    for g, w in zip(words["group"], words["word"]):
        if tests[g](w):
            own[g].append(w)
        elif any(tests[o](w) for o in outlets if o != g):
            other[g].append(w)
        if any(part.split("'")[0] in RESIDUE for part in w.split()):
            residue[g].append(w)
    print(f"{len(cleaned)} articles of {len(outlets)} outlets ({'smoke' if corpus_path is None else corpus_path}; "
          f"test splits excluded; flattened: {args.flatten}); top {args.top} words each; {seconds:.0f} s")
    print(f"outlets with an own-name word in their top {args.top}: {len(own)} {dict(own)}")
    print(f"outlets with a format-residue word in their top {args.top}: {len(residue)} {dict(residue)}")
    print(f"outlets with another outlet's name word (content, reported only): {len(other)} "
          f"{ {g: ws[:4] for g, ws in other.items()} }")
    return 0


if __name__ == "__main__":
    sys.exit(main())
