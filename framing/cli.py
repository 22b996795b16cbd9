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

from .analyze import DEFAULT_LEXICONS, Analysis, analyze
from .corpus import CorpusError, read_corpus
from .lexicon import LexiconError, list_lexicons

__all__ = ["main", "write_tables"]

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2


def write_tables(result: Analysis, out: str | Path, *, formats: Sequence[str] = ("csv",)) -> list[Path]:
    """Write the tables of an :class:`~framing.Analysis` to a folder.

    Parameters
    ----------
    result : Analysis
    out : str or Path
        Folder, created if missing.
    formats : sequence of {"csv", "parquet"}, default ("csv",)
        Parquet needs ``pyarrow`` (``pip install media-framing[parquet]``).

    Returns
    -------
    list of Path
        The files written: ``articles``, ``sentences``, ``matches`` and
        ``removed`` (the cleaning audit) in each format.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "articles": result.articles,
        "sentences": result.sentences,
        "matches": result.matches,
        "removed": result.corpus.removed,
    }
    written = []
    for fmt in formats:
        for name, frame in tables.items():
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
    a.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        if args.command == "analyze":
            return _cmd_analyze(args)
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
    )
    formats = ("csv", "parquet") if args.format == "both" else (args.format,)
    written = write_tables(result, args.out, formats=formats)
    if not args.quiet:
        print(repr(result))
        for path in written:
            print(f"wrote {path}")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
