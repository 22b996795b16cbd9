"""Keyword in context by group: a thin view on :func:`framing.kwic`, the one concordance."""

from __future__ import annotations

from typing import Any

import pandas as pd

from framing.comparison.lexicon_tools import kwic as _concordance
from framing.output.plot._style import _plt

__all__ = ["kwic", "kwic_table"]


def kwic_table(
    result: Any,
    *,
    lexicon: str | None = None,
    category: str | None = None,
    term: str | None = None,
    by: str = "outlet",
    width: int = 45,
    max_rows: int | None = 25,
) -> pd.DataFrame:
    """Keyword in context with each match's group: :func:`framing.kwic` plus a ``group`` column.

    Parameters
    ----------
    result : Analysis
    lexicon, category : str, optional
        As in :func:`framing.kwic`.
    term : str, optional
        The lexicon entry (e.g. ``"retaliat*"``) or the matched text,
        case-insensitive.
    by : str, default "outlet"
        Article column naming the group.
    width : int, default 45
        Characters of context on each side.
    max_rows : int or None, default 25
        Rows kept, taken in turn from each group so every group is shown
        (then sorted by group, document, offset).

    Returns
    -------
    pandas.DataFrame
        ``group`` then the columns of :func:`framing.kwic` (``doc_id,
        sent_id, start, end, left, text, right, lexicon, category, term``
        and the voice columns when the matches carry them).

    Examples
    --------
    >>> import framing, pandas as pd
    >>> r = framing.analyze(framing.read_corpus(pd.DataFrame(
    ...     {"outlet": ["A"], "text": ["Officials called the strikes a reprisal for the attack."]})),
    ...     lexicons=["hedges", "loaded", "conflict"])
    >>> kwic_table(r, category="retaliation", width=12)[["group", "left", "text", "right"]]
      group          left      text         right
    0     A  e strikes a   reprisal   for the att
    """
    matches = getattr(result, "matches", None)
    if not isinstance(matches, pd.DataFrame) or getattr(result, "corpus", None) is None:
        raise TypeError(f"expected a framing.Analysis, got {type(result).__name__}")
    rows = _concordance(result, lexicon=lexicon, category=category, width=width)
    if term is not None:
        t = term.lower()
        rows = rows.loc[(rows["term"].str.lower() == t) | (rows["text"].str.lower() == t)]
    articles = result.articles
    groups = articles.set_index(articles["doc_id"].astype(str))[by] if by in articles.columns else None
    names = rows["doc_id"].astype(str).map(groups).fillna("").astype(str) if groups is not None else ""
    out = rows.assign(group=names)[["group", *rows.columns]]
    out = out.sort_values(["group", "doc_id", "start"], kind="mergesort")
    if max_rows is not None and len(out) > max_rows:
        # Round-robin over groups so every outlet is shown.
        out = out.assign(_k=out.groupby("group").cumcount()).sort_values(["_k", "group"], kind="mergesort")
        out = out.head(max_rows).drop(columns="_k").sort_values(["group", "doc_id", "start"], kind="mergesort")
    return out.reset_index(drop=True)


def kwic(result: Any, *, ax: Any = None, **filters: Any) -> Any:
    """Keyword-in-context figure of :func:`kwic_table`, keywords aligned in one column.

    For a report, prefer the table (searchable, copyable); the figure suits a
    slide. Group names are written in full.

    Parameters
    ----------
    result : Analysis
    ax : matplotlib Axes, optional
    **filters
        ``lexicon``, ``category``, ``term``, ``by``, ``width``, ``max_rows``
        as in :func:`kwic_table`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    rows = kwic_table(result, **filters)
    if not len(rows):
        raise ValueError(f"nothing to plot: no match for {filters or 'the analysis'}")
    width = int(filters.get("width", 45))
    plt = _plt()
    size = 8.0
    label_w = max(1, int(rows["group"].str.len().max() or 1))
    if ax is None:
        fig, ax = plt.subplots(figsize=(0.64 * size / 72 * (label_w + 2 * width + 24) + 0.5, 0.2 * len(rows) + 0.9))
    fig = ax.figure
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(len(rows), -1)
    quote_mark = "in_quote" in rows.columns
    for i, r in enumerate(rows.itertuples(index=False)):
        voice = ("Q " if bool(r.in_quote) else "  ") if quote_mark and pd.notna(r.in_quote) else ""
        prefix = f"{r.group:<{label_w}} {voice}{r.left[-width:]:>{width}}"
        # Two texts on the same character grid: the line with the keyword blanked, and the keyword alone
        # (after as many spaces), so the keyword lines up whatever the renderer's pixel snapping.
        ax.text(0, i, prefix + " " * len(r.text) + r.right[:width], family="monospace", fontsize=size,
                va="center", ha="left")
        ax.text(0, i, " " * len(prefix) + r.text, family="monospace", fontsize=size, va="center", ha="left",
                weight="bold", color="#0072B2")
    what = ", ".join(f"{k}={v}" for k, v in filters.items() if k in ("lexicon", "category", "term"))
    ax.set_title(f"Keyword in context{': ' + what if what else ''}" + ("  (Q = inside a quote)" if quote_mark else ""),
                 fontsize=10, loc="left")
    return fig

