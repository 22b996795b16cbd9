"""The main job: how did different outlets frame the same story?

Analyses the bundled example corpus (five articles about US strikes on
Kataib Hezbollah; three outlets covered the same 2019-12-29 event) and
compares the outlets *within each event*, then writes the analysis tables
(articles, sentences, matches, cleaning audit) and the comparison tables (CSV,
plus Parquet when pyarrow is installed), PNG figures and a self-contained HTML
report under ``--out``::

    python examples/compare_outlets.py --out examples/output

Each outlet has a single article per event here, so the report shows rates
without confidence intervals and runs no tests (it says so): with one article
per outlet there is no way to tell an outlet's habit from that article's
topic. Point ``--corpus`` at a larger corpus (with ``outlet`` and ``event``
columns) for the full statistics.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no window

import framing  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(HERE / "corpus"),
                        help="corpus to compare (default: the example corpus)")
    parser.add_argument("--out", default=str(HERE / "output"), help="output folder (default: examples/output)")
    parser.add_argument("--by", default="outlet", help="grouping column (default: outlet)")
    parser.add_argument("--within", default="event", help="compare inside each value of this column (default: event)")
    args = parser.parse_args(argv)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # The actors lexicon covers the seed story: US, Iraqi government, Iran, militias, Israel.
        result = framing.analyze(framing.read_corpus(args.corpus), lexicons=["hedges", "loaded", "conflict"],
                                 actors="actors")
        comparison = framing.run_comparison(result, by=args.by, within=args.within or None)
        try:
            import pyarrow  # noqa: F401

            formats = ("csv", "parquet")
        except ImportError:
            formats = ("csv",)
        written = framing.write_tables(result, args.out, formats=formats)  # every table of the analysis
        written += framing.write_comparison(comparison, args.out, result=result, formats=formats,
                                    title="Example corpus: US strikes on Kataib Hezbollah")
    print(repr(result))
    # The story most outlets covered, side by side.
    table = comparison.table
    counts = table.groupby("stratum")["group"].nunique()
    story = counts.idxmax()
    side = table[(table["stratum"] == story) & table["feature"].isin(
        ["hedges_per_1k", "loaded_per_1k", "conflict_retaliation_per_1k", "conflict_legitimizing_per_1k",
         "conflict_proxy_sponsorship_per_1k"])]
    wide = side.pivot(index="group", columns="feature", values="mean").round(1)
    print(f"\n{args.within or 'all'}: {story} ({counts.max()} {args.by}s), mean per 1,000 words:")
    print(wide.to_string())
    print()
    for message in dict.fromkeys(str(w.message) for w in caught):
        print(f"note: {message}")
    print(f"\nwrote {len(written)} files under {args.out}; open {Path(args.out) / 'report.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
