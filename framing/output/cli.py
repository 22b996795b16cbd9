"""The ``framing`` command line.

Exit codes: 0 success, 1 unexpected internal error, 2 bad usage or bad
input (a missing file or column, an invalid lexicon), with the problem
printed on standard error.
"""

from __future__ import annotations

import argparse
import logging
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from framing.analysis._run import DEFAULT_LEXICONS, Analysis, analyze
from framing.corpus import CorpusError, read_corpus
from framing.dictionary import LexiconError, list_lexicons

__all__ = ["main", "write_tables"]

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2


def write_tables(
    result: Analysis,
    out: str | Path,
    *,
    formats: Sequence[str] = ("csv",),
    tables: Sequence[str] | None = None,
) -> list[Path]:
    """Write the tables of an :class:`~framing.Analysis` to a folder.

    Parameters
    ----------
    result : Analysis
    out : str or Path
        Folder, created if missing.
    formats : sequence of {"csv", "parquet"}, default ("csv",)
        Parquet needs ``pyarrow`` (``pip install media-framing[parquet]``).
    tables : sequence of str, optional
        Which tables to write; default all: ``articles, sentences, matches,
        quotes, quote_problems, passives`` and ``removed`` (the cleaning audit).

    Returns
    -------
    list of Path
        The files written, ``<table>.<format>``.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    available = {
        "articles": result.articles,
        "sentences": result.sentences,
        "matches": result.matches,
        "quotes": result.quotes,
        "quote_problems": result.quote_problems,
        "passives": result.passives,
        "removed": result.corpus.removed,
    }
    if tables is None:
        tables = list(available)
    unknown = [t for t in tables if t not in available]
    if unknown:
        raise ValueError(f"tables: unknown {unknown}; expected some of {list(available)}")
    written = []
    for fmt in formats:
        for name, frame in ((t, available[t]) for t in tables):
            path = out / f"{name}.{fmt}"
            if fmt == "csv":
                frame.to_csv(path, index=False)
            elif fmt == "parquet":
                frame.to_parquet(path, index=False)
            else:
                raise ValueError(f"formats: unknown format {fmt!r}; expected 'csv' or 'parquet'")
            written.append(path)
    return written


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing",
        description="How did different outlets frame the same story? Analyse news articles "
        "for framing features with character offsets.",
        epilog="Exit codes: 0 success; 2 bad usage or input (message on stderr); 1 internal error.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    a = sub.add_parser(
        "analyze",
        help="split articles into sentences, find lexicon terms, write tables",
        description="Read a corpus, clean it, split it into sentences and find lexicon terms; "
        "write articles, sentences, matches and the cleaning audit as tables.",
    )
    a.add_argument(
        "corpus",
        help="a folder of .txt files (with optional manifest.csv), a .csv, or a .jsonl/.jsonl.gz file",
    )
    a.add_argument("--out", required=True, help="output folder (created if missing)")
    a.add_argument(
        "--lexicon",
        action="append",
        dest="lexicons",
        metavar="NAME_OR_PATH",
        help=f"lexicon to use (repeatable); built-in: {', '.join(list_lexicons())}; "
        f"default: {' '.join(DEFAULT_LEXICONS)}",
    )
    a.add_argument("--text-col", default="text", help="column holding the text (default: text)")
    a.add_argument("--id-col", default=None, help="column holding a unique document id")
    a.add_argument("--outlet-col", default="outlet", help="column naming the outlet (default: outlet)")
    a.add_argument("--no-clean", action="store_true", help="keep the raw text (no debris removal)")
    a.add_argument("--n-jobs", type=int, default=1, help="worker processes (default: 1)")
    a.add_argument(
        "--format",
        choices=["csv", "parquet", "both"],
        default="csv",
        help="table format (parquet needs pyarrow; default: csv)",
    )
    a.add_argument("--no-quotes", action="store_true", help="skip quote finding (and the voice columns of matches)")
    a.add_argument(
        "--actors",
        metavar="NAME_OR_PATH",
        default=None,
        help="actors lexicon assigning each quote's speaker to an actor group (built-in: actors)",
    )
    a.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    _add_compare_parser(sub)
    return parser


def _add_compare_parser(sub: Any) -> None:
    c = sub.add_parser(
        "compare",
        help="compare outlets: tables, figures and an HTML report",
        description="Analyse a corpus and compare groups of articles (outlets by default): mean rates "
        "with bootstrap confidence intervals that resample articles, tests on article-level values with "
        "corrected p-values, effect sizes, pairwise follow-ups, the journalist/quoted voice split and "
        "sourcing profiles (when quotes are detected), distinctive words and how well the features "
        "predict the outlet. Writes tables (CSV, and Parquet when pyarrow is installed), PNG figures "
        "and a self-contained report.html.",
        epilog="Exit codes: 0 success (groups too small to test still give a report, with warnings); "
        "2 bad usage or input, e.g. a missing column, an unknown feature or a single group "
        "(message on stderr); 1 internal error.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    c.add_argument("corpus",
                   help="a folder of .txt files (with optional manifest.csv), a .csv, or a .jsonl/.jsonl.gz file")
    c.add_argument("--out", required=True, help="output folder (created if missing)")
    c.add_argument("--by", default="outlet", help="metadata column whose values are the groups compared")
    c.add_argument("--within", default=None, metavar="COLUMN",
                   help="compare groups inside each value of this column only, e.g. 'event' (same story)")
    c.add_argument("--feature", action="append", dest="features", metavar="NAME_OR_PATTERN",
                   help="article feature to compare (repeatable; shell patterns like 'loaded_*_per_1k'); "
                   "default: every column ending _per_1k or _share")
    c.add_argument("--lexicon", action="append", dest="lexicons", metavar="NAME_OR_PATH",
                   help=f"lexicon to use (repeatable); built-in: {', '.join(list_lexicons())}; "
                   f"default: {' '.join(DEFAULT_LEXICONS)}")
    c.add_argument("--test", choices=["kruskal", "permutation"], default="kruskal",
                   help="across-group test on article-level values: Kruskal-Wallis (Mann-Whitney for pairs) "
                   "or a permutation test of the rank statistic")
    c.add_argument("--correction", choices=["holm", "bh"], default="holm",
                   help="multiple-comparison correction: Holm (family-wise) or Benjamini-Hochberg (FDR)")
    c.add_argument("--n-boot", type=int, default=2000, help="bootstrap resamples of articles per interval")
    c.add_argument("--permutations", type=int, default=999, help="relabellings for --test permutation")
    c.add_argument("--top-words", type=int, default=15, help="distinctive words kept per group")
    c.add_argument("--cv", type=int, default=5, help="cross-validation folds for the outlet classifier")
    c.add_argument("--seed", type=int, default=0, help="random seed (same seed, same numbers)")
    c.add_argument("--format", choices=["auto", "csv", "parquet", "both"], default="auto",
                   help="table format; auto: CSV, plus Parquet when pyarrow is installed")
    c.add_argument("--no-figures", action="store_true", help="do not write figures/*.png")
    c.add_argument("--no-report", action="store_true", help="do not write report.html")
    c.add_argument("--title", default=None, help="title of the HTML report")
    c.add_argument("--text-col", default="text", help="column holding the text")
    c.add_argument("--id-col", default=None, help="column holding a unique document id")
    c.add_argument("--outlet-col", default="outlet", help="column naming the outlet")
    c.add_argument("--no-clean", action="store_true", help="keep the raw text (no debris removal)")
    c.add_argument("--n-jobs", type=int, default=1, help="worker processes for the analysis")
    c.add_argument("--quiet", action="store_true", help="no progress messages or summary")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        if args.command == "analyze":
            return _cmd_analyze(args)
        if args.command == "compare":
            return _cmd_compare(args)
    except (CorpusError, LexiconError, FileNotFoundError, ValueError) as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_INTERNAL  # pragma: no cover - argparse rejects unknown commands


def _cmd_analyze(args: argparse.Namespace) -> int:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = read_corpus(
            args.corpus,
            text_col=args.text_col,
            id_col=args.id_col,
            outlet_col=args.outlet_col,
            clean=not args.no_clean,
        )
    for w in caught:
        print(f"framing: warning: {w.message}", file=sys.stderr)
    result = analyze(
        corpus,
        lexicons=args.lexicons or DEFAULT_LEXICONS,
        n_jobs=args.n_jobs,
        progress=not args.quiet,
        quotes=not args.no_quotes,
        actors=args.actors,
    )
    formats = ("csv", "parquet") if args.format == "both" else (args.format,)
    written = write_tables(result, args.out, formats=formats)
    if not args.quiet:
        print(repr(result))
        for path in written:
            print(f"wrote {path}")
    return EXIT_OK


def _cmd_compare(args: argparse.Namespace) -> int:
    import matplotlib

    matplotlib.use("Agg")  # files only; no display needed
    from framing.output.report import run_comparison, write_comparison

    for name, value, least in (("--n-boot", args.n_boot, 100), ("--cv", args.cv, 2), ("--top-words", args.top_words, 1),
                               ("--permutations", args.permutations, 1)):
        if value < least:
            raise ValueError(f"{name}: expected at least {least}, got {value}")
    steps = 8  # read, analyse, compare, voice, sourcing, words, separability, write
    say = (lambda i, msg: None) if args.quiet else (
        lambda i, msg: print(f"[{i}/{steps}] {msg}", file=sys.stderr, flush=True))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        say(1, f"reading {args.corpus}")
        corpus = read_corpus(args.corpus, text_col=args.text_col, id_col=args.id_col,
                             outlet_col=args.outlet_col, clean=not args.no_clean)
        for option, column in (("by", args.by), ("within", args.within)):
            if column is not None and column not in corpus.frame.columns:  # fail before the long part
                raise ValueError(f"{option}={column!r}: no such column in the corpus; metadata columns present: "
                                 f"{[c for c in corpus.frame.columns if c != 'text']}")
        say(2, f"analysing {len(corpus)} articles")
        result = analyze(corpus, lexicons=args.lexicons or DEFAULT_LEXICONS, n_jobs=args.n_jobs,
                         progress=not args.quiet)
        counter = iter(range(3, steps))
        comparison = run_comparison(
            result, by=args.by, within=args.within, features=args.features, test=args.test,
            correction=args.correction, n_boot=args.n_boot, n_permutations=args.permutations,
            top_words=args.top_words, cv=args.cv, random_state=args.seed,
            progress=lambda msg: say(min(next(counter, steps - 1), steps - 1), msg),
        )
        if args.format == "auto":
            formats: tuple[str, ...] = ("csv", "parquet") if _has_pyarrow() else ("csv",)
        else:
            formats = ("csv", "parquet") if args.format == "both" else (args.format,)
        say(steps, f"writing tables{'' if args.no_figures else ', figures'}{'' if args.no_report else ' and report'}")
        written = write_tables(result, args.out, formats=formats, tables=("articles", "matches"))
        written += write_comparison(comparison, args.out, result=result, formats=formats,
                                    figures=not args.no_figures, html_report=not args.no_report, title=args.title)
    for message in dict.fromkeys(str(w.message) for w in caught):
        print(f"framing: warning: {message}", file=sys.stderr)
    if not args.quiet:
        print(repr(result))
        tests = comparison.table.drop_duplicates(["stratum", "feature"])
        print(f"{int(tests['p_value'].notna().sum())} across-group tests, "
              f"{int((tests['p_adjusted'] < 0.05).sum())} with {args.correction}-corrected p < .05")
        for name, reason in comparison.skipped.items():
            print(f"not computed: {name}: {reason}")
        print(f"wrote {len(written)} files under {args.out}"
              + ("" if args.no_report else f"; open {Path(args.out) / 'report.html'}"))
    return EXIT_OK


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
