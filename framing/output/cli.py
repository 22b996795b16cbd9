"""The ``framing`` command line.

Every option is checked against the input before the analysis starts (the
columns named, the lexicons, the features, the table format), so a typo costs
seconds, not a whole run.

Exit codes: 0 success, 1 unexpected internal error, 2 bad usage or bad
input (a missing file or column, an invalid lexicon, an unknown feature),
with the problem printed on standard error.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from framing._version import __version__
from framing.analysis._run import DEFAULT_LEXICONS, Analysis, _load_lexicons, analyze
from framing.corpus import CorpusError, read_corpus
from framing.dictionary import LexiconError, list_lexicons

logger = logging.getLogger(__name__)

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
    out = _out_folder(out)
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


_EXIT_CODES = ("Exit codes: 0 success; 2 bad usage or input, e.g. a missing file or column, an unknown lexicon "
               "or feature (message on stderr, before any analysis runs); 1 internal error")
_FORMATS = ("csv", "parquet", "both")


class _Help(argparse.ArgumentDefaultsHelpFormatter):
    """Show a default only where there is one (no "(default: None)" on required options)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        if action.default is None or action.required or action.default is argparse.SUPPRESS \
                or isinstance(action.default, bool):
            return action.help or ""
        return super()._get_help_string(action)


def _common(p: argparse.ArgumentParser) -> None:
    """The options `analyze` and `compare` share, spelled and checked the same way."""
    p.add_argument("corpus",
                   help="a folder of .txt files (with optional manifest.csv), a .csv, or a .jsonl/.jsonl.gz file")
    p.add_argument("--out", required=True, help="output folder (created if missing)")
    p.add_argument("--lexicon", action="append", dest="lexicons", metavar="NAME_OR_PATH",
                   help=f"lexicon to use (repeatable); built-in: {', '.join(list_lexicons())}; "
                   f"default: {' '.join(DEFAULT_LEXICONS)}")
    p.add_argument("--text-col", default="text", help="column holding the text")
    p.add_argument("--id-col", default=None, help="column holding a unique document id (default: row number)")
    p.add_argument("--outlet-col", default="outlet", help="column naming the outlet")
    p.add_argument("--no-clean", action="store_true", help="keep the raw text (no debris removal)")
    p.add_argument("-j", "--jobs", "--n-jobs", dest="jobs", type=int, default=os.cpu_count() or 1,
                   help="worker processes for the analysis (default: all cores)")
    p.add_argument("--format", choices=_FORMATS, default="csv",
                   help="table files: csv, parquet or both (Parquet needs pyarrow: pip install media-framing[parquet])")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing",
        description="How did different outlets frame the same story? Analyse news articles "
        "for framing features with character offsets, and compare outlets.",
        epilog=_EXIT_CODES,
    )
    parser.add_argument("--version", action="version", version=f"framing (media-framing) {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    a = sub.add_parser(
        "analyze",
        help="split articles into sentences, find lexicon terms, quotes and passives, write tables",
        description="Read a corpus, clean it, split it into sentences and find lexicon terms, quotes and "
        "passives; write articles, sentences, matches, quotes, passives and the cleaning audit as tables.",
        epilog=_EXIT_CODES, formatter_class=_Help,
    )
    _common(a)
    a.add_argument("--no-quotes", action="store_true", help="skip quote finding (and the voice columns of matches)")
    a.add_argument("--actors", metavar="NAME_OR_PATH", default=None,
                   help="actors lexicon assigning each quote's speaker to an actor group (built-in: actors)")
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
        "predict the outlet. Writes tables, PNG figures and a self-contained report.html.",
        epilog=_EXIT_CODES + ". Groups too small to test still give a report, with warnings (exit 0).",
        formatter_class=_Help,
    )
    _common(c)
    c.add_argument("--by", default="outlet",
                   help="metadata column(s) whose values are the groups compared; several as 'outlet,bias'")
    c.add_argument("--within", default=None, metavar="COLUMN",
                   help="compare groups inside each value of this column, e.g. 'event' (same story): "
                   "per-stratum tables and one permutation test of the group effect inside the strata "
                   "(framing.compare_within)")
    c.add_argument("--events", type=float, default=None, metavar="DAYS",
                   help="find the same story without labels (framing.match_events: articles at most DAYS apart "
                   "with similar title and lead) and compare within the stories found; needs a date column; "
                   "writes events.csv")
    c.add_argument("--event-threshold", type=float, default=0.3, metavar="COSINE",
                   help="with --events: least cosine similarity that links two articles (0.3: precise; 0.2: "
                   "finds more of the same story, with more mistakes)")
    c.add_argument("--feature", action="append", dest="features", metavar="NAME_OR_PATTERN",
                   help="article feature to compare (repeatable; shell patterns like 'loaded_*_per_1k'); "
                   "default: every column ending _per_1k or _share")
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
    c.add_argument("--no-figures", action="store_true", help="do not write figures/*.png")
    c.add_argument("--no-report", action="store_true", help="do not write report.html")
    c.add_argument("--title", default=None, help="title of the HTML report")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        if args.command == "analyze":
            return _cmd_analyze(args)
        if args.command == "compare":
            return _cmd_compare(args)
    except (CorpusError, LexiconError, FileNotFoundError, ValueError, ImportError) as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_INTERNAL  # pragma: no cover - argparse rejects unknown commands


