"""Precision and recall of the hedges and boosters lexicons on an annotated gold set.

The gold set (``tests/data/hedges_gold.tsv``) holds news-style sentences with
their hedges and boosters marked as ``surface|lexicon:category`` items,
including distractors (May the month, Theresa May, "military might", "will"
the noun, "could not be reached for comment", "about" not before a number).
A gold item is located as the first unused whole-word occurrence of its
surface; a predicted match is correct when it overlaps a gold item of the same
lexicon and category.

* precision = correct matches / matches; recall = gold items found / gold items;
  per category, per lexicon, and overall;
* "any-category" figures count a match as correct when it overlaps a gold
  item of the same lexicon, whatever the category.

Usage
-----
    python benchmarks/eval_hedges.py                     # the bundled gold set
    python benchmarks/eval_hedges.py --set heldout       # only sentences not used to build the lexicons
    python benchmarks/eval_hedges.py path/to/gold.tsv --errors
    python benchmarks/eval_hedges.py --smoke             # CI: first 20 sentences
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

import framing
from framing.features._matcher import _matcher_for

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent / "tests" / "data" / "hedges_gold.tsv"
LEXICONS = ("hedges", "boosters")


def read_gold(path: Path) -> list[dict]:
    """Rows with 'id', 'set', 'text', 'gold' = [(start, end, lexicon, category)], 'note'."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rows = []
    for rec in csv.DictReader(lines, delimiter="\t"):
        text = rec["text"]
        used: set[int] = set()
        items = []
        for item in filter(None, (s.strip() for s in (rec["gold"] or "").split(" ; "))):
            try:
                surface, label = item.rsplit("|", 1)
                lexicon, category = label.split(":")
            except ValueError:
                raise SystemExit(
                    f"{path}: row {rec['id']}: gold item {item!r} is not 'surface|lexicon:category'"
                ) from None
            for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
                if m.start() not in used:
                    used.add(m.start())
                    items.append((m.start(), m.end(), lexicon, category))
                    break
            else:
                raise SystemExit(f"{path}: row {rec['id']}: {surface!r} is not in the sentence")
        rows.append({"id": rec["id"], "set": rec.get("set", ""), "text": text, "gold": items,
                     "note": rec.get("note", "")})
    return rows


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(rows: list[dict]) -> tuple[dict, list[str]]:
    matcher = _matcher_for([framing.load_lexicon(n) for n in LEXICONS])
    counts: dict[tuple[str, str], Counter] = {}
    errors = []

    def c(key: tuple[str, str]) -> Counter:
        return counts.setdefault(key, Counter())

    for row in rows:
        pred = [(m.start, m.end, m.lexicon, m.category, m.text) for m in matcher.find(row["text"])]
        gold = row["gold"]
        for s, e, lex, cat, txt in pred:
            ok = any(overlaps((s, e), (gs, ge)) and (gl, gc) == (lex, cat) for gs, ge, gl, gc in gold)
            ok_any = any(overlaps((s, e), (gs, ge)) and gl == lex for gs, ge, gl, _ in gold)
            for key in ((lex, cat), (lex, "*"), ("*", "*")):
                c(key)["pred"] += 1
                c(key)["tp_pred"] += ok
                c(key)["tp_pred_any"] += ok_any
            if not ok:
                errors.append(f"FP {row['id']} {lex}:{cat} {txt!r}: {row['text']}")
        for gs, ge, gl, gc in gold:
            ok = any(overlaps((s, e), (gs, ge)) and (lex, cat) == (gl, gc) for s, e, lex, cat, _ in pred)
            ok_any = any(overlaps((s, e), (gs, ge)) and lex == gl for s, e, lex, _, _ in pred)
            for key in ((gl, gc), (gl, "*"), ("*", "*")):
                c(key)["gold"] += 1
                c(key)["tp_gold"] += ok
                c(key)["tp_gold_any"] += ok_any
            if not ok:
                errors.append(f"FN {row['id']} {gl}:{gc} {row['text'][gs:ge]!r}: {row['text']}")
    return counts, errors


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(GOLD), help=f"gold TSV (default: {GOLD.relative_to(HERE.parent)})")
    ap.add_argument("--errors", action="store_true", help="list false positives and misses")
    ap.add_argument("--set", choices=["all", "dev", "heldout"], default="all",
                    help="which sentences: 'heldout' ones were not used to change the lexicons")
    ap.add_argument("--smoke", action="store_true", help="first 20 sentences only (CI)")
    args = ap.parse_args(argv)
    rows = read_gold(Path(args.gold))
    if args.set != "all":
        rows = [r for r in rows if r["set"] == args.set]
    if args.smoke:
        rows = rows[:20]
    counts, errors = evaluate(rows)
    n_gold = sum(len(r["gold"]) for r in rows)
    n_distractor = sum(1 for r in rows if "distractor" in r["note"])
    versions = ", ".join(f"{n} {framing.load_lexicon(n).version}" for n in LEXICONS)
    print(f"set {args.set}: {len(rows)} sentences, {n_gold} gold items, {n_distractor} distractor sentences; "
          f"lexicons {versions}")
    print(f"{'lexicon:category':32} {'gold':>5} {'pred':>5} {'P':>5} {'R':>5} {'F1':>5}")
    for key in sorted(counts, key=lambda k: (k[0] == "*", k[0], k[1] == "*", k[1])):
        n = counts[key]
        p = n["tp_pred"] / n["pred"] if n["pred"] else float("nan")
        r = n["tp_gold"] / n["gold"] if n["gold"] else float("nan")
        f = 2 * p * r / (p + r) if p + r > 0 else float("nan")
        label = "ALL" if key == ("*", "*") else (f"{key[0]} (all categories)" if key[1] == "*" else f"{key[0]}:{key[1]}")
        print(f"{label:32} {n['gold']:5d} {n['pred']:5d} {ratio(n['tp_pred'], n['pred']):>5} "
              f"{ratio(n['tp_gold'], n['gold']):>5} {f:5.2f}")
    for lex in (*LEXICONS, "*"):
        n = counts.get((lex, "*"), Counter())
        name = "ALL" if lex == "*" else lex
        print(f"{name} any-category: P {ratio(n['tp_pred_any'], n['pred'])} R {ratio(n['tp_gold_any'], n['gold'])}")
    if args.errors:
        print("\n".join(sorted(errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
