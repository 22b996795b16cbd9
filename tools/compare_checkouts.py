"""Do two checkouts of framing produce the same tables? A check for refactors.

Runs ``framing.analyze`` (all default features, quotes and voice included) on
the first ``--n`` articles of a JSON Lines corpus in each checkout, in a fresh
interpreter whose ``sys.path`` starts with that checkout, and compares every
table of the result (``articles, sentences, matches, passives, quotes,
quote_problems``) cell by cell. Exits 0 when every table is identical, 1
otherwise, printing the first differences.

    git worktree add /tmp/before <commit-before>
    python tools/compare_checkouts.py /tmp/before . \\
        --corpus ../shared/eval/news-corpus/allsides-baly2020.jsonl.gz --n 3000

Developer tool, not part of the package. ``--smoke`` compares this checkout
with itself on three short articles.
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

TABLES = ("articles", "sentences", "matches", "passives", "quotes", "quote_problems")

_RUN = r"""
import sys, pickle, gzip, json, itertools
sys.path.insert(0, sys.argv[1])
# An editable install of another checkout would serve framing.lexicons from there: drop its finder.
sys.meta_path = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
import pandas as pd
import framing
assert framing.__file__.startswith(sys.argv[1]), (framing.__file__, sys.argv[1])
source, n, out = sys.argv[2], int(sys.argv[3]), sys.argv[4]
if source == "-smoke":
    frame = pd.DataFrame({"outlet": ["A", "B", "A"], "text": [
        '"We will respond," Defense Secretary Mark Esper said. The strikes were reportedly a reprisal.',
        "Officials said 25 people were killed. It is not clear who fired first.",
        "The ministry issued a statement saying the attack was illegal."]})
else:
    opener = gzip.open if source.endswith(".gz") else open
    with opener(source, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, n)]
    frame = pd.DataFrame(rows)[["id", "outlet", "date", "title", "text"]]
result = framing.analyze(framing.read_corpus(frame), lexicons=["hedges", "boosters", "loaded"])
tables = {name: getattr(result, name) for name in %r}
with open(out, "wb") as fh:
    pickle.dump({"file": framing.__file__, "tables": tables}, fh)
""" % (TABLES,)


def _tables(checkout: Path, source: str, n: int, out: Path) -> dict[str, pd.DataFrame]:
    subprocess.run(
        [sys.executable, "-c", _RUN, str(checkout.resolve()), source, str(n), str(out)],
        check=True, cwd=tempfile.gettempdir(),
    )
    with open(out, "rb") as fh:
        got = pickle.load(fh)
    print(f"  {checkout}: framing from {got['file']}")
    return got["tables"]


def _differences(name: str, a: pd.DataFrame, b: pd.DataFrame) -> list[str]:
    if list(a.columns) != list(b.columns):
        return [f"{name}: columns differ: {list(a.columns)} vs {list(b.columns)}"]
    if len(a) != len(b):
        return [f"{name}: {len(a)} rows vs {len(b)} rows"]
    out = []
    a, b = a.reset_index(drop=True), b.reset_index(drop=True)
    for col in a.columns:
        x, y = a[col], b[col]
        same = (x.astype(str) == y.astype(str)) | (x.isna() & y.isna())
        if not same.all():
            i = int((~same).to_numpy().argmax())
            out.append(f"{name}.{col}: {int((~same).sum())} cells differ, first at row {i}: {x.iloc[i]!r} vs {y.iloc[i]!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", nargs="?", type=Path, help="first checkout (repository root)")
    parser.add_argument("after", nargs="?", type=Path, help="second checkout (repository root)")
    parser.add_argument("--corpus", help="JSON Lines corpus (.jsonl or .jsonl.gz) with id, outlet, date, title, text")
    parser.add_argument("--n", type=int, default=3000, help="number of articles from the start of the corpus")
    parser.add_argument("--smoke", action="store_true", help="this checkout against itself on three short articles")
    args = parser.parse_args(argv)
    here = Path(__file__).resolve().parent.parent
    if args.smoke:
        before = after = here
        source, n = "-smoke", 3
    else:
        if not (args.before and args.after and args.corpus):
            parser.error("give two checkouts and --corpus (or --smoke)")
        before, after, source, n = args.before, args.after, args.corpus, args.n
    with tempfile.TemporaryDirectory() as tmp:
        a = _tables(before, source, n, Path(tmp) / "a.pkl")
        b = _tables(after, source, n, Path(tmp) / "b.pkl")
    problems = [d for name in TABLES for d in _differences(name, a[name], b[name])]
    sizes = ", ".join(f"{name} {len(a[name]):,}" for name in TABLES)
    print(json.dumps({"articles": n, "identical": not problems}), f"({sizes} rows)")
    for p in problems[:20]:
        print("  ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
