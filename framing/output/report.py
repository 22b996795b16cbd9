"""The whole outlet comparison in one call, written as tables, figures and a self-contained HTML report.

:func:`run_comparison` runs every comparison that the analysis supports
(feature rates, pairwise follow-ups, voice split and sourcing profiles when
quotes were detected, distinctive words, separability) and collects what
could not be done, with the reason, instead of failing. :func:`write_comparison`
writes the tables (CSV, and Parquet when asked), PNG figures and
``report.html``: one file, figures embedded as base64 PNG, that a researcher
can send to a colleague. The ``framing compare`` command and
``examples/compare_outlets.py`` are thin wrappers around these two functions.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

import framing.output.plot as _plot
from framing.comparison._compare import _articles_of, _run, _warn
from framing.comparison._prepare import _grouped, _parse_dates
from framing.comparison.stories import compare_within, mix
from framing.comparison.trends import rates_over_time
from framing.comparison.distinctive import Separability, distinctive_words, separability
from framing.comparison.voice import compare_voice
from framing.comparison.voice import sourcing as _sourcing

__all__ = ["Comparison", "run_comparison", "to_html", "write_comparison"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Comparison:
    """Everything :func:`run_comparison` computed, with what it skipped and why.

    Attributes
    ----------
    by, within : str, str or None
        The grouping column and the stratifying column.
    table, pairs : pandas.DataFrame
        :func:`framing.compare` and :func:`framing.compare_pairs`.
    voice, sourcing : pandas.DataFrame or None
        :func:`framing.compare_voice` and :func:`framing.sourcing`; None when
        the analysis has no quotes (see `skipped`).
    words : pandas.DataFrame or None
        :func:`framing.distinctive_words` (over all articles, not per stratum).
    separability : Separability or None
    group_sizes : pandas.DataFrame
        ``stratum, group, n_articles``.
    skipped : dict of str to str
        Parts not computed, with the reason.
    warnings : list of str
        Warnings raised on the way (also re-issued as warnings).
    options : dict
        The options used, for the methods section.
    lexicons : tuple of str
        ``"name version"`` of each lexicon used.
    confounding : str or None
        Without `within`: what the comparison does not control, said out
        loud (``compare``'s ``attrs["confounding"]``).
    mix : pandas.DataFrame or None
        Without `within`: :func:`framing.mix` of each group's topics and/or
        dates (column ``of`` says which), when such a column exists.
    within_test : pandas.DataFrame or None
        With `within`: :func:`framing.compare_within`, one test of the group
        effect inside the strata with paired effects.
    over_time : pandas.DataFrame or None
        :func:`framing.rates_over_time` when the articles have a ``date`` column
        (the finest of week, month, quarter, year whose typical group x period
        cell holds at least 10 articles).
    """

    by: str
    within: str | None
    table: pd.DataFrame
    pairs: pd.DataFrame
    voice: pd.DataFrame | None
    sourcing: pd.DataFrame | None
    words: pd.DataFrame | None
    separability: Separability | None
    group_sizes: pd.DataFrame
    skipped: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    lexicons: tuple[str, ...] = ()
    confounding: str | None = None
    mix: pd.DataFrame | None = None
    within_test: pd.DataFrame | None = None
    over_time: pd.DataFrame | None = None

    def findings(self, alpha: float = 0.05) -> pd.DataFrame:
        """Pairwise differences, strongest first, with whether they survive correction.

        Returns
        -------
        pandas.DataFrame
            Rows of :attr:`pairs` with a p-value, sorted by ``p_adjusted`` then
            ``p_value``, plus ``survives`` (``p_adjusted < alpha``) and
            ``raw_significant`` (``p_value < alpha``).
        """
        p = self.pairs.dropna(subset=["p_value"]).copy()
        p["survives"] = p["p_adjusted"] < alpha
        p["raw_significant"] = p["p_value"] < alpha
        return p.sort_values(["p_adjusted", "p_value"], kind="mergesort").reset_index(drop=True)


def run_comparison(
    result: Any,
    *,
    by: str | Sequence[str] = "outlet",
    within: str | None = None,
    features: Sequence[str] | str | None = None,
    test: str = "kruskal",
    correction: str = "holm",
    n_boot: int = 2000,
    n_permutations: int = 999,
    top_words: int = 15,
    cv: int = 5,
    random_state: int | None = 0,
    progress: Callable[[str], None] | None = None,
) -> Comparison:
    """Run every comparison the analysis supports.

    Parameters
    ----------
    result : Analysis
        Output of :func:`framing.analyze`.
    by : str or sequence of str, default "outlet"
        The column whose values are the groups; several columns
        (``["outlet", "bias"]``) compare their combinations, labelled
        ``"CNN / left"`` in a column named ``"outlet / bias"``. Numbers are
        labelled as written (a year is ``2012``, not ``2012.0``).
    within, features, test, correction, n_boot, n_permutations, random_state
        As in :func:`framing.compare`.
    top_words : int, default 15
        Distinctive words kept per group.
    cv : int, default 5
        Folds for :func:`framing.separability`.
    progress : callable, optional
        Called with a short message before each step.

    Returns
    -------
    Comparison

    Raises
    ------
    ValueError
        The errors of :func:`framing.compare` (missing column, unknown
        feature, a single group). Later steps that cannot run are recorded
        in ``Comparison.skipped`` instead.

    Examples
    --------
    >>> import framing, pandas as pd, warnings
    >>> corpus = framing.read_corpus(pd.DataFrame({
    ...     "outlet": ["A", "A", "A", "B", "B", "B"],
    ...     "text": ["A reprisal.", "Another reprisal.", "A reprisal again.",
    ...              "Reportedly calm.", "Possibly calm.", "Calm, reportedly."]}))
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     c = run_comparison(framing.analyze(corpus), n_boot=200, cv=3)
    >>> sorted(c.skipped)  # no quote in these texts: no voice split or sourcing profile (reasons given)
    ['sourcing', 'voice']
    >>> c.table[["test", "correction"]].drop_duplicates().values.tolist()
    [['mann-whitney', 'holm']]
    >>> c.separability.n_groups
    2
    """
    say = progress or (lambda message: logger.info(message))
    result, by = _grouped(result, by)
    stats = dict(test=test, correction=correction, n_boot=n_boot, n_permutations=n_permutations,
                 random_state=random_state)
    skipped: dict[str, str] = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        say("comparing features across groups")
        table, pairs = _run(result, by=by, features=features, within=within, level=0.95,
                                     min_articles=2, **stats)
        table.attrs["by"] = by
        voice = profile = words = sep = None
        quotes = getattr(result, "quotes", None)
        has_quotes = isinstance(quotes, pd.DataFrame) and len(quotes) > 0
        if "in_quote" in getattr(result, "matches", pd.DataFrame()).columns and not has_quotes:
            skipped["voice"] = "no quote found in these articles: every word is the journalist's"
        elif "in_quote" in getattr(result, "matches", pd.DataFrame()).columns:
            say("splitting lexicon rates by voice")
            voice = _try(lambda: compare_voice(result, by=by, within=within, **stats), "voice", skipped)
        else:
            skipped["voice"] = "no quote detection in this analysis (matches have no in_quote column)"
        if "voice" in skipped:
            say(f"voice split skipped: {skipped['voice']}")
        if has_quotes:
            say("profiling sourcing")
            profile = _try(lambda: _sourcing(result, by=by, within=within, **stats), "sourcing", skipped)
        else:
            skipped["sourcing"] = "no quotes in this analysis (quote detection off, or no quote found)"
            say(f"sourcing skipped: {skipped['sourcing']}")
        say("finding distinctive words")
        words = _try(lambda: distinctive_words(result, by=by, top=top_words,
                                               min_df=2 if len(_articles_of(result)) > 20 else 1),
                     "distinctive words", skipped)
        say("testing how separable the groups are")
        sep = _try(lambda: separability(result, by=by, features=features, cv=cv, random_state=random_state),
                   "separability", skipped)
        context = _context(result, by=by, within=within, features=features, stats=stats, skipped=skipped, say=say)
    messages = list(dict.fromkeys(str(w.message) for w in caught))
    for message in messages:
        _warn(message)
    articles = _articles_of(result)
    sizes = table.drop_duplicates(["stratum", "group"])[["stratum", "group"]].merge(
        table.groupby(["stratum", "group"])["n_articles"].max().reset_index(), on=["stratum", "group"])
    lexicons = tuple(f"{lx.name} {lx.version}" for lx in getattr(result, "lexicons", ()) or ())
    options = dict(by=by, within=within, n_articles=len(articles), top_words=top_words, cv=cv, **stats)
    return Comparison(by=by, within=within, table=table, pairs=pairs, voice=voice, sourcing=profile, words=words,
                      separability=sep, group_sizes=sizes, skipped=skipped, warnings=messages, options=options,
                      lexicons=lexicons, confounding=table.attrs.get("confounding"), **context)


def _period(dates: pd.Series, *, coarse: bool = False, groups: pd.Series | None = None, least: int = 10) -> str:
    """A period alias for the span of the dates: the finest of week, month, quarter, year whose typical
    group x period cell holds at least `least` articles (a line through cells of 2 articles is noise)."""
    dates = dates.dropna()
    if coarse:
        span = (dates.max() - dates.min()).days if len(dates) else 0
        return "M" if span <= 120 else "Q" if span <= 3 * 365 else "Y"
    naive = dates.dt.tz_localize(None) if getattr(dates.dt, "tz", None) is not None else dates
    for freq in ("W", "M", "Q"):
        keys = [naive.dt.to_period(freq)] + ([groups.loc[naive.index]] if groups is not None else [])
        if len(naive) and naive.groupby(keys).size().median() >= least:
            return freq
    return "Y"


def _context(result: Any, *, by: str, within: str | None, features: Any, stats: dict[str, Any],
             skipped: dict[str, str], say: Callable[[str], None]) -> dict[str, Any]:
    """What the group differences could be mixed with: topic/date mix, the within-strata test, rates over time."""
    articles = _articles_of(result)
    out: dict[str, Any] = {}
    dates = _parse_dates(articles["date"]) if "date" in articles.columns and by != "date" else None
    if within is None:
        parts = []
        for of in ("topic", "date"):
            if of in articles.columns and of not in (by, *by.split(" / ")):
                freq = _period(dates, coarse=True) if of == "date" and dates is not None else "Y"
                part = _try(lambda of=of, freq=freq: mix(result, by=by, of=of, freq=freq), f"{of} mix", skipped)
                if part is not None:
                    parts.append(part.assign(of=of))
        out["mix"] = pd.concat(parts, ignore_index=True) if parts else None
    else:
        say(f"testing the {by} effect within each {within}")
        with warnings.catch_warnings():  # the report's findings say how many strata were left out, and why
            warnings.filterwarnings("ignore", message=r".* are covered by a single .* left out of compare_within")
            out["within_test"] = _try(lambda: compare_within(
            result, by=by, within=within, features=features, correction=stats["correction"], n_boot=stats["n_boot"],
                n_permutations=max(stats["n_permutations"], 19), random_state=stats["random_state"]),
                "within test", skipped)
    if dates is not None and dates.notna().any():
        say("rates over time")
        freq = _period(dates, groups=articles[by].astype(str))
        trend = _try(lambda: rates_over_time(result, by=by, freq=freq), "rates over time", skipped)
        if trend is not None:
            trend.attrs["freq"] = freq
        out["over_time"] = trend
    return out


def _try(step: Callable[[], Any], name: str, skipped: dict[str, str]) -> Any:
    try:
        return step()
    except ValueError as exc:
        skipped[name] = str(exc)
        return None


# --------------------------------------------------------------------------- figures


def make_figures(comparison: Comparison, result: Any = None) -> dict[str, Any]:
    """The report's figures, by file stem; a figure that cannot be drawn is skipped (logged)."""
    figures: dict[str, Any] = {}

    def add(name: str, draw: Callable[[], Any]) -> None:
        try:
            figures[name] = draw()
        except (ValueError, TypeError) as exc:
            logger.info("figure %s skipped: %s", name, exc)

    table = comparison.table
    order = _plot.group_order(comparison.group_sizes["group"].astype(str))  # one order, one colour per group
    add("heatmap", lambda: _plot.heatmap(table, order=order, max_features=30))
    add("rates", lambda: _plot.rates(table, features=_top_features(table, 9), order=order))
    if comparison.voice is not None:
        add("voice", lambda: _plot.voice(comparison.voice, features=_top_features(comparison.voice, 6), order=order))
    if comparison.sourcing is not None:
        for dim in dict.fromkeys(comparison.sourcing["dimension"]):
            add(f"sourcing_{dim}", lambda dim=dim: _plot.sourcing(comparison.sourcing, dimension=dim, order=order))
    if comparison.words is not None:
        add("distinctive_words", lambda: _plot.distinctive(comparison.words, order=order))
    if comparison.separability is not None:
        add("separability", lambda: _plot.confusion(comparison.separability, order=order))
    trend = comparison.over_time
    if trend is not None and len(trend):
        present = set(trend["feature"])
        chosen = [f for f in _top_features(table, len(table)) if f in present][:2] or sorted(present)[:1]
        for feature in chosen:
            add(f"over_time_{feature}", lambda feature=feature: _plot.over_time(trend, feature=feature, order=order))
    return figures


def kwic_tables(comparison: Comparison, result: Any, *, n: int = 3, max_rows: int = 12) -> dict[str, pd.DataFrame]:
    """Concordances (:func:`framing.plot.kwic_table`) of the `n` lexicon features with the strongest differences."""
    out: dict[str, pd.DataFrame] = {}
    for target in _kwic_targets(comparison, result)[:n]:
        rows = _plot.kwic_table(result, by=comparison.by, width=45, max_rows=max_rows, **target)
        if len(rows):
            out[f"{target['lexicon']}: {_plot.words(target['category']).lower()}"] = rows
    return out


def _top_features(table: pd.DataFrame, n: int) -> list[str]:
    """Features with the smallest corrected p-value, then the largest spread between groups."""
    from framing.output.plot._style import _pick_stratum

    table, _ = _pick_stratum(table, None)  # the stratum the figures draw: where most groups meet
    used = table.groupby("feature")["mean"].transform(lambda s: (s.fillna(0) != 0).any())
    table = table.loc[used.astype(bool)] if used.any() else table  # a feature zero everywhere shows nothing
    t = table.assign(_spread=table.groupby("feature")["mean"].transform(lambda s: s.max() - s.min()))
    t = t.drop_duplicates("feature").sort_values(["p_adjusted", "_spread"], ascending=[True, False],
                                                 na_position="last", kind="mergesort")
    return t["feature"].head(n).tolist()


def _kwic_targets(comparison: Comparison, result: Any) -> list[dict[str, Any]]:
    lexicons = {lx.name: set(lx.categories) for lx in getattr(result, "lexicons", ()) or ()}
    found = []
    for feature in _top_features(comparison.table, len(comparison.table)):
        if not feature.endswith("_per_1k"):
            continue
        stem = feature[: -len("_per_1k")]
        for name, cats in lexicons.items():
            cat = stem[len(name) + 1:] if stem.startswith(name + "_") else None
            if cat in cats and len(result.matches.query("lexicon == @name and category == @cat")):
                found.append({"lexicon": name, "category": cat})
    return found


# --------------------------------------------------------------------------- writing


def _png(fig: Any) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return buf.getvalue()


def _tables(comparison: Comparison) -> dict[str, pd.DataFrame]:
    tables = {"compare": comparison.table, "pairs": comparison.pairs, "group_sizes": comparison.group_sizes}
    if comparison.voice is not None:
        tables["voice"] = comparison.voice
    if comparison.sourcing is not None:
        tables["sourcing"] = comparison.sourcing
    if comparison.words is not None:
        tables["distinctive_words"] = comparison.words
    for name in ("mix", "within_test", "over_time"):
        if getattr(comparison, name) is not None:
            tables[name] = getattr(comparison, name)
    if comparison.separability is not None:
        s = comparison.separability
        tables["separability_folds"] = s.folds
        tables["separability_features"] = s.features
        tables["separability_confusion"] = s.confusion.reset_index()
    return tables


def write_comparison(
    comparison: Comparison,
    out: str | Path,
    *,
    result: Any = None,
    formats: Sequence[str] = ("csv",),
    figures: bool = True,
    html_report: bool = True,
    title: str | None = None,
) -> list[Path]:
    """Write the comparison's tables, PNG figures and HTML report to a folder.

    Parameters
    ----------
    comparison : Comparison
    out : str or Path
        Folder, created if missing.
    result : Analysis, optional
        The analysis compared; adds keyword-in-context tables and the annotated articles to the report.
    formats : sequence of {"csv", "parquet"}, default ("csv",)
    figures : bool, default True
        Write ``figures/*.png``.
    html_report : bool, default True
        Write ``report.html`` (self-contained; figures embedded).
    title : str, optional

    Returns
    -------
    list of Path
        Every file written.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for fmt in formats:
        if fmt not in ("csv", "parquet"):
            raise ValueError(f"formats: unknown format {fmt!r}; expected 'csv' or 'parquet'")
        for name, frame in _tables(comparison).items():
            path = out / f"{name}.{fmt}"
            if fmt == "csv":
                frame.to_csv(path, index=False)
            else:
                frame.to_parquet(path, index=False)
            written.append(path)
    if not (figures or html_report):
        return written
    import matplotlib.pyplot as plt

    figs = make_figures(comparison, result)
    images = {name: _png(fig) for name, fig in figs.items()}
    for fig in figs.values():
        plt.close(fig)
    if figures:
        (out / "figures").mkdir(exist_ok=True)
        for name, png in images.items():
            path = out / "figures" / f"{name}.png"
            path.write_bytes(png)
            written.append(path)
    if html_report:
        path = out / "report.html"
        kwic = kwic_tables(comparison, result) if result is not None else None
        path.write_text(to_html(comparison, images, title=title, result=result, kwic=kwic), encoding="utf-8")
        written.append(path)
    return written


def to_html(comparison: Comparison, images: dict[str, bytes], *, title: str | None = None, result: Any = None,
            kwic: dict[str, pd.DataFrame] | None = None) -> str:
    """The report as one HTML string, figures embedded as base64 PNG (no external files).

    With `result`, the report adds the annotated articles; `kwic` maps a
    heading to a :func:`framing.plot.kwic_table` shown as a concordance.
    """
    from framing.output._report_html import to_html as _to_html

    return _to_html(comparison, images, title=title, result=result, kwic=kwic)
