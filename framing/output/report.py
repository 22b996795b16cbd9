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

import base64
import html
import io
import logging
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from framing.output import plot as _plot
from framing._version import __version__
from framing.comparison._compare import _articles_of, _run, _warn
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
    by: str = "outlet",
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
    by, within, features, test, correction, n_boot, n_permutations, random_state
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
                      lexicons=lexicons)


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
    add("heatmap", lambda: _plot.heatmap(table))
    add("rates", lambda: _plot.rates(table, features=_top_features(table, 9)))
    if comparison.voice is not None:
        add("voice", lambda: _plot.voice(comparison.voice, features=_top_features(comparison.voice, 6)))
    if comparison.sourcing is not None:
        for dim in dict.fromkeys(comparison.sourcing["dimension"]):
            add(f"sourcing_{dim}", lambda dim=dim: _plot.sourcing(comparison.sourcing, dimension=dim))
    if comparison.words is not None:
        add("distinctive_words", lambda: _plot.distinctive(comparison.words))
    if comparison.separability is not None:
        add("separability", lambda: _plot.confusion(comparison.separability))
    if result is not None:
        kw = _kwic_target(comparison, result)
        if kw is not None:
            add("kwic", lambda: _plot.kwic(result, by=comparison.by, **kw))
    return figures


def _top_features(table: pd.DataFrame, n: int) -> list[str]:
    """Features with the smallest corrected p-value, then the largest spread between groups."""
    t = table.assign(_spread=table.groupby("feature")["mean"].transform(lambda s: s.max() - s.min()))
    t = t.drop_duplicates("feature").sort_values(["p_adjusted", "_spread"], ascending=[True, False],
                                                 na_position="last", kind="mergesort")
    return t["feature"].head(n).tolist()