def _formats(args: argparse.Namespace) -> tuple[str, ...]:
    formats = ("csv", "parquet") if args.format == "both" else (args.format,)
    if "parquet" in formats and not _has_pyarrow():
        raise ImportError(f"--format {args.format}: Parquet needs pyarrow (pip install media-framing[parquet]); "
                          "or use --format csv")
    return formats


def _read(args: argparse.Namespace) -> tuple[Any, list[str]]:
    """Read the corpus; a missing --outlet-col (or --by outlet without one) is an error, not a warning."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = read_corpus(args.corpus, text_col=args.text_col, id_col=args.id_col,
                             outlet_col=args.outlet_col, clean=not args.no_clean)
    messages = [str(w.message) for w in caught]
    no_outlet = next((m for m in messages if "no outlet column" in m), None)
    needs_outlet = args.outlet_col != "outlet" or "outlet" in _by_columns(getattr(args, "by", None) or "")
    if no_outlet and needs_outlet:
        raise ValueError(f"--outlet-col {args.outlet_col!r}: " + no_outlet.split(": ", 1)[1].split("; outlet")[0])
    return corpus, messages


def _by_columns(by: str) -> list[str]:
    return [c.strip() for c in by.split(",") if c.strip()]


def _check_compare_options(args: argparse.Namespace, corpus: Any) -> None:
    """Everything that can be checked before the analysis: numbers, columns, groups, lexicons, features."""
    for name, value, least in (("--n-boot", args.n_boot, 100), ("--cv", args.cv, 2), ("--top-words", args.top_words, 1),
                               ("--permutations", args.permutations, 1), ("--jobs", args.jobs, 1)):
        if value < least:
            raise ValueError(f"{name}: expected at least {least}, got {value}")
    columns = [c for c in corpus.frame.columns if c != "text"]
    for option, column in [("by", c) for c in _by_columns(args.by)] + [("within", args.within)]:
        if column is not None and column not in corpus.frame.columns:
            raise ValueError(f"{option}={column!r}: no such column in the corpus; metadata columns present: {columns}")
    by = _by_columns(args.by)
    groups = corpus.frame[by].dropna().drop_duplicates()
    if len(groups) < 2:
        raise ValueError(f"by={args.by!r}: only one group {groups.astype(str).agg(' / '.join, axis=1).tolist()} "
                         f"among {len(corpus)} article(s); nothing to compare")
    if args.events is not None:
        if args.within is not None:
            raise ValueError(f"--events: compares within the stories it finds; cannot be combined with "
                             f"--within {args.within!r}")
        if not args.events > 0 or not 0 < args.event_threshold <= 1:
            raise ValueError(f"--events / --event-threshold: expected DAYS > 0 and a cosine in (0, 1], got "
                             f"{args.events} and {args.event_threshold}")
        from framing.comparison._prepare import _parse_dates

        if "date" not in corpus.frame.columns or not _parse_dates(corpus.frame["date"]).notna().any():
            raise ValueError(f"--events: no article has a date (a 'date' column such as 2020-01-31 is needed); "
                             f"metadata columns present: {columns}")
        if "event" in by:
            raise ValueError("--events: --by cannot include 'event', the column --events creates")
    lexicons = _load_lexicons(args.lexicons or DEFAULT_LEXICONS)
    if args.features:  # the feature names an analysis with these lexicons produces, from one short document
        from framing.comparison._compare import select_features
        from framing.corpus import read_corpus as _read_frame

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the probe has no outlet column; that is not the user's problem
            probe = analyze(_read_frame(corpus.frame.head(1)[["doc_id", "text"]], id_col="doc_id", clean=False),
                            lexicons=lexicons, n_jobs=1, progress=False)
        select_features(probe.articles, args.features)


def _out_folder(out: str | Path) -> Path:
    """`out` as a folder, created if missing; a clear error if it is an existing file."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ValueError(f"--out / out: {str(out)!r} is a file; expected a folder (created if missing)")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _cmd_analyze(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise ValueError(f"--jobs: expected at least 1, got {args.jobs}")
    _out_folder(args.out)  # before the long part
    formats = _formats(args)
    lexicons = _load_lexicons(args.lexicons or DEFAULT_LEXICONS)
    actors = _load_lexicons(args.actors)[0] if args.actors else None
    corpus, messages = _read(args)
    for message in messages:
        print(f"framing: warning: {message}", file=sys.stderr)
    result = analyze(corpus, lexicons=lexicons, n_jobs=args.jobs, progress=not args.quiet,
                     quotes=not args.no_quotes, actors=actors)
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

    formats = _formats(args)
    _out_folder(args.out)  # before the long part
    steps = 8  # read, analyse, compare, voice, sourcing, words, separability, write
    say = (lambda i, msg: None) if args.quiet else (
        lambda i, msg: print(f"[{i}/{steps}] {msg}", file=sys.stderr, flush=True))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        say(1, f"reading {args.corpus}")
        corpus, messages = _read(args)
        for message in messages:
            warnings.warn(message, UserWarning, stacklevel=1)
        _check_compare_options(args, corpus)  # fail before the long part
        say(2, f"analysing {len(corpus)} articles")
        result = analyze(corpus, lexicons=args.lexicons or DEFAULT_LEXICONS, n_jobs=args.jobs,
                         progress=not args.quiet)
        counter = iter(range(3, steps))
        by = _by_columns(args.by)
        within = args.within
        if args.events is not None:
            say(2, f"finding the same story across outlets (articles at most {args.events:g} days apart)")
            result, events = _with_events(result, days=args.events, threshold=args.event_threshold,
                                          outlet=by[0] if len(by) == 1 else "outlet")
            within = "event"
        comparison = run_comparison(
            result, by=by[0] if len(by) == 1 else by, within=within, features=args.features, test=args.test,
            correction=args.correction, n_boot=args.n_boot, n_permutations=args.permutations,
            top_words=args.top_words, cv=args.cv, random_state=args.seed,
            progress=lambda msg: say(min(next(counter, steps - 1), steps - 1), msg),
        )
        say(steps, f"writing tables{'' if args.no_figures else ', figures'}{'' if args.no_report else ' and report'}")
        written = write_tables(result, args.out, formats=formats, tables=("articles", "matches"))
        if args.events is not None:
            written.append(Path(args.out) / "events.csv")
            events.to_csv(written[-1], index=False)
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


def _with_events(result: Any, *, days: float, threshold: float, outlet: str) -> tuple[Any, pd.DataFrame]:
    """The analysis with an ``event`` column from :func:`framing.match_events`, and the events table."""
    import dataclasses

    from framing.comparison.events import match_events

    if "event" in result.articles.columns:
        raise ValueError("--events: the corpus already has an 'event' column; use --within event, or rename it")
    events = match_events(result, days=days, threshold=threshold,
                          by=outlet if outlet in result.articles.columns else "outlet")
    event = events.set_index(events["doc_id"].astype(str))["event"]
    articles = result.articles.assign(event=result.articles["doc_id"].astype(str).map(event).to_numpy())
    shared = events.loc[events["n_outlets"] > 1, "event"].nunique()
    logger.info("match_events: %d stories covered by 2 or more outlets", shared)
    return dataclasses.replace(result, articles=articles), events


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