def _kwic_target(comparison: Comparison, result: Any) -> dict[str, Any] | None:
    lexicons = {lx.name: set(lx.categories) for lx in getattr(result, "lexicons", ()) or ()}
    for feature in _top_features(comparison.table, len(comparison.table)):
        if not feature.endswith("_per_1k"):
            continue
        stem = feature[: -len("_per_1k")]
        for name, cats in lexicons.items():
            cat = stem[len(name) + 1:] if stem.startswith(name + "_") else None
            if cat in cats and len(result.matches.query("lexicon == @name and category == @cat")):
                return {"lexicon": name, "category": cat, "max_rows": 24}
    return None


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
        The analysis compared; adds the keyword-in-context figure.
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
        path.write_text(to_html(comparison, images, title=title), encoding="utf-8")
        written.append(path)
    return written


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;
color:#222;line-height:1.45}
h1{font-size:1.6em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;font-size:.85em;margin:.6em 0}th,td{border:1px solid #ddd;padding:.25em .5em;
text-align:right}th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}
img{max-width:100%;border:1px solid #eee;margin:.5em 0}.note{color:#555;font-size:.9em}
.warn{background:#fff8e1;border-left:4px solid #f0b400;padding:.5em 1em;font-size:.9em}
code{background:#f4f4f4;padding:0 .2em}
"""

_FIGURE_TEXT = {
    "heatmap": "Colour: how far each group is from the others on a feature (z-score across groups); numbers: "
               "the raw mean. Stars mark features whose across-group test survives correction.",
    "rates": "Mean per group with 95% bootstrap intervals (articles resampled). Open markers: no interval "
             "(fewer than 2 articles).",
    "voice": ("Lexicon rates in the journalist's own voice, in paraphrased reported speech and inside quotes, "
              "per 1,000 words of that voice."),
    "distinctive_words": "Words each group uses more than the others (z-score of the log-odds ratio with an "
                         "informative Dirichlet prior; word counts in brackets). A ranking, not a test.",
    "separability": "Out-of-fold predictions of the group from the framing features.",
    "kwic": "Keyword in context for the feature with the strongest difference: the words behind the numbers.",
}


_HEADINGS = {"kwic": "Keyword in context", "separability": "How separable are the groups by framing?",
             "heatmap": "Features by group", "rates": "Rates with confidence intervals",
             "voice": "Journalist's voice, paraphrase and quoted voices"}


def _frame_html(frame: pd.DataFrame, max_rows: int = 30) -> str:
    shown = frame.head(max_rows)
    more = ""
    if len(frame) > max_rows:
        more = f"<p class='note'>First {max_rows} of {len(frame)} rows; all rows in the CSV.</p>"
    table = shown.to_html(index=False, float_format=lambda x: f"{x:.3g}", na_rep="", border=0, escape=True)
    return table + more


def _summary_lines(c: Comparison) -> list[str]:
    lines = []
    tests = c.table.drop_duplicates(["stratum", "feature"])
    tested = tests["p_value"].notna()
    lines.append(
        f"{int(tested.sum())} across-group tests ({tests['test'].iloc[0] if len(tests) else ''}), "
        f"{int((tests['p_adjusted'] < 0.05).sum())} with p < .05 after {c.options['correction']} correction "
        f"({int((tests['p_value'] < 0.05).sum())} before)."
    )
    if not tested.any():
        lines.append("No test could be run: every group (or every group within a stratum) has fewer than 2 "
                     "articles. The numbers below describe single articles; add articles per group to compare.")
    f = c.findings()
    if len(f):
        lines.append(f"{len(f)} pairwise tests; {int(f['survives'].sum())} survive correction, "
                     f"{int((f['raw_significant'] & ~f['survives']).sum())} are significant only before correction.")
        for _, r in f.loc[f["survives"]].head(5).iterrows():
            lines.append(_finding(r, c))
        gone = f.loc[f["raw_significant"] & ~f["survives"]].head(2)
        for _, r in gone.iterrows():
            lines.append("Does not survive correction: " + _finding(r, c))
    if c.separability is not None:
        lines.append(c.separability.summary() + ".")
    return lines


def _finding(r: pd.Series, c: Comparison) -> str:
    where = "" if r["stratum"] == "all" else f" [{r['stratum']}]"
    higher, lower = (r["group_a"], r["group_b"]) if r["difference"] > 0 else (r["group_b"], r["group_a"])
    hi, lo = max(r["mean_a"], r["mean_b"]), min(r["mean_a"], r["mean_b"])
    return (f"{_plot.feature_label(r['feature'])}{where}: {higher} {hi:.2f} vs {lower} {lo:.2f} {r['unit']} "
            f"(Cliff's delta {abs(r['cliffs_delta']):.2f}, p = {r['p_value']:.2g}, "
            f"{c.options['correction']}-adjusted p = {r['p_adjusted']:.2g})")


def to_html(comparison: Comparison, images: dict[str, bytes], *, title: str | None = None) -> str:
    """The report as one HTML string, figures embedded as base64 PNG (no external files)."""
    c = comparison
    e = html.escape
    title = title or f"How did the {c.by}s frame it? Comparison by {c.by}" + (f" within {c.within}" if c.within else "")
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{e(title)}</title>"
             f"<style>{_CSS}</style></head><body><h1>{e(title)}</h1>"]
    o = c.options
    parts.append(
        f"<p class='note'>media-framing {e(__version__)}; {o['n_articles']} articles; lexicons: "
        f"{e(', '.join(c.lexicons) or 'n/a')}; test: {e(o['test'])}; correction: {e(o['correction'])}; "
        f"{o['n_boot']} bootstrap resamples; seed {o['random_state']}.</p>"
        "<p>The article is the unit: each group's value is the mean of its articles' values (each article "
        "weighs the same), intervals resample articles, and tests compare article-level values (Lijffijt "
        "et al. 2016). p-values are corrected over every test in a table; the correction is named in each "
        "table's <code>correction</code> column.</p>"
    )
    parts.append("<h2>Summary</h2><ul>" + "".join(f"<li>{e(line)}</li>" for line in _summary_lines(c)) + "</ul>")
    if c.warnings or c.skipped:
        items = [f"<li>{e(w)}</li>" for w in c.warnings]
        items += [f"<li>Not computed: {e(k)}: {e(v)}</li>" for k, v in c.skipped.items()]
        parts.append("<div class='warn'><b>Read with care</b><ul>" + "".join(items) + "</ul></div>")
    parts.append("<h2>Groups</h2>" + _frame_html(c.group_sizes, 60))
    for name, png in images.items():
        heading = _HEADINGS.get(name, name.replace("_", " ").capitalize())
        text = _FIGURE_TEXT.get(name.split("_")[0] if name.startswith("sourcing") else name,
                                "Share of each group's quotes by category.")
        parts.append(f"<h2>{e(heading)}</h2><p class='note'>{e(text)}</p>"
                     f"<img alt='{e(heading)}' src='data:image/png;base64,{base64.b64encode(png).decode()}'>")
    cols = ["stratum", "feature", "group_a", "group_b", "mean_a", "mean_b", "cliffs_delta", "p_value", "p_adjusted"]
    f = c.findings()
    if len(f):
        parts.append("<h2>Strongest pairwise differences</h2>" + _frame_html(f[cols], 20))
    keep = ["stratum", "group", "feature", "n_articles", "mean", "ci_low", "ci_high", "share_with",
            "cliffs_delta", "p_adjusted", "note"]
    parts.append("<h2>Feature table</h2>" + _frame_html(c.table[keep], 40))
    if c.separability is not None and len(c.separability.features):
        top = c.separability.features.query("rank <= 3")
        parts.append("<h2>Most discriminative features</h2><p class='note'>Standardised coefficients of the "
                     "logistic regression fitted on all articles (positive: typical of the group).</p>"
                     + _frame_html(top, 40))
    parts.append("</body></html>")
    return "\n".join(parts)
